"""The meeting: which förbund (or other body) met, when, where, and its number.

The date comes from labelled fields first: "Tid och plats" / "Tid:" / "Styrelsemötet hölls" beat
"Datum:", which beats the title line, which beats the "Sammanträdesdatum" page header (often a
stale template value). Dates of adjustment ("Justering"), notices ("anslag") and next meetings
never count.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from samgraf.extractors import dates as dates_mod
from samgraf.extractors.gazetteer import Gazetteer
from samgraf.extractors.normalize import fold
from samgraf.model import Meeting, Org, OrgKind, Span

EXTRACTOR = "rules.meeting.v1"

#: The body's field of a notice box right before a date, the meeting's field's label lost between them ("Anslag/Bevis
#: ... Organ Kommunstyrelsen 31 oktober 2011 Anslags uppsättande ..."): the date is the meeting's.
_ORGAN_FIELD = re.compile(r"(?<![\w-])(Organ)[ \t]*:?[ \t]+(?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]+(?:[ \t]+[\wåäöÅÄÖ-]+){0,5}[ \t]*:?[ \t]*$")
_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"tid\s+och\s+plats|plats\s+och\s+tid|datum\s+och\s+tid|sammantr[a-zåäö]*tid(?![a-zåäö])|m[oö]tet\s+h[oö]lls|"
                r"m[oö]tesdatum\s*:|sammantr[aä]dde|"
                r"styrelsem[oö]tet\s+h[oö]lls|sammantr[a-z]*\s+h[oö]lls|^\s*tid\s*:|^\s*n[aä]r\s*:|"
                r"(?-i:(?:^|\s)Tid)\s*:?\s*$", re.I), 100),
    (re.compile(r"^\s*(?:m[oö]tes)?datum\s*:?|^\s*dag\s*:|(?-i:(?:^|\s)Datum)\s*:?\s*$", re.I), 80),
    (re.compile(r"sammantr[aä]desdatum|m[oö]tesdatum", re.I), 50),
    (_ORGAN_FIELD, 50),
)
_NEVER = re.compile(r"justering|justeras|anslag|nedtagande|upps[aä]ttande|n[aä]sta\s+(?:m[oö]te|sammantr)|senast|"
                    r"datum\s+f[oö]r\s+(?!sammantr|m[oö]te)", re.I)   # "Datum för 2004-03-30 / anslags uppsättande"
#: Up to the meeting's own field of a notice box (the last one): what stands after it is the meeting's ("... genom
#: anslag Organ och sammanträdesdatum Barn- och utbildningsnämnden 2016-09-15"), whatever the box says before it.
_UP_TO_MEETING_FIELD = re.compile(r".*sammantr[aä]desdatum", re.I | re.S)
_NOT_IN_BODY = re.compile(r"f[oö]reg[aå]ende|protokoll\s+fr[aå]n|beslutad|reviderad|minnesanteckningar", re.I)
_PLACE_LABEL = re.compile(r"^[ \t]*(?:plats|lokal|m[oö]tesplats)[ \t]*:[ \t]*(\S.*)$", re.I | re.M)
_HELD_AT = re.compile(r"\b(?:p[aå]|i)\s+([A-ZÅÄÖ][^\n.]{3,80})", re.M)
_NUMBER = re.compile(r"\b(?:styrelsem[oö]te|sammantr[aä]de|m[oö]te|protokoll)\s*(?:nr\.?\s*)?(\d{4})\s*[:/]\s*(\d{1,2})\b"
                     r"|\bnr\.?\s*(\d{1,2})\s*/\s*(\d{4})\b", re.I)
_DECISION_ID = re.compile(r"\bBeslut\s+(\d{4})-(\d{1,2})\s*§", re.I)
_BODY = re.compile(
    r"(?:protokoll\s+(?:f[oö]rt\s+)?(?:vid|fr[aå]n|f[oö]r)\s+(?:sammantr[aä]de|m[oö]te|styrelsem[oö]te)?\s*"
    r"(?:med|i|f[oö]r)?\s*(?:styrelsen\s+(?:f[oö]r|i)\s+)?)((?-i:[A-ZÅÄÖ])[\w\-åäöÅÄÖ ]{3,80}?(?:\n[\w\-åäöÅÄÖ ]{2,40}?)?)"
    r"(?=\s*(?:\d|\n\n|,|\.|$))",
    re.I,
)
_HEAD_FORBUND = re.compile(r"samordningsf\S*rbundet[ \t]*\n[ \t]*((?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ\- ]{2,40})$", re.I | re.M)


@dataclass(frozen=True, slots=True)
class _DateCandidate:
    match: dates_mod.DateMatch
    score: int


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _previous_line(text: str, line_start: int) -> str:
    """The nearest non-empty line above the one starting at `line_start`."""
    pos = line_start - 1
    while pos > 0:
        start, end = _line_bounds(text, pos - 1)
        if text[start:end].strip():
            return text[start:end]
        pos = start - 1
    return ""


#: How far along its line a date's label or clock time is looked for. A label or time belongs next to its date;
#: bounding the reach keeps a page flattened to one line with thousands of dates linear, not quadratic.
_LINE_REACH = 1000


def _near_line_bounds(text: str, pos: int) -> tuple[int, int]:
    """_line_bounds, cut _LINE_REACH characters either side of `pos`."""
    lo, hi = max(0, pos - _LINE_REACH), min(len(text), pos + _LINE_REACH)
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, hi)
    return start, hi if end < 0 else end


#: How far back before its line a label that runs on in lower case ("plats och tid") is looked for.
_WRAPPED_REACH = 60


def _score(view: str, m: dates_mod.DateMatch, title_end: int) -> int:
    start, _ = _near_line_bounds(view, m.start)
    before = view[start:m.start]
    wrapped = before.lstrip()[:1].islower() and (start == 0 or view[start - 1] == "\n")
    label = view[max(0, start - _WRAPPED_REACH):m.start] if wrapped else before
    if not before.strip():              # "Justeringens plats och tid\n\nMåndagen den 19 september": the label above
        label = _previous_line(view, start)
    field = _UP_TO_MEETING_FIELD.match(label)
    organ = _ORGAN_FIELD.search(label) if field is None else None      # the body's name, no notice's words, after it
    if _NEVER.search(label, field.end() if field else organ.end(1) if organ else 0):
        return -1                       # "Justeringens\nplats och tid ... 2000-03-30": a label wrapped over two lines
    if _VERSION_BEFORE.search(before):
        return -1                       # "LKPG1002, v2.1, 2016-03-07": the form's revision, not a meeting
    bonus = _bonus(view, m)
    if _OF_MEETING.search(before) and not re.search(r"f[oö]reg[aå]ende|n[aä]sta|senaste", before, re.I):
        return 75 + bonus                   # "Protokoll från socialutskottets sammanträde 2011-10-12"
    if m.start >= title_end and _NOT_IN_BODY.search(before):
        return -1
    for label, score in _LABELS:
        if label.search(before) or (not before.strip() and label.search(_previous_line(view, start))):
            return score - (5 if m.year_inferred else 0) + bonus
    if m.start < title_end:
        return 70 + bonus
    return 10 + bonus


#: A form's version right before a date: the date the template was revised.
#: ("Ändrad för W3D3 2016-05-04": the revision's.)
_VERSION_BEFORE = re.compile(r"(?:(?<![\w-])[vV]\.?[ \t]?\d+(?:\.\d+)+|(?i:version)[ \t]+\d+(?:\.\d+)*|"
                             r"(?i:ändrad|uppdaterad)(?:[ \t]+för[ \t]+\S+)?)[ \t]*,?[ \t]*$")
_OF_MEETING = re.compile(r"\bprotokoll\s+(?:fr[aå]n|f[oö]rt\s+vid|vid)\s+[^\n.]{0,50}?"
                         r"(?:sammantr[aä]de|styrelsem[oö]te|m[oö]te)\s*(?:den\s+)?$", re.I)
_WEEKDAY = re.compile(r"^(?:m[aå]n|tis|ons|tors|fre|l[oö]r|s[oö]n)dag", re.I)


def _bonus(view: str, m: dates_mod.DateMatch) -> int:
    """A meeting date usually comes with its weekday and its clock times on the same line."""
    _, end = _near_line_bounds(view, m.start)
    timed = dates_mod.find_time_range(view[m.end:end]) is not None
    return (25 if timed else 0) + (10 if _WEEKDAY.match(m.text) else 0)


#: The title area ends after this many characters however few lines it has: a flattened page is one line.
_TITLE_CHARS = 600


def _title_end(view: str, lines: int = 5) -> int:
    """End of the first `lines` non-empty lines (the title area), at most _TITLE_CHARS characters in."""
    count, pos = 0, 0
    for line in view.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            count += 1
            if count >= lines:
                break
    return min(pos, _TITLE_CHARS)


_HEADER_YEAR = re.compile(r"(?<![\d.,:-])((?:19[89]|20[0-4])\d)(?![\d.,:-]|\s*(?:kr|tkr|mkr|sek|%))", re.I)


def _default_year(view: str) -> int | None:
    """The year for dates written without one: the first full date in the title lines, else the
    most common year among the full dates of the first pages."""
    found = [m for m in dates_mod.find_dates(view[:4000]) if not m.year_inferred]
    title_end = _title_end(view, 8)
    titled = [m for m in found if m.start < title_end and not _NEVER.search(view[max(0, m.start - 40):m.start])]
    if titled:
        return titled[0].date.year
    years = Counter(m.date.year for m in found)
    if years:
        return years.most_common(1)[0][0]
    header = _HEADER_YEAR.search(view, 0, _title_end(view, 8))       # "LS 9/2012", "Dnr 2012/45": the header's year
    return int(header.group(1)) if header else None


def find_date(view: str) -> dates_mod.DateMatch | None:
    """The meeting date: the best-labelled date candidate, earliest on ties."""
    title_end = _title_end(view)
    found = dates_mod.find_dates(view, default_year=_default_year(view))
    cands = [_DateCandidate(m, _score(view, m, title_end)) for m in found]
    cands = [c for c in cands if c.score >= 0]
    if not cands:
        title = _CONVERTER_TITLE.search(view)
        return next((m for m in found if title is not None and title.start(1) <= m.start < title.end(1)
                     and not m.year_inferred and _PROTOCOL_LAST.search(view, title.start(1), m.start)), None)
    best = max(cands, key=lambda c: (c.score, -c.match.start))
    return best.match


#: A web converter's download link repeating the PDF's first line with its date ('Download "BEVIS OM ANSLAG.
#: PROTOKOLL Kommunstyrelsen 1(50) 2010-12-01"'), where the page's own text lost its dates: the meeting's date
#: when no date of the text is one and the protocol, not the notice, is named last before it (not "ANSLAG/BEVIS
#: 2015-06-16 2015-07-08": the notice's dates).
_CONVERTER_TITLE = re.compile(r'^Download "([^"\n]{1,400})"', re.MULTILINE)
_PROTOCOL_LAST = re.compile(r"(?i)protokoll(?!.*(?:anslag|bevis|juster))")


def find_times(view: str, date: dates_mod.DateMatch | None) -> dates_mod.TimeRange | None:
    """The time range on the date's line or the line after it, else the first 'kl.' near the top."""
    if date is not None:
        start, end = _line_bounds(view, date.start)
        nxt_end = _line_bounds(view, min(end + 1, len(view) - 1))[1] if end < len(view) else end
        found = dates_mod.find_time_range(view[start:nxt_end])
        if found is not None:
            return found[2]
    head = dates_mod.find_time_range(view[:1500])
    return head[2] if head else None


