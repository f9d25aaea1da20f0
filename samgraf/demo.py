"""`samgraf demo`: build a store from the example corpus in the repository and show a few answers."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samgraf.errors import SamgrafError

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
EXAMPLE_CORPORA = tuple(FIXTURES / name / "protocols" for name in ("corpus2", "corpus3", "corpus4", "corpus5"))
DEMO_QUERIES = ("grants_per_municipality", "people_on_several_boards", "reservations", "meeting_attendance")


def run_demo(output: Path, *, corpus: Path | None = None, echo: Callable[[str], None] = print) -> dict[str, object]:
    """Ingest the example corpora into output/store, export output/graph.nq, print canned answers."""
    from samgraf.graph.export import export_store, store_stats
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest
    from samgraf.queries import run_query

    corpora = [corpus] if corpus else [c for c in EXAMPLE_CORPORA if c.is_dir()]
    if not corpora or not corpora[0].is_dir():
        raise SamgrafError(f"{corpus or FIXTURES}: example corpus not found; run from a clone of the repository "
                           "or use `samgraf ingest YOUR_FOLDER`")
    store = Store(output / "store")
    results = ingest(store, corpora)
    failed = [r for r in results if r.status == "failed"]
    echo(f"ingested {len(results) - len(failed)} protocols from {', '.join(map(str, corpora))} into {store.path}"
         + (f"; {len(failed)} failed" if failed else ""))
    quads = export_store(store, output / "graph.nq")
    echo(f"exported {quads} quads to {output / 'graph.nq'}")
    for name in DEMO_QUERIES:
        result = run_query(store.dataset, name)
        rows = list(result)
        echo(f"\n== {name} ({len(rows)} rows) ==")
        names = [str(v) for v in result.vars]
        for row in rows[:8]:
            echo("  " + " | ".join(f"{n}={row[i]}" for i, n in enumerate(names) if row[i] is not None))
    echo(f"\nnetwork page: {_viz(store, output / 'network.html')}")
    stats = store_stats(store)
    echo("\n" + ", ".join(f"{k}: {v}" for k, v in stats.items()))
    return stats


def _viz(store, path: Path) -> Path:
    """The interactive network page of the demo store."""
    from samgraf.graph.network import build_network
    from samgraf.graph.viz import ViewOptions, write_viz

    return write_viz(build_network(store.dataset), path, ViewOptions(title="samgraf demo"))
