"""Conventions first met in a twenty-eighth blind check (stored protocol pages nobody on the team had read: förbund
boards, nämnder of several eras, Finland-Swedish church councils and kommuner, Leader groups, a pensioners' council;
scored before any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, represents, roles   # same folder (rootdir-less tests)

from samgraf.extractors.names import find_person_names, find_reversed_names, writes_names_reversed
from samgraf.model import MeetingRoleKind


def people(ex) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance}


def test_a_municipality_after_the_party_tag_and_a_comma(extract):
    """'Owe Berg (S), Göteborg Mats Ling (S), Göteborg': a kommunalförbund's fullmäktige lists each member with the
    municipality they sit for after the party's tag and a comma, several to a line. The place had been read as the
    first word of the next name ('Göteborg Mats Ling') and no member had a municipality."""
    ex = extract(HEAD + "Närvarande Ledamöter\n\nEva Rot (M), Göteborg, ordförande Anna Hult (S), Göteborg\n\n"
                 "Owe Berg (S), Göteborg Mats Ling (S), Göteborg Jan Zeq (S), Göteborg Karin Lund (M), Ale Paula "
                 "Örn (S), Ale\n\n§ 1 Mötets öppnande\n")
    rep = represents(ex)
    assert rep.get("Mats Ling") == "Göteborgs kommun" and rep.get("Jan Zeq") == "Göteborgs kommun"
    assert rep.get("Karin Lund") == "Ale kommun" and rep.get("Paula Örn") == "Ale kommun"
    assert not any(name.startswith("Göteborg ") for name in people(ex))


def test_medverkande_heads_those_present(extract):
    """'Medverkande: Arne Lind (ordf.) Gösta Berg Rolf Ek ...': a Leader group's list of those taking part, all on
    one line; no roster heading was known and nobody was read."""
    ex = extract("Protokoll LAG Havsbygd 4 december 2012 Tid: Plats: Kulturhuset Fregatten, Stenungsund Medverkande: "
                 "Arne Lind (ordf.) Gösta Berg Rolf Ekwall Sigvard Holm Bert Ohlin Arne Olsson Lars Ström Marith "
                 "Rutger Carina Dyå Kerstin Stern Kristina Svensson Tomas Börje 1\n\n2 1. Öppnande av mötet Arne Lind "
                 "hälsar alla välkomna och förklarar mötet öppnat.\n")
    att = attendance(ex)
    assert {"Arne Lind", "Gösta Berg", "Sigvard Holm", "Marith Rutger"} <= {n for n, p in att.items() if p}
    assert ("Arne Lind", "ordförande") in roles(ex)


def test_ordinarie_medlemmar_are_members(extract):
    """'Ordinarie medlemmar: Englund, Maja ordförande Söderlund, Bo-Erik ...': a kyrkofullmäktige's members, written
    surname first; 'Suppleanter:' the deputies."""
    ex = extract("Sammanträdesprotokoll 1.12.2016\nOrdinarie medlemmar: Englund, Maja, ordförande Söderlund, Bo-Erik "
                 "Gustafsson, Tryggve Williams, Birgitta Jonasson, Kjell Suppleanter: Roberts, Bengt Övriga "
                 "närvarande: Andersson Inger, sekreterare Behandlade paragrafer: 46 57\n"
                 "Underskrifter Maja Englund Ordförande Inger Andersson sekreterare\n")
    r = roles(ex)
    assert {("Bo-Erik Söderlund", "ledamot"), ("Kjell Jonasson", "ledamot"), ("Bengt Roberts", "ersättare")} <= r
    assert ("Maja Englund", "ordförande") in r


def test_rows_surname_comma_first_name_then_the_seat_make_a_protocol_surname_first():
    """'Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot ...': a Finland-Swedish roster with no signature that
    writes the names the other way round. The seat's word right after the first name shows the order; a name written
    first name first puts it after the comma ('Anna Ek, ledamot')."""
    text = ("Närvarande Fagerudd Martin ordförande, ; Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot Halmén, "
            "Annika ledamot\n")
    assert writes_names_reversed(text) is True
    assert writes_names_reversed("Närvarande Marianne Bergström, ledamot Jan-Erik Eklöf, ledamot Annika Halmén, "
                                 "ledamot\n") is False


def test_deputies_in_stead_of_a_member_in_a_surname_first_roster(extract):
    """'Halminen, Birgit suppleant, i stället för Håkan Wikman Lindqvist, Jan ledamot ...': the member a deputy
    stands in for is written first name first, and the next row's surname is a first name too ('Ruusu, Inger')."""
    text = ("Sammanträdesdatum tisdagen den 15 mars 2016\nNärvarande Fagerudd Martin ordförande, ; Bergström, "
            "Marianne ledamot Eklöf, Jan-Erik ledamot Halminen, Birgit suppleant, i stället för Håkan Wikman "
            "Lindqvist, Jan ledamot Pekanpalo, Reijo suppleant, i stället för Sara Karlsson Ruusu, Inger suppleant, "
            "i stället för Alex Nurmi Sandell, Håkan ledamot Halonen Solveig sekreterare\n")
    ex = extract(text)
    r = roles(ex)
    assert {("Inger Ruusu", "ersättare"), ("Jan Lindqvist", "ledamot"), ("Håkan Sandell", "ledamot")} <= r
    assert ("Birgit Halminen", "tjänstgörande ersättare") in r
    assert not {"Ruusu Karlsson", "Sara Karlsson Ruusu"} & people(ex)
    assert attendance(ex).get("Solveig Halonen") is True


