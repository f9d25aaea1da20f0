"""Conventions first met in a seventy-third to seventy-sixth blind check (stored protocol pages nobody on the team had
read); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles

from samgraf.model import MeetingRoleKind

HEAD = "Protokoll Kommunstyrelsen Sammanträdesdatum 2017-11-27\n"


def adjusters(ex) -> set[str]:
    return {person for person, kind in meeting_roles(ex) if kind == MeetingRoleKind.ADJUSTER}


def kinds(ex, name: str) -> set[MeetingRoleKind]:
    return {kind for person, kind in meeting_roles(ex) if person == name}


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_the_roll_heading_after_the_place_and_time_on_a_short_line(extract):
    """'Plats och tid Kommunhuset, 2017-11-27, kl 0900 – 17.10 Beslutande Jan Ek, S' and the roll's rows on the short
    lines after it: the form's two rows run together, the roll read as if its heading opened the line."""
    ex = extract(HEAD + "Plats och tid Kommunhuset, 2017-11-27, kl 0900 – 17.10 Beslutande Jan Ek, S\n\n"
                 "Lena Berg, S, §§ 126-141 Ulla Holm, S Ove Lind, V\n\nKarin Ås, KD Pia Nord, M\n\n"
                 "Övriga deltagande Kurt Dahl, C\n\n§ 126 Chefsrapport\n")
    assert {"Jan Ek", "Lena Berg", "Ulla Holm", "Ove Lind", "Karin Ås", "Pia Nord"} <= {
        name for name, present in attendance(ex).items() if present}


def test_a_place_line_without_a_roll_heading_stays_a_line(extract):
    """'Plats och tid Kommunhuset Beslutande enligt bifogad lista': no row after the heading, nothing read from it."""
    ex = extract(HEAD + "Plats och tid Kommunhuset, kl 13.00 Beslutande enligt bifogad närvarolista\n\n"
                 "§ 1 Upprop\n")
    assert attendance(ex) == {}


def test_an_utskotts_letters_after_the_pages_sida(extract):
    """'3 Sida 3 Ksau 40 Dnr 2018/00010 Inbjudningar': the page's number and 'Sida' before the utskott's letters and
    the item's number, no § sign."""
    ex = extract(HEAD + "3 Sida 3 Ksau 40 Dnr 2018/00010 Inbjudningar 1. Kommuninvest bjuder in.\n"
                 "4 Sida 4 Ksau 41 Dnr 2018/00009 Handling\n")
    assert agenda(ex) == {40: "Inbjudningar", 41: "Handling"}


def test_lettered_items_after_a_sentence_on_a_page_run_into_one_line(extract):
    """'PROTOKOLL 2 MEN 23 Fastställande av dagordning Ordföranden öppnade mötet. MEN 24 Val av justerare ...': once
    two lettered items open their pages, the same letters after a full stop open the items between."""
    ex = extract(HEAD + "PROTOKOLL 2 MEN 23 Fastställande av föredragningslista Ordföranden öppnade mötet och "
                 "föreslog föredragningslista. Föredragningslistan fastställdes. MEN 24 Val av justerare Till justerare "
                 "valdes Per Ek.\nPROTOKOLL 3 MEN 26 Föregående protokoll Bo Ås efterfrågade en rapport.\n")
    assert set(agenda(ex)) == {23, 24, 26}
    assert agenda(ex)[24] == "Val av justerare"


def test_lettered_numbers_after_a_sentence_alone_open_no_item(extract):
    """With one lettered item opening its page, 'enligt beslut. MEN 12 ...' in its text is a reference, no item."""
    ex = extract(HEAD + "PROTOKOLL 2 MEN 23 Fastställande av föredragningslista Listan fastställdes. MEN 12 Beslut "
                 "om taxa gäller.\n")
    assert 12 not in agenda(ex)


def test_justering_as_the_label_of_the_justerare(extract):
    """'Justering Tomas Ek (S) och Sofia Jarl (C)': the form's field for the justerare, labelled 'Justering'."""
    ex = extract(HEAD + "Beslutande Anna Berg (S) ordförande Per Holm (M) Tomas Ek (S) Sofia Jarl (C)\n"
                 "Tjänstemän Tommy Sand, kommunchef\n"
                 "Justering Tomas Ek (S) och Sofia Jarl (C) Plats och tid Justerade paragrafer 160-170\n§ 160 Upprop\n")
    assert adjusters(ex) == {"Tomas Ek", "Sofia Jarl"}


