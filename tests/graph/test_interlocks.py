"""One interlock definition: `samgraf analyse`, the network page's data and `samgraf query interlocks` agree.

The fixture has, beside two förbund and the NNS board:
- Anna Ek: ledamot in Ankeby and ordförande in Bergvik, both 2023 -> a true double seat (an interlock);
- Per Lind: förbundschef (staff) of Ankeby and ledamot in Bergvik -> no interlock, a staff role;
- Karin Holm: ledamot in Ankeby, present at a Bergvik meeting as a guest -> no interlock;
- Lars Dahl: ledamot in Ankeby 2019 and NNS ledamot 2023 (not at the same time) -> no interlock;
- Eva Vik: ersättare in Bergvik and NNS ledamot, terms overlapping -> an interlock with the NNS board;
- Olof Berg: ledamot in Ankeby for a stated term 2021-2022 (recorded in 2023) and in Bergvik 2023 -> no
  interlock: a stated term, not the mandate period of the meeting, decides.
"""
from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest
import rdflib.namespace as rdfns
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SKOS
from samgraf.graph.build import role_iri
from samgraf.graph.network import BOARD, GUEST, STAFF, board_interlocks, build_network, role_relation
from samgraf.graph.viz import render_viz
from samgraf.ontology.ns import BESLUIT, DCT, OA, PEOPLE_GRAPH, PROV, SCHEMA, SG, iri, org_iri, protocol_graph

from samgraf.cli import cli

pytestmark = [pytest.mark.filterwarnings("ignore:Dataset.:DeprecationWarning"),
              pytest.mark.filterwarnings("ignore:ConjunctiveGraph:DeprecationWarning")]

XSD_DATE = rdfns.XSD.date
EXPECTED = {("Samordningsförbundet Ankeby", "Samordningsförbundet Bergvik", "Anna Ek"),
            ("Nationella nätverket för samordningsförbund", "Samordningsförbundet Bergvik", "Eva Vik")}


def forbund(ds: Dataset, graph: URIRef, key: str, name: str) -> URIRef:
    """A förbund and its board, described in a protocol graph; returns the board."""
    g, f, board = ds.graph(graph), org_iri(f"forbund/{key}"), iri("board", key)
    g.add((f, RDF.type, SG.Samordningsforbund)); g.add((f, RDF.type, ORG.Organization))
    g.add((f, SKOS.prefLabel, Literal(name)))
    g.add((board, RDF.type, BESLUIT.Bestuursorgaan)); g.add((board, BESLUIT.bestuurt, f))
    g.add((board, SKOS.prefLabel, Literal(f"Styrelsen, {name}")))
    return board


def protocol(ds: Dataset, doc_id: str, board: URIRef, date: str, present: list[URIRef]) -> URIRef:
    """A protocol graph with its meeting and who was present; returns the graph IRI."""
    graph = protocol_graph(doc_id)
    g, doc, z = ds.graph(graph), iri("doc", doc_id), iri("meeting", doc_id)
    g.add((doc, RDF.type, SG.Protocol)); g.add((doc, DCT.subject, z)); g.add((doc, SG.sourcePath, Literal(f"{doc_id}.txt")))
    g.add((z, RDF.type, BESLUIT.Zitting)); g.add((z, BESLUIT.isGehoudenDoor, board))
    g.add((z, DCT.date, Literal(date, datatype=XSD_DATE)))
    for p in present:
        g.add((z, BESLUIT.heeftAanwezigeBijStart, p))
    return graph


