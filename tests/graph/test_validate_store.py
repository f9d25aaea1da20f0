"""Validation graph by graph on the store gives the report validation of the whole union gives, and
`validate --provenance` finds a quote that is not its slice of the stored text."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from samgraf.graph.validate import check_provenance, format_report, quote_problem, validate, validate_store

SHAPES = Path(__file__).parents[1] / "ontology"
GOOD = SHAPES / "good" / "protocol.trig"
CASES = ["person-two-names", "grant-in-euro", "protocol-sha256-upper-case", "decision-without-treatment",
         "organisation-two-pref-labels", "party-without-notation", "attendance-link-without-record",
         "membership-role-is-literal"]


def loaded(*paths: Path) -> tuple[Dataset, ox.Store]:
    ds, store = Dataset(), ox.Store()
    for path in paths:
        ds.parse(path, format="trig")
        store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return ds, store


def test_good_fixture_conforms_graph_by_graph():
    _, store = loaded(GOOD)
    report = validate_store(store)
    assert report.conforms and report.violations == ()


@pytest.mark.parametrize("case", CASES)
def test_graph_by_graph_reports_what_the_union_reports(case):
    ds, store = loaded(GOOD, SHAPES / "bad" / f"{case}.trig")
    union = validate(ds)
    assert not union.conforms
    assert format_report(validate_store(store, batch=1)) == format_report(union)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, protocol):
    """A store of three invented protocols (one with CRLF line endings)."""
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    root = tmp_path_factory.mktemp("validate")
    folder = root / "protokoll"
    folder.mkdir()
    (folder / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    (folder / "b.txt").write_text(protocol(date="2025-09-19", amount="410 000"), encoding="utf-8")
    (folder / "c.txt").write_bytes(protocol(date="2025-11-21").replace("\n", "\r\n").encode("utf-8"))
    with Store(root / "store") as store:
        ingest(store, [folder])
    return root / "store"


def test_an_ingested_store_graph_by_graph_matches_the_union(ingested, open_store):
    store = open_store(ingested)
    assert format_report(validate_store(store, batch=2)) == format_report(validate(store.dataset))


def test_stored_quotes_are_their_slices(ingested, open_store):
    report = check_provenance(open_store(ingested))
    assert report.conforms, format_report(report)


def test_a_corrupted_text_is_named_with_protocol_and_offsets(ingested, open_store, tmp_path):
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(ingested, copy)
    texts = sorted((copy / "texts").glob("*.txt"))
    victim = texts[0]
    data = victim.read_bytes().decode("utf-8")
    at = data.index("Karin Dahl")
    victim.write_bytes((data[:at] + "Karin Dahk" + data[at + 10:]).encode("utf-8"))
    report = check_provenance(open_store(copy))
    assert not report.conforms
    bad = [v for v in report.violations if "Karin Dahk" in v.message]
    assert bad and all(v.message.startswith(f"{victim.stem} [") for v in bad)
    assert all(v.graph.endswith(f"protocol/{victim.stem}") for v in report.violations)
    for v in bad:
        start, end = map(int, v.message.split("[", 1)[1].split("]", 1)[0].split(":"))
        assert start <= at < end


def test_quote_problem():
    assert quote_problem("abc def", 4, 7, "def") is None
    assert "stored text has 'dex'" in quote_problem("abc dex", 4, 7, "def")
    assert "outside" in quote_problem("abc", 2, 9, "c")
    assert "missing" in quote_problem(None, 0, 1, "a")
