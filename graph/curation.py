"""Curated identity judgements: a plain-text file in the store that overrides automatic decisions.

judgements.tsv, one judgement per line, tab-separated, diff-friendly:
    same<TAB>person-IRI-A<TAB>person-IRI-B<TAB>who<TAB>when<TAB>note     (B is merged into A)
    different<TAB>IRI-A<TAB>IRI-B<TAB>who<TAB>when<TAB>note
    alias<TAB>IRI<TAB>"Other Name"<TAB>who<TAB>when<TAB>note
Lines starting with # are comments.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from samgraf.graph.people import PersonKey

FILE_NAME = "judgements.tsv"


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str            # same | different | alias
    a: str
    b: str
    who: str = ""
    when: str = ""
    note: str = ""

    def line(self) -> str:
        return "\t".join((self.kind, self.a, self.b, self.who, self.when, self.note))


@dataclass(slots=True)
class Judgements:
    items: list[Judgement] = field(default_factory=list)

    def survivor(self, node: str) -> str:
        """Follow 'same' judgements to the surviving IRI (a merged-away IRI maps to its survivor)."""
        merged = {j.b: j.a for j in self.items if j.kind == "same"}
        seen = set()
        while node in merged and node not in seen:
            seen.add(node)
            node = merged[node]
        return node

    def same_as(self) -> list[tuple[URIRef, URIRef]]:
        return [(URIRef(j.b), URIRef(self.survivor(j.a))) for j in self.items if j.kind == "same"]

    def different(self, a: str, b: str) -> bool:
        pair = {a, b}
        return any(j.kind == "different" and {j.a, j.b} == pair for j in self.items)


def load_judgements(store_path: Path) -> Judgements:
    path = Path(store_path) / FILE_NAME
    if not path.exists():
        return Judgements()
    items = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = (raw.split("\t") + [""] * 6)[:6]
        items.append(Judgement(*parts))
    return Judgements(items)


def save_judgements(store_path: Path, judgements: Judgements) -> None:
    path = Path(store_path) / FILE_NAME
    header = "# samgraf identity judgements: kind\ta\tb\twho\twhen\tnote\n"
    body = "".join(j.line() + "\n" for j in judgements.items)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(path)


def load_resolver(store_path: Path) -> Callable[[PersonKey], URIRef]:
    """A person resolver that applies curated 'same' judgements on top of the automatic key."""
    judgements = load_judgements(store_path)

    def resolve(key: PersonKey) -> URIRef:
        return URIRef(judgements.survivor(str(key.iri)))

    return resolve
