"""Real-text layouts: pages flattened to one line by web converters, each convention in a short
invented protocol (names and places are invented; no sentence is copied from a real protocol)."""
from __future__ import annotations

from samgraf.extractors import layout
from samgraf.extractors.normalize import build_view
from samgraf.model import Extraction, MeetingRoleKind
from test_layouts import attendance, meeting_roles, represents, roles   # same folder (rootdir-less tests)

TITLE = "Samordningsförbundet Sjuhärad PROTOKOLL\n\n"
FILLER = " Styrelsen behandlade ärendet och beslutade enligt förslaget utan ändringar under sammanträdet."


def page(text: str) -> str:
    """One flattened page as converters write it: a page number, then the whole page on one line."""
    return TITLE + "1 " + text + FILLER * 2 + "\n"


def people(ex: Extraction) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance}


def test_recovered_view_keeps_length_and_offsets():
    text = page("Plats och tid Beslutande Stadshuset, Borås kl 13.00 Karin Dahl, ordförande, Borås kommun "
                "Ola Strand, ledamot, Ersättare Övriga Maja Lind, ersättare, Marks kommun Paragrafer 1-9")
    view = build_view(text).text
    lined = layout.recover_lines(view)
    assert len(lined) == len(view)
    assert all(a == b or (b == "\n" and a == " ") or b == " " for a, b in zip(view, lined))
    lines = [line.strip() for line in lined.split("\n")]
    assert "Beslutande" in lines and "Paragrafer" in lines
    assert "Karin Dahl, ordförande, Borås kommun" in lines
    assert "Maja Lind, ersättare, Marks kommun" in lines


def test_short_lines_are_left_alone():
    view = "Beslutande Karin Dahl (S)\nOla Strand (M)\n"
    assert layout.recover_lines(view) == view


def test_roster_mid_line_with_form_values_before_the_names(extract):
    ex = extract(page("Plats och tid Beslutande Stadshuset, Storgatan 4, Borås den 3 maj 2021 kl Karin Dahl, "
                      "ordförande, Borås kommun Ola Strand, vice ordförande, Jonas Vik, ledamot, Ersättare Övriga "
                      "Maja Lind, ersättare, Marks kommun Eva Sund, förbundschef Anmält förhinder Per Holm, "
                      "ersättare, Utses att justera Ola Strand Paragrafer 12-20"))
    assert {("Karin Dahl", "ordförande"), ("Ola Strand", "vice ordförande"), ("Jonas Vik", "ledamot"),
            ("Maja Lind", "ersättare"), ("Per Holm", "ersättare")} <= roles(ex)
    assert represents(ex) == {"Karin Dahl": "Borås kommun", "Maja Lind": "Marks kommun"}
    att = attendance(ex)
    assert att["Karin Dahl"] and att["Maja Lind"] and att["Eva Sund"] and att["Per Holm"] is False
    assert "Stadshuset Storgatan" not in " ".join(people(ex))


def test_clipped_heading_and_names_without_separators(extract):
    ex = extract(page("Organ Styrelsen Tid Onsdagen den 5 maj 2021 kl 09.00 ande Karin Dahl ordförande "
                      "Ola Strand vice ordförande Monica Berg Jonas Vik Lars Ek Eva Sund tjänstgörande ersättare "
                      "Utses att justera Lars Ek"))
    assert {"Karin Dahl", "Ola Strand", "Monica Berg", "Jonas Vik", "Lars Ek", "Eva Sund"} <= people(ex)
    assert ("Ola Strand", "vice ordförande") in roles(ex) and ("Karin Dahl", "vice ordförande") not in roles(ex)
    assert ("Eva Sund", "tjänstgörande ersättare") in roles(ex)
    assert all(attendance(ex)[n] for n in ("Monica Berg", "Jonas Vik", "Eva Sund"))


def test_role_column_printed_after_the_names(extract):
    ex = extract(page("Beslutande Karin Dahl (S) ordförande Ola Strand (M) ledamot Övriga närvarande "
                      "Maja Lind (S) Per Holm (M) Eva Sund Lena Ek ersättare ersättare förvaltningschef sekreterare "
                      "Utses att justera Ola Strand (M)"))
    assert {("Maja Lind", "ersättare"), ("Per Holm", "ersättare"), ("Lena Ek", "sekreterare")} <= roles(ex)
    assert ("Lena Ek", "ersättare") not in roles(ex) and ("Eva Sund", "ersättare") not in roles(ex)


