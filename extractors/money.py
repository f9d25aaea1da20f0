"""Find and parse Swedish money amounts ("968 431 kronor", "10,7 miljoner kronor", "90 tkr").

An amount is a number followed by a currency word ("kr", "kronor", "SEK", ":-"), optionally with a
scale in between ("miljoner kronor") or fused into the unit ("tkr", "Mkr"); "SEK 100 000" also
counts. A bare number is never money here: dates, § numbers, percentages, phone numbers, years,
times and counts have no currency word. Amounts are whole SEK (öre are rounded half up).
Table cells ("9 554 000", "- 1 650 364") are read with `parse_number` instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

__all__ = ["MoneyMatch", "STYLES", "find_amounts", "format_amount", "parse_amount", "parse_number", "read_ocr_digits"]


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    """An amount of money found in a text; offsets are absolute."""

    start: int
    end: int
    text: str
    amount: int                    # SEK


_SPACE = "[ \u00a0\u2009\u202f]"   # space, no-break space, thin space, narrow no-break space
_GROUPED = r"\d{1,3}(?:[ \u00a0\u2009\u202f.]\d{3}(?!\d))+"
#: A number whose thousands group a re-wrapping converter moved to the next line ("bevilja Arvika kommun 510\n000
#: kronor"): only after a word, so a § number or a list number ending a line never joins the amount below it.
_WRAPPED = (r"(?<=[^\W\d][ ])\d{1,3}(?:[ \u00a0\u2009\u202f.]\d{3}(?!\d))*\r?\n\d{3}(?!\d)"
            r"(?:[ \u00a0\u2009\u202f.]\d{3}(?!\d))*")
#: A line shorter than this that ends in a number was ended by its writer, not wrapped (the narrowest wrap).
_WRAP_WIDTH = 40
_NUMBER = rf"(?:{_WRAPPED}|{_GROUPED}|\d+)(?:,\d+|\.\d{{1,2}}(?!\d))?"
_END = r"(?![\w])"
_AFTER_YEAR = r"(?<=(?<!\d)(?:19|20)\d\d[ ])"      # "budget 2024 900 000 kr" is an amount

# Units that already carry a scale ("tkr" = thousand kronor), longest first.
_FUSED_UNITS: dict[str, int] = {
    "mdkr": 10**9, "mdsek": 10**9, "mnkr": 10**6, "mkr": 10**6, "msek": 10**6,
    "tkr": 10**3, "tsek": 10**3, "kkr": 10**3, "ksek": 10**3,
}
# Scale words written before a currency word ("miljoner kronor").
_SCALE_WORDS: dict[str, int] = {
    "miljarder": 10**9, "miljard": 10**9, "mdr": 10**9, "md": 10**9,
    "miljoner": 10**6, "miljon": 10**6, "milj.": 10**6, "milj": 10**6, "mn": 10**6,
    "tusen": 10**3,
}
_NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5,
    "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
}
_CURRENCY = r"kronor|krona|kr|sek"


def _alternation(words: dict[str, int]) -> str:
    """A regex alternation of the keys, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT = (
    rf"(?P<fused>{_alternation(_FUSED_UNITS)}){_END}"
    rf"|(?P<scale>{_alternation(_SCALE_WORDS)})\s+(?:{_CURRENCY}){_END}"
    rf"|(?:{_CURRENCY}){_END}"
    r"|[:,]-"
)
_PATTERN = re.compile(
    rf"(?<![\w])(?<!\d[.,:/\-])(?:(?<!\d{_SPACE})|{_AFTER_YEAR})"  # not a group of a longer number
    rf"(?P<num>{_NUMBER})(?:{_SPACE}|\r?\n)?(?:{_UNIT})"
    rf"|(?<![\w])sek{_SPACE}?(?P<prefixed>{_NUMBER})(?!\d)"
    rf"|(?<![\w])kr\.?{_SPACE}(?P<krprefixed>{_GROUPED}|\d{{4,}})(?![\d,])"             # "kr 250 000"
    rf"|(?<![\w])(?P<words>(?:{_alternation(_NUMBER_WORDS)})(?:\s+och\s+en\s+halv)?|en\s+halv)"
    rf"\s+(?P<wscale>miljarder|miljard|miljoner|miljon|tusen)\s+(?:{_CURRENCY}){_END}",
    re.IGNORECASE,
)
_PER = re.compile(
    r"\s*(?:/|per\s+)(?:år|månad|mån|kvartal|dag|timme|tim|st|person|deltagare)\.?$",
    re.IGNORECASE,
)
_APPROX = re.compile(
    r"^(?:ca\.?:?|cirka|circa|omkring|ungefär|drygt|knappt|nästan|totalt|upp\s+till)\s*",
    re.IGNORECASE,
)


def _to_decimal(number: str) -> Decimal:
    """Read "1 234,5", "60.000" or "1.5" as a Decimal."""
    digits = re.sub(rf"{_SPACE}|\r?\n", "", number)
    if "," in digits:
        whole, frac = digits.split(",", 1)
        return Decimal(whole.replace(".", "") + "." + frac)
    if re.search(r"\.\d{3}(?!\d)", digits):
        return Decimal(digits.replace(".", ""))
    return Decimal(digits)


def _round(value: Decimal) -> int:
    """Round to whole kronor, half up."""
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def _words_value(words: str) -> Decimal:
    """Value of "en", "två", "en halv" or "tre och en halv"."""
    parts = words.lower().split()
    if parts[:2] == ["en", "halv"]:
        return Decimal("0.5")
    value = Decimal(_NUMBER_WORDS[parts[0]])
    return value + Decimal("0.5") if len(parts) > 1 else value