def seat(ds: Dataset, graph: URIRef, person: URIRef, body: URIRef, role: str, start: str | None = None,
         end: str | None = None) -> None:
    """An org:Membership with its quote, in a protocol graph."""
    g, m, r = ds.graph(graph), iri("membership", person, body, role, start), role_iri(role)
    g.add((m, RDF.type, ORG.Membership)); g.add((m, ORG.member, person)); g.add((m, ORG.organization, body))
    g.add((m, ORG.role, r)); g.add((r, SKOS.prefLabel, Literal(role, lang="sv")))
    if start:
        g.add((m, SCHEMA.validFrom, Literal(start, datatype=XSD_DATE)))
    if end:
        g.add((m, SCHEMA.validThrough, Literal(end, datatype=XSD_DATE)))
    ann, sel, target = iri("ann", m, graph), iri("sel", m, graph), iri("t", m, graph)
    g.add((m, PROV.wasDerivedFrom, ann)); g.add((ann, OA.hasTarget, target))
    g.add((target, OA.hasSource, next(g.subjects(RDF.type, SG.Protocol))))
    g.add((target, OA.hasSelector, sel)); g.add((sel, OA.exact, Literal(f"{role} {person}")))



@pytest.fixture(scope="module")
def dataset(store_layout) -> Dataset:
    ds = Dataset()
    people = {name: iri("person", name) for name in ("Anna Ek", "Per Lind", "Karin Holm", "Lars Dahl", "Eva Vik",
                                                     "Olof Berg")}
    for name, p in people.items():
        ds.graph(PEOPLE_GRAPH).add((p, RDF.type, FOAF.Person))
        ds.graph(PEOPLE_GRAPH).add((p, FOAF.name, Literal(name)))
    a1 = protocol(ds, "ankeby-2023", ankeby := forbund(ds, protocol_graph("ankeby-2023"), "a", "Samordningsförbundet Ankeby"),
                  "2023-03-01", [people["Anna Ek"], people["Per Lind"], people["Karin Holm"]])
    a0 = protocol(ds, "ankeby-2019", forbund(ds, protocol_graph("ankeby-2019"), "a", "Samordningsförbundet Ankeby"),
                  "2019-03-01", [people["Lars Dahl"]])
    b1 = protocol(ds, "bergvik-2023", bergvik := forbund(ds, protocol_graph("bergvik-2023"), "b", "Samordningsförbundet Bergvik"),
                  "2023-05-01", [people["Anna Ek"], people["Per Lind"], people["Karin Holm"], people["Eva Vik"]])
    nns = org_iri("nns")
    ds.graph(b1).add((nns, RDF.type, ORG.Organization))
    ds.graph(b1).add((nns, SKOS.prefLabel, Literal("Nationella nätverket för samordningsförbund")))
    seat(ds, a1, people["Anna Ek"], ankeby, "ledamot")
    seat(ds, b1, people["Anna Ek"], bergvik, "ordförande")
    seat(ds, a1, people["Per Lind"], ankeby, "förbundschef")
    seat(ds, b1, people["Per Lind"], bergvik, "ledamot")
    seat(ds, a1, people["Karin Holm"], ankeby, "ledamot")          # present in Bergvik without a seat: a guest
    seat(ds, a0, people["Lars Dahl"], ankeby, "ledamot")
    seat(ds, b1, people["Lars Dahl"], nns, "ledamot", "2023-01-01", "2026-12-31")
    seat(ds, b1, people["Eva Vik"], bergvik, "ersättare")
    seat(ds, b1, people["Eva Vik"], nns, "ledamot", "2021-01-01", "2024-12-31")
    seat(ds, a1, people["Olof Berg"], ankeby, "ledamot", "2021-01-01", "2022-12-31")
    seat(ds, b1, people["Olof Berg"], bergvik, "ledamot")
    return store_layout(ds)


@pytest.fixture(scope="module")
def nquads(dataset, tmp_path_factory):
    path = tmp_path_factory.mktemp("interlocks") / "graph.nq"
    dataset.serialize(path, format="nquads")
    return path


def triples(rows) -> set[tuple[str, str, str]]:
    return {(a, b, name) for a, b, name in rows}


def test_roles_are_sorted_into_relations():
    assert [role_relation(str(role_iri(r))) for r in ("ordförande", "förste vice ordförande", "ersättare",
                                                      "tjänstgörande ersättare", "förbundschef", "sekreterare")] == \
        [BOARD, BOARD, BOARD, BOARD, STAFF, STAFF]
    assert role_relation(None) == BOARD


