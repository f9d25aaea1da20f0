"""Lay out positioned words as text: lines, blocks separated by blank lines, columns read in order.

Pure functions over `Word` boxes (points, y growing downwards), so the same layout serves a PDF's
text layer (pypdfium2 character boxes) and OCR output (Tesseract word boxes).

- Words on one baseline form a line; a gap wider than `SEGMENT_GAP` font sizes splits the line
  into segments ("Organ      Ungdomsfullmäktige"), written with two or more spaces between them.
- A vertical gap wider than `BLOCK_GAP` line heights ends a block; blocks are separated by a
  blank line, as paragraphs are in a text file.
- A stretch of lines that no word crosses at a gutter right of `GUTTER_MIN` of the text width
  is read column by column when both sides are lists (a two-column roster "[X] Haverinen Emilia,
  ordförande   [X] Sjöström William" becomes two entries on two lines) or newspaper columns
  (`_newspaper`: each side flows on its own, where a table's rows pair up line by line).
- A table row that wrapped in a narrow column is written back on one line, and outside tables a
  line wrapped for want of room runs on into the next, so a paragraph reads as one line.
"""
from __future__ import annotations

import bisect
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SEGMENT_GAP = 1.2      # font sizes of horizontal white space that split a line into segments
BLOCK_GAP = 0.8        # line heights of vertical white space (beyond normal leading) that end a block
PITCH_GAP = 1.45       # times the normal line pitch that end a block
SHARED_BLANK = 1.6     # line heights: at most one blank line across both columns keeps them one stretch
GUTTER_MIN = 0.4       # a column gutter lies at least this share of the text width from the left edge
NEWSPAPER_LINES = 3    # lines on each side, at least, of newspaper columns ...
NEWSPAPER_UNPAIRED = 0.3        # ... whose shares of lines with nothing beside them add up to this
NEWSPAPER_UNPAIRED_EACH = 0.1   # ... and are at least this on each side
HINT_MIN_LINES = 3     # lines left of a gutter the document's other pages share that make a column
COLUMN_PAGE_SHARE = 0.6  # a page whose column stretches hold this share of its words is in columns
VALUE_COLUMN = 0.35    # a right side narrower than this share of the left side is a table's value column


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


def split_segments(words: Sequence[Word], right: float | None = None) -> list[Segment]:
    """Split one line's words where the horizontal gap is wider than SEGMENT_GAP font sizes, unless
    the gaps are all alike: a justified line stretches every space the same (three gaps or more;
    two when the line reaches the `right` edge of its text, as justified lines do)."""
    size = statistics.median(w.height for w in words)
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    full = right is not None and words[-1].x1 >= right - 0.5 * size
    if len(gaps) >= (2 if full else 3) and max(gaps) <= 1.5 * max(min(gaps), 0.5):
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
    right = max((w.x1 for w in words), default=0.0)
    for line in group_lines(words):
        out.append(Line(tuple(split_segments(line, right)), min(w.top for w in line), max(w.bottom for w in line)))
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


def _bands(words: Sequence[Word], crossing: frozenset[int], height: float) -> list[list[Word]]:
    """Words in vertical order, cut where a line runs across the gutter (`_crossing`: its line is one
    full-width band) and where the page is empty across its width for a blank line."""
    crossing = sorted((w for w in words if id(w) in crossing), key=lambda w: w.top)
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


def _unpaired(lines: Sequence[Line], others: Sequence[Line], height: float) -> float:
    """Share of `lines` with no line of `others` on their baseline."""
    middles = sorted((o.top + o.bottom) / 2 for o in others)
    def paired(line: Line) -> bool:
        middle = (line.top + line.bottom) / 2
        k = bisect.bisect_left(middles, middle - 0.5 * height)
        return k < len(middles) and middles[k] <= middle + 0.5 * height
    return sum(not paired(line) for line in lines) / max(len(lines), 1)


def _sides(words: Sequence[Word], gutter: float) -> tuple[list[Word], list[Word]]:
    """Words left and right of a gutter (words crossing it on neither side)."""
    return [w for w in words if w.x1 <= gutter - 2], [w for w in words if w.x0 >= gutter - 2]


