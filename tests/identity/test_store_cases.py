"""Hard identity cases on real stores built from short invented protocols."""
from __future__ import annotations

from rdflib.namespace import OWL

from samgraf.graph.curation import (AUTO, collect_profiles, load_judgements, merge_people, resolve_store,
                                    split_people)
from samgraf.ontology.ns import PEOPLE_GRAPH

from conftest import protocol

BOARD = ["Anna Lund (S), ordförande, Arvika kommun", "Per Ek (M), vice ordförande, Eda kommun",
         "Sara Vik (C), ledamot, Säffle kommun", "Olle Brandt, Försäkringskassan"]
STAFF = ("Mats Orrvik, förbundschef",)


def people_named(store, name: str) -> set[str]:
    """Person IRIs whose spelling folds to `name`, across protocol graphs."""
    return {p.iri for p in collect_profiles(store).values() if any(n.lower() == name.lower() for n in p.names)}


def protocol_iris(store) -> set[str]:
    rows = store.query("SELECT DISTINCT ?g ?p WHERE { GRAPH ?g { ?p a foaf:Person } }")
    return {str(r.p) for r in rows if "/graph/protocol/" in str(r.g)}


def test_one_board_across_two_mandate_periods_is_one_person(make_store) -> None:
    store = make_store({"m2018.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF),
                        "m2023.txt": protocol("Ankeby", "2023-02-02", BOARD, staff=STAFF)})
    assert len(people_named(store, "Per Ek")) == 1
    assert len(people_named(store, "Mats Orrvik")) == 1


def test_namesakes_on_two_boards_stay_two_and_are_reported(make_store) -> None:
    other = ["Peter Andersson (M), ordförande, Eda kommun", "Kim Dahl (S), ledamot, Arvika kommun"]
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", ["Peter Andersson (S), ledamot, Säffle kommun",
                                                                   *BOARD]),
                        "b.txt": protocol("Bergvik", "2022-04-01", other)})
    result = resolve_store(store)
    both = people_named(store, "Peter Andersson")
    assert len(both) == 2 and not result.merges
    assert any({c.a, c.b} == both for c in result.candidates)


def test_ocr_variant_is_the_same_person(make_store) -> None:
    ocr = [*BOARD, "lrene Holm (V), ledamot, Årjängs kommun"]
    clean = [*BOARD, "Irene Holm (V), ledamot, Årjängs kommun"]
    store = make_store({"a.txt": protocol("Ankeby", "2016-11-22", ocr), "b.txt": protocol("Ankeby", "2018-04-19", clean)})
    assert len(people_named(store, "Irene Holm") | people_named(store, "lrene Holm")) == 1