def test_a_pair_without_comma_in_a_comma_run_gives_way_to_the_row_after_it():
    """In a run of 'Surname, First name' rows, 'Karlsson Ruusu, Inger' is 'Sara Karlsson' ending a phrase and the
    row 'Ruusu, Inger'; a run without commas still reads 'Mattsson Åke'."""
    text = "Pekanpalo, Reijo suppleant, i stället för Sara Karlsson Ruusu, Inger suppleant"
    assert [name for _s, _e, name in find_reversed_names(text)] == ["Reijo Pekanpalo", "Inger Ruusu"]
    assert [name for _s, _e, name in find_reversed_names("Mattsson Åke, Lundberg Håkan")] == \
        ["Åke Mattsson", "Håkan Lundberg"]


def test_for_kannedom_is_a_distribution_list_not_attendance(extract):
    """'För kännedom Tuohimäki Juha Venho Juha ...' after the roster: those who get a copy, not those present."""
    ex = extract("Sammanträdesdatum tisdagen den 15 mars 2016\nNärvarande Fagerudd Martin ordförande, ; Bergström, "
                 "Marianne ledamot Eklöf, Jan-Erik ledamot Halmén, Annika ledamot Övriga närvarande Konsult Mikko "
                 "Bruun För kännedom Tuohimäki Juha Venho Juha Savioja Anita\n")
    assert "Marianne Bergström" in people(ex)
    assert not {"Juha Venho", "Anita Savioja", "Juha Tuohimäki"} & people(ex)


def test_an_organisations_short_form_after_a_name_is_not_a_surname():
    """'Bengt Ek KoF N', 'Svante Lund Bmn: N': a pensioners' council's attendance list gives each member's nämnd or
    organisation by its short form. A word with a capital inside or with no vowel is no name."""
    for text, name in (("Bengt Ek KoF N", "Bengt Ek"), ("Svante Lund Bmn: N", "Svante Lund"),
                       ("Kerstin Modin Berg", "Kerstin Modin Berg")):
        assert [found for _s, _e, found in find_person_names(text, lenient=True)] == [name]


