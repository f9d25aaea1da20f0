"""Tests for samgraf.queries: every canned .rq on a small fixture graph, rows compared as a set."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from samgraf.errors import SamgrafError, UnknownQuery
from samgraf.queries import bind, list_queries, load_query, run_query

FIXTURE = Path(__file__).parent / "queries" / "small.trig"
ANKEBY, BERGVIK = "Samordningsförbundet Ankeby", "Samordningsförbundet Bergvik"
ID = "https://w3id.org/samgraf/id/"
SJUHARAD = "Samordningsförbundet Sjuhärad"


@pytest.fixture(scope="module")
def ds() -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURE, format="trig")
    return dataset


def plain(term) -> object:
    """A comparable Python value for a result cell."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, Decimal):
            return int(value) if value == int(value) else float(value)
        return value if isinstance(value, (int, float)) else str(value)
    return str(term)


def rows(ds, query: str, /, **params: str) -> set[tuple]:
    result = run_query(ds, query, **params)
    return {tuple(plain(row[i]) for i in range(len(result.vars))) for row in result}


def test_every_canned_query_has_a_test():
    missing = [q.name for q in list_queries() if f"test_{q.name}" not in globals()]
    assert missing == []


def test_every_query_file_has_a_title():
    queries = list_queries()
    assert len(queries) >= 9
    assert all(q.title for q in queries)


def test_board_members(ds):
    assert rows(ds, "board_members", forbund="FINSAM Ankeby", date="2024-06-01") == {
        ("FINSAM Ankeby", "2024-06-01", "2024-03-01", "Karin Dahl", "ordförande", "Ankeby kommun", "S"),
        ("FINSAM Ankeby", "2024-06-01", "2024-03-01", "Jonas Vik", "ledamot", "Dalsjö kommun", None),
    }
    assert rows(ds, "board_members", forbund=ANKEBY, date="2024-12-31") == {
        (ANKEBY, "2024-12-31", "2024-09-01", "Karin Dahl", "ordförande", "Ankeby kommun", "S"),
        (ANKEBY, "2024-12-31", "2024-09-01", "Ola Strand", "ledamot", "Region Ekåsen", "M"),
    }
    assert rows(ds, "board_members", forbund=ANKEBY, date="2023-01-01") == set()


def test_budget_by_member(ds):
    assert rows(ds, "budget_by_member", forbund=ANKEBY) == {
        (ANKEBY, 2025, "Ankeby kommun", 200000), (ANKEBY, 2025, "Dalsjö kommun", 120000)}
    assert rows(ds, "budget_by_member", forbund=BERGVIK) == set()


def test_decisions_of_type(ds):
    granted = "https://w3id.org/samgraf/ns#decisionType/granted"
    assert rows(ds, "decisions_of_type", type="granted") == {
        (granted, "2024-03-01", ANKEBY, 5, "2024-1 §5:1", "Att bevilja Ankeby kommun 100 000 kr."),
        (granted, "2024-09-01", ANKEBY, 3, None, "Att bevilja Ankeby kommun 50 000 kr."),
        (granted, "2024-09-01", ANKEBY, 3, None, "Att bevilja Dalsjö kommun 30 000 kr."),
        (granted, "2025-02-01", BERGVIK, None, None, "Att bevilja Region Ekåsen 75 000 kr."),
    }
    assert {r[-1] for r in rows(ds, "decisions_of_type", type="noted")} == {"Informationen läggs till handlingarna."}
    assert rows(ds, "decisions_of_type", type="tabled") == set()


def test_grants_per_municipality(ds):
    assert rows(ds, "grants_per_municipality") == {
        (ANKEBY, "Ankeby kommun", 2024, 150000, 2),
        (ANKEBY, "Dalsjö kommun", 2024, 30000, 1),
        (BERGVIK, "Region Ekåsen", 2025, 75000, 1),
    }


def test_meeting_attendance(ds):
    assert rows(ds, "meeting_attendance") == {
        (ANKEBY, "2024-03-01", 2, 1), (ANKEBY, "2024-09-01", 2, 0), (BERGVIK, "2025-02-01", 1, 0)}


def test_people_on_several_boards(ds):
    found = rows(ds, "people_on_several_boards")
    assert {(name, boards) for _, name, boards, _ in found} == {("Karin Dahl", 2)}
    ((_, _, _, bodies),) = found
    assert set(bodies.split(" | ")) == {ANKEBY, BERGVIK}


def test_person_memberships(ds):
    assert rows(ds, "person_memberships", name="Karin Dahl") == {
        ("Karin Dahl", "2024-03-01", ANKEBY, "ordförande", "Ankeby kommun", "Karin Dahl (S) Ordförande Ankeby kommun"),
        ("Karin Dahl", "2024-09-01", ANKEBY, "ordförande", "Ankeby kommun", "Karin Dahl, ordförande, Ankeby kommun"),
        ("Karin Dahl", "2025-02-01", BERGVIK, "ledamot", None, "Karin Dahl, ledamot"),
    }
    assert rows(ds, "person_memberships", name="Ingen Alls") == set()


def test_rejected_applications(ds):
    assert rows(ds, "rejected_applications") == {
        ("2024-03-01", ANKEBY, 6, "Dalsjö kommun", 50000, "Att avslå ansökan."),
        ("2025-02-01", BERGVIK, None, "Föreningen Bron", None, "Att avslå ansökan från Föreningen Bron."),
    }


