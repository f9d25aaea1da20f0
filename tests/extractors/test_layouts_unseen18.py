"""Conventions first met in an eighteenth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import attendance, roles   # same folder (rootdir-less tests)

#: A kommunfullmäktige's roll call in prose: the absent members after "övriga ledamöter utom", the deputies who step
#: in "för" each of them.
ROLL_CALL = ("1 Den 24 april 1997 Närvarande vid uppropet: ordföranden, förste och andre vice ordförandena samt övriga "
             "ledamöter utom Birgit Nils, Carl Ros, Per Pett och Karin Elg. Som ersättare för de frånvarande ledamöterna "
             "inträder: Sten Sven för Birgit Nils, Kajsa Pers för Per Pett och Maria Gihe för Karin Elg. För Carl Ros "
             "saknas ersättare.\n")


def test_a_roll_call_in_prose(extract):
    """'övriga ledamöter utom A, B och C': absent members; 'Som ersättare för de frånvarande ledamöterna inträder: D för
    A, ...': serving deputies, present (before: nobody was read)."""
    ex = extract(ROLL_CALL)
    found = attendance(ex)
    assert found["Birgit Nils"] is False and found["Karin Elg"] is False and found["Carl Ros"] is False
    assert found["Sten Sven"] is True and found["Maria Gihe"] is True
    assert {("Sten Sven", "tjänstgörande ersättare"), ("Karin Elg", "ledamot")} <= roles(ex)


def test_a_guests_role_in_a_company_named_after_it(extract):
    """'Berne Sehl (s), ordförande TOP bostäder AB': the chair of a company the board has invited, not of this board;
    the role is his in that company."""
    text = ("SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Plats och tid Förvaltningsbyggnaden kl 13.00 Beslutande Tommy Nys (s), "
            "ordförande Birgitta Lars (s) Stig Erik (v) Övriga deltagande Lennart Joh, kommunchef Märit Pal, VD TOP "
            "bostäder AB, Berne Sehl (s), ordförande TOP bostäder AB, Eva Erik (s), ledamot TOP bostäder AB, Utses att "
            "justera Stig Erik\n")
    ex = extract(text)
    assert ("Berne Sehl", "ordförande") not in {(m.person.name, m.role) for m in ex.memberships if m.organisation is None}
    assert ("Berne Sehl", "TOP bostäder AB") in {(m.person.name, m.organisation.label) for m in ex.memberships
                                                 if m.organisation is not None}
    assert ("Tommy Nys", "ordförande") in roles(ex)