def find_place(view: str, date: dates_mod.DateMatch | None) -> str | None:
    """The place: a "Plats:" field, the rest of the "Tid och plats" line, or "hölls ... på X"."""
    label = _PLACE_LABEL.search(view[:6000])
    if label:
        return _clean_place(label.group(1))
    if date is None:
        return None
    start, end = _line_bounds(view, date.start)
    rest = view[date.end:end]
    times = dates_mod.find_time_range(rest)
    if times is not None:
        rest = rest[times[1]:]
    rest = rest.strip(" \t,.-–")
    if len(rest) > 3 and _looks_like_place(rest):
        return _clean_place(rest)
    after = view[end + 1:end + 400]
    held = _HELD_AT.search(after)
    if held and held.start() < 5:
        return _clean_place(held.group(1))
    for line in after.splitlines():
        if line.strip():
            return _clean_place(line) if _looks_like_place(line) else None
    return None


_NOT_PLACE = re.compile(r"^\s*(?:§|\d|beslut|n[aä]rvar|fr[aå]nvar|ledam|ers[aä]ttare|[oö]vriga|juster|protokoll|"
                        r"dagordning|[aä]rende|upprop|kallade|beslutande|sekreterare|ordf)", re.I)


def _looks_like_place(line: str) -> bool:
    """A short line that is not a heading, a § line, a decision id or a roster label."""
    text = line.strip()
    return 3 < len(text) < 120 and not _NEVER.search(text) and not _NOT_PLACE.match(text) and \
        ("," in text or " " in text or text[0].isupper())


