"""`samgraf serve`: a read-only SPARQL 1.1 Protocol endpoint over a store, plus a query page.

Built on well-kept parts: Starlette (routing, requests, form bodies) run by uvicorn, pyoxigraph for
query parsing, evaluation and every result serializer, werkzeug for Accept-header negotiation, and
pebble's process pool for the time limit (a query that runs past it is stopped by ending its worker
process, which pebble replaces; pyoxigraph itself has no way to cancel a running query).

Each worker opens the store read-only (`pyoxigraph.Store.read_only`), so the server sees the store as
it was when it started: restart it after an ingest. The default graph is the union of all graphs
(protocol graphs, people, manifest) unless the request names `default-graph-uri`s; each protocol
graph is reachable by name with GRAPH <iri>.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import re
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from samgraf.errors import StoreError

RESULTS_TYPES = {  # media type -> pyoxigraph format, first = default
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
SHORT_FORMATS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                 "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
UPDATE_REFUSED = "this endpoint is read-only: SPARQL updates are refused (ingest with `samgraf ingest`)"
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)
_UNQUOTED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What `samgraf serve` was asked for."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0          # seconds per query, parse to last byte
    max_results: int = 10_000      # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) per response
    allow_service: bool = False    # SERVICE calls other servers from ours: off unless asked
    workers: int = 2


@dataclass(frozen=True, slots=True)
class Answer:
    """One evaluated query, serialized (built in a worker process, sent back whole)."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False


def uses_service(query: str) -> bool:
    """True if the query has a SERVICE clause: the keyword outside strings, IRIs and comments.

    A lexical check made before evaluation (pyoxigraph parses and runs in one call, and would call
    out at once): outside strings, IRIs and comments the bare word can only be the keyword (prefixed
    names and variables are excluded by the look-arounds); it errs towards refusing."""
    return bool(_SERVICE.search(_UNQUOTED.sub(" ", query)))


# --- worker side -------------------------------------------------------------------------------
_STORE: ox.Store | None = None


def _open_worker_store(location: str) -> None:
    global _STORE
    _STORE = ox.Store.read_only(location)


def _ready() -> bool:
    return _STORE is not None


def evaluate(query: str, accept: str, max_results: int, allow_service: bool,
             default_graphs: tuple[str, ...] = (), named_graphs: tuple[str, ...] = ()) -> Answer:
    """Parse, check, run and serialize one query against the worker's store (runs in a worker)."""
    assert _STORE is not None, "worker store not opened"
    options: dict[str, object] = {"use_default_graph_as_union": not default_graphs}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    if not allow_service and uses_service(query):
        return Answer(403, "text/plain", b"SERVICE is refused by this endpoint (start it with --allow-service)\n")
    try:
        result = _STORE.query(query, **options)
    except SyntaxError as e:
        return Answer(400, "text/plain", f"query syntax error: {e}\n".encode())
    except (OSError, ValueError) as e:
        return Answer(400, "text/plain", f"query error: {e}\n".encode())
    try:
        return _serialize(result, accept, max_results)
    except (OSError, ValueError, TypeError) as e:
        return Answer(500, "text/plain", f"query evaluation failed: {e}\n".encode())


def _serialize(result, accept: str, max_results: int) -> Answer:
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, GRAPH_TYPES)
        triples = list(islice(result, max_results + 1))
        body = ox.serialize(triples[:max_results], format=GRAPH_TYPES[media]) or b""
        return Answer(200, media, body, len(triples) > max_results)
    media = negotiate(accept, RESULTS_TYPES)
    if isinstance(result, ox.QueryBoolean):
        return Answer(200, media, result.serialize(format=RESULTS_TYPES[media]) or b"")
    names = [v.value for v in result.variables]
    rows = list(islice(result, max_results + 1))
    limited = ox.parse_query_results(_tsv(names, rows[:max_results]), format=ox.QueryResultsFormat.TSV)
    return Answer(200, media, limited.serialize(format=RESULTS_TYPES[media]) or b"", len(rows) > max_results)


def _tsv(names: list[str], rows: list[ox.QuerySolution]) -> bytes:
    """The kept solutions as SPARQL TSV (terms in their N-Triples form), for pyoxigraph to re-read and
    serialize in the asked format: QuerySolutions cannot be built from a list directly."""
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join("" if row[n] is None else str(row[n]) for n in names) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def negotiate(accept: str, offered: dict[str, object]) -> str:
    """The offered media type the Accept header likes best; the first offered one if it names none."""
    from werkzeug.datastructures import MIMEAccept
    from werkzeug.http import parse_accept_header

    best = parse_accept_header(accept or "", MIMEAccept).best_match(list(offered))
    return best or next(iter(offered))


