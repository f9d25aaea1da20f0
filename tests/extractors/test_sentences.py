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
        pytest.param("Beslut.\n\nLedamoten Karl Sund (V) har per e-post meddelat att han reserverar sig mot beslutet.",
                     [("Karl Sund", DissentKind.RESERVATION, False)], id="reserverar-sig-after-a-clause"),
        pytest.param("Beslut.\n\nKarl Sund (V) yrkade bifall och Eva Lund (M) reserverar sig.",
                     [("Eva Lund", DissentKind.RESERVATION, False)], id="clause-stops-at-the-next-name"),
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


# --------------------------------------------------------------------------- actors: people who act in the meeting

def actors_of(parse, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, board role, party tag) of everyone the actor rules find in an inline text."""
    v, _, persons = parse(text)
    return [(f.name, f.role, f.party_tag) for f in sent.extract_actors(v, sent.group_actors(v, persons))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 4 Budget\nBeslut\n\nPå förslag av tjänstgörande ersättaren Linnea Sandberg (V):\n"
                     "Ärendet bordläggs till nästa sammanträde.",
                     [("Linnea Sandberg", "tjänstgörande ersättare", "V")], id="pa-forslag-av-tjg-ersattaren"),
        pytest.param("Beslut\n\nPå förslag av ordföranden Oskar Lindqvist (S):\nÄrendet återremitteras.",
                     [("Oskar Lindqvist", "ordförande", "S")], id="pa-forslag-av-ordforanden"),
        pytest.param("Yrkanden\n\nSigne Ekwall (KD) yrkar bifall till förvaltningens förslag.",
                     [("Signe Ekwall", None, "KD")], id="yrkar-bifall"),
        pytest.param("Yrkanden\n\nHjalmar Berglund (M) yrkar avslag.", [("Hjalmar Berglund", None, "M")],
                     id="yrkar-avslag"),
        pytest.param("Yrkanden\n\nTova Lindholm (c) yrkade att ärendet skulle återremitteras.",
                     [("Tova Lindholm", None, "c")], id="yrkade-lower-case-tag"),
        pytest.param("Propositionsordning\n\nOrdföranden Oskar Lindqvist (S) ställer proposition på yrkandena och "
                     "finner att styrelsen bifallit förslaget.",
                     [("Oskar Lindqvist", "ordförande", "S")], id="ordforanden-staller-proposition"),
        pytest.param("Propositionsordning\n\nVice ordföranden Malva Öberg (L) ställer först propositioner på "
                     "återremiss.", [("Malva Öberg", "vice ordförande", "L")], id="vice-ordforanden-propositioner"),
        pytest.param("Reservation\n\nEbbe Stålberg (SD) reserverar sig mot beslutet.",
                     [("Ebbe Stålberg", None, "SD")], id="reserverar-sig"),
        pytest.param("Yrkanden\n\nTova Lindholm och Hjalmar Berglund (S) yrkar bifall.",
                     [("Tova Lindholm", None, "S"), ("Hjalmar Berglund", None, "S")], id="two-names-shared-tag"),
        pytest.param("Yrkanden\n\nSigne Ekwall (V) och ordföranden Oskar Lindqvist (S) yrkar bifall till förslaget.",
                     [("Signe Ekwall", None, "V"), ("Oskar Lindqvist", "ordförande", "S")],
                     id="name-och-ordforanden-name"),
        pytest.param("Yrkanden\n\nTova Lindholm (MP) och Hjalmar Berglund (C) yrkar (båda) bifall.",
                     [("Tova Lindholm", None, "MP"), ("Hjalmar Berglund", None, "C")], id="own-tags-kept"),
        pytest.param("Protokollsanteckning\n\nTova Lindholm (L), Hjalmar Berglund (M) och Signe Ekwall (KD) "
                     "deltar inte i beslutet.",
                     [("Tova Lindholm", None, "L"), ("Hjalmar Berglund", None, "M"), ("Signe Ekwall", None, "KD")],
                     id="deltar-inte-i-beslutet"),
        pytest.param("Protokollsanteckning: Malva Öberg (L) anser att uppföljningen kommer för sent.",
                     [("Malva Öberg", None, "L")], id="protokollsanteckning-label"),
        pytest.param("Protokollsanteckningar\n\nMalva Öberg (C) antecknar som yttrande en skrivelse.",
                     [("Malva Öberg", None, "C")], id="antecknar-som-yttrande"),
        pytest.param("§ 6 Ansökan\n\nEbbe Stålberg anmäler jäv och deltar inte i handläggningen.",
                     [("Ebbe Stålberg", None, None)], id="anmaler-jav"),
        pytest.param("§ 2 Justering\n\nHjalmar Berglund (M) utses att jämte ordföranden justera protokollet.",
                     [("Hjalmar Berglund", None, "M")], id="jamte-ordforanden-justera"),
        pytest.param("Under överläggningen yrkar Tova Lindholm (V) bifall till motionen.",
                     [("Tova Lindholm", None, "V")], id="verb-before-name"),
        pytest.param("Yrkanden\n\nLedamöterna Tova Lindholm (M) och Hjalmar Berglund (L) yrkar avslag.",
                     [("Tova Lindholm", "ledamot", "M"), ("Hjalmar Berglund", "ledamot", "L")],
                     id="plural-role-word"),
        pytest.param("Yrkanden\n\nTjg ers Signe Ekwall (S) yrkar bifall.", [("Signe Ekwall", "tjänstgörande ersättare", "S")],
                     id="tjg-ers"),
        pytest.param("Beslut\n\nOskar Lindqvist (S) föreslår att ärendet bordläggs.", [("Oskar Lindqvist", None, "S")],
                     id="foreslar-with-tag"),
        pytest.param("Yrkanden\n\nMalva Öberg (MP): Bifall till förvaltningens förslag.", [("Malva Öberg", None, "MP")],
                     id="yrkanden-label-colon"),
        pytest.param("Beslutsgång\n\nOrdföranden Oskar Lindqvist (S) frågar om nämnden kan besluta enligt förslaget "
                     "och finner att så sker.", [("Oskar Lindqvist", "ordförande", "S")], id="fragar-om-namnden"),
        pytest.param("Omröstning\n\nEbbe Stålberg (SD) begär omröstning.", [("Ebbe Stålberg", None, "SD")],
                     id="begar-omrostning"),
        pytest.param("Omröstning\n\nVotering begärs av Ebbe Stålberg (SD).", [("Ebbe Stålberg", None, "SD")],
                     id="votering-begars-av"),
    ],
)
def test_actors(parse, text, expected):
    assert actors_of(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Propositionsordning\n\nOrdföranden ställer proposition på Tova Lindholms yrkande och "
                     "Hjalmar Berglunds yrkande och finner att Tova Lindholms yrkande bifallits.", id="genitives"),
        pytest.param("§ 9 Motion av Signe Ekwall (M) och Hjalmar Berglund (M) om att utreda skolskjutsarna\n"
                     "Beslut\n\nMotionen avslås.", id="motion-authors"),
        pytest.param("§ 10 Initiativärende från Ebbe Stålberg (SD) om belysning\n\nÄrendet bordläggs.",
                     id="initiative-author"),
        pytest.param("Handlingar\n\nYrkande från Ebbe Stålberg (SD) den 3 mars.\nSkrivelse från Malva Öberg (V).",
                     id="written-yrkande-and-skrivelse"),
        pytest.param("Beslut\n\nTill ledamot i rådet för idrottsfrågor utses Malva Öberg (S) för tiden till och med "
                     "2026.", id="elected-to-other-body"),
        pytest.param("Beslut\n\nHjalmar Berglund (M) utses till representant i kontaktforum för studentfrågor.",
                     id="elected-representative"),
        pytest.param("§ 5 Information\n\nÄrendet föredrogs av controller Signe Ekwall.", id="foredrogs-av"),
        pytest.param("§ 5 Information\n\nAvdelningschef Signe Ekwall lämnar en återkoppling om arbetet. "
                     "Vidare informerar Tova Lindholm om budgeten.", id="officials-informing"),
        pytest.param("Närvarande\nTova Lindholm (M) ersättare för Hjalmar Berglund (M), deltar ej i beslut 15",
                     id="replaced-member-is-no-actor"),
        pytest.param("Beslut\n\nOskar Lindqvist föreslår att styrelsen godkänner rapporten.", id="foreslar-untagged"),
    ],
)
def test_no_actors(parse, text):
    assert actors_of(parse, text) == []


def test_genitive_body_role_is_not_a_board_role(parse):
    text = "Yrkanden\n\nSocialnämndens ordförande Oskar Lindqvist (S) yrkar bifall."
    assert actors_of(parse, text) == [("Oskar Lindqvist", None, "S")]


def test_actor_quote_is_the_act_line(parse):
    text = ("Yrkanden\n\nSigne Ekwall (V) yrkar bifall till förslaget från V, S och MP\nden 3 mars.\n"
            "Ebbe Stålberg (SD) yrkar avslag.")
    v, _, persons = parse(text)
    facts = list(sent.extract_actors(v, sent.group_actors(v, persons)))
    assert [text[f.start:f.end] for f in facts] == ["Signe Ekwall", "Ebbe Stålberg"]
    assert [text[f.quote_start:f.quote_end] for f in facts] == [
        "Signe Ekwall (V) yrkar bifall till förslaget från V, S och MP\nden 3 mars.", "Ebbe Stålberg (SD) yrkar avslag."]


def test_tagged_names_by_shape(parse, gaz):
    """A first name the lists lack is read by its shape before a party tag and an act."""
    text = "Protokollsanteckning\n\nUbbeline Quarnvik (C) antecknar som yttrande en skrivelse."
    v, _, persons = parse(text)
    assert persons == []
    found = sent.find_tagged_names(v, persons, lambda tag: gaz.resolve_party(tag) is not None)
    assert [(text[s:e], name) for s, e, name in found] == [("Ubbeline Quarnvik", "Ubbeline Quarnvik")]
    assert [(f.name, f.party_tag) for f in sent.extract_actors(v, sent.group_actors(v, found))] == \
        [("Ubbeline Quarnvik", "C")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Beslut\n\nKommunstyrelsen Norra (S) yrkar bifall.", id="body-words"),
        pytest.param("Handlingar\n\nTilläggsyrkande Från (SD) den 3 mars.", id="no-act"),
        pytest.param("Beslut\n\nUbbeline Quarnvik (C) om att utreda frågan.", id="tag-without-act"),
    ],
)
def test_no_tagged_names(parse, gaz, text):
    v, _, persons = parse(text)
    assert sent.find_tagged_names(v, persons, lambda tag: gaz.resolve_party(tag) is not None) == []


def test_unnamed_chair_act(parse):
    text = "Propositionsordning\n\nOrdföranden ställer proposition på yrkandena och finner att förslaget bifallits."
    v, _, _ = parse(text)
    assert [text[a:b] for a, b in sent.find_unnamed_chair_acts(v)] == [text[len("Propositionsordning\n\n"):]]


# --------------------------------------------------------------------------- actors in the pipeline

ACTORS_PROTOCOL = """§ 1 Ärendenummer KS-2031-00017
Val av protokolljusterare
Beslut

