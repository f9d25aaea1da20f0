"""Damage that real protocol text suffers, as small pure functions `(text, rng) -> text`.

Each transform changes the layout of a protocol, never its facts: every name, party tag, role
word, number and date a reader needs is still there (see `tests/bench/test_damage.py`). They
are what web converters, two-column PDFs and OCR do to the text users have:

- `flatten`: each page on one line, numbered per page ("1 <page text>"), as docplayer.se stores PDFs.
- `drop_para`: the § sign lost ("§ 5 Val av justerare" -> "5 Val av justerare").
- `clip_headings`: the start of a heading or form label cut off ("Beslutande" -> "ande").
- `interleave`: two roster blocks printed side by side and read line by line, as two-column PDFs are.
- `rewrap`: paragraphs re-wrapped at a random column width (40-90 characters).
- `ocr`: å/ä/ö lost, l read as I, rn/m confused, 0 read as O, at a low rate.

Used by `bench/robustness.py`; nothing here imports samgraf.
"""
from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable

Damage = Callable[[str, random.Random], str]

#: A line that ends in a page number of a total ("Sida 2 av 3", "Sida 2 (3)", "Sid2(11)"), or is one
#: ("Sida 2"), starts a new page; "sid 4" after a title in a table of contents does not.
PAGE_MARK = re.compile(r"\bSida?\s*(\d+)\s*(?:\(\s*\d+\s*\)|av\s+\d+)\s*$|^\s*Sida?\s*(\d+)\s*$", re.IGNORECASE)
#: Without page marks, a page is this many lines.
PAGE_LINES = 40

#: Form and roster labels a converter clips when it cuts off the label column. Role words
#: (ordförande, ledamot, ersättare, sekreterare, justerare ...) and words of absence
#: (frånvarande, förhinder) are left whole: clipped, they would change who held which role or
#: who was there, and the damage must keep the gold valid.
CLIP_LABELS = frozenset({
    "beslutande", "närvarande", "övriga", "närvaro", "närvarolista", "deltagare", "deltagande",
    "justeras", "justering", "justeringens", "justerande", "underskrifter", "underskrift", "paragrafer",
    "plats", "utses", "sammanträdesdatum", "sammanträdesprotokoll", "protokoll", "organ", "tid",
    "förvaringsplats", "anslag", "utdragsbestyrkande", "sammanträde", "styrelsemöte",
})
#: Words never clipped, even on a short heading line: roles, absence, and words that name
#: the kind of a section's items.
KEEP_WORDS = frozenset({
    "ordförande", "ordf", "vice", "ledamot", "ledamöter", "ersättare", "ersättarna", "tjänstgörande",
    "sekreterare", "justerare", "förbundschef", "förbundschefen", "frånvarande", "förhinder", "anmält",
    "reservation", "reservationer", "protokollsanteckning", "beslut", "ärende", "punkt", "ej",
})
AGENDA_LINE = re.compile(r"^\s*(?:§|\d+[.)\s]|ärende\b|punkt\b|<h\d)", re.IGNORECASE)
NAME_PAIR = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöéü]+[ -][A-ZÅÄÖÉ][a-zåäöéü]+")
#: A heading that names an organisation or a body ("Falkenbergs kommun", "Arbetsutskottet",
#: "SAMORDNINGSFÖRBUNDET SÖDRA DALARNA", a roster's organisation column) is a fact, not a label:
#: never clipped.
ORG_WORD = re.compile(r"kommun|region|landsting|kassan|f[öoé]rmedling|f[öoé]rbund|stad\b|nämnd|namnd"
                      r"|styrelse|utskott|\bNNS\b", re.IGNORECASE)

#: Roster-like lines: short, starting with a capital (a name or a label), no § and no sentence.
ROSTER_LINE_MAX = 70

