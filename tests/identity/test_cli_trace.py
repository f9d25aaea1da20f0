"""`samgraf people ...`, `samgraf trace` and the identity queries, on real stores."""
from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from samgraf.cli import cli
from samgraf.graph.curation import load_judgements, merge_people
from samgraf.graph.trace import Trace, TraceRow, render_html
from samgraf.queries import run_query

from conftest import protocol

BOARD = ["Anna Lund (S), ordförande, Arvika kommun", "Per Ek (M), vice ordförande, Eda kommun",
         "Sara Vik (C), ledamot, Säffle kommun", "Olle Brandt, Försäkringskassan"]


@pytest.fixture()
def two_boards(make_store):
    """Joakim Ivarsson (OCR 'lvarsson' in one) on Ankeby in two years; two Peter Andersson on two boards."""
    reserve = "§ 3 Ansökan\nStyrelsen beslutar att avslå ansökan.\nSara Vik (C) reserverar sig mot beslutet.\n"
    store = make_store({
        "a.txt": protocol("Ankeby", "2021-03-10", [*BOARD, "Joakim lvarsson (S), ledamot, Årjängs kommun",
                                                    "Peter Andersson (S), ledamot, Eda kommun"], items=reserve),
        "b.txt": protocol("Ankeby", "2023-05-02", [*BOARD, "Joakim Ivarsson (S), ledamot, Årjängs kommun"],
                          absent=("Peter Andersson (S), Eda kommun",)),
        "c.txt": protocol("Bergvik", "2022-01-20", ["Peter Andersson (M), ordförande, Säffle kommun",
                                                    "Kim Dahl (L), ledamot, Arvika kommun", "Per Ek (M), ledamot"]),
    })
    path = store.path
    del store
    gc.collect()                     # release the RocksDB lock: the CLI opens the store itself
    return path


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    gc.collect()
    return result


