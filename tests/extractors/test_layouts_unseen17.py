"""Conventions first met in a seventeenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, represents, roles   # same folder (rootdir-less tests)
from test_layouts_unseen3 import parties
from test_layouts_unseen7 import titles

from samgraf.extractors import names as names_mod

#: A scanned front printing its labels first: a clipped "Beslutande", five headings in a row (one lower-cased by the
#: OCR), the form's labels, then every value in one run; "för" read as "fiir".
SCANNED = ("1 GYMNASIEFöRBUND SAMMANTRÄDESPROTOKOLL Plats och tid Omfattning ande Ledamöter Tjänstgörande ersättare "
           "övriga deltagande Ersättare Tjänstemän m.fl Datum för justering Underskrifter Förbundskontoret, klockan "
           "$$ Dzenita Abal (S), $$ Erik Ciar (C), $$ Leila Lar (V) Björn Andre (M) Sven Stens (M) Ylva Häll (S), "
           "ersättare fiir Bjarne Ring (S) Björn Bränd (L), ersättare ftir Måns Linge (M) Ingvar Nils (S) Eva Wahl (C) "
           "Mona Magn (M), $$ Joachim Håk, förbundschef Carina Cera, ekonomichef Kerstin Brandt, kurator "
           "Lars Kaggskolan, $ 36 Ingegerd Ander, sekreterare\n\n2 GYMNASIEFÖRBUNDET SAMMANTRÄDESPROTOKOLL $ 28 "
           "Utbildningsorganisation inför antagningen\n")


def test_a_scanned_front_with_its_labels_first(extract):
    """Three roster headings in a row are headings, not a table's column names (before: the whole roster was lost),
    the front's tail before the first row is skipped, and a deputy 'ersättare fiir' a member serves for them."""
    ex = extract(SCANNED)
    found = attendance(ex)
    assert found["Dzenita Abal"] is True and found["Eva Wahl"] is True and found["Bjarne Ring"] is False
    assert ("Ylva Häll", "tjänstgörande ersättare") in roles(ex)
    assert parties(ex)["Björn Andre"] == "M"


def test_a_school_is_no_person():
    """'kurator Lars Kaggskolan': a school named after a man (or a woman) is no person."""
    found = names_mod.find_person_names("Kerstin Brandt, kurator Lars Kaggskolan, Anna Ek, kurator Jenny Nyströmsskolan",
                                        lenient=True)
    assert [name for _s, _e, name in found] == ["Kerstin Brandt", "Anna Ek"]


#: A kommunfullmäktige front: labels first, "Samtliga ledamöter utom" and the absent members, the serving deputies'
#: column run on after them, the officials; the first § tells who was absent and who was called in.
ALL_BUT = ("1 1 KOMMUN Sammanträdesprotokoll Kommunfullmäktige Plats och tid Beslutande Tjg suppl Övriga Justerare "
           "Plats och tid Folkets hus måndagen den 20 november 1989, kl Samtliga ledamöter utom Kjell Hell Arne Lars "
           "Rune Jans Inge Rydh Tony Blom Gudrun Pers Torild Hilm, sekr Carl Thun och Barbro Holm Stadshuset\n\n"
           "3 3 KOMMUN Sammanträdesprotokoll Kf 88 Anmälda förhinder och upprop Förhinder har anmälts av ledamöterna "
           "Kjell Hell, Arne Lars och Rune Jans. Suppleanterna Inge Rydh, Tony Blom samt Gudrun Pers har inkallats för "
           "tjänstgöring. Kommunfullmäktige beslutar att godkänna anmälda förhinder.\n")


def test_deputies_the_prose_calls_in_to_serve(extract):
    """'Suppleanterna A, B samt C har inkallats för tjänstgöring': serving deputies, present, though the front's
    'Samtliga ledamöter utom' run reads on over their names; the run ends at an official's row (', sekr')."""
    ex = extract(ALL_BUT)
    found = attendance(ex)
    assert found["Inge Rydh"] is True and found["Gudrun Pers"] is True and found["Kjell Hell"] is False
    assert ("Gudrun Pers", "tjänstgörande ersättare") in roles(ex)
    assert found.get("Carl Thun") is not False and found.get("Barbro Holm") is not False


def test_a_member_partys_line_over_seat_headings(extract):
    """'Vilhelmina kommun / Ordinarie / Eva Ek (S) ... / Ersättare / Storumans kommun / Ordinarie / ...': the rows
    under each member party's line represent it."""
    text = ("Gymnasieförbund\n\nProtokoll\n\nTid: 2023-01-18 9.00-10.00\n\nKallade\nVilhelmina kommun\nOrdinarie\n\n"
            "Viveka Abram (S)\n\nMaria Bäck (S)\n\nErsättare\n\n\nStorumans kommun\n\nOrdinarie\n\nPeter Åberg (S)\n\n"
            "Anders Pers (C)\n\nErsättare\n\n\nÖvriga\n\nEva Flod, Förbundschef\n\n1. Upprop\n")
    found = represents(extract(text))
    assert found["Maria Bäck"] == "Vilhelmina kommun" and found["Anders Pers"] == "Storumans kommun"
    assert "Eva Flod" not in found


