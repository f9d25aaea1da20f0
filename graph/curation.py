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
import os
import re
import signal
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, XSD

from samgraf.errors import ResolutionError
from samgraf.extractors.names import name_key
from samgraf.graph.people import (NameChange, PairScore, PersonKey, PersonProfile, block_keys, canonical_name,
                                  candidate_pairs, choose_survivor, find_name_changes, name_relation,
                                  score_pair)
from samgraf.graph.store import count_update
from samgraf.ontology.ns import ENTITY_GRAPH, GRAPH, ID, MANIFEST_GRAPH, PEOPLE_GRAPH, SG, SPARQL_PREFIXES, iri

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
class _MergeState:
    """Union-find over the judgements in force, kept between calls (rebuilt only when items change)."""

    force: list[Judgement]
    by_pair: dict[frozenset[str], Judgement]
    apart: dict[str, set[str]]                 # node -> nodes a 'different' in force keeps it from
    parent: dict[str, str] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)   # root -> every node merged into it
    merged: dict[str, str] | None = None       # merge map, computed on demand
    aliases: dict[str, list[str]] | None = None

    def find(self, x: str) -> str:
        while x in self.parent:
            x = self.parent[x]
        return x

    def union(self, j: Judgement) -> bool:
        """Apply one 'same' (b's group joins a's); an automatic one never crosses a 'different'."""
        ra, rb = self.find(j.a), self.find(j.b)
        if ra == rb:
            return False
        group_a = self.members.get(ra, set()) | {ra}
        group_b = self.members.get(rb, set()) | {rb}
        if not j.human and any(self.apart.get(x, set()) & group_b for x in group_a):
            return False
        self.parent[rb] = ra
        self.members[ra] = group_a - {ra} | group_b
        self.members.pop(rb, None)
        self.merged = None
        self.aliases = None
        return True


@dataclass(slots=True)
class Judgements:
    items: list[Judgement] = field(default_factory=list)
    _state: _MergeState | None = field(default=None, repr=False, compare=False)
    _seen: tuple[int, Judgement | None] = field(default=(0, None), repr=False, compare=False)

    def _merges(self) -> _MergeState:
        """The cached merge state, rebuilt when `items` changed behind our back (length or last item)."""
        last = self.items[-1] if self.items else None
        if self._state is None or self._seen[0] != len(self.items) or self._seen[1] is not last:
            self._state = _build_state(self.items)
            self._seen = (len(self.items), last)   # holding `last` keeps its id from being reused
        return self._state

    def in_force(self) -> list[Judgement]:
        """same/different judgements in force: per pair the latest human one, else the latest automatic one."""
        return list(self._merges().force)

    def merge_map(self) -> dict[str, str]:
        """IRI -> survivor for every merged-away IRI (human merges first; auto ones never cross a 'different')."""
        state = self._merges()
        if state.merged is None:
            state.merged = {x: state.find(x) for x in state.parent}
        return state.merged

    def survivor(self, node: str) -> str:
        """Follow 'same' judgements to the surviving IRI (a merged-away IRI maps to its survivor)."""
        return self._merges().find(node)

    def merged_into(self, node: str) -> set[str]:
        """Every IRI merged into `node`'s person (without the survivor itself)."""
        state = self._merges()
        return set(state.members.get(state.find(node), ()))

    def same_as(self) -> list[tuple[URIRef, URIRef]]:
        return sorted((URIRef(old), URIRef(new)) for old, new in self.merge_map().items())

    def different(self, a: str, b: str) -> bool:
        j = self._merges().by_pair.get(frozenset((a, b)))
        return j is not None and j.kind == "different"

    def judged(self, a: str, b: str) -> Judgement | None:
        """The judgement in force for a pair, if any."""
        return self._merges().by_pair.get(frozenset((a, b)))

    def aliases(self, node: str) -> list[str]:
        """Names recorded by 'alias' judgements for this person (any IRI merged into it)."""
        state = self._merges()
        if state.aliases is None:
            state.aliases = defaultdict(list)
            for j in self.items:
                if j.kind == "alias":
                    state.aliases[state.find(j.a)].append(j.b)
        return list(state.aliases.get(state.find(node), ()))

    def add(self, kind: str, a: str, b: str, *, who: str, when: str | None = None, note: str = "") -> Judgement:
        j = Judgement(kind, a, b, who, when or today(), note)
        state = self._merges()
        pair = frozenset((a, b))
        self.items.append(j)
        if kind == "same" and not j.human and pair not in state.by_pair:
            # an automatic merge of a pair nobody judged yet is the last union of a rebuild: apply it alone
            state.force.append(j)
            state.by_pair[pair] = j
            state.union(j)
            self._seen = (len(self.items), j)
        return j

    def add_merge(self, keep: str, gone: str, *, who: str, when: str | None = None, note: str = "") -> bool:
        """Add a 'same' judgement if it changes anything (an automatic one may be blocked by a
        'different' in either group); True if `gone` now has another survivor."""
        before = self.survivor(gone)
        pair = frozenset((keep, gone))
        fast = who == AUTO and pair not in self._merges().by_pair    # `add` applies it alone
        self.add("same", keep, gone, who=who, when=when, note=note)
        if self.survivor(gone) != before:
            return True
        self.items.pop()
        if fast:            # undo the one union `add` tried (it changed nothing else); else rebuild later
            state = self._state
            state.force.pop()
            del state.by_pair[pair]
            self._seen = (len(self.items), self.items[-1] if self.items else None)
        return False


