"""Conventions first met in an eleventh blind check (stored protocol pages nobody on the team had read, scored
before any rule was written for them) and in the tenth set's leftovers; each is tested on a short invented
protocol (names are invented)."""
from __future__ import annotations

from test_layouts import meeting_roles, roles   # same folder (rootdir-less tests)

from samgraf.model import MeetingRoleKind

#: Two columns of members side by side, parted by runs of blanks the converter made ragged, under an indented
#: heading; a row's role follows its tag and a comma; the secretary's label stands over her name below the roster.
SIDE_BY_SIDE = ("                    Styrelsens protokoll\n"
                "             Sammanträdet den 12 mars 2004\n\n"
                "                    Beslutande\n"
                "Vera Lindqvist (s), ordförande            Holger Strand (s)\n"
                "Kenneth Alm (c)                  Ann-Sofi Berglund (v)\n"
                "Gustav Nyrén (s), vice ordförande             Bo Ek (s), § 4–9\n"
                "Marita Sjöholm (m)                   Agneta Falk (mp)\n\n\n"
                "                     Sekreterare\n"
                "                     Gunnel Bergh\n\n\n"
                "§ 4 Val av justerare\nStyrelsen utser Marita Sjöholm att justera protokollet.\n")


def test_indented_heading_over_ragged_side_by_side_columns(extract):
    """'Vera Lindqvist (s), ordförande            Holger Strand (s)' under an indented 'Beslutande': the heading's
    own indent is no gap between two columns, so the rows are not cut at the heading's column (which gave the left
    name's role to the right column's name)."""
    found = roles(extract(SIDE_BY_SIDE))
    assert {("Vera Lindqvist", "ordförande"), ("Gustav Nyrén", "vice ordförande")} <= found
    assert not {("Holger Strand", "ordförande"), ("Bo Ek", "vice ordförande"), ("Bo Ek", "ordförande")} & found


def test_label_over_a_name_after_a_blank_line(extract):
    """'<blank> Sekreterare / Gunnel Bergh' after the members' rows: a role alone on a line set off by a blank line,
    right over a line with one name, is that name's label, not a role wrapped from the last row."""
    found = meeting_roles(extract(SIDE_BY_SIDE))
    assert ("Gunnel Bergh", MeetingRoleKind.SECRETARY) in found
    assert not {("Marita Sjöholm", MeetingRoleKind.SECRETARY), ("Agneta Falk", MeetingRoleKind.SECRETARY)} & found
