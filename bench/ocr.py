"""PDF reading with OCR in one thread and in several: seconds per file and whether the text is the same.

Each PDF of the folder is read (`samgraf.pdf.read_pdf`: text layer, OCR where it is missing or damaged)
once with SAMGRAF_OCR_WORKERS=1 and once with each count of --workers; the pages' text and how each
was read must be the same byte for byte. Wall-clock seconds: run it on an idle machine.

Usage: python bench/ocr.py [--pdfs ../shared/real/pdf] [--workers 2]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import time
from pathlib import Path

from samgraf.model import PageMethod
from samgraf.ocr import tesseract
from samgraf.pdf import read_pdf

DEFAULT_PDFS = Path(__file__).resolve().parents[2] / "shared" / "real" / "pdf"


def read_with(path: Path, workers: int) -> tuple[float, str, int, int]:
    """(seconds, digest of text and pages, pages, pages read by OCR) for one read with `workers` threads."""
    os.environ["SAMGRAF_OCR_WORKERS"] = str(workers)
    start = time.perf_counter()
    result = read_pdf(path, path.read_bytes())
    seconds = time.perf_counter() - start
    digest = hashlib.sha256((result.text + repr(result.pages)).encode()).hexdigest()[:12]
    ocr_pages = sum(p.method is PageMethod.OCR or p.confidence is not None for p in result.pages)
    return seconds, digest, len(result.pages), ocr_pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdfs", type=Path, default=DEFAULT_PDFS)
    ap.add_argument("--workers", type=int, nargs="+", default=[2])
    args = ap.parse_args()
    if tesseract() is None:
        raise SystemExit("Tesseract with Swedish is missing (bash tools/ocr_deps.sh); nothing to measure")
    files = sorted(args.pdfs.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no PDFs in {args.pdfs}")
    counts = [1, *args.workers]
    totals = dict.fromkeys(counts, 0.0)
    print(f"{'file':48} {'pages':>5} {'ocr':>4} " + " ".join(f"{f'{n} thr s':>8}" for n in counts) + "  same")
    for path in files:
        runs = {n: read_with(path, n) for n in counts}
        for n, run in runs.items():
            totals[n] += run[0]
        _, digest, pages, ocr_pages = runs[1]
        same = all(run[1] == digest for run in runs.values())
        print(f"{path.name[:48]:48} {pages:5} {ocr_pages:4} " + " ".join(f"{run[0]:8.1f}" for run in runs.values())
              + f"  {'yes' if same else 'NO'}")
    print(f"{'total':48} {'':5} {'':4} " + " ".join(f"{totals[n]:8.1f}" for n in counts))


if __name__ == "__main__":
    main()
