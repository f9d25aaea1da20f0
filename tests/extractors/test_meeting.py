"""Tests for samgraf.extractors.meeting: which body met, when, where, and the meeting number."""
from __future__ import annotations

import datetime as dt

import pytest

from samgraf.extractors.meeting import extract_meeting, find_date, find_number
from samgraf.model import OrgKind


@pytest.fixture
def meeting(view, gaz):
    return lambda text: extract_meeting(view(text), text, gaz)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Protokoll, Samordningsförbundet Sjuhärad\n2025-05-05\n", "2025-05-05", id="iso"),
        pytest.param("Protokoll\n\nStyrelsemötet hölls Måndag 2025-05-05 kl. 13.00 - 15.30 i Kommunhuset.\n",
                     "2025-05-05", id="weekday-iso"),
        pytest.param("Styrelsemöte Samordningsförbundet Sjuhärad 240611\n\nNärvarande: Per Ek\n", "2024-06-11",
                     id="yymmdd-in-title"),
        pytest.param("Samordningsförbundet Sjuhärad\nDatum: 240308\nPlats: Stadshuset, Borås\n", "2024-03-08",
                     id="datum-yymmdd"),
        pytest.param("Samordningsförbundet Sjuhärad\n\nStyrelsemöte fredag 8 mars\n\n§ 1 Öppnande\n\n"
                     "Nästa möte hålls 2024-04-12.\n", "2024-03-08", id="weekday-day-month-year-from-context"),
        pytest.param("Protokoll fört vid sammanträde med Samordningsförbundet Sjuhärad den 13 april 2012\n",
                     "2012-04-13", id="den-day-month-year"),
        pytest.param("Samordningsförbundet Sjuhärad\nTid och plats\t2024-01-26 Kl. 09.00 – 12.00 Stadshuset, Borås\n"
                     "Justering\t2024-02-02\n", "2024-01-26", id="tid-och-plats-with-times"),
        pytest.param("SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2023-11-30\n\nSamordningsförbundet Sjuhärad\n\n"
                     "Tid och plats\t2024-03-14 kl. 10.00-12.00, Stadshuset\n", "2024-03-14",
                     id="tid-och-plats-beats-page-header"),
        pytest.param("Justering 2024-02-02\nDatum: 2024-01-20\n", "2024-01-20", id="justering-never-counts"),
        pytest.param("Nästa möte 2024-06-10\nDatum: 2024-05-05\n", "2024-05-05", id="next-meeting-never-counts"),
    ],
)
def test_meeting_date(meeting, text, expected):
    found = meeting(text)
    assert found.date == dt.date.fromisoformat(expected)


def test_meeting_date_in_protokoll_fran_title(meeting):
    text = "# Protokoll från styrelsemöte i Samordningsförbundet Sjuhärad 240611\n\nNärvarande: Per Ek\n"
    assert meeting(text).date == dt.date(2024, 6, 11)


def test_date_evidence_quotes_the_date(meeting):
    text = "Samordningsförbundet Sjuhärad\n\nTid och plats\n\nTisdag 2022-10-25, kl. 09:00 - 11:00\n"
    found = meeting(text)
    quoted = [span.text for span in found.evidence]
    assert "Tisdag 2022-10-25" in quoted
    assert all(span.text == text[span.start:span.end] for span in found.evidence)


def test_no_date_at_all(view):
    assert find_date(view("Protokoll utan datum\n\n§ 1 Öppnande\n")) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("Tid och plats\t2024-01-26 Kl. 09.00 – 12.00 Stadshuset\n", "09:00", "12:00", id="kl-dots"),
        pytest.param("Styrelsemötet hölls måndag 2025-05-05 kl. 13.00 - 15.30.\n", "13:00", "15:30", id="hyphen"),
        pytest.param("Datum: 2024-05-05\nTid: 9.00-13.00\n", "09:00", "13:00", id="next-line"),
    ],
)
def test_meeting_times(meeting, text, start, end):
    found = meeting(text)
    assert (found.start_time, found.end_time) == (start, end)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("Tid och plats\t2024-01-26 Kl. 09.00 – 12.00 Stadshuset, Borås\n", "Stadshuset, Borås",
                     id="rest-of-tid-och-plats"),
        pytest.param("Datum: 2024-03-08\nPlats: Kommunhuset, Ulricehamn\n", "Kommunhuset, Ulricehamn",
                     id="plats-label"),
    ],
)
def test_meeting_place(meeting, text, place):
    assert meeting(text).place == place


def test_roster_heading_is_not_a_place(meeting):
    text = "Samordningsförbundet Sjuhärad\nDatum: 2024-05-05\n\nNärvarande\nPer Ek (S)\n"
    assert meeting(text).place is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("Styrelsemöte 2022:5, Samordningsförbundet Sjuhärad\n", "2022:5", id="styrelsemote-year-n"),
        pytest.param("Protokoll nr 3/2021\nSamordningsförbundet Sjuhärad\n", "2021:3", id="nr-n-year"),
        pytest.param("Datum: 2025-04-01\nBeslut 2025-3 §4:1\nAtt godkänna.\nBeslut 2025-3 §5:1\nAtt godkänna.\n",
                     "2025:3", id="from-decision-ids"),
        pytest.param("Protokoll\nDatum: 2025-04-01\n", None, id="none"),
    ],
)
def test_meeting_number(view, text, number):
    assert find_number(view(text)) == number


def test_forbund_that_met(meeting):
    text = "Protokoll styrelsemöte, Samordningsförbundet Sjuhärad\nDatum: 2025-02-02\n"
    found = meeting(text)
    assert found.forbund is not None
    assert found.forbund.kind == OrgKind.FORBUND
    assert found.forbund.label == "Samordningsförbundet Sjuhärad"
    assert any(span.text == "Samordningsförbundet Sjuhärad" for span in found.evidence)


def test_other_body_named_in_the_title(meeting):
    text = "Protokoll fört vid sammanträde med Arbetsmarknadsnämnden 2017-05-04\n\n§ 1 Öppnande\n"
    found = meeting(text)
    assert found.forbund is not None and found.forbund.kind != OrgKind.FORBUND
    assert "Arbetsmarknadsnämnden" in found.forbund.label
