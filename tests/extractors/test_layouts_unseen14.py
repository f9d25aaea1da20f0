"""Conventions first met in a fourteenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, represents, roles   # same folder (rootdir-less tests)
from test_layouts_unseen3 import parties
from test_layouts_unseen7 import titles

from samgraf.extractors import names as names_mod
from samgraf.extractors.normalize import build_view
from samgraf.extractors.roster import parse_header

#: A flattened front page: the labels first, then their values, one heading naming deciders and serving deputies.
LABELS_FIRST = ("1 PROTOKOLL 1(12) Plats och tid Beslutande och tjänstgörande ersättare Närvarande ersättare "
                "Närvarorätt enligt särskilt beslut Övriga deltagande Utses att justera Justeringens plats och tid "
                "Underskrifter Sessionssalen, kl 09:00-12:00 Mona Ek (M), ordförande Dan Berg (M) Ulla Holm (AD) "
                "Rut Dahl (C) Eva Sand (S) tjg för Pia Örn (S) Leo Falk (S) Olle Vik (V) Per Ström (MP) "
                "Erik Lund (M) Ulf Hed (AD) Stig Ås (C) Inga Bro (V) Rune Karl (SD) Hanna Lind, kommunsekreterare "
                "Leo Falk Kommunhuset\n\n2 PROTOKOLL 2(12) Sekreterare: Ordförande: Justerande: Hanna Lind Mona Ek "
                "Leo Falk\n")


def test_deciders_and_serving_deputies_under_one_heading_then_deputies_by_party_order(extract):
    """'Beslutande och tjänstgörande ersättare / Närvarande ersättare / Närvarorätt ... / Övriga deltagande' printed
    before one run of names: a deputy serving in a member's seat ('tjg för') stands among the members, so the
    deciders' column runs on until a party listed before comes back (M ... MP, then M again opens the deputies)."""
    found = roles(extract(LABELS_FIRST))
    assert {("Eva Sand", "tjänstgörande ersättare"), ("Erik Lund", "ersättare"), ("Inga Bro", "ersättare")} <= found
    assert not {("Leo Falk", "ersättare"), ("Per Ström", "ersättare"), ("Olle Vik", "ersättare")} & found


def test_a_heading_joined_by_och_is_no_table_header_row():
    """'Beslutande och tjänstgörande ersättare' holds three header words but is one heading phrase, not a table's
    header row ('Namn Beslutande Tjänstgörande Ersättare' still is one)."""
    assert parse_header("Beslutande och tjänstgörande ersättare") is None
    assert parse_header("Namn Beslutande Tjänstgörande Ersättare") is not None


def test_contents_with_the_bodys_letters_before_each_number(extract):
    """'Innehåll KS 195 Godkännande av dagordning... 5 KS 196 ...': the numbers after the body's letters are §§,
    the dotted leaders' numbers pages."""
    text = ("PROTOKOLL 1(39) Kommunstyrelsen Sammanträdesdatum 2012-11-13\n\n4 PROTOKOLL 4(39) Innehåll KS 195 "
            "Godkännande av dagordning... 5 KS 196 Information om trafik... 6 KS 197 Budget 2013... 8\n")
    assert {195: "Godkännande av dagordning", 196: "Information om trafik", 197: "Budget 2013"}.items() \
        <= titles(extract(text)).items()


def test_a_table_heading_over_its_column_names(extract):
    """'Ledamöter Närv. Frånv Tjänstgörande ersättare Paragraf ... Ersättare Närv. Frånv ...': a table whose marks a
    converter lost; the heading words after the column names are columns, and 'Ersättare' before column names is
    the next table's heading, not the last member's role."""
    text = ("2 Sid 2 (21) Ledamöter Närv. Frånv Tjänstgörande ersättare Paragraf Lars Ståhl (S) ordf Mona Kolm (S) "
            "Ylva Bond (MP) v. ordf Kent Borg (M) Erik Holm (C) Ersättare Närv. Frånv Leyla Tar (S) Per Gunn (V) "
            "Anders Ald (KD) Övriga Kajsa Rav, Förvaltningschef\n")
    found = roles(extract(text))
    assert {("Mona Kolm", "ledamot"), ("Erik Holm", "ledamot"), ("Leyla Tar", "ersättare"),
            ("Anders Ald", "ersättare")} <= found
    assert not {("Erik Holm", "ersättare"), ("Mona Kolm", "tjänstgörande ersättare"), ("Per Gunn", "ledamot")} & found


