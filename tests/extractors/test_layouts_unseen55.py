"""Conventions first met in a fifty-fifth to sixty-second blind check (stored protocol pages nobody on the team had
read: fullmäktige rolls whose seats' columns carry their presence columns, kommunstyrelser of small municipalities,
regional bodies' working committees, förbund); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

import pytest
from test_layouts import attendance, meeting_roles, roles

from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Kommunfullmäktige Sammanträdesdatum 2015-04-29\n"
COVER = ("1 KOMMUN Sammanträdesprotokoll 1 (41) Plats och tid Stadshuset Beslutande Se särskild närvarolista. "
         "Övriga deltagande Maria Jonsson, utredare Inger Rask, sekreterare Utses att justera Kurt Lind "
         "Justeringens plats och tid Kommunledningskontoret, tisdag 5 maj 2015\n\n")


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def parties(ex) -> dict[str, str | None]:
    return {m.person.name: m.party.abbreviation if m.party is not None else None for m in ex.memberships}


def seats(ex, name: str) -> set[str | None]:
    return {role for person, role in roles(ex) if person == name}


def test_a_seats_header_with_letters_for_presence_and_each_rows_party_first(extract):
    """'NÄRVAROFÖRTECKNING LEDAMÖTER N F Tjänstgörande ersättare N S Petra Ek X C Maja Lind X ...': a fullmäktige's
    roll flattened into one line, N and F for närvarande and frånvarande, each row's party letters before its name.
    The seat words are the table's columns, not headings, and the letters after a row are the next row's."""
    ex = extract(HEAD + COVER + "2 KOMMUN Sammanträdesprotokoll 2 NÄRVAROFÖRTECKNING LEDAMÖTER N F Tjänstgörande "
                 "ersättare N S Petra Ek X C Maja Lind X V Omar Berg X M Lage Holm X Fp Ulla Dahl X Kd Ina Vik X "
                 "S Rune Strand X Mp Magnus Alm X S Anna Pogul X\n")
    assert all(seats(ex, name) == {"ledamot"} for name in ("Petra Ek", "Maja Lind", "Rune Strand"))
    assert parties(ex) == {"Petra Ek": "S", "Maja Lind": "C", "Omar Berg": "V", "Lage Holm": "M", "Ulla Dahl": "L",
                           "Ina Vik": "KD", "Rune Strand": "S", "Magnus Alm": "MP", "Anna Pogul": "S"}
    assert all(attendance(ex)[name] is True for name in parties(ex))
    assert 2 not in agenda(ex)          # "2 NÄRVAROFÖRTECKNING LEDAMÖTER": the page's number, then the roll's title


def test_a_deputy_beside_the_absent_member_in_a_seats_and_presence_table(extract):
    """'Ordinarie ledamot Närv Ersättare Närv / Ulla Berg (M) Barbro Ek (M) x': a member without a cross, then a
    name of the same party with one, is the absent member and the deputy who served for her on one row."""
    ex = extract(HEAD + COVER + "2 (55) N Ä R V A R O L I S T A KF Ordinarie ledamot Närv Ersättare Närv "
                 "Kurt Lind (C) x Anne Sörby (C) x Ulla Berg (M) Barbro Ek (M) x Ola Dahl (S) x Per Vik (S) x "
                 "Sven Holm (C) x Mikael Norén (S) x Lars Ott (C) x Kjell Kask (C) x Tommy Lehr (S) x\n")
    assert seats(ex, "Barbro Ek") == {"ersättare", "tjänstgörande ersättare"}
    assert seats(ex, "Ulla Berg") == {"ledamot"} and seats(ex, "Ola Dahl") == {"ledamot"}
    assert attendance(ex)["Ulla Berg"] is False and attendance(ex)["Barbro Ek"] is True


def test_an_absent_member_then_another_partys_member_is_no_deputy(extract):
    """'Ulla Berg (M) Ola Dahl (S) x': an absent member nobody served for, then the next member."""
    ex = extract(HEAD + COVER + "2 (55) N Ä R V A R O L I S T A KF Ordinarie ledamot Närv Ersättare Närv "
                 "Kurt Lind (C) x Anne Sörby (C) x Ulla Berg (M) Ola Dahl (S) x Per Vik (S) x Sven Holm (C) x "
                 "Mikael Norén (S) x Lars Ott (C) x Kjell Kask (C) x Tommy Lehr (S) x\n")
    assert seats(ex, "Ola Dahl") == {"ledamot"}
    assert attendance(ex)["Ulla Berg"] is False and attendance(ex)["Ola Dahl"] is True


def test_a_serving_deputies_column_beside_the_members(extract):
    """'Ledamöter Parti Tjänstgörande ersättare Närv. ... Ann Knut (m) Bo Alm X': the column lists only the deputies
    who served, so Bo Alm, without a party of his own, served for the absent Ann Knut."""
    ex = extract(HEAD + COVER + "Ledamöter\nParti Tjänstgörande ersättare Närv.\nJane Lund ordf. (c) X\n"
                 "Eva Ström (s) X\nAnn Knut (m) Bo Alm X\nMats Ek (m) X\nTor Berg (fp) X\n")
    assert seats(ex, "Bo Alm") == {"tjänstgörande ersättare"}
    assert seats(ex, "Ann Knut") == {"ledamot"} and seats(ex, "Mats Ek") == {"ledamot"}
    assert attendance(ex)["Ann Knut"] is False and attendance(ex)["Bo Alm"] is True


NOTICE_BOXES = [
    # the box's fields with colons, the justering's date before it
    ("Plats och tid: Sessionssalen, kommunhuset, klockan 10.00-15.20 Beslutande ledamöter: Robert Ek (s), ordförande "
     "Anna Lind (s) Tid och plats för justering: Torsdagen den 4 juni 2015 kl. 8.00 Paragrafer: 76-102 ANSLAG / "
     "BEVIS, Organ: Kommunstyrelsen : 2015-06-01 Datum för anslags uppsättande: 2015-06-05 nedtagande: 2015-06-29\n",
     "2015-06-01"),
    # the same box without colons
    ("KOMMUN Sammanträdesprotokoll Plats och tid Stadshuset, Ovalen, kl Beslutande Per Ek (S), ordförande "
     "Justeringens plats och tid Kommunledningskontoret, måndag 7 november 2011 Anslag/Bevis Protokollet är "
     "justerat. Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelsen 31 oktober 2011 Anslags "
     "uppsättande 7 november 2011 Anslags nedtagande 30 november 2011\n", "2011-10-31"),
]


@pytest.mark.parametrize(("text", "date"), NOTICE_BOXES)
def test_the_meeting_date_in_a_notice_box_after_the_bodys_field(extract, text, date):
    """'ANSLAG / BEVIS, Organ: Kommunstyrelsen : 2015-06-01 Datum för anslags uppsättande: 2015-06-05', 'Organ
    Kommunstyrelsen 31 oktober 2011 Anslags uppsättande ...': the meeting's field lost its label between the body's
    field and its date; no other date on the page is the meeting's."""
    assert str(extract(text).meeting.date) == date