def _clean_place(text: str) -> str:
    text = re.sub(r"^\s*(?:p[aå]|i)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .,\t")


def find_number(view: str) -> str | None:
    """Meeting number "2022:5" from "Styrelsemöte 2022:5", "nr 5/2022" or decision ids "2025-3 §"."""
    m = _NUMBER.search(view[:3000])
    if m:
        year, num = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return f"{year}:{int(num)}"
    ids = Counter((m.group(1), int(m.group(2))) for m in _DECISION_ID.finditer(view))
    if ids:
        (year, num), _ = ids.most_common(1)[0]
        return f"{year}:{num}"
    return None


def find_body(view: str, gaz: Gazetteer) -> tuple[Org | None, int, int]:
    """The förbund (or other body) that met, with the offsets of the mention used.

    A förbund in the title lines wins; then the body a "Protokoll fört vid sammanträde med X"
    phrase names; then the first förbund in the first pages; then the most frequent one.
    """
    title_end = _title_end(view, 8)
    forbund = [m for m in gaz.find_orgs(view, 0, min(3000, len(view))) if m.org.kind == OrgKind.FORBUND]
    titled = [m for m in forbund if m.start < title_end]
    if titled:
        return titled[0].org, titled[0].start, titled[0].end
    first_item = re.search(r"§\s*\d|\n\s*\d{1,4}\s+(?-i:[A-ZÅÄÖ])[a-zåäö]+", view[:3000])
    phrase = _BODY.search(view[:first_item.start() if first_item else 3000])    # not a report's "Protokoll från"
    if phrase:
        name = _body_name(re.sub(r"\s+", " ", phrase.group(1)).strip(" .,"))
        org = gaz.resolve_org(name)
        if org is not None and org.kind == OrgKind.FORBUND:
            return org, phrase.start(1), phrase.end(1)
        if re.search(r"nämnd|styrelse|utskott|råd\b|förbund|beredning|kommitté", name, re.I):
            return mint_body(name), phrase.start(1), phrase.end(1)
    if forbund:
        return forbund[0].org, forbund[0].start, forbund[0].end
    everywhere = [m for m in gaz.find_orgs(view) if m.org.kind == OrgKind.FORBUND]
    if everywhere:
        top = Counter(m.org.key for m in everywhere).most_common(1)[0][0]
        first = next(m for m in everywhere if m.org.key == top)
        return first.org, first.start, first.end
    head = _head_forbund(view[:title_end])
    if head:
        org = gaz.resolve_org(f"Samordningsförbundet {head.group(1).strip()}")
        if org is not None:
            return org, head.start(), head.end()
    return None, 0, 0


