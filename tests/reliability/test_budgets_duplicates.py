"""Issues 12 and 13: a copy of a protocol under another name counts once; a file over its time or
size budget fails alone with a clear message and the rest of the batch lands."""
from __future__ import annotations

from pathlib import Path

from samgraf.ingest import Budget, ingest
from samgraf.queries import run_query


def grants(store) -> list[tuple]:
    result = run_query(store.dataset, "grants_per_municipality")
    return [tuple(str(v) for v in row) for row in result]


def test_five_copies_of_one_protocol_count_once(tmp_path: Path, write_files, open_store, protocol, run_cli) -> None:
    text = protocol(amount="200 000")
    folder = write_files(tmp_path / "in", {f"{name}.txt": text for name in "abcde"})
    result = run_cli("ingest", folder, "--store", tmp_path / "store", "--silent")
    assert result.exit_code == 0
    assert "duplicate: in/b.txt is the same file as in/a.txt" in result.output.replace(str(tmp_path) + "/", "")
    store = open_store(tmp_path / "store")
    (row,) = grants(store)
    assert "Marks kommun" in row and "200000" in row and row[-1] == "1"
    records = store.records()
    assert [records[k].status for k in sorted(records)] == ["ok", "duplicate", "duplicate", "duplicate", "duplicate"]
    assert len(store.protocol_graphs()) == 1


def test_a_copy_stays_a_duplicate_on_rerun_and_becomes_a_protocol_when_it_changes(
        tmp_path: Path, write_files, open_store, protocol) -> None:
    folder = write_files(tmp_path / "in", {"a.txt": protocol(), "b.txt": protocol()})
    store = open_store(tmp_path / "store")
    assert [r.status for r in ingest(store, [folder])] == ["ingested", "duplicate"]
    assert [r.status for r in ingest(store, [folder])] == ["unchanged", "duplicate"]
    write_files(folder, {"b.txt": protocol(date="2025-09-19", amount="410 000")})
    assert [r.status for r in ingest(store, [folder])] == ["unchanged", "ingested"]
    assert sorted(row[3] for row in grants(store)) == ["760000"]


def test_a_file_over_the_size_budget_fails_alone(tmp_path: Path, write_files, open_store, protocol) -> None:
    big = protocol(other="Informationen läggs till handlingarna. " * 200)
    folder = write_files(tmp_path / "in", {"a.txt": protocol(), "big.txt": big})
    store = open_store(tmp_path / "store")
    results = ingest(store, [folder], budget=Budget(max_bytes=len(big.encode()) - 1))
    assert [r.status for r in results] == ["ingested", "failed"]
    assert "is over the limit" in results[1].error and "--max-bytes" in results[1].error
    assert store.records()[results[1].key].status == "failed"


def test_a_file_over_the_time_budget_is_stopped_and_the_batch_goes_on(tmp_path: Path, write_files, open_store,
                                                                       protocol, monkeypatch) -> None:
    folder = write_files(tmp_path / "in", {"a.txt": protocol(), "slow.txt": protocol(date="2025-09-19"),
                                           "z.txt": protocol(date="2024-01-10")})
    monkeypatch.setenv("SAMGRAF_FAULT", "hang:extract:slow.txt")
    store = open_store(tmp_path / "store")
    results = ingest(store, [folder], jobs=2, budget=Budget(max_seconds=5))
    assert [r.status for r in results] == ["ingested", "failed", "ingested"]
    assert "stopped after 5 s" in results[1].error and "--max-seconds" in results[1].error


def test_a_worker_that_dies_fails_its_file_alone(tmp_path: Path, write_files, open_store, protocol,
                                                 monkeypatch) -> None:
    folder = write_files(tmp_path / "in", {"a.txt": protocol(), "dies.txt": protocol(date="2025-09-19")})
    monkeypatch.setenv("SAMGRAF_FAULT", "extract:dies.txt")
    store = open_store(tmp_path / "store")
    results = ingest(store, [folder])
    assert [r.status for r in results] == ["ingested", "failed"]
    assert "worker reading it died" in results[1].error
