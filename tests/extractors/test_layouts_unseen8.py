"""Conventions first met in an eighth blind check (stored protocol pages of förbund, councils and nämnder nobody on
the team had read, scored before any rule was written for them) and in the damage matrix's flattened pages; each
is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, represents, roles   # same folder (rootdir-less tests)
from test_layouts_unseen5 import parties
from test_layouts_unseen7 import titles

from samgraf.extractors.items import Line, find_items
from samgraf.extractors.roster import parse_header
from samgraf.model import MeetingRoleKind

#: A page flattened to one line: the officials' names as one column, then their titles as the next column.
OFFICIALS = ("1 Samordningsförbundet Norra Bohuslän Protokoll fört vid sammanträde med styrelsen 2024-03-08 Tid: "
             "fredag 8 mars kl 13.00 Plats: Förbundets lokal Närvarande: Kerstin Ahlberg Uddevalla kommun Oskar "
             "Lindgren Region Västra Götaland Övriga deltagare: Joakim Ivarsson Malin Gruvberg Sara Almqvist "
             "Förbundschef Bitr. förbundschef Ekonom\n\n2 §1 Godkännande av dagordningen Dagordningen fastställs.\n")


def test_title_column_after_a_name_column_on_one_line(extract):
    """'Joakim Ivarsson Malin Gruvberg Sara Almqvist Förbundschef Bitr. förbundschef Ekonom': as many titles after
    the names as there are names are theirs in order, not all the last name's."""
    found = roles(extract(OFFICIALS))
    assert {("Joakim Ivarsson", "förbundschef"), ("Malin Gruvberg", "biträdande förbundschef"),
            ("Sara Almqvist", "ekonom")} <= found
    assert ("Sara Almqvist", "förbundschef") not in found


def test_one_persons_two_roles_stay_theirs(extract):
    """'Nils Holm, ledamot, ordförande' under two bare names: a comma parts one person's roles, so they are no
    column to hand out."""
    text = ("Samordningsförbundet Norra Bohuslän\nProtokoll 2024-03-08\n\nNärvarande\nKerstin Ahlberg\n"
            "Oskar Lindgren\nNils Holm, ledamot, ordförande\n\n§ 1 Mötets öppnande\n")
    found = roles(extract(text))
    assert ("Nils Holm", "ordförande") in found
    assert ("Kerstin Ahlberg", "ledamot") not in found


#: An attendance table flattened: its header row after the page's furniture, a cross for each filled cell, none
#: for an empty one.
ROLL_CALL = ("1 SAMMANTRÄDESPROTOKOLL Samordningsförbundet Kramfors Tid och plats 2024-01-26 kl 09.00-12.00\n\n2 Sid2(4) "
             "Uppropslista Namn Närvarande Beslutande Reservation Anteckningar § § Ordinarie ledamöter Tomas Näslund "
             "Kramfors kommun X X Ordförande Johanna Zetterlund Region Västernorrland X X Stefan Hedlund "
             "Försäkringskassan Cecilia Sparrman Arbetsförmedlingen X X Vice ordförande Ersättare Anders Åkesson "
             "Kramfors kommun Bengt Sörman Region Västernorrland X\n\n3 § 1 Nyheter från förbundet\n")


def test_header_row_after_page_furniture():
    """'2 Sid2(11) Uppropslista Namn Närvarande Beslutande': the header's columns start at 'Namn'."""
    assert parse_header("2 Sid2(11) Uppropslista Namn Närvarande Beslutande Reservation Anteckningar § §") == {
        -1: "name", -2: "present", -3: "voting", -4: "reservation", -5: "note"}
    assert parse_header("Protokoll Ledamöter Ersättare") is None


def test_flattened_table_row_without_a_cross_is_absent(extract):
    """A flattened table keeps no cell for an empty column: when other rows have crosses under 'Närvarande', a
    row without one was not there; one cross is present, not voting."""
    found = attendance(extract(ROLL_CALL))
    assert found["Tomas Näslund"] is True and found["Cecilia Sparrman"] is True
    assert found["Stefan Hedlund"] is False and found["Anders Åkesson"] is False
    assert found["Bengt Sörman"] is True


