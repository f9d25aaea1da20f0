"""Conventions first met in an eighty-first to eighty-sixth blind check (stored protocol pages nobody on the team had
read); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles
from test_layouts_unseen73 import agenda, assert_chair, seats

from samgraf.extractors import names as names_mod
from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Barn- och utbildningsnämnden Sammanträdesdatum 2015-06-24\n"


def test_a_chairs_label_at_the_foot_of_a_stack_of_labels_is_no_seat(extract):
    """'Beslutande: / Övriga deltagande: / Sekreterare: / Ordföranden: / Tove Ek (MP), ordförande / ...': the labels
    printed first, their values after; the rows are the first field's, not each one a chair."""
    ex = extract(HEAD + "Plats och tid: Kungsgatan 25 kl. 09:00-15:15 Beslutande: Övriga deltagande: Utses att justera: "
                 "Sekreterare: Ordföranden: Tove Ek (MP), ordförande Krissi Holm (S), vice ordförande Lena Strand (S) "
                 "Josefin Green (M) Lars Hayek (S) Ida Westin (MP)\n§ 56 Upprop\n")
    assert seats(ex, "Tove Ek") == {"ordförande"}
    assert "ordförande" not in seats(ex, "Lena Strand") | seats(ex, "Josefin Green") | seats(ex, "Krissi Holm")


def test_a_chairs_label_alone_over_its_row_still_seats_it(extract):
    """'Ordföranden: / Per Ek (s)' with no stack of labels above: the label is the row's seat."""
    ex = extract(HEAD + "Närvarande\nOrdföranden:\nPer Ek (s)\nLedamöter:\nAnna Berg (m)\nBo Ås (s)\n§ 1 Upprop\n")
    assert "ordförande" in seats(ex, "Per Ek")


def test_a_contents_list_with_its_section_range_and_diary_numbers(extract):
    """'Innehållsförteckning 109-124 109 Ändring i föredragningslistan 2011.11.310 110 ...': the range of §§ before the
    first row, and each row's diary number (year first, three dotted parts) after its title, not part of it."""
    ex = extract(HEAD + "Innehållsförteckning 109-124 109 Ändring i föredragningslistan 2011.11.310 110 Upphandling av "
                 "väghyvel 2011.251.319 111 Ny attestordning 2011.11.310 112 Ekonomisk rapport 2010.1015.041\n")
    assert {109: "Ändring i föredragningslistan", 110: "Upphandling av väghyvel",
            111: "Ny attestordning"}.items() <= agenda(ex).items()


def test_a_contents_list_of_number_and_title_cells_each_with_its_leader_and_page(extract):
    """'Innehållsförteckning 32... 5 Anmälningar... 5 33... 7 Delegationsbeslut... 7 34 KS 2015/15-002... 8 ...': a row
    of two cells, the § (with its case number) and the title, each closed by dots and its page."""
    ex = extract(HEAD + "3 (44) Innehållsförteckning 32... 5 Anmälningar... 5 33... 7 Delegationsbeslut... 7 34 KFKS "
                 "2015/15-002... 8 Exemplifiering av firmatecknare för kommunstyrelsen... 8 35 KFKS 2013/191-040... 10 "
                 "Årsredovisningar 2014 för de helägda bolagen... 10\n")
    assert agenda(ex) == {32: "Anmälningar", 33: "Delegationsbeslut", 34: "Exemplifiering av firmatecknare för "
                          "kommunstyrelsen", 35: "Årsredovisningar 2014 för de helägda bolagen"}


def test_items_opening_pages_after_a_roster_that_ran_to_its_pages_end(extract):
    """'2(71) Övriga närvarande Pär Ek, kommundirektör ... / 3(71) KSKF/2017:1 96 Val till kommunala uppdrag ...': the
    roster of the page before ends where the next page opens with its count, so its items are no roster's numbers."""
    ex = extract(HEAD + "1(71) Plats och tid Rinmansalen, klockan 15:00 15:40 Paragrafer 96-125\n"
                 "2(71) Övriga närvarande Pär Ek, kommundirektör Tommy Malm, ekonomidirektör Malin Berg, "
                 "kommunsekreterare\n3(71) KSKF/2017:1 96 Val till kommunala uppdrag Förslag till beslut Till "
                 "nedanstående uppdrag väljs: Kommunala rådet.\n4(71) KSKF/2017:241 97 Delårsrapport 1 2017 för "
                 "kommunstyrelsen Beslut 1. Kommunledning\n")
    assert agenda(ex) == {96: "Val till kommunala uppdrag", 97: "Delårsrapport 1 2017 för kommunstyrelsen"}