def _newspaper(left: Sequence[Word], right: Sequence[Word], height: float) -> bool:
    """Whether two sides are newspaper columns, not the cells of one table: each side flows on its
    own, so both have NEWSPAPER_LINES lines or more and each has lines (a paragraph gap on the other
    side, a wrapped row) with nothing beside them. A table's rows pair up line by line."""
    a, b = build_lines(left), build_lines(right)
    if min(len(a), len(b)) < NEWSPAPER_LINES:
        return False
    ua, ub = _unpaired(a, b, height), _unpaired(b, a, height)
    return min(ua, ub) >= NEWSPAPER_UNPAIRED_EACH and ua + ub >= NEWSPAPER_UNPAIRED


def _units(words: Sequence[Word], gutter: float | None, height: float, *, hinted: bool = False) -> list[_Unit]:
    """Full-width stretches and two-column stretches, top to bottom. Bands closer than SHARED_BLANK
    line heights stay one stretch (newspaper columns share blank lines by chance); a wider gap
    across the page ends it (a roster in two columns, then a one-column section), unless the two
    stretches together are newspaper columns (tight OCR line boxes leave wide gaps). A stretch is read
    in columns when both sides are lists of entries (`_list_columns`), when they are newspaper
    columns, or (`hinted`: the other pages of the document are newspaper columns at this gutter) when
    its left side has lines."""
    if gutter is None:
        return [_Unit(list(words))]
    crossing = _crossing(words, gutter)
    groups: list[list[Word]] = []
    for band in _bands(words, crossing, height):
        across = any(id(w) in crossing for w in band)
        if groups and not across and not any(id(w) in crossing for w in groups[-1]) and (
                min(w.top for w in band) - max(w.bottom for w in groups[-1]) <= SHARED_BLANK * height
                or _newspaper(*_sides([*groups[-1], *band], gutter), height)):
            groups[-1].extend(band)
        else:
            groups.append(list(band))
    units: list[_Unit] = []
    for k, group in enumerate(groups):
        left, right = _sides(group, gutter)
        columns = (bool(left and right) and not any(id(w) in crossing for w in group)
                   and ((_list_columns(left, right, height) and not _beside_rows(groups, k, crossing, gutter, height))
                        or _newspaper(left, right, height)
                        or (hinted and len(build_lines(left)) >= HINT_MIN_LINES)))
        if units and not columns and not units[-1].columns:
            units[-1].words.extend(group)
        else:
            units.append(_Unit(group, columns, gutter))
    return units


def _crossing(words: Sequence[Word], gutter: float) -> frozenset[int]:
    """Ids of the words that run across the gutter: a word over it, or the two words either side of
    it when no wide gap (SEGMENT_GAP font sizes) parts them. A line of prose that happens to have a
    space at the gutter ("... Lilla Edets kommun 360 000 kr") is not two columns; the stretched
    spaces of a justified line do not matter here, only the gap at the gutter."""
    out: set[int] = set()
    for line in group_lines(words):
        size = statistics.median(w.height for w in line)
        for a, b in zip(line, line[1:]):
            if a.x0 < gutter - 2 < a.x1:
                out.add(id(a))
            if a.x1 <= gutter - 2 <= b.x0 and b.x0 - a.x1 <= SEGMENT_GAP * size:
                out.update((id(a), id(b)))
        if line[-1].x0 < gutter - 2 < line[-1].x1:
            out.add(id(line[-1]))
    return frozenset(out)


def _list_columns(left: Sequence[Word], right: Sequence[Word], height: float) -> bool:
    """Whether two sides are lists of entries set in two columns (a roster "[X] Haverinen Emilia,
    ordförande   [X] Sjöström William"): both sides are lists (`_list_like`), two lines or more
    pair up across the gutter, and the right side is not a table's narrow value column ("Bifall",
    "Ja", "Nej" beside each member: its lines are under VALUE_COLUMN of the left side's width)."""
    if not (_list_like(left) and _list_like(right)):
        return False
    a, b = build_lines(left), build_lines(right)
    if len(b) - round(_unpaired(b, a, height) * len(b)) < 2:
        return False
    width = statistics.median(line.segments[-1].x1 - line.x0 for line in a)
    return statistics.median(line.segments[-1].x1 - line.x0 for line in b) >= VALUE_COLUMN * width


