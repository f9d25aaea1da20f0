"""Conventions first met in a sixty-ninth to seventy-second blind check (stored protocol pages nobody on the team had
read) and in a second reading of the sets before it; each is tested on a short invented protocol (names are
invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, roles

from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Kommunstyrelsen Sammanträdesdatum 2015-06-15\n"


def seats(ex, name: str) -> set[str | None]:
    return {role for person, role in roles(ex) if person == name}


def adjusters(ex) -> set[str]:
    return {person for person, kind in meeting_roles(ex) if kind == MeetingRoleKind.ADJUSTER}


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


ROSTER = "Beslutande\nAnna Berg (S), ordförande\nKarl Ek (M)\nLisa Holm (C)\n"


def test_the_adjusters_deputy_after_a_comma_is_no_seat(extract):
    """'Justerare: Karl Ek (M), ersättare Lisa Holm (C)': the deputy of the justerare, not a deputy's seat of the
    name before it, and no justerare."""
    ex = extract(HEAD + ROSTER + "Justerare: Karl Ek (M), ersättare Lisa Holm (C)\nParagrafer 1-5\n")
    assert adjusters(ex) == {"Karl Ek"}
    assert "ersättare" not in seats(ex, "Karl Ek") | seats(ex, "Lisa Holm")


def test_the_adjusters_deputy_under_a_label_of_its_own_line(extract):
    """'Utses att justera / Anna Berg (S), Karl Ek (M), ersättare Lisa Holm (C)': two justerare and their deputy."""
    ex = extract(HEAD + ROSTER + "Utses att justera\nAnna Berg (S), Karl Ek (M), ersättare Lisa Holm (C) "
                 "Justeringens plats och tid Rådhuset\nParagrafer 1-5\n")
    assert adjusters(ex) == {"Anna Berg", "Karl Ek"}
    assert "ersättare" not in seats(ex, "Karl Ek") | seats(ex, "Lisa Holm")


def test_the_adjusters_deputy_labelled_or_after_som(extract):
    """'Ersättare för justerare Lisa Holm' and 'Justerare Karl Ek med Lisa Holm som ersättare': no seat and no
    justerare for the deputy."""
    for tail in ("Justerare Karl Ek\nErsättare för justerare Lisa Holm\n",
                 "Justerare Karl Ek med Lisa Holm som ersättare\n"):
        ex = extract(HEAD + ROSTER + tail + "Paragrafer 1-5\n")
        assert adjusters(ex) == {"Karl Ek"}
        assert seats(ex, "Lisa Holm") <= {None}


def test_the_adjusters_deputy_in_a_flattened_front(extract):
    """'... Övriga närvarande Ulf Is, kommunchef Justerare Jan Dahl, ersättare Anki Dal Justeringens plats och tid':
    the roster runs on into the justerare's line; the comma's 'ersättare' is the deputy's label, whose name the
    line's recovery puts on the next line."""
    ex = extract(HEAD + "Plats och tid Kommunkontoret Beslutande Ledamöter Anna Berg (C), ordförande Fredrik Ek (M) "
                 "Inge Holm (C) Anki Dal (S) Jan Dahl (S) Övriga närvarande Ulf Is, kommunchef Justerare Jan Dahl, "
                 "ersättare Anki Dal Justeringens plats och tid Underskrifter Sekreterare Paragrafer\n")
    assert seats(ex, "Jan Dahl") == {"ledamot"} and seats(ex, "Anki Dal") == {"ledamot"}
    assert adjusters(ex) == {"Jan Dahl"}


def test_a_deputies_heading_far_above_gives_no_label_to_the_justerare(extract):
    """'Ersättare / Börje Ek / Jan Lind / Utses att justera / Lars Berg med Stig Ås som ersättare': the deputies'
    heading above the list is no signer's label for the justerare below it."""
    ex = extract(HEAD + "Beslutande\nSeved Berg, ordförande\nLars Berg, vice ordförande\nStig Ås\nKatarina Ek\n"
                 "Ersättare\nBörje Ek\nJan Lind\nUtses att justera\nLars Berg med Stig Ås som ersättare\n"
                 "Paragrafer\n")
    assert adjusters(ex) == {"Lars Berg"}
    assert "ersättare" not in seats(ex, "Lars Berg") | seats(ex, "Stig Ås")
    assert seats(ex, "Jan Lind") == {"ersättare"}


OCR_FRONT = ("1 Katrineholms kommun ~ KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Sammentr~desdetum Bled 1 KTS-salen klockan "
             "e~~~,de ~~~,~,de B~~re Göran Dahl, ordförande (S), Lars Härn, 1:e vice ordförande (M), Anneli Hed (S), "
             "Pat Werner (S), Marie-Louise Karlsson (S) (ej 248 p.g.a jäv), Claes Holm (S), Bo Sivars (M) "
             "E~~~e Tony Karlsson (S), Karin Frisk (S), Johan Hartman (M), Sten Holmgren (C), Lotta Back (V) "
             "~~~9e Utredningssekreterare Marie Koski, ekonom Andrea Sved\n")