def test_unknown_board_is_merged_on_strong_evidence(make_store) -> None:
    store = make_store({"a.txt": protocol(None, "2016-11-22", BOARD, staff=STAFF),
                        "b.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF)})
    assert len(people_named(store, "Sara Vik")) == 2
    result = resolve_store(store)
    assert len(people_named(store, "Sara Vik")) == 1 and len(people_named(store, "Mats Orrvik")) == 1
    assert result.merges and all(j.who == AUTO for j in load_judgements(store.path).items)
    merged_away = {str(s) for s, o in store.dataset.graph(PEOPLE_GRAPH).subject_objects(OWL.sameAs)}
    assert merged_away and not merged_away & protocol_iris(store)


def test_name_change_announced_in_a_protocol(make_store) -> None:
    before = protocol("Ankeby", "2022-03-01", ["Karin Ek (S), ledamot, Arvika kommun", *BOARD[1:]])
    after = protocol("Ankeby", "2023-03-01", ["Karin Dahl (S), ledamot, Arvika kommun", *BOARD[1:]],
                     items="§ 3 Meddelanden\nLedamoten Karin Ek har bytt efternamn till Dahl.\n")
    store = make_store({"a.txt": before, "b.txt": after})
    assert people_named(store, "Karin Ek") != people_named(store, "Karin Dahl")
    result = resolve_store(store)
    assert result.name_changes and people_named(store, "Karin Ek") == people_named(store, "Karin Dahl")


def test_curated_different_blocks_the_automatic_merge(make_store) -> None:
    store = make_store({"a.txt": protocol(None, "2016-11-22", BOARD, staff=STAFF),
                        "b.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF)})
    a, b = sorted(people_named(store, "Sara Vik"))
    split_people(store, a, b, who="eva", note="two people")
    result = resolve_store(store)
    assert people_named(store, "Sara Vik") == {a, b}
    assert any({p.a, p.b} == {a, b} for p in result.overridden)
    assert len(people_named(store, "Per Ek")) == 1          # the rest of the board still merges


def test_merge_survives_reingestion(make_store) -> None:
    files = {"a.txt": protocol("Ankeby", "2022-03-01", ["Eva Nord (S), ledamot, Arvika kommun", *BOARD]),
             "b.txt": protocol("Bergvik", "2023-03-01", ["Eva Nord (S), ordförande, Eda kommun", "Kim Dahl (M), ledamot"])}
    store = make_store(files)
    keep, gone = sorted(people_named(store, "Eva Nord"))
    merge_people(store, keep, gone, who="eva", note="moved to Bergvik")
    assert people_named(store, "Eva Nord") == {keep}
    make_store(files, store, force=True)
    assert people_named(store, "Eva Nord") == {keep} and gone not in protocol_iris(store)
    same = set(store.dataset.graph(PEOPLE_GRAPH).subject_objects(OWL.sameAs))
    assert (gone, keep) in {(str(s), str(o)) for s, o in same}


def test_new_protocol_never_renames_an_existing_person(make_store) -> None:
    store = make_store({"a.txt": protocol("Ankeby", "2022-03-01", BOARD)})
    before = people_named(store, "Per Ek")
    make_store({"b.txt": protocol("Ankeby", "2023-03-01", BOARD)}, store)
    resolve_store(store)
    assert people_named(store, "Per Ek") == before


def test_split_restores_both_people(make_store) -> None:
    files = {"a.txt": protocol("Ankeby", "2022-03-01", ["Eva Nord (S), ledamot, Arvika kommun", *BOARD]),
             "b.txt": protocol("Bergvik", "2023-03-01", ["Eva Nord (M), ordförande, Eda kommun", "Kim Dahl (M), ledamot"])}
    store = make_store(files)
    both = people_named(store, "Eva Nord")
    keep, gone = sorted(both)
    merge_people(store, keep, gone, who="eva")
    split_people(store, keep, gone, who="olle", note="namesakes after all")
    assert people_named(store, "Eva Nord") == both
    assert not list(store.dataset.graph(PEOPLE_GRAPH).subject_objects(OWL.sameAs))


def test_ingest_runs_the_resolver_pass(make_store) -> None:
    store = make_store({"a.txt": protocol(None, "2016-11-22", BOARD, staff=STAFF),
                        "b.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF)}, resolve=True)
    assert len(people_named(store, "Sara Vik")) == 1 and len(people_named(store, "Mats Orrvik")) == 1
    judgements = load_judgements(store.path).items
    assert judgements and all(j.who == AUTO and j.kind == "same" for j in judgements)
    assert not resolve_store(store).merges      # a second pass finds nothing more to merge


def test_merge_reasons_survive_a_later_ingest(make_store) -> None:
    from samgraf.ontology.ns import SG

    store = make_store({"a.txt": protocol(None, "2016-11-22", BOARD, staff=STAFF),
                        "b.txt": protocol("Ankeby", "2018-04-19", BOARD, staff=STAFF)}, resolve=True)
    people = store.dataset.graph(PEOPLE_GRAPH)
    reasons = set(people.subject_objects(SG.identityRule))
    assert reasons
    make_store({"c.txt": protocol("Ankeby", "2019-04-19", BOARD, staff=STAFF)}, store, resolve=True)
    assert set(store.dataset.graph(PEOPLE_GRAPH).subject_objects(SG.identityRule)) >= reasons
