"""Benchmark: ingest N protocols into a fresh store, then add 10 more; pages per second for PDFs.

    python bench/ingest.py [--sizes 100,1000] [--jobs 1,2] [--corpus gen|seeds] [--pdf-pages 20] [--ocr-pages 4]

For each size N and each --jobs value, a child process ingests N invented protocols
(bench/gen_corpus.py, one world of 75 förbund over 20 years; or `--corpus seeds`: copies of the
seeds with varied names and dates) into a fresh store, then ingests 10 more protocols of the same
world into it (the incremental identity pass). Printed per run: protocols per second, the time
to add the 10 (wall and CPU seconds: on a shared machine the CPU figure is the steadier one), peak
memory (max RSS of the writer and of the largest worker) and quads in the store. Then pages per second for reading PDFs: text-layer PDFs (the seeds rendered with fpdf2)
and scanned pages read by OCR (the same pages as 200 dpi images; needs Tesseract with Swedish).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Anna", "Per", "Karin", "Lars", "Maria", "Erik", "Sara", "Johan", "Eva", "Mikael", "Lena", "Anders"]
LAST = ["Berg", "Lind", "Ek", "Holm", "Nyström", "Sandberg", "Ahlgren", "Strand", "Wikström", "Lundqvist"]
EXTRA = 10


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
        path = out / f"protocol_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _gen_corpus(out: Path, count: int) -> list[Path]:
    """`count` protocols of bench/gen_corpus.py's world (seed 1)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return sorted(module.write_corpus(out, count, 1))


def split_corpus(files: list[Path], base: Path, extra: Path) -> None:
    """Move every len/EXTRA-th file (EXTRA of them, spread over the world) aside as the ones to add."""
    step = max(1, len(files) // EXTRA)
    held = set(files[step // 2::step][:EXTRA])
    for f in files:
        f.rename((extra if f in held else base) / f.name)


def _cpu() -> float:
    """CPU seconds of this process and its finished workers (a figure the machine's load does not inflate)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_one(size: int, jobs: int, corpus: str, seeds: Path) -> dict:
    """Ingest `size` protocols with `jobs` workers into a fresh store, then add EXTRA (in this process)."""
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        made, base, extra = Path(tmp) / "all", Path(tmp) / "base", Path(tmp) / "extra"
        for d in (made, base, extra):
            d.mkdir()
        files = (_gen_corpus(made, size + EXTRA) if corpus == "gen"
                 else make_corpus(seeds, made, size + EXTRA, random.Random(7)))
        split_corpus(files, base, extra)
        store = Store(Path(tmp) / "store")
        start, cpu = time.perf_counter(), _cpu()
        results = ingest(store, [base], jobs=jobs)
        elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
        start, add_cpu = time.perf_counter(), _cpu()
        added = ingest(store, [base, extra], jobs=jobs)
        add_elapsed, add_cpu = time.perf_counter() - start, _cpu() - add_cpu
        quads = len(store.ox)
        store.close()
    return {"size": size, "jobs": jobs, "ok": sum(r.status == "ingested" for r in results), "files": len(results),
            "seconds": elapsed, "cpu": cpu, "add_cpu": add_cpu, "added": sum(r.status == "ingested" for r in added), "add_seconds": add_elapsed,
            "quads": quads, "main_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


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
    ap.add_argument("--sizes", default="100,1000", help="comma-separated protocol counts")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to compare at every size")
    ap.add_argument("--corpus", choices=["gen", "seeds"], default="gen",
                    help="gen: bench/gen_corpus.py's world; seeds: copies of --seeds with varied names and dates")
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--pdf-pages", type=int, default=20, help="text-layer PDF pages to read (0: skip)")
    ap.add_argument("--ocr-pages", type=int, default=4, help="scanned pages to OCR (0: skip)")
    ap.add_argument("--one", type=int, nargs=2, metavar=("SIZE", "JOBS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], args.one[1], args.corpus, args.seeds)))
        return
    if (args.corpus == "seeds" or args.pdf_pages or args.ocr_pages) and not args.seeds.is_dir():
        sys.exit(f"{args.seeds}: seeds not found; pass --seeds DIR with .txt protocols")
    print(f"{'protocols':>9} {'jobs':>4} {'seconds':>8} {'prot/s':>7} {'CPU s':>7} {'add 10 (s)':>10} "
          f"{'add CPU s':>9} {'main MiB':>8} {'worker MiB':>10} {'quads':>9}")
    for size in [int(s) for s in args.sizes.split(",")]:
        for jobs in [int(j) for j in args.jobs.split(",")]:
            child = subprocess.run([sys.executable, __file__, "--one", str(size), str(jobs), "--corpus", args.corpus,
                                    "--seeds", str(args.seeds)], capture_output=True, text=True)
            if child.returncode != 0:
                print(f"{size:>9} {jobs:>4} failed: {child.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(child.stdout.strip().splitlines()[-1])
            print(f"{r['ok']:>9} {jobs:>4} {r['seconds']:>8.1f} {r['ok'] / r['seconds']:>7.2f} {r['cpu']:>7.1f} "
                  f"{r['add_seconds']:>10.2f} {r['add_cpu']:>9.2f} {r['main_mib']:>8.0f} {r['worker_mib']:>10.0f} "
                  f"{r['quads']:>9}", flush=True)
    if args.pdf_pages or args.ocr_pages:
        bench_pdf_pages(args.seeds, args.pdf_pages, args.ocr_pages)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ocr_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory (RSS):   {rss:.0f} MiB main after PDFs, {ocr_rss:.0f} MiB largest child (tesseract)")


if __name__ == "__main__":
    main()
