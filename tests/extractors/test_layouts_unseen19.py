"""Conventions first met in a nineteenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, roles   # same folder (rootdir-less tests)

#: A contents list printed column by column: the § numbers, then the titles (two titles joined on some lines).
NUMBER_COLUMN = ("Plats och tid: Stadshuset 2019-03-11 kl. 09.00-12.00\n\nBeslutande: Eva Lind, ordförande\n\n"
                 "Ärendelista\n\n§ 1 Val av justerare\n\n§ 2\n\n§ 3\n\n§ 4\n\n§ 5\n\n§ 6\n\n"
                 "Föregående protokoll Ekonomisk rapport\n\nAnsökan om medel till projektet Steget, Ale kommun\n\n"
                 "Övrigt Nästa möte\n\n(2)\n\n§ 1\n\nVal av justerare\n\nStyrelsen utser Eva Lind.\n")


def titles(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_a_number_column_then_a_title_column(extract):
    """'§ 2 / § 3 / ... / § 6' bare, then the titles one under another: the n-th title is the n-th number's; a line
    holding two titles is split before the second's first word (not before a name closing a title)."""
    ex = extract(NUMBER_COLUMN)
    assert titles(ex) == {1: "Val av justerare", 2: "Föregående protokoll", 3: "Ekonomisk rapport",
                          4: "Ansökan om medel till projektet Steget, Ale kommun", 5: "Övrigt", 6: "Nästa möte"}
    item = next(a for a in ex.agenda if a.number == 4)
    assert item.evidence.text == item.title


def test_a_number_column_whose_titles_do_not_fit_gives_no_titles(extract):
    """When the title lines cannot be split into one per number, no number gets a title (a guess would shift all)."""
    text = NUMBER_COLUMN.replace("Övrigt Nästa möte", "Övrigt")
    assert set(titles(extract(text))) == {1}


def test_an_absence_heading_beside_the_guests_heading(extract):
    """'Anmält förhinder Övriga: A (S) B (KD) Ulf Lago, förbundsdirektör': two columns read as one list; the
    politicians (party tags) are the absent ones, the officials (titles) the guests."""
    text = ("Direktionen Sammanträdesprotokoll Plats och tid: Brandstationen, kl. 13:00 Beslutande: Maja Tell (S), "
            "ordförande Lina Alm (M) Kurt Berg (C) Ersättare: Emil Frey (M) Anmält förhinder Övriga: Conny Dahl (S) "
            "Bengt Wall (KD) Ulf Lago, förbundsdirektör Mikael Skog, kanslichef Utses att justera: Lina Alm\n")
    found = attendance(extract(text))
    assert found["Conny Dahl"] is False and found["Bengt Wall"] is False
    assert found["Ulf Lago"] is True and found["Maja Tell"] is True


def test_justeras_over_the_names_of_both_adjusters(extract):
    """'Justeras:' on its own line over 'Kristina Ek Teres Berg': each name is a justerare."""
    text = ("Sammanträde 2006-12-19\n\nPlats\nBolagets kontor\n\n2 Fastställande av dagordning\n\nJusteras:\n"
            "Kristina Ek Teres Berg\n\nNärvarande:\n\nOrdföranden Kristina Ek (m)\n\nLedamöterna\nTeres Berg (s)\n"
            "Ulf Frid (fp)\n")
    ex = extract(text)
    adjusters = {r.person.name for r in ex.meeting_roles if r.role.value == "adjuster"}
    assert adjusters == {"Kristina Ek", "Teres Berg"}


def test_a_seat_column_read_after_all_rows(extract):
    """'... Birgitta Ek (S) Ordförande Vice ordförande för Kent Lo (V) för Dan Berg (SD)': the table's right column
    read after its rows. The chair's and vice chair's seats are the first two members'; each 'för X' is one of the
    serving deputies', in order (before: the last deputy chaired, vice-chaired and served for both)."""
    text = ("1 Tid: kl Plats: Landstingets kansli NÄRVARANDE Ledamöter Ewa Bro (S) Anna Burm (V) Karin Nord (S) Stig "
            "Gran (M) Roger Bys (C) Tjänstgörande ersättare Birgitta Liv (V) Birgitta Hag (S) Ordförande Vice "
            "ordförande för Kent Lo (V) för Dan Berg (SD) Övriga ersättare John Åb (S) Tjänstemän Peter Löt "
            "Sekreterare\n")
    ex = extract(text)
    found = roles(ex)
    assert {("Ewa Bro", "ordförande"), ("Anna Burm", "vice ordförande")} <= found
    assert not {("Birgitta Hag", "ordförande"), ("Birgitta Hag", "vice ordförande")} & found
    serving = {(m.person.name, m.substitute_for) for m in ex.memberships if m.substitute_for}
    assert serving == {("Birgitta Liv", "Kent Lo"), ("Birgitta Hag", "Dan Berg")}


