"""Conventions first met in a sixty-third to sixty-sixth blind check (stored protocol pages nobody on the team had
read) and in a second reading of the thirty sets before it; each is tested on a short invented protocol (names are
invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, roles

from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Kommunstyrelsen Sammanträdesdatum 2018-06-05\n"


def seats(ex, name: str) -> set[str | None]:
    return {role for person, role in roles(ex) if person == name}


def test_deputies_not_serving_written_ej_tjg(extract):
    """'Övriga ej tjg ersättare Gun Johansson (S) ...': deputies who did not serve, the heading's 'tjänstgörande'
    abbreviated; neither the members' rows before it nor a serving seat."""
    ex = extract(HEAD + "Plats och tid Kommunhuset, tisdag 5 juni 2018 Beslutande ledamöter Mikael Ek (S), ordförande "
                 "Rita Berg (S) Jan Falk (M) Anna Lund (KD) Per Holm (SD) Övriga ej tjg ersättare Gun Johansson (S) "
                 "Berit Larsson (C) Mats Notini (L) Övriga närvarande Jan Ragnarsson, kommundirektör\n")
    assert seats(ex, "Per Holm") == {"ledamot"}
    assert all(seats(ex, name) == {"ersättare"} for name in ("Gun Johansson", "Berit Larsson", "Mats Notini"))


def test_deputies_not_serving_in_capitals(extract):
    """The same heading in capitals on a page of its own: 'ÖVRIGA EJ TJG ERSÄTTARE'."""
    ex = extract(HEAD + "BESLUTANDE LEDAMÖTER Mikael Ek (S), ordförande Rita Berg (S) Jan Falk (M) Anna Lund (KD) "
                 "Per Holm (SD)\n\nÖVRIGA EJ TJG ERSÄTTARE Gun Johansson (S) Berit Larsson (C) Mats Notini (L) "
                 "ÖVR NÄRVARANDE Jan Ragnarsson, kommundirektör\n")
    assert all(seats(ex, name) == {"ersättare"} for name in ("Gun Johansson", "Berit Larsson", "Mats Notini"))


def parties(ex) -> dict[str, str | None]:
    return {m.person.name: m.party.abbreviation if m.party is not None else None for m in ex.memberships}


def test_a_deciding_heading_with_a_note_of_its_sections(extract):
    """'Beslutande, gäller både för (direktjusterad) och': the §§ the list is for, their numbers lost, after a
    comma on the heading's line; the names below are still the deciding members."""
    ex = extract("Protokoll Kommunfullmäktige 2017-09-28\n\n2 2(66) Beslutande, gäller både för (direktjusterad) "
                 "och\nOla Hägg (S)\nHarry Bouveng (M)\nPatrik Ek (S) tjänstgör istället för Tomas Lund (S)\n"
                 "Bodil Toll (M)\n")
    assert {"Ola Hägg", "Harry Bouveng", "Patrik Ek", "Bodil Toll"} <= set(attendance(ex))
    assert all(attendance(ex)[name] is True for name in ("Ola Hägg", "Harry Bouveng", "Bodil Toll"))
    assert seats(ex, "Patrik Ek") == {"tjänstgörande ersättare"}


ROLL = ("2 UPPROPSLISTA KOMMUNFULLMÄKTIGES SAMMANTRÄDE Ledamöter Parti Tjänstgörande ersättare Ordförande "
        "Holm Sten FP 1:e vice ordf Wall Göran S Axelsson Fredrik M Carlsson Magnus M Månsson Roland SD "
        "Fritzon Helena S Benny Jönsson Nilsson Niclas SD Björk Anders KBF Falk Simonsson Annelie SD "
        "Åkesson Magnus FP Anna-Karin Larsson Algotsson Hampus MP Berg Eva S\n")


