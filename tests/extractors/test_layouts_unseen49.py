"""Conventions first met in a forty-ninth to fifty-fourth blind check (stored protocol pages nobody on the team had
read: fullmäktige rolls with a party column or one presence column, a roll call in bulleted lists, a kommunstyrelse
whose role column follows its names, contents lists with a column label, justerare chosen in sentences); each is
tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, roles

from samgraf.extractors.roles import normalize_role
from samgraf.extractors.roster import find_items, parse_header, split_lines
from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Kommunstyrelsen Sammanträdesdatum 2015-02-02\n"
ROSTER = "Beslutande Anna Berg (S) ordförande, Per Ek (M), Ulric Andersson (C), Lena Holm (S), Margareta Berg (V)\n"


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def adjusters(ex) -> set[str]:
    return {name for name, kind in meeting_roles(ex) if kind is MeetingRoleKind.ADJUSTER}


def test_a_chosen_justerare_after_a_heading_without_its_stop(extract):
    """'§ 12 Justering Utsågs Ulric Andersson att jämte ordföranden justera dagens protokoll': the election verb opens
    the sentence after the item's heading, the heading's line break lost in conversion."""
    ex = extract(HEAD + ROSTER + "§ 12 Justering Utsågs Ulric Andersson att jämte ordföranden justera dagens protokoll. "
                 "§ 13 Föredragningslistan Godkändes.\n")
    assert adjusters(ex) == {"Ulric Andersson"}


def test_a_justerare_with_an_affiliation_chosen_together_with_the_chair(extract):
    """'Margareta Berg, PRO, utsågs att tillsammans med ordföranden justera dagens protokoll': an affiliation between
    commas before the verb, and 'tillsammans med' for 'jämte'."""
    ex = extract(HEAD + ROSTER + "§ 3 Justerare Margareta Berg, PRO, utsågs att tillsammans med ordföranden justera "
                 "dagens protokoll.\n")
    assert adjusters(ex) == {"Margareta Berg"}


def test_justerare_chosen_with_the_verb_before_them_and_their_party_tags(extract):
    """'att jämte ordföranden utse Lena Holm (s) och Per Ek (m) att justera protokollet': the last name's party tag
    stands between the names and 'att justera'."""
    ex = extract(HEAD + ROSTER + "§ 2 Val av justerare Beslut: att jämte ordföranden utse Lena Holm (s) och Per Ek (m) "
                 "att justera protokollet.\n")
    assert adjusters(ex) == {"Lena Holm", "Per Ek"}


def test_names_between_commas_before_a_capitalised_form_label_are_not_chosen(extract):
    """'Övriga deltagare Eva Lund, Åsa Nord, 114 Bo Ström, Utses att justera Per Ek': the label after an official's
    § number is the form's, not a verb of the names before it."""
    ex = extract(HEAD + ROSTER + "Övriga deltagare Eva Lund, Åsa Nord, 114 Bo Ström, Utses att justera Per Ek "
                 "Underskrifter Sekreterare Bo Ström\n")
    assert "Eva Lund" not in adjusters(ex) and "Åsa Nord" not in adjusters(ex)


def test_a_hyphenated_vice_chair():
    """'vice-ordförande', '2:e vice-ordförande': the hyphen of a role column's cells."""
    assert normalize_role("vice-ordförande") == "vice ordförande"
    assert normalize_role("2:e vice-ordförande") == "vice ordförande"
    assert normalize_role("vice ordf") == "vice ordförande"


