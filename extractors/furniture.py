"""Page furniture of paged text: headers and footers repeated across pages, blanked in the view.

A PDF's text (samgraf.pdf) separates pages with a form feed. Lines near the top or bottom of a
page that recur, nearly alike, near the top or bottom of many pages (the protocol title and date,
"Justerandes sign", "Utdragsbestyrkande", "Sida 3 av 7", a logo read by OCR) are page furniture:
`mask_page_furniture` blanks them, keeping every offset, and turns the form feeds into line
breaks. The text itself keeps them, so quotes and offsets still point at what `samgraf text` prints.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

PAGE_BREAK = "\f"
ZONE_LINES = 8          # non-blank lines at the top (and 6 at the bottom) of a page that may be furniture
TAIL_LINES = 6
MIN_SHARE = 0.4         # a furniture line recurs on at least this share of the pages (and on 2)
SIMILAR = 80            # rapidfuzz ratio at which two lines count as the same (OCR noise, page numbers)
SHORT_WORDS = 3         # short unrepeated lines (logo fragments) between furniture lines go too


_SECTION = re.compile(r"§\s*#|#\s*§")    # "§ 4 ...", "4 § ...", "Beslut 2025-3 §12:1": content, never furniture


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    key: str


def _page_lines(text: str, start: int, end: int) -> list[_Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        key = re.sub(r"\d+", "#", re.sub(r"\s+", " ", m.group(0))).strip().casefold()
        if key:
            out.append(_Line(start + m.start(), start + m.end(), key))
    return out


def _pages(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in re.finditer(PAGE_BREAK, text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _recurring(zones: list[list[_Line]], need: int) -> set[str]:
    """Keys of zone lines with a similar line in the zones of at least `need` pages."""
    keys = sorted({line.key for zone in zones for line in zone})
    found = set()
    for key in keys:
        pages = sum(1 for zone in zones if any(fuzz.ratio(key, other.key) >= SIMILAR for other in zone))
        if pages >= need:
            found.add(key)
    return found


def _furniture_run(zone: list[_Line], recurring: set[str]) -> list[_Line]:
    """Zone lines up to the last recurring one, if everything before it is recurring or short."""
    last = -1
    for i, line in enumerate(zone):
        if line.key in recurring:
            last = i
        elif len(line.key.split()) > SHORT_WORDS:
            break
    return zone[:last + 1]


def find_page_furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of the header and footer lines of each page; the first page keeps its header."""
    pages = _pages(text)
    if len(pages) < 2:
        return []
    lines = [[line for line in _page_lines(text, s, e) if not _SECTION.search(line.key)] for s, e in pages]
    heads = [page[:min(ZONE_LINES, (len(page) + 1) // 2)] for page in lines]
    tails = [list(reversed(page[len(head):][-TAIL_LINES:])) for page, head in zip(lines, heads)]
    need = max(2, round(MIN_SHARE * len(pages)))
    head_keys, tail_keys = _recurring(heads, need), _recurring(tails, need)
    out = []
    for number, (head, tail) in enumerate(zip(heads, tails)):
        if number > 0:
            out += [(line.start, line.end) for line in _furniture_run(head, head_keys)]
        out += [(line.start, line.end) for line in _furniture_run(tail, tail_keys)]
    return sorted(set(out))


def mask_page_furniture(text: str) -> str:
    """Blank recurring page headers and footers; each page break, with the furniture and blank lines
    around it, becomes one blank line ("last line   \n\nfirst line"), as a paragraph gap, or one line
    break where a sentence runs over it (`_runs_on`). Same length."""
    if PAGE_BREAK not in text:
        return text
    chars = list(text)
    for start, end in find_page_furniture(text):
        chars[start:end] = " " * (end - start)
    view = "".join(chars)
    for m in re.finditer(r"\s*\f\s*", view):
        start, end = m.start(), m.end()
        if end < len(view):                      # keep the indentation of the next page's first line
            end = start + len(m.group(0).rstrip(" \t"))
        if end - start >= 2:
            gap = "\n" if _runs_on(view[max(0, start - 200):start], view[end:end + 200]) else "\n\n"
            chars[start:end] = " " * (end - start - len(gap)) + gap
    return "".join(chars).replace(PAGE_BREAK, "\n")


def _runs_on(before: str, after: str) -> bool:
    """Whether a sentence runs over the page break: the page ends in a lower-case word or a comma
    ("... beslutar styrelsen att bevilja" | "Filipstads kommun 540 000 kr ..."), and the next page
    does not open a new §. Such a break is one line break in the view, not a paragraph gap."""
    tail = before.rstrip()
    return bool(tail) and (tail[-1].islower() or tail[-1] == ",") and not after.lstrip().startswith("§")
