"""Validate a samgraf dataset against the SHACL shapes of the graph contract (ontology/shapes.ttl)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from samgraf.errors import SamgrafError
from samgraf.ontology.ns import OA, PREFIXES

SEVERITIES: dict[Node, str] = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_MAX_ANCHOR_HOPS = 4


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: the node, the property path, what is wrong and the named graph it is in."""

    focus: str              # IRI, or "[] (<path> of <IRI>)" for a blank node
    path: str | None        # property IRI; "^<IRI>" for an inverse path
    message: str
    severity: str           # "Violation", "Warning" or "Info"
    graph: str | None       # named graph(s) holding the focus node, comma-separated; None if unknown


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validate(): conforms is False when any result has severity Violation."""

    conforms: bool
    violations: tuple[Violation, ...]


@cache
def parse_package_file(name: str) -> Graph:
    """A Turtle file shipped in samgraf.ontology, parsed once per process (callers get copies)."""
    text = resources.files("samgraf.ontology").joinpath(name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def copy_graph(graph: Graph) -> Graph:
    """A new graph with the same triples and prefixes."""
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    copy += graph
    return copy


def load_shapes() -> Graph:
    """The SHACL shapes of the graph contract."""
    return copy_graph(parse_package_file("shapes.ttl"))


def load_ontology() -> Graph:
    """The samgraf OWL ontology (sg: terms, decision types, roles)."""
    return copy_graph(parse_package_file("samgraf.ttl"))


def build_union(ds: Dataset) -> Graph:
    """All triples of every graph in the dataset plus the ontology, in one graph with the contract's prefixes."""
    # The whole ontology, not pySHACL's ont_graph: that copies only RDFS/OWL axioms, not the role
    # concepts sh:class org:Role checks against.
    union = load_ontology()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, as_simple_literal(o)))
    return union


def as_simple_literal(term: Node) -> Node:
    """"x"^^xsd:string as the simple literal "x" (the same in RDF 1.1; stores differ, rdflib compares them unequal)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def run_shacl(data: Graph) -> Graph:
    """Run pySHACL on data (the union with the ontology mixed in) and return the results graph.
    pySHACL is imported here: the query commands read the ontology through this module too."""
    import pyshacl
    from pyshacl.errors import ConstraintLoadError, ReportableRuntimeError, ShapeLoadError, ValidationFailure

    try:
        _, results, _ = pyshacl.validate(
            data, shacl_graph=load_shapes(), inference="none", advanced=True, inplace=True, allow_warnings=True,
        )
    except (ValidationFailure, ReportableRuntimeError, ShapeLoadError, ConstraintLoadError) as e:
        raise SamgrafError(f"SHACL validation could not run: {e}") from e
    if not isinstance(results, Graph):  # pySHACL returns some failures instead of raising them
        raise SamgrafError(f"SHACL validation could not run: {results}")
    return results


def validate(ds: Dataset) -> ValidationReport:
    """Validate the union of all graphs of ds against the shapes, with the ontology mixed in."""
    # No RDFS inference: it would entail schema:MonetaryGrant on every sg:ReportedGrant, and the
    # contract tells the board's grants from reported ones by the asserted type.
    data = build_union(ds)
    results = run_shacl(data)
    rows = list(read_results(results))
    where = locate_nodes(ds, {focus for focus, *_ in rows})
    violations = {
        Violation(describe_focus(data, focus), path, message, severity, where.get(focus))
        for focus, path, message, severity in rows
    }
    ordered = tuple(sorted(violations, key=lambda v: (v.graph or "", v.focus, v.path or "", v.message)))
    return ValidationReport(not any(v.severity == "Violation" for v in ordered), ordered)


def read_results(results: Graph) -> Iterator[tuple[Node, str | None, str, str]]:
    """(focus node, path, message, severity) of every sh:ValidationResult."""
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus is None:
            continue
        path = results.value(result, SH.resultPath)
        messages = sorted({str(m) for m in results.objects(result, SH.resultMessage)})
        severity = SEVERITIES.get(results.value(result, SH.resultSeverity) or SH.Violation, "Violation")
        rendered = render_path(results, path) if path is not None else None
        yield focus, rendered, "; ".join(messages) or "constraint not met", severity


def render_path(graph: Graph, path: Node) -> str:
    """A SHACL property path as text: IRI, ^inverse, a/b sequence, a|b alternative, a* etc."""
    if isinstance(path, URIRef):
        return str(path)
    if (graph.value(path, RDF.first)) is not None:
        return "/".join(render_path(graph, step) for step in Collection(graph, path))
    for predicate, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "({})*"),
                                (SH.oneOrMorePath, "({})+"), (SH.zeroOrOnePath, "({})?")):
        inner = graph.value(path, predicate)
        if inner is not None:
            return template.format(render_path(graph, inner))
    options = graph.value(path, SH.alternativePath)
    if options is not None:
        return "|".join(render_path(graph, step) for step in Collection(graph, options))
    return str(path)


def locate_nodes(ds: Dataset, nodes: set[Node]) -> dict[Node, str]:
    """Named graph(s) of each node: where it is a subject, else where it is an object."""
    as_subject: dict[Node, set[str]] = defaultdict(set)
    as_object: dict[Node, set[str]] = defaultdict(set)
    for s, _, o, g in ds.quads((None, None, None, None)):
        if g is None or g == DATASET_DEFAULT_GRAPH_ID:
            continue
        if s in nodes:
            as_subject[s].add(str(g))
        if o in nodes:
            as_object[o].add(str(g))
    found = {node: as_subject.get(node) or as_object.get(node) for node in nodes}
    return {node: ",".join(sorted(names)) for node, names in found.items() if names}


def describe_focus(graph: Graph, node: Node) -> str:
    """The focus node as text; a blank node is described by the path to it from the nearest IRI."""
    if not isinstance(node, BNode):
        return str(node)
    steps: list[str] = []
    current: Node = node
    for _ in range(_MAX_ANCHOR_HOPS):
        parent = next(iter(sorted(graph.subject_predicates(current))), None)
        if parent is None:
            break
        subject, predicate = parent
        steps.insert(0, predicate.n3(graph.namespace_manager))
        if not isinstance(subject, BNode):
            return f"[] ({'/'.join(steps)} of {subject})"
        current = subject
    return f"_:{node}"


def compact(text: str) -> str:
    """An IRI written with the contract's prefixes when one matches (sg:recipient, ^prov:generated)."""
    if text.startswith("^"):
        return "^" + compact(text[1:])
    matches = [(len(str(ns)), prefix) for prefix, ns in PREFIXES.items() if text.startswith(str(ns))]
    if not matches:
        return text
    size, prefix = max(matches)
    return f"{prefix}:{text[size:]}"