CONTENTS_FIRST_NUMBERS = [
    # a note between the list's label and its first number, the first § of the front page's range
    ("Plats och tid: Kommunhuset klockan 10.00-15.20 Beslutande: Robert Ek (s), ordförande Paragrafer: 76-80\n"
     "3 Innehållsförteckning. Ärenden markerade med * hölls bakom stängda dörrar 76 Val av justerare 77 Godkännande "
     "av föredragningslistan 78 Dnr 2015:439 Förslag till försäljning av del av Murjek 24:1 79 Dnr 2015:434 Förslag "
     "till kompetensförsörjningsprojekt 80 Dnr 2015:447 Vuollerims skolbyggnad\nJusterandes signatur "
     "Utdragsbestyrkande\n",
     {76: "Val av justerare", 77: "Godkännande av föredragningslistan",
      78: "Förslag till försäljning av del av Murjek 24:1", 79: "Förslag till kompetensförsörjningsprojekt",
      80: "Vuollerims skolbyggnad"}),
    # the pages' column label before the first number, the list right after the officials
    ("1 (58) Plats och tid Stadshuset Beslutande Peter Ros (S), ordf Maj Sjö (C) Övriga deltagare: Christer Lind (S), "
     "adjungerad ledamot Birgitta Sam, ekonomichef Inger Ros, kommunsekreterare\n3 (58) Innehållsförteckning... Sid 1 "
     "Information om Personligt 2013... 5 2 Redovisning till kommunstyrelsen från Kommunföretag AB... 6 3 "
     "Verksamhetsstöd till Ung Företagsamhet 2013-2014... 9 4 Årsplan för säkerhetsarbetet 2014... 17\n",
     {1: "Information om Personligt 2013", 2: "Redovisning till kommunstyrelsen från Kommunföretag AB",
      3: "Verksamhetsstöd till Ung Företagsamhet 2013-2014", 4: "Årsplan för säkerhetsarbetet 2014"}),
]


