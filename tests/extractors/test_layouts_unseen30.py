"""Conventions of the justerare's field and others first met in a thirtieth blind check and in what earlier checks
noticed and left alone (stored protocol pages nobody on the team had read); each is tested on a short invented
protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, represents, roles

from samgraf.model import MeetingRoleKind

ROSTER = "Beslutande Karin Dahl (S) ordförande, Jonas Vik (M), Ola Strand (C)\n"


def adjusters(ex) -> set[str]:
    return {name for name, role in meeting_roles(ex) if role == MeetingRoleKind.ADJUSTER}


def test_one_justerare_label_over_two_names_joined_by_och(extract):
    """'Justerare: Karin Dahl och Jonas Vik': the field names two justerare, but the label went to the first name
    only; a comma list and party tags between the names are the same field."""
    for field in ("Justerare: Karin Dahl och Jonas Vik", "Justerare Karin Dahl och Jonas Vik",
                  "Justerare: Karin Dahl, Jonas Vik", "Justerare: Karin Dahl (S) och Jonas Vik (M)"):
        assert adjusters(extract(HEAD + ROSTER + field + "\n§ 1 Mötets öppnande\n")) == {"Karin Dahl", "Jonas Vik"}, \
            field
    three = extract(HEAD + ROSTER + "Justerande: Karin Dahl, Ola Strand och Jonas Vik\n§ 1 Mötets öppnande\n")
    assert adjusters(three) == {"Karin Dahl", "Ola Strand", "Jonas Vik"}


def test_two_names_without_a_joiner_stay_a_label_and_a_signer(extract):
    """'Justerare Karin Dahl Jonas Vik': without "och" or a comma the second name may be a signer of another field;
    only the first is the justerare (as before)."""
    assert adjusters(extract(HEAD + ROSTER + "Justerare Karin Dahl Jonas Vik\n§ 1 Mötets öppnande\n")) == {"Karin Dahl"}


def test_a_flattened_justerare_field_keeps_its_second_name(extract):
    """'... Ola Strand Justerare Karin Dahl och Jonas Vik Paragrafer 1-5' on one line: the line recovery put the name
    after "och" on a line of its own, away from the label."""
    ex = extract("Samordningsförbundet Sjuhärad Protokoll styrelsemöte 2024-05-14 Beslutande Karin Dahl (S) "
                 "ordförande, Jonas Vik (M), Ola Strand Övriga Per Ek sekreterare Justerare Karin Dahl och Jonas Vik "
                 "Paragrafer 1-5 § 1 Mötets öppnande\n")
    assert adjusters(ex) == {"Karin Dahl", "Jonas Vik"}


def test_a_justerande_label_ends_the_roster(extract):
    """'Ola Strand / Justerande: / Karin Dahl (S) och Jonas Vik (M)': the label on a line of its own was read as the
    last row's role, so the last member became justerare."""
    ex = extract("Samordningsförbundet Sjuhärad Protokoll styrelsemöte 2024-05-14 Beslutande Karin Dahl (S) "
                 "ordförande, Jonas Vik (M), Ola Strand Justerande: Karin Dahl (S) och Jonas Vik (M) Sekreterare "
                 "Per Ek § 1 Mötets öppnande\n")
    assert adjusters(ex) == {"Karin Dahl", "Jonas Vik"}
    assert ("Per Ek", MeetingRoleKind.SECRETARY) in meeting_roles(ex)


def test_the_justering_field_with_its_place_and_date_before_the_signers(extract):
    """'Protokolljustering: Lemland 1.12.2016 Linda Boman protokolljusterare ...': the place and date of the
    justering run on into the signers, and the line was not read as a signature line."""
    body = (HEAD + "Närvarande: Karin Dahl (S), ordförande, Jonas Vik (M), Linda Boman (C), Anna Ek (L)\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n")
    ex = extract(body + "Protokolljustering: Skara 20.5.2024 Linda Boman protokolljusterare Anna Ek "
                 "protokolljusterare\n")
    assert adjusters(ex) == {"Linda Boman", "Anna Ek"}
    assert adjusters(extract(body + "Justerat Skara den 20 maj 2024 Linda Boman justerare\n")) == {"Linda Boman"}
    assert not adjusters(extract(body + "Justering Skara 2024-05-20 Linda Boman Anna Ek\n"))


