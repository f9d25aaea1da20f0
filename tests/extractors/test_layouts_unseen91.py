"""Conventions first met in a ninety-first to ninety-fourth blind check (stored protocol pages nobody on the team had
read: church councils, Åland boards, associations, older kommunal protocols); each is tested on a short invented
protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles
from test_layouts_unseen73 import seats

from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Barn- och ungdomsnämnden Sammanträdesdatum 2008-11-19\n"


def test_a_clipped_voting_heading_with_its_deputies_opens_the_roll_mid_line(extract):
    """'Plats och tid: Barnkammaren, kl :45 ande och tjänstgörande ersättare Närvarande ersättare ... Eva Ek, s, ordf
    ...': the converter clipped 'Beslutande' to 'ande' on a page run into one line; the rows after it are the roll."""
    ex = extract(HEAD + "1 1(31) Plats och tid: Barnkammaren, kl :45 ande och tjänstgörande ersättare Närvarande "
                 "ersättare och övriga deltagande Eva Ek, s, ordf Kim Berg, m Maja Holm, s Tore Lund, kd Jan Ås, m, tjg "
                 "ers Utses att justera Kim Berg (m)\n")
    assert seats(ex, "Eva Ek") == {"ordförande"}
    assert seats(ex, "Jan Ås") == {"tjänstgörande ersättare"}
    assert {"Maja Holm", "Tore Lund"} <= {m.person.name for m in ex.memberships}
    assert attendance(ex)["Maja Holm"] is True


def test_a_clipped_word_that_heads_no_roll_opens_none(extract):
    """'... handlingar ande och tjänstgörande ...' in a sentence: 'ande' closes a word, no capitalised row follows."""
    ex = extract(HEAD + "Beslutande\nEva Ek (S), ordförande\nKim Berg (M)\n§ 1 Upprop\nNämnden noterar att "
                 "ande och tjänstgörande ersättare kallas enligt rutin.\n")
    assert seats(ex, "Eva Ek") == {"ordförande"}
    assert len({m.person.name for m in ex.memberships}) == 2


ALAND = ("1 Nr 5/2009 Sammanträdestid Tisdagen den 7.4.2009 kl 18.00 Sammanträdesplats Beslutande Kommungården "
         "x Karlsson Torsten, ordf. x Berg Jan, viceordf. x Holm Annika x Lundqvist Berit fr. kl Nyberg Lars - Åberg "
         "Kristoffer "
         "- Strand Peter - - Ljung Benitha - Dahl Eva Övriga närvarande x Svedberg Christer, bildningschef östra kl "
         "Cecilia Berndtsson, socialsekreterare - Nordback Erik, byggnadsinspektör "
         "Paragrafer Underskrifter Ordförande Sekreterare Torsten Karlsson Protokolljustering Jan Berg Annika Holm\n")


def test_marks_before_surname_first_rows_with_one_row_run_into_another(extract):
    """'x Karlsson Torsten, ordf. x Berg Jan ... - Strand Peter - - Ljung Benitha - Dahl Eva': a cross before a present
    row and a dash before an absent one, surname first; a row left mid-line ('bildningschef östra kl Cecilia
    Berndtsson', written the other way round) or run into the row before (a given name the finder does not know)
    stops no other row's mark."""
    att = attendance(extract(ALAND))
    assert [att.get(n) for n in ("Torsten Karlsson", "Jan Berg", "Annika Holm", "Berit Lundqvist")] == [True] * 4
    assert [att.get(n) for n in ("Kristoffer Åberg", "Peter Strand", "Eva Dahl", "Erik Nordback")] == [False] * 4


def test_officials_after_the_last_mark_keep_their_lists_reading(extract):
    """'Närvarande (markerade med x): x Eva Ek, ordf (s) / Per Ås (s) / ... / Tjänstemän / Bo Lind, kommundirektör':
    the table of marks ends at its last mark; the officials listed after it were there, as their heading says."""
    ex = extract(HEAD + "Närvarande: (markerade med x)\nx Eva Ek, ordf (s)\nPer Ås (s)\nx Kim Berg (m)\n"
                 "x Maja Holm (s)\nTore Lund (m)\nx Jan Dahl (s)\nTjänstemän\nBo Lind, kommundirektör\n"
                 "Ulla Ström, sekreterare\n§ 1 Upprop\n")
    att = attendance(ex)
    assert att["Eva Ek"] is True and att["Kim Berg"] is True
    assert att.get("Per Ås") is not True and att.get("Tore Lund") is not True
    assert att["Bo Lind"] is True and att["Ulla Ström"] is True


