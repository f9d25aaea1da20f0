"""`samgraf query`, `export`, `stats` and `validate` through the CLI: every query form, exit codes
of usage errors, SERVICE refused, streamed exports that hold the store's quads."""
from __future__ import annotations

import gc
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from samgraf.cli import cli
from samgraf.graph.export import sorted_nquads
from samgraf.queries import load_query

FIXTURE = Path(__file__).parent / "small.trig"
ID = "https://w3id.org/samgraf/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory, protocol) -> Path:
    root = tmp_path_factory.mktemp("cliq")
    folder = root / "protokoll"
    folder.mkdir()
    (folder / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    (folder / "b.txt").write_text(protocol(date="2025-09-19", amount="410 000"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(root / "store"), "--silent"])
    gc.collect()
    assert result.exit_code == 0, result.output
    return root / "store"


@pytest.fixture(scope="module")
def exported(store, tmp_path_factory) -> dict[str, Path]:
    """The store exported once in every quad format."""
    out = tmp_path_factory.mktemp("exports")
    paths = {}
    for suffix in ("nq", "trig", "jsonld"):
        paths[suffix] = out / f"graph.{suffix}"
        result = CliRunner().invoke(cli, ["export", "--store", str(store), "-o", str(paths[suffix])])
        gc.collect()
        assert result.exit_code == 0, result.output
        assert "quads written" in result.stderr
    return paths


def quad_set(path: Path, fmt: str) -> set[tuple]:
    ds = Dataset()
    ds.parse(path, format=fmt)
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}


# --- query forms -----------------------------------------------------------------------------------

def test_show_prints_the_query_file(run_cli):
    result = run_cli("query", "board_members", "--show")
    assert result.exit_code == 0
    assert result.stdout == load_query("board_members").text


def test_ask_prints_true_or_false(run_cli, store, tmp_path):
    (tmp_path / "ask.rq").write_text("ASK { ?z a besluit:Zitting }", encoding="utf-8")
    (tmp_path / "no.rq").write_text("ASK { ?z a sg:NoSuchClass }", encoding="utf-8")
    assert run_cli("query", tmp_path / "ask.rq", "--store", store).stdout.strip() == "true"
    assert run_cli("query", tmp_path / "no.rq", "--graph", FIXTURE).stdout.strip() == "false"
    assert json.loads(run_cli("query", tmp_path / "ask.rq", "--store", store, "--format", "json").stdout) is True


def test_construct_prints_turtle(run_cli, store, tmp_path):
    (tmp_path / "c.rq").write_text("CONSTRUCT { ?z dct:date ?d } WHERE { ?z a besluit:Zitting ; dct:date ?d }",
                                   encoding="utf-8")
    result = run_cli("query", tmp_path / "c.rq", "--store", store)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert sorted(str(o) for o in graph.objects()) == ["2025-03-14", "2025-09-19"]
    nt = run_cli("query", tmp_path / "c.rq", "--store", store, "--format", "ntriples").stdout
    assert len(nt.strip().splitlines()) == 2


# --- usage errors: one line, exit 2 ------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (("finns_inte",), "no query named 'finns_inte'"),
    (("board_members", "-p", "forbund=FINSAM Ankeby"), "missing parameter"),
    (("board_members", "-p", "forbund=x", "-p", "date=juni"), "is not a date"),
    (("decisions_of_type", "-p", "type=grantd"), "choose one of: approved"),
    (("person_timeline", "-p", "person=Ingen Alls"), "no person or organisation named 'Ingen Alls'"),
])
def test_usage_errors_exit_2_with_one_line(run_cli, args, message):
    result = run_cli("query", *args, "--graph", FIXTURE)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_syntax_error_names_the_line_of_the_file(run_cli, store, tmp_path):
    (tmp_path / "fel.rq").write_text("# title: broken\n\nSELECT ?z WHERE {\n  ?z a besluit:Zitting\n  FILTER(?z = )\n}\n",
                                     encoding="utf-8")
    for where in (("--store", store), ("--graph", FIXTURE)):
        result = run_cli("query", tmp_path / "fel.rq", *where)
        assert result.exit_code == 2
        assert "line 5" in result.stderr and "FILTER(?z = )" in result.stderr


def test_a_param_on_an_unselected_variable_is_the_same_error_on_store_and_file(run_cli, store, tmp_path):
    (tmp_path / "q.rq").write_text("SELECT ?z WHERE { ?z a besluit:Zitting ; dct:date ?d }", encoding="utf-8")
    errors = set()
    for where in (("--store", store), ("--graph", FIXTURE)):
        result = run_cli("query", tmp_path / "q.rq", *where, "-p", "d=2025-03-14")
        assert result.exit_code == 2
        errors.add(result.stderr)
    assert len(errors) == 1 and "does not select ?d" in errors.pop()


