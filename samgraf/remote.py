"""A SPARQL 1.1 server as the store: `--store http://host:port/...`.

`RemoteOxigraph` has the methods `Store` (and graph/curation.py) call on `self.ox` — query, update,
named_graphs, quads_for_pattern, flush, iteration — and speaks the SPARQL 1.1 Protocol (query,
update) and the Graph Store Protocol (one named graph per protocol, bulk loading) over httpx. So
every update string the Store builds runs unchanged on the server, and results come back as
pyoxigraph objects (parsed by pyoxigraph from SPARQL JSON / N-Triples).

Endpoints, relative to the URL (Oxigraph's layout by default; override with query parameters):
    http://host:7878/                       query /query, update /update, graph store /store
    http://host:3030/ds?store=data          Apache Jena Fuseki (query /ds/query, update /ds/update, /ds/data)

The server must show the union of its named graphs as the default graph (`oxigraph serve
--union-default-graph`, Fuseki `tdb2:unionDefaultGraph true`), as the embedded store does; we also
send Oxigraph's `union-default-graph` parameter with every query that asks for the union.

Protocol texts (texts/<doc>.txt) and identity judgements (judgements.tsv) stay files: they live in a
local folder, `$SAMGRAF_REMOTE_CACHE/<host>-<port><path>` (default `~/.cache/samgraf/remote/...`).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit, urlunsplit

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox
from rdflib import Graph, Variable
from rdflib.term import Node
from rdflib.query import Result

from samgraf.errors import StoreError
from samgraf.queries.binding import bind_terms

if TYPE_CHECKING:   # httpx is imported where a server is used: every command opening a local store checks for one
    import httpx

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_REMOTE = re.compile(r"^(https?):/+(.*)$")


def remote_url(location: object) -> str | None:
    """The server URL if `location` names one ("http://..."; a Path keeps only one slash), else None."""
    m = _REMOTE.match(str(location))
    return f"{m.group(1)}://{m.group(2)}" if m else None


@dataclass(frozen=True, slots=True)
class Endpoints:
    query: str
    update: str
    store: str

    @classmethod
    def from_url(cls, url: str) -> "Endpoints":
        parts = urlsplit(url)
        names = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        base = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
        return cls(*(f"{base}/{names.get(k, k).lstrip('/')}" for k in ("query", "update", "store")))


def cache_folder(url: str) -> Path:
    """The local folder for texts and judgements of a remote store."""
    parts = urlsplit(url)
    slug = re.sub(r"[^\w.-]+", "-", f"{parts.hostname}-{parts.port or ''}{parts.path}").strip("-")
    root = os.environ.get("SAMGRAF_REMOTE_CACHE") or Path.home() / ".cache" / "samgraf" / "remote"
    return Path(root) / slug


class RemoteOxigraph:
    """The subset of `pyoxigraph.Store` samgraf uses, over SPARQL 1.1 Protocol and Graph Store Protocol."""

    def __init__(self, url: str, *, timeout: float = 300.0) -> None:
        self.url = url
        import httpx

        self.endpoints = Endpoints.from_url(url)
        self.http = httpx.Client(timeout=timeout)
        try:
            self.query("ASK { }")
        except (httpx.HTTPError, StoreError) as e:
            raise StoreError(f"{url}: no SPARQL server answers at {self.endpoints.query} ({e})") from e

    # --- reading ---------------------------------------------------------------------------------
    def query(self, query: str, *, use_default_graph_as_union: bool = False, default_graph=None, named_graphs=None,
              prefixes: Mapping[str, str] | None = None, substitutions: Mapping[ox.Variable, object] | None = None,
              **_: object):
        """Run a query on the server; returns QuerySolutions / QueryBoolean, or a list of Triples."""
        text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or {}).items()) + query
        if substitutions:
            text = bind_terms(text, {v.value: t for v, t in substitutions.items()})
        params: list[tuple[str, str]] = []
        if default_graph is not None:
            graphs = default_graph if isinstance(default_graph, list) else [default_graph]
            params += [("default-graph-uri", g.value) for g in graphs if isinstance(g, ox.NamedNode)]
        elif use_default_graph_as_union:
            params.append(("union-default-graph", ""))
        params += [("named-graph-uri", g.value) for g in named_graphs or ()]
        r = self._post(self.endpoints.query, params, text, "application/sparql-query", ACCEPT)
        kind = r.headers.get("content-type", "").split(";")[0].strip()
        if kind == "application/n-triples":
            return list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))
        return ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        terms = {"s": subject, "p": predicate, "o": object}
        pattern = " ".join(str(t) if t is not None else f"?{n}" for n, t in terms.items())
        if isinstance(graph_name, ox.DefaultGraph):
            rows = self.query(f"SELECT * WHERE {{ {pattern} }}")
        else:
            g = str(graph_name) if graph_name is not None else "?g"
            rows = self.query(f"SELECT * WHERE {{ GRAPH {g} {{ {pattern} }} }}")
        for row in rows:
            s, p, o = (terms[n] if terms[n] is not None else row[n] for n in ("s", "p", "o"))
            g = graph_name if graph_name is not None else row["g"]
            yield ox.Quad(s, p, o, g)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["g"]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        """Whether the server holds any triple in this named graph."""
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    # --- writing ---------------------------------------------------------------------------------
    def update(self, update: str, **_: object) -> None:
        self._post(self.endpoints.update, [], update, "application/sparql-update", "*/*")

    def put_graph(self, graph: str, ntriples: bytes | str) -> None:
        """Replace one named graph (Graph Store Protocol PUT) with N-Triples."""
        import httpx

        body = ntriples.encode("utf-8") if isinstance(ntriples, str) else ntriples
        try:
            r = self.http.put(self.endpoints.store, params={"graph": graph}, content=body,
                              headers={"Content-Type": "application/n-triples"})
        except httpx.HTTPError as e:
            raise StoreError(f"{self.endpoints.store}: {e}") from e
        _check(r, self.endpoints.store)

    def load_nquads(self, nquads: bytes) -> int:
        """Bulk-load N-Quads: each named graph is replaced by a Graph Store Protocol PUT; returns graphs."""
        graphs: dict[str, list[str]] = {}
        for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, ox.NamedNode):
                graphs.setdefault(quad.graph_name.value, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
        for graph, lines in graphs.items():
            self.put_graph(graph, "\n".join(lines) + "\n")
        return len(graphs)

    def flush(self) -> None:
        """Nothing to flush: every update is committed by the server when it answers."""

    def close(self) -> None:
        self.http.close()

    def _post(self, url: str, params: list[tuple[str, str]], body: str, content_type: str, accept: str):
        import httpx

        try:
            r = self.http.post(url, params=params, content=body.encode("utf-8"),
                               headers={"Content-Type": content_type, "Accept": accept})
        except httpx.HTTPError as e:
            raise StoreError(f"{url}: {e}") from e
        return _check(r, url)


def _check(r: httpx.Response, url: str) -> httpx.Response:
    if r.status_code == 400:
        raise SyntaxError(f"{url}: {r.text.strip()}")
    if r.status_code >= 300:
        raise StoreError(f"{url}: HTTP {r.status_code}: {r.text.strip()[:500]}")
    return r


class RemoteRdflibStore(OxigraphStore):
    """oxrdflib's store over a RemoteOxigraph: rdflib Dataset reads (triples, contexts, query) go to the
    server; CONSTRUCT results arrive as a list of triples rather than pyoxigraph QueryTriples."""

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803 - rdflib's names
        from oxrdflib._converter import to_ox

        if not isinstance(query, str):
            raise NotImplementedError("only query strings can be sent to a SPARQL server")
        result = self._inner.query(query, use_default_graph_as_union=queryGraph == "__UNION__",
                                   default_graph=to_ox(queryGraph) if isinstance(queryGraph, Node) else None,
                                   prefixes=dict(self._namespace_for_prefix, **initNs),
                                   substitutions={ox.Variable(k): to_ox(v) for k, v in initBindings.items()})
        if isinstance(result, list):
            out = Result("CONSTRUCT")
            out.graph = Graph()
            out.graph += (from_ox(t) for t in result)
        elif isinstance(result, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(result)
        else:
            out = Result("SELECT")
            out.vars = [Variable(v.value) for v in result.variables]
            out.bindings = ({v: from_ox(val) for v, val in zip(out.vars, solution)} for solution in result)
        return out


def open_remote(url: str) -> tuple[Path, RemoteOxigraph, object]:
    """(local cache folder, the server as `ox`, an rdflib Dataset over it) for Store.__init__."""
    from rdflib import Dataset

    server = RemoteOxigraph(url)
    folder = cache_folder(url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{folder}: cannot create the local folder for texts of {url} ({e})") from e
    return folder, server, Dataset(store=RemoteRdflibStore(store=server), default_union=True)

