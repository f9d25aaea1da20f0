"""The persistent store: Oxigraph on disk, read through rdflib (oxrdflib), one named graph per protocol.

Layout of a store directory:
    oxigraph/          the RDF store (RocksDB)
    texts/<doc>.txt    the exact text the extractors saw (personnummer masked in place)
    judgements.tsv     curated identity judgements (`samgraf people ...`), plain text

Writes are atomic per protocol: the protocol's named graph, its share of the entity graph and its
manifest record are replaced in one SPARQL update transaction, so a crash leaves the store as it
was before that protocol.

Graphs: one per protocol (its facts with provenance), the entity graph (what many protocols share,
written once: see graph/build.py `split_entities`), the people graph (names, identity links) and the
manifest. Entity triples are inserted with plain INSERT DATA, which is idempotent (a store is a set
of quads). When a protocol is replaced or removed, the entity descriptions it referenced that no
other protocol graph still needs are deleted in the same transaction (`_collect_orphans`), so the
union never holds an organisation, board, role or membership term that no protocol names.
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF

from samgraf.errors import StoreError
from samgraf.graph.build import split_entities
from samgraf.graph.people import canonical_name
from samgraf.ontology.ns import ENTITY_GRAPH, GRAPH, ID, MANIFEST_GRAPH, PEOPLE_GRAPH, SG, SPARQL_PREFIXES

DEFAULT_STORE = Path(os.environ.get("SAMGRAF_STORE", "samgraf-store"))
PROTOCOL_PREFIX = str(GRAPH["protocol/"])
#: Scratch graph of one update transaction: entity nodes the replaced protocol referenced.
_ORPHAN_GRAPH = GRAPH["scratch/orphan-candidates"]


@dataclass(frozen=True, slots=True)
class IngestRecord:
    """What the manifest knows of one source file."""

    key: str
    sha256: str
    status: str            # "ok" | "failed"
    doc_id: str | None = None
    error: str | None = None
    unreadable_pages: str | None = None   # "2,3": PDF pages that could not be read (missing from the text)


def default_store_path() -> Path:
    return Path(os.environ.get("SAMGRAF_STORE", "samgraf-store"))


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")


def _record_graph(record: IngestRecord) -> Graph:
    g = Graph()
    node = ID["ingest/" + record.key.replace(" ", "%20")]
    g.add((node, RDF.type, SG.IngestRecord))
    g.add((node, SG.sourcePath, Literal(record.key)))
    g.add((node, SG.sha256, Literal(record.sha256)))
    g.add((node, SG.status, Literal(record.status)))
    if record.doc_id:
        g.add((node, SG.document, ID["protocol/" + record.doc_id]))
    if record.error:
        g.add((node, SG.error, Literal(record.error)))
    if record.unreadable_pages:
        g.add((node, SG.unreadablePages, Literal(record.unreadable_pages)))
    return g


class Store:
    """An on-disk samgraf store."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.ox = ox.Store(str(self.path / "oxigraph"))
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open the store ({e}); is another samgraf using it?") from e
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    # --- reading -------------------------------------------------------------------------------
    def query(self, sparql: str, **bindings):
        """Run a SELECT/ASK/CONSTRUCT over the union of all graphs; bindings go to initBindings."""
        return self.dataset.query(SPARQL_PREFIXES + sparql, initBindings=bindings)

    def records(self) -> dict[str, IngestRecord]:
        rows = self.query(f"""SELECT ?key ?sha ?status ?doc ?error WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{
            ?r a sg:IngestRecord ; sg:sourcePath ?key ; sg:sha256 ?sha ; sg:status ?status .
            OPTIONAL {{ ?r sg:document ?doc }} OPTIONAL {{ ?r sg:error ?error }} }} }}""")
        out = {}
        for r in rows:
            doc_id = str(r.doc).rsplit("/", 1)[-1] if r.doc else None
            out[str(r.key)] = IngestRecord(str(r.key), str(r.sha), str(r.status), doc_id,
                                           str(r.error) if r.error else None)
        return out

    def protocol_graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self.ox.named_graphs() if g.value.startswith(PROTOCOL_PREFIX))

    def text_path(self, doc_id: str) -> Path:
        return self.path / "texts" / f"{doc_id}.txt"

    def read_text(self, doc_id: str) -> str | None:
        """The stored text of a protocol exactly as written (bytes decoded, line endings kept), or None."""
        try:
            return self.text_path(doc_id).read_bytes().decode("utf-8")
        except FileNotFoundError:
            return None

    # --- writing -------------------------------------------------------------------------------
    def replace_protocol(self, graph: Graph | str, record: IngestRecord, text: str, identifier: str | None = None) -> None:
        """Atomically replace one protocol's named graph (a Graph, or N-Triples text and its IRI),
        its entity triples and its manifest record. The text is staged first and moved into place
        only after the graph transaction committed, so graph and text never disagree after a crash."""
        staged = self._stage_text(record.doc_id or "", text)
        g = identifier if isinstance(graph, str) else graph.identifier
        protocol, entities = split_entities(graph if isinstance(graph, str) else _nt(graph))
        known = self.ox.contains_named_graph(ox.NamedNode(str(g)))
        update = ((_collect_orphans(g) if known else "") + f"DROP SILENT GRAPH <{g}> ;\n" +
                  _delete_record(record.key) +
                  f"INSERT DATA {{ GRAPH <{g}> {{\n{protocol}}} GRAPH <{ENTITY_GRAPH}> {{\n{entities}}} "
                  f"GRAPH <{MANIFEST_GRAPH}> {{\n{_nt(_record_graph(record))}}} }}" +
                  (" ;\n" + _drop_orphans() if known else ""))
        try:
            self.ox.update(update)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        staged.replace(self.text_path(record.doc_id or ""))

    def record_failure(self, record: IngestRecord) -> None:
        """Note a failed file in the manifest; its earlier graph (if any) stays as it was."""
        self.ox.update(_delete_record(record.key) +
                       f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{\n{_nt(_record_graph(record))}}} }}")

    def remove_protocol(self, key: str) -> None:
        """Drop a protocol's graph, the entity triples only it needed, and its manifest record, at once."""
        rec = self.records().get(key)
        if rec and rec.doc_id:
            g = GRAPH["protocol/" + rec.doc_id]
            self.ox.update(_collect_orphans(g) + f"DROP SILENT GRAPH <{g}> ;\n" + _delete_record(key) +
                           _drop_orphans())

    def _stage_text(self, doc_id: str, text: str) -> Path:
        path = self.text_path(doc_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".staged")
        tmp.write_text(text, encoding="utf-8", newline="")
        return tmp

    def refresh_people(self, same_as: Iterable[tuple[URIRef, URIRef]] = ()) -> int:
        """Rewrite the people graph: one canonical foaf:name per person, owl:sameAs for merges."""
        spellings: dict[URIRef, Counter[str]] = defaultdict(Counter)
        rows = self.query("""SELECT ?g ?p ?alt WHERE { GRAPH ?g { ?p a foaf:Person ; skos:altLabel ?alt } }""")
        for r in rows:
            if str(r.g).startswith(PROTOCOL_PREFIX):
                spellings[r.p][str(r.alt)] += 1
        g = Graph()
        for person, names in spellings.items():
            g.add((person, RDF.type, FOAF.Person))
            g.add((person, FOAF.name, Literal(canonical_name(names))))
        for old, new in same_as:
            g.add((old, OWL.sameAs, new))
        self.ox.update(f"DROP SILENT GRAPH <{PEOPLE_GRAPH}> ;\nINSERT DATA {{ GRAPH <{PEOPLE_GRAPH}> {{\n{_nt(g)}}} }}")
        return len(spellings)

    # --- export --------------------------------------------------------------------------------
    def nquads(self) -> Iterator[str]:
        """All quads as sorted N-Quads lines (byte-identical for identical content)."""
        data = ox.serialize(self.ox, format=ox.RdfFormat.N_QUADS).decode("utf-8")
        yield from sorted(line for line in data.splitlines() if line.strip())

    def close(self) -> None:
        """Flush and release the on-disk store (its lock) now, not at garbage collection."""
        ox_store = getattr(self, "ox", None)
        if ox_store is None:
            return
        ox_store.flush()
        self.dataset = None  # type: ignore[assignment]
        self.ox = None  # type: ignore[assignment]
        del ox_store
        import gc

        gc.collect()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _delete_record(key: str) -> str:
    node = ID["ingest/" + key.replace(" ", "%20")]
    return f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{node}> ?p ?o }} }} ;\n"