def test_signers_a_name_a_line_then_their_roles_on_one_line(extract):
    """'Lilian Ek / Helena Ås / Berit Holm / kommunsekreterare ordförande justerare': a signature table turned on its
    side; each name signs as the role in its place (the kommunsekreterare as the secretary)."""
    ex = extract(HEAD + "Ledamöter: Helena Ås, s, ordförande Berit Holm, c Jan Berg, v\n"
                 "Justeringsdag: 2015-10-05 Paragrafer: 103-112 Justerare: Berit Holm\n"
                 "Lilian Ek\nHelena Ås\nBerit Holm\nkommunsekreterare ordförande justerare\n"
                 "ANSLAGSBEVIS Justeringen har tillkännagivits via anslag\n")
    assert kinds(ex, "Lilian Ek") == {MeetingRoleKind.SECRETARY}
    assert MeetingRoleKind.ADJUSTER not in kinds(ex, "Helena Ås")
    assert adjusters(ex) == {"Berit Holm"}


def test_role_words_that_no_signer_holds_pair_no_names(extract):
    """'Lilian Ek / Helena Ås / ledamot ersättare': seats, not signature fields; no one signs by them."""
    ex = extract(HEAD + "Lilian Ek\nHelena Ås\nledamot ersättare\n§ 1 Upprop\n")
    assert kinds(ex, "Lilian Ek") == set() and kinds(ex, "Helena Ås") == set()


def seats(ex, name: str) -> set[str | None]:
    return {m.role for m in ex.memberships if m.person.name == name}


def assert_chair(ex, chair: str, next_name: str) -> None:
    """The chair's role is `chair`'s, not the name's after it."""
    assert "ordförande" in seats(ex, chair)
    assert "ordförande" not in seats(ex, next_name)


def test_the_chairs_role_after_its_rows_tag_in_a_long_roll(extract):
    """'Beslutande Maths Ek (fp) Ordförande Åke Ås (m) Mia Berg (s) ...' on one long line: rows written name first,
    so the role after the first row's tag is that row's, not a label before the next name."""
    rows = ("Maths Ek (fp) Ordförande Åke Ås (m) Mia Berg (s) Bo Lind (c) Arne Dahl (c) Ers. för Bo Lind 230 "
            "Anna Holm (m) Ers. för Jessica Ek Margareta Svan (spi) Ingvar Stål (s)")
    ex = extract(HEAD + "Plats och tid Socialkontoret, Motala. Onsdagen den 17 december 2008, kl Partigruppsmöten kl "
                 "Ajournering för lunch kl Beslutande " + rows + "\n§ 1 Upprop\n")
    assert_chair(ex, "Maths Ek", "Åke Ås")


def test_a_role_before_the_first_name_still_labels_the_name_after_it(extract):
    """'Beslutande Ordförande Eva Ek (S) Per Ås (M) ...': the roll opens with a role, so it is written role first; the
    chair is the name after the role."""
    ex = extract(HEAD + "Plats och tid Kommunhuset, kl 13.00-16.00 Partigruppsmöten kl 12.00 Ajournering kl 14.00 "
                 "Beslutande Ordförande Eva Ek (S) Per Ås (M) Mia Berg (S) Bo Lind (C) Ulla Dahl (V) Ove Holm (L) "
                 "Kurt Sand (KD) Lisa Nord (MP)\n§ 1 Upprop\n")
    assert_chair(ex, "Eva Ek", "Per Ås")


