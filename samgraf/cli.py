"""The samgraf command line. Each command calls one library function; data goes to stdout,
logs, progress bars and summaries to stderr.

Exit codes: 0 success, 1 some input failed / validation found violations, 2 usage or setup error.
They are decided in one place, `SamgrafGroup.invoke`: a samgraf UsageError or StoreError (and
click's own usage errors) exit 2, any other SamgrafError 1, and an error we did not foresee prints
one line (the traceback only with -vv) instead of a traceback.
"""
from __future__ import annotations

import csv
import json
import logging
import os
import sys
from pathlib import Path

import click

from samgraf import __version__
from samgraf.errors import InputError, SamgrafError, StoreError, UsageError

log = logging.getLogger("samgraf")

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
STORE_HELP = "store directory (default: $SAMGRAF_STORE or ./samgraf-store)"


def _store_path(store: Path | None) -> Path:
    from samgraf.graph.store import default_store_path

    return store or default_store_path()


#: ctx.meta key of the store a command opened (named in messages about the store).
STORE_META = "samgraf.store"
#: Exit codes, as the README states them.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def exit_code_for(error: BaseException) -> int:
    """The exit code of an error: 2 for usage and setup errors (UsageError, StoreError, click usage
    errors, a ClickException raised from one of those), else 1."""
    if isinstance(error, click.UsageError):
        return EXIT_USAGE
    if isinstance(error, (UsageError, StoreError)):
        return EXIT_USAGE
    cause = error.__cause__
    if isinstance(error, click.ClickException) and cause is not None and cause is not error:
        return exit_code_for(cause) if isinstance(cause, (SamgrafError, click.ClickException)) else error.exit_code
    if isinstance(error, click.ClickException):
        return error.exit_code
    return EXIT_FAILED


def _masked(message: str) -> str:
    """A message for stderr, stripped, with personnummer masked (file names reach messages)."""
    from samgraf.extractors.redact import redact_text

    return redact_text(message.strip()) or "failed"


class SamgrafGroup(click.Group):
    """The command group; maps every error a command raises to one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as e:  # one line, not click's usage block; exit 2
            where = e.ctx.command_path if e.ctx is not None else "samgraf"
            raise _failure(f"{e.format_message().rstrip('.')}; see `{where} --help`", EXIT_USAGE) from e
        except click.ClickException as e:
            e.exit_code = exit_code_for(e)
            e.message = _masked(e.message)
            raise
        except (click.exceptions.Exit, click.Abort, KeyboardInterrupt, SystemExit):
            raise
        except SamgrafError as e:
            raise _failure(str(e), exit_code_for(e)) from e
        except BrokenPipeError:  # `samgraf export -o - | head`: the reader left, nothing to report
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - silence Python's flush error at exit
            raise click.exceptions.Exit(EXIT_OK) from None
        except OSError as e:
            raise _failure(_describe_os_error(e, ctx), EXIT_USAGE) from e
        except SyntaxError as e:  # pyoxigraph's SPARQL parser: a user's .rq file that does not parse
            where = str(e).split(": expected one of", 1)[0]
            raise _failure(f"the query is not valid SPARQL ({where}); check its syntax", EXIT_USAGE) from e
        except Exception as e:  # noqa: BLE001 - no traceback reaches a user; -vv logs it
            log.debug("internal error", exc_info=True)
            raise _failure(f"internal error ({type(e).__name__}: {e}); please report it with the output "
                           "of the same command run with -vv", EXIT_FAILED) from e


def _describe_os_error(error: OSError, ctx: click.Context) -> str:
    """One line for an OSError: the file it names and why, or (RocksDB names none) the store's trouble."""
    import errno

    from samgraf.graph.store import describe_store_error

    if isinstance(error.filename, (str, bytes)) and error.strerror:
        hint = {errno.ENOSPC: "; free some space and run the command again",
                errno.EACCES: "; check the owner and mode of the file or folder",
                errno.EROFS: "; write to another place"}.get(error.errno or 0, "")
        return f"{os.fsdecode(error.filename)}: {error.strerror.lower()}{hint}"
    return describe_store_error(ctx.meta.get(STORE_META) or _store_path(None), error, opening=False)


