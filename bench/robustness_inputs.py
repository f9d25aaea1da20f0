"""Extraction time on hostile inputs of 8, 16, 32 and 64 KB: time per KB and the ratio per doubling.

Each family is one shape a careless or hostile file can take (a 64 KB word, a page of spaces, a line of
brackets, digits, § signs, parentheses, capitalised names or "kr", a whole protocol on one line ...).
The whole extraction (`extract_document`: view, layout, rosters, spaCy pipeline, sentence and decision
readers) runs on each input; a linear pass keeps the time per KB flat, so the ratio per doubling stays
near 2, and above 2.5 means some pattern or loop grows faster than linear.

With --long, whole protocol-like texts of 0.5, 1, 2 and 4 MB instead (many invented protocols of
bench/gen_corpus.py one after another, as a year's protocols bound in one file; and one short
protocol repeated): seconds per MB, flat when the extraction is linear. Texts over spaCy's
nlp.max_length (1,000,000 characters) are read in parts.

Usage: python bench/robustness_inputs.py [--families spaces,brackets] [--sizes 8,16,32,64] [--repeat 1]
       python bench/robustness_inputs.py --long [--sizes 0.5,1,2,4]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from samgraf.extractors.gazetteer import load_gazetteer
from samgraf.extractors.pipeline import extract_document
from samgraf.model import Document, Source

#: A short protocol of our own (no text from ../shared): a heading, a roster, decisions, money, elections.
PROTOCOL = """Protokoll fört vid sammanträde med förbundsstyrelsen för Samordningsförbundet Exempel
Datum: 2024-03-12 kl. 09.00-11.30

Närvarande
Anna Berg (S), ordförande, Exempels kommun
Per Lind (M), vice ordförande, Region Exempel
Eva Holm, ledamot, Försäkringskassan
Frånvarande: Karl Ek (C)

§ 1 Val av justerare
Styrelsen beslutar att utse Per Lind till justerare.

§ 2 Ansökan om medel
Projektet Vägen ut söker 450 000 kr för 2024.
Styrelsen beslutar att bevilja Projektet Vägen ut 450 000 kr.
Arbetsförmedlingen har beviljat Vägen ut 120 000 kr.
Reservation: Karl Ek (C) mot beslutet i § 2.

§ 3 Val av ordförande
Styrelsen beslutar att välja Anna Berg (S), Exempels kommun, till ordförande för tiden 2024-01-01--2024-12-31.

Vid protokollet
Eva Holm, sekreterare
Justeras: Anna Berg, ordförande  Per Lind, justerare
"""


def _repeat(unit: str) -> Callable[[int], str]:
    """A family of `unit` repeated to n characters."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _framed(unit: str) -> Callable[[int], str]:
    """`unit` repeated to n characters between two lines of a protocol, so readers start on it."""
    head, tail = "Protokoll\nNärvarande: ", "\n§ 1 Beslut\nStyrelsen beslutar att bevilja 1 000 kr.\n"
    return lambda n: head + _repeat(unit)(max(0, n - len(head) - len(tail))) + tail


#: Hostile input families: name -> text of about n characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "long-word": _repeat("samordningsforbundet"),
    "long-words-2000": _repeat("forbundsstyrelse" * 125 + " "),
    "capital-word": lambda n: "S" + "a" * (n - 1),
    "spaces": _framed(" "),
    "spaces-grant": lambda n: "Styrelsen" + " " * (n - 40) + "har beviljat Vägen ut 10 kr.",
    "tabs-newlines": _framed("\t\n "),
    "blank-lines": _repeat("\n"),
    "brackets": _repeat("["),
    "brackets-md": _repeat("[[]("),
    "parentheses": _framed("("),
    "paren-party": _framed("Anna (S) ("),
    "digits": _framed("1"),
    "digit-groups": _framed("12 345 "),
    "dates": _framed("2024-03-12 "),
    "sections": _framed("§"),
    "section-numbers": _framed("§ 1 "),
    "names-one-line": _framed("Anna Berg, "),
    "names-parties": _framed("Anna Berg (S), Per Lind (M) och "),
    "capitalised": _framed("Exempel "),
    "kr": _framed("kr "),
    "money": _framed("100 000 kr "),
    "markup": _framed("*_#|<a &amp; "),
    "dots": _framed("."),
    "dashes": _framed("-"),
    "colons": _framed(": "),
    "roles": _framed("ordförande ledamot ersättare "),
    "elect-to": _framed("att välja Anna Berg (S) och "),
    "md-links-unclosed": _repeat("[a](http://x"),
    "prose-rosters": _repeat("Ledamoten Anna Berg\n"),
    "body-elections": _framed("Styrelsen valde till ordförande i beredningsgruppen Anna Berg (S) och "),
    "numbered-lines": _repeat("12 Ekonomisk rapport\n"),
    "page-numbers": _repeat("3\n"),
    "protocol-one-line": _repeat(PROTOCOL.replace("\n", " ")),
    "protocol": _repeat(PROTOCOL),
}
SIZES_KB = (8, 16, 32, 64)
SIZES_MB = (0.5, 1, 2, 4)


