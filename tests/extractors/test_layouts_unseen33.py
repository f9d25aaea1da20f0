"""Conventions first met in a thirty-third and a thirty-fourth blind check (stored protocol pages nobody on the team had
read, a third of them Åland and Finland-Swedish boards); each is tested on a short invented protocol (names are
invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, roles

from samgraf.model import MeetingRoleKind

FINNISH_HEAD = "KOMMUNSTYRELSEN PROTOKOLL\nTid och plats Måndagen den 5 maj 2014 kl. 19:00 Kommunkansliet\n"


def adjusters(ex) -> set[str]:
    return {name for name, role in meeting_roles(ex) if role == MeetingRoleKind.ADJUSTER}


def role_of(ex, kind: MeetingRoleKind) -> set[str]:
    return {name for name, role in meeting_roles(ex) if role == kind}


def test_a_lone_presence_column_and_a_rows_mark_before_a_group(extract):
    """'Närv. Beslutande Ingvar Ek, ordförande X ... Gerd Berg X Övriga Dan Ås, kommundirektör X': the table's one
    column name before the first group, and a row's mark before the next, were read as cells of a header, so the
    groups were not headings and the rows were lost."""
    ex = extract("PROTOKOLL Tid och plats Måndagen den 5 maj 2014 kl. 19: Kommunkansliet Närv. Beslutande Ingvar Ek, "
                 "ordförande X Kjell Bern, viceordförande X Camilla Ahl - Gerd Berg X Gunnel Nord X Övriga Dan Ås, "
                 "kommundirektör X Paragrafer 66-83 Underskrifter\n")
    assert attendance(ex) == {"Ingvar Ek": True, "Kjell Bern": True, "Camilla Ahl": False, "Gerd Berg": True,
                              "Gunnel Nord": True, "Dan Ås": True}
    assert {("Ingvar Ek", "ordförande"), ("Kjell Bern", "vice ordförande")} <= roles(ex)


def test_a_header_run_of_column_names_stays_a_header(extract):
    """Guard: 'Namn Tillhörighet Tjänstgör Ersättare ...': after a run of column names a seat word is a cell."""
    from samgraf.extractors.layout import find_labels
    line = "Namn Tillhörighet Tjänstgör Ersättare Rickard Ek Tibro kommun Ja " * 4
    assert not [lab for lab in find_labels(line, 0, len(line)) if line.startswith("Ersättare", lab.start)]


def test_the_chair_of_an_assembly_is_no_chair_of_the_board(extract):
    """'Dan Ås, KFGE-ordförande', 'fullm.ordförande', 'kfge ordf.', 'förbundsstämmans viceordförande', 'I viceordf.,
    fullm.': the chairs of fullmäktige or of a förbund's stämma, listed among those present; the board's own chair
    keeps the role."""
    ex = extract(FINNISH_HEAD + "Beslutande Ingvar Ek, KST-ordförande X Kjell Bern X Gerd Berg X Övriga Dan Ås, "
                 "KFGE-ordförande X Gun Lind, KFGE-viceordförande - Per Holm, fullm.ordförande X Ola Ek, kfge ordf. X "
                 "Ulla Ström, förbundsstämmans viceordförande X Lena Ås, I viceordf., fullm. X\n§ 66 Öppnande\n")
    board_chairs = {m.person.name for m in ex.memberships if m.role in ("ordförande", "vice ordförande")
                    and m.organisation is None}
    assert board_chairs == {"Ingvar Ek"}
    others = {(m.person.name, m.organisation.label) for m in ex.memberships if m.organisation is not None}
    assert {("Dan Ås", "KFGE"), ("Lena Ås", "fullm"), ("Ulla Ström", "förbundsstämman")} <= others


def test_ordinarie_and_personlig_ersattare_headings(extract):
    """'Ordinarie: Anna Ek, ordf. ... Personlig ersättare Olle Ström ...' (a Finland-Swedish roster): 'Ordinarie:'
    opens the members and the singular 'Personlig ersättare' the deputies."""
    ex = extract(FINNISH_HEAD + "Sammanträdesplats: Kommunkansliet Ärenden; Ordinarie: Anna Ek, ordf. Per Lund, "
                 "viceordf. Eva Berg Kim Ek Ulla Holm Personlig ersättare Olle Ström Ida Berg Lars Nyberg Övriga: "
                 "Jonas Karlsson, ekonomichef Underskrift\n")
    found = roles(ex)
    assert {("Eva Berg", "ledamot"), ("Ulla Holm", "ledamot"), ("Anna Ek", "ordförande")} <= found
    assert {name for name, role in found if role == "ersättare"} == {"Olle Ström", "Ida Berg", "Lars Nyberg"}


def test_protokollsjusterare_chosen_in_a_sentence(extract):
    """'Till protokollsjusterare valdes Per Lund och Eva Berg.': the genitive s of 'protokolls-' kept the sentence
    from being read."""
    ex = extract(HEAD + "Ledamöter: Anna Ek, Per Lund, Eva Berg\n§ 2 Val av två protokollsjusterare\n"
                 "Till protokollsjusterare valdes Per Lund och Eva Berg.\n")
    assert adjusters(ex) == {"Per Lund", "Eva Berg"}


def test_ersatter_is_a_deputy_serving(extract):
    """'Birgitta Bolin, s, ersätter Åke Nyhlén, s' under Beslutande: like 'ersättare för', a deputy who serves in
    the member's place; the member is not there."""
    ex = extract(HEAD + "Beslutande\nAnna Ek, s, ordförande\nBirgitta Bolin, s, ersätter Åke Nyhlén, s\n"
                 "Inger Persson, s\n§ 1 Val\n")
    found = roles(ex)
    assert {("Birgitta Bolin", "ersättare"), ("Birgitta Bolin", "tjänstgörande ersättare")} <= found
    assert attendance(ex)["Åke Nyhlén"] is False