def test_a_seat_heading_after_a_tag_before_a_row_with_an_unlisted_given_name(extract):
    """'Roland Ek (ALT) Ersättare Maryana Holm (C) Lars Sol (L) ...': a tagged row follows the capitalised seat word,
    whatever its given name, so the word heads the deputies; it is no cell of the row before."""
    ex = extract(HEAD + "Beslutande Magnus Berg (M), ordförande Lars-Ove Ek (C) Anne Karlsson (S) Jan Sahl (M) "
                 "Roland Ek (ALT) Ersättare Maryana Holm (C) Lars Sol (L), Carl Arvidsson (L) Henrik Ås (SD) "
                 "Övriga deltagande Jonas Lund, kommundirektör\n§ 43 Policy för IT\n")
    assert "ersättare" not in seats(ex, "Roland Ek")
    assert {"Maryana Holm", "Lars Sol", "Henrik Ås"} <= {
        m.person.name for m in ex.memberships if m.role == "ersättare"}


def test_the_chairs_role_after_its_tag_where_every_row_gives_its_role_so(extract):
    """'Beslutande Anna Ek, (S) Ledamot ... Anders Berg, (M) Ordförande Rolf Lind, (KD) Ledamot': each row's role
    after its tag, so 'Ordförande' is the row's before it, not a label of the next name."""
    ex = extract(HEAD + "Plats och tid KS-salen, 13:15-15:45 Beslutande Annika Ek, (S) Ledamot Sanna Sol, (MP) Ledamot "
                 "Jan Berg, (S) Vice ordförande Bo Ås, (M) Ledamot Anders Berg, (M) Ordförande Rolf Lind, (KD) Ledamot "
                 "Inga Pol, (C) Ledamot Passiva ersättare Mikael Sten, (S)\n§ 35 Delegationsbeslut\n")
    assert_chair(ex, "Anders Berg", "Rolf Lind")


def test_a_title_is_no_surname_in_a_protocol_written_surname_first(extract):
    """A roster written 'Hansson Lars (FP)' and, later, 'Lena Ek, Förvaltningschef Mats Berg, Utvecklingschef ...':
    a title before a first name is no surname read the other way round."""
    ex = extract(HEAD + "Ordförande: Hansson Lars (FP) Ledamöter: Alfredsson Bo (M) Gribel Laila (M) Molin Monica (S) "
                 "Ersättare: Ling Carl (M) Kyander Johanna (M)\nUnderskrifter: Ordförande Lars Hansson Monica Molin\n"
                 "Övriga närvarande: Lena Ek, Förvaltningschef Mats Berg, Utvecklingschef Elin Holm, Projektchef\n"
                 "§ 1 Upprop\n")
    names = set(attendance(ex))
    assert {"Mats Berg", "Elin Holm"} <= names
    assert "Mats" not in names and "Elin" not in names


def test_a_known_name_ends_before_another_known_name(extract):
    """'Justerare Inger Larsson Sana Suljanovic': two names of the roster signed side by side are two people."""
    found = names_mod.find_person_names("Justerare Inger Larsson Sana Suljanovic",
                                        known=["Inger Larsson", "Sana Suljanovic"])
    assert [name for _s, _e, name in found] == ["Inger Larsson", "Sana Suljanovic"]


