"""A store ingested from the repository's invented corpus, and real servers over it on loopback.

`samgraf serve` runs as a subprocess (the installed command, as a user starts it) on a free port;
the Oxigraph server comes from the `oxigraph` PyPI package. Both are stopped by their pid."""
from __future__ import annotations

import gc
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus2" / "protocols"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, what: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer at {url} within {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


BUDGET = ("Budget för förbundet:\n\n\tBudget 2025\tBudget 2026\nMedlemsavgifter\nBorås stad\t100 000\t110 000\n"
          "Marks kommun\t80 000\t85 000\nSumma\t180 000\t195 000\n")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, protocol) -> Path:
    """The 16 invented protocols of tests/fixtures/corpus2 and one with a member-fee budget table."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.iterdir():
        shutil.copyfile(path, folder / path.name)
    (folder / "sjuharad_2025.txt").write_text(protocol(other=BUDGET), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, corpus) -> Iterator[Path]:
    """An embedded store holding the test corpus (closed again)."""
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    path = tmp_path_factory.mktemp("serve") / "store"
    with Store(path) as store:
        results = ingest(store, [corpus])
    assert all(r.status == "ingested" for r in results), [r.error for r in results if r.error]
    gc.collect()
    yield path


def samgraf_command() -> list[str]:
    exe = Path(sys.executable).parent / "samgraf"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "samgraf.cli"]


@pytest.fixture(scope="session")
def start_serve(corpus_store):
    """start_serve(*options) -> base URL of a `samgraf serve` over the corpus store (stopped at the end)."""
    procs: list[subprocess.Popen] = []

    def start(*options: str) -> str:
        port = free_port()
        proc = subprocess.Popen([*samgraf_command(), "serve", "--store", str(corpus_store), "--port", str(port),
                                 *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/queries.json", proc, "samgraf serve")
        return base

    yield start
    for proc in procs:
        stop(proc)


def oxigraph_binary() -> str | None:
    exe = Path(sys.executable).parent / "oxigraph"
    return str(exe) if exe.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory) -> Iterator[str]:
    """A read-write Oxigraph server (pip package `oxigraph`) on a free loopback port, empty at start."""
    exe = oxigraph_binary()
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph server binary is missing; pip install 'samgraf[test]'")
        pytest.skip("the oxigraph server binary is missing; pip install oxigraph")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/query?query=ASK%7B%7D", proc, "oxigraph serve")
        yield base
    finally:
        stop(proc)