#: Personnummer (masked or not) are never touched by OCR damage: they are PII the scorer looks for.
PERSONNUMMER = re.compile(r"\b[\dX]{6,8}[-+]?[\dX]{4}\b")
OCR_RATE = 0.08
DIACRITICS = str.maketrans("åäöÅÄÖ", "aaoAAO")


def _pages(text: str) -> list[str]:
    if "\f" in text:
        return text.split("\f")
    lines = text.split("\n")
    marks = [(i, PAGE_MARK.search(line)) for i, line in enumerate(lines)]
    starts = [i for i, m in marks if i and m and (m.group(1) or m.group(2)) != "1"]
    if not starts:
        starts = list(range(PAGE_LINES, len(lines), PAGE_LINES))
    bounds = [0, *starts, len(lines)]
    return ["\n".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])]


def flatten(text: str, rng: random.Random) -> str:
    """Each page on one line, whitespace collapsed, numbered per page and separated by a blank line."""
    pages = [re.sub(r"\s+", " ", page).strip() for page in _pages(text)]
    return "\n\n".join(f"{n} {page}" for n, page in enumerate((p for p in pages if p), start=1)) + "\n"


def drop_para(text: str, rng: random.Random) -> str:
    """Every § sign removed, with the space after it ("§§ 5-7" -> "5-7", "§3" -> "3")."""
    return re.sub(r"§+ ?", "", text)


def _clip(word: str, rng: random.Random) -> str:
    keep = max(3, round(len(word) * rng.uniform(0.35, 0.55)))
    return word[-keep:]


def _is_heading(line: str, previous: str) -> bool:
    words = line.split()
    if not words or len(line.strip()) > 40 or len(words) > 4 or re.search(r"[\d§]", line):
        return False
    first = words[0].rstrip(":")
    if len(first) < 7 or not first.isalpha() or not first[0].isupper() or first.lower() in KEEP_WORDS:
        return False
    return not (NAME_PAIR.search(line) or ORG_WORD.search(line) or AGENDA_LINE.match(previous)
                or line.rstrip().endswith("."))


def clip_headings(text: str, rng: random.Random) -> str:
    """The first word of a heading or a form label cut to its last letters ("Närvarande" -> "rande").

    A line is a heading when it starts with a form label (`CLIP_LABELS`), or when it is short
    (at most four words, 40 characters), has no digit, § or name in it and does not hold the
    title of the agenda item on the line before it."""
    lines = text.split("\n")
    previous = ""
    for i, line in enumerate(lines):
        m = re.match(r"(\s*)([^\W\d_]+)", line)
        label = m and m.group(2)[0].isupper() and m.group(2).lower() in CLIP_LABELS and len(m.group(2)) >= 5
        if m and (label or _is_heading(line, previous)):
            lines[i] = m.group(1) + _clip(m.group(2), rng) + line[m.end():]
        if line.strip():
            previous = line
    return "\n".join(lines)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    out, start = [], None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            out.append((start, i))
            start = None
    return out


def _roster_like(block: list[str]) -> bool:
    if not 2 <= len(block) <= 15:
        return False
    stripped = [line.strip() for line in block]
    return (all(len(s) <= ROSTER_LINE_MAX and s[:1].isupper() and "§" not in s and not AGENDA_LINE.match(s)
                for s in stripped)
            and sum(s.endswith(".") for s in stripped) <= 1
            and 2 * sum(map(_names_someone, stripped)) >= len(stripped))


def _names_someone(line: str) -> bool:
    """Two capitalised words in a row, not counting organisation words ("Samordningsförbundet Malmfälten")."""
    return bool(NAME_PAIR.search(" ".join(w for w in line.split() if not ORG_WORD.search(w))))


def _side_by_side(left: list[str], right: list[str]) -> list[str]:
    rows = max(len(left), len(right))
    left = [s.rstrip() for s in left] + [""] * (rows - len(left))
    right = [s.strip() for s in right] + [""] * (rows - len(right))
    return [(a + "   " + b).strip() if a and b else (a or b) for a, b in zip(left, right)]


