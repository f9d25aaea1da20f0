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
from rdflib.namespace import XSD

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


# --- reading the store --------------------------------------------------------------------------

_Q_PEOPLE = "SELECT ?g ?p ?alt WHERE { GRAPH ?g { ?p a foaf:Person ; skos:altLabel ?alt } }"
_Q_MEETINGS = """SELECT ?g ?f ?date WHERE { GRAPH ?g { ?z a besluit:Zitting ; besluit:isGehoudenDoor ?b .
    OPTIONAL { ?b besluit:bestuurt ?f } OPTIONAL { ?z dct:date ?date } } }"""
_Q_MEMBERSHIPS = """SELECT ?g ?p ?o ?f ?role ?rep WHERE { GRAPH ?g { ?m a org:Membership ; org:member ?p ;
    org:organization ?o . OPTIONAL { ?o besluit:bestuurt ?f } OPTIONAL { ?m org:role/skos:prefLabel ?role }
    OPTIONAL { ?m opengov:onBehalfOf ?rep } } }"""
_Q_PARTIES = "SELECT ?p ?n WHERE { GRAPH ?g { ?p org:memberOf ?party . ?party skos:notation ?n } }"


def _rows(store, sparql: str) -> list[dict[str, str]]:
    """SELECT rows from the Oxigraph store as plain strings (unbound = missing)."""
    out = []
    solutions = store.ox.query(SPARQL_PREFIXES + sparql)
    names = [v.value for v in solutions.variables]
    for sol in solutions:
        out.append({n: sol[n].value for n in names if sol[n] is not None})
    return out


def doc_id_of(graph_iri: str) -> str:
    return graph_iri[len(PROTOCOL_PREFIX):]


def _org_key(node: str) -> str:
    prefix = str(ID["org/"])
    return node[len(prefix):] if node.startswith(prefix) else node


@dataclass(slots=True)
class _Acc:
    """Mutable accumulator of one person's evidence while reading the store."""

    names: Counter = field(default_factory=Counter)
    boards: set = field(default_factory=set)
    homes_seen: set = field(default_factory=set)
    represents: set = field(default_factory=set)
    parties: set = field(default_factory=set)
    roles: set = field(default_factory=set)
    docs: set = field(default_factory=set)


def _meeting_homes(store) -> tuple[dict[str, str], dict[str, str]]:
    """doc id -> home key of its meeting (förbund key or doc:id), doc id -> meeting date."""
    homes, dates = {}, {}
    for r in _rows(store, _Q_MEETINGS):
        if not r["g"].startswith(PROTOCOL_PREFIX):
            continue
        doc = doc_id_of(r["g"])
        homes[doc] = _org_key(r["f"]) if "f" in r else f"doc:{doc}"
        if "date" in r:
            dates[doc] = r["date"]
    return homes, dates


def _accumulate(store) -> tuple[dict[str, _Acc], dict[str, str]]:
    """Per person IRI: spellings, boards, home candidates, represented orgs, parties, roles, protocols."""
    acc: dict[str, _Acc] = defaultdict(_Acc)
    homes, dates = _meeting_homes(store)
    for r in _rows(store, _Q_PEOPLE):
        if r["g"].startswith(PROTOCOL_PREFIX):
            a, doc = acc[r["p"]], doc_id_of(r["g"])
            a.names[r["alt"]] += 1
            a.docs.add(doc)
            board = homes.get(doc, f"doc:{doc}")
            a.boards.add(board)
            a.homes_seen.update((board, f"doc:{doc}"))
    for r in _rows(store, _Q_MEMBERSHIPS):
        if r["p"] in acc:
            a = acc[r["p"]]
            a.homes_seen.add(_org_key(r.get("f", r["o"])))
            if "role" in r:
                a.roles.add(r["role"].lower())
            if "rep" in r:
                a.represents.add(_org_key(r["rep"]))
    for r in _rows(store, _Q_PARTIES):
        if r["p"] in acc:
            acc[r["p"]].parties.add(r["n"].upper())
    return acc, dates


def _homes(node: str, keys: set[str], seen: set[str], merged_into: dict[str, set[str]]) -> frozenset[str]:
    """The home keys whose (name key, home) hash is this IRI or one merged into it."""
    targets = {node} | merged_into.get(node, set())
    return frozenset(h for h in seen for k in keys if str(iri("person", k, h)) in targets)