@pytest.mark.parametrize(("text", "items"), CONTENTS_FIRST_NUMBERS)
def test_a_contents_lists_first_number_after_a_note_or_a_column_label(extract, text, items):
    """'Innehållsförteckning. Ärenden markerade med * hölls bakom stängda dörrar 76 Val av justerare 77 ...' and
    'Övriga deltagare: ... Inger Ros, kommunsekreterare / 3 (58) Innehållsförteckning... Sid 1 Information om
    Personligt 2013... 5 2 Redovisning ...': a note, or the pages' column label, between the list's label and its
    first number; the numbers are §§ (the first of the front page's range, or the list ends the roster)."""
    assert agenda(extract(text)) == items


KS_COVER = ("1 Kommunstyrelsen (55) Plats och tid: Kommunstyrelsens sessionssal, kl 14:00-16:35 Beslutande: Carl Berg (M) "
            "Suzanne Ek (FP) Anders Ros (S) Henrik Ore (C) Aida Hadzic (S) Mikaela Walter (M) Michael Sven (S) ")


def test_officials_after_form_labels_stacked_with_their_colons(extract):
    """'Övriga deltagande: Utses att justera: Justeringens plats och tid: Inger Lund, Roger Ås, kommunchef ...': the
    labels printed first with their colons, the officials' values first after them."""
    ex = extract(KS_COVER + "Övriga deltagande: Utses att justera: Justeringens plats och tid: Inger Lund, Roger Ås, "
                 "kommunchef Fredrik Geijer, Fredrik Ott ( 255), Tommy Dahl ( 255) samt kommunsekreterare Mikael Pers "
                 "Anders Ros Rådhuset Sekreterare: Paragrafer Mikael Pers\n")
    found = attendance(ex)
    assert all(found.get(name) is True for name in ("Inger Lund", "Roger Ås", "Fredrik Geijer"))


def test_two_chairs_under_the_definite_label(extract):
    """'Ordföranden:... / Suzanne Ek / Carl Berg / Justerande:. / Anders Ros': two names under the chair's field
    (each chaired part of the meeting), the justerare under his."""
    ex = extract(KS_COVER + "\nSekreterare:\nParagrafer\nMikael Pers\nOrdföranden:...\nSuzanne Ek\nCarl Berg\n"
                 "Justerande:.\nAnders Ros\nANSLAG / BEVIS\n")
    found = meeting_roles(ex)
    assert {("Suzanne Ek", MeetingRoleKind.CHAIR), ("Carl Berg", MeetingRoleKind.CHAIR),
            ("Anders Ros", MeetingRoleKind.ADJUSTER), ("Mikael Pers", MeetingRoleKind.SECRETARY)} <= found
    assert ("Suzanne Ek", MeetingRoleKind.ADJUSTER) not in found and ("Carl Berg", MeetingRoleKind.SECRETARY) not in found