def test_a_dagordning_numbered_as_the_sections(extract):
    """'Dagordning 52. Mötets öppnande 53. ... 59. Projektförskott' and, after it, the items again with their bodies:
    the list is numbered as the §§ (on from the year's earlier meetings), so its items the page shows no body for
    are the agenda's too."""
    ex = extract("Trekom Leaders styrelse Möte nr: 4 Plats: Norsjö Tid: 21 januari 2009, kl 15 Dagordning 52. "
                 "Mötets öppnande 53. Val av justerare 54. Föregående protokoll 55. Verksamhetsledare 56. "
                 "Medfinansiering 57. Projektförskott Närvarande Roland Lund (ordf), Malå Ingrid Ejder, Norsjö\n\n"
                 "Protokoll 52. Mötets öppnande Ordföranden öppnade mötet 53. Val av justerare Beslut: Till justerare "
                 "valdes Ingrid. 54. Föregående protokoll Beslut: Protokollet godkändes 55. Verksamhetsledare Beslut: "
                 "Att godkänna förslaget\n")
    assert {a.number: a.title for a in ex.agenda} == {
        52: "Mötets öppnande", 53: "Val av justerare", 54: "Föregående protokoll", 55: "Verksamhetsledare",
        56: "Medfinansiering", 57: "Projektförskott"}


def test_an_unlabelled_list_from_a_later_number_is_no_agenda(extract):
    """Guard: numbered points inside a § ('3. Kartläggning 4. Insatser 5. Uppföljning') are no agenda list."""
    ex = extract(HEAD + "Beslutande: Anna Ek, Per Lund\n§ 1 Verksamhetsplan\nPlanen tar upp 3. Kartläggning "
                 "4. Insatser 5. Uppföljning.\n§ 2 Övrigt\n")
    assert {a.number for a in ex.agenda} == {1, 2}


def test_justerare_chosen_by_first_name(extract):
    """'Till justerare valdes Ingrid, Monica och Olof.': first names only, each the one person of the roster with
    that first name; a first name two people share leaves the sentence unread."""
    roster = "Närvarande Roland Lund (ordf), Ingrid Ejder, Monica Mark, Olof Lind, Per Holm, Per Sjö\n"
    ex = extract(HEAD + roster + "§ 53 Val av justerare\nTill justerare valdes Ingrid, Monica och Olof.\n")
    assert adjusters(ex) == {"Ingrid Ejder", "Monica Mark", "Olof Lind"}
    shared = extract(HEAD + roster + "§ 53 Val av justerare\nTill justerare valdes Ingrid och Per.\n")
    assert adjusters(shared) == set()


