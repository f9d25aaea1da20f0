"""Issues 12 and 13: the CLI walked with the bad inputs a user gives. Each gives one line on stderr
(no traceback, no usage block) and the exit code the README documents: 1 for input that failed,
2 for usage and setup errors (a store that does not exist, an unknown query, a malformed value).

Most cases run in-process through click's CliRunner; the store errors (lock, permission, disk full,
read-only) run the real `samgraf` command in a subprocess, as a user meets them."""
from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from samgraf.cli import EXIT_FAILED, EXIT_USAGE, cli, exit_code_for
from samgraf.errors import InputError, SamgrafError, StoreError, UnknownQuery, UsageError

SAMGRAF = str(Path(sys.executable).parent / "samgraf")
NO_STORE = "no store at"


def invoke(*args: object):
    """Run samgraf in-process with separate stdout/stderr; the store lock is released afterwards."""
    try:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    finally:
        gc.collect()


def samgraf(*args: object, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, SAMGRAF, *map(str, args)], capture_output=True, text=True, timeout=300)


def assert_one_line(stderr: str, code: int, returncode: int, needle: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert returncode == code, stderr
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert "Traceback" not in stderr and lines[0].startswith("Error: ")
    assert needle in lines[0], lines[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory, protocol) -> Path:
    """A store ingested once from one invented protocol."""
    root = tmp_path_factory.mktemp("errors")
    (root / "in").mkdir()
    (root / "in" / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    result = invoke("ingest", root / "in", "--store", root / "store", "--silent", "--model", "blank")
    assert result.exit_code == 0, result.output
    return root / "store"


# --- a store that does not exist ----------------------------------------------------------------

READ_COMMANDS = [
    ("query", "reservations"), ("export", "-o", "{tmp}/out.nq"), ("validate",), ("stats",),
    ("viz", "-o", "{tmp}/page.html"), ("analyse",), ("trace", "Karin Dahl"), ("people", "list"),
    ("people", "search", "Karin"), ("people", "show", "Karin Dahl"),
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_every_command_but_ingest_refuses_a_missing_store(tmp_path, args):
    missing = tmp_path / "mistyped-store"
    result = invoke(*[a.format(tmp=tmp_path) for a in args], "--store", missing)
    assert_one_line(result.stderr, EXIT_USAGE, result.exit_code, NO_STORE)
    assert not missing.exists(), "a read command must not create a store"


def test_the_default_store_is_refused_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAMGRAF_STORE", raising=False)
    result = invoke("validate")
    assert_one_line(result.stderr, EXIT_USAGE, result.exit_code, "no store at samgraf-store")
    assert "conforms" not in result.output and not (tmp_path / "samgraf-store").exists()


def test_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "protokoll").mkdir()
    (tmp_path / "protokoll" / "a.txt").write_text("x", encoding="utf-8")
    result = invoke("stats", "--store", tmp_path / "protokoll")
    assert_one_line(result.stderr, EXIT_USAGE, result.exit_code, "is not a samgraf store")
    result = invoke("ingest", tmp_path / "protokoll", "--store", tmp_path / "protokoll")
    assert_one_line(result.stderr, EXIT_USAGE, result.exit_code, "is not a samgraf store and not empty")
    assert not (tmp_path / "protokoll" / "oxigraph").exists()


def test_ingest_says_when_it_creates_the_store(tmp_path, protocol):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    first = invoke("ingest", tmp_path / "in", "--store", tmp_path / "new", "--silent", "--model", "blank")
    assert first.exit_code == 0, first.output
    assert f"created a new store at {tmp_path / 'new'}" in first.stderr
    again = invoke("ingest", tmp_path / "in", "--store", tmp_path / "new", "--silent", "--model", "blank")
    assert again.exit_code == 0 and "created" not in again.stderr


# --- usage errors: exit 2, one line ---------------------------------------------------------------

USAGE_CASES = [
    (("query", "no_such_query"), "no query named 'no_such_query'"),
    (("query", "board_members"), "missing parameter(s) ['forbund', 'date']"),
    (("query", "board_members", "-p", "forbund=X", "-p", "date=2025-13-45"), "is not a date"),
    (("query", "board_members", "-p", "forbund=X", "-p", "date=2025-01-01", "-p", "colour=red"),
     "unknown parameter(s) ['colour']"),
    (("query", "reservations", "--param", "forbund"), "is not key=value"),
    (("query", "reservations", "--format", "xml"), "Invalid value for '--format'"),
    (("stats", "--no-such-option"), "No such option '--no-such-option'"),
    (("no-such-command",), "No such command 'no-such-command'"),
    (("ingest", "{tmp}/in", "--model", "sv_core_news_none"), "no such spaCy package is installed"),
    (("ingest", "{tmp}/does-not-exist"), "does not exist"),
    (("text", "{tmp}/in"), "is a directory"),
    (("query", "{tmp}/bad.rq"), "bad.rq: syntax error at line 1"),
]


@pytest.mark.parametrize("args,needle", USAGE_CASES, ids=lambda a: " ".join(a[:3]) if isinstance(a, tuple) else "")
def test_usage_errors_exit_2_with_one_line(store, tmp_path, args, needle):
    (tmp_path / "in").mkdir()
    (tmp_path / "bad.rq").write_text("SELECT * WHERE { ?s ?p", encoding="utf-8")
    uses_store = args[0] in ("query", "stats", "ingest")
    result = invoke(*[a.format(tmp=tmp_path) for a in args], *(("--store", store) if uses_store else ()))
    assert_one_line(result.stderr, EXIT_USAGE, result.exit_code, needle)


# --- input that fails: exit 1 ----------------------------------------------------------------------

def test_a_bad_file_fails_alone_with_exit_1(tmp_path, protocol):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "in" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = invoke("ingest", tmp_path / "in", "--store", tmp_path / "st", "--silent", "--model", "blank")
    assert result.exit_code == EXIT_FAILED
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 2 and "empty file" in failed[0] and "PNG image" in failed[1]
    assert "1 ingested, 0 unchanged, 2 failed" in result.stderr and "Traceback" not in result.stderr


def test_text_of_a_file_that_is_not_text(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n% broken\n")
    result = invoke("text", tmp_path / "x.pdf")
    assert result.exit_code == EXIT_FAILED and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_graph_file_that_does_not_parse(tmp_path):
    (tmp_path / "bad.nq").write_text("not <n-quads\n", encoding="utf-8")
    for args in (("query", "reservations"), ("validate",)):
        result = invoke(*args, "--graph", tmp_path / "bad.nq")
        assert_one_line(result.stderr, EXIT_FAILED, result.exit_code, "bad.nq: cannot be read as nquads")


# --- the one mapping ---------------------------------------------------------------------------------

def test_exit_codes_are_decided_by_type():
    assert exit_code_for(UsageError("x")) == EXIT_USAGE
    assert exit_code_for(UnknownQuery("x")) == EXIT_USAGE
    assert exit_code_for(StoreError("x")) == EXIT_USAGE
    assert exit_code_for(click.BadParameter("x")) == EXIT_USAGE
    assert exit_code_for(InputError("x")) == EXIT_FAILED
    assert exit_code_for(SamgrafError("x")) == EXIT_FAILED
    wrapped = click.ClickException("x")
    wrapped.__cause__ = UnknownQuery("x")
    assert exit_code_for(wrapped) == EXIT_USAGE           # a command that re-raised keeps the usage code
    plain = click.ClickException("x")
    assert exit_code_for(plain) == EXIT_FAILED


# --- store errors, as a user meets them (real subprocesses) -----------------------------------------

def test_missing_store_in_a_real_process(tmp_path):
    result = samgraf("stats", "--store", tmp_path / "nope")
    assert_one_line(result.stderr, EXIT_USAGE, result.returncode, NO_STORE)


def test_lock_held_by_another_process_names_its_pid(store, tmp_path):
    import pyoxigraph as ox

    holder = ox.Store(str(store / "oxigraph"))          # this test process holds the write lock
    try:
        result = samgraf("ingest", tmp_path, "--store", store, "--silent")
        assert_one_line(result.stderr, EXIT_USAGE, result.returncode, f"locked by process {os.getpid()}")
        reading = samgraf("stats", "--store", store)    # read commands open read-only: no lock needed
        assert reading.returncode == 0 and "protocols" in reading.stdout, reading.stderr
        people = samgraf("people", "list", "--store", store)
        assert people.returncode == 0 and "Karin Dahl" in people.stdout, people.stderr
        merging = samgraf("people", "merge", "Karin Dahl", "Jonas Vik", "--store", store)
        assert_one_line(merging.stderr, EXIT_USAGE, merging.returncode, "locked by process")
    finally:
        del holder
        gc.collect()


def _without_root_powers() -> tuple[str, ...]:
    """A command prefix under which file modes bind (root drops the capabilities that bypass them)."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot be made to bind")
    return ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--")


def _chmod_tree(path: Path, write: bool) -> None:
    for p in [path, *path.rglob("*")]:
        mode = p.stat().st_mode
        p.chmod(mode | 0o200 if write else mode & ~0o222)


def test_read_only_store_can_be_read_but_not_written(store, tmp_path):
    prefix = _without_root_powers()
    copy = tmp_path / "ro-store"
    shutil.copytree(store, copy)
    _chmod_tree(copy, write=False)
    try:
        before = sorted((p.relative_to(copy), p.stat().st_size) for p in copy.rglob("*"))
        read = samgraf("stats", "--store", copy, prefix=prefix)
        assert read.returncode == 0 and "protocols               1" in read.stdout, read.stderr
        exported = samgraf("export", "--store", copy, "-o", "-", prefix=prefix)
        assert exported.returncode == 0 and exported.stdout.count("\n") > 100
        (tmp_path / "in").mkdir()
        write = samgraf("ingest", tmp_path / "in", "--store", copy, prefix=prefix)
        assert_one_line(write.stderr, EXIT_USAGE, write.returncode, "permission denied")
        assert sorted((p.relative_to(copy), p.stat().st_size) for p in copy.rglob("*")) == before
    finally:
        _chmod_tree(copy, write=True)


def test_read_commands_leave_the_store_as_it_was(store):
    """Issue 13: each command used to leave a ~137 KB RocksDB log (20 x stats: 3.5 -> 6.3 MB)."""
    def files() -> dict[str, int]:
        return {str(p.relative_to(store)): p.stat().st_size for p in store.rglob("*") if p.is_file()}

    before = files()
    for _ in range(20):
        assert samgraf("stats", "--store", store).returncode == 0
    assert files() == before


def test_disk_full_says_so(tmp_path, protocol):
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        (tmp_path / "in").mkdir()
        for n in range(20):                              # far more than 600 KB of store
            date = f"20{20 + n // 12}-{n % 12 + 1:02d}-14"
            (tmp_path / "in" / f"p{n}.txt").write_text(protocol(date=date), encoding="utf-8")
        result = samgraf("ingest", tmp_path / "in", "--store", mount / "st", "--silent", "--model", "blank")
        lines = result.stderr.strip().splitlines()
        assert result.returncode == EXIT_USAGE and "Traceback" not in result.stderr
        assert lines[-1] == f"Error: {mount / 'st'}: no space left on the device; free some space and run the command again"
    finally:
        subprocess.run(["umount", str(mount)], check=False)
