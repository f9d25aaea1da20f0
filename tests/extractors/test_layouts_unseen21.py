"""Conventions first met in a twenty-first blind check (stored protocol pages nobody on the team had read, scored
before any rule was written for them) and in the damage matrix's flattened pages; each is tested on a short
invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, represents, roles   # same folder (rootdir-less tests)

from samgraf.model import MeetingRoleKind


def parties(ex) -> dict[str, str]:
    return {m.person.name: m.party.abbreviation for m in ex.memberships if m.party}


def people(ex) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance}


#: A roster table flattened with the page: its header row and its rows run on one line after the page's head.
FLAT_TABLE = ("1 SAMORDNINGSFÖRBUNDET NORRA DALARNA Protokoll 1 (2) Sammanträdesdag: 2021-02-11 Tid: 09:00-11:00 "
              "Plats: Stadshuset, sal Siljan Namn Parti Representerar Uppdrag Närvaro Kerstin Malm S Mora kommun "
              "Ledamot Ja Olof Sand M Leksands kommun Ledamot Ja Vera Hult KD Rättviks kommun Ledamot Nej "
              "Siv Rank - Försäkringskassan Ledamot Ja Pia Berglöf C Orsa kommun Ersättare Tjg Nils Ahl S "
              "Mora kommun Ersättare Ja § 1 Sammanträdets öppnande Ordföranden öppnar sammanträdet.\n")


def test_a_flattened_table_with_its_header_row_inside_a_long_line(extract):
    """'... Plats: Stadshuset Namn Parti Representerar Uppdrag Närvaro Kerstin Malm S Mora kommun Ledamot Ja ...':
    the header row goes on a line of its own, so each row's bare cells are read by the header's columns: the
    party's letters after the name, the member party, the seat, and Ja/Nej (or Tjg) for presence. The seat
    'Ersättare' before 'Tjg' is a row's cell, not a roster heading."""
    ex = extract(FLAT_TABLE)
    found = attendance(ex)
    assert found["Kerstin Malm"] is True and found["Olof Sand"] is True and found["Siv Rank"] is True
    assert found["Vera Hult"] is False and found["Nils Ahl"] is True and found["Pia Berglöf"] is True
    assert parties(ex)["Kerstin Malm"] == "S" and parties(ex)["Vera Hult"] == "KD"
    assert represents(ex)["Olof Sand"] == "Leksands kommun" and represents(ex)["Siv Rank"] == "Försäkringskassan"
    assert ("Kerstin Malm", "ledamot") in roles(ex) and ("Nils Ahl", "ersättare") in roles(ex)
    assert ("Pia Berglöf", "tjänstgörande ersättare") in roles(ex)


def test_a_bare_ja_closing_a_row_without_a_table_header_is_no_presence(extract):
    """Without the header row, a last word 'Nej' is no presence cell: nobody is made absent by it."""
    text = FLAT_TABLE.replace("Namn Parti Representerar Uppdrag Närvaro ", "Beslutande: ")
    assert attendance(extract(text)).get("Vera Hult") is not False


def test_justeras_ends_the_name_before_it(extract):
    """'Vid protokollet Tove Lind Justeras Eva Berg Gun Fors': 'Justeras' is the signing label, never a name's
    last word (before: 'Tove Lind Justeras' took the secretary's role)."""
    text = ("Protokoll 2013-04-16\nNärvarande: Eva Berg, ordförande, Gun Fors, Tove Lind, förbundschef\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n\n2 Vid protokollet Tove Lind Justeras Eva Berg Gun Fors\n")
    ex = extract(text)
    assert "Tove Lind Justeras" not in people(ex)
    assert ("Tove Lind", MeetingRoleKind.SECRETARY) in meeting_roles(ex)


