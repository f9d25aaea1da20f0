"""Conventions first met in an eleventh blind check (stored protocol pages nobody on the team had read, scored
before any rule was written for them) and in the tenth set's leftovers; each is tested on a short invented
protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, represents, roles   # same folder (rootdir-less tests)
from test_layouts_unseen7 import titles

from samgraf.model import MeetingRoleKind

#: Two columns of members side by side, parted by runs of blanks the converter made ragged, under an indented
#: heading; a row's role follows its tag and a comma; the secretary's label stands over her name below the roster.
SIDE_BY_SIDE = ("                    Styrelsens protokoll\n"
                "             Sammanträdet den 12 mars 2004\n\n"
                "                    Beslutande\n"
                "Vera Lindqvist (s), ordförande            Holger Strand (s)\n"
                "Kenneth Alm (c)                  Ann-Sofi Berglund (v)\n"
                "Gustav Nyrén (s), vice ordförande             Bo Ek (s), § 4–9\n"
                "Marita Sjöholm (m)                   Agneta Falk (mp)\n\n\n"
                "                     Sekreterare\n"
                "                     Gunnel Bergh\n\n\n"
                "§ 4 Val av justerare\nStyrelsen utser Marita Sjöholm att justera protokollet.\n")


def test_indented_heading_over_ragged_side_by_side_columns(extract):
    """'Vera Lindqvist (s), ordförande            Holger Strand (s)' under an indented 'Beslutande': the heading's
    own indent is no gap between two columns, so the rows are not cut at the heading's column (which gave the left
    name's role to the right column's name)."""
    found = roles(extract(SIDE_BY_SIDE))
    assert {("Vera Lindqvist", "ordförande"), ("Gustav Nyrén", "vice ordförande")} <= found
    assert not {("Holger Strand", "ordförande"), ("Bo Ek", "vice ordförande"), ("Bo Ek", "ordförande")} & found


def test_label_over_a_name_after_a_blank_line(extract):
    """'<blank> Sekreterare / Gunnel Bergh' after the members' rows: a role alone on a line set off by a blank line,
    right over a line with one name, is that name's label, not a role wrapped from the last row."""
    found = meeting_roles(extract(SIDE_BY_SIDE))
    assert ("Gunnel Bergh", MeetingRoleKind.SECRETARY) in found
    assert not {("Marita Sjöholm", MeetingRoleKind.SECRETARY), ("Agneta Falk", MeetingRoleKind.SECRETARY)} & found


#: A flattened front page whose signature fields are labels closed by colons, each over its names, one a line.
COLON_FIELDS = ("1 SAMMANTRÄDESPROTOKOLL 1 (9) Plats och tid Stadshuset kl 13.00 Beslutande Olof Brink, s, ordförande "
                "Mona Ekdahl, m Tore Lindh, c Övriga deltagare Nils Ahlberg, kanslichef Vera Sund, assistent\n"
                "Sekreterare:\nNils Ahlberg\nVera Sund\nParagrafer: 1-4\nOrdförande:\nOlof Brink\nJusterande:\n"
                "Mona Ekdahl\nTore Lindh\n\n2 SAMMANTRÄDESPROTOKOLL 2 1 Budget 2025 Utskottet beslutar att godkänna "
                "budgeten.\n")


def test_colon_label_over_several_signers():
    """'Sekreterare: / Nils Ahlberg / Vera Sund / Paragrafer: 1-4 / Ordförande: / Olof Brink': a label closed by a colon
    opens its field, so the names under it are its signers (not a caption under the name above), and a second name
    straight after the first is the same field's."""
    from samgraf.extractors import layout, roster
    from samgraf.extractors.gazetteer import load_gazetteer
    from samgraf.extractors.normalize import build_view
    view = layout.recover_lines(build_view(COLON_FIELDS).text)
    found = {(roster.decode(r).name, role) for r in roster.read_signatures(view, load_gazetteer(), set())
             for role in roster.decode(r).roles}
    assert {("Nils Ahlberg", "sekreterare"), ("Vera Sund", "sekreterare"), ("Olof Brink", "ordförande"),
            ("Mona Ekdahl", "justerare"), ("Tore Lindh", "justerare")} <= found
    assert not {("Vera Sund", "ordförande"), ("Olof Brink", "justerare")} & found


