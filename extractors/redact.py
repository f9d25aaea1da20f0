"""Find and mask Swedish personal identity numbers (personnummer) in protocol text and file names.

Masking replaces every digit (and every OCR-confused letter) of a match with "X" and keeps the
separators, so the text keeps its length and every other character offset stays valid.

The principle: a personnummer is 10 or 12 digit-like characters whose date part is a date,
however the characters between them are damaged.
- Digit-like: any Unicode decimal digit, and the letters OCR reads for digits: O/o -> 0,
  I/l/| -> 1, Z -> 2, S -> 5, B -> 8 (at most three of them in one number). A *group* is a
  maximal run of digit-like characters with at least one real digit (a lone "I" or "S" is a word).
- Separator-like: every character that prints as a dash, a space or nothing: "-", "+", "_",
  U+2212 minus, every dash punctuation (Unicode category Pd, U+2010-U+2015 among them), every
  whitespace (no-break, thin and narrow spaces, tabs, line breaks) and the invisible format
  characters (soft hyphen, zero-width space/joiners, word joiner, BOM). Groups joined by runs
  of separators form a *chain*; the run may be as long as it likes ("19640823 - 3234",
  "640823-\\n3234").
- A candidate is 1 to 3 consecutive groups of a chain (layout or OCR breaks a number at most
  twice: "640823-323 4") holding exactly 10 (YYMMDDNNNN) or 12 (CCYYMMDDNNNN, CC 18/19/20)
  digit-like characters. It may start after confused letters glued to its first group ("S640823")
  and end before those glued to its last one.
- It is a personnummer when YYMMDD is a calendar date (day + 60 for samordningsnummer), checksum
  or not, because OCR breaks checksums and a leaked number is worse than a masked non-number.
  The scan is linear: one regex pass with possessive quantifiers, then constant work per group.

What is deliberately left alone (kept unmasked):
- a date and a time: the last group is four real digits reading as HHMM (00-23, 00-59), joined
  to the date by spaces on the same line, and the checksum is wrong ("231215 1300",
  "20231215 0930"). When the checksum is right the number is masked: one date-time pair in ten
  is masked by mistake, and no personnummer written with a space leaks because it reads as a time;
- diarienummer: "Dnr", "Diarienr", "Diarienummer" (any case, optional "." or ":") right before;
- money: "kr", "kronor", "tkr", "mkr", "SEK" or ":-" right after, unless a dash joins the parts
  (an amount is grouped by spaces or dots, never "640823-3234 kr");
- phone numbers: a short form that starts with 0 and either has an area code of its own (first
  group shorter than six: "070-123 45 67", "070-1234567") or has a wrong checksum and no dash
  ("0701234567", "070123 4567"). A 00s-born person's number written with a dash or with a right
  checksum is still masked;
- organisationsnummer (month digits >= 20, never a date: "212000-1234"), date ranges
  ("240101-241231"; "190301-200115", two groups of six, is two dates, never CCYYMMDD-NNNN), ISO dates, money with thousand groups (three groups
  of 1-3 digits never reach ten digits), § numbers and decision ids ("2025-3 §14:1").
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

MASK = "X"
CONFUSIONS = {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "S": "5", "B": "8"}
# Unicode category Pd (dash punctuation), as of Unicode 15; a test checks this against unicodedata.
DASHES = ("-\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a\u2e3a\u2e3b"
          "\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010ead")
# Separators that are neither dashes nor whitespace: plus, minus sign, underscore (file names),
# and the characters that print as nothing.
OTHER_SEPARATORS = "+\u2212_\u00ad\u200b\u200c\u200d\u2060\ufeff"
MAX_GROUPS = 3
MAX_CONFUSIONS = 3
CENTURIES = ("18", "19", "20")

_LETTERS = re.escape("".join(CONFUSIONS))
_GROUP = re.compile(rf"(?<![{_LETTERS}])[{_LETTERS}]*+\d[\d{_LETTERS}]*+")
_SEPARATORS = re.compile(rf"[\s{re.escape(DASHES + OTHER_SEPARATORS)}]*+")
_DASH_LIKE = frozenset(DASHES + "+\u2212")
_DNR_BEFORE = re.compile(r"(?<![^\W\d_])(?:dnr|diarienr|diarienummer|diarie-nr)[\s.:]*+\Z", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*+(?:kr|kronor|tkr|mkr|sek)(?![^\W\d_])|\s*+:-", re.IGNORECASE)
_CONTEXT = 24


@dataclass(frozen=True, slots=True)
class Redaction:
    """A personnummer found at text[start:end]."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Group:
    """A run of digit-like characters: text[start:end], its real digits between lead and tail."""

    start: int
    end: int
    lead: int      # index of the first real digit (confused letters before it may be dropped)
    tail: int      # index after the last real digit


@dataclass(frozen=True, slots=True)
class _Candidate:
    """10 or 12 digit-like characters over 1-3 groups: the digits, the span and the gaps between groups."""

    digits: str
    start: int
    end: int
    sizes: tuple[int, ...]    # digit-like characters in each group
    last: str                 # the last group's characters
    gaps: tuple[str, ...]     # the separator runs between the groups


def _digit_value(char: str) -> str:
    """The digit a digit-like character stands for."""
    return CONFUSIONS.get(char) or str(int(char))


def _is_digit_like(char: str) -> bool:
    return char in CONFUSIONS or char.isdecimal()


