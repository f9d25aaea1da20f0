"""Curated identity judgements: a plain-text file in the store that overrides automatic decisions.

judgements.tsv, one judgement per line, tab-separated, diff-friendly, in the order made:
    same<TAB>person-IRI-A<TAB>person-IRI-B<TAB>who<TAB>when<TAB>note     (B is merged into A)
    different<TAB>IRI-A<TAB>IRI-B<TAB>who<TAB>when<TAB>note
    alias<TAB>IRI<TAB>Other Name<TAB>who<TAB>when<TAB>note
Lines starting with # are comments.

Which judgements are in force: per pair of IRIs the latest human judgement wins; an automatic one
(who = "samgraf-auto") counts only where no human has judged the pair, and an automatic merge never
joins two groups a `different` judgement separates.

How IRIs stay stable. Ingest mints IRIs from (name key, home organisation) and maps merged-away IRIs
to their survivor through `load_resolver`, so a re-ingested protocol lands on the survivor and a new
protocol never renames an existing person. Cross-förbund identity is decided afterwards by
`resolve_store` (`samgraf people resolve`): it scores candidate pairs from the whole store, writes
each automatic merge as a `same` judgement (who = samgraf-auto, note = rule and score), and rewrites
the merged-away IRI in every protocol graph with one SPARQL UPDATE; the people graph keeps it
resolvable through owl:sameAs. A split cannot be undone by rewriting, so `split_people` records a
human `different` and rebuilds the affected protocols from the texts kept in the store.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, XSD

from samgraf.errors import ResolutionError
from samgraf.extractors.names import name_key
from samgraf.graph.people import (NameChange, PairScore, PersonKey, PersonProfile, candidate_pairs,
                                  choose_survivor, find_name_changes, score_pair)
from samgraf.ontology.ns import GRAPH, ID, PEOPLE_GRAPH, SG, SPARQL_PREFIXES, iri

FILE_NAME = "judgements.tsv"
AUTO = "samgraf-auto"
PERSON_PREFIX = str(ID["person/"])
PROTOCOL_PREFIX = str(GRAPH["protocol/"])
_PERSON_IRI = re.compile(r"https://w3id\.org/samgraf/id/person/[0-9a-f]{16}")


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str            # same | different | alias
    a: str
    b: str
    who: str = ""
    when: str = ""
    note: str = ""

    def line(self) -> str:
        return "\t".join(_clean_field(v) for v in (self.kind, self.a, self.b, self.who, self.when, self.note))

    @property
    def human(self) -> bool:
        return self.who != AUTO


def _clean_field(value: str) -> str:
    """A field without tabs or line breaks (the file stays one judgement per line)."""
    return re.sub(r"[\t\r\n]+", " ", value)


def today() -> str:
    return dt.date.today().isoformat()


@dataclass(slots=True)
class Judgements:
    items: list[Judgement] = field(default_factory=list)

    def in_force(self) -> list[Judgement]:
        """same/different judgements in force: per pair the latest human one, else the latest automatic one."""
        chosen: dict[frozenset[str], Judgement] = {}
        for j in self.items:
            if j.kind not in ("same", "different"):
                continue
            pair = frozenset((j.a, j.b))
            prev = chosen.get(pair)
            if prev is None or j.human or not prev.human:
                chosen[pair] = j
        keep = set(map(id, chosen.values()))
        return [j for j in self.items if id(j) in keep]

    def merge_map(self) -> dict[str, str]:
        """IRI -> survivor for every merged-away IRI (human merges first; auto ones never cross a 'different')."""
        force = self.in_force()
        apart = {frozenset((j.a, j.b)) for j in force if j.kind == "different"}
        parent: dict[str, str] = {}
        members: dict[str, set[str]] = defaultdict(set)

        def find(x: str) -> str:
            while x in parent:
                x = parent[x]
            return x

        for j in sorted((j for j in force if j.kind == "same"), key=lambda j: not j.human):
            ra, rb = find(j.a), find(j.b)
            group_a, group_b = members[ra] | {ra}, members[rb] | {rb}
            if ra == rb or (not j.human and any(frozenset((x, y)) in apart for x in group_a for y in group_b)):
                continue
            parent[rb] = ra
            members[ra] |= group_b
        return {x: find(x) for x in parent}

    def survivor(self, node: str) -> str:
        """Follow 'same' judgements to the surviving IRI (a merged-away IRI maps to its survivor)."""
        return self.merge_map().get(node, node)

    def same_as(self) -> list[tuple[URIRef, URIRef]]:
        return sorted((URIRef(old), URIRef(new)) for old, new in self.merge_map().items())

    def different(self, a: str, b: str) -> bool:
        pair = {a, b}
        return any(j.kind == "different" and {j.a, j.b} == pair for j in self.in_force())

    def judged(self, a: str, b: str) -> Judgement | None:
        """The judgement in force for a pair, if any."""
        pair = {a, b}
        return next((j for j in reversed(self.in_force()) if {j.a, j.b} == pair), None)

    def aliases(self, node: str) -> list[str]:
        group = {node} | {old for old, new in self.merge_map().items() if new == self.survivor(node)}
        return [j.b for j in self.items if j.kind == "alias" and self.survivor(j.a) in group | {self.survivor(node)}]

    def add(self, kind: str, a: str, b: str, *, who: str, when: str | None = None, note: str = "") -> Judgement:
        j = Judgement(kind, a, b, who, when or today(), note)
        self.items.append(j)
        return j


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
    merged = load_judgements(store_path).merge_map()

    def resolve(key: PersonKey) -> URIRef:
        node = str(key.iri)
        return URIRef(merged.get(node, node))

    return resolve
