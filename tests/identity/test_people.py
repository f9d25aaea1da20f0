"""Pure identity functions: name relations, evidence scores, decisions, name changes, judgements."""
from __future__ import annotations

from collections import Counter

import pytest

from samgraf.graph.curation import AUTO, Judgement, Judgements
from samgraf.graph.people import PersonProfile, canonical_name, choose_survivor, find_name_changes, name_relation, score_pair
from samgraf.extractors.names import name_key


@pytest.mark.parametrize(("a", "b", "rule"), [
    pytest.param("Joakim lvarsson", "Joakim Ivarsson", "exact", id="ocr-l-for-I"),
    pytest.param("Malin Mansson", "Malin Månsson", "exact", id="diacritics"),
    pytest.param("Anna-Karin Berg", "Anna Karin Berg", "exact", id="hyphen"),
    pytest.param("Kjell Bjöm", "Kjell Björn", "exact", id="ocr-rn-m"),
    pytest.param("A. Berg", "Anna Berg", "initials", id="initial"),
    pytest.param("Maja Nilsson Sarri", "Maja Nilsson", "subset", id="double-surname"),
    pytest.param("Lars Ericsson", "Lars Eriksson", "near", id="near-spelling"),
    pytest.param("Jan Olsson", "Jan Ohlsson", "near", id="near-h"),
    pytest.param("Karin Lind", "Karin Lindh", "near", id="added-h-is-near"),
    pytest.param("Peter Andersson", "Helene Andersson", "none", id="shared-surname"),
    pytest.param("Maja Holmgren", "Maja Nilsson Sarri", "none", id="other-surname"),
])
def test_name_relation(a: str, b: str, rule: str) -> None:
    assert name_relation({name_key(a)}, {name_key(b)}) == rule


def profile(node: str, name: str, **kw) -> PersonProfile:
    fields = {k: frozenset(v) if isinstance(v, (set, list)) else v for k, v in kw.items()}
    return PersonProfile(node, (name,), frozenset({name_key(name)}), **fields)


TEAM = {"per ek", "sara vik", "lena sand", "olle brandt"}


@pytest.mark.parametrize(("a", "b", "decision"), [
    pytest.param(profile("p1", "Anna Berg", boards={"forbund/ankeby"}, homes={"forbund/ankeby"}, docs={"d1"}),
                 profile("p2", "Anna Berg", boards={"forbund/bergvik"}, homes={"forbund/bergvik"}, docs={"d2"}),
                 "candidate", id="namesakes-two-boards-stay-two"),
    pytest.param(profile("p1", "Irene Holm", boards={"doc:d1"}, homes={"doc:d1"}, docs={"d1"}, colleagues=TEAM,
                         represents={"kommun/1784"}, parties={"S"}),
                 profile("p2", "Irene Holm", boards={"forbund/vv"}, homes={"forbund/vv"}, docs={"d2"},
                         colleagues=TEAM, represents={"kommun/1784"}, parties={"S"}),
                 "merge", id="unknown-board-same-colleagues"),
    pytest.param(profile("p1", "Irene Holm", boards={"forbund/a"}, docs={"d1"}, colleagues=TEAM),
                 profile("p2", "Irene Holm", boards={"forbund/a"}, docs={"d1"}, colleagues=TEAM),
                 "apart", id="two-rows-of-one-list"),
    pytest.param(profile("p1", "Eva Ek", boards={"doc:d1"}, docs={"d1"}, colleagues=TEAM, parties={"S"},
                         roles={"ledamot"}),
                 profile("p2", "Eva Ek", boards={"forbund/a"}, docs={"d2"}, colleagues=TEAM,
                         represents={"forsakringskassan"}, roles={"ledamot"}),
                 "candidate", id="politician-vs-official-needs-strong"),
    pytest.param(profile("p1", "Lars Ericsson", boards={"forbund/a"}, docs={"d1"}, colleagues=TEAM, parties={"S"}),
                 profile("p2", "Lars Eriksson", boards={"forbund/a"}, docs={"d2"}, colleagues=TEAM, parties={"S"}),
                 "candidate", id="near-spelling-never-auto"),
    pytest.param(profile("p1", "Per Holm", boards={"forbund/a"}, docs={"d1"}, parties={"S"}),
                 profile("p2", "Per Holm", boards={"forbund/b"}, docs={"d2"}, parties={"M"}),
                 "candidate", id="different-party-other-board"),
])
def test_score_pair_decision(a: PersonProfile, b: PersonProfile, decision: str) -> None:
    assert score_pair(a, b).decision == decision