def test_signers_written_name_first(extract):
    """'Underskrifter Jomala Håkan Ek Ordförande Magnus Berg Sekreterare Roger Ås Protokolljusterare Sammanträdet är
    kungjort Jomala Runar Lund Protokolljusterare': each signing role after its name (the Finland-Swedish form); the
    labels had been read as coming first, so every signer took the next one's role."""
    ex = extract(FINNISH_HEAD + "Närvarande: Håkan Ek, Roger Ås, Runar Lund, Eva Berg\n"
                 "Underskrifter Jomala Protokolljustering Håkan Ek Ordförande Magnus Berg Sekreterare Roger Ås "
                 "Protokolljusterare Sammanträdet är kungjort Jomala Runar Lund Protokolljusterare Protokollet är "
                 "framlagt till påseende Jomala Intygar Utdragets riktighet bestyrkes Magnus Berg Förbundsdirektör\n")
    assert role_of(ex, MeetingRoleKind.SECRETARY) == {"Magnus Berg"}
    assert adjusters(ex) == {"Roger Ås", "Runar Lund"}
    assert ("Magnus Berg", "ordförande") not in roles(ex)


def test_four_signers_name_first_on_one_line(extract):
    """'Håkan Ek Ordförande Magnus Berg Sekreterare Roger Ås Protokolljusterare Runar Lund Protokolljusterare': a
    signature block flattened onto one line longer than a signature line was allowed to be."""
    ex = extract(HEAD + "Närvarande: Håkan Ek, Roger Ås, Runar Lund\nUnderskrifter Jomala\nHåkan Ek Ordförande Magnus "
                 "Berg Sekreterare Roger Ås Protokolljusterare Runar Lund Protokolljusterare\nProtokollet\n")
    assert role_of(ex, MeetingRoleKind.SECRETARY) == {"Magnus Berg"}
    assert adjusters(ex) == {"Roger Ås", "Runar Lund"}


def test_signers_written_label_first_stay_so(extract):
    """Guard: 'Underskrifter Ordförande Anna Ek Sekreterare Per Lund Justerare ........': labels first, the last
    field empty; nobody takes the label after their name."""
    ex = extract(HEAD + "Närvarande: Anna Ek, Eva Berg, Per Lund\n§ 1 Öppnande\nOrdföranden öppnar mötet. "
                 "Underskrifter Ordförande Anna Ek Sekreterare Per Lund Justerare ........ Paragrafer 1-5 "
                 "Anslag Protokollet är justerat och tillkännagivet genom anslag på kommunens anslagstavla i dag.\n")
    assert role_of(ex, MeetingRoleKind.SECRETARY) == {"Per Lund"}
    assert "Anna Ek" not in role_of(ex, MeetingRoleKind.SECRETARY)


def test_the_justering_field_with_its_place_and_no_date(extract):
    """'Protokolljustering Geta Gunnel Nord Kjell Bern Utdragets riktighet styrks': the field, its place and the two
    justerare who sign it, the date left blank."""
    ex = extract(FINNISH_HEAD + "Beslutande Ingvar Ek, ordförande X Kjell Bern X Gerd Berg X Gunnel Nord X "
                 "Paragrafer 66-83 Underskrifter Geta Ingvar Ek Mathias Styr Protokolljustering Geta Gunnel Nord "
                 "Kjell Bern Utdragets/kopians riktighet styrks: Namnförtydligande, titel/funktion: Inger Ek, "
                 "byråsekreterare Protokollet framläggs till påseende i kommunkansliet\n")
    assert adjusters(ex) == {"Gunnel Nord", "Kjell Bern"}


def test_dessutom_ends_the_serving_deputies(extract):
    """'Tjänstgörande ersättare Lars Wall Eva Johansson Dessutom: Elin Öberg, sekretariatet Utvärderarna Maria Bull
    och Leif Grahm (punkt 5)': 'Dessutom:' ends the serving deputies; those after it hold no seat."""
    ex = extract("Protokoll från beslutsgruppsmöte den 3 oktober 1997 Närvarande: Pär Nord, ordf. Ledamöter: Berit "
                 "Adolfsson Anita Bohman Hans Tare (t.o.m. p.10) Tjänstgörande ersättare Lars Wall Eva Johansson "
                 "Dessutom: Elin Öberg, sekretariatet Utvärderarna Maria Bull och Leif Grahm (punkt 5) Pär Nord "
                 "öppnade mötet och hälsade alla välkomna. 1. Fastställande av dagordning Dagordningen fastställdes\n")
    serving = {name for name, role in roles(ex) if role == "tjänstgörande ersättare"}
    assert serving == {"Lars Wall", "Eva Johansson"}
    assert not {name for name, role in roles(ex) if role} & {"Elin Öberg", "Maria Bull", "Leif Grahm"}


