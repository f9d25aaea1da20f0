"""Benchmark: the canned queries on a generated graph, with 1, 8 and 32 concurrent clients, on the embedded
store, `samgraf serve` and an Oxigraph server side by side, with rdflib's in-memory Dataset as baseline.

    python bench/serve.py [--quads 1000000] [--rdflib-quads 100000] [--rounds 2] [--work DIR]
                          [--clients 1,8,32] [--probe-timeout 20] [--queries NAME,...]
                          [--rdflib-timeout 60] [--baseline-only]

Prints p50/p95 latency (ms) and throughput (queries/s) per backend and concurrency, then each query's
median at one client, as Markdown tables (docs/scale.md keeps a run). The graph comes from
bench/gen_quads.py and is bulk-loaded with pyoxigraph; both servers serve that same store read-only
on loopback. rdflib parses the whole graph into memory, which takes minutes and gigabytes at a
million quads, so its baseline runs on a `--rdflib-quads` slice with the embedded store on the same
slice for the ratio. Queries with parameters get values from the data, bound by a VALUES clause
(samgraf.queries.binding.bind_terms: written in as terms), so every backend runs the very same query text.
A query is first run once through `samgraf serve` with its time limit (--probe-timeout): one that
is stopped there is reported as such and left out of the timings (no backend could answer it in time,
and the embedded store cannot be interrupted).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_quads  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
Runner = Callable[[str], int]


def build_graph(work: Path, quads: int, name: str) -> Path:
    path = work / f"{name}.nq"
    if not path.exists():
        seed = work / "seed.nq"
        if not seed.exists():
            seed.write_text("".join(line + "\n" for line in gen_quads.seed_lines(None)), encoding="utf-8")
        lines = seed.read_text(encoding="utf-8").splitlines()
        with path.open("w", encoding="utf-8") as out:
            for line in gen_quads.generate(lines, quads):
                out.write(line + "\n")
    return path


def load_store(graph: Path, folder: Path) -> tuple[str, int]:
    """Bulk-load the graph into a samgraf store folder (oxigraph/ inside); returns location and quads."""
    location = folder / "oxigraph"
    if not location.exists():
        location.parent.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(location))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()
        del store
    return str(location), len(ox.Store.read_only(str(location)))


def bench_queries(location: str) -> dict[str, str]:
    """Every canned query as self-contained text, parameters bound to values found in the data."""
    from samgraf.queries.binding import bind_terms
    from samgraf.serve import canned_queries

    store = ox.Store.read_only(location)

    def first(sparql: str) -> list[ox.Literal | ox.NamedNode] | None:
        from samgraf.ontology.ns import SPARQL_PREFIXES

        row = next(iter(store.query(SPARQL_PREFIXES + sparql, use_default_graph_as_union=True)), None)
        return None if row is None else [row[i] for i in range(len(row))]

    forbund, date = first("SELECT ?f ?d WHERE { ?z a besluit:Zitting ; dct:date ?d ; besluit:isGehoudenDoor/"
                          "besluit:bestuurt/skos:prefLabel ?f } ORDER BY DESC(?d) LIMIT 1")
    person, name = first("SELECT ?p ?n WHERE { ?m a org:Membership ; org:member ?p . ?p foaf:name ?n } LIMIT 1")
    a, b = first("SELECT ?a ?b WHERE { ?z besluit:heeftAanwezigeBijStart ?a , ?b FILTER(?a != ?b) } LIMIT 1")
    fee = first("SELECT ?f WHERE { ?c a sg:MemberContribution ; sg:recipient/skos:prefLabel ?f } LIMIT 1") or [forbund]
    granted = ox.NamedNode("https://w3id.org/samgraf/ns#decisionType/granted")
    values = {"board_members": {"forbund": forbund, "date": date}, "budget_by_member": {"forbund": fee[0]},
              "co_membership": {"a": a, "b": b}, "decisions_of_type": {"type": granted},
              "person_memberships": {"name": name}, "person_timeline": {"person": person}}
    out = {}
    for q in canned_queries():
        bound = {p["name"]: values.get(q["name"], {}).get(p["name"]) for p in q["params"]}
        if None in bound.values():
            continue
        out[q["name"]] = bind_terms(q["text"], bound) if bound else q["text"]
    return out


def embedded_runner(location: str) -> Runner:
    store = ox.Store.read_only(location)
    return lambda text: sum(1 for _ in store.query(text, use_default_graph_as_union=True))


def http_runner(url: str) -> Runner:
    local = threading.local()

    def run(text: str) -> int:
        client = getattr(local, "client", None) or httpx.Client(timeout=600)
        local.client = client
        r = client.post(url, data={"query": text}, headers={"Accept": "application/sparql-results+json"})
        r.raise_for_status()
        return len(r.content)
    return run


def rdflib_runner(graph: Path) -> Runner:
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(str(graph), format="nquads")
    return lambda text: sum(1 for _ in ds.query(text))


def measure(run: Runner, queries: dict[str, str], clients: int, rounds: int) -> tuple[list[float], float]:
    """Latencies (s) of rounds x queries requests by `clients` threads, and the wall time."""
    jobs = [text for _ in range(max(rounds, -(-clients // max(len(queries), 1)))) for text in queries.values()]

    def timed(text: str) -> float:
        t = time.perf_counter()
        run(text)
        return time.perf_counter() - t
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        latencies = list(pool.map(timed, jobs))
    return latencies, time.perf_counter() - t0


def start(cmd: list[str], url: str) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            httpx.get(url, timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit(f"{cmd[0]} did not start")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))   # so the servers below are stopped too
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quads", type=int, default=1_000_000)
    ap.add_argument("--rdflib-quads", type=int, default=100_000, help="size of rdflib's baseline graph (0: skip)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0, help="seconds rdflib may take for one query")
    ap.add_argument("--baseline-only", action="store_true", help="only the rdflib baseline (needs --work)")
    ap.add_argument("--rounds", type=int, default=2, help="times each query runs per measurement")
    ap.add_argument("--clients", default="1,8,32")
    ap.add_argument("--probe-timeout", type=float, default=20.0, help="seconds a query may take in the probe run")
    ap.add_argument("--queries", default="", help="only these canned queries (comma-separated names)")
    ap.add_argument("--workers", type=int, default=2, help="query workers of samgraf serve")
    ap.add_argument("--work", type=Path, default=None, help="keep graphs and stores here (reused if present)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="samgraf-bench-serve-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.baseline_only:
        baseline(work, args)
        return 0
    location, quads = load_store(build_graph(work, args.quads, f"graph-{args.quads}"), work / f"store-{args.quads}")
    queries = bench_queries(location)
    if args.queries:
        queries = {q: t for q, t in queries.items() if q in args.queries.split(",")}
    print(f"graph: {quads:,} quads; {len(queries)} canned queries; work folder {work}", file=sys.stderr)
    exe = Path(sys.executable).parent
    store_dir = str(Path(location).parent)

    def samgraf_serve(port: int, timeout: float) -> subprocess.Popen:
        return start([str(exe / "samgraf"), "serve", "--store", store_dir, "--port", str(port), "--timeout",
                      str(timeout), "--max-results", "1000000", "--workers", str(args.workers)],
                     f"http://127.0.0.1:{port}/queries.json")
    port0, port1, port2 = free_port(), free_port(), free_port()
    prober = samgraf_serve(port0, args.probe_timeout)
    try:
        queries = probe(f"http://127.0.0.1:{port0}/sparql", queries, args.probe_timeout)
    finally:
        prober.terminate()
        prober.wait()
    procs = [samgraf_serve(port1, 3600),
             start([str(exe / "oxigraph"), "serve-read-only", "--location", location, "--bind",
                    f"127.0.0.1:{port2}", "--union-default-graph"], f"http://127.0.0.1:{port2}/query?query=ASK%7B%7D")]
    backends = {"embedded (pyoxigraph)": embedded_runner(location),
                "samgraf serve": http_runner(f"http://127.0.0.1:{port1}/sparql"),
                "oxigraph serve": http_runner(f"http://127.0.0.1:{port2}/query")}
    try:
        run_all(backends, queries, args)
        if args.rdflib_quads:
            baseline(work, args)
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait()
    return 0


def probe(url: str, queries: dict[str, str], limit: float) -> dict[str, str]:
    """The queries samgraf serve answers within its time limit (the others are printed)."""
    kept = {}
    for name, text in queries.items():
        t = time.perf_counter()
        r = httpx.post(url, data={"query": text}, headers={"Accept": "application/sparql-results+json"}, timeout=None)
        if r.status_code == 503:
            print(f"{name}: stopped by samgraf serve's time limit of {limit:g} s; left out", flush=True)
        else:
            r.raise_for_status()
            kept[name] = text
            print(f"{name}: {time.perf_counter() - t:.2f} s in the probe", file=sys.stderr, flush=True)
    return kept


def run_all(backends: dict[str, Runner], queries: dict[str, str], args) -> None:
    single: dict[str, dict[str, float]] = {}
    for run in backends.values():   # warm up: connections, worker processes, caches
        measure(run, {"one": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, 4, 1)
    for name, run in backends.items():
        single[name] = {}
        for q, text in queries.items():
            times = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                run(text)
                times.append(time.perf_counter() - t)
            single[name][q] = statistics.median(times)
    fast = queries
    print("\n| query | " + " | ".join(f"{b} ms" for b in backends) + " |")
    print("|---|" + "---:|" * len(backends))
    for q in queries:
        print(f"| {q} | " + " | ".join(f"{single[b][q] * 1000:,.0f}" for b in backends) + " |")
    print(f"\nconcurrent runs over {len(fast)} queries, {args.rounds} round(s) each:\n")
    print("| backend | clients | p50 ms | p95 ms | queries/s |")
    print("|---|---:|---:|---:|---:|")
    for name, run in backends.items():
        for clients in (int(c) for c in args.clients.split(",")):
            latencies, wall = measure(run, fast, clients, args.rounds)
            print(f"| {name} | {clients} | {pct(latencies, 50) * 1000:,.0f} | {pct(latencies, 95) * 1000:,.0f} | "
                  f"{len(latencies) / wall:.1f} |", flush=True)


def baseline(work: Path, args) -> None:
    """rdflib's in-memory Dataset and the embedded store on the same small graph: the ratio per query."""
    graph = build_graph(work, args.rdflib_quads, f"graph-{args.rdflib_quads}")
    location, quads = load_store(graph, work / f"store-{args.rdflib_quads}")
    queries = {q: t for q, t in bench_queries(location).items() if not args.queries or q in args.queries.split(",")}
    t = time.perf_counter()
    rdf = rdflib_runner(graph)
    print(f"\nrdflib baseline on {quads:,} quads (parsed in {time.perf_counter() - t:.0f} s), one client:\n")
    emb = embedded_runner(location)
    print("| query | rdflib ms | embedded ms | rdflib / embedded |")
    print("|---|---:|---:|---:|")
    for q, text in queries.items():
        t = time.perf_counter()
        emb(text)
        embedded = time.perf_counter() - t
        took = _timed(rdf, text, args.rdflib_timeout)
        if took is None:       # rdflib is pure Python: an alarm stops it, and the ratio is a lower bound
            print(f"| {q} | > {args.rdflib_timeout * 1000:,.0f} | {embedded * 1000:,.0f} | "
                  f"> {_ratio(args.rdflib_timeout / max(embedded, 1e-6))} |", flush=True)
            continue
        print(f"| {q} | {took * 1000:,.0f} | {embedded * 1000:,.0f} | {_ratio(took / max(embedded, 1e-6))} |", flush=True)


class _Timeout(Exception):
    pass


def _timed(run: Runner, text: str, limit: float) -> float | None:
    """Seconds one run takes, or None when it passes `limit` seconds."""
    import signal

    def stop(_signum, _frame):
        raise _Timeout

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        t = time.perf_counter()
        run(text)
        return time.perf_counter() - t
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _ratio(r: float) -> str:
    return f"{r:,.0f}×" if r >= 10 else f"{r:.2f}×"


if __name__ == "__main__":
    sys.exit(main())
