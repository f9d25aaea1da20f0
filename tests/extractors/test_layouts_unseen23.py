"""Conventions first met in a twenty-third blind check (stored protocol pages nobody on the team had read, scored
before any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, roles   # same folder (rootdir-less tests)

from samgraf.model import MeetingRoleKind


def people(ex) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance}


def test_a_list_of_other_participants_headed_on_a_later_page(extract):
    """'Övriga deltagande Enligt bifogade förteckning' on the front, and on the next page 'Förteckning över övriga
    deltagande: Per Vik, kommunchef Sara Ny, ekonomichef ...' after the page's head: the list heads its rows."""
    text = ("1 ÖSBY KOMMUN Sammanträdesprotokoll 1 (9) Plats och tid Stadshuset, Ovalen, kl Beslutande Eva Berg (S), "
            "ordförande Lars Holm (M) Åsa Fors (S) Mats Lind (C) Anna Vik (S) Olle Ek (V) Övriga deltagande Enligt "
            "bifogade förteckning Utses att justera Lars Holm (M) Justeringens plats och tid Kommunkontoret\n\n"
            "2 ÖSBY KOMMUN Sammanträdesprotokoll 2 Förteckning över övriga deltagande: Per Vik, kommunchef "
            "Sara Ny, ekonomichef Jonas Åker, kommunsekreterare Lina Berg, kommunstrateg Ulf Dahl, utvecklingschef, "
            "36 Karin Holm, verksamhetsutvecklare, 37\n\n"
            "3 ÖSBY KOMMUN Sammanträdesprotokoll 3 KS 36 Information om budgeten Kommunstyrelsen beslutar att notera "
            "informationen.\n")
    ex = extract(text)
    assert {"Per Vik", "Sara Ny", "Jonas Åker", "Lina Berg"} <= people(ex)
    assert attendance(ex).get("Lina Berg") is True


def test_a_name_between_two_titles_though_its_first_name_is_not_in_our_list(extract):
    """'Mats Dal, kommunchef Cåre Lundin, ekonomichef' and 'Cecilia Ek, ordf. Evalotta Stolt, v. ordf.': two
    capitalised words between the title of the row before and a title of their own are the next row's person
    (before, the first name unknown, they were read as the title of the row before)."""
    text = ("Protokoll fört vid sammanträde med styrelsen 2013-03-08\nNärvarande:\nOrdinarie ledamöter\n"
            "Cecilia Ek, ordf. Evalotta Stolt, v. ordf.\nTomas Rask\nÖvriga\nMats Dal, kommunchef Cåre Lundin, ekonomichef\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n")
    ex = extract(text)
    assert {"Evalotta Stolt", "Cåre Lundin"} <= people(ex)
    assert ("Evalotta Stolt", "vice ordförande") in roles(ex) and ("Cecilia Ek", "ordförande") in roles(ex)
    assert ("Mats Dal", "ekonomichef") not in roles(ex)


def test_a_deputy_who_does_not_serve_in_a_relative_clause(extract):
    """'Jan Lo (M), ersättare som inte tjänstgör': a deputy present who does not serve (before, 'tjänstgör' made
    the deputy a serving one)."""
    text = ("Plats och tid Kommunhuset, kl 13.00\nBeslutande Irja Holm (S), ordförande, Pär Lind (M), Eva Berg (C)\n"
            "Övriga deltagande Jan Lo (M), ersättare som inte tjänstgör Dan Ek (S), ersättare som ej tjänstgör\n"
            "§ 1 Sammanträdets öppnande\n")
    ex = extract(text)
    assert ("Jan Lo", "ersättare") in roles(ex) and ("Dan Ek", "ersättare") in roles(ex)
    assert ("Jan Lo", "tjänstgörande ersättare") not in roles(ex)
    assert ("Dan Ek", "tjänstgörande ersättare") not in roles(ex)
    assert attendance(ex).get("Jan Lo") is True


def test_a_deputy_listed_among_the_members_who_vote_serves(extract):
    """'Beslutande ledamöter ... Leif Ek (SD), ersättare': a deputy listed among the voting members serves in a
    seat (both roles, as under a bare 'Beslutande'); the members keep their seat."""
    text = ("Sammanträdesprotokoll 1 (3)\nBeslutande ledamöter\nPeter Sand (S), ordförande\nSten Ås (S)\n"
            "Leif Ek (SD), ersättare\nPer Alm (C), ersättare\nÖvriga närvarande\nMikael Berg, kommundirektör\n"
            "§ 177 Månadsrapport\n")
    ex = extract(text)
    assert ("Leif Ek", "tjänstgörande ersättare") in roles(ex) and ("Leif Ek", "ersättare") in roles(ex)
    assert ("Per Alm", "tjänstgörande ersättare") in roles(ex)
    assert ("Sten Ås", "ledamot") in roles(ex) and ("Sten Ås", "tjänstgörande ersättare") not in roles(ex)


def test_a_row_sharing_its_neighbours_cell_though_its_first_name_is_not_in_our_list(extract):
    """'Jonas Lund Sektor Trygghet och stöd 3 / Makki Al Musawi Sektor Trygghet och stöd 3 / Eric Sand ...': a
    line ending in the cell the row beside it has after its name is a row too, and what stands before the cell
    is a name (before, the line was read as prose and ended the roster)."""
    text = ("Plats Stadshuset, sammanträdesrum Marstrand\nBeslutande Linda Ås (S) ordförande Robert Syr (M)\n"
            "Övriga deltagare\nLena Arn Sektor Trygghet och stöd 3-18\nJonas Lund Sektor Trygghet och stöd 3\n"
            "Makki Al Musawi Sektor Trygghet och stöd 3\nEric Sand Sektor Trygghet och stöd 6\n"
            "Helene Berg Sektor Trygghet och stöd 8\n\n§ 1 Val av justerare\n")
    found = people(extract(text))
    assert {"Makki Al Musawi", "Eric Sand", "Helene Berg"} <= found


def test_two_names_with_a_lower_case_cell_after_them_are_no_shared_row(extract):
    """Guard: a prose line under a roster that happens to end like a row above it is still no row when the words
    before the shared part are no name ('Mötet beslutar enligt Sektor ...')."""
    text = ("Övriga deltagare\nLena Arn Sektor Trygghet och stöd\nMötet beslutar enligt förslaget från Sektor "
            "Trygghet och stöd\n§ 1 Val av justerare\n")
    assert "Mötet Beslutar" not in people(extract(text))


def test_stacked_deputies_and_officials_headings_over_one_run(extract):
    """'Övriga närvarande Ersättare Tjänstemän Anna Bad (s) Conny Berg (s) ... Annika Ros omsorgschef, ...':
    headings printed first, then one run of names: the party-tagged rows first are the deputies, the rows with
    titles after them the officials."""
    text = ("SAMMANTRÄDESPROTOKOLL 1(16) Plats och tid Högalid, kl Beslutande Ledamöter Tomas Ras (s) ordförande "
            "Meta Jarl (s) Anita Peter (v) Övriga närvarande Ersättare Tjänstemän Anna Bad (s) Conny Berg (s) "
            "Sofia Sven (c) Annika Ros omsorgschef, Lotta Tyr verksamhetschef, Iréne Pers nämndsekreterare. "
            "Utses att justera Anita Peter (v)\n")
    ex = extract(text)
    assert ("Anna Bad", "ersättare") in roles(ex) and ("Sofia Sven", "ersättare") in roles(ex)
    assert ("Annika Ros", "ersättare") not in roles(ex)


def test_vice_chairs_numbered_with_roman_numerals(extract):
    """'Backman Gustav, I viceordförande Granlund Gun, II viceordförande': Finland-Swedish vice chairs; a
    council's ('fullm. I viceordf.') is that body's title, not this board's."""
    text = ("KST Tid kl 18:00 Plats kommungården Närvarande Östman Per, ordförande Backman Gustav, I viceordförande "
            "Granlund Gun, II viceordförande Blusi Anna-Lena, ledamot Redlig Ann-Kristin, ledamot Övriga närvarande "
            "Heir Kjell, fullm. I viceordf. Holtti Tom, kommunsekr.\n§ 30 Föredragningslistan\n")
    ex = extract(text)
    assert ("Gustav Backman", "vice ordförande") in roles(ex) and ("Gun Granlund", "vice ordförande") in roles(ex)
    assert ("Kjell Heir", "vice ordförande") not in roles(ex)