def _build_state(items: list[Judgement]) -> _MergeState:
    """Which judgements are in force (per pair the latest human one, else the latest automatic one),
    then the union of their 'same' judgements, human ones first."""
    chosen: dict[frozenset[str], Judgement] = {}
    for j in items:
        if j.kind not in ("same", "different"):
            continue
        pair = frozenset((j.a, j.b))
        prev = chosen.get(pair)
        if prev is None or j.human or not prev.human:
            chosen[pair] = j
    keep = set(map(id, chosen.values()))
    force = [j for j in items if id(j) in keep]
    apart: dict[str, set[str]] = defaultdict(set)
    for j in force:
        if j.kind == "different":
            apart[j.a].add(j.b)
            apart[j.b].add(j.a)
    state = _MergeState(force, chosen, apart)
    for j in sorted((j for j in force if j.kind == "same"), key=lambda j: not j.human):
        state.union(j)
    return state


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
# Boards, roles and parties are described once, in the entity graph (docs/scale.md): their labels and
# what a board governs are read there; what a protocol said stays in its graph.
_E = f"<{ENTITY_GRAPH}>"
_Q_MEETINGS = f"""SELECT ?g ?f ?date WHERE {{ GRAPH ?g {{ ?z a besluit:Zitting ; besluit:isGehoudenDoor ?b .
    OPTIONAL {{ ?z dct:date ?date }} }} OPTIONAL {{ GRAPH {_E} {{ ?b besluit:bestuurt ?f }} }} }}"""
_Q_MEMBERSHIPS = f"""SELECT ?g ?p ?o ?f ?role ?rep WHERE {{ GRAPH ?g {{ ?m a org:Membership ; org:member ?p ;
    org:organization ?o . OPTIONAL {{ ?m opengov:onBehalfOf ?rep }} }}
    OPTIONAL {{ GRAPH {_E} {{ ?o besluit:bestuurt ?f }} }}
    OPTIONAL {{ GRAPH ?g {{ ?m org:role ?r }} GRAPH {_E} {{ ?r skos:prefLabel ?role }} }} }}"""
# the same values for people bound by VALUES, read from the entity graph, which holds each membership
# term (member, body, role, on behalf of) once: one row per term instead of one per protocol that
# records it (16,708 rows in 1.2 s -> 0.1 s for the 307 people an ingest of 10 protocols looks at, at
# 12,000 protocols). Oxigraph joins OPTIONALs inside one GRAPH block before the VALUES; apart, each is
# looked up per row.
_Q_MEMBERSHIPS_OF = f"""SELECT ?p ?o ?f ?role ?rep WHERE {{ GRAPH {_E} {{ ?m org:member ?p . ?m a org:Membership ;
    org:organization ?o }} OPTIONAL {{ GRAPH {_E} {{ ?o besluit:bestuurt ?f }} }}
    OPTIONAL {{ GRAPH {_E} {{ ?m org:role ?r . ?r skos:prefLabel ?role }} }}
    OPTIONAL {{ GRAPH {_E} {{ ?m opengov:onBehalfOf ?rep }} }} }}"""
