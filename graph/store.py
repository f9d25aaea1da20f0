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

import errno
import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, SKOS

from samgraf.errors import StoreError, UsageError
from samgraf.graph.build import split_entities
from samgraf.graph.people import canonical_name
from samgraf.ontology.ns import ENTITY_GRAPH, GRAPH, ID, MANIFEST_GRAPH, PEOPLE_GRAPH, SG, SPARQL_PREFIXES

#: The graph layout this samgraf writes (docs/scale.md): protocol graphs beside one entity graph.
LAYOUT = "protocol-graphs+entity-graph/1"
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


def record_iri(key: str) -> URIRef:
    """The manifest record's IRI of a source key: a hash of the key, so any file name (spaces, `<>"{}|^`,
    tabs, "%20") gives a valid IRI and two different names never share a record."""
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return ID["ingest/" + digest]


def _record_graph(record: IngestRecord) -> Graph:
    g = Graph()
    node = record_iri(record.key)
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

    def __init__(self, path: Path | str, *, create: bool = True, read_only: bool = False) -> None:
        """Open the store at `path`. With `create` a missing store is made; without it a missing
        path raises UsageError. `read_only` opens without the write lock and writes nothing to
        disk (no RocksDB log per command), so it works beside a running ingest and on a
        read-only folder. An http(s) URL opens a SPARQL 1.1 server as the store (samgraf/remote.py)."""
        from samgraf.remote import remote_url

        if (url := remote_url(path)) is not None:
            from samgraf.remote import open_remote

            self.url, self.read_only = url, read_only
            self.path, self.ox, self.dataset = open_remote(url)
            return
        self.path = Path(path)
        self.read_only = read_only
        if not (create and not read_only):
            check_store_exists(self.path)
        try:
            if read_only:
                self.ox = ox.Store.read_only(str(self.path / "oxigraph"))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path / "oxigraph"))
        except OSError as e:
            raise StoreError(describe_store_error(self.path, e)) from e
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    def exists(self) -> bool:
        return is_store(self.path)

    # --- reading -------------------------------------------------------------------------------
    def query(self, sparql: str, **bindings):
        """Run a SELECT/ASK/CONSTRUCT over the union of all graphs; bindings go to initBindings."""
        return self.dataset.query(SPARQL_PREFIXES + sparql, initBindings=bindings)

    def records(self, keys: Iterable[str] | None = None, shas: Iterable[str] | None = None) -> dict[str, IngestRecord]:
        """Manifest records by source path: all of them, or (with `keys`/`shas`) those of these paths
        and those holding these contents, found by index lookups. An ingest of 10 files into 12,000
        protocols read all 12,000 records (0.9-1.2 s) to plan 10. A large batch, or a remote store
        (which answers each lookup with a request), reads the whole manifest once."""
        manifest = ox.NamedNode(str(MANIFEST_GRAPH))
        wanted = None if keys is None and shas is None else (set(keys or ()), set(shas or ()))
        fields: dict[object, dict[str, object]] = defaultdict(dict)
        if wanted is None or sum(map(len, wanted)) > RECORD_LOOKUPS or not isinstance(self.ox, ox.Store):
            for q in self.ox.quads_for_pattern(None, None, None, manifest):
                fields[q.subject][q.predicate.value] = q.object
        else:
            nodes = {q.subject for prop, values in zip((SG.sourcePath, SG.sha256), wanted) for v in values
                     for q in self.ox.quads_for_pattern(None, ox.NamedNode(str(prop)), ox.Literal(v), manifest)}
            for node in nodes:
                fields[node] = {q.predicate.value: q.object for q in self.ox.quads_for_pattern(node, None, None, manifest)}
        records = (record for f in fields.values() if (record := _record_of(f)) is not None)
        return {r.key: r for r in records if wanted is None or r.key in wanted[0] or r.sha256 in wanted[1]}

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
                  f"GRAPH <{MANIFEST_GRAPH}> {{\n{_nt(_record_graph(record))}}} }} ;\n" + count_update([str(g)]) +
                  (" ;\n" + _drop_orphans() if known else ""))
        try:
            self.ox.update(update)
        except BaseException as e:   # an interrupt (Ctrl-C) may land just after the commit: then keep the text
            if isinstance(e, Exception) or not self._committed(record):
                staged.unlink(missing_ok=True)
                raise
            staged.replace(self.text_path(record.doc_id or ""))
            raise
        staged.replace(self.text_path(record.doc_id or ""))

    def keep_counts(self, chunk: int = 500) -> int:
        """Count the protocol graphs whose quad count the manifest does not keep yet (a store written
        before samgraf kept them), `chunk` graphs per update, once: the `quadCounts` setting says it was
        done, since every write keeps the counts after that (looking again cost 0.14 s an ingest at
        12,000 protocols). Returns how many were counted."""
        if self.setting("quadCounts") == "kept":
            return 0
        kept = kept_counts(self.ox)
        missing = [str(g) for g in self.protocol_graphs() if str(g) not in kept]
        for i in range(0, len(missing), chunk):
            self.ox.update(count_update(missing[i:i + chunk]))
        self.record_setting("quadCounts", "kept")
        return len(missing)

    def record_setting(self, name: str, value: str) -> None:
        """Record a setting of the last ingest (e.g. nlpModel = "blank") on the manifest's settings node."""
        self.ox.update(_setting_update(name, value))

    def setting(self, name: str) -> str | None:
        """A setting recorded by record_setting, or None."""
        rows = self.ox.query(f"SELECT ?o WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{ID['ingest/settings']}> <{SG[name]}> ?o }} }}")
        return next((row[0].value for row in rows), None)

    def layout_current(self) -> bool:
        """Whether the store is in this samgraf's graph layout (LAYOUT): recorded by an ingest, or seen
        (an entity graph beside the protocol graphs, as in a loaded export), or empty."""
        if self.setting("layout") == LAYOUT or self.ox.contains_named_graph(ox.NamedNode(str(ENTITY_GRAPH))):
            return True
        return not bool(self.ox.query(f"ASK {{ GRAPH ?g {{ ?d a <{SG.Protocol}> }} "
                                      f"FILTER(STRSTARTS(STR(?g), \"{PROTOCOL_PREFIX}\")) }}"))

    def check_layout(self) -> None:
        """Raise StoreError for a store in an older layout: its answers would be wrong, not slow."""
        if not self.layout_current():
            raise StoreError(f"{self.path} was written by an older samgraf (no entity graph); read its protocols "
                             f"again with `samgraf ingest FOLDER --store {self.path}` (docs/scale.md)")

    def _committed(self, record: IngestRecord) -> bool:
        """Whether the manifest holds this record (the protocol's update committed)."""
        key, sha = Literal(record.key).n3(), Literal(record.sha256).n3()
        return bool(self.ox.query(f"ASK {{ GRAPH <{MANIFEST_GRAPH}> {{ ?r <{SG.sourcePath}> {key} ; "
                                  f"<{SG.sha256}> {sha} ; <{SG.status}> \"{record.status}\" }} }}"))

    def record_failure(self, record: IngestRecord) -> None:
        """Note a failed file in the manifest; its earlier graph (if any) stays as it was."""
        self.ox.update(_delete_record(record.key) +
                       f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{\n{_nt(_record_graph(record))}}} }}")

    def remove_protocol(self, key: str) -> None:
        """Drop a protocol's graph, the entity triples only it needed, and its manifest record, at once."""
        rec = self.records(keys=[key]).get(key)
        if rec and rec.doc_id:
            g = GRAPH["protocol/" + rec.doc_id]
            self.ox.update(_collect_orphans(g) + f"DROP SILENT GRAPH <{g}> ;\n" + _delete_record(key) +
                           count_update([str(g)]) + " ;\n" + _drop_orphans())

    def _stage_text(self, doc_id: str, text: str) -> Path:
        path = self.text_path(doc_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".staged")
        tmp.write_text(text, encoding="utf-8", newline="")
        return tmp

    def person_spellings(self, persons: Iterable[str] | None = None) -> dict[str, Counter[str]]:
        """Person IRI -> how many protocols write each spelling, counted by the store (GROUP BY);
        only `persons` when given (an incremental refresh), else everyone."""
        wanted = None if persons is None else sorted(persons)
        if wanted == []:
            return {}
        values = "" if wanted is None else "VALUES ?p { " + " ".join(f"<{p}>" for p in wanted) + " }"
        rows = self.ox.query(f"""SELECT ?p ?alt (COUNT(?g) AS ?n) WHERE {{ {values}
            GRAPH ?g {{ ?p a <{FOAF.Person}> ; <{SKOS.altLabel}> ?alt }}
            FILTER(STRSTARTS(STR(?g), "{PROTOCOL_PREFIX}")) }} GROUP BY ?p ?alt""")
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for r in rows:
            spellings[r["p"].value][r["alt"].value] += int(r["n"].value)
        return spellings

    def refresh_people(self, same_as: Iterable[tuple[URIRef, URIRef]] = ()) -> int:
        """Rewrite the people graph: one canonical foaf:name per person, owl:sameAs for merges."""
        spellings = self.person_spellings()
        g = Graph()
        for person, names in spellings.items():
            g.add((URIRef(person), RDF.type, FOAF.Person))
            g.add((URIRef(person), FOAF.name, Literal(canonical_name(names))))
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
        if not self.read_only:
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


