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
from samgraf.ontology.ns import SPARQL_PREFIXES

from samgraf.errors import ResolutionError
from samgraf.model import OrgKind

PERSON, FORBUND, ORG_, PARTY, GRANT = "person", "forbund", "org", "party", "grant"
AFFILIATIONS = frozenset({"membership", "attended"})
MEETING_ROLES = {"heeftVoorzitter": "chair", "heeftSecretaris": "secretary", "adjuster": "adjuster"}

Q_SAME_AS = "SELECT ?a ?b WHERE { ?a owl:sameAs ?b }"
Q_PEOPLE = """SELECT ?p ?name ?alt WHERE { ?p a foaf:Person .
  OPTIONAL { ?p foaf:name ?name } OPTIONAL { ?p skos:altLabel ?alt } }"""
Q_LABELS = "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label }"
Q_ALT_LABELS = "SELECT ?s ?label WHERE { ?s skos:altLabel ?label }"
Q_TYPES = """SELECT ?s ?type WHERE {
  { ?s a sg:Samordningsforbund BIND(sg:Samordningsforbund AS ?type) }
  UNION { ?s a sg:PoliticalParty BIND(sg:PoliticalParty AS ?type) }
  UNION { ?s a org:Organization BIND(org:Organization AS ?type) } }"""
Q_NOTATIONS = "SELECT ?s ?notation WHERE { ?s skos:notation ?notation }"
Q_BODIES = "SELECT ?b ?up WHERE { ?b besluit:bestuurt|mandaat:isTijdspecialisatieVan ?up }"
Q_QUOTES = """SELECT ?x ?quote WHERE { ?x prov:wasDerivedFrom ?ann . ?ann oa:hasTarget ?t .
  ?t oa:hasSelector ?s . ?s oa:exact ?quote }"""
Q_MEETINGS = """SELECT ?g ?z ?date ?board WHERE { GRAPH ?g { ?z a besluit:Zitting .
  OPTIONAL { ?z dct:date ?date } OPTIONAL { ?z besluit:isGehoudenDoor ?board } } }"""
Q_MEMBERSHIPS = "SELECT ?m ?p ?body WHERE { ?m a org:Membership ; org:member ?p ; org:organization ?body }"
Q_MEMBERSHIP_GRAPHS = "SELECT ?g ?m WHERE { GRAPH ?g { ?m a org:Membership } }"
# One query per optional property: rdflib's OPTIONAL is slow on thousands of rows.
Q_MEMBERSHIP_PROPS = {
    "role": "SELECT ?m ?o WHERE { ?m a org:Membership ; org:role ?o }",
    "behalf": "SELECT ?m ?o WHERE { ?m a org:Membership ; opengov:onBehalfOf ?o }",
    "from": "SELECT ?m ?o WHERE { ?m a org:Membership ; schema:validFrom ?o }",
    "to": "SELECT ?m ?o WHERE { ?m a org:Membership ; schema:validThrough ?o }",
}
Q_ATTENDANCE = """SELECT ?z ?p ?present WHERE {
  { ?z besluit:heeftAanwezigeBijStart ?p BIND(true AS ?present) }
  UNION { ?z sg:absentAtStart ?p BIND(false AS ?present) } }"""
Q_MEETING_ROLES = """SELECT ?z ?pred ?p WHERE { VALUES ?pred { besluit:heeftVoorzitter besluit:heeftSecretaris
  sg:adjuster } ?z ?pred ?p }"""
Q_PARTIES = "SELECT ?p ?party WHERE { ?p org:memberOf ?party . ?party a sg:PoliticalParty }"
Q_GRANTS = """SELECT ?g ?grant ?funder ?recipient ?value ?currency ?item ?start ?end ?decision WHERE { GRAPH ?g {
  ?grant a schema:MonetaryGrant .
  OPTIONAL { ?grant schema:funder ?funder } OPTIONAL { ?grant sg:recipient ?recipient }
  OPTIONAL { ?grant schema:amount ?amt . ?amt schema:value ?value OPTIONAL { ?amt schema:currency ?currency } }
  OPTIONAL { ?grant schema:fundedItem ?item } OPTIONAL { ?grant schema:startDate ?start }
  OPTIONAL { ?grant schema:endDate ?end }
  OPTIONAL { ?grant prov:wasGeneratedBy ?beh . ?beh prov:generated ?bes . ?bes dct:identifier ?decision } } }"""
Q_CONTRIBUTIONS = """SELECT ?g ?org WHERE { GRAPH ?g { ?mc a sg:MemberContribution ; sg:contributor ?org } }"""


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


