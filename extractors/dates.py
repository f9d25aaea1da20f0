"""Find and parse Swedish dates, meeting times and periods in protocol text.

Dates: ISO ("2025-05-05"), compact YYMMDD ("231215", years 1990-2040 only, never the head of a
personnummer "YYMMDD-NNNN"), day + month name ("13 april 2012", "fredag den 26 januari",
"5 febr."), and day/month ("26/1 2024", "15/3"). A leading weekday ("Måndag", OCR "mandag") is
part of the match. A date written without a year borrows the year of the date it is paired with
("1 januari–31 december 2024"), else `default_year` (then `year_inferred` is True), else it is
dropped. Times: "kl. 09.00 - 12.00", "9.00-13.00", "kl 13.00".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

__all__ = [
    "DateMatch", "TimeRange", "find_dates", "find_time_range", "parse_date", "parse_period",
]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text; offsets are absolute."""

    start: int
    end: int
    text: str
    date: dt.date
    year_inferred: bool            # True when the year came from default_year


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A clock time or range as "HH:MM" strings."""

    start: str
    end: str | None


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date-shaped match whose year may still be missing."""

    start: int
    end: int
    day: int
    month: int
    year: int | None


MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_FULL_MONTHS = frozenset(
    "januari februari mars april maj juni juli augusti september oktober november december".split()
)
_MONTH = "|".join(  # abbreviations may end in a dot ("aug."); full names may not ("maj.")
    name if name in _FULL_MONTHS else rf"{name}\.?"
    for name in sorted(MONTHS, key=len, reverse=True)
)
_WEEKDAY = r"(?:m[åa]ndag|tisdag|onsdag|torsdag|fredag|l[öo]rdag|s[öo]ndag)(?:en)?"
_PREFIX = rf"(?:(?<![\w]){_WEEKDAY},?\s+(?:den\s+)?)?"
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_DAY = rf"(?<![\w])(?<!\d[.,:/\-]){_DAY_NUMBER}"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_JOIN = r"\s*(?:[-\u2013\u2014]|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|och|eller)\s*"

_ISO = (
    rf"(?<![\w\-])(?P<iy>{_YEAR})(?P<isep>[-./])"
    r"(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?![\d])"
)
_COMPACT = (
    r"(?:(?<=\d{6}[-\u2013])(?<!\d{7}[-\u2013])|(?<![\w\-\u2013.,/]))"  # "231215-240308" is ok
    r"(?P<cc>(?:19|20)(?=\d{6}(?!\d)))?"                                 # "20200505": YYYYMMDD
    r"(?P<cy>\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?![\d])"
    r"(?![-+\u2013 ]\d{4}(?!\d))"                                          # personnummer shape
    r"(?!\s?(?:kr|kronor|tkr|sek|%|:-))"
)
_NAMED = (
    rf"(?:(?P<nd0>{_DAY}){_JOIN}(?=\d))?"                                   # "17 – " of a range
    rf"(?P<nd>(?<![\w])(?<!\d[.,:/]){_DAY_NUMBER})(?::[ae])?\.?\s+(?P<nm>{_MONTH})(?![\w])"
    rf"(?:,?\s+(?P<ny>{_YEAR}))?"
)
_SLASH = (rf"(?P<sd>{_DAY})/(?P<sm>1[0-2]|0?[1-9])(?![\d/])"
          rf"(?:(?:\s+|-|/|,\s*)(?P<sy>{_YEAR})|-(?P<sy2>\d\d)(?![\d\-]))?")       # "26/1 2024", "17/3-21", "7/10, 2020"
_DOTTED = rf"(?<![\w.])(?P<dd>{_DAY_NUMBER})\.(?P<dm>0?[1-9]|1[0-2])\.(?P<dy>{_YEAR})"       # "14.09.2021", "23.9.2013"
_PATTERN = re.compile(rf"{_PREFIX}(?:{_ISO}|{_COMPACT}|{_NAMED}|{_SLASH}|{_DOTTED})", re.IGNORECASE)
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-ZÅÄÖ][a-zåäöé]+)")
_QUANTITY_WORDS = "sid|sida|s\\.|nr|minst|max|högst|cirka|ca|ungefär|drygt|knappt|nästan|över"
_NOT_BEFORE_SLASH = re.compile(rf"(?:\b(?:{_QUANTITY_WORDS})|§)\s*$", re.IGNORECASE)
_NOT_AFTER_SLASH = re.compile(r"\s*(?:av\b|%|del\b|tjänst)", re.IGNORECASE)


