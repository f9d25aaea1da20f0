"""Benchmark: p50/p95 of every canned query on generated corpora, in process and as CLI, with rdflib's
in-memory Dataset as the baseline ratio.

    python bench/queries.py [--sizes 1000 4000 12000] [--workdir /tmp/samgraf-bench-queries] [--runs 20]
                            [--cli-runs 3] [--cli-format csv] [--rdflib-timeout 60] [--jobs 1] [--seed 1]

For each size N: writes N protocols with bench/gen_corpus.py (once), ingests them into a store (once;
`resolve=False`, the people graph is refreshed), then times each canned query:
- in process: pyoxigraph natively over the store, the parameters written in as samgraf does
  (queries/binding.py), every solution read; `--runs` runs after one warm-up, in a child process
  stopped after `--timeout` seconds;
- answer: `samgraf.queries.answer_query` on the store (parameters bound from strings, rows handed
  over as rdflib terms: what the CLI, the server and a script get), p50 of `--runs` runs;
- CLI: `samgraf query NAME --store DIR -p k=v --format F`, wall time of the whole process
  (`--cli-runs` runs, `--cli-format`, csv unless told);
- rdflib: the store's N-Quads loaded into an in-memory `rdflib.Dataset(default_union=True)`, the same
  text with initBindings, one run, stopped after `--rdflib-timeout` seconds; the ratio is rdflib / p50.
Parameters are picked from the store: the förbund and date of the meeting with the most memberships,
two people present at one meeting on one board, the person with the most memberships.
Prints one table per size and, last, the growth of in-process p50 per query across sizes.
"""
from __future__ import annotations

import argparse
import importlib.util
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
SG = "https://w3id.org/samgraf/ns#"


def _gen_corpus():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def build_store(workdir: Path, size: int, seed: int, jobs: int) -> Path:
    """The store of `size` generated protocols (built once and reused)."""
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    corpus, path = workdir / f"corpus-{size}", workdir / f"store-{size}"
    if not (path / "done").exists():
        if not corpus.exists():
            _gen_corpus().write_corpus(corpus, size, seed)
        start = time.perf_counter()
        with Store(path) as store:
            ingest(store, [corpus], jobs=jobs, resolve=False)
        print(f"{size}: ingested in {time.perf_counter() - start:.0f} s", flush=True)
        (path / "done").write_text("ok\n")
    return path


def query_text(text: str) -> str:
    """The query as written; prefixes added only for a file that declares none (not yet self-contained)."""
    if "PREFIX" in text:
        return text
    from samgraf.ontology.ns import SPARQL_PREFIXES

    return SPARQL_PREFIXES + text


def _one(store: ox.Store, sparql: str) -> list:
    from samgraf.ontology.ns import SPARQL_PREFIXES

    return list(store.query(SPARQL_PREFIXES + sparql, use_default_graph_as_union=True))


def pick_params(store: ox.Store) -> dict[str, dict[str, str]]:
    """String parameters (as a user gives them to the CLI) for each parameterised query."""
    meeting = _one(store, """SELECT ?l ?d (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?z besluit:isGehoudenDoor ?b ;
        dct:date ?d . ?doc dct:subject ?z . ?m org:member ?p } ?b besluit:bestuurt/skos:prefLabel ?l }
        GROUP BY ?l ?d ORDER BY DESC(?n) ?l ?d LIMIT 1""")[0]
    busy = _one(store, """SELECT ?p ?n (COUNT(?m) AS ?c) WHERE { GRAPH ?g { ?m org:member ?p } ?p foaf:name ?n }
        GROUP BY ?p ?n ORDER BY DESC(?c) ?n LIMIT 1""")[0]
    pair = _one(store, """SELECT ?a ?b WHERE { GRAPH ?g { ?z besluit:heeftAanwezigeBijStart ?a, ?b .
        ?m1 org:member ?a ; org:organization ?o . ?m2 org:member ?b ; org:organization ?o }
        FILTER(STR(?a) < STR(?b)) } ORDER BY ?a ?b LIMIT 1""")[0]
    return {"board_members": {"forbund": meeting[0].value, "date": meeting[1].value[:10]},
            "budget_by_member": {"forbund": meeting[0].value},
            "co_membership": {"a": pair[0].value, "b": pair[1].value},
            "decisions_of_type": {"type": "granted"},
            "person_memberships": {"name": busy[1].value},
            "person_timeline": {"person": busy[0].value}}


def ox_terms(query, values: dict[str, str]) -> dict[ox.Variable, object]:
    """pyoxigraph terms for string parameters, typed by the query's `# param:` header."""
    types = {p.name: p.type for p in query.params}
    out: dict[ox.Variable, object] = {}
    for name, raw in values.items():
        kind = types.get(name, "literal")
        if kind == "date":
            term = ox.Literal(raw, datatype=XSD_DATE)
        elif kind == "iri":
            term = ox.NamedNode(raw)
        elif kind.startswith("iri-sg-"):
            term = ox.NamedNode(f"{SG}{kind[len('iri-sg-'):]}/{raw}")
        else:
            term = ox.Literal(raw)
        out[ox.Variable(name)] = term
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _time_worker(store_path: str, text: str, terms: dict, runs: int, out, name: str = "",
                 values: dict | None = None) -> None:
    """In a child process: one warm-up, then `runs` timed runs of the query as samgraf runs it
    (parameters written in by queries/binding.py, every solution read); then, for a canned query
    `name`, `runs` runs of `samgraf.queries.answer_query` on the store, which also binds the string
    parameters and hands every row over as rdflib terms (what the CLI, the server and a script get)."""
    from samgraf.queries.binding import bind_terms

    store = ox.Store.read_only(store_path + "/oxigraph")
    rows = len(list(store.query(bind_terms(text, terms), use_default_graph_as_union=True)))   # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _row in store.query(bind_terms(text, terms), use_default_graph_as_union=True):
            pass
        times.append(time.perf_counter() - start)
    answers = []
    if name:
        from samgraf.graph.store import Store
        from samgraf.queries import answer_query

        del store
        with Store(store_path, create=False, read_only=True) as st:
            for _ in range(runs):
                start = time.perf_counter()
                answer_query(st, name, values or {})
                answers.append(time.perf_counter() - start)
    out.put((times, rows, answers))


