"""Tests for samgraf.extractors.pipeline: one inline protocol in, one consistent Extraction out."""
from __future__ import annotations

import datetime as dt

import pytest

from samgraf.model import DecisionKind, DissentKind, MeetingRoleKind, OrgKind


@pytest.fixture(scope="module")
def ex(extract, protocol):
    return extract(protocol())


def test_meeting(ex):
    m = ex.meeting
    assert m.forbund is not None and m.forbund.label == "Samordningsförbundet Sjuhärad"
    assert (m.date, m.start_time, m.end_time) == (dt.date(2025, 3, 14), "09:00", "11:30")


def test_memberships_from_the_roster(ex):
    board = {(m.person.name, m.role, m.party.abbreviation if m.party else None)
             for m in ex.memberships if m.organisation is None}
    assert board == {("Karin Dahl", "ordförande", "S"), ("Jonas Vik", "ledamot", "M"),
                     ("Eva Lund", "ledamot", "SD"), ("Ola Strand", "ledamot", None)}
    staff = [(m.person.name, m.role, m.organisation.kind) for m in ex.memberships if m.organisation is not None]
    assert staff == [("Maja Lind", "förbundschef", OrgKind.FORBUND)]


def test_attendance_from_the_roster(ex):
    first = {}
    for a in ex.attendance:
        first.setdefault(a.person.name, (a.present, a.voting))
    assert first == {"Karin Dahl": (True, True), "Jonas Vik": (True, True), "Eva Lund": (True, True),
                     "Ola Strand": (False, False), "Maja Lind": (True, False)}


def test_attendance_is_never_contradictory(ex):
    seen: dict[str, bool] = {}
    for a in ex.attendance:
        assert seen.setdefault(a.person.name, a.present) == a.present


def test_meeting_roles_from_sentences_and_signatures(ex):
    roles = {(r.person.name, r.role) for r in ex.meeting_roles}
    assert roles == {("Karin Dahl", MeetingRoleKind.CHAIR), ("Jonas Vik", MeetingRoleKind.ADJUSTER)}
    assert {r.extractor for r in ex.meeting_roles} == {"rules.roster.v1", "rules.sentences.v1"}


