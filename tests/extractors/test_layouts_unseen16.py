"""Conventions first met in a sixteenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, roles   # same folder (rootdir-less tests)
from test_layouts_unseen3 import parties
from test_layouts_unseen7 import titles

from samgraf.extractors import names as names_mod
from samgraf.model import MeetingRoleKind

ADJUSTER = MeetingRoleKind.ADJUSTER


def test_a_middle_initial_keeps_its_full_stop():
    """'Natalia E. Henriksson' is printed with the stop; the name keeps it (the last word does not: 'Eva Ek.')."""
    assert names_mod.clean_name("Natalia E. Henriksson") == "Natalia E. Henriksson"
    assert names_mod.clean_name("Eva Ek.") == "Eva Ek"


def test_lower_case_local_party_tags_where_the_parties_are_known(extract):
    """'Lars Ek (ap)', 'Ulla Sand (spi)' among rows tagged (s), (m), (c): local parties in lower case, read as their
    letters (before: no membership at all); a note in brackets ('(tjg)') is no party."""
    text = ("1 SOCIALNÄMNDEN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2011-03-15 Plats och tid Kommunhuset kl 13.00 "
            "Beslutande Karin Ström (s), ordförande Olle Berg (m) Lars Ek (ap) Ulla Sand (spi) Rut Dahl (c) Bo Holm "
            "(s) Per Lind (tjg) Övriga deltagande Maria Falk, sekreterare\n")
    found = parties(extract(text))
    assert found["Lars Ek"] == "AP" and found["Ulla Sand"] == "SPI"
    assert "Per Lind" not in found


FALKEN = ("1 1 KOMMUN PROTOKOLL Nr 6 Socialnämnden Sammanträdesdatum NÄRVARANDE Ledamöter Tjg ersättare Övriga "
          "ersättare Tjänstemän Jan Berg, ordf (mp) Britt Jonsson, v ordf (s) Sigge Dahl (c) Marianne Sten (m) "
          "Thomas Fager (s) Elisabet Karl (fp) Glenn Ljung (s) för Marie Pettersson Irhan Kasic (s) för Vera Norberg "
          "Lena Carl (c) Bengt Martin (c) t o m 77 Per Sjövall (v) Bernt Karlsson (kd) Jan Dickens, socialchef Anders "
          "Hedenby, sekreterare Paragrafer Justering Ordföranden samt Britt Jonsson Underskrifter Sekreterare\n")


def test_stacked_column_headings_under_a_title_in_capitals(extract):
    """'NÄRVARANDE Ledamöter Tjg ersättare Övriga ersättare Tjänstemän' over one run of names: the members, the
    deputies serving 'för' a member, the other deputies (party-tagged, until the officials)."""
    found = roles(extract(FALKEN))
    assert {("Sigge Dahl", "ledamot"), ("Elisabet Karl", "ledamot"), ("Glenn Ljung", "tjänstgörande ersättare"),
            ("Irhan Kasic", "tjänstgörande ersättare"), ("Lena Carl", "ersättare"), ("Bernt Karlsson", "ersättare")} \
        <= found
    assert ("Jan Dickens", "ersättare") not in found


def test_the_chair_and_a_named_member_check_the_minutes(extract):
    """'Justering Ordföranden samt Britt Jonsson', 'Utses att justera: ordföranden och Eva Ek': the named one is
    the justerare."""
    assert ("Britt Jonsson", ADJUSTER) in meeting_roles(extract(FALKEN))
    text = ("1 NÄMNDEN Sammanträdesdatum 2011-03-15 Beslutande Karin Ström (s), ordförande Eva Ek (m) Olle Berg (m) "
            "Övriga deltagande Maria Falk, sekreterare Utses att justera: ordföranden och Eva Ek Underskrifter\n")
    assert ("Eva Ek", ADJUSTER) in meeting_roles(extract(text))


#: An attendance table flattened one row a line after recovery: "Namn Parti Närvaro ... Ledamöter (7)", each row
#: "Name PARTY 1|-", a vacancy's note inside a row, the deputies' heading lost.
COUNTED = ("Närvarolista Namn Parti Närvaro Reservation Anteckningar/ Tjänstgörande ersättare Ledamöter (7) Erik Berg S 1 "
           "Ordförande Anders Åkesson M 1 Hans Lind S 1 Lilly Bäck S 1 Maria Mark S 1 Tomas Mört C - Vakant plats "
           "Nicke Grahn L 1 Patrik Nilsson S - Janet Åberg S - Karin Malm S - Övriga närvarande Mona Fjell, "
           "nämndsekreterare\n")


def test_a_heading_that_counts_its_seats(extract):
    """'Ledamöter (7)' then ten rows: the first seven seats are the members', the vacant one among them ("Vakant
    plats", a row of its own); the party-tagged rows after them are the deputies, whose heading the converter lost
    (read so since the thirty-fourth blind check; before, the vacancy was taken for a note and Nicke Grahn for the
    seventh member, the rest left without a seat)."""
    found = roles(extract(COUNTED))
    assert ("Maria Mark", "ledamot") in found and ("Tomas Mört", "ledamot") in found
    assert {("Nicke Grahn", "ersättare"), ("Patrik Nilsson", "ersättare"), ("Karin Malm", "ersättare")} <= found
    assert not {("Nicke Grahn", "ledamot"), ("Patrik Nilsson", "ledamot"), ("Mona Fjell", "ersättare")} & found


def test_a_row_name_before_bare_party_letters_and_a_mark(extract):
    """'Tomas Mört C - Vakant plats Nicke Grahn L 1': a row's name (a first name not in our list) before its party's
    letters and its mark opens a row, after another row's note."""
    ex = extract(COUNTED)
    assert attendance(ex)["Nicke Grahn"] is True and parties(ex)["Nicke Grahn"] == "L"