def test_the_roll_goes_on_over_a_page_whose_foot_ends_a_row(extract):
    """'Jimmy Ek (S) Anslaget på kommunens anslagstavla den 8 oktober 2012.' / '2 2 (42)' / 'Ingvar Berg (S)': the
    page's foot after the last row of the page, then the roll goes on on the next."""
    ex = extract(HEAD + "Beslutande Roger Kalk (S), ordförande\nJohan Persson (S)\nAnette Ling (S)\n"
                 "Jimmy Ek (S) Anslaget på kommunens anslagstavla den 8 oktober 2012.\n\n2 2 (42)\n"
                 "Ingvar Berg (S)\nBertil Dahl (V) Deltar ej i 172 på grund av jäv\nLars Holm (V)\n"
                 "Sekreterare Jonas Sverk\n§ 154 Val av protokolljusterare\n")
    present = {name for name, there in attendance(ex).items() if there}
    assert {"Jimmy Ek", "Ingvar Berg", "Bertil Dahl", "Lars Holm"} <= present


def test_a_label_before_the_row_keeps_the_sentence_after_it_out_of_the_roll(extract):
    """'Justerare Lena Ek (S) Datum och ort för justering ...' under the deputies: the justerare's field, not a
    deputy's row."""
    ex = extract(HEAD + "Beslutande Eva Ås (S) Per Berg (M)\nErsättare Anita Lund (S) Petra Elf (MP)\n"
                 "Justerare Lena Ek (S) Datum och ort för justering Den 20 juni 2017 i Vänersborg\n§ 1 Upprop\n")
    assert "ersättare" not in seats(ex, "Lena Ek")


def test_rows_without_a_heading_apart_by_a_role_word_or_a_lost_note(extract):
    """'Plats och tid Kommunhuset kl Ingemar Ek (c), ordf Sulo Berg (s) Inga Ny (m) Stefan Fry (kd) kl Lars Ås (m) ,
    deltog ej i Kent Jos (s) ...': the roll's heading lost; its rows stay one run across 'ordf', 'kl' and a note
    whose §§ the converter dropped, and 'deltog ej i' is no absence."""
    ex = extract(HEAD + "Organ Miljö- och byggnämnden Plats och tid Kommunhuset, Gnosjö kl Ingemar Ek (c), ordf Sulo "
                 "Berg (s) Inga Ny (m) Stefan Fry (kd) kl Lars Ås (m) , deltog ej i Kent Jos (s) Stig Ek (kd) "
                 "Tomas Lö (s) Övriga deltagare Carl Ax, byggchef\nMbn 179 Studie\n")
    present = attendance(ex)
    assert {"Sulo Berg", "Inga Ny", "Stefan Fry", "Kent Jos", "Stig Ek", "Tomas Lö"} <= {
        name for name, there in present.items() if there}
    assert present.get("Lars Ås") is True
    assert "ordförande" in seats(ex, "Ingemar Ek")


def test_names_joined_by_och_are_a_list_not_a_roll(extract):
    """'en motion från Anna Ek (c), Maria Holm (m), Per Sol (kd), Linda Ax (fp) och Mats Gunn (mp)': authors of a
    motion, no run of five rows."""
    ex = extract(HEAD + "Ks 39 Au 108 Dnr 424/ Motion om Kumlan Kommunfullmäktige remitterade en motion från Anna Ek (c), "
                 "Maria Holm (m), Per Sol (kd), Linda Ax (fp) och Mats Gunn (mp) om tidskriften.\n")
    assert "Mats Gunn" not in attendance(ex)


def test_a_partial_absence_note_keeps_the_deputy_present(extract):
    """'Mats Ek (m) ersättare för Eva Sol (m), deltar ej i beslut 156': there at the start, out of one decision."""
    ex = extract(HEAD + "Tjänstgörande ersättare\nMats Ek (m) ersättare för Eva Sol (m), deltar ej i beslut 156\n"
                 "Barbro Ås (s) ersättare för Eva Lund (s)\n§ 150 Val\n")
    assert attendance(ex).get("Mats Ek") is True


