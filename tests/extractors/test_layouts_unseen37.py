"""Conventions first met in a thirty-seventh and a thirty-eighth blind check (stored protocol pages nobody on the team
had read: Finland-Swedish and Åland councils, an association's board, Swedish nämnder); each is tested on a short
invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, roles

from samgraf.extractors import names as names_mod
from samgraf.extractors import normalize
from samgraf.extractors.names import find_reversed_names, writes_names_reversed
from samgraf.model import MeetingRoleKind

BILINGUAL_HEAD = ("SAMMANTRÄDESPROTOKOLL KOKOUSPÖYTÄKIRJA\n4/ Stadsstyrelsen TID - AIKA kl./klo 17:15-19:45 "
                  "PLATS - PAIKKA Stadshuset, Bryggan\n")


def test_the_finnish_half_of_a_bilingual_label_is_blanked(view):
    """'NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET', 'TID - AIKA kl./klo', 'Ordförande/Puheenjohtaja:': the
    Swedish label is read as it would be alone; the colon moves up to it. A hyphenated word stays whole."""
    assert normalize.mask_finnish_labels("NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Holm Per").split() == \
        ["NÄRVARANDE", "LEDAMÖTER", "Holm", "Per"]
    assert normalize.mask_finnish_labels("TID - AIKA kl./klo 15:00").split() == ["TID", "kl.", "15:00"]
    assert normalize.mask_finnish_labels("Ordförande/Puheenjohtaja: Gia Ek").split() == ["Ordförande:", "Gia", "Ek"]
    assert normalize.mask_finnish_labels("Berg-Sihteeri och ordförande/sekreterare") == "Berg-Sihteeri och ordförande/sekreterare"
    text = "PLATS - PAIKKA Stadshuset"
    assert len(normalize.mask_finnish_labels(text)) == len(text)


def test_a_bilingual_roster_written_surname_first(extract):
    """'NÄRVARANDE LEDAMÖTER - SAAPUVILLA OLLEET JÄSENET Ahlberg Gia ordförande Bröök, Birgitta Colling Cornelius ...':
    the Finnish half had hidden the heading, and nobody was read."""
    ex = extract(BILINGUAL_HEAD + "NÄRVARANDE LEDAMÖTER - SAAPUVILLA OLLEET JÄSENET Ahlberg Gia ordförande Bröök, "
                 "Birgitta Colling Cornelius Engvik Stig Erholm Elina Heikkilä Barbara Hermelin Jörgen Jernström "
                 "Tomas\n§ 41 Konstatera sammanträdets laglighet och beslutförhet\n")
    found = attendance(ex)
    assert {"Gia Ahlberg", "Birgitta Bröök", "Cornelius Colling", "Stig Engvik", "Elina Erholm", "Barbara Heikkilä",
            "Jörgen Hermelin", "Tomas Jernström"} <= {name for name, present in found.items() if present}
    assert ("Gia Ahlberg", "ordförande") in roles(ex)


def test_a_run_of_surname_first_names_without_a_heading_word():
    """'..., Ramström Mariella 41-47, Salberg Markku Sundin Patrik ... Ekvall Märta': a run that opens with a surname
    and closes with a first name, its heading outside it, tells a roster written surname first; a run written first
    name first after a heading ('Stadsstyrelsen Anna Ek Per Lund ...') closes with a surname and does not."""
    assert writes_names_reversed("Närvarande: Ramström Mariella 41-47, Salberg Markku Sundin Patrik Eklöf Marika "
                                 "Rinnevik Tarja Suvanto Kimmo Sundqvist Tea Ekvall Märta\n")
    assert not writes_names_reversed("Stadsstyrelsen Anna Ekvall Per Lundin Eva Holmér Karl Bergvik Lars Ekström "
                                     "Olle Nyström\n")
    assert writes_names_reversed("Ledamöter Bröök, Birgitta Colling Cornelius Engvik Stig Erholm Elina Heikkilä "
                                 "Barbara Hermelin Jörgen\n")
    assert not writes_names_reversed("Ledamöter Anna Ekvall, Per Lundin Eva Holmér Karl Bergvik Lars Ekström Olle "
                                     "Nyström Eva Lindqvist\n")


def test_a_surname_that_is_also_a_first_name_inside_a_run():
    """'Kronberg Kurt Laurén Ann-Maj Kujansuu Petri': in a run of surname-first names one after the other, the pair
    after a name just read is a name too, though its surname is also a first name."""
    text = "Kronberg Kurt Laurén Ann-Maj Kujansuu Petri"
    assert [name for _, _, name in find_reversed_names(text)] == ["Kurt Kronberg", "Ann-Maj Laurén", "Petri Kujansuu"]


def test_initials_after_names_are_no_party_tags(extract):
    """'Jane Andersson (JA), Leif Bolin (LB), ... Mikael Peterson (MP)': an association's board marks its people by
    their initials; 'MP' is his initials, not Miljöpartiet, and 'LB', 'SL' no local parties."""
    ex = extract(HEAD + "Deltagande:\nFS ledamöter: Rolf Carlsson (Ordf), Jane Andersson (JA), Leif Bolin (LB), "
                 "Solveig Lundström (SL), Mikael Peterson (MP), Kerstin Rosén (KR).\n1. Sammanträdets öppnande\n")
    assert not [m for m in ex.memberships if m.party is not None or m.represents is not None]
    assert {("Jane Andersson", "ledamot"), ("Mikael Peterson", "ledamot"), ("Rolf Carlsson", "ordförande")} <= roles(ex)


def test_a_tag_that_happens_to_be_initials_stays_a_party(view):
    """Guard: in a roster of party tags, one member whose initials are her party's letters keeps the tag."""
    text = "Ledamöter Maria Pettersson (MP), Anna Ek (S), Per Lund (M), Eva Berg (C), Lars Ås (KD)"
    assert names_mod.mask_initials(text) == text
    assert "(MP)" in view(text)