_Q_PARTIES = f"SELECT ?p ?n WHERE {{ GRAPH ?g {{ ?p org:memberOf ?party }} GRAPH {_E} {{ ?party skos:notation ?n }} }}"


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


def _values(var: str, nodes: Iterable[str]) -> str:
    """A VALUES clause over IRIs read from the store (empty: match nothing)."""
    return f"VALUES ?{var} {{ " + " ".join(f"<{n}>" for n in sorted(nodes)) + " }"


def _meeting_homes(store, docs: set[str] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """doc id -> home key of its meeting (förbund key or doc:id), doc id -> meeting date."""
    homes, dates = {}, {}
    query = _Q_MEETINGS if docs is None else _Q_MEETINGS.replace(
        "WHERE {", "WHERE { " + _values("g", (GRAPH["protocol/" + d] for d in docs)), 1)
    for r in _rows(store, query):
        if not r["g"].startswith(PROTOCOL_PREFIX):
            continue
        doc = doc_id_of(r["g"])
        homes[doc] = _org_key(r["f"]) if "f" in r else f"doc:{doc}"
        if "date" in r:
            dates[doc] = r["date"]
    return homes, dates


def _only(query: str, persons: set[str] | None) -> str:
    """A query over everyone, or only over `persons` (bound by VALUES ?p)."""
    return query if persons is None else query.replace("WHERE {", "WHERE { " + _values("p", persons), 1)


def _accumulate(store, persons: set[str] | None = None) -> tuple[dict[str, _Acc], dict[str, str]]:
    """Per person IRI (everyone, or `persons`): spellings, boards, home candidates, represented orgs,
    parties, roles, protocols; and the meeting date of each protocol they are named in."""
    acc: dict[str, _Acc] = defaultdict(_Acc)
    people = [r for r in _rows(store, _only(_Q_PEOPLE, persons)) if r["g"].startswith(PROTOCOL_PREFIX)]
    homes, dates = _meeting_homes(store, None if persons is None else {doc_id_of(r["g"]) for r in people})
    for r in people:
        a, doc = acc[r["p"]], doc_id_of(r["g"])
        a.names[r["alt"]] += 1
        a.docs.add(doc)
        board = homes.get(doc, f"doc:{doc}")
        a.boards.add(board)
        a.homes_seen.update((board, f"doc:{doc}"))
    for r in _rows(store, _Q_MEMBERSHIPS if persons is None else _only(_Q_MEMBERSHIPS_OF, persons)):
        if r["p"] in acc:
            a = acc[r["p"]]
            a.homes_seen.add(_org_key(r.get("f", r["o"])))
            if "role" in r:
                a.roles.add(r["role"].lower())
            if "rep" in r:
                a.represents.add(_org_key(r["rep"]))
    for r in _rows(store, _only(_Q_PARTIES, persons)):
        if r["p"] in acc:
            acc[r["p"]].parties.add(r["n"].upper())
    return acc, dates


def _homes(node: str, keys: set[str], seen: set[str], merged_into: dict[str, set[str]]) -> frozenset[str]:
    """The home keys whose (name key, home) hash is this IRI or one merged into it."""
    targets = {node} | merged_into.get(node, set())
    return frozenset(h for h in seen for k in keys if str(iri("person", k, h)) in targets)


# Every person's spellings, read where each is held once: the entity graph (docs/scale.md). Reading
# them from the protocol graphs, once per mention, took 5.9 s at 12,000 protocols (0.07 s here), and
# the identity pass of every ingest reads them; the two give the same pairs on the seeds, the real
# texts and 12,000 generated protocols.
_Q_SPELLINGS = (f"SELECT DISTINCT ?p ?alt WHERE {{ GRAPH <{ENTITY_GRAPH}> {{ ?p skos:altLabel ?alt }} "
                f"FILTER(STRSTARTS(STR(?p), \"{ID['person/']}\")) }}")
# Who is named in a protocol: its foaf:Person nodes (the builder writes each with its spelling, so an
# altLabel join here only doubled the lookups: 0.11 -> 0.04 s per 500 protocols at 12,000).
_Q_NAMED_IN = "SELECT DISTINCT ?g ?p WHERE { GRAPH ?g { ?p a foaf:Person } }"


#: Protocol graphs per _Q_NAMED_IN query. Above about 1,000 graphs in its VALUES Oxigraph stops
#: looking the graphs up one by one and reads every person of the store: 0.16 s for 1,000 graphs,
#: 3.3 s for 1,500, 7.7 s for 4,000 (measured at 4,000 protocols).
NAMED_IN_CHUNK = 500


def _named_in(store, docs: list[str]) -> Iterator[dict[str, str]]:
    """Rows (?g, ?p) of the people named in these protocols, asked NAMED_IN_CHUNK protocols at a time."""
    for i in range(0, len(docs), NAMED_IN_CHUNK):
        graphs = (GRAPH["protocol/" + d] for d in docs[i:i + NAMED_IN_CHUNK])
        yield from _rows(store, _Q_NAMED_IN.replace("WHERE {", "WHERE { " + _values("g", graphs), 1))


def name_keys(store) -> dict[str, set[str]]:
    """Person IRI -> the name keys of all its spellings (the entity graph's copies of the protocol graphs')."""
    keys: dict[str, set[str]] = defaultdict(set)
    folded: dict[str, str] = {}                 # many people share a spelling: fold each once
    for r in _rows(store, _Q_SPELLINGS):
        alt = r["alt"]
        key = folded.get(alt)
        if key is None:
            key = folded[alt] = name_key(alt)
        keys[r["p"]].add(key)
    return keys


def collect_profiles(store, judgements: Judgements | None = None, persons: set[str] | None = None,
                     keys_of: dict[str, set[str]] | None = None, *, colleagues: bool = True) -> dict[str, PersonProfile]:
    """A PersonProfile for every person IRI named in the store's protocol graphs, or for `persons`
    only (then `keys_of`, from `name_keys`, gives the colleagues' name keys without reading everyone)."""
    judgements = judgements or load_judgements(store.path)
    merged_into: dict[str, set[str]] = defaultdict(set)
    for old, new in judgements.merge_map().items():
        merged_into[new].add(old)
    acc, dates = _accumulate(store, persons)
    keys_by_doc: dict[str, set[str]] = defaultdict(set)
    if persons is None:
        for a in acc.values():
            for doc in a.docs:
                keys_by_doc[doc].update(name_key(n) for n in a.names)
    elif colleagues:          # a search shows names, boards and protocols; only the resolver needs colleagues
        docs = {d for a in acc.values() for d in a.docs}
        keys_of = keys_of if keys_of is not None else name_keys(store)
        for r in _named_in(store, sorted(docs)):
            keys_by_doc[doc_id_of(r["g"])].update(keys_of.get(r["p"], ()))
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


def _relevant(store, docs: set[str]) -> tuple[set[str], dict[str, set[str]]]:
    """The people a pass over new protocols `docs` must look at: those named in them, everyone
    whose name could be one of theirs (sharing a blocking key and a name relation other than
    'none'; the rest score 0 without evidence), and the names of changes announced in them."""
    keys_of = name_keys(store)
    fresh = _people_of(store, docs)
    blocks: dict[str, list[str]] = defaultdict(list)
    for node, keys in keys_of.items():
        for b in {b for k in keys for b in block_keys(k)}:
            blocks[b].append(node)
    relevant = set(fresh)
    for node in fresh:
        mine = keys_of.get(node, set())
        others = {q for k in mine for b in block_keys(k) for q in blocks.get(b, ())} - relevant
        relevant |= {q for q in others if name_relation(mine, keys_of[q]) != "none"}
    changed = {name_key(n) for d in docs for c in find_name_changes(store.read_text(d) or "") for n in (c.old, c.new)}
    if changed:
        relevant |= {p for p, keys in keys_of.items() if keys & changed}
    return relevant, keys_of


# --- automatic resolution -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Resolution:
    """What one resolver pass found: merges made, candidate pairs reported, pairs a human kept apart."""

    merges: tuple[PairScore, ...] = ()
    candidates: tuple[PairScore, ...] = ()
    overridden: tuple[PairScore, ...] = ()
    name_changes: tuple[NameChange, ...] = ()


def _name_change_pairs(store, profiles: dict[str, PersonProfile],
                       docs: set[str] | None = None) -> Iterable[tuple[PairScore, NameChange]]:
    """Pairs of IRIs a protocol says are one person under an old and a new name, on the same board
    (read from the texts of `docs` only, when given)."""
    by_key: dict[str, list[PersonProfile]] = defaultdict(list)
    for p in profiles.values():
        for k in p.keys:
            by_key[k].append(p)
    named = {d for p in profiles.values() for d in p.docs}
    for doc in sorted(named if docs is None else named & docs):
        text = store.read_text(doc) or ""
        for change in find_name_changes(text):
            for old in by_key.get(name_key(change.old), []):
                for new in by_key.get(name_key(change.new), []):
                    if old.iri != new.iri and (old.boards | old.homes) & (new.boards | new.homes):
                        reason = f"name change announced in {doc}: {change.quote!r}"
                        yield PairScore(old.iri, new.iri, "name-change", 10.0, (reason,), None, "merge"), change


def _auto_note(pair: PairScore) -> str:
    return f"rule={pair.name_rule} {pair.why()}"


def score_store(store, judgements: Judgements, docs: Iterable[str] | None = None
                ) -> tuple[dict[str, PersonProfile], list[PairScore], list[NameChange]]:
    """Profiles and scored candidate pairs of a store (no writes). With `docs` (new protocols) only
    the pairs with a person named in one of them: the rest were scored when their protocols came."""
    wanted = None if docs is None else set(docs)
    if wanted is None or 2 * len(wanted) >= len(store.protocol_graphs()):
        profiles = collect_profiles(store, judgements)     # mostly new people: one pass over all is cheaper
    else:
        relevant, keys_of = _relevant(store, wanted)
        profiles = collect_profiles(store, judgements, relevant, keys_of)
    changes = list(_name_change_pairs(store, profiles, wanted))
    fresh = (profiles.values() if wanted is None
             else [p for p in profiles.values() if p.docs & wanted])
    pairs = [score_pair(a, b) for a, b in candidate_pairs(profiles.values(), fresh)]
    named = {frozenset((p.a, p.b)) for p, _ in changes}
    pairs = [p for p in pairs if frozenset((p.a, p.b)) not in named] + [p for p, _ in changes]
    return profiles, sorted(pairs, key=lambda p: (-p.score, p.a, p.b)), [c for _, c in changes]


def _decide(store, judgements: Judgements, docs: Iterable[str] | None, who: str, when: str | None) -> Resolution:
    """Score candidate pairs and add an automatic 'same' for each strong one (never against a human)."""
    profiles, pairs, changes = score_store(store, judgements, docs)
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
            if judgements.add_merge(keep.iri, gone.iri, who=who, when=when, note=_auto_note(pair)):
                merges.append(pair)
            else:
                overridden.append(pair)      # blocked by a 'different' elsewhere in the group
        elif pair.decision == "candidate":
            candidates.append(pair)
    return Resolution(tuple(merges), tuple(candidates), tuple(overridden), tuple(changes))


def resolve_store(store, *, who: str = AUTO, when: str | None = None, dry_run: bool = False) -> Resolution:
    """Score every candidate pair of the store; auto-merge on strong evidence (never against a
    human), report the rest. A pending identity pass (an earlier run stopped inside it) is finished."""
    judgements = load_judgements(store.path)
    result = _decide(store, judgements, None, who, when)
    if dry_run or not (result.merges or identity_pending(store)):
        return result
    mark_identity_pending(store)
    save_judgements(store.path, judgements)
    fault_point("judgements-saved")
    apply_identity(store, judgements)
    return result


def identity_pass(store, docs: Iterable[str] | None, *, resolve: bool = True, refresh_all: bool = False,
                  who: str = AUTO, when: str | None = None) -> Resolution:
    """The identity pass after ingest: score the people of the new protocols `docs` against the
    store (None: everyone, as a repair does), save the automatic merges, then rewrite the merged
    IRIs, refresh the people graph and mark the pass done in one transaction.

    The caller marks the pass pending before it writes protocols, so a run stopped anywhere in
    between leaves it pending and the next run repeats it in full."""
    wanted = None if docs is None else set(docs)
    judgements = load_judgements(store.path)
    before = dict(judgements.merge_map())
    result = _decide(store, judgements, wanted, who, when) if resolve else Resolution()
    if result.merges:
        save_judgements(store.path, judgements)
        fault_point("judgements-saved")
    full = wanted is None or refresh_all
    apply_identity(store, judgements, None if full else before, None if full else wanted)
    fault_point("identity-applied")
    return result


# --- writing the store --------------------------------------------------------------------------

IDENTITY_PASS = ID["identity-pass"]
_CLEAR_PENDING = f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{IDENTITY_PASS}> ?p ?o }} }}"


