"""Tesseract OCR of PDF pages, and the test that sends a page to it (a damaged text layer).

A page is rendered with pypdfium2 at `DPI` and read by the `tesseract` command (Debian:
tesseract-ocr, tesseract-ocr-swe) as TSV word boxes, which go through the same layout as a text
layer. A scanned page is turned level and despeckled first, and its check boxes, which Tesseract
cannot read, are found in the image (☒/☐). Without Tesseract, `read_image` returns None and the page
is reported as unreadable.
"""
from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import shutil
import statistics
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from samgraf.layout import Word, render_page

log = logging.getLogger("samgraf")

DPI = 300
LANGUAGES = "swe"
DAMAGED_PAGE = 0.15      # share of lower-case words that are not Swedish words above which a page goes to OCR
MIN_WORDS = 6           # pages with fewer lower-case words are never judged damaged
TIMEOUT = 120            # seconds per page

_LOWER_WORD = re.compile(r"(?<![\w\-])[a-zåäöé][a-zåäöé]{2,}(?![\w\-])")


@dataclass(frozen=True, slots=True)
class OcrResult:
    words: tuple[Word, ...]
    confidence: float        # mean word confidence, 0..1

    @property
    def text(self) -> str:
        return render_page(self.words)


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from samgraf.extractors.names import load_word_zipf

    return frozenset(load_word_zipf())


def damage_share(text: str) -> float:
    """Share of lower-case words (3+ letters) that are not Swedish dictionary words or their compounds."""
    words = _LOWER_WORD.findall(text)
    if len(words) < MIN_WORDS:
        return 0.0
    known = _words()
    return sum(not _is_known(w, known) for w in words) / len(words)


def _is_known(word: str, known: frozenset[str]) -> bool:
    """A dictionary word, or a compound of two (with a linking s)."""
    if word in known:
        return True
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        if tail in known and (head in known or (head.endswith("s") and head[:-1] in known)):
            return True
    return False


