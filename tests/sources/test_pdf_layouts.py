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
    tmp.mkdir(parents=True, exist_ok=True)
    store = Store(tmp / "store")
    results = ingest(store, [docs], resolve=False)
    assert all(r.status == "ingested" for r in results), [r.error for r in results if r.error]
    export_store(store, tmp / "graph.nq")
    scorer = _module("samgraf_score", SHARED / "eval" / "score.py")
    metrics = scorer.score(scorer.load_graph(tmp / "graph.nq"), gold, docs)["metrics"]
    f1 = {k: metrics[k][2] for k in CORE if k in metrics and metrics[k][3] + metrics[k][5] > 0}
    return {"macro": sum(f1.values()) / len(f1), **f1}


def _as_pdfs(tmp: Path, render, texts: Path = SHARED / "seeds", golds: Path = SHARED / "gold") -> tuple[Path, Path]:
    """The protocols with gold rendered by `render(text) -> PDF bytes`, their gold renamed to the PDFs."""
    docs, gold = tmp / "docs", tmp / "gold"
    docs.mkdir(parents=True)
    gold.mkdir()
    for path in sorted(golds.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or not (texts / str(record.get("document"))).is_file():
            continue                                   # not a protocol's gold (identities.json)
        source = texts / record["document"]
        (docs / f"{source.stem}.pdf").write_bytes(render(source.read_text(encoding="utf-8")))
        record["document"] = f"{source.stem}.pdf"
        (gold / path.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return docs, gold


@pytest.fixture(scope="module")
def text_scores(tmp_path_factory) -> dict:
    return _score(tmp_path_factory.mktemp("txt"), SHARED / "seeds", SHARED / "gold")


@needs_shared
@pytest.mark.parametrize("layout", ["single", "furniture", "columns"])
def test_seeds_as_pdf_score_as_their_text(tmp_path: Path, text_scores: dict, layout: str) -> None:
    docs, gold = _as_pdfs(tmp_path, lambda text: make_pdf.make_layout_pdf(text, layout))
    scores = _score(tmp_path, docs, gold)
    assert scores["macro"] >= text_scores["macro"] - 0.02, (scores, text_scores)
    assert scores["grants"] >= text_scores["grants"] - 0.02, (scores, text_scores)


CORPORA = [f"corpus{n}" for n in (2, 3, 4, 5)]


@pytest.fixture(scope="module")
def corpus_text_scores(tmp_path_factory):
    """A corpus's scores as text, ingested once for its three layouts."""
    scores: dict[str, dict] = {}

    def of(corpus: str) -> dict:
        if corpus not in scores:
            root = ROOT / "tests" / "fixtures" / corpus
            scores[corpus] = _score(tmp_path_factory.mktemp(f"{corpus}-txt"), root / "protocols", root / "gold")
        return scores[corpus]
    return of


@needs_shared
@pytest.mark.slow
@pytest.mark.parametrize("layout", ["single", "furniture", "columns"])
@pytest.mark.parametrize("corpus", CORPORA)
def test_corpora_as_pdf_score_as_their_text(tmp_path: Path, corpus_text_scores, corpus: str, layout: str) -> None:
    """Our own corpora (tests/fixtures/corpus2..5) rendered in the three layouts, against their text."""
    root = ROOT / "tests" / "fixtures" / corpus
    text_scores = corpus_text_scores(corpus)
    docs, gold = _as_pdfs(tmp_path / "pdf", lambda text: make_pdf.make_layout_pdf(text, layout), root / "protocols",
                          root / "gold")
    scores = _score(tmp_path / "pdf", docs, gold)
    assert scores["macro"] >= text_scores["macro"] - 0.02, (scores, text_scores)


@needs_shared
@needs_tesseract
@pytest.mark.slow
def test_scanned_seeds_score_at_least_090(tmp_path: Path) -> None:
    docs, gold = _as_pdfs(tmp_path, lambda text: make_pdf.make_scanned_pdf(make_pdf.make_layout_pdf(text, "single")))
    scores = _score(tmp_path, docs, gold)
    assert scores["macro"] >= 0.90, scores