def _failure(message: str, code: int) -> click.ClickException:
    """A ClickException with one line of at most 400 characters (parser messages can run to pages)."""
    text = " ".join(_masked(message).split())
    error = click.ClickException(text if len(text) <= 400 else text[:399] + "…")
    error.exit_code = code
    return error


def open_store(store: Path | None, *, write: bool = False, create: bool = False):
    """Open the store of a command: read-only unless `write` (no lock, nothing written to disk), and only
    an existing one unless `create` (a mistyped --store must not answer from an empty store). The store
    closes when the command ends."""
    from samgraf.graph.store import Store

    path = _store_path(store)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[STORE_META] = path
    st = Store(path, create=create and write, read_only=not write)
    if ctx is not None:
        ctx.call_on_close(st.close)
    if not write:
        st.check_layout()
    return st


def _open_store(store: Path | None, *, write: bool = False):
    """An existing store, read-only unless `write` (see open_store)."""
    return open_store(store, write=write)


store_option = click.option("--store", type=click.Path(path_type=Path, file_okay=False), default=None, help=STORE_HELP)


@click.group(cls=SamgrafGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="samgraf")
@click.option("-v", "--verbose", count=True, help="more log output (-vv for debug)")
def cli(verbose: int) -> None:
    """samgraf: board protocols of Swedish samordningsförbund as a knowledge graph.

    \b
    Example:
      samgraf ingest protocols/ --store my-store
      samgraf query board_members --store my-store --param forbund="FINSAM Blekinge" --param date=2025-06-01

    \b
    Exit codes: 0 success; 1 some input failed, violations found, or several people matched;
    2 usage or setup error (unknown name or option, bad value, no store, store locked or unwritable).
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(message)s", stream=sys.stderr)
    # rdflib warns on stderr about terms it will not serialise; samgraf reports such input itself
    logging.getLogger("rdflib").setLevel(level if verbose else logging.ERROR)


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
@click.option("--model", default="auto", show_default=True, metavar="auto|blank|NAME",
              help="spaCy model: auto (an installed sv_core_news_* if any, else blank), blank (rules only: "
                   "reproducible anywhere), or an installed package name")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="run the extraction on a Dask cluster: tcp://HOST:8786, or local:N for N local workers")
@click.option("--shards", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="also write one N-Quads file per named graph into this folder, for bulk loading")
def ingest(paths: tuple[Path, ...], store: Path | None, jobs: int, force: bool, silent: bool, max_seconds: float,
           max_bytes: int, model: str, dask_address: str | None, shards: Path | None) -> None:
    """Ingest protocol files or folders (txt, md, pdf, docx, odt, html; folders recursively) into the store.

    Unchanged files (same sha256) are skipped; a changed file replaces its named graph. A file
    that fails is reported with its reason and the rest of the batch lands; the exit code is 1
    if any file failed. Files of other types, unreadable folders and dangling links are listed in
    the summary. The store is created when it does not exist (and the summary says so).

    \b
    Example:
      samgraf ingest ../protocols --store samgraf-store --jobs 2 --model blank
    """
    from tqdm import tqdm

    from samgraf.extractors.ner import select_model
    from samgraf.ingest import Budget, duplicate_notes, page_notes
    from samgraf.ingest import ingest as run
    from samgraf.sources import iter_protocol_files, survey_paths

    model_name = select_model(model)
    path = _store_path(store)
    created = _check_new_store(path)
    st = open_store(path, write=True, create=True)
    if created:
        click.echo(f"created a new store at {path}", err=True)
    survey = survey_paths(list(paths))
    total = sum(1 for _ in iter_protocol_files(list(paths)))
    bar = tqdm(total=total, unit="protocol", disable=silent or total < 2 or not sys.stderr.isatty(), file=sys.stderr)
    budget = Budget(max_bytes, max_seconds)
    if dask_address or shards:
        results = _ingest_distributed(st, paths, dask_address, shards, force, jobs, budget, lambda r: bar.update(1))
    else:
        results = run(st, paths, jobs=jobs, force=force, budget=budget, on_result=lambda r: bar.update(1))
    bar.close()
    failed = [r for r in results if r.status == "failed"]
    for r in failed:
        click.echo(f"failed: {r.error}", err=True)
    for line in [*page_notes(results), *duplicate_notes(results)]:
        click.echo(line, err=True)
    for line in survey.summary_lines():
        click.echo(line, err=True)
    counts = {s: sum(1 for r in results if r.status == s) for s in ("ingested", "unchanged", "failed")}
    masked = sum(r.redactions for r in results)
    click.echo(f"{counts['ingested']} ingested, {counts['unchanged']} unchanged, {counts['failed']} failed; "
               f"{masked} personnummer masked; model: {model_name}; store: {st.path}", err=True)
    st.close()
    if failed:
        sys.exit(EXIT_FAILED)


def _check_new_store(path: Path) -> bool:
    """Whether ingest will create the store; refuse a folder that holds other files but no store
    (a protocol folder given as --store by mistake)."""
    from samgraf.graph.store import is_store
    from samgraf.remote import remote_url

    if remote_url(path) is not None or is_store(path):
        return False
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UsageError(f"{path} is not a samgraf store and not empty; give a new or empty folder as --store")
    return True


def _ingest_distributed(st, paths, dask_address, shards, force, jobs, budget, on_result):
    """--dask and --shards (samgraf/distributed.py)."""
    from samgraf.distributed import ingest_on_dask, write_shards
    from samgraf.ingest import ingest as run

    try:
        if dask_address:
            results = ingest_on_dask(st, paths, dask_address, force=force, on_result=on_result)
        else:
            results = run(st, paths, jobs=jobs, force=force, budget=budget, on_result=on_result)
        if shards:
            click.echo(f"{write_shards(st, shards)} N-Quads shards written to {shards}", err=True)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    return results


@cli.command()
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="output file: .nq, .trig, .jsonld, .ttl or .nt ('-' for N-Quads on stdout)")
@click.option("--graph", "graph_name", metavar="IRI",
              help="export one named graph (an IRI, or e.g. protocol/DOC-ID under the samgraf graph base)")
@click.option("--merge", is_flag=True, help="for .ttl/.nt of the whole store: every graph's triples in one, names dropped")
def export(store: Path | None, output: Path, graph_name: str | None, merge: bool) -> None:
    """Export the store, streamed one graph at a time: N-Quads (sorted, byte-identical for identical
    content), TriG, JSON-LD (compact @context), or Turtle/N-Triples for one graph or with --merge.

    \b
    Example:
      samgraf export --store samgraf-store -o graph.nq
      samgraf export --store samgraf-store -o one.ttl --graph protocol/2024-01-26-abc
    """
    from samgraf.graph.export import export_store

    st = _open_store(store)
    try:
        written = export_store(st, output, graph=graph_name, merge=merge)
    except SamgrafError as e:
        _fail(e)
    click.echo(f"{int(written)} {written.unit} written to {output}", err=True)


@cli.command()
@click.argument("name")
@store_option
@click.option("--param", "-p", "params", multiple=True, help="query parameter as key=value (repeatable)")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "turtle", "ntriples"]), default="table",
              show_default=True, help="SELECT: table, csv or json; CONSTRUCT/DESCRIBE: turtle (for table) or ntriples")
@click.option("--graph", "graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="query an exported file (.nq/.trig/.ttl/.nt/.jsonld) instead of the store")
@click.option("--show", is_flag=True, help="print the query text (with its header) instead of running it")
@click.option("--allow-service", is_flag=True, help="let the query call other endpoints (SERVICE); off by default")
def query(name: str, store: Path | None, params: tuple[str, ...], fmt: str, graph_file: Path | None, show: bool,
          allow_service: bool) -> None:
    """Run a canned query by NAME (see `samgraf queries`) or a .rq file: SELECT, ASK, CONSTRUCT or DESCRIBE.

    Parameters are bound as RDF terms, never pasted; a person parameter takes an IRI or a name.
    SERVICE (a request to another endpoint) is refused unless --allow-service is given.

    \b
    Example:
      samgraf query grants_per_municipality --store samgraf-store --format csv
      samgraf query person_timeline -p person="Anna Svensson"
      samgraf query my_query.rq --graph graph.nq
      samgraf query board_members --show
    """
    from samgraf.queries import answer_query, load_query

    try:
        if show:
            click.echo(load_query(name).text, nl=False)
            return
        values = _query_params(params)
        source = _load_graph_file(graph_file) if graph_file else _open_store(store)
        result = answer_query(source, name, values, allow_service=allow_service)
    except SamgrafError as e:
        _fail(e)
    _print_answer(result, fmt)


def _fail(error: SamgrafError) -> None:
    """One line on stderr with the exit code of the error's type (see exit_code_for)."""
    import traceback

    # Drop the failed frames' locals (the open store among them), so the store's lock is released
    # when the command closes it, also for a caller running several commands in one process.
    cause: BaseException | None = error
    while cause is not None:
        if cause.__traceback__ is not None:
            traceback.clear_frames(cause.__traceback__)
        cause = cause.__cause__ or cause.__context__
    exc = click.ClickException(str(error))
    exc.exit_code = exit_code_for(error)
    raise exc from None