def test_presidium_column_goes_to_the_first_names(extract):
    ex = extract(page("Ledamöter Karin Dahl (M) Ola Strand (S) Jonas Vik (C) Maja Lind (S) "
                      "ordförande 1:e vice ordförande Ersättare Per Holm (M) Utses att justera Jonas Vik"))
    assert ("Karin Dahl", "ordförande") in roles(ex) and ("Ola Strand", "vice ordförande") in roles(ex)
    assert ("Maja Lind", "ordförande") not in roles(ex)
    assert ("Per Holm", "ersättare") in roles(ex)


def test_deputy_serving_for_an_absent_member(extract):
    ex = extract(page("Beslutande Karin Dahl (S) ordförande Ola Strand (M) ersättare för Per Holm (M) "
                      "Jonas Vik (C) ledamot Lars Ek för Eva Sund Utses att justera Jonas Vik"))
    assert ("Ola Strand", "tjänstgörande ersättare") in roles(ex)
    att = attendance(ex)
    assert att["Per Holm"] is False and att["Eva Sund"] is False and att["Ola Strand"] and att["Lars Ek"]
    party = {m.person.name: m.party.abbreviation for m in ex.memberships if m.party}
    assert party["Per Holm"] == "M" and party["Ola Strand"] == "M"


def test_section_references_decide_presence_at_the_start(extract):
    ex = extract(page("Beslutande Karin Dahl (S) ordförande Ola Strand (M), t o m 14 Jonas Vik (C) from 15 "
                      "Övriga deltagande Maja Lind, ekonom, § 17 Per Holm, controller, 12 Lena Ek, sekreterare "
                      "Paragrafer 12-20"))
    att = attendance(ex)
    assert att["Karin Dahl"] and att["Ola Strand"] and att["Per Holm"] and att["Lena Ek"]
    assert "Jonas Vik" not in att and "Maja Lind" not in att          # joined later: not known at the start
    assert {"Jonas Vik", "Maja Lind"} <= people(ex)                   # yet people of the meeting


def test_side_by_side_headings_keep_politicians_in_the_first_column(extract):
    ex = extract(page("Beslutande Karin Dahl (S), ordförande Ersättare Övriga deltagande Ola Strand (M), "
                      "Jonas Vik (C), Maja Lind, Per Holm Utses att justera Karin Dahl"))
    assert ("Ola Strand", "ersättare") in roles(ex) and ("Jonas Vik", "ersättare") in roles(ex)
    assert ("Maja Lind", "ersättare") not in roles(ex)