def fault_point(phase: str) -> None:
    """Fault-injection hook for the reliability tests: SAMGRAF_FAULT=<phase> kills this process
    (SIGKILL, nothing flushed or cleaned up) when it reaches that phase; SAMGRAF_FAULT=int:<phase>
    sends it Ctrl-C (SIGINT) there; SAMGRAF_FAULT=hang:<phase> makes it hang (a file that never ends)."""
    fault = os.environ.get("SAMGRAF_FAULT")
    if fault == phase:
        os.kill(os.getpid(), signal.SIGKILL)
    elif fault == f"int:{phase}":
        os.kill(os.getpid(), signal.SIGINT)
    elif fault == f"hang:{phase}":
        signal.pause()


def mark_identity_pending(store) -> None:
    """Record in the manifest that the identity pass must run (again); cleared when it has."""
    store.ox.update(f"{_CLEAR_PENDING} ;\nINSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> "
                    f"{{ <{IDENTITY_PASS}> <{SG.status}> \"pending\" }} }}")


def identity_pending(store) -> bool:
    """Whether an identity pass was started (or owed) and not finished."""
    return bool(store.ox.query(f"ASK {{ GRAPH <{MANIFEST_GRAPH}> {{ <{IDENTITY_PASS}> ?p ?o }} }}"))