@functools.lru_cache(maxsize=1)
def tesseract() -> str | None:
    """The tesseract command, if it is installed with its Swedish model."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return exe if LANGUAGES in langs else None


def ocr_image(image) -> OcrResult | None:
    """OCR a PIL image at `DPI`; None if Tesseract is missing or fails."""
    exe = tesseract()
    if exe is None:
        return None
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", LANGUAGES, "--dpi", str(DPI), "--psm", "3", "tsv"],
                              input=buf.getvalue(), capture_output=True, timeout=TIMEOUT, env=env)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("tesseract failed: %s", e)
        return None
    if done.returncode != 0:
        log.warning("tesseract failed: %s", done.stderr.decode("utf-8", "replace").strip()[:200])
        return None
    return with_checkboxes(_read_tsv(done.stdout.decode("utf-8", "replace")), image)


BOX_MIN, BOX_MAX = 0.07, 0.2    # side of a check box, inches (5-14 pt)


def find_checkboxes(image, dpi: int = DPI) -> list[tuple[int, int, int, int, bool]]:
    """(x0, top, x1, bottom, checked) in pixels of the square check boxes drawn on a page image.

    Tesseract has no glyph for ☐/☒ and reads a scanned roster's boxes as "O", "Ej", "C" or
    nothing, so a "Nej Ja" roster loses its attendance. A box is two dark horizontal runs of one
    length (BOX_MIN to BOX_MAX inches) a square apart, joined by dark sides, with dark corners (round
    letters have none); it is checked when ink fills its middle (a cross)."""
    import numpy as np

    dark = np.asarray(image.convert("L")) < 128
    lo, hi = round(BOX_MIN * dpi), round(BOX_MAX * dpi)
    steps = np.diff(np.pad(dark, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    ys, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    keep = (ends - starts >= lo) & (ends - starts <= hi)
    rows: dict[int, list[tuple[int, int]]] = {}
    for y, x0, x1 in zip(ys[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True):
        rows.setdefault(y, []).append((x0, x1))
    boxes: list[tuple[int, int, int, int, bool]] = []
    for y, runs in sorted(rows.items()):
        for x0, x1 in runs:
            box = _box_at(dark, rows, y, x0, x1)
            if box is not None and not any(abs(b[0] - x0) <= 4 and abs(b[1] - y) <= 4 for b in boxes):
                boxes.append(box)
    return boxes


def _box_at(dark, rows: dict[int, list[tuple[int, int]]], y: int, x0: int, x1: int):
    """The box whose top edge is the run (y, x0..x1), or None."""
    w = x1 - x0
    h = next((h for h in range(int(0.8 * w), int(1.2 * w) + 1)
              if any(abs(a - x0) <= 3 and abs(b - x1) <= 3 for a, b in rows.get(y + h, ()))), None)
    if h is None:
        return None
    box = dark[y:y + h + 1, x0:x1]
    t = max(2, w // 8)
    if not all(box[r:r + t, c:c + t].any() for r in (0, h + 1 - t) for c in (0, w - t)):
        return None
    if box[:, :t].any(axis=1).mean() < 0.9 or box[:, -t:].any(axis=1).mean() < 0.9:
        return None
    inner = box[int(0.25 * h):int(0.75 * h) + 1, int(0.25 * w):int(0.75 * w) + 1]
    return x0, y, x1, y + h, bool(inner.mean() > 0.05)


def _overlap(a: Word, b: Word) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0)) * max(0.0, min(a.bottom, b.bottom) - max(a.top, b.top))


def with_checkboxes(result: OcrResult, image, dpi: int = DPI) -> OcrResult:
    """OCR words with the page's check boxes as ☒/☐ words; what Tesseract read inside a box goes."""
    boxes = find_checkboxes(image, dpi)
    if not boxes:
        return result
    scale = 72 / dpi
    marks = [Word(x0 * scale, top * scale, x1 * scale, bottom * scale, "☒" if checked else "☐")
             for x0, top, x1, bottom, checked in boxes]

    def inside(word: Word) -> bool:
        """Read from a box: its middle in one, or covering a fifth of one ("OOO0O0OROO" down a column)."""
        cx, cy = (word.x0 + word.x1) / 2, word.middle
        return any((m.x0 - 2 <= cx <= m.x1 + 2 and m.top - 2 <= cy <= m.bottom + 2)
                   or _overlap(word, m) >= 0.2 * (m.x1 - m.x0) * (m.bottom - m.top) for m in marks)
    return OcrResult(tuple(w for w in result.words if not inside(w)) + tuple(marks), result.confidence)


def _read_tsv(tsv: str) -> OcrResult:
    """Words and confidences of Tesseract's TSV (pixels at DPI -> points). Each word gets its line's
    band, the median top and bottom of the line's words, so words of one line share a baseline band
    whatever their letters, and a junk "word" read down a column of boxes does not stretch it."""
    scale = 72 / DPI
    rows = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") == "5" and text:
            key = tuple(row.get(k) or "" for k in ("page_num", "block_num", "par_num", "line_num"))
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            rows.append((key, left, top, left + width, top + height, text,
                         max(0.0, float(row.get("conf") or 0)) / 100, row.get("word_num") == "1"))
    lines: dict[tuple[str, ...], list[tuple]] = {}
    for r in rows:
        lines.setdefault(r[0], []).append(r)
    bands = {key: (statistics.median(r[2] for r in line), statistics.median(r[4] for r in line))
             for key, line in lines.items()}
    rows = [r for k, r in enumerate(rows) if not _speck(rows, k, bands[r[0]][1] - bands[r[0]][0])]
    words = [Word(x0 * scale, bands[key][0] * scale, x1 * scale, bands[key][1] * scale, text)
             for key, x0, _, x1, _, text, _, _ in rows]
    confs = [r[6] for r in rows]
    confidence = sum(confs) / len(confs) if confs else 0.0
    starts = [k == 0 or rows[k - 1][0] != r[0] for k, r in enumerate(rows)]
    return OcrResult(tuple(_section_signs(words, starts)), round(confidence, 3))