def _beside_rows(groups: Sequence[Sequence[Word]], k: int, crossing: frozenset[int], gutter: float,
                 height: float) -> bool:
    """Whether the stretch groups[k] has, in its block (no paragraph gap between), a line across the
    gutter that reaches half-way into the right side: the stretch is then rows of one table whose
    cells a proportional font did not line up ("Gun-Britt Sahlin (m) Strängnäs kommun, vice ordf.
    Pontus Ek (fp)" crossing it, the next rows not), not two columns."""
    group = groups[k]
    right = [w for w in group if w.x0 >= gutter - 2]
    reach = gutter + 0.5 * (max(w.x1 for w in right) - gutter) if right else gutter
    top, bottom = min(w.top for w in group), max(w.bottom for w in group)
    for other in (groups[k - 1] if k else (), groups[k + 1] if k + 1 < len(groups) else ()):
        if not any(id(w) in crossing for w in other):
            continue
        near = [w for w in other if max(top - w.bottom, w.top - bottom) <= BLOCK_GAP * height]
        if near and max(w.x1 for w in near) >= reach:
            return True
    return False


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


def _full_row(block: Sequence[Line]) -> int:
    """The number of cells of a full row: the segment count most rows (of two segments or more)
    share, or 0 when there is none."""
    counts = Counter(len(line.segments) for line in block if len(line.segments) >= 2)
    if not counts:
        return 0
    cells, n = counts.most_common(1)[0]
    return cells if n >= 0.5 * sum(counts.values()) else 0


def _table_row(line: Line, stops: Sequence[float], full: int = 0) -> str:
    """A row's segments in the cells of their column stops, tab separated (empty cells kept).
    Segments past the last stop are cells of their own (rows whose later cells do not line up).
    A full row (`full` segments, as most rows have) is written cell by cell, in order: a word
    processor's default tab stops or a proportional font shift a row's cells off the table's
    stops ("Therese Olofsson" pushes "M" one stop on), but they keep their order."""
    segments = _split_to(line.segments, full) if full else line.segments
    if full and len(segments) == full:
        return "\t".join(seg.text for seg in segments)
    if len(line.segments) < 2:
        return _segments_text(line.segments, line.bottom - line.top)
    cells = [""] * len(stops)
    for seg in line.segments:
        col = max([k for k, x in enumerate(stops) if x <= seg.x0 + 4] or [0])
        glue = "\t" if col == len(stops) - 1 else " "
        cells[col] = f"{cells[col]}{glue}{seg.text}" if cells[col] else seg.text
    return "\t".join(cells).rstrip("\t")


def _split_to(segments: Sequence[Segment], cells: int) -> Sequence[Segment]:
    """A row short of `cells` segments split at its widest gaps inside segments, when those are
    half a font size at least (two spaces; a word space is about a quarter) and twice the row's
    other word spaces: short header words over wide columns ("Parti   Representerar") sit closer
    than SEGMENT_GAP. The stretched spaces of a justified line are all alike and never split.
    Otherwise the row as it is (a row with an empty cell)."""
    gaps = [(b.x0 - a.x1, id(b)) for seg in segments for a, b in zip(seg.words, seg.words[1:])]
    if len(segments) >= cells or not gaps:
        return segments
    size = statistics.median(w.height for seg in segments for w in seg.words)

    def wide_gap(k: int) -> bool:
        others = [g for j, (g, _) in enumerate(gaps) if j != k]
        return gaps[k][0] >= 0.5 * size and (not others or gaps[k][0] >= 2 * statistics.median(others))
    wide = sorted((g for k, g in enumerate(gaps) if wide_gap(k)), reverse=True)
    if len(wide) < cells - len(segments):
        return segments
    cuts = {key for _, key in wide[:cells - len(segments)]}
    out: list[Segment] = []
    for seg in segments:
        run: list[Word] = []
        for w in seg.words:
            if id(w) in cuts and run:
                out.append(Segment(tuple(run)))
                run = []
            run.append(w)
        out.append(Segment(tuple(run)))
    return out


_MARKS = frozenset("☐☒☑✓✔Xx")


def _opens_with_mark(line: Line) -> bool:
    return line.segments[0].words[0].text in _MARKS and len(line.segments[0].words) + len(line.segments) > 2


