"""Conventions first met in a thirteenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

import pytest

from test_layouts import attendance, meeting_roles, roles   # same folder (rootdir-less tests)
from test_layouts_unseen3 import parties
from test_layouts_unseen7 import titles

from samgraf.extractors.roster import _heading_after_page_head
from samgraf.model import MeetingRoleKind


def test_page_number_before_protocol_and_date_is_a_page_head_not_an_item(extract):
    """'1 Protokoll 2015-05-12' at the top of each page: the page's number and its head, never items 1, 2, 3
    (which hid the '§88 Val av justerare §89 ...' list of the third page)."""
    text = ("Protokoll 2015-05-12\n\nKommunstyrelsen\n\nBeslutande ledamöter Anna Ek (C), ordförande Per Lind (M)\n\n"
            "1 Protokoll 2015-05-12\n\nJusterare Per Lind\n\n2 Protokoll 2015-05-12\n\nANSLAG/BEVIS Protokollet är "
            "justerat.\n\n3 Protokoll 2015-05-12\n\nÄrendelista §88 Val av justerare §89 Informationspass §90 "
            "Prognosrapport 1 för kommunstyrelsen §91 Rekrytering av ekonomichef\n")
    found = titles(extract(text))
    assert {88: "Val av justerare", 89: "Informationspass", 90: "Prognosrapport 1 för kommunstyrelsen"}.items() \
        <= found.items() and not {1, 2, 3} & set(found)


def test_members_one_name_a_row_then_deputies_as_a_comma_list(extract):
    """'Närvarande ledamöter Närvarande ersättare ... Lena Berg (s) Lars Vik (v) Mia Ek (mp), Jon Al (s), Eva Ros (v)
    Olle Dahl (kd), Per Holm (m)': two headings over one run; the members' column has one name a row, the deputies'
    is a comma-separated list, so the first name followed by a comma after three or more without opens the second
    column. '2:a vice ordf.' is a vice chair, not a chair."""
    text = ("PROTOKOLL Landstingsstyrelsen Plats Närvarande ledamöter Närvarande ersättare Stora salen, Växjö "
            "Karin Frank (m), ordf. Paul Ås (c) 1:e vice ordf. Anna Fors (s), 2:a vice ordf. Göran Gille (m) "
            "Lena Berg (s) Lars Vik (v) Mia Ek (mp), Jon Al (s), Eva Ros (v) Olle Dahl (kd), Per Holm (m) "
            "Övriga närvarande Rut Björk (kd) Sekreterare Bertil Ax\n")
    found = roles(extract(text))
    assert {("Lars Vik", "ledamot"), ("Göran Gille", "ledamot"), ("Mia Ek", "ersättare"), ("Per Holm", "ersättare"),
            ("Anna Fors", "vice ordförande")} <= found
    assert not {("Mia Ek", "ledamot"), ("Lars Vik", "ersättare"), ("Anna Fors", "ordförande")} & found


def test_one_comma_among_the_last_names_does_not_part_two_columns(extract):
    """Guard: under two headings, a single comma after the fourth name with none after it is no comma-separated
    column: whose column each name is in stays untold (nobody is read as a deputy)."""
    text = ("PROTOKOLL Styrelsen Plats Närvarande ledamöter Närvarande ersättare Stora salen, Växjö Karin Frank (m) "
            "Paul Ås (c) Anna Fors (s) Göran Gille (m) Lena Berg (s), Lars Vik (v) Mia Ek (mp) Olle Dahl (kd) "
            "Övriga närvarande Rut Björk (kd) Sekreterare Bertil Ax\n")
    found = roles(extract(text))
    assert {"Karin Frank", "Lars Vik", "Olle Dahl"} <= {name for name, _role in found}
    assert not {role for _name, role in found} & {"ersättare", "ledamot"}


def test_a_chairs_role_after_the_replaced_member_is_the_replaced_members(extract):
    """'Jan Ek (S) ersätter Maria Berg (S) (vice ordförande)': the vice chair is Maria, who is absent; Jan serves in
    her place and holds no chair."""
    text = ("Valnämnden Plats och tid Rådhuset kl. 17:00-17:40 Beslutande Tor Gran (C) (ordförande) Britt Berg (M) "
            "Ewa Jonsson (MP) Jan Ek (S) ersätter Maria Berg (S) (vice ordförande) Urban Ek (KD) Övriga deltagare "
            "Anci Ey (kommunsekreterare) Utses att justera Jan Ek (S)\n")
    found = roles(extract(text))
    assert {("Maria Berg", "vice ordförande"), ("Jan Ek", "tjänstgörande ersättare")} <= found
    assert ("Jan Ek", "vice ordförande") not in found


def test_deciding_then_deputies_not_serving_stacked_over_one_run(extract):
    """'Beslutande Ej tjänstgörande ersättare Övriga deltagare Utses att justera' printed before all their names: the
    rows before the first deputy serving for a member decide, the serving ones follow, and the party-tagged rows
    after them are the deputies who do not serve, until the officials begin."""
    text = ("Valnämnden Plats och tid Rådhuset kl. 17:00-17:40 Beslutande Ej tjänstgörande ersättare Övriga deltagare "
            "Utses att justera Tor Gran (C) (ordförande) Britt Berg (M) Ewa Jonsson (MP) Jan Ek (S) ersätter Maria "
            "Berg (S) Ralf Olsson (S) Vanja Lind (V) Angelica Nord (enhetschef) Anci Ey (kommunsekreterare) "
            "Jan Ek (S) Justeringens plats och tid Rådhuset\n")
    found = roles(extract(text))
    assert {("Jan Ek", "tjänstgörande ersättare"), ("Ralf Olsson", "ersättare"), ("Vanja Lind", "ersättare")} <= found
    assert not {("Britt Berg", "ersättare"), ("Angelica Nord", "ersättare"), ("Anci Ey", "ersättare")} & found


def test_signatures_in_plain_order_closed_by_an_unsigned_lines_caption(extract):
    """'Underskrifter Sekreterare... Paragrafer Kerstin Kall Ordförande... Markus Even Justerande... Mona Wall
    Justerare Utdragsbestyrkande': each label before its name; the last 'Justerare' is the caption of a line nobody
    signed, which leaves the pairs as they are."""
    text = ("1 Plats och tid Stora salen Beslutande: Markus Even (S), ordförande Mona Wall (SRD) Per Lund (M)\n\n"
            "2 Underskrifter Sekreterare... Paragrafer Kerstin Kall Ordförande... Markus Even Justerande... Mona Wall "
            "Justerare Utdragsbestyrkande 2\n\n3 Innehåll Sid 115 Tobakstillsyn\n")
    assert {("Kerstin Kall", MeetingRoleKind.SECRETARY), ("Mona Wall", MeetingRoleKind.ADJUSTER)} <= \
        meeting_roles(extract(text))


def test_an_official_after_the_justering_label_of_a_labels_first_form_is_no_justerare(extract):
    """'Övriga deltagande Utses att justera Marita Ek, förvaltningschef Ingrid Sund, verksamhetschef ...': the form
    prints its labels first, so the official after 'Utses att justera' is the first of those taking part, not the
    one who checks the minutes."""
    text = ("Plats och tid Stora salen Beslutande: Markus Even (S), ordförande Mona Wall (SRD) Per Lund (M) Övriga "
            "deltagande Utses att justera Marita Ek, förvaltningschef Ingrid Sund, verksamhetschef Kerstin Kall, "
            "nämndsekreterare Mona Wall Justeringens plats och tid Kommunkansliet\n")
    assert not {("Marita Ek", MeetingRoleKind.ADJUSTER)} & meeting_roles(extract(text))


def test_the_bodys_letters_before_the_sign_on_a_headings_own_line(extract):
    """'KF § 266' alone on its line, the title after it: the body's letters before the § sign open the item as
    '§ 266' would ('KF § 267 Dnr KS 02-820 107' too, its title on the next line)."""
    text = ("Kommunfullmäktige 2002-12-02\n\nBeslutande Enligt förteckning\n\nKF § 266\n\nVal av justeringsmän och "
            "tillkännagivande om justering\n\nBeslut\n\nKommunfullmäktige beslutar:\n\natt utse Anna Ek (m).\n\n"
            "KF § 267 Dnr KS 02-820 107\n\nBildning av kommunal bolagskoncern\n\nBeslut\n\nKommunfullmäktige "
            "beslutar: att godkänna förslaget.\n")
    assert titles(extract(text)) == {266: "Val av justeringsmän och tillkännagivande om justering",
                                     267: "Bildning av kommunal bolagskoncern"}


def test_a_party_tag_after_a_justerare_named_only_in_a_sentence(extract):
    """'Utses att justera Anna Ek (m) och Jan Emanuel Lund (s)' where the members are 'Enligt förteckning': the tag
    after each name is that person's party."""
    text = ("Kommunfullmäktige 2002-12-02\n\nBeslutande Enligt förteckning\n\nÖvriga deltagande Christina Nil, "
            "sekreterare\n\nUtses att justera Anna Ek (m) och Jan Emanuel Lund (s)\n\nKF § 266 Val av justerare\n")
    assert {"Anna Ek": "M", "Jan Emanuel Lund": "S"}.items() <= parties(extract(text)).items()