def test_other_members_and_employee_representatives_under_their_headings(extract):
    """'Vice ordföranden / Carin Ek (s) / Övriga ledamöter / Rolf Kön (m) / ... / Arbetstagarrepr. / Conny Nils (LO)':
    the other members are members, not vice chairs."""
    ex = extract(HEAD + "Närvarande:\nOrdföranden\nKristina Ax (m)\nVice ordföranden\nCarin Ek (s)\nÖvriga ledamöter\n"
                 "Rolf Kön (m)\nEwa Sam (kd)\nRoger Mog (s)\nSuppleanterna\nTeres Lind (s)\nArbetstagarrepr.\n"
                 "Conny Nils (LO)\n§1 Utseende av protokolljusterare\n")
    assert seats(ex, "Rolf Kön") == {"ledamot"} and seats(ex, "Ewa Sam") == {"ledamot"}
    assert "vice ordförande" not in seats(ex, "Roger Mog")
    assert attendance(ex).get("Conny Nils") is True


def test_a_signers_field_after_a_justerare_label_is_no_chair(extract):
    """A guard: 'Justerare Kurt Ek' in the signature fields keeps its adjuster."""
    ex = extract(HEAD + "Beslutande Kurt Ek (S) Eva Ås (M)\nUnderskrifter Sekreterare Bo Berg Ordförande Eva Ås "
                 "Justerare Kurt Ek\n§ 1 Upprop\n")
    assert {name for name, kind in meeting_roles(ex) if kind == MeetingRoleKind.ADJUSTER} == {"Kurt Ek"}


def test_a_table_of_given_name_surname_and_party_run_together(extract):
    """'Förnamn Efternamn Partibeteckning Suzanne Frank m Anna Fransson s ...', over a page's turn: each row a name
    and its party's bare letters."""
    ex = extract(HEAD + "38 Upprop Upprop genomfördes av fullmäktiges ledamöter vilka är: Förnamn Efternamn "
                 "Partibeteckning Suzanne Frank m Anna Fransson s Paul Johansson c Olle Sand kd Karin Sjö fp "
                 "RosMarie Jönsson Neckö s\n\n2 2(36) Ann-Charlotte Kak s Janeric Kand s Lena Karl c Vid uppropet "
                 "var samtliga närvarande.\n")
    tagged = {m.person.name: m.party.abbreviation for m in ex.memberships if m.party is not None}
    assert tagged.get("Suzanne Frank") == "M" and tagged.get("Karin Sjö") == "L"
    assert {"RosMarie Jönsson Neckö", "Ann-Charlotte Kak", "Lena Karl"} <= set(tagged)


def test_names_without_such_a_header_are_no_table(extract):
    """A guard: 'Suzanne Frank m Anna Fransson s' with no header of the columns is not read as rows."""
    ex = extract(HEAD + "Närvarande: se bilaga. Suzanne Frank m Anna Fransson s Paul Johansson c\n§ 1 Upprop\n")
    assert "Paul Johansson" not in {m.person.name for m in ex.memberships}


def test_an_items_outcome_after_its_subjects_full_stop_stays_in_the_title(extract):
    """'36 Motverka nätmobbning! Besvarad interpellation.', '34 Bad med förhinder. Bordlagda likalydande
    interpellationer.': a fullmäktige's title with what became of the item."""
    ex = extract(HEAD + "§ 34 Bad med förhinder. Bordlagda likalydande interpellationer. Interpellationerna bordläggs.\n"
                 "§ 35 Motverka nätmobbning! Besvarad interpellation. Anna Ek (S) har ställt en interpellation.\n"
                 "§ 36 Budget 2009. Beslut fattades enligt förslaget.\n")
    assert agenda(ex) == {34: "Bad med förhinder. Bordlagda likalydande interpellationer",
                          35: "Motverka nätmobbning! Besvarad interpellation", 36: "Budget 2009"}


def test_a_case_number_with_its_filing_code_between_the_item_and_its_title(extract):
    """'Ks 43 KS 2019/0087 005 Policy för IT': the body's letters, the item, then the case number and its filing code
    before the title."""
    ex = extract(HEAD + "4(37) Ks 43 KS 2019/0087 005 Policy för IT Förslag till beslut föreslår att fullmäktige "
                 "godkänner policyn.\n5(37) Ks 44 KS 2019/0101 041 Budget 2020 Förslag till beslut Fullmäktige "
                 "fastställer budgeten.\n")
    assert agenda(ex) == {43: "Policy för IT", 44: "Budget 2020"}


