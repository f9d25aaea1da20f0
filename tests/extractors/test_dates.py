"""Tests for samgraf.extractors.dates: Swedish dates, clock times and periods."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samgraf.extractors.dates import (
    DateMatch,
    TimeRange,
    find_dates,
    find_time_range,
    parse_date,
    parse_period,
)

# A personnummer shape built at test time with a wrong check digit: it belongs to nobody.
FAKE_PNR = dt.date(1985, 1, 1).strftime("%y%m%d") + "-1234"


@pytest.mark.parametrize(
    ("text", "span", "date", "inferred"),
    [
        pytest.param("2025-03-17", "2025-03-17", "2025-03-17", False, id="iso"),
        pytest.param("Sammanträdet hölls Tisdag 2025-03-18 i Ekby", "Tisdag 2025-03-18",
                     "2025-03-18", False, id="iso-weekday"),
        pytest.param("Protokoll 230914", "230914", "2023-09-14", False, id="yymmdd"),
        pytest.param("Datum: 240412", "240412", "2024-04-12", False, id="yymmdd-label"),
        pytest.param("Datum: 991231", "991231", "1999-12-31", False, id="yymmdd-1990s"),
        pytest.param("2024-02-09 Kl. 13.00 – 15.00", "2024-02-09", "2024-02-09", False,
                     id="iso-then-time"),
        pytest.param("Tid: torsdag 7 mars kl 10.00", "torsdag 7 mars", "2024-03-07", True,
                     id="weekday-day-month"),
        pytest.param("justeras den 9 oktober 2011.", "9 oktober 2011", "2011-10-09", False,
                     id="den-day-month-year"),
        pytest.param("9 oktober 2011", "9 oktober 2011", "2011-10-09", False,
                     id="day-month-year"),
        pytest.param("TORSDAG DEN 15 FEBRUARI 2024", "TORSDAG DEN 15 FEBRUARI 2024",
                     "2024-02-15", False, id="upper-case"),
        pytest.param("Onsdagen den 6 mars", "Onsdagen den 6 mars", "2024-03-06", True,
                     id="definite-weekday"),
        pytest.param("senast 14/2 2024", "14/2 2024", "2024-02-14", False, id="slash-year"),
        pytest.param("Nästa möte 22/3.", "22/3", "2024-03-22", True, id="slash-no-year"),
        pytest.param("Nästa möte 9 juli", "9 juli", "2024-07-09", True, id="day-month"),
        pytest.param("mandag 4 mars", "mandag 4 mars", "2024-03-04", True, id="ocr-mandag"),
        pytest.param("sondag 3 mars", "sondag 3 mars", "2024-03-03", True, id="ocr-sondag"),
        pytest.param("lordag 2 mars", "lordag 2 mars", "2024-03-02", True, id="ocr-lordag"),
        pytest.param("den 3 jan 2024", "3 jan 2024", "2024-01-03", False, id="abbr-jan"),
        pytest.param("den 3 febr 2024", "3 febr 2024", "2024-02-03", False, id="abbr-febr"),
        pytest.param("den 12 aug. 2024", "12 aug. 2024", "2024-08-12", False, id="abbr-aug-dot"),
        pytest.param("den 12 sept", "12 sept", "2024-09-12", True, id="abbr-sept"),
        pytest.param("mötet 5 maj.", "5 maj", "2024-05-05", True, id="full-month-no-dot"),
        pytest.param("29 februari 2024", "29 februari 2024", "2024-02-29", False, id="leap-day"),
        pytest.param("2024.05.06", "2024.05.06", "2024-05-06", False, id="iso-dots"),
    ],
)
def test_find_dates_single(text: str, span: str, date: str, inferred: bool) -> None:
    found = find_dates(text, default_year=2024)
    assert [(m.text, m.date.isoformat(), m.year_inferred) for m in found] == [
        (span, date, inferred)
    ]
    assert text[found[0].start:found[0].end] == span


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2023-02-30", id="impossible-iso"),
        pytest.param("31 april 2024", id="impossible-named"),
        pytest.param("230230", id="impossible-yymmdd"),
        pytest.param("Sid1(11)", id="page-number"),
        pytest.param("Sida 3 av 12", id="page-of"),
        pytest.param("sid 3/12", id="page-slash"),
        pytest.param("Minst 1/3 till arbete", id="fraction-minst"),
        pytest.param("1/2 tjänst", id="fraction-tjanst"),
        pytest.param("öppet 24/7", id="around-the-clock"),
        pytest.param("beviljas 60 000 kr", id="money-grouped"),
        pytest.param("beviljas 2 586 000 kr", id="money-millions"),
        pytest.param("beviljas 200101 kr", id="money-date-shaped"),
        pytest.param(FAKE_PNR, id="personnummer-dash"),
        pytest.param(FAKE_PNR.replace("-", " "), id="personnummer-space"),
        pytest.param(FAKE_PNR.replace("-", ""), id="personnummer-bare"),
        pytest.param("19" + FAKE_PNR, id="personnummer-long"),
        pytest.param("212000-1234", id="org-number"),
        pytest.param("Beslut 2025-3 §14:1", id="decision-id"),
        pytest.param("§ 14", id="paragraph"),
        pytest.param("0455-30 50 00", id="phone"),
        pytest.param("070-123 45 67", id="mobile"),
        pytest.param("2024", id="year-only"),
        pytest.param("oktober 2023", id="month-year"),
        pytest.param("kl. 09.00", id="time"),
        pytest.param("12,76 %", id="percent"),
        pytest.param("1234567", id="long-digit-run"),
        pytest.param("800101", id="yymmdd-outside-1990-2040"),
        pytest.param("Februarimötet", id="month-inside-word"),
    ],
)
def test_find_dates_rejects(text: str) -> None:
    assert find_dates(text, default_year=2024) == []


def test_yearless_dates_dropped_without_default_year() -> None:
    assert find_dates("fredag 8 mars. Nästa 2024-03-15") == [
        DateMatch(21, 31, "2024-03-15", dt.date(2024, 3, 15), False)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("17 – 18 april 2023", [("17", "2023-04-17"), ("18 april 2023", "2023-04-18")],
                     id="day-range-borrows-year"),
        pytest.param("1 januari–31 december 2024",
                     [("1 januari", "2024-01-01"), ("31 december 2024", "2024-12-31")],
                     id="month-range-borrows-year"),
        pytest.param("15 december–15 januari 2025",
                     [("15 december", "2024-12-15"), ("15 januari 2025", "2025-01-15")],
                     id="range-over-new-year"),
        pytest.param("8 och 9 maj 2024", [("8", "2024-05-08"), ("9 maj 2024", "2024-05-09")],
                     id="och-pair-borrows-year"),
        pytest.param("2024-12-20 – 10 januari", [("2024-12-20", "2024-12-20"),
                     ("10 januari", "2025-01-10")], id="year-carried-forward"),
        pytest.param("231215-240308", [("231215", "2023-12-15"), ("240308", "2024-03-08")],
                     id="yymmdd-pair"),
    ],
)
def test_find_dates_pairs(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text)
    assert [(m.text, m.date.isoformat()) for m in found] == expected
    assert not any(m.year_inferred for m in found)


def test_find_dates_window_gives_absolute_offsets() -> None:
    text = "Möte 2024-01-10. Möte 2024-02-14. Möte 2024-03-13."
    found = find_dates(text, start=16, end=33)
    assert found == [DateMatch(22, 32, "2024-02-14", dt.date(2024, 2, 14), False)]


@pytest.mark.parametrize(
    ("text", "default_year", "date"),
    [
        pytest.param("Tisdag 2025-03-18", None, dt.date(2025, 3, 18), id="weekday-iso"),
        pytest.param(" 230914 ", None, dt.date(2023, 9, 14), id="yymmdd-padded"),
        pytest.param("7 mars", 2024, dt.date(2024, 3, 7), id="default-year"),
        pytest.param("den 9 oktober 2011.", None, dt.date(2011, 10, 9), id="den-and-dot"),
        pytest.param("7 mars", None, None, id="no-year"),
        pytest.param("2023-02-30", None, None, id="impossible"),
        pytest.param("2024-01-01 och 2024-01-02", None, None, id="two-dates"),
        pytest.param("möte 2024-01-01", None, None, id="extra-words"),
        pytest.param("", None, None, id="empty"),
    ],
)
def test_parse_date(text: str, default_year: int | None, date: dt.date | None) -> None:
    assert parse_date(text, default_year=default_year) == date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("kl. 09.00 - 12.00", "09:00", "12:00", id="kl-dot-hyphen"),
        pytest.param("Kl. 09.00 – 12.00", "09:00", "12:00", id="kl-upper-en-dash"),
        pytest.param("9.00-13.00", "09:00", "13:00", id="bare-range"),
        pytest.param("kl. 09:00 - 12:00", "09:00", "12:00", id="colons"),
        pytest.param("kl 13.00", "13:00", None, id="single-time"),
        pytest.param("kl.13.00-16.00", "13:00", "16:00", id="tight"),
        pytest.param("09.00–16.30", "09:00", "16:30", id="bare-en-dash"),
        pytest.param("Kl: 13.00 – 16.30.", "13:00", "16:30", id="kl-colon"),
        pytest.param("kl. 9.00 -11.00", "09:00", "11:00", id="one-digit-hour"),
        pytest.param("kl 9-12", "09:00", "12:00", id="hours-only-after-kl"),
    ],
)
def test_find_time_range(text: str, start: str, end: str | None) -> None:
    found = find_time_range(text)
    assert found == (0, len(text.rstrip(".")), TimeRange(start, end))


def test_find_time_range_offsets_in_sentence() -> None:
    text = "Styrelsemötet hölls Onsdag 2025-03-19 kl. 13.00 - 15.30 i Ekby"
    found = find_time_range(text)
    assert found is not None
    start, end, time_range = found
    assert text[start:end] == "kl. 13.00 - 15.30"
    assert time_range == TimeRange("13:00", "15:30")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("09.00", id="bare-single-time"),
        pytest.param("2024-01-26", id="iso-date"),
        pytest.param("12,76 %", id="percent"),
        pytest.param("1.50-2.00 kr", id="money-range"),
        pytest.param("Beslut 2025-3 §14:1", id="decision-id"),
        pytest.param("kl 25.00", id="impossible-hour"),
        pytest.param("Sida 3 av 12", id="page"),
    ],
)
def test_find_time_range_rejects(text: str) -> None:
    assert find_time_range(text) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        pytest.param("för perioden 240101-241231", ("2024-01-01", "2024-12-31"), id="yymmdd"),
        pytest.param("2025-06-01 till 2026-02-28", ("2025-06-01", "2026-02-28"), id="iso-till"),
        pytest.param("pågår från 2024-02-01 till och med 2025-12-31.",
                     ("2024-02-01", "2025-12-31"), id="iso-till-och-med"),
        pytest.param("fr.o.m. 2024-02-01 t.o.m. 2025-12-31", ("2024-02-01", "2025-12-31"),
                     id="from-tom"),
        pytest.param("under 2025 och 2026", ("2025", "2026"), id="years-och"),
        pytest.param("för perioden 2024-2026", ("2024", "2026"), id="years-dash"),
        pytest.param("1 januari–31 december 2024", ("2024-01-01", "2024-12-31"), id="named"),
        pytest.param("från 2024-12-20 till 10 januari", ("2024-12-20", "2025-01-10"),
                     id="end-borrows-year"),
        pytest.param("anmälan 231215-240308 samt 2024-2026", ("2023-12-15", "2024-03-08"),
                     id="first-period-wins"),
    ],
)
def test_parse_period(text: str, period: tuple[str, str]) -> None:
    assert parse_period(text) == period


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2025-06-01", id="single-date"),
        pytest.param("2026-2024", id="years-backwards"),
        pytest.param("2026-02-28 till 2025-06-01", id="dates-backwards"),
        pytest.param(FAKE_PNR, id="personnummer"),
        pytest.param("Beslut 2025-3 §14:1", id="decision-id"),
        pytest.param("", id="empty"),
    ],
)
def test_parse_period_rejects(text: str) -> None:
    assert parse_period(text) is None


_MONTH_NAMES = ("januari februari mars april maj juni juli augusti september oktober "
                "november december").split()


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["iso", "named", "compact", "slash"]))
def test_written_dates_round_trip(date: dt.date, form: str) -> None:
    written = {
        "iso": date.isoformat(),
        "named": f"{date.day} {_MONTH_NAMES[date.month - 1]} {date.year}",
        "compact": date.strftime("%y%m%d"),
        "slash": f"{date.day}/{date.month} {date.year}",
    }[form]
    assert parse_date(written) == date
    assert [m.date for m in find_dates(f"Mötet hölls {written} i Ekby.")] == [date]
