"""The samgraf command line. Each command calls one library function; data goes to stdout,
logs, progress bars and summaries to stderr.

Exit codes: 0 success, 1 some input failed / validation found violations, 2 usage or setup error.
"""
from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path

import click

from samgraf import __version__
from samgraf.errors import SamgrafError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
STORE_HELP = "store directory (default: $SAMGRAF_STORE or ./samgraf-store)"


def _store_path(store: Path | None) -> Path:
    from samgraf.graph.store import default_store_path

    return store or default_store_path()


def _open_store(store: Path | None):
    from samgraf.graph.store import Store

    try:
        st = Store(_store_path(store))
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(st.close)
    return st


store_option = click.option("--store", type=click.Path(path_type=Path, file_okay=False), default=None, help=STORE_HELP)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="samgraf")
@click.option("-v", "--verbose", count=True, help="more log output (-vv for debug)")
def cli(verbose: int) -> None:
    """samgraf: board protocols of Swedish samordningsförbund as a knowledge graph.

    \b
    Example:
      samgraf ingest protocols/ --store my-store
      samgraf query board_members --store my-store --param forbund="FINSAM Blekinge" --param date=2025-06-01
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(message)s", stream=sys.stderr)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="worker processes")
@click.option("--force", is_flag=True, help="re-extract files even when unchanged")
@click.option("--silent", is_flag=True, help="no progress bar")
@click.option("--max-seconds", type=click.FloatRange(min=0, min_open=True), default=300, show_default=True,
              help="time budget per file; a file over it fails alone and the batch goes on")
@click.option("--max-bytes", type=click.IntRange(min=1), default=64 * 1024 * 1024, show_default=True,
              help="size budget per file (bytes on disk); a larger file is not read")
def ingest(paths: tuple[Path, ...], store: Path | None, jobs: int, force: bool, silent: bool,
           max_seconds: float, max_bytes: int) -> None:
    """Ingest protocol files or folders (txt, md, pdf, docx, odt, html; folders recursively) into the store.

    Unchanged files (same sha256) are skipped; a changed file replaces its named graph. A file
    that fails is reported with its reason and the rest of the batch lands; the exit code is 1
    if any file failed.

    \b
    Example:
      samgraf ingest ../protocols --store samgraf-store --jobs 2
    """
    from tqdm import tqdm

    from samgraf.ingest import Budget, duplicate_notes, page_notes
    from samgraf.ingest import ingest as run
    from samgraf.sources import iter_protocol_files, list_skipped_files

    st = _open_store(store)
    total = sum(1 for _ in iter_protocol_files(list(paths)))
    bar = tqdm(total=total, unit="protocol", disable=silent or total < 2 or not sys.stderr.isatty(), file=sys.stderr)
    results = run(st, paths, jobs=jobs, force=force, budget=Budget(max_bytes, max_seconds),
                  on_result=lambda r: bar.update(1))
    bar.close()
    failed = [r for r in results if r.status == "failed"]
    for r in failed:
        click.echo(f"failed: {r.error}", err=True)
    for line in [*page_notes(results), *duplicate_notes(results)]:
        click.echo(line, err=True)
    for key in list_skipped_files(list(paths)):
        click.echo(f"skipped (not a protocol type: txt, md, pdf, docx, odt, html): {key}", err=True)
    counts = {s: sum(1 for r in results if r.status == s) for s in ("ingested", "unchanged", "failed")}
    masked = sum(r.redactions for r in results)
    click.echo(f"{counts['ingested']} ingested, {counts['unchanged']} unchanged, {counts['failed']} failed; "
               f"{masked} personnummer masked; store: {st.path}", err=True)
    st.close()
    if failed:
        sys.exit(1)


@cli.command()
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="output file: .nq, .trig, .ttl or .jsonld ('-' for N-Quads on stdout)")
def export(store: Path | None, output: Path) -> None:
    """Export the whole store: N-Quads (sorted, byte-identical for identical input), TriG, Turtle, JSON-LD.

    \b
    Example:
      samgraf export --store samgraf-store -o graph.nq
    """
    from samgraf.graph.export import export_store

    st = _open_store(store)
    try:
        n = export_store(st, output)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{n} quads written to {output}", err=True)


@cli.command()
@click.argument("name")
@store_option
@click.option("--param", "-p", "params", multiple=True, help="query parameter as key=value (repeatable)")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--graph", "graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="query an exported file (.nq/.trig/.ttl) instead of the store")
def query(name: str, store: Path | None, params: tuple[str, ...], fmt: str, graph_file: Path | None) -> None:
    """Run a canned query by NAME (see `samgraf queries`) or a .rq file; parameters are bound, never pasted.

    \b
    Example:
      samgraf query grants_per_municipality --store samgraf-store --format csv
      samgraf query person_memberships -p name="Ingrid Hermansson"
      samgraf query my_query.rq --graph graph.nq
    """
    from samgraf.queries import run_query

    values = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not key=value", param_hint="--param")
        key, value = p.split("=", 1)
        values[key.strip()] = value
    ds = _load_graph_file(graph_file) if graph_file else _open_store(store).dataset
    try:
        result = run_query(ds, name, **values)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    _print_result(result, fmt)


def _load_graph_file(path: Path):
    from rdflib import Dataset

    fmt = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(path.suffix)
    if fmt is None:
        raise click.BadParameter(f"{path}: unknown format; use .nq, .trig, .ttl, .nt or .jsonld")
    ds = Dataset(default_union=True)
    ds.parse(path, format=fmt)
    return ds


def _print_result(result, fmt: str) -> None:
    names = [str(v) for v in result.vars]
    rows = [["" if row[i] is None else str(row[i]) for i in range(len(names))] for row in result]
    if fmt == "json":
        click.echo(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        click.echo(_table(names, rows))


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    fmt_row = lambda r: "  ".join(c[:60].ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    lines = [fmt_row(names), "  ".join("-" * w for w in widths)] + [fmt_row(r) for r in rows]
    return "\n".join(lines) + f"\n({len(rows)} rows)"


@cli.command()
def queries() -> None:
    """List the canned queries with their parameters.

    \b
    Example:
      samgraf queries
    """
    from samgraf.queries import list_queries

    for q in list_queries():
        click.echo(f"{q.name}: {q.title}")
        for p in q.params:
            click.echo(f"    --param {p.name}=…  ({p.type}) {p.description}")


@cli.command()
@store_option
@click.option("--graph", "graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="validate an exported file instead of the store")
def validate(store: Path | None, graph_file: Path | None) -> None:
    """Check the graph against the contract's SHACL shapes; one line per violation.

    Exit code 0 conforms, 1 violations, 2 could not run.

    \b
    Example:
      samgraf validate --store samgraf-store
    """
    from samgraf.graph.validate import format_report, validate as run

    ds = _load_graph_file(graph_file) if graph_file else _open_store(store).dataset
    try:
        report = run(ds)
    except Exception as e:  # noqa: BLE001
        click.echo(f"validation could not run: {e}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo("conforms", err=True)
        return
    click.echo(format_report(report))
    click.echo(f"{len(report.violations)} violation(s)", err=True)
    sys.exit(1)


@cli.command()
@store_option
def stats(store: Path | None) -> None:
    """Counts of protocols, meetings, people, memberships, decisions, grants and failures in the store.

    \b
    Example:
      samgraf stats --store samgraf-store
    """
    from samgraf.graph.export import store_stats

    for key, value in store_stats(_open_store(store)).items():
        click.echo(f"{key:<24}{value}")


@cli.command()
@click.argument("protocol", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def text(protocol: Path) -> None:
    """Print the exact text the extractors see (personnummer masked in place, offsets unchanged).

    \b
    Example:
      samgraf text protocols/2024-01-26.pdf | less
    """
    from samgraf.extractors.redact import redact_text
    from samgraf.sources import read_document

    try:
        doc = read_document(protocol, protocol.name)
    except SamgrafError as e:
        raise click.ClickException(redact_text(str(e))) from e
    sys.stdout.write(doc.text)


@cli.command()
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("samgraf-demo"),
              show_default=True, help="folder for the demo store, export and network page")
def demo(output: Path) -> None:
    """Build a store from the example corpus shipped in the repository and print a few answers.

    \b
    Example:
      samgraf demo -o /tmp/samgraf-demo
    """
    from samgraf.demo import run_demo

    try:
        run_demo(output, echo=click.echo)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e


def _register_optional() -> None:
    """Commands that live in their own modules."""
    for module, names in (("samgraf.cli_viz", ("viz", "analyse")), ("samgraf.cli_people", ("people", "trace"))):
        try:
            mod = __import__(module, fromlist=list(names))
        except ImportError:
            continue
        for name in names:
            command = getattr(mod, name, None)
            if command is not None:
                cli.add_command(command, name)


_register_optional()

if __name__ == "__main__":  # pragma: no cover
    cli()