def _speck(rows: list[tuple], k: int, height: float) -> bool:
    """Whether row k is a speck of dust read as punctuation (";", "|", ". :"): one or two marks
    with no word within two line heights on its line. It would otherwise widen a line to the
    right margin (a wrapped line) or open it with junk."""
    if not _JUNK.match(rows[k][5]) or rows[k][5] in ("-", "–", "—"):
        return False
    near = [r for r in (rows[k - 1] if k else None, rows[k + 1] if k + 1 < len(rows) else None)
            if r is not None and r[0] == rows[k][0] and min(abs(r[1] - rows[k][3]), abs(rows[k][1] - r[3])) < 2 * height]
    return not near


_MISREAD_SECTION = re.compile(r"^[.,:;'`’]*[$&sS§]['’`]?(\d{1,3})$")
_EIGHT_SECTION = re.compile(r"^[.,:;'`’]*8(\d{1,2})$")
_MISREAD_SIGN = re.compile(r"^[.,:;'`’]*[$&sS§]['’`]?$")
_NUMBER = re.compile(r"^\d{1,3}$")
_JUNK = re.compile(r"^[^\w§]{1,2}$")
_DOLLAR_REFERENCE = re.compile(r"^[$&]\d{1,3}(?::\d{1,3})?[.,:;]?$")


def _title_after(words: list[Word], k: int) -> bool:
    """Whether a capitalised word follows word k on its line (OCR junk such as "-" or ">" skipped)."""
    for w in words[k + 1:k + 4]:
        if abs(w.middle - words[k].middle) > words[k].height:
            return False
        if not _JUNK.match(w.text):
            return w.text[:1].isupper()
    return False


def _section_signs(words: list[Word], starts: list[bool]) -> list[Word]:
    """Tesseract reads a line-initial "§4" as "$4", "s4", "&4", ".$'4" or "84", and "§ 4" as "& 4"
    or "$ 4": restore the § sign before a capitalised title. "8N" only when the page has two or
    more such headings, or a sure one."""
    out = list(words)
    sure: list[int] = []
    for k, w in enumerate(words):
        if not starts[k]:
            continue
        m = _MISREAD_SECTION.match(w.text)
        if m and _title_after(words, k):
            out[k] = Word(w.x0, w.top, w.x1, w.bottom, "§" + m.group(1))
            sure.append(k)
        elif (_MISREAD_SIGN.match(w.text) and k + 1 < len(words) and not starts[k + 1]
              and _NUMBER.match(words[k + 1].text) and _title_after(words, k + 1)):
            out[k] = Word(w.x0, w.top, w.x1, w.bottom, "§")
            sure.append(k)
    for k, w in enumerate(out):
        if _DOLLAR_REFERENCE.match(w.text):       # "Beslut 2025-3 $14:1": "$" before a number is a § (no dollars here)
            out[k] = Word(w.x0, w.top, w.x1, w.bottom, "§" + w.text[1:])
    eights = [k for k in range(len(words)) if starts[k] and _EIGHT_SECTION.match(words[k].text) and _title_after(words, k)]
    if sure or len(eights) >= 2:
        for k in eights:
            w = words[k]
            out[k] = Word(w.x0, w.top, w.x1, w.bottom, "§" + _EIGHT_SECTION.match(w.text).group(1))
    return out


MAX_SKEW = 3.0      # degrees a scan may be turned that deskew looks for
SKEW_STEP = 0.1