def test_prose_run_on_after_the_last_row_ends_the_roster(extract):
    """'Övriga närvarande: Emma Sjö, förbundschef Mötet har kallats in ...' on one flattened line: a capitalised
    word and a verb after the row's title open a sentence, so the row keeps its title."""
    text = ("1 Samordningsförbundet Ystad Protokoll extra sammanträde 2015-03-02 Plats: Förbundets kansli, Ystad "
            "Närvarande: Karl Öst (S), Ystads kommun, ordförande; Åsa Lind (M), Simrishamns kommun, vice ordförande; "
            "Lena Kvist, Försäkringskassan Frånvarande: Lars Ek (C), Tomelilla kommun, med förhinder Övriga "
            "närvarande: Emma Sjö, förbundschef Mötet har kallats in med kort varsel på begäran av ordföranden. "
            "§ 31 Mötets öppnande och val av justerare Ordföranden öppnar mötet.\n")
    assert ("Emma Sjö", "förbundschef") in roles(extract(text))


def test_a_name_before_a_verb_is_not_cut(extract):
    """'Ordförande Kjell Aldsten öppnade mötet': after a first name the capitalised word is the surname, not the
    start of a sentence."""
    text = ("Närvarande: Kjell Aldsten, Ann Weimar Frånvarande: Ola Brod, Martin Eng (även suppl), Mötesprotokoll 17. "
            "Mötets öppnande Ordförande Kjell Aldsten öppnade mötet. 18. Val av justerare Ann Weimar valdes.\n")
    ex = extract(text)
    assert "Kjell Aldsten" in people(ex)
    assert ("Martin Eng", "ordförande") not in roles(ex)


def test_present_slash_deciding_heading(extract):
    """'Närvarande/beslutande' heads the voting members as 'Närvarande beslutande' does."""
    text = ("Styrelsen Protokoll\nSammanträdestid: Torsdag kl. 09:00\nNärvarande/beslutande\nAnna Blom, ordförande\n"
            "Kalle Sten\nÖvriga närvarande\nMärta Vik, direktör\n§ 1 Sammanträdets laglighet\n")
    found = attendance(extract(text))
    assert found["Anna Blom"] is True and found["Kalle Sten"] is True


def test_two_crosses_under_a_presence_and_a_serving_column(extract):
    """'Närvaro / Tjg / Ej tjg / JA / NEJ' over rows whose members carry two crosses (present and serving): a
    cross means present, none absent."""
    head = "Beslutande\n\nOrdinarie ledamöter\nNärvaro\n§ 4\nTjg\nEj tjg\nJA\nNEJ\n"
    rows = "".join(f"{name} (S)\nX\nX\n" for name in ("Anders Ram", "Lena Duv", "Maja Pers", "Ingrid Back"))
    text = head + rows + "Ersättare\nNärvaro\nTjg\nEj tjg\nGunnar Sund (KD)\nX\nEva Erk (C)\n-\n-\nPeter Ols (C)\nX\n"
    found = attendance(extract(text))
    assert all(found[n] is True for n in ("Anders Ram", "Lena Duv", "Maja Pers", "Ingrid Back"))
    assert found["Gunnar Sund"] is True and found["Eva Erk"] is False


def test_a_spacing_accent_after_a_name(extract):
    """'Dmitar Savic´, MP': the accent a converter wrote as a character of its own is not part of the name."""
    text = ("Barn- och utbildningsnämnden SAMMANTRÄDESPROTOKOLL Sida 1(16) Plats och tid Ivern, tisdagen den 9 juni "
            "2020 kl 08:30-12.15 Beslutande Ledamöter Janna Hill, M, Ordförande Astrid Lönn, C, 1:e vice ordförande "
            "Monica Dahl, S Dmitar Savic´, MP Inga Zak, C Ersättare Anni Hå, S Övriga närvarande Maria Walt, "
            "sekreterare Justerare Inga Zak, C\n")
    ex = extract(text)
    assert "Dmitar Savic" in people(ex) and parties(ex)["Dmitar Savic"] == "MP"


#: A roster written "Efternamn, Förnamn", flattened; signatures and prose write the same people "Förnamn Efternamn".
COMMA_REVERSED = ("1 Sammanträdestid: Måndagen den 16 februari 2015 Beslutande Boström, Kaj Sandberg, Henrik Svenfors, "
                  "Stefan Sundqvist, Carola Lindgren, Hans-Erik Övriga närvarande Löf, Gundel Nybäck, Maria "
                  "Paragrafer 1-14 Underskrifter Stefan Svenfors ordförande Gundel Löf sekreterare\n\n"
                  "2 1 Sammanträdets öppnande Stefan Svenfors öppnade sammanträdet. 2 Val av protokollsjusterare "
                  "Nämnden utsåg Carola Sundqvist att justera protokollet.\n")