def test_a_heading_at_the_end_of_a_page_head_line(extract):
    """'2 Kommunala pensionärsrådet 10 april (10) Ej tjänstgörande' over one name a line: the heading that ends the
    page's head opens the list below it (the deputies not serving, present)."""
    text = ("1 Kommunala pensionärsrådet 10 april (10) Plats och tid Hamnen kl 13:00-16:00.\nBeslutande\n"
            "Lars Holm PRO, Ordförande\nUno Tjern PRO\nGerd Pers SPF\n\n"
            "2 Kommunala pensionärsrådet 10 april (10) Ej tjänstgörande\nUlla Grund PRO\nEdit Pers SKPF\n"
            "Rolf Lind PRO\nÖvriga deltagare\nKarin By\n")
    found = attendance(extract(text))
    assert {"Ulla Grund": True, "Edit Pers": True, "Rolf Lind": True}.items() <= found.items()
    assert {("Ulla Grund", "ersättare"), ("Rolf Lind", "ersättare")} <= roles(extract(text))


@pytest.mark.parametrize("line,role", [
    ("2 Kommunala pensionärsrådet 10 april (10) Ej tjänstgörande", "ersättare"),
    ("3 Rådet 2014-04-10 (10) Övriga deltagare:", None),
    ("2 Rådet 10 april (10) Beslutande att godkänna listan", "none"),      # a sentence after the page's head
    ("Rådet 10 april (10) Ersättare", "none"),                              # no page number: no page head
])
def test_only_a_heading_that_ends_a_page_head_line_opens_a_block(line, role):
    found = _heading_after_page_head(line)
    assert (found is None) == (role == "none")
    assert found is None or (found[0].role == role and found[1] == len(line))


