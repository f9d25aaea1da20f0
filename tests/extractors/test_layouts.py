"""Whole roster and signature layouts, one short invented protocol each (names are invented)."""
from __future__ import annotations

import pytest

from samgraf.model import Extraction, MeetingRoleKind


def roles(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(m.person.name, m.role) for m in ex.memberships}


def represents(ex: Extraction) -> dict[str, str]:
    return {m.person.name: m.represents.label for m in ex.memberships if m.represents}


def attendance(ex: Extraction) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for a in ex.attendance:
        out.setdefault(a.person.name, a.present)
    return out


def meeting_roles(ex: Extraction) -> set[tuple[str, MeetingRoleKind]]:
    return {(r.person.name, r.role) for r in ex.meeting_roles}


HEAD = "Samordningsförbundet Sjuhärad\nProtokoll styrelsemöte 2024-05-14\n\n"


def test_side_by_side_columns(extract):
    ex = extract(HEAD + "Ledamöter                                  Ersättare\n"
                 "Karin Dahl (S) Borås kommun, ordf.         Jonas Vik (M) Borås kommun\n"
                 "Ola Strand Försäkringskassan, förhinder    Maja Lind Försäkringskassan, tjg\n")
    assert ("Karin Dahl", "ordförande") in roles(ex) and ("Karin Dahl", "ledamot") in roles(ex)
    assert ("Jonas Vik", "ersättare") in roles(ex) and ("Maja Lind", "tjänstgörande ersättare") in roles(ex)
    assert represents(ex)["Jonas Vik"] == "Borås kommun"
    assert attendance(ex) == {"Karin Dahl": True, "Jonas Vik": True, "Ola Strand": False, "Maja Lind": True}


def test_roster_written_as_sentences(extract):
    ex = extract(HEAD + "Närvarande var ledamöterna Karin Dahl (S), ordförande, Borås kommun, och Ola Strand, "
                 "Försäkringskassan, samt ersättaren Jonas Vik (M), Borås kommun. Ersättarna Maja Lind, "
                 "Arbetsförmedlingen, och Per Holm (C), Borås kommun, hade anmält förhinder.\n")
    assert {("Karin Dahl", "ledamot"), ("Karin Dahl", "ordförande"), ("Ola Strand", "ledamot"),
            ("Jonas Vik", "ersättare"), ("Maja Lind", "ersättare"), ("Per Holm", "ersättare")} <= roles(ex)
    assert attendance(ex) == {"Karin Dahl": True, "Ola Strand": True, "Jonas Vik": True,
                              "Maja Lind": False, "Per Holm": False}


def test_html_table_without_heading(extract):
    ex = extract(HEAD + "<table>\n<tr><th>Namn</th><th>Funktion</th><th>Organisation</th><th>Närvaro</th></tr>\n"
                 "<tr><td>Karin Dahl (S)</td><td>Ordförande</td><td>Borås kommun</td><td>Närvarande</td></tr>\n"
                 "<tr><td>Ola Strand</td><td>Ledamot</td><td>Försäkringskassan</td><td>Anmält förhinder</td></tr>\n"
                 "<tr><td>Maja Lind (L)</td><td>Ersättare</td><td>Borås kommun</td>"
                 "<td>Tjänstgör för Karin Dahl</td></tr>\n</table>\n")
    assert represents(ex) == {"Karin Dahl": "Borås kommun", "Ola Strand": "Försäkringskassan",
                              "Maja Lind": "Borås kommun"}
    assert attendance(ex) == {"Karin Dahl": True, "Ola Strand": False, "Maja Lind": True}
    assert any(m.substitute_for == "Karin Dahl" for m in ex.memberships if m.person.name == "Maja Lind")


def test_surname_first_rows(extract):
    ex = extract(HEAD + "Närvarande ledamöter\nDahl, Karin (s)          Borås kommun           ordförande\n"
                 "Persson Eld, Ola (m)     Västra Götalandsregionen\n")
    assert ("Karin Dahl", "ordförande") in roles(ex) and ("Ola Persson Eld", "ledamot") in roles(ex)
    assert {m.party.abbreviation for m in ex.memberships if m.party} == {"S", "M"}


def test_signature_labels_and_names_below_a_role(extract):
    ex = extract(HEAD + "§ 1 Mötets öppnande\nMötet öppnades.\n\nVid protokollet\n\nMaja Lind\n\n"
                 "Justeras: Karin Dahl, ordförande      Jonas Vik, justerare\n")
    assert meeting_roles(ex) == {("Maja Lind", MeetingRoleKind.SECRETARY), ("Karin Dahl", MeetingRoleKind.CHAIR),
                                 ("Jonas Vik", MeetingRoleKind.ADJUSTER)}


def test_role_in_another_body_is_not_a_board_role(extract):
    ex = extract(HEAD + "Övriga deltagare\nPer Holm (S), ordförande i Samordningsförbundet Gästrikland, § 4\n")
    (membership,) = [m for m in ex.memberships if m.person.name == "Per Holm"]
    assert membership.role == "ordförande" and membership.organisation.label == "Samordningsförbundet Gästrikland"
    assert membership.party.abbreviation == "S"


