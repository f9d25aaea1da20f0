"""Ingest: files -> documents -> extractions -> named graphs in the store.

Reading, extraction and graph building are pure and run in worker processes (a pebble
ProcessPool, --jobs N of them); only the main process writes to the store, one transaction per
protocol, while the workers go on. One bad file never stops the batch: its failure is recorded in
the manifest with the reason, and the rest land. Each file has a budget (--max-bytes, checked
before reading; --max-seconds, after which its worker is killed) so no file stalls the batch.

A file whose content (sha256) the store already holds under another name is recorded as a
duplicate of it and not ingested again, so copies never count twice.

The identity pass (people graph, automatic merges) is marked pending in the manifest before the
first protocol is written and cleared in the transaction that finishes it, so a run stopped
anywhere is repaired by the next one, even when no file changed.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from samgraf.errors import SamgrafError
from samgraf.extractors.redact import redact_text
from samgraf.graph.build import build_protocol
from samgraf.graph.store import LAYOUT, IngestRecord, Store
from samgraf.model import PageMethod
from samgraf.sources import iter_protocol_files, read_document

log = logging.getLogger("samgraf")


@dataclass(frozen=True, slots=True)
class IngestResult:
    key: str
    status: str                 # "ingested" | "unchanged" | "failed" | "duplicate"
    doc_id: str | None = None
    error: str | None = None
    triples: int = 0
    redactions: int = 0
    pages: int = 0                  # pages of a PDF (0 for unpaged files)
    ocr_pages: tuple[int, ...] = ()
    unreadable_pages: tuple[int, ...] = ()   # no text layer and no OCR: missing from the text
    damaged_pages: tuple[int, ...] = ()      # damaged text layer kept (no OCR available)
    duplicate_of: str | None = None          # the file with the same content already in the store


@dataclass(frozen=True, slots=True)
class Budget:
    """What one file may cost: bytes on disk (checked before reading) and seconds of extraction."""

    max_bytes: int | None = 64 * 1024 * 1024
    max_seconds: float | None = 300.0


@dataclass(frozen=True, slots=True)
class _Built:
    key: str
    sha256: str
    doc_id: str
    text: str
    nt: str
    identifier: str
    triples: int
    redactions: int
    pages: int = 0
    ocr_pages: tuple[int, ...] = ()
    unreadable_pages: tuple[int, ...] = ()
    damaged_pages: tuple[int, ...] = ()


FLUSH_EVERY = 200          # protocols written between store flushes (2,000 unflushed writes hold 1.3 GB)
_RESOLVERS: dict[str, tuple[int, Callable]] = {}


def _resolver(store_path: str) -> Callable:
    """The store's person resolver, loaded once per worker and again only when judgements.tsv changed."""
    from samgraf.graph.curation import FILE_NAME, load_resolver

    try:
        stamp = (Path(store_path) / FILE_NAME).stat().st_mtime_ns
    except OSError:
        stamp = 0
    cached = _RESOLVERS.get(store_path)
    if cached is None or cached[0] != stamp:
        cached = _RESOLVERS[store_path] = (stamp, load_resolver(Path(store_path)))
    return cached[1]


def _process(path: Path, key: str, store_path: str | None) -> _Built:
    """Read, extract and build one file (runs in a worker process)."""
    from samgraf.extractors.pipeline import extract_document
    from samgraf.graph.curation import fault_point

    fault_point(f"extract:{path.name}")
    doc = read_document(path, key)
    extraction = extract_document(doc)
    graph = build_protocol(extraction, _resolver(store_path) if store_path else None)
    nt = graph.nt()
    return _Built(key, doc.source.sha256, doc.id, doc.text, nt, str(graph.identifier), len(graph), doc.redactions,
                  len(doc.pages), doc.pages_read_by(PageMethod.OCR), doc.pages_read_by(PageMethod.NONE),
                  doc.pages_read_by(PageMethod.DAMAGED))


def _sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _size_text(n: float) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


@dataclass(frozen=True, slots=True)
class _Plan:
    """What to do with each file of a batch, decided before any work is scheduled."""

    todo: list[tuple[Path, str]]
    done: dict[str, IngestResult]            # unchanged files and duplicates
    failures: list[tuple[Path, str, str]]    # (path, key, message): over budget before reading
    duplicates: list[tuple[str, str, str, bool]]   # (key, sha, original key, had its own graph): to record
    replaced: bool                           # an earlier graph is replaced or removed (names may vanish)