def test_a_role_after_an_association_code_and_a_comma_is_that_rows(extract):
    """'Beslutande Lars Holmberg PRO, Ordförande Uno Berglund Omsorgsnämnden ...': the comma after the row's association
    code ties the role after it to that row, as after a party tag ('(M), Ordförande'), though a name follows it."""
    text = ("1 Kommunala pensionärsrådet 10 april (10) Plats och tid Hamnen, kl 13:00-16:00. Beslutande Lars Holmberg "
            "PRO, Ordförande Uno Berglund Omsorgsnämnden Gerd Persson SPF Christer Nyberg PRO Barbro Johansson SKPF "
            "Sven Olsson PRO Justerare Plats och tid Sekreterare\n")
    found = roles(extract(text))
    assert ("Lars Holmberg", "ordförande") in found and ("Uno Berglund", "ordförande") not in found


def test_deputies_and_others_under_one_heading_after_a_tagged_name(extract):
    """'... Viveca Ek (S) Ersättare och övriga deltagare: Joanna Nord (FP) ...': the heading after a name's party tag
    is a heading (its colon closes it), not that name's role; the deputies under it do not serve, and the officials
    among them keep their titles."""
    text = ("Plats och tid: A-salen klockan 15:00-20:00. Närvarande ledamöter: Klas Nordh (FP), ordförande Peter Korn (M) "
            "Mikael Berg (M) Jan Skog (M) Tjänstgörande ersättare: Inge Nilsson (M) Åke Nik (C) Viveca Ek (S) "
            "Ersättare och övriga deltagare: Joanna Nord (FP) Tony Karl (KD) Klas Karl (S) Erik Lid, kommunchef "
            "Cecilia Stedt, sekreterare Utses att justera: Mikael Berg och Jan Skog\n")
    found = roles(extract(text))
    assert {("Viveca Ek", "tjänstgörande ersättare"), ("Joanna Nord", "ersättare"), ("Klas Karl", "ersättare")} <= found
    assert not {("Viveca Ek", "ersättare"), ("Joanna Nord", "tjänstgörande ersättare"), ("Erik Lid", "ersättare")} & found