def interleave(text: str, rng: random.Random) -> str:
    """Two roster blocks side by side, read across: line i = left[i] + "   " + right[i].

    Blocks are runs of non-blank lines that look like a roster: 2-15 short lines, each starting
    with a capital, no § or agenda number, at most one full stop, and a name in half the lines.
    Two such blocks in a row become one; a lone roster block of six lines or more is cut in half
    and its halves become the two columns."""
    lines = text.split("\n")
    blocks = [(a, b) for a, b in _blocks(lines) if _roster_like(lines[a:b])]
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(blocks):
        a, b = blocks[i]
        if i + 1 < len(blocks) and all(not s.strip() for s in lines[b:blocks[i + 1][0]]):
            c, d = blocks[i + 1]
            out.append((a, d, _side_by_side(lines[a:b], lines[c:d])))
            i += 2
            continue
        if b - a >= 6:
            mid = a + (b - a + 1) // 2
            out.append((a, b, _side_by_side(lines[a:mid], lines[mid:b])))
        i += 1
    for a, b, merged in reversed(out):
        lines[a:b] = merged
    return "\n".join(lines)


def rewrap(text: str, rng: random.Random) -> str:
    """Every paragraph (run of non-blank lines) joined and wrapped again at a random width of 40-90."""
    pages = []
    for page in text.split("\f"):
        lines = page.split("\n")
        out: list[str] = []
        last = 0
        for a, b in _blocks(lines):
            out.extend(lines[last:a])
            width = rng.randint(40, 90)
            out.extend(textwrap.wrap(" ".join(s.strip() for s in lines[a:b]), width=width,
                                     break_long_words=False, break_on_hyphens=False) or [""])
            last = b
        out.extend(lines[last:])
        pages.append("\n".join(out))
    return "\f".join(pages)


def _confuse(word: str, rng: random.Random) -> str:
    """One OCR confusion in `word`, or `word` unchanged when none applies."""
    options = []
    if word.translate(DIACRITICS) != word:
        options.append(word.translate(DIACRITICS))
    if word.isdigit():
        options += [word[:i] + "O" + word[i + 1:] for i, c in enumerate(word) if c == "0"]
    elif word.islower() and len(word) >= 4:
        options += [word[:i] + "I" + word[i + 1:] for i, c in enumerate(word) if c == "l"]
        options += [word[:m.start()] + "m" + word[m.end():] for m in re.finditer("rn", word)]
        options += [word[:i] + "rn" + word[i + 1:] for i, c in enumerate(word) if c == "m"]
    return rng.choice(options) if options else word


def ocr(text: str, rng: random.Random, *, rate: float = OCR_RATE) -> str:
    """OCR confusions in about `rate` of the words: å/ä/ö -> a/a/o in any word; l -> I, rn <-> m
    only in lower-case words of four letters or more; 0 -> O in numbers.

    Letter swaps stay out of capitalised words, so names keep their letters: the scorer folds
    names (case and diacritics) but does not read "lngrid" as "Ingrid", so a swapped letter in a
    name would make the gold wrong, while a lost ring or dots does not. Personnummer and masked
    X runs are never touched."""
    protected = [m.span() for m in PERSONNUMMER.finditer(text)]

    def damage(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in protected) or rng.random() >= rate:
            return m.group(0)
        return _confuse(m.group(0), rng)

    return re.sub(r"[^\W_]+", damage, text)


DAMAGES: dict[str, Damage] = {
    "flatten": flatten,
    "drop_para": drop_para,
    "clip_headings": clip_headings,
    "interleave": interleave,
    "rewrap": rewrap,
    "ocr": ocr,
}


def damage_text(text: str, name: str, *, seed: int = 0, key: str = "") -> str:
    """`text` with the damage `name`; `key` (a file name) makes each file's damage its own but reproducible."""
    return DAMAGES[name](text, random.Random(f"{seed}:{name}:{key}"))
