"""Read a PDF page by page: the text layer laid out from pypdfium2 character boxes, OCR where it is
missing or damaged.

Pages are joined with a form feed ("\\f"), so page N of a fact is one plus the number of form
feeds before its offset; `Page` records where each page starts and how it was read.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from samgraf.errors import InputError
from samgraf.layout import Word, column_gutter, document_gutter, render_page
from samgraf.model import Page, PageMethod
from samgraf import ocr as ocr_mod

log = logging.getLogger("samgraf")

PAGE_BREAK = "\f"


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    pages: tuple[Page, ...]


def _open(path: Path, data: bytes):
    """The PDF, opened by pypdfium2; an encrypted PDF opens when its user password is empty (only the owner's
    restrictions are set: PDFium decrypts RC4 and AES itself), else a clear "encrypted" error."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        if "password" in reason.lower():
            raise InputError(f"{path}: PDF is encrypted with a password; open it with the password and save an "
                             "unencrypted copy (e.g. qpdf --decrypt --password=... in.pdf out.pdf)") from e
        if "security" in reason.lower():
            raise InputError(f"{path}: PDF is encrypted with an unsupported security handler; save an unencrypted "
                             "copy (e.g. qpdf --decrypt in.pdf out.pdf)") from e
        raise InputError(f"{path}: truncated or corrupt PDF ({reason}); download or export it again") from e


def _chars(textpage, height: float) -> Iterator[tuple[str, float, float, float, float]]:
    """(char, x0, top, x1, bottom) of each drawn character; generated spaces and breaks as ' '."""
    import pypdfium2.raw as raw

    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(textpage, i)
        char = chr(code) if code else ""
        if raw.FPDFText_IsGenerated(textpage, i) or not char or char.isspace() or code < 32:
            yield " ", 0, 0, 0, 0
            continue
        x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)
        yield char, x0, height - y1, x1, height - y0


def text_layer_words(page) -> list[Word]:
    """Words of a page's text layer: characters joined while they touch on one baseline."""
    height = page.get_height()
    textpage = page.get_textpage()
    words: list[Word] = []
    cur: list[tuple[str, float, float, float, float]] = []

    def flush() -> None:
        if cur:
            words.append(Word(min(c[1] for c in cur), min(c[2] for c in cur), max(c[3] for c in cur),
                              max(c[4] for c in cur), "".join(c[0] for c in cur)))
            cur.clear()

    for char in _chars(textpage, height):
        if char[0] == " ":
            flush()
            continue
        if cur:
            prev = cur[-1]
            size = prev[4] - prev[2]
            same_line = abs((char[2] + char[4]) / 2 - (prev[2] + prev[4]) / 2) < 0.3 * size
            if not same_line or char[1] - prev[3] > 0.15 * size or char[1] < prev[1] - 0.5:
                flush()
        cur.append(char)
    flush()
    textpage.close()
    return words


SCAN_SHARE = 0.5       # images covering this share of a page ...
SCAN_MAX_WORDS = 40    # ... with fewer text-layer words than this: a scan (maybe with a stamped caption)


def image_share(page) -> float:
    """Share of the page covered by image objects (a scanned page is one big image)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    area = 0.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        area += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
    return min(1.0, area / max(width * height, 1.0))


def _needs_ocr(page, layer: list[Word], text: str, damage: float) -> bool:
    """No text layer, a damaged one, or a scanned image with only a caption in the text layer."""
    if not text.strip() or damage > ocr_mod.DAMAGED_PAGE:
        return True
    return len(layer) < SCAN_MAX_WORDS and image_share(page) >= SCAN_SHARE


@dataclass(frozen=True, slots=True)
class _PagePlan:
    """A page's text layer as read, and whether OCR is to read it again."""
    layer: list[Word]
    text: str
    damage: float
    needs_ocr: bool
    scanned: bool            # too few layer words to line up with: OCR alone, image cleaned first