def _compact_year(yy: str) -> int | None:
    """Full year for a two-digit YYMMDD year, only inside 1990-2040."""
    year = int(yy)
    if year >= 90:
        return 1900 + year
    return 2000 + year if year <= 40 else None


def _named_candidates(m: re.Match[str]) -> list[_Candidate]:
    """One candidate per day in "13 april 2012" or "17 - 18 april 2023"."""
    year = int(m["ny"]) if m["ny"] else None
    month = MONTHS[m["nm"].lower().rstrip(".")]
    if not m["nd0"]:
        return [_Candidate(m.start(), m.end(), int(m["nd"]), month, year)]
    return [
        _Candidate(m.start(), m.end("nd0"), int(m["nd0"]), month, year),
        _Candidate(m.start("nd"), m.end(), int(m["nd"]), month, year),
    ]


def _is_slash_noise(text: str, m: re.Match[str]) -> bool:
    """True for "sid 3/12", "1/2 tjänst", "24/7" and other day/month look-alikes."""
    if _NOT_BEFORE_SLASH.search(text, max(0, m.start("sd") - 12), m.start("sd")):
        return True
    if m["sy"] is None and m["sy2"] is None and _NOT_AFTER_SLASH.match(text, m.end()):
        return True
    return m.group() == "24/7"


def _candidates(m: re.Match[str], text: str) -> list[_Candidate]:
    """Candidates (year possibly missing) for one pattern match."""
    if m["iy"]:
        return [_Candidate(m.start(), m.end(), int(m["id"]), int(m["im"]), int(m["iy"]))]
    if m["cy"]:
        year = int(m["cc"] + m["cy"]) if m["cc"] else _compact_year(m["cy"])
        found = _Candidate(m.start(), m.end(), int(m["cd"]), int(m["cm"]), year)
        return [] if year is None else [found]
    if m["nm"]:
        if not m["ny"] and m["nm"][0].isupper() and _NAME_AFTER.match(text, m.end()):
            return []                   # "(M) 1-10 Jan Fallsvik", "10 Maj Berg": a first name, not a month
        return _named_candidates(m)
    if m["dd"]:
        return [_Candidate(m.start(), m.end(), int(m["dd"]), int(m["dm"]), int(m["dy"]))]
    if _is_slash_noise(text, m):
        return []
    year = int(m["sy"]) if m["sy"] else (_compact_year(m["sy2"]) if m["sy2"] else None)
    return [_Candidate(m.start(), m.end(), int(m["sd"]), int(m["sm"]), year)]


def _joined(text: str, first: _Candidate, second: _Candidate) -> bool:
    """True when only a range word ("–", "till", "och") stands between two dates."""
    return re.fullmatch(_JOIN, text[first.end:second.start], re.IGNORECASE) is not None


def _borrow_years(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """Give a yearless date the year of the dated one it is joined to ("1 jan–31 dec 2024")."""
    result = list(found)
    for i in range(len(result) - 2, -1, -1):
        here, after = result[i], result[i + 1]
        if here.year is None and after.year is not None and _joined(text, here, after):
            later = (here.month, here.day) > (after.month, after.day)
            result[i] = replace(here, year=after.year - later)
    for i in range(1, len(result)):
        before, here = result[i - 1], result[i]
        if here.year is None and before.year is not None and _joined(text, before, here):
            earlier = (here.month, here.day) < (before.month, before.day)
            result[i] = replace(here, year=before.year + earlier)
    return result


def _to_match(text: str, cand: _Candidate, default_year: int | None) -> DateMatch | None:
    """A DateMatch, or None when the date is impossible or has no year."""
    year = cand.year if cand.year is not None else default_year
    if year is None:
        return None
    try:
        date = dt.date(year, cand.month, cand.day)
    except ValueError:
        return None
    return DateMatch(cand.start, cand.end, text[cand.start:cand.end], date, cand.year is None)


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, default_year: int | None = None
) -> list[DateMatch]:
    """All dates in text[start:end], with absolute offsets, in text order."""
    stop = len(text) if end is None else end
    found = [c for m in _PATTERN.finditer(text, start, stop) for c in _candidates(m, text)]
    matches = (_to_match(text, c, default_year) for c in _borrow_years(text, found))
    return [m for m in matches if m is not None]