def test_short_title_at_the_excerpts_end_after_a_blank(extract):
    """'... 48 Medarbetarcentrum ... 49 Intern kontrollplan ': the next title of a run, whose last word a blank ends,
    is kept as printed; one cut inside a word ('49 Intern kontr'), also before the file's last line break, is not."""
    text = ("1 Protokoll Direktionen 2013-09-20\n\n3 47 Samverkan med högskolan Rektor informerar. 48 "
            "Medarbetarcentrum Chefen informerar om verksamheten. 49 Intern kontrollplan ")
    assert titles(extract(text)).get(49) == "Intern kontrollplan"
    assert 49 not in titles(extract(text.rstrip()[:-5]))
    assert 49 not in titles(extract(text.rstrip()[:-5] + "\n"))     # a file's closing line break tells nothing


def test_decision_clause_after_the_title(extract):
    """'44 Fastställande av dagordning att fastställa dagordningen 45 Val av justerare': an 'att'-clause that opens
    with a deciding verb is the decision (its 'beslutar' dropped), not the title's; 'Förslag om att anta ...' is a
    title."""
    text = ("1 Protokoll Direktionen 2013-09-20\n\n3 44 Fastställande av dagordning att fastställa dagordningen 45 "
            "Val av justerare Eva Lund (C) utses att justera. 46 Förslag om att anta ny taxa Direktionen beslutar att "
            "anta taxan.\n")
    found = titles(extract(text))
    assert found.get(44) == "Fastställande av dagordning"
    assert found.get(46) == "Förslag om att anta ny taxa"


def test_next_number_inside_a_pages_first_title(extract):
    """'3(13) 10 Beslutad ärendelista 11 Delegationsordning för valnämnden': the next number inside the title that
    opens a page is the next item's."""
    text = ("1 1(13) Plats och tid Stadshuset Beslutande Göran Ek (S) ordf.\n\n"
            "2 2(13) Utses att justera Kate Berg (C)\n\n"
            "3 3(13) 10 Beslutad ärendelista 11 Delegationsordning för valnämnden\n\n"
            "4 4(13) Dnr Delegationsordning för valnämnden Valnämnden antar delegationsordningen.\n")
    found = titles(extract(text))
    assert found.get(10) == "Beslutad ärendelista"
    assert found.get(11) == "Delegationsordning för valnämnden"


def test_body_name_and_abbreviation_over_an_item(extract):
    """'3 Tekniska nämnden TN 101 Sammanträdets öppnande Dagordningen godkännes': a page head that names the body and
    its abbreviation, then the item's number, opens the page's item."""
    text = ("1 Tekniska nämnden Protokoll 2007-06-12 Plats och tid Stadshuset kl 13.00 Beslutande Hans Ek (S) "
            "ordförande Eva Lind (M) Per Ås (C) Övriga närvarande Viola Berg, nämndsekreterare\n\n"
            "2 Utses att justera Eva Lind Underskrifter Sekreterare Viola Berg Ordförande Hans Ek Justerande Eva Lind "
            "ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n\n"
            "3 Tekniska nämnden TN 101 Sammanträdets öppnande Dagordningen godkännes i befintligt skick. Till att "
            "justera dagens protokoll utses Eva Lind. Sammanträdet ajourneras för överläggningar i grupperna.\n")
    assert titles(extract(text)).get(101) == "Sammanträdets öppnande"


def test_short_front_page_is_a_page(extract):
    """'1 Kommunala rådet protokoll Kl. 13:00 16:00 Konferensrum 1' over a numbered page '2 2(15)': a short first line
    numbered 1 is the front page, not item 1, even where the §§ run from 1."""
    text = ("1 Kommunala rådet protokoll Kl. 13:00 16:00 Konferensrum 1, Storgatan 60\n\n"
            "2 2(15) Plats och tid Konferensrum 1, den 26 februari 2019 Paragrafer 1-5 Ledamöter Lise Ek, M, "
            "ordförande Per Lund, C Övriga närvarande Magnus Berg, sekreterare och mycket annat som står här\n\n"
            "3 3(15) 1 Kulturstrategi Lena Holm informerar om arbetet med en ny strategi för kommunen.\n")
    found = titles(extract(text))
    assert found.get(1) == "Kulturstrategi"