def test_a_label_of_another_group_ends_the_seats(extract):
    """'Ledamöter: ... Personalens representant: Olle Ek Valberedningen: Lars Ås': the rows after a label of another
    group hold no seat on the board, and stay present."""
    ex = extract(HEAD + "Ledamöter:\nRolf Carlsson, ordförande\nJane Andersson\nPersonalens representant:\nOlle Ek\n"
                 "Valberedningen:\nLars Ås\n\n§ 1 Mötets öppnande\n")
    found = roles(ex)
    assert ("Jane Andersson", "ledamot") in found
    assert not {r for r in found if r[0] in ("Olle Ek", "Lars Ås")}
    assert attendance(ex)["Olle Ek"] is True and attendance(ex)["Lars Ås"] is True


def test_stacked_present_and_absent_lists_closed_by_full_stops(extract):
    """'Beslutande Frånvarande Nordin Mika, ordförande, ... Holmgren Sarah, ersättare. Ekholm Marie, ...': the
    labels first, then both lists, each closed by its full stop; all had been read as absent."""
    ex = extract("KOMMUNFULLMÄKTIGE PROTOKOLL\nBeslutande Frånvarande 16.1.2018 kl. 19:00 19:45. Kommunkansliet "
                 "Nordin Mika, ordförande, Karlgren Fredrik, vice ordförande, Allersson Kristian, Nyström, Stig-Göran, "
                 "ersättare, Holmgren Sarah, ersättare. Ekholm Marie, Rajala Niklas, Stenberg Hedvig. Övriga "
                 "närvarande Jansson Harry, kommundirektör. Paragrafer 1 8 Underskrifter Mika Nordin Harry Jansson\n")
    found = attendance(ex)
    assert {found[n] for n in ("Mika Nordin", "Fredrik Karlgren", "Kristian Allersson", "Sarah Holmgren")} == {True}
    assert {found[n] for n in ("Marie Ekholm", "Niklas Rajala", "Hedvig Stenberg")} == {False}
    assert ("Sarah Holmgren", "tjänstgörande ersättare") in roles(ex)