def test_an_attachments_list_is_no_agenda(extract):
    """'Bilagor: 1. Ekonomisk rapport ... 7. Förslag till skrivelse': the protocol's attachments, numbered, not its
    items (before: six of them were read as §§ 1-7)."""
    text = ("1 1 PROTOKOLL FÖRT VID FÖRENINGENS STYRELSEMÖTE DEN 16 SEPTEMBER 2008\n\n2 2 Förslag till dagordning inför "
            "möte med styrelsen Datum: Tisdagen den 16 september 2008 Plats: Norra Latin, Närvarande ledamöter: Karin "
            "Pers, Stockholm, ordförande Jan Hed, Luleå, vice ordförande Eva Smek, Stockholm Närvarande tjänstemän: "
            "Britta Nyg, mötessekreterare Bilagor: 1. Ekonomisk rapport för första halvåret Förslag till "
            "placeringspolicy 3. Ang. tidningen 4. Utvärdering av fullmäktigebeslut 5. Uppföljning av "
            "fullmäktigebeslut 6. Ang. nätbaserat medlemskap 7. Förslag till skrivelse ang. porto Ärende/Notering "
            "Beslut 1 Formalia Ordförande Karin Pers öppnade mötet och hälsade alla välkomna.\n")
    assert not titles(extract(text))


def test_a_numbered_list_that_skips_items(extract):
    """'2 Fastställande av dagordning / 3 ... / 4 ... / 8 Fastställelse av finanspolicy / 9 ...': a web page's list of
    a meeting's items that leaves some out; the lines before the gap are items too."""
    text = ("Sammanträde 2006-12-19\n\nPlats\nBolagets kontor\n\n2 Fastställande av dagordning\n\n3 Anmälan om "
            "protokollsjustering\n\n4 Fyllnadsval styrelsen, anmälan\n\n8 Fastställelse av finanspolicy\n\n9 Rapport "
            "om lägenhetsunderhåll\n\n10 Sammanträdestider 2007\n\n11 Samarbete med hyresgäster\n\nMötesinformation\n")
    assert set(titles(extract(text))) == {2, 3, 4, 8, 9, 10, 11}


def test_the_opening_item_inside_a_line(extract):
    """No § heading anywhere, the opening item's number kept inside a line ('... förklarar mötet öppnat. 36. Val av
    justerare samt fastställande av tid för protokolljustering. Direktionen beslutar: ...'): that one item."""
    text = ("1 Datum Direktionen Sammanträdesprotokoll 4/ Plats och tid: Brandstationen, kl. 13:00 Beslutande: Maja Tell "
            "(S), ordförande Lina Alm (M)\n\n2 2 av 8 Mötet öppnas. Ordförande hälsar alla välkomna och förklarar mötet "
            "öppnat. 36. Val av justerare samt fastställande av tid för protokolljustering. Direktionen beslutar: Utse "
            "Lina Alm till justerare.\n")
    assert titles(extract(text)) == {36: "Val av justerare samt fastställande av tid för protokolljustering"}


def adjusters(ex) -> set[str]:
    return {r.person.name for r in ex.meeting_roles if r.role.value == "adjuster"}