def test_titles_before_names_after_stacked_labels_with_the_sections_attended(extract):
    """'Övriga deltagare: Utses att justera: Teknisk chef Jan Ek, sekreterare Elli Ås, ekonom Agneta Lund 50-51,
    VA-chef Anna Berg 53-54, avdelningschef Lotta Dahl 55': each title before its name, after the labels' colons, a
    name's §§ before the comma: 'sekreterare' is Elli Ås's, not Jan Ek's."""
    ex = extract(KS_COVER + "Övriga deltagare: Utses att justera: Teknisk chef Jan Ek, sekreterare Elli Ås, ekonom "
                 "Agneta Lund 50-51, VA-chef Anna Berg 53-54, avdelningschef Lotta Dahl 55 Anders Ros Justeringens "
                 "plats och tid: Tekniska förvaltningen tisdag 5 maj 2015\n")
    found = roles(ex)
    assert ("Jan Ek", "sekreterare") not in found
    assert attendance(ex).get("Jan Ek") is True and attendance(ex).get("Elli Ås") is True


def test_absent_members_and_the_deputies_called_in_for_them(extract):
    """'Beslutande Samtliga ordinarie ledamöter med undantag av: Förhindrad ledamot Inkallad ersättare Henry Ek (M)
    Gunnar Ås (M) ... Håkan Lund (FP), närv fr o m Saknar ersättare 12.05 Ida Berg (FP) Saknar ersättare ...': the
    table's rows pair each absent member with the deputy called in, unless the member has none; a member marked
    'närv' came for part of the meeting; a row's note of times does not end the table."""
    ex = extract(HEAD + "1 PROTOKOLL 1 (42) Kommunfullmäktige Plats och tid Forumsalen, klockan , Beslutande Se sidan 2 "
                 "Övriga deltagande Lotta Ahl, sekreterare Justerare Kurt Vall och Agneta Burman\n\n"
                 "2 KOMMUN PROTOKOLL 2 Beslutande Samtliga ordinarie ledamöter med undantag av: Förhindrad ledamot "
                 "Inkallad ersättare Henry Ek (M) Gunnar Ås (M) Ulla Bran (FP) Jörgen Tjärn (FP) Ola Burs (S) "
                 "Gunnel Sand (S) Håkan Lund (FP), närv fr o m Saknar ersättare 12.05, 203 Ida Berg (FP) Saknar "
                 "ersättare Carl Lund (S), Tomas Tegel (S), närv kl närv fr o m kl 10.25, , tjg t o m kl 10.40, 123 "
                 "Karin Lång (S) Staffan Asp (S)\n")
    found = attendance(ex)
    for member, deputy in (("Henry Ek", "Gunnar Ås"), ("Ulla Bran", "Jörgen Tjärn"), ("Carl Lund", "Tomas Tegel"),
                           ("Karin Lång", "Staffan Asp")):
        assert seats(ex, member) <= {None} and found[member] is False
        assert seats(ex, deputy) == {"ersättare", "tjänstgörande ersättare"} and found.get(deputy) is not False
    assert found["Gunnar Ås"] is True and found["Staffan Asp"] is True
    assert seats(ex, "Håkan Lund") <= {None} and found.get("Håkan Lund") is not False     # there from 12.05, § 203
    assert seats(ex, "Ida Berg") <= {None} and found["Ida Berg"] is False
    assert not any(role == "ledamot" for _name, role in roles(ex))


def test_other_bodies_item_numbers_before_the_case_number(extract):
    """'Ks 26 Au 1 Bus 106 och 1 Su 207 och 2 Dnr 014/ Ekonomisk rapport': the same matter's items in the working
    committee and other nämnder stand between the item's number and its case number; their numbers are no items."""
    ex = extract("KOMMUNEN SAMMANTRÄDESPROTOKOLL 1 (44) Beslutande Anna Berg (s), ordförande Per Ek (m)\n\n"
                 "2 KOMMUNEN SAMMANTRÄDESPROTOKOLL 2 (44) Ks 26 Au 1 Bus 106 och 1 Su 207 och 2 Dnr 014/ Ekonomisk "
                 "rapport Ekonomichefen informerar om kommunens ekonomiska situation. Kommunstyrelsen godkänner "
                 "informationen.\n\n3 KOMMUNEN SAMMANTRÄDESPROTOKOLL 3 (44) Ks 27 Au 2 Bus 2 Su 3 Dnr KS 159/ Förslag "
                 "till åtgärder beträffande reduceringar Kommunstyrelsen beslutar att godkänna förslaget.\n")
    assert agenda(ex) == {26: "Ekonomisk rapport", 27: "Förslag till åtgärder beträffande reduceringar"}