def _query_params(params: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not key=value", param_hint="--param")
        key, value = p.split("=", 1)
        values[key.strip()] = value
    return values


def _print_answer(result, fmt: str) -> None:
    """An ASK as true/false, CONSTRUCT/DESCRIBE triples as Turtle or N-Triples (or rows in csv/json),
    SELECT solutions as table, csv or json."""
    if result.type == "ASK":
        click.echo(json.dumps(bool(result.boolean)) if fmt == "json" else str(bool(result.boolean)).lower())
        return
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if fmt in ("table", "turtle", "ntriples"):
            from samgraf.graph.export import serialize_triples

            sys.stdout.write(serialize_triples(result.triples, "ntriples" if fmt == "ntriples" else "turtle"))
            return
        from rdflib import Variable

        from samgraf.queries import Answer

        result = Answer("SELECT", (Variable("subject"), Variable("predicate"), Variable("object")), result.triples)
    _print_result(result, "table" if fmt in ("turtle", "ntriples") else fmt)


def _load_graph_file(path: Path):
    """An in-memory pyoxigraph store loaded from an exported file (the union of its graphs is queried)."""
    import pyoxigraph as ox

    fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE,
           ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}.get(path.suffix)
    if fmt is None:
        raise click.BadParameter(f"{path}: unknown format; use .nq, .trig, .ttl, .nt or .jsonld", param_hint="--graph")
    memory = ox.Store()
    try:
        memory.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        reason = " ".join(str(e).split())[:200] or type(e).__name__
        name = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}[path.suffix]
        raise InputError(f"{path}: cannot be read as {name} ({reason}); export it again with `samgraf export`") from e
    return memory