def test_an_adjuster_chosen_in_an_att_clause(extract):
    """'att efter genomfört upprop utse Jonny Ek att justera dagens protokoll'; 'att utse Henrik Berg till rapportör
    till Grupptrycket samt till att, jämte ordförandena, justera protokollet': the name is the justerare."""
    first = ("Valdirektionen\n\nNärvarande: Eva Flod (S), ordförande Jonny Ek (M)\n\n1. Upprop och val av justerare.\n\n"
             "Valdirektionen beslutar\n\natt efter genomfört upprop utse Jonny Ek att justera dagens protokoll.\n")
    second = ("Ledamöter Närvarande\nHanna Rob X, mötesordförande\nHenrik Berg X\nMaria Ek X\n\n§ 95 Val av justerare\n\n"
              "Beslut\n\natt utse Henrik Berg till rapportör till Grupptrycket samt till att, jämte ordförandena, "
              "justera protokollet.\n")
    assert adjusters(extract(first)) == {"Jonny Ek"}
    assert adjusters(extract(second)) == {"Henrik Berg"}


def test_two_signing_labels_stacked_over_two_names(extract):
    """'Ordförande Justerande... Pratima Ås... Henry Kom': the chair's label over the first name, the adjuster's over
    the second (before: the first name signed as both)."""
    text = ("Sida 1 Plats och tid Kommunhuset kl 08.30-12.20 Beslutande Pratima Ås, ordförande, Norbergs kommun Henry "
            "Kom, ledamot, Försäkringskassan Helena Skag, ledamot, Fagersta kommun Övriga deltagande Ulla Lång, "
            "nämndsekreterare Utses att justera Henry Kom Justeringens tid och plats Underskrifter Sekreterare... Ulla "
            "Lång Paragrafer 88-101 Ordförande Justerande... Pratima Ås... Henry Kom ANSLAG/BEVIS Protokollet är "
            "justerat.\n")
    ex = extract(text)
    assert adjusters(ex) == {"Henry Kom"}
    assert "Pratima Ås" in {r.person.name for r in ex.meeting_roles if r.role.value == "chair"}


def test_a_surname_ending_like_a_noun(extract):
    """'Linda Moulare, controller': an -are word that is no Swedish word is a surname, as an -ning one is (before: the
    row was read as 'Linda')."""
    text = ("Direktionen Plats och tid Kommunhuset kl 13.00 Beslutande Anita Löf (S), ordförande Rolf Erik (M) Övriga "
            "deltagande Lars Pers, förbundschef Linda Moulare, controller Jessica Rytt, avfallsingenjör Utses att "
            "justera Rolf Erik\n")
    found = attendance(extract(text))
    assert found.get("Linda Moulare") is True and "Linda" not in found


def test_a_group_label_with_no_rows(extract):
    """'Kungsbacka Per Öd (M) Eva Borg (S) Härryda - Partille Stefan Sven (M) Bengt Ode (S)': Härryda's dash says it
    sends nobody; the rows after Partille are Partille's (before: Eva Borg was Härryda's and Partille's, the two
    after her Kungsbacka's)."""
    text = ("1 Tid och plats Onsdagen den 7 januari 2015 kl , Brandstationen ande Ledamöter Göteborg Ingrid Andr (S) Tord "
            "Karl (S) Mölndal Ove Drö (S) Kenneth Wall (M) Kungsbacka Per Öd (M) Eva Borg (S) Härryda - Partille Stefan "
            "Sven (M) Bengt Ode (S) Lerum Dennis Jer (S) Övriga närvarande Lars Klev förbundsdirektör Justering Ove Drö\n")
    found = {(m.person.name, m.represents.label) for m in extract(text).memberships if m.represents is not None}
    assert {("Eva Borg", "Kungsbacka kommun"), ("Stefan Sven", "Partille kommun"), ("Bengt Ode", "Partille kommun"),
            ("Ove Drö", "Mölndals kommun")} <= found
    assert not any(name == "Eva Borg" and org != "Kungsbacka kommun" for name, org in found)


def test_the_agenda_as_sent_out_is_no_list_of_sections(extract):
    """'Utsänd dagordning 1. Val av justerare 2. Dagordning 3. ...': the agenda as it was sent, numbered in its order;
    the meeting's §§ run on from the year's count, so these numbers are none of them."""
    text = ("1 Protokoll från styrelsens sammanträde BESLUTANDE Britta Flink, (S), Arjeplog Peter Waar, (S), Haparanda "
            "ÖVRIGA DELTAGARE Kajsa Myr, Direktör\n\n2 Utsänd dagordning 1. Val av justerare 2. Dagordning 3. Regional "
            "samhandling Muntlig information av Kajsa Myr, Direktör 4. Delårsredovisning 5. Jämställdhetsprojekt "
            "Muntlig information\n")
    assert not titles(extract(text))


