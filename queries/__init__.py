"""Canned SPARQL queries: one .rq file each, with a header comment naming title and parameters.

Parameters are bound as RDF terms: written into the query as their N-Triples form by
queries/binding.py for Oxigraph (so its planner sees constants), as initBindings for rdflib;
never pasted as raw text:
    # param: NAME TYPE  description        TYPE is literal | date | int | iri | iri-sg-decisionType

A query runs on the store natively with pyoxigraph (the union of all graphs as the default graph),
or on an rdflib Dataset; the answer is the same `Answer` either way. Prefixes the query does not
declare are given to the engine as default prefixes, never prepended, so error positions are the
user's own lines. SERVICE (a request to another endpoint) is refused unless allowed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.term import Node

from samgraf.errors import ResolutionError, SamgrafError, UnknownQuery, UsageError
from samgraf.ontology.ns import PREFIXES, SG
from samgraf.queries.binding import BindingError, bind_terms, selects

__all__ = [
    "Answer", "BadParameter", "CannedQuery", "Param", "QuerySyntaxError", "ServiceRefused",
    "answer_query", "bind", "list_queries", "load_query", "missing_prefix_lines", "run_query",
]

XSD_STRING = str(XSD.string)


class BadParameter(UsageError):
    """A query parameter is missing, unknown, malformed or names nothing in the graph."""


class QuerySyntaxError(UsageError):
    """The query text is not valid SPARQL; the message gives the user's line and column."""


class ServiceRefused(UsageError):
    """The query calls another endpoint (SERVICE) and that was not allowed."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class CannedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str


class Row(tuple):
    """One solution: indexable like a tuple and by variable name (row.name, row["name"]), as rdflib's ResultRow."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getattr__(self, name: str) -> Node | None:
        try:
            return self[self._index[name]]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key):  # type: ignore[override]
        return super().__getitem__(self._index[key] if isinstance(key, str) else key)


@dataclass(frozen=True, slots=True)
class Answer:
    """What a query returned, engine-neutral, as rdflib terms: solutions (SELECT), a boolean (ASK)
    or triples (CONSTRUCT, DESCRIBE). Iterating gives the rows or triples, like an rdflib Result."""

    type: str                                   # "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE"
    vars: tuple[Variable, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] = field(default=())

    @property
    def askAnswer(self) -> bool | None:  # noqa: N802 - rdflib's name
        return self.boolean

    def __iter__(self) -> Iterator:
        if self.type == "SELECT":
            row_type = type("Row", (Row,), {"__slots__": (), "_index": {str(v): i for i, v in enumerate(self.vars)}})
            return (row_type(r) for r in self.rows)
        if self.type == "ASK":
            return iter((self.boolean,))
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.rows) if self.type == "SELECT" else 1 if self.type == "ASK" else len(self.triples)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.type == "ASK" else len(self) > 0


# --- the query files ---------------------------------------------------------------------------

def _parse(name: str, text: str) -> CannedQuery:
    header = dict.fromkeys(("title", "description"), "")
    params = []
    for line in text.splitlines():
        m = re.match(r"#\s*(title|description|param)\s*:\s*(.*)$", line)
        if not m:
            continue
        if m.group(1) == "param":
            pm = re.match(r"(\w+)\s+([\w-]+)\s+(.*)$", m.group(2).strip())
            if pm:
                params.append(Param(pm.group(1), pm.group(2), pm.group(3).strip()))
        else:
            header[m.group(1)] = m.group(2).strip()
    return CannedQuery(name, header["title"], header["description"], tuple(params), text)


def list_queries() -> list[CannedQuery]:
    """Every canned query shipped with samgraf, by name."""
    return list(_canned())


@cache
def _canned() -> tuple[CannedQuery, ...]:
    """The package's .rq files, read once per process."""
    files = resources.files("samgraf.queries")
    out = [_parse(f.name[:-3], f.read_text(encoding="utf-8")) for f in files.iterdir() if f.name.endswith(".rq")]
    return tuple(sorted(out, key=lambda q: q.name))


