"""Tesseract OCR of PDF pages, and the test that sends a page to it (a damaged text layer).

A page is rendered with pypdfium2 at `DPI` and read by the `tesseract` command (Debian:
tesseract-ocr, tesseract-ocr-swe) as TSV word boxes, which go through the same layout as a text
layer. Without Tesseract, `ocr_page` returns None and the page is reported as unreadable.
"""
from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import shutil
import subprocess
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
    return _read_tsv(done.stdout.decode("utf-8", "replace"))


def _read_tsv(tsv: str) -> OcrResult:
    """Words and confidences of Tesseract's TSV (pixels at DPI -> points); each word gets its line's
    top and bottom, so words of one line share a baseline band whatever their letters."""
    scale = 72 / DPI
    lines: dict[tuple[str, ...], tuple[int, int]] = {}
    words, confs, starts = [], [], []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        key = tuple(row.get(k) or "" for k in ("page_num", "block_num", "par_num", "line_num"))
        left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
        if row.get("level") == "4":
            lines[key] = (top, top + height)
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        line_top, line_bottom = lines.get(key, (top, top + height))
        words.append(Word(left * scale, line_top * scale, (left + width) * scale, line_bottom * scale, text))
        confs.append(max(0.0, float(row.get("conf") or 0)) / 100)
        starts.append(row.get("word_num") == "1")
    confidence = sum(confs) / len(confs) if confs else 0.0
    return OcrResult(tuple(_section_signs(words, starts)), round(confidence, 3))


_MISREAD_SECTION = re.compile(r"^[$sS](\d{1,3})$")
_EIGHT_SECTION = re.compile(r"^8(\d{1,2})$")


def _section_signs(words: list[Word], starts: list[bool]) -> list[Word]:
    """Tesseract reads a line-initial "§4" as "$4", "s4" or "84": restore the § sign. "8N" only when
    the page has two or more such headings before a capitalised word, or a "$N"/"sN" one."""
    def heading(k: int, pattern: re.Pattern[str]) -> bool:
        return (starts[k] and pattern.match(words[k].text) is not None
                and k + 1 < len(words) and words[k + 1].text[:1].isupper())
    sure = [k for k in range(len(words)) if heading(k, _MISREAD_SECTION)]
    eights = [k for k in range(len(words)) if heading(k, _EIGHT_SECTION)]
    fix = {k: _MISREAD_SECTION for k in sure}
    if sure or len(eights) >= 2:
        fix.update({k: _EIGHT_SECTION for k in eights})
    out = list(words)
    for k, pattern in fix.items():
        w = words[k]
        out[k] = Word(w.x0, w.top, w.x1, w.bottom, "§" + pattern.match(w.text).group(1))
    return out


def ocr_page(page) -> OcrResult | None:
    """Render a pypdfium2 page at DPI and OCR it; None if Tesseract is not available."""
    if tesseract() is None:
        return None
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    return ocr_image(image)


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
