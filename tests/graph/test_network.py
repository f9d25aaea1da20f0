"""Tests of samgraf.graph.network: reading the Dataset, filters, summary and analyses."""
from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import FOAF, RDF, SKOS
from samgraf.graph.network import (
    FORBUND,
    GRANT,
    ORG_,
    PARTY,
    PERSON,
    analyse_network,
    analysis_tables,
    board_interlocks,
    build_network,
    components,
    ego_network,
    filter_dates,
    filter_forbund,
    find_person,
    grant_network,
    interlock_network,
    iter_kinds,
    nodes_of,
    normalise_date,
    org_kind,
    person_centrality,
    resolve_same_as,
    summarise_network,
)
from samgraf.ontology.ns import PEOPLE_GRAPH, iri

from samgraf.errors import ResolutionError

pytestmark = pytest.mark.filterwarnings("ignore:Dataset.:DeprecationWarning")   # raised inside rdflib's SPARQL


@pytest.fixture(scope="module")
def network(synthetic):
    return build_network(synthetic.ds)


def labels(network: nx.MultiDiGraph, kind: str) -> set[str]:
    return {network.nodes[n]["label"] for n in nodes_of(network, kind)}


def person(network: nx.MultiDiGraph, name: str) -> dict:
    return network.nodes[find_person(network, name)]


# ---------------------------------------------------------------- building


def test_node_counts_by_kind(network, synthetic):
    counts = dict(iter_kinds(network))
    assert counts == {FORBUND: 3, PERSON: len(synthetic.people), ORG_: synthetic.orgs,
                      PARTY: synthetic.parties, GRANT: synthetic.grants}


def test_edge_kinds(network):
    kinds = Counter(kind for *_, kind in network.edges(data="kind"))
    assert kinds["membership"] == 15          # 12 people, 3 of them on a second board
    assert kinds["party"] == 12
    assert kinds["funds"] == kinds["receives"] == 6
    assert kinds["attended"] > 0 and kinds["represents"] > 0 and kinds["member"] > 0


def test_people_are_named_by_foaf_name_and_merged_by_same_as(network, synthetic):
    assert labels(network, PERSON) == set(synthetic.people)
    merged_away = str(iri("person", "merged-away", 0))
    assert merged_away not in network
    anna = person(network, "Anna Berg")
    assert {(b["body"], b["role"]) for b in anna["boards"]} == {
        ("Samordningsförbundet Ankeby", "ordförande"), ("Samordningsförbundet Bergvik", "ersättare")}


def test_membership_edges_go_to_the_forbund_not_the_board(network):
    anna = find_person(network, "Anna Berg")
    targets = {network.nodes[v]["kind"] for _, v, k in network.out_edges(anna, data="kind") if k == "membership"}
    assert targets == {FORBUND}


def test_membership_edge_has_role_dates_and_quote(network):
    anna = find_person(network, "Anna Berg")
    edge = next(d for _, v, d in network.out_edges(anna, data=True)
                if d["kind"] == "membership" and d["role"] == "ordförande")
    assert edge["start"] == "2023-01-01" and edge["relation"] == "board" and edge["protocols"] == 2
    assert edge["quotes"] == [   # the first and the last protocol recording it, each with förbund, date and file
        {"text": "Anna Berg (S) ordförande", "forbund": "Samordningsförbundet Ankeby", "date": "2023-02-15",
         "file": "f0-m0"},
        {"text": "Anna Berg (S) ordförande", "forbund": "Samordningsförbundet Ankeby", "date": "2023-05-15",
         "file": "f0-m1"}]


def test_person_details_have_parties_meetings_and_quotes(network):
    anna = person(network, "Anna Berg")
    assert anna["parties"] == ["S"]
    ankeby = next(m for m in anna["meetings"] if m["body"] == "Samordningsförbundet Ankeby")
    assert (ankeby["present"], ankeby["absent"], ankeby["first"], ankeby["last"]) == (2, 0, "2023-02-15", "2023-05-15")
    assert ankeby["duties"] == ["chair ×2"]
    assert {(q["text"], q["forbund"]) for q in anna["quotes"]} >= {
        ("Anna Berg (S) ersättare", "Samordningsförbundet Bergvik")}