def test_an_officials_section_number_before_a_comma(extract):
    """'ekonom Anna Wiklund 164, , planarkitekt Amelie Strand 165, ... Nils Svedberg 169 och 173, ...': an official
    at later §§ only; the numbers stood before a comma, not at the line's end, and she was read present from the
    start. A street's number is no §: 'Storgatan 27, Uppsala'."""
    ex = extract(HEAD + "Beslutande Kjell Hedin (S), ordförande, Pär Jonsson (L)\nTjänstemän Kommundirektör Jan "
                 "Franzén, ekonom Anna Wiklund 164, , planarkitekt Amelie Strand 165, personalchef Nils Svedberg 169 "
                 "och 173, kommunsekreterare Linda Matsson\nJusterare Pär Jonsson\n")
    found = attendance(ex)
    assert found["Jan Franzén"] is True and found["Linda Matsson"] is True
    assert not {n for n in ("Anna Wiklund", "Amelie Strand", "Nils Svedberg") if found.get(n) is True}
    from samgraf.extractors.items import _SECTION_REF
    assert not list(_SECTION_REF.finditer("Charles Pylad, politisk sekreterare, Regionens hus, Storgatan 27, "
                                          "Uppsala"))


def adjusters(ex) -> set[str]:
    return {name for name, kind in meeting_roles(ex) if kind == MeetingRoleKind.ADJUSTER}


def agenda(ex) -> dict[int, str]:
    return {a.number: a.title for a in ex.agenda}


def test_the_first_item_of_a_contents_list_that_kept_only_its_number(extract):
    """'Innehållsförteckning Sid nr 141 Gatubelysning i Ljusdals kommun Information om ...', 'Ärendelista Sida 86.
    Fastställande av ärendelistan Information ...': the converter lost the other items' numbers (and the § signs);
    the first is the meeting's first §, its title up to where the next title begins, a place's name inside it."""
    ex = extract(HEAD + "Innehållsförteckning Sid nr 141 Gatubelysning i Ljusdals kommun Information om "
                 "jämställdhetsintegrering Direktiv för upphandling Budget 2013\n")
    assert agenda(ex) == {141: "Gatubelysning i Ljusdals kommun"}
    ex = extract(HEAD + "Ärendelista Sida 86. Fastställande av ärendelistan Information om läget Yttrande över "
                 "remiss\n")
    assert agenda(ex) == {86: "Fastställande av ärendelistan"}
    ex = extract(HEAD + "Innehållsförteckning... Sid 10 Information ang forskningsorienterad studie av Fria pengar PÅPP "
                 "Information ang investeringsförslag\n")
    assert agenda(ex) == {10: "Information ang forskningsorienterad studie av Fria pengar PÅPP"}


def test_a_finland_swedish_opening_item_first_in_a_run_of_titles(extract):
    """'Houtskär 57 Konstatera sammanträdets laglighet och beslutförhet Val av protokolljusterare Godkännande av
    föredragningslistan ...', 'Ärenden: 97 Sammanträdets konstituerande Anmälningsärenden ...': the opening items of
    Finland-Swedish meetings, on a line longer than a title."""
    ex = extract(BILINGUAL_HEAD + "Näsbyvägen 214, Houtskär 57 Konstatera sammanträdets laglighet och beslutförhet Val "
                 "av protokolljusterare Godkännande av föredragningslistan Verksamheten vid seniorrådgivningen "
                 "Seniorum Val av socialarbetare till familjeenheten Klientavgifter för hemsjukhusvård\n")
    assert agenda(ex) == {57: "Konstatera sammanträdets laglighet och beslutförhet"}


