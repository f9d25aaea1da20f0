"""Conventions first met in a twelfth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, meeting_roles, represents, roles   # same folder (rootdir-less tests)
from test_layouts_unseen7 import titles

from samgraf.model import MeetingRoleKind


def test_two_stacked_headings_members_then_deputies_not_serving(extract):
    """'ande ledamöter Ej tjänstgörande ersättare Adam Ek (M) ... Kjell Ös (M) ersätter Göran Ahl (M) ... Hans Cron
    (M)': two headings printed over one run of names; the rows before the first deputy who serves for a member are
    the members', the serving ones follow, and the tagged rows after them are the deputies who do not serve."""
    text = ("1 Sammanträdesprotokoll Plats och tid Kyrkan kl. 18:00-22:00 ande ledamöter Ej tjänstgörande ersättare "
            "Adam Reuter (M) Arne Lang (M) Dick Ull (M) (2:e vice ordförande) Peter Carp (M) (ordförande) Ove Wall (C) "
            "Hanna Sven (S) Kjell Öhr (M) ersätter Göran Ahl (M) Elisabet Palm (S) ersätter Hanna Lind (S) "
            "Hans Cron (M) Camilla Wall (M) Ingalill Zell (C) Övriga närvarande Anna Holm, "
            "sekreterare och flera andra tjänstepersoner\n")
    found = roles(extract(text))
    assert {("Adam Reuter", "ledamot"), ("Ove Wall", "ledamot"), ("Kjell Öhr", "tjänstgörande ersättare"),
            ("Hans Cron", "ersättare"), ("Camilla Wall", "ersättare")} <= found
    assert ("Adam Reuter", "ersättare") not in found


def test_committee_item_after_the_page_head_with_a_letters_first_case_number(extract):
    """'2 KOMMUNEN PROTOKOLL 2 (18) KSAU 91 KS/2010: Motion - tobaksfri kommun ...': the committee's letters after the
    page head open its own item (no item number stands before them), and a case number written letters first is no
    part of the title."""
    text = ("1 KOMMUNEN PROTOKOLL 1 (18) Kommunstyrelsens arbetsutskott Plats och tid Kommunhuset Beslutande Anna Ek (S) "
            "ordförande Per Lind (M) Utses att justera Per Lind Paragrafer 91-95\n\n"
            "2 KOMMUNEN PROTOKOLL 2 (18) KSAU 91 KS/2010: Motion - tobaksfri kommun Karin Berg (S) har lämnat in "
            "rubricerad motion om att kommunen ska bli tobaksfri för alla som arbetar i kommunens lokaler.\n")
    assert titles(extract(text)).get(91) == "Motion - tobaksfri kommun"


def test_item_number_with_its_year_after_the_bodys_letters(extract):
    """'3 Sida 3 (45) KS 353/2008 Tillkommande och utgående ärenden': an item's number written with its year after the
    body's letters, the § sign dropped, opens the item; 'Protokoll Mn 87/2014' is the protocol's own number."""
    text = ("1 Protokoll Mn 87/2014 Miljönämnden Datum: 2014-11-11 Beslutande Anna Ek (S) ordförande Per Lind (M) "
            "Utses att justera Per Lind\n\n"
            "3 Sida 3 (45) KS 353/2008 Tillkommande och utgående ärenden Tillkommande ärenden: - Åtgärder med anledning "
            "av budgetgruppens arbete och förhandlingar om röran.\n")
    found = titles(extract(text))
    assert found.get(353) == "Tillkommande och utgående ärenden"
    assert 87 not in found


def test_association_named_beside_association_codes(extract):
    """'Elin Jonsson, Demensföreningen Jörgen Brink, FUB Birgitta Ek, HRF ...': where members carry associations'
    codes, an association written out ('-föreningen', '-förbundet') is what its member represents too."""
    text = ("Rådet för funktionshinderfrågor\nBeslutande:\nMarie Hell (LB), ordförande\nElin Jonsson, Demensföreningen\n"
            "Jörgen Brink, FUB\nBirgitta Ek, HRF\nLena Nord, RSMH\nUlla Lind, Reumatikerföreningen\n\n"
            "§ 24 Tillgänglighetspriset\nPriset delas inte ut.\n")
    found = represents(extract(text))
    assert {"Elin Jonsson": "Demensföreningen", "Ulla Lind": "Reumatikerföreningen", "Jörgen Brink": "FUB"}.items() \
        <= found.items()
    assert "Marie Hell" not in found


def test_inte_narvarande_and_meddelat_forhinder_are_absent(extract):
    """'Inte närvarande' and 'Meddelat förhinder' (Finland-Swedish and older forms) head those absent, as
    'Ej närvarande' and 'Anmält förhinder' do; 'Till protokolljusterare för dagens möte utses X' names a justerare."""
    text = ("Protokoll Styrelsemöte 1/2014\nNärvarande\nAnita Hus, ordförande\nStig Grön\nMartin Nils\n"
            "Inte närvarande\nDan Nord\nMeddelat förhinder\nJana Ek\n\n"
            "§ 3 Val av protokolljusterare\nTill protokolljusterare för dagens möte utses Martin Nils.\n")
    ex = extract(text)
    found = attendance(ex)
    assert found.get("Dan Nord") is False and found.get("Jana Ek") is False and found.get("Stig Grön") is True
    assert ("Martin Nils", MeetingRoleKind.ADJUSTER) in meeting_roles(ex)


def test_the_gap_without_a_comma_parts_two_columns_of_a_list(extract):
    """'Beslutande Beslutande ersättare Ulla Trued (S) ordförande, Lennart Ols (S), ... Inger Björk (KD) Marita Sund
    (S), Leif Hög (S), ...': two headings over one comma-separated run; the one gap without a comma is where the
    second column (the serving deputies) begins. With a comma there too, whose column is not told."""
    text = ("1 NÄMNDEN Plats och tid Förvaltningen klockan 13 Beslutande Beslutande ersättare Ulla Trued (S) ordförande, "
            "Lennart Ols (S), Karin Frisk (S), Ulf Jonas (M), Inger Björk (KD) Marita Sund (S), Leif Hög (S), Sofie Gård "
            "(M) Ersättare Lilian Lund (S), Felix Lundqvist (S), Övriga deltagande Mona Kjell, sekreterare och fler "
            "tjänstepersoner\n")
    found = roles(extract(text))
    assert {("Marita Sund", "tjänstgörande ersättare"), ("Sofie Gård", "tjänstgörande ersättare")} <= found
    assert not {("Ulf Jonas", "tjänstgörande ersättare"), ("Inger Björk", "tjänstgörande ersättare")} & found
    commas = roles(extract(text.replace("Inger Björk (KD) Marita", "Inger Björk (KD), Marita")))
    assert ("Marita Sund", "tjänstgörande ersättare") not in commas
