"""Conventions first met in a fifteenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, represents, roles   # same folder (rootdir-less tests)
from test_layouts_unseen3 import parties
from test_layouts_unseen7 import titles

from samgraf.extractors import names as names_mod


def test_a_mans_two_first_names_as_initials(extract):
    """'Beslutande K G Abramsson, ordf. Birgitta Olsson P O Nilsson ...': two capital initials and a surname are one
    person (the chair here); 'ordf.' ending the line is no sentence."""
    text = ("1 VILHELMINA KOMMUN PROTOKOLL 1(92) Plats och tid Hotell Fjäll, Måndagen den 17 juni 2002, kl Beslutande "
            "K G Abramsson, ordf. Birgitta Olsson P O Nilsson Lena Larsson Gunnar Hörnlund Övriga deltagande Göran "
            "Lidström, sekr. Utses att justera Lena Larsson\n")
    ex = extract(text)
    assert ("K G Abramsson", "ordförande") in roles(ex) or ("K G Abramsson", "ordförande") in {
        (r.person.name, r.role.value) for r in ex.meeting_roles}
    assert {"K G Abramsson", "P O Nilsson", "Birgitta Olsson"} <= set(attendance(ex))


def test_initials_before_a_firm_are_no_person():
    """Guard: 'A B Svensson AB' is a firm."""
    assert names_mod.find_person_names("Ansökan från A B Svensson AB om bidrag", lenient=True) == []


def test_two_headings_that_open_the_front_then_the_forms_labels(extract):
    """'Beslutande Övriga deltagare Utses att justera Justeringens plats och tid <place> <names>': the labels all
    first, the names after the place, 'X (fp) ersättare för Y (fp)' serving and ', ersättare' deputies."""
    text = ("1 Kommunstyrelsen Plats och tid för sammanträdet Beslutande Övriga deltagare Utses att justera "
            "Justeringens plats och tid Bällstarummet, Kommunalhuset måndagen den 27 mars, kl Birgitta Alm (m), "
            "ordförande Lars Ohlsson (kd) Ove Hahn (m) Gunnel Dahl (fp) ersättare för Johan Enfeldt (fp) Hans "
            "Strand (s) Marie Löwen (m), ersättare Leif Öhman (m), ersättare Kommunsekreterare Monica Lind Hans "
            "Strand Kommunledningskontoret, Vallentuna Sekreterare Monica Lind Ordförande Birgitta Alm\n")
    ex = extract(text)
    found = roles(ex)
    assert {("Gunnel Dahl", "tjänstgörande ersättare"), ("Marie Löwen", "ersättare"), ("Leif Öhman", "ersättare")} \
        <= found
    assert {"Lars Ohlsson", "Ove Hahn", "Hans Strand"} <= set(attendance(ex))
    assert "Hans Strand" not in represents(ex)       # "Kommunledningskontoret, Vallentuna": a place, not a member


def test_passiva_ersattare_are_deputies(extract):
    """'Passiva ersättare Lars Sax, (fp) Mia Frans (mp)': deputies who do not serve."""
    text = ("1 SAMMANTRÄDESPROTOKOLL KULTUR- OCH FRITIDSNÄMNDEN Plats och tid Stadshuset Beslutande Per Ulf, (fp) "
            "ordförande Bo Fahl, (s) Passiva ersättare Lars Sax, (fp) Mia Frans (mp) Övriga närvarande Eva Gull, "
            "förvaltningschef\n")
    found = roles(extract(text))
    assert {("Lars Sax", "ersättare"), ("Mia Frans", "ersättare")} <= found


def test_a_tables_cells_one_a_line_with_glued_headings(extract):
    """An HTML table flattened one cell a line, some cells glued ('NejLEDAMÖTER', 'xERSÄTTARE', 'xMarie Ek'): the
    headings open their columns, and a party's lower-case letters on their own line ('mp') stay the row's party."""
    text = ("NÄRVAROLISTA\nNAMN\nPARTI\nNÄRVARO\nTID\nVOTERINGJa\nNej\nJa\nNejLEDAMÖTER\nElisabeth Björk\ns\nx\n"
            "Kerstin Bos\ns\n\nxMarie Umer\nmp\nx\nKajsa Hans\nc\nxERSÄTTARE\nMats Lind\ns\nx\nOla Bert\ns\nx\n")
    ex = extract(text)
    found = roles(ex)
    assert {("Elisabeth Björk", "ledamot"), ("Marie Umer", "ledamot"), ("Kajsa Hans", "ledamot"),
            ("Mats Lind", "ersättare"), ("Ola Bert", "ersättare")} <= found
    assert parties(ex)["Marie Umer"] == "MP"


def test_a_contents_title_continued_after_its_number(extract):
    """'Innehållsförteckning Fastställande av dagordning 86 ... utveckla det 89 tobakspreventiva arbetet i Västra
    Götalands län Ansökan ... 90': the number stood after a title's first line; the words after it in lower case
    finish that title."""
    text = ("1 Sammanträdesdatum Sida 1 (27) Beslutande s Kurt Ek\n\n3 Sammanträdesdatum Sida 3 (27) "
            "Innehållsförteckning Fastställande av dagordning 86 Ny basutställning på museet 87 Deltagande i "
            "samarbetsprojekt för att stärka och utveckla det 88 tobakspreventiva arbetet i Västra Götalands län "
            "Ansökan från Församlingen om projektbidrag 89 Ansökan om kartbidrag 90\n")
    found = titles(extract(text))
    assert found[88] == "Deltagande i samarbetsprojekt för att stärka och utveckla det tobakspreventiva arbetet i " \
        "Västra Götalands län"
    assert found[89] == "Ansökan från Församlingen om projektbidrag"


def test_party_letters_before_each_name(extract):
    """'Beslutande s Kurt Ek, tjänstgör för Tor Holm (s) s Eva Ryd v Karin Jag ... Övriga närvarande Ej tjänstgörande
    ersättare s Lars Cla s Clas-Bertil Berg v Pia Sjö Tjänstemän ...': each row prints its party's letters first."""
    text = ("1 Sammanträdesdatum Sida 1 (27) Plats och tid Kommunhuset, Kinna, klockan Beslutande s Kurt Ek, "
            "tjänstgör för Tor Holm (s) s Eva Ryd v Karin Jag m Jannicke Wich c Eva-Karin Torhem Arnell kd Håkan Berg "
            "Övriga närvarande Ej tjänstgörande ersättare s Lars Cla s Clas-Bertil Berg v Pia Sjö Tjänstemän Pia "
            "Karls, kultur- och fritidschef Helena Jons, sekreterare Utses att justera Eva Ryd\n")
    ex = extract(text)
    assert {"Eva Ryd": "S", "Karin Jag": "V", "Eva-Karin Torhem Arnell": "C", "Håkan Berg": "KD", "Lars Cla": "S",
            "Clas-Bertil Berg": "S", "Pia Sjö": "V"}.items() <= parties(ex).items()
    found = roles(ex)
    assert {("Kurt Ek", "tjänstgörande ersättare"), ("Lars Cla", "ersättare"), ("Pia Sjö", "ersättare")} <= found
    assert ("Eva Ryd", "ersättare") not in found


def test_serving_deputies_then_deputies_stacked_over_one_run(extract):
    """'Tjänstgörande ersättare Ej tjänstgörande ersättare Övriga Anita Hag (S), tjg.ers.för Kim Jens (S) Anneli
    Bod (S) Yvonne Tho (C) Ann Brün (Utvecklingsledare)': the serving rows, then the tagged deputies, then the
    officials; a capitalised particle ('Jenny Op De Weegh') is part of the name."""
    text = ("1 PROTOKOLL Plats och tid Klarälven, klockan 13:00-16:00 ande Aakash Buda (S) Ordförande Jenny Op De Weegh "
            "(M) 2:e vice ordförande Ira Ljung (M) Ledamot Tjänstgörande ersättare Ej tjänstgörande ersättare Övriga "
            "Anita Hag (S), tjg.ers.för Kim Jens (S) Anneli Bod (S) Yvonne Tho (C) Ann Brün (Utvecklingsledare) "
            "Josefin Grön (Nämndsekreterare)\n")
    ex = extract(text)
    found = roles(ex)
    assert {("Anita Hag", "tjänstgörande ersättare"), ("Anneli Bod", "ersättare"), ("Yvonne Tho", "ersättare")} <= found
    assert "Jenny Op De Weegh" in attendance(ex)
    assert not {("Ann Brün", "ersättare"), ("Kim Jens", "ersättare")} & found
    assert attendance(ex).get("Kim Jens") is False


def test_an_officials_capitalised_title_after_a_rows_tag_opens_the_next_row(extract):
    """'... Rickard Ax, (FP), Kungsör 13-17, 19 Förbundschef Thomas Åke Direktionssekreterare Lotta Alm': the titles
    printed before their names; after a comma ('Magnus Hag, Förbundsdirektör Joakim Svärd, ...') a title stays the
    name's before it."""
    text = ("1 Förbundsdirektion Plats och tid Kommunhuset kl Beslutande Övriga deltagare Gunilla Aur (S), ordförande, "
            "Kungsör Ingolf Bod (S), Arboga Rickard Ax, (FP), Kungsör 13-17, 19 Förbundschef Thomas Åke "
            "Direktionssekreterare Lotta Alm Utses att justera Ingolf Bod\n")
    ex = extract(text)
    assert ("Thomas Åke", "förbundschef") in roles(ex) or "Thomas Åke" in attendance(ex)
    from samgraf.extractors import layout
    from samgraf.extractors.normalize import build_view
    lines = layout.recover_lines(build_view(text).text).split("\n")
    assert any(line.strip().startswith("Förbundschef Thomas Åke") for line in lines)
    commas = layout.recover_lines(build_view(
        "1 Protokoll Plats och tid Stadshuset, sammanträdesrummet Skaraborg, kl 09.00-12.00 Beslutande Ulf Ols (S) "
        "Ordförande Tomas Jons (M) 1:e vice ordförande Bengt Hilm (C) Annette Carl (M) Övriga Magnus Hag, "
        "Förbundsdirektör Joakim Svärd, Regionutvecklingschef Linda Berg, Administrativ chef Anders Dan, Landshövding "
        "Västra Götalands län 78 Oskar Jons, Länsstyrelsen 78 Gunilla Lev, Kollektivtrafiknämnden 88\n").text)
    assert "Magnus Hag, Förbundsdirektör\nJoakim Svärd, Regionutvecklingschef" in commas