def test_rows_whose_heading_ocr_garbled_are_read_as_present(extract):
    """A scan's OCR turned 'Beslutande' into 'e~~~,de': five or more rows 'Name[, role] (TAG)' run together with
    only commas and bracketed notes between them, where no roster was read, are the people present, their seat
    not told; a garbled heading between two runs ends the first."""
    ex = extract(OCR_FRONT)
    present = attendance(ex)
    assert all(present.get(name) is True for name in ("Göran Dahl", "Lars Härn", "Marie-Louise Karlsson",
                                                      "Bo Sivars", "Tony Karlsson", "Lotta Back"))
    assert seats(ex, "Göran Dahl") == {"ordförande"} and seats(ex, "Lars Härn") == {"vice ordförande"}
    assert seats(ex, "Claes Holm") == {None}


def test_a_few_tagged_names_or_a_read_roster_are_no_untitled_rows(extract):
    """Four rows are too few to make a roster without a heading; names listed in an item (after its § sign) are
    none; a protocol whose roster was read keeps it."""
    ex = extract("1 SAMMANTRÄDESPROTOKOLL e~~~,de Göran Dahl (S), Lars Härn (M), Anneli Hed (S), Pat Werner (S)\n")
    assert not attendance(ex)
    ex = extract("1 SAMMANTRÄDESPROTOKOLL Beslutande enligt bilaga\n§ 2 Val av ombud Till ombud väljs Anneli Hed "
                 "(S), Pat Werner (S), Claes Holm (S), Bo Sivars (M), Tony Karlsson (S).\n")
    assert "Pat Werner" not in attendance(ex)
    ex = extract(HEAD + "Beslutande\nGöran Dahl (S), ordförande\nLars Härn (M)\n\n§ 2 Val av ombud Till "
                 "ombud väljs Anneli Hed (S), Pat Werner (S), Claes Holm (S), Bo Sivars (M), Tony Karlsson (S).\n")
    assert "Pat Werner" not in attendance(ex) and attendance(ex)["Lars Härn"] is True


PAIRS = ("1 PROTOKOLL FRÅN SAMMANTRÄDE MED KOMMUNSTYRELSEN Plats och tid: Rådhuset Närvarande: (markerade med x, "
         "tjänstgörande ersättare i ledamots ställe markerade med xx): Ledamöter Ersättare x Sven Ek, ordf (s) xx "
         "Christel Jonasson (s) Suzanne Ek, 1 v ordf (s) xx Göran Berg (s) x Carl Birgersson, 2 v ordf (m) xx "
         "Britt Kil (m) x Vivianne Andersson (s) Leif Håkansson (s) x Bärthil Ottosson (m) Gunnar Solem (m) "
         "x Laila Johansson (kd) x Britt Jämstorp (kd) Tjänstemän, övriga Bengt Mattsson, kommundirektör\n")


def test_members_and_personal_deputies_marked_before_their_names(extract):
    """'Ledamöter Ersättare x Sven Ek, ordf (s) xx Christel Jonasson (s) Suzanne Ek, 1 v ordf (s) xx Göran Berg
    (s) ...': members and their personal deputies read row by row, each row's mark before its name (a converter
    left the deputy's 'xx' at the end of the member's line). An unmarked member is not there even when it is the
    second row; 'xx' is a deputy who served in the member's seat; an unmarked deputy was not there."""
    ex = extract(PAIRS)
    assert seats(ex, "Sven Ek") == {"ordförande", "ledamot"} and seats(ex, "Suzanne Ek") == {"vice ordförande",
                                                                                              "ledamot"}
    assert seats(ex, "Vivianne Andersson") == {"ledamot"} and seats(ex, "Leif Håkansson") == {"ersättare"}
    assert {"tjänstgörande ersättare", "ersättare"} <= seats(ex, "Göran Berg")
    present = attendance(ex)
    assert present["Suzanne Ek"] is False and present["Göran Berg"] is True and present["Christel Jonasson"] is True
    assert present["Leif Håkansson"] is False and present["Britt Jämstorp"] is True and present["Sven Ek"] is True


def test_a_double_first_name_written_with_its_second_initial(extract):
    """'Claës-L Ljung (M)', 'Per-Å Berg (S)': a double first name whose second half is an initial is a first name."""
    ex = extract(HEAD + "Närvarande\nLedamöter\nAnna Ek (C), ordförande\nClaës-L Ljung (M), 1:e vice ordförande\n"
                 "Per-Å Berg (S)\nJan-E Lund (S)\n")
    assert seats(ex, "Claës-L Ljung") == {"ledamot", "vice ordförande"} and seats(ex, "Anna Ek") == {"ledamot",
                                                                                                    "ordförande"}
    assert seats(ex, "Per-Å Berg") == {"ledamot"} and seats(ex, "Jan-E Lund") == {"ledamot"}