def test_the_chair_named_after_the_bodys_title_in_prose(extract):
    """'Gemensamma nämndens ordförande, Gunnar Dahl (L), öppnar mötet', 'Föreningens ordförande Milis Ivar hälsade
    välkommen': the chair in an appositive, or after the body's title and a heading without its full stop."""
    ex = extract(HEAD + "§ 23 Mötets öppnande\n • Gemensamma nämndens ordförande, Gunnar Dahl (L), öppnar mötet och "
                 "hälsar välkommen.\n")
    assert ("Gunnar Dahl", MeetingRoleKind.CHAIR) in meeting_roles(ex)
    ex = extract(HEAD + "Närvarande: Lena Berg, Olle Ås\nMötets öppnande Föreningens ordförande Lena Berg hälsade "
                 "välkommen till kvällens möte\n")
    assert ("Lena Berg", MeetingRoleKind.CHAIR) in meeting_roles(ex)
    ex = extract(HEAD + "Närvarande: Lena Berg, Olle Ås\n§ 1 Mötets öppnande\nNämndens vice ordförande Olle Ås "
                 "hälsade välkommen.\n")
    assert ("Olle Ås", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_a_bodys_owner_after_a_name_is_not_a_surname(extract):
    """'Mailis Cavalli-Björk Fyrbodals kommunalförbund', 'Anders Hamm Medelpads fornminnesförening': the genitive
    before a body's noun is whose body it is, not the last part of the name."""
    ex = extract(HEAD + "Övriga deltagande Mailis Cavalli-Björk Fyrbodals kommunalförbund Annika Dale\n"
                 "Utses att justera Uno Ness\n")
    assert "Mailis Cavalli-Björk" in people(ex)
    assert not any("Fyrbodals" in name for name in people(ex))


def test_a_row_with_a_name_its_body_and_a_second_name_is_no_prose(extract):
    """'Anna Ols Kävlingeåns vattenråd Konsult: Tette Alm Ekologgruppen': a row naming the person's body, then a
    second row, on one line. Read as prose it ended the roster: every row after it was lost."""
    ex = extract(HEAD + "Adjungerade:\nCecilia Backe Lunds kommun\nAnna Ols Kävlingeåns vattenråd Konsult: Tette "
                 "Alm Ekologgruppen\nKarl Holmberg Ekologgruppen\n")
    assert {"Anna Ols", "Tette Alm", "Karl Holmberg"} <= {n for n, p in attendance(ex).items() if p}


def test_a_line_that_opens_with_a_label_is_still_prose(extract):
    """'Protokolljusterare Protokollet framlagt till påseende Intygar Förbundskansliet, ...' under a roster: the rule
    above is for rows that open with their name; a form's line of labels stays prose ('Intygar' is nobody)."""
    ex = extract("Förbundsstyrelsen\nNärvarande\nRoger Eriks, ordförande\nKatarina Dal, förbundsdirektör\n"
                 "Protokolljusterare Protokollet framlagt till påseende Intygar Förbundskansliet, Jomala den 23.4 "
                 "2018\nKatarina Dal, förbundsdirektör\n")
    assert "Roger Eriks" in people(ex)
    assert not any("Intygar" in name for name in people(ex))


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_items_numbered_with_three_digits(extract):
    """'FÖREDRAGNINGSLISTA: 020 SAMMANTRÄDETS LAGLIGHET ... 021 VAL AV ...': a Finland-Swedish parish numbers its
    items with three digits and no § sign. A bare number opening with 0 had been taken for a case number's serial
    and left out; three such numbers, two in a row, are the protocol's numbering."""
    ex = extract("Vanda svenska församling\nProtokoll\n\n2 FÖREDRAGNINGSLISTA: 020 SAMMANTRÄDETS LAGLIGHET OCH "
                 "BESLUTFÖRHET 021 VAL AV TVÅ PROTOKOLLJUSTERARE FÖR SAMMANTRÄDET 022 JUSTERING OCH FRAMLÄGGANDET "
                 "AV PROTOKOLLET 023 BEDÖMNING AV LÄGET I FÖRSAMLINGSRÅDETS UTVECKLINGSPROCESS 024 NÄSTA "
                 "SAMMANTRÄDE\n\n3 020 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET Sammanträdet konstateras lagligen "
                 "sammankallat.\n")
    items = agenda(ex)
    assert items.get(21) == "VAL AV TVÅ PROTOKOLLJUSTERARE FÖR SAMMANTRÄDET"
    assert items.get(23) == "BEDÖMNING AV LÄGET I FÖRSAMLINGSRÅDETS UTVECKLINGSPROCESS"   # 'I' goes on a title in capitals
    assert 2 not in items


def test_a_case_serial_with_a_leading_zero_is_still_no_item(extract):
    """'TN 2 09/TN 0044 Budget': one bare number with a leading zero is a case number's serial, as before."""
    ex = extract(HEAD + "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Budget\nDnr TN 2 09/TN 0044 Budget "
                 "2024 fastställs.\n")
    assert sorted(agenda(ex)) == [1, 2]


def test_a_list_of_items_numbered_on_from_earlier_meetings(extract):
    """'Ärenden: 63. Sammanträdet öppnas 64. Laglighet ...', 'Ärendets nummer Ärende 114. LAGLIGHET OCH
    BESLUTFÖRHET 115. ...': the items of this meeting, numbered on through the year, listed after their label. A
    numbered list had to open at 1 to be read."""
    ex = extract("Finlands svenska förbund\nProtokoll\nÖvriga närvarande: Anmärkningar: Ärenden: 63. Sammanträdet "
                 "öppnas 64. Laglighet och beslutsförhet 65. Godkännande av föredragningslistan 66. Ekonomisk "
                 "översikt 67. Nästa sammanträde\n")
    items = agenda(ex)          # (the last title, cut by the excerpt's end after two words, is left out as ever)
    assert {n: items.get(n) for n in (63, 64, 65, 66)} == {
        63: "Sammanträdet öppnas", 64: "Laglighet och beslutsförhet", 65: "Godkännande av föredragningslistan",
        66: "Ekonomisk översikt"}
    ex = extract("Kronoby kommun\nProtokoll\n\n2 KALLELSESIDA Sammanträdesplats Kommungården Ärendets nummer Ärende "
                 "114. LAGLIGHET OCH BESLUTFÖRHET 115. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 116. BORGEN Återlämnande "
                 "av inteckning 117. ÖVRIGA ÄRENDEN\n")
    items = agenda(ex)
    assert items.get(114) == "LAGLIGHET OCH BESLUTFÖRHET" and items.get(115) == "GODKÄNNANDE AV FÖREDRAGNINGSLISTAN"
    assert 2 not in items


def test_a_list_sent_out_beforehand_is_not_the_agenda(extract):
    """'Utsänd föredragningslista 1. Val av justerare 2. ...': the list of items sent with the notice, numbered as
    items (not as §§), is not read as the protocol's agenda."""
    ex = extract(HEAD + "Utsänd föredragningslista 1. Val av justerare 2. Föredragningslista 3. Information om "
                 "programmet 4. Årsredovisning 2014 Bilagor: a) PM, b) Årsredovisning\n")
    assert agenda(ex) == {}


def test_people_who_present_an_item_are_present(extract):
    """'Christian Åhr, sekreterare, går igenom föregående protokoll', 'Lena Lars, Chef för Inköp, föredrar aktuella
    upphandlingar', 'Åsa Trollberg informerar från Beredningsgruppens senaste möte': a shared nämnd's page lists nobody;
    those who present items are there. 'X föredrar att ...' (prefers) is no presentation."""
    ex = extract(HEAD + "§ 24 Föregående protokoll\n • Christian Åhr, sekreterare, går igenom föregående protokoll.\n"
                 " • Lena Lars, Chef för Inköp och upphandling, föredrar aktuella upphandlingar.\n"
                 " • Åsa Trollberg informerar från Beredningsgruppens senaste möte.\n"
                 " • Per Holm föredrar att frågan tas upp vid nästa möte.\n")
    att = attendance(ex)
    assert att.get("Christian Åhr") is True and att.get("Lena Lars") is True and att.get("Åsa Trollberg") is True
    assert "Per Holm" not in att


def test_a_column_of_places_after_the_names(extract):
    """'Närvarande   Margit Johansson Indal / Bengt Wiklund Alnö / Saga Brunell Stöde ...': an association's
    roster gives each member's parish after the name, one a line. Where most rows end in a word no name list knows,
    that word is the place; in such a column, so is a surname after a surname ('Lars-Erik Larsson Torp')."""
    ex = extract("Hembygdsförbundet\n\nProtokoll från styrelsemöte 2014-10-30\n\nNärvarande   Margit Johansson Indal\n"
                 "Bengt Wiklund Alnö\nLars-Erik Larsson Torp\nYvonne Uhlberg Borgsjö\nSaga Brunell Stöde\n"
                 "Tomas Wallin Stöde\n"
                 "Inger Bylund Hässjö\n\n§1      Mötets öppnande\n\nOrdförande Margit Johansson öppnade mötet.\n")
    assert {"Bengt Wiklund", "Saga Brunell", "Tomas Wallin", "Inger Bylund"} <= set(attendance(ex))
    assert "Lars-Erik Larsson" in attendance(ex)        # in such a column, a place that is a surname too ("Torp")
    assert not any(name.endswith(("Alnö", "Stöde", "Hässjö")) for name in people(ex))


def test_names_of_three_words_are_kept_without_a_column_of_places(extract):
    """A board whose members have double surnames ('Kerstin Gustafsson Andersson') or one row with a surname no list
    knows ('Anna Berg Xyzander') keeps every word of each name."""
    ex = extract(HEAD + "Ledamöter\nKerstin Gustafsson Andersson\nLise Hjemgaard Svensson\nAnna Berg Xyzander\n"
                 "Per Lund\n\n§ 1 Mötets öppnande\n")
    assert {"Kerstin Gustafsson Andersson", "Lise Hjemgaard Svensson", "Anna Berg Xyzander"} <= people(ex)


def test_two_given_names_and_a_given_name_no_list_knows_surname_first():
    """'Englund, Maja Poulsen, ordförande', 'Ahlgren, Mikael Elvis Ackrén, Sture', 'Fagerholm, Rainer Eriksson,
    Traute Williams, Birgitta': a second given name after the first (before the row's role, the line's end or the
    next row), and a first name no list knows where the row ends after it."""
    found = [name for _s, _e, name in find_reversed_names(
        "Englund, Maja Poulsen, ordförande Söderlund, Bo-Erik Ahlgren, Mikael Elvis Ackrén, Sture Fagerholm, Rainer "
        "Eriksson, Traute Williams, Birgitta")]
    assert found == ["Maja Poulsen Englund", "Bo-Erik Söderlund", "Mikael Elvis Ahlgren", "Sture Ackrén",
                     "Rainer Fagerholm", "Traute Eriksson", "Birgitta Williams"]
    found = [name for _s, _e, name in find_reversed_names("Boström, Kaj Sandberg, Henrik Lindgren, Hans")]
    assert found == ["Kaj Boström", "Henrik Sandberg", "Hans Lindgren"]


def test_absent_heading_with_a_note_of_the_seats(extract):
    """'... Anette Berg, nämndsekreterare Ej närvarande, ordinarie/ersättare Daniel Ådin, ordförande (S) ordinarie
    ...': the heading of those absent, with a note of whose seats it lists after a comma. It had been read as words
    of the row before, and the absent members as present officials."""
    ex = extract("Fritidsnämnden\nBeslutande Joakim Wall, mötesordförande (V) Lova Torsten (V) Günter Lars (L) Isak "
                 "Burm (MP) Tjänstemän Leif Gustaf, fritidschef Anette Berg, nämndsekreterare Ej närvarande, "
                 "ordinarie/ersättare Daniel Ådin, ordförande (S) ordinarie Robert Esk (S) ordinarie Anna Ulfs (S) "
                 "ersättare Ersättare Petter Ersh (KD) Justerare Paragrafer Isak Burm (MP)\n")
    att = attendance(ex)
    assert att.get("Daniel Ådin") is False and att.get("Robert Esk") is False and att.get("Anna Ulfs") is False
    assert att.get("Anette Berg") is True and att.get("Lova Torsten") is True


def test_stacked_signature_labels_ended_by_a_full_stop(extract):
    """'Underskrifter Paragrafer Sekreterare Ordförande Justerande. Britt Ols. Lars Rosen. Mattias Wern Anslag/Bevis
    ...': three stacked labels, the last with a full stop, over the signers in the same order. The full stop kept the
    first signer on the labels' line (the secretary became chair and justerare), and 'Anslag/Bevis' the last signer on
    the notice's."""
    ex = extract(HEAD + "Beslutande Lars Rosen, C Åke Nils, KD Övriga deltagande Britt Ols, sekreterare Utses att "
                 "justera Underskrifter Paragrafer Sekreterare Ordförande Justerande. Britt Ols. Lars Rosen. Mattias "
                 "Wern Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n")
    found = meeting_roles(ex)
    assert {("Britt Ols", MeetingRoleKind.SECRETARY), ("Lars Rosen", MeetingRoleKind.CHAIR),
            ("Mattias Wern", MeetingRoleKind.ADJUSTER)} <= found
    assert ("Britt Ols", MeetingRoleKind.CHAIR) not in found
