"""Gold evaluation: build a store from protocols, export it, score it with ../shared/eval/score.py.

The seeds and the scorer live in ../shared (next to the repository); a user's clone without it
skips these tests with the reason. CI always has ../shared.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from samgraf.graph.export import export_store
from samgraf.graph.store import Store
from samgraf.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SAMGRAF_SHARED", ROOT.parent / "shared"))
CORPUS2 = ROOT / "tests" / "fixtures" / "corpus2"
CORPUS3 = ROOT / "tests" / "fixtures" / "corpus3"
CORPUS4 = ROOT / "tests" / "fixtures" / "corpus4"
CORPUS5 = ROOT / "tests" / "fixtures" / "corpus5"

needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                  reason=f"{SHARED} (seeds, gold and score.py) is not present next to the repository")

SEED_THRESHOLDS = {
    "people": 0.95, "represents": 0.95, "roles": 0.90, "attendance": 0.90, "meeting_date": 1.00,
    "forbund": 1.00, "agenda": 0.95, "provenance": 0.95, "grants": 0.95, "reservations": 0.95,
    "rejections": 1.00, "identity_same": 1.00, "identity_different": 1.00,
}
#: Issue 4 asks people >= 0.90, represents >= 0.85, roles >= 0.85, party >= 0.90, meeting_date >= 0.90 on our own
#: set; the floors here are higher (close under what we measure) so that a regression fails the suite.
CORPUS2_THRESHOLDS = {
    "people": 0.95, "represents": 0.95, "roles": 0.95, "party": 0.95, "meeting_date": 0.95, "provenance": 0.99,
    "attendance": 0.95, "agenda": 0.95, "grants": 0.95, "reservations": 0.90, "forbund": 0.90, "rejections": 0.95,
    "identity_same": 0.95, "identity_different": 1.00,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("samgraf_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(tmp_path: Path, docs: Path, gold: Path) -> dict:
    store = Store(tmp_path / "store")
    results = ingest(store, [docs])
    assert all(r.status == "ingested" for r in results), [r.error for r in results if r.error]
    out = tmp_path / "graph.nq"
    export_store(store, out)
    scorer = _scorer()
    return scorer.score(scorer.load_graph(out), gold, docs)


def _check(result: dict, thresholds: dict[str, float]) -> None:
    metrics = result["metrics"]
    low = {name: round(metrics[name][2], 3) for name, floor in thresholds.items()
           if name in metrics and metrics[name][2] < floor}
    assert not low, f"below threshold: {low}\nnotes: {result['notes'][:15]}"
    for name in ("junk_people", "pii_leaks"):
        if name in metrics:
            assert metrics[name][4] == 0, f"{name}: {metrics[name]} notes: {result['notes']}"


@needs_shared
def test_seed_scores_meet_thresholds(tmp_path: Path) -> None:
    _check(_score(tmp_path, SHARED / "seeds", SHARED / "gold"), SEED_THRESHOLDS)


@needs_shared
def test_second_corpus_scores_meet_thresholds(tmp_path: Path) -> None:
    _check(_score(tmp_path, CORPUS2 / "protocols", CORPUS2 / "gold"), CORPUS2_THRESHOLDS)


@needs_shared
def test_third_corpus_scores_meet_thresholds(tmp_path: Path) -> None:
    """corpus3 was written blind to the extractor code (first run: macro-F1 0.89), then used to improve it."""
    _check(_score(tmp_path, CORPUS3 / "protocols", CORPUS3 / "gold"), CORPUS2_THRESHOLDS)


@needs_shared
def test_fourth_corpus_scores_meet_thresholds(tmp_path: Path) -> None:
    """corpus4 was written blind too (first run: macro-F1 0.81)."""
    _check(_score(tmp_path, CORPUS4 / "protocols", CORPUS4 / "gold"), CORPUS2_THRESHOLDS | {
        "reservations": 0.90, "rejections": 0.90, "grants": 0.95})


@needs_shared
def test_fifth_corpus_scores_meet_thresholds(tmp_path: Path) -> None:
    """corpus5 was written blind (first run: macro-F1 0.84): column-by-column PDF text, rosters in one paragraph."""
    _check(_score(tmp_path, CORPUS5 / "protocols", CORPUS5 / "gold"), {
        "people": 0.95, "represents": 0.85, "roles": 0.85, "party": 0.85, "meeting_date": 0.85, "provenance": 0.99,
        "attendance": 0.95, "agenda": 0.95, "grants": 0.90, "reservations": 0.90, "forbund": 0.95,
        "identity_same": 0.90, "identity_different": 1.00})


#: Issue 9's thresholds on ../shared/real (protocols written by others, as web converters stored them):
#: macro-F1 >= 0.90, people >= 0.95, represents, roles, attendance, party >= 0.85, agenda >= 0.85, no junk people.
REAL_THRESHOLDS = {"people": 0.95, "represents": 0.85, "roles": 0.85, "attendance": 0.85, "party": 0.85,
                   "agenda": 0.85, "meeting_date": 0.85}
REAL_MACRO = 0.90
needs_real = pytest.mark.skipif(not (SHARED / "real" / "gold").exists(),
                                reason=f"{SHARED / 'real'} (real protocols with gold) is not present")


def _macro(result: dict) -> float:
    core = ["people", "represents", "roles", "attendance", "meeting_date", "agenda", "grants", "reservations"]
    metrics = result["metrics"]
    f1s = [metrics[k][2] for k in core if k in metrics and metrics[k][3] + metrics[k][5] > 0]   # as score.py
    return sum(f1s) / len(f1s)


@needs_shared
@needs_real
def test_real_protocols_meet_floors(tmp_path: Path) -> None:
    """Real protocols nobody on the team wrote: the figures that count."""
    result = _score(tmp_path, SHARED / "real" / "protocols", SHARED / "real" / "gold")
    _check(result, REAL_THRESHOLDS)
    assert _macro(result) >= REAL_MACRO, f"macro-F1 {_macro(result):.3f}"


#: Issue 10's thresholds on ../shared/real/pdf (real born-digital PDFs; some pages damaged or scanned, read by OCR).
PDF_THRESHOLDS = {"people": 0.90}
PDF_MACRO = 0.85


@needs_shared
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "real" / "pdf-gold").exists(), reason=f"{SHARED / 'real' / 'pdf-gold'} is not present")
def test_real_pdfs_meet_thresholds(tmp_path: Path) -> None:
    """Real PDF protocols (text layer with font damage, scanned pages): layout, OCR and roster together."""
    result = _score(tmp_path, SHARED / "real" / "pdf", SHARED / "real" / "pdf-gold")
    _check(result, PDF_THRESHOLDS)
    assert _macro(result) >= PDF_MACRO, f"macro-F1 {_macro(result):.3f}"