def test_agenda_and_decisions(ex):
    assert [(a.number, a.title) for a in ex.agenda] == [
        (1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Ansökningar"), (4, "Övrigt")]
    assert [(d.key, d.section, d.kind) for d in ex.decisions] == [
        ("2025-2 §3:1", 3, DecisionKind.GRANTED), ("2025-2 §3:2", 3, DecisionKind.REJECTED),
        ("§4:o1", 4, DecisionKind.NOTED)]


def test_grant_and_rejected_application(ex):
    assert [(g.decision_key, g.amount, g.recipient.label, g.start, g.end) for g in ex.grants] == [
        ("2025-2 §3:1", 350000, "Marks kommun", "2025-04-01", "2026-03-31")]
    assert [(a.decision_key, a.amount, a.outcome) for a in ex.applications] == [("2025-2 §3:2", 90000, "rejected")]


def test_reservation_against_the_decisions_below(ex):
    assert [(d.person.name, d.kind, d.section, d.decision_keys) for d in ex.dissents] == [
        ("Eva Lund", DissentKind.RESERVATION, 3, ("2025-2 §3:1", "2025-2 §3:2"))]


def test_every_evidence_span_is_a_slice_of_the_text(ex):
    text = ex.doc.text
    spans = ([m.evidence for m in ex.memberships] + [a.evidence for a in ex.attendance] +
             [r.evidence for r in ex.meeting_roles] + [a.evidence for a in ex.agenda] +
             [d.evidence for d in ex.decisions] + [g.evidence for g in ex.grants] +
             [a.evidence for a in ex.applications] + [d.evidence for d in ex.dissents] +
             [m.person.span for m in ex.memberships] + list(ex.meeting.evidence))
    assert spans
    assert [s for s in spans if s.text != text[s.start:s.end]] == []


def test_reservation_against_the_decision_of_its_section(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\n§ 5 Ansökan från Marks kommun\n\n"
            "Styrelsen beslutar att bevilja Marks kommun 200 000 kronor.\n\n"
            "Lina Ström (SD) reserverar sig mot beslutet.\n\n§ 6 Övrigt\n\nInformationen läggs till handlingarna.\n")
    ex = extract(text)
    granted = [d for d in ex.decisions if d.kind == DecisionKind.GRANTED]
    assert len(granted) == 1
    assert [(d.person.name, d.kind, d.decision_keys) for d in ex.dissents] == [
        ("Lina Ström", DissentKind.RESERVATION, (granted[0].key,))]
    assert any(a.person.name == "Lina Ström" and a.present for a in ex.attendance)


def test_protocol_note_and_abstention(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\n§ 5 Verksamhetsplan\n\n"
            "Styrelsen beslutar att fastställa verksamhetsplanen.\n\n"
            "Karl Sund (V) deltar inte i beslutet.\n\nNils Åberg (C) lämnar en protokollsanteckning.\n")
    ex = extract(text)
    assert {(d.person.name, d.kind, d.section) for d in ex.dissents} == {
        ("Karl Sund", DissentKind.ABSTENTION, 5), ("Nils Åberg", DissentKind.PROTOCOL_NOTE, 5)}
    assert all(d.decision_keys == (ex.decisions[0].key,) for d in ex.dissents)


def test_member_party_of_roster_rows(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\nLedamöter\nAnna Berg (S), Vänersborgs kommun\n"
            "Per Ek (M), Försäkringskassan\n\n§ 1 Öppnande\n")
    ex = extract(text)
    assert {(m.person.name, m.role, m.represents.label, m.party.abbreviation) for m in ex.memberships} == {
        ("Anna Berg", "ledamot", "Vänersborgs kommun", "S"), ("Per Ek", "ledamot", "Försäkringskassan", "M")}


def test_substitute_membership(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\nErsättare\n"
            "Karl Sund (M), Alingsås kommun, tjänstgörande ersättare för Per Ek\n\n§ 1 Öppnande\n")
    found = {(m.person.name, m.role, m.substitute_for) for m in extract(text).memberships}
    assert ("Karl Sund", "tjänstgörande ersättare", "Per Ek") in found
    assert {role for _, role, _ in found} <= {"ersättare", "tjänstgörande ersättare"}
    assert {name for name, _, _ in found} == {"Karl Sund"}


def test_elections_become_dated_memberships(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-12-10\n\n§ 4 Val\n\nKarin Dahl och Jonas Vik väljs till "
            "ordförande respektive vice ordförande för perioden 2025-01-01 – 2026-12-31.\n")
    found = {(m.person.name, m.role, m.start, m.end) for m in extract(text).memberships}
    assert found == {("Karin Dahl", "ordförande", "2025-01-01", "2026-12-31"),
                     ("Jonas Vik", "vice ordförande", "2025-01-01", "2026-12-31")}


def test_flattened_roster_reads_crosses_in_column_order(extract):
    """A table whose cells lost their columns (OCR, a converter's spaces): 'Närvarande' is the first mark column and
    nobody votes who is not there, so one cross is present, two are present and voting, and a row without a cross,
    where other rows have crosses, had an empty 'Närvarande' cell (as the same table with its tabs reads)."""
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\nNärvarande\nNamn Närvarande Beslutande\n"
            "Anna Berg X X\nPer Ek X\nLisa Holm\n\n§ 1 Öppnande\n\nMötet öppnades.\n")
    found = {a.person.name: (a.present, a.voting) for a in extract(text).attendance}
    assert found["Anna Berg"] == (True, True)
    assert found["Per Ek"] == (True, False)
    assert found["Lisa Holm"][0] is False


def test_roster_with_no_crosses_at_all_is_not_read_as_absent(extract):
    """A header row over rows none of which has a cross (the marks were lost): nobody is made absent."""
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\nNärvarande\nNamn Närvarande Beslutande\n"
            "Anna Berg\nPer Ek\nLisa Holm\n\n§ 1 Öppnande\n\nMötet öppnades.\n")
    assert not any(a.present is False for a in extract(text).attendance)


def test_empty_document_gives_empty_extraction(extract):
    ex = extract("Anteckningar\n")
    assert (ex.memberships, ex.attendance, ex.decisions, ex.grants, ex.dissents) == ((), (), (), (), ())
    assert ex.meeting.date is None