def test_a_contents_list_with_the_page_between_the_sign_and_the_title(extract):
    """'INNEHÅLLSFÖRTECKNING SIDAN 317 § 141 Delgivningar § 142 324 Budgetuppföljning': each § number, then the page
    its item starts on, then the title."""
    ex = extract(HEAD + "SAMMANTRÄDESPROTOKOLL Sid 313 (410) 2015-06-15 Kommunstyrelsen INNEHÅLLSFÖRTECKNING SIDAN "
                 "317 § 141 Delgivningar/Anmälningar/Kurser § 142 324 Budgetuppföljning § 143 326 Information om "
                 "samhällsomvandlingen § 144 327 Information från kommunchefen\n")
    assert {141: "Delgivningar/Anmälningar/Kurser", 142: "Budgetuppföljning",
            143: "Information om samhällsomvandlingen"}.items() <= agenda(ex).items()


def test_signers_written_name_and_tag_before_their_role(extract):
    """'Underskrifter Peter Ek (S) Ordförande Eva Holm (M) Justerare Linn Berg Sekreterare Anslag ...': each
    signer's role after the name and its party tag."""
    ex = extract(HEAD + "Beslutande Peter Ek (S), Ordförande Eva Holm (M) Lena Gran (V) Tina Ås (S) Paragrafer "
                 "Justeringens plats och tid Stadshuset, Underskrifter Peter Ek (S) Ordförande Eva Holm (M) "
                 "Justerare Linn Berg Sekreterare Anslag Det justerade protokollet offentliggörs genom detta anslag.\n")
    assert meeting_roles(ex) >= {("Peter Ek", MeetingRoleKind.CHAIR), ("Eva Holm", MeetingRoleKind.ADJUSTER),
                                 ("Linn Berg", MeetingRoleKind.SECRETARY)}
    assert ("Eva Holm", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_labels_before_tagged_signers_stay_labels_first(extract):
    """'Ordförande Hans Ek (S) Justerare Theres Ås (S) Ann Lind (C) Sekreterare Christina Torp Justerare signatur':
    labels before their names; 'Ann Lind (C) Sekreterare' is no signer written name first, as no signatures'
    heading opens the run."""
    ex = extract("Beslutande\nHans Ek (S)\nTheres Ås (S)\nAnn Lind (C)\n\n2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum "
                 "Övriga Lena Fager (Kommundirektör) Christina Torp (Kommunsekreterare) Protokollet innehåller "
                 "paragraferna Ordförande Hans Ek (S) Justerare Theres Ås (S) Ann Lind (C) Sekreterare Christina Torp "
                 "Justerare signatur Utdragsbestyrkande Page 2 of 14\n")
    assert ("Ann Lind", MeetingRoleKind.SECRETARY) not in meeting_roles(ex)
    assert ("Christina Torp", MeetingRoleKind.SECRETARY) in meeting_roles(ex)


def test_a_second_justerare_on_the_line_under_the_first(extract):
    """'Justerare Per Lund / Bo Ås' in the signatures: the name under the justerare's line is the field's second
    signer."""
    ex = extract(HEAD + "Beslutande\nAnna Ek (S)\nPer Lund (M)\nBo Ås (C)\nUnderskrifter\nSekreterare\nParagrafer\n"
                 "Mats Berg\nOrdförande Anna Ek\nJusterare Per Lund\nBo Ås\nANSLAG/BEVIS\nProtokollet är justerat.\n")
    assert adjusters(ex) == {"Per Lund", "Bo Ås"}


def test_a_guest_who_chairs_another_body(extract):
    """'Sofia Wennberg, ordförande Kvinnojouren Viljan i Ljusdal 222' under 'Övriga deltagande': the chair of the
    body named after the role, not of this meeting; the meeting's own chair keeps the role."""
    ex = extract(HEAD + "Beslutande:\nMarkus Ek (S), ordförande\nMaria Ås (S)\nÖvriga deltagande\nKarl Swärd (V), "
                 "revisionen\nSofia Wennberg, ordförande Kvinnojouren Viljan i Ljusdal 222\nMaria Holm, "
                 "nämndsekreterare\n")
    assert "ordförande" not in seats(ex, "Sofia Wennberg") and "ordförande" in seats(ex, "Markus Ek")
    assert ("Sofia Wennberg", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_a_sign_after_a_sections_note_still_opens_its_item(extract):
    """'Gäst: Lena Ek, förbundschef, § 4 § 1 Mötets öppnande': the note's § 4 is no item whose page precedes a title;
    § 1 after it is the item."""
    ex = extract(HEAD + "Justerare: Bo Ek Gäst: Lena Ek, förbundschef, § 4 § 1 Mötets öppnande Britt Lund öppnar "
                 "mötet. § 2 Val av justerare Beslut: Bo Ek väljs att justera. § 3 Godkännande av dagordning\n")
    assert agenda(ex)[1] == "Mötets öppnande" and 4 not in agenda(ex)