def test_a_roll_of_member_party_and_deputy_columns_run_together(extract):
    """'Ledamöter Parti Tjänstgörande ersättare / Holm Sten FP ... Fritzon Helena S Benny Jönsson Nilsson Niclas
    SD': the members written surname first, the party's capitals closing each, and the deputy who served for a
    member, first name first, before the next member; the seats of the presidium before their rows."""
    ex = extract("Protokoll Kommunfullmäktige 2013-11-12\n\n1 Plats och tid Rådhuset Beslutande Enligt "
                 "uppropslista\n\n" + ROLL)
    assert seats(ex, "Sten Holm") == {"ordförande", "ledamot"} and seats(ex, "Göran Wall") == {"vice ordförande",
                                                                                             "ledamot"}
    assert seats(ex, "Benny Jönsson") == {"tjänstgörande ersättare"}
    assert seats(ex, "Anna-Karin Larsson") == {"tjänstgörande ersättare"}
    assert seats(ex, "Annelie Falk Simonsson") == {"ledamot"}
    assert attendance(ex)["Helena Fritzon"] is False and attendance(ex)["Magnus Åkesson"] is False
    assert attendance(ex)["Niclas Nilsson"] is True and attendance(ex)["Benny Jönsson"] is True
    assert parties(ex)["Sten Holm"] == "L" and parties(ex)["Anders Björk"] == "KBF" and parties(ex)["Eva Berg"] == "S"


def test_a_roll_of_member_party_and_deputy_columns_with_bracketed_tags_is_read_row_by_row(extract):
    """'Ledamöter Parti Tjänstgörande ersättare Närv. Jane Lind ordf. (c) X': tags in brackets and crosses are
    rows the row grammar reads, not a run of bare capitals."""
    ex = extract("Protokoll Kommunfullmäktige 2013-06-24\n\n2 Deltagareförteckning\nLedamöter\nParti "
                 "Tjänstgörande ersättare Närv.\nJane Lind ordf. (c) X\nKerstin Ek 1:e vice (s) X\n"
                 "Eva Strand (s) X\nÅke Berg (m) X\nBo Holm (s) X\n")
    assert seats(ex, "Eva Strand") == {"ledamot"} and seats(ex, "Jane Lind") == {"ordförande", "ledamot"}
    assert attendance(ex)["Åke Berg"] is True


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_a_contents_list_of_number_title_and_page_under_a_pages_label(extract):
    """'Ärenden Sid 235 Detaljplan för del av Björsbyn 3 236 ...': each row's number, its title, its page; a number
    inside a title ('kvarteret Tjädern 16 5 237') is not a row's end, and a row whose numbers the converter lost
    ('... nyanlända Överföring av kapital 13 240') is the one between."""
    ex = extract("Protokoll Kommunfullmäktige 2013-10-28\n\nINNEHÅLLSFÖRTECKNING Paragrafer Ärenden Sid 235 Detaljplan "
                 "för del av Björsbyn 3 236 Detaljplan för kvarteret Tjädern 16 5 237 Medborgarförslag om "
                 "småskalighet 7 238 Fördelning av schablon för nyanlända Överföring av kapital inom förvaltningen "
                 "13 240 Bolagsordning för Hamn AB 17 241 Varumärkesplattform 22\n")
    assert agenda(ex) == {235: "Detaljplan för del av Björsbyn", 236: "Detaljplan för kvarteret Tjädern 16",
                          237: "Medborgarförslag om småskalighet", 238: "Fördelning av schablon för nyanlända",
                          239: "Överföring av kapital inom förvaltningen", 240: "Bolagsordning för Hamn AB",
                          241: "Varumärkesplattform"}


def test_members_rows_a_blank_line_apart_above_the_deputies_heading(extract):
    """A page that begins in the members' list, its heading on the page before: rows with party tags a blank line
    apart (as a full-text page prints a PDF's text blocks) right above 'Ersättare' are the members present."""
    ex = extract("Kommunstyrelsen\n\n(1)\n\nAnnika Holm (S)\n\nHenrik Berg (S) § 71-74 Bo Lind (S) § 75 Gerd Ås (S)\n\n"
                 "Kent Ek (S) Jonas Alm (M) Karin Hed (C)\n\nPatrik Ny (SD)\n\nErsättare Per Strand (S) Eva Vik (M)\n\n"
                 "Övriga närvarande Kommunsekreterare Pia Ekman\n")
    assert all(attendance(ex).get(name) is True for name in ("Annika Holm", "Gerd Ås", "Kent Ek", "Patrik Ny"))
    assert seats(ex, "Per Strand") == {"ersättare"}