def test_names_written_surname_comma_first_name(extract):
    """'Boström, Kaj Sandberg, Henrik Svenfors, Stefan ...' where 'Stefan Svenfors' and 'Gundel Löf' sign: the
    protocol writes its rosters surname first with a comma, so each pair is one person (before: 'Kaj Sandberg',
    'Henrik Svenfors' ..., every name shifted by one)."""
    found = people(extract(COMMA_REVERSED))
    assert {"Kaj Boström", "Henrik Sandberg", "Stefan Svenfors", "Carola Sundqvist", "Hans-Erik Lindgren",
            "Gundel Löf", "Maria Nybäck"} <= found
    assert "Kaj Sandberg" not in found and "Henrik Svenfors" not in found


def test_a_comma_list_of_names_written_first_name_first_is_not_reversed(extract):
    """'Per Ek, Anna Berg, Eva Lund' is a list of three people written first name first."""
    text = ("Närvarande: Per Ek, Anna Berg, Eva Lund, Olle Sten\nJusterare: Anna Berg\n"
            "§ 1 Öppnande Per Ek öppnade mötet.\n")
    found = people(extract(text))
    assert {"Per Ek", "Anna Berg", "Eva Lund", "Olle Sten"} <= found


def test_marks_before_the_names_cross_dash_or_none(extract):
    """'X Hertz Vera, ordförande / Henriks Linnea / X Kron Bengt / - Hagfo Kari': a table whose marks stand before
    the names: a cross is present, a dash absent, no mark not told (a deputy who was not called in)."""
    text = ("Protokoll\nSammanträdestid: Torsdag kl. 09:00 Närvarande/beslutande X Hertz Veronica, ordförande "
            "Henriksson Linnea X Kronqvist Bengt, viceordförande Westerback Christer X Colliander Cornelius Pooters "
            "Didier - Hagfors Kari X Weintraub Roger Övriga närvarande X Nordman Martin, ekonomidirektör "
            "Underskrifter Veronica Hertz, ordförande Martin Nordman Protokollets justering Bengt Kronqvist har "
            "justerat protokollet\n")
    found = attendance(extract(text))
    assert found["Veronica Hertz"] is True and found["Bengt Kronqvist"] is True and found["Roger Weintraub"] is True
    assert found["Kari Hagfors"] is False
    assert "Linnea Henriksson" not in found and "Didier Pooters" not in found


def test_a_surname_of_two_words_before_the_comma(extract):
    """'Persson Eld, Karl-Johan (s)' in a roster written 'Efternamn, Förnamn': the words before the comma are one
    surname (not 'Eld Persson', read surname first as a pair)."""
    text = ("Närvarande ledamöter\nLindqvist, Bo (s)        Bollnäs kommun      ordförande\n"
            "Nordin, Anette (c)       Ovanåkers kommun    vice ordförande\n"
            "Närvarande ersättare\nPersson Eld, Karl-Johan (s)     Landstinget Gävleborg\n\n"
            "§ 1 Mötets öppnande\nBo Lindqvist öppnade mötet. Anette Nordin valdes att justera.\n")
    found = people(extract(text))
    assert "Karl-Johan Persson Eld" in found and "Eld Persson" not in found