def time_in_process(store_path: Path, text: str, terms: dict, runs: int, timeout: float, name: str = "",
                    values: dict | None = None) -> tuple[list[float], int, list[float]] | None:
    """The in-process timings, or None when the warm-up and runs pass `timeout` seconds (the child
    process is stopped: a query Oxigraph cannot finish must not stop the benchmark)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_time_worker, args=(str(store_path), text, {k.value: v for k, v in terms.items()},
                                                   runs, out, name, values))
    child.start()
    try:
        return out.get(timeout=timeout)
    except Exception:   # noqa: BLE001 - queue.Empty: the time ran out
        return None
    finally:
        child.kill()
        child.join()


def time_cli(name: str, store_path: Path, values: dict[str, str], runs: int, fmt: str = "csv") -> list[float]:
    cmd = [str(ROOT / ".venv" / "bin" / "samgraf"), "query", name, "--store", str(store_path), "--format", fmt]
    for key, value in values.items():
        cmd += ["-p", f"{key}={value}"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout


def load_rdflib(store: ox.Store):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(data=ox.serialize(store, format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def time_rdflib(ds, text: str, query, values: dict[str, str], timeout: int) -> float | None:
    """One run over rdflib's in-memory Dataset, or None when it passes `timeout` seconds."""
    from samgraf.queries import bind

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    try:
        start = time.perf_counter()
        for _row in ds.query(text, initBindings=bind(query, values)):
            pass
        return time.perf_counter() - start
    except _Timeout:
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def bench_size(workdir: Path, size: int, args: argparse.Namespace) -> dict[str, float]:
    from samgraf.queries import list_queries

    path = build_store(workdir, size, args.seed, args.jobs)
    store = ox.Store.read_only(str(path / "oxigraph"))
    quads = len(store)
    params = pick_params(store)
    ds = load_rdflib(store) if args.rdflib_timeout > 0 else None
    print(f"\n{size} protocols, {quads:,} quads ({path})")
    print(f"{'query':26} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8} {'answer ms':>10} {'CLI p50 s':>10} {'CLI p95 s':>10} "
          f"{'rdflib s':>9} {'ratio':>7}")
    p50s = {}
    for query in list_queries():
        values = params.get(query.name, {})
        text = query_text(query.text)
        timed = time_in_process(path, text, ox_terms(query, values), args.runs, args.timeout, query.name, values)
        if timed is None:
            print(f"{query.name:26} {'-':>7} {'>' + str(args.timeout) + ' s':>8}", flush=True)
            p50s[query.name] = float("nan")
            continue
        times, rows, answers = timed
        p50, p95 = statistics.median(times), percentile(times, 0.95)
        p50s[query.name] = p50
        cli = time_cli(query.name, path, values, args.cli_runs, args.cli_format) if args.cli_runs else []
        ref = time_rdflib(ds, text, query, values, args.rdflib_timeout) if ds is not None else None
        cli_cols = f"{statistics.median(cli):10.2f} {percentile(cli, 0.95):10.2f}" if cli else f"{'-':>10} {'-':>10}"
        ref_cols = (f"{ref:9.2f} {ref / p50:7.0f}" if ref is not None else
                    f"{'>' + str(args.rdflib_timeout):>9} {'-':>7}") if ds is not None else f"{'-':>9} {'-':>7}"
        print(f"{query.name:26} {rows:7d} {p50 * 1000:8.1f} {p95 * 1000:8.1f} {statistics.median(answers) * 1000:10.1f} "
              f"{cli_cols} {ref_cols}", flush=True)
    return p50s


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 12000])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/samgraf-bench-queries"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--cli-runs", type=int, default=3)
    ap.add_argument("--cli-format", choices=("csv", "table", "json"), default="csv",
                    help="the CLI's --format (table: what a user sees by default)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds for a query's in-process runs")
    ap.add_argument("--rdflib-timeout", type=int, default=60, help="seconds; 0 skips the rdflib baseline")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    growth = {size: bench_size(args.workdir, size, args) for size in args.sizes}
    if len(growth) > 1:
        first = args.sizes[0]
        print(f"\ngrowth of in-process p50 relative to {first} protocols")
        print(f"{'query':26} " + " ".join(f"{s:>8}" for s in args.sizes))
        for name in growth[first]:
            print(f"{name:26} " + " ".join(f"{growth[s][name] / growth[first][name]:8.1f}" for s in args.sizes))


if __name__ == "__main__":
    sys.exit(main())