def skew_angle(image) -> float:
    """The angle (degrees) that turns a scanned page's lines level: the turn whose rows of ink are
    sharpest (projection profile: the largest variance of dark pixels per row, on a small copy)."""
    import numpy as np
    from PIL import Image

    small = image.convert("L").reduce(4) if min(image.size) > 800 else image.convert("L")
    ink = Image.fromarray(((np.asarray(small) < 160) * 255).astype("uint8"))

    def sharpness(angle: float) -> float:
        return float(np.var(np.asarray(ink.rotate(angle, resample=Image.BILINEAR)).sum(axis=1, dtype=np.float64)))

    coarse = max((k * 5 * SKEW_STEP for k in range(-round(MAX_SKEW / SKEW_STEP / 5), round(MAX_SKEW / SKEW_STEP / 5) + 1)),
                 key=sharpness)
    return round(max((coarse + k * SKEW_STEP for k in range(-4, 5)), key=sharpness), 2)


def clean_scan(image):
    """A scan turned level (`deskew`) and rid of speckle (a 3-pixel median filter): on the
    scanned seeds, 0.89 -> 0.93 of the words Tesseract reads are right and mean confidence
    0.92 -> 0.96 (docs/sources.md)."""
    from PIL import ImageFilter

    return deskew(image).filter(ImageFilter.MedianFilter(3))


def deskew(image):
    """A scan turned level (`skew_angle`); the image itself when it already is."""
    from PIL import Image

    angle = skew_angle(image)
    if abs(angle) < SKEW_STEP / 2:
        return image
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)


def render(page):
    """A pypdfium2 page as a grayscale PIL image at DPI (PDFium is not thread-safe: render in one thread)."""
    return page.render(scale=DPI / 72, grayscale=True).to_pil()


def read_image(image, *, scanned: bool = True) -> OcrResult | None:
    """OCR a rendered page; None if Tesseract is not available. A `scanned` page (no text layer to
    line up with) is cleaned first (`clean_scan`): turned level, so a table's rows stay rows, and rid
    of speckle. Safe to run in threads: the work is a Tesseract process and NumPy/PIL on the image."""
    return ocr_image(clean_scan(image) if scanned else image)


def ocr_workers() -> int:
    """How many pages are read by OCR at once: SAMGRAF_OCR_WORKERS, else the cores this process may use
    (each Tesseract runs on one thread, OMP_THREAD_LIMIT=1)."""
    value = os.environ.get("SAMGRAF_OCR_WORKERS", "")
    if value.strip().isdigit() and int(value) > 0:
        return int(value)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:                      # not on Linux
        return max(1, os.cpu_count() or 1)