def _row_like(line: Line) -> bool:
    """A table row: cells apart (two segments or more) or opening with marks, and a word in it."""
    return (len(line.segments) >= 2 or _opens_with_mark(line)) and \
        any(c.isalpha() for c in line.segments[-1].text + line.segments[0].text[2:])


def _wrapped_rows(block: Sequence[Line]) -> list[bool]:
    """For each line: is it the wrapped end of the table row above? A row wider than its column
    (tab cells in a narrow newspaper column) runs on to a short line: that line follows a row and is
    followed by a row, a heading left of the rows or the block's end. Where rows open with marks
    ("☐ ☒ Anna Ek"), any line without them is such an end; elsewhere it is one segment. The end
    may start right of its row (the spaces before a cell wrap with it), never left of it: such a
    line is a heading over indented rows ("Eksjö kommun" over "    Ledamot  Annika Hallgren (M)")."""
    rows = [_row_like(line) for line in block]
    marked = [_opens_with_mark(line) for line in block]
    if sum(rows) < 2:
        return [False] * len(block)
    by_marks = sum(marked) >= max(2, 0.6 * sum(rows))
    left = min(line.x0 for line in block)
    width = max(line.segments[-1].x1 for line in block) - left
    out = [False] * len(block)
    for k in range(1, len(block)):
        line = block[k]
        size = line.bottom - line.top
        if by_marks:
            follows_row, before_row, tail = marked[k - 1], k + 1 == len(block) or marked[k + 1], not marked[k]
        else:
            follows_row = rows[k - 1] and not out[k - 1]
            before_row = k + 1 == len(block) or rows[k + 1] or block[k + 1].x0 < block[k - 1].x0 - 0.5 * size
            tail = not rows[k] and len(line.segments) == 1
        short = by_marks or line.segments[-1].x1 - left < 0.7 * width
        out[k] = follows_row and before_row and tail and short and line.x0 > block[k - 1].x0 - 0.5 * size
    return out


def render_flow(words: Sequence[Word]) -> str:
    """Words of one column (or the full width) as lines, blocks separated by one blank line. In a
    block whose rows share column stops (a table), rows are written with tab-separated cells, an
    empty cell for each empty column, as a table exported to text. A row's wrapped end
    (`_wrapped_rows`) is written back on its row, as the next cell. Outside tables, a line wrapped
    for want of room runs on into the next (`_runs_on`) when three lines or more end at the flow's
    right edge (a right margin, not merely its longest line). In a justified block, a line that
    reaches the right edge and is not the block's last is written with single spaces, however wide
    its stretched gaps. A line indented within its block is written indented (`_indent`)."""
    lines = build_lines(words)
    if not lines:
        return ""
    blocks = split_blocks(lines)
    right = max(line.segments[-1].x1 for line in lines)
    margin = sum(line.segments[-1].x1 >= right - 0.5 * (line.bottom - line.top) for line in lines) >= 3
    out = []
    for block in blocks:
        size = statistics.median(line.bottom - line.top for line in block)
        stops = _column_stops(block)
        full = _full_row(block)
        left = min(line.x0 for line in block)
        justified = sum(line.segments[-1].x1 >= right - 1 for line in block) >= 0.5 * len(block) > 1
        text: list[str] = []
        for k, (line, wrapped) in enumerate(zip(block, _wrapped_rows(block), strict=True)):
            stretched = justified and not stops and k + 1 < len(block) and line.segments[-1].x1 >= right - 1
            words = " ".join(seg.text for seg in line.segments) if stretched else _segments_text(line.segments, size)
            if wrapped:
                text[-1] += ("\t" if stops else "  ") + words
            elif k and margin and not stops and _runs_on(block[k - 1], line, left, right, justified):
                text[-1] += " " + words
            else:
                row = _table_row(line, stops, full) if stops and (len(line.segments) >= 2 or full) else words
                text.append(_indent(line.x0 - left, size) + row)
        out.append("\n".join(text))
    return "\n\n".join(out)


INDENT = 0.8          # font sizes a line starts right of its block's left edge that make it indented


def _indent(offset: float, size: float) -> str:
    """Spaces for a line that starts `offset` right of its block's left edge: rows indented under a
    heading ("Eksjö kommun" over "    Ledamot  Annika Hallgren (M)") are written indented, as in a
    text file, so a reader can tell the rows from the headings; a word space is about 0.28 font sizes."""
    return " " * max(2, round(offset / (0.28 * size))) if offset >= INDENT * size else ""


