"""Parameters written into the query as terms (queries/binding.py): the same answers as rdflib's
initBindings, sub-selects and OPTIONALs included, and no way for a value to leave its quotes."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef

from samgraf.queries import answer_query
from samgraf.queries.binding import BindingError, bind_terms, selects

XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
E = "http://e/"


def test_values_go_first_and_the_term_is_written_where_the_variable_was():
    q = 'SELECT ?x ?d WHERE { ?x <http://e/p> "WHERE { ?d" . FILTER(?x != ?d) } ORDER BY ?d'
    bound = bind_terms(q, {"d": ox.Literal("2", datatype=XSD_INT)})
    assert bound.startswith('SELECT ?x ?d WHERE { VALUES (?d) { ("2"^^<http://www.w3.org/2001/XMLSchema#integer>) }')
    assert '"WHERE { ?d"' in bound                       # inside a string: not a variable
    assert 'FILTER(?x != "2"^^<http://www.w3.org/2001/XMLSchema#integer>)' in bound
    assert bound.endswith("ORDER BY ?d")                 # after the WHERE group: bound by VALUES


def test_a_sub_select_projects_the_term_and_orders_by_it():
    q = "SELECT ?n WHERE { { SELECT ?d (COUNT(?x) AS ?n) WHERE { ?x <http://e/p> ?d } GROUP BY ?d ORDER BY ?d } }"
    bound = bind_terms(q, {"d": ox.Literal("a")})
    assert '{ SELECT ("a" AS ?d) (COUNT(?x) AS ?n) WHERE { ?x <http://e/p> "a" } GROUP BY ("a") ORDER BY ("a") }' in bound
    ox.Store().query(bound)                              # it parses


def test_a_blank_node_cannot_be_bound():
    with pytest.raises(BindingError, match="blank node"):
        bind_terms("SELECT ?d WHERE { ?s ?p ?d }", {"d": ox.BlankNode()})


def test_selects_reads_the_outer_projection_only():
    assert selects("SELECT ?a ?d WHERE { ?a ?p ?d }", "d")
    assert selects("SELECT * WHERE { ?a ?p ?d }", "d")
    assert not selects("SELECT ?a WHERE { ?a ?p ?d }", "d")
    assert not selects('SELECT ?a WHERE { ?a ?p "?d" }', "d")
    assert selects("ASK { ?a ?p ?d }", "d") and not selects("ASK { ?a ?p ?e }", "d")


def _data() -> tuple[ox.Store, Dataset]:
    """Three meetings of two boards; the same quads in pyoxigraph and in an rdflib Dataset."""
    rows = [("m1", "b1", 1), ("m2", "b1", 3), ("m3", "b2", 2), ("m4", "b1", 5)]
    store, ds = ox.Store(), Dataset(default_union=True)
    for meeting, board, day in rows:
        g = f"{E}graph/{meeting}"
        for p, o in (("board", ox.NamedNode(E + board)), ("day", ox.Literal(str(day), datatype=XSD_INT))):
            store.add(ox.Quad(ox.NamedNode(E + meeting), ox.NamedNode(E + p), o, ox.NamedNode(g)))
            term = URIRef(o.value) if isinstance(o, ox.NamedNode) else Literal(day)
            ds.graph(URIRef(g)).add((URIRef(E + meeting), URIRef(E + p), term))
    return store, ds


# The latest meeting of a board on or before a day: the parameters are used in the outer group, in an
# OPTIONAL and in a sub-select, the three places a binding can fail to reach.
LATEST = """PREFIX e: <http://e/>
SELECT ?board ?day ?meeting ?n WHERE {
  GRAPH ?g { ?meeting e:board ?board ; e:day ?d } FILTER(?d <= ?day)
  OPTIONAL { GRAPH ?g2 { ?later e:board ?board ; e:day ?d2 } FILTER(?d2 > ?d && ?d2 <= ?day) }
  FILTER(!BOUND(?later))
  { SELECT (COUNT(?x) AS ?n) WHERE { GRAPH ?h { ?x e:board ?board ; e:day ?dx } FILTER(?dx <= ?day) } }
}"""


@pytest.mark.parametrize(("board", "day", "meeting", "count"), [("b1", 4, "m2", 2), ("b1", 9, "m4", 3), ("b2", 1, None, 0)])
def test_pyoxigraph_and_rdflib_give_the_same_answer(tmp_path, board, day, meeting, count):
    path = tmp_path / "latest.rq"
    path.write_text("# title: latest\n# param: board iri  the board\n# param: day int  the day\n" + LATEST,
                    encoding="utf-8")
    store, ds = _data()
    answers = [answer_query(source, str(path), {"board": E + board, "day": str(day)}) for source in (store, ds)]
    assert answers[0].rows == answers[1].rows
    got = [(str(r[2]), int(r[3])) for r in answers[0].rows]
    assert got == ([(E + meeting, count)] if meeting else [])


def test_a_value_cannot_leave_its_quotes(tmp_path):
    store, _ = _data()
    q = "SELECT ?x ?d WHERE { GRAPH ?g { ?x <http://e/day> ?d } }"
    hostile = '1" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    bound = bind_terms(q, {"d": ox.Literal(hostile)})
    assert list(store.query(bound)) == []               # one literal that matches nothing
    assert len(store) == 8                               # nothing dropped
