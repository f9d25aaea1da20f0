"""Tests for samgraf.graph.store and samgraf.ingest: real stores on disk, re-runs, failures, redaction."""
from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import ORG, PROV, RDF

from samgraf.graph.export import export_store
from samgraf.graph.store import PROTOCOL_PREFIX
from samgraf.ingest import ingest
from samgraf.ontology.ns import MANIFEST_GRAPH, OA, SCHEMA, SG

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def load_make_pdf():
    spec = importlib.util.spec_from_file_location("make_pdf", FIXTURES / "make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def export_text(store, tmp_path: Path, name: str = "out.nq") -> str:
    path = tmp_path / name
    export_store(store, path)
    return path.read_text(encoding="utf-8")


def quads_by_graph(nquads: str) -> dict[str, set[str]]:
    """Export lines grouped by their named graph IRI."""
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    out: dict[str, set[str]] = defaultdict(set)
    for s, p, o, g in ds.quads((None, None, None, None)):
        out[str(g.identifier if hasattr(g, "identifier") else g)].add(f"{s.n3()} {p.n3()} {o.n3()}")
    return dict(out)


@pytest.fixture
def corpus(tmp_path, write_files, protocol) -> Path:
    """A folder with two invented protocols."""
    return write_files(tmp_path / "protokoll", {
        "2025-03-14.txt": protocol(date="2025-03-14"),
        "host/2025-09-19.txt": protocol(date="2025-09-19", amount="410 000"),
    })


@pytest.fixture(scope="module")
def shared(tmp_path_factory, protocol):
    """(store, corpus folder, results): two invented protocols ingested once for read-only tests."""
    import gc

    from samgraf.graph.store import Store

    root = tmp_path_factory.mktemp("shared")
    corpus = root / "protokoll"
    (corpus / "host").mkdir(parents=True)
    (corpus / "2025-03-14.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    (corpus / "host/2025-09-19.txt").write_text(protocol(date="2025-09-19", amount="410 000"), encoding="utf-8")
    store = Store(root / "store")
    results = ingest(store, [corpus])
    yield store, corpus, results
    del store
    gc.collect()


def test_ingest_twice_exports_byte_identical_nquads(tmp_path, corpus, open_store):
    store = open_store(tmp_path / "store")
    first = ingest(store, [corpus])
    assert [r.status for r in first] == ["ingested", "ingested"]
    before = export_text(store, tmp_path, "a.nq")
    second = ingest(store, [corpus])
    assert [r.status for r in second] == ["unchanged", "unchanged"]
    assert export_text(store, tmp_path, "b.nq") == before
    ingest(store, [corpus], force=True)
    assert export_text(store, tmp_path, "c.nq") == before


def test_fresh_store_gives_the_same_bytes(tmp_path, corpus, open_store):
    one, two = open_store(tmp_path / "s1"), open_store(tmp_path / "s2")
    ingest(one, [corpus])
    ingest(two, [corpus])
    assert export_text(one, tmp_path, "1.nq") == export_text(two, tmp_path, "2.nq")


def test_changing_one_protocol_changes_only_its_graph(tmp_path, corpus, open_store, protocol):
    store = open_store(tmp_path / "store")
    ingest(store, [corpus])
    before = quads_by_graph(export_text(store, tmp_path, "a.nq"))
    changed = corpus / "host/2025-09-19.txt"
    changed.write_text(protocol(date="2025-09-19", amount="415 000"), encoding="utf-8")
    results = {r.key: r.status for r in ingest(store, [corpus])}
    assert results == {"protokoll/2025-03-14.txt": "unchanged", "protokoll/host/2025-09-19.txt": "ingested"}
    after = quads_by_graph(export_text(store, tmp_path, "b.nq"))
    protocol_graphs = sorted(g for g in before if g.startswith(PROTOCOL_PREFIX))
    assert len(protocol_graphs) == 2 and sorted(g for g in after if g.startswith(PROTOCOL_PREFIX)) == protocol_graphs
    differing = [g for g in set(before) | set(after) if before.get(g) != after.get(g)]
    changed_id = next(r.doc_id for r in store.records().values() if r.key.endswith("2025-09-19.txt"))
    assert sorted(differing) == sorted([PROTOCOL_PREFIX + changed_id, str(MANIFEST_GRAPH)])
    manifest_diff = before[str(MANIFEST_GRAPH)] ^ after[str(MANIFEST_GRAPH)]
    assert all("2025-09-19" in line or "sha256" in line for line in manifest_diff)
    assert any("415000" in line for line in after[PROTOCOL_PREFIX + changed_id])


def test_unchanged_file_is_skipped(tmp_path, corpus, open_store):
    store = open_store(tmp_path / "store")
    ingest(store, [corpus / "2025-03-14.txt"])
    (result,) = ingest(store, [corpus / "2025-03-14.txt"])
    assert (result.status, result.key) == ("unchanged", "2025-03-14.txt")
    assert result.doc_id is not None


BAD_FILES = {
    "tom.txt": lambda pdf: b"",
    "bild.txt": lambda pdf: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "trasig.pdf": lambda pdf: pdf.truncate(pdf.make_text_pdf(["Protokoll\nDatum: 2024-05-05\n§ 1 Öppnande"])),
    "utf16-trasig.txt": lambda pdf: b"\xff\xfeP\x00r\x00\x00\xd8",      # UTF-16 reads; a lone surrogate does not
    "fel-kodning.txt": lambda pdf: b"Protokoll \x81\x8d\x90\x9d styrelsem\x9ete \x81\x8d",
}


@pytest.mark.parametrize("bad_name", list(BAD_FILES))
def test_bad_file_fails_alone(tmp_path, write_files, protocol, open_store, bad_name):
    folder = write_files(tmp_path / "batch", {"a-bra.txt": protocol(), bad_name: BAD_FILES[bad_name](load_make_pdf())})
    store = open_store(tmp_path / "store")
    results = {r.key: r for r in ingest(store, [folder])}
    bad = results.pop(f"batch/{bad_name}")
    assert bad.status == "failed"
    assert bad_name in bad.error and "\n" not in bad.error
    assert [r.status for r in results.values()] == ["ingested"]
    assert len(store.protocol_graphs()) == 1
    record = store.records()[f"batch/{bad_name}"]
    assert (record.status, record.error) == ("failed", bad.error)


def test_cli_ingest_exit_code_1_and_one_line_per_failure(tmp_path, write_files, protocol, run_cli):
    pdf = load_make_pdf()
    folder = write_files(tmp_path / "batch", {"bra.txt": protocol(), "tom.txt": b"",
                                              "trasig.pdf": BAD_FILES["trasig.pdf"](pdf)})
    result = run_cli("ingest", folder, "--store", tmp_path / "store", "--silent")
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failures) == 2
    assert any("tom.txt" in line for line in failures) and any("trasig.pdf" in line for line in failures)
    assert "1 ingested" in result.stderr and "2 failed" in result.stderr


def test_failure_keeps_the_previous_graph(tmp_path, write_files, protocol, open_store):
    folder = write_files(tmp_path / "batch", {"prot.txt": protocol()})
    store = open_store(tmp_path / "store")
    ingest(store, [folder])
    before = quads_by_graph(export_text(store, tmp_path, "a.nq"))
    (folder / "prot.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (result,) = ingest(store, [folder])
    assert result.status == "failed"
    after = quads_by_graph(export_text(store, tmp_path, "b.nq"))
    graphs = [g for g in before if g.startswith(PROTOCOL_PREFIX)]
    assert len(graphs) == 1 and after[graphs[0]] == before[graphs[0]]
    assert store.records()["batch/prot.txt"].status == "failed"


def test_personnummer_never_reach_the_export(tmp_path, write_files, protocol, personnummer, open_store):
    numbers = [personnummer(seed) for seed in (3, 17, 29)]
    roster = "\n".join(f"{name}\t{pnr}" for name, pnr in zip(("Lisa Holm", "Per Ek", "Nils Åberg"), numbers))
    text = protocol(other=f"Deltagare i insatsen:\n{roster}\n\nInformationen läggs till handlingarna.")
    folder = write_files(tmp_path / "batch", {"prot.txt": text})
    store = open_store(tmp_path / "store")
    (result,) = ingest(store, [folder])
    assert result.redactions == 3
    exported = export_text(store, tmp_path)
    stored_text = store.text_path(result.doc_id).read_text(encoding="utf-8")
    assert len(stored_text) == len(text)
    for pnr in numbers:
        for form in (pnr, pnr.replace("-", ""), pnr[:7], pnr[6:]):
            assert form not in exported and form not in stored_text
    assert '"3"^^<http://www.w3.org/2001/XMLSchema#integer>' in exported


def test_exported_provenance_quotes_the_protocol_text(tmp_path, shared):
    store, corpus, _ = shared
    ds = Dataset()
    ds.parse(data=export_text(store, tmp_path), format="nquads")
    texts = {str(r.doc_id): (corpus.parent / r.key).read_text(encoding="utf-8") for r in store.records().values()}
    checked = 0
    for cls in (ORG.Membership, SG.Attendance, SCHEMA.MonetaryGrant, SG.Reservation):
        for graph in ds.graphs():
            if not str(graph.identifier).startswith(PROTOCOL_PREFIX):
                continue
            text = texts[str(graph.identifier)[len(PROTOCOL_PREFIX):]]
            for node in graph.subjects(RDF.type, cls):
                for ann in graph.objects(node, PROV.wasDerivedFrom):
                    target = graph.value(ann, OA.hasTarget)
                    sels = list(graph.objects(target, OA.hasSelector))
                    start = next(graph.value(s, OA.start) for s in sels if graph.value(s, OA.start) is not None)
                    end = next(graph.value(s, OA.end) for s in sels if graph.value(s, OA.end) is not None)
                    exact = next(graph.value(s, OA.exact) for s in sels if graph.value(s, OA.exact) is not None)
                    assert str(exact) == text[int(start):int(end)]
                    checked += 1
    assert checked >= 20


def test_remove_protocol(tmp_path, corpus, open_store):
    store = open_store(tmp_path / "store")
    ingest(store, [corpus])
    store.remove_protocol("protokoll/2025-03-14.txt")
    assert len(store.protocol_graphs()) == 1
    assert "protokoll/2025-03-14.txt" not in store.records()


def test_people_graph_has_one_name_per_person(shared):
    store, _, _ = shared
    rows = list(store.query("SELECT ?p (COUNT(?n) AS ?c) WHERE { GRAPH ?g { ?p foaf:name ?n } } GROUP BY ?p"))
    assert len(rows) == 5
    assert all(int(r.c) == 1 for r in rows)


def test_store_texts_are_what_the_extractors_saw(shared):
    store, corpus, results = shared
    for r in results:
        assert store.text_path(r.doc_id).read_text(encoding="utf-8") == (corpus.parent / r.key).read_text("utf-8")


def test_manifest_records(shared):
    store, _, _ = shared
    records = store.records()
    assert sorted(records) == ["protokoll/2025-03-14.txt", "protokoll/host/2025-09-19.txt"]
    assert all(r.status == "ok" and len(r.sha256) == 64 and r.error is None for r in records.values())
    assert {URIRef(PROTOCOL_PREFIX + r.doc_id) for r in records.values()} == set(store.protocol_graphs())


def test_failed_graph_write_keeps_the_old_text(tmp_path):
    from samgraf.graph.store import IngestRecord, Store

    store = Store(tmp_path / "store")
    record = IngestRecord("a.txt", "0" * 64, "ok", "a-1")
    store.replace_protocol("<https://example.org/s> <https://example.org/p> \"x\" .\n", record, "old text",
                           identifier="https://w3id.org/samgraf/graph/protocol/a-1")
    with pytest.raises(Exception):
        store.replace_protocol("this is not N-Triples", record, "new text",
                               identifier="https://w3id.org/samgraf/graph/protocol/a-1")
    assert store.text_path("a-1").read_text(encoding="utf-8") == "old text"
    assert not list((tmp_path / "store" / "texts").glob("*.staged"))
    assert any(line.startswith("<https://example.org/s>") for line in store.nquads())
    store.close()


@pytest.mark.parametrize("lookups", [2000, 0], ids=["looked-up", "read-all"])
def test_records_of_some_paths_and_contents_are_those_of_all_records(tmp_path, write_files, protocol, open_store,
                                                                      monkeypatch, lookups):
    """`records(keys, shas)` gives exactly the records of those paths and of those contents: an ok, a
    failed and a duplicate record among them, an unknown path and content left out."""
    import samgraf.graph.store as store_module

    folder = write_files(tmp_path / "batch", {"a.txt": protocol(), "b.txt": protocol(other="Övrigt."),
                                              "c.txt": protocol(), "bad.txt": "x"})
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    store = open_store(tmp_path / "store")
    ingest(store, [folder])
    every = store.records()
    assert {r.status for r in every.values()} == {"ok", "failed", "duplicate"}
    monkeypatch.setattr(store_module, "RECORD_LOOKUPS", lookups)
    keys, shas = {"batch/bad.txt", "batch/c.txt", "batch/none.txt"}, {every["batch/b.txt"].sha256, "0" * 64}
    wanted = {k: r for k, r in every.items() if k in keys or r.sha256 in shas}
    assert store.records(keys=keys, shas=shas) == wanted
    assert set(wanted) == {"batch/bad.txt", "batch/c.txt", "batch/b.txt"}
