"""Benchmark: ingest N protocols (copies of the seeds with varied names and dates) into a fresh store.

    python bench/ingest.py [--count 100] [--jobs 1] [--seeds ../shared/seeds] [--pdf-pages 20] [--ocr-pages 4]

Prints protocols per second and peak memory (max RSS of this process and its workers), then pages
per second for reading PDFs: text-layer PDFs (the seeds rendered with fpdf2) and scanned pages
read by OCR (the same pages as 200 dpi images; needs Tesseract with Swedish).
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Anna", "Per", "Karin", "Lars", "Maria", "Erik", "Sara", "Johan", "Eva", "Mikael", "Lena", "Anders"]
LAST = ["Berg", "Lind", "Ek", "Holm", "Nyström", "Sandberg", "Ahlgren", "Strand", "Wikström", "Lundqvist"]


def make_corpus(seeds: Path, out: Path, count: int, rng: random.Random) -> list[Path]:
    """`count` protocol files: seeds with their dates shifted and a few names swapped."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    files = []
    for i in range(count):
        text = texts[i % len(texts)]
        year = str(2010 + i % 15)
        text = re.sub(r"\b20(\d\d)-(\d\d)-(\d\d)\b", lambda m: f"{year}-{m.group(2)}-{m.group(3)}", text)
        for _ in range(3):
            text = text.replace(rng.choice(FIRST), rng.choice(FIRST), 1)
        text += f"\n\nKopia {i}: {rng.choice(FIRST)} {rng.choice(LAST)}\n"
        path = out / f"protocol_{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _make_pdf_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdf", ROOT / "tests" / "fixtures" / "make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_pdf_pages(seeds: Path, pdf_pages: int, ocr_pages: int) -> None:
    """Pages per second for text-layer PDFs and for OCR of scanned pages (samgraf.pdf.read_pdf)."""
    from samgraf.ocr import tesseract
    from samgraf.pdf import read_pdf

    make_pdf = _make_pdf_module()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    pdfs = [make_pdf.make_layout_pdf(t, "single") for t in texts]
    done, start = 0, time.perf_counter()
    while done < pdf_pages:
        for data in pdfs:
            done += len(read_pdf(Path("bench.pdf"), data).pages)
    elapsed = time.perf_counter() - start
    print(f"text-layer PDF:      {done} pages, {done / elapsed:.1f} pages/second")
    if tesseract() is None:
        print("OCR:                 skipped (install tesseract-ocr tesseract-ocr-swe)")
        return
    scan = make_pdf.make_scanned_pdf(make_pdf.make_layout_pdf(texts[0], "single"))
    done, start = 0, time.perf_counter()
    while done < ocr_pages:
        done += len(read_pdf(Path("scan.pdf"), scan).pages)
    elapsed = time.perf_counter() - start
    print(f"OCR (300 dpi):       {done} pages, {done / elapsed:.2f} pages/second")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--pdf-pages", type=int, default=20, help="text-layer PDF pages to read (0: skip)")
    ap.add_argument("--ocr-pages", type=int, default=4, help="scanned pages to OCR (0: skip)")
    args = ap.parse_args()
    if not args.seeds.is_dir():
        sys.exit(f"{args.seeds}: seeds not found; pass --seeds DIR with .txt protocols")
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(args.seeds, corpus, args.count, random.Random(7))
        store = Store(Path(tmp) / "store")
        start = time.perf_counter()
        results = ingest(store, [corpus], jobs=args.jobs)
        elapsed = time.perf_counter() - start
        quads = sum(1 for _ in store.nquads())
    ok = sum(r.status == "ingested" for r in results)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"protocols:           {ok}/{len(results)} ingested (jobs={args.jobs})")
    print(f"elapsed:             {elapsed:.1f} s")
    print(f"protocols/second:    {ok / elapsed:.2f}")
    print(f"quads in store:      {quads}")
    print(f"peak memory (RSS):   {self_kb / 1024:.0f} MiB main, {child_kb / 1024:.0f} MiB largest worker")
    if args.pdf_pages or args.ocr_pages:
        bench_pdf_pages(args.seeds, args.pdf_pages, args.ocr_pages)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ocr_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory (RSS):   {rss:.0f} MiB main after PDFs, {ocr_rss:.0f} MiB largest child (tesseract)")


if __name__ == "__main__":
    main()