def test_reservation_names_its_section_without_the_sign(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\n4 Dagordning\n\nDagordningen godkänns.\n\n"
            "5 Ansökan från Marks kommun\n\nStyrelsen beslutar att avslå ansökan om 200 000 kronor.\n\n"
            "6 Övrigt\n\nInformationen läggs till handlingarna.\n\nReservation: Lina Ström (SD) mot beslutet i 5.\n")
    ex = extract(text)
    assert [(d.person.name, d.section) for d in ex.dissents] == [("Lina Ström", 5)]


def test_reservation_in_a_rewrapped_section_links_to_its_own_decision(extract):
    text = ("Samordningsförbundet Sjuhärad\nDatum: 2024-10-10\n\n§ 3 Fastställande av dagordning Dagordningen "
            "fastställs.\n\n§ 4 Ansökan Nya Steg, Marks kommun Marks kommun söker medel för Nya Steg.\n\n"
            "Beslut Styrelsen beslutar att bevilja\nMarks kommun 500 000 kr för Nya Steg.\n\n"
            "Lina Ström (SD) och Karl Sund (V)\nreserverar sig skriftligt.\n\n§ 5 Övrigt\n\nInga frågor.\n")
    ex = extract(text)
    assert {(d.person.name, d.section) for d in ex.dissents} == {("Lina Ström", 4), ("Karl Sund", 4)}


def test_reservation_before_the_next_heading_on_a_flattened_page(extract):
    text = ("Samordningsförbundet Sjuhärad Datum: 2024-10-10 § 31 Mötets öppnande Ordföranden öppnar mötet. "
            "§ 32 Ansökan från Föreningen Vägskälet Föreningen söker 480 000 kr för stöd till arbete. Beslut Styrelsen "
            "beslutar att avslå ansökan från Föreningen Vägskälet. Reservation: Lina Ström (M) § 33 Ekonomisk rapport "
            "Förbundschefen redovisar budgeten för året och de insatser som pågår. Styrelsen noterar informationen. "
            "§ 34 Avslutning Ordföranden avslutar mötet och tackar för visat intresse.\n")
    ex = extract(text)
    assert [(d.person.name, d.section) for d in ex.dissents] == [("Lina Ström", 32)]


def test_a_flattened_roster_wrapped_again_reads_as_the_flattened_one(extract):
    """A converter put the roster on one line; another wrapped it at 45 characters, breaking names and
    party tags across lines: the same people, parties and attendance as from the one line."""
    import textwrap

    roster = ("Protokoll Sammanträdesdatum 2024-10-10 Samordningsförbundet Sjuhärad Ledamöter Anna Berg (S) "
              "ordförande Per Ek (M) Sara Vik (C) Jonas Holm (KD) Karin Dahl (S) Lars Nyström (MP) Tjänstgörande "
              "ersättare Eva Lind (S) Ersättare Olle Strand (M) Tjänstemän Maja Lindqvist förbundschef")

    def people(text: str) -> set[tuple[str, str | None, bool | None]]:
        ex = extract(text + "\n\n§ 1 Öppnande\n\nMötet öppnas.\n")
        parties = {m.person.name: m.party.abbreviation if m.party else None for m in ex.memberships}
        return {(a.person.name, parties.get(a.person.name), a.present) for a in ex.attendance}

    flat = people(roster)
    assert len(flat) >= 8
    assert people("\n".join(textwrap.wrap(roster, 45))) == flat


def test_unknown_first_names_in_a_run_of_names(extract):
    """A flattened roster of bare names: a pair of capitalised words between two people (or right after the
    heading) is a person even when the first name is not in our list, or is also a common word ("Finn");
    a label between them ("Övriga deltagande") is not."""
    text = ("1 Sammanträdesprotokoll 1 (4) Plats och tid Kommunhuset, Borås den 10 oktober 2024 kl 9.00 Beslutande "
            "Ylvie Hedlund Anna Berg Per Ek Finn Hedlund Sara Vik Övriga deltagande Maja Lind Karl Sund Utses att "
            "justera Per Ek\n\n2 2 (4) 1 Öppnande Mötet öppnas.\n")
    present = {a.person.name for a in extract(text).attendance if a.present}
    assert {"Ylvie Hedlund", "Finn Hedlund", "Anna Berg", "Per Ek", "Sara Vik"} <= present
    assert not any("Övriga" in name or "deltagande" in name for name in present)


