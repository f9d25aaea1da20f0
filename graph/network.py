"""The samgraf graph as a networkx MultiDiGraph, its filters and its analyses (interlocks, centrality, components).

Nodes are IRIs (str) with a `kind`: person, forbund, org, party or grant. Edges carry a `kind`:
membership (person -> förbund/body, by role), attended (person -> förbund), party (person -> party),
represents (person -> member org), member (org -> förbund), funds (förbund -> grant), receives (grant -> org).
Dated edges carry `start`/`end` (ISO dates); facts carry `quotes` (their oa:exact provenance).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Dataset, Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.plugins.stores.memory import Memory
from samgraf.ontology.ns import ENTITY_GRAPH, SPARQL_PREFIXES

from samgraf.errors import ResolutionError
from samgraf.model import OrgKind

PERSON, FORBUND, ORG_, PARTY, GRANT = "person", "forbund", "org", "party", "grant"

# ---------------------------------------------------------------- what counts as a board seat
# The one definition of a board interlock (used by `analyse`, the network page and queries/interlocks.rq):
# two bodies share a person who holds a board seat in both at overlapping times. A board seat is a
# membership whose role is one of BOARD_ROLES / BOARD_LABELS (also "förste/andre vice ordförande"), or one the
# protocol lists without a role (a board roster line). Times overlap when the seats' years meet: a seat runs
# over its stated term (schema:validFrom/validThrough), else over the mandate periods (seat_years) of the
# first and the last meeting whose protocol records it, since boards are appointed per mandate period; an
# unknown bound is open. Every other
# role is staff (förbundschef, sekreterare, processledare ...), justerare is a meeting duty, and being
# present at a meeting of a body without a membership of it is attendance as a guest: separate relations.
BOARD_ROLES = frozenset({"ordforande", "vice-ordforande", "ledamot", "ersattare", "tjanstgorande-ersattare"})
DUTY_ROLES = frozenset({"justerare"})
BOARD_LABELS = frozenset({"ordförande", "vice ordförande", "ledamot", "ordinarie ledamot", "ersättare",
                          "tjänstgörande ersättare"})
DUTY_LABELS = frozenset({"justerare"})
BOARD, STAFF, DUTY, GUEST = "board", "staff", "duty", "guest"
MANDATE_EPOCH = 1995      # Swedish councils' four-year mandate periods: 1995-1998, ..., 2019-2022, 2023-2026
RELATION_LABELS = {BOARD: "board seat", STAFF: "staff role", DUTY: "meeting duty", GUEST: "attended as guest"}
ROLE_PREFIX = "https://w3id.org/samgraf/ns#role/"
AFFILIATIONS = frozenset({"membership", "attended"})
MEETING_ROLES = {"heeftVoorzitter": "chair", "heeftSecretaris": "secretary", "adjuster": "adjuster"}


def role_relation(role: str | None, label: str | None = None) -> str:
    """BOARD, STAFF or DUTY for a role, by its IRI (sg:role/<slug>) or its Swedish label (the contract's
    skos:prefLabel); None for both: a roster line without a role, a board seat."""
    if role is None and label is None:
        return BOARD
    slug = (role or "").removeprefix(ROLE_PREFIX)
    word = (label or "").strip().lower()
    if slug in BOARD_ROLES or slug.endswith("-vice-ordforande") or word in BOARD_LABELS or word.endswith(" vice ordförande"):
        return BOARD
    return DUTY if slug in DUTY_ROLES or word in DUTY_LABELS else STAFF


def mandate_start(year: int) -> int:
    """The first year of the Swedish mandate period holding `year` (four years from 1995: 2019-2022, 2023-2026)."""
    return MANDATE_EPOCH + 4 * ((year - MANDATE_EPOCH) // 4)


def seat_years(valid_from: str | None, valid_to: str | None, first: str | None, last: str | None) -> tuple[int, int]:
    """A seat's years: its stated term, else the mandate periods of the first and last meeting recording it;
    an unknown bound is open (0 or 9999)."""
    start = int(valid_from[:4]) if valid_from else mandate_start(int(first[:4])) if first else 0
    end = int(valid_to[:4]) if valid_to else mandate_start(int(last[:4])) + 3 if last else 9999
    return start, end


def year_span(start: str | None, end: str | None) -> tuple[int, int]:
    """A period as (first year, last year); an unknown bound is open (0 or 9999)."""
    return (int(start[:4]) if start else 0, int(end[:4]) if end else 9999)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two year spans share a year."""
    return a[0] <= b[1] and b[0] <= a[1]


# Queries: a fact pattern is joined inside its protocol's GRAPH; entities (labels, types, the board ->
# förbund hierarchy, names) are read one triple pattern at a time with DISTINCT, so a triple repeated in
# many protocol graphs (or written once in a shared graph) gives one row, and no join multiplies them.
Q_SAME_AS = "SELECT DISTINCT ?a ?b WHERE { ?a owl:sameAs ?b }"
Q_PERSONS = "SELECT DISTINCT ?p WHERE { ?p a foaf:Person }"
Q_NAMES = "SELECT DISTINCT ?p ?name WHERE { ?p foaf:name ?name }"
Q_LABELS = "SELECT DISTINCT ?s ?label WHERE { ?s skos:prefLabel ?label }"
Q_ALT_LABELS = "SELECT DISTINCT ?s ?label WHERE { ?s skos:altLabel ?label }"
Q_TYPES = """SELECT DISTINCT ?s ?type WHERE { VALUES ?type { sg:Samordningsforbund sg:PoliticalParty org:Organization }
  ?s a ?type }"""
Q_NOTATIONS = "SELECT DISTINCT ?s ?notation WHERE { ?s skos:notation ?notation }"
Q_BODIES = "SELECT DISTINCT ?b ?up WHERE { ?b besluit:bestuurt|mandaat:isTijdspecialisatieVan ?up }"
Q_MEETINGS = """SELECT ?g ?z ?date ?board ?path WHERE { GRAPH ?g { ?doc a sg:Protocol ; dct:subject ?z .
  OPTIONAL { ?z dct:date ?date } OPTIONAL { ?z besluit:isGehoudenDoor ?board } OPTIONAL { ?doc sg:sourcePath ?path } } }"""