def _print_result(result, fmt: str) -> None:
    """A SELECT result as a rich table (whole cells, whole rows), CSV, or JSON typed by datatype."""
    from samgraf.output import dumps_json, render_table, result_rows

    names, rows = result_rows(result)
    if fmt == "json":
        click.echo(dumps_json(names, rows))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
    else:
        render_table(names, rows, file=sys.stdout)


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
@click.option("--provenance", is_flag=True,
              help="instead of the shapes: check that every quote equals its slice of the stored text")
def validate(store: Path | None, graph_file: Path | None, provenance: bool) -> None:
    """Check the graph against the contract's SHACL shapes, protocol graphs a batch at a time; one
    line per violation. With --provenance, check every quote against the stored protocol texts.

    Exit code 0 conforms, 1 violations, 2 could not run.

    \b
    Example:
      samgraf validate --store samgraf-store
      samgraf validate --store samgraf-store --provenance
    """
    from samgraf.errors import UsageError
    from samgraf.graph.validate import check_provenance, format_report, validate_store

    try:
        if provenance and graph_file:
            raise UsageError("--provenance needs the store (the texts are not in an exported file); drop --graph")
        source = _load_graph_file(graph_file) if graph_file else _open_store(store)
        report = check_provenance(source) if provenance else validate_store(source)
    except (UsageError, InputError, StoreError) as e:
        _fail(e)
    except Exception as e:  # noqa: BLE001 - pySHACL and the store fail in many ways; exit 2 says it did not run
        click.echo(f"Error: validation could not run: {e}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo("conforms" + (" (every quote is its slice of the stored text)" if provenance else ""), err=True)
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

    try:
        counts = store_stats(_open_store(store))
    except SamgrafError as e:
        _fail(e)
    for key, value in counts.items():
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
    for module, names in (("samgraf.cli_viz", ("viz", "analyse")), ("samgraf.cli_people", ("people", "trace")),
                            ("samgraf.cli_serve", ("serve",))):
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