@dataclass(slots=True)
class Facts:
    """Everything build_network reads from the Dataset, keyed by IRI strings."""

    canon: dict[str, str]
    labels: dict[str, str]
    alt_labels: dict[str, list[str]]
    types: dict[str, set[str]]
    notations: dict[str, str]
    bodies: dict[str, str]
    quotes: dict[str, list[str]]
    meetings: dict[str, dict[str, str | None]] = field(default_factory=dict)
    graph_meeting: dict[str, str] = field(default_factory=dict)

    def person(self, iri: str) -> str:
        """The surviving person IRI."""
        return self.canon.get(iri, iri)

    def body(self, iri: str) -> str:
        """The organisation a board governs (the förbund), or the body itself."""
        return self.bodies.get(iri, iri)


def read_facts(ds: Dataset) -> Facts:
    """Labels, types, identity links, bodies, quotes and meetings of a Dataset."""
    canon = resolve_same_as((str(a), str(b)) for a, b in run(ds, Q_SAME_AS))
    labels: dict[str, str] = {}
    for s, label in sorted(run(ds, Q_LABELS), key=lambda row: (str(row[0]), str(row[1]))):
        labels.setdefault(str(s), str(label))
    alt: dict[str, list[str]] = defaultdict(list)
    for s, label in run(ds, Q_ALT_LABELS):
        if str(label) not in alt[str(s)]:
            alt[str(s)].append(str(label))
    types: dict[str, set[str]] = defaultdict(set)
    for s, t in run(ds, Q_TYPES):
        types[str(s)].add(local_name(str(t)))
    facts = Facts(canon, labels, {k: sorted(v) for k, v in alt.items()}, types,
                  {str(s): str(n) for s, n in run(ds, Q_NOTATIONS)},
                  resolve_bodies((str(b), str(up)) for b, up in run(ds, Q_BODIES)), defaultdict(list))
    for x, quote in run(ds, Q_QUOTES):
        if str(quote) not in facts.quotes[str(x)]:
            facts.quotes[str(x)].append(str(quote))
    for g, z, date, board in run(ds, Q_MEETINGS):
        body = facts.body(str(board)) if board is not None else None
        facts.meetings[str(z)] = {"date": normalise_date(text(date)), "body": body}
        facts.graph_meeting.setdefault(str(g), str(z))
    return facts


# ---------------------------------------------------------------- building the network


def add_org_node(network: nx.MultiDiGraph, facts: Facts, iri: str) -> None:
    """Add an organisation (förbund, party or member org) node once."""
    if iri in network:
        return
    types = facts.types.get(iri, set())
    label = facts.labels.get(iri) or (facts.alt_labels.get(iri) or [local_name(iri)])[0]
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
    alts: dict[str, set[str]] = defaultdict(set)
    for p, name, alt in run(ds, Q_PEOPLE):
        person = facts.person(str(p))
        if name is not None:
            (names if person == str(p) else fallback).setdefault(person, str(name))
        if alt is not None:
            alts[person].add(str(alt))
    names = fallback | names
    for person in sorted(set(names) | set(alts)):
        label = names.get(person) or min(alts[person])
        network.add_node(person, kind=PERSON, label=label, alt_labels=sorted(alts[person] - {label}),
                         boards=[], parties=[], meetings=[], quotes=[])


def merge_edge(network: nx.MultiDiGraph, u: str, v: str, key: str, *, kind: str, role: str,
               start: str | None = None, end: str | None = None, quotes: Iterable[str] = (), **extra: Any) -> None:
    """Add an edge, or widen the existing one with the same key (earliest start, latest end, more quotes)."""
    if not network.has_edge(u, v, key):
        network.add_edge(u, v, key=key, kind=kind, role=role, quotes=[], start=None, end=None, **extra)
    data = network.edges[u, v, key]
    data["quotes"].extend(q for q in quotes if q not in data["quotes"])
    if start:
        data["start"] = start if data["start"] is None else min(data["start"], start)
    if end:
        data["end"] = end if data["end"] is None else max(data["end"], end)


def property_map(ds: Dataset, query: str) -> dict[str, Any]:
    """Subject -> its first value (in sorted order) from a two-column SELECT."""
    result: dict[str, Any] = {}
    for s, o in sorted(run(ds, query), key=lambda row: (str(row[0]), str(row[1]))):
        result.setdefault(str(s), o)
    return result