def test_narvarande_ers_heads_the_deputies_of_stacked_columns(extract):
    """'Närvarande ledamöter / Närvarande ers / Övriga närvarande' stacked over one run of names: "ers" is the
    deputies' heading. The members' column runs on past a deputy who serves in a member's seat ('tj ersättare');
    the rows after the last of them with a party tag are the deputies present."""
    ex = extract("Landstingsstyrelsen 2008-11-10\nNärvarande ledamöter\nNärvarande ers\nÖvriga närvarande\n"
                 "Eva Rot (m), ordf\nOla Hed (c) 1:e vice ordf\nAnna Fors (s)\nBo Lind (m)\nKim Sjö (m) tj ersättare\n"
                 "Lars Fager (kd)\nGun Ask (s)\nPer Ulv (s) ej närvarande\nJan Ek (s) tj ersättare\nMona Ris (v)\n"
                 "Stig Berg,\nLena Dal\n§ 210 Val av justerare\n")
    r = roles(ex)
    assert {("Bo Lind", "ledamot"), ("Lars Fager", "ledamot"), ("Gun Ask", "ledamot")} <= r
    assert ("Kim Sjö", "tjänstgörande ersättare") in r and ("Jan Ek", "tjänstgörande ersättare") in r
    assert ("Mona Ris", "ersättare") in r
    assert ("Per Ulv", "ledamot") not in r and attendance(ex)["Per Ulv"] is False
    assert not any(name == "Stig Berg" and role in ("ledamot", "ersättare") for name, role in r)


def test_stacked_headings_over_a_run_out_of_the_parties_order_give_no_seat(extract):
    """'Beslutande / Ersättare / Adjungerade' over one run of names: where the parties do not come in an order that
    starts again for the deputies, whose column each name is in is not told, so nobody is made a deputy (before,
    every name after the first party to come back was)."""
    ex = extract("Direktionsprotokoll 2013-09-20\nBeslutande\nErsättare\nAdjungerade\nUlf Ros (S) ordförande\n"
                 "Mia Lönn (M) 1-e vice ordförande\nEva Jons (C) 2-e vice ordförande\nLars Holm (M)\nCarl Pers (C)\n"
                 "Kim Jons (M)\nMats Ohl (M)\nMats Palm (S)\nAnna Carl (M)\nStina Carl (S)\nLena Pal (S)\nÖvriga\n"
                 "Lena Bränn, förbundsdirektör\n§ 44 Fastställande av dagordning\n")
    r = roles(ex)
    assert ("Ulf Ros", "ordförande") in r and ("Eva Jons", "vice ordförande") in r
    assert not any(role == "ersättare" for _name, role in r)


def test_personliga_ersattare_heads_a_column_of_surname_first_rows(extract):
    """'Ledamöter: Höglund Roger, ordf. ... Rosenberg Inger Personliga ersättare: Mattsson Tomas ...': an Åland
    kommunstyrelse's personal deputies, after the members on the same flattened line; the heading had been read as
    a given name ('Inger Personliga') and every deputy as a member."""
    ex = extract("KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11/17 Närvarande Ledamöter: Höglund Roger, ordf. Björkman "
                 "Torbjörn, I viceordf Eriksson Christofer Fagerlund Miina Rosenberg Inger Personliga ersättare: "
                 "Mattsson Tomas Gripenberg Jeanette Johns Elof Övriga närvarande Brunström Erik, kommundirektör "
                 "Underskrifter Roger Höglund, ordförande Erik Brunström, sekr\n")
    r = roles(ex)
    assert {("Inger Rosenberg", "ledamot"), ("Miina Fagerlund", "ledamot")} <= r
    assert {("Tomas Mattsson", "ersättare"), ("Elof Johns", "ersättare")} <= r
    assert ("Torbjörn Björkman", "vice ordförande") in r


