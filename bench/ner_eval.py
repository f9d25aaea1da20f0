"""Precision, recall and F1 per entity label of the spaCy pipeline (extractors/ner.py), with ablations.

Reads the annotated sentences in tests/fixtures/ner/sentences.jsonl (one JSON object per line:
id, kind, text, spans [{start, end, label}], optional known = roster names of the same protocol),
runs the full pipeline and one variant per switched-off component, and prints a Markdown table.
A mention counts only with exact offsets and label. `--write` puts the tables into
docs/extraction.md between the ner-eval markers; `--errors` lists every miss and false hit.

Usage: python bench/ner_eval.py [--write] [--errors] [--protocols DIR [--gold DIR]]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samgraf.extractors.names import name_key
from samgraf.extractors.ner import (
    PARTIAL,
    build_nlp,
    find_mentions,
    installed_trained_model,
)

from samgraf.model import Document, Source

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests" / "fixtures" / "ner" / "sentences.jsonl"
DOC = ROOT / "docs" / "extraction.md"
BEGIN, END = "<!-- ner-eval:begin -->", "<!-- ner-eval:end -->"
LEGEND = ("Cells: precision / recall / **F1**, exact offsets and label. "
          "PARTIAL→PERSON: first-name-only gold mentions predicted as a full PERSON (must be 0).")
LABELS = ("PERSON", PARTIAL, "ORG", "PARTY", "MONEY", "DATE", "ROLE")


@dataclass(frozen=True, slots=True)
class Variant:
    """One pipeline configuration to score."""

    name: str
    config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    use_known: bool = True
    use_trained: bool = False
    fast_tokenizer: bool = True


VARIANTS = (
    Variant("full pipeline"),
    Variant("- first-name list (capitalised runs only)", {"samgraf_persons": {"first_names": False}}),
    Variant("- lenient surnames on list rows", {"samgraf_persons": {"lenient": False}}),
    Variant("- OCR repair of the text", {"samgraf_ocr_view": {"repair": False}}),
    Variant("- gazetteer fuzzy matching", {"samgraf_orgs": {"fuzzy": False}}),
    Variant("- known names from the roster", {"samgraf_persons": {"known_names": False}}, use_known=False),
    Variant("- PARTIAL finder", {"samgraf_persons": {"partial": False}}),
    Variant("spaCy's own sv tokenizer", fast_tokenizer=False),
)


@dataclass(slots=True)
class Tally:
    """Counts for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Result:
    """Scores of one variant over all sentences."""

    tallies: dict[str, Tally]
    errors: list[str]
    invented: int              # gold PARTIAL mentions predicted as PERSON


def load_records(path: Path = SENTENCES) -> list[dict]:
    """The annotated sentences."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _document(rec: Mapping[str, Any]) -> Document:
    source = Source(uri=f"ner/{rec['id']}", key=f"ner/{rec['id']}", sha256="0" * 64, encoding="utf-8",
                    media_type="text/plain")
    return Document(id=rec["id"], source=source, text=rec["text"])


def predict(nlp: Any, rec: Mapping[str, Any], *, use_known: bool = True) -> set[tuple[int, int, str]]:
    """Predicted (start, end, label) of one sentence."""
    known = rec.get("known", ()) if use_known else ()
    return {(m.start, m.end, str(m.label)) for m in find_mentions(nlp, _document(rec), known=known)}


def _describe(rec: Mapping[str, Any], spans: Iterable[tuple[int, int, str]], tag: str) -> list[str]:
    return [f"{rec['id']} {tag} {label:<7} {rec['text'][s:e]!r}" for s, e, label in sorted(spans)]


def evaluate(nlp: Any, records: Sequence[Mapping[str, Any]], *, use_known: bool = True) -> Result:
    """Exact-match tallies per label, the error list and the invented-people count."""
    tallies = {label: Tally() for label in LABELS}
    errors: list[str] = []
    invented = 0
    for rec in records:
        gold = {(s["start"], s["end"], s["label"]) for s in rec["spans"]}
        pred = predict(nlp, rec, use_known=use_known)
        for s, e, label in pred | gold:
            tally = tallies.setdefault(label, Tally())
            if (s, e, label) in pred and (s, e, label) in gold:
                tally.tp += 1
            elif (s, e, label) in pred:
                tally.fp += 1
            else:
                tally.fn += 1
        invented += sum(1 for s, e, label in gold if label == PARTIAL and
                        any(p[2] == "PERSON" and p[0] < e and s < p[1] for p in pred))
        errors += _describe(rec, gold - pred, "miss") + _describe(rec, pred - gold, "false")
    return Result(tallies, errors, invented)


def run_variant(variant: Variant, records: Sequence[Mapping[str, Any]]) -> Result:
    """Build the variant's pipeline and score it."""
    nlp = build_nlp(use_trained=variant.use_trained, config=variant.config, fast_tokenizer=variant.fast_tokenizer)
    return evaluate(nlp, records, use_known=variant.use_known)