def membership_dates(ds: Dataset, facts: Facts) -> dict[str, tuple[str | None, str | None]]:
    """First and last meeting date of the protocols that state each membership."""
    seen: dict[str, tuple[str | None, str | None]] = {}
    for g, m in run(ds, Q_MEMBERSHIP_GRAPHS):
        date = facts.meetings.get(facts.graph_meeting.get(str(g), ""), {}).get("date")
        if not date:
            continue
        first, last = seen.get(str(m), (date, date))
        seen[str(m)] = (min(first or date, date), max(last or date, date))
    return seen


def add_memberships(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Membership edges person -> body (förbund for its boards), keyed by role; represents/member edges."""
    props = {name: property_map(ds, query) for name, query in Q_MEMBERSHIP_PROPS.items()}
    seen = membership_dates(ds, facts)
    for m, p, body in sorted(run(ds, Q_MEMBERSHIPS), key=lambda row: tuple(map(str, row))):
        person, target, m = facts.person(str(p)), facts.body(str(body)), str(m)
        if person not in network:
            continue
        add_org_node(network, facts, target)
        role = props["role"].get(m)
        role_label = facts.labels.get(str(role)) or (local_name(str(role)) if role is not None else "ledamot")
        begin = normalise_date(text(props["from"].get(m))) or seen.get(m, (None, None))[0]
        finish = normalise_date(text(props["to"].get(m)), end=True) or seen.get(m, (None, None))[1]
        behalf = text(props["behalf"].get(m))
        key = f"membership:{role_label}"
        merge_edge(network, person, target, key, kind="membership", role=role_label,
                   start=begin, end=finish, quotes=facts.quotes.get(m, []))
        network.edges[person, target, key].setdefault("on_behalf_of", behalf)
        record_board(network, person, target, role_label, behalf, begin, finish)
        if behalf:
            add_member_org(network, facts, person, behalf, target, (begin, finish))


def add_member_org(network: nx.MultiDiGraph, facts: Facts, person: str, org: str, body: str,
                   period: tuple[str | None, str | None]) -> None:
    """The person represents a member org, which is a member of the förbund."""
    add_org_node(network, facts, org)
    merge_edge(network, person, org, "represents", kind="represents", role="represents",
               start=period[0], end=period[1])
    if network.nodes[body]["kind"] == FORBUND:
        merge_edge(network, org, body, "member", kind="member", role="member")


def record_board(network: nx.MultiDiGraph, person: str, body: str, role: str, behalf: str | None,
                 start: str | None, end: str | None) -> None:
    """Keep the person's board list (for the details panel) free of duplicates."""
    entry = {"body": network.nodes[body]["label"], "role": role,
             "on_behalf_of": behalf, "from": start, "to": end}
    boards = network.nodes[person]["boards"]
    for old in boards:
        if (old["body"], old["role"], old["on_behalf_of"]) == (entry["body"], role, behalf):
            old["from"] = min(filter(None, (old["from"], start)), default=None)
            old["to"] = max(filter(None, (old["to"], end)), default=None)
            return
    boards.append(entry)


def add_attendance(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Meetings in each person's details; an `attended` edge person -> förbund per present person."""
    roles: dict[tuple[str, str], list[str]] = defaultdict(list)
    for z, pred, p in run(ds, Q_MEETING_ROLES):
        roles[(str(z), facts.person(str(p)))].append(MEETING_ROLES.get(local_name(str(pred)), local_name(str(pred))))
    for z, p, present in sorted(run(ds, Q_ATTENDANCE), key=lambda row: (str(row[0]), str(row[1]))):
        person, meeting = facts.person(str(p)), facts.meetings.get(str(z), {})
        body, date = meeting.get("body"), meeting.get("date")
        if person not in network or body is None:
            continue
        add_org_node(network, facts, body)
        network.nodes[person]["meetings"].append({
            "date": date, "body": network.nodes[body]["label"], "present": bool(present.toPython()),
            "roles": sorted(roles.get((str(z), person), []))})
        if present.toPython():
            merge_edge(network, person, body, "attended", kind="attended", role="attended",
                       start=date, end=date)
            network.edges[person, body, "attended"]["meetings"] = (
                network.edges[person, body, "attended"].get("meetings", 0) + 1)


def add_parties(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Party edges person -> political party."""
    for p, party in run(ds, Q_PARTIES):
        person = facts.person(str(p))
        if person not in network:
            continue
        add_org_node(network, facts, str(party))
        merge_edge(network, person, str(party), "party", kind="party", role="party")
        label = network.nodes[str(party)].get("notation") or network.nodes[str(party)]["label"]
        if label not in network.nodes[person]["parties"]:
            network.nodes[person]["parties"].append(label)


def add_grants(network: nx.MultiDiGraph, ds: Dataset, facts: Facts) -> None:
    """Grant nodes with funds (förbund -> grant) and receives (grant -> recipient) edges, by amount."""
    for g, grant, funder, recipient, value, currency, item, start, end, decision in run(ds, Q_GRANTS):
        date = facts.meetings.get(facts.graph_meeting.get(str(g), ""), {}).get("date")
        amount = float(value.toPython()) if isinstance(value, Literal) else None
        gid = str(grant)
        if gid not in network:
            label = f"{amount:,.0f} kr".replace(",", "\u202f") if amount is not None else "bidrag"
            network.add_node(gid, kind=GRANT, label=label, amount=amount, currency=text(currency) or "SEK",
                             item=text(item), period=" – ".join(filter(None, (text(start), text(end)))) or None,
                             decision=text(decision), date=date, quotes=facts.quotes.get(gid, []))
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
        body = facts.meetings.get(facts.graph_meeting.get(str(g), ""), {}).get("body")
        if body is None:
            continue
        add_org_node(network, facts, body)
        add_org_node(network, facts, str(org))
        if network.nodes[body]["kind"] == FORBUND:
            merge_edge(network, str(org), body, "member", kind="member", role="member")


def collect_person_quotes(network: nx.MultiDiGraph) -> None:
    """Gather each person's provenance quotes from their edges."""
    for person, data in network.nodes(data=True):
        if data["kind"] != PERSON:
            continue
        quotes = data["quotes"]
        for _, _, edge in network.out_edges(person, data=True):
            quotes.extend(q for q in edge.get("quotes", ()) if q not in quotes)
        data["boards"].sort(key=lambda b: (b["from"] or "", b["body"], b["role"]))
        data["meetings"].sort(key=lambda m: (m["date"] or "", m["body"]))


def build_network(ds: Dataset) -> nx.MultiDiGraph:
    """Read people, förbund, member orgs, parties and grants from a Dataset into a MultiDiGraph."""
    view = union_view(ds)
    facts = read_facts(view)
    network = nx.MultiDiGraph()
    add_person_nodes(network, view, facts)
    for iri, types in sorted(facts.types.items()):
        if "Samordningsforbund" in types:
            add_org_node(network, facts, iri)
    add_memberships(network, view, facts)
    add_attendance(network, view, facts)
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
    """The förbund a person is affiliated with (member or present at a meeting)."""
    return {v for _, v, d in network.out_edges(person, data=True)
            if d["kind"] in AFFILIATIONS and network.nodes[v]["kind"] == FORBUND}


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
            roles = sorted({d["role"] for _, v, d in network.out_edges(person, data=True)
                            if v == f and d["kind"] == "membership"})
            summary.add_edge(person, f, key="boards", kind="membership", role=", ".join(roles) or "attended", quotes=[],
                             start=None, end=None)
    for (funder, recipient), (total, count) in sorted(sums.items()):
        summary.add_node(recipient, **network.nodes[recipient])
        summary.add_edge(funder, recipient, key="grant_sum", kind="grant_sum", amount=total, grants=count,
                         role=f"{count} grants", quotes=[], start=None, end=None)
    return summary


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
    """Two förbund sharing board people."""

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
    """Förbund linked by the people they share; edge weight = number of shared people."""
    interlocks = nx.Graph()
    interlocks.add_nodes_from(nodes_of(network, FORBUND))
    for person in nodes_of(network, PERSON):
        boards = sorted(person_boards(network, person))
        for i, a in enumerate(boards):
            for b in boards[i + 1:]:
                if not interlocks.has_edge(a, b):
                    interlocks.add_edge(a, b, weight=0, people=[])
                interlocks[a][b]["weight"] += 1
                interlocks[a][b]["people"].append(network.nodes[person]["label"])
    return interlocks


def board_interlocks(network: nx.MultiDiGraph) -> list[Interlock]:
    """Pairs of förbund with shared people, heaviest first."""
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
    return sorted(rows, key=lambda r: (-r.betweenness, -r.degree, r.name))


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
        ("Board interlocks (förbund sharing people)", ["förbund", "förbund", "shared", "people"], interlocks),
        ("People by betweenness centrality", ["person", "boards", "degree", "betweenness"], people),
        (f"Connected components ({len(analysis.components)})", ["#", "nodes", "people", "förbund"], parts),
    ]


def iter_kinds(network: nx.MultiDiGraph) -> Iterator[tuple[str, int]]:
    """(kind, count) of the network's nodes, sorted by kind."""
    counts: dict[str, int] = defaultdict(int)
    for _, kind in network.nodes(data="kind"):
        counts[kind] += 1
    yield from sorted(counts.items())