def test_viceordf_written_as_one_word(extract):
    """'x Fagerholm Silvana, viceordf.': the vice chair's short form written as one word (Åland)."""
    ex = extract("Sammanträdesprotokoll\nBeslutande\nx Karlsson Runar, ordf.\nx Fagerholm Silvana, viceordf.\n"
                 "x Lindblom Jörgen\nUnderskrifter Ordförande Runar Karlsson Justerare Jörgen Lindblom\n")
    assert ("Silvana Fagerholm", "vice ordförande") in roles(ex)


def test_a_dotted_date_with_a_one_digit_month(extract):
    """'Sammanträdesdatum 23.9.2013': the Finland-Swedish date writes the month with one digit."""
    ex = extract("Sammanträdesprotokoll Nr 13/2013. Sammanträdesdatum 23.9.2013. Organ Kommunstyrelsen\n"
                 "Beslutande Anna Ek, ordf.\n")
    assert str(ex.meeting.date) == "2013-09-23"


def test_an_unlabelled_numbered_list_whose_items_come_again_with_their_bodies(extract):
    """'1. Mötets öppnande 2. Val av justerare ... 6. Mötets avslutande' on a page of its own, then '1. ÖPPNING:
    Ordförande ... 2. VAL AV JUSTERARE FÖR MÖTET: ...': the list has no label, but two of the items come again with
    the list's numbers and titles, so the list is the agenda; its titles come first."""
    ex = extract("Mötesprotokoll nr 13\nBeslutande: Närvarande: Tomas Björk Siv Elm Sara Ols\n\n"
                 "2 1. Mötets öppnande 2. Val av justerare för mötet 3. Godkännande av dagordning för mötet 4. "
                 "Ekonomirapport 5. Nästa styrelsemöte 6. Mötets avslutande 2\n\n3 1. ÖPPNING: Ordförande Tomas Björk "
                 "hälsade alla välkomna. 2. VAL AV JUSTERARE FÖR MÖTET: Till att justera dagens protokoll valdes Sara "
                 "Ols. 3. GODKÄNNANDE AV DAGORDNING FÖR MÖTET: Dagordningen godkändes. 4. EKONOMIRAPPORT\n")
    agenda = {a.number: a.title for a in ex.agenda}
    assert agenda == {1: "Mötets öppnande", 2: "Val av justerare för mötet", 3: "Godkännande av dagordning för mötet",
                      4: "Ekonomirapport", 5: "Nästa styrelsemöte", 6: "Mötets avslutande"}


def test_a_numbered_list_without_its_items_again_is_not_the_agenda(extract):
    """The guard: a numbered list from 1 with no label and no items after it that repeat it stays out."""
    ex = extract("Mötesprotokoll nr 13\nBeslutande: Närvarande: Tomas Björk Siv Elm Sara Ols\n\n"
                 "Våra mål 1. Fler i arbete 2. Bättre hälsa 3. Samverkan mellan myndigheter\n")
    assert not ex.agenda


def test_the_opening_item_found_by_its_words_ends_where_its_body_begins(extract):
    """'1. Mötets öppnande och godkännande av dagordning Områdeschef IFO, Eva Ek hälsar alla välkomna ...': the one
    item found by its usual words ran on to the sentence's full stop."""
    ex = extract("Protokoll 150217\nNärvarande Ulf Sjö, områdeschef skola Eva Ek, tf områdeschef IFO 1. Mötets "
                 "öppnande och godkännande av dagordning Områdeschef IFO, Eva Ek hälsar alla välkomna och förklarar "
                 "mötet öppnat. Beslut: Dagordningen godkänns. 2. Föregående mötes protokoll Mötets ordf")
    assert [(a.number, a.title) for a in ex.agenda][:1] == [(1, "Mötets öppnande och godkännande av dagordning")]


