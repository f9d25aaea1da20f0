"""Export the store to files, streamed one named graph at a time with pyoxigraph, and count what it holds.

Nothing here loads the whole store into rdflib: N-Quads are sorted by an external merge sort (runs
on disk), so memory stays bounded and identical content gives identical bytes; TriG and Turtle are written by pyoxigraph's streaming serialisers; JSON-LD by a
small streaming writer with a compact @context for our vocabularies.
"""
from __future__ import annotations

import heapq
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from samgraf.errors import SamgrafError, UsageError
from samgraf.ontology.ns import BASE, PREFIXES

FORMATS = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "ntriples", ".jsonld": "json-ld"}
#: Prefixes of Turtle and TriG exports: the contract's vocabularies.
EXPORT_PREFIXES: dict[str, str] = {p: str(ns) for p, ns in PREFIXES.items()}
#: The JSON-LD @context: the vocabularies plus samgraf's node and graph IRIs ("sgid:person/...").
JSONLD_CONTEXT: dict[str, str] = {**EXPORT_PREFIXES, "sgid": BASE + "id/", "sggraph": BASE + "graph/"}
_RDF_TYPE = str(PREFIXES["rdf"]) + "type"
_XSD_STRING = str(PREFIXES["xsd"]) + "string"


class MergeRequired(UsageError):
    """A triple format (Turtle, N-Triples) was asked for the whole store without saying how to merge."""


class ExportSummary(int):
    """How many statements were written (an int), and whether they are "quads" or (merged) "triples"."""

    unit: str

    def __new__(cls, count: int, unit: str) -> "ExportSummary":
        obj = super().__new__(cls, count)
        obj.unit = unit
        return obj


def _ox(source: object) -> ox.Store:
    from samgraf.graph.store import ox_backend

    store = ox_backend(source)
    if store is None:
        raise SamgrafError(f"{source!r} is not a store")
    return store