def test_a_label_word_is_no_name(extract):
    """'Sammanträdesplats Tallen, Region Västerbotten', 'Sekreterare Mona-Lisa Fjell Ordföranden Erik Berg (S)': a
    form's label is no person and ends the name before it."""
    text = ("1 PROTOKOLL 1 (28) Sammanträdestid kl 09:00-12:30 Sammanträdesplats Tallen, Region Västerbotten, Umeå "
            "Beslutande Enligt närvarolista sidan 2 Övriga närvarande Enligt närvarolista sidan 2 Paragrafer "
            "Underskrifter Genom digital justering Sekreterare Mona-Lisa Fjell Ordföranden Erik Berg (S) Anders Åg (M) "
            "BEVIS OM ANSLAG Justering har tillkännagivits genom anslag. Myndighet Arbetsutskottet\n\n2 PROTOKOLL 2 (28) "
            "Närvarolista Namn Parti Närvaro Ledamöter Erik Berg S 1 Ordförande Anders Åg M 1 Hans Lind S 1 Övriga "
            "närvarande Mona-Lisa Fjell, nämndsekreterare, Anna Pett, regiondirektör\n")
    ex = extract(text)
    people = {m.person.name for m in ex.memberships} | {r.person.name for r in ex.meeting_roles} | \
        {a.person.name for a in ex.attendance}
    assert "Mona-Lisa Fjell" in people
    assert not any(name.startswith("Sammanträdesplats") or "Ordföranden" in name for name in people)


def test_a_title_heading_over_deciders_and_deputies(extract):
    """'Närvarande Beslutande Ersättare' over one run: rows with ', tjg ersättare' serve in members' seats among the
    deciders; where a party listed before comes back (C ... L, then C), the deputies' column begins."""
    text = ("RS 2016/203 Plats och tid Bornholm, 14 december 2016 Närvarande Beslutande Ersättare Björn Jan, Ordförande "
            "(S) Leif Dahl (S) Johnny Wik (S), tjg ersättare Isabel Enström (MP) Lars Thom (C) Simon Hären (M) Lena "
            "Celion (M), tjg ersättare Ulf Klas (L), tjg ersättare Anna Andersson (C) Jacob Dyg (M) Övriga Jan Olsson, "
            "chefsjurist\n")
    found = roles(extract(text))
    assert {("Anna Andersson", "ersättare"), ("Jacob Dyg", "ersättare"), ("Ulf Klas", "tjänstgörande ersättare")} \
        <= found
    assert ("Lars Thom", "ersättare") not in found


#: One person a line with a cross, absent rows saying so in words, a staff heading.
CROSSES = ("PROTOKOLL\n\nLedamöter Närvarande\nHanna Roberts X\nChristian Gräs X\nDavid Lang anmält förhinder\n"
           "Tina Lund X\nBinnie Kristal-Andersson X\nSuppleanter\nCarina Grön X\nSekretariatet\nTessi Fickendey X, "
           "sekreterare\nDan Grund X\n\n§ 94 Mötet öppnas\n")


def test_crosses_mean_present_where_absent_rows_say_so(extract):
    """'Hanna Roberts X / David Lang anmält förhinder': no header over the crosses, but the rows without one say
    their person is absent, so a row's one cross marks its person present."""
    found = attendance(extract(CROSSES))
    assert found["Hanna Roberts"] is True and found["Carina Grön"] is True and found["David Lang"] is False