def test_a_role_column_after_the_names_with_another_columns_words_around_it(extract):
    """'Beslutande ... Eva Ek (M) Per Ås (S) ... Mia Holm Per Ås Stadshuset, Sekreterare ordförande vice-ordförande
    ledamot ...': a kommunstyrelse's names, its officials and the justerare's name, then the signature's label
    'Sekreterare', then the role column. The label is no seat, and the justerare's name after the officials has no
    role in the column: the roles are the first names', in order."""
    ex = extract("1 Plats Stadshuset Tid kl. 19:00-21:00 Beslutande Övriga deltagare Utses att justera Underskrifter "
                 "Eva Ek (M) Per Ås (S) Lisa Berg (M) Olof Lund (S) Karin Dahl (C) Jonas Vik (L) Maja Strand (S) "
                 "Mia Holm Per Ås Stadshuset, Sekreterare ordförande vice-ordförande ledamot ledamot "
                 "ersätter Nils Ek (M) ersättare ersättare kommundirektör Paragraf Ordförande Justerande Mia Holm "
                 "Eva Ek Per Ås\n\n2 § 1 Mötets öppnande\n")
    found = roles(ex)
    assert {("Eva Ek", "ordförande"), ("Per Ås", "vice ordförande"), ("Lisa Berg", "ledamot"),
            ("Olof Lund", "ledamot"), ("Jonas Vik", "ersättare"), ("Maja Strand", "ersättare")} <= found
    assert ("Karin Dahl", "tjänstgörande ersättare") in found
    assert ("Eva Ek", "sekreterare") not in found and ("Per Ås", "sekreterare") not in found


def test_a_role_column_whose_chair_is_its_first_cell_keeps_it(extract):
    """'Eino Blixt (kd) Ordförande 1:e vice ordförande ...': a capitalised chair opening the column is a seat, not
    another column's label."""
    ex = extract(HEAD + "Närvarande Ledamöter\nLars Ek (s)\nIda Holm (v)\nBo Alm (m)\nAnn Berg (s)\nJan Lund (s)\n"
                 "Kent Strand (s)\nEino Blixt (kd) Ordförande\n1:e vice ordförande 2:e vice ordförande ledamot\n"
                 "ledamot ledamot ledamot\nÖvriga närvarande\n")
    found = roles(ex)
    assert ("Lars Ek", "ordförande") in found and ("Ida Holm", "vice ordförande") in found
    assert ("Eino Blixt", "ordförande") not in found


def test_a_contents_list_under_a_diary_number_label(extract):
    """'2 Innehållsförteckning Diarienr 1 Godkännande av dagordning 2 Information ...' opening a page: the column's
    label between the head and the first number."""
    ex = extract(HEAD + ROSTER + "\n2 Innehållsförteckning Diarienr 1 Godkännande av dagordning 2 Information från "
                 "kollektivtrafikmyndigheten 3 Återrapportering kring regionala frågor 4 Val av justerare för "
                 "kommunstyrelsen KS 2015/21 6 Komplettering av tidigare avtal KS 2015/25\n")
    found = agenda(ex)
    assert found.get(1) == "Godkännande av dagordning"
    assert found.get(2) == "Information från kollektivtrafikmyndigheten"
    assert found.get(3) == "Återrapportering kring regionala frågor"


def test_a_header_row_with_an_absence_column():
    """'Parti Namn Närvaro Frånvaro': 'Frånvaro' names the absence column; a page's number before the header and the
    first row's party letters after it leave it a header."""
    assert parse_header("Parti Namn Närvaro Frånvaro") is not None
    assert "absent" in parse_header("Parti Namn Närvaro Frånvaro").values()
    assert parse_header("2 Parti Namn Närvaro Frånvaro Fp") is not None


def test_a_party_column_before_the_names_in_a_fullmaktige_roll(extract):
    """'Parti Namn Närvaro Frånvaro Fp Jan Ek, Ordförande X S Eva Berg, 1:e vice ordf X M Olle Ås X M Ers. Ulla Ås X
    ...': each row's party (and a deputy's 'Ers.') ends the line above it; title-case party letters (Fp, Kd)."""
    ex = extract(HEAD + "2 Parti Namn Närvaro Frånvaro Fp\nJan Ek, Ordförande X S\nEva Berg, 1:e vice ordf X M\n"
                 "Olle Ås X M Ers.\nUlla Ås X M\nMaggie Lund X C\nArne Olsson X Kd\nLena Holm X\n\n§ 1 Upprop\n")
    ms = {m.person.name: m for m in ex.memberships if m.party is not None}
    assert ms["Jan Ek"].party.abbreviation == "L" and ms["Eva Berg"].party.abbreviation == "S"
    assert ms["Olle Ås"].party.abbreviation == "M" and ms["Lena Holm"].party.abbreviation == "KD"
    assert ms["Arne Olsson"].party.abbreviation == "C"
    assert ("Ulla Ås", "ersättare") in roles(ex) and ("Olle Ås", "ersättare") not in roles(ex)
    assert ("Jan Ek", "ordförande") in roles(ex)


