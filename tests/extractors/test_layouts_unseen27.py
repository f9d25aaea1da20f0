"""Conventions first met in a twenty-seventh blind check (stored protocol pages nobody on the team had read: boards
of companies and associations, shared nämnder, Leader groups; scored before any rule was written for them); each
is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import HEAD, attendance, meeting_roles, roles   # same folder (rootdir-less tests)

from samgraf.extractors.gazetteer import load_gazetteer
from samgraf.extractors.layout import recover_lines
from samgraf.extractors.names import writes_names_reversed
from samgraf.extractors.normalize import build_view
from samgraf.extractors.roster import read_rosters
from samgraf.model import MeetingRoleKind


def people(ex) -> set[str]:
    return {m.person.name for m in ex.memberships} | {a.person.name for a in ex.attendance}


def test_a_comma_run_of_names_written_first_name_first_is_not_reversed(extract):
    """'Närvarande: Anders Lund, Anders Berg, Anders Kvist, Göran Ingvar': read across its commas the run also holds
    'Lund, Anders' and 'Berg, Anders', which had made the protocol one that writes surnames first (the names were
    then paired across the commas: 'Göran Kvist'). The run opens with a first name, so it is no such proof."""
    text = ("Protokoll fört vid styrelsemöte i Fiskevårdsföreningen 30 mars 2024.\n\n"
            "Närvarande: Anders Lund, Anders Berg, Anders Kvist, Göran Ingvar, Åke Wester.\n\n"
            "1. Ordföranden Anders Lund öppnade mötet.\n\n2. Till sekreterare valdes Anders Berg.\n")
    assert writes_names_reversed(text) is False
    assert {"Anders Kvist", "Göran Ingvar", "Åke Wester"} <= people(extract(text))


def test_a_run_written_surname_first_after_a_heading_still_is():
    """The same reading kept for a roster written 'Surname, First name' after its heading ('Beslutande Boström, Kaj
    Sandberg, Henrik ...'), the names written first name first in the signatures."""
    text = ("Beslutande Boström, Kaj Sandberg, Henrik Lindgren, Hans Palm, Maria\n\n"
            "Underskrifter Henrik Sandberg ordförande Kaj Boström sekreterare\n")
    assert writes_names_reversed(text) is True


def test_names_after_forhindrade_are_absent(extract):
    """'Förhindrade: Eva Ek och Lisa Holm' in a running attendance paragraph: the members who sent apologies (before,
    they were read as present, and 'Förhindrade' as part of the name before it)."""
    ex = extract(HEAD + "Närvarande: Malin Berg (ordf.), Sara Lund, Per Malm samt Olle Ting. Dessutom närvarande: "
                 "Johan Dahl och Carl-Åke Myr Förhindrade: Eva Ek och Lisa Holm\n\n§ 1 Mötets öppnande\n")
    att = attendance(ex)
    assert att.get("Eva Ek") is False and att.get("Lisa Holm") is False
    assert att.get("Carl-Åke Myr") is True and att.get("Malin Berg") is True


def test_a_row_that_runs_on_into_the_chairs_sentence(extract):
    """'... Eva Ek och Lisa Holm Ordförande hälsar alla välkomna': the chair as the subject of the next sentence, on
    the roster's last line. The word is not the last row's role."""
    ex = extract(HEAD + "Närvarande: Malin Berg (ordf.), Sara Lund\nFörhindrade: Eva Ek och Lisa Holm Ordförande "
                 "hälsar alla välkomna till dagens möte.\n\n§ 1 Mötets öppnande\n")
    assert ("Lisa Holm", "ordförande") not in roles(ex)
    assert ("Malin Berg", "ordförande") in roles(ex)
    assert attendance(ex).get("Lisa Holm") is False


def test_the_last_row_then_a_sentence_on_the_same_line(extract):
    """'Närvarande: Bo Widén, ..., Kerstin Hall. Innan mötets öppnande hälsade Ingrid Ström ... välkommen': a whole
    page on one line; the sentence after the roster's full stop made the line prose, and the roster was lost (in a
    shorter text) or lost its last name."""
    ex = extract("Leader Skogsbygd protokoll styrelsemöte 10\nNärvarande: Bo Widén, Håkan Lorén, Kerstin Hall. "
                 "Innan mötets öppnande hälsade Ingrid Ström välkommen. 1. Ordf. hälsade alla välkomna.\n")
    att = attendance(ex)
    assert att.get("Bo Widén") is True and att.get("Kerstin Hall") is True
    assert "Ingrid Ström" not in att


def test_a_row_then_a_sentence_in_lower_case_is_not_cut():
    """'Gudrun Ås har inkallats för tjänstgöring. Fullmäktige beslutar ...' under a deputies' heading: the words after
    the name are a sentence of its own, told by the prose reader (serving), not a row ending at the full stop."""
    text = ("Förhinder har anmälts av ledamöterna Kjell Holm och Arne Lund. Suppleanterna\nInge Rydh\nTony Blom\n"
            "Gudrun Ås har inkallats för tjänstgöring. Fullmäktige beslutar att godkänna anmälda förhinder.\n")
    view = build_view(text).text
    records = read_rosters(recover_lines(view), load_gazetteer())
    blocks = {r.person.value: r.block.role for r in records if r.person.value == "Gudrun Ås"}
    assert blocks == {"Gudrun Ås": "tjänstgörande ersättare"}


def test_anmalt_forhinder_hade_in_prose(extract):
    """'Anmält förhinder hade Lars Ek, Anders Ås och Eddie Berg.' after the attendance line: absent."""
    ex = extract("Protokoll fört vid styrelsemöte 30 mars 2024.\n\nNärvarande: Anders Lund, Åke Wester.\n\n"
                 "1. Ordföranden öppnade mötet.\n\nAnmält förhinder hade Lars Ek, Anders Ås och Eddie Berg.\n\n"
                 "2. Dagordningen godkändes.\n")
    att = attendance(ex)
    assert att.get("Lars Ek") is False and att.get("Eddie Berg") is False and att.get("Anders Lund") is True


def test_capitalised_chair_after_a_heading_without_its_full_stop(extract):
    """'§ 1 Mötets öppnande Ordförande Håkan Ås hälsade välkommen': the heading has no full stop, so the sentence
    opens at the capitalised 'Ordförande'."""
    ex = extract("SPF Seniorerna protokoll styrelsemöte 24-04-23\n\nNärvarande: Håkan Ås, Bernt Lund, Göte Wik.\n\n"
                 "§ 1 Mötets öppnande Ordförande Håkan Ås hälsade välkommen och förklarade mötet öppnat.\n\n"
                 "§ 2 Val av justerare Bernt Lund valdes till justerare.\n")
    assert ("Håkan Ås", MeetingRoleKind.CHAIR) in meeting_roles(ex)
    assert ("Bernt Lund", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_vice_chair_in_capitals_does_not_chair(extract):
    ex = extract("SPF Seniorerna protokoll styrelsemöte 24-04-23\n\nNärvarande: Håkan Ås, Bernt Lund.\n\n"
                 "§ 1 Mötets öppnande vice Ordförande Bernt Lund hälsade välkommen.\n")
    assert ("Bernt Lund", MeetingRoleKind.CHAIR) not in meeting_roles(ex)


def test_election_verb_first_chooses_both_names(extract):
    """'Utsågs ordföranden Jonas Ek (M) att jämte tjänstgörande suppleanten Lars Ås (V) justera dagens protokoll':
    the verb opens the sentence and chooses both; 'Valdes Eva Berg att justera protokollet' one."""
    ex = extract(HEAD + "§2 Val av justeringsmän\n\nUtsågs ordföranden Jonas Ek (M) att jämte tjänstgörande "
                 "suppleanten Lars Ås (V) justera dagens protokoll.\n")
    assert {("Jonas Ek", MeetingRoleKind.ADJUSTER), ("Lars Ås", MeetingRoleKind.ADJUSTER)} <= meeting_roles(ex)
    ex = extract(HEAD + "§ 2 Val av justerare\nValdes Eva Berg att justera protokollet.\n")
    assert ("Eva Berg", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)


def test_the_chair_beside_whom_a_justerare_signs_is_not_chosen(extract):
    """'Eva Ek utsågs att jämte ordföranden Per Ås justera protokollet': Eva Ek checks the minutes; the chair, named
    after 'jämte', only signs beside her (the real gold's convention)."""
    ex = extract(HEAD + "§ 2 Val av justerare\nEva Ek utsågs att jämte ordföranden Per Ås justera protokollet.\n")
    assert ("Eva Ek", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)
    assert ("Per Ås", MeetingRoleKind.ADJUSTER) not in meeting_roles(ex)


def test_members_rows_whose_heading_the_converter_clipped(extract):
    """'... 21 februari 2013 kl ande )' and then 'Name (P), BIN, ordförande' rows up to 'Övriga deltagande': the
    converter left two letters of 'Beslutande'. Rows with a party tag right above the others' heading, which no block
    read, are the members present (before, only the chair was found, through the signatures)."""
    ex = extract("Folkhälsorådet\nPlats och tid Kommunhuset 21 februari 2013 kl ande )\n"
                 "Irene Berg (C), BIN, ordförande\nUlla Holm (M), HSN Rolf Amin (S), HSN\nThore Sven (M), SOC\n"
                 "Övriga deltagande\nEmma Hed, folkhälsoplanerare\n\n§ 1 Mötets öppnande\n")
    att = attendance(ex)
    assert all(att.get(n) is True for n in ("Irene Berg", "Ulla Holm", "Rolf Amin", "Thore Sven", "Emma Hed"))
    assert ("Irene Berg", "ordförande") in roles(ex)


def test_party_with_a_code_nobody_knows_keeps_the_party(extract):
    """'Ulla Holm (M), HSN': the code after the tag (a nämnd the person sits for) is no role samgraf knows; the party
    is still the person's (before, only rows without such a code got their party)."""
    ex = extract(HEAD + "Beslutande\nIrene Berg (C), BIN, ordförande\nUlla Holm (M), HSN\nThore Sven (M), SOC\n"
                 "Övriga deltagande\nEmma Hed, folkhälsoplanerare\n\n§ 1 Mötets öppnande\n")
    parties = {m.person.name: m.party.abbreviation for m in ex.memberships if m.party is not None}
    assert parties.get("Ulla Holm") == "M" and parties.get("Thore Sven") == "M"
    assert "Emma Hed" not in parties


def test_justeras_ends_the_deputies_block(extract):
    """'Ersättare Magnus Ek (M) / Sekreterare Per Notini / Justeras Michael Lind Lars Sand / Ordförande': the
    signature lines after the deputies are no deputies (before, the chair and the justerare were made ersättare, and
    the justerare chair by the label under the names)."""
    ex = extract(HEAD + "Beslutande Michael Lind (S) ordförande\n\nIngela Sven (C) 1:e vice ordförande Lars Sand (C)\n\n"
                 "Ersättare Magnus Ek (M)\n\nSekreterare Per Notini\n\nJusteras Michael Lind Lars Sand\n\nOrdförande\n\n"
                 "Anslaget på kommunens anslagstavla den 9 april 2020\n")
    assert ("Lars Sand", "ersättare") not in roles(ex) and ("Michael Lind", "ersättare") not in roles(ex)
    assert ("Lars Sand", "ordförande") not in roles(ex)
    assert ("Magnus Ek", "ersättare") in roles(ex)


def test_members_and_personal_deputies_with_the_members_mark_between(extract):
    """'Ledamöter: Suppleanter: Eva Berg, ordförande X Harry Lund Per Lyck, viceordförande X Rolf Kars ... Ulla Dahl -
    Emil Karls': a table of members and their personal deputies read row by row, each member's presence marked
    between the two names. Members and deputies alternate; the mark is the member's (before, everyone was a deputy,
    the members present and the deputies' presence read from the marks the other way round)."""
    ex = extract("Förbundsstyrelsen\nSammanträdestid Torsdagen den 19 april 2018 kl. 16.30 Sammanträdesplats Beslutande "
                 "Övriga närvarande Oasen, konferensrummet Ledamöter: Suppleanter: Eva Berg, ordförande X Harry Lund "
                 "Per Lyck, viceordförande X Rolf Kars Roger Ek X Hedvig Sten Ulla Dahl - Emil Karls Tomas Blom - "
                 "Magnus Jans Förbundsdirektör Karin Dahl Paragrafer 26-33 Underskrifter\n")
    got = roles(ex)
    assert {("Eva Berg", "ledamot"), ("Per Lyck", "ledamot"), ("Roger Ek", "ledamot"), ("Ulla Dahl", "ledamot"),
            ("Tomas Blom", "ledamot")} <= got
    assert {("Harry Lund", "ersättare"), ("Rolf Kars", "ersättare"), ("Emil Karls", "ersättare")} <= got
    assert ("Per Lyck", "vice ordförande") in got and ("Eva Berg", "ersättare") not in got
    att = attendance(ex)
    assert att.get("Eva Berg") is True and att.get("Ulla Dahl") is False and att.get("Tomas Blom") is False
    assert "Harry Lund" not in att and "Emil Karls" not in att


def test_members_and_personal_deputies_with_the_marks_before(extract):
    """'Närvarande beslutande: (ordinarie medlemmar) (personliga ersättare) x Anna Ek Helena Nord x Ann Bäck Janina
    Dal ... - Susann Pelt - Keijo Sjö x Emma Lyck, vik. verksamhetsledare': the marks before each member (and a
    dash before a deputy who was not there either); the pairs end at the official."""
    ex = extract("Styrelsen\nSammanträdestid: tisdagen den 2 december 2014 kl. 10.15-12.15 Plats: Hotel Arthur, "
                 "Helsingfors. Närvarande beslutande: (ordinarie medlemmar) (personliga ersättare) x Anna Ek Helena Nord "
                 "x Ann Bäck Janina Dal x Yvonne Holm Jörgen Pind - Susann Pelt - Keijo Sjö x Rita Lind Theresa Vik "
                 "x Emma Lyck, vik. verksamhetsledare Kerstin Paal, bokförare Övriga närvarande: Ärenden: 63. "
                 "Sammanträdet öppnas 64. Laglighet och beslutsförhet\n")
    got = roles(ex)
    assert {("Anna Ek", "ledamot"), ("Ann Bäck", "ledamot"), ("Susann Pelt", "ledamot"), ("Rita Lind", "ledamot")} <= got
    assert {("Helena Nord", "ersättare"), ("Keijo Sjö", "ersättare"), ("Theresa Vik", "ersättare")} <= got
    assert not {r for r in got if r[0] in ("Emma Lyck", "Kerstin Paal") and r[1] in ("ledamot", "ersättare")}
    att = attendance(ex)
    assert att.get("Anna Ek") is True and att.get("Susann Pelt") is False and att.get("Keijo Sjö") is False


def test_a_members_and_deputies_list_without_marks_is_not_paired(extract):
    """Without marks nothing tells rows from pairs: 'Ledamöter: Ersättare:' over a list of names read as before (the
    last heading's), not paired by count."""
    ex = extract(HEAD + "Ledamöter: Ersättare: Eva Berg (S) Harry Lund (S) Per Lyck (M) Rolf Kars (M)\n\n"
                 "§ 1 Mötets öppnande\n")
    assert ("Eva Berg", "ledamot") not in roles(ex) and ("Per Lyck", "ledamot") not in roles(ex)
