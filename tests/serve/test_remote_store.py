"""`--store http://...`: the same ingest and every canned query against a real Oxigraph server on loopback
give the same answers as the embedded store (the server is the `oxigraph` pip package's binary)."""
from __future__ import annotations

import pytest

from samgraf.queries import list_queries, run_query
from samgraf.remote import Endpoints, remote_url


@pytest.fixture(scope="module")
def remote(oxigraph_server, corpus, tmp_path_factory, monkeypatch_module):
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    monkeypatch_module.setenv("SAMGRAF_REMOTE_CACHE", str(tmp_path_factory.mktemp("remote-cache")))
    store = Store(oxigraph_server + "/")
    results = ingest(store, [corpus])
    assert all(r.status == "ingested" for r in results), [r.error for r in results if r.error]
    yield store
    store.close()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def embedded(corpus_store):
    from samgraf.graph.store import Store

    with Store(corpus_store) as store:
        yield store


@pytest.fixture(scope="module")
def params(embedded) -> dict[str, dict[str, str]]:
    """Parameter values taken from the data (the busiest meeting, a person on several boards, two people
    who met)."""
    meetings = sorted(run_query(embedded.dataset, "meeting_attendance"), key=lambda r: (-int(r[2]), str(r[1])))
    forbund, date = str(meetings[0][0]), str(meetings[0][1])
    person = next(iter(run_query(embedded.dataset, "people_on_several_boards")))
    a, b = next(iter(embedded.query("SELECT ?a ?b WHERE { ?z besluit:heeftAanwezigeBijStart ?a , ?b "
                                    "FILTER(STR(?a) < STR(?b)) } ORDER BY ?a ?b LIMIT 1")))
    fees = [str(r[0]) for r in embedded.query("SELECT ?f WHERE { ?c a sg:MemberContribution ; "
                                              "sg:recipient/skos:prefLabel ?f } ORDER BY ?f")]
    return {"board_members": {"forbund": forbund, "date": date}, "budget_by_member": {"forbund": fees[0]},
            "co_membership": {"a": str(a), "b": str(b)}, "decisions_of_type": {"type": "granted"},
            "person_memberships": {"name": str(person[1])}, "person_timeline": {"person": str(person[0])}}


def answers(store, name: str, params: dict[str, str]) -> list[tuple[str, ...]]:
    result = run_query(store.dataset, name, **params)
    return sorted(tuple("" if v is None else str(v) for v in row) for row in result)


def test_ingest_into_a_server_exports_the_same_quads(remote, embedded):
    assert list(remote.nquads()) == list(embedded.nquads())
    assert remote.protocol_graphs() == embedded.protocol_graphs()
    assert remote.records() == embedded.records()
    doc = next(iter(embedded.records().values())).doc_id
    assert remote.read_text(doc) == embedded.read_text(doc)


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_canned_query_gives_the_same_answers(remote, embedded, params, name):
    bound = params.get(name, {})
    expected = answers(embedded, name, bound)
    assert expected, f"{name} {bound} has no rows on the test corpus; the comparison would prove nothing"
    assert answers(remote, name, bound) == expected


def test_reingest_skips_unchanged_files(remote, oxigraph_server, corpus):
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    store = Store(oxigraph_server)
    assert {r.status for r in ingest(store, [corpus])} == {"unchanged"}


def test_cli_query_and_export_against_the_server(remote, oxigraph_server, embedded, run_cli, tmp_path):
    out = tmp_path / "graph.nq"
    result = run_cli("export", "--store", oxigraph_server, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == list(embedded.nquads())
    result = run_cli("query", "meeting_attendance", "--store", oxigraph_server, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 1 + len(answers(embedded, "meeting_attendance", {}))


def test_a_missing_server_is_a_one_line_error(run_cli):
    result = run_cli("stats", "--store", "http://127.0.0.1:9/")
    assert result.exit_code != 0
    assert "no SPARQL server answers at http://127.0.0.1:9/query" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("location,url", [("http://h:1/x", "http://h:1/x"), ("http:/h:1", "http://h:1"),
                                          ("store/dir", None), ("https:/h/ds", "https://h/ds")])
def test_remote_url_survives_click_paths(location, url):
    assert remote_url(location) == url


def test_endpoints_follow_oxigraph_or_the_url():
    assert Endpoints.from_url("http://h:7878/") == Endpoints("http://h:7878/query", "http://h:7878/update",
                                                             "http://h:7878/store")
    assert Endpoints.from_url("http://h:3030/ds?store=data").store == "http://h:3030/ds/data"