@pytest.mark.parametrize("args", [
    pytest.param(["people", "--help"], id="people"), pytest.param(["people", "list", "--help"], id="list"),
    pytest.param(["people", "search", "--help"], id="search"), pytest.param(["people", "show", "--help"], id="show"),
    pytest.param(["people", "merge", "--help"], id="merge"), pytest.param(["people", "split", "--help"], id="split"),
    pytest.param(["people", "alias", "--help"], id="alias"), pytest.param(["people", "resolve", "--help"], id="resolve"),
    pytest.param(["trace", "--help"], id="trace"),
])
def test_help(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0 and "Example:" in result.output


def test_trace_finds_ocr_spelling_with_every_row_sourced(two_boards) -> None:
    result = run("trace", "Joakim lvarsson", "--store", str(two_boards), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["name"] in ("Joakim Ivarsson", "Joakim lvarsson")
    kinds = {(r["kind"], r["date"]) for r in data["rows"]}
    assert {("attendance", "2021-03-10"), ("attendance", "2023-05-02"), ("membership", "2021-03-10")} <= kinds
    assert all(r["protocol"] for r in data["rows"])
    assert all(r["quote"] for r in data["rows"] if r["kind"] != "party")


def test_trace_lists_namesakes_instead_of_guessing(two_boards) -> None:
    result = CliRunner().invoke(cli, ["trace", "Peter Andersson", "--store", str(two_boards)])
    assert result.exit_code == 1
    assert "2 people match" in result.output and result.output.count("https://w3id.org/samgraf/id/person/") == 2


def test_trace_shows_absence_duties_and_reservations(two_boards) -> None:
    per = run("trace", "Sara Vik", "--store", str(two_boards), "--format", "json")
    rows = json.loads(per.output)["rows"]
    assert any(r["kind"] == "dissent" and r["what"] == "reservation" for r in rows)
    anna = json.loads(run("trace", "Anna Lund", "--store", str(two_boards), "--format", "json").output)["rows"]
    assert any(r["kind"] == "duty" and r["what"] == "chair" for r in anna)


def test_trace_html_is_standalone(two_boards, tmp_path) -> None:
    out = tmp_path / "t.html"
    assert run("trace", "Anna Lund", "--store", str(two_boards), "--format", "html", "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<circle" in page and "<rect" in page
    assert "src=" not in page and "<link" not in page and "<script" not in page and "http://" not in page.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_html_escapes_protocol_strings() -> None:
    bad = "<img src=x onerror=alert(1)>"
    trace = Trace("https://w3id.org/samgraf/id/person/0000000000000000", bad, (bad,), (), (),
                  (TraceRow("membership", "2024-01-01", bad, bad, bad, "2024 – 2026", "d", bad),
                   TraceRow("attendance", "2024-02-01", bad, "present", quote=bad)))
    page = render_html(trace)
    assert bad not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_people_merge_show_split_cycle(two_boards) -> None:
    store = str(two_boards)
    listed = json.loads(run("people", "list", "--store", store, "--format", "json").output)
    peters = sorted(r["iri"] for r in listed if r["name"] == "Peter Andersson")
    assert len(peters) == 2
    assert run("people", "merge", *peters, "--store", store, "--who", "eva").exit_code == 0
    judgements = load_judgements(two_boards)
    assert judgements.survivor(peters[1]) == peters[0] and judgements.items[-1].who == "eva"
    shown = run("people", "show", peters[1], "--store", store)
    assert "Bergvik".lower() in shown.output.lower() and "Ankeby".lower() in shown.output.lower()
    assert run("people", "split", *peters, "--store", store, "--who", "eva").exit_code == 0
    again = json.loads(run("people", "list", "--store", store, "--format", "json").output)
    assert sorted(r["iri"] for r in again if r["name"] == "Peter Andersson") == peters


def test_people_alias_routes_the_new_name(two_boards, make_store) -> None:
    store = str(two_boards)
    assert run("people", "alias", "Sara Vik", "Sara Nord", "--store", store, "--who", "eva").exit_code == 0
    new = make_store({"d.txt": protocol("Ankeby", "2024-02-02", ["Sara Nord (C), ledamot, Säffle kommun", *BOARD[:2]])})
    del new
    gc.collect()
    found = run("people", "search", "Sara Nord", "--store", store).output
    assert found.count("https://w3id.org/samgraf/id/person/") == 1
    rows = json.loads(run("trace", "Sara Vik", "--store", store, "--format", "json").output)["rows"]
    assert "2024-02-02" in {r["date"] for r in rows}


def test_people_resolve_reports_candidates(two_boards) -> None:
    result = run("people", "resolve", "--store", str(two_boards), "--dry-run")
    assert "candidate\tPeter Andersson" in result.output


def test_identity_queries(two_boards: Path) -> None:
    from samgraf.graph.store import Store

    store = Store(two_boards)
    ds = store.dataset
    foaf = {"foaf": "http://xmlns.com/foaf/0.1/"}
    per, other = sorted(str(r.p) for r in ds.query("SELECT ?p WHERE { ?p foaf:name 'Per Ek' }", initNs=foaf))
    merge_people(store, per, other, who="eva", note="same person on two boards")
    timeline = list(run_query(ds, "person_timeline", person=per))
    assert {str(r.kind) for r in timeline} >= {"membership", "attendance"}
    assert {str(r.board) for r in timeline} == {"Samordningsförbundet Ankeby", "Samordningsförbundet Bergvik"}
    interlocks = list(run_query(ds, "interlocks"))
    assert any(str(r.person) == per and {str(r.bodyA), str(r.bodyB)} ==
               {"Samordningsförbundet Ankeby", "Samordningsförbundet Bergvik"} for r in interlocks)
    anna = next(str(r.p) for r in ds.query("SELECT ?p WHERE { ?p foaf:name 'Anna Lund' }", initNs=foaf))
    chair = {str(r.what) for r in run_query(ds, "person_timeline", person=anna) if str(r.kind) == "duty"}
    assert chair == {"chair"}
    co = list(run_query(ds, "co_membership", a=per, b=anna))
    assert {str(r.kind) for r in co} == {"membership", "meeting"} and URIRef(per) in {r.a for r in co}
