"""`samgraf serve` as a SPARQL 1.1 Protocol endpoint, driven by SPARQLWrapper (and httpx for raw HTTP)."""
from __future__ import annotations

import csv
import io
import json
from urllib.error import HTTPError
from xml.etree import ElementTree

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from samgraf.queries import list_queries
from samgraf.serve import canned_queries, uses_service

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
PER_GRAPH = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
MEETINGS = ("PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#> "
            "CONSTRUCT { ?m a besluit:Zitting ; ?p ?o } WHERE { ?m a besluit:Zitting ; ?p ?o }")


@pytest.fixture(scope="module")
def endpoint(start_serve) -> str:
    return start_serve() + "/sparql"


@pytest.fixture(scope="module")
def limited(start_serve) -> str:
    return start_serve("--timeout", "1", "--max-results", "3", "--workers", "1") + "/sparql"


@pytest.fixture(scope="module")
def embedded(corpus_store):
    from samgraf.graph.store import Store

    with Store(corpus_store) as store:
        yield store


def triples(graph) -> set[tuple]:
    """Triples with xsd:string literals written as plain ones (RDF 1.1 makes them the same term)."""
    def plain(o):
        return Literal(str(o), lang=o.language) if isinstance(o, Literal) and o.datatype == XSD_STRING else o
    return {(s, p, plain(o)) for s, p, o in graph}


def client(url: str, query: str, fmt=JSON, method: str = "GET"):
    sparql = SPARQLWrapper.SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql.query()


def json_rows(url: str, query: str, method: str = "GET") -> set[tuple[str, ...]]:
    data = client(url, query, JSON, method).convert()
    names = data["head"]["vars"]
    return {tuple(b.get(n, {}).get("value", "") for n in names) for b in data["results"]["bindings"]}


def embedded_rows(store, query: str) -> set[tuple[str, ...]]:
    return {tuple("" if v is None else str(v) for v in row) for row in store.query(query)}


@pytest.mark.parametrize("name", [q.name for q in list_queries() if not q.params])
def test_every_canned_query_answers_as_the_embedded_store(endpoint, embedded, name):
    text = next(q["text"] for q in canned_queries() if q["name"] == name)
    expected = embedded_rows(embedded, text)
    assert expected, f"{name} has no rows on the test corpus; the comparison would prove nothing"
    assert json_rows(endpoint, text) == expected


def test_default_graph_is_the_union_and_graphs_are_reachable_by_name(endpoint, embedded):
    per_graph = json_rows(endpoint, PER_GRAPH)
    assert per_graph == embedded_rows(embedded, PER_GRAPH)
    total = sum(int(n) for _, n in per_graph)
    graph, count = sorted(g for g in per_graph if "/protocol/" in g[0])[0]
    assert json_rows(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == {(str(total),)}
    assert json_rows(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}") == {(count,)}
    only = httpx.get(endpoint, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                       "default-graph-uri": graph}, headers={"Accept": "text/csv"})
    assert only.text.split() == ["n", count]


@pytest.mark.parametrize("fmt", [XML, CSV, TSV], ids=["xml", "csv", "tsv"])
def test_select_in_every_results_format(endpoint, embedded, fmt):
    expected = embedded_rows(embedded, PER_GRAPH)
    body = client(endpoint, PER_GRAPH, fmt, "POST").response.read()
    if fmt == XML:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        found = {(r.find("r:binding[@name='g']/r:uri", ns).text, r.find("r:binding[@name='n']/r:literal", ns).text)
                 for r in ElementTree.fromstring(body).findall(".//r:result", ns)}
    else:
        reader = csv.reader(io.StringIO(body.decode("utf-8")), delimiter="," if fmt == CSV else "\t")
        rows = list(reader)[1:]
        found = {(g.strip("<>"), n.split("^^")[0].strip('"')) for g, n in rows}
    assert found == expected


def test_ask(endpoint):
    assert client(endpoint, "ASK { ?s a <http://data.vlaanderen.be/ns/besluit#Zitting> }").convert()["boolean"]
    assert not client(endpoint, "ASK { ?s a <http://example.org/Nothing> }").convert()["boolean"]


@pytest.mark.parametrize("fmt,rdflib_format", [(TURTLE, "turtle"), (N3, "turtle"), (JSONLD, "json-ld")],
                         ids=["turtle", "n3-accept", "jsonld"])
def test_construct_by_content_negotiation(endpoint, embedded, fmt, rdflib_format):
    expected = set(embedded.query(MEETINGS).graph)
    result = client(endpoint, MEETINGS, fmt)
    graph = Graph().parse(data=result.response.read(), format=rdflib_format)
    assert len(expected) > 20
    assert triples(graph) == triples(expected)


def test_n_triples_and_a_sparql_query_body(endpoint, embedded):
    r = httpx.post(endpoint, content=MEETINGS.encode(), headers={"Content-Type": "application/sparql-query",
                                                                  "Accept": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")
    assert triples(Graph().parse(data=r.text, format="nt")) == triples(embedded.query(MEETINGS).graph)


def test_updates_are_refused_and_change_nothing(endpoint):
    before = json_rows(endpoint, PER_GRAPH)
    sparql = SPARQLWrapper.SPARQLWrapper(endpoint, updateEndpoint=endpoint)
    sparql.setMethod("POST")
    sparql.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }")
    with pytest.raises(HTTPError, match="403"):
        sparql.query()
    r = httpx.post(endpoint, content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403 and "read-only" in r.text
    assert json_rows(endpoint, PER_GRAPH) == before


def test_bad_query_gets_400_with_the_parsers_message(endpoint):
    with pytest.raises(QueryBadFormed, match=r"error at 1:\d+"):
        client(endpoint, "SELECT ?s WHERE { ?s ?p }").convert()
    r = httpx.get(endpoint, params={"query": "SELEC * {}"})
    assert r.status_code == 400 and "error at 1:" in r.text
    assert httpx.get(endpoint).status_code == 400


def test_service_is_refused_without_the_flag(endpoint):
    r = httpx.get(endpoint, params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "--allow-service" in r.text


@pytest.mark.parametrize("query,expected", [
    ("SELECT * WHERE { service <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { SERVICE SILENT ?srv { ?s ?p ?o } }", True),
    ('SELECT * WHERE { ?s ?p "SERVICE" }', False),
    ("SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE", False),
    ("PREFIX service: <http://x/> SELECT * WHERE { ?s service:x ?SERVICE }", False),
], ids=["keyword", "silent-variable", "in-string", "in-iri-and-comment", "prefix-and-variable"])
def test_uses_service(query, expected):
    assert uses_service(query) is expected


def test_result_limit_cuts_and_says_so(limited):
    r = httpx.get(limited, params={"query": PER_GRAPH}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert len(json.loads(r.text)["results"]["bindings"]) == 3
    assert r.headers["x-samgraf-truncated"] == "results cut at 3"
    small = httpx.get(limited, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"})
    assert "x-samgraf-truncated" not in small.headers


def test_time_limit_stops_a_runaway_query_and_the_server_goes_on(limited):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = httpx.get(limited, params={"query": slow}, timeout=60)
    assert r.status_code == 503 and "time limit of 1 s" in r.text
    after = httpx.get(limited, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert after.json()["boolean"] is True


def test_query_listing_is_self_contained(endpoint):
    listing = httpx.get(endpoint.rsplit("/", 1)[0] + "/queries.json").json()
    assert {q["name"] for q in listing["queries"]} == {q.name for q in list_queries()}
    assert all("PREFIX " in q["text"] for q in listing["queries"])