def test_members_over_a_stacked_column_of_the_absent_have_no_presence(extract):
    """'Närvarande ledamöter: Frånvarande: Övriga närvarande: Bror Is Hendrik Bur ... Jeanette Berg, VD': the
    members' names come before the officials', but where the absent ones begin is not told; they were all read as
    present."""
    ex = extract("Protokoll fört vid styrelsesammanträde Tid: 30 maj 2013 Närvarande ledamöter: Frånvarande: Övriga "
                 "närvarande: Bror-Erik Isra Hendrik Burg Ivar Fern Elisabeth Hoik Ulf Wild Jeanette Berg, VD Lars "
                 "Win, ekonomiansvarig 54 Godkännande av dagordning Föreslagen dagordning godkändes.\n")
    att = attendance(ex)
    assert "Bror-Erik Isra" not in att and "Ulf Wild" not in att
    assert att.get("Jeanette Berg") is True
    assert ("Hendrik Burg", "ledamot") in roles(ex)


def test_a_lone_genitive_s_before_beslut_opens_the_body(extract):
    """'10 Dnr Justering av protokoll s beslut utser ...': the body's '<Nämnden>s beslut' with the body's name lost
    by the converter; the title ran on into it."""
    ex = extract("Tid och plats H-salen Beslutande Ledamöter Benny Jons (M), Ordförande\n\n"
                 "§ 10 Justering av protokoll s beslut utser Bengt Sand till att justera protokollet.\n"
                 "§ 11 Begäran från kommunstyrelsen om rapporter\n")
    assert {a.number: a.title for a in ex.agenda}.get(10) == "Justering av protokoll"


def test_a_signature_label_and_a_comma_before_the_signer(extract):
    """'Underskrifter Sekreterare, Siv Elm Ordförande, Thomas Björk Justerande, Sara Ols': each label, a comma, then
    its signer written first name first. 'Sekreterare, Siv' had been read as a name written 'Efternamn, Förnamn',
    so the secretary became chair and the chair justerare."""
    ex = extract("Protokoll styrelsen 2010-09-27\nNärvarande: Thomas Björk Siv Elm Sara Ols Per Lund\n"
                 "Underskrifter Sekreterare, Siv Elm Ordförande, Thomas Björk Justerande, Sara Ols 1\n")
    assert meeting_roles(ex) == {("Siv Elm", MeetingRoleKind.SECRETARY), ("Thomas Björk", MeetingRoleKind.CHAIR),
                                 ("Sara Ols", MeetingRoleKind.ADJUSTER)}


def test_chosen_as_justerare_with_som(extract):
    """'Leif Skog valdes som justeringsman', 'Som justerare valdes Leif Skog': the election with "som" (as), and
    the older word justeringsman; only "till" had been read."""
    head = "Protokoll styrelsen 2012-05-29\nNärvarande: Inga Ek (ordförande) Leif Skog Per Lund\n2. VAL AV JUSTERARE "
    for sentence in ("Leif Skog valdes som justeringsman.", "Leif Skog valdes som justerare.",
                     "Som justerare valdes Leif Skog.", "Till justeringsman valdes Leif Skog."):
        assert adjusters(extract(head + sentence + "\n")) == {"Leif Skog"}, sentence


def test_surname_first_rows_without_commas_before_the_seat(extract):
    """'NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Fredriksson Merja ordförande Engström Eskil viceordförande
    Ekström Kurt medlem ...': a bilingual Finland-Swedish list, each row 'Efternamn Förnamn seat' with no comma;
    "medlem" is the member's seat. Nobody had been read."""
    ex = extract("5/ Social- och hälsovårdsnämnden TID - AIKA KL. - KLO 16:30-18:15 NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET "
                 "JÄSENET Fredriksson Merja ordförande Engström Eskil viceordförande Ekström Kurt medlem Granqvist "
                 "Conny medlem Luoma Mikaela medlem Järvinen Markku suppleant ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET "
                 "Sundqvist Paula tf. socialdirektör\n")
    r = roles(ex)
    assert {("Merja Fredriksson", "ordförande"), ("Eskil Engström", "vice ordförande"), ("Kurt Ekström", "ledamot"),
            ("Mikaela Luoma", "ledamot"), ("Markku Järvinen", "ersättare")} <= r


