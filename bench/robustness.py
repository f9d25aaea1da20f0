"""Damage matrix: macro-F1 of every corpus under each kind of damage real protocol text suffers.

    python bench/robustness.py [--corpora seeds,corpus2,...] [--damages flatten,ocr,...] [--jobs 2]
                               [--seed 0] [--json matrix.json] [--shared ../shared]

Every protocol of a corpus is rewritten by one damage of `bench/damage.py` (page flattened to one
line, § signs dropped, headings clipped, roster columns interleaved, paragraphs re-wrapped, OCR
confusions) and written under its own file name to a temporary folder; that folder is ingested into
a fresh store, exported, and scored by ../shared/eval/score.py against the corpus's unchanged gold
(score.py finds each protocol's graph by the hash of the file in --docs and checks quotes against
its text, so it reads the damaged files). Prints two Markdown tables, corpus x damage: macro-F1 and
people F1. Each cell is one process's work; --jobs runs cells side by side.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from damage import DAMAGES, damage_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
UNDAMAGED = "undamaged"
BINARY_SUFFIXES = {".pdf", ".docx", ".odt", ".doc"}


def find_corpora(shared: Path) -> dict[str, tuple[Path, Path]]:
    """Corpus name -> (protocols folder, gold folder)."""
    corpora = {"seeds": (shared / "seeds", shared / "gold")}
    for n in (2, 3, 4, 5):
        corpora[f"corpus{n}"] = (FIXTURES / f"corpus{n}" / "protocols", FIXTURES / f"corpus{n}" / "gold")
    corpora["real"] = (shared / "real" / "protocols", shared / "real" / "gold")
    return corpora


def write_damaged(docs: Path, out: Path, damage: str, *, seed: int) -> int:
    """Every file of `docs`, damaged, under the same name in `out`; returns the number of files."""
    out.mkdir(parents=True)
    files = sorted(p for p in docs.iterdir() if p.is_file())
    for path in files:
        data = path.read_bytes()
        if damage != UNDAMAGED and path.suffix.lower() not in BINARY_SUFFIXES:
            data = damage_text(data.decode("utf-8"), damage, seed=seed, key=path.name).encode("utf-8")
        (out / path.name).write_bytes(data)
    return len(files)


def run_cell(corpus: str, damage: str, docs: Path, gold: Path, *, seed: int, scorer: Path) -> dict:
    """Damage, ingest, export and score one corpus; returns the cell's figures."""
    logging.disable(logging.WARNING)
    from samgraf.graph.export import export_store
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="samgraf-damage-") as tmp:
        damaged = Path(tmp) / "docs"
        n = write_damaged(docs, damaged, damage, seed=seed)
        store = Store(Path(tmp) / "store")
        results = ingest(store, [damaged])
        graph = Path(tmp) / "graph.nq"
        export_store(store, graph)
        proc = subprocess.run([sys.executable, str(scorer), "--graph", str(graph), "--gold", str(gold),
                               "--docs", str(damaged), "--json"], capture_output=True, text=True, check=True)
    scored = json.loads(proc.stdout)
    return {
        "corpus": corpus, "damage": damage, "protocols": n,
        "failed": sorted(f"{Path(r.key).name}: {r.error}" for r in results if r.status == "failed"),
        "macro_f1": scored["macro_f1"],
        "metrics": {name: {"p": v[0], "r": v[1], "f1": v[2]} for name, v in scored["metrics"].items()},
        "seconds": round(time.perf_counter() - start, 1),
    }


def render_table(cells: list[dict], corpora: list[str], damages: list[str], value) -> str:
    """A Markdown table, one row per corpus, one column per damage; `value(cell)` fills a cell."""
    by_key = {(c["corpus"], c["damage"]): c for c in cells}
    lines = ["| corpus | " + " | ".join(damages) + " |", "|---|" + "---|" * len(damages)]
    for corpus in corpora:
        row = [by_key.get((corpus, d)) for d in damages]
        lines.append(f"| {corpus} | " + " | ".join("–" if c is None else value(c) for c in row) + " |")
    return "\n".join(lines)


def _people_f1(cell: dict) -> str:
    people = cell["metrics"].get("people")
    return "–" if people is None else f"{people['f1']:.2f}"


def _choices(text: str, valid: list[str], what: str) -> list[str]:
    chosen = [x.strip() for x in text.split(",") if x.strip()]
    unknown = [x for x in chosen if x not in valid]
    if unknown:
        sys.exit(f"unknown {what}: {', '.join(unknown)}; choose from {', '.join(valid)}")
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("SAMGRAF_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--corpora", default="seeds,corpus2,corpus3,corpus4,corpus5,real")
    ap.add_argument("--damages", default=",".join([UNDAMAGED, *DAMAGES]))
    ap.add_argument("--jobs", type=int, default=2, help="cells run side by side (processes)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the damage (each file gets its own stream)")
    ap.add_argument("--json", type=Path, help="also write every cell's figures (all metrics) here")
    args = ap.parse_args()
    scorer = args.shared / "eval" / "score.py"
    if not scorer.exists():
        sys.exit(f"{scorer} not found; pass --shared DIR (the folder with eval/, seeds/ and real/)")
    all_corpora = find_corpora(args.shared)
    corpora = _choices(args.corpora, list(all_corpora), "corpus")
    damages = _choices(args.damages, [UNDAMAGED, *DAMAGES], "damage")

    start = time.perf_counter()
    cells = []
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_cell, c, d, *all_corpora[c], seed=args.seed, scorer=scorer)
                   for c in corpora for d in damages]
        for fut in as_completed(futures):
            cell = fut.result()
            cells.append(cell)
            print(f"{cell['corpus']:>8} {cell['damage']:<14} macro-F1 {cell['macro_f1']:.3f}"
                  f"  ({cell['protocols']} protocols, {cell['seconds']} s)", file=sys.stderr)
    elapsed = time.perf_counter() - start

    print(f"Macro-F1 (score.py, 8 core metrics), seed {args.seed}:\n")
    print(render_table(cells, corpora, damages, lambda c: f"{c['macro_f1']:.3f}"))
    print("\nPeople F1:\n")
    print(render_table(cells, corpora, damages, _people_f1))
    failed = [f"{c['corpus']}/{c['damage']}: {', '.join(c['failed'])}" for c in cells if c["failed"]]
    if failed:
        print("\nFiles that failed to ingest: " + "; ".join(failed))
    print(f"\n{len(cells)} cells in {elapsed:.0f} s (jobs={args.jobs})", file=sys.stderr)
    if args.json:
        cells.sort(key=lambda c: (corpora.index(c["corpus"]), damages.index(c["damage"])))
        args.json.write_text(json.dumps({"seed": args.seed, "cells": cells}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