def test_a_fronts_chair_and_vice_chair_labels(extract):
    """'Ordförande: Nordbeck Carolina (FP) 2:e vice ordförande: Persson Tord (S) Ledamöter: ...': each label with
    its colon opens a row (surname first here); a signature's 'Ordförande: Eva Ek' stays no seat."""
    text = ("Lunds kommun Sammanträdesprotokoll Barn- och skolnämnd Sammanträdesdatum 2013-09-25 Plats och tid: "
            "Skolkontoret, kl 18:30-21:10 Ordförande: Nordbeck Carolina (FP) 2:e vice ordförande: Persson Tord (S) "
            "Ledamöter: Rugsveen Astrid (M) Jakobsson Per (M) Strand Eva (S) Ersättare: Övriga närvarande: "
            "Sundqvist Taru (FP)\n")
    found = roles(extract(text))
    assert {("Carolina Nordbeck", "ordförande"), ("Tord Persson", "vice ordförande")} <= found
    assert ("Carolina Nordbeck", "vice ordförande") not in found


def test_agenda_titles_end_at_a_margin_heading_and_at_a_presenter(extract):
    """'§ 1 Mötets öppnande Öppnande' (the margin repeats the title's word), '§ 76 Information om integrationen
    Mångfaldsutvecklare Bukurie Haxhi informerar' (who presents), '§ 9 Lägesrapport om kv. Gamen 8' (an abbreviation)."""
    text = ("PROTOKOLL\n\n§ 1 Mötets öppnande Öppnande Ordföranden hälsade välkommen.\n\n"
            "§ 76 Information om integrationsarbetet inom staden Mångfaldsutvecklare Bukurie Haxhi informerar om "
            "arbetet.\n\n§ 9 Lägesrapport avseende ombyggnad i kv. Gamen 8 Styrelsen noterar rapporten.\n")
    found = titles(extract(text))
    assert found[1] == "Mötets öppnande"
    assert found[76] == "Information om integrationsarbetet inom staden"
    assert found[9].startswith("Lägesrapport avseende ombyggnad i kv. Gamen")


def test_a_seat_label_alone_on_its_line_over_a_tagged_row(extract):
    """'Ordförande:' / 'Nordbeck Carolina (FP)' / '2:e vice ordförande:' / 'Persson Tord (S)', one field a line: the
    label heads the row under it; a signature's 'Ordförande:' over an untagged name stays a signature."""
    text = ("1 Sammanträdesprotokoll 1 Plats och tid: Byskolans matsal, kl 18:30-21:10\nOrdförande:\n"
            "Nordbeck Carolina (FP)\n2:e vice ordförande:\nPersson Tord (S)\nLedamöter:\nRugsveen Astrid (M)\n"
            "Jakobsson Per (M)\nStrand Eva (S)\nÖvriga närvarande:\nSundqvist Taru (FP)\n")
    found = roles(extract(text))
    assert {("Carolina Nordbeck", "ordförande"), ("Tord Persson", "vice ordförande"), ("Eva Strand", "ledamot")} \
        <= found
    assert ("Carolina Nordbeck", "vice ordförande") not in found


def test_an_applicant_after_a_comma_stays_in_the_title(extract):
    """Guard: '§ 6 Ansökan Unga vuxna i Pajala, Pajala kommun' (a word repeated after a comma is no margin heading,
    nor is a party's tag repeated), '§ 5 Ansökan Rehabkoordinator, Landstinget Sörmland' (a title word before a comma
    presents nobody)."""
    text = ("PROTOKOLL\n\n§ 5 Ansökan Rehabkoordinator, Landstinget Sörmland\nStyrelsen beslutar att bevilja.\n\n"
            "§ 6 Ansökan Unga vuxna i Pajala, Pajala kommun\nStyrelsen beslutar att bevilja.\n\n"
            "§ 7 Motion av Anders Ek (M) och Hakan Öd (M) om att utreda den ordningen\nFullmäktige beslutar att avslå.\n")
    found = titles(extract(text))
    assert found[7] == "Motion av Anders Ek (M) och Hakan Öd (M) om att utreda den ordningen"
    assert found[5] == "Ansökan Rehabkoordinator, Landstinget Sörmland"
    assert found[6] == "Ansökan Unga vuxna i Pajala, Pajala kommun"


def test_a_member_party_wrapped_onto_its_own_line_is_no_group(extract):
    """Guard: 'Mats Nord, för / Försäkringskassan' (a row's member wrapped onto the next line) heads no rows under it;
    'samt' in a sentence of present members does not make the names after it members ('samt Tord Ny från
    Försäkringskassan')."""
    text = ("SAMMANTRÄDESPROTOKOLL Samordningsförbundet\n\nBeslutande\nÅke Grahn, för Åsele kommun Ingela Pers,\n"
            "för Region Västerbotten Mats Nord, för\nFörsäkringskassan\n\nTjänstgörande ersättare Sofia Rönn, för "
            "Arbetsförmedlingen, i stället för\nPeter Vinb\n\nAnmält förhinder: Peter Vinb, Arbetsförmedlingen\n")
    ex = extract(text)
    assert ex and ("Peter Vinb", "Försäkringskassan") not in {
        (m.person.name, m.represents.label) for m in ex.memberships if m.represents}
    prose = ("SAMORDNINGSFÖRBUNDET\nStyrelsens protokoll, onsdag 13 juni 2018\n\nNärvarande beslutande var ledamöterna "
             "Ingrid Ahl (S), Stenungsund, tillika ordförande, och Kjell Hjal (C), Orust, samt Tord Ny från\n"
             "Försäkringskassan och Linda Eks från Arbetsförmedlingen.\n")
    assert ("Tord Ny", "ledamot") not in roles(extract(prose))