def test_a_seat_heading_closing_a_vote_tables_header_line(extract):
    """'NÄRVARANDE / KF KF VOTERINGSLISTA ... JA NEJ JA NEJ LEDAMÖTER SL / Ragna Nilsson I SL / ...': the seat's heading
    at the end of the header line, before the first row's letters, a local party's the reference does not know.
    The rows had not been read at all when the first row's party was unknown."""
    ex = extract(HEAD + "3 NÄRVARO- OCH\nNÄRVARANDE\nKF KF VOTERINGSLISTA KOMMUNFULLMÄKTIGE , kl JA NEJ JA NEJ "
                 "LEDAMÖTER SL\nRagna Nilsson I SL\nHelena Berg I C\nGunnar Selberg I C\nJan-Åke Tiensuu I KIP\n"
                 "Lilly Rönnebro I KIP\nMats Ek\n\n§ 1 Upprop\n")
    found = roles(ex)
    assert {("Ragna Nilsson", "ledamot"), ("Helena Berg", "ledamot"), ("Gunnar Selberg", "ledamot"),
            ("Jan-Åke Tiensuu", "ledamot")} <= found
    assert attendance(ex).get("Gunnar Selberg") is True


def test_a_seats_header_after_a_letter_spaced_title():
    """'2 (55) N Ä R V A R O L I S T A KF Ordinarie ledamot Närv Ersättare Närv': the page's head and a title written
    with its letters spaced out before a header row pairing each seat with a presence column."""
    assert parse_header("2 (55) N Ä R V A R O L I S T A KF Ordinarie ledamot Närv Ersättare Närv") == \
        {-1: "member", -2: "present", -3: "deputy", -4: "present"}
    assert parse_header("1 Plats Ledamöter i nämnden samt ersättare närvarande") is None


def test_a_roll_whose_seat_and_presence_columns_ran_together(extract):
    """Under 'Ordinarie ledamot Närv Ersättare Närv' flattened row by row, each row is one person and its one cross
    that person's presence: a member without a cross was absent, the deputy after them, with one, sat."""
    ex = extract(HEAD + "2 (5) N Ä R V A R O L I S T A KF Ordinarie ledamot Närv Ersättare Närv\n"
                 "Kurt Svensson (C)\nAnelia Dotcheva (C) x\nAnne Sörqvist (C) x\nSven Callenberg (C) x\n"
                 "Michael Karlsson (S ) x\nUlla Berne (M)\nBarbro Spjuth (M) x\nRolf Lindström (S) x\n\n§ 69 Upprop\n")
    found = attendance(ex)
    assert {n for n, p in found.items() if p} >= {"Anelia Dotcheva", "Anne Sörqvist", "Sven Callenberg",
                                                  "Michael Karlsson", "Barbro Spjuth", "Rolf Lindström"}
    assert found.get("Kurt Svensson") is False and found.get("Ulla Berne") is False