def test_an_att_clause_governed_by_the_titles_first_noun_stays_in_the_title(extract):
    """'69 Uppdrag till landstingsdirektören att ta fram en strategi ... 6': the title's first noun (Uppdrag) governs
    the att-clause, so it is the title's, not a decision ('Fastställande av dagordning att fastställa ...' is)."""
    text = ("2 Landstingsstyrelsen Protokoll 2(44) Innehållsförteckning 65 Fastställande av föredragningslista 4 "
            "66 Information från utskotten 4 67 Landstingsdirektörens rapport 5 68 Uppdrag till landstingsdirektören att "
            "ta fram en strategi för kommunikation (LS/1518/2010) 6 69 Budget för år 2012 7 70 Övriga frågor 8\n")
    assert titles(extract(text)).get(68) == \
        "Uppdrag till landstingsdirektören att ta fram en strategi för kommunikation (LS/1518/2010)"


def test_a_list_title_ends_where_the_next_titles_dropped_number_stood(extract):
    """'ÄRENDELISTA ... 45 Månadsrapport mars Delårsrapport april 47 ...': the converter dropped 46, so the title of 45
    ends before the capitalised word that opens the next title; a place after a preposition ('förskola i Ljungbyhed')
    and a name of several words stay in their title."""
    text = ("3 ÄRENDELISTA 41 Justering av protokoll 42 Fastställande av dagordning 45 Månadsrapport mars Delårsrapport "
            "april 47 Information om förskola i Ljungbyhed 50 Remiss från Region Örebro "
            "53 Nattbusstrafik 54 Kurser och konferenser\n\n4 41 Justering av protokoll Beslut Nämnden beslutar att "
            "utse Anna Ek att justera.\n")
    found = titles(extract(text))
    assert {45: "Månadsrapport mars", 47: "Information om förskola i Ljungbyhed", 50: "Remiss från Region Örebro",
            53: "Nattbusstrafik"}.items() <= found.items()


def test_a_list_title_with_no_number_dropped_after_it_is_whole(extract):
    """Guard: where the next number follows on ('52 Svar på skrivelse Gällande busslinje 53 ...'), a capitalised word
    inside the title is the title's."""
    text = ("3 ÄRENDELISTA 51 Justering av protokoll 52 Svar på skrivelse Gällande busslinje Älmhult 53 Nattbusstrafik "
            "54 Kurser och konferenser\n\n4 51 Justering av protokoll Beslut Nämnden beslutar att utse Anna Ek att "
            "justera.\n")
    assert titles(extract(text)).get(52) == "Svar på skrivelse Gällande busslinje Älmhult"


def test_a_lists_last_long_title_ends_before_the_next_unnumbered_title(extract):
    """'Innehåll 106 Godkännande av dagordning Föregående protokoll Tertialrapport för nämnden ...' to the end of the
    excerpt: the last listed number's title runs on into titles whose numbers were dropped, so it ends before the
    first capitalised word after a content word."""
    text = ("1 Plats och tid Olof-salen kl 08.30 Beslutande Amanda Lind (MP) ordförande Per Ek (S)\n\n"
            "2 Innehåll 104 Val av justerare 105 Information 106 Godkännande av dagordning Föregående protokoll "
            "Tertialrapport för samhällsnämnden samt äskande om medel Uppföljning verksamhetsplan Översyn av "
            "biblioteksfilialernas öppettider och")
    assert titles(extract(text)).get(106) == "Godkännande av dagordning"
