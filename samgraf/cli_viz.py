"""The `viz` and `analyse` commands: the network as an offline HTML page, and its analyses as tables."""
from __future__ import annotations

import calendar
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
GRAPH_FORMATS = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt"}


def parse_date_bound(value: str | None, *, end: bool) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as an ISO date: the first day of the period, or its last when `end`."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match or (match.group(3) and not match.group(2)):
        raise click.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day:
        return f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1] if end else 1
        return f"{year}-{month}-{last:02d}"
    return f"{year}-12-31" if end else f"{year}-01-01"


def date_option(name: str, dest: str, *, end: bool, help_: str) -> Callable[[Any], Any]:
    """A --from/--to option that accepts a year, a month or a day."""
    return click.option(name, dest, metavar="DATE", help=help_,
                        callback=lambda _ctx, _param, value: parse_date_bound(value, end=end))


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--store DIR and --graph FILE, shared by the commands."""
    fn = click.option("--graph", "graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                      help="Read this .nq/.trig/.ttl file instead of the store.")(fn)
    return click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path), envvar="SAMGRAF_STORE",
                        default="samgraf-store", show_default=True,
                        help="The store directory (env SAMGRAF_STORE).")(fn)


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--forbund, --from and --to, shared by the commands."""
    fn = date_option("--to", "date_to", end=True, help_="Only facts up to this date (YYYY[-MM[-DD]]).")(fn)
    fn = date_option("--from", "date_from", end=False, help_="Only facts from this date (YYYY[-MM[-DD]]).")(fn)
    return click.option("--forbund", multiple=True, metavar="NAME",
                        help="Only this förbund (name, part of a name or IRI); repeatable.")(fn)


def load_dataset(store: Path, graph_file: Path | None):
    """A graph file parsed into a Dataset, or the store opened with samgraf.graph.store.open_dataset."""
    from rdflib import Dataset

    if graph_file is not None:
        fmt = GRAPH_FORMATS.get(graph_file.suffix.lower())
        if fmt is None:
            raise click.BadParameter(f"{graph_file} has an unknown suffix; use one of {', '.join(GRAPH_FORMATS)}",
                                     param_hint="--graph")
        ds = Dataset()
        target = ds.graph(graph_file.resolve().as_uri()) if fmt in ("turtle", "nt") else ds
        target.parse(graph_file, format=fmt)
        return ds
    if not store.is_dir():
        raise click.UsageError(f"no store at {store}; ingest protocols first, set SAMGRAF_STORE, "
                                   "or pass --graph FILE")
    try:
        from samgraf.graph.store import open_dataset
    except ImportError as e:
        raise click.ClickException(f"the store cannot be opened here ({e}); pass --graph FILE instead") from e
    return open_dataset(store)


def load_network(store: Path, graph_file: Path | None, *, quotes: bool = True):
    """The samgraf network of the chosen input (`quotes=False`: without membership and attendance quotes)."""
    from samgraf.errors import SamgrafError
    from samgraf.graph.network import build_network

    try:
        return build_network(load_dataset(store, graph_file), quotes=quotes)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e


def format_table(headers: list[str], rows: list[list[str]], *, max_width: int = 60) -> str:
    """A plain-text table with aligned columns; long cells are shortened."""
    cut = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cut)]) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cut)])


@click.command("viz", context_settings=CONTEXT_SETTINGS)
@input_options
@filter_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write.")
@click.option("--person", metavar="NAME", help="Only this person's ego network.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Links around --person (1: their boards and parties, 2: also co-members).")
@click.option("--grants", "grants_only", is_flag=True, help="Only grants: förbund -> grant -> recipient.")
@click.option("--limit", "node_limit", type=click.IntRange(1), default=2000, show_default=True,
              help="Above this many nodes, draw a summary instead.")
@click.option("--title", default="samgraf network", show_default=True, help="Page title.")
def viz(store: Path, graph_file: Path | None, forbund: tuple[str, ...], date_from: str | None,
        date_to: str | None, output: Path, person: str | None, depth: int, grants_only: bool,
        node_limit: int, title: str) -> None:
    """Write the network as a standalone interactive HTML page that works offline.

    \b
    Example:
        samgraf viz -o network.html
        samgraf viz --graph graph.trig --forbund Ankeby --from 2024 -o ankeby.html
        samgraf viz --person "Anna Berg" --depth 2 -o anna.html
        samgraf viz --grants --from 2024-01 --to 2024-06 -o grants.html
    """
    from samgraf.errors import SamgrafError
    from samgraf.graph.viz import ViewOptions, render_view, select_view

    network = load_network(store, graph_file)
    options = ViewOptions(forbund, date_from, date_to, person, depth, grants_only, node_limit, title)
    try:
        view = select_view(network, options)
        page = render_view(view, options)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    output.write_text(page, encoding="utf-8")
    kind = "summary" if view.notice else "full"
    click.echo(f"wrote {output}: {view.shown.number_of_nodes():,} nodes, {view.shown.number_of_edges():,} edges "
               f"({kind} view of {view.selected.number_of_nodes():,} nodes)", err=True)


@click.command("analyse", context_settings=CONTEXT_SETTINGS)
@input_options
@filter_options
@click.option("--top", type=click.IntRange(1), default=20, show_default=True, help="Rows per table.")
def analyse(store: Path, graph_file: Path | None, forbund: tuple[str, ...], date_from: str | None,
            date_to: str | None, top: int) -> None:
    """Print board interlocks, people's centrality and connected components as tables.

    \b
    Example:
        samgraf analyse
        samgraf analyse --graph graph.trig --top 10
        samgraf analyse --from 2024 --to 2024 --forbund Ankeby
    """
    from samgraf.errors import SamgrafError
    from samgraf.graph.network import analyse_network, analysis_tables
    from samgraf.graph.viz import ViewOptions, apply_filters

    network = load_network(store, graph_file, quotes=False)
    try:
        selected = apply_filters(network, ViewOptions(forbund=forbund, date_from=date_from, date_to=date_to))
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    analysis = analyse_network(selected, top=top)
    for title, headers, rows in analysis_tables(analysis):
        click.echo(f"{title}\n{format_table(headers, rows[:top]) if rows else '(none)'}\n")
    click.echo(f"{analysis.nodes:,} nodes, {analysis.edges:,} edges", err=True)


COMMANDS = (viz, analyse)

if __name__ == "__main__":  # pragma: no cover
    click.Group(commands=COMMANDS, context_settings=CONTEXT_SETTINGS)(sys.argv[1:])
