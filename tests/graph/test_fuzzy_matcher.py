"""Issue 12: one fuzzy matcher (rapidfuzz). The near-name rule of identity keeps its exact meaning:
two strings one substitution, insertion or deletion apart."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from samgraf.graph.people import _edit_distance_one
from samgraf.graph.trace import _name_score


def _one_edit_by_hand(x: str, y: str) -> bool:
    """The definition the rule had before rapidfuzz, kept here as the oracle."""
    if x == y or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(a != b for a, b in zip(x, y)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


NAMES = st.text(alphabet="abdeilnorsåäö", max_size=8)


@given(NAMES, NAMES)
def test_edit_distance_one_is_unchanged(x, y):
    assert _edit_distance_one(x, y) == _one_edit_by_hand(x, y)


@given(NAMES, st.integers(0, 7), st.sampled_from("abcåäö"))
def test_one_edit_is_found(x, i, char):
    if not x:
        return
    i %= len(x)
    for y in (x[:i] + char + x[i + 1:], x[:i] + x[i + 1:], x[:i] + char + x[i:]):
        assert _edit_distance_one(x, y) == (x != y)


def test_name_score_tolerates_a_typo_and_ranks_exact_first():
    assert _name_score("anna svensson", "anna svensson") == 1.0
    typo = _name_score("anna svenson", "anna svensson")
    other = _name_score("anna svensson", "karl berg")
    assert 0.8 <= typo < 1.0 and other < 0.5