def test_a_justerare_field_before_the_signature_heading(extract):
    """'Justering Justerare Underskrifter Sekreterare Ordförande Justerande Monica Ek Ulrika Berg Marie Holm (c)
    Monica Ek (s)': the form's labels first, the justerare's field before the heading; its signer is the first
    of the names, so the secretary and the chair are the next two."""
    ex = extract(HEAD + "Beslutande Marie Holm (c) ordförande Monica Ek (s) Bo Frank (m) Övriga Tjänstemän Ulrika "
                 "Berg Justering Justerare Underskrifter Sekreterare Ordförande Justerande Monica Ek Ulrika Berg "
                 "Marie Holm (c) Monica Ek (s) Paragrafer 207-218\n")
    assert role_of(ex, MeetingRoleKind.SECRETARY) == {"Ulrika Berg"}
    assert role_of(ex, MeetingRoleKind.CHAIR) == {"Marie Holm"}
    assert adjusters(ex) == {"Monica Ek"}


# The thirty-fourth blind check (collected with the thirty-third, scored after its rules).

def test_an_unknown_given_name_before_its_seat_in_a_surname_first_roster(extract):
    """'Tengström Johanna medlem Björklund Denina suppleant kl. 16:30-18:00': in a roster written surname first, a
    row's given name no list knows, before its seat's word, is still the given name."""
    ex = extract("Social- och hälsovårdsnämnden Protokoll 12.06.2014\nNÄRVARANDE LEDAMÖTER Fredriksson Merja "
                 "ordförande Engström Eskil viceordförande Ekström Kurt medlem Granqvist Conny medlem Tengström Johanna "
                 "medlem Björklund Denina suppleant kl. 16:30-18:00 Järvinen Markku suppleant ÖVRIGA NÄRVARANDE\n")
    names = {m.person.name for m in ex.memberships}
    assert {"Denina Björklund", "Markku Järvinen", "Merja Fredriksson"} <= names
    assert "Björklund Denina" not in names


def test_a_bare_case_number_before_the_title(extract):
    """'KS § 80 KS/2018:298 - 001' over 'Motion - decentralisering ...': the case number, a colon in it, stands where
    the title should; the title is the next line."""
    ex = extract(HEAD + "Beslutande: Anna Ek, Per Lund\n\nKS § 80 KS/2018:298 - 001\n\nMotion - decentralisering av "
                 "offentliga myndigheter\n\nGunnar Ås (S) har lämnat in rubricerad motion.\n")
    assert {a.number: a.title for a in ex.agenda} == {80: "Motion - decentralisering av offentliga myndigheter"}


def test_a_roster_heading_after_a_page_number_is_no_item(extract):
    """'FÖRBUNDSSTYRELSEN GR 2 Övriga Nils Ek, GR ...': the page's number, then the roster running on under its
    heading; no item 2 'Övriga'. A street's number is none either ('Storgatan 50 C, Klippan')."""
    ex = extract("FÖRBUNDSSTYRELSEN GR 1 från förbundsstyrelsens sammanträde fredag 23 oktober 2009, Storgatan 50 C, "
                 "Klippan Ledamöter Jan Hall (M), Göteborg, ordf. Owe Nil (S), Göteborg\n\nFÖRBUNDSSTYRELSEN GR 2 Övriga "
                 "Nils Ek, GR Bo Ås, GR Georgia Lund, GR\n")
    assert not ex.agenda


def test_ordforanden_labels_a_signature_field(extract):
    """'Sekreterare: Paragrafer 1-13 Torbjörn Lager Ordföranden: Suzanne Åker Justerande:. Maritha Jons': the chair's
    field labelled in the definite form; it had run the secretary's name into the chair's field."""
    ex = extract("Kommunala handikapprådet Protokoll 2014-02-03\nNärvarande: Suzanne Åker (S), Maritha Jons (DF)\n"
                 "Utses att justera: Justeringens plats och tid: Maritha Jons (DF) Socialförvaltningen Sekreterare: "
                 "Paragrafer 1-13 Torbjörn Lager Ordföranden: Suzanne Åker Justerande:. Maritha Jons ANSLAG / BEVIS "
                 "Justeringen har tillkännagivits genom anslag Organ: Halmstads kommun\n")
    assert role_of(ex, MeetingRoleKind.SECRETARY) == {"Torbjörn Lager"}
    assert adjusters(ex) == {"Maritha Jons"}
    assert ("Suzanne Åker", "ordförande") in roles(ex)