def _setting_update(name: str, value: str) -> str:
    """Update steps that set one setting on the manifest's settings node."""
    node, prop = ID["ingest/settings"], SG[name]
    return (f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{node}> <{prop}> ?o }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ <{node}> <{prop}> {ox.Literal(value)} }} }}")


#: Above this many paths and contents, Store.records reads every record instead of looking each up.
RECORD_LOOKUPS = 2000


def _record_of(fields: dict[str, object]) -> IngestRecord | None:
    """An IngestRecord from one manifest node's properties (IRI -> term), or None if it is not one."""
    required = (SG.sourcePath, SG.sha256, SG.status)
    if fields.get(str(RDF.type)) != ox.NamedNode(str(SG.IngestRecord)) or any(str(p) not in fields for p in required):
        return None
    doc, error = fields.get(str(SG.document)), fields.get(str(SG.error))
    return IngestRecord(fields[str(SG.sourcePath)].value, fields[str(SG.sha256)].value, fields[str(SG.status)].value,
                        doc.value.rsplit("/", 1)[-1] if doc is not None else None,
                        error.value if error is not None else None)


def count_update(graphs: Iterable[str]) -> str:
    """Update steps: record in the manifest how many quads each of these protocol graphs holds now
    (`<graph> sg:quadCount n`; none for a graph that is gone). `samgraf stats` sums these instead of
    counting every quad of the store (1.6 s for 10 million)."""
    values = " ".join(f"<{g}>" for g in graphs)
    manifest, prop = f"<{MANIFEST_GRAPH}>", f"<{SG.quadCount}>"
    return (f"DELETE {{ GRAPH {manifest} {{ ?g {prop} ?n }} }} WHERE {{ VALUES ?g {{ {values} }} "
            f"GRAPH {manifest} {{ ?g {prop} ?n }} }} ;\n"
            f"INSERT {{ GRAPH {manifest} {{ ?g {prop} ?n }} }} WHERE {{ {{ SELECT ?g (COUNT(*) AS ?n) WHERE {{ "
            f"VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g }} }}")