def test_score_pair_reasons_name_the_evidence() -> None:
    a = profile("p1", "Irene Holm", boards={"forbund/a"}, docs={"d1"}, represents={"kommun/1"}, parties={"S"})
    b = profile("p2", "Irene Holm", boards={"forbund/a"}, docs={"d2"}, represents={"kommun/1"}, parties={"S"})
    pair = score_pair(a, b)
    assert pair.score == 6 and pair.decision == "merge"
    assert "same board +3" in pair.why() and "same represented party +2" in pair.why()


def test_survivor_prefers_known_home_then_earliest() -> None:
    unknown = profile("p1", "Eva Ek", homes={"doc:d1"}, dates=("2015-01-01",))
    known = profile("p2", "Eva Ek", homes={"forbund/a"}, dates=("2020-01-01",))
    later = profile("p0", "Eva Ek", homes={"forbund/a"}, dates=("2021-01-01",))
    assert choose_survivor(unknown, known)[0] is known
    assert choose_survivor(later, known)[0] is known


@pytest.mark.parametrize(("text", "old", "new"), [
    pytest.param("Ledamoten Anna Lund har bytt efternamn till Berg.", "Anna Lund", "Anna Berg", id="surname-only"),
    pytest.param("Karin Ek har bytt namn till Karin Dahl.", "Karin Ek", "Karin Dahl", id="full-name"),
    pytest.param("Närvarande: Sara Nord (tidigare Vik), ledamot", "Sara Vik", "Sara Nord", id="tidigare"),
])
def test_find_name_changes(text: str, old: str, new: str) -> None:
    changes = find_name_changes(text)
    assert [(c.old, c.new) for c in changes] == [(old, new)]


def test_no_name_change_in_plain_text() -> None:
    assert find_name_changes("Anna Lund har lämnat styrelsen. Per Ek väljs till ordförande.") == []


def test_human_different_overrides_automatic_same() -> None:
    j = Judgements([Judgement("same", "A", "B", AUTO), Judgement("different", "A", "B", "eva")])
    assert j.survivor("B") == "B" and j.different("A", "B") and j.same_as() == []


def test_later_human_judgement_wins() -> None:
    j = Judgements([Judgement("different", "A", "B", "eva"), Judgement("same", "A", "B", "olle")])
    assert j.survivor("B") == "A"


def test_automatic_merge_never_joins_groups_kept_apart() -> None:
    j = Judgements([Judgement("different", "A", "C", "eva"), Judgement("same", "A", "B", AUTO),
                    Judgement("same", "B", "C", AUTO)])
    assert j.survivor("B") == "A" and j.survivor("C") == "C"


def test_merge_chains_follow_to_the_last_survivor() -> None:
    j = Judgements([Judgement("same", "A", "B", "eva"), Judgement("same", "C", "A", "eva")])
    assert j.survivor("B") == "C" and dict(map(lambda t: (str(t[0]), str(t[1])), j.same_as())) == {"A": "C", "B": "C"}


def test_judgement_line_stays_one_line() -> None:
    line = Judgement("alias", "A", "Anna\tBerg\n", "eva", "2024-01-01", "note\nmore").line()
    assert line.count("\t") == 5 and "\n" not in line


def test_the_name_shown_keeps_the_hyphen_a_converter_lost_elsewhere():
    """'Marie-Louise Forslund-Mustaniemi' once, 'Marie Louise Forslund-Mustaniemi' once: the spelling with the hyphen
    is shown (a converter drops a hyphen, seldom adds one); frequency and letters outside ASCII still come first."""
    assert canonical_name(Counter({"Marie Louise Forslund-Mustaniemi": 1, "Marie-Louise Forslund-Mustaniemi": 1})) == \
        "Marie-Louise Forslund-Mustaniemi"
    assert canonical_name(Counter({"Anna Karin Berg": 2, "Anna-Karin Berg": 1})) == "Anna Karin Berg"
    assert canonical_name(Counter({"Asa-Lena Berg": 1, "Åsa Lena Berg": 1})) == "Åsa Lena Berg"
