"""Issue 13: what the fuzz run (bench/fuzz.py) found, kept as tests."""
from __future__ import annotations

import pytest

from samgraf.extractors.redact import redact


@pytest.mark.parametrize("text", ["Anna Berg 19910614\u20114117 kr", "Anna Berg 640823-3234 kr.",
                                  "Anna Berg 640823 \u2013 3234 kronor"])
def test_dashed_personnummer_before_a_currency_is_masked(text: str) -> None:
    masked, count = redact(text)
    assert count == 1 and "3234" not in masked and "4117" not in masked


@pytest.mark.parametrize("text", ["Budget 1 234 567 890 kr", "anslag 6408233234 kr", "Dnr 231215-0001 kr"])
def test_amounts_stay_amounts(text: str) -> None:
    assert redact(text) == (text, 0)
