"""The `serve` command: a read-only SPARQL endpoint and query page over a store (samgraf.serve)."""
from __future__ import annotations

from pathlib import Path

import click

from samgraf.errors import SamgrafError


@click.command()
@click.option("--store", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="store directory (default: $SAMGRAF_STORE or ./samgraf-store)")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--timeout", type=click.FloatRange(0.1, None), default=30.0, show_default=True,
              help="seconds a query may run before it is stopped (HTTP 503)")
@click.option("--max-results", type=click.IntRange(1, None), default=10_000, show_default=True,
              help="solutions or triples per response; more are cut (header X-Samgraf-Truncated)")
@click.option("--allow-service", is_flag=True, help="let queries call other endpoints with SERVICE (off: HTTP 403)")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="query worker processes (queries run in parallel up to this)")
def serve(store: Path | None, host: str, port: int, timeout: float, max_results: int, allow_service: bool,
          workers: int) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /sparql, with a query page at /.

    GET and POST (query parameter, form or application/sparql-query body); SELECT/ASK as SPARQL
    JSON, XML, CSV or TSV and CONSTRUCT/DESCRIBE as Turtle, N-Triples or JSON-LD by the Accept
    header. The default graph is the union of all graphs; each protocol graph by name. Updates get
    403, a bad query 400 with the parser's message. Restart the server after an ingest.

    \b
    Example:
      samgraf serve --store samgraf-store --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' localhost:7878/sparql
    """
    from samgraf.graph.store import default_store_path
    from samgraf.serve import ServeOptions, serve as run, store_location

    options = ServeOptions(store or default_store_path(), host, port, timeout, max_results, allow_service, workers)
    try:
        store_location(options.store)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"SPARQL endpoint: http://{host}:{port}/sparql  query page: http://{host}:{port}/", err=True)
    run(options)