def parse_date(text: str, *, default_year: int | None = None) -> dt.date | None:
    """The date when the whole string is one date ("Måndag 2025-05-05"), else None."""
    core = re.sub(r"^den\s+", "", text.strip().rstrip(".,"), flags=re.IGNORECASE)
    found = find_dates(core, default_year=default_year)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(core):
        return found[0].date
    return None


_CLOCK_HOUR = r"(?:2[0-3]|[01]?\d)"
_TIME = re.compile(
    rf"(?<![\w])(?:(?P<kl>kl[.:]?\s*)|(?<![\d.,:]))"
    rf"(?P<h1>{_CLOCK_HOUR})(?:[.:](?P<m1>[0-5]\d))?(?!\d)"
    rf"(?:\s*(?:[-\u2013\u2014]|till)\s*(?:kl[.:]?\s*)?"
    rf"(?P<h2>{_CLOCK_HOUR})(?:[.:](?P<m2>[0-5]\d))?(?![\d.,]\d))?"
    r"(?!\s?(?:kr|tkr|mkr|sek|%|procent))",
    re.IGNORECASE,
)


def _clock(hour: str, minute: str | None) -> str:
    """"9", "00" -> "09:00"."""
    return f"{int(hour):02d}:{minute or '00'}"


def _is_time(m: re.Match[str]) -> bool:
    """A bare "09.00–12.00" needs minutes on both ends; after "kl" hours alone will do."""
    if m["kl"]:
        return True
    return m["m1"] is not None and m["h2"] is not None and m["m2"] is not None


def find_time_range(text: str) -> tuple[int, int, TimeRange] | None:
    """The first clock time or range ("kl. 09.00 - 12.00", "kl 13.00") with its offsets."""
    for m in _TIME.finditer(text):
        if _is_time(m):
            end = _clock(m["h2"], m["m2"]) if m["h2"] else None
            return m.start(), m.end(), TimeRange(_clock(m["h1"], m["m1"]), end)
    return None


_PERIOD_JOIN = re.compile(
    r"\s*(?:[-\u2013\u2014]|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|tom)\s*", re.IGNORECASE
)
_YEAR_PERIOD = re.compile(
    rf"(?<![\w\-])(?P<y1>{_YEAR})\s*(?:[-\u2013\u2014]|till|och|t\.\s?o\.\s?m\.?)\s*"
    rf"(?P<y2>{_YEAR})(?![\-\w])",
    re.IGNORECASE,
)


def _date_period(text: str) -> tuple[int, tuple[str, str]] | None:
    """The first "date - date" pair with its position."""
    found = find_dates(text)
    for first, second in zip(found, found[1:], strict=False):
        joined = _PERIOD_JOIN.fullmatch(text, first.end, second.start)
        if joined and first.date <= second.date:
            return first.start, (first.date.isoformat(), second.date.isoformat())
    return None


def _year_period(text: str) -> tuple[int, tuple[str, str]] | None:
    """The first "2024-2026" / "2025 och 2026" pair of years with its position."""
    for m in _YEAR_PERIOD.finditer(text):
        if m["y1"] <= m["y2"]:
            return m.start(), (m["y1"], m["y2"])
    return None


def parse_period(text: str) -> tuple[str, str] | None:
    """The first period in text: ("2024-01-01", "2024-12-31") or years ("2024", "2026")."""
    found = [p for p in (_date_period(text), _year_period(text)) if p is not None]
    return min(found)[1] if found else None