def test_a_roll_call_written_as_two_bulleted_lists(extract):
    """'följande ersättare har kallats i de ledamöters ställe som anmält förhinder: • Maaret Ek, ersättare Laura Ås'
    and 'Följande ledamöter var frånvarande vid namnuppropet: • ledamoten Joel Lund': each member called in for was
    absent and the deputy after them served for them (the role word before the deputy's name, not after the
    member's); the second list's members were absent. The first names are ones no list knows."""
    ex = extract("Namnupprop, laglighet och beslutsförhet\n\nÄrende 1. / 195 §\n\nStadsfullmäktige\n\n"
                 "Namnupprop och förhinder\n\nOrdföranden konstaterade att följande ersättare har kallats i de "
                 "ledamöters ställe som anmält förhinder:\n\n • Maaret Castrén, ersättare Oula Silvennoinen\n"
                 " • Suldaan Hassan, ersättare Heimo Laakso\n\nFöljande ledamöter var frånvarande vid namnuppropet:\n\n"
                 "  • ledamoten Atte Kaleva\n  • Ilkka Taipale\n\nLaglighet och beslutsförhet\n\nOrdföranden "
                 "konstaterade att sammanträdet är lagligen sammankallat.\n")
    found = attendance(ex)
    assert found == {"Maaret Castrén": False, "Oula Silvennoinen": True, "Suldaan Hassan": False,
                     "Heimo Laakso": True, "Atte Kaleva": False, "Ilkka Taipale": False}
    assert {("Oula Silvennoinen", "tjänstgörande ersättare"), ("Heimo Laakso", "ersättare"),
            ("Atte Kaleva", "ledamot")} <= roles(ex)
    assert ("Maaret Castrén", "ersättare") not in roles(ex)


def test_seat_labels_on_lines_of_their_own_before_names_run_together(extract):
    """'NÄRVARANDE MEDLEMMAR: / Ordförande I viceordf. / II viceordf. / Medlemmar / Olav Ek Sven Ås Tanja Lund ...': the
    seat labels on lines of their own, then the names four to a line. Nobody had been read; the chair's and vice
    chairs' labels are the first names', the rest are the heading's members."""
    ex = extract("2 SSTYR Sida 2 SAMMANTRÄDESTID: kl. 18:00 SAMMANTRÄDESPLATS: Stadshuset\nNÄRVARANDE MEDLEMMAR:\n"
                 "Ordförande I viceordf.\nII viceordf.\nMedlemmar\nOlav Sjögård Sven Jerkku Tanja Eklund Emina Arnautovic\n"
                 "Kerstin Berg Michaela Esch\nFRÅNVARANDE:\n")
    found = roles(ex)
    assert {("Olav Sjögård", "ordförande"), ("Sven Jerkku", "vice ordförande"), ("Tanja Eklund", "vice ordförande"),
            ("Kerstin Berg", "ledamot"), ("Michaela Esch", "ledamot")} <= found
    assert ("Kerstin Berg", "vice ordförande") not in found
    assert attendance(ex).get("Michaela Esch") is True


def test_a_seat_sub_heading_alone_on_a_line_stays_a_heading(extract):
    """'Ersättare' alone on the block's first line is the deputies' sub-heading, not a label printed before names."""
    ex = extract(HEAD + "Närvarande\nErsättare\nAgneta Söderberg, (S)\nGösta Svensson, (M)\nInge Hallabro, (C)\n\n"
                 "§ 1 Upprop\n")
    assert {("Agneta Söderberg", "ersättare"), ("Gösta Svensson", "ersättare")} <= roles(ex)


def test_a_contents_list_fills_in_the_items_the_pages_do_not_show(extract):
    """'Innehållsförteckning 31 Förändring av ärendelistan 32 Meddelande 33 ... 41 Övriga frågor 2' on one line, then
    pages that open with '31 Förändring av ärendelistan', '32 Meddelande', '33 ...' without § signs and end before
    § 34: two of the pages' items are in the list by number and title, so the list's others are the meeting's."""
    ex = extract(HEAD + ROSTER + "Underskrift Linda Norberg 1\nInnehållsförteckning 31 Förändring av ärendelistan "
                 "32 Meddelande 33 Hantering av ensamkommande barn 34 Ekonomi- och lägesrapport 35 Redovisning av "
                 "delegeringsbeslut 36 Övriga frågor 2\n31 Förändring av ärendelistan Beslut Ärendelistan ändras enligt "
                 "ordförandes förslag. 3\n32 Meddelande Ärendet Datainspektionen bekräftar ombudet. 4\n33 Hantering av "
                 "ensamkommande barn Beslut Nämnden noterar informationen. 5\n")
    found = agenda(ex)
    assert set(found) == {31, 32, 33, 34, 35, 36}
    assert found[35] == "Redovisning av delegeringsbeslut" and found[36] == "Övriga frågor"


