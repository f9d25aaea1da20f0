"""Find and mask Swedish personal identity numbers (personnummer) in protocol text.

Masking replaces every digit of a match with "X" and keeps separators, so the text keeps its
length and every other character offset stays valid.

What counts as a personnummer (a run of digits not touching other digits):
- YYMMDD-NNNN, YYMMDD+NNNN, YYMMDD NNNN, YYMMDDNNNN and the same with a four-digit year
  (YYYYMMDD-NNNN, YYYYMMDDNNNN, ...); an en dash counts as a dash (PDF text often has one);
- accepted when the `personnummer` package says it is valid, OR when the date part is a real
  calendar date (day + 60 for samordningsnummer) even if the check digit is wrong, because OCR
  breaks checksums and a leaked number is worse than a masked non-number.

What is deliberately left alone:
- organisationsnummer (e.g. 212000-1234): their "month" digits are >= 20, which is never a
  date, so they fail the date test. They are public data about organisations and are kept;
- date ranges such as 240101-241231 (six digits after the dash), ISO dates, decision ids
  ("2025-3 §14:1"), money ("2 586 000 kr", or any digit run followed by kr/tkr/SEK);
- phone numbers: dashed and spaced forms ("0455-30 50 00", "070-123 45 67") never have the
  6+4 shape; a bare or spaced 10-digit run starting with 0 whose check digit is wrong is taken
  as a phone number ("0701234567"), since a 00s-born board member is rarer than a phone number.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from personnummer import personnummer as _pnr

MASK = "X"

_PATTERN = re.compile(
    r"(?<![\d])(?<!\d[-+\u2013])"                  # not the tail of a longer number
    r"(?P<century>(?:18|19|20))?"
    r"(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-+\u2013 ]?)"
    r"(?P<num>\d{4})"
    r"(?![\d])(?![-+\u2013]\d)"                    # not the head of a longer number
    r"(?!\s*(?:kr\b|kronor\b|tkr\b|mkr\b|sek\b|:-))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Redaction:
    """A personnummer found at text[start:end]."""

    start: int
    end: int


def _luhn_ok(digits: str) -> bool:
    """Check the Luhn checksum of the 10-digit short form."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _plausible_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    """Tell whether YYMMDD (day + 60 for samordningsnummer) is a calendar date."""
    month, day = int(mm), int(dd)
    if not 1 <= month <= 12:
        return False
    if day > 60:
        day -= 60
    year = int((century or "20") + yy)
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _package_valid(match: re.Match[str]) -> bool:
    """Ask the personnummer package whether the match is a valid number."""
    sep = "+" if match["sep"] == "+" else "-"
    candidate = f"{match['century'] or ''}{match['yy']}{match['mm']}{match['dd']}{sep}{match['num']}"
    try:
        return bool(_pnr.valid(candidate))
    except Exception:  # the package raises on odd input; treat as not valid
        return False


def _looks_like_phone(match: re.Match[str]) -> bool:
    """Tell whether a Luhn-invalid short match is rather a phone number (0-prefixed, no dash)."""
    return (
        match["century"] is None
        and match["sep"] in ("", " ")
        and match["yy"].startswith("0")
    )


def _is_personnummer(match: re.Match[str]) -> bool:
    """Decide whether one shape match is a personnummer (see the module docstring)."""
    if _package_valid(match):
        return True
    if not _plausible_date(match["century"], match["yy"], match["mm"], match["dd"]):
        return False
    short = match["yy"] + match["mm"] + match["dd"] + match["num"]
    return _luhn_ok(short) or not _looks_like_phone(match)


def find_personnummer(text: str) -> list[Redaction]:
    """Find every personnummer in text, in order of position."""
    return [
        Redaction(match.start(), match.end())
        for match in _PATTERN.finditer(text)
        if _is_personnummer(match)
    ]


def redact(text: str) -> tuple[str, int]:
    """Mask every digit of each personnummer with "X"; return the text (same length) and count."""
    found = find_personnummer(text)
    if not found:
        return text, 0
    chars = list(text)
    for redaction in found:
        for index in range(redaction.start, redaction.end):
            if chars[index].isdigit():
                chars[index] = MASK
    return "".join(chars), len(found)