def test_arendets_rubrik_lists_each_title_before_its_number(extract):
    """'Ärendets rubrik Meddelanden 119 Delegationsbeslut 120 ...': the titles' column named first, so each number
    closes the title before it (read the other way, every title would be one item off)."""
    text = ("1 PROTOKOLL Barn- och utbildningsnämnden Beslutande Anna Ek (S), ordf\n\n2 Ärendets rubrik Meddelanden 119 "
            "Delegationsbeslut 120 Barnomsorgspeng 121 Förskoleplats vid växelvis boende 122\n")
    found = titles(extract(text))
    assert {119: "Meddelanden", 120: "Delegationsbeslut", 121: "Barnomsorgspeng",
            122: "Förskoleplats vid växelvis boende"}.items() <= found.items()


def test_a_diarienummer_column_before_the_contents_numbers(extract):
    """'Innehållsförteckning Diarienummer 6 Ändringar i föredragningslistan 7 Bokslut 2018 ...': the column's name
    before the first item; the numbers are §§, not pages."""
    text = ("Direktionen för räddningstjänstförbundet Plats och tid Den 6 mars 2019 Beslutande Anders Karl (C) ordf. "
            "Percy Karl (S) 1\nInnehållsförteckning Diarienummer 6 Ändringar i föredragningslistan 7 Bokslut 2018 "
            "8 Tillsynsplan 2019 9 Meddelanden 2\n")
    found = titles(extract(text))
    assert {6: "Ändringar i föredragningslistan", 7: "Bokslut 2018", 8: "Tillsynsplan 2019"}.items() <= found.items()