def test_grant_nodes_carry_amount_item_and_provenance(network, injection):
    grants = [network.nodes[g] for g in nodes_of(network, GRANT)]
    assert all(g["amount"] >= 100_000 and g["currency"] == "SEK" for g in grants)
    injected = next(g for g in grants if g["item"] == injection)
    assert injected["quotes"] and injected["date"] == "2023-05-15"
    assert injected["decision"] == "0-0 §5"


def test_injection_string_survives_as_plain_text(network, injection):
    assert injection in labels(network, PERSON)


def test_member_orgs_are_classified(network):
    kinds = Counter(network.nodes[n]["org_kind"] for n in nodes_of(network, ORG_))
    assert kinds == {"municipality": 6, "region": 3, "agency": 2}


def test_empty_dataset_gives_empty_network():
    assert build_network(Dataset()).number_of_nodes() == 0


def test_person_without_name_uses_alt_label():
    ds = Dataset()
    p = iri("person", "x")
    ds.graph(PEOPLE_GRAPH).add((p, RDF.type, FOAF.Person))
    ds.graph(iri("g", 1)).add((p, SKOS.altLabel, Literal("Ulla Ek")))
    assert labels(build_network(ds), PERSON) == {"Ulla Ek"}


@pytest.mark.parametrize("pairs, expected", [
    pytest.param([("a", "b")], {"a": "b"}, id="direct"),
    pytest.param([("a", "b"), ("b", "c")], {"a": "c", "b": "c"}, id="chain"),
    pytest.param([("a", "b"), ("b", "a")], {"a": "a", "b": "b"}, id="cycle-stops"),
])
def test_resolve_same_as(pairs, expected):
    assert resolve_same_as(pairs) == expected


@pytest.mark.parametrize("label, iri, kind", [
    pytest.param("Olofströms kommun", "", "municipality", id="kommun"),
    pytest.param("Göteborgs stad", "", "municipality", id="stad"),
    pytest.param("Olofström", "https://w3id.org/samgraf/id/org/kommun/1060", "municipality", id="kommun-key"),
    pytest.param("Region Blekinge", "", "region", id="region"),
    pytest.param("Västra Götalandsregionen", "", "region", id="regionen"),
    pytest.param("Försäkringskassan", "", "agency", id="fk"),
    pytest.param("Arbetsförmedlingen", "", "agency", id="af"),
    pytest.param("Staten (Försäkringskassan och Arbetsförmedlingen)", "", "agency", id="staten"),
    pytest.param("Nationella nätverket för samordningsförbund", "", "network", id="nns-not-an-agency"),
    pytest.param("Coompanion Väst", "", "other", id="other"),
])
def test_org_kind(label, iri, kind):
    assert org_kind(label, iri) == kind


@pytest.mark.parametrize("value, end, expected", [
    pytest.param("2024", False, "2024-01-01", id="year-start"),
    pytest.param("2024", True, "2024-12-31", id="year-end"),
    pytest.param("2024-03-05", False, "2024-03-05", id="date"),
    pytest.param("2024-03-05T09:00:00", False, "2024-03-05", id="datetime"),
    pytest.param("våren", False, None, id="not-a-date"),
])
def test_normalise_date(value, end, expected):
    assert normalise_date(value, end=end) == expected


# ---------------------------------------------------------------- filters


def test_filter_forbund_keeps_its_people_grants_and_members(network):
    view = filter_forbund(network, ["ankeby"])
    assert labels(view, FORBUND) == {"Samordningsförbundet Ankeby"}
    assert labels(view, PERSON) == {"Anna Berg", "Lars Berg", "Eva Berg", "Olof Berg", "Karin Berg"}
    assert len(nodes_of(view, GRANT)) == 2
    assert "S" in {view.nodes[n]["notation"] for n in nodes_of(view, PARTY)}


def test_filter_forbund_unknown_name_lists_known_ones(network):
    with pytest.raises(ResolutionError, match="Samordningsförbundet Ankeby"):
        filter_forbund(network, ["Okända förbundet"])