def load_query(name_or_path: str) -> CannedQuery:
    """A canned query by name, or a .rq file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq":
        if not path.is_file():
            raise UnknownQuery(f"{name_or_path}: no such query file")
        try:
            return _parse(path.stem, path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as e:
            raise UsageError(f"{name_or_path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    for q in _canned():
        if q.name == name_or_path:
            return q
    names = ", ".join(q.name for q in _canned())
    raise UnknownQuery(f"no query named {name_or_path!r}; choose one of: {names}, or give a .rq file")


# --- text checks: prefixes, SERVICE ------------------------------------------------------------

# Strings, IRIs, comments, variables and prefixed names, which may contain keyword-like words.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>' r"|#[^\n]*" r"|[?$]\w+" r"|[A-Za-z_][\w.-]*:[\w.%-]*|:[\w.%-]*",
    re.UNICODE,
)
_COMMENTS_AND_STRINGS = re.compile(r'"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'" r"|#[^\n]*")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def _keywords(text: str) -> str:
    """The query with strings, IRIs, comments, variables and prefixed names blanked out."""
    return _OPAQUE.sub(" ", text)


def calls_service(text: str) -> bool:
    """True when the query uses SERVICE (a request to another endpoint) anywhere."""
    return re.search(r"\bSERVICE\b", _keywords(text), re.IGNORECASE) is not None


def missing_prefix_lines(text: str) -> str:
    """PREFIX lines for our vocabularies the query does not declare itself (one per line), for
    engines that take no default prefixes (a remote endpoint). An error at line L of the sent
    text is at line L - lines_added of the user's text."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(_COMMENTS_AND_STRINGS.sub(" ", text))}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)


def _refuse_service(label: str, text: str, allow_service: bool) -> None:
    if not allow_service and calls_service(text):
        raise ServiceRefused(f"{label}: the query calls another endpoint (SERVICE); samgraf sends no data out "
                             "unless you pass --allow-service")


# --- parameters ----------------------------------------------------------------------------------

def bind(query: CannedQuery, values: Mapping[str, str], source: object = None) -> dict[str, Node]:
    """RDF terms for the query's parameters from strings; a missing or unknown parameter is an error.
    With a source, a name given for an IRI parameter is resolved to the IRI it labels."""
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown and declared:
        raise BadParameter(f"{query.name}: unknown parameter(s) {sorted(unknown)}; it takes {sorted(declared)}")
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise BadParameter(f"{query.name}: missing parameter(s) {missing}; use --param {missing[0]}=VALUE")
    out: dict[str, Node] = {}
    for name, raw in values.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise BadParameter(f"{query.name}: {name!r} is not a variable name")
        kind = declared[name].type if name in declared else "literal"
        out[name] = _term(kind, raw, query.name, name, source)
    return out


def _term(kind: str, raw: str, query: str, name: str, source: object) -> Node:
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(raw.strip()), datatype=XSD.date)
        except ValueError as e:
            raise BadParameter(f"{query}: --param {name}={raw!r} is not a date (YYYY-MM-DD)") from e
    if kind == "int":
        try:
            return Literal(int(raw))
        except ValueError as e:
            raise BadParameter(f"{query}: --param {name}={raw!r} is not a whole number") from e
    if kind == "iri":
        if _looks_like_iri(raw):
            return URIRef(raw.strip())
        if source is None:
            raise BadParameter(f"{query}: --param {name}={raw!r} is not an IRI (https://...)")
        return resolve_label(source, raw, query, name)
    if kind.startswith("iri-sg-"):
        return _scheme_term(kind[len("iri-sg-"):], raw.strip(), query, name)
    return Literal(raw)


def _looks_like_iri(raw: str) -> bool:
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", raw.strip()) is not None


@cache
def _scheme_members(kind: str) -> tuple[str, ...]:
    """The concept names of one sg: scheme (decisionType -> approved, noted, ...) from the ontology."""
    from samgraf.graph.validate import parse_package_file

    prefix = str(SG[kind + "/"])
    names = {str(t)[len(prefix):] for triple in parse_package_file("samgraf.ttl") for t in triple
             if isinstance(t, URIRef) and str(t).startswith(prefix)}
    return tuple(sorted(n for n in names if n))


def _scheme_term(kind: str, raw: str, query: str, name: str) -> URIRef:
    valid = _scheme_members(kind)
    value = raw.rsplit("/", 1)[-1] if raw.startswith(str(SG)) else raw
    if valid and value not in valid:
        raise BadParameter(f"{query}: --param {name}={raw!r} is not a {kind}; choose one of: {', '.join(valid)}")
    return SG[f"{kind}/{value}"]


_LABEL_LOOKUP = """
SELECT DISTINCT ?label ?x ?canonical WHERE {
  ?x foaf:name|skos:altLabel|skos:prefLabel ?n .
  FILTER (LCASE(STR(?n)) = LCASE(STR(?label)))
  OPTIONAL { ?x owl:sameAs ?canonical }
}"""