def test_page_number_after_the_page_head_before_the_committees_item(extract):
    """'2 RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 2 AU 1 Dnr Kommunförbundets anhållan ...': the number after the page
    head's PROTOKOLL is the page's, and 'AU 1' after it the working committee's own item."""
    text = ("1 KOMMUNEN SAMMANTRÄDESPROTOKOLL 1 (29) Plats och tid Stadshuset Beslutande Jan Palm, s, ordförande Eva "
            "Ek, m Per Ås, c Övriga deltagare Ulla Berg, sekreterare Utses att justera Eva Ek Paragrafer 1-3\n\n"
            "2 KOMMUNEN SAMMANTRÄDESPROTOKOLL 2 AU 1 Dnr Kommunförbundets anhållan om förslag på ledamot Förbundet "
            "anhåller om förslag på en ledamot och en ersättare i styrelsen under tiden fram till nästa val.\n")
    found = titles(extract(text))
    assert found.get(1, "").startswith("Kommunförbundets anhållan")
    assert 2 not in found


def test_body_genitive_opens_the_body(extract):
    """'SN 66 Dnr 24/06 Budgetuppföljning 2006 Socialnämndens uppföljning av ...': the body's genitive after a number
    opens the § body; after a lower-case word ('att föra Nämndens talan') it is the title's."""
    text = ("1 Socialnämnden Protokoll 2006-05-24 Plats och tid Kommunhuset kl 13.00 Beslutande Anna Ek (S) "
            "ordförande Per Lund (M) Eva Ås (C) Övriga närvarande Maria Berg, sekreterare Utses att justera Per Lund\n\n"
            "2 Socialnämnden SN 66 Dnr 24/06 Budgetuppföljning 2006 Socialnämndens uppföljning av budgeten per april "
            "månad med prognos för helåret och en analys av avvikelserna mot budget, som förvaltningen redovisar.\n\n"
            "3 Socialnämnden SN 67 Dnr 25/06 Fullmakt att föra Socialnämndens talan i domstol Nämnden beslutar att "
            "ge förvaltningschefen fullmakt att föra nämndens talan i alla mål som rör socialtjänsten.\n")
    found = titles(extract(text))
    assert found.get(66) == "Budgetuppföljning 2006"
    assert found.get(67, "").startswith("Fullmakt att föra Socialnämndens talan")


def test_attendance_list_titled_narvaroforteckning(extract):
    """'2 Protokoll 2(51) Närvaroförteckning landstingsfullmäktige Östra valkretsen Anna Ek (S) ...': a capitalised
    'Närvaroförteckning' in a flattened page heads the list of those present, also before lower-case words."""
    text = ("1 Protokoll 1(51) Tid och plats Sessionssalen den 25 november 2014 Beslutande Enligt närvaroförteckning "
            "Utses att justera Ella Berg (S) Sekreterare Ordförande Justerande Karin Lund Maja Holm (S) Ella Berg (S) "
            "Organ BEVIS Justeringen har tillkännagivits genom anslag\n\n"
            "2 Protokoll 2(51) Närvaroförteckning landstingsfullmäktige Östra valkretsen Maja Holm (S) Bengt Ekvall (S) "
            "Robert Ulf (S) Cathrine Blom (S) Tahar Khalil (S) Elisabet Sundin (M) Anton Hammar (S) Berit Janson (C) "
            "Västra valkretsen Lena Bäck (S) Mikael Abrahamsson (S) Johnny Spring (S) Ella Berg (S) Jörgen Larsson (C)\n")
    found = attendance(extract(text))
    assert all(found.get(n) is True for n in ("Bengt Ekvall", "Tahar Khalil", "Berit Janson", "Jörgen Larsson"))