def _find_groups(text: str) -> Iterator[_Group]:
    """Yield each maximal run of digit-like characters holding at least one real digit."""
    for match in _GROUP.finditer(text):
        start, end = match.span()
        lead, tail = start, end
        while not text[lead].isdecimal():
            lead += 1
        while not text[tail - 1].isdecimal():
            tail -= 1
        yield _Group(start, end, lead, tail)


def _find_runs(text: str) -> Iterator[tuple[_Group, ...]]:
    """Yield, for each group, the runs of 1-3 groups ending in it that separators alone join."""
    window: tuple[_Group, ...] = ()
    for group in _find_groups(text):
        joined = window and _SEPARATORS.fullmatch(text, window[-1].end, group.start)
        window = (*window[-(MAX_GROUPS - 1):], group) if joined else (group,)
        for first in range(len(window)):
            yield window[first:]


def _candidates(text: str, groups: tuple[_Group, ...]) -> Iterator[_Candidate]:
    """Yield each 10- or 12-character candidate that starts in groups[0] and ends in groups[-1]."""
    gaps = sum(g.start - p.end for p, g in zip(groups, groups[1:]))
    if groups[-1].end - groups[0].start - gaps < 10:
        return
    for start in dict.fromkeys((groups[0].start, groups[0].lead)):
        for end in dict.fromkeys((groups[-1].end, groups[-1].tail)):
            if end > start and end - start - gaps in (10, 12):
                yield _make_candidate(text, groups, start, end)


def _make_candidate(text: str, groups: tuple[_Group, ...], start: int, end: int) -> _Candidate:
    """Collect the digits and gaps of groups cut to text[start:end]."""
    parts = [text[max(g.start, start):min(g.end, end)] for g in groups]
    gaps = tuple(text[p.end:g.start] for p, g in zip(groups, groups[1:]))
    return _Candidate("".join(parts), start, end, tuple(len(part) for part in parts), parts[-1], gaps)


def luhn_ok(digits: str) -> bool:
    """Check the Luhn checksum of the 10-digit short form."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def plausible_date(yymmdd: str, century: str | None = None) -> bool:
    """Tell whether YYMMDD (day + 60 for samordningsnummer) is a calendar date in some century."""
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    if not 1 <= month <= 12:
        return False
    if day > 60:
        day -= 60
    centuries = (century,) if century else ("19", "20")
    return any(1 <= day <= calendar.monthrange(int(c) * 100 + year, month)[1] for c in centuries)


def _is_time(candidate: _Candidate, short: str) -> bool:
    """Tell whether a wrong-checksum candidate is a date and a time ("231215 1300")."""
    gap = candidate.gaps[-1] if candidate.gaps else ""
    return (
        len(candidate.last) == 4 and candidate.last.isdecimal()
        and gap.isspace() and gap.splitlines() == [gap]        # spaces on one line
        and int(short[6:8]) <= 23 and int(short[8:]) <= 59
        and not luhn_ok(short)
    )


def _is_phone(candidate: _Candidate, short: str) -> bool:
    """Tell whether a 0-prefixed short candidate is rather a phone number."""
    if len(candidate.digits) != 10 or short[0] != "0":
        return False
    if candidate.sizes[0] < 6:
        return True
    return not luhn_ok(short) and not any(char in _DASH_LIKE for gap in candidate.gaps for char in gap)


def _in_context(text: str, candidate: _Candidate) -> bool:
    """Tell whether a diarienummer keyword precedes or a currency follows the candidate (not a dashed one)."""
    before = text[max(0, candidate.start - _CONTEXT):candidate.start]
    after = text[candidate.end:candidate.end + _CONTEXT]
    dashed = any(char in _DASH_LIKE for gap in candidate.gaps for char in gap)
    return bool(_DNR_BEFORE.search(before) or (_MONEY_AFTER.match(after) and not dashed))


def _is_personnummer(text: str, candidate: _Candidate) -> bool:
    """Decide whether one candidate is a personnummer (see the module docstring)."""
    if sum(char in CONFUSIONS for char in candidate.digits) > MAX_CONFUSIONS:
        return False
    digits = "".join(_digit_value(char) for char in candidate.digits)
    century = digits[:2] if len(digits) == 12 else None
    if century is not None and (century not in CENTURIES or candidate.sizes == (6, 6)):
        return False
    short = digits[-10:]
    if not plausible_date(short[:6], century):
        return False
    return not (_is_time(candidate, short) or _is_phone(candidate, short) or _in_context(text, candidate))


def _merge(spans: list[tuple[int, int]]) -> list[Redaction]:
    """Merge overlapping spans into redactions, in order of position."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Redaction(start, end) for start, end in merged]


def find_personnummer(text: str) -> list[Redaction]:
    """Find every personnummer in text, in order of position (overlapping readings merged)."""
    spans = [
        (candidate.start, candidate.end)
        for groups in _find_runs(text)
        for candidate in _candidates(text, groups)
        if _is_personnummer(text, candidate)
    ]
    return _merge(spans)


def redact(text: str) -> tuple[str, int]:
    """Mask every digit-like character of each personnummer with "X"; return the text (same length) and count."""
    found = find_personnummer(text)
    if not found:
        return text, 0
    chars = list(text)
    for redaction in found:
        for index in range(redaction.start, redaction.end):
            if _is_digit_like(chars[index]):
                chars[index] = MASK
    return "".join(chars), len(found)


def redact_text(text: str) -> str:
    """Return text with every personnummer masked (for file names, messages and log lines)."""
    return redact(text)[0]