# --- HTTP side ---------------------------------------------------------------------------------
def canned_queries() -> list[dict[str, object]]:
    """The canned queries as the query page lists them, each self-contained (PREFIX lines)."""
    from samgraf.ontology.ns import SPARQL_PREFIXES
    from samgraf.queries import list_queries

    out = []
    for q in list_queries():
        text = q.text if re.search(r"^\s*PREFIX\s", q.text, re.IGNORECASE | re.MULTILINE) else SPARQL_PREFIXES + q.text
        out.append({"name": q.name, "title": q.title, "description": q.description, "text": text,
                    "params": [{"name": p.name, "type": p.type, "description": p.description} for p in q.params]})
    return out


def build_app(options: ServeOptions):
    """The Starlette app: /sparql (GET, POST), / (the query page), /queries.json (canned queries)."""
    from contextlib import asynccontextmanager

    from pebble import ProcessPool
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    location = store_location(options.store)
    state: dict[str, ProcessPool] = {}

    @asynccontextmanager
    async def lifespan(app):
        # forkserver: workers neither inherit the listening socket nor the event loop's threads
        state["pool"] = ProcessPool(max_workers=options.workers, initializer=_open_worker_store, initargs=(location,),
                                    context=multiprocessing.get_context("forkserver"))
        warm = [state["pool"].schedule(_ready) for _ in range(options.workers)]   # start workers, open the store
        await asyncio.gather(*(asyncio.wrap_future(f) for f in warm))
        try:
            yield
        finally:
            state["pool"].stop()
            state["pool"].join()

    async def sparql(request) -> Response:
        try:
            query, defaults, named = await _read_request(request)
        except _Refused as e:
            return PlainTextResponse(e.message + "\n", status_code=e.status)
        future = state["pool"].schedule(evaluate, args=(query, request.headers.get("accept", ""), options.max_results,
                                                        options.allow_service, defaults, named),
                                        timeout=options.timeout)
        try:
            answer = await asyncio.wrap_future(future)
        except (FutureTimeout, TimeoutError):
            return PlainTextResponse(f"query stopped: it ran past the time limit of {options.timeout:g} s\n",
                                     status_code=503)
        headers = {"X-Samgraf-Truncated": f"results cut at {options.max_results}"} if answer.truncated else {}
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=headers)

    async def page(request) -> Response:
        return HTMLResponse(resources.files("samgraf").joinpath("serve_page.html").read_text(encoding="utf-8"))

    async def queries(request) -> Response:
        from samgraf.ontology.ns import SG

        return JSONResponse({"namespaces": {"sg": str(SG)}, "queries": canned_queries()})

    routes = [Route("/sparql", sparql, methods=["GET", "POST"]), Route("/", page),
              Route("/queries.json", queries)]
    return Starlette(routes=routes, lifespan=lifespan)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


async def _read_request(request) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The query and dataset of a SPARQL Protocol request (GET params, form body, or sparql-query body)."""
    params = request.query_params
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    query = params.get("query")
    if request.method == "POST":
        if content_type == "application/sparql-update":
            raise _Refused(403, UPDATE_REFUSED)
        if content_type == "application/sparql-query":
            query = (await request.body()).decode("utf-8", errors="replace")
        elif content_type == "application/x-www-form-urlencoded":
            form = await request.form()
            if "update" in form:
                raise _Refused(403, UPDATE_REFUSED)
            query = form.get("query", query)
            params = form  # dataset parameters travel with the query
        else:
            raise _Refused(415, f"unsupported content type {content_type!r}; send application/sparql-query "
                                "or a form with a 'query' field")
    if "update" in params:
        raise _Refused(403, UPDATE_REFUSED)
    if not query:
        raise _Refused(400, "missing 'query': send ?query=... or POST an application/sparql-query body")
    return str(query), tuple(params.getlist("default-graph-uri")), tuple(params.getlist("named-graph-uri"))


def store_location(store: Path) -> str:
    """The Oxigraph folder of a samgraf store, checked to exist (serving never creates a store)."""
    if str(store).startswith(("http:", "https:")):
        raise StoreError(f"{store}: serve runs over a local store folder; a SPARQL server is already an endpoint")
    location = Path(store) / "oxigraph"
    if not location.is_dir():
        raise StoreError(f"{store}: no samgraf store here; create one with `samgraf ingest PATH --store {store}`")
    try:
        ox.Store.read_only(str(location))
    except OSError as e:
        raise StoreError(f"{store}: cannot open the store read-only ({e})") from e
    return str(location)


def serve(options: ServeOptions) -> None:
    """Run the endpoint until interrupted (uvicorn handles HTTP and signals)."""
    import uvicorn

    app = build_app(options)
    uvicorn.run(app, host=options.host, port=options.port, log_level="warning")

