"""Issue 12: query output through rich (whole cells, whole rows), JSON typed by datatype, the spaCy
model in use printed and recorded (`--model blank` forces the rule-only pipeline)."""
from __future__ import annotations

import datetime as dt
import gc
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib import namespace as rdf_ns

from samgraf.cli import cli
from samgraf.output import dumps_json, json_value, render_table

LONG = "Styrelsen beslutar att bevilja medel till insatsen " * 6


def invoke(*args: object):
    try:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    finally:
        gc.collect()


# --- tables -----------------------------------------------------------------------------------------

def test_plain_table_keeps_every_cell_whole_and_every_row_on_one_line():
    out = io.StringIO()
    rows = [["Anna Ek", LONG, "3"], ["Bo [bold]Berg[/bold]", "rad ett\nrad två\tflik", None]]
    render_table(["name", "quote", "n"], rows, file=out, terminal=False)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 + len(rows) + 1                     # header, rule, rows, count
    assert LONG.strip() in lines[2] and lines[2].rstrip().endswith("3")
    assert "Bo [bold]Berg[/bold]" in lines[3]                   # no rich markup applied to data
    assert "rad ett rad två flik" in lines[3]                   # a line break in a value does not break the row
    assert lines[-1] == "(2 rows)"
    assert all(line == line.rstrip() for line in lines)


def test_plain_table_columns_line_up_in_terminal_cells_and_no_wide_character_is_cut():
    out = io.StringIO()
    rows = [["Kalix", "漢字漢字漢字"], ["Härnösands kommun", "x"]]
    render_table(["förbund", "beslut"], rows, file=out, terminal=False)
    header, rule, first, second = out.getvalue().splitlines()[:4]
    assert rule == "-" * 17 + "-+-" + "-" * 12                  # 漢, 字: two cells wide each
    assert first == "Kalix             | 漢字漢字漢字"           # the last cell whole, not cut at its len()
    assert second.index("|") == first.index("|") == header.index("|")


def test_plain_table_drops_control_characters_and_keeps_a_row_on_one_line():
    out = io.StringIO()
    render_table(["a", "b"], [["x\x1b[31mröd\x00", "ett\x85två\u2028tre"], ["\x07", "fyra"]], file=out,
                 terminal=False)
    lines = out.getvalue().splitlines()
    assert lines[2] == "x[31mröd | ett två tre"                # no ESC reaches a terminal; NEL, LS are spaces
    assert lines[3] == "         | fyra"
    assert lines[-1] == "(2 rows)" and len(lines) == 5


def test_a_query_imports_neither_the_http_client_nor_the_shacl_validator(tmp_path):
    """Every command pays for its imports: the query path opens a local store without httpx (only a
    server needs it) and reads the ontology's decision types without pySHACL."""
    code = ("import sys\nfrom samgraf.graph.store import Store\nfrom samgraf.queries import answer_query\n"
            f"st = Store({str(tmp_path / 's')!r})\n"
            "answer_query(st, 'decisions_of_type', {'type': 'granted'})\n"
            "print(sorted(m for m in ('httpx', 'pyshacl') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_terminal_table_wraps_long_cells_instead_of_cutting_them():
    out = io.StringIO()
    render_table(["name", "quote"], [["Anna Ek", LONG]], file=out, terminal=True)
    text = out.getvalue()
    assert "…" not in text
    words = [w for line in text.splitlines()[2:-1] for w in line.split()]
    assert " ".join(words[2:]) == LONG.strip()                  # every word of the cell is there, in order
    assert max(len(line) for line in text.splitlines()) <= 100


def test_empty_result_table():
    out = io.StringIO()
    render_table(["a", "b"], [], file=out, terminal=False)
    assert out.getvalue().splitlines()[-1] == "(0 rows)"


# --- JSON typed by datatype -----------------------------------------------------------------------

@pytest.mark.parametrize("term,expected", [
    (Literal(350000), 350000),
    (Literal("350000", datatype=rdf_ns.XSD.integer), 350000),
    (Literal(Decimal("10.70")), 10.7),
    (Literal(Decimal("250000.0")), 250000),
    (Literal(dt.date(2025, 3, 14)), "2025-03-14"),
    (Literal("2025-03-14", datatype=rdf_ns.XSD.date), "2025-03-14"),
    (Literal(True), True),
    (Literal(2.5), 2.5),
    (Literal("Anna Ek"), "Anna Ek"),
    (Literal("Anna", lang="sv"), "Anna"),
    (URIRef("https://w3id.org/samgraf/id/x"), "https://w3id.org/samgraf/id/x"),
    (None, None),
])
def test_json_values_follow_the_datatype(term, expected):
    value = json_value(term)
    assert value == expected and type(value) is type(expected)


def test_json_rows_from_a_real_query(store_with_grants):
    result = invoke("query", "grants_per_municipality", "--store", store_with_grants, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows, result.stdout
    numbers = [v for row in rows for v in row.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    assert 350000 in numbers or 700000 in numbers, rows        # the granted SEK as a JSON number
    assert dumps_json(["n"], [[Literal(1)]]) == '[\n  {\n    "n": 1\n  }\n]'


def test_table_from_a_real_query_is_whole(store_with_grants):
    result = invoke("query", "reservations", "--store", store_with_grants)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("(") and lines[-1].endswith(" rows)")
    assert "…" not in result.stdout


# --- the model in use ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def store_with_grants(tmp_path_factory, protocol) -> Path:
    root = tmp_path_factory.mktemp("output")
    (root / "in").mkdir()
    (root / "in" / "a.txt").write_text(protocol(date="2025-03-14"), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SAMGRAF_MODEL", "auto")                      # restored: --model sets it for the workers
        result = invoke("ingest", root / "in", "--store", root / "store", "--silent", "--model", "blank")
    assert result.exit_code == 0, result.output
    assert "model: blank" in result.stderr
    return root / "store"


def test_model_is_recorded_in_the_manifest(store_with_grants):
    from samgraf.graph.store import Store

    with Store(store_with_grants, create=False, read_only=True) as st:
        assert st.setting("nlpModel") == "blank"


def test_blank_forces_the_rule_only_pipeline(monkeypatch):
    """No sv_core_news package is installed here, so `is_package` answers as if one were: `auto` picks
    it, `blank` leaves it out of the pipeline, an uninstalled name is a usage error."""
    from samgraf.errors import UsageError
    from samgraf.extractors import ner

    monkeypatch.setattr(ner.spacy.util, "is_package", lambda name: name == "sv_core_news_sm")
    monkeypatch.setenv(ner.MODEL_ENV, "auto")                    # restored after the test
    assert ner.select_model("auto") == "sv_core_news_sm"
    assert ner.select_model("blank") == "blank"
    assert ner.installed_trained_model() is None
    assert ner.TRAINED not in ner.build_nlp().pipe_names
    with pytest.raises(UsageError, match="sv_core_news_xx: no such spaCy package is installed"):
        ner.select_model("sv_core_news_xx")
    ner.load_nlp.cache_clear()