def test_a_role_word_joined_to_another_bodys_abbreviation(extract):
    """'Grankulla Sven, kfm.ordf.' (kommunfullmäktiges ordförande), 'kst.ordf.', 'kfm.v.ordf': chairs of other
    bodies, joined to the body's abbreviation by a dot, are no roles of this board; 'ordf.' alone is."""
    text = ("SAMMANTRÄDESPROTOKOLL 1 Sammanträdestid Måndagen den 20 april kl. 10.00-12.10 Beslutande Övriga närvarande "
            "Kapténs Gun, KD, ordf. Grankulla Sven, kfm.ordf. Stenman Ulf, kst.ordf. Lindgren Hans-Erik, kfm.v.ordf "
            "Willman Gösta, SD Underskrift Ordförande Gun Kapténs Protokolljusterare Gösta Willman Protokolljusterare "
            "Sven Grankulla Till påseende, ort och tid\n")
    found = roles(extract(text))
    assert ("Gun Kapténs", "ordförande") in found
    assert not {("Sven Grankulla", "ordförande"), ("Ulf Stenman", "ordförande"),
                ("Hans-Erik Lindgren", "vice ordförande")} & found


def test_crosses_before_some_names_and_none_before_others(extract):
    """'X Öfverström, Clas ordf. X Hambrudd, Annika ... Lindfors, Nina Karlsson, Rolf': crosses before the
    members who came, no mark before the deputies who were not called in: those are not told present."""
    text = ("Organ Förbundsstyrelsen 15.05.2019 Sammanträdestid Onsdag 15.05.2019 kl. 15.30-17.35 Sammanträdesplats "
            "Omsorgskansliet Beslutande X Öfverström, Clas ordf. X Hambrudd, Annika vice ordf. X Andersson, Ulla "
            "X Sundman, Roger Lindfors, Nina Karlsson, Rolf Övriga närvarande X Dahlman, Katarina omsorgsdirektör "
            "Paragrafer 59-79 Underskrift Clas Öfverström Ordförande Katarina Dahlman Sekreterare Annika Hambrudd "
            "Protokolljustering Roger Sundman\n")
    found = attendance(extract(text))
    assert found["Clas Öfverström"] is True and found["Ulla Andersson"] is True and found["Roger Sundman"] is True
    assert "Nina Lindfors" not in found and "Rolf Karlsson" not in found


def test_a_chair_of_another_body_named_before_or_after(extract):
    """'Christer Rönn, fullmäktiges ordförande', 'Petter Jons, ordf. för förbundsfullmäktige', 'Leif Grön (S),
    ordförande i kommunstyrelsen': chairs of other bodies; 'styrelsens ordförande' and 'ordförande i styrelsen'
    are this board's."""
    text = ("Närvarande\nAnna Blom (S), styrelsens ordförande\nKalle Sten (M), ordförande i styrelsen\n"
            "Övriga närvarande\nChrister Rönn, fullmäktiges ordförande\nPetter Jons, ordf. för förbundsfullmäktige\n"
            "Leif Grön (S), ordförande i kommunstyrelsen\n\n§ 1 Mötets öppnande\n")
    found = roles(extract(text))
    assert ("Anna Blom", "ordförande") in found and ("Kalle Sten", "ordförande") in found
    assert not {("Christer Rönn", "ordförande"), ("Petter Jons", "ordförande"), ("Leif Grön", "ordförande")} & found


def test_suppl_is_a_deputy(extract):
    """'Per Johansson (suppl.)': the abbreviation of suppleant, a deputy."""
    text = ("Närvarande: Per Jacobsson (ordf.), Bengt Johansson (v. ordf.), Per Johansson (suppl.), Claes Kind "
            "(suppl.) och Arne Rans (sekr.).\n1. Sammanträdets öppnande.\n")
    found = roles(extract(text))
    assert ("Per Johansson", "ersättare") in found and ("Claes Kind", "ersättare") in found


def test_adjusters_chosen_with_their_place_after_the_names(extract):
    """'Nämnden utsåg Gun Berg och Ulf Stenman från Larsmo att justera protokollet.'"""
    text = "Protokoll 2015-02-16\nNämnden utsåg Gun Berg och Ulf Stenman från Larsmo att justera protokollet.\n"
    found = meeting_roles(extract(text))
    assert {("Gun Berg", MeetingRoleKind.ADJUSTER), ("Ulf Stenman", MeetingRoleKind.ADJUSTER)} <= found