def test_a_roster_heading_then_the_meetings_time_is_a_form_printed_labels_first(extract):
    """'Sammanträdestid Sammanträdesplats Beslutande kl. 16:00 19:30. Kommunkansliet Jansson Harry, ordförande, ...':
    the form's labels first, then the time, the place and the members; a heading with a lower-case word after it had
    been taken for a word of a row, and the members were not read."""
    ex = extract("JOMALA KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande "
                 "kl. 16:00 19:30. Kommunkansliet Jansson Harry, ordförande, Aaltonen Carina, vice ordförande, Boedeker "
                 "Tomas, Eriksson Peggy. Frånvarande Övriga närvarande Eriksson John, kommundirektör. Paragrafer Jomala "
                 "den 12 februari 2018 Harry Jansson Protokolljustering Jomala den 12 februari 2018 Peggy Eriksson\n")
    r = roles(ex)
    assert ("Harry Jansson", "ordförande") in r and ("Carina Aaltonen", "vice ordförande") in r
    assert attendance(ex).get("Tomas Boedeker") is True


def test_a_chair_of_another_body_named_by_its_short_form(extract):
    """'Ulf Sjö, förste vice ordförande SDN Öster', 'Pär Anton, vice ordförande LRF regionstyrelsen': the seat is on
    the body the capitals name, not on this board (a party's letters are no body: 'ordförande KD')."""
    ex = extract("Protokoll 2015-02-17\nNärvarande Ulf Sjö, förste vice ordförande SDN Öster. Eva Ek, ordförande SDN "
                 "Öster Per Lund, polisen Pär Anton, vice ordförande LRF regionstyrelsen, 107 Ola Berg, ekonom\n"
                 "§ 1 Mötets öppnande\n")
    own = {(m.person.name, m.role) for m in ex.memberships if m.organisation is None}
    assert not {r for r in own if r[1] in ("ordförande", "vice ordförande")}
    assert ("Ulf Sjö", "vice ordförande") in {(m.person.name, m.role) for m in ex.memberships
                                             if m.organisation is not None and m.organisation.label == "SDN Öster"}
    party = extract("Protokoll 2015-02-17\nNärvarande Eva Ek ordförande KD Per Lund ledamot S\n§ 1 Mötets öppnande\n")
    assert ("Eva Ek", "ordförande") in {(m.person.name, m.role) for m in party.memberships if m.organisation is None}


def test_a_short_forms_genitive_owns_the_seat_after_it(extract):
    """'Andersson Otto fm:s ordförande Lepola Janne fm:s 1 vice ordförande': the chairs of the council (fullmäktige)
    sit in on a stadsstyrelse; "fm:s" (and "KF:s") is the genitive of the body's short form, so the seat is that
    body's, not the board's."""
    ex = extract("NÄRVARANDE Heijnsbroek Mia ordförande Isotalo Arja I viceordförande Karlsson Mikael ledamot "
                 "Liljestrand Tom ledamot ÖVRIGA Andersson Otto fm:s ordförande Lepola Janne fm:s 1 vice ordförande "
                 "Berg Per KF:s ordförande Grönholm Thomas personalchef, sekreterare\n")
    r = roles(ex)
    assert ("Mia Heijnsbroek", "ordförande") in r and ("Arja Isotalo", "vice ordförande") in r
    assert not {(n, role) for n, role in r if n in ("Otto Andersson", "Janne Lepola", "Per Berg")
                and role in ("ordförande", "vice ordförande")}


def test_a_groups_chair_keeps_the_municipality_the_row_sits_for(extract):
    """'Adjungerade: Cecilia Backe Lunds kommun (ordf. beredningsgruppen)': she chairs the working group, not the
    board, and she sits for Lunds kommun."""
    ex = extract("STYRELSEN FÖR VATTENRÅDET Närvarande Ledamöter: Thomas Quist Sjöbo kommun (ordf.) Per Svensson "
                 "Tomelilla kommun Adjungerade: Cecilia Backe Lunds kommun (ordf. beredningsgruppen) Anna Olsson "
                 "Kävlinge kommun\n\n1. Val av justerare\n")
    own = {(m.person.name, m.role) for m in ex.memberships if m.organisation is None}
    assert ("Thomas Quist", "ordförande") in own and ("Cecilia Backe", "ordförande") not in own
    assert represents(ex).get("Cecilia Backe") == "Lunds kommun"


