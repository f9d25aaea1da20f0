"""Conventions first met in a forty-first to forty-fourth blind check (stored protocol pages nobody on the team had
read: Finland-Swedish and Åland councils, a Finland-Swedish federation's board, Swedish nämnder and förbund); each is
tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, roles

from samgraf.extractors.names import find_reversed_names, writes_names_reversed
from samgraf.extractors.roles import find_roles, normalize_role
from samgraf.extractors.roster import parse_header
from samgraf.model import MeetingRoleKind

ALAND_HEAD = "SALTÖ KOMMUN PROTOKOLL Sammanträdesdatum Nr KOMMUNFULLMÄKTIGE 3/09 Sammanträdestid Torsdag kl 19:00 "


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_a_table_of_who_sat_when(extract):
    """'Deltagare Namn kl. Uppg Närv. Abrahamsson Anna 18:00-20:30 ledamot ...': a Finland-Swedish fullmäktige's table
    of each member's hours and seat, surname first, the presence column empty. Nobody had been read: the hours
    between name and seat hid the surname-first rows, and the header's words were unknown."""
    ex = extract("1/ Fullmäktige Tid , kl. 18:00-20:30 Plats Rådhussalen\nDeltagare\nNamn kl. Uppg Närv.\n"
                 "Abrahamsson Anna 18:00-20:30 ledamot\nBackström Anders 18:00-20:30 ledamot\n"
                 "Hämäläinen Monika 18:00-20:30 I ersättare\nJalas Jyri 18:30-20:30 ledamot 8-15\n"
                 "Liljeström Christel 18:00-20:30 fullmäktige ordf.\nNyberg Kasper 18:00-20:30 fullmäktige II viceordf.\n"
                 "§ 1 Sammanträdets laglighet och beslutförhet\n")
    found = attendance(ex)
    assert {"Anna Abrahamsson", "Anders Backström", "Monika Hämäläinen", "Jyri Jalas", "Christel Liljeström",
            "Kasper Nyberg"} <= {name for name, present in found.items() if present}
    assert {("Anna Abrahamsson", "ledamot"), ("Monika Hämäläinen", "ersättare"), ("Christel Liljeström", "ordförande"),
            ("Kasper Nyberg", "vice ordförande")} <= roles(ex)


def test_an_hours_column_makes_a_header_only_beside_a_presence_column():
    """'Namn kl. Uppg Närv.' heads a table; a converter's title 'Protokoll 1/ Namn kl. Uppg' does not (it had opened
    an empty table over the real one)."""
    assert parse_header("Namn kl. Uppg Närv.") is not None
    assert parse_header("Protokoll 1/ Namn kl. Uppg") is None


def test_an_aland_roll_with_marks_run_together(extract):
    """'Beslutande, sammanträdesrummet x Mattsson, Lars-Åke, ordförande x Lycke, Per, viceordf. - Eriksson Viveka ...':
    a cross for present and a dash for absent before each 'Efternamn, Förnamn', the place's field run in after the
    heading. Nobody had been read; a surname that is also a first name (Lycke, Erland) opens a row after its mark."""
    ex = extract(ALAND_HEAD + "Beslutande, sammanträdesrummet x Mattsson, Lars-Åke, ordförande x Lycke, Per, viceordf. "
                 "- Eriksson Viveka x Karlsson, Sören x Rögård, Christian - Johns Elof x Lindström, Dick - Jalava, Petra "
                 "x Erland, Olof x Pastoor, Frederik - Gestberg, Solveig Övriga närvarande x Höglund Roger, kst ordförande "
                 "Paragrafer 68-78\n")
    found = attendance(ex)
    assert {n for n, p in found.items() if p} >= {"Lars-Åke Mattsson", "Per Lycke", "Sören Karlsson",
                                                   "Christian Rögård", "Dick Lindström", "Olof Erland",
                                                   "Frederik Pastoor", "Roger Höglund"}
    assert {n for n, p in found.items() if p is False} == {"Viveka Eriksson", "Elof Johns", "Petra Jalava",
                                                           "Solveig Gestberg"}
    assert ("Lars-Åke Mattsson", "ordförande") in roles(ex) and ("Per Lycke", "vice ordförande") in roles(ex)
    assert ("Roger Höglund", "ordförande") not in roles(ex)       # the kommunstyrelse's chair, a guest here


