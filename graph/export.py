"""Export the store to files, and count what it holds."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from samgraf.errors import SamgrafError
from samgraf.graph.store import Store
from samgraf.ontology.ns import PREFIXES

FORMATS = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".jsonld": "json-ld"}


def export_store(store: Store, output: Path) -> int:
    """Write every quad of the store to `output` (format by suffix); returns the number of quads."""
    lines = list(store.nquads())
    if str(output) == "-":
        import sys

        sys.stdout.write("".join(line + "\n" for line in lines))
        return len(lines)
    fmt = FORMATS.get(output.suffix)
    if fmt is None:
        raise SamgrafError(f"{output}: unknown export format; use one of {', '.join(FORMATS)}")
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "nquads":
        output.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return len(lines)
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    ds.parse(data="\n".join(lines), format="nquads")
    if fmt == "turtle":
        ds = _union(ds)
    output.write_bytes(ds.serialize(format=fmt, encoding="utf-8"))
    return len(lines)


def _union(ds: Dataset):
    from rdflib import Graph

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


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


def store_stats(store: Store) -> dict[str, int]:
    out = {}
    for name, sparql in _COUNTS.items():
        rows = list(store.query(sparql))
        out[name] = int(rows[0][0]) if rows else 0
    out["quads"] = sum(1 for _ in store.nquads())
    return out