def test_a_shared_name_is_ambiguous_exit_1(run_cli, tmp_path):
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    ds.parse(data=f'<{ID}person-karin2> <http://xmlns.com/foaf/0.1/name> "Karin Dahl" .', format="turtle")
    path = tmp_path / "two.nq"
    ds.serialize(path, format="nquads")
    result = run_cli("query", "person_timeline", "-p", "person=Karin Dahl", "--graph", path)
    assert result.exit_code == 1
    assert "2 match 'Karin Dahl'" in result.stderr


def test_a_person_by_name_on_the_store(run_cli, store):
    result = run_cli("query", "person_timeline", "-p", "person=Eva Lund", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    kinds = {row["kind"] for row in json.loads(result.stdout)}
    assert {"membership", "reservation"} <= kinds


# --- SERVICE -------------------------------------------------------------------------------------------

@pytest.fixture
def endpoint() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()
    server.server_close()


def test_service_sends_nothing_from_the_cli(run_cli, store, endpoint, tmp_path):
    url, hits = endpoint
    (tmp_path / "ut.rq").write_text(f"SELECT ?n WHERE {{ ?p foaf:name ?n . SERVICE <{url}> {{ ?p ?x ?n }} }}",
                                    encoding="utf-8")
    for where in (("--store", store), ("--graph", FIXTURE)):
        result = run_cli("query", tmp_path / "ut.rq", *where)
        assert result.exit_code == 2 and "--allow-service" in result.stderr
    assert hits == []
    allowed = run_cli("query", tmp_path / "ut.rq", "--graph", FIXTURE, "--allow-service")
    assert allowed.exit_code != 0 and hits, "allowed, the request is made (and the test server answers 500)"


# --- exports ----------------------------------------------------------------------------------------------

def test_trig_and_jsonld_hold_the_same_quads_as_nquads(exported):
    quads = quad_set(exported["nq"], "nquads")
    assert len(quads) > 100
    assert quad_set(exported["trig"], "trig") == quads
    assert quad_set(exported["jsonld"], "json-ld") == quads


def test_jsonld_has_a_compact_context(exported):
    data = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    assert data["@context"]["sg"] == "https://w3id.org/samgraf/ns#"
    text = exported["jsonld"].read_text(encoding="utf-8")
    assert '"foaf:name"' in text and '"@type": ["sg:Protocol"]' in text
    assert "http://xmlns.com/foaf/0.1/name" not in text.split('"@graph"', 1)[1]


def test_turtle_needs_a_graph_or_merge(run_cli, store, exported, tmp_path):
    refused = run_cli("export", "--store", store, "-o", tmp_path / "all.ttl")
    assert refused.exit_code == 2 and "--merge" in refused.stderr
    assert not (tmp_path / "all.ttl").exists()
    merged = run_cli("export", "--store", store, "-o", tmp_path / "all.ttl", "--merge")
    assert merged.exit_code == 0 and "triples written" in merged.stderr
    triples = {(s, p, o) for s, p, o, _ in quad_set(exported["nq"], "nquads")}
    assert set(Graph().parse(tmp_path / "all.ttl", format="turtle")) == triples


def test_one_graph_as_turtle(run_cli, store, exported, tmp_path):
    quads = quad_set(exported["nq"], "nquads")
    graph = sorted({str(g) for *_, g in quads if "/graph/protocol/" in str(g)})[0]
    result = run_cli("export", "--store", store, "-o", tmp_path / "one.ttl", "--graph", graph)
    assert result.exit_code == 0, result.output
    expected = {(s, p, o) for s, p, o, g in quads if str(g) == graph}
    assert set(Graph().parse(tmp_path / "one.ttl", format="turtle")) == expected
    missing = run_cli("export", "--store", store, "-o", tmp_path / "x.ttl", "--graph", "protocol/finns-inte")
    assert missing.exit_code == 2 and "no graph" in missing.stderr


def test_external_sort_gives_the_same_bytes_as_one_run(store, exported, open_store):
    st = open_store(store)
    small_runs = b"".join(sorted_nquads(st.ox, run_lines=50))
    assert small_runs == exported["nq"].read_bytes()
    lines = small_runs.splitlines()
    assert lines == sorted(lines)


def test_stats_count_what_the_export_holds(run_cli, store, exported):
    result = run_cli("stats", "--store", store)
    assert result.exit_code == 0
    counts = {line[:24].strip(): int(line[24:]) for line in result.stdout.splitlines()}
    assert counts["quads"] == len(exported["nq"].read_bytes().splitlines())
    assert counts["protocols"] == 2 and counts["meetings"] == 2
    memory = ox.Store()
    memory.bulk_load(path=str(exported["nq"]), format=ox.RdfFormat.N_QUADS)
    assert counts["graphs"] == sum(1 for _ in memory.named_graphs())


def test_validate_provenance_needs_the_store(run_cli, exported):
    result = run_cli("validate", "--graph", exported["nq"], "--provenance")
    assert result.exit_code == 2 and "needs the store" in result.stderr


def test_validate_provenance_on_the_store(run_cli, store):
    result = run_cli("validate", "--store", store, "--provenance")
    assert result.exit_code == 0 and "every quote" in result.stderr
