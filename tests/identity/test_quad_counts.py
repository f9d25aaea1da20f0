"""The quad count the manifest keeps per protocol graph (sg:quadCount), which `samgraf stats` sums
instead of counting every quad of the store: right after ingest, re-ingest, removal and a merge
that makes two triples one."""
from __future__ import annotations

import pytest

from samgraf.graph import export
from samgraf.graph.curation import merge_people
from samgraf.graph.export import graph_and_quad_counts
from samgraf.graph.store import PROTOCOL_PREFIX, kept_counts
from samgraf.ontology.ns import MANIFEST_GRAPH, SG

from conftest import protocol

BOARD = ["Anna Lund (S), ordförande, Arvika kommun", "Per Ek (M), vice ordförande, Eda kommun",
         "Sara Vik (C), ledamot, Säffle kommun", "Olle Brandt, Försäkringskassan"]


def whole(store) -> tuple[int, int]:
    """Named graphs and quads counted the slow way: every quad of the store."""
    return sum(1 for _ in store.ox.named_graphs()), len(store.ox)


def protocol_graphs(store) -> set[str]:
    return {g.value for g in store.ox.named_graphs() if g.value.startswith(PROTOCOL_PREFIX)}


def test_every_protocol_graph_keeps_its_count_through_reingest_and_removal(make_store) -> None:
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", BOARD),
                        "b.txt": protocol("Ankeby", "2022-04-01", BOARD[:3])})
    kept = kept_counts(store.ox)
    assert set(kept) == protocol_graphs(store) and len(kept) == 2
    assert graph_and_quad_counts(store.ox) == whole(store)
    make_store({"a.txt": protocol("Ankeby", "2022-03-01", BOARD[:2])}, store)       # changed: fewer people
    assert set(kept_counts(store.ox)) == protocol_graphs(store) and len(protocol_graphs(store)) == 2
    assert graph_and_quad_counts(store.ox) == whole(store)
    key = next(k for k in store.records() if k.endswith("b.txt"))
    store.remove_protocol(key)
    assert set(kept_counts(store.ox)) == protocol_graphs(store) and len(protocol_graphs(store)) == 1
    assert graph_and_quad_counts(store.ox) == whole(store)


def test_stats_sums_the_kept_counts(make_store) -> None:
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", BOARD)})
    graph, n = next(iter(kept_counts(store.ox).items()))
    graphs, quads = whole(store)
    store.ox.update(f"DELETE DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ <{graph}> <{SG.quadCount}> {n} }} }} ;\n"
                    f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ <{graph}> <{SG.quadCount}> {n + 1000} }} }}")
    assert graph_and_quad_counts(store.ox) == (graphs, quads + 1000)


def test_a_merge_that_makes_two_triples_one_recounts_that_graph(make_store) -> None:
    """Two people named in one protocol, curated as one: their rdf:type triples (and others) become one."""
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", [*BOARD, "Anna Lundh (S), ledamot, Eda kommun"]),
                        "b.txt": protocol("Ankeby", "2022-04-01", BOARD)})
    rows = store.ox.query("SELECT DISTINCT ?p ?n WHERE { GRAPH ?g { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
                          "<http://xmlns.com/foaf/0.1/name> ?n } }")
    iri = {r["n"].value: r["p"].value for r in rows}
    before = kept_counts(store.ox)
    merge_people(store, iri["Anna Lund"], iri["Anna Lundh"], who="test")
    after = kept_counts(store.ox)
    shrunk = [g for g in after if after[g] < before[g]]
    assert len(shrunk) == 1                      # the protocol naming both lost its duplicate triples
    assert graph_and_quad_counts(store.ox) == whole(store)


def test_a_store_without_kept_counts_is_counted_graph_by_graph_or_whole(make_store, monkeypatch) -> None:
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", BOARD),
                        "b.txt": protocol("Bergvik", "2022-04-01", BOARD)})
    store.ox.update(f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?g <{SG.quadCount}> ?n }} }}")
    assert not kept_counts(store.ox)
    assert graph_and_quad_counts(store.ox) == whole(store)
    calls = []
    monkeypatch.setattr(export, "COUNT_LOOKUPS", 1)
    monkeypatch.setattr(export, "_graph_size", lambda *a: calls.append(a) or pytest.fail("counted per graph"))
    assert graph_and_quad_counts(store.ox) == whole(store) and not calls


def test_the_next_ingest_counts_the_graphs_of_an_older_store(make_store) -> None:
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", BOARD),
                        "b.txt": protocol("Bergvik", "2022-04-01", BOARD)})
    # an older store: no counts, and no setting saying they are kept
    store.ox.update(f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?g <{SG.quadCount}> ?n }} }} ;\n"
                    f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?s <{SG.quadCounts}> ?o }} }}")
    assert store.setting("quadCounts") is None
    make_store({"c.txt": protocol("Ankeby", "2022-05-01", BOARD)}, store)
    assert set(kept_counts(store.ox)) == protocol_graphs(store) and len(protocol_graphs(store)) == 3
    assert graph_and_quad_counts(store.ox) == whole(store)
    assert store.setting("quadCounts") == "kept" and store.keep_counts() == 0     # looked once, not per ingest