def _checked(node: str) -> str:
    """A person IRI safe to place in SPARQL text (only samgraf's own hash IRIs pass)."""
    if not _PERSON_IRI.fullmatch(node):
        raise ResolutionError(f"{node!r} is not a samgraf person IRI (https://w3id.org/samgraf/id/person/<16 hex>)")
    return f"<{node}>"


def _rewrite_update(pairs: list[tuple[str, str]]) -> str:
    """One SPARQL UPDATE that replaces old person IRIs by their survivors in every protocol graph and
    in the entity graph (a membership term's org:member).

    A moved identity rule becomes the merge rule, as `build_graph` writes it when the merge is known
    at build time, so a forced re-ingest gives the very same graph."""
    from samgraf.graph.build import MERGED_RULE

    values = " ".join(f"({_checked(o)} {_checked(n)})" for o, n in pairs)
    # the protocol graphs, and the entity graph's copies of membership terms (org:member)
    scope = f'FILTER(STRSTARTS(STR(?g), "{PROTOCOL_PREFIX}") || ?g = <{ENTITY_GRAPH}>)'
    moved = f'BIND(IF(?p = <{SG.identityRule}>, "{MERGED_RULE}", ?o) AS ?moved)'
    return (f"DELETE {{ GRAPH ?g {{ ?old ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?new ?p ?moved }} }} "
            f"WHERE {{ VALUES (?old ?new) {{ {values} }} GRAPH ?g {{ ?old ?p ?o }} {scope} {moved} }} ;\n"
            f"DELETE {{ GRAPH ?g {{ ?s ?p ?old }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?new }} }} "
            f"WHERE {{ VALUES (?old ?new) {{ {values} }} GRAPH ?g {{ ?s ?p ?old }} {scope} }} ;\n")