def test_konsult_ends_the_list_before_it(extract):
    """'Adjungerade: ... Anna Olsson Kävlingeåns vattenråd Konsult: Tette Alström Ekologgruppen (t.o.m. 6, kl ) Plats:
    ...': a page on one line; "Konsult:" was no heading, so the last adjungerad ran on into the consultants' line and
    the form's fields after it, which read as prose, and she was lost."""
    ex = extract("1 PROTOKOLL 1 (11) STYRELSEN FÖR VATTENRÅDET Närvarande Ledamöter: Kommunrepresentanter Thomas Quist "
                 "Sjöbo kommun (ordf.) Per Svensson Tomelilla kommun Adjungerade: Cecilia Backe Lunds kommun Anna Olsson "
                 "Kävlingeåns vattenråd Konsult: Tette Alström Ekologgruppen (t.o.m. 6, kl ) Plats: Kommunhuset i "
                 "Kävlinge Tid: Torsdagen den 22 september kl Bilagor: 1. Samråd om mjölkproduktion vid Pålstorp i "
                 "Sjöbo kommun\n2 1. Val av justerare\n")
    assert attendance(ex).get("Anna Olsson") is True
    assert ("Anna Olsson", "ledamot") not in roles(ex)


def test_a_roster_heading_with_its_colon_inside_a_short_line(extract):
    """'Styrelsemöte 2012-09-22. Närvarande: Thomas Quist (S), ordförande, ...': the heading after other words on a
    line too short to count as a flattened page; nobody had been read."""
    for head in ("Protokoll styrelsemöte 2012-09-22 ", "Styrelsemöte 2012-09-22. ",
                 "Samordningsförbundet Sjuhärad Styrelsen "):
        ex = extract(head + "Närvarande: Thomas Quist (S), ordförande, Per Svensson (M), Eva Lind (C)\n"
                     "§ 1 Mötets öppnande\n")
        assert {n for n, p in attendance(ex).items() if p} == {"Thomas Quist", "Per Svensson", "Eva Lind"}, head
        assert ("Thomas Quist", "ordförande") in roles(ex)


def test_absent_for_some_later_sections_only(extract):
    """'Ruth Ek, frånvarande 115', 'Massoud Sari, frånvarande 109,110,111,': absent for the §§ named, not from the
    meeting's start (BUN 106); they had been read as absent, and their §§ as where the meeting starts."""
    ex = extract("PITEÅ KOMMUN Sammanträdesprotokoll\nBeslutande\nRuth Ek, frånvarande 115\nAnders Berg\nBirgitta Elf\n"
                 "Erland Lind, tjg ersättare, frånvarande\nMassoud Sari, frånvarande 109,110,111,\nGudrun Berg, tjg "
                 "ersättare\nMarianne Rydberg, tjg ersättare 109,110,111,\nGösta Ture, adj ersättare, frånvarande "
                 "109,110,111,\n\nBUN 106 Dnr 2004/12 Närvaro- och yttranderätt för förvaltningschef\n"
                 "§ 106 Närvaro- och yttranderätt\n§ 107 Budget\n")
    att = attendance(ex)
    assert att["Ruth Ek"] is True and att["Massoud Sari"] is True and att["Gösta Ture"] is True
    assert att["Erland Lind"] is False