def test_a_title_in_its_definite_form_ends_the_name_before_it(extract):
    """'Christer Ek Trafikingenjören Anna Berg Folkhälsosamordnaren ...': the titles close the names, they are no
    third name words."""
    ex = extract(HEAD + "Beslutande Lars Ek (s) Gunnar Lind (m) Bo Carlsson (c)\n"
                 "Övriga Christer Ek Trafikingenjören Anna Berg Folkhälsosamordnaren Tomas Sand Rektorn Lena Hall\n"
                 "§ 251 Upprop\n")
    names = set(attendance(ex))
    assert {"Christer Ek", "Anna Berg", "Tomas Sand"} <= names
    assert not any(word in name for name in names for word in ("Trafikingenjören", "Folkhälsosamordnaren", "Rektorn"))


def test_two_chairs_in_turns_sign_the_chairs_field_with_their_sections(extract):
    """'Ordförande... Kurt Ek 1 Christin Lund 2-25': the meeting was chaired in turns, each name with its §§; both
    sign as chair, on one line or with the second name on the line below."""
    for field in ("Ordförande... Kurt Ek 1 Christin Lund 2-25\n", "Ordförande... Kurt Ek 1\nChristin Lund 2-25\n"):
        ex = extract(HEAD + "Beslutande Kurt Ek (S) ordförande 1 Christin Lund (C) vice ordförande Brita Sol (M) "
                     "Per Ås (V)\nUtses att justera Brita Sol\nUnderskrifter Sekreterare...Paragrafer 1-25 Erik Hansson\n"
                     + field + "Justerande... Brita Sol\n§ 1 Upprop\n")
        assert {"Kurt Ek", "Christin Lund"} <= {name for name, kind in meeting_roles(ex) if kind == MeetingRoleKind.CHAIR}


def test_a_name_under_the_chairs_field_without_sections_is_no_second_chair(extract):
    """'Ordförande... Kurt Ek / Brita Sol': with no §§ after the names, the name below is not the chair's."""
    ex = extract(HEAD + "Beslutande Kurt Ek (S) ordförande Brita Sol (M) Per Ås (V)\n"
                 "Underskrifter\nOrdförande... Kurt Ek\nBrita Sol\n§ 1 Upprop\n")
    assert MeetingRoleKind.CHAIR not in kinds(ex, "Brita Sol")


def parties(ex) -> dict[str, str]:
    return {m.person.name: m.party.abbreviation for m in ex.memberships if m.party is not None}


def test_a_roll_grouped_under_the_parties_names(extract):
    """'Ordinarie ledamöter: / Socialdemokraterna / Anna Ek ... Staffan Nilsson Moderaterna / Erich Colberg ...': the
    parties written out head their rows, also where a flattened page ran the next heading onto the last row's line;
    the name is no word of the row's name."""
    ex = extract(HEAD + "Ordinarie ledamöter:\nSocialdemokraterna\nAnna Ek, frånvarande\nHelena Fridlund\nLars Berg\n"
                 "Staffan Nilsson Moderaterna\nErich Colberg, frånvarande\nKerstin Wåghäll\n§ 58 Upprop\n")
    assert parties(ex) == {"Anna Ek": "S", "Helena Fridlund": "S", "Lars Berg": "S", "Staffan Nilsson": "S",
                           "Erich Colberg": "M", "Kerstin Wåghäll": "M"}
    assert attendance(ex)["Anna Ek"] is False and attendance(ex)["Lars Berg"] is True


def test_party_names_in_a_tagged_roll_head_nothing(extract):
    """'Anna Ek (S) / Per Ås (M), Moderaterna': rows with tags of their own keep them; a party written out is no
    group heading there."""
    ex = extract(HEAD + "Beslutande\nAnna Ek (S)\nPer Ås (M)\nLisa Berg (C)\nSocialdemokraterna\nOla Lind (V)\n"
                 "§ 1 Upprop\n")
    assert parties(ex)["Ola Lind"] == "V" and parties(ex)["Anna Ek"] == "S"


