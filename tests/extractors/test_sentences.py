"""Tests for samgraf.extractors.sentences: chairs, justerare, dissent, elections and outside posts in prose."""
from __future__ import annotations

import pytest

from samgraf.extractors import sentences as sent
from samgraf.model import DissentKind, MeetingRoleKind


@pytest.fixture
def parse(view):
    """view text, name groups and persons of an inline sentence."""
    def run(text: str):
        v = view(text)
        persons = sent.find_persons(v)
        return v, sent.group_names(v, persons), persons
    return run


def roles_of(parse, text: str) -> set[tuple[str, MeetingRoleKind]]:
    v, groups, _ = parse(text)
    return {(f.name, f.role) for f in sent.extract_meeting_roles(v, groups)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mötet.\n\nOrdförande Karin Dahl förklarade mötet öppnat.",
                     {("Karin Dahl", MeetingRoleKind.CHAIR)}, id="ordforande-forklarade-oppnat"),
        pytest.param("Mötet.\n\nOrdföranden Karin Dahl öppnade sammanträdet och hälsade alla välkomna.",
                     {("Karin Dahl", MeetingRoleKind.CHAIR)}, id="ordforanden-oppnade"),
        pytest.param("Mötet.\n\nKarin Dahl öppnar dagens möte.", {("Karin Dahl", MeetingRoleKind.CHAIR)},
                     id="name-oppnar-motet"),
        pytest.param("Mötet.\n\nJonas Vik väljs att justera protokollet.",
                     {("Jonas Vik", MeetingRoleKind.ADJUSTER)}, id="valjs-att-justera"),
        pytest.param("Mötet.\n\nTill justerare valdes Jonas Vik.", {("Jonas Vik", MeetingRoleKind.ADJUSTER)},
                     id="till-justerare-valdes"),
        pytest.param("Mötet.\n\nStyrelsen valde Jonas Vik och Eva Lund till justerare.",
                     {("Jonas Vik", MeetingRoleKind.ADJUSTER), ("Eva Lund", MeetingRoleKind.ADJUSTER)},
                     id="two-adjusters"),
        pytest.param("Mötet.\n\nJonas Vik informerade om budgeten.", set(), id="no-role"),
    ],
)
def test_meeting_roles_from_sentences(parse, text, expected):
    assert roles_of(parse, text) == expected


def test_meeting_role_quote_is_the_sentence(parse):
    text = "§ 2 Val av justerare\n\nJonas Vik väljs att justera protokollet. Därefter fortsatte mötet."
    v, groups, _ = parse(text)
    (fact,) = sent.extract_meeting_roles(v, groups)
    assert text[fact.start:fact.end] == "Jonas Vik"
    assert text[fact.quote_start:fact.quote_end] == "Jonas Vik väljs att justera protokollet."


def test_meeting_role_quote_at_start_of_text(parse):
    text = "Ordförande Karin Dahl förklarade mötet öppnat."
    v, groups, _ = parse(text)
    (fact,) = sent.extract_meeting_roles(v, groups)
    assert text[fact.quote_start:fact.quote_end] == text


def dissents_of(parse, text: str) -> list[tuple[str, DissentKind, bool]]:
    v, groups, _ = parse(text)
    return [(f.name, f.kind, f.below) for f in sent.extract_dissents(v, groups)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Beslut.\n\nEva Lund (SD) reserverar sig mot beslutet.",
                     [("Eva Lund", DissentKind.RESERVATION, False)], id="reserverar-sig"),
        pytest.param("Beslut.\n\nJonas Vik (M), Eva Lund (SD) och Karl Sund (KD) reserverar sig mot besluten nedan.",
                     [("Jonas Vik", DissentKind.RESERVATION, True), ("Eva Lund", DissentKind.RESERVATION, True),
                      ("Karl Sund", DissentKind.RESERVATION, True)], id="several-against-besluten-nedan"),
        pytest.param("Beslut.\n\nReservation: Jonas Vik (M) och Eva Lund (L)",
                     [("Jonas Vik", DissentKind.RESERVATION, False), ("Eva Lund", DissentKind.RESERVATION, False)],
                     id="reservation-label"),
        pytest.param("Beslut.\n\nKarl Sund (V) deltar inte i beslutet.",
                     [("Karl Sund", DissentKind.ABSTENTION, False)], id="deltar-inte"),
        pytest.param("Beslut.\n\nKarl Sund (V) lämnar en protokollsanteckning.",
                     [("Karl Sund", DissentKind.PROTOCOL_NOTE, False)], id="protokollsanteckning"),
        pytest.param("Beslut.\n\nProtokollsanteckning från Lina Ström (MP): vi önskar en uppföljning.",
                     [("Lina Ström", DissentKind.PROTOCOL_NOTE, False)], id="protokollsanteckning-fran"),
        pytest.param("Beslut.\n\nKarl Sund (V) yrkade bifall.", [], id="no-dissent"),
    ],
)
def test_dissents(parse, text, expected):
    assert dissents_of(parse, text) == expected


def test_elections_respektive_with_period(parse):
    text = ("Val.\n\nKarin Dahl och Jonas Vik väljs till ordförande respektive vice ordförande för perioden "
            "2025-01-01 – 2026-12-31.")
    v, groups, _ = parse(text)
    facts = [(f.name, f.role, f.start_date, f.end_date) for f in sent.extract_elections(v, groups)]
    assert facts == [("Karin Dahl", "ordförande", "2025-01-01", "2026-12-31"),
                     ("Jonas Vik", "vice ordförande", "2025-01-01", "2026-12-31")]


def test_election_without_role_is_ignored(parse):
    v, groups, _ = parse("Val.\n\nJonas Vik väljs till arbetsgruppen.")
    assert list(sent.extract_elections(v, groups)) == []


def test_outside_posts_in_parenthesis(parse, gaz):
    text = "Gäst: Lina Ström (ordförande i Samordningsförbundet Gästrikland och ledamot i NNS styrelse)"
    v, _, persons = parse(text)
    facts = {(f.name, f.role, f.org.kind.value) for f in sent.extract_other_memberships(v, persons, gaz, {})}
    assert facts == {("Lina Ström", "ordförande", "forbund"), ("Lina Ström", "ledamot", "network")}


def test_group_names_only_across_list_separators(parse):
    _, groups, _ = parse("Beslut.\n\nJonas Vik, Eva Lund och Karl Sund deltog. Lina Ström var borta.")
    assert [[n for *_, n in g.names] for g in groups] == [["Jonas Vik", "Eva Lund", "Karl Sund"], ["Lina Ström"]]