def format_report(report: ValidationReport) -> str:
    """One line per violation: "<graph> <focus> <path>: <message>"."""
    return "\n".join(format_violation(v) for v in report.violations)


def format_violation(violation: Violation) -> str:
    """"<graph> <focus> <path>: <message>", with "-" for an unknown graph or path."""
    path = "-" if violation.path is None else compact(violation.path)
    prefix = "" if violation.severity == "Violation" else f"[{violation.severity}] "
    return f"{prefix}{violation.graph or '-'} {violation.focus} {path}: {violation.message}"



# --- the store, one batch of protocol graphs at a time ------------------------------------------

#: Protocol graphs validated together in one pySHACL run (memory ∝ batch, overhead shared).
VALIDATE_BATCH = 20


def validate_store(source: object, *, batch: int = VALIDATE_BATCH) -> ValidationReport:
    """Validate a store graph by graph: each batch of protocol graphs, with the shared graphs'
    triples about the nodes they use and the ontology, then the shared graphs themselves. Memory
    is bounded by a batch, not the store; the report is the one validate() gives for the union."""
    from samgraf.graph.store import PROTOCOL_PREFIX

    store = _ox_store(source)
    named = sorted(store.named_graphs(), key=lambda g: g.value)
    protocols = [g for g in named if g.value.startswith(PROTOCOL_PREFIX)]
    shared = [ox.DefaultGraph(), *(g for g in named if not g.value.startswith(PROTOCOL_PREFIX))]
    violations: set[Violation] = set()
    for start in range(0, len(protocols), batch):
        unit = protocols[start:start + batch]
        data = _unit_graph(store, unit, shared)
        violations |= _check(store, data)
    data = _unit_graph(store, shared, [])
    in_protocols = _subjects_in(store, protocols)
    violations |= {v for v in _check(store, data, skip=in_protocols)}
    ordered = tuple(sorted(violations, key=lambda v: (v.graph or "", v.focus, v.path or "", v.message)))
    return ValidationReport(not any(v.severity == "Violation" for v in ordered), ordered)


def _ox_store(source: object) -> ox.Store:
    from samgraf.graph.store import ox_backend

    store = ox_backend(source)
    if store is None:
        raise SamgrafError(f"{source!r} is not a store")
    return store


