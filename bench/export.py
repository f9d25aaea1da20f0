"""Benchmark: time and peak memory of every export format, of validate and of stats, per store size.

    python bench/export.py [--counts 230 2000] [--seeds ../shared/seeds] [--workdir DIR] [--replicate] [--baseline]

For each count a store is built by ingesting copies of the seeds with varied file names, dates
and names (kept in --workdir and reused when it is already there). Each measurement runs in a
fresh child process, so its peak memory (max RSS) is its own. --baseline adds the old way, the
whole store through rdflib in memory (JSON-LD), for the ratio.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Anna", "Per", "Karin", "Lars", "Maria", "Erik", "Sara", "Johan", "Eva", "Mikael", "Lena", "Anders"]
LAST = ["Berg", "Lind", "Ek", "Holm", "Nyström", "Sandberg", "Ahlgren", "Strand", "Wikström", "Lundqvist"]
TASKS = ("export .nq", "export .trig", "export .jsonld", "export .ttl --merge", "stats", "validate",
         "validate --provenance")


def write_corpus(seeds: Path, out: Path, count: int, seed: int = 7) -> None:
    """`count` protocol files: the seeds with dates moved across years and a few names swapped."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        year = str(2005 + i % 20)
        text = re.sub(r"\b20(\d\d)-(\d\d)-(\d\d)\b", lambda m: f"{year}-{m.group(2)}-{m.group(3)}", texts[i % len(texts)])
        for _ in range(3):
            text = text.replace(rng.choice(FIRST), rng.choice(FIRST), 1)
        text += f"\n\nKopia {i}: {rng.choice(FIRST)} {rng.choice(LAST)}\n"
        (out / f"protokoll_{year}_{i:05d}.txt").write_text(text, encoding="utf-8")


def build_store(seeds: Path, workdir: Path, count: int) -> tuple[Path, float | None]:
    """The store of `count` protocols under workdir (built unless it is there); seconds to build."""
    store = workdir / f"store-{count}"
    if (store / "oxigraph").is_dir():
        return store, None
    corpus = workdir / f"corpus-{count}"
    write_corpus(seeds, corpus, count)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "samgraf.cli", "ingest", str(corpus), "--store", str(store), "--silent"],
                   check=True)
    return store, time.perf_counter() - start


def replicate_store(source: Path, target: Path, count: int) -> float:
    """A store of `count` protocol graphs made from the protocol graphs of `source`, copied round
    robin under new names ("protocol/DOC" -> "protocol/DOC-rN" in every IRI, texts copied too);
    the shared graphs once. Seconds to build. For sizes whose ingest takes too long on a shared
    machine; export and validate cost depends on graphs and quads, which this reproduces."""
    import shutil

    import pyoxigraph as ox

    from samgraf.graph.store import PROTOCOL_PREFIX, Store

    start = time.perf_counter()
    with Store(source) as src:
        graphs = sorted((g for g in src.ox.named_graphs() if g.value.startswith(PROTOCOL_PREFIX)), key=lambda g: g.value)
        (target / "texts").mkdir(parents=True, exist_ok=True)
        nq = target / "replica.nq"
        with nq.open("wb") as out:
            for g in src.ox.named_graphs():
                if not g.value.startswith(PROTOCOL_PREFIX):
                    ox.serialize(src.ox.quads_for_pattern(None, None, None, g), out, ox.RdfFormat.N_QUADS)
            for n in range(count):
                graph = graphs[n % len(graphs)]
                doc = graph.value[len(PROTOCOL_PREFIX):]
                data = ox.serialize(src.ox.quads_for_pattern(None, None, None, graph), format=ox.RdfFormat.N_QUADS)
                out.write(data.replace(f"protocol/{doc}".encode(), f"protocol/{doc}-r{n}".encode()))
                shutil.copyfile(source / "texts" / f"{doc}.txt", target / "texts" / f"{doc}-r{n}.txt")
    dst = ox.Store(str(target / "oxigraph"))
    dst.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    dst.flush()
    del dst
    nq.unlink()
    return time.perf_counter() - start


def child(task: str, store_dir: str, out_dir: str) -> None:
    """Run one task in this process and print {"seconds", "peak_mb", "size_mb"} as JSON."""
    from samgraf.graph.export import export_store, store_stats
    from samgraf.graph.store import Store
    from samgraf.graph.validate import check_provenance, validate_store

    store = Store(store_dir)
    size = 0.0
    start = time.perf_counter()
    if task.startswith("export"):
        suffix = task.split()[1]
        output = Path(out_dir) / f"graph{suffix}"
        export_store(store, output, merge="--merge" in task)
        size = output.stat().st_size / 1e6
    elif task == "stats":
        store_stats(store)
    elif task == "validate":
        validate_store(store)
    elif task == "validate --provenance":
        check_provenance(store)
    elif task == "baseline rdflib .jsonld":
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=b"".join(line.encode() + b"\n" for line in store.nquads()).decode(), format="nquads")
        output = Path(out_dir) / "baseline.jsonld"
        output.write_bytes(ds.serialize(format="json-ld", encoding="utf-8"))
        size = output.stat().st_size / 1e6
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb(), "size_mb": size}))


def peak_rss_mb() -> float:
    """Peak resident memory of this process image. VmHWM, not ru_maxrss: on Linux ru_maxrss of
    an exec'd child starts at its parent's resident size at fork, which is not the child's own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(task: str, store: Path, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", task, str(store), str(out)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", type=int, nargs="+", default=[230, 2000])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/samgraf-bench-export"))
    parser.add_argument("--replicate", action="store_true",
                        help="ingest only the smallest count; build larger stores by replicating its protocol graphs")
    parser.add_argument("--tasks", nargs="+", choices=TASKS, default=list(TASKS), help="what to measure (default: all)")
    parser.add_argument("--baseline", action="store_true", help="also the old rdflib-in-memory JSON-LD export")
    parser.add_argument("--child", nargs=3, metavar=("TASK", "STORE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if not args.seeds.is_dir():
        sys.exit(f"{args.seeds}: seeds not found; pass --seeds DIR")
    args.workdir.mkdir(parents=True, exist_ok=True)
    print("| protocols | quads | task | seconds | peak MB | file MB |")
    print("|---|---|---|---|---|---|")
    smallest = min(args.counts)
    for count in sorted(args.counts):
        if args.replicate and count > smallest:
            store = args.workdir / f"replica-{count}"
            if not (store / "oxigraph").is_dir():
                built = replicate_store(build_store(args.seeds, args.workdir, smallest)[0], store, count)
                print(f"(replicated {count} protocol graphs from the {smallest}-protocol store in {built:.0f} s)",
                      file=sys.stderr)
        else:
            store, built = build_store(args.seeds, args.workdir, count)
            if built is not None:
                print(f"(built the {count}-protocol store in {built:.0f} s)", file=sys.stderr)
        out = args.workdir / f"out-{count}"
        out.mkdir(exist_ok=True)
        quads = _quads(store)
        tasks = [*args.tasks, *(["baseline rdflib .jsonld"] if args.baseline else [])]
        for task in tasks:
            m = measure(task, store, out)
            size = f"{m['size_mb']:.1f}" if m["size_mb"] else ""
            print(f"| {count} | {quads:,} | {task} | {m['seconds']:.2f} | {m['peak_mb']:.0f} | {size} |", flush=True)


def _quads(store: Path) -> int:
    from samgraf.graph.store import Store

    with Store(store) as opened:
        return len(opened.ox)


if __name__ == "__main__":
    main()