def test_a_title_ending_in_a_number_before_the_next_items_body_letters(extract):
    """'Mbhn 20 Dnr 118/2010 231 Tillbyggnad av garage Haren 15 Mbhn 21 Dnr 119/2010 233 Bygglov för klubbhus': one
    body's letters and number before the case number are the next item, not another body's (a guard for the rule
    above)."""
    ex = extract("Nämnden 2010-04-07 Ärendeförteckning Mbhn 19 Dnr 35/2010 427 Yttrande över vindkraftsutredning "
                 "Mbhn 20 Dnr 118/2010 231 Bygglov för tillbyggnad av garage Haren 15 Mbhn 21 Dnr 119/2010 233 "
                 "Tillfälligt bygglov för klubbhus Arvidsjaur 6:1 Mbhn 22 Dnr 120/2010 042 Redovisning av nyckeltal\n")
    assert 21 in agenda(ex) and agenda(ex)[21].startswith("Tillfälligt bygglov för klubbhus")


def test_a_case_number_whose_serial_was_lost_and_a_body_without_its_name(extract):
    """'Ks 157 Ks2016/ Ansökan om överlåtelse av tillsyn föreslår att kommunfullmäktige ansöker': the case number's
    letters and year before its lost serial, and the body's sentence whose subject was lost."""
    ex = extract("KOMMUN 1(31) Tid och plats Tisdagen den 11 oktober 2016 Beslutande Magnus Ek (M), ordförande\n\n"
                 "3 3(31) Ks 157 Ks2016/ Ansökan om överlåtelse av tillsyn över bergtäkter föreslår att "
                 "kommunfullmäktige ansöker om att få överta tillsynen.\n\n4 4(31) Ks 158 Ks2016/ Budget för 2017 "
                 "Kommunstyrelsen beslutar att fastställa budgeten.\n")
    assert agenda(ex)[157] == "Ansökan om överlåtelse av tillsyn över bergtäkter"


def test_a_column_of_section_signs_then_the_titles(extract):
    """'ÄRENDEN §1 §2 §3 §4 § 5 Sammanträdets öppnande ... Budgetändring i budget 2015 Information/diskussion': the
    numbers with their signs, then the titles run together, parted where one ends (a lower-case word, a year after
    one, a slashed pair) and the next begins with a capital."""
    ex = extract("Förbundsfullmäktige Sammanträdesplats: De gamlas hem onsdagen den 18 mars 2015 klockan 14.00. "
                 "ÄRENDEN §1 §2 §3 §4 § 5 Sammanträdets öppnande Godkännande av föredragningslistan Budgetändring i "
                 "budget 2015 Information/diskussion Sammanträdets avslutande Jomala den 20 februari 2015\n")
    assert agenda(ex) == {1: "Sammanträdets öppnande", 2: "Godkännande av föredragningslistan",
                          3: "Budgetändring i budget 2015", 4: "Information/diskussion", 5: "Sammanträdets avslutande"}


def test_a_list_of_titles_each_with_its_number_after_a_comma(extract):
    """'Ärenden till kommunstyrelsen den 6 oktober 2009 Socialnämndens redovisning, 246 Ändrad regional indelning,
    247 ...': the § sign lost before each number written after its title."""
    ex = extract("1 Protokoll 1 Plats och tid Kommunhuset Beslutande Ewa Lind (S) ordf Jan Berg (S)\n\n"
                 "2 Protokoll 2 Ärenden till kommunstyrelsen den 6 oktober 2009 Socialnämndens redovisning, 246 Ändrad "
                 "regional indelning, 247 Kommunal utdebitering för 2010, 248 Översyn av luftfartens riksintressen "
                 "enligt Miljöbalken, remiss, 249 Arvode till förtroendevalda år 2010, 250\n")
    found = agenda(ex)
    assert {246: "Socialnämndens redovisning", 247: "Ändrad regional indelning",
            248: "Kommunal utdebitering för 2010", 249: "Översyn av luftfartens riksintressen enligt Miljöbalken, remiss",
            250: "Arvode till förtroendevalda år 2010"}.items() <= found.items()


