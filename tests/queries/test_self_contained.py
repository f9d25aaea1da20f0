"""Every canned query travels: it parses on its own, with no prefixes given by samgraf, so it runs as it
stands on any SPARQL endpoint (issue 11, "Queries that travel")."""
from __future__ import annotations

import pytest
import pyoxigraph as ox
from rdflib.plugins.sparql import prepareQuery

from samgraf.queries import list_queries


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_a_canned_query_declares_every_prefix_it_uses(query):
    prepareQuery(query.text)                       # rdflib: raises on an undeclared prefix
    ox.Store().query(query.text)                   # pyoxigraph: raises SyntaxError on one, too


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_a_canned_query_has_a_title_and_its_parameters_in_the_header(query):
    assert query.title, f"{query.name}: no '# title:' line"
    for param in query.params:
        assert f"?{param.name}" in query.text, f"{query.name}: header names ?{param.name}, the query never uses it"