def kept_counts(store: object) -> dict[str, int]:
    """Protocol graph IRI -> its quad count as the manifest keeps it (count_update)."""
    rows = store.query(f"SELECT ?g ?n WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?g <{SG.quadCount}> ?n }} }}")
    return {r["g"].value: int(r["n"].value) for r in rows}


def _delete_record(key: str) -> str:
    """Delete the key's manifest record: by its IRI, and by its sg:sourcePath, so a record written
    under an older IRI scheme (space as %20) goes too."""
    literal = str(ox.Literal(key))
    return (f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{record_iri(key)}> ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?r ?p ?o }} }} WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ "
            f"?r <{SG.sourcePath}> {literal} ; ?p ?o }} }} ;\n")


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
    """An rdflib Dataset (union default graph) over the existing store at `path` (default: the
    default store), opened read-only."""
    return Store(path or default_store_path(), create=False, read_only=True).dataset


# --- opening errors --------------------------------------------------------------------------

def is_store(path: Path) -> bool:
    """Whether `path` holds a samgraf store (an Oxigraph database in oxigraph/)."""
    return (path / "oxigraph" / "CURRENT").is_file()


def ox_backend(source: object):
    """The pyoxigraph Store behind a source (a pyoxigraph Store, a samgraf Store, oxrdflib's Dataset),
    or the SPARQL server behind a remote one (samgraf/remote.py, which answers the same calls); None
    for anything else (a plain rdflib Dataset)."""
    from samgraf.remote import RemoteOxigraph

    backends = (ox.Store, RemoteOxigraph)
    if isinstance(source, backends):
        return source
    for inner in (getattr(source, "ox", None), getattr(getattr(source, "store", None), "_inner", None)):
        if isinstance(inner, backends):
            return inner
    return None