def test_signature_labels_then_names(extract):
    ex = extract(page("Beslutande Karin Dahl, ordförande Ola Strand, ledamot Övriga Lena Ek, förbundschef "
                      "Paragrafer 1-5 Underskrifter Ordförande Justerare Sekreterare Karin Dahl Ola Strand Lena Ek "
                      "ANSLAG/BEVIS Organ Styrelsen"))
    assert {("Karin Dahl", MeetingRoleKind.CHAIR), ("Ola Strand", MeetingRoleKind.ADJUSTER),
            ("Lena Ek", MeetingRoleKind.SECRETARY)} <= meeting_roles(ex)
    assert ("Karin Dahl", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_form_label_utses_att_justera_names_the_value_after_it(extract):
    ex = extract(page("Övriga deltagande Maja Lind, Per Holm, Eva Sund Utses att justera Karin Dahl (S) "
                      "Beslutande Karin Dahl (S) ordförande"))
    adjusters = {n for n, r in meeting_roles(ex) if r == MeetingRoleKind.ADJUSTER}
    assert "Eva Sund" not in adjusters and "Maja Lind" not in adjusters


def test_role_of_another_body_after_a_genitive(extract):
    ex = extract(page("Beslutande Karin Dahl, ordförande Anmält förhinder Per Holm, enhetschef, Marks kommun, "
                      "Beredningsgruppens ordförande. Paragrafer 1-5"))
    assert ("Per Holm", "ordförande") not in roles(ex)
    assert attendance(ex)["Per Holm"] is False


def test_ej_tjanstgorande_is_not_serving(extract):
    ex = extract(page("Beslutande Karin Dahl ordförande Övriga deltagare Ola Strand ej tjänstgörande ersättare "
                      "Jonas Vik tjänstgörande ersättare Utses att justera Karin Dahl"))
    assert ("Ola Strand", "tjänstgörande ersättare") not in roles(ex)
    assert ("Jonas Vik", "tjänstgörande ersättare") in roles(ex)


def test_camel_case_double_first_name(extract):
    ex = extract(page("Ledamöter Karin Dahl (M) GunBritt Strand (S) Jonas Vik (C) Utses att justera Jonas Vik"))
    assert "GunBritt Strand" in people(ex) and "Karin Dahl" in people(ex)


def test_meeting_date_in_the_protocol_title_beats_report_dates(extract):
    ex = extract("Sida 1\nN/A\nN/A\nInnehåll\nDelat\nProtokoll från Kulturutskottets sammanträde 2019-05-08 "
                 "Innehållsförteckning\nKvartalsrapport 2019-03-31 med prognos... 3\n")
    assert str(ex.meeting.date) == "2019-05-08"


def test_a_party_tag_closes_a_name_whose_first_name_is_unknown(extract):
    ex = extract(page("Ledamöter Karin Dahl (S), Borås Ulvhild Strandqvist (M), Marks Tova Berg (V) Zelko Mirza (C) "
                      "Kerstin Ek (KD) Utses att justera Karin Dahl"))
    party = {m.person.name: m.party.abbreviation for m in ex.memberships if m.party}
    assert party.get("Zelko Mirza") == "C" and party.get("Tova Berg") == "V" and party.get("Kerstin Ek") == "KD"
    assert party.get("Karin Dahl") == "S"


def test_heading_clipped_at_the_start_of_a_line(extract):
    ex = extract(TITLE + "rande ledamöter\nKarin Dahl (S), Borås kommun\nOla Strand (M), Marks kommun\n"
                 "iga: Lena Ek, förbundschef\n\n§ 1 Mötets öppnande\n")
    assert ("Karin Dahl", "ledamot") in roles(ex) and ("Ola Strand", "ledamot") in roles(ex)
    assert attendance(ex)["Lena Ek"] is True and ("Lena Ek", "ledamot") not in roles(ex)


def test_role_words_with_ocr_confusions():
    from samgraf.extractors.roles import find_roles
    found = [r.role for r in find_roles("Anna Berg Iedamot, Per Ek rnötesordförande, Eva Sund ersattare")]
    assert found == ["ledamot", "ordförande", "ersättare"]


def test_roster_paragraph_wrapped_at_a_fixed_width(extract):
    ex = extract(TITLE + "Beslutande Ordf.: Karin Dahl (S), Borås Ledamot:\nOla Strand (M), Marks kommun Ledamot: Maja\n"
                 "Lind, Försäkringskassan Tjg ers.: Per Holm,\nArbetsförmedlingen (för Eva Sund)\n\n§ 1 Mötets öppnande\n")
    assert {("Karin Dahl", "ordförande"), ("Ola Strand", "ledamot"), ("Maja Lind", "ledamot"),
            ("Per Holm", "tjänstgörande ersättare")} <= roles(ex)
    assert represents(ex)["Maja Lind"] == "Försäkringskassan" and represents(ex)["Ola Strand"] == "Marks kommun"


def test_rows_with_dotted_leaders_from_role_to_name(extract):
    ex = extract(TITLE + "NÄRVARANDE Ordförande ................\nKarin Dahl (S), Borås Ledamot ................\n"
                 "Ola Strand (M), Marks kommun Ersättare ..............\nMaja Lind, Försäkringskassan\n\n"
                 "§ 1 Mötets öppnande\n")
    assert {("Karin Dahl", "ordförande"), ("Ola Strand", "ledamot"), ("Maja Lind", "ersättare")} <= roles(ex)
    assert ("Karin Dahl", "ledamot") not in roles(ex)


def test_well_formed_rosters_are_not_joined():
    view = "Beslutande\nKarin Dahl (S), ordförande\nOla Strand (M), ledamot\n"
    assert layout.recover_lines(view) == view


def test_capitalised_heading_after_a_tagged_name_opens_a_block(extract):
    ex = extract(page("Beslutande Karin Dahl (S) ordförande Ola Strand (M) Ersättare Maja Lind (M) Per Holm (L) "
                      "Utses att justera Ola Strand"))
    assert ("Ola Strand", "ersättare") not in roles(ex)
    assert ("Maja Lind", "ersättare") in roles(ex) and ("Per Holm", "ersättare") in roles(ex)


def test_stacked_headings_give_no_column_role(extract):
    ex = extract(page("Beslutande Ersättare Adjungerade Karin Dahl (S) ordförande Ola Strand (M) Maja Lind (C) "
                      "Utses att justera Ola Strand"))
    assert ("Karin Dahl", "ordförande") in roles(ex)
    assert not any(r == "ersättare" for _n, r in roles(ex))


def test_heading_named_for_the_body(extract):
    ex = extract(TITLE + "Direktionens ledamöter\nKarin Dahl (S)\nOla Strand (M)\n\n§ 1 Mötets öppnande\n")
    assert ("Karin Dahl", "ledamot") in roles(ex) and ("Ola Strand", "ledamot") in roles(ex)


def test_ersatter_names_the_absent_member(extract):
    ex = extract(TITLE + "Beslutande\nKarin Dahl (S), ordförande\nOla Strand (M) ersätter Per Holm (M)\n\n§ 1 Öppnande\n")
    att = attendance(ex)
    assert att["Per Holm"] is False and att["Ola Strand"] is True


def test_bare_lower_case_party_between_commas(extract):
    ex = extract(TITLE + "Beslutande\nKarin Dahl, s, ordförande\nOla Strand, kd\n\n§ 1 Mötets öppnande\n")
    party = {m.person.name: m.party.abbreviation for m in ex.memberships if m.party}
    assert party == {"Karin Dahl": "S", "Ola Strand": "KD"}


def test_ordinal_vice_chair_with_a_hyphen():
    from samgraf.extractors.roles import normalize_role
    assert normalize_role("1-e vice ordförande") == "vice ordförande"
    assert normalize_role("2:a vice ordförande") == "vice ordförande"


def test_clock_range_in_the_evening():
    from samgraf.extractors.dates import find_time_range
    assert find_time_range("kl 18:00-20:30")[2].end == "20:30"


def test_web_converter_chrome_and_report_titles_are_not_the_body(extract):
    ex = extract("Protokoll\n\nStorlek: px\nStarta visningen från sidan:\n\nTranskript\n\n1 Plats och tid Stadshuset "
                 "Beslutande Karin Dahl (S) ordförande\n\n2 § 1 Delgivningar Protokoll från Kulturrådet 2020-01-02. "
                 "Styrelsen lägger delgivningarna till handlingarna.\n")
    assert ex.meeting.place != "Transkript"
    assert ex.meeting.forbund is None or "Kulturrådet" not in ex.meeting.forbund.label


def test_surname_first_rows_with_bracket_checkboxes(extract):
    ex = extract("Protokoll 2/2023\nOrgan\tKulturnämnden\nSammanträdestid\t3.4.2023 kl. 18:00\n\nBeslutande\nordinarie\n"
                 "[X] Lindholm Karin, ordförande, distans\n[X] Berg Anna\n[ ] Strand Ola\n[X] Holm Maja, vice ordförande\n"
                 "\nÖvriga närvarande\nNyqvist Eva, kulturchef\n\n1 § Sammanträdets laglighet\n")
    att = attendance(ex)
    assert att == {"Karin Lindholm": True, "Anna Berg": True, "Ola Strand": False, "Maja Holm": True,
                   "Eva Nyqvist": True}
    assert {("Karin Lindholm", "ordförande"), ("Karin Lindholm", "ledamot"), ("Maja Holm", "vice ordförande"),
            ("Ola Strand", "ledamot")} <= roles(ex)


def test_genitive_before_a_proposal_is_no_person(extract):
    ex = extract(TITLE + "Beslutande\nKarin Dahl (S), ordförande\n\n§ 4 Val av vice ordförande\n"
                 "Ordförande Karin Dahls förslag:\nStyrelsen väljer en vice ordförande.\n")
    assert not any(m.person.name.endswith("Dahls") for m in ex.memberships)


def test_labels_first_form_keeps_the_list_under_its_heading(extract):
    ex = extract(page("Beslutande Karin Dahl, ordförande, Borås kommun Ola Strand, ledamot, Marks kommun "
                      "Övriga deltagande Utses att justera Maja Lind, ersättare, tjänstgörande ersättare, Marks kommun "
                      "Per Holm, samordnare Eva Sund, ekonom Ola Strand Justeringens tid och plats"))
    att = attendance(ex)
    assert att["Maja Lind"] and att["Per Holm"] and att["Eva Sund"]
    assert ("Maja Lind", "tjänstgörande ersättare") in roles(ex)


def _chair_secretary_adjuster(ex: Extraction) -> set[tuple[str, MeetingRoleKind]]:
    return {(r.person.name, r.role) for r in ex.meeting_roles}


def test_signatures_one_label_one_name_with_form_fields_between(extract):
    ex = extract(page("Beslutande Eva Ek (S), ordförande Olof Lund (M) Lena Ny (C) Underskrifter Sekreterare Per Ro "
                      "Paragraf , Ordförande Eva Ek (s) Paragraf , Justerande Lena Ny (c)"))
    assert {("Eva Ek", MeetingRoleKind.CHAIR), ("Per Ro", MeetingRoleKind.SECRETARY)} <= _chair_secretary_adjuster(ex)
    assert ("Per Ro", MeetingRoleKind.CHAIR) not in _chair_secretary_adjuster(ex)


def test_signature_label_before_a_paragraph_field_and_its_name(extract):
    ex = extract(page("Beslutande Eva Ek (S), ordförande Olof Lund (M) Underskrifter Sekreterare Paragrafer 26 -- 38 "
                      "Per Ro Ordförande Eva Ek (S) Justerare Olof Lund (M) ANSLAG/BEVIS"))
    found = _chair_secretary_adjuster(ex)
    assert {("Eva Ek", MeetingRoleKind.CHAIR), ("Per Ro", MeetingRoleKind.SECRETARY),
            ("Olof Lund", MeetingRoleKind.ADJUSTER)} <= found


def test_directed_place_before_samordningsforbund_is_its_own_forbund():
    from samgraf.extractors.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    found = [m.org.label for m in gaz.find_orgs("Protokoll Norra Västmanlands Samordningsförbund styrelse")]
    assert found == ["Samordningsförbundet Norra Västmanland"]
    assert gaz.resolve_org("Västmanlands samordningsförbund").label == "Samordningsförbundet Västmanland"


def test_capitalised_particle_without_a_surname_after_it_is_the_surname():
    from samgraf.extractors.names import find_person_names
    assert [n for _s, _e, n in find_person_names("Olof Al (M), ordförande", lenient=True)] == ["Olof Al"]
    assert [n for _s, _e, n in find_person_names("Aram El Khoury (KD)", lenient=True)] == ["Aram El Khoury"]


def test_stacked_signature_labels_over_their_names(extract):
    ex = extract(page("Beslutande: Eva Ek (S), ordförande Olof Lund (M) Utses att justera: Sekreterare: Olof Lund "
                      "Paragrafer Per Holm Ordförande:. Eva Ek Justerande:. ANSLAG"))
    found = {(r.person.name, r.role) for r in ex.meeting_roles}
    assert {("Olof Lund", MeetingRoleKind.ADJUSTER), ("Per Holm", MeetingRoleKind.SECRETARY),
            ("Eva Ek", MeetingRoleKind.CHAIR)} <= found
    assert ("Olof Lund", MeetingRoleKind.SECRETARY) not in found


def test_icke_tjanstgorande_heading_and_yttranderatt(extract):
    ex = extract(page("Beslutande Karin Dahl (S), ordförande Ola Strand (M) Icke tjänstgörande ersättare Maja Lind (C) "
                      "Yttranderätt: Per Holm (S) Utses att justera Ola Strand"))
    assert ("Maja Lind", "ersättare") in roles(ex) and ("Ola Strand", "ersättare") not in roles(ex)
    assert attendance(ex)["Per Holm"] is True
