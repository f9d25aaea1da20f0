"""Personnummer masking on hostile inputs of 8, 16, 32 and 64 KB: time per KB and the ratio per doubling.

A linear scan keeps the time per KB flat (ratio per doubling about 2; above 2.5 means worse than linear).

Usage: python bench/redact_linear.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from samgraf.extractors.redact import redact

HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "digit-space": lambda n: ("1 " * n)[:n],
    "six-four-spaced": lambda n: ("640823 " * n)[:n],
    "personnummer": lambda n: ("640823-3234 " * n)[:n],
    "separators": lambda n: ("- \u2013\u00a0\n" * n)[:n],
    "confusable-letters": lambda n: ("lOIS|ZB" * n)[:n],
    "letters-then-digit": lambda n: "l" * (n - 1) + "1",
    "damaged-dates": lambda n: ("64O823 - 3Z3 4\u2009" * n)[:n],
    "dnr-and-money": lambda n: ("Dnr 231215-0001 kr " * n)[:n],
    "date-time": lambda n: ("231215 1300 " * n)[:n],
}
SIZES_KB = (8, 16, 32, 64)


def time_redact(text: str, repeat: int) -> float:
    """Best CPU time of redact(text) over `repeat` runs, in seconds (CPU time: the machine may be shared)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        redact(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'input':<20}" + "".join(f"{kb:>7} KB" for kb in SIZES_KB) + "   µs/KB at 64   worst ratio/doubling")
    worst_overall = 0.0
    for name, make in HOSTILE.items():
        times = [time_redact(make(kb * 1024), args.repeat) for kb in SIZES_KB]
        ratios = [b / a for a, b in zip(times, times[1:]) if a > 0]
        worst = max(ratios, default=0.0)
        worst_overall = max(worst_overall, worst)
        cells = "".join(f"{t * 1000:>7.1f}ms" for t in times)
        print(f"{name:<20}{cells}   {times[-1] / 64 * 1e6:>10.0f}   {worst:>8.2f}")
    print(f"worst ratio per doubling: {worst_overall:.2f} (linear is about 2)")


if __name__ == "__main__":
    main()