def test_stacked_signature_label_over_names_written_role_first(extract):
    """Flattened signatures: "Sekreterare" stands over the first name, and "Ordförande" is written before the
    second; with the role after the name ("Anna Berg, ordförande") the roles stay with their names."""
    roles = lambda text: {(r.person.name, r.role.value) for r in extract(text).meeting_roles}  # noqa: E731
    stacked = ("Beslutande Anna Berg Per Ek Maja Lind\n\n§ 1 Öppnande\n\nMötet öppnas.\n\nUnderskrifter\n"
               "Sekreterare\nParagrafer\nMaja Lind Ordförande Anna Berg\nJusterande\nPer Ek\n")
    assert {("Maja Lind", "secretary"), ("Anna Berg", "chair")} <= roles(stacked)
    assert ("Maja Lind", "chair") not in roles(stacked)
    after = ("Beslutande Anna Berg Per Ek Maja Lind\n\n§ 1 Öppnande\n\nMötet öppnas.\n\nVid protokollet   Justeras\n"
             "Maja Lind   Anna Berg, ordförande          Per Ek, justerare\n")
    assert {("Anna Berg", "chair"), ("Per Ek", "adjuster")} <= roles(after)
    assert not {("Per Ek", "chair"), ("Anna Berg", "adjuster")} & roles(after)


def test_unknown_first_name_between_roles_written_after_names(extract):
    """"Name ordförande Name vice ordförande": the second name is a person even with a first name we do
    not know, and each role stays with the name before it."""
    text = ("1 Sammanträdesprotokoll 1 (4) Plats och tid Kommunhuset, Borås den 10 oktober 2024 kl 9.00 Beslutande "
            "Anna Berg ordförande Ylvie Hedlund vice ordförande Per Ek Sara Vik Karl Sund Maja Lind Jonas Holm "
            "Karin Dahl Övriga deltagande Eva Lind Olle Strand Utses att justera Per Ek\n\n"
            "2 2 (4) 1 Öppnande Mötet öppnas.\n")
    members = {(m.person.name, m.role) for m in extract(text).memberships}
    assert {("Anna Berg", "ordförande"), ("Ylvie Hedlund", "vice ordförande")} <= members
    assert ("Anna Berg", "vice ordförande") not in members


def test_signature_fields_between_slashes_on_one_line(extract):
    """A converter wrote the signature table as one line of slash-delimited fields ("Underskrifter /Name,
    role/ /Name, role/"), longer than a single signature: each field is a signature."""
    text = ("Samordningsförbundet Sjuhärad\nProtokoll 2024-10-10\n\nBeslutande\nAnna Berg, ordförande\n"
            "Per Ek, ledamot\n\n§ 1 Öppnande\n\nMötet öppnas.\n\n"
            "Underskrifter.. /Anna Berg, ordförande. Per Ek, vice ordf./ /Maja Lind, sekreterare/.. "
            "/Per Ek, protokollsjusterare/\n")
    roles = {(r.person.name, r.role.value) for r in extract(text).meeting_roles}
    assert {("Maja Lind", "secretary"), ("Per Ek", "adjuster")} <= roles


def test_a_row_of_comma_cells_with_titles_ending_in_a_full_stop_is_no_prose(extract):
    """The last row of a block written as comma cells, with titles we do not read as roles and a full
    stop ("Name, AME chef, X kommun, Beredningsgruppens ordförande."), is a roster row, not a sentence."""
    text = ("Samordningsförbundet Sjuhärad\nProtokoll 2024-10-10\n\nBeslutande\nAnna Berg, ordförande\n"
            "Per Ek, ledamot\n\nAnmält förhinder\nSara Vik, ersättare,\n"
            "Olle Strand, AME chef, Alingsås kommun, Beredningsgruppens ordförande.\n\n§ 1 Öppnande\n\nMötet öppnas.\n")
    absent = {a.person.name for a in extract(text).attendance if a.present is False}
    assert {"Sara Vik", "Olle Strand"} <= absent