def test_deciding_and_deputies_columns_split_where_the_parties_start_again(extract):
    """'Beslutande: Ej tjänstgörande Ersättare A (S), ordförande B (S) C (M) D (C) E (KD) F (S) G (M) ...': two
    columns read one after the other, each listed party by party; the deputies' column starts where the parties'
    order starts again (at F (S)), and ends at the officials."""
    text = ("REGIONFÖRBUNDET Protokoll Regionstyrelsen Plats och tid: Residenset, kl 09.00-12.00 Beslutande: Ej "
            "tjänstgörande Ersättare Irma Lejon (S), ordförande Björn Erk (S), 1 v ordf Anna Engel (S) Anders Ced (S) "
            "Kent Lantz (V) Catrin Sten (MP) Tor Ahlin (C) Lars Elm (M), 2 v ordf Erik Johns (FP) Bo Rudolf (KD) "
            "Lena Baas (S) Hans Karl (S) Sven Axel (S) Ewa Unev (M) Fredrik Pers (KD) Övriga: Maria Hult, regiondirektör "
            "Justerare: Kent Lantz\n")
    found = roles(extract(text))
    assert {("Lena Baas", "ersättare"), ("Ewa Unev", "ersättare"), ("Fredrik Pers", "ersättare")} <= found
    assert not {("Bo Rudolf", "ersättare"), ("Anna Engel", "ersättare"), ("Maria Hult", "ersättare")} & found


def test_stacked_headings_members_column_runs_to_its_parties_end(extract):
    """'Ledamöter Ersättare Övriga' over one run: the members' column holds the deputies serving in a member's seat
    ('ersätter X') and runs on to where the parties' order starts again; the rows after are deputies (before, the
    members after the last serving deputy were read as deputies)."""
    text = ("PROTOKOLL 63 Organ Landstingsstyrelsen Plats Sammanträdesrum Mälaren Tidpunkt Onsdagen den 27 maj 2015 "
            "Ledamöter Ersättare Övriga Denise Norr (S), ordförande Kenneth Öst (S) Tommy Levin (S) Hans Jans (V), "
            "ersätter Juha Rund Andreas Pors (MP) Tomas Hög (M), 2:e vice ordförande Maria Dell (M) Mikael Elf (M), "
            "ersätter Helena Hag (FP) Birgitta Anders (C) Malin Gabriel (KD) Aurora Erik (S) Mikael Peter (S) "
            "Barbro Lars (C) Monica Berg, landstingsdirektör Nils Gustav, ekonomidirektör\n")
    found = roles(extract(text))
    assert ("Birgitta Anders", "ledamot") in found and ("Malin Gabriel", "ledamot") in found
    assert ("Aurora Erik", "ersättare") in found and ("Barbro Lars", "ersättare") in found
    assert ("Birgitta Anders", "ersättare") not in found


def test_a_heading_before_a_name_with_a_particle(extract):
    """'Närvarande Christina von Hertz, ordförande Anita Husell': a heading followed by a name whose surname
    has a particle ('von') is a heading with its first row (before, the line was read as no roster at all)."""
    text = ("PROTOKOLL 2013-08-19\n\nPlats Gymnasiet\n\nNärvarande Christina von Hertz, ordförande Anita Husell\n\n"
            "§ 126 Inledning Ordförande Christina von Hertz hälsade alla välkomna.\n")
    found = attendance(extract(text))
    assert found.get("Christina von Hertz") is True and found.get("Anita Husell") is True


def test_an_absence_heading_inside_a_short_line(extract):
    """'Studeranderepresentant Victor Lönn Anmält förhinder Martin Nils' then 'Kari Gran Karl Nyhol': the absence
    heading inside a short line opens its block there (before, Martin Nils and the names below it were present)."""
    text = ("PROTOKOLL 2013-08-19\n\nNärvarande Christina von Hertz, ordförande Anita Husell\n\nStig Grön Annika "
            "Karls\n\nLärarrepresentant Dan Nord Studeranderepresentant Victor Lönn Anmält förhinder Martin Nils\n\n"
            "Kari Gran Karl Nyholm\n\n§ 126 Inledning Ordförande Christina von Hertz hälsade alla välkomna.\n")
    found = attendance(extract(text))
    assert found["Victor Lönn"] is True and found["Martin Nils"] is False and found["Kari Gran"] is False
