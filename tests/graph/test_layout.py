"""The store layout (graph/build.py split_entities, Store.replace_protocol/remove_protocol): facts stay in
each protocol's graph, shared entities are written once to the entity graph, and replacing or removing a
protocol takes away exactly the entity triples no other protocol needs, in the same transaction."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from samgraf.graph.build import split_entities
from samgraf.graph.store import IngestRecord
from samgraf.ingest import ingest
from samgraf.ontology.ns import ENTITY_GRAPH, GRAPH, ID, SG

A = """Protokoll från styrelsemöte i Samordningsförbundet Halland

Datum: 2024-03-12

Ledamöter:
Lena Ekström, ordförande (S), Varbergs kommun
Tomas Ågren, ledamot, Försäkringskassan

§ 1 Mötets öppnande

Ordförande Lena Ekström förklarade mötet öppnat.

§ 2 Ansökan från Hylte kommun

Styrelsen beviljar Hylte kommun 120 000 kr för Steget vidare.
"""
B = """Protokoll från styrelsemöte i Samordningsförbundet Halland

Datum: 2024-06-04

Ledamöter:
Lena Ekström, ordförande (S), Varbergs kommun
Britt Sjögren, ledamot (M), Laholms kommun

§ 1 Mötets öppnande

Ordförande Lena Ekström förklarade mötet öppnat.
"""


def quads(store, sparql: str) -> list:
    return list(store.ox.query(sparql, use_default_graph_as_union=True))


def labels_in(store, graph: str, label: str) -> int:
    """How many quads of `graph` (an IRI, or "protocols" for all protocol graphs) carry this skos:prefLabel."""
    scope = f"<{graph}>" if graph != "protocols" else "?g"
    rows = quads(store, f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {scope} {{ ?o <http://www.w3.org/2004/02/skos/core#prefLabel> "{label}" }}
        {'FILTER(STRSTARTS(STR(?g), "https://w3id.org/samgraf/graph/protocol/"))' if scope == "?g" else ""} }}""")
    return int(rows[0][0].value)


def entity_subjects(store) -> set[str]:
    return {r[0].value for r in quads(store, f"SELECT DISTINCT ?s WHERE {{ GRAPH <{ENTITY_GRAPH}> {{ ?s ?p ?o }} }}")}


@pytest.fixture
def two(tmp_path, write_files, open_store):
    folder = write_files(tmp_path / "protokoll", {"a.txt": A, "b.txt": B})
    store = open_store(tmp_path / "store")
    ingest(store, [folder], resolve=False)
    return store, folder


def test_shared_labels_are_written_once(two):
    store, _ = two
    assert labels_in(store, str(ENTITY_GRAPH), "Varbergs kommun") == 1
    assert labels_in(store, "protocols", "Varbergs kommun") == 0
    rows = quads(store, 'SELECT ?o WHERE { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> "Varbergs kommun" }')
    assert len(rows) == 1                                  # the union (Oxigraph keeps duplicates) holds it once


def test_protocol_graphs_keep_their_facts(two):
    store, _ = two
    rows = quads(store, """SELECT ?g (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g {
        ?m a <http://www.w3.org/ns/org#Membership> ; <http://www.w3.org/ns/org#member> ?p ;
           <http://www.w3.org/ns/org#organization> ?o ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?ann .
        ?p a <http://xmlns.com/foaf/0.1/Person> } FILTER(STRSTARTS(STR(?g), "https://w3id.org/samgraf/graph/protocol/")) }
        GROUP BY ?g""")
    assert sorted(int(r[1].value) for r in rows) == [3, 3]          # Lena Ekström is ledamot and ordförande


def test_removing_a_protocol_drops_only_what_no_other_needs(two):
    store, _ = two
    before = entity_subjects(store)
    hylte, varberg = str(ID["org/kommun/1315"]), str(ID["org/kommun/1383"])
    assert {hylte, varberg} <= before
    store.remove_protocol("protokoll/a.txt")
    after = entity_subjects(store)
    assert hylte not in after                              # only protocol a named Hylte kommun
    assert varberg in after                                # protocol b still names Varbergs kommun
    assert labels_in(store, str(ENTITY_GRAPH), "Samordningsförbundet Halland") == 1   # via b's board
    terms = {r[0].value for r in quads(store, f"""SELECT ?m WHERE {{ GRAPH <{ENTITY_GRAPH}> {{
        ?m a <http://www.w3.org/ns/org#Membership> }} }}""")}
    in_protocols = {r[0].value for r in quads(store, """SELECT DISTINCT ?m WHERE { GRAPH ?g {
        ?m a <http://www.w3.org/ns/org#Membership> } FILTER(STRSTARTS(STR(?g), "https://w3id.org/samgraf/graph/protocol/")) }""")}
    assert terms == in_protocols and len(terms) == 3       # Lena Ekström (2, shared with a) and Britt Sjögren; Tomas Ågren went with a
    assert not store.ox.contains_named_graph(ox.NamedNode(str(GRAPH["scratch/orphan-candidates"])))


def test_replacing_a_protocol_is_the_same_as_ingesting_it_fresh(two, tmp_path, write_files, open_store):
    store, folder = two
    (folder / "a.txt").write_text(A.replace("Hylte kommun", "Laholms kommun"), encoding="utf-8")
    ingest(store, [folder], resolve=False)
    fresh_folder = write_files(tmp_path / "fresh" / "protokoll", {"a.txt": (folder / "a.txt").read_text("utf-8"),
                                                                    "b.txt": B})
    fresh = open_store(tmp_path / "fresh-store")
    ingest(fresh, [fresh_folder], resolve=False)
    assert entity_subjects(store) == entity_subjects(fresh)
    assert str(ID["org/kommun/1315"]) not in entity_subjects(store)


def test_a_failed_replace_leaves_the_entity_graph_as_it_was(two):
    store, _ = two
    before = sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITY_GRAPH))))
    doc_id = store.records()["protokoll/a.txt"].doc_id
    with pytest.raises(Exception):
        store.replace_protocol("<https://w3id.org/samgraf/id/org/x> <https://example.org/p> broken .\n",
                               IngestRecord("protokoll/a.txt", "0" * 64, "ok", doc_id), "text",
                               identifier=f"https://w3id.org/samgraf/graph/protocol/{doc_id}")
    after = sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITY_GRAPH))))
    assert after == before


def test_split_entities_routes_by_subject_and_predicate():
    org = f"<{ID['org/kommun/1383']}> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Varbergs kommun\" .\n"
    key = f"<{ID['person/abc']}> <{SG.nameKey}> \"lena ekstrom\" .\n"
    alt = f"<{ID['person/abc']}> <http://www.w3.org/2004/02/skos/core#altLabel> \"Lena Ekström\" .\n"
    seen = f"<{ID['person/abc']}> <http://www.w3.org/2004/02/skos/core#hiddenLabel> \"L. Ekström\" .\n"
    term = f"<{ID['membership/abc']}> <http://www.w3.org/ns/org#member> <{ID['person/abc']}> .\n"
    prov = f"<{ID['membership/abc']}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{ID['annotation/x']}> .\n"
    protocol, entities = split_entities(org + key + alt + seen + term + prov)
    assert protocol == key + alt + seen + term + prov          # what the protocol said stays, with its provenance
    assert entities == org + key + alt + term                  # shared descriptions once; other person triples not