def collect_profiles(store, judgements: Judgements | None = None) -> dict[str, PersonProfile]:
    """A PersonProfile for every person IRI named in the store's protocol graphs."""
    judgements = judgements or load_judgements(store.path)
    merged_into: dict[str, set[str]] = defaultdict(set)
    for old, new in judgements.merge_map().items():
        merged_into[new].add(old)
    acc, dates = _accumulate(store)
    keys_by_doc: dict[str, set[str]] = defaultdict(set)
    for a in acc.values():
        for doc in a.docs:
            keys_by_doc[doc].update(name_key(n) for n in a.names)
    out = {}
    for node, a in acc.items():
        keys = {name_key(n) for n in a.names}
        colleagues = set().union(*(keys_by_doc[d] for d in a.docs)) - keys
        out[node] = PersonProfile(
            node, tuple(sorted(a.names, key=lambda s: -a.names[s])), frozenset(keys),
            _homes(node, keys, a.homes_seen, merged_into), frozenset(a.boards), frozenset(a.represents),
            frozenset(a.parties), frozenset(a.roles), frozenset(a.docs),
            tuple(sorted(dates[d] for d in a.docs if d in dates)), frozenset(colleagues))
    return out


# --- automatic resolution -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Resolution:
    """What one resolver pass found: merges made, candidate pairs reported, pairs a human kept apart."""

    merges: tuple[PairScore, ...] = ()
    candidates: tuple[PairScore, ...] = ()
    overridden: tuple[PairScore, ...] = ()
    name_changes: tuple[NameChange, ...] = ()


def _name_change_pairs(store, profiles: dict[str, PersonProfile]) -> Iterable[tuple[PairScore, NameChange]]:
    """Pairs of IRIs a protocol says are one person under an old and a new name, on the same board."""
    by_key: dict[str, list[PersonProfile]] = defaultdict(list)
    for p in profiles.values():
        for k in p.keys:
            by_key[k].append(p)
    for doc in sorted({d for p in profiles.values() for d in p.docs}):
        text = store.read_text(doc) or ""
        for change in find_name_changes(text):
            for old in by_key.get(name_key(change.old), []):
                for new in by_key.get(name_key(change.new), []):
                    if old.iri != new.iri and (old.boards | old.homes) & (new.boards | new.homes):
                        reason = f"name change announced in {doc}: {change.quote!r}"
                        yield PairScore(old.iri, new.iri, "name-change", 10.0, (reason,), None, "merge"), change


def _auto_note(pair: PairScore) -> str:
    return f"rule={pair.name_rule} {pair.why()}"


def score_store(store, judgements: Judgements) -> tuple[dict[str, PersonProfile], list[PairScore], list[NameChange]]:
    """Profiles and scored candidate pairs of a store (no writes)."""
    profiles = collect_profiles(store, judgements)
    changes = list(_name_change_pairs(store, profiles))
    pairs = [score_pair(a, b) for a, b in candidate_pairs(profiles.values())]
    named = {frozenset((p.a, p.b)) for p, _ in changes}
    pairs = [p for p in pairs if frozenset((p.a, p.b)) not in named] + [p for p, _ in changes]
    return profiles, sorted(pairs, key=lambda p: (-p.score, p.a, p.b)), [c for _, c in changes]


def resolve_store(store, *, who: str = AUTO, when: str | None = None, dry_run: bool = False) -> Resolution:
    """Score every candidate pair; auto-merge on strong evidence (never against a human), report the rest."""
    judgements = load_judgements(store.path)
    profiles, pairs, changes = score_store(store, judgements)
    merges, candidates, overridden = [], [], []
    for pair in pairs:
        prior = judgements.judged(pair.a, pair.b)
        if prior is not None and prior.human:
            if pair.decision == "merge" and prior.kind == "different":
                overridden.append(pair)
            continue
        if pair.decision == "merge":
            if judgements.survivor(pair.a) == judgements.survivor(pair.b):
                continue
            keep, gone = choose_survivor(profiles[pair.a], profiles[pair.b])
            before = judgements.merge_map()
            judgements.add("same", keep.iri, gone.iri, who=who, when=when, note=_auto_note(pair))
            if judgements.merge_map().get(gone.iri, gone.iri) == before.get(gone.iri, gone.iri):
                judgements.items.pop()      # blocked by a 'different' elsewhere in the group
                overridden.append(pair)
                continue
            merges.append(pair)
        elif pair.decision == "candidate":
            candidates.append(pair)
    if merges and not dry_run:
        save_judgements(store.path, judgements)
        apply_merges(store, judgements)
    return Resolution(tuple(merges), tuple(candidates), tuple(overridden), tuple(changes))