def check_store_exists(path: Path) -> None:
    """Raise UsageError unless `path` is a samgraf store: a mistyped --store must not answer from nothing."""
    if not path.exists():
        raise UsageError(f"no store at {path}; ingest protocols first (`samgraf ingest FOLDER --store {path}`), "
                         "or give the right --store / $SAMGRAF_STORE")
    if not is_store(path):
        raise UsageError(f"{path} is not a samgraf store (no oxigraph/ database inside); give the folder that "
                         "`samgraf ingest --store` made")


def lock_holder(lock_file: Path) -> int | None:
    """The pid holding a POSIX lock on `lock_file` (from /proc/locks), or None where that cannot be read."""
    try:
        inode = lock_file.stat().st_ino
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        # "1: POSIX  ADVISORY  WRITE 31963 fe:00:2344346 0 EOF" (a blocked waiter has "->" after the number)
        fields = [f for f in fields if f != "->"]
        if len(fields) >= 6 and fields[5].rsplit(":", 1)[-1] == str(inode) and fields[4].isdigit():
            return int(fields[4])
    return None


def describe_store_error(path: Path, error: OSError, *, opening: bool = True) -> str:
    """One line saying why the store at `path` could not be opened (`opening`) or used, and what to do."""
    text = str(error)
    code = error.errno
    if "lock" in text.lower() and ("unavailable" in text.lower() or "lock hold" in text.lower()):
        pid = lock_holder(path / "oxigraph" / "LOCK")
        who = f"process {pid}" if pid is not None and pid != os.getpid() else "another process"
        if pid == os.getpid():
            who = "this process (the store is already open)"
        return (f"{path}: the store is locked by {who}, probably another samgraf ingest or people command; "
                "wait for it to finish (read commands still work)")
    if code in (errno.ENOSPC, errno.EDQUOT) or "no space left" in text.lower() or "quota" in text.lower():
        return f"{path}: no space left on the device; free some space and run the command again"
    if code in (errno.EACCES, errno.EPERM) or "permission denied" in text.lower():
        return (f"{path}: permission denied; check the folder's owner and mode (read commands need read access, "
                "ingest needs write access)")
    if code == errno.EROFS or "read-only file system" in text.lower():
        return f"{path}: the store is on a read-only file system; read commands work, ingest needs a writable store"
    if "CURRENT" in text or "MANIFEST" in text or "corrupt" in text.lower():
        return f"{path}: not a readable samgraf store ({text.splitlines()[0]}); re-create it with `samgraf ingest`"
    reason = text.splitlines()[0] if text else type(error).__name__
    return f"{path}: cannot open the store ({reason})" if opening else f"{path}: the store failed: {reason}"
