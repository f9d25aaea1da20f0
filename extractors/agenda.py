"""Agenda items (§ headings) and the § sections they open.

Forms: "§ 5 Title", "§5 Title", "## § 5 **Title**", a table of contents row "§ 1<TAB>Title<TAB>sid 4",
OCR'd "81 Title" (§1) and "8§16 Title" (§16) accepted only where the numbering sequence expects them,
a bare "§ 8" whose title is the next line, titles continued on the next line, and — in documents
with no § sign at all — "1. Title", "Punkt 3 Title", "Ärende 4 Title" in an increasing sequence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from samgraf.model import AgendaItem, Section, SectionKind, Span

EXTRACTOR = "rules.agenda.v1"

_STRONG = re.compile(r"^[ \t]*(?:(?:8[ \t]*)?§[ \t]*(\d{1,3})(?![\d:§])|(\d{1,3})[ \t]*§(?!§))[ \t.:)]*(.*)$", re.MULTILINE)
_WEAK = re.compile(r"^[ \t]*(?:8|S|\$)[ ]?(\d{1,2})(?![\d:])[ \t.:)]+(\S.*)$", re.MULTILINE)
_NUMBERED = re.compile(
    r"^[ \t]*(?:(?:punkt|ärende|arende|paragraf|p\.)[ \t]*)?(\d{1,2})[ \t]*[.):]?[ \t]+([A-ZÅÄÖÉ].*)$",
    re.MULTILINE | re.IGNORECASE,
)
_DIARIE = re.compile(r"(?:dnr|diarienr|diarienummer|dnr\.)\s*[:.]?\s*[\w/ .-]*$", re.IGNORECASE)
_PAGE_REF = re.compile(r"[ \t]+(?:sid|sida|s\.)[ \t]*\d+[ \t]*$", re.IGNORECASE)
_RUN_IN = re.compile(r"[ \t]+(?:förbundsstyrelsens|styrelsens|nämndens|forbundsstyrelsens)[ \t]+beslut[ \t]*:?[ \t]*$", re.IGNORECASE)
_DATE_OR_CLAUSE = re.compile(r",|\s\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|\s\d{4}-\d{2}-\d{2}|\skl\.?\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """A § heading line: number, title and where both sit in the text."""

    number: int
    title: str
    line_start: int
    line_end: int
    title_start: int
    title_end: int
    strong: bool


def _clean_title(title: str) -> str:
    cells = [c.strip() for c in title.split("\t") if c.strip()]
    title = cells[0] if cells else ""
    title = _PAGE_REF.sub("", title)
    title = _RUN_IN.sub("", title)
    return re.sub(r"\s+", " ", title).strip(" :.-–—*#|").strip()


def _next_line(view: str, pos: int) -> tuple[int, int]:
    """Start and end of the line that starts at `pos` (end excludes the newline)."""
    end = view.find("\n", pos)
    return pos, len(view) if end < 0 else end


def _continuation(view: str, line_end: int) -> tuple[int, int] | None:
    """The line right after a heading when it continues the title (lower case, digit or '&')."""
    if line_end >= len(view) - 1:
        return None
    start, end = _next_line(view, line_end + 1)
    line = view[start:end]
    stripped = line.strip()
    if not stripped or len(stripped) > 80 or _STRONG.match(line) or "\t" in line or "\t" in view[line_end - 200:line_end].split("\n")[-1]:
        return None
    if re.match(r"\d{1,3}[ \t.)]+[A-ZÅÄÖ]", stripped):
        return None
    if stripped[0].islower() or stripped[0].isdigit() or stripped[0] in "&(":
        lead = len(line) - len(line.lstrip())
        return start + lead, start + len(line.rstrip())
    return None


def _borrowed_title(view: str, line_end: int) -> tuple[int, int] | None:
    """For a bare '§ 8': the next non-empty line, cut at its first clause or date."""
    pos = line_end + 1
    while pos < len(view):
        start, end = _next_line(view, pos)
        line = view[start:end]
        if line.strip():
            if _STRONG.match(line):
                return None
            lead = len(line) - len(line.lstrip())
            text = line.strip()
            cut = _DATE_OR_CLAUSE.search(text)
            if cut and cut.start() > 3 and (text.endswith(".") or len(text) > 100):
                text = text[: cut.start()]      # a sentence standing in for a title: its first clause
            return start + lead, start + lead + len(text.rstrip(" .:"))
        pos = end + 1
    return None


def _heading(view: str, match: re.Match[str], strong: bool) -> Heading | None:
    groups = [g for g in range(1, (match.re.groups or 0) + 1)]
    num_group = next(g for g in groups[:-1] if match.group(g) is not None)
    number = int(match.group(num_group))
    line_start, line_end = match.start(), match.end()
    title_group = groups[-1]
    raw = match.group(title_group)
    title = _clean_title(raw)
    t_start = match.start(title_group) + (raw.find(title[:8]) if title else 0)
    t_end = t_start + len(title)
    if title and not (title[0].isalpha() or title[0] in "\"'”“"):
        return None
    if _DIARIE.match(title):
        title = ""                      # "§ 12  Dnr 2023/45": the title is on the next line
    if not title:
        borrowed = _borrowed_title(view, line_end)
        if borrowed is None:
            return Heading(number, "", line_start, line_end, line_end, line_end, strong)
        t_start, t_end = borrowed
        title = _clean_title(view[t_start:t_end])
    else:
        cont = _continuation(view, line_end)
        if cont is not None and not title.endswith((".", ":")):
            title = f"{title} {view[cont[0]:cont[1]].strip()}".strip(" .")
            t_end = cont[1]
    return Heading(number, title, line_start, line_end, t_start, t_end, strong)


def _fits(number: int, before: int | None, after: int | None) -> bool:
    low = 0 if before is None else before
    high = 10**6 if after is None else after
    return low < number < high and (before is None or number - before <= 3)


def find_headings(view: str) -> list[Heading]:
    """All § headings in document order; OCR'd forms only where the sequence expects them."""
    strong = [h for m in _STRONG.finditer(view) if (h := _heading(view, m, True))]
    if not strong:
        return _numbered_headings(view)
    weak: list[Heading] = []
    for m in _WEAK.finditer(view):
        h = _heading(view, m, False)
        if h is None:
            continue
        before = max((s.number for s in strong if s.line_start < h.line_start), default=None)
        after = min((s.number for s in strong if s.line_start > h.line_start), default=None)
        if _fits(h.number, before, after) and all(s.number != h.number for s in strong):
            weak.append(h)
    return sorted(strong + weak, key=lambda h: h.line_start)