def resolve_label(source: object, raw: str, query: str, name: str) -> URIRef:
    """The one IRI whose name or label is `raw` (case-insensitive; owl:sameAs followed to the
    surviving IRI). No match is a usage error; several are a ResolutionError listing them."""
    answer = _execute(source, _LABEL_LOOKUP, {"label": Literal(raw.strip())}, label="label lookup")
    found = sorted({str(row[2] if row[2] is not None else row[1]) for row in answer.rows if isinstance(row[1], URIRef)})
    if not found:
        raise BadParameter(f"{query}: no person or organisation named {raw!r}; give an IRI or a name shown by "
                           "`samgraf people search`")
    if len(found) > 1:
        raise ResolutionError(f"{query}: {len(found)} match {raw!r} for --param {name}: {', '.join(found)}; "
                              f"give one IRI with --param {name}=IRI")
    return URIRef(found[0])


# --- running -------------------------------------------------------------------------------------

def run_query(source: object, name_or_path: str, /, *, allow_service: bool = False, **params: str) -> Answer:
    """Run a canned query (or .rq file) with string parameters on a store, a pyoxigraph Store or an
    rdflib Dataset; see answer_query."""
    return answer_query(source, name_or_path, params, allow_service=allow_service)


def answer_query(source: object, name_or_path: str, params: Mapping[str, str] | None = None, *,
                 allow_service: bool = False) -> Answer:
    """Load, check, bind and run a query. `source` is a samgraf Store, a pyoxigraph Store (the union
    of its graphs is the default graph) or an rdflib Dataset/Graph."""
    query = load_query(name_or_path)
    label = name_or_path if name_or_path.endswith(".rq") else query.name
    _refuse_service(label, query.text, allow_service)
    bindings = bind(query, params or {}, source)
    return _execute(source, query.text, bindings, label=label)


def _execute(source: object, text: str, bindings: Mapping[str, Node], *, label: str) -> Answer:
    from samgraf.graph.store import ox_backend

    store = ox_backend(source)
    if store is not None:
        return _execute_ox(store, text, bindings, label)
    return _execute_rdflib(source, text, bindings, label)


