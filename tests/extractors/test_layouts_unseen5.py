"""Conventions first met in a fifth blind check (18 stored protocol pages of nämnder, kommunstyrelser,
kommunalförbund and landsting nobody on the team had read, scored before any rule was written for them):
närvaro- och omröstningslistor with a legend of codes, a party column before the names, dates a converter
or a roster makes look like others; each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from pathlib import Path

from test_layouts import HEAD, attendance, meeting_roles, roles   # same folder (rootdir-less tests)
from test_layouts_unseen import people

from samgraf.extractors.meeting import find_date
from samgraf.model import Extraction, MeetingRoleKind


def parties(ex: Extraction) -> dict[str, str]:
    return {m.person.name: m.party.abbreviation for m in ex.memberships if m.party is not None}


#: A närvaro- och omröstningslista flattened to one line, its legend written "word = code".
VOTE_LIST = ("1 Socialnämnden Plats och tid Stadshuset kl 13.00 Beslutande Enligt förteckning Utses att justera "
             "Lisa Holm (S)\n\n2 Socialnämnden Närvarolista/omröstningsprotokoll Namn Närvarande = N 12 Frånvarande "
             "= F Ja Ja Tjänstgörande = Tj Nej Nej LEDAMÖTER Karin Ek (ordf) M N Ja Olof Sten M F - Pia Berg M N Ja "
             "Rut Lind (1:a vice) C N Ja Lisa Holm (2:a vice) S N Ja Per Dahl MP N Nej Ja Nej ERSÄTTARE "
             "Gustav Falk M NT Ja Eva Nord M N Sara Vik S N Totalt ledamöter och ersättare Närvarande Ja 4 Ja "
             "Frånvarande Nej 1 Nej Tjänstgörande Avstår 0 Avstår\n\n3 Socialnämnden § 31 Val av justerare\n")


def test_vote_list_rows_read_by_their_legend(extract):
    """'Närvarande = N Frånvarande = F Tjänstgörande = Tj', rows 'Name (role) party code vote': the letters after
    the name are the party, N present, F absent, NT present and serving; Ja/Nej are votes, not attendance."""
    ex = extract(VOTE_LIST)
    assert parties(ex) == {"Karin Ek": "M", "Olof Sten": "M", "Pia Berg": "M", "Rut Lind": "C", "Lisa Holm": "S",
                           "Per Dahl": "MP", "Gustav Falk": "M", "Eva Nord": "M", "Sara Vik": "S"}
    seen = attendance(ex)
    assert seen["Olof Sten"] is False and seen["Per Dahl"] is True and seen["Eva Nord"] is True
    assert {("Karin Ek", "ledamot"), ("Rut Lind", "vice ordförande"), ("Lisa Holm", "vice ordförande"),
            ("Gustav Falk", "tjänstgörande ersättare"), ("Sara Vik", "ersättare")} <= roles(ex)
    assert ("Sara Vik", "ledamot") not in roles(ex)          # "Totalt ledamöter och ersättare" ends the list
    assert not any("Avstår" in name for name in people(ex))


def test_party_column_before_names_with_bracketed_tags_too(extract):
    """'L Anna Berg, ordförande M Per Ek (M) M Eva Lund L Ola Sten tjänstgör för Eva Lund (M) C ...': each row's
    letters stand before its name; a bracketed tag is the row's own or, after 'tjänstgör för', the replaced
    member's, and the letters at the end of the row are the next row's."""
    ex = extract(HEAD + "1 SAMMANTRÄDESPROTOKOLL Plats och tid Sätila 15 december 2016 kl Beslutande L Anna Berg, "
                 "ordförande M Per Ek (M) M Eva Lund L Ola Sten tjänstgör för Eva Lund (M) C Kim Falk tjänstgör för "
                 "Bo Ahl (C) KD Elin Vik S Urban Holm Övriga närvarande Ej tjänstgörande S Lars Nord KD Eva Sand "
                 "Tjänstemän Lena Ilse, nämndsekreterare\n")
    assert parties(ex) == {"Anna Berg": "L", "Per Ek": "M", "Eva Lund": "M", "Ola Sten": "L", "Kim Falk": "C",
                           "Bo Ahl": "C", "Elin Vik": "KD", "Urban Holm": "S", "Lars Nord": "S", "Eva Sand": "KD"}


def test_observer_seat_heading(extract):
    ex = extract(HEAD + "Beslutande Anna Berg (S), ordförande\nPer Ek (M)\n\nErsättare Eva Lund (S)\n"
                 "Insynsplats Kim Holm (SD), oppositionsråd\n")
    assert ("Eva Lund", "ersättare") in roles(ex)
    assert ("Kim Holm", "ersättare") not in roles(ex)
    assert attendance(ex)["Kim Holm"] is True


def test_a_first_name_after_a_section_range_is_no_month():
    """'Hans Ek (M) 1-10 Jan Berg': '10 Jan' is a range of §§ and a first name, not the tenth of January."""
    text = ('Download "Stadshuset, Motala Tisdag 2010-01-12, kl 08:00-14:15"\n\n1 Tekniska nämnden Plats och tid '
            "Stadshuset Tisdag , kl 08:00 Beslutande Eva Ek (MP) Ordförande Hans Ek (M) 1-10 Jan Berg (FP)\n")
    assert str(find_date(text).date) == "2010-01-12"


def test_a_yearless_date_under_the_adjustment_label_on_the_line_above():
    text = ("Utses att justera Nils Berg\n\nJusteringens plats och tid\n\nMåndagen den 19 september, kansliet\n\n"
            "Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ och\n\n"
            "sammanträdesdatum Barn- och utbildningsnämnden 2016-09-15\n\nAnslaget sätts upp 2016-09-21\n")
    assert str(find_date(text).date) == "2016-09-15"


def test_time_label_mid_line_beats_a_date_in_the_page_title():
    text = ('Download "Stora salen. se nästa sida. Bo Ek Miljöförvaltningen 2013-04-02. Miljönämnden"\n\n'
            "1 Sammanträdesdatum s. 1 (57) Plats Stora salen Tid Tisdagen den 26 februari 2013, kl Beslutande\n")
    assert str(find_date(text).date) == "2013-02-26"


def test_a_yearless_date_takes_the_year_of_the_header_number():
    text = ("1 PROTOKOLL 1(18) Landstingets kansli LS 9/2012 Landstingsstyrelsen Tid Tisdagen den 11 december, kl "
            "Plats Närvarande ledamöter Anna Ek (M), ordförande\n")
    assert str(find_date(text).date) == "2012-12-11"


def test_role_column_after_the_names_with_serving_deputies(extract):
    """A roster table flattened as all names, then all roles: 'ledamot ledamot ... tjänstgörande ersättare' is a
    column zipped onto the names in order, not a table header of repeated words."""
    ex = extract(HEAD + "Beslutande\nJan Ek (M)\nEva Lund (M)\nPer Holm (S)\nOla Berg (S)\nKim Sand (C)\n"
                 "ordförande 1:e vice ordförande ledamot ledamot tjänstgörande ersättare\n"
                 "Övriga närvarande\nLisa Vik (M) ersättare\n")
    assert {("Jan Ek", "ordförande"), ("Eva Lund", "vice ordförande"), ("Per Holm", "ledamot"),
            ("Ola Berg", "ledamot"), ("Kim Sand", "tjänstgörande ersättare")} <= roles(ex)


def test_tjg_after_a_name_under_beslutande_is_a_serving_deputy(extract):
    ex = extract(HEAD + "Beslutande\nMona Sand (S) tjg för Paula Ek (S)\nDan Berg (S)\nRolf Lind (C) tjg\n"
                 "Mikael Holm (M), ordförande\n")
    assert {("Mona Sand", "tjänstgörande ersättare"), ("Rolf Lind", "tjänstgörande ersättare")} <= roles(ex)
    assert ("Dan Berg", "tjänstgörande ersättare") not in roles(ex)


def test_stacked_column_headings_seat_members_before_the_first_serving_deputy(extract):
    """'Ordinarie ledamöter Tjänstgörande ersättare Närvarande ersättare Övriga' over all the names: the rows
    before the first 'X för Y' are members, the 'för' rows serve; the rest is not told."""
    ex = extract("1 SAMMANTRÄDESPROTOKOLL Plats och tid Landstingshuset, kl Ordinarie ledamöter Tjänstgörande "
                 "ersättare Närvarande ersättare Övriga Kjell Ek (S), 1:e vice ordf Anna Lund (M) Maja Berg, "
                 "Syngruppen Leif Sand (V) för Sören Holm (S) Rolf Nord för Kickan Fält, Psykgruppen Axel Vik (C) "
                 "Ulla Dahl, sekreterare Utses att justera Anna Lund\n")
    assert {("Kjell Ek", "ledamot"), ("Anna Lund", "ledamot"), ("Maja Berg", "ledamot"),
            ("Leif Sand", "tjänstgörande ersättare"), ("Rolf Nord", "tjänstgörande ersättare")} <= roles(ex)
    assert not {("Axel Vik", "ledamot"), ("Ulla Dahl", "ledamot")} & roles(ex)
    assert attendance(ex).get("Kickan Fält") is False


def test_a_bracketed_note_on_a_row_does_not_end_the_roster(extract):
    ex = extract(HEAD + "LEDAMÖTER\nAnton Ek (S), ordförande\nPelle Lund (C) Kl (Med under föredragningar samt beslut "
                 "för 19)\nTjg ersättare: Niklas Berg (S) Kl (Beslutande för 20 36)\nElin Sand (C) 1 1\nMaria Holm (S)\n")
    assert {("Pelle Lund", "ledamot"), ("Elin Sand", "ledamot"), ("Maria Holm", "ledamot")} <= roles(ex)


def test_signature_labels_with_the_adjustment_line_between_and_blank_lines_doubled(extract):
    """A PDF's text with a blank line after every line: 'Underskrifter / Sekreterare / <place, date> / Ordförande /
    Justerande / three names', the names in the labels' order."""
    lines = ["Beslutande Birgitta Ek, ordförande", "Sven Lund", "Bengt Holm", "Övriga deltagare Agneta Berg, "
             "administrativ assistent", "Justeringens plats", "och tid", "Paragrafer 1- 18", "Underskrifter",
             "Sekreterare", "Kommunkontoret, onsdag den 18 mars 2009 kl. 16.00", "Ordförande", "Justerande",
             "Agneta Berg", "Birgitta Ek", "Bengt Holm", "Datum för anslags uppsättande 2009-03-19"]
    ex = extract(HEAD + "\n     \n\n".join(lines) + "\n")
    assert {("Agneta Berg", MeetingRoleKind.SECRETARY), ("Birgitta Ek", MeetingRoleKind.CHAIR),
            ("Bengt Holm", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)


def test_acting_chair_is_no_serving_deputy_and_officials_keep_their_titles(extract):
    ex = extract(HEAD + "Beslutande Lars Ek (S), tjänstgörande ordförande Nils Berg (L), 2:e vice ordförande\n"
                 "Ersättare Daniel Sand (S), Lena Holm (V)\nAnna Lund, skolchef förskolan Hans Vik, skolchef "
                 "grundskolan\n")
    assert ("Lars Ek", "tjänstgörande ersättare") not in roles(ex)
    assert ("Lena Holm", "ersättare") in roles(ex)
    assert not {("Anna Lund", "ersättare"), ("Hans Vik", "ersättare")} & roles(ex)


def test_a_page_number_repeated_after_the_converters_is_no_section(extract):
    """docplayer's '2 ' before a page whose own number is printed too ('2 2 Ej tjänstgörande ...'); a case number
    the converter dropped leaves 'Dnr' before the title."""
    page = "Beslutande Anna Ek (S), ordförande Per Lund (M) Ersättare Eva Sand (C) " * 3
    ex = extract("1 KOMMUNSTYRELSEN Sammanträdesprotokoll " + page + "\n\n2 2 Ej tjänstgörande ersättare: Bo Holm (M) "
                 + page + "\n\n3 3 40 Dnr Införande av lagen om valfrihet inom hemtjänsten Sammanfattning Kommunen "
                 "beslutade i budgeten att införa ett ersättningssystem.\n")
    assert [(a.number, a.title[:29]) for a in ex.agenda] == [(40, "Införande av lagen om valfrih")]


def test_signature_labels_over_names_end_the_roster_above(extract):
    """'Övriga / Ewa Lind, Kommundirektör / Ordförande Justerare / Anna Ek Wendla Lund Nämndsekreterare': the labels
    are the signers' (whose names ran together), not the last row's roles."""
    ex = extract(HEAD + "Beslutande ledamöter\nAnna Ek (S), ordförande, Hallsbergs kommun\nPer Lund (C), Laxå kommun\n"
                 "Övriga\nMadeline Berg, Kommunchef\nEwa Lind, Kommundirektör\nOrdförande Justerare\n"
                 "Anna Ek Wendla Lund Nämndsekreterare\nGustav Olsson 1\n")
    assert not {(n, r) for n in ("Madeline Berg", "Ewa Lind") for r in ("ordförande", "justerare")} & roles(ex)
    assert "Anna Ek Wendla Lund" not in people(ex)


def test_a_political_secretary_is_no_secretary_of_the_meeting(extract):
    ex = extract(HEAD + "Övriga närvarande Thomas Berg, Kommunförbundet Skaraborg Elise Holm (m), politisk sekreterare "
                 "Rigmor Sand (v), politisk sekreterare\nSekreterare Thomas Forsberg\n")
    assert ("Elise Holm", MeetingRoleKind.SECRETARY) not in meeting_roles(ex)
    assert ("Elise Holm", "sekreterare") not in roles(ex)


def test_body_prefixed_numbers_and_filing_codes_stay_out_of_titles(extract):
    """'Mbhn 12 Information Mbhn 13 Dnr 36/2009 049 Uppföljning ...': the body's abbreviation before each number
    and a filing code after the case number are no part of a title."""
    page = ("1 SAMMANTRÄDESPROTOKOLL Miljönämnden Plats och tid Kommunhuset kl 13.00 Beslutande Anna Ek (s) Utses "
            "att justera Anna Ek Paragrafer 12-14 Ärendeförteckning Mbhn 12 Information Mbhn 13 Dnr 36/2009 049 "
            "Uppföljning av intern kontrollplan 2009 Mbhn 14 Dnr 108/2010 049 Intern kontrollplan 2010\n")
    titles = {a.number: a.title for a in extract(page).agenda}
    assert titles.get(12) == "Information"
    assert titles.get(13, "").startswith("Uppföljning av intern kontrollplan")


def test_company_board_headings_in_the_definite_form(extract):
    ex = extract(HEAD + "Närvarande:\n\nOrdföranden Karin Berg (m)\n\nVice ordföranden Tove Lind (s)\n\nLedamöterna\n"
                 "Ann Ek (v)\nUlf Holm (fp)\n\nSuppleanterna\nAnders Sand (kd)\n\nPersonalrepresentanten\nCurt Dahl\n\n"
                 "Ersättare\nKjell Vik\n\nVerkställande direktören\nGöran Wik\n")
    assert {("Karin Berg", "ordförande"), ("Tove Lind", "vice ordförande"), ("Ann Ek", "ledamot"),
            ("Anders Sand", "ersättare"), ("Kjell Vik", "ersättare")} <= roles(ex)
    assert not {("Anders Sand", "ledamot"), ("Göran Wik", "ersättare"), ("Curt Dahl", "ledamot")} & roles(ex)


def test_all_members_but_those_named_are_present(extract):
    """'Beslutande Kommunfullmäktiges samtliga ledamöter med undantag för A (KP), B (M) och C (S).': the named
    members are absent."""
    ex = extract("Sammanträdesprotokoll Sida 1(18) Plats och tid Sessionssalen, onsdag den 29 augusti 2012 kl. "
                 "14.00-16.50 Beslutande Kommunfullmäktiges samtliga ledamöter med undantag för Lars Berg (S), "
                 "Kenneth Ek (M) och Eva Holm (S). Övriga närvarande Jonas Lund, kommunsekreterare Utses att "
                 "justera Anna Sand (S)\n")
    seen = attendance(ex)
    assert seen.get("Lars Berg") is False and seen.get("Kenneth Ek") is False and seen.get("Eva Holm") is False
    assert ("Kenneth Ek", "ledamot") in roles(ex)


def test_choosing_someone_for_a_prize_is_no_adjustment(extract):
    ex = extract(HEAD + "§ 5 Miljöpris\n\nBeslut\n\nMiljönämnden utser Hans Berg till mottagare av 2012 års miljöpris.\n\n"
                 "§ 6 Val av justerare\n\nStyrelsen utser Eva Lund (S).\n")
    assert ("Hans Berg", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)
    assert ("Eva Lund", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)


def test_an_abbreviated_title_after_a_name_is_no_surname(extract):
    ex = extract(HEAD + "Övriga\nEva-Lena Sand Bitr. förvaltningschef, Serviceförvaltningen\nOla Berg, ekonom\n")
    assert "Eva-Lena Sand" in people(ex)


def test_the_chair_in_the_definite_form_inside_a_sentence_is_no_role_of_the_next_name(extract):
    """'arbetsutskottet utgörs av ordföranden, vice ordföranden och Maria Leijon' (our third corpus): the definite
    forms are headings of a company board's roster only, never a role word in prose."""
    text = (Path(__file__).parents[1] / "fixtures" / "corpus3" / "protocols" / "c3_07_consensus_2023_konst.txt").read_text()
    ex = extract(text)
    assert ("Maria Leijon", "ledamot") in roles(ex)
    assert ("Maria Leijon", "ordförande") not in roles(ex)
    assert ("Maria Leijon", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_one_signature_label_over_a_member_already_listed_ends_the_roster(extract):
    """'Övriga / Peter Lind, Tf Kommundirektör / Ordförande / Anna Ek / Justerare / Bo Sand': Anna Ek's row came
    before, so the label is her signature's, not Peter Lind's role; under a bare name a label is its caption."""
    ex = extract(HEAD + "Beslutande ledamöter\nAnna Ek (S), ordförande, Laxå kommun\nBo Sand (KD), Laxå kommun\n"
                 "Övriga\nMadeline Berg, Kommunchef\nPeter Lind, Tf Kommundirektör\nOrdförande\nAnna Ek\nJusterare\n"
                 "Bo Sand\n")
    assert ("Peter Lind", "ordförande") not in roles(ex)
    ex = extract(HEAD + "Övriga närvarande\nKatarina Holm, ungdomsledare\n\nElektroniska underskrifter\n\n"
                 "Emilia Berg\nordförande\nKatarina Holm\nprotokollförare\n")
    assert ("Katarina Holm", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_a_municipality_a_narrow_column_broke_before_kommun(extract):
    ex = extract(HEAD + "Beslutande ledamöter\nAndreas Ek (S), ordförande, Hallsbergs\nkommun\nWendla Berg (C), vice "
                 "ordförande,\nLekebergs kommun\nBo Sand (KD), Laxå kommun\n")
    reps = {m.person.name: m.represents.label for m in ex.memberships if m.represents is not None}
    assert reps.get("Andreas Ek") == "Hallsbergs kommun" and reps.get("Bo Sand") == "Laxå kommun"