def test_a_party_first_roll_with_the_serving_deputy_between_member_and_mark(extract):
    """'Ledamöter Avvikande /tid Ersättare Avvikande /tid Närvaro S Bengt Ek 1 C Kjell Ås 1 S Jan-Erik Idh Stig Berg
    1': the party's capitals first, the member, the deputy who served for the member, the presence mark."""
    ex = extract("Kommunfullmäktige\n\n3 NÄRVAROPROTOKOLL sid 1(3) Justerare: Irene Lund och Åsa Ohm Ledamöter "
                 "Avvikande /tid Ersättare Avvikande /tid Närvaro S Bengt Ek 1 C Kjell Ås 1 M Mona Hellberg-Wik 1 "
                 "S Jan-Erik Idh Stig Berg 1 SD Sven Vik Moa Tamm 1 M Lars Gezelius 1 S Petra Sahl 1\n")
    assert seats(ex, "Bengt Ek") == {"ledamot"} and seats(ex, "Mona Hellberg-Wik") == {"ledamot"}
    assert seats(ex, "Stig Berg") == {"ersättare", "tjänstgörande ersättare"}
    assert seats(ex, "Moa Tamm") == {"ersättare", "tjänstgörande ersättare"}
    assert attendance(ex)["Jan-Erik Idh"] is False and attendance(ex)["Stig Berg"] is True
    assert attendance(ex)["Petra Sahl"] is True
    assert parties(ex)["Kjell Ås"] == "C" and parties(ex)["Sven Vik"] == "SD"


def test_the_auditors_chair_is_no_chair_of_the_board(extract):
    """'Onni Ek, rev. ordf 27': the chair of the auditors (revisorernas ordförande), there for § 27; and the
    'Justerare Justeringens tid och plats' labels on the line below are no roles of his."""
    ex = extract("Kommunfullmäktige\nTid och plats Klockan 18:00-20:45 Beslutande Se separat närvaroprotokoll Övriga "
                 "närvarande Henrik Yrlid, sekreterare Christer Jensen, kommunjurist Onni Ek, rev. ordf 27 Justerare "
                 "Justeringens tid och plats Irene Lund och Åsa Ohm klockan 14.00, Kommunhuset Underskrifter "
                 "Sekreterare Paragrafer Henrik Yrlid Ordförande Justerare Bengt Ek Irene Lund Åsa Ohm ANSLAG/BEVIS "
                 "Protokollet är justerat.\n")
    assert seats(ex, "Onni Ek") <= {None}
    assert (("Onni Ek", MeetingRoleKind.CHAIR) not in meeting_roles(ex))


SERVING_AFTER = ("Ulrika Berg (C), ordf\nAnne Ek (M), 1:e vice ordf\nViktor Lund (S), 2:e vice ordf\nKenneth Dahl (C)\n"
                 "Karin Bys (C)\nJohanna Rek (M)\nErica Strid (KD)\nIngrid Rönn (S)\nKrister Ell (S)\nInga West (V)\n"
                 "Ella Gyll (MP)\nJörgen Wint (BP)\nMikael Kyll (KD)\nLars Halv (S)\nMats Blom (BP)\n"
                 "Övriga närvarande\nKommundirektör Göran Wig\n")