def graph_names(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    """The default graph, then every named graph in IRI order. A SPARQL server serving the union of its
    graphs as the default graph (samgraf/remote.py) has no default graph of its own: named graphs only."""
    from samgraf.remote import RemoteOxigraph

    named = sorted(store.named_graphs(), key=lambda g: (isinstance(g, ox.BlankNode), g.value))
    return named if isinstance(store, RemoteOxigraph) else [ox.DefaultGraph(), *named]


def find_graph(store: ox.Store, name: str) -> ox.NamedNode:
    """A named graph by IRI, or by its path under the samgraf graph base ("protocol/2024-01-26")."""
    iri = name if ":" in name else BASE + "graph/" + name
    node = ox.NamedNode(iri)
    if not store.contains_named_graph(node):
        raise UsageError(f"no graph {iri} in the store; see `samgraf stats` or export .nq and look at the fourth column")
    return node


def quads_of(store: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
    return store.quads_for_pattern(None, None, None, graph)


#: Lines sorted in memory at a time; longer exports are sorted in runs on disk and merged.
SORT_RUN_LINES = 200_000


def sorted_nquads(store: ox.Store, graphs: list | None = None, *, run_lines: int = SORT_RUN_LINES) -> Iterator[bytes]:
    """Every quad (or those of `graphs`) as N-Quads lines in byte order, with bounded memory: the
    store is dumped by pyoxigraph to a temporary file, sorted in runs of `run_lines`, and the runs
    are merged (an external merge sort), so identical content always gives identical bytes."""
    with tempfile.TemporaryDirectory(prefix="samgraf-export-") as tmp:
        dump = Path(tmp) / "dump.nq"
        if graphs is None:
            store.dump(str(dump), ox.RdfFormat.N_QUADS)
        else:
            with dump.open("wb") as out:
                for graph in graphs:
                    ox.serialize(quads_of(store, graph), out, ox.RdfFormat.N_QUADS)
        runs: list[Path] = []
        with dump.open("rb") as lines:
            while chunk := list(islice(lines, run_lines)):
                chunk.sort()
                if not runs and len(chunk) < run_lines:
                    yield from chunk
                    return
                runs.append(Path(tmp) / f"run{len(runs)}.nq")
                runs[-1].write_bytes(b"".join(chunk))
                del chunk
        dump.unlink()
        files = [run.open("rb") for run in runs]
        try:
            yield from heapq.merge(*files)
        finally:
            for f in files:
                f.close()


def export_store(source: object, output: Path, *, graph: str | None = None, merge: bool = False) -> ExportSummary:
    """Write the store (or one named graph) to `output`, format by suffix ('-' = N-Quads on stdout).

    Turtle and N-Triples hold no graph names: they need `graph` (one graph) or `merge=True` (every
    graph's triples in one, graph names dropped)."""
    store = _ox(source)
    fmt = "nquads" if str(output) == "-" else FORMATS.get(output.suffix)
    if fmt is None:
        raise UsageError(f"{output}: unknown export format; use one of {', '.join(FORMATS)}")
    graphs = [find_graph(store, graph)] if graph else graph_names(store)
    if fmt in ("turtle", "ntriples") and not graph and not merge:
        raise MergeRequired(f"{output}: {fmt} has no named graphs; give --graph IRI for one protocol graph, "
                            "--merge to put every graph's triples into one, or use .nq/.trig/.jsonld")
    if str(output) == "-":
        return _write(sys.stdout.buffer, store, graphs, fmt)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".partial")
    try:
        with tmp.open("wb") as out:
            summary = _write(out, store, graphs, fmt)
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
    return summary


def _write(out: BinaryIO, store: ox.Store, graphs: list, fmt: str) -> ExportSummary:
    if fmt == "nquads":
        n = 0
        for line in sorted_nquads(store, graphs):
            out.write(line)
            n += 1
        return ExportSummary(n, "quads")
    counter = _Counter()
    if fmt == "trig":
        ox.serialize(counter.count(chain.from_iterable(quads_of(store, g) for g in graphs)), out,
                     ox.RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)
        return ExportSummary(counter.n, "quads")
    if fmt == "json-ld":
        write_jsonld(out, store, graphs, counter)
        return ExportSummary(counter.n, "quads")
    triples = (q.triple for g in graphs for q in quads_of(store, g))
    rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
    ox.serialize(counter.count(triples), out, rdf_format,
                 prefixes=EXPORT_PREFIXES if fmt == "turtle" else None)
    return ExportSummary(counter.n, "triples")


class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def count(self, items: Iterable) -> Iterator:
        for item in items:
            self.n += 1
            yield item


def serialize_triples(triples: Iterable[tuple], fmt: str = "turtle") -> str:
    """rdflib-term triples (a CONSTRUCT answer) as Turtle or N-Triples text."""
    from samgraf.queries import to_ox

    oxt = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
    rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "ntriples" else ox.RdfFormat.TURTLE
    return ox.serialize(oxt, format=rdf_format, prefixes=EXPORT_PREFIXES if fmt == "turtle" else None).decode("utf-8")


# --- JSON-LD -------------------------------------------------------------------------------------

_NAMESPACES: dict[str, str] = {ns: prefix for prefix, ns in JSONLD_CONTEXT.items()}


@lru_cache(maxsize=200_000)
def compact_iri(iri: str) -> str:
    """sg:decisionType style when one of JSONLD_CONTEXT's namespaces is a prefix of the IRI (the
    longest one, cut at a '/' or '#'), else the IRI. Cached: predicates and types repeat a lot."""
    cut = len(iri)
    while cut > 0:
        cut = max(iri.rfind("/", 0, cut), iri.rfind("#", 0, cut))
        if cut < 0:
            break
        prefix = _NAMESPACES.get(iri[:cut + 1])
        local = iri[cut + 1:]
        if prefix is not None and local and not local.startswith("//") and ":" not in local:
            return f"{prefix}:{local}"
    return iri


def _node_id(term: ox.NamedNode | ox.BlankNode) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else compact_iri(term.value)


def _value(term: object) -> object:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": compact_iri(term.datatype.value)}
    return {"@id": _node_id(term)}


def node_objects(quads: Iterable[ox.Quad]) -> list[dict]:
    """JSON-LD node objects of one graph's quads, subjects and properties in order."""
    nodes: dict[tuple[bool, str], dict[str, list]] = {}
    for q in quads:
        key = (isinstance(q.subject, ox.BlankNode), q.subject.value)
        props = nodes.setdefault(key, {})
        if q.predicate.value == _RDF_TYPE and not isinstance(q.object, ox.Literal):
            props.setdefault("@type", []).append(_node_id(q.object))
        else:
            props.setdefault(compact_iri(q.predicate.value), []).append(_value(q.object))
    out = []
    for (is_blank, value) in sorted(nodes):
        props = nodes[(is_blank, value)]
        node: dict[str, object] = {"@id": f"_:{value}" if is_blank else compact_iri(value)}
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            values = props[key]
            node[key] = values if len(values) == 1 else sorted(values, key=_sort_key)
        out.append(node)
    return out


def _sort_key(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)


def write_jsonld(out: BinaryIO, store: ox.Store, graphs: list, counter: _Counter) -> None:
    """{"@context": prefixes, "@graph": [default-graph nodes..., {"@id": graph, "@graph": [...]}, ...]},
    one graph in memory at a time."""
    out.write(b'{\n"@context": ' + json.dumps(JSONLD_CONTEXT, indent=1).encode() + b',\n"@graph": [')
    first = True
    for graph in graphs:
        nodes = node_objects(counter.count(quads_of(store, graph)))
        if not nodes:
            continue
        items = nodes if isinstance(graph, ox.DefaultGraph) else [{"@id": _node_id(graph), "@graph": nodes}]
        for item in items:
            out.write((b"\n" if first else b",\n") + json.dumps(item, ensure_ascii=False).encode("utf-8"))
            first = False
    out.write(b"\n]\n}\n")


# --- counts --------------------------------------------------------------------------------------

_COUNTS = {
    "protocols": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a sg:Protocol }",
    "meetings": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a besluit:Zitting }",
    "förbund": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a sg:Samordningsforbund }",
    "people": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a foaf:Person }",
    "memberships": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a org:Membership }",
    "agenda items": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a besluit:Agendapunt }",
    "decisions": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a besluit:Besluit }",
    "grants": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a schema:MonetaryGrant }",
    "reservations": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a sg:Reservation }",
    "failed files": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a sg:IngestRecord ; sg:status \"failed\" }",
}


