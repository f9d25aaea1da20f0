"""PDF protocols as laid out: the seeds rendered in three page layouts and as scans score as their text.

The seeds, their gold and the scorer live in ../shared; without it these tests skip. The scan test
needs Tesseract with Swedish (tools/ocr_deps.sh) and takes about a minute: it is marked slow.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from samgraf.graph.export import export_store
from samgraf.graph.store import Store
from samgraf.ingest import ingest
from samgraf.ocr import tesseract

pytest.importorskip("fpdf", reason="fpdf2 builds the test PDFs")

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SAMGRAF_SHARED", ROOT.parent / "shared"))
CORE = ["people", "represents", "roles", "attendance", "meeting_date", "agenda", "grants", "reservations"]
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason=f"{SHARED} is not present")
needs_tesseract = pytest.mark.skipif(tesseract() is None, reason="Tesseract with Swedish is missing; run tools/ocr_deps.sh")


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_pdf = _module("samgraf_test_make_pdf", ROOT / "tests" / "fixtures" / "make_pdf.py")


def _score(tmp: Path, docs: Path, gold: Path) -> dict:
    store = Store(tmp / "store")
    results = ingest(store, [docs], resolve=False)
    assert all(r.status == "ingested" for r in results), [r.error for r in results if r.error]
    export_store(store, tmp / "graph.nq")
    scorer = _module("samgraf_score", SHARED / "eval" / "score.py")
    metrics = scorer.score(scorer.load_graph(tmp / "graph.nq"), gold, docs)["metrics"]
    f1 = {k: metrics[k][2] for k in CORE if k in metrics and metrics[k][3] + metrics[k][5] > 0}
    return {"macro": sum(f1.values()) / len(f1), **f1}


def _as_pdfs(tmp: Path, render) -> tuple[Path, Path]:
    """The seeds rendered by `render(text) -> PDF bytes`, with their gold renamed to the PDFs."""
    docs, gold = tmp / "docs", tmp / "gold"
    docs.mkdir(parents=True)
    gold.mkdir()
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        (docs / f"{seed.stem}.pdf").write_bytes(render(seed.read_text(encoding="utf-8")))
        record = json.loads((SHARED / "gold" / f"{seed.stem}.json").read_text(encoding="utf-8"))
        record["document"] = f"{seed.stem}.pdf"
        (gold / f"{seed.stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return docs, gold


@pytest.fixture(scope="module")
def text_scores(tmp_path_factory) -> dict:
    return _score(tmp_path_factory.mktemp("txt"), SHARED / "seeds", SHARED / "gold")


@needs_shared
@pytest.mark.parametrize("layout", [
    "single",
    "furniture",
    pytest.param("columns", marks=pytest.mark.xfail(
        reason="newspaper columns holding table rows that wrap inside a column: 0.81 against 0.997 as text",
        strict=False)),
])
def test_seeds_as_pdf_score_as_their_text(tmp_path: Path, text_scores: dict, layout: str) -> None:
    docs, gold = _as_pdfs(tmp_path, lambda text: make_pdf.make_layout_pdf(text, layout))
    scores = _score(tmp_path, docs, gold)
    assert scores["macro"] >= text_scores["macro"] - 0.02, (scores, text_scores)
    assert scores["grants"] >= text_scores["grants"] - 0.02, (scores, text_scores)


@needs_shared
@needs_tesseract
@pytest.mark.slow
@pytest.mark.xfail(reason="0.75 today: OCR'd rosters lose attendance (0.62) and reservations (0.0); agenda 0.85",
                   strict=False)
def test_scanned_seeds_score_at_least_090(tmp_path: Path) -> None:
    docs, gold = _as_pdfs(tmp_path, lambda text: make_pdf.make_scanned_pdf(make_pdf.make_layout_pdf(text, "single")))
    scores = _score(tmp_path, docs, gold)
    assert scores["macro"] >= 0.90, scores