def test_reservations(ds):
    assert rows(ds, "reservations") == {
        ("2024-03-01", ANKEBY, 5, "Jonas Vik", "Att bevilja Ankeby kommun 100 000 kr."),
        (None, None, None, "Eva Lund", None),                   # against no known decision: the name only
        ("2025-05-01", None, 2, "Karin Dahl", "Att anta verksamhetsplanen."),   # förbund not known
    }


def test_co_membership(ds):
    karin, jonas = ID + "person-karin", ID + "person-jonas"
    assert rows(ds, "co_membership", a=karin, b=jonas) == {
        (karin, jonas, "membership", ANKEBY, None), (karin, jonas, "meeting", ANKEBY, "2024-03-01")}
    assert rows(ds, "co_membership", a=karin, b=ID + "person-eva") == set()


def test_interlocks(ds):
    # Karin: ordförande in Ankeby (2024) and ledamot in Bergvik (2025), the same mandate period 2023-2026
    assert rows(ds, "interlocks") == {(ANKEBY, BERGVIK, "Karin Dahl", "ordförande", "ledamot", "2023–2026",
                                       "2023–2026", ID + "person-karin")}


def test_person_timeline(ds):
    jonas, doc = ID + "person-jonas", ID + "doc-1"
    assert rows(ds, "person_timeline", person=jonas) == {
        (jonas, "2024-03-01", ANKEBY, "membership", "ledamot", "Dalsjö kommun", doc, "Jonas Vik Ledamot Dalsjö kommun"),
        (jonas, "2024-03-01", ANKEBY, "attendance", "present", None, doc, "Jonas Vik, ledamot"),
        (jonas, "2024-03-01", ANKEBY, "duty", "adjuster", None, doc, "Justerare: Jonas Vik"),
        (jonas, "2024-03-01", ANKEBY, "reservation", "reservation", "Att bevilja Ankeby kommun 100 000 kr.", doc,
         "Jonas Vik reserverar sig mot beslutet."),
    }


def test_unknown_query_name():
    with pytest.raises(UnknownQuery, match="board_members"):
        load_query("inget_sadant_namn")


def test_query_from_a_file(tmp_path, ds):
    path = tmp_path / "egen.rq"
    path.write_text("# title: Meetings\nSELECT ?z WHERE { ?z a besluit:Zitting }\n", encoding="utf-8")
    assert load_query(str(path)).title == "Meetings"
    assert len(rows(ds, str(path))) == 4


@pytest.mark.parametrize(
    ("values", "message"),
    [
        pytest.param({"forbund": ANKEBY}, "missing parameter", id="missing"),
        pytest.param({"forbund": ANKEBY, "date": "2024-06-01", "extra": "x"}, "unknown parameter", id="unknown"),
        pytest.param({"forbund": ANKEBY, "date": "juni 2024"}, "not a date", id="bad-date"),
    ],
)
def test_bind_errors(values, message):
    with pytest.raises(SamgrafError, match=message):
        bind(load_query("board_members"), values)


def test_bind_types():
    bound = bind(load_query("decisions_of_type"), {"type": "rejected"})
    assert bound == {"type": URIRef("https://w3id.org/samgraf/ns#decisionType/rejected")}
    bound = bind(load_query("board_members"), {"forbund": "FINSAM Ankeby", "date": "2024-06-01"})
    assert bound["date"] == Literal(dt.date(2024, 6, 1))
    assert bound["forbund"] == Literal("FINSAM Ankeby")


def test_parameters_are_bound_not_pasted(ds):
    assert rows(ds, "person_memberships", name='Karin Dahl" } UNION { ?x ?y ?z') == set()


@pytest.fixture(scope="module")
def built_store(tmp_path_factory, protocol):
    """A store ingested from two invented protocols of one förbund."""
    import gc

    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    root = tmp_path_factory.mktemp("queries")
    folder = root / "protokoll"
    folder.mkdir()
    (folder / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    (folder / "b.txt").write_text(protocol(date="2025-09-19", amount="410 000"), encoding="utf-8")
    store = Store(root / "store")
    ingest(store, [folder])
    yield store.dataset
    del store
    gc.collect()


def test_attendance_on_an_ingested_store(built_store):
    assert rows(built_store, "meeting_attendance") == {(SJUHARAD, "2025-03-14", 4, 1), (SJUHARAD, "2025-09-19", 4, 1)}


def test_reservations_on_an_ingested_store(built_store):
    found = rows(built_store, "reservations")
    assert {(date, forbund, section, name) for date, forbund, section, name, _ in found} == {
        ("2025-03-14", SJUHARAD, 3, "Eva Lund"), ("2025-09-19", SJUHARAD, 3, "Eva Lund")}
    assert len(found) == 4, "one row per decision reserved against (two per meeting)"


def test_board_members_on_an_ingested_store(built_store):
    members = rows(built_store, "board_members", forbund="FINSAM Sjuhärad", date="2025-06-30")
    assert {(name, role) for *_, name, role, _, _ in members} == {
        ("Karin Dahl", "ordförande"), ("Jonas Vik", "ledamot"), ("Eva Lund", "ledamot"), ("Ola Strand", "ledamot"),
        ("Maja Lind", "förbundschef")}
    assert {r[2] for r in members} == {"2025-03-14"}


def test_grant_count_on_an_ingested_store(built_store):
    (row,) = rows(built_store, "grants_per_municipality")
    assert row[:3] == (SJUHARAD, "Marks kommun", 2025) and row[4] == 2


def test_grant_sum_on_an_ingested_store(built_store):
    assert rows(built_store, "grants_per_municipality") == {(SJUHARAD, "Marks kommun", 2025, 760000, 2)}