def read_pdf(path: Path, data: bytes, *, ocr: str = "auto") -> PdfText:
    """Text of every page (text layer, or OCR when it is missing or damaged and `ocr` allows).
    A layer that looks damaged but that OCR reads alike (`ocr.layer_agreement`: the printed text
    itself is odd) is kept, mended only where OCR reads a Swedish word (`ocr.mend_layer`).
    Pages are laid out after all text layers are read, so a page that alone looks like one column
    reads in the columns the document's other pages share (`document_gutter`). Pages that need OCR
    are read `ocr.ocr_workers()` at a time (`_ocr_pages`)."""
    document = _open(path, data)
    pdf_pages = list(document)
    try:
        layers = [text_layer_words(page) for page in pdf_pages]
        hint = document_gutter([column_gutter(layer) for layer in layers])
        plans = [_plan_page(page, layer, hint) for page, layer in zip(pdf_pages, layers, strict=True)]
        wanted = ocr != "never" and ocr_mod.tesseract() is not None
        read = _ocr_pages([(k, page, plan.scanned) for k, (page, plan) in enumerate(zip(pdf_pages, plans, strict=True))
                           if wanted and plan.needs_ocr], ocr_mod.ocr_workers())
    finally:
        for page in pdf_pages:
            page.close()
        document.close()
    pages: list[Page] = []
    texts: list[str] = []
    offset = 0
    for number, plan in enumerate(plans, start=1):
        text, method, confidence = _page_text(plan, read.get(number - 1), hint)
        pages.append(Page(number, offset, offset + len(text), method, confidence, round(plan.damage, 3)))
        texts.append(text)
        offset += len(text) + len(PAGE_BREAK) + 1
    return PdfText("".join(t + "\n" + PAGE_BREAK for t in texts[:-1]) + (texts[-1] + "\n" if texts else ""),
                   tuple(pages))


def _plan_page(page, layer: list[Word], hint) -> _PagePlan:
    text = render_page(layer, hint)
    damage = ocr_mod.damage_share(text)
    return _PagePlan(layer, text, damage, _needs_ocr(page, layer, text, damage), len(layer) < SCAN_MAX_WORDS)


def _ocr_pages(todo: list[tuple[int, object, bool]], workers: int) -> dict:
    """OCR of (index, pypdfium2 page, scanned) in `workers` threads. Each page is rendered here, in the
    calling thread (PDFium is not thread-safe), just before a worker is free for it, so at most
    workers + 1 page images are held; Tesseract and the image cleaning run in the threads."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    if not todo:
        return {}
    read: dict = {}
    with ThreadPoolExecutor(max_workers=min(workers, len(todo)), thread_name_prefix="samgraf-ocr") as pool:
        pending: deque = deque()
        for index, page, scanned in todo:
            while len(pending) > workers:
                done, future = pending.popleft()
                read[done] = future.result()
            pending.append((index, pool.submit(ocr_mod.read_image, ocr_mod.render(page), scanned=scanned)))
        for done, future in pending:
            read[done] = future.result()
    return read


def _page_text(plan: _PagePlan, result, hint) -> tuple[str, PageMethod, float | None]:
    """A page's text and how it was read, from its text layer and its OCR `result` (None: not read)."""
    if not plan.needs_ocr:
        return plan.text, PageMethod.TEXT, None
    agreement = ocr_mod.layer_agreement(result.words, plan.layer) if result is not None and not plan.scanned else None
    if agreement is not None and agreement >= ocr_mod.FAITHFUL_LAYER:
        words, mended = ocr_mod.mend_layer(plan.layer, result.words)     # the page itself reads so
        text = render_page(words, hint)
        return (text, PageMethod.OCR, result.confidence) if mended else (text, PageMethod.TEXT, None)
    if result is not None and result.words:
        return render_page(ocr_mod.merge_text_layer(result.words, plan.layer), hint), PageMethod.OCR, result.confidence
    if not plan.text.strip():
        return plan.text, PageMethod.NONE, None
    return plan.text, PageMethod.DAMAGED, None