def test_officials_with_the_sections_they_attended_are_no_list_of_items(extract):
    """'Monica Ek, centrumutvecklare, 142 Malin Ås, utredare, 143 Lars Berg, ekonom, 144': names with their titles
    and the § each attended, counting up by chance, are officials, not items."""
    ex = extract("1 Protokoll 1 Plats och tid Kommunhuset Beslutande Ewa Lind (S) ordf Jan Berg (S) Övriga deltagande "
                 "Monica Ek, centrumutvecklare, 142 Malin Ås, utredare, 143 Lars Berg, ekonom, 144\n")
    assert not {142, 143, 144} & set(agenda(ex))


def test_a_serving_deputys_label_with_its_colon_under_the_member_replaced(extract):
    """'LEDAMÖTER ... Thomas Ek (S) / Tjg ersättare: / Anna Ås (S) / Jimmy Berg (MP)': the label's colon makes it the
    next name's, who sat in the place of the member above (absent); the rows after are members again."""
    ex = extract("PROTOKOLL 3 OMRÖSTNINGAR\nLEDAMÖTER\nAnton Waar (S), ordförande\nLeif Ols (C), 1:e vice ordförande\n"
                 "Thomas Ek (S)\nTjg ersättare:\nAnna Ås (S)\nJimmy Berg (MP)\nPelle Lund (C) Kl (Med under "
                 "föredragningar samt beslut för 19)\nTjg ersättare:\nNiklas Nil (S) Kl (Beslutande för 20 36)\n"
                 "Kicki Fred (S)\n")
    assert seats(ex, "Anna Ås") == {"tjänstgörande ersättare"} and seats(ex, "Niklas Nil") == {"tjänstgörande ersättare"}
    assert seats(ex, "Thomas Ek") == {"ledamot"} and seats(ex, "Jimmy Berg") == {"ledamot"}
    found = attendance(ex)
    assert found["Thomas Ek"] is False and found["Anna Ås"] is True and found["Jimmy Berg"] is True
    assert found.get("Pelle Lund") is not False          # there for § 19, his deputy from § 20


def test_officials_after_the_justerare_and_signature_labels_stacked_on_their_heading(extract):
    """'Övriga närvarande Justerare Underskrifter Pia Ek, kommundirektör Linda Kar, kanslichef, på distans ...': the
    labels of the form's next fields printed right after the heading, the officials' values first."""
    ex = extract("1 1 (59) Plats och tid Beslutande Stadshuset klockan 13:00 18:02 Adam Johans (M), Ordförande Karola "
                 "Sven (C), 1:e vice ordförande Fredy Neu (S) Dan Hov (KD) Ersättare Susanne Berg (S), på distans "
                 "Övriga närvarande Justerare Underskrifter Pia Alm, kommundirektör Linda Kar, kanslichef, på distans "
                 "Sara Cron, kommunjurist, på distans Magnus Fleis, ekonomichef, 195, 206 Ingvor Berg (S) Detta "
                 "protokoll har justerats digitalt Sekreterare Sebastian Hel Paragrafer Ordförande Adam Johans\n")
    found = attendance(ex)
    assert all(found.get(name) is True for name in ("Pia Alm", "Linda Kar", "Sara Cron"))


def test_those_there_for_part_of_the_meeting_under_their_own_heading(extract):
    """'Övriga deltagare Johan Braw, kommunjurist Övriga deltagare, delvis Kristina Ryd, upphandlingschef ...': the
    second list's people were there for some items only; when is not told."""
    ex = extract("1 KOMMUN SAMMANTRÄDESPROTOKOLL 1 (61) Plats och tid Stadshuset kl Beslutande Jan Palm, ordförande, S "
                 "Margareta Yng, S Övriga deltagare Johan Braw, kommunjurist Iréne Rob, kommunsekreterare Övriga "
                 "deltagare, delvis Kristina Ryd, upphandlingschef Eira Bring, socialchef Tommy Ahl, FoG-chef Utses att "
                 "justera Margareta Yng\n")
    found = attendance(ex)
    assert found.get("Johan Braw") is True and found.get("Iréne Rob") is True
    assert all(found.get(name) is None for name in ("Kristina Ryd", "Eira Bring", "Tommy Ahl"))
    assert {"Kristina Ryd", "Eira Bring"} <= {name for name, _role in roles(ex)}


