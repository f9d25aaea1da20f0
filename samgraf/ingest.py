"""Ingest: files -> documents -> extractions -> named graphs in the store.

Reading, extraction and graph building are pure and may run in worker processes (--jobs);
only the main process writes to the store. One bad file never stops the batch: its failure is
recorded in the manifest with the reason, and the rest land.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from samgraf.errors import SamgrafError
from samgraf.extractors.redact import redact_text
from samgraf.graph.build import build_graph
from samgraf.graph.store import IngestRecord, Store
from samgraf.model import PageMethod
from samgraf.sources import iter_protocol_files, read_document

log = logging.getLogger("samgraf")


@dataclass(frozen=True, slots=True)
class IngestResult:
    key: str
    status: str                 # "ingested" | "unchanged" | "failed"
    doc_id: str | None = None
    error: str | None = None
    triples: int = 0
    redactions: int = 0
    pages: int = 0                  # pages of a PDF (0 for unpaged files)
    ocr_pages: tuple[int, ...] = ()
    unreadable_pages: tuple[int, ...] = ()   # no text layer and no OCR: missing from the text
    damaged_pages: tuple[int, ...] = ()      # damaged text layer kept (no OCR available)


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


def _process(path: Path, key: str, store_path: str | None) -> _Built:
    """Read, extract and build one file (runs in a worker process)."""
    from samgraf.extractors.pipeline import extract_document
    from samgraf.graph.curation import load_resolver

    doc = read_document(path, key)
    extraction = extract_document(doc)
    graph = build_graph(extraction, load_resolver(Path(store_path)) if store_path else None)
    nt = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return _Built(key, doc.source.sha256, doc.id, doc.text, nt, str(graph.identifier), len(graph), doc.redactions,
                  len(doc.pages), doc.pages_read_by(PageMethod.OCR), doc.pages_read_by(PageMethod.NONE),
                  doc.pages_read_by(PageMethod.DAMAGED))


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pending(store: Store, files: Iterable[tuple[Path, str]], force: bool) -> Iterator[tuple[Path, str] | IngestResult]:
    known = store.records()
    for path, key in files:
        rec = known.get(key)
        try:
            unchanged = rec is not None and rec.status == "ok" and rec.sha256 == _sha256(path)
        except OSError:
            unchanged = False
        if unchanged and not force:
            yield IngestResult(key, "unchanged", rec.doc_id)
        else:
            yield path, key


def _store_built(store: Store, built: _Built) -> IngestResult:
    unreadable = ",".join(str(n) for n in built.unreadable_pages) or None
    store.replace_protocol(built.nt, IngestRecord(built.key, built.sha256, "ok", built.doc_id,
                                                  unreadable_pages=unreadable), built.text,
                           identifier=built.identifier)
    return IngestResult(built.key, "ingested", built.doc_id, triples=built.triples, redactions=built.redactions,
                        pages=built.pages, ocr_pages=built.ocr_pages, unreadable_pages=built.unreadable_pages,
                        damaged_pages=built.damaged_pages)


def _fail(store: Store, path: Path, key: str, error: Exception) -> IngestResult:
    message = redact_text(str(error) if isinstance(error, SamgrafError) else f"{path}: {type(error).__name__}: {error}")
    try:
        sha = _sha256(path)
    except OSError:
        sha = ""
    store.record_failure(IngestRecord(key, sha, "failed", None, message.splitlines()[0] if message else "failed"))
    return IngestResult(key, "failed", error=message.splitlines()[0] if message else "failed")


def ingest(store: Store, paths: Iterable[Path], *, jobs: int = 1, force: bool = False, resolve: bool = True,
           on_result: Callable[[IngestResult], None] | None = None,
           executor: Executor | None = None) -> list[IngestResult]:
    """Ingest every protocol file under `paths`; returns one result per file, in order.

    With `resolve` (the default) the identity resolver runs afterwards: strong cross-förbund
    evidence merges people (recorded as automatic judgements); weaker pairs are logged as candidates.
    An `executor` (e.g. a Dask cluster's, samgraf/distributed.py) runs the extraction instead of --jobs."""
    files = list(iter_protocol_files(list(paths)))
    items = list(_pending(store, files, force))
    results: list[IngestResult] = []
    todo = [i for i in items if not isinstance(i, IngestResult)]
    done = {i.key: i for i in items if isinstance(i, IngestResult)}
    store_path = str(store.path)
    if executor is not None or (jobs > 1 and len(todo) > 1):
        with nullcontext(executor) if executor else ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [(p, k, pool.submit(_process, p, k, store_path)) for p, k in todo]
            for path, key, fut in futures:
                done[key] = _finish(store, path, key, lambda f=fut: f.result())
                on_result and on_result(done[key])
    else:
        for path, key in todo:
            done[key] = _finish(store, path, key, lambda p=path, k=key: _process(p, k, store_path))
            on_result and on_result(done[key])
    for path, key in files:
        results.append(done[key])
    if any(r.status == "ingested" for r in results):
        from samgraf.graph.curation import load_judgements, refresh_people, resolve_store

        refresh_people(store, load_judgements(store.path))
        if resolve:
            for pair in resolve_store(store).candidates:
                log.info("identity candidate (not merged): %s ~ %s", pair.a, pair.b)
    return results


def _finish(store: Store, path: Path, key: str, compute: Callable[[], _Built]) -> IngestResult:
    try:
        return _store_built(store, compute())
    except Exception as e:  # noqa: BLE001 - one bad file must never stop the batch
        log.debug("failed %s", key, exc_info=True)
        return _fail(store, path, key, e)


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
