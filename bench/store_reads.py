"""Benchmark: how much a store on disk grows when read N times (issue 13: each command left a
~137 KB RocksDB log; 20 x `samgraf stats` grew a 3.5 MB store to 6.3 MB).

    python bench/store_reads.py --store STORE [--runs 20]

Copies the store twice, then runs `samgraf stats` N times on one copy (read commands open the store
read-only) and opens the other copy N times for writing as the library's Store(path) does. Prints
the size and file count of each copy before and after.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def size(path: Path) -> tuple[int, int]:
    """Bytes and number of files under path."""
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="an ingested store (it is copied, not changed)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    samgraf = str(Path(sys.executable).parent / "samgraf")
    with tempfile.TemporaryDirectory() as tmp:
        read_copy, write_copy = Path(tmp) / "read", Path(tmp) / "write"
        shutil.copytree(args.store, read_copy)
        shutil.copytree(args.store, write_copy)
        from samgraf.graph.store import Store

        Store(write_copy).close()        # settle the copy once (the first writable open may compact)
        for label, copy in (("samgraf stats (read-only)", read_copy), ("Store(path) writable open", write_copy)):
            before = size(copy)
            for _ in range(args.runs):
                if copy is read_copy:
                    subprocess.run([samgraf, "stats", "--store", str(copy)], check=True, capture_output=True)
                else:
                    Store(copy).close()
            after = size(copy)
            print(f"{label:<28} x{args.runs}: {before[0] / 1e6:8.3f} MB, {before[1]:3d} files -> "
                  f"{after[0] / 1e6:8.3f} MB, {after[1]:3d} files (+{(after[0] - before[0]) / 1e3:.0f} KB)")


if __name__ == "__main__":
    main()