def test_a_notices_label_after_a_signer_is_no_surname(gaz):
    """'Kjell Kaså Nämnd Anslag/bevis': the notice's label 'Nämnd' after a signer's name is not part of it."""
    view = "Justerande Rolf Lindström\nKjell Kaså Nämnd\nAnslag/bevis\n"
    persons = [i.value for line in split_lines(view) for i in find_items(view, line, gaz) if i.kind == "person"]
    assert persons == ["Rolf Lindström", "Kjell Kaså"]


def test_the_date_of_a_converters_title_where_the_page_lost_its_dates(extract):
    """'Download "BEVIS OM ANSLAG. PROTOKOLL Kommunstyrelsen 1(50) 2010-12-01"': a web converter's title repeats the
    PDF's first line with the date its text lost. The protocol named last before it makes it the meeting's; a title
    of the notice's own dates ('ANSLAG/BEVIS 2015-06-16 2015-07-08') does not."""
    page = ('Download "{title}"\n\nTranskript\n\n1 PROTOKOLL 1(50) Plats och tid Stadshuset kl Beslutande Anna Berg (S) '
            'ordförande Per Ek (M) Justerare Per Ek\n')
    ex = extract(page.format(title="BEVIS OM ANSLAG. PROTOKOLL Kommunstyrelsen 1(50) 2010-12-01"))
    assert str(ex.meeting.date) == "2010-12-01"
    ex = extract(page.format(title="ANSLAG/BEVIS 2015-06-16 2015-07-08. Vård- och omsorgsförvaltningen"))
    assert ex.meeting.date is None


def test_a_fullmaktige_roll_of_members_and_the_deputies_who_served_for_them(extract):
    """'Deltagareförteckning Ledamöter Parti Tjänstgörande ersättare Närv. Jane Ek ordf. (c) X ... Ann Knudsen (m) Bo
    Arvidsson X': 'Tjänstgörande ersättare' is one column (the deputy's name beside the member's) and 'Närv.' the
    presence column; a member without a cross was absent and the deputy after them, with one, sat."""
    ex = extract(HEAD + "2 Kommunfullmäktige (37) Deltagareförteckning\nLedamöter\nParti Tjänstgörande ersättare Närv.\n"
                 "Jane Larsson ordf. (c) X\nKerstin Andersson 1:e vice (s) X\nEva Wennström (s) X\n"
                 "Ann Knudsen (m) Bo Arvidsson X\nKrister Nyström (s) X\nMats Larsson (m) Mats Hahne X\n\n§ 1 Upprop\n")
    found = attendance(ex)
    assert found.get("Ann Knudsen") is False and found.get("Mats Larsson") is False
    assert {n for n, p in found.items() if p} >= {"Jane Larsson", "Kerstin Andersson", "Eva Wennström",
                                                  "Bo Arvidsson", "Krister Nyström", "Mats Hahne"}
    assert parse_header("Namn Tjänstgörande Ersättare") == {-1: "name", -2: "voting", -3: "deputy"}


def test_a_rows_mark_run_into_the_next_tables_header_is_no_header():
    """'Linda Ek - Namn Närv. Funktion Övriga': the last row of a roll of crosses and dashes, then the next table's
    header; the line is the row (its dash says absent), not a header row."""
    assert parse_header("Linda-Marie Bladh - Namn Närv. Funktion Övriga") is None
    assert parse_header("2 Sid2(11) Uppropslista Namn Närvarande Beslutande") is not None