def test_form_labels_all_first_then_the_rosters_names(extract):
    """'Beslutande Ledamöter Tjänstgörande ersättare Övriga deltagande Ersättare Tjänstemän Underskrifter <place>
    Mona Ek (S) ...': a form that prints all its labels first and the values after them; the names are a roster
    (not signers under 'Underskrifter'), the rows before the first deputy who serves for a member are the members'."""
    text = ("1 FÖRBUNDET Styrelse SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Plats och tid Omfattning Beslutande "
            "Ledamöter Tjänstgörande ersättare Övriga deltagande Ersättare Tjänstemän m.fl för justering Underskrifter "
            "Förbundskontoret, klockan 09.00 Mona Jansson (S) Tomas Stjern (MP) Birgitta Axell (V) Britt Dickson (M) "
            "Berit Rudolf (C) Mona Magnusson (M), ersätter Marcus Lindgren (C) Stig Pettersson (S) Ylva Hällberg (S) "
            "Joakim Holm, förbundschef Ingegerd Alm, sekreterare\n\n2 FÖRBUNDET Styrelse 10 Utdelning av kapitalet "
            "Styrelsen beslutar att dela ut kapitalet.\n")
    found = roles(extract(text))
    assert {("Mona Jansson", "ledamot"), ("Britt Dickson", "ledamot"), ("Berit Rudolf", "ledamot"),
            ("Mona Magnusson", "tjänstgörande ersättare")} <= found
    assert ("Mona Jansson", "ersättare") not in found


def test_member_and_deputy_columns_run_together_leave_the_seat_untold(extract):
    """'Kommun/landsting Ledamot Ersättare Askersund Bo Trygg (s) Calle Ohlin (m) ...': a table's header naming the
    members' and the deputies' columns, flattened over one run of names: whose column a name is in is not told, so
    nobody is read as a deputy."""
    text = ("1 REGIONFULLMÄKTIGE Protokoll 2008-03-06 Plats och tid Rådhuset Beslutande Enligt närvarolista\n\n"
            "2 Närvarolista Kommun/landsting Ledamot Ersättare Askersund Bo Trygg (s) Calle Ohlin (m) Erik Englund (m) "
            "Gunilla Hög (fp) Degerfors Robert Mörk (s) Roland Halvar (v) Hallsberg Kicki Johansson (s) Ewa Unevik (m) "
            "Hällefors Sture Bäck (s) Christina Johansson (m)\n")
    ex = extract(text)
    assert {"Bo Trygg", "Robert Mörk", "Ewa Unevik"} <= {n for n, _r in roles(ex)}
    assert not {(n, r) for n, r in roles(ex) if r == "ersättare"}


def test_adjusters_under_ordinarie_after_the_label(extract):
    """'Utses att justera: Ordinarie Lennart Pettersson (s) ...': the adjusters' own sub-label ('Ordinarie', before the
    deputy adjusters) stands between the label and the name."""
    text = ("1 Protokoll Plats och tid: Rådhuset Beslutande: Enligt närvarolista Sekreterare: Karin Fors\n"
            "Utses att justera: Ordinarie Lennart Pettersson (s)\n\n§ 1 Val av justerare\nFullmäktige beslutar.\n")
    assert ("Lennart Pettersson", MeetingRoleKind.ADJUSTER) in meeting_roles(extract(text))


def test_stacked_labels_closed_by_the_justering_labels(extract):
    """'Plats ande Ledamöter Tjänstgörande ersättare Övriga närvarande Ersättare Tjänstemän Justering Justerare <place>
    Eva Holm, (c) ordförande Per Ek (m) ...': the justering labels close the stack of roster headings; the names after
    them are the roster's, the members first."""
    text = ("1 Förbundsstyrelsen (19) Tid Onsdagen den 28 oktober 2009, kl Plats ande Ledamöter Tjänstgörande ersättare "
            "Övriga närvarande Ersättare Övriga förtroendevalda Tjänstemän Övriga Justering Justerare Huset, Vägen 12, "
            "Växjö Eva Holm, (c) ordförande Sune Frank (m) Arne Karl (m) Paul Johns (c) Bengt Germund (kd) "
            "Kjell Jorm (mp) ersättare för Monica Hall (s) Kent Alrik (m) ersättare för Bo Franzén (m) Carina Bengt (c), "
            "Lena Karl (c) Underskrifter Sekreterare Ordförande Justerande Ulrika Gustafsson Eva Holm (c) Arne Karl (m) "
            "Paragrafer\n\n2 (19) ANSLAG/BEVIS Protokollet är justerat.\n")
    found = roles(extract(text))
    assert {("Sune Frank", "ledamot"), ("Bengt Germund", "ledamot"), ("Kjell Jorm", "tjänstgörande ersättare")} <= found