def _shared_graphs(store, pairs: list[tuple[str, str]], chunk: int = 500) -> list[str]:
    """Protocol graphs that name both an old IRI and its survivor: the only graphs whose quad count a
    rewrite can change (two triples become one), so the only ones whose kept count is redone."""
    found: set[str] = set()
    for i in range(0, len(pairs), chunk):
        values = " ".join(f"({_checked(o)} {_checked(n)})" for o, n in pairs[i:i + chunk])
        rows = store.ox.query(
            f"SELECT DISTINCT ?g WHERE {{ VALUES (?old ?new) {{ {values} }} "
            f"GRAPH ?g {{ {{ ?old ?p ?o }} UNION {{ ?s ?p ?old }} }} "
            f"FILTER(STRSTARTS(STR(?g), \"{PROTOCOL_PREFIX}\")) "
            f"FILTER EXISTS {{ GRAPH ?g {{ {{ ?new ?q ?r }} UNION {{ ?t ?q ?new }} }} }} }}")
        found.update(r["g"].value for r in rows)
    return sorted(found)


def refresh_person_entities(people: set[str] | None) -> str:
    """Update steps: derive the entity graph's copies of these people's name key, home and party
    again from the protocol graphs (every person when `people` is None), after IRIs were rewritten."""
    from samgraf.graph.build import PERSON_ENTITY_PREDICATES

    if people is not None and not people:
        return ""
    entities = f"<{ENTITY_GRAPH}>"
    scope = (f"VALUES ?p {{ {' '.join(_checked(p) for p in sorted(people))} }}" if people is not None
             else f'FILTER(STRSTARTS(STR(?p), "{ID["person/"]}"))')
    predicates = ", ".join(sorted(PERSON_ENTITY_PREDICATES))
    in_protocol = f'FILTER(STRSTARTS(STR(?g), "{PROTOCOL_PREFIX}"))'
    return (f"DELETE {{ GRAPH {entities} {{ ?p ?x ?y }} }} WHERE {{ GRAPH {entities} {{ ?p ?x ?y }} {scope} "
            f"FILTER(?x IN ({predicates})) }} ;\n"
            f"INSERT {{ GRAPH {entities} {{ ?p ?x ?y }} }} WHERE {{ GRAPH ?g {{ ?p ?x ?y }} {scope} "
            f"FILTER(?x IN ({predicates})) {in_protocol} }} ;\n")


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