def test_a_rows_place_before_a_name_that_is_also_a_first_name(extract):
    """'Rutger Ahl (NP) Nora Anna Karl (S) Nora Sofie Sem (C)': Nora is the row's municipality (and a first name);
    the next person is Anna Karl."""
    text = ("1 1 Plats och tid Förvaltningen kl ande Margaretha Öst (S), ordf. Lindesberg Ulf Hild (M) Ljusnarsberg "
            "Rutger Ahl (NP) Nora Anna Karl (S) Nora Sofie Sem (C) Nora Övriga deltagande Annelie Back, sekreterare\n")
    ex = extract(text)
    assert {"Rutger Ahl": "Nora kommun", "Anna Karl": "Nora kommun", "Sofie Sem": "Nora kommun"}.items() \
        <= represents(ex).items()
    assert not {"Nora Anna Karl", "Nora Sofie Sem"} & set(attendance(ex))


def test_two_officials_rows_on_one_line_with_their_sections(extract):
    """'Susanne Ståhl, vik skolskjutshandläggare §§ 79-80 a-b), 84 Vera Sabel, planarkitekt, §§ 80 c-d), 81 a)':
    two rows a line, each with the §§ it attended; a list, not a sentence."""
    text = ("Samhällsbyggnadsnämnden\n\nBeslutande\nOlof Rös (M), ordf\nTeddy Nils (SD)\n\nÖvriga deltagare\n"
            "Mats Dahl, samhällsbyggnadschef Helena Hein, nämndsekreterare\n"
            "Susanne Ståhl, vik skolskjutshandläggare §§ 79-80 a-b), 84 Vera Sabel, planarkitekt, §§ 80 c-d), 81 a)\n"
            "Carin Lund, ekolog § 86 Tobias Varga, planarkitekt Ruth Larsson, praktikant\n")
    assert {"Susanne Ståhl", "Tobias Varga", "Ruth Larsson"} <= set(attendance(extract(text)))   # the rows after it too