@pytest.mark.parametrize(("title", "label"), [
    pytest.param("SAMORDNINGSFÖRBUNDET ESKILSTUNA STRÄNGNÄS\nProtokoll 2014-02-18\n",
                 "Samordningsförbundet Eskilstuna Strängnäs", id="joint-förbund-caps"),
    pytest.param("Protokoll fört vid sammanträde med Socialnämnden i Lerums\nkommun, 2019-04-02.\n",
                 "Socialnämnden i Lerums kommun", id="other-body"),
])
def test_body_that_met(extract, title, label):
    assert extract(title + "\n§ 1 Mötets öppnande\nMötet öppnades.\n").meeting.forbund.label == label


def test_numbered_agenda_list_and_bodies(extract):
    ex = extract(HEAD + "Dagordning\n1. Mötets öppnande\n2. Val av justerare\n3. Ansökan Steg, Borås kommun\n\n"
                 "1. Mötets öppnande\nMötet öppnades.\n\n2. Val av justerare\nKarin Dahl valdes att justera.\n\n"
                 "3. Ansökan Steg, Borås kommun\nStyrelsen beslutar att bevilja Borås kommun 200 000 kr.\n")
    assert [(a.number, a.title) for a in ex.agenda] == [(1, "Mötets öppnande"), (2, "Val av justerare"),
                                                        (3, "Ansökan Steg, Borås kommun")]
    assert [(g.section, g.amount) for g in ex.grants] == [(3, 200000)]


def test_diarienummer_heading_and_bare_beslut_heading(extract):
    ex = extract(HEAD + "§ 12\tDnr 2023/45\nAnsökan om medel, Borås kommun\nKommunen ansöker om medel.\n\n"
                 "Beslut\nAtt bevilja Borås kommun 100 000 kr.\n\n§ 13 Övrigt\nInget.\n")
    assert [(a.number, a.title) for a in ex.agenda] == [(12, "Ansökan om medel, Borås kommun"), (13, "Övrigt")]
    assert [(g.section, g.amount, g.recipient.label) for g in ex.grants] == [(12, 100000, "Borås kommun")]


def test_heading_that_is_also_the_header_row(extract):
    ex = extract(HEAD + "Ledamöter\tParti\tRepresenterar\tNärvarande\nKarin Dahl\tS\tBorås kommun\tJa\n"
                 "Ola Strand\tM\tMarks kommun\tNej\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert attendance(ex) == {"Karin Dahl": True, "Ola Strand": False}
    assert represents(ex) == {"Karin Dahl": "Borås kommun", "Ola Strand": "Marks kommun"}
    assert ("Ola Strand", "ledamot") in roles(ex)


def test_outcomes_listed_apart_from_their_items(extract):
    ex = extract(HEAD + "§ 4 Ansökan Steg, Borås kommun\nFörslag till beslut: Att bevilja Borås kommun 320 000 kr "
                 "för Steg under 2023.\n\n§ 5 Ansökan Kliv, Marks kommun\nFörslag till beslut: Att bevilja Marks kommun "
                 "90 000 kr.\n\n§ 6 Riktlinjer\nFörslag till beslut: Att anta riktlinjerna.\n\n"
                 "Beslutslista: § 4 Bifall, § 5 Avslag, § 6 Bordläggs\nReservation: Ola Strand (M) mot beslutet i § 5.\n")
    assert [(g.section, g.amount, g.recipient.label) for g in ex.grants] == [(4, 320000, "Borås kommun")]
    assert [(a.section, a.amount) for a in ex.applications] == [(5, 90000)]
    assert {d.section: d.kind.value for d in ex.decisions} == {4: "granted", 5: "rejected", 6: "tabled"}
    assert [(d.person.name, d.section) for d in ex.dissents] == [("Ola Strand", 5)]


def test_day_and_month_take_the_year_of_the_header(extract):
    ex = extract("PROTOKOLL                                        Sammanträdesdatum\n"
                 "Samordningsförbundet Sjuhärad                    2023-09-14\n\n"
                 "Plats och tid: Borås stadshus, den 14/9 kl. 08.30–11.00\n\n"
                 "§ 1 Budget\nBudgeten för perioden 2024-01-01 till 2025-12-31 och 2024-01-01 diskuterades.\n")
    assert str(ex.meeting.date) == "2023-09-14"


def test_roster_extracted_column_by_column(extract):
    ex = extract(HEAD + "Närvarande ledamöter\n\nKarin Dahl\nOla Strand\nMaja Lind\n\nOrdförande (S)\n(M)\n\n\n"
                 "Borås kommun\nMarks kommun\nFörsäkringskassan\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert represents(ex) == {"Karin Dahl": "Borås kommun", "Ola Strand": "Marks kommun", "Maja Lind": "Försäkringskassan"}
    assert ("Karin Dahl", "ordförande") in roles(ex)
    assert {m.person.name: m.party.abbreviation for m in ex.memberships if m.party} == {"Karin Dahl": "S", "Ola Strand": "M"}