def _people_of(store, docs: set[str]) -> set[str]:
    """Person IRIs named in these protocols."""
    if not docs:
        return set()
    graphs = " ".join(f"<{GRAPH['protocol/' + d]}>" for d in sorted(docs))
    rows = store.ox.query(f"SELECT DISTINCT ?p WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?p a <{FOAF.Person}> }} }}")
    return {r["p"].value for r in rows}


def _named_people(spellings: dict[str, Counter], merged: dict[str, str]) -> Graph:
    """rdf:type and the canonical foaf:name of each person, spellings counted after the merges."""
    after: dict[str, Counter] = defaultdict(Counter)
    for node, names in spellings.items():
        after[merged.get(node, node)].update(names)
    g = Graph()
    for node, names in after.items():
        g.add((URIRef(node), RDF.type, FOAF.Person))
        g.add((URIRef(node), FOAF.name, Literal(canonical_name(names))))
    return g


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")


def apply_identity(store, judgements: Judgements, before: dict[str, str] | None = None,
                   docs: set[str] | None = None) -> int:
    """One transaction: rewrite merged-away IRIs to their survivors in the protocol graphs, refresh
    the people graph (names, owl:sameAs, why each merge) and clear the pending mark.

    `before` (the merge map before this pass) and `docs` (the new protocols) make it incremental:
    only the IRIs whose survivor changed are rewritten and only the people named in `docs` or
    touched by a merge are renamed. Without them everything is rewritten (a repair)."""
    merged = judgements.merge_map()
    pairs = sorted(merged.items()) if before is None else sorted(
        (old, new) for old, new in merged.items() if before.get(old) != new)
    people = f"<{PEOPLE_GRAPH}>"
    if docs is None:
        names = _named_people(store.person_spellings(), merged)
        people_update = f"DROP SILENT GRAPH {people} ;\n"
    else:
        touched = {judgements.survivor(p) for p in _people_of(store, docs) | {x for pair in pairs for x in pair}}
        sources = touched | {m for t in touched for m in judgements.merged_into(t)}
        names = _named_people(store.person_spellings(sources), merged)
        values = " ".join(f"<{s}>" for s in sorted(sources))
        people_update = (f"DELETE {{ GRAPH {people} {{ ?p ?x ?y }} }} WHERE {{ VALUES ?p {{ {values} }} "
                         f"GRAPH {people} {{ ?p ?x ?y }} FILTER(?x IN (<{RDF.type}>, <{FOAF.name}>)) }} ;\n"
                         if sources else "")
    links = Graph()
    if before is None or pairs:
        for old, new in merged.items():
            links.add((URIRef(old), OWL.sameAs, URIRef(new)))
        links += _link_notes(judgements)
        people_update += (f"DELETE {{ GRAPH {people} {{ ?p ?x ?y }} }} WHERE {{ GRAPH {people} {{ ?p ?x ?y }} "
                          f"FILTER(?x IN (<{OWL.sameAs}>, <{SG.identityRule}>, <{SG.identityBy}>, "
                          f"<{SG.identityScore}>)) }} ;\n")
    touched_people = None if before is None else {x for pair in pairs for x in pair}
    shared = _shared_graphs(store, pairs)
    update = ((_rewrite_update(pairs) if pairs else "") + (count_update(shared) + " ;\n" if shared else "") +
              refresh_person_entities(touched_people) + people_update +
              f"INSERT DATA {{ GRAPH {people} {{\n{_nt(names + links)}}} }} ;\n" + _CLEAR_PENDING)
    store.ox.update(update)
    return len(pairs)


