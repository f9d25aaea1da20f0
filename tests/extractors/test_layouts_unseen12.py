"""Conventions first met in a twelfth blind check (stored protocol pages nobody on the team had read, scored before
any rule was written for them); each is tested on a short invented protocol (names are invented)."""
from __future__ import annotations

from test_layouts import roles   # same folder (rootdir-less tests)


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
