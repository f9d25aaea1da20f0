"""One answer whichever engine runs a query: pyoxigraph (the store, `--graph FILE`) and an rdflib
Dataset; every query form; parameters as names; errors in the user's own lines; no SERVICE calls."""
from __future__ import annotations

import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef

from samgraf.errors import ResolutionError, UsageError
from samgraf.queries import (
    BadParameter, CannedQuery, QuerySyntaxError, ServiceRefused, answer_query, calls_service, list_queries,
    missing_prefix_lines,
)

FIXTURE = Path(__file__).parent / "small.trig"
ID = "https://w3id.org/samgraf/id/"
ANKEBY = "Samordningsförbundet Ankeby"


@pytest.fixture(scope="module")
def engines() -> dict[str, object]:
    """The fixture graph in an rdflib Dataset and in a pyoxigraph store."""
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    store = ox.Store()
    store.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return {"rdflib": ds, "pyoxigraph": store}


def plain(term) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, Decimal):
            return int(value) if value == int(value) else float(value)
        return value if isinstance(value, (int, float, bool)) else str(value)
    return str(term)


def sample_params(query: CannedQuery) -> dict[str, str]:
    """Parameter values that select something in the fixture, by parameter type."""
    people = iter([ID + "person-karin", ID + "person-jonas"])
    values = {}
    for p in query.params:
        if p.type == "date":
            values[p.name] = "2024-06-01"
        elif p.type == "int":
            values[p.name] = "1"
        elif p.type == "iri":
            values[p.name] = next(people)
        elif p.type.startswith("iri-sg-"):
            values[p.name] = "granted"
        elif "forbund" in p.name:
            values[p.name] = "FINSAM Ankeby"
        else:
            values[p.name] = "Karin Dahl"
    return values


def rows(answer) -> set[tuple]:
    if answer.type == "ASK":
        return {(answer.boolean,)}
    if answer.type in ("CONSTRUCT", "DESCRIBE"):
        return {tuple(plain(t) for t in triple) for triple in answer.triples}
    return {tuple(unordered(plain(cell)) for cell in row) for row in answer.rows}


def unordered(value: object) -> object:
    """A GROUP_CONCAT(...; separator=" | ") as a set: SPARQL leaves the order of its parts open."""
    return frozenset(value.split(" | ")) if isinstance(value, str) and " | " in value else value


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_canned_query_gives_the_same_answer_on_both_engines(engines, query):
    params = sample_params(query)
    by_engine = {name: answer_query(src, query.name, params) for name, src in engines.items()}
    assert [str(v) for v in by_engine["rdflib"].vars] == [str(v) for v in by_engine["pyoxigraph"].vars]
    assert rows(by_engine["rdflib"]) == rows(by_engine["pyoxigraph"])


def test_the_fixture_answers_most_canned_queries(engines):
    """The comparison above is only worth something if the queries return rows."""
    answered = [q.name for q in list_queries() if answer_query(engines["pyoxigraph"], q.name, sample_params(q)).rows]
    assert len(answered) >= len(list_queries()) - 2, answered


def write(tmp_path: Path, text: str, name: str = "egen.rq") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_ask_construct_and_describe(engines, engine, tmp_path):
    src = engines[engine]
    ask = answer_query(src, write(tmp_path, "ASK { ?z a besluit:Zitting }", "ask.rq"))
    assert ask.type == "ASK" and ask.boolean is True
    no = answer_query(src, write(tmp_path, "ASK { ?z a sg:NoSuchClass }", "no.rq"))
    assert no.boolean is False
    construct = answer_query(src, write(tmp_path, "# meetings as events\nCONSTRUCT { ?z a <http://schema.org/Event> }"
                                        " WHERE { ?z a besluit:Zitting }", "c.rq"))
    assert construct.type == "CONSTRUCT"
    assert {str(s) for s, _, _ in construct.triples} == {ID + "z1", ID + "z2", ID + "z3", ID + "z4"}
    describe = answer_query(src, write(tmp_path, f"DESCRIBE <{ID}person-karin>", "d.rq"))
    assert describe.type == "DESCRIBE"
    assert (URIRef(ID + "person-karin"), URIRef("http://xmlns.com/foaf/0.1/name"), Literal("Karin Dahl")) in \
        set(describe.triples)


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_a_syntax_error_names_the_users_line(engines, engine, tmp_path):
    path = write(tmp_path, "# title: broken\n# param: none\n\nSELECT ?z WHERE {\n  ?z a besluit:Zitting .\n"
                           "  FILTER (?z = )\n}\n")
    with pytest.raises(QuerySyntaxError, match=r"line 6, column \d+: 'FILTER \(\?z = \)'"):
        answer_query(engines[engine], path)


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_a_declared_prefix_wins_over_ours(engines, engine, tmp_path):
    path = write(tmp_path, "PREFIX besluit: <http://example.org/other#>\nSELECT ?z WHERE { ?z a besluit:Zitting }")
    assert answer_query(engines[engine], path).rows == ()