def test_serving_deputies_where_the_parties_order_starts_again(extract):
    """'Beslutande / Ledamöter / Tjänstgörande ersättare' stacked over one list: the members party by party (the
    chairs at the top), then the few who served, in the parties' order again."""
    ex = extract(HEAD + "Närvarolista\nBeslutande\nLedamöter\nTjänstgörande ersättare\n" + SERVING_AFTER)
    assert seats(ex, "Kenneth Dahl") == {"ledamot"} and seats(ex, "Jörgen Wint") == {"ledamot"}
    assert seats(ex, "Ulrika Berg") == {"ordförande", "ledamot"}
    assert all(seats(ex, name) == {"tjänstgörande ersättare"} for name in ("Mikael Kyll", "Lars Halv", "Mats Blom"))


def test_serving_deputies_after_one_heading_of_members(extract):
    """The same under 'Beslutande ledamöter / Tjg ersättare', the members' heading one line."""
    ex = extract(HEAD + "Beslutande ledamöter\nTjg ersättare\n" + SERVING_AFTER)
    assert seats(ex, "Kenneth Dahl") == {"ledamot"}
    assert seats(ex, "Mikael Kyll") == {"tjänstgörande ersättare"}


def test_a_deputy_in_the_members_row_breaks_no_column(extract):
    """'Ledamöter / Tjänstgörande ersättare / ... Carl Ek (C) Dick Ås (S) Mats Sand (S) Kjell Berg (C) ...': deputies
    printed in the rows of the members they served for break the order inside the rest too; whose column each
    name is stays untold."""
    ex = extract(HEAD + "Beslutande\nLedamöter\nTjänstgörande ersättare\nRita Gunn (S), ordf.\nAnders Jo (S)\n"
                 "Åse Falk (S)\nLars Ståhl (S)\nGeorg Fors (C)\nGunilla Andr (C)\nDick Carl (S)\nMats Sand (S)\n"
                 "Kjell Pett (C)\nMarie Bry (C)\nAnders Erik (M)\nStig Bjel (M)\nPeter Vest (FP)\nOlof Ols (KD)\n"
                 "Bo Nel (V)\nFia Ny (C)\nEva Kjell (M)\nÖvriga närvarande\nJanne Hed, personalchef\n")
    assert seats(ex, "Dick Carl") == {None} and seats(ex, "Kjell Pett") == {None}


def test_a_contents_list_of_signed_rows_under_a_pages_label_with_full_stops_in_titles(extract):
    """'Sid § 221 Ekokommunpris 2003...... 284 § 222 Interpellation. Östersjöcentrum på Gotland. Bordlades...... 299':
    the pages' column label before the first row, and a title that runs to its leader, full stops and all."""
    ex = extract("Kommunfullmäktige PROTOKOLL 2003-12-15\n\nSid § 221 Kommunens ekokommunpris 2003...... 284 § 222 "
                 "Interpellation. Inrättande av ett Östersjöcentrum på Gotland. Bordlades...... 299 § 223 Enkel fråga "
                 "...... 302 § 224 Motioner; nya ...... 303\n\nPlats och tid Teatersalongen, kl 13.00-18.00\n")
    assert agenda(ex)[221] == "Kommunens ekokommunpris 2003"
    assert agenda(ex)[222] == "Interpellation. Inrättande av ett Östersjöcentrum på Gotland. Bordlades"
    assert agenda(ex)[223] == "Enkel fråga"


def test_members_and_deputies_columns_read_one_after_the_other_with_crosses(extract):
    """'Beslutande ORDINARIE ERSÄTTARE X Öfverström, Clas ordf. X Hambrudd, Annika ... X Schütten, Erik Lindfors,
    Nina Karlsson, Rolf ...': the crossed run is the members' column, present; the unmarked run as long after it the
    deputies', absent. Not members and deputies paired row by row."""
    ex = extract("Organ Förbundsstyrelsen Datum 15.05.2019\nBeslutande\nORDINARIE\nERSÄTTARE\nX Öfverman, Clas ordf.\n"
                 "X Hambru, Annika vice ordf.\nX Andersson, Ulla\nX Landgren, Viveka\nX Ulenius, Kajsa\nLindfors, Nina\n"
                 "Karlsson, Rolf\nBeijar, Christian\nSöderlund, Pernilla\nÖvriga närvarande\n"
                 "X Dahlman, Katarina omsorgsdirektör\n")
    assert seats(ex, "Annika Hambru") == {"vice ordförande", "ledamot"} and seats(ex, "Ulla Andersson") == {"ledamot"}
    assert all(seats(ex, name) == {"ersättare"} for name in ("Nina Lindfors", "Rolf Karlsson", "Pernilla Söderlund"))
    assert attendance(ex)["Kajsa Ulenius"] is True and attendance(ex)["Nina Lindfors"] is False