# Memberships and attendance are read in two steps, each a shape Oxigraph plans well at 12,000
# protocols (docs/scale.md): an aggregate over the protocol graphs with the first and the last protocol
# that record each fact as "date \x1f graph \x1f key" (no quotes), then the quotes of those two protocols
# only, looked up by VALUES rows (`quote_rows`). Reading a quote for every protocol that records a fact
# and keeping two took 50 s (memberships) and 33 s (attendance) at 12,000 protocols.
# A membership's term (who, which body, role, on behalf of, dates) is read where it is held once: the
# entity graph of a store, else (a file, an in-memory Dataset) the union with DISTINCT.
Q_MEMBERSHIP_TERMS = """SELECT DISTINCT ?m ?p ?body ?role ?behalf ?from ?to WHERE { SCOPE {
  ?m a org:Membership ; org:member ?p ; org:organization ?body .
  OPTIONAL { ?m org:role ?role } OPTIONAL { ?m opengov:onBehalfOf ?behalf }
  OPTIONAL { ?m schema:validFrom ?from } OPTIONAL { ?m schema:validThrough ?to } } }"""
Q_HAS_ENTITY_TERMS = f"ASK {{ GRAPH <{ENTITY_GRAPH}> {{ ?m a org:Membership }} }}"
# One row per membership: how many protocols record it, the first and the last meeting among them.
Q_MEMBERSHIP_SEEN = """SELECT ?m (MIN(?date) AS ?first) (MAX(?date) AS ?last) (COUNT(DISTINCT ?g) AS ?protocols)
  (MIN(?evidence) AS ?firstSeen) (MAX(?evidence) AS ?lastSeen) WHERE {
  GRAPH ?g { ?doc a sg:Protocol ; dct:subject ?z . OPTIONAL { ?z dct:date ?date } ?m a org:Membership }
  BIND(CONCAT(COALESCE(STR(?date), ""), "\u001f", STR(?g), "\u001f", STR(?m)) AS ?evidence)
} GROUP BY ?m"""
# One row per person, meeting body and presence: how many meetings, the first and the last.
Q_ATTENDANCE = """SELECT ?p ?board ?present (COUNT(DISTINCT ?z) AS ?meetings) (MIN(?date) AS ?first)
  (MAX(?date) AS ?last) (MIN(?evidence) AS ?firstSeen) (MAX(?evidence) AS ?lastSeen) WHERE {
  { SELECT * WHERE { GRAPH ?g { ?doc a sg:Protocol ; dct:subject ?z . ?z besluit:isGehoudenDoor ?board .
      { ?z besluit:heeftAanwezigeBijStart ?p BIND(true AS ?present) } UNION { ?z sg:absentAtStart ?p BIND(false AS ?present) }
    } } LIMIT 100000000 }
  OPTIONAL { ?z dct:date ?date }
  BIND(CONCAT(COALESCE(STR(?date), ""), "\u001f", STR(?g), "\u001f", STR(?z)) AS ?evidence)
} GROUP BY ?p ?board ?present"""
# The quotes of a membership in one protocol graph, and of a person's attendance at one meeting of one
# protocol graph. VALUES_ROWS becomes rows of IRIs (`quote_rows`); the pattern that starts from the person
# ran 3.7 s for 16,000 rows at 12,000 protocols, from the meeting 5.0 s, without the graph 9.5 s.
Q_MEMBERSHIP_QUOTES = """SELECT ?m ?g ?quote WHERE { VALUES (?m ?g) { VALUES_ROWS }
  GRAPH ?g { ?m prov:wasDerivedFrom ?ann . ?ann oa:hasTarget ?t . ?t oa:hasSelector ?sel . ?sel oa:exact ?quote } }"""
Q_ATTENDANCE_QUOTES = """SELECT ?g ?z ?p ?quote WHERE { VALUES (?g ?z ?p) { VALUES_ROWS }
  GRAPH ?g { ?att sg:attendee ?p ; sg:meeting ?z ; prov:wasDerivedFrom ?ann . ?ann oa:hasTarget ?t .
  ?t oa:hasSelector ?sel . ?sel oa:exact ?quote } }"""
#: Rows per VALUES query: keeps a query's text under a megabyte.
QUOTE_CHUNK = 5000


def membership_terms_query(ds: Dataset) -> str:
    """Q_MEMBERSHIP_TERMS read from the entity graph when the Dataset has one, else from the union."""
    scope = f"GRAPH <{ENTITY_GRAPH}>" if ds.query(SPARQL_PREFIXES + Q_HAS_ENTITY_TERMS).askAnswer else ""
    return Q_MEMBERSHIP_TERMS.replace("SCOPE", scope)


def quote_rows(ds: Dataset, query: str, keys: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], list[str]]:
    """The quotes of each key (a row of IRIs), sorted: `query` selects the key's variables, bound from
    VALUES rows, and then ?quote."""
    todo = sorted(set(keys))
    found: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for i in range(0, len(todo), QUOTE_CHUNK):
        rows = " ".join("(" + " ".join(f"<{iri}>" for iri in key) + ")" for key in todo[i:i + QUOTE_CHUNK])
        for *key, quote in run(ds, query.replace("VALUES_ROWS", rows)):
            found[tuple(map(str, key))].append(str(quote))
    for quotes in found.values():
        quotes.sort()
    return found


def seen_key(evidence: Any) -> tuple[str, str]:
    """(graph, key) of a "date \x1f graph \x1f key" aggregate."""
    _date, graph, key = str(evidence).split("\x1f", 2)
    return graph, key


