"""Lay out positioned words as text: lines, blocks separated by blank lines, columns read in order.

Pure functions over `Word` boxes (points, y growing downwards), so the same layout serves a PDF's
text layer (pypdfium2 character boxes) and OCR output (Tesseract word boxes).

- Words on one baseline form a line; a gap wider than `SEGMENT_GAP` font sizes splits the line
  into segments ("Organ      Ungdomsfullmäktige"), written with two or more spaces between them.
- A vertical gap wider than `BLOCK_GAP` line heights ends a block; blocks are separated by a
  blank line, as paragraphs are in a text file.
- Within a block, a run of lines that no segment crosses at a gutter right of `GUTTER_MIN` of
  the text width, with at least one line on both sides of it, is read column by column: a
  two-column roster ("[X] Haverinen Emilia, ordförande   [X] Sjöström William") becomes two
  entries on two lines, and newspaper columns are read left column first.
"""
from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SEGMENT_GAP = 1.2      # font sizes of horizontal white space that split a line into segments
BLOCK_GAP = 0.8        # line heights of vertical white space (beyond normal leading) that end a block
PITCH_GAP = 1.45       # times the normal line pitch that end a block
SHARED_BLANK = 1.6     # line heights: at most one blank line across both columns keeps them one stretch
GUTTER_MIN = 0.4       # a column gutter lies at least this share of the text width from the left edge


@dataclass(frozen=True, slots=True)
class Word:
    """A word on a page: its box in points (top < bottom) and its text."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Segment:
    """Words of one line with no wide gap between them."""

    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Line:
    segments: tuple[Segment, ...]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.segments[0].x0


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words that share a baseline band, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.middle, w.x0)):
        if lines:
            last = lines[-1]
            top = statistics.median(w.top for w in last)
            bottom = statistics.median(w.bottom for w in last)
            if top - 0.5 <= word.middle <= bottom + 0.5 and abs(word.middle - (top + bottom) / 2) < 0.35 * (bottom - top):
                last.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def split_segments(words: Sequence[Word]) -> list[Segment]:
    """Split one line's words where the horizontal gap is wider than SEGMENT_GAP font sizes, unless
    the gaps are all alike (a justified line stretches every space the same)."""
    size = statistics.median(w.height for w in words)
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    if len(gaps) >= 3 and max(gaps) <= 1.5 * max(min(gaps), 0.5):
        return [Segment(tuple(words))]
    segments: list[list[Word]] = [[words[0]]]
    for gap, word in zip(gaps, words[1:]):
        if gap > SEGMENT_GAP * size:
            segments.append([word])
        else:
            segments[-1].append(word)
    return [Segment(tuple(s)) for s in segments]


def build_lines(words: Sequence[Word]) -> list[Line]:
    """Lines of segments, top to bottom."""
    out = []
    for line in group_lines(words):
        out.append(Line(tuple(split_segments(line)), min(w.top for w in line), max(w.bottom for w in line)))
    return out


def split_blocks(lines: Sequence[Line]) -> list[list[Line]]:
    """Runs of lines without a paragraph gap between them: a line pitch (in line heights) over
    PITCH_GAP times the page's normal one (its lower fifth, so double-spaced pages still have
    one), or white space over BLOCK_GAP line heights."""
    if not lines:
        return []
    height = statistics.median(line.bottom - line.top for line in lines)
    ratios = sorted(_pitch(a, b) for a, b in zip(lines, lines[1:]) if b.top - a.top > 0.5 * height)
    normal = ratios[len(ratios) // 5] if ratios else 1.0
    blocks: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if line.top - prev.bottom > BLOCK_GAP * height or _pitch(prev, line) > PITCH_GAP * normal:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return blocks


def _pitch(a: Line, b: Line) -> float:
    """Distance from one line's top to the next, in the first line's heights."""
    return (b.top - a.top) / max(a.bottom - a.top, 1.0)


def _crosses(word: Word, gutter: float) -> bool:
    return word.x0 < gutter - 2 < word.x1


def _right_starts(words: Sequence[Word], left: float, width: float) -> Counter:
    """x (4 pt bins) where a word right of GUTTER_MIN of the width starts after a wide gap or nothing."""
    starts: Counter = Counter()
    for line in build_lines(words):
        for seg in line.segments:
            if seg.x0 >= left + GUTTER_MIN * width:
                starts[round(seg.x0 / 4) * 4] += 1
    return starts


@dataclass
class _Unit:
    words: list[Word]
    columns: bool = False
    gutter: float = 0.0

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


def _bands(words: Sequence[Word], gutter: float, height: float) -> list[list[Word]]:
    """Words in vertical order, cut where a word crosses the gutter (its line is one full-width band)
    and where the page is empty across its width for a blank line."""
    crossing = sorted((w for w in words if _crosses(w, gutter)), key=lambda w: w.top)
    spans: list[list[float]] = []
    for w in crossing:
        if spans and w.top <= spans[-1][1] - 0.3 * height:
            spans[-1][1] = max(spans[-1][1], w.bottom)
        else:
            spans.append([w.top, w.bottom])
    def band(w: Word) -> float:
        for i, (top, bottom) in enumerate(spans):
            if top <= w.middle <= bottom:
                return 2 * i + 1                      # inside a full-width band
            if w.middle < top:
                return 2 * i                          # in the gap above band i
        return 2 * len(spans)
    groups: dict[float, list[Word]] = {}
    for w in words:
        groups.setdefault(band(w), []).append(w)
    out = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda w: w.top)
        run = [group[0]]
        for w in group[1:]:
            if w.top - max(x.bottom for x in run) > BLOCK_GAP * height:
                out.append(run)
                run = []
            run.append(w)
        out.append(run)
    return out


def _list_like(words: Sequence[Word]) -> bool:
    """Whether one side has two lines or more, most of them a single segment (a list or prose, not
    table rows: a table row split at a gutter would lose its cells)."""
    lines = build_lines(words)
    return len(lines) >= 2 and (sum(len(line.segments) == 1 for line in lines) >= 0.8 * len(lines)
                                or not _column_stops(lines))


def _units(words: Sequence[Word], gutter: float | None, height: float) -> list[_Unit]:
    """Full-width stretches and two-column stretches, top to bottom. Bands closer than SHARED_BLANK
    line heights stay one stretch (newspaper columns share blank lines by chance); a wider gap
    across the page ends it (a roster in two columns, then a one-column section)."""
    if gutter is None:
        return [_Unit(list(words))]
    groups: list[list[Word]] = []
    for band in _bands(words, gutter, height):
        crossing = any(_crosses(w, gutter) for w in band)
        if groups and not crossing and not any(_crosses(w, gutter) for w in groups[-1]) and \
                min(w.top for w in band) - max(w.bottom for w in groups[-1]) <= SHARED_BLANK * height:
            groups[-1].extend(band)
        else:
            groups.append(list(band))
    units: list[_Unit] = []
    for group in groups:
        left = [w for w in group if w.x1 <= gutter - 2]
        right = [w for w in group if w.x0 >= gutter - 2]
        columns = (bool(left and right) and not any(_crosses(w, gutter) for w in group)
                   and _list_like(left) and _list_like(right))
        if units and not columns and not units[-1].columns:
            units[-1].words.extend(group)
        else:
            units.append(_Unit(group, columns, gutter))
    return units


def _page_gutter(words: Sequence[Word], left: float, width: float, height: float) -> float | None:
    """The gutter (among the most common right-hand line starts) that puts most words in columns."""
    best, best_count = None, 0
    for x, n in _right_starts(words, left, width).most_common(3):
        if n < 1:
            continue
        gutter = min(w.x0 for w in words if abs(w.x0 - x) <= 4)
        count = sum(len(u.words) for u in _units(words, gutter, height) if u.columns)
        if count > best_count:
            best, best_count = gutter, count
    return best


def _segments_text(segments: Sequence[Segment], size: float) -> str:
    """Segments of one line, gaps written as two or more spaces."""
    out = segments[0].text
    for prev, seg in zip(segments, segments[1:]):
        out += " " * max(2, min(12, round((seg.x0 - prev.x1) / (0.5 * size)))) + seg.text
    return out


def _column_stops(block: Sequence[Line]) -> list[float]:
    """x where cells of a table start: segment starts shared by half the rows of 2+ segments (and two);
    the stretched spaces of justified lines fall anywhere and share none."""
    rows = [line for line in block if len(line.segments) >= 2]
    if len(rows) < 2:
        return []
    bins = Counter(round(seg.x0 / 6) for line in rows for seg in line.segments)
    shared = {b for b, n in bins.items() if n >= max(2, 0.5 * len(rows))}
    stops = sorted(min(seg.x0 for line in rows for seg in line.segments if round(seg.x0 / 6) == b) for b in shared)
    return stops if len(stops) >= 2 else []


def _table_row(line: Line, stops: Sequence[float]) -> str:
    """A row's segments in the cells of their column stops, tab separated (empty cells kept)."""
    cells = [""] * len(stops)
    for seg in line.segments:
        col = max([k for k, x in enumerate(stops) if x <= seg.x0 + 4] or [0])
        cells[col] = f"{cells[col]} {seg.text}".strip()
    return "\t".join(cells).rstrip("\t")


