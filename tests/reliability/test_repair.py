"""Issue 13: every step is repairable by re-running it. A real `samgraf ingest` process is killed
(SIGKILL, nothing cleaned up) at each phase; the next run must give the clean run's N-Quads byte
for byte, even when no file changed. An interrupt right after a protocol's commit keeps its text."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from samgraf.graph.curation import identity_pending, load_judgements
from samgraf.graph.store import IngestRecord
from samgraf.ingest import ingest

PHASES = ("protocol-committed", "protocols-written", "judgements-saved", "identity-applied")


def corpus(protocol) -> dict[str, str]:
    """Three meetings of one board; the first names no förbund, so the resolver must merge its people."""
    unknown = protocol(date="2024-03-14").replace(", Samordningsförbundet Sjuhärad", "")
    return {"a.txt": unknown, "b.txt": protocol(date="2025-03-14"),
            "c.txt": protocol(date="2025-09-14", amount="410 000")}


def samgraf(*args: str, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SAMGRAF_FAULT"}
    if fault:
        env["SAMGRAF_FAULT"] = fault
    return subprocess.run([sys.executable, "-c", "from samgraf.cli import cli; cli()", *args],
                          env=env, capture_output=True, text=True, timeout=300)


def export(store: Path, out: Path) -> bytes:
    done = samgraf("export", "--store", str(store), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


@pytest.fixture(scope="module")
def clean(tmp_path_factory, protocol) -> tuple[Path, bytes]:
    """The corpus folder and the N-Quads of a clean run."""
    root = tmp_path_factory.mktemp("clean")
    folder = root / "in"
    folder.mkdir()
    for name, text in corpus(protocol).items():
        (folder / name).write_text(text, encoding="utf-8")
    done = samgraf("ingest", str(folder), "--store", str(root / "store"))
    assert done.returncode == 0, done.stderr
    data = export(root / "store", root / "clean.nq")
    assert b"owl#sameAs" in data, "the corpus must make the resolver merge, or the later phases test nothing"
    return folder, data


@pytest.mark.parametrize("phase", PHASES)
def test_kill_at_each_phase_is_repaired_by_a_rerun(clean, tmp_path: Path, phase: str) -> None:
    folder, expected = clean
    store = tmp_path / "store"
    killed = samgraf("ingest", str(folder), "--store", str(store), fault=phase)
    assert killed.returncode == -signal.SIGKILL
    rerun = samgraf("ingest", str(folder), "--store", str(store))
    assert rerun.returncode == 0, rerun.stderr
    assert export(store, tmp_path / "x.nq") == expected


@pytest.mark.parametrize("phase", ["protocol-committed", "judgements-saved"])
def test_ctrl_c_after_a_commit_is_repaired_by_a_rerun(clean, tmp_path: Path, phase: str) -> None:
    folder, expected = clean
    store = tmp_path / "store"
    interrupted = samgraf("ingest", str(folder), "--store", str(store), "--jobs", "2", fault=f"int:{phase}")
    assert interrupted.returncode not in (0, -signal.SIGKILL) and "Traceback" not in interrupted.stderr
    assert samgraf("ingest", str(folder), "--store", str(store)).returncode == 0
    assert export(store, tmp_path / "x.nq") == expected


def test_pass_is_pending_until_finished_even_when_no_file_changed(clean, tmp_path: Path, open_store) -> None:
    folder, expected = clean
    store = tmp_path / "store"
    assert samgraf("ingest", str(folder), "--store", str(store), fault="protocols-written").returncode < 0
    st = open_store(store)
    assert identity_pending(st)
    results = ingest(st, [folder])
    assert {r.status for r in results} == {"unchanged"} and not identity_pending(st)
    st.close()
    assert export(store, tmp_path / "x.nq") == expected


def test_people_resolve_finishes_a_merge_whose_judgements_were_saved(clean, tmp_path: Path, protocol) -> None:
    folder, _ = clean
    store = tmp_path / "store"
    assert samgraf("ingest", str(folder), "--store", str(store), "--silent").returncode == 0
    before = export(store, tmp_path / "before.nq")
    people = [line.split()[0] for line in before.decode().splitlines()
              if "/graph/people>" in line and "foaf/0.1/name" in line]
    keep, gone = people[0].strip("<>"), people[1].strip("<>")
    killed = samgraf("people", "merge", keep, gone, "--store", str(store), "--who", "eva", fault="judgements-saved")
    assert killed.returncode == -signal.SIGKILL
    assert load_judgements(store).survivor(gone) == keep        # saved, but not yet applied
    assert samgraf("people", "resolve", "--store", str(store)).returncode == 0
    after = export(store, tmp_path / "after.nq").decode()
    assert f"<{gone}> <http://www.w3.org/2002/07/owl#sameAs> <{keep}>" in after
    assert not any(line.startswith(f"<{gone}>") for line in after.splitlines() if "/graph/protocol/" in line)


class InterruptAfterCommit:
    """The real store, with a Ctrl-C arriving the moment an update has committed."""

    def __init__(self, ox) -> None:
        self._ox = ox

    def update(self, sparql: str) -> None:
        self._ox.update(sparql)
        raise KeyboardInterrupt

    def __getattr__(self, name: str):
        return getattr(self._ox, name)


def test_interrupt_after_commit_keeps_the_stored_text(tmp_path: Path, open_store, protocol) -> None:
    store = open_store(tmp_path / "store")
    text = protocol()
    graph = "<https://w3id.org/samgraf/id/org/x> <https://w3id.org/samgraf/ns#label> \"x\" .\n"
    real = store.ox
    store.ox = InterruptAfterCommit(real)
    with pytest.raises(KeyboardInterrupt):
        store.replace_protocol(graph, IngestRecord("a.txt", "ab" * 32, "ok", "a-1"), text,
                               identifier="https://w3id.org/samgraf/graph/protocol/a-1")
    store.ox = real
    assert "a.txt" in store.records() and store.read_text("a-1") == text
    assert not list((tmp_path / "store" / "texts").glob("*.staged"))