def test_missing_prefix_lines_adds_only_undeclared():
    text = "# PREFIX sg: <in a comment>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT * {}"
    added = missing_prefix_lines(text)
    assert "PREFIX foaf:" not in added and "PREFIX sg: <https://w3id.org/samgraf/ns#>" in added


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_a_person_parameter_takes_a_name(engines, engine):
    by_name = answer_query(engines[engine], "person_timeline", {"person": "jonas vik"})
    by_iri = answer_query(engines[engine], "person_timeline", {"person": ID + "person-jonas"})
    assert rows(by_name) == rows(by_iri) and len(by_iri.rows) >= 3


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_an_unknown_name_is_a_usage_error(engines, engine):
    with pytest.raises(BadParameter, match="no person or organisation named 'Ingen Alls'"):
        answer_query(engines[engine], "person_timeline", {"person": "Ingen Alls"})


def test_a_name_two_people_share_is_ambiguous(tmp_path):
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    ds.parse(data=f'<{ID}person-karin2> a <http://xmlns.com/foaf/0.1/Person> ; '
                  f'<http://xmlns.com/foaf/0.1/name> "Karin Dahl" .', format="turtle")
    with pytest.raises(ResolutionError, match=r"2 match 'Karin Dahl'.*person-karin, .*person-karin2"):
        answer_query(ds, "person_timeline", {"person": "Karin Dahl"})
    assert not issubclass(ResolutionError, UsageError)  # exit 1, as README says for people/trace


def test_a_merged_person_resolves_to_the_survivor():
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    ds.parse(data=f'<{ID}person-jv> <http://xmlns.com/foaf/0.1/name> "Jonas Vik" ; '
                  f'<http://www.w3.org/2002/07/owl#sameAs> <{ID}person-jonas> .', format="turtle")
    answer = answer_query(ds, "person_timeline", {"person": "Jonas Vik"})
    assert {str(row[0]) for row in answer.rows} == {ID + "person-jonas"}


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_a_misspelt_decision_type_lists_the_valid_ones(engines, engine):
    with pytest.raises(BadParameter, match="'grantd' is not a decisionType; choose one of: .*granted.*rejected"):
        answer_query(engines[engine], "decisions_of_type", {"type": "grantd"})


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_a_param_on_a_variable_not_selected_is_the_same_error(engines, engine, tmp_path):
    path = write(tmp_path, "SELECT ?z WHERE { ?z a besluit:Zitting ; dct:date ?d }")
    with pytest.raises(BadParameter, match=r"does not select \?d"):
        answer_query(engines[engine], path, {"d": "2024-03-01"})
    selected = answer_query(engines[engine], write(tmp_path, "SELECT ?z ?d WHERE { ?z a besluit:Zitting ; dct:date ?d }",
                                                   "sel.rq"), {"d": "x"})
    assert selected.rows == ()  # bound as the literal "x": no meeting has that date


@pytest.mark.parametrize(("params", "error"), [
    ({"forbund": ANKEBY}, "missing parameter"),
    ({"forbund": ANKEBY, "date": "juni 2024"}, "not a date"),
    ({"forbund": ANKEBY, "date": "2024-06-01", "extra": "x"}, "unknown parameter"),
])
def test_parameter_mistakes_are_usage_errors(engines, params, error):
    with pytest.raises(UsageError, match=error):
        answer_query(engines["pyoxigraph"], "board_members", params)


# --- SERVICE ---------------------------------------------------------------------------------------

@pytest.fixture
def endpoint() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server recording every request it receives."""
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
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_service_is_refused_and_nothing_is_sent(engines, engine, endpoint, tmp_path):
    url, hits = endpoint
    path = write(tmp_path, f"SELECT ?name WHERE {{ ?p foaf:name ?name .\n"
                           f"  SERVICE <{url}> {{ ?p ?x ?name }} }}")
    with pytest.raises(ServiceRefused, match="--allow-service"):
        answer_query(engines[engine], path)
    assert hits == []


def test_allowing_service_does_send_the_request(engines, endpoint, tmp_path):
    """The refusal above is what keeps the server silent: allowed, pyoxigraph calls it."""
    url, hits = endpoint
    path = write(tmp_path, f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    with pytest.raises(Exception, match="500"):
        answer_query(engines["pyoxigraph"], path, allow_service=True)
    assert hits


def test_service_in_strings_iris_and_comments_is_not_a_call():
    assert not calls_service("SELECT * { ?s ?p 'SERVICE' . ?s sg:SERVICE ?o } # SERVICE <http://x> {}")
    assert not calls_service("SELECT * { ?s ?p \"SERVICE <x> {}\" . ?service sg:service <http://x/SERVICE> } # SERVICE")
    assert calls_service("select * {\n  service\n<http://x> { ?s ?p ?o } }")


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_from_names_the_dataset_instead_of_the_union(engines, engine, tmp_path):
    graph = "https://w3id.org/samgraf/graph/people"
    own = answer_query(engines[engine], write(tmp_path, "SELECT DISTINCT ?p WHERE { ?p foaf:name ?n }", "all.rq"))
    people_only = answer_query(engines[engine], write(
        tmp_path, f"SELECT DISTINCT ?p FROM <{graph}> WHERE {{ ?p foaf:name ?n }}", "from.rq"))
    meetings = answer_query(engines[engine], write(
        tmp_path, f"SELECT ?z FROM <{graph}> WHERE {{ ?z a besluit:Zitting }}", "none.rq"))
    assert len(people_only.rows) == 4 and len(own.rows) >= 4 and meetings.rows == ()