def test_lone_cross_that_could_stand_in_either_column_is_not_read(extract):
    """'Namn Tillhörighet Tjänstgör Ersättare' flattened: a lone cross may be in either column, so neither the
    crossed rows nor the others are told."""
    text = ("Samordningsförbundet i Kalmar län\nProtokoll 2024-03-08\n\nNärvarande: Namn Tillhörighet Tjänstgör "
            "Ersättare\nJonas Ek Region Kalmar län X\nEmma Holm Region Kalmar län X\nOlle Berg Kalmar kommun\n\n"
            "§ 1 Mötets öppnande\n")
    assert not any(a.present is False for a in extract(text).attendance)


#: A list of names with party tags, several to a line, the next group's heading after a row's tag.
GROUPS = ("Direktionsprotokoll 2017-11-10\n\nPlats och tid Stadshuset, kl 9.30-12.00\n\nBeslutande Ulf Olander (S) "
          "ordförande\n\nCrister Palm (C) 1-e vice ordförande Peter Rosén (S)\n\nJohnny Carlén (C) Bengt Hilding (C) "
          "Ersättare Christer Jonsson (M)\n\nJohan Björling (M) Tony Hedin (S) Adjungerade\n\nJana Nordin (S) Varberg "
          "Cristina Berg (KD) Tom Ahlström (MP)\n\n§ 72 Val av justerare\n")


def test_group_heading_after_a_party_tag(extract):
    """'Bengt Hilding (C) Ersättare Christer Jonsson (M)': a capitalised group heading between a tag and the next
    name opens the next group; 'Tony Hedin (S) Adjungerade' at a line's end too."""
    found = roles(extract(GROUPS))
    assert {("Christer Jonsson", "ersättare"), ("Johan Björling", "ersättare"), ("Tony Hedin", "ersättare")} <= found
    assert not any(name == "Bengt Hilding" and role == "ersättare" for name, role in found)
    assert not any(name == "Jana Nordin" and role == "ersättare" for name, role in found)


def test_group_heading_is_a_role_in_a_table_of_roles(extract):
    """'Eva Ek (S) Ordförande Per Ås (M) Ersättare Ola Berg (C) Ledamot': where tags are followed by roles, the
    line is a table with a role column, so 'Ersättare' is Per Ås's role, not a heading."""
    text = ("Samordningsförbundet Norra Bohuslän\nProtokoll 2024-03-08\n\nNärvarande\nEva Ek (S) Ordförande Per Ås (M) "
            "Ersättare Ola Berg (C) Ledamot\n\n§ 1 Mötets öppnande\n")
    found = roles(extract(text))
    assert ("Per Ås", "ersättare") in found and ("Ola Berg", "ledamot") in found
    assert ("Ola Berg", "ersättare") not in found


def test_place_between_a_tag_and_the_next_name(extract):
    """'Jana Nordin (S) Varberg Cristina Berg (KD)': a bare municipality after a row's tag is the row's."""
    assert represents(extract(GROUPS)).get("Jana Nordin") == "Varbergs kommun"


def test_a_first_name_that_is_a_place_stays_a_name(gaz):
    """'Anna Ek (S) Nora Svensson (M)': Nora is a municipality and a first name; the person comes first."""
    text = "Anna Ek (S) Nora Svensson (M)"
    found = [(i.kind, text[i.start:i.end]) for i in find_items(text, Line(0, 0, len(text), text), gaz)]
    assert ("person", "Nora Svensson") in found
    assert not any(kind == "org" for kind, _value in found)


def test_signature_fields_with_ellipsis_leaders(extract):
    """'Sekreterare ………' over its signer: three ellipsis characters are a field's leader as five dots are."""
    text = (GROUPS + "\n\nMeddelande 1\n\n2 Sekreterare ………\n\nLena Brandt\n\nOrdförande………\n\nUlf Olander\n\n"
            "Justerare……….\n\nCrister Palm\n")
    found = meeting_roles(extract(text))
    assert ("Lena Brandt", MeetingRoleKind.SECRETARY) in found
    assert ("Crister Palm", MeetingRoleKind.ADJUSTER) in found


