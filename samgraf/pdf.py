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
from samgraf.ocr import DAMAGED_PAGE

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
    if not text.strip() or damage > DAMAGED_PAGE:
        return True
    return len(layer) < SCAN_MAX_WORDS and image_share(page) >= SCAN_SHARE


def read_pdf(path: Path, data: bytes, *, ocr: str = "auto") -> PdfText:
    """Text of every page (text layer, or OCR when it is missing or damaged and `ocr` allows).
    A layer that looks damaged but that OCR reads alike (`ocr.layer_agreement`: the printed text
    itself is odd) is kept, mended only where OCR reads a Swedish word (`ocr.mend_layer`).
    Pages are laid out after all text layers are read, so a page that alone looks like one column
    reads in the columns the document's other pages share (`document_gutter`)."""
    from samgraf import ocr as ocr_mod

    document = _open(path, data)
    layers = [text_layer_words(page) for page in document]
    hint = document_gutter([column_gutter(layer) for layer in layers])
    pages: list[Page] = []
    texts: list[str] = []
    offset = 0
    for number, (page, layer) in enumerate(zip(document, layers, strict=True), start=1):
        text = render_page(layer, hint)
        method, confidence, damage = PageMethod.TEXT, None, ocr_mod.damage_share(text)
        if _needs_ocr(page, layer, text, damage):
            scanned = len(layer) < SCAN_MAX_WORDS
            result = ocr_mod.ocr_page(page, scanned=scanned) if ocr != "never" else None
            agreement = ocr_mod.layer_agreement(result.words, layer) if result is not None and not scanned else None
            if agreement is not None and agreement >= ocr_mod.FAITHFUL_LAYER:
                words, mended = ocr_mod.mend_layer(layer, result.words)     # the page itself reads so
                text = render_page(words, hint)
                method, confidence = (PageMethod.OCR, result.confidence) if mended else (PageMethod.TEXT, None)
            elif result is not None and result.words:
                text = render_page(ocr_mod.merge_text_layer(result.words, layer), hint)
                method, confidence = PageMethod.OCR, result.confidence
            elif not text.strip():
                method = PageMethod.NONE
            else:
                method = PageMethod.DAMAGED
        pages.append(Page(number, offset, offset + len(text), method, confidence, round(damage, 3)))
        texts.append(text)
        offset += len(text) + len(PAGE_BREAK) + 1
        page.close()
    document.close()
    return PdfText("".join(t + "\n" + PAGE_BREAK for t in texts[:-1]) + (texts[-1] + "\n" if texts else ""),
                   tuple(pages))
