"""Tests for samgraf.cli: help texts, ingest/export/query/queries/text/stats through click's CliRunner."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from samgraf.cli import cli
from samgraf.queries import list_queries

FIXTURE_GRAPH = Path(__file__).parent / "queries" / "small.trig"


def command_paths(cmd: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command and sub-command of the CLI, as argument paths."""
    yield path
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            yield from command_paths(sub, (*path, name))


@pytest.mark.parametrize("path", [pytest.param(p, id=" ".join(p) or "samgraf") for p in command_paths(cli)])
def test_help_shows_an_example(run_cli, path):
    result = run_cli(*path, "-h")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "samgraf" in result.output.split("Example:", 1)[1]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, protocol) -> Path:
    """A store ingested (once per module) from two invented protocols; returns the store path."""
    import gc

    root = tmp_path_factory.mktemp("cli")
    folder = root / "protokoll"
    folder.mkdir()
    (folder / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    (folder / "b.txt").write_text(protocol(date="2025-09-19"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(root / "store"), "--silent"])
    gc.collect()
    assert result.exit_code == 0, result.output
    assert "2 ingested, 0 unchanged, 0 failed" in result.stderr
    return root / "store"


def test_ingest_again_reports_unchanged(ingested, run_cli):
    result = run_cli("ingest", ingested.parent / "protokoll", "--store", ingested, "--silent")
    assert result.exit_code == 0
    assert "0 ingested, 2 unchanged, 0 failed" in result.stderr


def test_export_is_byte_identical_and_sorted(ingested, tmp_path, run_cli):
    for name in ("a.nq", "b.nq"):
        result = run_cli("export", "--store", ingested, "-o", tmp_path / name)
        assert result.exit_code == 0
    first = (tmp_path / "a.nq").read_bytes()
    assert first == (tmp_path / "b.nq").read_bytes()
    lines = first.decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > 100
    assert all(line.endswith(" .") for line in lines)


def test_export_to_stdout(ingested, tmp_path, run_cli):
    run_cli("export", "--store", ingested, "-o", tmp_path / "a.nq")
    result = run_cli("export", "--store", ingested, "-o", "-")
    assert result.exit_code == 0
    assert result.stdout == (tmp_path / "a.nq").read_text(encoding="utf-8")


def test_export_unknown_format(ingested, tmp_path, run_cli):
    result = run_cli("export", "--store", ingested, "-o", tmp_path / "graf.xyz")
    assert result.exit_code != 0
    assert "unknown export format" in result.output


def test_queries_lists_every_rq(run_cli):
    result = run_cli("queries")
    assert result.exit_code == 0
    for q in list_queries():
        assert f"{q.name}: {q.title}" in result.output
        for p in q.params:
            assert f"--param {p.name}=" in result.output
    rq = sorted(p.stem for p in (Path(__file__).parents[1] / "queries").glob("*.rq"))
    assert rq == sorted(q.name for q in list_queries())


def test_query_with_params_as_csv(run_cli):
    result = run_cli("query", "board_members", "--graph", FIXTURE_GRAPH, "--param", "forbund=FINSAM Ankeby",
                     "-p", "date=2024-06-01", "--format", "csv")
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["name"], r["role"], r["represents"]) for r in table} == {
        ("Karin Dahl", "ordförande", "Ankeby kommun"), ("Jonas Vik", "ledamot", "Dalsjö kommun")}


def test_query_as_json(run_cli):
    result = run_cli("query", "person_memberships", "--graph", FIXTURE_GRAPH, "-p", "name=Karin Dahl",
                     "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {(r["date"], r["body"], r["role"]) for r in data} == {
        ("2024-03-01", "Samordningsförbundet Ankeby", "ordförande"),
        ("2024-09-01", "Samordningsförbundet Ankeby", "ordförande"),
        ("2025-02-01", "Samordningsförbundet Bergvik", "ledamot")}


def test_query_table_on_a_store(ingested, run_cli):
    result = run_cli("query", "decisions_of_type", "--store", ingested, "-p", "type=granted")
    assert result.exit_code == 0, result.output
    assert "Att bevilja Marks kommun" in result.stdout
    assert "2025-2 §3:1" in result.stdout


def test_query_rows_are_not_repeated(ingested, run_cli):
    result = run_cli("query", "decisions_of_type", "--store", ingested, "-p", "type=granted")
    assert result.stdout.rstrip().endswith("(2 rows)")


def test_unknown_query_name_is_a_clear_error(run_cli):
    result = run_cli("query", "finns_inte", "--graph", FIXTURE_GRAPH)
    assert result.exit_code != 0
    assert "no query named 'finns_inte'" in result.output
    assert "board_members" in result.output


def test_missing_query_parameter(run_cli):
    result = run_cli("query", "board_members", "--graph", FIXTURE_GRAPH, "-p", "forbund=FINSAM Ankeby")
    assert result.exit_code != 0
    assert "missing parameter" in result.output and "date" in result.output


def test_malformed_param(run_cli):
    result = run_cli("query", "board_members", "--graph", FIXTURE_GRAPH, "-p", "forbund")
    assert result.exit_code == 2
    assert "key=value" in result.output


def test_text_prints_the_same_length_text(tmp_path, write_files, personnummer, run_cli):
    pnr = personnummer(11)
    original = f"Protokoll\r\nNärvarande: Lisa Holm {pnr}\r\n§ 1 Öppnande\r\n"
    folder = write_files(tmp_path, {"prot.txt": original.encode("utf-8")})
    result = run_cli("text", folder / "prot.txt")
    assert result.exit_code == 0
    printed = result.stdout_bytes.decode("utf-8")
    assert len(printed) == len(original)
    assert pnr not in printed and pnr.replace("-", "") not in printed
    masked_at = original.index(pnr)
    assert printed[:masked_at] == original[:masked_at]
    assert printed[masked_at + len(pnr):] == original[masked_at + len(pnr):]


def test_text_of_a_bad_file(tmp_path, write_files, run_cli):
    folder = write_files(tmp_path, {"tom.txt": b""})
    result = run_cli("text", folder / "tom.txt")
    assert result.exit_code != 0
    assert "tom.txt" in result.output and "empty" in result.output


def test_stats(ingested, run_cli):
    result = run_cli("stats", "--store", ingested)
    assert result.exit_code == 0
    counts = {line[:24].strip(): int(line[24:]) for line in result.stdout.splitlines()}
    assert counts["protocols"] == 2 and counts["meetings"] == 2 and counts["förbund"] == 1
    assert counts["grants"] == 2 and counts["failed files"] == 0
    assert counts["people"] == 5 and counts["quads"] > 100


def test_version(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0 and result.output.startswith("samgraf")


def test_two_commands_in_one_process(tmp_path, write_files, protocol):
    import gc

    gc.disable()
    try:
        folder = write_files(tmp_path / "p", {"a.txt": protocol()})
        runner = CliRunner()
        assert runner.invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "s"), "--silent"]).exit_code == 0
        result = runner.invoke(cli, ["stats", "--store", str(tmp_path / "s")])
        assert result.exit_code == 0, result.output
    finally:
        gc.enable()
        gc.collect()
