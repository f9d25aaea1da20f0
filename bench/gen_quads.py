"""Generate a samgraf graph of a given size (default 1,000,000 quads) as N-Quads, for bench/serve.py.

    python bench/gen_quads.py [--quads 1000000] [-o graph.nq] [--seed-store DIR]

The seed is a real ingest of the example corpora in tests/fixtures/corpus{2,3,4,5} (our own invented
protocols), so every shape the canned queries look for is there. Copy i renames every protocol-level
node and graph (meetings, decisions, memberships, quotes, ...) with a `-c<i>` suffix, keeps the
gazetteer's organisations and parties shared, and gives people a `-p<i // 8>` suffix, so each
person recurs in eight copies (boards meet, interlocks form) instead of being unique or universal.
Lines are written until the target is reached; shared lines are written once, so lines = quads.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "tests" / "fixtures" / f"corpus{n}" / "protocols" for n in (2, 3, 4, 5)]
SHARED_KINDS = {"org", "party", "board"}
PEOPLE_PER_GROUP = 8
_IRI = re.compile(r"<https://w3id\.org/samgraf/(id|graph)/([a-z]+)/([^>]*)>")


def seed_lines(seed_store: Path | None) -> list[str]:
    """Sorted N-Quads of the example corpora, ingested into `seed_store` (or a temporary store)."""
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        with Store(seed_store or Path(tmp) / "seed") as store:
            ingest(store, [c for c in CORPORA if c.is_dir()])
            return list(store.nquads())


def rename(line: str, copy: int) -> str:
    """One seed quad as it appears in copy `copy`."""
    def sub(m: re.Match[str]) -> str:
        space, kind, rest = m.groups()
        if kind in SHARED_KINDS:
            return m.group(0)
        suffix = f"-p{copy // PEOPLE_PER_GROUP}" if kind == "person" else f"-c{copy}"
        return f"<https://w3id.org/samgraf/{space}/{kind}/{rest}{suffix}>"
    return _IRI.sub(sub, line)


def is_shared(line: str) -> bool:
    """A quad that no renaming changes (gazetteer facts): written once, in copy 0."""
    return rename(line, 1) == line


def is_people(line: str) -> bool:
    return line.rstrip(" .").endswith("<https://w3id.org/samgraf/graph/people>")


def generate(lines: list[str], quads: int) -> Iterator[str]:
    """At least `quads` distinct N-Quads lines, copy after copy."""
    written = copy = 0
    while written < quads:
        for line in lines:
            if copy and is_shared(line):
                continue
            if copy % PEOPLE_PER_GROUP and is_people(line):
                continue   # the people graph of a group of copies is the same for all of them
            yield rename(line, copy)
            written += 1
        copy += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quads", type=int, default=1_000_000)
    ap.add_argument("-o", "--output", type=Path, default=Path("graph-1m.nq"))
    ap.add_argument("--seed-store", type=Path, default=None, help="keep the seed store here (default: temporary)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    lines = seed_lines(args.seed_store)
    n = 0
    with args.output.open("w", encoding="utf-8") as out:
        for line in generate(lines, args.quads):
            out.write(line + "\n")
            n += 1
    print(f"{n:,} quads ({len(lines):,} per copy of the seed) written to {args.output} in "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