def test_a_bare_tjanstgorande_heading_over_member_groups(extract):
    """'Tjänstgörande Göteborg Eva Ek (S) Ersättare för Alma Ås (S) Per Holm (M) Ersättare för Jonas Berg (M)': the
    heading written without 'ersättare', and rows under a member's group name; the group had stayed the one above
    ('Lerum'), and the member a deputy stands in for took the row's group instead of the deputy."""
    ex = extract(HEAD + "Ledamöter\nGöteborg\nIngrid Ahl (S)\nTord Berg (S)\nLerum\nDennis Jern (S)\nTjänstgörande\n"
                 "Göteborg\nEndrick Ström (S) Ersättare för Alma Ås (S)\nPiotr Kiss (L) Ersättare för Hampus Lind (M)\n"
                 "Övriga närvarande\nLars Klev, förbundsdirektör\n")
    found = roles(ex)
    assert {("Endrick Ström", "tjänstgörande ersättare"), ("Piotr Kiss", "tjänstgörande ersättare")} <= found
    reps = {(m.person.name, m.represents.label) for m in ex.memberships if m.represents is not None}
    assert {("Endrick Ström", "Göteborgs kommun"), ("Piotr Kiss", "Göteborgs kommun"),
            ("Hampus Lind", "Göteborgs kommun"), ("Dennis Jern", "Lerums kommun")} <= reps
    assert not {r for r in reps if r[0] in ("Endrick Ström", "Piotr Kiss", "Hampus Lind") and r[1] != "Göteborgs kommun"}


def test_a_contents_list_read_numbers_first(extract):
    """'76 77 78 79 80 Förändringar av kungörelsen Fråga till ... motioner Motion Utredning om ... Valärende Valärende
    kompletteringsval': the number column, then the title column; each title runs to where the next begins (after
    a lower-case word, an acronym, or where a title's first word comes again)."""
    ex = extract(HEAD + "Förteckning över kommunfullmäktiges ärenden Informationsärenden 76 77 78 79 80 Förändringar av "
                 "kungörelsen Fråga till ordföranden om behandling av motioner Motion Utredning om skolans framtid "
                 "Treårsplan 2013 2015 Regionförbundet ÖSTSAM Valärende Valärende kompletteringsval Förteckning över "
                 "bilagor\n")
    assert agenda(ex) == {76: "Förändringar av kungörelsen", 77: "Fråga till ordföranden om behandling av motioner",
                          78: "Motion Utredning om skolans framtid", 79: "Treårsplan 2013 2015 Regionförbundet ÖSTSAM",
                          80: "Valärende"}


def test_personalforetradare_closes_the_stacked_headings(extract):
    """'Beslutande Ledamöter Tjänstgörande ersättare Övriga närvarande Ersättare Personalföreträdare Tjänstemän Anna
    Ek (M) ...': the unions' representatives' heading was unknown, so the stack broke there and every row fell under
    the last heading; the members before the first serving deputy are members again."""
    ex = extract(HEAD + "Beslutande Ledamöter Tjänstgörande ersättare Övriga närvarande Ersättare Personalföreträdare "
                 "Tjänstemän Anna Tengvall (M) Stefan Bergqvist (L) Johanna Marklund (C) Ola Löv (S) Marianne Norell "
                 "(S) ersättare för Malin Laurell (S) Robert Armfelt (V) Thomas Nordvall (M) Peter Hagberg (SACO) "
                 "Camilla Holmér, förvaltningschef\n")
    found = roles(ex)
    assert {("Anna Tengvall", "ledamot"), ("Ola Löv", "ledamot"), ("Marianne Norell", "tjänstgörande ersättare"),
            ("Robert Armfelt", "ersättare")} <= found


def test_a_heading_after_a_rows_party_and_comma(extract):
    """'Närvarande Ledamöter ... Ej tjänstgörande ersättare Bo Polsten (fp), Övriga deltagare Stig Ålund, sekreterare
    ...': 'Närvarande Ledamöter' capitalised is one heading, and a heading after a row's party tag and comma is no
    role of that row (unlike 'Eva Ek (S), Ersättare'), so the officials after it are no deputies."""
    ex = extract(HEAD + "Plats och tid Närvarande Ledamöter Baravägen 1, Lund kl Stefan Lundman (m), ordförande Maria "
                 "Winberg (fp) Cecilia Lindell (s) Ej tjänstgörande ersättare Thomas Håkansson (m) Bo Polsten (fp), "
                 "Övriga deltagare Stig Ålund, sekreterare Marianne Ivarsson Utses att justera Cecilia Lindell\n")
    found = roles(ex)
    assert {("Stefan Lundman", "ledamot"), ("Maria Winberg", "ledamot"), ("Bo Polsten", "ersättare")} <= found
    assert not {r for r in found if r[0] in ("Stig Ålund", "Marianne Ivarsson") and r[1] in ("ersättare", "ledamot")}