def test_a_presence_column_that_lost_its_place(extract):
    """'Närvaro§§§§ / TjgEj tjgJANEJ... / Pär Stål (C)X / ... / Anna Land (S)': a voting table flattened; a cross is
    the row's presence, a row without one is absent (before: the crossed rows were unknown, the others present)."""
    text = ("SAMMANTRÄDESPROTOKOLL\n\nPlats och tid\nFaxepark, 09:00 – 14:55\nUtses att justeraIda Vib\n\nBeslutande\n"
            "Närvaro§§§§\nOrdinarie ledamöterTjgEj tjgJANEJJANEJ\nPär Stål (C)X\nCamilla Jon (C)X\nLennart And (C)X\n"
            "Ida Vib (S)X\n\nErsättare\nNärvaro§§§§\nTjgEj tjgJANEJJANEJ\nKjell Eng (C)X\nFrida Stål (M)X\n"
            "Anna Land (S)\nMustafa Sid (S)X\nTony Sven (SD)\n\nÖvriga närvarande\nLena Wett, förvaltningschef\n")
    found = attendance(extract(text))
    assert found["Pär Stål"] is True and found["Kjell Eng"] is True
    assert found["Anna Land"] is False and found["Tony Sven"] is False
    assert found["Lena Wett"] is True


def test_a_guest_who_informs_the_meeting(extract):
    """'Johan Trou, VD Handelskammaren, informerar om ...', 'Karl-Erik Claes, ordförande i organisationskommittén
    informerar om ...': a guest who informs the board took part in the meeting."""
    text = ("Direktionsprotokoll 2017-02-24 Plats och tid Borås, kl. 13,00-16,00 Beslutande Tomas Joh (M) ordförande "
            "Ulf Ols (S) Peter Ros (S) Övriga Magnus Hagg, Förbundsdirektör\n\n1 Val av justerare Ulf Ols (S) utses att "
            "jämte ordförande justera dagens protokoll. 2 Information om skidåkning Karl-Erik Claes, ordförande i "
            "organisationskommittén informerar om arbetet. 3 Näringslivet Johan Trou, VD Handelskammaren, informerar "
            "om läget.\n")
    found = attendance(extract(text))
    assert found.get("Karl-Erik Claes") is True and found.get("Johan Trou") is True


def test_a_compound_title_ending_like_a_surname_is_no_name():
    """'Kvalitetsgranskare', a compound title no word list holds, stays a title word; 'Moulare' (short) is a name."""
    from samgraf.extractors import names
    assert names._is_stop_key(names.fold("Kvalitetsgranskare"))
    assert not names._is_stop_key(names.fold("Moulare"))


def test_a_number_column_whose_titles_end_with_their_kind(extract):
    """'§ 5 / § 6 / § 7 / § 8' then titles each closed by its kind ('... Informationsärende', 'Beslutsärende'), wrapped
    over lines: each kind ends a title; where a stretch is no one wrapped title (a heading over its sub-items), the
    titles stop."""
    text = ("Närvarande\n\nBeslutande: Inger Dahl, ordförande\n\n(3)\n\n§ 4 Föregående protokoll.\n\nBeslutsärende\n\n"
            "§ 5\n\n§ 6\n\n§ 7\n\n§ 8\n\nRedogörelse för verksamheter och ekonomi, medverkande förbundschef Raéd Ek och\n\n"
            "Helena Karl, samordnare MT/CT. Informationsärende Ansökan om medel till insatsen IPS. Beslutsärende\n\n"
            "Ansökan om medel till insatsen Kompetens.\n\nBeslutsärende\n\nOlika meddelanden\n\nMeddelande om medel\n\n"
            "Internkontroll. Beslutsärende\n")
    found = titles(extract(text))
    assert found[5].startswith("Redogörelse för verksamheter") and found[5].endswith("samordnare MT/CT")
    assert found[6] == "Ansökan om medel till insatsen IPS" and found[7] == "Ansökan om medel till insatsen Kompetens"
    assert found.get(8) not in ("Olika meddelanden", "Internkontroll")   # a heading over sub-items: not assigned