def test_association_codes_in_brackets_are_what_members_represent(extract):
    """'Representanter från handikapporganisationerna Maja Ek (DF) Lars Holm (RTP) ...': where most tags are no party's,
    they are the codes of the associations the members speak for; the politicians' tags stay parties."""
    text = ("Kommunala handikapprådet\nBeslutande:\nSusanne Åker (FP), ordförande\nElla Karde (KD)\n"
            "Representanter från handikapporganisationerna\nMaja Ek (DF)\nLars Holm (RTP)\nGun Alm (STAM)\n"
            "Kerstin Häger (HRF)\nBertil Bengt (FUB)\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n")
    ex = extract(text)
    assert {"Maja Ek": "DF", "Lars Holm": "RTP", "Bertil Bengt": "FUB"}.items() <= represents(ex).items()
    assert "Susanne Åker" not in represents(ex)


def test_association_codes_as_cells_are_what_members_represent(extract):
    """'Gertrud Nyberg, PRO / Inger Breil, PRO / Alvi Berg, SPF': a code in capitals after the names of three rows or
    more that name no party is the association each member speaks for, not a title."""
    text = ("Kommunala pensionärsrådet\nLedamöter\nGertrud Nyberg, PRO\nInger Breil, PRO\nAlvi Berg, SPF\n"
            "Marit Borg, SKPF\nPer Lund, C, ordförande\n\n§ 1 Kulturstrategi\nLena Holm informerar.\n")
    assert {"Gertrud Nyberg": "PRO", "Alvi Berg": "SPF", "Marit Borg": "SKPF"}.items() <= represents(extract(text)).items()
    two = text.replace("Alvi Berg, SPF\nMarit Borg, SKPF\n", "")
    assert "Gertrud Nyberg" not in represents(extract(two))


def test_deputy_in_brackets_after_the_name_serves_for_the_member(extract):
    """'Tomas Bäck (M) (ers Marita Josefsson (M))': 'ers' opening a bracket names the member the row's deputy serves
    for, who is absent, not a row of her own."""
    text = ("PROTOKOLL 1(8)\nBeslutande:\nMaria Frisk (KD) ordförande\nTomas Bäck (M) (ers Marita Josefsson (M))\n"
            "Per Svenberg (S)\n\n§ 18 Val av protokolljusterare\nNämnden utser Per Svenberg.\n")
    ex = extract(text)
    assert attendance(ex).get("Marita Josefsson") is False
    assert ("Tomas Bäck", "tjänstgörande ersättare") in roles(ex)


def test_political_secretaries_head_a_group(extract):
    """'Politiska sekreterare Johan Holm (MP) Nanna Siewert (L) Övriga närvarande ...' in a flattened page: a group of
    people present who hold no seat."""
    text = ("1 1 (35) Protokoll från nämnden den 16 juni 2017 Tid: 10:00 Plats: Huset Närvarande Birgitta Los, "
            "ordförande (MP) Ulf Ek, 1:a vice ordförande (C) Tommy Jansson (S) Lena Malm (S) Peter Ros (S) Justerare "
            "Lena Malm (S) Datum och ort för justering Den 20 juni 2017 i Vänersborg\n\n"
            "2 2 (35) Politiska sekreterare Johan Holm (MP) Nanna Siewert (L) Cecilia Andersson (C) Thomas Palm (KD) "
            "Övriga närvarande Helena Nilsson, (regionutvecklingsdirektör) Pernilla Thorvald, (nämndsekreterare) och "
            "fler tjänstepersoner som inte räknas upp här\n")
    found = attendance(extract(text))
    assert all(found.get(n) is True for n in ("Johan Holm", "Nanna Siewert", "Thomas Palm"))
    assert ("Johan Holm", "ledamot") not in roles(extract(text))