def test_narvarande_tjanstemen_closes_the_serving_deputies(extract):
    """'Tjänstgörande ersättare Lars Ask (M), för Tor Ek (MP) ... Närvarande tjänstemän Mats Brant, fastighetschef
    Thomas Jonsson, förvaltare, 96 Jan Hock, konsult, 94': the officials' heading with 'Närvarande' before it was
    read as 'Närvarande' alone, and officials whose titles no list knows became serving deputies."""
    ex = extract(HEAD + "Närvarande ledamöter Hannah Ljung (M), ordförande Fisun Yavas (S) Tjänstgörande ersättare Lars "
                 "Ask (M), för Tor Ek (MP) Närvarande tjänstemän Mats Brant, fastighetschef Thomas Jonsson, förvaltare, "
                 "96 Jan Hock, konsult, 94 Justerare Fisun Yavas (S)\n")
    found = roles(ex)
    assert ("Lars Ask", "tjänstgörande ersättare") in found
    assert not {r for r in found if r[0] in ("Thomas Jonsson", "Jan Hock", "Mats Brant") and "ersättare" in str(r[1])}


def test_officials_and_deputies_under_stacked_headings_interleaved(extract):
    """'Övriga deltagande Tjänstemän Ej tjänstgörande ersättare Helena Holm, kommunsekreterare Arne Persson (FP)
    Elisabet Ahl, informatör Sixten Lauri (V) ...': two columns read as one list under three headings, one of them a
    seat; the rows with a party tag and no title are that seat's."""
    ex = extract(HEAD + "Plats och tid Kommunkontoret Beslutande Gösta Persson (M), ordf Rune Ragnarsson (S) Ola "
                 "Birgersson (C) Carina Schön (S) Karl-Arne Larsson (C) Övriga deltagande Tjänstemän Ej tjänstgörande "
                 "ersättare Helena Holm, kommunsekreterare Arne Persson (FP) Elisabet Ahl, informatör Sixten Lauri (V) "
                 "Larry Tallberg (S) Salima Fahad (V) Utses att justera Ola Birgersson\n")
    found = roles(ex)
    assert {("Arne Persson", "ersättare"), ("Sixten Lauri", "ersättare"), ("Salima Fahad", "ersättare")} <= found
    assert not {r for r in found if r[0] in ("Helena Holm", "Elisabet Ahl") and r[1] == "ersättare"}


def test_two_signers_of_a_dated_justering_field(extract):
    """'Protokolljustering Jomala den 15 maj 2017 Roger Ek Annika Berg Protokollet framlagt till påseende ...': the
    field's two signers after its date are the justerare; one name alone there is the secretary's in a form printed
    labels first ('... den 23 september 2013 Jessica Laine Protokollet framlagt ...'), and is left."""
    ex = extract(HEAD + "Beslutande Harry Jansson, ordförande Roger Ek Annika Berg Carina Ahl\nParagrafer 97 - 104\n"
                 "Underskrifter Jomala den 15 maj 2017 Harry Jansson Mattias Holm Protokolljustering Jomala den 15 maj "
                 "2017 Roger Ek Annika Berg Protokollet framlagt till påseende Kommunkansliet i Jomala den 18 maj 2017\n")
    assert adjusters(ex) == {"Roger Ek", "Annika Berg"}
    ex = extract(HEAD + "Beslutande Runar Karlsson, ordförande Dan Nyholm Jörgen Lind\nProtokolljustering Saltvik den "
                 "23 september 2013 Jessica Laine Protokollet framlagt till påseende Dan Nyholm Saltvik den 30 "
                 "september 2013 Jörgen Lind\n")
    assert "Jessica Laine" not in adjusters(ex)