def test_signers_each_with_the_role_after_the_name_before_another_field(extract):
    """'Protokollet undertecknat / Vörå Per Ek ordförande Tom Holm sekreterare Ann Lo protokolljusterare Till
    påseende ...': after the signatures' heading and the place, each name with its role after it, up to the next
    field of the form."""
    text = ("Närvarande Ek Per, ordförande Lo Ann, ledamot Sund Bo, ledamot\n§ 30 Föredragningslistan\n"
            "Föredragningslistan godkändes.\nProtokollet undertecknat\nVörå Per Ek ordförande Tom Holm sekreterare "
            "Ann Lo protokolljusterare Till påseende Kommungården i Vörå, kl 9\n")
    ex = extract(text)
    found = meeting_roles(ex)
    assert ("Per Ek", MeetingRoleKind.CHAIR) in found and ("Tom Holm", MeetingRoleKind.SECRETARY) in found
    assert ("Ann Lo", MeetingRoleKind.ADJUSTER) in found


def test_the_opening_item_choosing_two_adjusters_without_its_sign(extract):
    """'... beslutfört. 59 Val av två protokollsjusterare Till protokollsjusterare valdes: ...': the meeting's opening
    item by its usual title, its § sign lost, and the sentence choosing them after it."""
    text = ("KOMMUNSTYRELSEN PROTOKOLL Beslutande Eva Berg, ordf. Lars Holm\n\nSammanträdets öppnande Ordföranden "
            "öppnade sammanträdet och konstaterade att det var beslutfört. 59 Val av två protokollsjusterare Till "
            "protokollsjusterare valdes: Eva Berg och Lars Holm. Protokollet justeras senast torsdagen.\n")
    ex = extract(text)
    assert (59, "Val av två protokollsjusterare") in [(a.number, a.title) for a in ex.agenda]