def test_a_forms_revision_dates_are_no_meeting_date(extract):
    """'LKPG1002, v2.1, 2016-03-07 Ändrad för W3D3 2016-05-04': the template's version and revision in the page's
    head; the meeting's date is the notice box's 'Sammanträdesdatum 2021-03-02'."""
    ex = extract("Protokoll 1 (37) LKPG1002, v2.1, 2016-03-07 Ändrad för W3D3 2016-05-04 MSC\n\nKommunfullmäktige\n\n"
                 "Plats och tid Crusellhallen kl. 09:00-11:28\n\nBeslutande Se nästa sida\n\nAnslag/Bevis\n\n"
                 "Organ Kommunfullmäktige\n\nSammanträdesdatum 2021-03-02\n")
    assert ex.meeting.date is not None and ex.meeting.date.isoformat() == "2021-03-02"


def test_deputies_listed_with_commas_under_an_empty_field_of_others_present(extract):
    """'Övriga närvarande / Närvarande ej tjänstgörande ersättare Lykke Palm (M), Paula Jarl (M), ... Leif Ols (SD)':
    the first field empty, the deputies a group of those present; a gap without a comma (a name broken over two
    lines) parts no columns there."""
    ex = extract("Kommunfullmäktige\n1 Datum Plats och tid Knutssalen 18:00-20:45 Beslutande Se sidan 2 Övriga "
                 "närvarande Närvarande ej tjänstgörande ersättare Lykke Palm (M), Paula Jarl (M), Fredrik Bot (M), "
                 "Urban Fast (FP), Mårten Mårt (S), Doris Möll (S), Mike Enock (S), Lena Anders (S), Thomas Mich (S), "
                 "Kailey\nMiller Hans (S), Fredrik Ell (MP), Leif Ols (SD)\nUtses att justera Gunilla Ols (S), "
                 "Carl-Axel Jo (KD)\n")
    assert all(seats(ex, name) == {"ersättare"} for name in ("Lykke Palm", "Urban Fast", "Fredrik Ell", "Leif Ols"))


def test_a_roll_that_marks_its_deputies_ers_before_their_names(extract):
    """'Parti Namn Närvaro Frånvaro Fp Jan Glim, Ordförande X ... M Olle Björk X M Ers. Ulla Björk X ...': the rows
    the roll does not mark 'Ers.' are the members'; each deputy in the roll of those who decide served."""
    ex = extract("KOMMUNFULLMÄKTIGE Datum: Måndagen den 8 februari 2010 Plats: Kulturhuset Övriga: Agneta Dejen, "
                 "kommunsekreterare Justerare: Astrid Rudb (fp)\n\n2 Parti Namn Närvaro "
                 "Frånvaro Fp Jan Glim, Ordförande X S Gunilla Hall, 1:e vice ordf X M Ove Anders X M Lillemor Arv X "
                 "M Olle Björk X M Ers. Ulla Björk X M Maggie Robert X C Arne Ols X C Camilla Peder X C Ers. Inger "
                 "Johns X C Linda Herman X S Bo Petter X S Eva Warn X\n")
    assert seats(ex, "Ove Anders") == {"ledamot"} and seats(ex, "Jan Glim") == {"ordförande", "ledamot"}
    assert seats(ex, "Ulla Björk") == {"ersättare", "tjänstgörande ersättare"}