def _cell(t: Tally) -> str:
    return f"{t.precision:.2f} / {t.recall:.2f} / **{t.f1:.2f}**"


def render_table(results: Mapping[str, Result]) -> str:
    """Markdown: one row per variant, P / R / F1 per label."""
    head = "| variant | " + " | ".join(LABELS) + " | PARTIAL→PERSON |"
    rule = "|---|" + "---|" * (len(LABELS) + 1)
    rows = [f"| {name} | " + " | ".join(_cell(r.tallies[label]) for label in LABELS) + f" | {r.invented} |"
            for name, r in results.items()]
    return "\n".join([head, rule, *rows])


def render_support(records: Sequence[Mapping[str, Any]]) -> str:
    """Gold mention counts per label."""
    counts = {label: sum(1 for r in records for s in r["spans"] if s["label"] == label) for label in LABELS}
    return (f"{len(records)} sentences/lines; gold mentions: "
            + ", ".join(f"{label} {n}" for label, n in counts.items()) + ".")


def _synthetic_protocol(records: Sequence[Mapping[str, Any]], size: int = 20_000) -> str:
    """The annotated lines joined into one protocol-sized text."""
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < size:
        parts.extend(r["text"] for r in records)
    return "\n\n".join(parts)[:size]


def time_ms(text: str, *, fast_tokenizer: bool, repeat: int = 5) -> float:
    """Median milliseconds for find_mentions over one text (after one warm-up run)."""
    nlp = build_nlp(use_trained=False, fast_tokenizer=fast_tokenizer)
    doc = _document({"id": "timing", "text": text})
    find_mentions(nlp, doc)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        find_mentions(nlp, doc)
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def render_timing(records: Sequence[Mapping[str, Any]], protocols: Path | None) -> str:
    """Timing lines: a 20 kB synthetic protocol, and real protocols when a folder is given."""
    texts = {"20 kB of the annotated lines": _synthetic_protocol(records)}
    if protocols is not None:
        texts.update({f"protocol {i}": p.read_text(encoding="utf-8")
                      for i, p in enumerate(sorted(protocols.glob("*.txt")), 1)})
    lines = ["| text | chars | ms (fast tokenizer) | ms (spaCy sv tokenizer) |", "|---|---|---|---|"]
    for name, text in texts.items():
        fast, slow = time_ms(text, fast_tokenizer=True), time_ms(text, fast_tokenizer=False)
        lines.append(f"| {name} | {len(text)} | {fast:.0f} | {slow:.0f} |")
    return "\n".join(lines)


def render_gold_check(protocols: Path, gold: Path) -> str:
    """Name-level check on real protocols: PERSON values against the gold people lists."""
    nlp = build_nlp(use_trained=False)
    found = listed = hit = 0
    partial: list[str] = []
    for path in sorted(protocols.glob("*.txt")):
        facts = json.loads((gold / f"{path.stem}.json").read_text(encoding="utf-8"))
        people = {name_key(p["name"]) for p in facts.get("people", []) + facts.get("mentioned_people", [])}
        mentions = find_mentions(nlp, _document({"id": path.stem, "text": path.read_text(encoding="utf-8")}))
        names = {name_key(m.value or m.text) for m in mentions if str(m.label) == "PERSON"}
        found, listed, hit = found + len(names), listed + len(people), hit + len(names & people)
        partial += [m.text for m in mentions if str(m.label) == PARTIAL]
    return (f"Real protocols ({protocols.name}): {hit} of {listed} gold-listed people found as PERSON; "
            f"{found - hit} further PERSON names not in the gold lists; PARTIAL mentions: {', '.join(partial)}.")


def write_doc(block: str, path: Path = DOC) -> None:
    """Replace the text between the markers of docs/extraction.md."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, found, tail = rest.partition(END)
    if not found:
        raise SystemExit(f"{path} has no {BEGIN} ... {END} markers; add them where the table belongs")
    path.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the tables into docs/extraction.md")
    parser.add_argument("--errors", action="store_true", help="list misses and false hits of the full pipeline")
    parser.add_argument("--protocols", type=Path, help="folder of protocol .txt files to time as well")
    parser.add_argument("--gold", type=Path, help="folder of <protocol>.json gold files: name-level PERSON check")
    args = parser.parse_args(argv)
    records = load_records()
    variants = list(VARIANTS)
    model = installed_trained_model()
    if model is not None:
        variants.append(Variant(f"+ trained model {model}", use_trained=True))
    results = {v.name: run_variant(v, records) for v in variants}
    block = "\n\n".join([render_support(records), render_table(results),
                         LEGEND,
                         render_timing(records, args.protocols)])
    if args.gold is not None and args.protocols is not None:
        block += "\n\n" + render_gold_check(args.protocols, args.gold)
    if model is None:
        block += "\n\nNo sv_core_news_* model is installed here, so the trained-model row is absent."
    print(block)
    if args.errors:
        print("\n".join(["", "Errors of the full pipeline:", *results[VARIANTS[0].name].errors]))
    if args.write:
        write_doc(block)
        print(f"wrote {DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