# --- writing the store --------------------------------------------------------------------------

def _checked(node: str) -> str:
    """A person IRI safe to place in SPARQL text (only samgraf's own hash IRIs pass)."""
    if not _PERSON_IRI.fullmatch(node):
        raise ResolutionError(f"{node!r} is not a samgraf person IRI (https://w3id.org/samgraf/id/person/<16 hex>)")
    return f"<{node}>"


def _rewrite_update(pairs: list[tuple[str, str]]) -> str:
    """One SPARQL UPDATE that replaces old person IRIs by their survivors in every protocol graph."""
    values = " ".join(f"({_checked(o)} {_checked(n)})" for o, n in pairs)
    scope = f'FILTER(STRSTARTS(STR(?g), "{PROTOCOL_PREFIX}"))'
    return (f"DELETE {{ GRAPH ?g {{ ?old ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?new ?p ?o }} }} "
            f"WHERE {{ VALUES (?old ?new) {{ {values} }} GRAPH ?g {{ ?old ?p ?o }} {scope} }} ;\n"
            f"DELETE {{ GRAPH ?g {{ ?s ?p ?old }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?new }} }} "
            f"WHERE {{ VALUES (?old ?new) {{ {values} }} GRAPH ?g {{ ?s ?p ?old }} {scope} }}")


def _link_notes(judgements: Judgements) -> Graph:
    """Why each merged-away IRI points to its survivor: rule, score and who (into the people graph)."""
    g = Graph()
    merged = judgements.merge_map()
    for j in judgements.in_force():
        if j.kind == "same" and merged.get(j.b) == judgements.survivor(j.a):
            rule = re.search(r"rule=(\S+)", j.note)
            score = re.search(r"score (-?[\d.]+)", j.note)
            g.add((URIRef(j.b), SG.identityRule, Literal(rule.group(1) if rule else "curated")))
            g.add((URIRef(j.b), SG.identityBy, Literal(j.who or "unknown")))
            if score:
                g.add((URIRef(j.b), SG.identityScore, Literal(score.group(1), datatype=XSD.decimal)))
    return g


def refresh_people(store, judgements: Judgements) -> None:
    """Rewrite the people graph (names, owl:sameAs) and note why each merge was made."""
    store.refresh_people(judgements.same_as())
    notes = _link_notes(judgements)
    if len(notes):
        nt = notes.serialize(format="nt", encoding="utf-8").decode("utf-8")
        store.ox.update(f"INSERT DATA {{ GRAPH <{PEOPLE_GRAPH}> {{\n{nt}}} }}")


def apply_merges(store, judgements: Judgements) -> int:
    """Rewrite every merged-away IRI to its survivor in the protocol graphs; refresh the people graph."""
    pairs = sorted(judgements.merge_map().items())
    if pairs:
        store.ox.update(_rewrite_update(pairs))
    refresh_people(store, judgements)
    return len(pairs)


def _protocols_naming(store, nodes: set[str]) -> set[str]:
    """Doc ids of the protocol graphs that name any of these IRIs as a person."""
    return {doc_id_of(r["g"]) for r in _rows(store, "SELECT DISTINCT ?g ?p WHERE { GRAPH ?g { ?p a foaf:Person } }")
            if r["p"] in nodes and r["g"].startswith(PROTOCOL_PREFIX)}


_Q_PROTOCOL = """SELECT ?g ?key ?sha ?enc ?red WHERE { GRAPH ?g { ?d a sg:Protocol ; sg:sourcePath ?key ;
    sg:sha256 ?sha . OPTIONAL { ?d sg:encoding ?enc } OPTIONAL { ?d sg:redactions ?red } } }"""
_MEDIA = {".md": "text/markdown", ".pdf": "application/pdf"}