def test_a_mark_opens_a_comma_row_whose_surname_is_a_first_name():
    """'x Lycke, Per': after a roll's mark, as at a line's start, the row's name is read though Lycke is a first
    name; in running text it is not ('Kjell Lycke, Per ...' stays as written)."""
    names = [n for _s, _e, n in find_reversed_names("x Höglund, Roger, ordförande x Lycke, Per, viceordf")]
    assert names == ["Roger Höglund", "Per Lycke"]


def test_another_bodys_letters_before_a_chair_make_it_that_bodys_title():
    """'kst ordförande', 'kfge I vice ordförande': the kommunstyrelse's or fullmäktige's chair, not this board's."""
    assert [r.role for r in find_roles("Höglund Roger, kst ordförande")] == ["kst ordförande"]
    assert [r.role for r in find_roles("Lycke Per, KF vice ordförande")] == ["kf vice ordförande"]
    assert [r.role for r in find_roles("Lycke Per, vice ordförande")] == ["vice ordförande"]


def test_ordinals_written_out_before_a_bare_vice():
    """'Lindblom, Regina, andre vice', 'I vice ordf.': a vice chair."""
    assert normalize_role("andre vice") == "vice ordförande"
    assert normalize_role("förste vice") == "vice ordförande"
    assert normalize_role("II vice ordf.") == "vice ordförande"
    assert normalize_role("vice") is None