def test_a_form_printed_all_labels_first_keeps_its_signature_pairs(extract):
    """'... Övriga Justering Justerare Underskrifter Sekreterare Ordförande Justerande Monica Haid Ulrika Gust Marie
    Hilm (c) Monica Haid (s)': after "Underskrifter" come the signature labels, not values, so the labels are not
    blanked and the signers pair with them (a guard for the stacked labels above)."""
    ex = extract("Protokoll styrelsen 2009-03-02\n1 (23) Plats och tid Residenset kl 13.00 Beslutande Anna Fran (s), "
                 "ordförande Robert Oles (s) Carin Hög (v) Mats Johns (m) ersättare för Suzanne Fra (m) Kjell Jorm (mp) "
                 "Övriga förtroendevalda Tjänstemän Thomas Nils, Ulf Peter, Clas Carl, Maria Nils, Åsa Karl Övriga "
                 "Justering Justerare Underskrifter Sekreterare Ordförande Justerande Monica Haid Ulrika Gust Marie "
                 "Hilm (c) Monica Haid (s) Paragrafer\n")
    found = meeting_roles(ex)
    assert {("Ulrika Gust", MeetingRoleKind.SECRETARY), ("Marie Hilm", MeetingRoleKind.CHAIR),
            ("Monica Haid", MeetingRoleKind.ADJUSTER)} <= found


def test_justerare_who_have_checked_the_minutes_electronically(extract):
    """'Protokollets justering Roger Ek har justerat protokollet elektroniskt (bilaga) Kari Ås har justerat
    protokollet elektroniskt': the justerare named in the perfect tense, after the fact."""
    ex = extract("Protokoll Sammanträdestid: Tisdag kl. 13:00 Närvarande/beslutande Veronica Hertz, ordförande Roger Ek "
                 "Kari Ås\nUnderskrifter Veronica Hertz, ordförande Carola Isak sekreterare Protokollets justering Roger "
                 "Ek har justerat protokollet elektroniskt (bilaga) Kari Ås har justerat protokollet elektroniskt "
                 "(bilaga)\n")
    found = meeting_roles(ex)
    assert {("Roger Ek", MeetingRoleKind.ADJUSTER), ("Kari Ås", MeetingRoleKind.ADJUSTER)} <= found
    assert ("Veronica Hertz", MeetingRoleKind.ADJUSTER) not in found


def test_a_clipped_heading_is_read_as_the_deciding_members(extract):
    """'Plats och tid Kommunhuset, måndagen den 13 februari 2012, ande Åsa Ek (S), ordförande, ... Tor Jans (S),
    ersättare, 35, 52, ...': the converter kept only the end of "Beslutande"; a deputy among those who decide
    served."""
    ex = extract("1 Sammanträdesprotokoll 1(46) Plats och tid Kommunhuset, sessionssalen, måndagen den 13 februari 2012, "
                 "ande Åsa Erik (S), 29-34, 36-62, ordförande, Thommy Ukk (S), Elizabeth Pett (S), Frida Jans (S), "
                 "Gunnar Tig (S), 29-51, 53-62, Robin Berg (S), Kjell Sund (M), Torsten Jans (S), ersättare, 35, 52, "
                 "Pratima Ås (V), ersättare, 35, 43-62, Kjell Karl (MP), ersättare Övriga närvarande Staffan Mood, "
                 "kanslichef, Roger Selle, ekonomichef, 29-49\n")
    assert ("Kjell Karl", "tjänstgörande ersättare") in roles(ex)
    assert ("Thommy Ukk", "tjänstgörande ersättare") not in roles(ex)
