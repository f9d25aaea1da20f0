"""Extraction past one machine: `samgraf ingest --dask ADDRESS` runs the per-protocol extraction on a Dask
distributed cluster, and N-Quads shards for bulk loading elsewhere.

Extraction (read, extract, build one protocol's graph: `samgraf.ingest._process`) is a pure function of
the file, so the cluster's executor (`distributed.Client.get_executor()`, a concurrent.futures
Executor) simply takes the place of the local process pool; the scheduling is Dask's. Only the
client process writes the store, one protocol at a time and atomically, as a plain ingest does, so
the result is the same store (and the same N-Quads export) as `samgraf ingest` without --dask.

Workers read the protocol files and the store's judgements.tsv by path: on a real cluster they need
the same paths (a shared filesystem), as Dask workers usually do for their inputs.

Shards (`--shards DIR`): after the ingest and the identity pass, one N-Quads file per named graph
(`protocol-<doc>.nq`, plus `people.nq`, `manifest.nq`, ...), for `oxigraph load`, Jena's
`tdb2.tdbloader` or QLever's index builder, or `load_shards` into a store or server.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from samgraf.errors import SamgrafError
from samgraf.graph.store import PROTOCOL_PREFIX, Store
from samgraf.ingest import IngestResult, ingest
from samgraf.ontology.ns import GRAPH


def ingest_on_dask(store: Store, paths: Iterable[Path], address: str, *, force: bool = False,
                   on_result: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Ingest with the extraction on the Dask cluster at `address` ("tcp://host:8786", or "local:N" for
    a LocalCluster of N worker processes on this machine)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise SamgrafError("--dask needs Dask: pip install 'samgraf[dask]'") from e
    local = re.fullmatch(r"local(?::(\d+))?", address)
    cluster = LocalCluster(n_workers=int(local.group(1) or 2), threads_per_worker=1, processes=True,
                           dashboard_address=None) if local else None
    try:
        with Client(cluster or address, timeout="5s") as client:
            return ingest(store, paths, force=force, on_result=on_result, executor=client.get_executor())
    except OSError as e:
        raise SamgrafError(f"--dask {address}: cannot reach the Dask scheduler ({e})") from e
    finally:
        if cluster is not None:
            cluster.close()


def shard_name(graph: str) -> str:
    """The shard file of a named graph: protocol-<doc>.nq, or the graph's own name (people.nq, ...)."""
    if graph.startswith(PROTOCOL_PREFIX):
        return "protocol-" + graph[len(PROTOCOL_PREFIX):] + ".nq"
    local = graph[len(str(GRAPH)):] if graph.startswith(str(GRAPH)) else graph
    return re.sub(r"[^\w.-]+", "_", local).strip("_") + ".nq"


def write_shards(store: Store, folder: Path) -> int:
    """One sorted N-Quads file per named graph of the store; returns the number of files."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for graph in sorted(g.value for g in store.ox.named_graphs()):
        quads = store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
        lines = sorted(line for line in data.decode("utf-8").splitlines() if line.strip())
        (folder / shard_name(graph)).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        count += 1
    return count


def load_shards(store: Store, folder: Path) -> int:
    """Bulk-load every *.nq shard of `folder` into a store: pyoxigraph's bulk loader for an embedded
    store, a Graph Store Protocol PUT per graph for a server. Returns the number of shards."""
    shards = sorted(folder.glob("*.nq"))
    for path in shards:
        if hasattr(store.ox, "load_nquads"):
            store.ox.load_nquads(path.read_bytes())
        else:
            store.ox.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return len(shards)
