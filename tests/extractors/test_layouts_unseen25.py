"""Conventions first met in a twenty-fifth blind check (stored protocol pages nobody on the team had read, scored
before any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, roles   # same folder (rootdir-less tests)

from samgraf.extractors.gazetteer import load_gazetteer
from samgraf.extractors.layout import recover_lines
from samgraf.extractors.names import writes_names_reversed
from samgraf.extractors.normalize import build_view
from samgraf.extractors.roster import read_rosters
from samgraf.model import MeetingRoleKind


def people(ex) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance}


def test_elected_members_heading_over_merged_headings(extract):
    """'Förtroendevalda: Beslutande: Ej beslutande:' on one line over one run of names: a form's labels left
    together by the converter. The run is the elected members present (before, the unknown first label hid the
    run, and only the officials were read)."""
    text = ("Plats och tid: Kommunhuset, Ösby 08:30 - 11:30\n\nFörtroendevalda: Beslutande: Ej beslutande:\n\n"
            "Per Lind (S) ordf Eva Ström (S) Kent Berg (S) Hans Åker (S)\n\nMona Dahl (V) Ola Rask (M) Tord Sjö (C)\n\n"
            "Övriga deltagare: Ekonom Karin Vik § 61\n\nUtses att justera: Ola Rask\n\n§ 61 Delårsrapport\n")
    ex = extract(text)
    assert {"Per Lind", "Eva Ström", "Hans Åker", "Mona Dahl", "Tord Sjö"} <= people(ex)
    assert attendance(ex).get("Tord Sjö") is True
    assert ("Per Lind", "ordförande") in roles(ex)
    assert ("Ola Rask", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)


def roster_roles(text: str) -> dict[str, list[str]]:
    """Name -> the role and title cells the roster reader gave that name's row."""
    view = build_view(text).text
    reversed_names = writes_names_reversed(view)
    records = read_rosters(recover_lines(view, reversed_names=reversed_names), load_gazetteer(),
                           reversed_names=reversed_names)
    return {r.person.value: [str(i.value).lower() for i in r.items if i.kind in ("role", "title")] for r in records}


def test_titles_written_before_the_names_on_one_line():
    """'Miljö- och hälsoskyddschef Anna Lund Verksamhetschef Bo Sten' among the officials: a title first and none
    after the last name, so each title is the name's after it (before, the second title went to the first)."""
    found = roster_roles("Beslutande Per Lind (S), ordförande Eva Ström (M)\nÖvriga deltagare\n"
                         "Miljö- och hälsoskyddschef Anna Lund Verksamhetschef Bo Sten\nEkonom Karin Vik § 61\n"
                         "§ 61 Delårsrapport\n")
    assert "verksamhetschef" not in found["Anna Lund"] and any("hälsoskyddschef" in t for t in found["Anna Lund"])
    assert found["Bo Sten"] == ["verksamhetschef"] and found["Karin Vik"] == ["ekonom"]


def test_titles_after_the_names_stay_with_their_names():
    """The same officials written name first ('Anna Lund miljöchef, Bo Sten verksamhetschef'), and a title after
    the last name: each title is the name's before it."""
    found = roster_roles("Beslutande Per Lind (S), ordförande Eva Ström (M)\nÖvriga deltagare\n"
                         "Kanslist Anna Lund, förbundschef Bo Sten, ekonom\n§ 61 Delårsrapport\n")
    assert found["Bo Sten"] == ["ekonom"]


def test_international_first_names_in_an_officials_list(extract):
    """'Catherine Hellgren, ekonomichef', 'Rachel Nygren, kanslichef': first names that are frequent in Swedish
    text only as names (the word filter of the name lists took them for words) are first names. Before, the line
    was read as a title of the row above."""
    text = ("Beslutande Per Lind (S), ordförande Eva Ström (M)\nÖvriga närvarande\nMarie Palm, kommunikationschef\n"
            "Catherine Hellgren, ekonomichef\nAndreas Moss, sektorchef\nMona Fjell, nämndsekreterare, Rachel Nygren, "
            "kanslichef, Katarina Mo, utredare\n§ 1 Mötets öppnande\n")
    ex = extract(text)
    assert {"Catherine Hellgren", "Rachel Nygren", "Marie Palm", "Andreas Moss"} <= people(ex)
    assert attendance(ex).get("Catherine Hellgren") is True and attendance(ex).get("Rachel Nygren") is True


