"""Issue 13: a property test over both sides of personnummer masking.

Random personnummer (any birth date 1900-2009, samordningsnummer, right or wrong checksum, short or
long form) rendered with random separator runs, an optional break inside a part and OCR letters,
embedded in random Swedish-ish text, are masked at every digit; dates with times, diarienummer,
phone numbers, money, ISO dates and organisationsnummer in the same kind of text stay unchanged.

Three documented exemptions (extractors/redact.py) are kept out of the masked side: a wrong-checksum
serial that reads as a time and is joined by spaces only; a short form starting with 0 that reads as a
phone number (area code of its own, or wrong checksum and no dash); a long form broken into two
groups of six, which reads as a date range. And a break never cuts off confused letters alone ("I-9990..."):
a group needs a real digit, or every lone "I" and "S" in the text would be a digit.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from samgraf.extractors.redact import CONFUSIONS, luhn_ok, redact

WORDS = ("styrelsen", "beslutar", "att", "bevilja", "ansökan", "ordförande", "ledamot", "ersättare", "Anna", "Berg",
         "Per", "Ek", "Åsa", "Öberg", "närvarande", "protokoll", "justerare", "Sjuhärad", "insatsen", "Bo", "Olle",
         "Lisa", "Sven", "IBIS", "och", "för", "mötet", "förbundschef", "§", "öppnade", "lades", "till", "handlingarna")
FILLER_NUMBERS = ("§ 12", "3 ärenden", "kl. 09.00", "2024-03-14", "350 000 kronor", "§ 4")
LEFT = (" ", ", ", ": ", " (", "\n", "\t", " nr ")
RIGHT = (" ", ", ", ".", ")", "\n", "\r\n", ";")
SEPARATORS = ("-", "+", "_", " ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u202f", "\u2007", "\u2010", "\u2011",
              "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u00ad", "\u200b", "\ufeff", "\u3000")
DASH_LIKE = set("-+\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
LETTERS_FOR = {digit: [letter for letter, d in CONFUSIONS.items() if d == digit] for digit in set(CONFUSIONS.values())}


def check_digit(nine: str) -> str:
    for digit in "0123456789":
        if luhn_ok(nine + digit):
            return digit
    raise AssertionError(nine)


words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
filler = st.lists(st.one_of(words, st.sampled_from(FILLER_NUMBERS)), min_size=0, max_size=4).map(" ".join)
separator_run = st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=3).map("".join)


def embed(draw, number: str) -> tuple[str, int]:
    """Random Swedish-ish text around number, a plain word on each side; returns text and offset."""
    before = f"{draw(filler)} {draw(st.sampled_from(WORDS))}{draw(st.sampled_from(LEFT))}"
    after = f"{draw(st.sampled_from(RIGHT))}{draw(st.sampled_from(WORDS))} {draw(filler)}"
    return before + number + after, len(before)


@st.composite
def rendered_personnummer(draw) -> tuple[str, int, int]:
    """(text, start, end): a personnummer rendered with damage, embedded in text."""
    born = draw(st.dates(dt.date(1900, 1, 1), dt.date(2009, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    date = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    nine = date + f"{draw(st.integers(0, 999)):03d}"
    right = draw(st.booleans())
    check = check_digit(nine) if right else draw(st.sampled_from([d for d in "0123456789" if d != check_digit(nine)]))
    long_form = draw(st.booleans())
    head, serial = (f"{born.year // 100}{date}" if long_form else date), nine[6:] + check
    between = draw(st.one_of(st.just(""), separator_run))
    chars = list(head + serial)
    for index in draw(st.lists(st.integers(0, len(chars) - 1), max_size=2, unique=True)):
        if chars[index] in LETTERS_FOR:
            chars[index] = draw(st.sampled_from(LETTERS_FOR[chars[index]]))
    head, serial = "".join(chars[:len(head)]), "".join(chars[len(head):])
    broken = draw(st.sampled_from(["none", "head", "serial"]))
    cut = draw(st.integers(1, (len(head) if broken == "head" else 4) - 1))
    inside = draw(separator_run)
    part = head if broken == "head" else serial
    lone_letters = broken != "none" and not (any(c.isdecimal() for c in part[:cut])
                                             and any(c.isdecimal() for c in part[cut:]))
    if broken == "head":
        head = head[:cut] + inside + head[cut:]
    elif broken == "serial":
        serial = serial[:cut] + inside + serial[cut:]
    seps = between + (inside if broken != "none" else "")
    # the documented exemptions: a time after a date, a phone number
    reads_as_time = (serial.isdecimal() and between.strip(" \t\u00a0\u2009\u202f\u2007\u3000") == "" and between != ""
                     and not right and int(serial[:2]) <= 23 and int(serial[2:]) <= 59)
    first_group = len(head.split(inside)[0]) if broken == "head" else len(head) + (0 if between else 4)
    reads_as_phone = not long_form and born.year % 100 < 10 and (
        first_group < 6 or (not right and not DASH_LIKE & set(seps)))
    reads_as_range = long_form and broken == "head" and cut == 6 and between == ""     # "190301-200115"
    assume(not reads_as_time and not reads_as_phone and not reads_as_range and not lone_letters)
    number = head + between + serial
    text, start = embed(draw, number)
    return text, start, start + len(number)


@settings(max_examples=400, deadline=None)
@given(rendered_personnummer())
def test_every_rendered_personnummer_is_masked(case: tuple[str, int, int]) -> None:
    text, start, end = case
    masked, count = redact(text)
    assert len(masked) == len(text) and count >= 1
    left = [(i, c) for i, c in enumerate(masked[start:end]) if c.isdecimal() or c in CONFUSIONS]
    assert not left, f"{text[start:end]!r} -> {masked[start:end]!r}"


def two(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.integers(lo, hi).map(lambda n: f"{n:02d}")


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


@st.composite
def date_and_time(draw) -> str:
    day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2039, 12, 31)))
    date = day.strftime("%Y%m%d" if draw(st.booleans()) else "%y%m%d")
    time = draw(two(0, 23)) + draw(two(0, 59))
    assume(not luhn_ok(date[-6:] + time))
    return date + draw(st.sampled_from([" ", "  ", "\u00a0", "\u2009", "\t"])) + time


@st.composite
def diarienummer(draw) -> str:
    keyword = draw(st.sampled_from(["Dnr", "dnr", "Dnr:", "Dnr.", "DNR", "Diarienummer", "Diarienummer:", "Diarienr"]))
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2039, 12, 31)))
    number = day.strftime(draw(st.sampled_from(["%y%m%d", "%Y%m%d"]))) + draw(st.sampled_from(["-", " ", "\u2013"]))
    return f"{keyword} {number}{draw(digits(4))}"


@st.composite
def phone_number(draw) -> str:
    mobile = f"07{draw(st.sampled_from('02369'))}"
    area = draw(st.sampled_from([mobile, "08", "031", "040", "0455", "0470", "019"]))
    rest = draw(digits(10 - len(area)))
    style = draw(st.sampled_from(["dash-groups", "space-groups", "dash-block", "international"]))
    grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
    if style == "dash-groups":
        return f"{area}-{grouped}"
    if style == "space-groups":
        return f"{area} {grouped}"
    if style == "dash-block":
        return f"{area}-{rest}"
    return f"+46 {area[1:]} {grouped}"


@st.composite
def money(draw) -> str:
    amount = draw(st.integers(1, 10**12))
    sep = draw(st.sampled_from([" ", "\u00a0", "\u2009", "\u202f", "."]))
    grouped = f"{amount:,}".replace(",", sep)
    plain = draw(st.booleans())
    unit = draw(st.sampled_from([" kr", " kronor", " tkr", " mkr", " SEK", ":-", "kr"]))
    return (str(amount) if plain else grouped) + unit


@st.composite
def other_number(draw) -> str:
    kind = draw(st.sampled_from(["iso", "org", "section", "decision", "range"]))
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2039, 12, 31)))
    if kind == "iso":
        return day.isoformat() + draw(st.sampled_from(["", " kl. 13.00", " 09:30"]))
    if kind == "org":
        return f"{draw(digits(2))}{draw(st.integers(20, 99))}{draw(digits(2))}-{draw(digits(4))}"
    if kind == "section":
        return f"§ {draw(st.integers(1, 400))}"
    if kind == "decision":
        return f"{day.year}-{draw(st.integers(1, 12))} §{draw(st.integers(1, 40))}:{draw(st.integers(1, 9))}"
    end = day + dt.timedelta(days=draw(st.integers(1, 400)))
    return f"{day:%y%m%d}-{end:%y%m%d}"


@settings(max_examples=400, deadline=None)
@given(st.one_of(date_and_time(), diarienummer(), phone_number(), money(), other_number()), st.data())
def test_numbers_that_are_not_personnummer_survive(number: str, data: st.DataObject) -> None:
    text, _ = embed(data.draw, number)
    assert redact(text) == (text, 0), number