def test_a_tables_marks_after_the_names_under_seat_presence_columns(extract):
    """'Ordinarie ledamot Närv. Suppleant, personlig ersättare Närv. Beslutande Ingvar Björk, ordf X Kim Björk - ...':
    an Åland kommunstyrelse's table of members and their personal deputies, each name followed by its cross
    (present) or dash (absent). "Beslutande" after the columns' names had been taken for one of them, and nobody was
    read; the marks after the names mean their own row."""
    ex = extract("GETA KOMMUN SAMMANTRÄDESKALLELSE Organ Sammanträdesdatum Nr Kommunstyrelsen Tid och plats 7 april 2021 "
                 "Klockan 18: Plats: Kommunkansliet Ordinarie ledamot Närv. Suppleant, personlig ersättare Närv. "
                 "Beslutande Ingvar Björk, ordf X Kim Björk - Gunnel Nord, vice ordf - Emilia Karl - Kjell Bernd X "
                 "Erika Bernd - Helena Martin X Tryggve Sund - Ramona Jans X Linda Bladh - Namn Närv. Funktion Övriga "
                 "Gun-Britt Lyng - Kfge-ordf. Gustav Blom X Kommundirektör Paragrafer Underskrifter Protokolljustering "
                 "Geta, den Ingvar Björk, ordförande Geta, den Gustav Blom, föredragande, sekreterare\n")
    att = attendance(ex)
    assert {n for n, p in att.items() if p} == {"Ingvar Björk", "Kjell Bernd", "Helena Martin", "Ramona Jans",
                                                  "Gustav Blom"}
    assert att["Gunnel Nord"] is False and att["Kim Björk"] is False and att["Gun-Britt Lyng"] is False


def test_two_labels_with_colons_stacked_over_one_run_of_names(extract):
    """'Beslutande: / Ersättare: / Storbacka, Bernt / Byggmästar, Liane / ...': both labels stand over the one run
    of names, so whose column each is in is not told; all eighteen had been made deputies."""
    names = ["Storbacka, Bernt", "Byggmästar, Liane", "Dalvik, Sixten", "Dahlbacka, Mikaela", "Filppula, Seppo",
             "Hagström, Elisabeth", "Hongell, Susanne", "Riippa, Bertel"]
    ex = extract("SAMMANTRÄDESPROTOKOLL Nr 8/2014\nSammanträdesplats Kommungården\nBeslutande:\nErsättare:\n" +
                 "\n".join(names) + "\nÖvriga närvarande:\nBjon, Inger\nUnderskrifter Ordförande Liane Byggmästar "
                 "Protokollförare Inger Bjon\n")
    r = roles(ex)
    assert not {x for x in r if x[1] == "ersättare"}
    assert attendance(ex).get("Bernt Storbacka") is True
    one = extract("SAMMANTRÄDESPROTOKOLL Nr 8/2014\nBeslutande:\nAnna Ek\nPer Lund\nErsättare:\nEva Berg\nOla Sand\n")
    assert ("Eva Berg", "ersättare") in roles(one)      # the guard: a label over its own names


def test_a_dash_in_a_tab_tables_party_cell_is_no_mark_of_absence(extract):
    """The guard of the marks after the names: 'Susanne Berg<TAB>-<TAB>Försäkringskassan<TAB>Ledamot<TAB>X' under a
    header row; the dash is the empty party cell and the cross in the presence column says she was there."""
    ex = extract("Närvaro\nNamn\tParti\tOrganisation\tUppdrag\tNärvaro\nMona Ed\tS\tÖstersunds kommun\tOrdförande\tX\n"
                 "Gunnar Pers\tC\tKrokoms kommun\tLedamot\tX\nTherese Olof\tM\tStrömsunds kommun\tLedamot\tX\n"
                 "Susanne Berg\t-\tFörsäkringskassan\tLedamot\tX\nDaniel Hjort\t-\tArbetsförmedlingen\tLedamot\t\n"
                 "\n§ 1 Val av justerare\n")
    att = attendance(ex)
    assert att["Susanne Berg"] is True and att["Gunnar Pers"] is True


def test_a_pages_head_of_the_body_and_date_is_no_item(extract):
    """'1 Socialnämnden 20 september 2017': the first page's number, then the body and the date; not an item 1."""
    ex = extract("Transkript\n\n1 Socialnämnden 20 september 2017\n\n2 SON 2017/27 Plats och tid Rådhuset, 20 september "
                 "2017 Närvarande Beslutande Maria Björk, Ordförande (S) Monika Ek (V)\n")
    assert not ex.agenda


