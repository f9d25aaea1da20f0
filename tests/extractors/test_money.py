"""Tests for samgraf.extractors.money: Swedish amounts of money."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samgraf.extractors.money import (
    STYLES,
    MoneyMatch,
    find_amounts,
    format_amount,
    parse_amount,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        pytest.param("312 740 kronor", 312_740, id="kronor-grouped"),
        pytest.param("275 000 kr", 275_000, id="kr-grouped"),
        pytest.param("3 118 500 kr", 3_118_500, id="kr-millions"),
        pytest.param("12,3 miljoner kronor", 12_300_000, id="miljoner-decimal"),
        pytest.param("7,25 miljoner kronor", 7_250_000, id="miljoner-two-decimals"),
        pytest.param("1 miljon kronor", 1_000_000, id="miljon-singular"),
        pytest.param("2,5 miljarder kronor", 2_500_000_000, id="miljarder"),
        pytest.param("85 tkr", 85_000, id="tkr"),
        pytest.param("4 250 tkr", 4_250_000, id="tkr-grouped"),
        pytest.param("1,5 mkr", 1_500_000, id="mkr-lower"),
        pytest.param("2,4 Mkr", 2_400_000, id="mkr-upper"),
        pytest.param("4 Mkr", 4_000_000, id="mkr-whole"),
        pytest.param("3 MSEK", 3_000_000, id="msek"),
        pytest.param("ca 45 000 kr", 45_000, id="ca-prefix"),
        pytest.param("ca: 7 000 kr", 7_000, id="ca-colon-prefix"),
        pytest.param("35 000:-", 35_000, id="colon-dash"),
        pytest.param("48.000 kr", 48_000, id="dot-thousands"),
        pytest.param("SEK 250 000", 250_000, id="sek-prefix"),
        pytest.param("250 000 SEK", 250_000, id="sek-suffix"),
        pytest.param("17 kr", 17, id="small"),
        pytest.param("4000 kr/år", 4_000, id="per-year"),
        pytest.param("600 kr per månad", 600, id="per-month"),
        pytest.param("en miljon kronor", 1_000_000, id="word-en-miljon"),
        pytest.param("två miljoner kronor", 2_000_000, id="word-tva-miljoner"),
        pytest.param("en halv miljon kronor", 500_000, id="word-en-halv"),
        pytest.param("1\u2009250\u2009000 kr", 1_250_000, id="thin-space"),
        pytest.param("1\u00a0250\u00a0000 kr", 1_250_000, id="no-break-space"),
        pytest.param("1\u202f250\u202f000 kr", 1_250_000, id="narrow-no-break-space"),
        pytest.param("900 kr.", 900, id="kr-with-dot"),
        pytest.param("12,4 miljoner\nkronor", 12_400_000, id="line-break-before-kronor"),
        pytest.param("415 000\nkronor", 415_000, id="line-break-after-number"),
        pytest.param("1 500,50 kr", 1_501, id="ore-rounded-half-up"),
        pytest.param("3500kr", 3_500, id="no-space"),
    ],
)
def test_parse_amount(text: str, amount: int) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Styrelsen beviljar 312 740 kronor.", "312 740 kronor", id="kronor"),
        pytest.param("Eget kapital ca 2 900 tkr enligt plan", "2 900 tkr", id="ca-not-in-span"),
        pytest.param("från 4000 kr/år till 7000 kr/år", "4000 kr", id="per-year-first"),
        pytest.param("Avgiften är 900 kr.", "900 kr", id="sentence-end-dot"),
        pytest.param("Budgeten ska ligga under 4 Mkr på sikt", "4 Mkr", id="mkr"),
        pytest.param("Projektet får 3,2 miljoner kronor", "3,2 miljoner kronor", id="miljoner"),
    ],
)
def test_find_amounts_first_match_text(sentence: str, expected: str) -> None:
    found = find_amounts(sentence)
    assert found[0].text == expected
    assert sentence[found[0].start:found[0].end] == expected


def test_find_amounts_several_in_text_order() -> None:
    text = "Utfall 2022: 140 tkr, 2023: 125 tkr och 2024: 95 tkr."
    assert [m.amount for m in find_amounts(text)] == [140_000, 125_000, 95_000]


def test_find_amounts_skips_unitless_alternative() -> None:
    text = "ett överskott på 12 000 / 18 000 kr"
    assert [(m.text, m.amount) for m in find_amounts(text)] == [("18 000 kr", 18_000)]


def test_find_amounts_year_before_amount() -> None:
    text = "Budget 2024 900 000 kr till Ekbacka kommun"
    assert [m.amount for m in find_amounts(text)] == [900_000]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("mellan 5-10 000 kr", id="after-dash-range"),
        pytest.param("summa 1 23 456 kr", id="broken-grouping"),
    ],
)
def test_find_amounts_ignores_number_fragments(text: str) -> None:
    assert [m.text for m in find_amounts(text)] == []


def test_find_amounts_window_gives_absolute_offsets() -> None:
    text = "Del ett: 100 kr. Del två: 200 kr. Del tre: 300 kr."
    found = find_amounts(text, start=17, end=33)
    assert found == [MoneyMatch(26, 32, "200 kr", 200)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2025-06-01", id="iso-date"),
        pytest.param("240101-241231", id="compact-period"),
        pytest.param("den 13 april 2012", id="named-date"),
        pytest.param("§ 14", id="paragraph"),
        pytest.param("Beslut 2025-3 §14:1", id="decision-id"),
        pytest.param("12,76 %", id="percent"),
        pytest.param("3%", id="percent-tight"),
        pytest.param("0455-30 50 00", id="phone-landline"),
        pytest.param("070-123 45 67", id="phone-mobile"),
        pytest.param("212000-1234", id="org-number"),
        pytest.param("2024", id="year"),
        pytest.param("kl. 09.00", id="time"),
        pytest.param("101 deltagare", id="count"),
        pytest.param("1,5 tjänster", id="fractional-count"),
        pytest.param("4 500", id="bare-number"),
        pytest.param("1,5 miljoner invånare", id="miljoner-without-currency"),
        pytest.param("Sekreterare 5 Kristina", id="kr-inside-word"),
        pytest.param("Kristianstad 12 kronobergare", id="kronor-prefix-of-word"),
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("450 000 kr och 20 000 kr", id="two-amounts"),
        pytest.param("beviljar 450 000 kr", id="leading-words"),
        pytest.param("", id="empty"),
    ],
)
def test_parse_amount_rejects_more_than_one_amount(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("8 420 000", 8_420_000, id="grouped"),
        pytest.param("- 1 380 275", -1_380_275, id="negative-spaced"),
        pytest.param("-1 380 275", -1_380_275, id="negative-tight"),
        pytest.param("\u2212 42 000", -42_000, id="unicode-minus"),
        pytest.param("(1 650)", -1_650, id="parenthesised-negative"),
        pytest.param("17 305 100", 17_305_100, id="grouped-large"),
        pytest.param(" 950 ", 950, id="padded"),
        pytest.param("12\u00a0500", 12_500, id="no-break-space"),
        pytest.param("12,5", 13, id="decimal-rounded"),
        pytest.param("0", 0, id="zero"),
    ],
)
def test_parse_number(text: str, number: int) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("Summa", id="word"),
        pytest.param("12 kr", id="with-currency"),
        pytest.param("2024-01-01", id="date"),
        pytest.param("12 34", id="bad-grouping"),
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("amount", "style", "text"),
    [
        pytest.param(1_234_567, "kr", "1 234 567 kr", id="kr"),
        pytest.param(968, "kronor", "968 kronor", id="kronor-small"),
        pytest.param(90_000, "tkr", "90 tkr", id="tkr"),
        pytest.param(1_500_000, "mkr", "1,5 mkr", id="mkr"),
        pytest.param(10_750_000, "miljoner kronor", "10,75 miljoner kronor", id="miljoner"),
        pytest.param(100_000, "sek", "100 000 SEK", id="sek"),
    ],
)
def test_format_amount(amount: int, style: str, text: str) -> None:
    assert format_amount(amount, style) == text


def test_format_amount_unknown_style_lists_styles() -> None:
    with pytest.raises(ValueError, match="use one of: kr, kronor"):
        format_amount(5, "dollar")


_SCALED_STYLES = ("mkr", "Mkr", "miljoner kronor")


@st.composite
def _amount_and_style(draw: st.DrawFn) -> tuple[int, str]:
    """A non-negative amount with a style it can be written in."""
    style = draw(st.sampled_from(sorted(STYLES)))
    if style in _SCALED_STYLES:
        return draw(st.integers(min_value=0, max_value=10**7)) * 10_000, style
    return draw(st.integers(min_value=0, max_value=10**12)), style


@given(_amount_and_style())
def test_format_then_parse_round_trips(case: tuple[int, str]) -> None:
    amount, style = case
    assert parse_amount(format_amount(amount, style)) == amount


@given(_amount_and_style())
def test_find_amounts_in_sentence(case: tuple[int, str]) -> None:
    amount, style = case
    written = format_amount(amount, style)
    prefix = "Styrelsen beslutar att bevilja "
    sentence = f"{prefix}{written} till projektet 2025."
    assert find_amounts(sentence) == [
        MoneyMatch(len(prefix), len(prefix) + len(written), written, amount)
    ]


@pytest.mark.parametrize(("text", "amount"), [
    pytest.param("Orsa kommun beviljas kr 250 000 för insatsen", 250000, id="kr-prefix-grouped"),
    pytest.param("totalt kr 12500 under året", 12500, id="kr-prefix-plain"),
])
def test_kr_written_before_the_number(text, amount):
    assert [m.amount for m in find_amounts(text)] == [amount]


def test_kr_before_a_small_count_is_not_money():
    assert find_amounts("kr 5 st") == []


# --- Amounts as converters and OCR leave them ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        pytest.param("Styrelsen beslutar att bevilja 1OO OOO kr för insatsen.", [100_000], id="ocr-O-for-0"),
        pytest.param("Kommunen söker 1 2OO OOO kronor för två år.", [1_200_000], id="ocr-O-in-groups"),
        pytest.param("Beviljas l5O OOO kr under året.", [150_000], id="ocr-l-for-1"),
        pytest.param("Olof Berg och Ingrid Lund söker 200 kr.", [200], id="names-untouched"),
        pytest.param("I 2025 söker kommunen 300 000 kr.", [300_000], id="capital-I-word-untouched"),
    ],
)
def test_amounts_read_through_ocr_digits(text, amounts):
    found = find_amounts(text)
    assert [m.amount for m in found] == amounts
    assert all(m.text == text[m.start:m.end] for m in found)     # the quote is the text as written


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        pytest.param("Styrelsen beslutar att bevilja Hedby kommun 510\n000 kronor för insatsen.", [510_000],
                     id="group-wrapped-to-next-line"),
        pytest.param("Styrelsen beslutar att bevilja Hedby kommun 1 500\n000 kr för insatsen.", [1_500_000],
                     id="millions-wrapped"),
        pytest.param("Punkt 3\n200 kr", [200], id="short-line-is-no-wrap"),
        pytest.param("§ 12\n100 000 kr", [100_000], id="section-number-above"),
    ],
)
def test_amount_wrapped_over_a_line_break(text, amounts):
    assert [m.amount for m in find_amounts(text)] == amounts