def test_all_members_but_those_named_a_compound_noun_and_names_after_a_line_break(extract):
    """'Beslutande Samtliga kommunfullmäktigeledamöter med undantag av: A, B,<br />C': those named are absent
    members; a list broken after its comma runs on past the blank line."""
    text = ("ARVIDSJAURS KOMMUN Sammanträdesprotokoll<br />\n\nKommunfullmäktige <strong>2007</strong>-<strong>09"
            "</strong>-<strong>17</strong> 1<strong>17</strong><br />\n\nBeslutande Samtliga kommunfullmäktigeledamöter "
            "med undantag av:<br />\n\nAnna Rylén, Ulf Ask, Jan Johansson,<br />\n\nTommy Pettersson<br />\n\n"
            "Tjänstgörande ersättare:<br />\n\nNina Ask, Britt Tåqvist<br />\n")
    ex = extract(text)
    seen = attendance(ex)
    assert all(seen.get(name) is False for name in ("Anna Rylén", "Ulf Ask", "Tommy Pettersson"))
    assert ("Tommy Pettersson", "ledamot") in roles(ex)
    assert ex.meeting.date is not None and ex.meeting.date.isoformat() == "2007-09-17"


def test_inline_tags_inside_a_word_are_read_as_one_word():
    """A viewer's highlights ('<strong>2007</strong>-<strong>09</strong>', '<strong>Arvidsjaur</strong>s') split
    words; the view writes each word whole and keeps the document's length."""
    text = "Kommunfullmäktige <strong>2007</strong>-<strong>09</strong>-<strong>17</strong> <b>Arvidsjaur</b>s kommun"
    view = build_view(text).text
    assert len(view) == len(text)
    assert "2007-09-17" in view and "Arvidsjaurs" in view and "<" not in view


def test_an_e_paper_viewers_chrome_gives_no_date(extract):
    """'23.09.2013 Views', 'SHOW MORE', 'Create successful ePaper yourself': a viewer's page chrome over the
    protocol; its date (when the page was viewed) is not the meeting's."""
    text = ("23.09.2013 Views\n\n2007-09-17 - Arvidsjaur\n\nSHOW MORE\nSHOW LESS\n\nCreate successful ePaper yourself\n\n"
            "Turn your PDF publications into a flip-book with our unique Google optimized e-Paper software.\n\n"
            "ARVIDSJAURS KOMMUN Sammanträdesprotokoll\n\nSammanträdesdatum Blad\n\nKommunfullmäktige 2007-09-17 117\n")
    ex = extract(text)
    assert ex.meeting.date is not None and ex.meeting.date.isoformat() == "2007-09-17"


def test_ej_tjanstgorande_alone_heads_the_deputies_not_serving(extract):
    """'Beslutande ... Lars Rasch Ej tjänstgörande Kerstin Gustavsson ...' (no party tags): 'Ej tjänstgörande' opens
    the deputies who do not serve, it is not the last decider's status; four names without tags are two people."""
    text = ("1 Plats och tid Sessionssalen, kl Beslutande Lennart Hall, ordförande Sverre Moum Odet Klaff, ersättare "
            "för Elin Edlund Maria Lind Lars Rasch Ej tjänstgörande Kerstin Gustavsson Ulf Dahl Carin Palm Övriga "
            "deltagande Kerstin Skarin, kommunchef Utses att justera Lars Rasch\n")
    ex = extract(text)
    found = roles(ex)
    assert {("Kerstin Gustavsson", "ersättare"), ("Carin Palm", "ersättare"), ("Odet Klaff", "tjänstgörande ersättare")} \
        <= found
    assert not {("Lars Rasch", "ersättare"), ("Maria Lind", "ersättare")} & found
    assert {"Sverre Moum", "Odet Klaff"} <= set(attendance(ex))