def test_roster_rows_with_leaders_are_no_empty_signature_fields(extract):
    """'Ordförande ........ Bodil Ek (S), Trelleborg': a label, its leader and the name on one line are a roster
    row; only a label and its leader alone on a line are an empty signature field that ends the roster. A heading
    may open such a row on its own line ('FRÅNVARANDE Ersättare ..... Hamid Rezai')."""
    text = ("Samordningsförbundet Söderslätt\nProtokoll 2024-02-06\n\nNÄRVARANDE\nOrdförande ............ Bodil Ek "
            "(S), Trelleborg\nLedamot ............... Sirpa Lind (SD), Skurup\nErsättare ............. Nils Holm (C), "
            "Vellinge\n\nFRÅNVARANDE Ersättare ........ Hamid Rezai (S), Trelleborg Ersättare ......... Linnéa Ahl, "
            "Försäkringskassan\n\n§ 1 Mötets öppnande\n")
    ex = extract(text)
    assert {("Bodil Ek", "ordförande"), ("Sirpa Lind", "ledamot"), ("Nils Holm", "ersättare")} <= roles(ex)
    assert {"Hamid Rezai", "Linnéa Ahl"} <= {m.person.name for m in ex.memberships}
    assert attendance(ex).get("Hamid Rezai") is False        # 'FRÅNVARANDE Ersättare ....': a heading, then a row


#: A two-column HTML table (members | deputies) that a converter wrote a cell a line, row by row.
TABLE_ROWS = ("Direktionens protokoll 19 februari 2021\n\nNärvarande\n\nDirektionens ledamöter\n\nDirektionens "
              "ersättare\n\nÅke Nyström (S) ordförande\n\nRoger Öhman (S)\n\nEva Bergsten (S) vice ordf.\n\n"
              "David Fors (T) tjänstg. fr.o.m. p. 10\n\nPirjo Jonsén (S)\n\nLeif Hemming (M)\n\nBjörn Kronberg (S)\n\n"
              "Stefan Brodin (S)\n\nMarie Sjölin (S)\n\n\nMartin Lilja (L)\n\n\nPeter Sjödin (M)\n\n\nÖvriga deltagare"
              "\n\nPer Silver, förbundsdirektör\n\n6 § Sammanträdets öppnande\n")


def test_two_columns_read_row_by_row(extract):
    """A cell a line with one blank line between cells and one more for an empty cell: the chair first and the
    vice chair third say the cells alternate between the two columns."""
    found = roles(extract(TABLE_ROWS))
    assert {("Åke Nyström", "ledamot"), ("Eva Bergsten", "ledamot"), ("Pirjo Jonsén", "ledamot"),
            ("Marie Sjölin", "ledamot"), ("Martin Lilja", "ledamot"), ("Peter Sjödin", "ledamot")} <= found
    assert {("Roger Öhman", "ersättare"), ("Leif Hemming", "ersättare"), ("Stefan Brodin", "ersättare")} <= found
    assert ("David Fors", "tjänstgörande ersättare") in found      # "tjänstg." serves


def test_one_column_list_under_two_headings_is_not_alternated(extract):
    """Without a chair, vice chair or serving deputy to say so, a list under two stacked headings is not split."""
    text = TABLE_ROWS.replace(" ordförande", "").replace(" vice ordf.", "").replace(" tjänstg. fr.o.m. p. 10", "")
    found = roles(extract(text))
    assert ("Roger Öhman", "ersättare") not in found


def test_local_party_tag_among_known_parties(extract):
    """'David Fors (T)' in a roster whose other rows carry parties the reference knows: a local party."""
    assert parties(extract(TABLE_ROWS)).get("David Fors") == "T"


def test_unknown_codes_of_a_council_are_no_parties(extract):
    """'(HSO)', '(DHR)' after most names: organisations' codes in a council of associations, not parties."""
    text = ("Rådet för funktionshinderfrågor\nProtokoll 2014-02-20\n\nLedamöter\nAnna Ek (HSO)\nPer Lind (DHR)\n"
            "Eva Berg (RBU)\nOla Nyman (S)\n\n§ 1 Mötets öppnande\n")
    found = parties(extract(text))
    assert "Anna Ek" not in found and "Per Lind" not in found