def _collect_orphans(g: str) -> str:
    """Update step: note the entity nodes protocol graph `g` references, directly or through
    another entity (its board's förbund, a person's home, a membership's role): the only nodes
    whose last reference can go with `g`."""
    return (f"INSERT {{ GRAPH <{_ORPHAN_GRAPH}> {{ ?x a <{SG.OrphanCandidate}> }} }} WHERE {{ "
            f"{{ SELECT DISTINCT ?x WHERE {{ GRAPH <{g}> {{ {{ ?x ?a ?b }} UNION {{ ?b ?a ?x }} }} FILTER(isIRI(?x)) }} }} "
            f"FILTER EXISTS {{ GRAPH <{ENTITY_GRAPH}> {{ ?x ?p ?o }} }} }} ;\n"
            f"INSERT {{ GRAPH <{_ORPHAN_GRAPH}> {{ ?y a <{SG.OrphanCandidate}> }} }} WHERE {{ "
            f"{{ SELECT DISTINCT ?y WHERE {{ GRAPH <{_ORPHAN_GRAPH}> {{ ?x a <{SG.OrphanCandidate}> }} "
            f"GRAPH <{ENTITY_GRAPH}> {{ ?x ?q ?y }} FILTER(isIRI(?y)) }} }} "
            f"FILTER EXISTS {{ GRAPH <{ENTITY_GRAPH}> {{ ?y ?p ?o }} }} }} ;\n")


def _drop_orphans() -> str:
    """Update step (after the protocol graph changed): delete the entity triples of every noted node
    that no protocol graph names any more, directly or through an entity that one names."""
    in_protocol = f'FILTER(STRSTARTS(STR(?h), "{PROTOCOL_PREFIX}"))'
    return (f"DELETE {{ GRAPH <{ENTITY_GRAPH}> {{ ?x ?p ?o }} }} WHERE {{ "
            f"GRAPH <{_ORPHAN_GRAPH}> {{ ?x a <{SG.OrphanCandidate}> }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?x ?a ?b }} {in_protocol} }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?b ?a ?x }} {in_protocol} }} "
            f"FILTER NOT EXISTS {{ GRAPH <{ENTITY_GRAPH}> {{ ?y ?q ?x }} "
            f"{{ GRAPH ?h {{ ?y ?a ?b }} }} UNION {{ GRAPH ?h {{ ?b ?a ?y }} }} {in_protocol} }} "
            f"GRAPH <{ENTITY_GRAPH}> {{ ?x ?p ?o }} }} ;\n"
            f"DROP SILENT GRAPH <{_ORPHAN_GRAPH}>")


def open_dataset(path: Path | str | None = None) -> Dataset:
    """An rdflib Dataset (union default graph) over the store at `path` (default: the default store)."""
    return Store(path or default_store_path()).dataset