def test_four_words_are_two_names_unless_a_particle_joins_them():
    """Swedish names have at most two surnames: 'Siw Gustavsson Sirvan Mostafaey' in a roster is two people;
    'Carlos Rebelo da Silva' (with its particle) is one."""
    def spans(text: str) -> list[str]:
        return [name for _s, _e, name in names_mod.find_person_names(text, lenient=True)]
    assert spans("Siw Gustavsson Sirvan Mostafaey") == ["Siw Gustavsson", "Sirvan Mostafaey"]
    assert spans("Carlos Rebelo da Silva") == ["Carlos Rebelo da Silva"]
    assert spans("Anna van der Berg") == ["Anna van der Berg"]


def test_member_group_labels_give_what_each_member_represents(extract):
    """'Beslutande För Region Skåne Anna Ek (S), ordförande Lars Ås (M) För Försäkringskassan Per Berg ...': a
    member's label over the names that represent it, printed in one run or one name a line."""
    flat = ("Protokoll styrelsen Samordningsförbundet Västra Skåne 2015-03-04\n\nBeslutande För Region Skåne Anna Ek (S), "
            "ordförande Lars Ås (M) För Försäkringskassan Per Berg För Arbetsförmedlingen Eva Lind För Höganäs kommun "
            "Olle Dahl (M) Övriga närvarande Karin Holm, förbundschef\n")
    rows = ("Protokoll styrelsen Samordningsförbundet Västra Skåne 2015-03-04\n\nBeslutande\nFör Region Skåne Anna Ek "
            "(S), ordförande\nFör Försäkringskassan Per Berg\nFör Arbetsförmedlingen Eva Lind\nFör Höganäs kommun "
            "Olle Dahl (M)\n\nÖvriga närvarande\nKarin Holm, förbundschef\n")
    for text in (flat, rows):
        found = represents(extract(text))
        assert {"Anna Ek": "Region Skåne", "Per Berg": "Försäkringskassan", "Eva Lind": "Arbetsförmedlingen",
                "Olle Dahl": "Höganäs kommun"}.items() <= found.items()
        assert "Karin Holm" not in found
    assert represents(extract(flat))["Lars Ås"] == "Region Skåne"


def test_a_councils_members_grouped_by_the_body_they_come_from(extract):
    """'Beslutande För Kommunstyrelsen A (KD) B (C) För Socialnämnden C (M) ...': a råd's members speak for the
    nämnder that sent them."""
    text = ("1 MÖNSTERÅS KOMMUN SAMMANTRÄDESPROTOKOLL Folkhälsorådet Plats och tid Allégården kl Beslutande För "
            "Kommunstyrelsen Mia Rosen (KD) Jac Doohan (C) För Socialnämnden Åsa Otto (M) För Barn- och "
            "utbildningsnämnden Lena Jos (C) Övriga deltagande Anna Karlsson, familjebehandlare\n")
    ex = extract(text)
    assert {"Mia Rosen": "Kommunstyrelsen", "Jac Doohan": "Kommunstyrelsen", "Åsa Otto": "Socialnämnden",
            "Lena Jos": "Barn- och utbildningsnämnden"}.items() <= represents(ex).items()
    assert parties(ex)["Jac Doohan"] == "C"


def test_deputies_not_serving_marked_after_all_the_names_are_the_last_names(extract):
    """'Beslutande A B C D E F ej tjänstgörande ers ej tjänstgörande ers': the markers of a right-hand column
    flattened after the names; deputies are listed last, so they are the last names' (the first stay deciders)."""
    text = ("1 1 (13) Plats och tid Stora salen den 24 augusti 2005 kl Beslutande Robert Uitt Harriet Jord Mona Nyberg "
            "Bengt Berg Karin Pauls Jonny Spring Stefan Wik ej tjänstgörande ers ej tjänstgörande ers Övriga deltagande "
            "Jan Rönn Utses att justera Mona Nyberg\n")
    found = roles(extract(text))
    assert {("Jonny Spring", "ersättare"), ("Stefan Wik", "ersättare")} <= found
    assert not {("Robert Uitt", "ersättare"), ("Harriet Jord", "ersättare"), ("Mona Nyberg", "ersättare"),
                ("Robert Uitt", "tjänstgörande ersättare")} & found