def _numbered_headings(view: str) -> list[Heading]:
    """Headings without a § sign: an increasing run of numbered lines starting at 1 or 2."""
    found = [h for m in _NUMBERED.finditer(view) if (h := _heading(view, m, False)) and h.title]
    runs: list[list[Heading]] = []
    for h in found:
        for run in runs:
            if 0 < h.number - run[-1].number <= 3:
                run.append(h)
                break
        else:
            runs.append([h])
    best = max(runs, key=len, default=[])
    if len(best) < 3:
        return []
    titles = {(h.number, _title_key(h.title)) for h in best}
    chosen = list(best)
    for run in runs:
        if run is not best and len(run) >= 3 and \
                sum((h.number, _title_key(h.title)) in titles for h in run) >= 0.6 * len(run):
            chosen.extend(run)          # the same items again: a dagordning list and the § bodies
    return sorted(chosen, key=lambda h: h.line_start)


def _title_key(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()[:40]


def extract_agenda(view: str, original: str) -> tuple[AgendaItem, ...]:
    """One agenda item per § number: the first heading with a title wins."""
    items: dict[int, AgendaItem] = {}
    for h in find_headings(view):
        if h.number in items or not h.title:
            continue
        span = Span.of(original, h.line_start, max(h.line_end, h.title_end))
        items[h.number] = AgendaItem(h.number, h.title, span)
    return tuple(sorted(items.values(), key=lambda a: a.number))


def split_items(doc_id: str, view: str) -> Iterator[Section]:
    """§ body sections: from each heading to the next one (the last runs to the end)."""
    heads = find_headings(view)
    for index, h in enumerate(heads):
        end = heads[index + 1].line_start if index + 1 < len(heads) else len(view)
        yield Section(doc_id, index, SectionKind.ITEM, h.title, h.line_start, end, h.number)