def _amount_of(match: re.Match[str]) -> int:
    """The SEK amount a pattern match denotes."""
    if match["prefixed"] is not None:
        return _round(_to_decimal(match["prefixed"]))
    if match["krprefixed"] is not None:
        return _round(_to_decimal(match["krprefixed"]))
    if match["words"] is not None:
        return _round(_words_value(match["words"]) * _SCALE_WORDS[match["wscale"].lower()])
    scale = 1
    if match["fused"] is not None:
        scale = _FUSED_UNITS[match["fused"].lower()]
    elif match["scale"] is not None:
        scale = _SCALE_WORDS[match["scale"].lower()]
    return _round(_to_decimal(match["num"]) * scale)


#: A number as OCR reads it: letter O/o for 0 and l/I for 1 in a token that is otherwise digits ("1OO OOO kr",
#: "l 2OO OOO kronor"). The first token holds a real digit; the thousands groups after it may be all letters.
_OCR_NUMBER = re.compile(r"(?<![\w])[\dOolI]*\d[\dOolI]*(?:[ \u00a0\u2009\u202f.][\dOolI]{3}(?![\w]))*(?![\w])"
                         r"|(?<![\w])[OolI](?=[\dOolI]*\d)[\dOolI]*(?:[ \u00a0\u2009\u202f.][\dOolI]{3}(?![\w]))*(?![\w])")
_OCR_DIGITS = str.maketrans("OolI", "0011")


@lru_cache(maxsize=8)
def read_ocr_digits(text: str) -> str:
    """`text` with OCR's letters for digits read as digits inside numbers (same length): "1OO OOO" -> "100 000"."""
    if not re.search(r"\d[OolI]|[OolI]\d|\d[ \u00a0]OOO", text):
        return text
    return _OCR_NUMBER.sub(lambda m: m.group().translate(_OCR_DIGITS), text)


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[MoneyMatch]:
    """All amounts in text[start:end], absolute offsets; "ca" and "/år" stay outside the span.
    Numbers are read through OCR's O/0 and l/1 confusions (`read_ocr_digits`); the text quoted is the given one."""
    stop = len(text) if end is None else end
    original, text = text, read_ocr_digits(text)
    out = []
    pos = start
    while (m := _PATTERN.search(text, pos, stop)) is not None:
        if "\n" in m.group() and not _wrapped(text, m):
            pos = text.index("\n", m.start()) + 1      # "Punkt 3\n200 kr": the amount is on the next line
            continue
        out.append(MoneyMatch(m.start(), m.end(), original[m.start():m.end()], _amount_of(m)))
        pos = m.end()
    return out


def _wrapped(text: str, match: re.Match[str]) -> bool:
    """Whether the line break inside an amount may be a converter's wrap: the line was full."""
    brk = text.index("\n", match.start())
    line_start = text.rfind("\n", 0, match.start()) + 1
    next_word = re.match(r"\S*", text[brk + 1:]).group()
    return len(text[line_start:brk].rstrip()) + 1 + len(next_word) > _WRAP_WIDTH


def parse_amount(text: str) -> int | None:
    """The amount when the whole string is one amount ("ca 60 000 kr/år"), else None."""
    core = _PER.sub("", _APPROX.sub("", read_ocr_digits(text.strip())))
    if core.lower().endswith("kr."):
        core = core[:-1]
    match = _PATTERN.fullmatch(core)
    return None if match is None else _amount_of(match)


_TABLE_NUMBER = re.compile(
    rf"(?P<neg>[-\u2212\u2013]{_SPACE}?)?(?P<num>{_GROUPED}|\d+)(?:,(?P<frac>\d+))?"
)


def parse_number(text: str) -> int | None:
    """A table cell number ("9 554 000", "- 1 650 364", "(1 650)") as an int, else None."""
    core = text.strip()
    negative = core.startswith("(") and core.endswith(")")
    match = _TABLE_NUMBER.fullmatch(core[1:-1].strip() if negative else core)
    if match is None:
        return None
    value = Decimal(re.sub(r"[ \u00a0\u2009\u202f.]", "", match["num"]))
    if match["frac"]:
        value += Decimal("0." + match["frac"])
    negative = negative or match["neg"] is not None
    return _round(-value if negative else value)


def _group_thousands(whole: int) -> str:
    """1234567 -> "1 234 567"."""
    return f"{whole:,}".replace(",", " ")


def _format_scaled(amount: int, scale: int) -> str:
    """Amount / scale in Swedish notation with as few decimals as needed ("10,7")."""
    whole, rest = divmod(amount, scale)
    digits = len(str(scale)) - 1
    frac = f"{rest:0{digits}d}".rstrip("0")
    return _group_thousands(whole) + ("," + frac if frac else "")


STYLES: dict[str, str] = {
    "kr": "{} kr", "kronor": "{} kronor", "sek": "{} SEK", "sek-prefix": "SEK {}", ":-": "{}:-",
    "tkr": "{} tkr", "mkr": "{} mkr", "Mkr": "{} Mkr", "miljoner kronor": "{} miljoner kronor",
}
_STYLE_SCALES = {"tkr": 10**3, "mkr": 10**6, "Mkr": 10**6, "miljoner kronor": 10**6}


def format_amount(amount: int, style: str) -> str:
    """Write a non-negative SEK amount the way protocols do, e.g. style "mkr" -> "1,5 mkr"."""
    if style not in STYLES:
        raise ValueError(f"unknown money style {style!r}; use one of: {', '.join(STYLES)}")
    if amount < 0:
        raise ValueError(f"amount must be non-negative, got {amount}")
    number = _format_scaled(amount, _STYLE_SCALES.get(style, 1))
    return STYLES[style].format(number)
