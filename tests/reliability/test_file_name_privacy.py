"""Issue 13: a personnummer in a file name never reaches an IRI, the manifest, a stored file name,
the export or stderr. The real `samgraf` command runs in a subprocess, so stderr is what a user sees."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from samgraf.sources import iter_protocol_files, unique_key

SAMGRAF = str(Path(sys.executable).parent / "samgraf")
DIGITS = ("19640823", "640823", "19750101", "750101")


def samgraf(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SAMGRAF, *map(str, args)], capture_output=True, text=True, timeout=300)


def assert_no_number(where: str, text: str) -> None:
    found = [digits for digits in DIGITS if digits in text]
    assert not found, f"{where} contains {found}:\n{text[:2000]}"


def test_personnummer_in_file_names_stays_out_of_everything(tmp_path, write_files, protocol) -> None:
    folder = write_files(tmp_path / "in 640823-3234", {
        "protokoll 19640823-3234.txt": protocol(date="2024-03-14"),
        "protokoll 19750101-1234.txt": protocol(date="2024-05-16"),   # same name once masked
        "tom 19640823-3234.txt": "   \n",                             # fails: empty file
    })
    store = tmp_path / "store"
    ingested = samgraf("-vv", "ingest", folder, "--store", store, "--silent")
    assert ingested.returncode == 1, ingested.stderr                  # the empty file failed
    assert "2 ingested, 0 unchanged, 1 failed" in ingested.stderr
    assert "in XXXXXX-XXXX/tom XXXXXXXX-XXXX.txt: empty file" in ingested.stderr
    assert_no_number("ingest stderr", ingested.stderr + ingested.stdout)

    exported = samgraf("export", "--store", store, "-o", "-")
    assert exported.returncode == 0, exported.stderr
    assert '"in XXXXXX-XXXX/protokoll XXXXXXXX-XXXX.txt"' in exported.stdout
    assert '"in XXXXXX-XXXX/protokoll XXXXXXXX-XXXX~2.txt"' in exported.stdout
    assert_no_number("export", exported.stdout + exported.stderr)
    assert_no_number("stored file names", "\n".join(str(p.relative_to(store)) for p in store.rglob("*")))

    again = samgraf("ingest", folder, "--store", store, "--silent")      # masked keys find their records
    assert "0 ingested, 2 unchanged, 1 failed" in again.stderr
    assert_no_number("second ingest", again.stderr)


def test_text_command_error_masks_the_file_name(tmp_path) -> None:
    empty = tmp_path / "protokoll 640823-3234.txt"
    empty.write_text(" ", encoding="utf-8")
    result = samgraf("text", empty)
    assert result.returncode != 0 and "empty file" in result.stderr
    assert "640823" not in result.stderr


def test_keys_are_masked_and_unique(tmp_path, write_files) -> None:
    folder = write_files(tmp_path / "in", {"a 640823-3234.txt": "x", "a 750101-1234.txt": "y", "b.txt": "z"})
    keys = [key for _, key in iter_protocol_files([folder])]
    assert keys == ["in/a XXXXXX-XXXX.txt", "in/a XXXXXX-XXXX~2.txt", "in/b.txt"]
    assert unique_key("a.txt", {"a.txt", "a~2.txt"}) == "a~3.txt"