def test_an_utskotts_items_signed_with_its_parents_and_its_own_letters(extract):
    """'Innehållsförteckning Ärende KS AU 139 Information om läsning... 4 KS AU 140 Dnr 2013/ Förslag ...': the
    arbetsutskott's own items, its letters after the parent body's standing for the § sign."""
    ex = extract("Kommunstyrelsens arbetsutskott Sammanträdesdatum 2013-09-10\n\n2 2(25) Innehållsförteckning Ärende "
                 "KS AU 139 Information om läsning... 4 KS AU 140 Dnr 2013/ Förslag till ändrad ersättningsnivå... 5 "
                 "KS AU 141 Dnr 2013/ Översyn av riksintressen för friluftsliv... 9 KS AU 142 Dnr 2013/ Program för "
                 "gymnasiesärskolan... 11\n")
    assert agenda(ex) == {139: "Information om läsning", 140: "Förslag till ändrad ersättningsnivå",
                          141: "Översyn av riksintressen för friluftsliv", 142: "Program för gymnasiesärskolan"}


def test_an_utskotts_earlier_item_beside_signed_items_is_none(extract):
    """'§ 12 Budget 2014 ... KS AU 45 ...': where the § signs stand, the utskott's number is its earlier item."""
    ex = extract("Kommunstyrelsen Sammanträdesdatum 2013-09-10\n\n§ 12 Budget 2014\nKS AU 45 Beslut om remiss.\n"
                 "§ 13 Val av ombud\nKS AU 46 Förslag till beslut.\n")
    assert agenda(ex) == {12: "Budget 2014", 13: "Val av ombud"}


def test_members_rows_above_a_lower_case_heading_of_others_on_a_row(extract):
    """'Birgitta Karst (MP) övriga deltagare Thomas Stjern, Kommunchef': the officials' heading in lower case after
    the last member's tag; the page's rows with tags above it, under no heading, are the members present."""
    ex = extract("KOMMUNFULLMÄKTIGE Tid och plats Beslutande Tisdag 27 januari 2015 kl. 18:00 Skolans matsal Eva Gust "
                 "(S), Ordförande Övriga ledamöter redovisas på sidan 2.\n\n2 KOMMUN sid 2 Ann-Katrin Järå (S) Åke Gust "
                 "(S) Mikael Bred (S) Yvonne Brob (S) Lillemor Ronge (M) Mikael Pers (M) Hans Fors (M) Alf Lars (C) "
                 "Håkan Högl (SD) Bengt Berg (V) Birgitta Karst (MP) övriga deltagare Thomas Stjern, Kommunchef "
                 "Ann-Margreth Edberg, sekreterare\n")
    assert all(attendance(ex).get(name) is True for name in ("Ann-Katrin Järå", "Hans Fors", "Birgitta Karst"))
    assert seats(ex, "Thomas Stjern") <= {None, "kommunchef"}


def test_a_title_that_opens_with_whose_motion_it_is(extract):
    """'Ks 52 Au 110 Dnr 2024/ Börje Åströms motion angående lönepolitiskt program': a name in the genitive before
    the matter's noun opens a title, not a row of people."""
    body = ("Kommunfullmäktige har den 24 februari 1992 till kommunstyrelsen för beredning överlämnat en motion. "
            "Förslag till yttrande föreligger. Allmänna utskottet föreslår fullmäktige besluta att anta yttrandet.")
    ex = extract("Kommunstyrelsen 1996-05-29\n\n2 2 Kommunstyrelsens allmänna utskott Ks 51 Anmälan av allmänna "
                 f"utskottets protokoll Anmäles beslut av utskottet. {body}\n\n3 3 Kommunstyrelsens allmänna utskott "
                 f"Ks 52 Au 110 Dnr 2024/ Börje Åströms motion angående lönepolitiskt program {body}\n\n"
                 f"4 4 Kommunstyrelsens allmänna utskott Ks 53 Au 111 Dnr 2187/ Alf Lunds motion angående samordning "
                 f"{body}\n")
    assert agenda(ex)[52] == "Börje Åströms motion angående lönepolitiskt program"
    assert agenda(ex)[53] == "Alf Lunds motion angående samordning"