def with_quote(evidence: Any, quotes: list[str], *, last: bool) -> str:
    """The "date \x1f graph \x1f quote" Facts.quote reads: the first (or the last) of the protocol's quotes."""
    date, graph, _key = str(evidence).split("\x1f", 2)
    return f"{date}\x1f{graph}\x1f{(quotes[-1] if last else quotes[0]) if quotes else ''}"


Q_MEETING_ROLES = """SELECT ?p ?board ?pred (COUNT(DISTINCT ?z) AS ?meetings) WHERE { GRAPH ?g {
  VALUES ?pred { besluit:heeftVoorzitter besluit:heeftSecretaris sg:adjuster }
  ?z ?pred ?p ; besluit:isGehoudenDoor ?board } } GROUP BY ?p ?board ?pred"""
Q_PARTY_LINKS = "SELECT DISTINCT ?p ?party WHERE { ?p org:memberOf ?party }"
Q_PARTY_TYPES = "SELECT DISTINCT ?party WHERE { ?party a sg:PoliticalParty }"
Q_GRANTS = """SELECT ?g ?grant ?funder ?recipient ?value ?currency ?item ?start ?end ?decision ?quote WHERE {
  { SELECT * WHERE { GRAPH ?g { ?grant a schema:MonetaryGrant ; prov:wasDerivedFrom ?ann . ?ann oa:hasTarget ?t .
      ?t oa:hasSelector ?sel . ?sel oa:exact ?quote } } LIMIT 100000000 }
  OPTIONAL { ?grant schema:funder ?funder } OPTIONAL { ?grant sg:recipient ?recipient }
  OPTIONAL { ?grant schema:amount ?amt . ?amt schema:value ?value OPTIONAL { ?amt schema:currency ?currency } }
  OPTIONAL { ?grant schema:fundedItem ?item } OPTIONAL { ?grant schema:startDate ?start }
  OPTIONAL { ?grant schema:endDate ?end }
  OPTIONAL { ?grant prov:wasGeneratedBy ?beh . ?beh prov:generated ?bes . ?bes dct:identifier ?decision }
}"""
Q_CONTRIBUTIONS = """SELECT DISTINCT ?g ?org WHERE { GRAPH ?g { ?mc a sg:MemberContribution ; sg:contributor ?org } }"""


# ---------------------------------------------------------------- reading the Dataset


def union_view(ds: Dataset) -> Dataset:
    """The same store seen with the union of all named graphs as default graph."""
    return ds if getattr(ds, "default_union", False) else Dataset(store=ds.store, default_union=True)


@functools.cache
def prepared(query: str) -> Query:
    """A parsed query, kept: parsing costs more than running on small graphs."""
    return prepareQuery(SPARQL_PREFIXES + query)


def run(ds: Dataset, query: str) -> list[tuple[Any, ...]]:
    """Rows of a SELECT; parsed once for rdflib's own store, sent as text to others (Oxigraph)."""
    result = ds.query(prepared(query) if isinstance(ds.store, Memory) else SPARQL_PREFIXES + query)
    return [tuple(row) for row in result]  # type: ignore[arg-type]


def text(term: Any) -> str | None:
    """A literal's lexical form, an IRI as a string, None for None."""
    return None if term is None else str(term)


def local_name(value: str) -> str:
    """The last path segment of an IRI, with dashes as spaces ("…/role/vice-ordförande" -> "vice ordförande")."""
    return re.split(r"[/#]", value.rstrip("/"))[-1].replace("-", " ")