def test_sections_numbered_after_the_bodys_letters(extract):
    """'2 2(42) KSAU 176 KLK Eventuellt övriga ärenden ... 3 3(42) KSAU 177 KLK Information om ...': an arbetsutskott
    numbers its §§ after its letters, no § sign, one to a page; nothing had been read. A body's decision opening the
    § body ends the title ('Föregående protokoll Miljö- och byggnadsnämndens beslut 1. ...')."""
    ex = extract("1 1(42) Tid och plats Kommunhuset Beslutande Carina Zach (M) - ordförande\n\n"
                 "2 2(42) KSAU 176 KLK Eventuellt övriga ärenden beslutar som extra ärende hantera yttrande.\n\n"
                 "3 3(42) KSAU 177 KLK Information om Europakorridoren samt övriga järnvägsutbyggnader Ordförande "
                 "Carina Zach informerar om utredningar.\n\n4 4(42) KSAU 178 KLK Information från Kommunfastigheter Vid "
                 "arbetsutskottets sammanträde lämnas information.\n")
    assert {a.number: a.title for a in ex.agenda} == {
        176: "Eventuellt övriga ärenden", 177: "Information om Europakorridoren samt övriga järnvägsutbyggnader",
        178: "Information från Kommunfastigheter"}
    mbn = extract("2 Miljö- och byggnadsnämnden Mbn 141 Föregående protokoll Miljö- och byggnadsnämndens beslut 1. "
                  "Lägga informationen till handlingarna.\n\n3 Miljö- och byggnadsnämnden Mbn 142 Miljö- och "
                  "byggnadsnämndens ärendebalanslista Miljö- och byggnadsnämndens beslut 1. Avsluta uppdraget.\n")
    assert {a.number: a.title for a in mbn.agenda}.get(141) == "Föregående protokoll"


def test_a_reference_to_another_bodys_section_is_no_heading(extract):
    """The guard: 'Sida 2', 'Au 84' once, out of order: no run of one body's letters."""
    ex = extract("Protokoll\nSida 2 Information om budget\nSida 3 Information om lokaler\n"
                 "Ärendet har beretts av Au 84 Kommunstyrelsen beslutar att godkänna.\n")
    assert not ex.agenda


def test_sections_after_the_bodys_letters_under_a_page_head_and_with_references(extract):
    """'2 HÖGSBY KOMMUN SAMMANTRÄDESPROTOKOLL 2 KS 241 DNR: KU Godkännande av dagordning': the page's head in
    capitals before the body's letters, a case number and an office after the number; 'Socialnämnden Sn 50 Au 84 Sn
    34 Dnr 2016/ Budget ...': earlier bodies' §§ between the number and the title."""
    ks = extract("1 HÖGSBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 Beslutande Ingemar Svan (C), ordförande\n\n"
                 "2 HÖGSBY KOMMUN SAMMANTRÄDESPROTOKOLL 2 KS 241 DNR: KU Godkännande av dagordning Föreslås att "
                 "dagordningen kompletteras.\n\n3 HÖGSBY KOMMUN SAMMANTRÄDESPROTOKOLL 3 KS 242 DNR: KU Regional "
                 "samverkan kring trafik Föreslås att kommunen deltar.\n")
    assert {a.number: a.title for a in ks.agenda} == {241: "Godkännande av dagordning",
                                                     242: "Regional samverkan kring trafik"}
    sn = extract("3 VILHELMINA KOMMUN PROTOKOLL 3 Sn 49 Sammanträdets öppnande, formalia. Ordförande Anna Wib öppnade "
                 "sammanträdet.\n\n4 VILHELMINA KOMMUN PROTOKOLL 4 Socialnämnden Sn 50 Au 84 Sn 34 Au 57 Dnr 2016/ "
                 "Budget och ekonomisk uppföljning Förvaltningschef Roland Bång föredrar ärendet.\n")
    assert {a.number: a.title for a in sn.agenda} == {49: "Sammanträdets öppnande, formalia",
                                                     50: "Budget och ekonomisk uppföljning"}