def test_staff_and_guests_are_labelled_relations_not_seats(dataset):
    network = build_network(dataset)
    by_name = {d["label"]: n for n, d in network.nodes(data=True) if d["kind"] == "person"}
    per = {d["role"]: d["relation"] for _, _, d in network.out_edges(by_name["Per Lind"], data=True)
           if d["kind"] == "membership"}
    assert per == {"förbundschef": STAFF, "ledamot": BOARD}
    karin = {d["relation"] for _, v, d in network.out_edges(by_name["Karin Holm"], data=True)
             if d["kind"] == "attended" and network.nodes[v]["label"] == "Samordningsförbundet Bergvik"}
    assert karin == {GUEST}


def test_analyse_page_and_query_agree(dataset, nquads):
    network = build_network(dataset)
    from_network = {(i.forbund_a, i.forbund_b, name) for i in board_interlocks(network) for name in i.people}
    assert from_network == EXPECTED

    page = render_viz(network)
    data = json.loads(re.search(r'id="samgraf-data">(.*?)</script>', page, re.DOTALL).group(1))
    assert "Anna Ek" in {n["label"] for n in data["nodes"] if "overview" in n["views"]}
    assert "Per Lind" not in {n["label"] for n in data["nodes"] if "overview" in n["views"]}
    panel = re.search(r"<h3>Board interlocks[^<]*</h3>\s*<table>(.*?)</table>", page, re.DOTALL).group(1)
    rows = re.findall(r"<tr><td>([^<]*) ↔ ([^<]*)</td><td>\d+</td><td>([^<]*)</td></tr>", panel)
    assert triples(rows) == EXPECTED

    analysed = CliRunner().invoke(cli, ["analyse", "--graph", str(nquads)])
    assert analysed.exit_code == 0, analysed.output
    table = analysed.output.split("\n\n")[0].splitlines()[1:]          # after the title
    cells = [[c.strip() for c in re.split(r"\s{2,}|[│|]", line) if c.strip()] for line in table]
    printed = {(row[0], row[1], row[3]) for row in cells if len(row) == 4 and row[2].isdigit()}
    assert printed == EXPECTED

    queried = CliRunner().invoke(cli, ["query", "interlocks", "--graph", str(nquads), "--format", "json"])
    assert queried.exit_code == 0, queried.output
    assert {(r["bodyA"], r["bodyB"], r["name"]) for r in json.loads(queried.stdout)} == EXPECTED


def test_query_agrees_on_the_oxigraph_store(nquads, tmp_path):
    store = tmp_path / "store"
    (store / "oxigraph").mkdir(parents=True)
    ox_store = ox.Store(str(store / "oxigraph"))
    ox_store.load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    ox_store.flush()
    del ox_store
    result = CliRunner().invoke(cli, ["query", "interlocks", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {(r["bodyA"], r["bodyB"], r["name"]) for r in json.loads(result.stdout)} == EXPECTED


def test_roles_by_label_and_mandate_periods_agree(tmp_path):
    """The canned-query fixture names roles by label only (id:role-ordf) and records Karin's two seats a year
    apart within one mandate period: both readings count her, by the same definition."""
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "queries" / "small.trig"
    ds = Dataset(default_union=True)
    ds.parse(fixture, format="trig")
    from_network = {(i.forbund_a, i.forbund_b, name) for i in board_interlocks(build_network(ds)) for name in i.people}
    queried = CliRunner().invoke(cli, ["query", "interlocks", "--graph", str(fixture), "--format", "json"])
    assert queried.exit_code == 0, queried.output
    assert {(r["bodyA"], r["bodyB"], r["name"]) for r in json.loads(queried.stdout)} == from_network == {
        ("Samordningsförbundet Ankeby", "Samordningsförbundet Bergvik", "Karin Dahl")}
