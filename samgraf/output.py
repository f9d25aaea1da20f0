"""Printing query results: tables through rich, JSON with values typed by their RDF datatype.

Kept apart from cli.py so every command module (cli_viz, cli_people) prints tables the same way.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import IO, Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

#: Tabs and what str.splitlines breaks a line at; other control characters no table cell prints.
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

#: Column width beyond which a terminal table wraps a cell (never cuts it).
_MAX_CELL = 60


def json_value(term: Any) -> Any:
    """A SPARQL result value as JSON: numbers stay numbers (xsd:integer -> int, xsd:decimal -> an exact
    int or float), booleans stay booleans, dates become ISO strings, unbound is null, all else text."""
    if term is None:
        return None
    to_python = getattr(term, "toPython", None)
    value = to_python() if to_python is not None and getattr(term, "datatype", None) is not None else None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(term)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(term)


def result_rows(result: Any) -> tuple[list[str], list[list[Any]]]:
    """Column names and raw rows (rdflib terms or None) of a SPARQL SELECT result."""
    names = [str(v) for v in result.vars]
    return names, [[row[i] for i in range(len(names))] for row in result]


def dumps_json(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Rows as a JSON list of objects, values typed by datatype (see json_value)."""
    return json.dumps([{n: json_value(v) for n, v in zip(names, row)} for row in rows], ensure_ascii=False, indent=2)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def render_table(names: Sequence[str], rows: Sequence[Sequence[Any]], *, file: IO[str] | None = None,
                 terminal: bool | None = None) -> None:
    """Print a table. On a terminal rich wraps long cells inside their column (never cuts them);
    elsewhere (a pipe, a file) every row stays on one line at its full width, so grep and diff see
    whole rows."""
    file = file or sys.stdout
    terminal = file.isatty() if terminal is None else terminal
    cells = [[_cell(v) for v in row] for row in rows]
    if not terminal:
        file.write(plain_table(names, cells) + f"\n({len(cells)} rows)\n")
        return
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, highlight=False)
    for name in names:
        table.add_column(Text(name), overflow="fold", max_width=_MAX_CELL)
    for row in cells:
        table.add_row(*(Text(c) for c in row))
    buffer = io.StringIO()
    console = Console(file=buffer, width=_terminal_width(file), force_terminal=False, no_color=True,
                      highlight=False, emoji=False, markup=False, soft_wrap=False)
    console.print(table, crop=False)
    lines = [line.rstrip() for line in buffer.getvalue().splitlines()]
    file.write("\n".join(lines) + f"\n({len(cells)} rows)\n")


def plain_table(names: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """The table as rich would draw it with box.ASCII2 and no edge, one line per row, each column as
    wide as its widest cell (in terminal cells: a wide character counts two). Written directly: rich
    lays out every cell (3.5 s for 4,000 rows of six columns), this is one pass (0.07 s)."""
    if not names:
        return ""
    lines = [list(names)] + [[_one_line(c) for c in row] for row in cells]
    widths = [max(cell_len(line[i]) for line in lines) for i in range(len(names))]

    def line_of(row: Sequence[str]) -> str:
        return " | ".join(c + " " * (w - cell_len(c)) for c, w in zip(row, widths)).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([line_of(lines[0]), rule, *map(line_of, lines[1:])])


def _one_line(value: str) -> str:
    """A cell on one line: a whitespace run with a tab or a line break (any str.splitlines breaks at)
    becomes one space, and other control characters (NUL, BEL, ESC of a terminal code, DEL) are dropped,
    so a protocol's text can neither break a row nor reach the terminal as a code."""
    if _BREAKS.search(value):
        value = " ".join(value.split())
    return _CONTROL.sub("", value) if _CONTROL.search(value) else value


def _terminal_width(file: IO[str]) -> int:
    import shutil

    try:
        return os.get_terminal_size(file.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return shutil.get_terminal_size().columns