def render_flow(words: Sequence[Word]) -> str:
    """Words of one column (or the full width) as lines, blocks separated by one blank line. In a
    block whose rows share column stops (a table), rows are written with tab-separated cells, an
    empty cell for each empty column, as a table exported to text."""
    lines = build_lines(words)
    blocks = split_blocks(lines)
    out = []
    for block in blocks:
        size = statistics.median(line.bottom - line.top for line in block)
        stops = _column_stops(block)
        out.append("\n".join(_table_row(line, stops) if stops and len(line.segments) >= 2
                             else _segments_text(line.segments, size) for line in block))
    return "\n\n".join(out)


def _text_area(lines: Sequence[Line]) -> tuple[float, float]:
    """Left margin (the most common line start) and text width (to the 95th percentile line end),
    so a stamp in the margin does not move the column gutter."""
    starts = Counter(round(line.x0 / 4) * 4 for line in lines)
    left = min(line.x0 for line in lines if round(line.x0 / 4) * 4 == starts.most_common(1)[0][0])
    ends = sorted(line.segments[-1].x1 for line in lines)
    right = ends[min(len(ends) - 1, int(0.95 * len(ends)))]
    return left, max(right - left, 1.0)


def render_page(words: Sequence[Word]) -> str:
    """A page's words as text: blocks separated by one blank line, two-column stretches read column
    by column; no trailing newline."""
    words = [w for w in words if w.text.strip() and w.bottom > w.top]
    if not words:
        return ""
    lines = build_lines(words)
    left, width = _text_area(lines)
    height = statistics.median(line.bottom - line.top for line in lines)
    units = _units(words, _page_gutter(words, left, width, height), height)
    out = ""
    for prev, unit in zip([None, *units], units):
        if unit.columns:
            left_words = [w for w in unit.words if w.x1 <= unit.gutter - 2]
            right_words = [w for w in unit.words if w.x0 >= unit.gutter - 2]
            text = render_flow(left_words) + "\n" + render_flow(right_words)
        else:
            text = render_flow(unit.words)
        if prev is not None:
            gap = unit.top - prev.bottom
            out += "\n\n" if gap > BLOCK_GAP * height else "\n"
        out += text
    return out
