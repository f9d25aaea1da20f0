"""Tests for samgraf.graph.build: one protocol's Extraction -> its named graph (docs/graph-model.md)."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, SKOS, XSD

from samgraf.graph.build import build_graph
from samgraf.ontology.ns import BESLUIT, DCT, OA, OPENGOV, SCHEMA, SG, protocol_graph

PROVENANCED = (ORG.Membership, SG.Attendance, SCHEMA.MonetaryGrant, SG.Reservation, SG.MeetingRole,
               BESLUIT.Besluit, BESLUIT.Agendapunt, SG.Application)


@pytest.fixture(scope="module")
def ex(extract, protocol):
    return extract(protocol())


@pytest.fixture(scope="module")
def graph(ex) -> Graph:
    return build_graph(ex)


def selectors(graph: Graph, node: URIRef) -> list[tuple[int, int, str]]:
    """(oa:start, oa:end, oa:exact) of every annotation a node is derived from."""
    out = []
    for ann in graph.objects(node, PROV.wasDerivedFrom):
        for target in graph.objects(ann, OA.hasTarget):
            values: dict = {}
            for sel in graph.objects(target, OA.hasSelector):
                for pred in (OA.start, OA.end, OA.exact):
                    if (sel, pred, None) in graph:
                        values[pred] = graph.value(sel, pred)
            out.append((int(values[OA.start]), int(values[OA.end]), str(values[OA.exact])))
    return out


def label(graph: Graph, node) -> str:
    return str(graph.value(node, SKOS.prefLabel))


def test_one_named_graph_per_protocol(ex, graph):
    assert graph.identifier == protocol_graph(ex.doc.id)
    (doc,) = graph.subjects(RDF.type, SG.Protocol)
    assert graph.value(doc, SG.sha256) == Literal(ex.doc.source.sha256)
    assert graph.value(doc, SG.sourcePath) == Literal(ex.doc.source.key)


def test_same_extraction_same_triples(ex, graph):
    again = build_graph(ex)
    assert sorted(graph.serialize(format="nt").splitlines()) == sorted(again.serialize(format="nt").splitlines())


def test_no_blank_nodes(graph):
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


@pytest.mark.parametrize("cls", [pytest.param(c, id=c.split("/")[-1].split("#")[-1]) for c in PROVENANCED])
def test_provenance_quotes_the_protocol_text(ex, graph, cls):
    nodes = list(graph.subjects(RDF.type, cls))
    assert nodes, f"the sample protocol has no {cls}"
    for node in nodes:
        sels = selectors(graph, node)
        assert sels, f"{node} has no prov:wasDerivedFrom annotation"
        for start, end, exact in sels:
            assert exact == ex.doc.text[start:end]


def test_meeting_and_board(graph):
    (z,) = graph.subjects(RDF.type, BESLUIT.Zitting)
    assert graph.value(z, DCT.date) == Literal("2025-03-14", datatype=XSD.date)
    assert graph.value(z, PROV.startedAtTime) == Literal("2025-03-14T09:00:00", datatype=XSD.dateTime)
    board = graph.value(z, BESLUIT.isGehoudenDoor)
    forbund = graph.value(board, BESLUIT.bestuurt)
    assert (forbund, RDF.type, SG.Samordningsforbund) in graph
    assert label(graph, forbund) == "Samordningsförbundet Sjuhärad"


def test_memberships(graph):
    found = set()
    for m in graph.subjects(RDF.type, ORG.Membership):
        person = graph.value(m, ORG.member)
        role = graph.value(graph.value(m, ORG.role), SKOS.prefLabel)
        found.add((str(graph.value(person, SKOS.altLabel)), str(role)))
    assert found == {("Karin Dahl", "ordförande"), ("Jonas Vik", "ledamot"), ("Eva Lund", "ledamot"),
                     ("Ola Strand", "ledamot"), ("Maja Lind", "förbundschef")}


def test_one_attendance_per_person(graph):
    rows = [(str(graph.value(graph.value(a, SG.attendee), SKOS.altLabel)), graph.value(a, SG.present).toPython())
            for a in graph.subjects(RDF.type, SG.Attendance)]
    assert sorted(rows) == [("Eva Lund", True), ("Jonas Vik", True), ("Karin Dahl", True),
                            ("Maja Lind", True), ("Ola Strand", False)]
    (z,) = graph.subjects(RDF.type, BESLUIT.Zitting)
    absent = [str(graph.value(p, SKOS.altLabel)) for p in graph.objects(z, SG.absentAtStart)]
    assert absent == ["Ola Strand"]


def test_meeting_roles_link_the_meeting(graph):
    (z,) = graph.subjects(RDF.type, BESLUIT.Zitting)
    assert str(graph.value(graph.value(z, BESLUIT.heeftVoorzitter), SKOS.altLabel)) == "Karin Dahl"
    assert str(graph.value(graph.value(z, SG.adjuster), SKOS.altLabel)) == "Jonas Vik"


def test_grant(graph):
    (g,) = graph.subjects(RDF.type, SCHEMA.MonetaryGrant)
    assert label(graph, graph.value(g, SG.recipient)) == "Marks kommun"
    assert label(graph, graph.value(g, SCHEMA.funder)) == "Samordningsförbundet Sjuhärad"
    assert graph.value(graph.value(g, SCHEMA.amount), SCHEMA.value).toPython() == 350000
    assert graph.value(graph.value(g, SCHEMA.amount), SCHEMA.currency) == Literal("SEK")
    beh = graph.value(g, PROV.wasGeneratedBy)
    identifiers = {str(graph.value(b, DCT.identifier)) for b in graph.objects(beh, PROV.generated)}
    assert "2025-2 §3:1" in identifiers
    assert graph.value(graph.value(beh, DCT.subject), SCHEMA.position).toPython() == 3


def test_rejected_application(graph):
    (a,) = graph.subjects(RDF.type, SG.Application)
    assert graph.value(a, SG.outcome) == SG.Rejected
    assert graph.value(graph.value(a, SCHEMA.amount), SCHEMA.value).toPython() == 90000


def test_reservation_against_each_decision_below(graph):
    reservations = list(graph.subjects(RDF.type, SG.Reservation))
    against = {str(graph.value(graph.value(r, SG.against), DCT.identifier)) for r in reservations}
    assert against == {"2025-2 §3:1", "2025-2 §3:2"}
    assert {str(graph.value(graph.value(r, PROV.wasAttributedTo), SKOS.altLabel)) for r in reservations} == {
        "Eva Lund"}


def test_decision_types_are_scheme_iris(graph):
    types = {graph.value(b, SG.decisionType) for b in graph.subjects(RDF.type, BESLUIT.Besluit)}
    assert types == {SG["decisionType/granted"], SG["decisionType/rejected"], SG["decisionType/noted"]}


def test_every_org_is_described(graph):
    used = set(graph.objects(None, SG.recipient)) | set(graph.objects(None, SCHEMA.funder)) | \
        set(graph.objects(None, OPENGOV.onBehalfOf)) | set(graph.objects(None, BESLUIT.bestuurt))
    assert used
    assert all((o, RDF.type, ORG.Organization) in graph and (o, SKOS.prefLabel, None) in graph for o in used)


def test_people_and_parties(graph):
    people = set(graph.subjects(RDF.type, FOAF.Person))
    assert len(people) == 5
    parties = {str(graph.value(p, SKOS.notation)) for p in graph.subjects(RDF.type, SG.PoliticalParty)}
    assert parties == {"S", "M", "SD"}


def test_proposed_allocation_is_not_a_grant(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2025-10-01\n\n§ 5 Budget 2026\n\nFörslag till fördelning 2026:\n"
            "Marks kommun: 300 000 kr\nBorås stad: 250 000 kr\n\nStyrelsen beslutar att godkänna förslaget.\n")
    ex = extract(text)
    graph = build_graph(ex)
    assert list(graph.subjects(RDF.type, SCHEMA.MonetaryGrant)) == []
    allocations = list(graph.subjects(RDF.type, SG.BudgetAllocation))
    assert len(allocations) == 2
    assert all(graph.value(a, SG.status) == SG.Proposed for a in allocations)
    for a in allocations:
        for start, end, exact in selectors(graph, a):
            assert exact == text[start:end]


def test_the_n_triples_ingest_writes_hold_every_triple_of_the_graph(extract):
    """`build_protocol(...).nt()` is what ingest hands the store: parsed again (by pyoxigraph, as the store parses it)
    it holds exactly the protocol's triples, with quotes that span a line break, a tab, a quotation mark and a
    backslash written as N-Triples escapes."""
    import pyoxigraph as ox

    from samgraf.graph.build import build_protocol

    ex = extract("Samordningsförbundet Sjuhärad\nProtokoll styrelsemöte 2024-05-14\n\nNärvarande ledamöter\n"
                 "Anna \"Annie\" Ek (S), ordförande\tBorås\nPer Lund (M)\n\n§ 1 Val av justerare\\\nTill justerare "
                 "valdes Per Lund.\n")
    built = build_protocol(ex)
    parsed = {(t.subject.value, t.predicate.value, t.object.value)
              for t in ox.parse(built.nt(), format=ox.RdfFormat.N_TRIPLES)}
    expected = {(str(s), str(p), str(o)) for s, p, o in build_graph(ex)}
    assert len(parsed) == len(built) == len(expected)
    assert parsed == expected
    assert any("\n" in o for _, _, o in parsed)