@pytest.mark.parametrize("date_from, date_to, people, grants", [
    pytest.param(None, None, 12, 6, id="no-filter"),
    pytest.param("2023-04-01", None, 9, 6, id="after-some-left"),
    pytest.param(None, "2023-03-01", 12, 0, id="before-grants"),
    pytest.param("2030-01-01", None, 0, 0, id="future"),
])
def test_filter_dates(network, date_from, date_to, people, grants):
    view = filter_dates(network, date_from, date_to)
    assert len(nodes_of(view, PERSON)) == people
    assert len(nodes_of(view, GRANT)) == grants
    assert len(nodes_of(view, FORBUND)) == 3


@pytest.mark.parametrize("depth, expected_people", [
    pytest.param(0, {"Anna Berg"}, id="depth-0"),
    pytest.param(1, {"Anna Berg"}, id="depth-1"),
])
def test_ego_network_small_depths(network, depth, expected_people):
    view = ego_network(network, "anna berg", depth)
    assert labels(view, PERSON) == expected_people


def test_ego_network_depth_1_has_boards_party_and_member_orgs(network):
    view = ego_network(network, "Anna Berg", 1)
    assert dict(iter_kinds(view)) == {FORBUND: 2, ORG_: 2, PARTY: 1, PERSON: 1}


def test_ego_network_depth_2_reaches_co_members(network):
    view = ego_network(network, "Anna Berg", 2)
    assert {"Lars Berg", "Per Berg"} <= labels(view, PERSON)     # co-members on Ankeby and Bergvik
    assert "Samordningsförbundet Dalsjö" not in labels(view, FORBUND)


@pytest.mark.parametrize("name, message", [
    pytest.param("Berg", "people match", id="ambiguous"),
    pytest.param("Ingen Alls", "no person matches", id="unknown"),
])
def test_find_person_reports_instead_of_guessing(network, name, message):
    with pytest.raises(ResolutionError, match=message):
        find_person(network, name)


def test_grant_network_has_only_money(network):
    view = grant_network(network)
    assert set(dict(iter_kinds(view))) == {FORBUND, GRANT, ORG_}
    assert len(nodes_of(view, GRANT)) == 6


def test_summary_keeps_forbund_multi_board_people_and_grant_sums(network, synthetic):
    summary = summarise_network(network)
    assert labels(summary, PERSON) == set(synthetic.multi_board)
    roles = {d["role"] for *_, d in summary.edges(data=True) if d["kind"] == "membership"}
    assert roles and not any("attended" in r for r in roles)
    assert not nodes_of(summary, GRANT)
    sums = [d["amount"] for *_, d in summary.edges(data=True) if d["kind"] == "grant_sum"]
    total = sum(network.nodes[g]["amount"] for g in nodes_of(network, GRANT))
    assert sum(sums) == pytest.approx(total)


def test_summary_respects_the_limit(synthetic_factory):
    network = build_network(synthetic_factory(4, 60, multi_board=40).ds)
    assert summarise_network(network, limit=20).number_of_nodes() <= 20


# ---------------------------------------------------------------- analyses on a tiny hand-made network


@pytest.fixture()
def tiny() -> nx.MultiDiGraph:
    """Förbund A, B, C, D; x and y sit on A and B, z on B and C, w on A, v on D (a separate part)."""
    network = nx.MultiDiGraph()
    for f in "ABCD":
        network.add_node(f, kind=FORBUND, label=f"Förbund {f}")
    seats = {"x": "AB", "y": "AB", "z": "BC", "w": "A", "v": "D"}
    for p, boards in seats.items():
        network.add_node(p, kind=PERSON, label=p.upper(), boards=[], parties=[], meetings=[], quotes=[])
        for f in boards:
            network.add_edge(p, f, key="membership:ledamot", kind="membership", role="ledamot")
    network.add_edge("x", "A", key="attended", kind="attended", role="attended")   # counted once
    return network


def test_interlocks_weighted_by_shared_people(tiny):
    rows = {(i.forbund_a, i.forbund_b): (i.weight, i.people) for i in board_interlocks(tiny)}
    assert rows == {("Förbund A", "Förbund B"): (2, ("X", "Y")), ("Förbund B", "Förbund C"): (1, ("Z",))}
    assert interlock_network(tiny)["A"]["B"]["weight"] == 2