def test_a_rows_role_cell_repeated_after_commas(extract):
    """'Bjarne Hald, (c), Arvidsjaur, Tjänstgörande ersättare Mikael Lars, (v), Överkalix, Tjänstgörande ersättare
    Beslutande partirepresentanter ...': the same role after a comma, row after row, is each row's own cell; the
    first had been read as a heading over the next row."""
    ex = extract("Styrelsen Plats Luleå Beslutande kommunrepresentanter Britta Flink, (s), Arjeplog Inge Anders, (s), "
                 "Boden Tomas Mört, (c), Övertorneå Bjarne Hald, (c), Arvidsjaur, Tjänstgörande ersättare Mikael Lars, "
                 "(v), Överkalix, Tjänstgörande ersättare Beslutande partirepresentanter Sven Nord, (mp), Kalix Övriga "
                 "deltagare Anita Lind, kansliet Underskrifter Sekreterare Anita Lind Ordförande Britta Flink\n")
    serving = {name for name, role in roles(ex) if role == "tjänstgörande ersättare"}
    assert serving == {"Bjarne Hald", "Mikael Lars"}


def test_a_chair_of_a_namnd_or_a_company_is_no_chair_of_the_board(extract):
    """'Per Eric (M), tekniska nämndens vice ordförande, 51', 'Lars Vilh (C), Moravatten AB ordförande, 54': the
    seats of other bodies, not of the meeting's."""
    ex = extract("1(23) Kommunfullmäktige Plats och tid: Andreasgården, 2018-06-18 kl. 17:00-22:45 Beslutande: Peter "
                 "Hel (C) Birgitta Sacr (KD) Övriga deltagare: Per Eric (M), tekniska nämndens vice ordförande, 51, 52 "
                 "Bengt Jern (C), kulturnämndens vice ordförande, 54 Lars Vilh (C), Moravatten AB ordförande, 54 Peter "
                 "Karl, kommundirektör\n")
    chairs = {m.person.name for m in ex.memberships if m.role in ("ordförande", "vice ordförande")
              and m.organisation is None}
    assert not chairs & {"Per Eric", "Bengt Jern", "Lars Vilh"}


def test_signers_with_a_comma_under_the_signatures_heading(extract):
    """'Underskrifter Godby den 18 oktober 2017 Roger Ek, ordförande Erik Ås, sekr Protokolljustering ... Underskrift
    Christofer Lund Protokolljusterare Godby den ... Inger Berg Protokolljusterare': under the heading, each signer's
    role after the name and a comma; two justerare each with the label after the name."""
    ex = extract(FINNISH_HEAD + "Närvarande: Roger Ek, ordf. Christofer Lund Inger Berg Eva Holm\nÖvriga närvarande "
                 "Ann Ny, kanslist Ärenden Underskrifter Godby den 18 oktober 2017 Roger Ek, ordförande Erik Ås, sekr "
                 "Protokolljustering Möteskallelsen är kungjord Protokollet framlagt till påseende Intygar Utdragets "
                 "riktighet bestyrkes Underskrift Christofer Lund Protokolljusterare Godby den den 13 oktober 2017 "
                 "Godby den Ann Ny, kanslist Inger Berg Protokolljusterare\n")
    assert role_of(ex, MeetingRoleKind.SECRETARY) == {"Erik Ås"}
    assert adjusters(ex) == {"Christofer Lund", "Inger Berg"}


def test_roster_rows_with_a_comma_role_are_no_signers(extract):
    """Guard: 'Beslutande Ingvar Ek, ordf X Kim Ek - Gunnel Nord, vice ordf -': rows with their roles after a comma,
    no signatures' heading before them; and 'Jöran Ek Sekreterare Paragrafer Staffan Ås Ordförande Justerande Per
    Lind Jöran Ek': labels stacked and written first."""
    ex = extract(FINNISH_HEAD + "Beslutande Ingvar Ek, ordf X Kim Ek - Gunnel Nord, vice ordf - Kjell Bern X Helena "
                 "Mar X Paragrafer 1-9\n")
    assert not meeting_roles(ex) - {("Ingvar Ek", MeetingRoleKind.CHAIR)}
    stacked = extract(HEAD + "Beslutande Per Lind Jöran Ek Anna Berg Övriga deltagande Staffan Ås Utses att justera "
                      "Justeringens plats och tid Underskrifter Jöran Ek Sekreterare Paragrafer Staffan Ås Ordförande "
                      "Justerande Per Lind Jöran Ek BEVIS Justeringen har tillkännagivits genom anslag\n")
    assert role_of(stacked, MeetingRoleKind.CHAIR) == {"Per Lind"}
    assert "Staffan Ås" not in role_of(stacked, MeetingRoleKind.CHAIR)


