"""Tests for samgraf.extractors.redact: every number here is invented at test time."""
from __future__ import annotations

import re

import pytest

from samgraf.extractors.redact import Redaction, find_personnummer, redact


def luhn_digit(nine: str) -> str:
    """Return the Luhn check digit for the first nine digits of a short personnummer."""
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def make_number(yymmdd: str, serial: str, *, sep: str = "-", century: str = "", valid: bool = True) -> str:
    """Build an invented personnummer; valid=False gives a wrong check digit (as after OCR)."""
    check = luhn_digit(yymmdd + serial)
    if not valid:
        check = str((int(check) + 1) % 10)
    return f"{century}{yymmdd}{sep}{serial}{check}"


FOUND = [
    pytest.param(make_number("850312", "457"), id="short-dash"),
    pytest.param(make_number("120614", "228", sep="+"), id="short-plus-over-100"),
    pytest.param(make_number("850312", "457", century="19"), id="long-dash"),
    pytest.param(make_number("031129", "380", century="20", sep=""), id="long-bare"),
    pytest.param(make_number("850312", "457", sep=""), id="short-bare"),
    pytest.param(make_number("850312", "457", sep=" "), id="short-space"),
    pytest.param(make_number("850372", "457"), id="samordningsnummer"),
    pytest.param(make_number("850312", "457", valid=False), id="ocr-bad-checksum"),
    pytest.param(make_number("850312", "457", sep="\u2013"), id="en-dash-from-pdf"),
    pytest.param(make_number("000229", "457"), id="leap-day"),
]


@pytest.mark.parametrize("number", FOUND)
def test_find_personnummer_in_sentence(number: str) -> None:
    text = f"Firmatecknare: Anna Berg, {number}, ordförande."
    start = text.index(number)
    assert find_personnummer(text) == [Redaction(start, start + len(number))]


NOT_FOUND = [
    pytest.param("Ring kansliet på 0455-30 50 00.", id="phone-landline"),
    pytest.param("Mobil 070-123 45 67", id="phone-mobile-spaced"),
    pytest.param("Mobil 0701234567", id="phone-mobile-bare"),
    pytest.param("Mobil 070123 4567", id="phone-mobile-split"),
    pytest.param("driftsbidrag med 2 586 000 kr", id="money-spaced"),
    pytest.param(f"ett belopp om {make_number('850312', '457', sep='')} kr", id="money-bare-kr"),
    pytest.param("för perioden 240101-241231.", id="date-range-short"),
    pytest.param("för perioden 20240101-20241231.", id="date-range-long"),
    pytest.param("Sammanträdet 2025-05-05 kl. 09.00", id="iso-date"),
    pytest.param("datum 20250505 noterat", id="compact-date"),
    pytest.param("Beslut 2025-3 §14:1 fattades", id="decision-id"),
    pytest.param("Dnr 2023/0123-4567", id="diarienummer"),
    pytest.param("referens 1234567890123", id="long-digit-run"),
    pytest.param("datum 851312-4570", id="month-13"),
    pytest.param("datum 850230-4570", id="february-30"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_leaves_non_personnummer_alone(text: str) -> None:
    assert find_personnummer(text) == []
    assert redact(text) == (text, 0)


def test_organisationsnummer_are_kept_even_with_valid_checksum() -> None:
    org_number = make_number("222000", "123")           # month digits 20: an organisation
    text = f"Samordningsförbundet, org.nr {org_number}"
    assert find_personnummer(text) == []


def test_redact_keeps_length_and_separators() -> None:
    number = make_number("850312", "457", century="19")
    text = f"Per Ek, {number}\nÅsa Lind, {make_number('910704', '118', sep=' ')}\n"
    masked, count = redact(text)
    assert count == 2
    assert len(masked) == len(text)
    assert "XXXXXXXX-XXXX" in masked and "XXXXXX XXXX" in masked
    assert not re.search(r"\d", masked)
    assert masked.replace("X", "") == re.sub(r"\d", "", text)


def test_redact_leaves_other_digits_in_place() -> None:
    text = f"§ 7 Val 2024: Eva Ås, {make_number('770101', '234')}, tel. 070-123 45 67"
    masked, count = redact(text)
    assert count == 1
    assert masked.startswith("§ 7 Val 2024: Eva Ås, XXXXXX-XXXX,")
    assert masked.endswith("070-123 45 67")


def test_redact_without_match_returns_same_text() -> None:
    text = "Inga personuppgifter här, 3 ärenden."
    assert redact(text) == (text, 0)