def _plan(store: Store, files: list[tuple[Path, str]], force: bool, budget: Budget) -> _Plan:
    """Sort a batch into unchanged, duplicate, too large and to do (content identity by sha256)."""
    shas: dict[str, str | None] = {}
    for path, key in files:
        try:
            shas[key] = _sha256(path)
        except OSError:
            shas[key] = None                 # the worker reports why it cannot be read
    # The records of these paths and of these contents: all the plan looks at.
    known = store.records(keys=shas, shas=(sha for sha in shas.values() if sha))
    holders = {rec.sha256: rec.key for rec in sorted(known.values(), key=lambda r: r.key)
               if rec.status == "ok" and shas.get(rec.key, rec.sha256) == rec.sha256}
    todo, done, failures, duplicates, replaced = [], {}, [], [], False
    for path, key in files:
        rec, sha = known.get(key), shas[key]
        size = _file_size(path)
        if budget.max_bytes is not None and size is not None and size > budget.max_bytes:
            failures.append((path, key, f"{key}: {_size_text(size)} is over the limit of "
                                        f"{_size_text(budget.max_bytes)} per file (--max-bytes); not read"))
            continue
        holder = holders.get(sha) if sha else None
        if holder is not None and holder != key:
            done[key] = IngestResult(key, "duplicate", duplicate_of=holder)
            if not (rec and rec.status == "duplicate" and rec.sha256 == sha and rec.error == _same_as(holder)):
                duplicates.append((key, sha, holder, bool(rec and rec.doc_id)))
                replaced = replaced or bool(rec and rec.doc_id)
            continue
        if sha:
            holders.setdefault(sha, key)
        if rec is not None and rec.status == "ok" and rec.sha256 == sha and not force:
            done[key] = IngestResult(key, "unchanged", rec.doc_id)
            continue
        todo.append((path, key))
        replaced = replaced or bool(rec and rec.doc_id)
    return _Plan(todo, done, failures, duplicates, replaced)


def _file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _same_as(holder: str) -> str:
    return f"same file as {holder}"


def _store_built(store: Store, built: _Built) -> IngestResult:
    unreadable = ",".join(str(n) for n in built.unreadable_pages) or None
    store.replace_protocol(built.nt, IngestRecord(built.key, built.sha256, "ok", built.doc_id,
                                                  unreadable_pages=unreadable), built.text,
                           identifier=built.identifier)
    return IngestResult(built.key, "ingested", built.doc_id, triples=built.triples, redactions=built.redactions,
                        pages=built.pages, ocr_pages=built.ocr_pages, unreadable_pages=built.unreadable_pages,
                        damaged_pages=built.damaged_pages)


def _fail(store: Store, path: Path, key: str, error: Exception | str) -> IngestResult:
    if isinstance(error, str):
        message = redact_text(error)
    else:
        message = redact_text(str(error) if isinstance(error, SamgrafError)
                              else f"{path}: {type(error).__name__}: {error}")
    try:
        sha = _sha256(path)
    except OSError:
        sha = ""
    store.record_failure(IngestRecord(key, sha, "failed", None, message.splitlines()[0] if message else "failed"))
    return IngestResult(key, "failed", error=message.splitlines()[0] if message else "failed")


def _record_duplicate(store: Store, key: str, sha: str, holder: str, had_graph: bool) -> None:
    """The manifest notes a copy of a file already in the store (its own earlier graph, if any, goes)."""
    if had_graph:
        store.remove_protocol(key)
    store.record_failure(IngestRecord(key, sha, "duplicate", None, _same_as(holder)))


def ingest(store: Store, paths: Iterable[Path], *, jobs: int = 1, force: bool = False, resolve: bool = True,
           budget: Budget = Budget(), on_result: Callable[[IngestResult], None] | None = None,
           executor: Executor | None = None) -> list[IngestResult]:
    """Ingest every protocol file under `paths`; returns one result per file, in order.

    With `resolve` (the default) the identity resolver runs afterwards on the people of the new
    protocols: strong evidence merges people (recorded as automatic judgements); weaker pairs are
    logged as candidates. An `executor` (e.g. a Dask cluster's, samgraf/distributed.py) runs the
    extraction instead of the local worker processes; this process still writes."""
    from samgraf.graph.curation import fault_point, identity_pending, mark_identity_pending

    files = list(iter_protocol_files(list(paths)))
    # A store made by an older samgraf (no entity graph) is read again in full, not mixed with the new layout.
    plan = _plan(store, files, force or not store.layout_current(), budget)
    done = dict(plan.done)
    for result in done.values():
        on_result and on_result(result)
    repair = identity_pending(store)
    if plan.todo or plan.replaced:
        mark_identity_pending(store)
    for path, key, message in plan.failures:
        done[key] = _fail(store, path, key, message)
        on_result and on_result(done[key])
    for key, sha, holder, had_graph in plan.duplicates:
        _record_duplicate(store, key, sha, holder, had_graph)

    written = 0

    def finish(path: Path, key: str, compute: Callable[[], _Built]) -> None:
        nonlocal written
        done[key] = _finish(store, path, key, compute, budget)
        if done[key].status == "ingested":
            fault_point("protocol-committed")
            written += 1
            if written % FLUSH_EVERY == 0:
                store.ox.flush()        # RocksDB memtables to disk: memory stays flat over a large batch
        on_result and on_result(done[key])

    if executor is not None:
        _run_on(executor, plan.todo, str(store.path), finish)
    else:
        _run(plan.todo, jobs, budget, str(store.path), finish)
    results = [done[key] for _, key in files]
    store.record_setting("nlpModel", model_in_use())    # every path (CLI, library, Dask) records the same
    store.record_setting("layout", LAYOUT)
    if plan.todo:
        store.keep_counts()         # a store written before samgraf kept quad counts gets them once
    new_docs = {r.doc_id for r in results if r.status == "ingested" and r.doc_id}
    if plan.todo or plan.replaced or repair:
        from samgraf.graph.curation import identity_pass

        fault_point("protocols-written")
        docs = None if repair else new_docs
        outcome = identity_pass(store, docs, resolve=resolve, refresh_all=plan.replaced)
        for pair in outcome.candidates:
            log.info("identity candidate (not merged): %s ~ %s", pair.a, pair.b)
    return results