def test_a_signer_spelled_a_letter_apart_from_the_roster_is_the_rosters_person(extract):
    """'Beslutande Elisabeth Moborg, S ... Lena Cassel, SD' and, in the signatures, 'Ordförande Elisabet Moborg
    Justerande Lena Casell': one person each, under the roster's spelling, with the signature's role."""
    text = ("Kultur- och fritidsnämnden\nBeslutande\nElisabeth Moborg, S\nMaud Steen, C\nLena Cassel, SD\n"
            "Ersättare\nPer-Arne Olsson, S\n\n§ 11 Godkännande av dagordning\nDagordningen godkänns.\n\n"
            "Underskrifter\nSekreterare\nLiselott Björk\nOrdförande\nElisabet Moborg\nJusterande\nLena Casell\n")
    ex = extract(text)
    found = people(ex) | {r.person.name for r in ex.meeting_roles}
    assert "Elisabet Moborg" not in found and "Lena Casell" not in found
    assert ("Elisabeth Moborg", MeetingRoleKind.CHAIR) in meeting_roles(ex)
    assert ("Lena Cassel", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)


def test_a_signer_close_to_two_roster_names_keeps_the_signatures_spelling(extract):
    """Guard: where two roster names are as close to the signature's ('Anna Berggren' against 'Anna Bergren' and
    'Anna Berggran'), nothing says which one signed."""
    text = ("Beslutande\nAnna Bergren, S\nAnna Berggran, M\nOlof Lind, C\n\n§ 1 Mötets öppnande\n\n"
            "Underskrifter\nOrdförande\nAnna Berggren\n")
    assert ("Anna Berggren", MeetingRoleKind.CHAIR) in meeting_roles(extract(text))