def test_the_rest_of_the_voting_members_on_the_next_page(extract):
    """'* Övriga beslutande ledamöter' after a page's head written 'Body date 2(7)': the members who vote, listed
    after the presidium (before, neither the heading nor that page head was known, and the run was lost)."""
    text = ("PROTOKOLL PARAGRAF NR SIDA Kyrkofullmäktige 11-22 1(7) PLATS DATUM OCH TID FÖR MÖTET Sofiagården "
            "2014-05-27 kl. 19.00-19.45 BESLUTANDE Rolf Ek (S), ordförande Börje Lund (C), 1:e vice ordförande * övriga "
            "beslutande ledamöter redovisas på nästa sida. ERSÄTTARE * redovisas på nästa sida. ÖVRIGA DELTAGARE Hans "
            "Bo, kyrkoherde JUSTERINGENS PLATS OCH TID Kyrkoförvaltningen 2014-06-02 Rolf Ek Ordförande Eva Berg "
            "sekreterare Ola Ek Justerare ANSLAG/BEVIS Justeringen har tillkännagivits genom anslag UNDERSKRIFT "
            "NAMNFÖRTYDLIGANDE Eva Berg\n"
            "Kyrkofullmäktige 2014-05-27 2(7) * Övriga beslutande ledamöter Ulla Åström (S) Johanna Rask (S) Benny Holm "
            "(S) Karin Hagman (S) Eva Lind (Posk) Kent Kvist (Posk) Nils Rydén (Posk) Lena Sjö (Kr) Ola Ek (Sfk) Tove "
            "Dahl (Sfk) ----------\n§ 11 Val av justerare\n")
    ex = extract(text)
    assert {"Ulla Åström", "Johanna Rask", "Karin Hagman", "Eva Lind"} <= people(ex)
    assert ("Ulla Åström", "ledamot") in roles(ex) and attendance(ex).get("Eva Lind") is True


def test_present_and_voting_in_one_heading(extract):
    """'Närvarande och beslutande: Karin Ek (KAU), Tomas Lund (Stora Enso) ...': one heading for those present who
    vote (before, only a name that opened a sentence further down was read)."""
    text = ("Styrelsemöte\n\nPlats: Länsstyrelsen, Karlstad\n\nNärvarande och beslutande: Karin Granlund (KAU), "
            "Tomas Berglund (Stora Enso) Hans Källström (Skogsstyrelsen), Per-Anders Bergqvist (Karlstads kommun)\n\n"
            "Adjungerade: Emma Björk (Länsstyrelsen)\n\n 1. Inledning\n")
    ex = extract(text)
    assert {"Karin Granlund", "Tomas Berglund", "Per-Anders Bergqvist"} <= people(ex)
    assert attendance(ex).get("Tomas Berglund") is True


def test_a_voting_roll_heads_its_names(extract):
    """'Röstlängd:' (the roll of those who vote) heads a list of members present."""
    text = ("Protokoll fört vid förbundsstyrelsemöte 2006-01-14\nRöstlängd:\nDan Sivertsson\nDaniel Ahlgren\n"
            "Ola Ekman\nFrånvarande:\nAnna Westberg\n1. Formalia\n")
    ex = extract(text)
    assert attendance(ex).get("Dan Sivertsson") is True and attendance(ex).get("Ola Ekman") is True
    assert attendance(ex).get("Anna Westberg") is False


def test_the_justerare_who_signs_or_checks_in_the_present_tense(extract):
    """'X valdes att jämte ordförande signera dagens protokoll' and 'X (M) justerar protokollet.': the justerare,
    named in a sentence with a verb the readers did not know."""
    head = HEAD + "Närvarande: Anna Berg (S), ordförande, Per Ek (M), Agneta Lund (C)\n"
    signs = extract(head + "57. Val av justeringsperson\nBeslut: Agneta Lund valdes att jämte ordförande signera "
                           "dagens protokoll.\n")
    checks = extract(head + "§ 1 Val av justerare\nPer Ek (M) justerar protokollet.\n")
    assert ("Agneta Lund", MeetingRoleKind.ADJUSTER) in meeting_roles(signs)
    assert ("Per Ek", MeetingRoleKind.ADJUSTER) in meeting_roles(checks)


def test_a_double_first_name_whose_second_half_is_also_a_word(extract):
    """'Jan-Roman Dostál (S) ersätter Johanna Skottman (S)': a known first name and a capitalised word joined by a
    hyphen are a double first name ('Roman' is a Swedish word too); a surname after the hyphen is not."""
    text = ("Ledamöter\nAnna Romlid (V), ordförande\nJan-Roman Dostál (S) ersätter Johanna Skottman (S)\n"
            "Eva Lind (M)\n§ 1 Mötets öppnande\n")
    ex = extract(text)
    assert "Jan-Roman Dostál" in people(ex)
    assert ("Jan-Roman Dostál", "tjänstgörande ersättare") in roles(ex)
    from samgraf.extractors.names import is_first_name
    assert not is_first_name("Anna-Karlsson") and not is_first_name("Eva-Lindberg")