_SAMORDNINGSF = re.compile(r"samordningsf", re.I)
_NON_BLANK_END = re.compile(r"\s")


def _head_forbund(text: str) -> re.Match[str] | None:
    """_HEAD_FORBUND.search(text), tried once per run of non-blanks: a later "samordningsf" in the same run
    reads on to the same "rbundet" at the run's end, so it matches only if the first does (a long word of
    repeated "samordningsförbundet" was read to its end from each)."""
    pos = 0
    while (m := _SAMORDNINGSF.search(text, pos)) is not None:
        found = _HEAD_FORBUND.match(text, m.start())
        if found is not None:
            return found
        blank = _NON_BLANK_END.search(text, m.end())
        if blank is None:
            return None
        pos = blank.start()
    return None


_CONNECTORS = frozenset({"i", "för", "och", "på", "med"})


def _body_name(text: str) -> str:
    """The body's name from the words after "Protokoll från": "Socialutskottets sammanträde 2011..." ->
    "Socialutskottet"; otherwise its capitalised words (and i/för/och), at most six."""
    genitive = re.match(r"((?-i:[A-ZÅÄÖ])[\wåäö-]+?)s\s+(?:sammantr[aä]de|m[oö]te|styrelsem[oö]te)\b", text)
    if genitive:
        return genitive.group(1)
    words: list[str] = []
    for word in text.split()[:6]:
        if word[:1].isupper() and not (len(word) > 3 and word.isupper()) or (words and word in _CONNECTORS) or \
                (words and word.strip(",.") in ("kommun", "region", "stad", "län")):
            words.append(word)
        else:
            break
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return " ".join(words) or text


def mint_body(name: str) -> Org:
    """An organisation the gazetteer lacks, named as the text names it ("Socialutskottet"); its key
    folds case and diacritics, so every spelling of the name is one body."""
    return Org("body/" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-"), name, OrgKind.OTHER)


def extract_meeting(view: str, original: str, gaz: Gazetteer) -> Meeting:
    """The Meeting of one protocol, each value with its evidence span."""
    body, b_start, b_end = find_body(view, gaz)
    date = find_date(view)
    times = find_times(view, date)
    evidence = []
    if body is not None:
        evidence.append(Span.of(original, b_start, b_end))
    if date is not None:
        evidence.append(Span.of(original, date.start, date.end))
    return Meeting(
        forbund=body,
        date=date.date if date else None,
        start_time=times.start if times else None,
        end_time=times.end if times else None,
        place=find_place(view, date),
        number=find_number(view),
        evidence=tuple(evidence),
    )