def test_unknown_first_names_before_a_cross_and_a_staff_heading(extract):
    """'Binnie Kristal-Andersson X' (a first name not in our list, a surname that is a common word's part) is a row;
    'Sekretariatet' heads the staff, whose rows are no deputies."""
    ex = extract(CROSSES)
    found = roles(ex)
    assert ("Binnie Kristal-Andersson", "ledamot") in found
    assert ("Dan Grund", "ersättare") not in found


def test_the_first_paragraph_is_the_lowest_range_start(extract):
    """'X, mötesordförande § 94 - § 106' beside one row and '§ 105 - § 106' beside many guests: the meeting opens at
    § 94, so the guests were not there at its start."""
    text = ("PROTOKOLL\n\nLedamöter\nHanna Roberts, mötesordförande § 94 - § 106\nTina Lund\nÖvriga\n"
            "Annah Berg, § 105 - § 106\nLaila Brolin, § 105 - § 106\nRune Brolin, § 105 - § 106\n\n§ 94 Mötet öppnas\n")
    found = attendance(extract(text))
    assert found.get("Annah Berg") is not True and found.get("Rune Brolin") is not True


def test_a_justera_label_stacked_on_a_heading_does_not_label_its_first_row(extract):
    """'Övriga deltagande Utses att justera Peter Molin, ersättare ... Mia Sjölund Justeringens tid och plats': the
    labels first; the name after them is the heading's first row, not the justerare."""
    text = ("Beslutande Linnéa Land, ordförande, Sala kommun Mia Sjölund, ledamot, Hallstahammars kommun Övriga "
            "deltagande Utses att justera Peter Molin, ersättare, Sala kommun Jonas Wells, samordnare Mia Sjölund "
            "Justeringens tid och plats\n")
    assert ("Peter Molin", ADJUSTER) not in meeting_roles(extract(text))


def test_an_official_is_no_justerare_by_the_next_fields_label(extract):
    """'Conny Ek, näringslivschef 26 Justerare Justeringens plats och tid Ida Staf (C)': the label after an official's
    row opens the next field."""
    text = ("1 Kommunstyrelsens arbetsutskott Beslutande Jan Sahl (S), ordförande Ida Staf (C) Övriga närvarande "
            "Maria Hed, kommunsekreterare Conny Ek, näringslivschef 26 Justerare Justeringens plats och tid Ida Staf "
            "(C) Förvaltningen 6 mars Underskrifter Sekreterare Paragrafer 26 -- 38 Maria Hed\n")
    assert ("Conny Ek", ADJUSTER) not in meeting_roles(extract(text))


def test_a_guests_paragraph_number_closing_the_row(extract):
    """'Ove Mark, Piteå Hockey 11': a number closing a guest's row is the § they attended (the meeting opens at 10),
    not a mark of presence at the start; 'Eva Ek S 1' stays a mark."""
    text = ("Beslutande Ann Säm (S) ordförande Anders Ny (S) vice ordförande\nÖvriga deltagare\nPer Lenn, avd chef\n"
            "Elisa Forsell, ungdomskonsulent 10\nOve Mark, Piteå Hockey 11\nHåkan Linn, Piteå idrottsklubb 11\n\n"
            "§ 10 Information om studien\n\n§ 11 Investeringsförslag för arenan\n")
    found = attendance(extract(text))
    assert found.get("Ove Mark") is not True and found.get("Håkan Linn") is not True
    assert found.get("Elisa Forsell") is True


def test_a_title_in_capitals_ends_where_the_body_begins(extract):
    """'20 BESÖK PÅ FAMILJECENTRAL En familjecentral bedriver ...': the capitals are the title."""
    text = ("1 KOMMUN SAMMANTRÄDESPROTOKOLL Folkhälsorådet\n\n5 20 BESÖK PÅ FAMILJECENTRAL En familjecentral bedriver "
            "en verksamhet som är hälsofrämjande.\n\n6 21 ÖVRIGA FRÅGOR Inga övriga frågor.\n")
    assert titles(extract(text))[20] == "BESÖK PÅ FAMILJECENTRAL"


def test_an_acronym_title_keeps_what_it_stands_for(extract):
    """Guard: '§ 4 MISAM Motiverande Insatser mot Studier' is one title (one word in capitals is no title in capitals)."""
    text = "PROTOKOLL\n\n§ 4 MISAM Motiverande Insatser mot Studier, Arbete och Mående\n\nStyrelsen beslutar att notera.\n"
    assert titles(extract(text))[4].startswith("MISAM Motiverande Insatser")