def test_centrality_known_values(tiny):
    rows = {r.name: r for r in person_centrality(tiny)}
    # person–body graph: 9 nodes; z is the only way to C, x and y share the A–B paths
    assert rows["Z"].betweenness == pytest.approx(5 / 28)
    assert rows["X"].betweenness == pytest.approx(rows["Y"].betweenness) == pytest.approx(3 / 28)
    assert rows["W"].betweenness == 0.0 and rows["V"].betweenness == 0.0
    assert rows["X"].degree == pytest.approx(2 / 8) and rows["W"].degree == pytest.approx(1 / 8)
    assert person_centrality(tiny)[0].name == "Z"


def test_components_largest_first(tiny):
    parts = components(tiny)
    assert [(c.size, c.people) for c in parts] == [(7, 4), (2, 1)]
    assert parts[1].forbund == ("Förbund D",)


def test_analysis_tables_have_rows_for_each_analysis(tiny):
    tables = analysis_tables(analyse_network(tiny, top=1))
    assert [len(rows) for _, _, rows in tables] == [1, 1, 2]
    assert tables[0][2][0] == ["Förbund A", "Förbund B", "2", "X, Y"]


def test_summary_keeps_funders_that_are_not_forbund():
    network = nx.MultiDiGraph()
    network.add_node("agency", kind=ORG_, label="Försäkringskassan", org_kind="agency")
    network.add_node("grant", kind=GRANT, label="100 000 kr", amount=100_000.0)
    network.add_node("kommun", kind=ORG_, label="Ankeby kommun", org_kind="municipality")
    network.add_edge("agency", "grant", key="funds", kind="funds")
    network.add_edge("grant", "kommun", key="receives", kind="receives")
    summary = summarise_network(network)
    assert summary.nodes["agency"]["kind"] == ORG_ and summary["agency"]["kommun"]["grant_sum"]["amount"] == 100_000


def test_network_without_quotes_has_the_same_edges(synthetic, network):
    bare = build_network(synthetic.ds, quotes=False)
    strip = lambda n: sorted((u, v, k, d.get("start"), d.get("end")) for u, v, k, d in n.edges(keys=True, data=True))  # noqa: E731
    assert strip(bare) == strip(network)
    assert not any(d["quotes"] for *_, d in bare.edges(data=True) if d["kind"] in ("membership", "attended"))
    assert board_interlocks(bare) == board_interlocks(network)


def edges_and_nodes(network: nx.MultiDiGraph) -> tuple[list, list]:
    """Every node and edge with its data, in a comparable order."""
    return (sorted((n, repr(sorted(d.items()))) for n, d in network.nodes(data=True)),
            sorted((u, v, k, repr(sorted(d.items()))) for u, v, k, d in network.edges(keys=True, data=True)))


def test_membership_terms_from_the_union_give_the_same_network(synthetic, network):
    """Without membership terms in the entity graph (a file, an older export) they are read from the
    union; the network is the same."""
    from rdflib.namespace import ORG
    from samgraf.ontology.ns import ENTITY_GRAPH

    bare = Dataset()
    for g in synthetic.ds.graphs():
        for s, p, o in g:
            if not (g.identifier == ENTITY_GRAPH and "/membership/" in str(s)):
                bare.graph(g.identifier).add((s, p, o))
    assert not any(bare.graph(ENTITY_GRAPH).subjects(ORG.member, None))
    assert edges_and_nodes(build_network(bare)) == edges_and_nodes(network)


def test_quotes_read_in_chunks_give_the_same_network(synthetic, network, monkeypatch):
    """Quotes are looked up by VALUES rows in chunks; one row per chunk changes nothing."""
    import samgraf.graph.network as network_module

    monkeypatch.setattr(network_module, "QUOTE_CHUNK", 1)
    chunked = build_network(synthetic.ds)
    assert edges_and_nodes(chunked) == edges_and_nodes(network)
    assert any(d["quotes"] for *_, d in chunked.edges(data=True) if d["kind"] == "membership")