def test_rows_with_their_seat_after_the_tag_above_a_passive_deputies_heading(extract):
    """'Beslutat' (the roll's heading clipped) and rows 'Annika Ek, (S) Ledamot' a line each, the chair's role left at
    the start of the next row's line, then 'Passiva ersättare': the rows above that heading are the members, and the
    chair's role goes back to the row above it."""
    ex = extract(HEAD + "1 Sida 1 (23) Plats och tid KS-salen, 13:15-15:45 Beslutat\nAnnika Ek, (S) Ledamot\n"
                 "Sanna Sol, (MP) Ledamot\nJan Berg, (S) Vice ordförande\nBo Ås, (M) Ledamot\nAnders Holm, (M)\n"
                 "Ordförande Rolf Lind, (KD) Ledamot\nPassiva ersättare\nMikael Sten, (S)\n§ 35 Delegationsbeslut\n")
    assert seats(ex, "Anders Holm") == {"ordförande"}
    assert seats(ex, "Rolf Lind") == {"ledamot"}
    assert {"Annika Ek", "Sanna Sol", "Bo Ås"} <= {name for name, there in attendance(ex).items() if there}


def test_officials_after_the_deputies_hold_no_deputys_seat(extract):
    """'Ersättare: Ulla Ek (s) David Lund (fp) Elisabeth Berg, förvaltningschef ... Thomas Nord, Lärarförbundet':
    the officials' rows run on under the deputies' heading; from the first official, no untagged row is a deputy."""
    ex = extract(HEAD + "Beslutande Maria Mark (s), ordförande Jan Lund (s)\nErsättare:\nUlla Ek (s)\nDavid Lund (fp)\n"
                 "Robin Holm (c)\nElisabeth Berg, förvaltningschef\nJan Söder, områdeschef\nThomas Nord, Lärarförbundet\n"
                 "Åsa Wik, sekreterare\n§ 156 Föregående protokoll\n")
    assert seats(ex, "David Lund") == {"ersättare"}
    assert "ersättare" not in seats(ex, "Thomas Nord")


def test_a_staff_title_after_a_politicians_tag_is_the_next_names(extract):
    """'Mariana Ek (S), förvaltningschef Richard Mort, sekreterare Ulrika Bod, verksamhetsutvecklare Gittan Claes':
    after a tagged row, each title stands before its name."""
    ex = extract(HEAD + "1 Barn- och ungdomsnämnden 1 av 14 Plats och tid: Kungsgatan 25, kl. 09:00-15:15 Beslutande: "
                 "Övriga deltagande: Utses att justera: Sekreterare: Ordföranden: Tove Berg (MP), ordförande Lena "
                 "Strand (S) Jan Berg (V) Mariana Ek (S), förvaltningschef Richard Mort, sekreterare Ulrika Bod, "
                 "verksamhetsutvecklare Gittan Claes 63-65, chef ekonomiavdelningen Eva Dem 61 Justerande: Lena Strand "
                 "(S)\n§ 56 Upprop\n")
    secretaries = {name for name, kind in meeting_roles(ex) if kind == MeetingRoleKind.SECRETARY}
    assert secretaries == {"Ulrika Bod"}


# Conventions read from the eighty-seventh to ninetieth sets, after the rules above were written.

def test_contents_titles_first_with_each_section_numbered_in_its_year(extract):
    """'Innehållsförteckning Val av justerare juni 2018 65/18 Fastställelse av föredragningslista 66/18 ...': each
    title, numbers of its own included, then its § and the year's two digits."""
    ex = extract(HEAD + "Innehållsförteckning Val av justerare juni 2018 65/18 Fastställelse av föredragningslista "
                 "juni 2018 66/18 Informationer 67/18 Behovsanalys medicinsk fotvård 68/18\n")
    assert agenda(ex) == {65: "Val av justerare juni 2018", 66: "Fastställelse av föredragningslista juni 2018",
                          67: "Informationer", 68: "Behovsanalys medicinsk fotvård"}