def _unit_graph(store: ox.Store, graphs: list, shared: list) -> Graph:
    """The triples of `graphs`, each node's triples from the shared graphs (two hops, for the
    blank nodes of an entity), and the ontology: what the shapes need to judge these graphs."""
    from samgraf.queries import from_ox

    data = load_ontology()
    for prefix, namespace in PREFIXES.items():
        data.bind(prefix, namespace, override=True, replace=True)
    nodes: set = set()
    for graph in graphs:
        for q in store.quads_for_pattern(None, None, None, graph):
            data.add((from_ox(q.subject), from_ox(q.predicate), as_simple_literal(from_ox(q.object))))
            nodes.add(q.subject)
            if not isinstance(q.object, ox.Literal):
                nodes.add(q.object)
    seen: set = set()
    for _ in range(2):
        frontier, nodes = nodes - seen, set()
        seen |= frontier
        for node in frontier:
            for graph in shared:
                for q in store.quads_for_pattern(node, None, None, graph):
                    data.add((from_ox(q.subject), from_ox(q.predicate), as_simple_literal(from_ox(q.object))))
                    if not isinstance(q.object, ox.Literal):
                        nodes.add(q.object)
    return data


def _subjects_in(store: ox.Store, graphs: list) -> Callable[[Node], bool]:
    """Whether a node is described (is a subject) in one of `graphs` (checked in the store)."""
    from samgraf.queries import to_ox

    names = {g.value for g in graphs}

    def described(node: Node) -> bool:
        return any(q.graph_name.value in names for q in store.quads_for_pattern(to_ox(node), None, None)
                   if not isinstance(q.graph_name, ox.DefaultGraph))
    return described


def _check(store: ox.Store, data: Graph, skip: Callable[[Node], bool] | None = None) -> set[Violation]:
    rows = [row for row in read_results(run_shacl(data)) if skip is None or not skip(row[0])]
    where = locate_in_store(store, {focus for focus, *_ in rows})
    return {Violation(describe_focus(data, focus), path, message, severity, where.get(focus))
            for focus, path, message, severity in rows}


def locate_in_store(store: ox.Store, nodes: set[Node]) -> dict[Node, str]:
    """Named graph(s) of each node: where it is a subject, else where it is an object."""
    from samgraf.queries import to_ox

    out = {}
    for node in nodes:
        term = to_ox(node)
        for pattern in ((term, None, None), (None, None, term)):
            if isinstance(term, ox.Literal) and pattern[0] is term:
                continue
            names = {q.graph_name.value for q in store.quads_for_pattern(*pattern)
                     if not isinstance(q.graph_name, ox.DefaultGraph)}
            if names:
                out[node] = ",".join(sorted(names))
                break
    return out


# --- provenance: every quote is its slice of the stored text -----------------------------------

_QUOTES = """
SELECT ?g ?target ?doc ?start ?end ?exact WHERE { GRAPH ?g {
  ?target oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact . } }"""


def check_provenance(store: object) -> ValidationReport:
    """Every quote (oa:exact of a TextQuoteSelector) equals its slice [oa:start, oa:end) of the
    protocol's stored text (texts/<doc>.txt, read as bytes and decoded; offsets count characters).
    One protocol graph at a time; a missing text is a violation of each of its quotes."""
    from samgraf.graph.store import PROTOCOL_PREFIX
    from samgraf.ontology.ns import ID

    ox_store = _ox_store(store)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    protocols = sorted((g for g in ox_store.named_graphs() if g.value.startswith(PROTOCOL_PREFIX)),
                       key=lambda g: g.value)
    violations: list[Violation] = []
    texts: dict[str, str | None] = {}
    for graph in protocols:
        texts.clear()
        rows = ox_store.query(_QUOTES, prefixes=prefixes, substitutions={ox.Variable("g"): graph})
        for row in rows:
            doc = row["doc"].value
            doc_id = doc[len(str(ID["protocol/"])):] if doc.startswith(str(ID["protocol/"])) else doc.rsplit("/", 1)[-1]
            if doc_id not in texts:
                texts[doc_id] = store.read_text(doc_id) if hasattr(store, "read_text") else None
            problem = quote_problem(texts[doc_id], int(row["start"].value), int(row["end"].value), row["exact"].value)
            if problem:
                violations.append(Violation(row["target"].value, str(OA.exact), f"{doc_id} "
                                            f"[{row['start'].value}:{row['end'].value}]: {problem}",
                                            "Violation", graph.value))
    ordered = tuple(sorted(set(violations), key=lambda v: (v.graph or "", v.message, v.focus)))
    return ValidationReport(not ordered, ordered)


def quote_problem(text: str | None, start: int, end: int, exact: str) -> str | None:
    """Why a quote is not its slice of the text, or None when it is."""
    if text is None:
        return "the stored text is missing"
    if not 0 <= start <= end <= len(text):
        return f"offsets outside the stored text ({len(text)} characters)"
    found = text[start:end]
    if found != exact:
        return f"quote {_short(exact)} but the stored text has {_short(found)}"
    return None


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")