Protokollen justeras av ordföranden och vice ordföranden.

§ 2 Ärendenummer KS-2031-00018
Plan för vinterväghållning
Beslut

På förslag av tjänstgörande ersättaren Linnea Sandberg (V):
Ärendet bordläggs till nästa sammanträde.

§ 3 Ärendenummer KS-2031-00019
Motion av Signe Ekwall (M) om belysning i parkerna
Beslut

Motionen avslås.

Yrkanden

Tova Lindholm (D) och ordföranden Oskar Lindqvist (S) yrkar avslag på motionen.
Hjalmar Berglund (fp) yrkar bifall till motionen.

Propositionsordning

Ordföranden ställer proposition på Tova Lindholms yrkande och Hjalmar Berglunds yrkande och finner att
Tova Lindholms yrkande bifallits.

Reservation

Hjalmar Berglund (fp) reserverar sig mot beslutet.

§ 4 Ärendenummer KS-2031-00020
Val av ledamot i rådet för äldrefrågor
Beslut

Till ledamot i rådet för äldrefrågor utses Ebbe Stålberg (S) för tiden till och med 2034.
"""


def test_actors_become_present_board_members(extract):
    ex = extract(ACTORS_PROTOCOL)
    board = {(m.person.name, m.role, m.party.abbreviation if m.party else None)
             for m in ex.memberships if m.organisation is None}
    assert board == {("Linnea Sandberg", "tjänstgörande ersättare", "V"), ("Tova Lindholm", None, "D"),
                     ("Oskar Lindqvist", "ordförande", "S"), ("Hjalmar Berglund", None, "L")}
    present = {a.person.name for a in ex.attendance if a.present}
    assert present == {"Linnea Sandberg", "Tova Lindholm", "Oskar Lindqvist", "Hjalmar Berglund"}
    assert not {"Signe Ekwall", "Ebbe Stålberg"} & {a.person.name for a in ex.attendance}


def test_actor_evidence_quotes_the_text(extract):
    ex = extract(ACTORS_PROTOCOL)
    for fact in [*ex.memberships, *ex.attendance]:
        assert ACTORS_PROTOCOL[fact.evidence.start:fact.evidence.end] == fact.evidence.text
        assert fact.person.span is None or \
            ACTORS_PROTOCOL[fact.person.span.start:fact.person.span.end] == fact.person.span.text
    (ms,) = [m for m in ex.memberships if m.person.name == "Linnea Sandberg"]
    assert ms.evidence.text.startswith("På förslag av tjänstgörande ersättaren Linnea Sandberg (V):")


# --------------------------------------------------------------------------- elections to other bodies

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Beslut\n\nTill ledamot i rådet för äldrefrågor i stället för Signe Ekwall (S) för tiden till "
                     "och med 2030 utses Malva Öberg (S).",
                     [("Malva Öberg", "ledamot", "rådet för äldrefrågor", "S")], id="till-role-i-body-utses"),
        pytest.param("Beslut\n\nHjalmar Berglund (M) utses till representant i kontaktforum för näringslivet i stället "
                     "för Ebbe Stålberg (M).",
                     [("Hjalmar Berglund", "representant", "kontaktforum för näringslivet", "M")],
                     id="name-utses-till-role-i-body"),
        pytest.param("Beslut\n\nEnligt förvaltningens förslag:\nTill ledamöter i referensgruppen för kultur för tiden\n"
                     "till och med 2030 utses Tova Lindholm och Oskar Lindqvist.",
                     [("Tova Lindholm", "ledamot", "referensgruppen för kultur", None),
                      ("Oskar Lindqvist", "ledamot", "referensgruppen för kultur", None)], id="two-names-over-lines"),
        pytest.param("Beslut\n\nTill ledamot och ordförande i styrgruppen för utbildning utses Ebbe Stålberg (S).",
                     [("Ebbe Stålberg", "ledamot och ordförande", "styrgruppen för utbildning", "S")],
                     id="two-roles"),
        pytest.param("Val\n\nOskar Lindqvist väljs till vice ordförande i styrelsen.", [], id="own-board"),
        pytest.param("Val\n\nTill justerare utses Oskar Lindqvist.", [], id="no-body"),
    ],
)
def test_elections_to_other_bodies(parse, text, expected):
    v, _, persons = parse(text)
    found = [(f.name, f.role, f.body, f.party_tag)
             for f in sent.extract_body_elections(v, sent.group_names(v, persons))]
    assert found == expected


def test_election_to_other_body_is_no_board_membership(extract):
    ex = extract("§ 5 Val\n\nBeslut\n\nMalva Öberg (S) väljs till ledamot i rådet för äldrefrågor för tiden till och "
                 "med 2030.\n\n§ 6 Val\n\nOskar Lindqvist väljs till vice ordförande i styrelsen.\n")
    assert {(m.person.name, m.role) for m in ex.memberships if m.organisation is None} == \
        {("Oskar Lindqvist", "vice ordförande")}
    (other,) = [m for m in ex.memberships if m.organisation is not None]
    assert (other.person.name, other.role, other.organisation.label, other.party.abbreviation) == \
        ("Malva Öberg", "ledamot", "Rådet för äldrefrågor", "S")
    assert "Malva Öberg" not in {a.person.name for a in ex.attendance}