def test_a_case_number_labelled_in_capitals_before_the_title(extract):
    """'PU 29 DNR: KPU Föregående mötesprotokoll': the label in capitals, its number lost, then the title."""
    ex = extract(HEAD + "\n2 HÖGSBY KOMMUN SAMMANTRÄDESPROTOKOLL 2 (11) PU 29 DNR: KPU Föregående mötesprotokoll "
                 "Genomgång gjordes av föregående protokoll.\n\n3 HÖGSBY KOMMUN SAMMANTRÄDESPROTOKOLL 3 (11) PU 30 DNR: "
                 "KPU Lönerevision 2012 Utskottet beslutar enligt förslaget.\n")
    assert agenda(ex).get(29) == "Föregående mötesprotokoll" and agenda(ex).get(30) == "Lönerevision 2012"


def test_present_members_and_serving_deputies_after_a_doubled_page_number(extract):
    """'2 2 Närvarande ledamöter och tjänstgörande ersättare: Karl-Erik Ek (s) Lennart Ås (c) ...' on a flattened
    page: the page's number twice, then the heading of those who vote and their rows, a serving deputy's note every
    few rows."""
    rows = ("Karl-Erik Ek (s) Lennart Ås (c) Charlotte Berg (m), tjg ers Sven Dahl (sd) Christer Lund (c) Anette Holm "
            "(s), tjg ers för Ulla Wall (s) Karin Wig (c) Hjördis Nord (fp) Gunnar Bengt (s) ordförande Axel Ebbe (sd), "
            "tjg ers för Bo Håk (s) Ann Bönd (s) Agnetha Pers (c), 1:e vice ordförande Leif Johan (s), tjg ers "
            "Christin Hag (s) Ingrid Ekström (sd) Margareta Sten (m), tjg ers för Torsten Vig (m) Claes Hall (s) "
            "Rolf Svens (c) Anne-Maj Olsson (v)")
    ex = extract(HEAD + "1 s 1 Plats och tid Kommunhuset, kl Beslutande Se sid 2) Övriga deltagare Kommunchef Åsa Rat\n\n"
                 "2 2 Närvarande ledamöter och tjänstgörande ersättare: " + rows + " Frånvarande ledamöter utan "
                 "ersättare: Richard Wim (sd)\n§ 1 Upprop\n")
    present = {name for name, there in attendance(ex).items() if there}
    assert {"Karl-Erik Ek", "Sven Dahl", "Karin Wig", "Gunnar Bengt", "Ann Bönd", "Christin Hag", "Claes Hall",
            "Rolf Svens"} <= present


def test_the_one_section_of_a_meeting_opens_it(extract):
    """'Paragraf 73' on the front of a one-§ meeting, and officials 'Sofie Ek, förskolechef 73': there from its start."""
    ex = extract(HEAD + "1 Plats och tid Nya kommunhuset, torsdagen den 28 maj 2015 kl Beslutande Övriga deltagande "
                 "Sören Bond, S, ordförande Jill Jons, S Roger Is, M Hanna Grahn, sekreterare Utses att justera Jill "
                 "Jons, S Justeringens plats och tid Underskrifter Sekreterare Paragraf 73 Hanna Grahn Ordförande "
                 "Justerande Sören Bond Jill Jons\n2 Sid 2 av 14 Övriga deltagare Deltagare Närvarande Sofie Ek, "
                 "förskolechef 73 Anders Ohl, rektor 73 Johanna Fors, rektor 73\n3 Sid 3 av 14 BIN 73 Extra ärende\n")
    assert attendance(ex).get("Sofie Ek") is True and attendance(ex).get("Anders Ohl") is True


def test_officials_at_a_later_section_only_stay_untold(extract):
    """A guard: 'Paragraf 73' declared, an official listed at '74' only is not known to be there at the start."""
    ex = extract(HEAD + "Beslutande Sören Bond, S, ordförande Jill Jons, S\nParagrafer 73-75\nÖvriga deltagare\n"
                 "Sofie Ek, förskolechef 74\n§ 73 Upprop\n")
    assert attendance(ex).get("Sofie Ek") is None