def resolve_same_as(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each merged-away IRI to its final survivor (follows chains, stops on cycles)."""
    direct = dict(pairs)
    resolved: dict[str, str] = {}
    for start, target in direct.items():
        seen, node = {start}, target
        while node in direct and node not in seen:
            seen.add(node)
            node = direct[node]
        resolved[start] = node
    return resolved


def resolve_bodies(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each board (or board per mandate period) to the organisation it governs, following chains."""
    return resolve_same_as(pairs)


AGENCY_SUFFIXES = ("kassan", "förmedlingen", "myndigheten", "verket", "inspektionen")


def org_kind(label: str, iri: str = "") -> str:
    """An OrgKind value (municipality, region, agency, network, other) from the IRI key or Swedish naming."""
    key = iri.split("/id/org/", 1)[-1] if "/id/org/" in iri else ""
    if key.startswith("kommun/"):
        return OrgKind.MUNICIPALITY.value
    if key.startswith("region/"):
        return OrgKind.REGION.value
    low = label.casefold().strip()
    first = low.split()[0] if low else ""
    if low.endswith((" kommun", " stad")) or (low.endswith("kommun") and " " not in low):
        return OrgKind.MUNICIPALITY.value
    if first == "region" or "landsting" in low or low.endswith("regionen"):
        return OrgKind.REGION.value
    if first in ("staten", "statens") or first.endswith(AGENCY_SUFFIXES):
        return OrgKind.AGENCY.value
    if "nätverk" in low:
        return OrgKind.NETWORK.value
    return OrgKind.OTHER.value


def normalise_date(value: str | None, *, end: bool = False) -> str | None:
    """An ISO date from xsd:date / xsd:gYear / dateTime text; a bare year becomes its first or last day."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12-31" if end else f"{value}-01-01"
    match = re.match(r"\d{4}-\d{2}-\d{2}", value)
    return match.group(0) if match else None


@dataclass(frozen=True, slots=True)
class Protocol:
    """Where a fact was read: the protocol's graph, meeting date, meeting body and source file."""

    graph: str
    date: str | None
    body: str | None
    path: str | None


@dataclass(slots=True)
class Facts:
    """Everything build_network reads about entities and protocols, keyed by IRI strings."""

    canon: dict[str, str]
    labels: dict[str, str]
    alt_labels: dict[str, list[str]]
    types: dict[str, set[str]]
    notations: dict[str, str]
    bodies: dict[str, str]
    protocols: dict[str, Protocol] = field(default_factory=dict)

    def person(self, iri: str) -> str:
        """The surviving person IRI."""
        return self.canon.get(iri, iri)

    def body(self, iri: str) -> str:
        """The organisation a board governs (the förbund), or the body itself."""
        return self.bodies.get(iri, iri)

    def label(self, iri: str | None) -> str:
        """A readable name for an IRI: its prefLabel, an altLabel, or the last part of the IRI."""
        if iri is None:
            return ""
        return self.labels.get(iri) or (self.alt_labels.get(iri) or [local_name(iri)])[0]

    def quote(self, evidence: str | None) -> dict[str, str] | None:
        """A quote record {text, forbund, date, file} from a "date \\x1f graph \\x1f quote" aggregate."""
        if not evidence:
            return None
        date, graph, text_ = (evidence.split("\x1f", 2) + ["", ""])[:3]
        if not text_:
            return None
        protocol = self.protocols.get(graph, Protocol(graph, None, None, None))
        return {"text": text_, "forbund": self.label(protocol.body) if protocol.body else "",
                "date": normalise_date(date) or protocol.date or "",
                "file": (protocol.path or graph).rsplit("/", 1)[-1]}


def read_facts(ds: Dataset) -> Facts:
    """Labels, types, identity links, bodies and protocols of a Dataset."""
    canon = resolve_same_as((str(a), str(b)) for a, b in run(ds, Q_SAME_AS))
    labels: dict[str, str] = {}
    for s, label in sorted(run(ds, Q_LABELS), key=lambda row: (str(row[0]), str(row[1]))):
        labels.setdefault(str(s), str(label))
    alt: dict[str, set[str]] = defaultdict(set)
    for s, label in run(ds, Q_ALT_LABELS):
        alt[str(s)].add(str(label))
    types: dict[str, set[str]] = defaultdict(set)
    for s, t in run(ds, Q_TYPES):
        types[str(s)].add(local_name(str(t)))
    facts = Facts(canon, labels, {k: sorted(v) for k, v in alt.items()}, types,
                  {str(s): str(n) for s, n in run(ds, Q_NOTATIONS)},
                  resolve_bodies((str(b), str(up)) for b, up in run(ds, Q_BODIES)))
    for g, _z, date, board, path in sorted(run(ds, Q_MEETINGS), key=lambda row: tuple(map(str, row))):
        body = facts.body(str(board)) if board is not None else None
        facts.protocols.setdefault(str(g), Protocol(str(g), normalise_date(text(date)), body, text(path)))
    return facts


# ---------------------------------------------------------------- building the network


def add_org_node(network: nx.MultiDiGraph, facts: Facts, iri: str) -> None:
    """Add an organisation (förbund, party or member org) node once."""
    if iri in network:
        return
    types = facts.types.get(iri, set())
    label = facts.label(iri)
    if "Samordningsforbund" in types:
        network.add_node(iri, kind=FORBUND, label=label, alt_labels=facts.alt_labels.get(iri, []))
    elif "PoliticalParty" in types:
        network.add_node(iri, kind=PARTY, label=label, notation=facts.notations.get(iri, ""))
    else:
        network.add_node(iri, kind=ORG_, label=label, org_kind=org_kind(label, iri))


def add_person_nodes(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """One node per surviving person, named by foaf:name (else an alternative label)."""
    names: dict[str, str] = {}
    fallback: dict[str, str] = {}
    for p, name in sorted(run(ds, Q_NAMES), key=lambda row: (str(row[0]), str(row[1]))):
        person = facts.person(str(p))
        (names if person == str(p) else fallback).setdefault(person, str(name))
    names = fallback | names
    people = {facts.person(str(p)) for (p,) in run(ds, Q_PERSONS)}
    alts: dict[str, set[str]] = defaultdict(set)
    for p in people | {str(p) for p in facts.canon}:
        alts[facts.person(p)].update(facts.alt_labels.get(p, ()))
    for person in sorted(people):
        label = names.get(person) or min(alts[person], default=local_name(person))
        network.add_node(person, kind=PERSON, label=label, alt_labels=sorted(alts[person] - {label}),
                         boards=[], parties=[], meetings=[], quotes=[])


def merge_edge(network: nx.MultiDiGraph, u: str, v: str, key: str, *, kind: str, role: str,
               start: str | None = None, end: str | None = None, quotes: Iterable[dict[str, str]] = (),
               **extra: Any) -> None:
    """Add an edge, or widen the existing one with the same key (earliest start, latest end, more quotes)."""
    if not network.has_edge(u, v, key):
        network.add_edge(u, v, key=key, kind=kind, role=role, quotes=[], start=None, end=None, **extra)
    data = network.edges[u, v, key]
    data["quotes"].extend(q for q in quotes if q not in data["quotes"])
    if start:
        data["start"] = start if data["start"] is None else min(data["start"], start)
    if end:
        data["end"] = end if data["end"] is None else max(data["end"], end)


def evidence_quotes(facts: Facts, *evidence: Any) -> list[dict[str, str]]:
    """Distinct quote records from aggregated evidence strings."""
    out: list[dict[str, str]] = []
    for item in evidence:
        quote = facts.quote(text(item))
        if quote and quote not in out:
            out.append(quote)
    return out


def add_memberships(network: nx.MultiDiGraph, ds: Dataset, facts: Facts, *, quotes: bool = True) -> None:
    """Membership edges person -> body (förbund for its boards), keyed by role and labelled board/staff/duty."""
    seen = {str(row[0]): row[1:] for row in run(ds, Q_MEMBERSHIP_SEEN)}
    found = quote_rows(ds, Q_MEMBERSHIP_QUOTES, (seen_key(row[i])[::-1] for row in seen.values() for i in (3, 4))
                       ) if quotes else {}
    terms = sorted(run(ds, membership_terms_query(ds)), key=lambda row: tuple(map(str, row)))
    for m, p, body, role, behalf, valid_from, valid_to in terms:
        if str(m) not in seen:
            continue
        first, last, count, first_seen, last_seen = seen[str(m)]
        first_q = with_quote(first_seen, found.get(seen_key(first_seen)[::-1], []), last=False) if quotes else None
        last_q = with_quote(last_seen, found.get(seen_key(last_seen)[::-1], []), last=True) if quotes else None
        person, target = facts.person(str(p)), facts.body(str(body))
        if person not in network:
            continue
        add_org_node(network, facts, target)
        role_label = facts.labels.get(str(role)) or local_name(str(role)) if role is not None else "ledamot"
        relation = role_relation(text(role), facts.labels.get(str(role)) if role is not None else None)
        begin = normalise_date(text(valid_from)) or normalise_date(text(first))
        finish = normalise_date(text(valid_to), end=True) or normalise_date(text(last))
        behalf_iri = text(behalf)
        key = f"membership:{role_label}"
        merge_edge(network, person, target, key, kind="membership", role=role_label, relation=relation,
                   start=begin, end=finish, quotes=evidence_quotes(facts, first_q, last_q))
        edge = network.edges[person, target, key]
        years = seat_years(normalise_date(text(valid_from)), normalise_date(text(valid_to), end=True),
                           normalise_date(text(first)), normalise_date(text(last)))
        old_years = edge.get("years", years)
        edge["years"] = (min(old_years[0], years[0]), max(old_years[1], years[1]))
        edge["protocols"] = edge.get("protocols", 0) + int(count.toPython())
        edge.setdefault("on_behalf_of", behalf_iri)
        record_board(network, person, target, role_label, relation, behalf_iri, begin, finish)
        if behalf_iri:
            add_member_org(network, facts, person, behalf_iri, target, (begin, finish))


def add_member_org(network: nx.MultiDiGraph, facts: Facts, person: str, org: str, body: str,
                   period: tuple[str | None, str | None]) -> None:
    """The person represents a member org, which is a member of the förbund."""
    add_org_node(network, facts, org)
    merge_edge(network, person, org, "represents", kind="represents", role="represents",
               start=period[0], end=period[1])
    if network.nodes[body]["kind"] == FORBUND:
        merge_edge(network, org, body, "member", kind="member", role="member")


def record_board(network: nx.MultiDiGraph, person: str, body: str, role: str, relation: str, behalf: str | None,
                 start: str | None, end: str | None) -> None:
    """Keep the person's list of boards and roles (for the details panel) free of duplicates."""
    entry = {"body": network.nodes[body]["label"], "role": role, "relation": relation,
             "on_behalf_of": behalf, "from": start, "to": end}
    boards = network.nodes[person]["boards"]
    for old in boards:
        if (old["body"], old["role"], old["on_behalf_of"]) == (entry["body"], role, behalf):
            old["from"] = min(filter(None, (old["from"], start)), default=None)
            old["to"] = max(filter(None, (old["to"], end)), default=None)
            return
    boards.append(entry)


def add_attendance(network: nx.MultiDiGraph, ds: Dataset, facts: Facts, *, quotes: bool = True) -> None:
    """Attendance per person and body in the details; an `attended` edge person -> body when present.

    Presence at a body where the person holds no membership is attendance as a guest (relation GUEST).
    """
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p, board, pred, count in run(ds, Q_MEETING_ROLES):
        kind = MEETING_ROLES.get(local_name(str(pred)), local_name(str(pred)))
        counts[(facts.person(str(p)), facts.body(str(board)))][kind] += int(count.toPython())
    duties = {key: [f"{kind} ×{n}" for kind, n in sorted(kinds.items())] for key, kinds in counts.items()}
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    rows = sorted(run(ds, Q_ATTENDANCE), key=lambda row: tuple(map(str, row[:3])))
    found = quote_rows(ds, Q_ATTENDANCE_QUOTES, ((*seen_key(row[i]), str(row[0])) for row in rows for i in (6, 7))
                       ) if quotes else {}
    for p, board, present, count, first, last, first_seen, last_seen in rows:
        first_q = with_quote(first_seen, found.get((*seen_key(first_seen), str(p)), []), last=False) if quotes else None
        last_q = with_quote(last_seen, found.get((*seen_key(last_seen), str(p)), []), last=True) if quotes else None
        person, body = facts.person(str(p)), facts.body(str(board))
        if person not in network:
            continue
        add_org_node(network, facts, body)
        entry = summary.setdefault((person, body), {"body": network.nodes[body]["label"], "present": 0, "absent": 0,
                                                    "first": None, "last": None,
                                                    "duties": sorted(duties.get((person, body), []))})
        entry["present" if present.toPython() else "absent"] += int(count.toPython())
        first_, last_ = normalise_date(text(first)), normalise_date(text(last))
        entry["first"] = min(filter(None, (entry["first"], first_)), default=None)
        entry["last"] = max(filter(None, (entry["last"], last_)), default=None)
        if present.toPython():
            member = any(d["kind"] == "membership" for d in network.get_edge_data(person, body, default={}).values())
            merge_edge(network, person, body, "attended", kind="attended", role="attended",
                       relation=STAFF if member else GUEST, start=first_, end=last_,
                       quotes=evidence_quotes(facts, first_q, last_q), meetings=0)
            network.edges[person, body, "attended"]["meetings"] += int(count.toPython())
    for (person, _body), entry in summary.items():
        network.nodes[person]["meetings"].append(entry)


def add_parties(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Party edges person -> political party."""
    parties = {str(party) for (party,) in run(ds, Q_PARTY_TYPES)}
    for p, party in sorted(run(ds, Q_PARTY_LINKS), key=lambda row: tuple(map(str, row))):
        person = facts.person(str(p))
        if person not in network or str(party) not in parties:
            continue
        add_org_node(network, facts, str(party))
        merge_edge(network, person, str(party), "party", kind="party", role="party")
        label = network.nodes[str(party)].get("notation") or network.nodes[str(party)]["label"]
        if label not in network.nodes[person]["parties"]:
            network.nodes[person]["parties"].append(label)


def add_grants(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Grant nodes with funds (förbund -> grant) and receives (grant -> recipient) edges, by amount."""
    rows = sorted(run(ds, Q_GRANTS), key=lambda row: tuple(map(str, row)))
    for g, grant, funder, recipient, value, currency, item, start, end, decision, quote in rows:
        protocol = facts.protocols.get(str(g))
        date = protocol.date if protocol else None
        amount = float(value.toPython()) if isinstance(value, Literal) else None
        gid = str(grant)
        if gid not in network:
            label = f"{amount:,.0f} kr".replace(",", "\u202f") if amount is not None else "bidrag"
            network.add_node(gid, kind=GRANT, label=label, amount=amount, currency=text(currency) or "SEK",
                             item=text(item), period=" – ".join(filter(None, (text(start), text(end)))) or None,
                             decision=text(decision), date=date, quotes=[])
        record = facts.quote(f"{date or ''}\x1f{g}\x1f{quote}") if quote is not None else None
        if record and record not in network.nodes[gid]["quotes"]:
            network.nodes[gid]["quotes"].append(record)
        for u, v, key in ((funder, grant, "funds"), (grant, recipient, "receives")):
            if u is None or v is None:
                continue
            for end_ in (str(u), str(v)):
                if end_ != gid:
                    add_org_node(network, facts, end_)
            merge_edge(network, str(u), str(v), key, kind=key, role=key,
                       amount=amount, start=date, end=date)


def add_contributions(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Member edges org -> förbund from member contributions recorded in the förbund's protocols."""
    for g, org in run(ds, Q_CONTRIBUTIONS):
        protocol = facts.protocols.get(str(g))
        if protocol is None or protocol.body is None:
            continue
        add_org_node(network, facts, protocol.body)
        add_org_node(network, facts, str(org))
        if network.nodes[protocol.body]["kind"] == FORBUND:
            merge_edge(network, str(org), protocol.body, "member", kind="member", role="member")


def collect_person_quotes(network: nx.MultiDiGraph) -> None:
    """Gather each person's provenance quotes from their edges."""
    for person, data in network.nodes(data=True):
        if data["kind"] != PERSON:
            continue
        quotes = data["quotes"]
        for _, _, edge in network.out_edges(person, data=True):
            quotes.extend(q for q in edge.get("quotes", ()) if q not in quotes)
        quotes.sort(key=lambda q: (q["date"], q["forbund"], q["file"], q["text"]))
        data["boards"].sort(key=lambda b: (b["from"] or "", b["body"], b["role"]))
        data["meetings"].sort(key=lambda m: (m["first"] or "", m["body"]))


def build_network(ds: Dataset, *, quotes: bool = True) -> nx.MultiDiGraph:
    """Read people, förbund, member orgs, parties and grants from a Dataset into a MultiDiGraph.

    `quotes=False` leaves out the quotes of memberships and attendance (for `analyse`, which prints none).
    """
    view = union_view(ds)
    facts = read_facts(view)
    network = nx.MultiDiGraph()
    add_person_nodes(network, view, facts)
    for iri, types in sorted(facts.types.items()):
        if "Samordningsforbund" in types:
            add_org_node(network, facts, iri)
    add_memberships(network, view, facts, quotes=quotes)
    add_attendance(network, view, facts, quotes=quotes)
    add_parties(network, view, facts)
    add_grants(network, view, facts)
    add_contributions(network, view, facts)
    collect_person_quotes(network)
    return network


# ---------------------------------------------------------------- filters


def nodes_of(network: nx.MultiDiGraph, kind: str) -> list[str]:
    """Nodes of one kind, sorted."""
    return sorted(n for n, d in network.nodes(data=True) if d.get("kind") == kind)


def match_nodes(network: nx.MultiDiGraph, kind: str, query: str) -> list[str]:
    """Nodes of a kind whose IRI, label or alternative label matches: exact (case-insensitive) first, then part."""
    wanted = query.casefold().strip()
    names = {n: [network.nodes[n]["label"], *network.nodes[n].get("alt_labels", ())] for n in nodes_of(network, kind)}
    exact = [n for n, labels in names.items() if n == query or any(x.casefold() == wanted for x in labels)]
    return exact or [n for n, labels in names.items() if any(wanted in x.casefold() for x in labels)]


def filter_forbund(network: nx.MultiDiGraph, queries: Iterable[str]) -> nx.MultiDiGraph:
    """The chosen förbund, everyone and everything linked to them, and those people's parties and member orgs."""
    seeds: set[str] = set()
    for query in queries:
        found = match_nodes(network, FORBUND, query)
        if not found:
            known = ", ".join(network.nodes[n]["label"] for n in nodes_of(network, FORBUND)[:20])
            raise ResolutionError(f"no förbund matches {query!r}; known: {known}")
        seeds.update(found)
    undirected = network.to_undirected(as_view=True)
    ring = {n for s in seeds for n in undirected[s] if network.nodes[n]["kind"] != FORBUND}
    outer = {m for n in ring if network.nodes[n]["kind"] in (PERSON, GRANT)
             for m in undirected[n] if network.nodes[m]["kind"] not in (FORBUND, PERSON, GRANT)}
    return network.subgraph(seeds | ring | outer).copy()


def overlaps(start: str | None, end: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether [start, end] meets [date_from, date_to]; a missing bound is open."""
    return not ((date_to and start and start > date_to) or (date_from and end and end < date_from))


def filter_dates(network: nx.MultiDiGraph, date_from: str | None, date_to: str | None) -> nx.MultiDiGraph:
    """Drop dated edges outside the period, then people and grants left without them, then isolated nodes.

    Without bounds the network itself is returned (filters never change their input).
    """
    if not date_from and not date_to:
        return network
    result = network.copy()
    dated = [(u, v, k) for u, v, k, d in result.edges(keys=True, data=True)
             if (d.get("start") or d.get("end")) and not overlaps(d.get("start"), d.get("end"), date_from, date_to)]
    result.remove_edges_from(dated)
    gone = [n for n, d in result.nodes(data=True)
            if (d["kind"] == PERSON and not any(e["kind"] in AFFILIATIONS for *_, e in result.out_edges(n, data=True)))
            or (d["kind"] == GRANT and result.degree(n) < 2)]
    result.remove_nodes_from(gone)
    result.remove_nodes_from([n for n in list(result) if result.degree(n) == 0 and result.nodes[n]["kind"] != FORBUND])
    return result


def find_person(network: nx.MultiDiGraph, name: str) -> str:
    """The one person node matching a name; ambiguity or no match raises ResolutionError."""
    found = match_nodes(network, PERSON, name)
    if not found:
        raise ResolutionError(f"no person matches {name!r}; try part of the name as written in the protocols")
    if len(found) > 1:
        listed = "; ".join(f"{network.nodes[n]['label']} <{n}>" for n in found[:10])
        raise ResolutionError(f"{len(found)} people match {name!r}: {listed}. Give the full name or the IRI")
    return found[0]


def ego_network(network: nx.MultiDiGraph, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """A person and everything within `depth` links of them (depth 2: their boards' other members)."""
    center = find_person(network, name)
    reach = nx.single_source_shortest_path_length(network.to_undirected(as_view=True), center, cutoff=depth)
    return network.subgraph(reach).copy()


def grant_network(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Only the money: grants with their funders and recipients."""
    edges = [(u, v, k) for u, v, k, d in network.edges(keys=True, data=True) if d["kind"] in ("funds", "receives")]
    return network.edge_subgraph(edges).copy()


# ---------------------------------------------------------------- summary for large graphs


def person_boards(network: nx.MultiDiGraph, person: str) -> set[str]:
    """The bodies (förbund, NNS, other boards) where a person holds a board seat."""
    return {v for _, v, d in network.out_edges(person, data=True)
            if d["kind"] == "membership" and d.get("relation", BOARD) == BOARD}


def board_spans(network: nx.MultiDiGraph, person: str) -> dict[str, tuple[int, int]]:
    """Body -> the year span of a person's board seats there (all roles together)."""
    spans: dict[str, tuple[int, int]] = {}
    for _, body, d in network.out_edges(person, data=True):
        if d["kind"] != "membership" or d.get("relation", BOARD) != BOARD:
            continue
        span = d.get("years") or year_span(d.get("start"), d.get("end"))
        old = spans.get(body, span)
        spans[body] = (min(old[0], span[0]), max(old[1], span[1]))
    return spans


def summarise_network(network: nx.MultiDiGraph, *, limit: int = 2000) -> nx.MultiDiGraph:
    """Förbund with people on several boards, and förbund -> recipients by grant sum (at most `limit` nodes)."""
    summary = nx.MultiDiGraph()
    for f in nodes_of(network, FORBUND):
        summary.add_node(f, **network.nodes[f])
    linkers = sorted(((len(b), p, b) for p in nodes_of(network, PERSON) if len(b := person_boards(network, p)) > 1),
                     key=lambda row: (-row[0], row[1]))
    sums = grant_sums(network)
    room = max(0, limit - summary.number_of_nodes() - len({r for _, r in sums}))
    for _, person, boards in linkers[:room]:
        summary.add_node(person, **network.nodes[person])
        for f in sorted(boards):
            if f not in summary:
                summary.add_node(f, **network.nodes[f])
            seats = [d for _, v, d in network.out_edges(person, data=True)
                     if v == f and d["kind"] == "membership" and d.get("relation", BOARD) == BOARD]
            summary.add_edge(person, f, key="boards", kind="membership", relation=BOARD,
                             role=", ".join(sorted({d["role"] for d in seats})),
                             quotes=[q for d in seats for q in d["quotes"]][:3],
                             start=min(filter(None, (d["start"] for d in seats)), default=None),
                             end=max(filter(None, (d["end"] for d in seats)), default=None))
    for (funder, recipient), (total, count) in sorted(sums.items()):
        for node in (funder, recipient):       # a funder need not be a förbund (an agency's own grant)
            if node not in summary:
                summary.add_node(node, **network.nodes[node])
        summary.add_edge(funder, recipient, key="grant_sum", kind="grant_sum", amount=total, grants=count,
                         role=f"{count} grants", quotes=[], start=None, end=None)
    return summary


def overview_network(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The förbund-centred view a page opens on: förbund, their member parties, the people holding board
    seats in several bodies with those seats, and the bodies (NNS, other boards) they link to."""
    forbund = set(nodes_of(network, FORBUND))
    members: dict[str, set[str]] = defaultdict(set)
    for u, v, d in network.edges(data=True):
        if d["kind"] == "member" and v in forbund:
            members[u].add(v)
    # A member of most förbund (Försäkringskassan, Arbetsförmedlingen: members of every förbund by law) would
    # tie all of them into one knot in the middle; above six förbund such members are left out of the overview.
    national = {org for org, of in members.items() if len(forbund) > 6 and len(of) > len(forbund) / 2}
    keep = forbund | (set(members) - national)
    for person in nodes_of(network, PERSON):
        boards = person_boards(network, person)
        if len(boards) > 1:
            keep |= boards | {person}
    edges = [(u, v, k) for u, v, k, d in network.edges(keys=True, data=True)
             if u in keep and v in keep and (d["kind"] == "member"
                                             or (d["kind"] == "membership" and d.get("relation", BOARD) == BOARD))]
    overview = network.edge_subgraph(edges).copy()
    overview.add_nodes_from((n, network.nodes[n]) for n in keep if n not in overview)
    return overview


def grant_sums(network: nx.MultiDiGraph) -> dict[tuple[str, str], tuple[float, int]]:
    """Total granted amount and number of grants per (funder, recipient)."""
    sums: dict[tuple[str, str], tuple[float, int]] = {}
    for grant in nodes_of(network, GRANT):
        funders = [u for u, _, d in network.in_edges(grant, data=True) if d["kind"] == "funds"]
        recipients = [v for _, v, d in network.out_edges(grant, data=True) if d["kind"] == "receives"]
        for pair in ((f, r) for f in funders for r in recipients):
            total, count = sums.get(pair, (0.0, 0))
            sums[pair] = (total + (network.nodes[grant].get("amount") or 0.0), count + 1)
    return sums


# ---------------------------------------------------------------- analyses


@dataclass(frozen=True, slots=True)
class Interlock:
    """Two bodies sharing board members (named forbund_a/b: mostly förbund, also NNS and other boards)."""

    forbund_a: str
    forbund_b: str
    weight: int                    # number of shared people
    people: tuple[str, ...]        # their names


@dataclass(frozen=True, slots=True)
class PersonCentrality:
    """A person's position in the board network."""

    person: str
    name: str
    boards: int
    degree: float                  # degree centrality in the person–body network
    betweenness: float             # estimated from samples above 500 nodes


@dataclass(frozen=True, slots=True)
class Component:
    """A connected part of the network."""

    size: int
    people: int
    forbund: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NetworkAnalysis:
    """The analyses the CLI prints and the HTML side panel shows."""

    interlocks: tuple[Interlock, ...]
    centrality: tuple[PersonCentrality, ...]
    components: tuple[Component, ...]
    nodes: int
    edges: int


def interlock_network(network: nx.MultiDiGraph) -> nx.Graph:
    """Bodies linked by people holding board seats in both at overlapping times; weight = shared people."""
    interlocks = nx.Graph()
    for person in nodes_of(network, PERSON):
        spans = board_spans(network, person)
        bodies = sorted(spans)
        for i, a in enumerate(bodies):
            for b in bodies[i + 1:]:
                if not spans_overlap(spans[a], spans[b]):
                    continue
                if not interlocks.has_edge(a, b):
                    interlocks.add_edge(a, b, weight=0, people=[])
                interlocks[a][b]["weight"] += 1
                interlocks[a][b]["people"].append(network.nodes[person]["label"])
    return interlocks


def board_interlocks(network: nx.MultiDiGraph) -> list[Interlock]:
    """Pairs of bodies sharing board members, heaviest first (the definition above BOARD_ROLES)."""
    rows = []
    for a, b, d in interlock_network(network).edges(data=True):
        first, second = sorted((network.nodes[a]["label"], network.nodes[b]["label"]))
        rows.append(Interlock(first, second, d["weight"], tuple(sorted(d["people"]))))
    return sorted(rows, key=lambda r: (-r.weight, r.forbund_a, r.forbund_b))


def affiliation_graph(network: nx.MultiDiGraph) -> nx.Graph:
    """The undirected person–body graph of memberships and attendance."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes_of(network, PERSON))
    graph.add_edges_from((u, v) for u, v, d in network.edges(data=True) if d["kind"] in AFFILIATIONS)
    return graph


def betweenness_samples(nodes: int, *, exact_limit: int = 500, budget: int = 400_000) -> int | None:
    """How many source nodes to sample for betweenness: None (exact) for small graphs, fewer as graphs grow."""
    return None if nodes <= exact_limit else max(20, min(150, budget // nodes))


def person_centrality(network: nx.MultiDiGraph) -> list[PersonCentrality]:
    """Degree and betweenness centrality of people in the person–body network, highest betweenness first.

    Above 500 nodes betweenness is estimated from sampled sources (seeded, so reruns agree).
    """
    graph = affiliation_graph(network)
    degree = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0.0 for n in graph}
    k = betweenness_samples(len(graph))
    between = nx.betweenness_centrality(graph, k=k, seed=0)
    rows = [PersonCentrality(p, network.nodes[p]["label"], len(person_boards(network, p)), degree.get(p, 0.0),
                             between.get(p, 0.0)) for p in nodes_of(network, PERSON)]
    return sorted(rows, key=lambda r: (-r.betweenness, -r.boards, -r.degree, r.name))


def components(network: nx.MultiDiGraph) -> list[Component]:
    """Connected components of the whole network (ignoring direction), largest first."""
    rows = []
    for part in nx.connected_components(network.to_undirected(as_view=True)):
        kinds = [network.nodes[n]["kind"] for n in part]
        forbund = tuple(sorted(network.nodes[n]["label"] for n in part if network.nodes[n]["kind"] == FORBUND))
        rows.append(Component(len(part), kinds.count(PERSON), forbund))
    return sorted(rows, key=lambda c: (-c.size, c.forbund))


def analyse_network(network: nx.MultiDiGraph, *, top: int = 20) -> NetworkAnalysis:
    """Interlocks, top people by centrality and components of a network."""
    return NetworkAnalysis(tuple(board_interlocks(network)[:top]), tuple(person_centrality(network)[:top]),
                           tuple(components(network)), network.number_of_nodes(), network.number_of_edges())


def analysis_tables(analysis: NetworkAnalysis) -> list[tuple[str, list[str], list[list[str]]]]:
    """The analyses as (title, headers, rows) tables of text, for the CLI and the HTML side panel."""
    interlocks = [[i.forbund_a, i.forbund_b, str(i.weight), ", ".join(i.people)] for i in analysis.interlocks]
    people = [[p.name, str(p.boards), f"{p.degree:.3f}", f"{p.betweenness:.3f}"] for p in analysis.centrality]
    parts = [[str(n), str(c.size), str(c.people), ", ".join(c.forbund)] for n, c in enumerate(analysis.components, 1)]
    return [
        ("Board interlocks (bodies sharing board members at the same time)", ["body", "body", "shared", "people"],
         interlocks),
        ("People by betweenness centrality", ["person", "board seats", "degree", "betweenness"], people),
        (f"Connected components ({len(analysis.components)})", ["#", "nodes", "people", "förbund"], parts),
    ]


def iter_kinds(network: nx.MultiDiGraph) -> Iterator[tuple[str, int]]:
    """(kind, count) of the network's nodes, sorted by kind."""
    counts: dict[str, int] = defaultdict(int)
    for _, kind in network.nodes(data="kind"):
        counts[kind] += 1
    yield from sorted(counts.items())
