"""Issue 14: identity work in proportion to what changed. The cached merge state answers exactly
as a rebuild from the judgements would, and adding protocols run by run gives the store one run
over all of them gives."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samgraf.graph.curation import AUTO, Judgement, Judgements, load_judgements
from samgraf.graph.people import PersonProfile, candidate_pairs

from conftest import protocol

NODES = "ABCDE"
steps = st.lists(st.tuples(st.sampled_from(["same", "different", "alias", "merge"]), st.sampled_from(NODES),
                           st.sampled_from(NODES), st.sampled_from([AUTO, "eva"])), max_size=25)


def answers(j: Judgements) -> tuple:
    return (j.merge_map(), {n: j.survivor(n) for n in NODES}, {n: sorted(j.merged_into(n)) for n in NODES},
            {(a, b): j.judged(a, b) for a in NODES for b in NODES}, {n: j.aliases(n) for n in NODES})


@settings(max_examples=200, deadline=None)
@given(steps)
def test_cached_state_answers_as_a_rebuild(seq) -> None:
    j = Judgements()
    for kind, a, b, who in seq:
        if a == b:
            continue
        if kind == "merge":
            before, count = j.survivor(b), len(j.items)
            merged = j.add_merge(a, b, who=who, when="2024-01-01")
            assert merged == (j.survivor(b) != before) and len(j.items) == count + merged
        elif kind == "alias":
            j.add("alias", a, f"Namn {b}", who=who, when="2024-01-01")
        else:
            j.add(kind, a, b, who=who, when="2024-01-01")
        assert answers(j) == answers(Judgements(list(j.items)))


def test_a_blocked_automatic_merge_leaves_no_judgement() -> None:
    j = Judgements([Judgement("different", "A", "C", "eva"), Judgement("same", "A", "B", AUTO)])
    assert not j.add_merge("B", "C", who=AUTO) and len(j.items) == 2 and j.survivor("C") == "C"
    assert answers(j) == answers(Judgements(list(j.items)))


def test_candidate_pairs_of_fresh_people_are_the_full_pairs_that_touch_them() -> None:
    def person(node: str, name: str) -> PersonProfile:
        return PersonProfile(node, (name,), frozenset({name.lower()}))

    people = [person("1", "anna berg"), person("2", "anna berg"), person("3", "a berg"), person("4", "per ek"),
              person("5", "per ek"), person("6", "anna lind berg")]
    fresh = [people[2], people[4]]
    full = {(a.iri, b.iri) for a, b in candidate_pairs(people)}
    only = {(a.iri, b.iri) for a, b in candidate_pairs(people, fresh)}
    assert only == {p for p in full if {"3", "5"} & set(p)} and only


BOARD = ["Anna Lund (S), ordförande, Arvika kommun", "Per Ek (M), vice ordförande, Eda kommun",
         "Sara Vik (C), ledamot, Säffle kommun", "Olle Brandt, Försäkringskassan"]
STAFF = ("Mats Orrvik, förbundschef",)


def test_adding_protocols_run_by_run_gives_what_one_run_gives(make_store, tmp_path) -> None:
    files = {"a.txt": protocol(None, "2016-11-22", BOARD, staff=STAFF),
             "b.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF),
             "c.txt": protocol("Ankeby", "2019-02-07", [*BOARD[:3], "Kim Dahl (V), ledamot, Arvika kommun"])}
    one = make_store(files, resolve=True)
    lines_one = sorted(one.nquads())
    merges_one = sorted((j.a, j.b) for j in load_judgements(one.path).items)
    one.close()
    import shutil

    shutil.rmtree(tmp_path / "store")
    shutil.rmtree(tmp_path / "protocols")
    step = make_store({"a.txt": files["a.txt"]}, resolve=True)
    step = make_store({"b.txt": files["b.txt"]}, step, resolve=True)
    step = make_store({"c.txt": files["c.txt"]}, step, resolve=True)
    assert merges_one and sorted((j.a, j.b) for j in load_judgements(step.path).items) == merges_one
    assert sorted(step.nquads()) == lines_one


@pytest.mark.parametrize("chunk", [500, 1], ids=["one-query", "a-query-per-protocol"])
def test_profiles_of_some_people_are_their_profiles_from_the_whole_store(make_store, monkeypatch, chunk) -> None:
    """Also when the people named in their protocols are asked one protocol graph at a time."""
    from dataclasses import replace

    import samgraf.graph.curation as curation
    from samgraf.graph.curation import collect_profiles

    monkeypatch.setattr(curation, "NAMED_IN_CHUNK", chunk)

    store = make_store({"a.txt": protocol(None, "2016-11-22", BOARD, staff=STAFF),
                        "b.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF),
                        "c.txt": protocol("Bergvik", "2019-02-07", ["Kim Dahl (V), ledamot, Arvika kommun", *BOARD[2:]])})
    full = collect_profiles(store)
    some = set(sorted(full)[::2])
    part = collect_profiles(store, persons=some)
    assert set(part) == some and len(some) >= 4

    def plain(p):
        return replace(p, names=tuple(sorted(p.names)))
    assert {n: plain(p) for n, p in part.items()} == {n: plain(full[n]) for n in some}
