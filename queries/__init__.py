"""Canned SPARQL queries: one .rq file each, with a header comment naming title and parameters.

Parameters are bound with initBindings (never pasted into the query text):
    # param: NAME TYPE  description        TYPE is literal | date | int | iri | iri-sg-decisionType
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from samgraf.errors import UnknownQuery, UsageError
from samgraf.ontology.ns import SG, SPARQL_PREFIXES


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
    files = resources.files("samgraf.queries")
    out = [_parse(f.name[:-3], f.read_text(encoding="utf-8")) for f in files.iterdir() if f.name.endswith(".rq")]
    return sorted(out, key=lambda q: q.name)


def load_query(name_or_path: str) -> CannedQuery:
    """A canned query by name, or a .rq file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return _parse(path.stem, path.read_text(encoding="utf-8"))
    for q in list_queries():
        if q.name == name_or_path:
            return q
    names = ", ".join(q.name for q in list_queries())
    raise UnknownQuery(f"no query named {name_or_path!r}; choose one of: {names}, or give a .rq file")


def bind(query: CannedQuery, values: dict[str, str]) -> dict[str, object]:
    """RDF terms for the query's parameters from strings; a missing or unknown parameter is an error."""
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown and declared:
        raise UsageError(f"{query.name}: unknown parameter(s) {sorted(unknown)}; it takes {sorted(declared)}")
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise UsageError(f"{query.name}: missing parameter(s) {missing}; use --param {missing[0]}=VALUE")
    out: dict[str, object] = {}
    for name, raw in values.items():
        kind = declared[name].type if name in declared else "literal"
        out[name] = _term(kind, raw, query.name)
    return out


def _term(kind: str, raw: str, query: str) -> object:
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(raw), datatype=XSD.date)
        except ValueError as e:
            raise UsageError(f"{query}: {raw!r} is not a date (YYYY-MM-DD)") from e
    if kind == "int":
        return Literal(int(raw))
    if kind == "iri":
        return URIRef(raw)
    if kind.startswith("iri-sg-"):
        return SG[f"{kind[len('iri-sg-'):]}/{raw}"]
    return Literal(raw)


def run_query(ds, name_or_path: str, **params: str):
    """Run a canned query over an rdflib Dataset with string parameters; returns the rdflib Result."""
    query = load_query(name_or_path)
    return ds.query(SPARQL_PREFIXES + query.text, initBindings=bind(query, params))
