"""Issue 13: personnummer shapes that leaked before (separators, OCR damage, line breaks) and numbers
that were masked but must stay (dates with times, diarienummer). Every number is invented here."""
from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from samgraf.extractors.redact import CONFUSIONS, DASHES, OTHER_SEPARATORS, find_personnummer, redact

BASE = "640823-3234"     # a checksum-valid invented number; the shapes below damage it

LEAKED_BEFORE = [
    pytest.param("19640823 - 3234", id="spaced-hyphen-long"),
    pytest.param("640823 -3234", id="space-then-hyphen"),
    pytest.param("640823- 3234", id="hyphen-then-space"),
    pytest.param("640823\u20103234", id="hyphen-u2010"),
    pytest.param("640823\u20113234", id="non-breaking-hyphen-u2011"),
    pytest.param("640823\u20123234", id="figure-dash-u2012"),
    pytest.param("640823\u20143234", id="em-dash-u2014"),
    pytest.param("640823\u20153234", id="horizontal-bar-u2015"),
    pytest.param("640823\u22123234", id="minus-sign-u2212"),
    pytest.param("640823\u00a03234", id="no-break-space"),
    pytest.param("640823\u20093234", id="thin-space"),
    pytest.param("640823\u202f3234", id="narrow-no-break-space"),
    pytest.param("640823\t3234", id="tab"),
    pytest.param("640823  3234", id="two-spaces"),
    pytest.param("640823\u00ad3234", id="soft-hyphen"),
    pytest.param("640823\u200b3234", id="zero-width-space"),
    pytest.param("640823-323 4", id="ocr-space-in-serial"),
    pytest.param("6408 23-3234", id="ocr-space-in-date"),
    pytest.param("64O823-3234", id="ocr-O-for-0"),
    pytest.param("640823-3Z34", id="ocr-Z-for-2"),
    pytest.param("64o823-3234", id="ocr-o-for-0"),
    pytest.param("640823-3234".replace("8", "B"), id="ocr-B-for-8"),
    pytest.param("l9640823-3234", id="ocr-l-for-1-in-century"),
    pytest.param("640823-\n3234", id="broken-across-lines"),
    pytest.param("640823\r\n-3234", id="broken-across-crlf-lines"),
    pytest.param("19640823\n3234", id="long-broken-across-lines"),
    pytest.param("640823-3235", id="wrong-checksum"),
]


@pytest.mark.parametrize("number", LEAKED_BEFORE)
def test_damaged_personnummer_is_masked_in_place(number: str) -> None:
    text = f"Ledamot Anna Berg ({number}) deltog."
    masked, count = redact(text)
    assert count == 1
    assert len(masked) == len(text)
    start, end = text.index(number), text.index(number) + len(number)
    assert not any(char.isdigit() or char in CONFUSIONS for char in masked[start:end]), masked[start:end]
    assert masked[:start] == text[:start] and masked[end:] == text[end:]
    assert [c for c in masked[start:end] if c != "X"] == [c for c in number if not (c.isdigit() or c in CONFUSIONS)]


MUST_STAY = [
    pytest.param("Sammanträde 231215 1300 i Borås", id="short-date-and-time"),
    pytest.param("Sammanträde 20231215 0930 i Borås", id="long-date-and-time"),
    pytest.param("Dnr 231215-0001", id="dnr"),
    pytest.param("dnr. 231215-0001", id="dnr-lowercase-dot"),
    pytest.param("Diarienummer: 231215-0001", id="diarienummer"),
    pytest.param("Diarienr 20231215-0001", id="diarienr-long"),
    pytest.param("Ring 070-123 45 67 eller 0455-30 50 00", id="phones"),
    pytest.param("Ring 070-1234567", id="phone-area-code-dash"),
    pytest.param("Ring +46 70 123 45 67", id="phone-international"),
    pytest.param("Org.nr 222000-1234, Samordningsförbundet", id="organisationsnummer"),
    pytest.param("driftsbidrag 1\u00a0250\u00a0000 kr och 640823 3234 kr", id="money"),
    pytest.param("2023-12-15 13.00-15.30, § 12 och § 13", id="iso-date-and-section"),
    pytest.param("Beslut 2025-3 §14:1 fattades", id="decision-id"),
]


@pytest.mark.parametrize("text", MUST_STAY)
def test_numbers_that_are_not_personnummer_stay(text: str) -> None:
    assert redact(text) == (text, 0)


def test_date_and_time_with_a_right_checksum_is_masked() -> None:
    """The documented trade-off: a space-joined serial that reads as HHMM is a time only when the checksum is wrong."""
    assert redact("Per Ek 640823 1238")[1] == 1 and redact("Per Ek 640823 1237")[1] == 0


def test_every_unicode_dash_and_space_separates() -> None:
    dashes = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd"}
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert dashes <= set(DASHES)
    for sep in sorted(dashes | spaces | set(OTHER_SEPARATORS)):
        text = f"Anna Berg 640823{sep}3234 ledamot"
        assert find_personnummer(text), f"U+{ord(sep):04X} {unicodedata.name(sep, '?')}"


def test_hostile_input_is_scanned_without_blowing_up() -> None:
    """Long runs of digits, separators and confusable letters finish (the timing is measured in bench/)."""
    for text in ("1" * 65536, "1 " * 32768, "-" * 65536, "lO" * 32768, ("64O823 - " * 8192)):
        masked, _ = redact(text)
        assert len(masked) == len(text)


def test_masking_keeps_every_separator() -> None:
    text = "A: 19640823 \u2013\u00a03234, B: 64O823-323 4."
    masked, count = redact(text)
    assert count == 2 and masked == "A: XXXXXXXX \u2013\u00a0XXXX, B: XXXXXX-XXX X."
    assert re.sub(r"[X]", "", masked) == re.sub(r"[\dO]", "", text)