def test_a_dated_justering_field_whose_date_was_lost(extract):
    """'Protokolljustering Godby den på kommungården Bernt Ek Jana Berg Protokollet framlagt': the date gone in
    conversion, the room after it; the two signers are the justerare."""
    ex = extract(ALAND_HEAD + "Paragrafer Underskrifter Ordförande Sekreterare Roger Höglund Protokolljustering Godby "
                 "den på kommungården Bernt Randelin Jana Ekebom Protokollet framlagt till påseende Godby den\n")
    assert {("Bernt Randelin", MeetingRoleKind.ADJUSTER), ("Jana Ekebom", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)


def test_a_roll_of_boxes_under_beslutande_ordinarie(extract):
    """'Beslutande ordinarie [ ] Kronqvist Bo, ordförande [X] Kengo Anna ...': the members of a fullmäktige, each box
    before 'Efternamn Förnamn', ticked for present. 'Beslutande ordinarie' had not stood as a heading and most of the
    roll was lost."""
    ex = extract("Protokoll 2/2019 Organ Sammanträdestid torsdag kl Sammanträdesplats Stadshuset Beslutande ordinarie "
                 "[ ] Kronqvist Bo, ordförande [X] Kengo Anna [X] Blomqvist Robert [X] Lindvall Mikael, I viceordf. "
                 "[ ] Caldén Anna [X] Lawast Sören [X] Nylund Elin [X] Grahn Stefan [X] Palm Maria [ ] Saari Ted "
                 "[X] Häger Carita Frånvarande: Caldén Anna, Kronqvist Bo, Saari Ted, som samtliga anmält förhinder. "
                 "Övriga närvarande Brandt Mats, stadsdirektör Underskrifter Mikael Lindvall Stefan Grahn ordförande "
                 "protokolljusterare\n")
    found = attendance(ex)
    assert {n for n, p in found.items() if p} >= {"Anna Kengo", "Robert Blomqvist", "Mikael Lindvall", "Sören Lawast",
                                                   "Elin Nylund", "Stefan Grahn", "Maria Palm", "Carita Häger"}
    assert found["Bo Kronqvist"] is False and found["Ted Saari"] is False
    assert {("Anna Kengo", "ledamot"), ("Bo Kronqvist", "ordförande"), ("Mikael Lindvall", "vice ordförande")} <= \
        roles(ex)


FEDERATION = ("Protokoll: Plats: Styrelsemöte 3/2015 Tid: 11 september 16:30 19:00 Beslutande: Blomqvist Thomas "
              "ordförande Lindgrén Jan viceordförande Dannbäck Erik MNBF Dahl Bernt Forsström Birgitta Damarbete "
              "Hellström Gunnel Holopainen Sabina Ungdomsarbete Wasenius Toni Johansson Tor SÖR Backlund Gunnar "
              "Karlsson Kaj-Johan Paragrafer 32-44 Underskrifter Ordförande Jan Lindgrén Protokollförare Jan Lindgrén "
              "Protokolljusterare Birgitta Forsström Hans-Peter Lindgren\n")


def test_a_surname_first_run_with_group_labels_between_its_names(extract):
    """'Dahl Bernt Forsström Birgitta Damarbete Hellström Gunnel ...': a federation's board, surname first, its
    member groups' labels in between; the labels had broken the pairs and the roster was read first name first
    (three people of twenty)."""
    assert writes_names_reversed(FEDERATION)
    ex = extract(FEDERATION)
    assert {"Thomas Blomqvist", "Jan Lindgrén", "Erik Dannbäck", "Bernt Dahl", "Birgitta Forsström", "Gunnel Hellström",
            "Sabina Holopainen", "Toni Wasenius", "Tor Johansson", "Gunnar Backlund", "Kaj-Johan Karlsson"} <= \
        {n for n, p in attendance(ex).items() if p}
    assert ("Thomas Blomqvist", "ordförande") in roles(ex)      # 'Thomas' before the role is no body's genitive
    # the justerare sign first name first, though the roster is written surname first
    assert {("Birgitta Forsström", MeetingRoleKind.ADJUSTER), ("Hans-Peter Lindgren", MeetingRoleKind.ADJUSTER)} <= \
        meeting_roles(ex)


def test_a_name_and_its_role_words_are_not_read_as_a_genitive(extract):
    """'Nils Ek, Thomas ordförande' would be a body's chair only if Thomas were no first name."""
    ex = extract("Styrelsemöte 2015-03-02\nBeslutande\nBlomqvist Thomas ordförande\nLindgrén Jan viceordförande\n"
                 "Dahl Bernt ledamot\n")
    assert ("Thomas Blomqvist", "ordförande") in roles(ex)


KRONOBY_SIGNATURES = ("Paragrafer: Underskrifter: Ordförande: Protokollförare: Protokolljustering plats och tid: "
                      "Hans-Erik Lindgren Sandvik, den 10 oktober 2014 Inger Bjon Protokollet framlagt till påseende, "
                      "plats och tid: Intygar, underskrift, tjänsteställning Inger Backman Sandvik, den 13 oktober 2014 "
                      "Inger Bjon, kommunsekreterare Seppo Filppula\n")


def test_signature_labels_first_and_their_values_in_two_columns(extract):
    """A Finland-Swedish form prints 'Ordförande: Protokollförare: Protokolljustering plats och tid:' first, then the
    values row by row: the chair and the justering's place and date, the secretary, the next field's labels, the
    first justerare and the day the protocol is laid out, the certifier and her title, the second justerare."""
    ex = extract("SANDVIKS KOMMUN Kommunfullmäktige Beslutande: Anna Ek Per Holm\n" + KRONOBY_SIGNATURES)
    found = meeting_roles(ex)
    assert {("Hans-Erik Lindgren", MeetingRoleKind.CHAIR), ("Inger Bjon", MeetingRoleKind.SECRETARY),
            ("Inger Backman", MeetingRoleKind.ADJUSTER), ("Seppo Filppula", MeetingRoleKind.ADJUSTER)} <= found
    assert ("Inger Bjon", MeetingRoleKind.ADJUSTER) not in found


def test_a_listed_items_keyword_and_its_subject(extract):
    """'48. BUDGET Revisionsnämndens utlåtande; ... 49. MOTION Peter Ek m.fl.:s motion om ...': the matter's kind in
    capitals, then the matter, up to the next item. The title had been cut after the keyword. A one-word item
    ('44. PROTOKOLLJUSTERING') is an item, not a page's header."""
    ex = extract("KALLELSESIDA Utfärdat /76 Sammanträdestid Torsdag 9 oktober 2014 Ärendets nummer Ärende "
                 "43. LAGLIGHET OCH BESLUTFÖRHET 44. PROTOKOLLJUSTERING 45. FASTIGHETER Köp av markområde för parkering "
                 "vid hamnen 46. BUDGET Revisionsnämndens utlåtande; behandling av överskridande av budgetmedel "
                 "47. MOTION Peter Ek m.fl.:s motion om ändring av utbildningen i Terjärv 48. ÖVRIGA ÄRENDEN\n"
                 "Protokollet justeras den 14 oktober 2014 i kommungården.\n")
    assert agenda(ex) == {43: "LAGLIGHET OCH BESLUTFÖRHET", 44: "PROTOKOLLJUSTERING",
                          45: "FASTIGHETER Köp av markområde för parkering vid hamnen",
                          46: "BUDGET Revisionsnämndens utlåtande; behandling av överskridande av budgetmedel",
                          47: "MOTION Peter Ek m.fl.:s motion om ändring av utbildningen i Terjärv",
                          48: "ÖVRIGA ÄRENDEN"}


def test_a_keyword_followed_by_a_body_keeps_its_cut(extract):
    """'1. MÖTETS ÖPPNANDE Ordförande Eva Ek förklarade mötet öppnat 2. ...': what follows the keyword is the body."""
    ex = extract("Styrelsemöte 2015-02-26\n1. MÖTETS ÖPPNANDE Ordförande Eva Ek förklarade mötet öppnat 2. VAL AV "
                 "JUSTERINGSMAN Leif Holm valdes som justeringsman 3. EKONOMI Kassören redovisade läget\n")
    assert agenda(ex)[1] == "MÖTETS ÖPPNANDE"


def test_a_notice_pages_list_of_titles_in_capitals(extract):
    """'KALLELSESIDA ... Åva 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. ...': an Åland notice page lists
    the items with no label and no bodies; five titles in capitals from 1 make it the list. A word repeated inside a
    title in capitals does not end it ('PRINCIPER FÖR LEDIGHET FÖR LÄKARBESÖK')."""
    ex = extract("1 KALLELSESIDA Utfärdad Sammanträdestid kl.19 Sammanträdesplats; kommunkansliet, Åva "
                 "1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN. "
                 "4. NÄMNDERNAS MÖTESPROTOKOLL. 5. PRINCIPER FÖR LEDIGHET FÖR LÄKARBESÖK OCH LIKNANDE. "
                 "6. ÄRENDEN TILL KÄNNEDOM. Protokollet framläggs till påseende kl på kommunkansliet\n")
    assert agenda(ex) == {1: "LAGLIGHET OCH BESLUTFÖRHET", 2: "PROTOKOLLJUSTERARE",
                          3: "GODKÄNNANDE AV FÖREDRAGNINGSLISTAN", 4: "NÄMNDERNAS MÖTESPROTOKOLL",
                          5: "PRINCIPER FÖR LEDIGHET FÖR LÄKARBESÖK OCH LIKNANDE", 6: "ÄRENDEN TILL KÄNNEDOM"}


def test_a_contents_list_of_numbers_pages_and_titles(extract):
    """'INNEHÅLLSFÖRTECKNING SIDAN 42 72 Delgivningar 43 75 Delegationsbeslut ...': each row gives the item's number,
    then its page, then its title. The pages had been read as the items' numbers, every title one item off; a year
    inside a title ('hälsobokslut 2013 48 80 ...') is no row, and a title whose number was lost ends where the next
    begins."""
    ex = extract("SAMMANTRÄDESPROTOKOLL Sid 71 (88) INNEHÅLLSFÖRTECKNING SIDAN 42 72 Delgivningar 43 75 "
                 "Delegationsbeslut 44 76 De kommunala råden 45 78 Personalredovisning med hälsobokslut 2013 46 80 "
                 "Detaljbudget Tidplan för budgetuppföljning 48 84 Ärendeuppföljning\n")
    assert agenda(ex) == {42: "Delgivningar", 43: "Delegationsbeslut", 44: "De kommunala råden",
                          45: "Personalredovisning med hälsobokslut 2013", 46: "Detaljbudget",
                          48: "Ärendeuppföljning"}


def test_signers_written_name_then_role_with_their_sections(extract):
    """'UNDERSKRIFTER Janne Ek ordförande 1-8 Marja-Leena Berg sekreterare Erkki Holm I vice ordförande 9
    PROTOKOLLJUSTERING ... Karleby Marja-Leena Ås protokolljusterare Jari Lind protokolljusterare': a Finland-Swedish
    förbund's signatures, each name before its role in lower case and the §§ it signed for; the two justerare far
    from the heading. Nobody had been read."""
    ex = extract("Landskapsfullmäktige 1/2015 KONTRASIGNERING AV PROTOKOLLET SAMT UNDERSKRIFTER Janne Jukkola ordförande "
                 "1-8 Marja-Leena Mikkonen sekreterare Erkki Mustasaari I vice ordförande 9 PROTOKOLLJUSTERING Protokollet "
                 "har justerats och det konstaterats att det motsvarar mötets gång. Behandlingsbladen i protokollet har "
                 "samtidigt försetts med våra initialer. Karleby Marja-Leena Patovisti protokolljusterare Jari Orjala "
                 "protokolljusterare PROTOKOLLET HAR VARIT OFFENTLIGT FRAMLAGT På anslagstavlan vid förbundet\n")
    assert {("Janne Jukkola", MeetingRoleKind.CHAIR), ("Marja-Leena Mikkonen", MeetingRoleKind.SECRETARY),
            ("Marja-Leena Patovisti", MeetingRoleKind.ADJUSTER), ("Jari Orjala", MeetingRoleKind.ADJUSTER)} <= \
        meeting_roles(ex)
    assert ("Erkki Mustasaari", "vice ordförande") in roles(ex)


def test_seat_labels_printed_before_the_names(extract):
    """'NÄRVARANDE MEDLEMMAR: Ordförande I viceordf. II viceordf. Medlemmar Ersättare Olav Ek Sven Ås ...': a
    Finland-Swedish table's seat column printed before its names. The chair's and the vice chairs' labels are the
    first names'; where the members end and the deputies begin is not told, so nobody is a deputy (all had been)."""
    ex = extract("2 SSTYR Sida 2 SAMMANTRÄDESTID: kl. 18:00 SAMMANTRÄDESPLATS: Stadshuset\nNÄRVARANDE MEDLEMMAR:\n"
                 "Ordförande I viceordf. II viceordf. Medlemmar\nErsättare\nOlav Sjögård\nSven Jerkku\nTanja Eklund\n"
                 "Kerstin Berg\nMichaela Esch\nPeter Sjökvist\nBirgitta Lassas\nFRÅNVARANDE:\nLasse Åberg\n")
    found = roles(ex)
    assert {("Olav Sjögård", "ordförande"), ("Sven Jerkku", "vice ordförande"), ("Tanja Eklund", "vice ordförande")} \
        <= found
    assert not {r for _n, r in found if r in ("ersättare", "tjänstgörande ersättare")}
    assert attendance(ex)["Kerstin Berg"] is True and attendance(ex)["Lasse Åberg"] is False


def test_an_aland_forms_signers_under_chair_and_secretary_labels(extract):
    """'Ordförande Sekreterare Runar Ek Protokolljustering Saltö den 18 oktober 2010 Jessica Holm Protokollet framlagt
    till påseende Gunnie Berg Saltö den 25 oktober 2010 Runa Lisa Ås Intygar': the form's values read row by row,
    the chair and the justering's field, the secretary, the laying out and the first justerare, its date and the
    second. The justerare's first names need not be known ones."""
    ex = extract("Nr 6/2010 Sammanträdestid Måndagen den kl Sammanträdesplats Kommungården Beslutande x Ek Runar, "
                 "ordförande\nParagrafer Underskrifter Ordförande Sekreterare Runar Ek Protokolljustering Saltö den 18 "
                 "oktober 2010 Jessica Holm Protokollet framlagt till påseende Gunnie Berg Saltö den 25 oktober 2010 "
                 "Runa Lisa Ås Intygar Utdragets riktighet bestyrkes Jessica Holm, sekreterare\n")
    assert {("Runar Ek", MeetingRoleKind.CHAIR), ("Jessica Holm", MeetingRoleKind.SECRETARY),
            ("Gunnie Berg", MeetingRoleKind.ADJUSTER), ("Runa Lisa Ås", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)


def test_a_page_after_dotted_leaders_is_no_items_number(extract):
    """'ÄRENDEN Ändring av datum för sammanträdet... 4 Information om månadsrapporten... 5 ...': each number after
    the leaders is the title's page; they had been read as the items 4, 5, 6 with the next titles. Without the
    leaders the same numbers open the items."""
    head = "Kommunstyrelsen 2018-06-05 Sida 2 av 34\nÄRENDEN "
    ex = extract(head + "Ändring av datum för kommunstyrelsens sammanträde... 4 Information om månadsrapporten... 5 "
                 "Planeringsdirektiv för budget 2019... 6 Utökning av lokaler på Vikstaskolan... 8 Försäljning av "
                 "Lersätter 1:65... 10\n")
    assert agenda(ex) == {}
    ex = extract(head + "4 Information om månadsrapporten 5 Planeringsdirektiv för budget 2019 6 Utökning av lokaler "
                 "på Vikstaskolan 7 Försäljning av Lersätter 1:65\n")
    assert agenda(ex) == {4: "Information om månadsrapporten", 5: "Planeringsdirektiv för budget 2019",
                          6: "Utökning av lokaler på Vikstaskolan", 7: "Försäljning av Lersätter 1:65"}


def test_a_listed_keyword_whose_next_items_number_was_lost(extract):
    """'19. BUDGET Bokföringsrapport BIDRAG Fördelning av anslag 21. IDROTT ...': the next item lost its number, so
    the subject ends where the next keyword in capitals begins. A long keyword ('INITIATIV') with its subject is an
    item, not a page's header word; a bevis's heading before its sentence is neither."""
    ex = extract("KALLELSESIDA Sammanträdestid Torsdagen den 6 april 2017 Ärendets nummer Ärende 17. LAGLIGHET OCH "
                 "BESLUTFÖRHET 18. VAL AV PROTOKOLLJUSTERARE 19. BUDGET Bokföringsrapport BIDRAG Fördelning av anslag "
                 "till föreningarna 21. IDROTT Vaktmästararbete vid idrottshallen 22. INITIATIV Initiativ om gratis "
                 "idrottsturer 23. ÖVRIGA ÄRENDEN\n2 KOMMUNSTYRELSENS ARBETSUTSKOTT Sida: 2 ANSLAGSBEVIS Protokollet är "
                 "justerat.\n")
    assert agenda(ex) == {17: "LAGLIGHET OCH BESLUTFÖRHET", 18: "VAL AV PROTOKOLLJUSTERARE",
                          19: "BUDGET Bokföringsrapport", 21: "IDROTT Vaktmästararbete vid idrottshallen",
                          22: "INITIATIV Initiativ om gratis idrottsturer", 23: "ÖVRIGA ÄRENDEN"}


def test_two_stacked_headings_before_a_run_of_names_first_name_first():
    """'Beslutande Föredragande Anders Ek John Holm Kalle Berg ...': the run after two headings, read from the first,
    paired the second heading with the first given name and took the whole protocol for surname first."""
    text = ("Beslutande Föredragande Anders Svebilius John Hilander Kalle Björnhuvud Brage Eklund Magnus Jansson Åsa "
            "Häggblom Ronald Karlsson, frånvarande Leif Borg ordförande viceordförande ledamot ledamot\n")
    assert not writes_names_reversed(text)
    assert writes_names_reversed("Beslutande Föredragande Svebilius Anders Hilander John Björnhuvud Kalle Eklund "
                                 "Brage Jansson Magnus Häggblom Åsa Karlsson Ronald\n")


def test_present_deputies_not_serving_under_their_heading(extract):
    """'Närvarande ej tjänstgörande ersättare / Bianka Ek (M) / ...': the heading's words are no table's column names
    (närvarande, tjänstgörande, ersättare); it had been read as a header row over marks nobody has, and the present
    deputies as not told."""
    ex = extract("Protokoll 2 (74)\nBeslutande\nJohan Bolinder (M)\nNicklas Olsson (M)\nÅsa Ekblad (M)\n"
                 "Närvarande ej tjänstgörande ersättare\nBianka Mårtensson (M)\nLoubna Stensåker (M)\n"
                 "Claes-Göran Kullberg (C)\n")
    found = attendance(ex)
    assert found["Bianka Mårtensson"] is True and found["Claes-Göran Kullberg"] is True
    assert ("Loubna Stensåker", "ersättare") in roles(ex)


def test_a_signature_chain_after_its_labels(extract):
    """'Paragrafer: Sekreterare: Ordförande: Justerare:. Ola Ek. Ann Berg 36 och Mats Holm Yngve Ås. Yngve Lund
    ANSLAGSBEVIS': the form's labels, then its values in a chain of full stops; the justerare's label may be lost,
    and a second chair may sign for some §§."""
    ex = extract("Kommunfullmäktige Beslutande Se sid 2. Tjänstemän: Ola Ingevaldson, administrativ chef Paragrafer: "
                 "Sekreterare: Ordförande: Justerare:. Ola Ingevaldson. Ann-Charlotte Jonsson 36 och Mats Karlsson Yngve "
                 "Larsson. Yngve Berlin ANSLAGSBEVIS: Nämnd: Kommunfullmäktige Förvaringsplats: Kommunkansliet\n")
    assert {("Ola Ingevaldson", MeetingRoleKind.SECRETARY), ("Ann-Charlotte Jonsson", MeetingRoleKind.CHAIR),
            ("Mats Karlsson", MeetingRoleKind.CHAIR), ("Yngve Larsson", MeetingRoleKind.ADJUSTER),
            ("Yngve Berlin", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)