def _run(todo: list[tuple[Path, str]], jobs: int, budget: Budget, store_path: str,
         finish: Callable[[Path, str, Callable[[], _Built]], None]) -> None:
    """Extract in `jobs` worker processes (each task killed at the time budget); the caller writes.

    At most 4 tasks per worker wait at a time, so memory stays flat however large the batch."""
    if not todo:
        return
    from concurrent.futures import FIRST_COMPLETED, wait

    from pebble import ProcessPool

    from samgraf.ocr import share_cores

    pool = ProcessPool(max_workers=min(jobs, len(todo)), initializer=share_cores, initargs=(jobs,))
    waiting: dict = {}
    queue = iter(todo)

    def submit() -> None:
        for path, key in queue:
            waiting[pool.schedule(_process, args=(path, key, store_path), timeout=budget.max_seconds)] = (path, key)
            if len(waiting) >= 4 * jobs:
                return

    try:
        submit()
        while waiting:
            finished, _ = wait(list(waiting), return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=lambda f: waiting[f][1]):
                path, key = waiting.pop(future)
                finish(path, key, future.result)
            submit()
        pool.close()
    except BaseException:
        pool.stop()          # Ctrl-C: stop the workers now rather than wait for the queued files
        raise
    finally:
        pool.join()


def model_in_use() -> str:
    """The spaCy model the extraction uses in this process and its workers ("blank" or a package)."""
    from samgraf.extractors.ner import BLANK, installed_trained_model

    return installed_trained_model() or BLANK


def _run_on(executor: Executor, todo: list[tuple[Path, str]], store_path: str,
            finish: Callable[[Path, str, Callable[[], _Built]], None]) -> None:
    """Extract on an outside executor (a Dask cluster's), results written in file order."""
    futures = [(path, key, executor.submit(_process, path, key, store_path)) for path, key in todo]
    for path, key, future in futures:
        finish(path, key, future.result)


def _finish(store: Store, path: Path, key: str, compute: Callable[[], _Built], budget: Budget) -> IngestResult:
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired

    try:
        return _store_built(store, compute())
    except FutureTimeout:
        return _fail(store, path, key, f"{key}: stopped after {budget.max_seconds:g} s, over the time limit per "
                                       "file (--max-seconds); the rest of the batch goes on")
    except ProcessExpired as e:
        return _fail(store, path, key, f"{key}: the worker reading it died (exit code {e.exitcode}; out of "
                                       "memory?); the rest of the batch goes on")
    except Exception as e:  # noqa: BLE001 - one bad file must never stop the batch
        log.debug("failed %s", key, exc_info=True)
        return _fail(store, path, key, e)


def duplicate_notes(results: Iterable[IngestResult]) -> Iterator[str]:
    """Summary lines for files recorded as copies of a file already in the store."""
    for r in results:
        if r.status == "duplicate":
            yield f"duplicate: {r.key} is the same file as {r.duplicate_of} (counted once)"


def _numbers(pages: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in pages)


def page_notes(results: Iterable[IngestResult]) -> Iterator[str]:
    """Summary lines for PDFs with pages read by OCR, kept damaged, or not read at all."""
    for r in results:
        if r.unreadable_pages:
            yield (f"unreadable: {r.key}: page(s) {_numbers(r.unreadable_pages)} of {r.pages} have no text layer and "
                   "could not be read by OCR (missing from the text); install tesseract-ocr tesseract-ocr-swe")
        if r.damaged_pages:
            yield (f"damaged: {r.key}: page(s) {_numbers(r.damaged_pages)} of {r.pages} have a damaged text layer, "
                   "kept as it is; install tesseract-ocr tesseract-ocr-swe to read them by OCR")
        if r.ocr_pages:
            yield f"ocr: {r.key}: page(s) {_numbers(r.ocr_pages)} of {r.pages} read by OCR"
