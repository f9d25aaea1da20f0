"""Linear-time helpers for readers that look forward from many positions of one text.

A reader that, for each of its k matches, searches forward for the next sentence end or line break
scans up to the whole text each time: k x n, quadratic when the thing searched for is far away or
absent (a page of text on one line, a list with no full stop). These helpers remember the last answer,
so positions that move forward cost one scan of the text in all.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache


class ForwardSearch:
    """The first match of `pattern` at or after a position, remembered: for any position between the last
    search's start and the match it found, the answer is the same match (a match does not depend on where
    a search started), so a forward-moving reader scans the text once. Patterns must not use `^` without
    re.MULTILINE (that anchors at the search start only through the text start, which is the same)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        self._from = -1
        self._match: re.Match[str] | None = None

    def search(self, pos: int) -> re.Match[str] | None:
        """pattern.search(text, pos)."""
        limit = self._match.start() if self._match is not None else len(self.text)
        if not (0 <= self._from <= pos <= limit):
            self._from, self._match = pos, self.pattern.search(self.text, pos)
        return self._match


class LineIndex:
    """Line numbers of offsets (how many line breaks come before), by bisection instead of counting from 0."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def line_of(self, offset: int) -> int:
        """text.count("\\n", 0, offset)."""
        return bisect_left(self._breaks, offset)


class Occurrences:
    """Every start of a literal string in a text (overlapping ones too, as str.find sees them), sorted."""

    def __init__(self, text: str, literal: str) -> None:
        self._starts = [m.start() for m in re.finditer(f"(?={re.escape(literal)})", text)]
        self._length = len(literal)

    def last_before(self, end: int) -> int:
        """text.rfind(literal, 0, end): the last occurrence that ends by `end`, else -1."""
        k = bisect_right(self._starts, end - self._length)
        return self._starts[k - 1] if k else -1

    def first_from(self, start: int) -> int:
        """text.find(literal, start): the first start at or after `start`, else -1."""
        k = bisect_left(self._starts, start)
        return self._starts[k] if k < len(self._starts) else -1


@lru_cache(maxsize=4)
def boundaries(text: str, literals: tuple[str, ...]) -> dict[str, Occurrences]:
    """Occurrences of each literal in `text`, built once per text (readers of one view share it)."""
    return {literal: Occurrences(text, literal) for literal in literals}


@lru_cache(maxsize=8)
def match_spans(text: str, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Starts and ends of pattern.finditer(text), found once per text."""
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def first_span_within(text: str, pattern: re.Pattern[str], start: int, end: int) -> tuple[int, int] | None:
    """The first finditer match of `pattern` lying in text[start:end], else None."""
    starts, ends = match_spans(text, pattern)
    k = bisect_left(starts, start)
    return (starts[k], ends[k]) if k < len(starts) and ends[k] <= end else None


class SpanSet:
    """Spans (start, end), possibly overlapping, with lookups by bisection instead of a pass over all of them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [a for a, _ in self.spans]
        self._reach: list[int] = []              # the furthest end among the first k spans
        for _, b in self.spans:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)
        self.ends = frozenset(b for _, b in self.spans)

    def contains(self, pos: int) -> bool:
        """any(a <= pos < b for a, b in spans)."""
        k = bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans with lo <= start < hi, in sorted order."""
        return self.spans[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