def _execute_ox(store: ox.Store, text: str, bindings: Mapping[str, Node], label: str) -> Answer:
    # Parameters are written in as terms (queries/binding.py): pyoxigraph's substitutions leave
    # them variables to Oxigraph's planner, which then scans what a constant would have looked up.
    for k in bindings:
        if not selects(text, k):
            raise BadParameter(_unselected(label, k))
    # A query naming its own dataset (FROM / FROM NAMED) gets it; otherwise the union of all graphs.
    union = re.search(r"\bFROM\b", _keywords(text), re.IGNORECASE) is None
    try:
        bound = bind_terms(text, {k: to_ox(v) for k, v in bindings.items()})
    except BindingError as e:
        raise BadParameter(f"{label}: {e}") from e
    try:
        result = store.query(bound, prefixes={p: str(ns) for p, ns in PREFIXES.items()},
                             use_default_graph_as_union=union)
        if isinstance(result, ox.QueryBoolean):
            return Answer("ASK", boolean=bool(result))
        if isinstance(result, (ox.QueryTriples, list)):   # a list: CONSTRUCT/DESCRIBE from a remote server
            triples = tuple((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result)
            return Answer(_graph_form(text), triples=triples)
        names = tuple(v.value for v in result.variables)
        term = _memo_from_ox()
        rows = tuple(tuple(None if s[i] is None else term(s[i]) for i in range(len(names))) for s in result)
        return Answer("SELECT", tuple(Variable(n) for n in names), rows)
    except SyntaxError as e:
        raise QuerySyntaxError(f"{label}: {syntax_message(text, str(e))}") from e
    except RuntimeError as e:
        m = re.search(r"does not contains? variable \?(\w+)", str(e))
        if m:
            raise BadParameter(_unselected(label, m.group(1))) from e
        raise SamgrafError(f"{label}: the query failed: {e}") from e
    except OSError as e:  # a SERVICE endpoint that failed, or the store could not be read
        raise SamgrafError(f"{label}: the query failed: {str(e).splitlines()[0] if str(e) else e!r}") from e


def _unselected(label: str, var: str) -> str:
    return f"{label}: --param {var}: the query does not select ?{var}; add it to the SELECT clause or drop the parameter"


def syntax_message(text: str, ox_message: str) -> str:
    """Where the query is wrong, in the user's lines. pyoxigraph reports the furthest point its
    parser tried (often the end of the query), so the position comes from rdflib's parser when it
    finds the error too; the offending line is quoted."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    m = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", ox_message, re.DOTALL)
    line, col = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    if "Prefix not found" in ox_message:
        return f"unknown prefix at line {line}, column {col}{_quote_line(text, line)}; declare it with PREFIX"
    try:
        parseQuery(text)
    except ParseException as e:
        line, col = e.lineno, e.col
    except Exception:  # noqa: BLE001, S110 - rdflib's parser is only a second opinion on the position
        pass
    if not line:
        return f"syntax error: {ox_message.splitlines()[0]}"
    return f"syntax error at line {line}, column {col}{_quote_line(text, line)}"


def _quote_line(text: str, line: int) -> str:
    lines = text.splitlines()
    return f": {lines[line - 1].strip()!r}" if 0 < line <= len(lines) and lines[line - 1].strip() else ""


def _graph_form(text: str) -> str:
    m = re.search(r"\b(CONSTRUCT|DESCRIBE)\b", _keywords(text), re.IGNORECASE)
    return m.group(1).upper() if m else "CONSTRUCT"


def _execute_rdflib(ds: object, text: str, bindings: Mapping[str, Node], label: str) -> Answer:
    import rdflib.plugins.sparql as rdflib_sparql
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(text, initNs=dict(PREFIXES))
    except ParseException as e:
        raise QuerySyntaxError(f"{label}: syntax error at line {e.lineno}, column {e.col}"
                               f"{_quote_line(text, e.lineno)}") from e
    except Exception as e:  # noqa: BLE001 - rdflib raises plain Exceptions for unknown prefixes
        raise QuerySyntaxError(f"{label}: {e}") from e
    in_scope = {str(v) for v in _selected(prepared.algebra)}
    for var in bindings:
        if var not in in_scope:
            raise BadParameter(_unselected(label, var))
    # FROM <iri> would download the IRI; the dataset is all there is.
    load_graphs, rdflib_sparql.SPARQL_LOAD_GRAPHS = rdflib_sparql.SPARQL_LOAD_GRAPHS, False
    try:
        result = ds.query(prepared, initBindings={Variable(k): v for k, v in bindings.items()})
        kind = result.type
        if kind == "ASK":
            return Answer("ASK", boolean=bool(result.askAnswer))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            return Answer(kind, triples=tuple((s, p, _plain(o)) for s, p, o in result))
        names = tuple(result.vars or ())
        rows = tuple(tuple(_plain(r[i]) for i in range(len(names))) for r in result)
        return Answer("SELECT", tuple(Variable(str(n)) for n in names), rows)
    except Exception as e:  # noqa: BLE001 - rdflib evaluation errors have no common base
        raise SamgrafError(f"{label}: the query failed: {e}") from e
    finally:
        rdflib_sparql.SPARQL_LOAD_GRAPHS = load_graphs


def _selected(algebra) -> set:
    """The variables a parameter may bind: the projection of a SELECT, the pattern's otherwise."""
    if algebra.name == "SelectQuery":
        return set(algebra.get("PV") or ())
    pattern = algebra.get("p")
    return set(getattr(pattern, "_vars", ()) or ())


# --- terms ---------------------------------------------------------------------------------------

def _plain(term: Node | None) -> Node | None:
    """xsd:string literals as simple literals (the same in RDF 1.1; rdflib compares them unequal)."""
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD_STRING:
        return Literal(str(term))
    return term


def from_ox(term: object) -> Node:
    """A pyoxigraph term as the equal rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return Literal(str(term))


def _memo_from_ox() -> Callable[[object], Node]:
    """from_ox for one answer, each distinct term converted once: a listing repeats its förbund,
    dates and types on thousands of rows, and an rdflib Literal costs 20 µs to make (it parses its
    value), so 4,000 rows of decisions took 100 ms to convert and take 40 ms this way. rdflib terms
    are immutable, so rows may share them."""
    made: dict[object, Node] = {}

    def term(t: object) -> Node:
        try:
            return made[t]
        except KeyError:
            made[t] = node = from_ox(t)
            return node
    return term


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as the equal pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise SamgrafError(f"cannot bind {term!r}")