_Q_PAGES = """SELECT ?g ?n ?by ?conf WHERE { GRAPH ?g { ?d sg:hasPage ?p . ?p sg:pageNumber ?n ; sg:readBy ?by .
    OPTIONAL { ?p sg:confidence ?conf } } }"""


def _stored_pages(store, graph: str, text: str):
    """The pages of a stored PDF protocol (how each was read, from its graph; offsets from the text)."""
    from rdflib import URIRef

    from samgraf.model import PageMethod, pages_of

    readings = {int(r.n): (PageMethod(str(r.by)), float(r.conf) if r.conf is not None else None)
                for r in store.query(_Q_PAGES, g=URIRef(graph))}
    return pages_of(text, readings) if readings else ()


def rebuild_protocols(store, doc_ids: Iterable[str]) -> int:
    """Re-extract and rebuild protocols from the texts kept in the store (as a forced re-ingest would)."""
    from samgraf.extractors.pipeline import extract_document
    from samgraf.graph.build import build_graph
    from samgraf.graph.store import IngestRecord
    from samgraf.model import Document, PageMethod, Source

    wanted, done = set(doc_ids), 0
    resolve = load_resolver(store.path)
    for r in _rows(store, _Q_PROTOCOL):
        doc_id = doc_id_of(r["g"])
        text = store.read_text(doc_id) if doc_id in wanted else None
        if text is None:
            continue
        source = Source(r["key"], r["key"], r["sha"], r.get("enc", "utf-8"),
                        _MEDIA.get(Path(r["key"]).suffix.lower(), "text/plain"))
        doc = Document(doc_id, source, text, int(r.get("red", 0)), _stored_pages(store, r["g"], text))
        graph = build_graph(extract_document(doc), resolve)
        unreadable = ",".join(str(n) for n in doc.pages_read_by(PageMethod.NONE)) or None
        store.replace_protocol(graph, IngestRecord(r["key"], r["sha"], "ok", doc_id, unreadable_pages=unreadable), text)
        done += 1
    return done


# --- human curation -----------------------------------------------------------------------------

def merge_people(store, keep: str, gone: str, *, who: str, note: str = "", when: str | None = None) -> str:
    """Record that `gone` is the same person as `keep` and rewrite the store; returns the survivor."""
    judgements = load_judgements(store.path)
    _checked(keep), _checked(gone)
    judgements.add("same", keep, gone, who=who, when=when, note=note or "rule=curated")
    save_judgements(store.path, judgements)
    apply_merges(store, judgements)
    return judgements.survivor(gone)


def split_people(store, a: str, b: str | None = None, *, who: str, note: str = "",
                 when: str | None = None) -> list[str]:
    """Record that `b` (default: every IRI merged into `a`'s person) is not `a`; rebuild the protocols."""
    judgements = load_judgements(store.path)
    root = judgements.survivor(a)
    merged = judgements.merge_map()
    group = sorted({root} | {old for old, new in merged.items() if new == root})
    others = [_checked(b) and b] if b else [x for x in group if x != a]
    if not others:
        raise ResolutionError(f"{a} has nothing merged into it; give the other IRI: samgraf people split A B")
    for other in others:
        judgements.add("different", a, other, who=who, when=when, note=note or "rule=curated")
    save_judgements(store.path, judgements)
    rebuild_protocols(store, _protocols_naming(store, set(group)))
    refresh_people(store, judgements)
    return others


def alias_person(store, node: str, name: str, *, who: str, note: str = "", when: str | None = None) -> list[str]:
    """Record another name of a person; that name on the person's home boards resolves to them from now on."""
    judgements = load_judgements(store.path)
    survivor = judgements.survivor(_checked(node) and node)
    profile = collect_profiles(store, judgements).get(survivor)
    homes = sorted(profile.homes) if profile else []
    judgements.add("alias", survivor, name, who=who, when=when, note=note)
    linked = []
    for home in homes:
        other = str(iri("person", name_key(name), home))
        if judgements.survivor(other) != survivor:
            judgements.add("same", survivor, other, who=who, when=when, note=f"rule=alias {name}")
            linked.append(other)
    save_judgements(store.path, judgements)
    apply_merges(store, judgements)
    return linked