def _runs_on(prev: Line, line: Line, left: float, right: float, justified: bool) -> bool:
    """Whether `line` continues the sentence of `prev`, wrapped only for want of room: it starts at
    the left edge and its first word would not have fitted after `prev` within the `right` edge
    (in a `justified` block: `prev` reaches that edge, for a paragraph's last line stops short).
    Such lines are joined, so a paragraph reads as one line, as in a text file, and a name or an
    organisation broken over two lines ("Region\nHalland") is whole again. Two lines of cells apart
    (two segments each: "Protokoll   17 §   28.03.2023   Sida" over "Personalsektionen   7") are
    rows, never a wrapped sentence; nor is a line that starts left of an indented row of cells that
    stops short of the right edge: a heading over indented rows ("Eksjö kommun" under
    "    Ersättare   Mats Ek (KD)   –", whose cells a proportional font did not line up into a table),
    as `_wrapped_rows` has it for tables. A row that fills the line to the edge was wrapped there
    ("    Roger Ek (M)   Region Västra" / "Götaland   närvarande")."""
    if len(prev.segments) > 1 and len(line.segments) > 1:
        return False
    size = prev.bottom - prev.top
    end = prev.segments[-1].x1
    if len(prev.segments) > 1 and prev.x0 - left >= INDENT * size and line.x0 < prev.x0 - 0.5 * size and \
            end < right - 1:
        return False
    first = line.segments[0].words[0]
    fits = end >= right - 1 if justified else end + 0.25 * size + (first.x1 - first.x0) > right - 1
    return line.x0 - left < 0.5 * size and fits


def _text_area(lines: Sequence[Line]) -> tuple[float, float]:
    """Left margin (the most common line start) and text width (to the 95th percentile line end),
    so a stamp in the margin does not move the column gutter."""
    starts = Counter(round(line.x0 / 4) * 4 for line in lines)
    left = min(line.x0 for line in lines if round(line.x0 / 4) * 4 == starts.most_common(1)[0][0])
    ends = sorted(line.segments[-1].x1 for line in lines)
    right = ends[min(len(ends) - 1, int(0.95 * len(ends)))]
    return left, max(right - left, 1.0)


def _clean(words: Sequence[Word]) -> list[Word]:
    return [w for w in words if w.text.strip() and w.bottom > w.top]


def _line_height(lines: Sequence[Line]) -> float:
    return statistics.median(line.bottom - line.top for line in lines)


def column_gutter(words: Sequence[Word]) -> float | None:
    """The gutter of a page set in two columns: column stretches hold COLUMN_PAGE_SHARE of its
    words. `document_gutter` turns the pages' gutters into a hint for the pages that look alone
    like one column (the last page of a protocol with one line in the right column)."""
    words = _clean(words)
    if not words:
        return None
    lines = build_lines(words)
    left, width = _text_area(lines)
    height = _line_height(lines)
    gutter = _page_gutter(words, left, width, height)
    if gutter is None:
        return None
    in_columns = sum(len(u.words) for u in _units(words, gutter, height) if u.columns)
    return gutter if in_columns >= COLUMN_PAGE_SHARE * len(words) else None


def document_gutter(gutters: Sequence[float | None]) -> float | None:
    """The gutter shared (within 6 pt) by two pages or more and by half the document's pages."""
    bins = Counter(round(g / 6) for g in gutters if g is not None)
    if not bins:
        return None
    key, n = bins.most_common(1)[0]
    if n < 2 or n < 0.5 * len(gutters):
        return None
    return min(g for g in gutters if g is not None and round(g / 6) == key)


def render_page(words: Sequence[Word], gutter_hint: float | None = None) -> str:
    """A page's words as text: blocks separated by one blank line, two-column stretches read column
    by column; no trailing newline. `gutter_hint` (`document_gutter`) is used when the page itself
    shows no columns."""
    words = _clean(words)
    if not words:
        return ""
    lines = build_lines(words)
    left, width = _text_area(lines)
    height = _line_height(lines)
    units = _units(words, _page_gutter(words, left, width, height), height)
    if gutter_hint is not None and not any(u.columns for u in units):
        units = _units(words, gutter_hint, height, hinted=True)
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