def store_stats(source: object) -> dict[str, int]:
    """Counts from the store's own aggregates (SPARQL COUNT, the quad counts the manifest keeps); nothing
    is loaded."""
    store = _ox(source)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    out = {}
    for name, sparql in _COUNTS.items():
        rows = list(store.query(sparql, prefixes=prefixes, use_default_graph_as_union=True))
        out[name] = int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0
    out["graphs"], out["quads"] = graph_and_quad_counts(store)
    return out


#: Above this many protocol graphs without a kept count (a store written before samgraf kept them),
#: the store's quads are counted whole instead of graph by graph.
COUNT_LOOKUPS = 1000


def graph_and_quad_counts(store: ox.Store) -> tuple[int, int]:
    """(named graphs, quads): the protocol graphs' quad counts as the manifest keeps them (sg:quadCount,
    written with each graph), plus a COUNT of every other graph (entity, people, manifest, default) and
    of any protocol graph without a kept count. 10 million quads: 0.1 s instead of 1.6 s for len()."""
    from samgraf.graph.store import PROTOCOL_PREFIX, kept_counts
    from samgraf.remote import RemoteOxigraph

    named = list(store.named_graphs())
    kept = kept_counts(store)
    uncounted = [g for g in named if g.value not in kept]
    if sum(g.value.startswith(PROTOCOL_PREFIX) for g in uncounted) > COUNT_LOOKUPS:
        return len(named), len(store)
    own_default = [] if isinstance(store, RemoteOxigraph) else [ox.DefaultGraph()]
    counted = sum(_graph_size(store, g) for g in [*own_default, *uncounted])
    return len(named), counted + sum(kept[g.value] for g in named if g.value in kept)


def _graph_size(store: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> int:
    """Quads in one graph, counted by the store (a blank-node graph name cannot be written in SPARQL)."""
    if isinstance(graph, ox.BlankNode):
        return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
    pattern = "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ ?s ?p ?o }}"
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"))
    return int(rows[0]["n"].value)
