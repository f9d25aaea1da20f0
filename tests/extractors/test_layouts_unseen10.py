"""Conventions first met in a tenth blind check (stored protocol pages of förbund, landsting and nämnder nobody on
the team had read, scored before any rule was written for them); each is tested on a short invented protocol (names
are invented)."""
from __future__ import annotations

from test_layouts import roles   # same folder (rootdir-less tests)
from test_layouts_unseen7 import titles

from samgraf.extractors.names import find_person_names

#: A roster table flattened to one line: the tagged names of the members' column, then its role column, where a
#: deputy's cell says whom she serves for; then a qualified heading over the deputies who do not serve.
COLUMNS = ("1 SAMMANTRÄDESPROTOKOLL Sida 1 Tid och plats Torsdagen den 12 februari 2009 kl 13.00 Reningsverket, "
           "Oskarshamn Närvarande Ledamöter Lars Aronson (s) Ingmar Hjalm (v) Bertil Almkvist (m) Yvonne Berg (s) "
           "Joakim Ryd (s) Eino Blix (kd) Ordförande 1:e vice ordförande 2:e vice ordförande ersättare för Lis "
           "Erikson ledamot ledamot Övriga närvarande ej tjänstgörande ersättare Monica Jonsson (s) Svetlana Andel "
           "(v) Övriga närvarande Tjänstemän Teknisk chef Göran Landen, va-ingenjör Conny Jonsson, ekonom\n\n"
           "2 SAMMANTRÄDESPROTOKOLL Sida 2 § 22 Antagande av anbud Nämnden beslutar att anta anbudet.\n")


def test_role_column_after_tagged_names_with_a_deputys_cell(extract):
    """'Eino Blix (kd) Ordförande 1:e vice ordförande 2:e vice ordförande ersättare för Lis Erikson ledamot
    ledamot': the roles piled after the last name are the names' in order, 'ersättare för Lis Erikson' one cell."""
    found = roles(extract(COLUMNS))
    assert {("Lars Aronson", "ordförande"), ("Ingmar Hjalm", "vice ordförande"), ("Bertil Almkvist", "vice ordförande"),
            ("Yvonne Berg", "tjänstgörande ersättare"), ("Eino Blix", "ledamot")} <= found
    assert ("Eino Blix", "ordförande") not in found


def test_heading_qualified_in_lower_case_on_a_flattened_line(extract):
    """'... ledamot Övriga närvarande ej tjänstgörande ersättare Monica Jonsson (s)': a heading whose lower-case
    words qualify it still opens the next group, so the names after it are deputies who do not serve."""
    found = roles(extract(COLUMNS))
    assert {("Monica Jonsson", "ersättare"), ("Svetlana Andel", "ersättare")} <= found
    assert ("Monica Jonsson", "ledamot") not in found


def test_titles_written_before_the_names_end_the_name_before():
    """'Förvaltningschef Klas Lund Tillförordnad förvaltningschef Håkan Ek Stadsarkitekt Hans-Erik Ås Miljöinspektör
    Linnea Moth': a capitalised title after a name (an architect's, an inspector's, an acting chief's) is the next
    row's, not a surname."""
    text = ("Förvaltningschef Klas Lund Tillförordnad förvaltningschef Håkan Ek Stadsarkitekt Hans-Erik Ås "
            "Miljöinspektör Linnea Moth, 133")
    assert [n for _s, _e, n in find_person_names(text, lenient=True)] == ["Klas Lund", "Håkan Ek", "Hans-Erik Ås",
                                                                          "Linnea Moth"]


def test_list_of_items_after_a_roster_without_an_end_marker(extract):
    """'... Maria Hill, rektor Sid 3 Ärenden 74 Ordföranden har ordet (Dnr 2018/00001) 75 Backspegeln (Dnr
    2017/00060) ...': 'Ärenden' before a number ends the roster, so its numbers are items; the case number in
    brackets after a title is no part of it."""
    text = ("1 Sammanträdesprotokoll Direktionen Sid 1 Plats och tid Stadshuset kl 13.00 Beslutande Anna Ek (S) "
            "ordförande Per Lind (M) Övriga deltagare Maria Hill, rektor Sid 3 Ärenden 74 Ordföranden har ordet (Dnr "
            "2018/00001) 75 Backspegeln (Dnr 2017/00060) 76 Sammanträdestider 2019 (Dnr 2018/00034) 77 "
            "Antagningsstatistik slutantagningen 2018/2019 (Dnr 2018/00002)\n\n2 Sid 4 74 Ordföranden har ordet "
            "Ordföranden informerar om läget.\n")
    found = titles(extract(text))
    assert {75: "Backspegeln", 76: "Sammanträdestider 2019"}.items() <= found.items()