def share_cores(jobs: int) -> None:
    """In each of `jobs` worker processes (a pool's initializer): OCR reads pages in threads, so each worker
    takes its share of the cores, unless SAMGRAF_OCR_WORKERS says otherwise."""
    if "SAMGRAF_OCR_WORKERS" not in os.environ:
        os.environ["SAMGRAF_OCR_WORKERS"] = str(max(1, ocr_workers() // max(1, jobs)))


_TRUSTED_SYMBOLS = re.compile(r"[\d§%.,:;()\[\]/–—\-]+")


def _trusted(word: Word, known: frozenset[str]) -> bool:
    """A text-layer word to keep over OCR: digits and § (OCR reads "2 §" as "28"), or a dictionary word."""
    if _TRUSTED_SYMBOLS.fullmatch(word.text):
        return True
    core = word.text.strip(".,:;()[]\"'!?").lower()
    return len(core) >= 3 and core.isalpha() and _is_known(core, known)


def _under(word: Word, layer: Word) -> bool:
    """Whether a text-layer word lies under an OCR word: on its line, sharing half of either's width."""
    if not word.top - 1 <= layer.middle <= word.bottom + 1:
        return False
    shared = min(word.x1, layer.x1) - max(word.x0, layer.x0)
    return shared >= 0.5 * min(word.x1 - word.x0, layer.x1 - layer.x0)


FAITHFUL_LAYER = 0.75    # share of a layer's unknown words OCR reads alike above which the layer is faithful
_LOOKALIKE = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l"})
_UNKNOWN_WORD = re.compile(r"[a-zåäöé][a-zåäöé0-9]{2,}")


def _folded(text: str) -> str:
    """A word as OCR and a text layer may both spell what one page shows: case, accents other than
    å/ä/ö and the look-alikes 0/o and 1/l/I folded, surrounding punctuation dropped."""
    text = unicodedata.normalize("NFKD", text.strip(".,:;()[]\"'!?«»-–").lower())
    text = "".join(c for c in text if not unicodedata.combining(c) or c in "\u030a\u0308")
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKE)


def layer_agreement(ocr_words: Sequence[Word], layer_words: Sequence[Word]) -> float | None:
    """Share of the text layer's unknown lower-case words (not Swedish words, as `damage_share`
    counts them) that OCR reads alike at the same place; None with fewer than MIN_WORDS of them.
    A broken font map ("protokojjet", "Personalsektonen") shows the right word, so OCR disagrees
    (0-45 % alike on the Nykarleby PDFs); a faithful layer of a page whose printed text is itself
    odd (OCR text printed again: "besl0t", "ordforande"; Finnish) reads alike (over 90 %)."""
    known = _words()
    unknown = [w for w in layer_words if _UNKNOWN_WORD.fullmatch(core := w.text.strip(".,:;()[]\"'!?"))
               and not _is_known(core, known)]
    if len(unknown) < MIN_WORDS:
        return None
    alike = sum(any(_folded(o.text) == _folded(w.text) for o in ocr_words if _under(o, w)) for w in unknown)
    return alike / len(unknown)


def merge_text_layer(ocr_words: Sequence[Word], layer_words: Sequence[Word]) -> list[Word]:
    """OCR words, each replaced by the text-layer words under it when all of those are trusted:
    a damaged layer still has good numbers, § signs, dot leaders and most words; OCR mends the
    rest. A text-layer word spanning several OCR words (a dot leader) is written once."""
    known = _words()
    out, used = [], set()
    for word in ocr_words:
        under = [k for k, w in enumerate(layer_words) if _under(word, w)]
        trusted = bool(under) and all(_trusted(layer_words[k], known) for k in under)
        symbols = any(_TRUSTED_SYMBOLS.fullmatch(layer_words[k].text) for k in under)
        if not (trusted and symbols) and _TRUSTED_SYMBOLS.fullmatch(word.text) is None and _trusted(word, known):
            out.append(word)                      # OCR read a dictionary word: keep it ("vice", not "ice")
        elif trusted:
            fresh = [k for k in under if k not in used]
            used.update(under)
            if fresh:
                out.append(Word(word.x0, word.top, word.x1, word.bottom, " ".join(layer_words[k].text for k in fresh)))
        else:
            out.append(word)
    return out


def mend_layer(layer_words: Sequence[Word], ocr_words: Sequence[Word]) -> tuple[list[Word], int]:
    """A faithful text layer (`layer_agreement`) with its unknown words mended where OCR reads one
    Swedish word, cased as words are, over just that word ("underskrifer" -> "underskrifter", a
    lost "ft" ligature; "k0mmun" -> "kommun", but not "besl0t" -> "beslOt"); all
    else stays as the layer has it, boxes too, so the page lays out as its text layer. OCR of a
    clean rendering of odd printed text ("besl0t" read "beslOot") mends nothing and would lose what
    the page says. Returns the words and how many were mended."""
    known = _words()
    out, mended = [], 0
    for word in layer_words:
        core = word.text.strip(".,:;()[]\"'!?")
        over = [o for o in ocr_words if _under(o, word)] if _UNKNOWN_WORD.fullmatch(core) and \
            not _is_known(core, known) else []
        if len(over) == 1 and _trusted(over[0], known) and _plain_case(over[0].text) and \
                sum(_under(over[0], w) for w in layer_words) == 1:
            out.append(Word(word.x0, word.top, word.x1, word.bottom, over[0].text))
            mended += 1
        else:
            out.append(word)
    return out, mended


def _plain_case(text: str) -> bool:
    """Letters cased as a word is: all lower, all upper or capitalised ("beslOt" is a misreading)."""
    letters = "".join(c for c in text if c.isalpha())
    return bool(letters) and (letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower()))
