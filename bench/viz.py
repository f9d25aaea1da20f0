"""Print network build time, page generation time and HTML size for synthetic graphs of 100 to 20,000 nodes,
or, with --store, for real stores: rows of the memberships query against distinct memberships, wall and CPU
seconds of each network query, of `analyse` and `viz`, and peak memory.

Usage: python bench/viz.py [SIZES...]          (default: 100 1000 5000 20000)
       python bench/viz.py --store DIR [DIR...] (stores from `samgraf ingest`, e.g. of bench/gen_corpus.py corpora)
The synthetic datasets come from tests/graph/conftest.py (contract-shaped rdflib Datasets).
"""
from __future__ import annotations

import importlib.util
import resource
import subprocess
import sys
import time
from pathlib import Path

from samgraf.graph import network as net
from samgraf.graph.network import build_network
from samgraf.graph.viz import ViewOptions, render_view, select_view

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100, 1_000, 5_000, 20_000)


def load_builder():
    """build_synthetic from the test fixtures, loaded by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("samgraf_synthetic", ROOT / "tests" / "graph" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.build_synthetic


def synthetic_args(nodes: int) -> dict[str, int]:
    """Builder arguments giving about `nodes` nodes: one förbund per 50 nodes, the rest mostly people."""
    n_forbund = max(2, nodes // 50)
    overhead = n_forbund * 7 + 10            # förbund, 3 member orgs, 3 grants each; agencies and parties
    return {"n_forbund": n_forbund, "n_people": max(10, nodes - overhead), "multi_board": max(3, nodes // 10),
            "n_meetings": 2, "grants_per_forbund": 3}


def timed(fn, *args, **kwargs):
    """(result, seconds)."""
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def bench(size: int, build_synthetic) -> str:
    """One row of the report."""
    synthetic, t_data = timed(build_synthetic, **synthetic_args(size), inject=False)
    network, t_build = timed(build_network, synthetic.ds)
    options = ViewOptions()
    view, t_select = timed(select_view, network, options)
    page, t_render = timed(render_view, view, options)
    shown = f"{view.shown.number_of_nodes():,}" + (" (summary)" if view.notice else "")
    return (f"{network.number_of_nodes():>7,}  {len(synthetic.ds):>9,}  {t_data:7.1f}  {t_build:7.1f}  "
            f"{t_select:8.1f}  {t_render:7.1f}  {len(page.encode('utf-8')) / 1e6:7.2f}  {shown}")


def cpu_timed(fn, *args, **kwargs):
    """(result, wall seconds, CPU seconds): on a shared machine CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def bench_store(store: str) -> None:
    """Figures of one store: query rows and times, analyse and viz as the CLI runs them, peak memory."""
    from samgraf.graph.store import Store

    opened = Store(store)
    ds = opened.dataset
    protocols = net.run(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a sg:Protocol } }")[0][0]
    distinct = net.run(ds, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a org:Membership }")[0][0]
    print(f"\n{store}: {protocols} protocols, {distinct} distinct memberships")
    print("  query                rows    wall s   cpu s")
    for name in sorted(n for n in dir(net) if n.startswith("Q_")):
        rows, wall, cpu = cpu_timed(net.run, ds, getattr(net, name))
        print(f"  {name:18} {len(rows):7,}  {wall:7.2f}  {cpu:6.2f}")
    ds = None
    opened.close()                      # release the store's lock for the CLI runs below
    for command in (["analyse", "--store", store], ["viz", "--store", store, "-o", "/dev/null"],
                    ["query", "interlocks", "--store", store]):
        wall = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "samgraf.cli", *command], check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"  samgraf {' '.join(command[:2]) if command[0] == 'query' else command[0]:18} wall "
              f"{time.perf_counter() - wall:6.1f} s  cpu {cpu:6.1f} s  peak so far {after.ru_maxrss / 1e6:.2f} GB")


def main(argv: list[str]) -> None:
    """Run the sizes given on the command line (or the defaults) and print a table; --store DIR... for stores."""
    if argv[:1] == ["--store"]:
        for store in argv[1:]:
            bench_store(store)
        return
    sizes = [int(a) for a in argv] or list(SIZES)
    build_synthetic = load_builder()
    print("  nodes    triples   data s  build s  analyse s  render s  HTML MB  drawn nodes")
    for size in sizes:
        print(bench(size, build_synthetic), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