def test_utsedd_att_justera_labels_the_justerare(extract):
    """'Utsedd att justera: Per Lund' (the participle for 'Utses att justera'): the field's label, and it ends the
    roster before it."""
    ex = extract(HEAD + "Beslutande: Anna Ek (S), ordförande, Per Lund (M), Eva Berg (C)\nUtsedd att justera: Per Lund\n"
                 "§ 1 Öppnande\n")
    assert adjusters(ex) == {"Per Lund"}


def test_a_deputy_in_an_absent_members_place(extract):
    """'FRÅNVARANDE: Ledamot Emina Arn i vars ställe Birgitta Lass närvar': the Finland-Swedish roll's note that a
    deputy came in the absent member's place; the deputy is there and serves."""
    ex = extract("Stadsstyrelsen Protokoll 14.4.2015\nNÄRVARANDE MEDLEMMAR: Olav Sjö, ordf. Kerstin Berg Birgitta Lass\n"
                 "FRÅNVARANDE: Ledamot Emina Arn i vars ställe Birgitta Lass närvar Ledamot Lasse Åberg\n")
    assert attendance(ex)["Emina Arn"] is False and attendance(ex)["Lasse Åberg"] is False
    assert {a.person.name for a in ex.attendance if a.present} >= {"Birgitta Lass", "Olav Sjö"}
    assert not [a for a in ex.attendance if a.person.name == "Birgitta Lass" and not a.present]
    assert ("Birgitta Lass", "tjänstgörande ersättare") in roles(ex) and ("Birgitta Lass", "ledamot") not in roles(ex)


def test_a_capitalised_adjective_opens_the_next_title(extract):
    """'Individ- och familjeomsorgschef Yvonne Wahl Administrativ chef Torbjörn Nyq': titles printed before the
    names; the capitalised first word of the next title ('Administrativ chef') is no third word of the name."""
    from samgraf.extractors.names import find_person_names
    found = [n for _s, _e, n in find_person_names("Yvonne Wahl Administrativ chef Torbjörn Nyq", lenient=True)]
    assert found == ["Yvonne Wahl", "Torbjörn Nyq"]
    assert [n for _s, _e, n in find_person_names("Eva Ek Berg chef", lenient=True)] == ["Eva Ek Berg"]


def test_the_items_a_list_has_beside_lettered_headings(extract):
    """'FÖREDRAGNINGSLISTA nummer 1 Val av justerare 2 Anmälan om jäv 3 ... 5 Rapport från Länsstyrelsen KS 2017/883
    ...' and the pages 'Vn 1 Val av justerare', 'Vn 2 Anmälan om jäv': the list's other items are the agenda's too,
    their case numbers left out of the titles."""
    ex = extract("Valnämnden Protokoll 2018-05-14\n2 FÖREDRAGNINGSLISTA nummer 1 Val av justerare 2 Anmälan om jäv "
                 "3 Godkännande av dagordning 4 Information från säkerhetssamordnare KS 2017/883 Föredragande: Eva Ek "
                 "5 Rapport från Länsstyrelsen KS 2017/883 Föredragande: Per Ås 6 Övriga frågor\n"
                 "3 Vn 1 Val av justerare Monica Ek (M) justerar protokollet.\n"
                 "4 Vn 2 Anmälan om jäv Ingen anmälde jäv.\n")
    found = {a.number: a.title for a in ex.agenda}
    assert found[1] == "Val av justerare" and found[2] == "Anmälan om jäv"
    assert found[4] == "Information från säkerhetssamordnare" and found[5] == "Rapport från Länsstyrelsen"
    assert found[6] == "Övriga frågor"