def refresh_people(store, judgements: Judgements) -> None:
    """Rewrite the people graph (names, owl:sameAs) and note why each merge was made."""
    apply_identity(store, judgements)


def apply_merges(store, judgements: Judgements) -> int:
    """Rewrite every merged-away IRI to its survivor in the protocol graphs; refresh the people graph."""
    return apply_identity(store, judgements)


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
    from samgraf.graph.build import build_protocol
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
        graph = build_protocol(extract_document(doc), resolve)
        unreadable = ",".join(str(n) for n in doc.pages_read_by(PageMethod.NONE)) or None
        store.replace_protocol(graph.nt(), IngestRecord(r["key"], r["sha"], "ok", doc_id, unreadable_pages=unreadable),
                               text, identifier=str(graph.identifier))
        done += 1
    return done


# --- human curation -----------------------------------------------------------------------------

def _save_and_apply(store, judgements: Judgements) -> None:
    """Save the judgements and apply them; the pass stays pending in between, so a crash is repaired."""
    mark_identity_pending(store)
    save_judgements(store.path, judgements)
    fault_point("judgements-saved")
    apply_identity(store, judgements)


def merge_people(store, keep: str, gone: str, *, who: str, note: str = "", when: str | None = None) -> str:
    """Record that `gone` is the same person as `keep` and rewrite the store; returns the survivor."""
    judgements = load_judgements(store.path)
    _checked(keep), _checked(gone)
    judgements.add("same", keep, gone, who=who, when=when, note=note or "rule=curated")
    _save_and_apply(store, judgements)
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
    mark_identity_pending(store)
    save_judgements(store.path, judgements)
    rebuild_protocols(store, _protocols_naming(store, set(group)))
    apply_identity(store, judgements)
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
    _save_and_apply(store, judgements)
    return linked

