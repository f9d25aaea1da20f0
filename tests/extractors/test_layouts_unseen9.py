"""Conventions first met in a ninth blind check (stored protocol pages of regional councils, kommunalförbund and
nämnder nobody on the team had read, scored before any rule was written for them); each is tested on a short
invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import meeting_roles   # same folder (rootdir-less tests)
from test_layouts_unseen import people
from test_layouts_unseen7 import titles

from samgraf.extractors.names import clean_name, find_person_names, writes_names_reversed
from samgraf.model import MeetingRoleKind


#: An OCR'd protocol whose pages start with their numbers (the first page's number lost), the §§ declared on the
#: front page, a contents list with a column label for pages, and a page's number right before a § number.
COUNCIL = ("Länsrådet 2014 09 03 Tid och plats 09.00-12.00 Kommunhuset Paragrafer 102-107 Beslutande Marie Centerlund "
           "(S), Bollnäs (ordförande) Ingvar Pettersson (M), Bollnäs Karin Jansén (MP), Ljusdal Utses att justera "
           "Ingvar Pettersson\n2 Inga Malmer, sekreterare Marie Centerlund ordförande Ordförande Justerande\n"
           "3 Protokollet är justerat Förvaringsplats för protokollet Hudiksvalls kommun\n"
           "4 Innehållsförteckning sid 102 Mötets öppnande 103 Val av justerande 104 Föredragningslista 105 "
           "Föregående protokoll 106 Kommuncheferna informerar 107 Övriga frågor\n"
           "5 102 Mötets öppnande Ordförande Marie Centerlund förklarade mötet öppnat. Ordförande Justerande "
           "Utdragsbestyrkande SAMMANTRÄDESPROTOKOLL 6 103 Val av justerande Ingvar Pettersson utsågs att justera "
           "dagens protokoll.\n")


def test_page_numbers_outside_the_declared_range_are_no_items(extract):
    """'Paragrafer 102-107' on the front page: the lines opening '2 ...', '3 ...', '4 ...' are pages, not items."""
    found = titles(extract(COUNCIL))
    assert not {2, 3, 4} & set(found)
    assert found.get(102) == "Mötets öppnande"


def test_page_number_before_a_declared_item_is_no_amount(extract):
    """'SAMMANTRÄDESPROTOKOLL 6 103 Val av justerande': in the declared range, '6 103' is a page's number and an
    item's, not the amount 6 103."""
    assert titles(extract(COUNCIL)).get(103) == "Val av justerande"


def test_contents_with_a_page_label_whose_numbers_are_the_declared_items(extract):
    """'Innehållsförteckning sid 102 Mötets öppnande 103 ...': the numbers are in the declared range of §§, so they
    are items (the excerpt has no body for 106 and 107)."""
    found = titles(extract(COUNCIL))
    assert found.get(106) == "Kommuncheferna informerar"
    assert found.get(107, "").startswith("Övriga frågor")


#: Meeting notes whose agenda is a numbered list after its label, the items' bodies cut off by the excerpt.
NOTES = ("1 Bjurholm Nordmaling Vindeln MINNESANTECKNINGAR 1(8) Regionrådet Plats Spiran konferens Närvarande Ingemar "
         "Nyberg, Bjurholms kommun Patrik Nilsén, Vindelns kommun, ordförande Erik Sedin, Regionens kansli, "
         "sekreterare\n\n2 UMEÅREGIONEN MINNESANTECKNINGAR 2(8) Dagordning 1. Mötets öppnande 2. Föregående "
         "minnesanteckningar 3. Nya gemensamma utvecklingsprojekt 4. Ekonomisk uppföljning 5. Övriga frågor 6. "
         "Mötets avslutande\n\n3 UMEÅREGIONEN MINNESANTECKNINGAR 3(8) 1. Mötets öppnande Ordförande hälsade "
         "välkomna och öppnade mötet.\n")


def test_numbered_agenda_list_after_its_label(extract):
    """'Dagordning 1. Mötets öppnande 2. Föregående minnesanteckningar 3. ...': a list from 1 in steps of one right
    after its label is the agenda, though no item has a body of its own yet."""
    found = titles(extract(NOTES))
    assert found.get(1) == "Mötets öppnande" and found.get(2) == "Föregående minnesanteckningar"
    assert found.get(6) == "Mötets avslutande"


def test_numbered_points_without_label_or_bodies_are_no_agenda(extract):
    """The same points inside a § without the label and without bodies ('1. Kartläggning. 2. Insatser. 3. ...')
    are a list in the text, not the meeting's items."""
    text = NOTES.replace("Dagordning 1.", "Styrelsen vill se 1.")
    assert 4 not in titles(extract(text))


