"""Roster, signature and agenda conventions first met in protocols nobody on the team had read (a blind
check of stored protocol pages); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, roles   # same folder (rootdir-less tests)

from samgraf.model import Extraction, MeetingRoleKind


def people(ex: Extraction) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance} | \
        {r.person.name for r in ex.meeting_roles}


def agenda(ex: Extraction) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_beslutande_ordinarie_rows_written_surname_first(extract):
    """'Beslutande ordinarie' heads checkbox rows 'Efternamn Förnamn'; the electronic signatures end the block."""
    ex = extract(HEAD + "Beslutande ordinarie\n\n[X] Berglund Anna, ordförande\n[X] Strand Ola\n"
                 "[X] Lind-Holm Maja\n[ ] Vikander Jonas\n\nElektroniska underskrifter\n\nAnna Berglund\n"
                 "ordförande\nKarl Ek\nprotokollförare\n")
    assert {"Anna Berglund", "Ola Strand", "Maja Lind-Holm", "Jonas Vikander"} <= people(ex)
    assert ("Maja Lind-Holm", "ledamot") in roles(ex)
    assert attendance(ex)["Jonas Vikander"] is False and attendance(ex)["Ola Strand"] is True


def test_flattened_signature_fields_with_dot_leaders(extract):
    ex = extract("1 Plats och tid Rådhuset kl. 13:00 Beslutande Anna Berg (S) (ordförande) Per Ek (M) Justeringens "
                 "plats och tid Kansliet Paragrafer Underskrifter Sekreterare.... Lisa Holm Ordförande.... Anna Berg (S) "
                 "Justerande.... Per Ek (M) Protokollet är justerat och har tillkännagivits på anslagstavlan. 1")
    assert {("Lisa Holm", MeetingRoleKind.SECRETARY), ("Per Ek", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)
    assert ("Anna Berg", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_titles_in_parentheses_keep_the_roster_going(extract):
    ex = extract(HEAD + "Övriga närvarande\nMonika Dahl (chef vård- och omsorgsförvaltningen)\n"
                 "Pär Ekholm (chef ekonomi och bitr. förvaltningschef) ,\nLisa Holm (nämndsekreterare)\n"
                 "Karin Vik (kvalitetschef) 107\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert {"Monika Dahl", "Pär Ekholm", "Lisa Holm", "Karin Vik"} <= people(ex)


def test_a_party_tag_makes_a_place_like_surname_a_name(extract):
    ex = extract(HEAD + "Ersättare\nMonica Bodén (S)\nPer Ek (M)\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet och "
                 "hälsade alla välkomna. Föregående protokoll lades till handlingarna.\n")
    assert {m.person.name: m.party.abbreviation for m in ex.memberships if m.party} == {"Monica Bodén": "S",
                                                                                         "Per Ek": "M"}


def test_a_vote_tables_section_column_does_not_end_the_roster(extract):
    """An HTML vote table one cell a line: '§ 4' over 'Tjg / Ej tjg / JA / NEJ' is a column, not a § heading."""
    ex = extract(HEAD + "Beslutande\n  Ordinarie ledamöter\n  Närvaro\n  § 4\n  §\n  Tjg\n  Ej tjg\n  JA\n  NEJ\n"
                 "  Anna Berg (S)\n  ordförande\n  X\n  X\n  Per Ek (M)\n  X\n  X\n\n§ 4 Budget\nBudgeten antogs.\n")
    assert {("Anna Berg", "ledamot"), ("Anna Berg", "ordförande"), ("Per Ek", "ledamot")} <= roles(ex)
    assert agenda(ex) == {4: "Budget"}


def test_stacked_section_numbers_are_not_headings(extract):
    """'§24 / §25 / §26 / §32' beside an official are the §§ attended; the § page below has the heading."""
    ex = extract(HEAD + "Övriga deltagare:\nKarl Ek, ekonom\n§24\n§25\n§26\n§32\n___________________________\n"
                 "Anna Berg/ordförande\n\nSAMMANTRÄDESPROTOKOLL\n§24\nTräff med revisionen\nRevisorerna redogjorde.\n")
    assert agenda(ex) == {24: "Träff med revisionen"}


def test_case_number_after_the_section_sign(extract):
    ex = extract(HEAD + "§ 2 D 2007/036-101\n\nJusterare och justeringsordning\n\nBeslutas att protokollet justeras.\n")
    assert agenda(ex) == {2: "Justerare och justeringsordning"}


def test_flattened_contents_with_numbers_first(extract):
    ex = extract("SAMMANTRÄDESPROTOKOLL\n\n3 Innehållsförteckning 103 Förändring av ärendelistan 104 Ekonomirapport "
                 "t.o.m. september 105 Ny taxa inom vård och omsorg 106 Meddelanden 3\n\n4 103 Förändring av "
                 "ärendelistan Beslut Nämnden beslutar att godkänna ärendelistan.\n")
    assert agenda(ex) == {103: "Förändring av ärendelistan", 104: "Ekonomirapport t.o.m. september",
                          105: "Ny taxa inom vård och omsorg", 106: "Meddelanden"}


def test_contents_with_pages_after_titles_give_no_items(extract):
    ex = extract("SAMMANTRÄDESPROTOKOLL\n\nInnehållsförteckning Val av justerare 3 Budget 2025 4 Meddelanden 5\n\n"
                 "§ 12 Val av justerare\nAnna Berg utses.\n")
    assert agenda(ex) == {12: "Val av justerare"}


def test_representative_headings_and_a_role_cell_before_the_next_heading(extract):
    ex = extract("1 Styrelsen Sida 32 (65) Plats Kulturens Hus Beslutande kommunrepresentanter Anna Berg, (s), "
                 "Arjeplog Lotta Åkesson, (s), Arvidsjaur Helena Strand, (s), Piteå, Tjänstgörande ersättare "
                 "Beslutande partirepresentanter Tomas Ek, (m), Luleå Lars Vik, (kd), Piteå Övriga deltagare "
                 "Karl Holm, kansliet, sekreterare Underskrifter Sekreterare Karl Holm Ordförande Anna Berg "
                 "Justerare. Lotta Åkesson\n")
    assert ("Helena Strand", "tjänstgörande ersättare") in roles(ex)
    assert not any(role == "tjänstgörande ersättare" for name, role in roles(ex) if name in ("Tomas Ek", "Lars Vik"))
    assert {("Lotta Åkesson", MeetingRoleKind.ADJUSTER), ("Karl Holm", MeetingRoleKind.SECRETARY)} <= meeting_roles(ex)
    assert ("Anna Berg", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_titles_written_before_names_after_samt(extract):
    ex = extract("1 Socialnämnden (27) Plats och tid Kommunhuset Beslutande Anna Ekberg (S), ordförande Per Holm (V) "
                 "Övriga deltagande Ersättare: Lisa Dahl (L), Maja Strandberg (S) och Ola Vikström (M) samt sekreterare "
                 "Karl Berg, socialchef Eva Lund, controller Nils Ås 13-16 och områdeschef Maria Tell Närvarorätt "
                 "Utses att justera Per Holm (V) Underskrifter Paragrafer Sekreterare Ordförande Justerande "
                 "Karl Berg Anna Ekberg (S) Per Holm (V)\n")
    assert {("Lisa Dahl", "ersättare"), ("Ola Vikström", "ersättare")} <= roles(ex)
    assert not any(role == "ersättare" for name, role in roles(ex) if name in ("Eva Lund", "Nils Ås", "Maria Tell"))
    assert "Maria Tell" in people(ex) and not any("Närvarorätt" in name for name in people(ex))
    assert {("Karl Berg", MeetingRoleKind.SECRETARY), ("Per Holm", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)


def test_titles_after_names_stay_with_those_names(extract):
    """'Per Ödberg (M), ordförande Ulla Lander (L), vice ordförande Hans Fors (M)': roles after their names."""
    ex = extract("1 Kommunstyrelsen Sammanträdesprotokoll Plats och tid Stadshuset, sammanträdesrum Fjärås, kl. 13.00 "
                 "Beslutande Per Ödberg (M), ordförande Ulla Lander (L), vice ordförande Hans Fors (M) Fredrik Hall (C) "
                 "Eva Borg (S) Utses att justera Fredrik Hall Justeringens plats och tid Stadshuset Paragrafer 1-12\n")
    assert {("Per Ödberg", "ordförande"), ("Ulla Lander", "vice ordförande")} <= roles(ex)
    assert ("Hans Fors", "vice ordförande") not in roles(ex) and ("Ulla Lander", "ordförande") not in roles(ex)


def test_body_genitive_ersattare_heading(extract):
    ex = extract(HEAD + "Direktionens ledamöter\nÅke Nyberg (S), ordförande\nPia Jonsson (S)\n\nDirektionens ersättare\n"
                 "Annika Söder (S), tjänstgörande\nAnna Edvall (C)\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert {("Pia Jonsson", "ledamot"), ("Annika Söder", "tjänstgörande ersättare"), ("Anna Edvall", "ersättare")} \
        <= roles(ex)


def test_two_stacked_headings_over_one_list_leave_the_seat_untold(extract):
    """'Ledamöter' over 'Tjänstgörande ersättare', then one list: which names serve as substitutes is not told."""
    ex = extract(HEAD + "Ledamöter\nTjänstgörande ersättare\nViktor Strand (Region Östergötland)\n"
                 "Anna Svedberg (Arbetsförmedlingen)\n\n§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert not any(role == "tjänstgörande ersättare" for _name, role in roles(ex))
    assert {"Viktor Strand", "Anna Svedberg"} <= people(ex)


def test_short_roster_page_with_bare_party_letters(extract):
    """A short flattened page in a document of flattened pages is read too; 'Katja Olsson V' is a party."""
    ex = extract("1 1(36) Allmänna utskottet Plats och tid Kommunledningskontoret, Pyramiden, kl 13.00 Beslutande "
                 "Ledamöter Se bilagd förteckning Ersättare, ej tjänstgörande Tomas Lönnberg (S) Bella Kronholm (V) "
                 "Övriga närvarande Kommunchef Tommy Hedström Näringslivsstrateg Gabriela Klotz, del av möte Nämnd- "
                 "och utredningssekreterare Malin Berglund Justerare Katja Olsson (V) Underskrifter Sekreterare "
                 "Paragrafer 1-15 Malin Berglund Ordförande Annika Järnvall Justerare Katja Olsson\n\n"
                 "2 2(36) Beslutande Tjänstgörande ersättare Annika Järnvall, ordf. S Katja Olsson V Alf Wikberg V "
                 "Vivianne Pettersson M Allan Myrberg (S)\n\n3 3(36) 1 Godkännande av kallelse Kallelsen godkänns.\n")
    parties = {m.person.name: m.party.abbreviation for m in ex.memberships if m.party}
    assert {"Alf Wikberg": "V", "Vivianne Pettersson": "M", "Katja Olsson": "V"}.items() <= parties.items()
    assert {("Tomas Lönnberg", "ersättare"), ("Bella Kronholm", "ersättare")} <= roles(ex)
    assert {("Malin Berglund", MeetingRoleKind.SECRETARY), ("Katja Olsson", MeetingRoleKind.ADJUSTER)} \
        <= meeting_roles(ex)
    assert ("Malin Berglund", MeetingRoleKind.CHAIR) not in meeting_roles(ex)
    assert {"Tommy Hedström", "Gabriela Klotz", "Malin Berglund"} <= people(ex)


def test_ej_tjanstgorande_and_deltagande_labels(extract):
    ex = extract(HEAD + "Beslutande:\n\nTheresa Rosberg (M) Ordf.\n\nAgneta Sörman (M)\n\nEj tjänstgörande:\n\n"
                 "Robert Larsén (KD)\n\nValter Tidén (S)\n\nDeltagande:\n\nCharlotte Leandersson, miljöchef\n\n"
                 "Helena Hagberg, avd.chef Livsmedel o åldersbegr.varor & Hälsoskydd\n\n"
                 "Filip Andersson, miljöinspektör § 11\n\nUtses att justera:\n\nAgneta Sörman (M)\n")
    assert {("Robert Larsén", "ersättare"), ("Valter Tidén", "ersättare")} <= roles(ex)
    assert {"Charlotte Leandersson", "Helena Hagberg", "Filip Andersson"} <= people(ex)


def test_two_headings_on_one_line_over_merged_columns(extract):
    """'Beslutande: Ersättare:' over names whose two columns ran together: who holds which seat is not told;
    'Närvarande, ej tjg ers:' heads the substitutes who did not serve."""
    ex = extract(HEAD + "Närvarande\n\nBeslutande: Ersättare:\n\nInger Dahlberg, ordförande\n\n"
                 "Anette Schön Erling Johansson Ulrika Björk\n\nCecilia Törn\n\nNärvarande, ej tjg ers:\n\n"
                 "Unni Livén\n\nÖvriga deltagande: Raéd Shaqdi, förbundschef\n")
    assert ("Unni Livén", "ersättare") in roles(ex)
    assert not any(role == "ersättare" for name, role in roles(ex) if name in ("Anette Schön", "Cecilia Törn"))
    assert {"Anette Schön", "Erling Johansson", "Ulrika Björk", "Cecilia Törn"} <= people(ex)


def test_justering_and_secretary_named_in_a_sentence(extract):
    ex = extract(HEAD + "Justering och sekreterare\nAtt jämte ordförande Åke Nyberg justeras protokollet av Pirjo "
                 "Jonsson. Sekreterare är Per Silverberg.\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert {("Åke Nyberg", MeetingRoleKind.CHAIR), ("Pirjo Jonsson", MeetingRoleKind.ADJUSTER),
            ("Per Silverberg", MeetingRoleKind.SECRETARY)} <= meeting_roles(ex)
    assert ("Åke Nyberg", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_camel_case_first_name_in_a_flattened_roster(extract):
    ex = extract("1 Landstingsstyrelsen Sammanträdesprotokoll Plats och tid Landstingshuset, Växjö kl. 09.00 Beslutande "
                 "Anna Fransén (m) ordförande Kjell Gustavsson (c) Yngve Filipsson (fp) RosMarie Jönsson Neckö (s) "
                 "deltog inte under 227 Mayken Nilsson (s) Utses att justera Anna Fransén Paragrafer 210-228\n")
    assert "RosMarie Jönsson Neckö" in people(ex) and "Jönsson Neckö" not in people(ex)


def test_flattened_titles_end_at_the_deciding_body_or_a_page_header(extract):
    """On a flattened page a title runs on into its body: 'Styrelsen för X fastställer ...' opens the body, and
    'VALDIREKTIONSMÖTE 2023-01-18' is the next page's header; a project in capitals stays in its title."""
    filler = " Styrelsen beslutar enligt förslaget och lägger informationen till handlingarna." * 3
    ex = extract("SAMMANTRÄDESPROTOKOLL\n\n1 81 Fastställande av "
                 "föredragningslistans innehåll Styrelsen för Samordningsförbundet Östra Östergötland fastställer "
                 "föredragningslistans innehåll." + filler + " 82 Fastställande av dagordning VALDIREKTIONSMÖTE "
                 "2023-01-18 Dagordningen fastställs." + filler + " 83 Redovisning av ESF-projektet KOMPETENSLYFT "
                 "2024 Förbundschefen redogör för projektet." + filler + "\n")
    assert agenda(ex) == {81: "Fastställande av föredragningslistans innehåll", 82: "Fastställande av dagordning",
                          83: "Redovisning av ESF-projektet KOMPETENSLYFT 2024"}


def test_ej_narvaro_marks_an_absent_substitute(extract):
    ex = extract(HEAD + "Ersättare\nRicardo Olivera (Region Östergötland) ej närvaro\nHåkan Linde (Arbetsförmedlingen)\n\n"
                 "§ 1 Mötets öppnande\nMötet öppnades.\n")
    assert attendance(ex) == {"Ricardo Olivera": False, "Håkan Linde": True}


def test_a_flattened_page_is_not_all_title_area(extract):
    """The labelled date of the header beats a date deep in a flattened page, however few lines the text has."""
    ex = extract("SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Styrelsen 2015-03-05 Sida 32 (65)\n\n"
                 "1 Styrelsen Sida 32 (65) Plats Kulturens Hus, Luleå Beslutande Anna Berg, (s), Arjeplog "
                 "Lotta Åkesson, (s), Arvidsjaur" + " Styrelsen behandlade ärendet och beslutade enligt förslaget." * 12
                 + " Remissvar från medlemskommunerna utsänds den 2 mars. Sista inlämningsdag är den 27 februari.\n")
    assert str(ex.meeting.date) == "2015-03-05"
