"""Issue 13: a short run of bench/fuzz.py as a property test. Protocol-like texts with personnummer of many
shapes, in every encoding and suffix samgraf reads (and junk bytes), go through read_document,
extract_document and build_graph: no exception other than a one-line InputError, and no personnummer in
the text, the triples or an error message. (bench/fuzz.py --minutes N runs the same for longer.)"""
from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from samgraf.extractors.redact import find_personnummer

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz.py"
spec = importlib.util.spec_from_file_location("samgraf_bench_fuzz", BENCH)
fuzz = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = fuzz
spec.loader.exec_module(fuzz)
logging.getLogger("fpdf").setLevel(logging.ERROR)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(fuzz.any_file)
def test_reader_and_extractors_neither_crash_nor_leak(tmp_path_factory, case) -> None:
    tally = fuzz.Tally()
    fuzz.check_file(tmp_path_factory.mktemp("fuzz"), *case, tally)
    assert tally.crashes == []
    assert tally.leaks == []
    assert tally.read + tally.refused == 1


@given(fuzz.personnummer())
def test_generated_numbers_are_personnummer_to_the_detector(number: str) -> None:
    """The fuzz inserts numbers the detector knows (else "no leak" would prove nothing)."""
    assert find_personnummer(f"Anna Berg {number} nämnd")
