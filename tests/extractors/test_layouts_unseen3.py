"""Conventions first met in a third blind check (24 stored protocol pages nobody on the team had read:
attendance lists of HTML pages, flattened närvarolistor, signature tables as converters write them);
each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, roles   # same folder (rootdir-less tests)
from test_layouts_unseen import people

from samgraf.model import Extraction, MeetingRoleKind


def parties(ex: Extraction) -> dict[str, str]:
    return {m.person.name: m.party.abbreviation for m in ex.memberships if m.party is not None}


ATTENDANCE_LIST = (HEAD + "NÄRVAROLISTA\n\nNärvaro Votering\nLEDAMÖTER Ja Nej Tid Kl. 13.00-17.00 Ja Nej\n"
                   "Anna Berg, ordf m x x\nKarl Holm c x - -\nEva Lind c x Kl. 13.00-16.30 - -\nLars- Erik Sand s x x\n"
                   "Maja Ek fp x\n\nERSÄTTARE:\nOla Vik m\n")


def test_attendance_list_rows_with_lower_case_party_letters_and_crosses(extract):
    """'Name party x x' under 'Ja Nej Tid ... Ja Nej': the letters are the party, the first cross is attendance
    (the others are votes), a time of day is when the member left, not a title, and no row ends the list."""
    ex = extract(ATTENDANCE_LIST)
    assert parties(ex) == {"Anna Berg": "M", "Karl Holm": "C", "Eva Lind": "C", "Lars-Erik Sand": "S",
                           "Maja Ek": "L"}
    assert all(attendance(ex)[n] is True for n in ("Anna Berg", "Karl Holm", "Eva Lind", "Lars-Erik Sand"))
    assert ("Eva Lind", "ledamot") in roles(ex)
    assert not any(role and "13.00" in role for _, role in roles(ex))
    assert "Votering" not in people(ex)


def test_a_hyphen_a_line_break_left_joins_a_name(extract):
    ex = extract(HEAD + "Ledamöter\nPer- Olof Lind (S)\nMarie Berg- Holm (M)\n")
    assert {"Per-Olof Lind", "Marie Berg-Holm"} <= people(ex)


def test_other_attendees_heading_before_a_hyphenated_first_name(extract):
    ex = extract(HEAD + "Beslutande Se närvarolista\n\nÖvriga deltagande Nils-Gunnar Berg, utbildningschef\n"
                 "Leif Holm, bitr förvaltningschef\nUtses att justera Anna Lind (s)\n")
    assert {"Nils-Gunnar Berg", "Leif Holm"} <= set(attendance(ex))


def test_empty_dot_leader_fields_sign_with_the_name_below(extract):
    """'Ordförande .......' with nothing after the leader: the name on the next line is the field's."""
    ex = extract(HEAD + "Underskrift Sekreterare ............................ Paragrafer 17-27\nMarta Dahl\n\n"
                 "Ordförande ...............................\nNils Berg\n\nJusterande ..........................\n"
                 "Per-Olof Lind\nANSLAG/BEVIS\n")
    assert {("Marta Dahl", MeetingRoleKind.SECRETARY), ("Nils Berg", MeetingRoleKind.CHAIR),
            ("Per-Olof Lind", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)
    assert ("Marta Dahl", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_signature_table_names_above_their_labels(extract):
    """A converter writes each signer's name over the caption of the line: name, label, name, label."""
    ex = extract(HEAD + "Beslutande\nBritta Lund (S), ordförande\nPer Ek (M)\n\nUnderskrifter\n\nAnna Vik (KD)\n\n"
                 "Ordförande Rolf Sand (S)\n\nJusterare\n\nOlivia Berg Sekreterare\n\n(2)\n")
    assert {("Anna Vik", MeetingRoleKind.CHAIR), ("Rolf Sand", MeetingRoleKind.ADJUSTER),
            ("Olivia Berg", MeetingRoleKind.SECRETARY)} <= meeting_roles(ex)
    assert ("Rolf Sand", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_signature_labels_stacked_over_their_names(extract):
    ex = extract(HEAD + "Underskrifter\nOrgan\nSekreterare Ordförande\nJusterande... Sara Lind...\nTord Berg (S)...\n"
                 "Anton Ek (C)\nANSLAG/BEVIS\nProtokollet är justerat.\n")
    assert {("Sara Lind", MeetingRoleKind.SECRETARY), ("Tord Berg", MeetingRoleKind.CHAIR),
            ("Anton Ek", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)
    assert ("Sara Lind", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_a_name_before_the_signatures_heading_stays_a_roster_row(extract):
    ex = extract(HEAD + "Övriga deltagare\nLisa Holm, projektledare, 40 UNDERSKRIFTER\nKarl Berg\n"
                 "Sekreterare Britta Lund\nOrdförande Per Ek\nJusterare 57 (86)\n")
    assert "Lisa Holm" in people(ex)
    assert {("Karl Berg", MeetingRoleKind.SECRETARY), ("Britta Lund", MeetingRoleKind.CHAIR),
            ("Per Ek", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)


def test_party_letters_before_presence_cells_one_and_dash(extract):
    """A flattened närvarolista: 'Name PARTY 1' present, 'Name PARTY -' absent; an empty seat is a row."""
    ex = extract(HEAD + "Närvarolista\nLedamöter\nErik Berg S 1 Ordförande\nAnna Holm M 1\nTomas Lund C - Vakant plats\n"
                 "Per Sand S -\nKarin Vik KD -\nÖvriga närvarande\nLisa Ek, nämndsekreterare\n")
    assert parties(ex) == {"Erik Berg": "S", "Anna Holm": "M", "Tomas Lund": "C", "Per Sand": "S", "Karin Vik": "KD"}
    assert attendance(ex)["Anna Holm"] is True
    assert attendance(ex)["Per Sand"] is False and attendance(ex)["Karin Vik"] is False


def test_two_beslutande_headings_side_by_side_leave_the_seat_untold(extract):
    """'Beslutande ledamöter Beslutande ersättare' printed together before the names of both columns."""
    ex = extract("1 Utbildningsnämnd (21) Plats och tid Beslutande ledamöter Beslutande ersättare Stadshuset, "
                 "Åsele, rum Kubbe 14:30 16:35 Jan-Olov Berg (S) Ordf. Camilla Ek (M) Eva Holm (S) Ulla Vik (KD) "
                 "Roger Sand (S) Hans Lund (FP) Agneta Dahl (S) Magnus Berg (S) Carola Lind (S) Peder Ek (S) "
                 "Närvarande ersättare Carin Holm (S) Göran Vik (KD) Susanne Ek (S)" + " " * 120 + "\n")
    assert ("Jan-Olov Berg", "ordförande") in roles(ex)
    assert not any(role == "ledamot" for _, role in roles(ex))
    assert ("Carin Holm", "ersättare") in roles(ex)


def test_misspelt_non_serving_heading_and_tjg_abbreviation(extract):
    ex = extract(HEAD + "Beslutande:\n\nÅsa Berg (SD)\n\nConny Lund (SD) tj.g ersättare\n\nBirgit Ek (S)\n\n"
                 "Ej tjänstegörande;\n\nRobert Holm (KD)\n\nValter Sand (S)\n\nDeltagande:\nLisa Vik, miljöchef\n")
    assert ("Conny Lund", "tjänstgörande ersättare") in roles(ex)
    assert {("Robert Holm", "ersättare"), ("Valter Sand", "ersättare")} <= roles(ex)
    assert parties(ex)["Birgit Ek"] == "S"


def test_party_column_printed_before_the_names(extract):
    """'Beslutande C / Ulla Berg, ordförande S / ...': each row's letters stand at the end of the line above."""
    ex = extract("1 SAMMANTRÄDESPROTOKOLL Sida 1(33) Tid Klockan Plats Strömsalen, Kinna Närvarande Beslutande C "
                 "Ulla Berg, ordförande S Ulf Dahl, vice ordförande M Rolf Holm L Erika Lind Ej tjänstgörande ersättare "
                 "KD Henry Sand S Mona Vik, Övriga Bo Alm Förvaltningschef Justeringens plats och tid Socialförvaltningen "
                 "den 15 maj 2017\n")
    assert parties(ex) == {"Ulla Berg": "C", "Ulf Dahl": "S", "Rolf Holm": "M", "Erika Lind": "L",
                           "Henry Sand": "KD", "Mona Vik": "S"}


def test_own_bracketed_tags_are_not_shifted(extract):
    ex = extract(HEAD + "Beslutande\nUlla Berg (C), ordförande\nUlf Dahl (S)\nRolf Holm M\n")
    assert parties(ex) == {"Ulla Berg": "C", "Ulf Dahl": "S", "Rolf Holm": "M"}


def test_section_numbers_with_a_year_suffix(extract):
    """'§ 63/20 Title': the number of the year after a slash; joined contents lines are split at the next §."""
    ex = extract(HEAD + "Innehållsförteckning\n\n§ 63/20 Fastställande av dagordning\n\n§ 64/20 Nytt bidragsreglemente\n\n"
                 "§ 65/20 Uppföljning av åtgärdsplan - hemtjänst § 66/20 Övriga informationsärenden § 67/20 Övriga frågor"
                 "\n\n§ 63/20 Fastställande av dagordning\n\nArbetsutskottet beslutar att fastställa dagordningen.\n")
    assert {a.number: a.title for a in ex.agenda} == {
        63: "Fastställande av dagordning", 64: "Nytt bidragsreglemente", 65: "Uppföljning av åtgärdsplan - hemtjänst",
        66: "Övriga informationsärenden", 67: "Övriga frågor"}


def test_adjustment_label_wrapped_over_two_lines_is_not_the_meeting_date(extract):
    ex = extract("Utbildningsnämnden\n\nPlats och tid Hotell Roslagen, Norrtälje, kl. 09.00-17.00\n\n"
                 "Beslutande Se närvarolista\n\nJusteringens \nplats och tid Förvaltningskontoret 2000-03-30, kl. 11.00\n\n"
                 "Organ Utbildningsnämnden\n\nSammanträdesdatum 2000-03-23\n")
    assert str(ex.meeting.date) == "2000-03-23"


def test_a_chairs_role_after_the_party_tag_belongs_to_the_row_above(extract):
    """'Name (party) Role' rows cut before the role: 'Lillemor Ek (m) / Ordförande Janette Berg (s) Vice ordförande'."""
    ex = extract(HEAD + "Ledamöter\nLillemor Ek (m)\nOrdförande Janette Berg (s) Vice ordförande\nInger Holm (c)\n\n"
                 "Ersättare\nMarie Lind (s)\n")
    assert {("Lillemor Ek", "ordförande"), ("Janette Berg", "vice ordförande")} <= roles(ex)
    assert ("Janette Berg", "ordförande") not in roles(ex)


def test_clipped_beslutande_ledamoter_on_a_flattened_attendance_page(extract):
    """'ande ledamöter' (the converter clipped 'Beslut') opens the list on a page flattened to one line."""
    names = " ".join(f"{first} {last} ({party})" for first, last, party in (
        ("Britt", "Åberg", "S"), ("Bülent", "Kaya", "S"), ("Åsa", "Berg", "S"), ("Ingvar", "Holm", "M"),
        ("Yvonne", "Lind", "M"), ("Roger", "Sand", "V"), ("Maria", "Ström", "C"), ("Leif", "Vik", "MP")))
    ex = extract("SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sida 2(5) Närvarolista ande ledamöter " + names +
                 " Ej beslutande ersättare Karin Dahl (S) Per Alm (M) Tjänstemän Lisa Ek, kommunsekreterare\n")
    assert {"Britt Åberg", "Bülent Kaya", "Maria Ström", "Leif Vik"} <= set(attendance(ex))
    assert ("Per Alm", "ersättare") in roles(ex)


def test_fullmaktige_headings_of_elected_members(extract):
    ex = extract(HEAD + "Förtroendevalda beslutande:\nSiw Berg (S) ordf\nMikael Lund (S)\nBo Holm (M)\n"
                 "Förtroendevalda ej beslutande:\nSofia Dahl (S)\nAlf Vik (V)\n\nÖvriga:\nLisa Ek, kommunsekreterare\n")
    assert {"Siw Berg", "Mikael Lund", "Bo Holm", "Sofia Dahl", "Alf Vik"} <= set(attendance(ex))
    assert ("Siw Berg", "ordförande") in roles(ex)


def test_a_signature_label_beside_the_paragraph_field(extract):
    ex = extract(HEAD + "Beslutande\nEva Berg (S), ordförande\nHans Ek (M)\n\nJusteringens plats och tid Kansliet, "
                 "Kisa, Underskrifter\n\nSekreterare Paragrafer §§ 9-19\n\nJoakim Lund\n\nOrdförande\n\nEva Berg\n\n"
                 "Justerare\n\nHans Ek\n\nANSLAG/BEVIS\n")
    assert {("Joakim Lund", MeetingRoleKind.SECRETARY), ("Eva Berg", MeetingRoleKind.CHAIR),
            ("Hans Ek", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)
    assert ("Eva Berg", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_footer_signature_boxes_before_a_heading(extract):
    ex = extract(HEAD + "(1)\n\nJusterandes sign Utdragsbestyrkande Ledamöter\n\nEva Berg (S), Ordförande\n\n"
                 "Anna Holm (M) Britt-Marie Lund (C)\n\nErsättare\n\nBo Sand (S)\n")
    assert {("Eva Berg", "ledamot"), ("Anna Holm", "ledamot"), ("Britt-Marie Lund", "ledamot")} <= roles(ex)


def test_a_forbundschef_without_the_forbunds_name_heads_the_body_that_met(extract):
    ex = extract("Direktionen\nProtokoll 2021-01-15\n\nBeslutande\nÅke Berg (S), ordförande\nEva Lund (M)\n\n"
                 "Övriga deltagare\nPer Holm, förbundschef\nAnna Ek, controller\n")
    assert ex.meeting.forbund is None
    assert ("Per Holm", "förbundschef") in roles(ex)
    assert not any(name == "Anna Ek" for name, _ in roles(ex))     # other staff need the förbund's name


def test_a_row_whose_tag_and_comma_precede_a_long_note_is_no_prose(extract):
    ex = extract(HEAD + "Övriga närvarande\nPriya Joshi (M), närvarande t.o.m. kl. 16:\nGunvor Berg (MP), representerar MP, "
                 "närvarande t.o.m. kl. 14:\nStephan Rapp, utbildningsdirektör\nBo Lund, ekonomichef\n")
    assert {"Gunvor Berg", "Stephan Rapp", "Bo Lund"} <= people(ex)