#: A roster flattened to one line, each name written "Efternamn Förnamn" with nothing between the names; the
#: signatures write the same people first name first.
REVERSED = ("FINSTRÖMS KOMMUN INVÅNARNÄMNDEN SAMMANTRÄDESPROTOKOLL Nr 5/18 Tid Tisdagen den 22 maj 2018 kl 18.30 Plats "
            "Kommungården Närvarande Ledamöter: Mattsson Åke, ordf. Lundberg Håkan, viceordf. Forsman Ingvar Granberg "
            "Jonna Berndtsson Cecilia Lindblom Per Ersättare: Laaksonen Robert Lignell Maj-Gunn Övriga närvarande "
            "Frisk Carolina, personal- och servicechef Ärenden 51-75 Underskrifter Godby den 23.05.2018 Åke Mattsson "
            "Ordförande Protokolljustering Godby den 23.05.2018 Jonna Granberg Protokolljusterare Carolina Frisk "
            "Sekreterare\n")


def test_roster_written_surname_first_without_commas(extract):
    """'Forsman Ingvar Granberg Jonna Berndtsson Cecilia': where people stand both ways round in one protocol
    ('Mattsson Åke' in the roster, 'Åke Mattsson' under the signature), the roster's pairs are surname first."""
    ex = extract(REVERSED)
    found = people(ex)
    assert {"Åke Mattsson", "Håkan Lundberg", "Ingvar Forsman", "Jonna Granberg", "Cecilia Berndtsson",
            "Per Lindblom", "Robert Laaksonen", "Maj-Gunn Lignell", "Carolina Frisk"} <= found
    assert not {"Ingvar Granberg", "Jonna Berndtsson", "Cecilia Lindblom"} & found
    assert ("Robert Laaksonen", "ersättare") in {(m.person.name, m.role) for m in ex.memberships}


def test_names_reversed_needs_two_people_both_ways():
    """One protocol that writes first names first keeps them so, though a run of names ('Anders Henriksson Jan
    Henriksson', 'Ulf Nilsson Åke Nilsson') holds pairs that read 'Henriksson Jan' and 'Nilsson Åke'."""
    assert writes_names_reversed("Mattsson Åke, ordf. Lundberg Håkan. Åke Mattsson Ordförande Håkan Lundberg")
    assert not writes_names_reversed("Anders Henriksson Jan Henriksson Harald Hjalmarsson Ulf Nilsson Åke Nilsson "
                                     "Tomas Peterson. Jan Henriksson och Åke Nilsson justerar.")
    assert not writes_names_reversed("Mattsson Åke, ordf. Lundberg Håkan. Åke Mattsson Ordförande")


#: A kommunstyrelse's front page flattened: three stacked headings, then every column's rows, then a signature form
#: whose labels come first and whose justering label stands over two names.
FRONT = ("1 1 (39) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Kommunkontoret, rum "
         "Flatan, tisdag den 23 maj 2006 Sten-Ove Danielsson, s, ordförande Stiven Wikberg, s, vice ordförande Inga "
         "Söderlund, s Birgitta Bolander, s, ersätter Åke Nyström, s Kent Norell, s Tage Pålsson, c Jan-Owe Dvärberg, "
         "mp Göran Fjellman, kommunchef Ulf Stecker, kommunsekreterare Justeringens plats Kommunkontoret, tisdag "
         "den 30 maj 2006 och tid Paragrafer Underskrifter Sekreterare Ordförande Justerande Ulf Stecker Sten-Ove "
         "Danielsson Inga Söderlund Jan-Owe Dvärberg ÅNGE KOMMUN ANSLAG/BEVIS Protokollet är justerat.\n\n"
         "2 § 65 Mötets öppnande Mötet öppnades av ordförande Sten-Ove Danielsson.\n")


def test_a_row_that_replaces_a_member_serves_under_any_heading(extract):
    """'Birgitta Bolander, s, ersätter Åke Nyström, s': 'ersätter' says she takes his seat, whichever of the stacked
    columns her row fell under."""
    found = {(m.person.name, m.role) for m in extract(FRONT).memberships}
    assert ("Birgitta Bolander", "tjänstgörande ersättare") in found