def test_members_and_the_deputies_who_served_beside_them(extract):
    """'Ordinarie ledamöter: ersättare vid detta sammanträde: Socialdemokraterna Anna Ek, frånvarande Helena Berg ...':
    two columns run together; the row after an absent member is the deputy who served in that seat."""
    ex = extract(HEAD + "Ordinarie ledamöter: ersättare vid detta sammanträde: Socialdemokraterna Anna Ek, frånvarande "
                 "Helena Fridlund Lars Berg Staffan Nilsson Moderaterna Erich Colberg, frånvarande Kerstin Wåghäll "
                 "Per Holm Ulla Lind\n§ 58 Upprop\n")
    assert seats(ex, "Helena Fridlund") == {"ersättare", "tjänstgörande ersättare"}
    assert seats(ex, "Kerstin Wåghäll") == {"ersättare", "tjänstgörande ersättare"}
    assert seats(ex, "Lars Berg") == {"ledamot"} and seats(ex, "Anna Ek") == {"ledamot"}
    assert attendance(ex)["Anna Ek"] is False and attendance(ex)["Helena Fridlund"] is True


MARKED_ROLL = ("Ledamot Närvaro Ja Nej Kommentarer 1. Marie Ek, ordf (S) {x} 2. Sören Berg, v ordf (V) {x} 3. Tor Jansson "
               "(S) {x} 4. Tomas Is (S) {x} 5. Ken Ax (S) {x} 6. Kent Olsson (C) {x} Ersättare Närvaro Ja Nej Ersätter ledamot "
               "Sylvia Abram (S) {x} Gun Nord (MP) {x} Daniel Jon (S) {x} Nr 4 Linda Ant (S) {x} Eva Lind (S) {x} Per Ås (M) "
               "{x} Lisa Berg (C) {x} Ola Dahl (V) {x} Stina Holm (L) {x}\n§ 1 Upprop\n")


def test_a_cyrillic_cross_is_a_roll_mark(extract):
    """'Marie Ek, ordf (S) Х' with a Cyrillic Х, as a form put it: read as the Latin cross, each row present."""
    ex = extract(HEAD + MARKED_ROLL.format(x="\u0425"))
    assert attendance(ex)["Marie Ek"] is True and attendance(ex)["Stina Holm"] is True
    assert sum(attendance(ex).values()) == 15


def test_a_heading_over_column_names_after_the_last_rows_cross(extract):
    """'... Kent Olsson (C) X Ersättare Närvaro Ja Nej Ersätter ledamot Sylvia Abram (S) X': after the last member's
    cross, 'Ersättare' followed by column names heads the deputies' table; it is no cell of the row before."""
    ex = extract(HEAD + MARKED_ROLL.format(x="X"))
    assert seats(ex, "Kent Olsson") == {"ledamot"}
    assert seats(ex, "Sylvia Abram") == {"ersättare"}


def test_jav_is_no_word_of_a_name(extract):
    """'(Х) Jäv Ziita Eriksson (M) Х': the note of a conflict of interest before the next row's name."""
    ex = extract(HEAD + MARKED_ROLL.format(x="X").replace("5. Ken Ax (S) X", "5. Ken Ax (S) X (X) Jäv Ziita Eriksson (M) X"))
    assert "Ziita Eriksson" in attendance(ex)
    assert not any("Jäv" in name for name in attendance(ex))


def test_an_untitled_run_of_tagged_rows_beside_a_roster_read_elsewhere(extract):
    """'Plats och tid Tranås, kl 18:30-20:00 Beslutat Lars Ek (fp) Bo Fahl (s) ...' (OCR made 'Beslutande'
    'Beslutat') and a 'Passiva ersättare' heading on the next page: the run of tagged rows before the first § is the
    people present, although a roster was read elsewhere."""
    rows = " ".join(f"{first} {last} ({tag})" for first, last, tag in (
        ("Lars", "Ek", "fp"), ("Bo", "Fahl", "s"), ("Siw", "Holm", "m"), ("Anders", "Wik", "m"), ("Krister", "Ryd", "m"),
        ("Barbro", "Sund", "m"), ("Inga", "Fingal", "fp"), ("Per", "Ulf", "fp"), ("Leif", "Ås", "c")))
    ex = extract(HEAD + "Plats och tid Tranås, kl: 18:30-20:00 Beslutat " + rows + "\n"
                 "Passiva ersättare Rebecca Lager (v) Övriga närvarande Roger West kommunchef\n§ 72 Upprop\n")
    present = {name for name, there in attendance(ex).items() if there}
    assert {"Lars Ek", "Bo Fahl", "Leif Ås", "Inga Fingal"} <= present