def test_signers_with_their_roles_after_the_names_at_a_long_line_end(extract):
    """'... Delgivningar Sven Ekholm Ordförande Agneta Andersson Sekreterare' closing a notice's list of items: each
    role follows its signer (before, the line was broken before 'Ordförande' as before a label, and the secretary
    became the chair)."""
    text = ("1 Plats och tid för sammanträdet Valnämnden Kommunkontoret, tisdag den 7 februari 2006 kl. 13:00 Ärenden "
            "1 Justering 2 Ny vallag 3 Vallokaler och öppettider 4 Budget 2006 Delgivningar Sven Ekholm Ordförande "
            "Agneta Andersson Sekreterare\n\n2 SAMMANTRÄDESPROTOKOLL Valnämnden Beslutande Sven Ekholm, ordförande "
            "Birgitta Bolin Tora Larsson Övriga deltagande Agneta Andersson, sekreterare\n§ 1 Justering\n")
    ex = extract(text)
    assert ("Agneta Andersson", MeetingRoleKind.CHAIR) not in meeting_roles(ex)
    assert ("Agneta Andersson", MeetingRoleKind.SECRETARY) in meeting_roles(ex)


def test_officials_titles_known_by_their_ending(extract):
    """'Övriga Lisa Berg IFO-chef Eva Källén Vård och äldreomsorgschef Naimy Ohlsson Hemtjänstchef Lena Lund Ekonom':
    a capitalised title the role list lacks but whose ending says it is one (-chef, -ingenjör, biolog) is a title, so
    the line is a list of officials, not prose that ends the roster (before, the officials after it were lost)."""
    text = ("STENSBY KOMMUN Tid: 9:00 - 12:45 KOMMUNSTYRELSENS SOCIALA UTSKOTT Plats: Rodret Ledamöter Lillemor Ek (m) "
            "Ordförande Janette Ås (s) Vice ordförande Inger Holm (c) Jan Rohlén (s) Ersättare Marie Lund (s) "
            "Övriga Lisa Berg IFO-chef Eva Källén Vård och äldreomsorgschef Naimy Ohlsson Hemtjänstchef Lena Litzen "
            "Ekonom Ingela Sollid Sekreterare Justeringsdag: Paragrafer: 35-47\n§ 35 Ekonomisk uppföljning\n")
    ex = extract(text)
    assert {"Eva Källén", "Naimy Ohlsson", "Lena Litzen"} <= people(ex)
    assert attendance(ex).get("Eva Källén") is True


def test_a_standalone_title_after_a_name_is_no_surname(extract):
    """'Emma Hagström Biolog, Birgitta Jansson Gruppchef produktion': 'Biolog' is the official's title, not a third
    word of her name."""
    text = (HEAD + "Beslutande Per Lind (S), ordförande Eva Ström (M)\nÖvriga närvarande Anders Ledskog Teknisk chef "
            "Johan Lewholt Ekonom, 102 Emma Hagström Biolog, Birgitta Jansson Gruppchef produktion, Fredrik Nilson "
            "Trafikingenjör\n§ 101 Mötets öppnande\n")
    ex = extract(text)
    assert "Emma Hagström" in people(ex) and "Emma Hagström Biolog" not in people(ex)


def test_the_signer_who_certifies_the_notice_attends_nothing(extract):
    """'Intygar: Camilla Ek, avdelningssekreterare' after the minutes' signatures: she certifies the posted notice;
    she is no participant (before, a title known by its ending made her line a row of the roster)."""
    text = ("Protokoll 1/2023\nUngdomsfullmäktige 30.1.2023\nNärvarande\nLedamöter\n☒ Haverinen Emilia, ordförande\n"
            "☒ Harald Amanda\n☐ Nystedt Elias\nÖvriga\nÖstman Katarina, ungdomsledare, prot.förare\n"
            "Det justerade protokollet publiceras 8.2.2023\nIntygar: Camilla Högdahl-Pasanen, avdelningssekreterare\n"
            "§ 1 Mötets öppnande\n")
    ex = extract(text)
    assert "Camilla Högdahl-Pasanen" not in people(ex)
    assert attendance(ex).get("Emilia Haverinen") is True