def test_forbundsdirektor_is_kept_as_written(extract):
    """A kommunalförbund's 'förbundsdirektör' is the title the protocol prints, not a samordningsförbund's
    förbundschef."""
    ex = extract(TABLE_ROWS)
    assert attendance(ex).get("Per Silver") is True
    assert ("Per Silver", "förbundschef") not in roles(ex)


#: A front page flattened to one line: the members, then the labels of the other fields stacked, then their values.
FRONT_PAGE = ("1 Tid och plats H-salen, kl 13.00 Beslutande Ledamöter Benny Holm (M), Ordförande Bengt Sahlin (S) "
              "Tobias Adler (MP) Yvonne Ek (C) Emelie Ström (S) Övriga närvarande Ersättare Tjänstepersoner Justering "
              "Justerare Plats och tid Ulla Sved (M) Patricia Aguirre (S) Nils Carlström (L) Carina Elm, kanslichef "
              "Fredrik Palm, sekreterare Bengt Sahlin Kommunkansliet Justerade paragrafer Underskrifter Sekreterare "
              "Fredrik Palm Ordförande Benny Holm Justerare Bengt Sahlin 1 (20)\n\n2 § 10 Justering av protokoll "
              "Nämnden utser Bengt Sahlin att justera protokollet.\n")


def test_role_after_a_tag_and_a_comma_is_the_rows(extract):
    """'Benny Holm (M), Ordförande Bengt Sahlin (S)': the comma after the tag ties the role to Benny's row."""
    found = roles(extract(FRONT_PAGE))
    assert ("Benny Holm", "ordförande") in found
    assert ("Bengt Sahlin", "ordförande") not in found


def test_one_seat_among_the_labels_after_the_members(extract):
    """'Övriga närvarande Ersättare Tjänstepersoner ... Ulla Sved (M) ... Carina Elm, kanslichef': after the
    members' rows, the one seat among the stacked labels is the tagged rows'; the officials keep their titles."""
    found = roles(extract(FRONT_PAGE))
    assert {("Ulla Sved", "ersättare"), ("Patricia Aguirre", "ersättare"), ("Nils Carlström", "ersättare")} <= found
    assert ("Carina Elm", "ersättare") not in found


def test_one_prefixed_number_with_a_case_number_opens_an_item(extract):
    """'MBN 27 Dnr MB Information': a body's abbreviation before one number, and a case number (its digits
    dropped) after it, open item 27; the case number is no part of the title."""
    text = ("1 Miljö- och byggnadsnämnden Sammanträdesdatum 2013-02-26 Plats och tid Kommunhuset kl 18.00 Beslutande "
            "Anna Ek (M) ordförande Per Lind (S)\n\n2 Sammanträdesdatum s. 2 (57) MBN 27 Dnr MB Information "
            "Stadsarkitekten informerar kortfattat om ansökan om bygglov.\n")
    assert titles(extract(text)) == {27: "Information"}


def test_the_working_committees_item_is_no_item(extract):
    """'GyN 103 Au GyN 64 Dnr Internkontroll 2007': the utskott's item (64) after the item's number is a
    reference, and 'PROTOKOLL 2 GyN 103' is the page's number before the abbreviation, not an item 'GyN'."""
    text = ("1 SKELLEFTEÅ KOMMUN PROTOKOLL 1 (29) Plats och tid Gymnasiekontoret, kl 13.00 Beslutande Anna Ek, ordf "
            "Per Lind Eva Holm, tjg ers för Bo Nord Kenneth Ås, vice ordf Jan Mark, gymnasiechef Siv Jonsson, sekreterare"
            "\n\n2 SKELLEFTEÅ KOMMUN PROTOKOLL 2 GyN 103 Au GyN 64 Dnr Internkontroll 2007 "
            "Internkontroll har genomförts. GyN 104 Dnr Budget 2008 Nämnden beslutar att anta budgeten.\n")
    assert titles(extract(text)) == {103: "Internkontroll 2007", 104: "Budget 2008"}