def test_an_officials_title_after_the_name_without_a_comma_and_the_first_item_after_the_roster(extract):
    """'Övriga: Arne Ek direktör för verksamhetsstöd t.o.m. 108 ... Lena Bo, nämndsekreterare 106 Val av
    protokollsjusterare Nämnden utser ...': each row is a name and its title (no sentence), and the meeting's first
    item ends the roster's last row."""
    text = ("1 PROTOKOLL 1(6) Närvarande: Beslutande: Malin Weng (M), Per Lind (C), Ersättare: Karin Bard (M), "
            "Övriga: Ulrika Geer, regional utvecklingsdirektör Arne Ek direktör för verksamhetsstöd och service t.o.m. "
            "108 Ulf Frans, projektledare t.o.m. 108, Emil Hess, sakkunnig kommunikation, Lena Bo, nämndsekreterare "
            "106 Val av protokollsjusterare Nämnden utser Per Lind att justera protokollet.\n")
    ex = extract(text)
    assert {"Arne Ek", "Ulf Frans", "Emil Hess", "Lena Bo"} <= set(attendance(ex))
    assert ("Lena Bo", "justerare") not in {(r.person.name, r.role.value) for r in ex.meeting_roles}


def test_a_title_printed_before_the_next_name_ends_the_name():
    """'Stabschef Paul Ek Kvalitets- och myndighetschef Eva Berg Ekonomichef Jan Holm': a title before each name;
    a suspended compound ('Kvalitets- och') or a title word is never a surname."""
    names = [n for _s, _e, n in names_mod.find_person_names(
        "Stabschef Paul Ek Kvalitets- och myndighetschef Eva Berg Ekonomichef Jan Holm", lenient=True)]
    assert names == ["Paul Ek", "Eva Berg", "Jan Holm"]


def test_a_first_name_right_before_a_party_tag_is_a_surname():
    """'Tina Bergström Darrell (S) Sejdi Kar (S)': 'Darrell' is a first name too, but a name of one word does not
    open a row before its party's tag; it is the last surname."""
    names = [n for _s, _e, n in names_mod.find_person_names("Tina Bergström Darrell (S) Per Ek (M)", lenient=True)]
    assert names == ["Tina Bergström Darrell", "Per Ek"]


def test_guard_a_sentence_after_a_name_stays_prose():
    """Guard: 'Arne Ek lämnar information om avtalet ...' opens with a name but no title follows it: a sentence,
    which ends the roster, not a row."""
    from samgraf.extractors.gazetteer import load_gazetteer
    from samgraf.extractors.items import Line, find_items
    from samgraf.extractors.roster import _is_prose
    gaz = load_gazetteer()
    for text, prose in (("Arne Ek lämnar information om avtalet på Spira och om delbetalningen", True),
                        ("Arne Ek direktör för verksamhetsstöd och service t.o.m. 108", False)):
        line = Line(0, 0, len(text), text)
        assert _is_prose(line, find_items(text, line, gaz)) is prose


def test_guard_lower_case_for_after_a_name_is_a_substitution_not_a_group(extract):
    """Guard: 'Per Berg (S) ersättare för Eva Lind (S)' and 'Olle Dahl (M) tjg för Region Skånes ledamot': a
    lower-case 'för' names whom a deputy replaces; only a capitalised 'För' before a member opens a group."""
    text = ("Protokoll styrelsen Samordningsförbundet Västra Skåne 2015-03-04\n\nBeslutande\nAnna Ek (S), ordförande\n"
            "Per Berg (S) ersättare för Eva Lind (S)\n\nÖvriga närvarande\nKarin Holm, förbundschef\n")
    ex = extract(text)
    assert ("Per Berg", "tjänstgörande ersättare") in roles(ex)
    assert represents(ex) == {}