def bound_protocols(n: int, seed: int = 1) -> str:
    """About n characters of invented protocols (bench/gen_corpus.py), one after another, each different."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gen_corpus import World, pick, render

    world = World(seed)
    meetings = pick(world.schedule(), 3000, seed)
    parts, size = [], 0
    while size < n:
        meeting = meetings[len(parts) % len(meetings)]
        parts.append(render(world, meeting, random.Random(f"{seed}/{meeting.forbund}/{meeting.date}")) + "\n\n")
        size += len(parts[-1])
    return "".join(parts)[:n]


#: Long texts: name -> text of about n characters.
LONG_FAMILIES: dict[str, Callable[[int], str]] = {
    "bound-protocols": bound_protocols,
    "protocol-repeated": _repeat(PROTOCOL),
}


def time_extract(text: str, repeat: int) -> float:
    """Best CPU time of extract_document on `text` over `repeat` runs, in seconds."""
    gaz = load_gazetteer()
    doc = Document("bench", Source("bench.txt", "bench.txt", "0" * 64, "utf-8", "text/plain"), text)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        extract_document(doc, gaz)
        best = min(best, time.process_time() - start)
    return best


def print_table(families: dict[str, Callable[[int], str]], sizes: list[float], unit: int, label: str,
                repeat: int) -> float:
    """One row per family: time per `label` at each size, and the worst ratio per doubling."""
    per = "ms/KB" if label == "KB" else "s/MB"
    scale = 1000 if label == "KB" else 1
    print(f"| family | {' | '.join(f'{size:g} {label} {per}' for size in sizes)} | worst ratio per doubling |")
    print(f"| --- | {' | '.join('---:' for _ in sizes)} | ---: |")
    worst_overall = 0.0
    for name, make in families.items():
        times = [time_extract(make(int(size * unit)), repeat) for size in sizes]
        ratios = [b / a for a, b in zip(times, times[1:], strict=False) if a > 0]
        worst = max(ratios, default=0.0)
        worst_overall = max(worst_overall, worst)
        cells = " | ".join(f"{t / size * scale:.2f}" for t, size in zip(times, sizes, strict=True))
        print(f"| {name} | {cells} | {worst:.2f}{' SUPERLINEAR' if worst > 2.5 else ''} |", flush=True)
    return worst_overall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--families", help="comma-separated family names (default: all of the mode)")
    parser.add_argument("--sizes", help="sizes (KB; MB with --long), each double the last")
    parser.add_argument("--repeat", type=int, default=1, help="runs per cell; the best CPU time counts")
    parser.add_argument("--long", action="store_true", help="protocol-like texts of 0.5-4 MB: seconds per MB")
    args = parser.parse_args()
    families = LONG_FAMILIES if args.long else FAMILIES
    chosen = args.families.split(",") if args.families else list(families)
    unknown = [name for name in chosen if name not in families]
    if unknown:
        sys.exit(f"unknown families: {', '.join(unknown)}; choose from {', '.join(families)}")
    default = SIZES_MB if args.long else SIZES_KB
    sizes = [float(x) for x in args.sizes.split(",")] if args.sizes else list(default)
    time_extract(PROTOCOL, 1)                       # warm-up: gazetteer, word lists, spaCy pipeline
    time_extract(FAMILIES["long-word"](4096), 1)    # ... and the OCR dictionary
    worst = print_table({name: families[name] for name in chosen}, sizes, 1024 * 1024 if args.long else 1024,
                        "MB" if args.long else "KB", args.repeat)
    print(f"\nworst ratio per doubling: {worst:.2f} (linear: about 2; above 2.5: worse than linear)")


if __name__ == "__main__":
    main()