def test_a_mark_after_the_heading_on_the_first_rows_line(extract):
    """'Beslutande (x): x Anna Ek, ordförande / - Per Ås, viceordförande / x Bo Lind, ledamot': the first row's cross
    stands after the heading's colon on its line."""
    ex = extract("Kyrkorådets protokoll 06/12\nSammanträdestid: Måndagen den 09.07.2012 kl.19.00\n"
                 "Beslutande (x): x Anna Ek, ordförande\n- Per Ås, viceordförande\nx Bo Lind, ledamot\n"
                 "x Eva Strand, ledamot\n§ 73. Sammanträdets öppnande\n")
    att = attendance(ex)
    assert att["Anna Ek"] is True and att["Per Ås"] is False and att["Bo Lind"] is True


def test_the_meeting_time_label_dates_the_meeting_over_the_notices_date(extract):
    """'Sammanträdesprotokoll Datum: 02.07.2012 / Sammanträdestid: Måndagen den 09.07.2012 kl.19.00': the date under
    the meeting's time label is the meeting's; the form's 'Datum' is when the notice went out."""
    head = "Församlingen Sida 1\nSammanträdesprotokoll                  Datum: 02.07.2012\nKyrkorådet 06/12\n"
    ex = extract(head + "Ärendets nr\n§ 73. Sammanträdets öppnande.\n§ 74. Val av protokolljusterare.\n" + head +
                 "Sammanträdestid: Måndagen den 09.07.2012 kl.19.00-\nSammanträdesplats: Församlingshemmet\n"
                 "§ 73. Sammanträdets öppnande\n")
    assert str(ex.meeting.date) == "2012-07-09"


def test_a_list_of_meeting_times_dates_no_meeting(extract):
    """'förslag till sammanträdestider. Kommunfullmäktige Måndagar kl februari, 12 mars': the next year's meeting
    times in an item are no label of this meeting's date."""
    ex = extract("Kommunfullmäktige\nProtokoll 2000-12-11\n§ 5 Sammanträdesplan 2001\nKansliet har gjort ett förslag "
                 "till sammanträdestider. Kommunfullmäktige Måndagar kl 19 februari, 12 mars, 9 april.\n")
    assert str(ex.meeting.date) == "2000-12-11"


def test_an_items_heading_in_capitals_under_a_roll_is_no_role_column(extract):
    """'Närvarande: • Anna Ek, ordf. • Per Ås ... / 12 SAMMANKALLANDE OCH BESLUTFÖRHET, VAL AV PROTOKOLLJUSTERARE':
    the item's heading, its § sign lost, right under the roll; its role words are nobody's seat."""
    ex = extract("Mötesprotokoll Styrelsen 17.06.2020\nDatum\nOnsdagen 17.06.2020 kl.09.03-11.01\nNärvarande:\n"
                 " • Anna Ek, ordf.\n • Per Ås\n • Kim Berg\n • Maja Holm\n"
                 "12 SAMMANKALLANDE OCH BESLUTFÖRHET, VAL AV PROTOKOLLJUSTERARE\nBESLUT: Mötet förklaras beslutfört. "
                 "Till protokolljusterare utses Maja Holm.\n")
    assert ("Kim Berg", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)
    assert ("Per Ås", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)
    assert seats(ex, "Anna Ek") == {"ordförande"}
    assert attendance(ex)["Kim Berg"] is True


def test_a_role_column_under_the_names_still_zips_onto_them(extract):
    """'Anna Ek / Per Ås / Kim Berg / Ordförande Vice ordförande Ledamot': a line of only role words under a column of
    names is their column of roles, in order."""
    ex = extract(HEAD + "Beslutande\nAnna Ek\nPer Ås\nKim Berg\nOrdförande Vice ordförande Ledamot\n§ 1 Upprop\n")
    assert "ordförande" in seats(ex, "Anna Ek")
    assert "vice ordförande" in seats(ex, "Per Ås")


def test_a_participants_label_after_the_place_on_its_line(extract):
    """'Plats: Café Skogen. Deltagande: Lars Berg, Eva Ek, Per Ås.': the list of those who took part runs on after the
    place; its names are the meeting's, each there."""
    att = attendance(extract("Protokoll fört vid styrelsesammanträde. Tid: 2025-11-19\n10.00-12.30\nPlats: Café "
                             "Skogen. Deltagande: Lars Berg, Eva Ek, Sören Karlsson Arevång, Gunilla Holm, Ulf Palm.\n"
                             "§1. Mötets öppnande. Ordförande förklarar sammanträdet öppnat.\n"))
    assert {name: att.get(name) for name in ("Lars Berg", "Eva Ek", "Sören Karlsson Arevång", "Ulf Palm")} == \
        dict.fromkeys(("Lars Berg", "Eva Ek", "Sören Karlsson Arevång", "Ulf Palm"), True)