def test_justering_label_last_of_the_labels_takes_the_names_left(extract):
    """'Sekreterare Ordförande Justerande / Ulf / Sten / Inga / Jan-Owe ÅNGE KOMMUN': one name a label in order,
    the names left over justera too; a page's head after the last name does not end the run."""
    found = meeting_roles(extract(FRONT))
    assert {("Ulf Stecker", MeetingRoleKind.SECRETARY), ("Sten-Ove Danielsson", MeetingRoleKind.CHAIR),
            ("Inga Söderlund", MeetingRoleKind.ADJUSTER), ("Jan-Owe Dvärberg", MeetingRoleKind.ADJUSTER)} <= found


def test_meeting_opened_by_the_chair_in_the_past_tense(extract):
    """'Mötet öppnades av ordförande Johan Säll': the chair of the meeting, as with 'öppnas av'."""
    text = ("Minnesanteckningar Regionrådsmöte Dag tisdagen den 12 juni 2012 Närvarande Ingemar Nyberg, Bjurholm "
            "Johan Säll, Vännäs\n\nMötet öppnas Mötet öppnades av ordförande Johan Säll. Dagordningen godkändes.\n")
    assert ("Johan Säll", MeetingRoleKind.CHAIR) in meeting_roles(extract(text))


def test_two_names_in_a_row_with_a_first_name_we_do_not_know():
    """'Kaj Holst Ingeli Ivansson': a word that is no known surname (or is a first name too), before a word that is
    only a surname, opens the next person; a double surname ('Lisa Andersson Lindberg') stays one name."""
    def names(text: str) -> list[str]:
        return [n for _s, _e, n in find_person_names(text, lenient=True)]

    assert "Kaj Holst Ingeli Ivansson" not in names("Kaj Holst Ingeli Ivansson")
    assert names("Ulf Stecker Sten Danielsson") == ["Ulf Stecker", "Sten Danielsson"]
    assert names("Lisa Andersson Lindberg") == ["Lisa Andersson Lindberg"]
    assert names("Eva Bergström Selling") == ["Eva Bergström Selling"]


#: A company board's front page flattened: three labels stacked, then the members, the absent member and the
#: officials, each official with a title after a comma.
COMPANY = ("1 Protokoll nr 4 fört vid styrelsesammanträde för Nora Fastigheter AB Tid: Plats: 30 maj 2013 kl "
           "Norabostäders kontor Närvarande ledamöter: Frånvarande: Övriga närvarande: Bror Israelsson Hendrik "
           "Burgman Ivar Fernström Elisabeth Hoikka Jan Forsberg Jeanette Bergkvist, VD Lars Winberg, "
           "ekonomiansvarig Mötets öppnande Ordföranden hälsade alla välkomna och förklarade mötet öppnat 54 "
           "Godkännande av dagordning Föreslagen dagordning godkändes. 55 Val av sekreterare Till sekreterare för "
           "mötet valdes Lars Winberg. 56 Val av justerare Till justerare utsågs Ivar Fernström.\n")


def test_members_label_first_over_labels_of_no_seat(extract):
    """'Närvarande ledamöter: Frånvarande: Övriga närvarande:' then the names: the rows before the first with a
    title are the members' (VD is a title)."""
    found = {(m.person.name, m.role) for m in extract(COMPANY).memberships}
    assert {("Bror Israelsson", "ledamot"), ("Hendrik Burgman", "ledamot"), ("Jan Forsberg", "ledamot")} <= found
    assert ("Jeanette Bergkvist", "ledamot") not in found


def test_secretary_chosen_in_a_sentence(extract):
    """'Till sekreterare för mötet valdes Lars Winberg': the meeting's secretary."""
    assert ("Lars Winberg", MeetingRoleKind.SECRETARY) in meeting_roles(extract(COMPANY))


def test_a_sentence_naming_someone_surname_first_gets_the_rosters_name(extract):
    """In a protocol that writes names surname first, 'Till justerare utsågs Granberg Jonna' is the roster's Jonna
    Granberg, not a second person 'Granberg Jonna'."""
    ex = extract(REVERSED + "\n§ 52 Val av protokolljusterare Till justerare utsågs Granberg Jonna.\n")
    assert ("Jonna Granberg", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)
    assert "Granberg Jonna" not in people(ex)


def test_surname_ending_in_ning_that_is_no_word():
    """'Ove Schönning (S)', 'Christina Hanning': an -ning that is no Swedish word is a surname; 'Anna Ordning',
    'Eva Redovisning' are a first name and a noun."""
    def names(text: str) -> list[str]:
        return [clean_name(n) for _s, _e, n in find_person_names(text, lenient=True)]

    assert names("Ove Schönning (S) tjänstgörande ersättare") == ["Ove Schönning"]
    assert names("FP Christina Hanning (kom kl 14)") == ["Christina Hanning"]
    assert names("Anna Ordning") == [] and names("Eva Redovisning") == []