def test_participants_after_a_colon_inside_a_long_line(extract):
    """'... På Länsstyrelsen i Jönköpings län Deltagare: Lars Bäck, Kjell Ald, ..., Hans Kar (suppl), ...
    Frånvarande: ...' on one line: 'Deltagare:' heads the comma list (before, the list was read as no roster)."""
    text = ("1 Nr 2/2009 Protokoll vid förbundets styrelsesammanträde På Länsstyrelsen i Jönköpings län Deltagare: "
            "Lars Bäck, Kjell Alm, Ingemar Berg, Tomas Karlsson, Elisabet Lenn, Magnus Byman, Björn Dahl, "
            "Hans Karlsson (suppl), Jonas Dahl (suppl), Ola Broberg, Linda Englund. Frånvarande: Anders Grahn (ej "
            "suppl), Mötesprotokoll 17. Mötets öppnande Mötet öppnades.\n")
    ex = extract(text)
    assert {"Lars Bäck", "Ingemar Berg", "Björn Dahl", "Linda Englund"} <= people(ex)
    assert ("Hans Karlsson", "ersättare") in roles(ex)
    assert attendance(ex).get("Ola Broberg") is True


def test_a_heading_with_its_own_colon_after_a_column_name(extract):
    """'Omfning: Närv. Beslutande: Ulf Ek, ordf Ja Tomas Lo, v ordf Ja ...': a heading after a table's column
    name is a cell, but not with a colon of its own (before, the whole roster stayed one line and was lost)."""
    text = ("1 Länstrafiken AB PROTOKOLL 1 (9) Styrelsesammanträde Dnr LT05109 Sammanträdesdag: Tid: kl Plats: LT:s "
            "kansli, Högsby Omfning: Närv. Beslutande: Ulf Ek, ordf Ja Tomas Lo, v ordf Ja Markus Sund, ledamot Ja "
            "Håkan Alm, ledamot Ja Pierre Dahl, ledamot Ja Lena Segerlund, suppleant Göran Hägg, suppleant Birgitta "
            "Elm, suppleant Åke Nord, suppleant Lennart Mik, suppleant Nej Nej Ja, observatör Ja, observatör Nej "
            "Övriga närvarande: Primärkommunala nämnden: Roland Ås och Bo Berg (deltog under och 60) LT: VD "
            "Karl-Johan Bod, Bengt-Åke Melk, Lars Lind, Christer Ols (sekreterare) 47 Sammanträdet öppnas Mötets "
            "ordförande Ulf Ek hälsade alla välkomna till styrelsesammanträdet. Roland Ås och Bo Berg hälsades extra "
            "varmt välkomna till dagens möte. 48 Godkännande av förslag till dagordning Utsänd dagordning godkändes, "
            "med tillägg av 61 Övriga frågor, Hållplatsanslag.\n")
    ex = extract(text)
    assert {"Tomas Lo", "Markus Sund", "Håkan Alm", "Lena Segerlund", "Åke Nord"} <= people(ex)
    assert ("Markus Sund", "ledamot") in roles(ex) and ("Lena Segerlund", "ersättare") in roles(ex)


def test_a_member_away_for_one_later_section_is_present(extract):
    """'Per Eriksson, ledamot ej § 67' in a meeting that opens with § 61: present, away for § 67 only (before, the
    § beside the name read as 'there for § 67 only' and the attendance was left out). A guest at a later § only
    ('Eva Lo, ekonom § 66') is still not told present at the start."""
    text = ("Protokoll fört vid sammanträde med styrelsen\nNärvarande:\nOrdförande\nCristina Glad, ledamot\n"
            "Per Eriksson, ledamot ej § 67\nOlle Sand, ledamot\nÖvriga\nBengt Asp, prorektor utom § 67\n"
            "Eva Lo, ekonom § 66\n\nSammanträdet öppnas\n§ 61\nOrdföranden öppnar sammanträdet.\n\n"
            "Godkännande av föredragningslistan\n§ 62\nFöredragningslistan fastställs.\n")
    found = attendance(extract(text))
    assert found.get("Per Eriksson") is True and found.get("Bengt Asp") is True
    assert found.get("Eva Lo") is None