def test_a_prose_roll_with_a_singular_ovrig_and_the_meetings_minutes(extract):
    """'Närvarande ledamöter: Sven Hugo, Ingemar Jans och Gunnar Win. Övrig närvarande: Britt Ek och Sören Norr.' and
    'Att tillsammans med ordföranden justera mötets protokoll valdes Gunnar Win.': the singular heading ends the
    members, and the minutes are the meeting's."""
    ex = extract("Protokoll fört vid styrelsemöte nr 5 onsdagen den 2 maj 2018 kl. 16 i Hembygdsmuseet 1 Mötets "
                 "öppnande Föreningens ordförande Sven Hugo förklarade styrelsemötet öppnat. 2 Upprop Närvarande "
                 "ledamöter: Sven Hugo, Ingemar Jans och Gunnar Win. Övrig närvarande: Britt Ek och Sören Norr. "
                 "3 Justering Att tillsammans med ordföranden justera mötets protokoll valdes Gunnar Win.\n")
    assert adjusters(ex) == {"Gunnar Win"}
    found = roles(ex)
    assert ("Ingemar Jans", "ledamot") in found and not {("Britt Ek", "ledamot"), ("Sören Norr", "ledamot")} & found
    assert attendance(ex).get("Britt Ek") is True


def test_officials_after_three_labels_printed_first(extract):
    """'Övriga Utsedd att justera Justeringens plats och tid Peter Lind, regiondirektör, RSF, Anna Malm,
    stadssekreterare, RSF, ...': the form's labels first, the officials under 'Övriga' the first values; the field
    labels between had kept the officials from being read."""
    ex = extract("RS 2021/69 Plats och tid Rådhuset Visborg, 28 april 2021 Närvarande Beslutande Eva Nyp (C), "
                 "ordförande Stefan Nyp (C) Eva Ahl (C) Övriga Utsedd att justera Justeringens plats och tid Peter "
                 "Lind, regiondirektör, RSF, Anna Malm, stadssekreterare, RSF, Emily Dia, stadssekreterare, RSF, "
                 "Petra Jons, kommunikatör, RSF, Stefan Nyp Rådhuset Visborg 6 maj 2021 Paragrafer 100-132\n")
    assert {"Peter Lind", "Anna Malm", "Emily Dia", "Petra Jons"} <= {a.person.name for a in ex.attendance if a.present}


def test_personal_deputies_with_no_presence_told(extract):
    """'Ordinarie: Anna Ek, ordf. ... Personlig ersättare Olle Ström Ida Berg': each member's personal deputy is
    listed whether or not they came; without 'Närvarande' over the roll, their presence is left open. Under it
    ('Närvarande Ledamöter: ... Personliga ersättare: ...') they were there."""
    roll = ("Ordinarie: Anna Ek, ordf. Per Lund, viceordf. Eva Berg Kim Ek Ulla Holm Personlig ersättare Olle Ström "
            "Ida Berg Lars Nyberg Övriga: Jonas Karl, ekonomichef Underskrift\n")
    untold = attendance(extract(FINNISH_HEAD + "Sammanträdesplats: Kommunkansliet Ärenden; " + roll))
    assert untold["Eva Berg"] is True and not {"Olle Ström", "Ida Berg", "Lars Nyberg"} & set(untold)
    told = attendance(extract(FINNISH_HEAD + "Plats Kommunkansliet Närvarande " + roll))
    assert told["Olle Ström"] is True and told["Lars Nyberg"] is True


def test_a_roster_run_written_surname_first_without_commas(extract):
    """'Beslutande Ahlskog Anders Björkskog Curt Björkskog Jonas Björkström Marita Bobacka Sten Bredbacka Bernhard':
    a Finland-Swedish roll of names one after the other, surname first, nothing between them; a run written first
    name first after the heading stays so (guard)."""
    ex = extract("SAMMANTRÄDESPROTOKOLL Sammanträdestid Onsdagen den 22.6.2016 kl. 18:00-19.36 Sammanträdesplats "
                 "Köpmanholmen Beslutande Ahlskog Anders Björkskog Curt Björkskog Jonas Björkström Marita Bobacka Sten "
                 "Bredbacka Bernhard Brännbacka Sigvald Övriga närvarande Gun Kapténs, kommundirektör\n")
    names = {a.person.name for a in ex.attendance}
    assert {"Anders Ahlskog", "Curt Björkskog", "Marita Björkström", "Sigvald Brännbacka"} <= names
    plain = extract(HEAD + "Beslutande Anna Ek Per Lund Eva Berg Kim Holm Ola Ström Lena Ås Övriga närvarande Per "
                    "Sjö, kommundirektör\n")
    assert {"Anna Ek", "Per Lund", "Lena Ås"} <= {a.person.name for a in plain.attendance}
