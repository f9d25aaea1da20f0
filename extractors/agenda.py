"""Agenda items (§ headings) and the § sections they open.

Forms: "§ 5 Title", "§5 Title", "5 § Title", "## § 5 **Title**", a table of contents row "§ 1<TAB>Title<TAB>sid 4"
or "1 § Title ........ 4", OCR'd "81 Title" (§1) and "8§16 Title" (§16) accepted only where the numbering
sequence expects them, a bare "§ 8" (or "§ 7 Ärendenummer X-2023-017", "§ 7 Dnr 2023/12") whose title is on the
next one to four lines, titles continued on the next line, and — in documents with no § sign at all — "1. Title",
"Punkt 3 Title", "Ärende 4 Title" in an increasing sequence.

Flattened pages (a converter wrote each PDF page as one line and dropped the § signs) are read where the headings
stand: "2 (14) 188 Fastställande av föredragningslista Enligt reglemente ... 189 Landstingsdirektörens rapport".
The page number that opens a flattened page and page furniture ("3(19", "2 (14)", "1[15]", "Sida 3 (24)") are never
items; an unsigned number is an item when it opens a page, or when it belongs to an increasing run of numbers
that read as headings (consistent with a "Paragrafer 155-168" field when the protocol has one); numbers in a
roster (per-§ attendance "t o m 15", "Name, kansliet, 16"), amounts, years, dates and list enumerations are not.
The title ends where the § body begins: a new capitalised sentence, a verb form, an enumeration.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, islice

from samgraf.extractors import names as names_mod
from samgraf.extractors import scan
from samgraf.extractors.normalize import WRAP_WIDTH as _WRAP_WIDTH
from samgraf.extractors.roles import normalize_role
from samgraf.model import AgendaItem, Section, SectionKind, Span

EXTRACTOR = "rules.agenda.v1"

#: The year after a § number and a slash ("§ 63/20"): part of the number, not of the title.
_YEAR_SUFFIX = r"(?:/\d{2}(?:\d{2})?(?![\d/]))"
#: The body's letters before its § sign on a heading's line ("KF § 266", "KSAU § 12", "Kf § 88").
_BODY_MARK = r"(?-i:[A-ZÅÄÖ]{2,6}|K[fs]|Kfu)"
#: ("Sid § 221 ...": a contents list's pages' column label before its first row.)
_STRONG = re.compile(rf"^[ \t]*(?:Sid(?:a|an)?[ \t]+(?=§))?(?:(?:8[ \t]*|{_BODY_MARK}[ \t]+)?§[ \t]*(\d{{1,4}}){_YEAR_SUFFIX}?(?![\d:§])|(\d{{1,4}})[ \t]*§(?!§))[ \t.:)]*(.*)$", re.MULTILINE)
_WEAK = re.compile(r"^[ \t]*(?:8|S|\$)[ ]?(\d{1,2})(?![\d:])[ \t.:)]+(\S.*)$", re.MULTILINE)
_NUMBERED = re.compile(
    r"^[ \t]*(?:(?:punkt|ärende|arende|paragraf|p\.)[ \t]*|(?-i:[8S$])[ \t]+(?=\d{1,2}[ \t]))?(\d{1,2})[ \t]*[.):]?[ \t]+"
    r"([A-ZÅÄÖÉ].*)$",
    re.MULTILINE | re.IGNORECASE,
)
#: A case number standing where the title should be: the title is on the next lines.
_DIARIE = re.compile(r"(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende\s+nr|dnr\.)\s*[:.]?\s*[\w/ .:-]*$"
                     r"|(?-i:[A-ZÅÄÖ]{1,5})?[ \t/-]?\d{2,4}[/.:]\d{1,4}(?:[ \t]*[-/.:][ \t]*\d{1,4})*$",
                     #  "D 2007/036-101", "KS/2018:298 - 001"
                     re.IGNORECASE)
_TRAILING_DIARIE = re.compile(r"[ \t]+\(?(?:dnr|diarienr|diarienummer|ärendenummer)\b.*$", re.IGNORECASE)
_PAGE_REF = re.compile(r"[ \t]+(?:sid|sida|s\.)[ \t]*\d+[ \t]*$", re.IGNORECASE)
_LEADERS = re.compile(r"[ \t]*(?:[.…][ \t]*){3,}\d*[ \t]*$")        # "Title ........ 4": dotted leaders, page
_RUN_IN = re.compile(r"[ \t]+(?:\w*(?:styrelsens|nämndens|utskottets|fullmäktiges|rådets)|forbundsstyrelsens)[ \t]+"
                     r"(?:beslut|förslag)[ \t]*:?[ \t]*$", re.IGNORECASE)
_DATE_OR_CLAUSE = re.compile(r",|\s\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|\s\d{4}-\d{2}-\d{2}|\skl\.?\s", re.IGNORECASE)
#: Lines that open a § body, never part of a title borrowed from the lines below a bare "§ 8".
_LABEL_WORDS = (r"beslut|ärendebeskrivning|sammanfattning|bakgrund|förslag\s+till\s+beslut|yrkanden?|handlingar?|"
                r"beslutsunderlag|propositionsordning")
_BODY_LABEL = re.compile(rf"^(?:{_LABEL_WORDS}|reservation|protokollsanteckning)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """A § heading: number, title and where both sit in the text (start: the § sign or number)."""

    number: int
    title: str
    start: int
    end: int
    title_start: int
    title_end: int
    strong: bool


#: The label of a § body's first part left at the end of a title when a converter joined the heading's lines
#: ("§ 1 Val av justerare\nBeslut" re-wrapped: "§ 1 Val av justerare Beslut"); capitalised, last on its line.
_TRAILING_LABEL = re.compile(rf"(?<=\S)[ \t]+(?-i:(?=[A-ZÅÄÖ]))(?:{_LABEL_WORDS})[ \t]*:?[ \t]*$", re.IGNORECASE)


#: How an agenda's paper reached the members, or its status, after a title: "(utsänt)", "(utdelas)", "(muntligt)",
#: "(bilaga)", "SEKRETESS", "BORDLAGT".
_DISPATCH_NOTE = re.compile(r"(?:[ \t]+\((?:utsänt|utsändes|utsänds|utdelas|utdelat|delas\s+ut|muntligt|muntlig(?:\s+"
                            r"information|\s+föredragning)?|bilaga|bilagor|bifogas|handlingar\s+utsända)\)"
                            r"|[ \t]+(?-i:SEKRETESS|BORDLAGT|UTGÅR))+[ \t]*$", re.IGNORECASE)


def _clean_title(title: str) -> str:
    cells = [c.strip() for c in title.split("\t") if c.strip()]
    title = cells[0] if cells else ""
    title = _LEADERS.sub("", title)
    title = _PAGE_REF.sub("", title)
    title = _RUN_IN.sub("", title)
    title = _TRAILING_LABEL.sub("", title)
    title = _DISPATCH_NOTE.sub("", title)
    if not _DIARIE.match(title.strip()):
        title = _TRAILING_DIARIE.sub("", title)
        title = _TRAILING_CASE.sub("", title)
    return re.sub(r"\s+", " ", title).strip(" :.-–—*#|").strip()


#: A case number after a listed title, its label left out ("Rapport från Länsstyrelsen KS 2017/883 Föredragande: ..."),
#: or a contents row's diary number in three dotted parts, year first ("Ny attestordning 2011.11.310").
_TRAILING_CASE = re.compile(r"(?<=\S)[ \t]+(?:(?-i:[A-ZÅÄÖ]{1,5})[ \t]?\d{4}/(?:\d{1,5}(?![\d\w/]))?(?:[ \t].*)?|"
                            r"(?:19|20)\d{2}\.\d{1,5}\.\d{1,5})$")


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
    """For a bare '§ 8': the next non-empty line, cut at its first clause or date, and the lines
    right below it that continue it (lower case or digit first: a title wrapped over up to four lines)."""
    pos = line_end + 1
    while pos < len(view):
        start, end = _next_line(view, pos)
        line = view[start:end]
        if line.strip():
            if _STRONG.match(line) or _BODY_LABEL.match(line.strip()) or not any(c.isalpha() for c in line):
                return None             # another heading, the body's label, or a rule ("_____") below a bare number
            lead = len(line) - len(line.lstrip())
            labelled = _labelled_paragraph(view, start + lead)
            if labelled is not None:
                return labelled
            text = line.strip()
            cut = _DATE_OR_CLAUSE.search(text)
            clause = cut and (text.endswith(".") or len(text) > 100 or (cut.group(0) != "," and _soft_break(view, end)))
            if cut and cut.start() > 3 and clause:
                return start + lead, start + lead + len(text[: cut.start()].rstrip(" .:"))
            return start + lead, _wrapped_end(view, start + lead + len(text.rstrip(" .:")), 3)
        pos = end + 1
    return None


def _labelled_paragraph(view: str, start: int, most: int = 4) -> tuple[int, int] | None:
    """A title paragraph of up to `most` lines that ends in the label of the § body ("Redovisning av uppdrag
    att utreda hur Göteborgs\nStads kommunikationsarbete kan effektiviseras Beslut", the heading's lines
    re-wrapped): start and end of the title, or None when the paragraph does not end so."""
    pos = start
    for _ in range(most):
        line_start, line_end = _next_line(view, pos)
        line = view[line_start:line_end]
        if not line.strip() or _STRONG.match(line):
            return None
        alone = pos > start and _BODY_LABEL.fullmatch(line.strip().rstrip(":"))
        label = _TRAILING_LABEL.search(line.rstrip())
        if alone or label:
            end = view.rfind("\n", 0, line_start) if alone else line_start + label.start()
            if re.search(r"[.!?:]\s", view[start:end] + " ") or "\n" not in view[start:end] and alone:
                return None         # a sentence; or one line then the label: the common case, read as before
            return start, end
        if not _soft_break(view, line_end) or not _title_goes_on(line, view[line_end + 1:_next_line(view, line_end + 1)[1]]):
            return None             # a line break a converter would not have made, or a body below: the writer's own
        if line_end >= len(view):
            return None
        pos = line_end + 1
    return None


def _title_goes_on(line: str, below: str) -> bool:
    """Whether a title broken after `line` may go on with `below`: in lower case or a digit; or capitalised
    after a function word or a name ("... hur Göteborgs\nStads kommunikationsarbete"); or capitalised where
    no § body opens ("... som klargör\nGöteborgs Stads förhållande"; not "Förbundschefen informerar om")."""
    tokens, last = below.split(), (line.split() or [""])[-1]
    if _BODY_LABEL.fullmatch(below.strip().rstrip(":")):
        return True                 # the label that ends the title
    if not tokens or not tokens[0][:1].isupper():
        return bool(tokens)
    return _bare(last) in _FUNCTION_WORDS or last[:1].isupper() or not _opens_body(tokens, 0)


def _wrapped_end(view: str, end: int, more: int) -> int:
    """End of a title whose next lines (at most `more`) continue it: lower case or digit first, no full stop."""
    for _ in range(more):
        if end >= len(view) or view[end:end + 1] != "\n" or view[end - 1:end] in ".:":
            return end
        start, line_end = _next_line(view, end + 1)
        text = view[start:line_end].strip()
        if not text or not (text[0].islower() or text[0].isdigit()) or len(text) > 100 or _BODY_LABEL.match(text):
            return end
        end = start + len(view[start:line_end].rstrip(" \t"))
    return end


def _heading(view: str, match: re.Match[str], strong: bool) -> Heading | None:
    groups = [g for g in range(1, (match.re.groups or 0) + 1)]
    num_group = next(g for g in groups[:-1] if match.group(g) is not None)
    number = int(match.group(num_group))
    line_start, line_end = match.start(), match.end()
    title_group = groups[-1]
    g_start, raw = match.start(title_group), match.group(title_group)
    case = _CASE_NUMBER.match(view, g_start + len(raw) - len(raw.lstrip()), line_end)
    if case:                            # "§ 7 Ärendenummer X-2023-017 Val av justerare": the title follows it
        g_start, raw = case.end(), view[case.end():line_end]
    runs_on = False
    if len(raw.split("\t")[0]) > 150:   # a flattened page: the body runs on after the title
        t_start = g_start + len(raw) - len(raw.lstrip())
        t_end = cut_title(view, t_start, line_end)
        raw = view[g_start:t_end]
        line_end = t_end
    elif raw.split("\t")[0].strip():
        cell_end = g_start + len(raw.split("\t")[0])     # a table row: the title's cell
        end = _rewrapped_title_end(view, g_start, cell_end)
        runs_on = bool(view[end:cell_end].strip(" \t.,:;-–")) or end > line_end
        raw = view[g_start:end] + view[cell_end:line_end]
    title = _clean_title(raw)
    if title[:1].islower() and _mid_sentence(view, line_start):
        return None                     # "... lämnar mötet efter\n§ 3 väljs ...": a reference in a sentence
    t_start = g_start + (raw.find(title[:8]) if title else 0)
    t_end = t_start + len(title)
    if title and not (title[0].isalpha() or title[0] in "\"'”“"):
        return None
    if _DIARIE.match(title):
        title = ""                      # "§ 12  Dnr 2023/45": the title is on the next line
    if not title:
        if _is_reference(view, match):
            return None
        borrowed = _borrowed_title(view, line_end)
        if borrowed is None:
            return Heading(number, "", line_start, line_end, line_end, line_end, strong)
        t_start, t_end = borrowed
        title = _clean_title(view[t_start:t_end])
    else:
        cont = None if runs_on else _continuation(view, line_end)
        if cont is not None and not title.endswith((".", ":")):
            title = f"{title} {view[cont[0]:cont[1]].strip()}".strip(" .")
            t_end = cont[1]
    return Heading(number, title, line_start, line_end, t_start, t_end, strong)


def _runs_on(view: str, line_end: int) -> bool:
    """Whether the heading's paragraph runs on: the next line is not blank and opens no other heading."""
    if line_end >= len(view) - 1:
        return False
    start, end = _next_line(view, line_end + 1)
    line = view[start:end]
    return bool(line.strip()) and not _STRONG.match(line)


def _rewrapped_title_end(view: str, start: int, line_end: int) -> int:
    """End of a title in a paragraph that runs on past its heading line: the title ends where the
    § body begins inside the line ("§ 1 Mötets öppnande Ordföranden öppnar mötet", re-wrapped), or,
    when the line break may be a converter's wrap, where the body begins on the lines below
    ("§ 17 Ansökan Samverkansteam, Nässjö\nkommun Nässjö kommun söker ...")."""
    end = cut_title(view, start, line_end)
    rest = view[end:line_end].strip(" \t.,:;-–")
    if rest and not (_reads_as_body(view, end) or _PAGE_OR_SIGN.match(rest)):
        return line_end             # "§7 Dialog med lokal FINSAM-samverkan: BIP-resan i Ronneby": all title
    if rest or not _soft_break(view, line_end) or view[end - 1:end] in ".:":
        return end
    next_start, next_end = _next_line(view, line_end + 1)
    if _BODY_LABEL.match(view[next_start:next_end].strip()):
        return end
    limit = next_end
    for _ in range(2):              # a title wrapped over up to three lines
        if not _soft_break(view, limit):
            break
        limit = _next_line(view, limit + 1)[1]
    longer = cut_title(view, start, limit)
    return longer if longer > next_start else min(end, longer)    # "... sysselsättning Rebecka\nberättade"


#: A page reference or the next § sign after a title: a table of contents, re-wrapped ("Budget sid 4 § 2 ...").
_PAGE_OR_SIGN = re.compile(r"(?:sid|sida|s\.)[ \t]*\d|§", re.IGNORECASE)


def _soft_break(view: str, line_end: int) -> bool:
    """Whether the line break at `line_end` may be a wrap a converter put in: the paragraph runs on and
    the next line's first word would not have fitted on this line at the narrowest wrap width."""
    if not _runs_on(view, line_end):
        return False
    line = view[view.rfind("\n", 0, line_end) + 1:line_end]
    next_start, next_end = _next_line(view, line_end + 1)
    words = view[next_start:next_end].split()
    return len(line.rstrip()) + 1 + len(words[0]) > _WRAP_WIDTH


def _reads_as_body(view: str, pos: int) -> bool:
    """Whether the text from `pos` to the end of its paragraph reads as a § body: a sentence ends
    in it or a verb form stands in it."""
    para = view.find("\n\n", pos)
    text = view[pos:min(pos + 300, len(view) if para < 0 else para)]
    return bool(re.search(r"[.!?](?:\s|$)", text)) or any(_is_verb(_bare(w)) for w in text.split())


def _mid_sentence(view: str, pos: int) -> bool:
    """Whether the line before `pos` ends inside a sentence (a word or a date with no closing punctuation:
    "... uppdrag 2022-10-06\n§ 10 till Higab AB att ...", re-wrapped)."""
    before = view[:pos].rstrip()
    return bool(before) and before[-1].isalnum() and "\n\n" not in view[len(before):pos]


def _is_reference(view: str, match: re.Match[str]) -> bool:
    """A '§ 924.' line continuing the sentence above ('bordlagt den 13 december,\\n§ 924.'): a reference."""
    if not re.search(r"\d[ \t]*[.,][ \t]*$", match.group(0)):
        return False
    before = view[:match.start()].rstrip()
    return before.endswith((",", "och"))


def _fits(number: int, before: int | None, after: int | None) -> bool:
    low = 0 if before is None else before
    high = 10**6 if after is None else after
    return low < number < high and (before is None or number - before <= 3)


def find_headings(view: str) -> list[Heading]:
    """All § headings in document order; OCR'd and unsigned forms only where the sequence expects them."""
    return [h for h in _find_headings(view) if h.strong or not (
        _STREET_BEFORE.search(view, max(0, h.start - 40), h.start) or _ROSTER_WORD.fullmatch(h.title) or
        _ROLL_TITLE.match(h.title))]


#: A roster's heading alone as a title: a page's number before the roster running on ("FÖRBUNDSSTYRELSEN GR 2
#: Övriga Nils Ek, GR ..."), not an item.
_ROSTER_WORD = re.compile(r"(?:Övriga|Ledamöter|Ersättare|Beslutande|Närvarande|Frånvarande|Tjänstemän)[ \t:]*")


#: A roll's title in capitals over its seats' columns: a page's number before the list ("2 NÄRVAROFÖRTECKNING
#: LEDAMÖTER N F ..."), not an item.
_ROLL_TITLE = re.compile(r"(?:NÄRVAROFÖRTECKNING|NÄRVAROLISTA)[ \t]+(?:ORDINARIE[ \t]+)?(?:LEDAMÖTER|LEDAMOT|ERSÄTTARE)\b")


#: A street's name right before a number: an address ("Storgatan 50 C, Klippan"), not an item.
_STREET_BEFORE = re.compile(rf"(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:{'|'.join(names_mod.STREET_ENDINGS)})[ \t]+$")


#: The items that open a meeting, by their usual titles.
OPENING_ITEM = (r"(?:Val[ \t]+av[ \t]+(?:(?:en|två)[ \t]+)?(?:protokolls?)?justerare|Justering[ \t]+av[ \t]+protokoll|Fastställande[ \t]+av[ \t]+"
                r"(?:dagordning|föredragningslista)|Upprop|(?:Mötets|Sammanträdets)[ \t]+öppnande|"
                r"Konstatera(?:nde[ \t]+av)?[ \t]+(?:mötets|sammanträdets)[ \t]+laglighet|"     # Finland-Swedish openings
                r"(?:Mötets|Sammanträdets)[ \t]+konstituerande)\b")
_OPENING_HEADING = re.compile(rf"(?<![\w§.,:/–-])(\d{{1,4}})\.?[ \t]+({OPENING_ITEM}[^.\n]{{0,120}}?)"
                              r"(?=\.[ \t]|\.?$|[ \t]+att[ \t]|[ \t]+(?-i:Beslut|Direktionen|Styrelsen|Nämnden|Till)\b)",
                              re.MULTILINE)


#: The opening item first in a run of titles on one line, the others' numbers lost ("Houtskär 57 Konstatera
#: sammanträdets laglighet och beslutförhet Val av protokolljusterare Godkännande av ...").
_OPENING_IN_RUN = re.compile(rf"(?<![\w§.,:/–-])(\d{{1,4}})\.?[ \t]+({OPENING_ITEM}[^.\n]{{0,160}})")


def _opening_heading(view: str) -> list[Heading]:
    """Where no § heading was read: the meeting's opening item by its usual title, its number (the sign lost)
    inside a line ("... förklarar mötet öppnat. 36. Val av justerare samt ...", "... Moberg 1 Val av justerare att
    utse ..."): one item, the first such."""
    m = _OPENING_HEADING.search(view) or _OPENING_IN_RUN.search(view)
    if m is None:
        return []
    end = cut_title(view, m.start(2), m.end(2))   # "1. Mötets öppnande Områdeschef IFO, Eva Ek hälsar ...": the body
    end = _listed_title_end(view, m.start(2), end)
    return [Heading(int(m.group(1)), _clean_title(view[m.start(2):end]), m.start(1), end, m.start(2), end, False)]


#: A contents list's label and its first item's number, where the converter lost the other items' numbers
#: ("Innehållsförteckning Sid nr 141 Gatubelysning i X kommun Information om ...", "Ärendelista Sida 86. Fastställande
#: av ärendelistan Information ...", "Ärenden: 97 Sammanträdets konstituerande Anmälningsärenden ...").
_CONTENTS_FIRST = re.compile(r"\b(?:Innehållsförteckning|Ärendelista|Ärendeförteckning|Ärenden)[ \t]*[.…:]*[ \t]*"
                             r"(?:(?i:sid(?:a|\.)?)(?:[ \t]*nr)?[ \t]*\.?[ \t]*)?(\d{1,4})\.?[ \t]+"
                             r"(?=[A-ZÅÄÖ][a-zåäö])")


def _contents_first(view: str) -> list[Heading]:
    """Where no § heading was read: the first item of a contents list that kept only its number, with its title
    up to where the next item's begins."""
    m = _CONTENTS_FIRST.search(view)
    if m is None:
        return []
    line_end = view.find("\n", m.end())
    line_end = len(view) if line_end < 0 else line_end
    end = _listed_title_end(view, m.end(), cut_title(view, m.end(), line_end))
    title = _clean_title(view[m.end():end])
    return [Heading(int(m.group(1)), title, m.start(1), end, m.end(), end, False)] if title else []


_OPENING_TITLE = re.compile(OPENING_ITEM)


def _opening_title(view: str, head: Heading) -> Heading:
    """An opening item's usual title with the next items' titles after it on its line taken off ("57 Konstatera
    sammanträdets laglighet och beslutförhet Val av protokolljusterare Godkännande av ...")."""
    if not _OPENING_TITLE.match(view, head.title_start):
        return head
    end = _listed_title_end(view, head.title_start, head.title_end)
    if end == head.title_end:
        return head
    return replace(head, title=_clean_title(view[head.title_start:end]), end=end, title_end=end)


def _titles_meet(prev: str, token: str, *, in_list: bool = False, earlier: str = "") -> bool:
    """Whether a title ends after the word `prev` and the next begins with `token`, in a run of titles written
    without their numbers: a capitalised word (no name or place) after a lower-case word that no preposition
    governs ("i X kommun Information om ...", but "studie av Fria pengar", "Danaarv efter Benita Ek"); in a list
    whose number of titles is known, also after an acronym in capitals ("ÖSTSAM Valnämnden") or where the word
    before comes again ("Valärende Valärende kompletteringsval")."""
    word, before = _bare(token), _bare(prev)
    if not (word[:1].isupper() and word[1:2].islower()) or prev.endswith(",") or names_mod.is_first_name(word) or \
            names_mod.is_surname(word) or names_mod.is_place(word):
        return False
    if before[:1].islower() and before.lower() not in _FUNCTION_WORDS:
        return True
    if in_list and (("/" in before and before.rsplit("/", 1)[1][:1].islower()) or
                    (len(before) == 4 and before.isdigit() and _bare(earlier)[:1].islower())):
        return True                     # "Information/diskussion Sammanträdets avslutande", "Budgetändring i budget
        #                                 2015 Slutrapport" (not "Treårsplan 2013 2015 Regionförbundet ÖSTSAM")
    return in_list and ((len(before) > 1 and before.isupper()) or word == before)


def _listed_title_end(view: str, start: int, end: int) -> int:
    """End of the first title in a run of titles a converter wrote on one line without their numbers
    ("Gatubelysning i X kommun Information om ...", see `_titles_meet`)."""
    tokens = list(_TOKEN.finditer(view, start, end))
    return next((prev.end() for prev, tok in zip(tokens, tokens[1:]) if _titles_meet(prev.group(0), tok.group(0))),
                end)


#: A contents list read column after column: its numbers, consecutive, then its titles ("76 77 78 ... 86 Förändringar
#: av kungörelsen Fråga till ... Valärende Valärende kompletteringsval ...").
_NUMBER_COLUMN = re.compile(r"(?:(?<![\w.,:/§-])(\d{1,4})(?:[ \t]+\d{1,4}){2,}|"
                            r"(?<![\w.,:/§-])§[ \t]?\d{1,4}(?:[ \t]+§[ \t]?\d{1,4}){2,})(?=[ \t]+[A-ZÅÄÖ][a-zåäö])")
#                                                       ^ also "ÄRENDEN §1 §2 §3 ... § 12 Sammanträdets öppnande ..."
_BLANKS = re.compile(r"[ \t]*")


def _numbers_then_titles(view: str) -> list[Heading]:
    """The items of a contents list whose number column and title column a converter wrote one after the other on
    one line: three consecutive numbers or more, and the run of titles after them split where titles meet (see
    `_title_breaks`) into as many titles as there are numbers; nothing when the breaks do not give that many."""
    out: list[Heading] = []
    for m in _NUMBER_COLUMN.finditer(view):
        digits = list(re.finditer(r"\d+", m.group(0)))
        numbers = [int(d.group(0)) for d in digits]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue
        start = _BLANKS.match(view, m.end()).end()
        line_end = view.find("\n", start)
        breaks = _title_breaks(view, start, len(view) if line_end < 0 else line_end, len(numbers))
        if breaks is None:
            continue
        for number, digit, (s, e) in zip(numbers, digits, breaks):
            out.append(Heading(number, _clean_title(view[s:e]), m.start() + digit.start(), e, s, e, False))
    return out


def _title_breaks(view: str, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """`count` titles from a run of titles without numbers, parted where titles meet (`_titles_meet`, in a list):
    the first `count` - 1 such breaks part them, and the last title ends at the next break (or where `cut_title`
    ends it)."""
    tokens = list(_TOKEN.finditer(view, start, end))
    breaks: list[int] = []
    for i in range(1, len(tokens)):
        if _titles_meet(tokens[i - 1].group(0), tokens[i].group(0), in_list=True,
                        earlier=tokens[i - 2].group(0) if i > 1 else ""):
            breaks.append(i)
            if len(breaks) == count:
                break
    if len(breaks) < count - 1:
        return None
    bounds = [0, *breaks[:count - 1]]
    spans = [(tokens[a].start(), tokens[b - 1].end()) for a, b in zip(bounds, bounds[1:])]
    last = tokens[bounds[-1]].start()
    spans.append((last, tokens[breaks[count - 1] - 1].end() if len(breaks) == count else cut_title(view, last, end)))
    return spans


#: The words that head a list of the meeting's items.
_LIST_WORDS = r"innehåll(?:sförteckning)?|ärendelista|föredragningslista"
#: A row of a contents list that gives the item's number and then its page before the title ("42 72 Delgivningar").
_NUMBER_AND_PAGE = re.compile(r"(?<![\w.,:/§-])(?=(\d{1,4})[ \t]+(\d{1,4})[ \t]+[^\W\d_])")
_TWO_NUMBERS = re.compile(r"\d{1,4}[ \t]+\d{1,4}[ \t]+")
#: The list's head right before its first row, only its columns' names between ("INNEHÅLLSFÖRTECKNING SIDAN").
_HEAD_BEFORE_ROWS = re.compile(rf"\b(?-i:(?=[A-ZÅÄÖ]))(?:{_LIST_WORDS})\b[ \t:]*"      # capitalised: no title's word
                               r"(?:(?:§|paragraf|ärende|nr|sidan|sida|sid)[ \t.:]*)*$", re.IGNORECASE)


def _numbers_and_pages(view: str) -> list[Heading]:
    """A contents list whose rows read "<§> <page> <title>" ("INNEHÅLLSFÖRTECKNING SIDAN 42 72 Delgivningar 43 75
    Delegationsbeslut ..."): right after the list's head, four rows or more whose first numbers count up (by one, or
    a few where the converter lost some) and whose second numbers rise; each title runs to the next row, or to where
    the next unnumbered title begins (a year inside a title is no row: its next number does not count on)."""
    rows = [(m.start(), int(m.group(1)), int(m.group(2)), _TWO_NUMBERS.match(view, m.start()).end())
            for m in _NUMBER_AND_PAGE.finditer(view)]
    for k, first in enumerate(rows):
        if not _HEAD_BEFORE_ROWS.search(view, max(0, first[0] - 40), first[0]):
            continue
        chain = [first]
        for row in rows[k + 1:]:
            if row[0] >= chain[-1][3] and 0 < row[1] - chain[-1][1] <= 3 and row[2] > chain[-1][2]:
                chain.append(row)       # (numbers the converter lost aside: their titles run on, unnumbered)
        if len(chain) < 4:
            continue
        out = []
        for i, (start, number, _page, title_start) in enumerate(chain):
            if i + 1 < len(chain):
                end = chain[i + 1][0]
                if chain[i + 1][1] - number > 1:
                    end = _before_unnumbered_title(view, title_start, end)
            else:
                line_end = view.find("\n", title_start)
                end = cut_title(view, title_start, len(view) if line_end < 0 else line_end)
            title = _clean_title(view[title_start:end])
            if title:
                out.append(Heading(number, title, start, end, title_start, end, False))
        return out
    return []


#: A contents list whose pages' column is named after its label, its first row's number right after ("Ärenden Sid
#: 235 Detaljplan för del av Björsbyn 3 236 Medborgarförslag ... 7 237 ...").
_PAGES_LIST_HEAD = re.compile(rf"(?<![\w-])(?=(?-i:[A-ZÅÄÖ]))(?i:{_LIST_WORDS}|ärenden|ärendeförteckning)[ \t:]*"
                              r"(?i:sid(?:an|a)?)[ \t.:]*(\d{1,4})[ \t]+(?=(?-i:[A-ZÅÄÖ]))")
#: A row's end and the next row's start in such a list: the title's page, then the next item's number.
_PAGE_THEN_NUMBER = re.compile(r"(?=[ \t]+(\d{1,3})[ \t]+(\d{1,4})[ \t]+(?-i:[A-ZÅÄÖ]))")
_PAGES_LIST_MIN = 4


def _numbers_titles_pages(view: str) -> list[Heading]:
    """A contents list whose rows read "<§> <title> <page>" under a pages' column label (`_PAGES_LIST_HEAD`): four
    rows or more, each number one more than the last (or a few more, where the converter lost a row's numbers: one
    lost row's title begins where an unnumbered title does) and each page higher; a number inside a title ("Tjädern
    16 5 237": the block 16 is no page, as 237 follows 5) does not end it. The last title ends where `cut_title` ends
    it."""
    for head in _PAGES_LIST_HEAD.finditer(view):
        line_end = view.find("\n", head.end())
        line_end = len(view) if line_end < 0 else line_end
        rows: list[tuple[int, int, int, int]] = []          # (number, its start, title start, title end)
        number, number_start, title_start, page = int(head.group(1)), head.start(1), head.end(), 0
        for m in _PAGE_THEN_NUMBER.finditer(view, title_start, line_end):
            step = int(m.group(2)) - number
            if m.start() <= title_start or not 0 < step <= 3 or int(m.group(1)) <= page:
                continue
            cut = _before_unnumbered_title(view, title_start, m.start()) if step == 2 else m.start()
            rows.append((number, number_start, title_start, cut))
            if cut < m.start():         # "6 Fördelning ... nyanlända Överföring av ... 13 8": the converter lost
                rows.append((number + 1, cut, _BLANKS.match(view, cut).end(), m.start()))     # 11 and 7 between
            number, page = int(m.group(2)), int(m.group(1))
            number_start = m.start(2)
            title_start = _BLANKS.match(view, m.end(2)).end()
        if len(rows) + 1 < _PAGES_LIST_MIN:
            continue
        end = cut_title(view, title_start, line_end)
        last_page = re.search(r"[ \t]+(\d{1,3})[ \t]*$", view[title_start:end])
        if last_page is not None and int(last_page.group(1)) > page:
            end = title_start + last_page.start()      # the last row's page
        rows.append((number, number_start, title_start, end))
        return [Heading(n, title, start, b, a, b, False) for n, start, a, b in rows
                if (title := _clean_title(view[a:b])) and _plausible_title(title)]
    return []


#: A contents row of two cells, each closed by its leader and page: the § (with its case number), then the title
#: ("Innehållsförteckning 32... 5 Anmälningar... 5 33... 7 Delegationsbeslut... 7 34 KFKS 2015/15-002... 8 ...").
_LEADER_PAGE = r"[ \t]*(?:\.{3,}|…+)[ \t]*\d{1,3}"
_NUMBER_CELL = re.compile(rf"(?<![\w.,:/§-])(\d{{1,4}})(?:[ \t]+[^\n.…]{{1,30}}?)?{_LEADER_PAGE}[ \t]+(?=(?-i:[A-ZÅÄÖ]))")
_TITLE_CELL = re.compile(rf"[^\n…]{{1,200}}?(?={_LEADER_PAGE}(?:[ \t]|$))")
_LEADER_PAGE_RE = re.compile(_LEADER_PAGE)
_CELLS_MIN = 3


def _numbers_leaders_titles(view: str) -> list[Heading]:
    """A contents list read as `_NUMBER_CELL` rows, three or more, each number one to three more than the last;
    the last row's title may have lost its leader where the page ends (to the line's end)."""
    for head in _CONTENTS.finditer(view):
        line_end = view.find("\n", head.end())
        line_end = len(view) if line_end < 0 else line_end
        rows: list[Heading] = []
        pos = head.end()
        while (m := _NUMBER_CELL.search(view, pos, line_end)) is not None:
            if rows and (not 0 < int(m.group(1)) - rows[-1].number <= 3 or view[pos:m.start()].strip()):
                break
            title = _TITLE_CELL.match(view, m.end(), line_end)
            end = title.end() if title is not None else cut_title(view, m.end(), line_end)
            rows.append(Heading(int(m.group(1)), _clean_title(view[m.end():end]), m.start(1), end, m.end(), end,
                                False))
            if title is None:
                break
            pos = _LEADER_PAGE_RE.match(view, end).end()
        if len(rows) >= _CELLS_MIN:
            return [h for h in rows if h.title and _plausible_title(h.title)]
    return []


@lru_cache(maxsize=8)
def _find_headings(view: str) -> tuple[Heading, ...]:
    heads = [_opening_title(view, h) for h in _read_headings(view)] or _opening_heading(view) or _contents_first(view)
    for columns in (_numbers_then_titles(view), _numbers_and_pages(view), _numbers_titles_pages(view),
                    _numbers_leaders_titles(view)):
        if columns:
            inside = (min(h.start for h in columns), max(h.end for h in columns))
            heads = [h for h in heads if not inside[0] <= h.start < inside[1]] + columns
    after, lists = _contents_after_titles(view, heads)
    after += [h for h in _titles_comma_numbers(view) if all(h.number != x.number for x in heads + after)]
    heads = [h for h in heads if not any(a <= h.start < b for a, b in lists)]   # read title first there
    heads = sorted(heads + after, key=lambda h: h.start)
    return tuple(_without_next_prefix(view, _without_other_lists(view, heads)))


#: The label of a list numbered in its own order, not by §: a protocol's attachments ("Bilagor: 1. Ekonomisk
#: rapport ... 3. Ang. Nordens tidning ...") or the agenda as it was sent out ("Utsänd dagordning 1. Val av ...").
_OTHER_LISTS = re.compile(r"\bBilagor(?:förteckning)?\b[ \t]*:?|\bBilaga[ \t]*:|"
                          r"\b(?:Utsänd|Utskickad)[ \t]+(?:dagordning|föredragningslista)\b[ \t]*:?", re.IGNORECASE)


def _without_other_lists(view: str, heads: list[Heading]) -> list[Heading]:
    """Drop the numbered entries of an attachments list ("Bilagor: 1. ... 2. ...") or of the agenda sent out: the
    run of headings that opens right after the label at 1 or 2 and counts on, each within a few numbers of the
    last."""
    dropped: set[int] = set()
    for m in _OTHER_LISTS.finditer(view):
        run = [h for h in heads if h.start >= m.end()]
        if not run or run[0].number > 2 or view[m.end():run[0].start].strip():
            continue
        last = run[0]
        dropped.add(id(last))
        for h in run[1:]:
            if not 0 < h.number - last.number <= 3:
                break
            dropped.add(id(h))
            last = h
    return [h for h in heads if id(h) not in dropped]


#: One entry of a table of contents that writes the number after the title ("Delårsrapport 36").
_TITLE_THEN_NUMBER = re.compile(r"[ \t]*([^\W\d_][^\d\n]{1,160}?)[ \t]+(\d{1,4})(?=[ \t]|$)", re.MULTILINE)
#: The same with each § numbered in its year ("Val av justerare juni 2018 65/18"): the title may hold numbers, the
#: year's two digits are the same in every row.
_TITLE_THEN_YEAR_NUMBER = re.compile(r"[ \t]*([^\W\d_][^\n]{1,160}?)[ \t]+(\d{1,4})/(\d{2})(?=[ \t]|$)", re.MULTILINE)
#: A page's number with the document's page count: "Sida 3(14)", "3 (23)".
_PAGE_COUNT = re.compile(r"(?:\bSida[ \t]*)?\b\d{1,3}[ \t]?\((\d{1,3})\)", re.IGNORECASE)


def _contents_after_titles(view: str, heads: list[Heading]) -> tuple[list[Heading], list[tuple[int, int]]]:
    """Items of an "Innehållsförteckning" that writes each number after its title ("Information 35 Delårsrapport
    36 ..."), when those numbers are §§, not pages: one of them names the same item as a § heading, or all are
    higher than the document's page count. Only the numbers no heading has, except under "Ärendets rubrik" (the
    titles' column named first): there every entry, and the span of the list, where no number opens a title."""
    out: list[Heading] = []
    lists: list[tuple[int, int]] = []
    numbers = {h.number: _title_key(h.title) for h in heads}
    counts = [int(m.group(1)) for m in _PAGE_COUNT.finditer(view)]
    for m in _CONTENTS_TITLES_FIRST.finditer(view):
        if _NUMBERS_FIRST.match(view, m.end()):
            continue
        line_end = view.find("\n", m.end())
        line_end = len(view) if line_end < 0 else line_end
        entries, pos = [], m.end()
        year = _TITLE_THEN_YEAR_NUMBER.match(view, m.end(), line_end)      # "Val av justerare juni 2018 65/18 ..."
        for e in (_TITLE_THEN_YEAR_NUMBER if year else _TITLE_THEN_NUMBER).finditer(view, m.end(), line_end):
            if e.start() != pos or (entries and int(e.group(2)) <= entries[-1][2]) or \
                    (year is not None and e.group(3) != year.group(3)):
                break
            entries.append((e.start(1), e.end(1), int(e.group(2))))
            pos = e.end()
        if len(entries) < 2:
            continue
        agree = year is not None or any(numbers.get(n) == _title_key(_clean_title(view[a:b])) for a, b, n in entries)
        titled = m.group(0).startswith("Ärende")    # "Ärendets rubrik ... §": the title's column, then the §'s
        if not agree and not titled and not (counts and min(n for _a, _b, n in entries) > max(counts)):
            continue
        if titled:
            lists.append((m.start(), pos))
        for k, (a, b, n) in enumerate(entries):
            title = _clean_title(view[a:b])
            if k + 1 < len(entries) and view[entries[k + 1][0]].islower():
                na, nb, nn = entries[k + 1]     # "... utveckla det 89 tobakspreventiva arbetet i X län Ansökan ...":
                cut = _before_unnumbered_title(view, na, nb)     # the number stood after the title's first line
                if cut < nb:
                    title = f"{title} {_clean_title(view[na:cut])}"
                    entries[k + 1] = (cut + len(view[cut:nb]) - len(view[cut:nb].lstrip()), nb, nn)
            if (titled or n not in numbers) and title and _plausible_title(title):
                out.append(Heading(n, title, a, b + len(str(n)) + 1, a, b, False))
                numbers[n] = _title_key(title)
    return out, lists


#: One entry of a list of the meeting's items that writes each § number after its title and a comma, the § sign lost
#: ("Socialnämndens redovisning, 246 Ändrad regional indelning, 247 ...").
_TITLE_COMMA_NUMBER = re.compile(r"((?-i:[A-ZÅÄÖ])[^\n]{1,160}?),[ \t]*(\d{1,4})(?=[ \t]+(?-i:[A-ZÅÄÖ])|[ \t]*$)",
                                 re.MULTILINE)
_COMMA_LIST_MIN = 3


def _titles_comma_numbers(view: str) -> list[Heading]:
    """The entries of a run of three or more "Title, N" on one line whose numbers count up by one: the §§ of a list
    of the meeting's items."""
    out: list[Heading] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if any(names_mod.is_first_name(_bare(e.group(1).split()[0])) for e in run[1:]):
            return                      # "Malin Fundin, utredare, 143": officials with the §§ they attended
        if len(run) < _COMMA_LIST_MIN:
            return
        for k, e in enumerate(run):
            start = _last_title_start(view, e.start(1), e.end(1)) if k == 0 else e.start(1)
            title = _clean_title(view[start:e.end(1)])      # the first entry after the list's heading on its line
            if _plausible_title(title):
                out.append(Heading(int(e.group(2)), title, start, e.end(), start, e.end(1), False))

    for e in _TITLE_COMMA_NUMBER.finditer(view):
        if run and (e.start() != _BLANKS.match(view, run[-1].end()).end() or
                    int(e.group(2)) != int(run[-1].group(2)) + 1):
            close()                     # the run broke: not the next entry, or not the next number
            run = []
        run.append(e)
    close()
    return out


def _last_title_start(view: str, start: int, end: int) -> int:
    """Where the last of the titles that meet in view[start:end] begins (see `_titles_meet`): "Protokoll 2 Ärenden
    till kommunstyrelsen den 6 oktober 2009 Socialnämndens redovisning" -> "Socialnämndens redovisning"."""
    tokens = list(_TOKEN.finditer(view, start, end))
    return next((tokens[i].start() for i in range(len(tokens) - 1, 0, -1)
                 if _titles_meet(tokens[i - 1].group(0), tokens[i].group(0), in_list=True,
                                 earlier=tokens[i - 2].group(0) if i > 1 else "")), start)


_PREFIX_WORD = re.compile(r"(?<![\w§])((?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}))[ \t]+$")


def _without_next_prefix(view: str, headings: list[Heading]) -> Iterator[Heading]:
    """Titles without the next heading's prefix a flattened page left at their end: in "Mbhn 12 Information Mbhn 13
    Dnr ..." (a body's abbreviation before each number) the first title is "Information"."""
    for h, nxt in zip(headings, [*headings[1:], None]):
        prefix = _PREFIX_WORD.search(view, max(0, h.start - 12), h.start)
        if prefix is not None and nxt is not None and h.title.endswith(" " + prefix.group(1)) and \
                view[max(0, nxt.start - len(prefix.group(1)) - 1):nxt.start].strip() == prefix.group(1):
            title = h.title[:-len(prefix.group(1)) - 1].rstrip()
            end = view.rfind(prefix.group(1), h.title_start, h.title_end)
            while end > h.title_start and view[end - 1].isspace():
                end -= 1
            yield replace(h, title=title, title_end=end if end > h.title_start else h.title_end)
        else:
            yield h


#: A heading line and the next numbers' headings a converter joined to it ("§ 71/20 Uppföljning § 72/20 Övriga
#: informationsärenden § 73/20 Övriga frågor"): each following number, one higher, opens a line of its own.
_JOINED_NEXT = re.compile(rf"[ \t]§[ \t]*(\d{{1,4}}){_YEAR_SUFFIX}?[ \t]+(?=[A-ZÅÄÖÉ])")


def _split_joined_headings(view: str) -> str:
    """The view with the blank before each joined next heading made a line break (same length)."""
    chars: list[str] | None = None
    for m in _STRONG.finditer(view):
        number = int(m.group(1) or m.group(2))
        line_end = view.find("\n", m.start())
        line_end = len(view) if line_end < 0 else line_end
        for inner in _JOINED_NEXT.finditer(view, m.start(3), line_end):
            if int(inner.group(1)) != number + 1:
                break
            chars = chars if chars is not None else list(view)
            chars[inner.start()] = "\n"
            number += 1
    return view if chars is None else "".join(chars)


def _read_headings(view: str) -> list[Heading]:
    view = _split_joined_headings(view)
    pages = _page_marks(view)
    strong = [h for m in _STRONG.finditer(view) if not _in_spans(m.start(), pages) and (h := _heading(view, m, True))]
    strong = _in_sequence(_without_number_columns(view, strong))
    if not strong:
        lettered = _lettered_headings(view)
        numbered = _numbered_headings(view, pages) if not lettered else []
        return _with_listed(view, lettered or numbered) if lettered or numbered else find_flattened_headings(view)
    strong = strong + _listed_items(view, pages, strong)
    weak: list[Heading] = []
    for m in _WEAK.finditer(view):
        h = _heading(view, m, False)
        if h is None:
            continue
        before = max((s.number for s in strong if s.start < h.start), default=None)
        after = min((s.number for s in strong if s.start > h.start), default=None)
        if _fits(h.number, before, after) and all(s.number != h.number for s in strong):
            weak.append(h)
    inline = [h for h in find_flattened_headings(view, signed_only=True) if _line_length(view, h.start) >= 150
              and all(h.start >= s.title_end or h.start < s.start for s in strong)] if _has_inline_signs(view) else []
    return sorted(strong + weak + inline + _after_sentences(view, strong), key=lambda h: h.start)


def _with_listed(view: str, heads: list[Heading]) -> list[Heading]:
    """Headings and, before them, the items of the meeting's list ("FÖREDRAGNINGSLISTA nummer 1 Val av justerare 2
    Anmälan om jäv ... 14 Övriga frågor") the pages do not show, where two of the headings are in it by number and
    title."""
    numbers = {h.number: _title_key(h.title) for h in heads}
    listed = [h for h in find_flattened_headings(view) if _in_list(view, h.start) and h.start < heads[0].start]
    same = sum(1 for h in listed if h.number in numbers and
               (numbers[h.number].startswith(_title_key(h.title)) or _title_key(h.title).startswith(numbers[h.number])))
    if same < 2:
        return heads
    return sorted(heads + [h for h in listed if h.number not in numbers], key=lambda h: h.start)


#: A § number after the body's letters, its sign left out, opening a line or a page ("2 2(42) KSAU 176 KLK Eventuellt
#: övriga ärenden", "Mbn 141 Föregående protokoll", "BUN 106 Dnr 2004/12 Närvarorätt ..."): the letters, the number,
#: an office's capitals, a case number or the §§ of earlier bodies ("Sn 50 Au 84 Sn 34 Dnr 2016/ Budget ..."), then
#: the title.
_LETTERED = re.compile(r"(?:^|(?<=\n)|(?<=\)[ \t])|(?<=[ \t]))(?P<mark>(?!Sida\b)(?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}))[ \t]+"
                       r"(?P<n>\d{1,4})(?![\d:./,-])[ \t]+(?:(?:(?-i:[A-ZÅÄÖ]{2,5})|(?i:dnr)\b[ \t.:]*(?:[\w/.-]*\d[\w/.-]*)?|"
                       r"(?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5})[ \t]+\d{1,4}(?![\d:./,-]))[ \t]+){0,5}"
                       r"(?P<title>(?-i:[A-ZÅÄÖ])[^\n]*)")
#: What may stand before such a number on its line: the page's number ("2 2(42)", "3 Sida 3"), its head in capitals ("HÖGSBY
#: KOMMUN SAMMANTRÄDESPROTOKOLL 2") or the body's name ("Miljö- och byggnadsnämnden").
_PAGE_HEAD = re.compile(r"[ \t]*(?:\d{1,3}(?:[ \t]+\d{1,3}[ \t]*\(\d{1,3}\)|[ \t]*\(\d{1,3}\)|[ \t]+(?i:sida)[ \t]+\d{1,3})?[ \t]*)?"
                        r"(?:(?-i:[A-ZÅÄÖ][A-ZÅÄÖ0-9 ]{2,80})[ \t]+|"
                        r"[^\n]{0,80}?(?:nämnden|styrelsen|utskottet|förbundet|rådet)[ \t]+)?")


#: The end of a sentence before a lettered number on a page the converter ran into one line ("... Föredragningslistan
#: fastställdes. DMEN 24 Val av justerare").
_SENTENCE_END = re.compile(r"[a-zåäö0-9][.!][ \t]+$")


def _each_lettered(view: str) -> Iterator[re.Match[str]]:
    """Every match of _LETTERED, also those inside an earlier one's title (the rest of its line)."""
    m = _LETTERED.search(view)
    while m is not None:
        yield m
        m = _LETTERED.search(view, m.start("title"))


def _lettered_headings(view: str) -> list[Heading]:
    """Headings numbered after the body's letters with no § sign, where the same letters number two items or more,
    one after the other ("KSAU 176 ... KSAU 177 ... KSAU 178"), each opening a line or a page: the protocol's own
    §§ (a reference to another body's decision, "Au 84", comes once and out of order). Between and after two such,
    the same letters after a sentence's full stop open an item too, where a page was run into one line."""
    prefixes = _body_prefixes(view)     # the body's letters, as the flattened pages' headings know them
    found: dict[str, list[re.Match[str]]] = {}
    after_sentence: dict[str, list[re.Match[str]]] = {}
    for m in _each_lettered(view):
        opens = view.rfind("\n", 0, m.start()) + 1
        before = view[opens:m.start()]
        if m.group("mark") not in prefixes or m.group("title").startswith(m.group("mark")):
            continue
        if _PAGE_HEAD.fullmatch(before):
            found.setdefault(m.group("mark"), []).append(m)   # opening its line or page (after the page's number,
        elif _SENTENCE_END.search(before):                     # the body's name), or after a sentence on a page
            after_sentence.setdefault(m.group("mark"), []).append(m)   # run into one line
    best: list[re.Match[str]] = []
    for mark, marks in found.items():
        run = [marks[0]]
        for m in sorted(marks[1:] + after_sentence.get(mark, []), key=lambda m: m.start()):
            if 0 < int(m.group("n")) - int(run[-1].group("n")) <= 3:
                run.append(m)
        if sum(m in marks for m in run) >= 2 and len(run) > len(best):
            best = run
    heads = []
    for m in best:
        case = _CASE_NUMBER.match(view, m.start("title"))     # "Ks 43 KS 2019/0087 005 Policy för IT"
        start = case.end() if case is not None else m.start("title")
        line_end = view.find("\n", start)
        end = cut_title(view, start, len(view) if line_end < 0 else line_end)
        title = _clean_title(view[start:end])
        if title:
            heads.append(Heading(int(m.group("n")), title, m.start("mark"), end, start, end, False))
    return heads


def _listed_items(view: str, pages: list[tuple[int, int]], strong: list[Heading]) -> list[Heading]:
    """A föredragningslista of numbered lines before the § headings ("3 Föregående protokoll / 4 Anmälan ...")
    whose numbers are the §§ (at least two of them name the same item as the § heading of their number): the
    listed items the text has no § heading for (an excerpt ends before them)."""
    titles = {h.number: _title_key(h.title) for h in strong}
    listed = [h for h in _numbered_headings(view, pages) if h.start < strong[0].start]
    if sum(titles.get(h.number) == _title_key(h.title) for h in listed) < 2:
        return []
    return [h for h in listed if h.number not in titles]


#: A § sign inside a line right after a sentence ("... till handlingarna. §6 Protokoll från AU"): a
#: re-wrapping converter joined the heading to the paragraph above it.
_AFTER_SENTENCE = re.compile(r"(?<=[a-zåäöé)][.!?])[ \t]+(?:8[ \t]*)?§[ \t]*(\d{1,4})(?![\d:§,.])[ \t]*(?=[\"”A-ZÅÄÖÉ]|\n|$)",
                             re.MULTILINE)


def _after_sentences(view: str, strong: list[Heading]) -> list[Heading]:
    """Signed headings that follow a full stop inside a line, where the numbering sequence expects them;
    the title runs to where the body begins, on this line or (after a bare number) the next."""
    out = []
    numbers = {h.number for h in strong}
    for m in _AFTER_SENTENCE.finditer(view):
        number = int(m.group(1))
        before = max((s.number for s in strong if s.start < m.start()), default=None)
        after = min((s.number for s in strong if s.start > m.start()), default=None)
        if number in numbers or not _fits(number, before, after) or (before is None and after is None):
            continue
        line_end = _next_line(view, m.end())[1]
        t_start = m.end()
        if t_start == line_end:                 # "... till handlingarna. §10\nEkonomirapport ..."
            if not _runs_on(view, line_end):
                continue
            t_start, line_end = _next_line(view, line_end + 1)
        t_end = _rewrapped_title_end(view, t_start, line_end)
        title = _clean_title(view[t_start:t_end])
        if title and _plausible_title(title):
            start = m.start(1) - len(view[:m.start(1)]) + len(view[:m.start(1)].rstrip("§ \t8"))
            out.append(Heading(number, title, start, t_end, t_start, t_end, True))
            numbers.add(number)
    return out


_SIGN_INSIDE = re.compile(r"[ \t](?:§[ \t]*\d|\d{1,4}[ \t]*§)")


def _has_inline_signs(view: str) -> bool:
    """Whether a § sign stands inside a long (flattened) line, after other text."""
    for m in _SIGN_INSIDE.finditer(view):
        start, end = view.rfind("\n", 0, m.start()) + 1, view.find("\n", m.start())
        if (len(view) if end < 0 else end) - start >= 150 and view[start:m.start()].strip():
            return True
    return False


def _line_length(view: str, pos: int) -> int:
    start, end = view.rfind("\n", 0, pos) + 1, view.find("\n", pos)
    return (len(view) if end < 0 else end) - start


#: A line that is only a § number ("§24", "§ 25", "26 §").
_BARE_SIGN_LINE = re.compile(r"[ \t]*(?:§[ \t]*\d{1,4}|\d{1,4}[ \t]*§)[ \t]*")


def _without_number_columns(view: str, heads: list[Heading]) -> list[Heading]:
    """Drop untitled '§ N' lines stacked one under another ("§24 / §25 / §26 / §32" beside a name: the §§ a
    person attended, or a table's number column): a list of numbers, not headings."""
    lines, index = view.split("\n"), scan.LineIndex(view)
    out = []
    for h in heads:
        if not h.title and _BARE_SIGN_LINE.fullmatch(view, h.start, h.end):
            k = index.line_of(h.start)
            above = next((x for x in reversed(lines[max(0, k - 2):k]) if x.strip()), "")
            below = next((x for x in lines[k + 1:k + 3] if x.strip()), "")
            if _BARE_SIGN_LINE.fullmatch(above) or _BARE_SIGN_LINE.fullmatch(below):
                continue
        out.append(h)
    return out


def _in_sequence(heads: list[Heading]) -> list[Heading]:
    """Drop a bare '§ N' (title borrowed from below) whose number breaks the sequence of its neighbours."""
    keep = []
    for i, h in enumerate(heads):
        titled = h.title and h.title_start < h.end
        if not titled and len(heads) > 2:
            before = heads[i - 1].number if i > 0 else None
            after = heads[i + 1].number if i + 1 < len(heads) else None
            if (before is not None and not before <= h.number <= before + 3) or (after is not None and h.number > after):
                continue
        keep.append(h)
    return keep


def _numbered_headings(view: str, pages: list[tuple[int, int]]) -> list[Heading]:
    """Headings without a § sign: an increasing run of numbered lines starting at 1 or 2."""
    low, high = _declared_range(view) or (0, 10_000)
    found = [h for m in _NUMBERED.finditer(view)
             if not _in_spans(m.start(1), pages) and (h := _heading(view, m, False)) and h.title
             and low <= h.number <= high     # "Paragrafer 102-111": the pages' numbers 2, 3, 4 are no items
             and not _PROTOCOL_OF_DATE.fullmatch(h.title)]      # "1 Protokoll 2015-05-12": a page's head
    found = _ocr_signs_read(found)
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
    for run in sorted(runs, key=lambda r: -r[0].start):
        first = min(chosen, key=lambda h: h.start)
        if run[-1].start < first.start and run[-1].number < first.number and \
                not view[max(run[-1].end, run[-1].title_end):first.start].strip():
            chosen.extend(run)          # "2 ... 3 ... 4 Fyllnadsval / 8 Fastställelse ...": a list that skips
                                        # items it does not show, line after line
    for run in runs:
        if run is not best and len(run) >= 3 and all(h is not run[0] for h in chosen) and \
                sum((h.number, _title_key(h.title)) in titles for h in run) >= 0.6 * len(run):
            chosen.extend(run)          # the same items again: a dagordning list and the § bodies
    return sorted(chosen, key=lambda h: h.start)


def _ocr_signs_read(heads: list[Heading]) -> list[Heading]:
    """An OCR'd § sign read as a leading 8 ("85 Ansökan" for "§5") where the sequence expects the rest:
    3, 85, 6 reads 3, 5, 6."""
    out = list(heads)
    for i, h in enumerate(heads):
        digits = str(h.number)
        if len(digits) < 2 or digits[0] != "8" or i == 0:
            continue
        rest, before = int(digits[1:]), out[i - 1].number
        after = heads[i + 1].number if i + 1 < len(heads) else None
        if 0 < rest - before <= 3 and (after is None or rest < after):
            out[i] = Heading(rest, h.title, h.start, h.end, h.title_start, h.title_end, h.strong)
    return out


def _title_key(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()[:40]


# --- Flattened pages: headings inside a line, § signs dropped ------------------------------------------------

#: Page furniture inside a line: "Sida 3 (24)", "3(19", "2 (14)", "(32)", "1[15]", "1/5".
_FURNITURE = re.compile(r"\bSida?[ \t]*\d{1,3}(?:[ \t]*\(\d{1,3}\)?|[ \t]+av[ \t]+\d{1,3})?"
                        r"|(?<![\w,])\d{1,3}[ \t]?\(\d{1,3}\)?|\(\d{1,3}\)|(?<!\w)\d{1,3}\[\d{1,3}\]|(?<![\w/])\d{1,3}/\d{1,3}(?![\w/])",
                        re.IGNORECASE)
#: A body's letters before an item's number ("KS", "Kfn", "GyN"): a capital, then up to four letters.
_BODY_LETTERS = r"(?-i:[A-ZÅÄÖ])[A-Za-zÅÄÖåäö]{0,4}"
#: A number (with its dropped or kept § sign) that may open a heading: then a title on the same line.
_CANDIDATE = re.compile(rf"(?:(?<![\w§])(?P<sign>§)[ \t]*|(?<![\w§])(?P<utskott>(?-i:K[Ss][ \t]+AU))[ \t]+)?"
                        rf"(?<![\w.,:/\-–])(?P<n>\d{{1,4}})"
                        rf"(?(sign){_YEAR_SUFFIX}?|(?P<year>/(?:19|20)\d\d(?=[ \t]+(?-i:[A-ZÅÄÖ])))?)"
                        r"(?:(?(sign)[ \t]*[.:]|(?!))|[ \t]*(?P<after>§)(?!§)|[ \t]*\./\.[ \t]*(?:Bilag[ao]r?|Bil)\.?"
                        r"|(?![\d.,:/\-–)\]%§]))[ \t]+(?=[\"”A-ZÅÄÖÉ]|\d{2,4}/(?-i:[A-ZÅÄÖ]{1,6})[ \t-]?\d"
                        r"|(?(after)(?!)|(?(sign)\d{1,4}[ \t]+(?-i:[A-ZÅÄÖÉ])|(?!))))")
#: The body's letters before an item's number written with its year and no § sign ("KS 353/2008 Tillkommande ...").
_YEAR_PREFIX = re.compile(rf"(?<![\w§/]){_BODY_LETTERS}[ \t]+$")
_NUMBERED_PROTOCOL = re.compile(rf"(?i:protokoll)(?:[ \t]+nr\.?)?[ \t]+(?:{_BODY_LETTERS}[ \t]+)?$")
#: Numbered items ("1. Title", "Punkt 2: Title", "Ärende 3 Title") inside a flattened page.
_ENUMERATED = re.compile(r"(?:(?<!\w)(?:Punkt|Ärende|P\.)[ \t]*)?(?<![\w.,:/\-–])(?P<n>\d{1,2}|[1-9]\d\d(?=\.))[ \t]*[.):]?[ \t]+"
                         r"(?=[A-ZÅÄÖÉ])")
#: A case number between the § number and the title ("Dnr KS 2011/123", "Ärendenummer ABC-2023-00017").
_CASE_NUMBER = re.compile(r"(?:Dnr|DNR|Diarienr|Diarienummer|Ärendenummer|Ärende[ \t]*nr)\.?:?[ \t]*(?:(?:[A-ZÅÄÖ]{1,6}[ \t-]?)?"
                          r"\d[\w/.:-]*[ \t]+(?:\d{2,4}[ \t]+)?(?=[\"”A-ZÅÄÖÉ])|(?=[A-ZÅÄÖÉ][a-zåäöé])|"
                          r"[A-ZÅÄÖ]{1,6}[ \t]+(?=[A-ZÅÄÖÉ][a-zåäöé]))"
                          r"|\d{2,4}/[A-ZÅÄÖ]{1,6}[ \t-]?\d{1,5}[ \t]+(?=[\"”A-ZÅÄÖÉ])"
                          r"|(?-i:[A-ZÅÄÖ]{1,6})/\d{4}(?:[:/.-]\d{1,5})*:?[ \t]+(?=[\"”A-ZÅÄÖÉ])"
                          r"|(?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,4})(?:19|20)\d\d/\d{0,5}[ \t]+(?=[\"”A-ZÅÄÖÉ])"
                          r"|(?-i:[A-ZÅÄÖ]{2,6})[ \t]+(?:19|20)\d\d/\d{1,5}(?:[ \t]+\d{3})?[ \t]+(?=[\"”A-ZÅÄÖÉ])")
#                                 ^ a filing code after the number ("Dnr 36/2009 049"); or the number dropped,
#                                   with or without its letters ("Dnr MB Information"); or a year-first case number
#                                   without its label ("09/TN 0044"), or a letters-first one ("KS/2010:", "Ks2016/"
#                                   whose serial was lost, "KS 2019/0087 005" with its filing code)
#: The working committee's item on the same matter, after an item's number ("GyN 103 Au GyN 64 Dnr Internkontroll").
_COMMITTEE_REF = rf"(?-i:Au|AU|KSAU|KsAu|Ksau)[ \t]+(?:§[ \t]*)?(?:{_BODY_LETTERS}[ \t]+)?"
_EARLIER_ITEM = re.compile(_COMMITTEE_REF + r"\d{1,4}[ \t]+")
#: The same matter's items in two or more other bodies, then its case number ("Ks 26 Au 1 Bus 106 och 1 Su 207 och 2 Dnr 014/
#: Ekonomisk rapport"): each body's letters and its number(s).
_OTHER_BODIES_ITEMS = re.compile(rf"(?:{_BODY_LETTERS}[ \t]+\d{{1,4}}(?:[ \t]+och[ \t]+\d{{1,4}})?[ \t]+){{2,4}}(?=Dnr\b)")
#                                   ^ two bodies or more ("... garage Haren 15 Mbhn 21 Dnr ...": the next item)
_EARLIER_ITEM_BEFORE = re.compile(r"(?<![\w§])" + _COMMITTEE_REF + "$")
#: Words after which a number is a quantity, a date, a range end or a reference, never a heading.
_MONTHS = r"jan\w*|feb\w*|mars?|apr\w*|maj|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|nov\w*|dec\w*"
_NOT_AFTER = re.compile(r"(?:[,;(&+]|\b(?:t[ \t]?o[ \t]?m|tom|fr[ \t]?o[ \t]?m|from|och|samt|eller|till|ärende|ärendet|"
                        r"punkt|nr|sid|sida|s\.|kl|kl\.|klockan|den|år|beslut|paragraf|paragraferna|§§|ca|cirka|"
                        rf"{_MONTHS}|"
                        r"vecka|v\.|bilaga|avsnitt|kap\.?|kapitel|lag|sfs|sou|prop\.?))[ \t]*$", re.IGNORECASE)
#: Roster and front-sheet labels: a "title" that is one of these is a form field, not an item.
_FORM_LABEL = re.compile(r"(?:organ|plats|tid|datum|utses|justerande|justerare|ordförande|sekreterare|underskrift(?:er)?|"
                         r"paragrafer|paragraf|beslutande|ledamöter|ersättare|tjänstemän|tjänstgörande|närvarande|"
                         r"frånvarande|sammanträdesdatum|sida|protokollet|anslag[ \t]*/[ \t]*bevis|anslaget|bevis|"
                         r"förvaringsplats|innehållsförteckning|övriga[ \t]+(?:deltagande|närvarande|deltagare))\b"
                         r"|(?:bifall|avslag|avslås|bordläggs|bordlagt|återremiss|återremitteras)[ \t]*(?:[,.]|$)",
                         re.IGNORECASE | re.MULTILINE)
#: After a kept § sign, a role word is a title when a lower-case word follows ("§ 6 Ordförande och vice ordförande").
_TITLE_LIKE = re.compile(r"\w+[ \t]+(?:och|för|till|av|i)\b")
#: Where a roster starts (a heading of people) and where it ends (the justering fields, a blank line, a sentence).
_ROSTER_START = re.compile(r"\b(?:Beslutande|Ledamöter|Närvarande|Övriga[ \t]+(?:deltagande|närvarande|deltagare)|"
                           r"Tjänstemän|Tjänstgörande[ \t]+ersättare|Ersättare)\b|(?<!\w)ande(?=[ \t:])")
_ROSTER_END = re.compile(r"\b(?:(?:Utses|Utsedda?)[ \t]+(?:att[ \t]+)?justera|Justerare|Justerande|Justering|Paragrafer|Underskrift(?:er)?|"
                         r"Protokolljusterare)\b|\n[ \t]*\n|(?<=[a-zåäö]{4}\.)[ \t]+(?=[A-ZÅÄÖ])|"
                         r"\b(?-i:Ärenden|Ärendeförteckning|Innehållsförteckning|Dagordning|Föredragningslista)\b"
                         r"(?=[ \t:.…]+(?:(?:Sid(?:a|an)?|Nr)\.?[ \t]+)?\d)",
                         re.IGNORECASE)    # "... Ärenden 74 Ordföranden har ordet 75 ...": the list of items follows
_CONTENTS = re.compile(r"\bInnehåll(?:sförteckning)?\b")
#: A list of the meeting's items whose titles come before their numbers ("Ärendets rubrik Meddelanden 119 ...").
_CONTENTS_TITLES_FIRST = re.compile(_CONTENTS.pattern + r"|\bÄrendets[ \t]+rubrik\b")
_DECLARED = re.compile(r"\b(?:Paragrafer|Paragraf|Ärenden)[ \t]*:?[ \t]*(?:§§[ \t]*)?(\d{1,4})[ \t]*[-–][ \t]*(\d{1,4})")
_FUNCTION_WORDS = frozenset("""av för från till i om med mellan inom över under och samt eller på vid angående gällande
    inför efter enligt mot hos utan ur kring rörande - – / & ang. betr.""".split())
#: A body that lost its subject ("<Nämnden> har tagit del av informationen") starts with one of these verbs.
_BODY_VERBS = frozenset("""har hade beslutar beslutade beslöt föreslår godkänner godkände fastställer fastställde noterar
    antecknar utser utsåg väljer valde""".split())
#: Verb forms that show a capitalised word opened a clause ("Sammanträdet öppnas", "Föreligger skriftlig ...").
_CLAUSE_VERBS = _BODY_VERBS | frozenset("""är var blir blev ska skall kommer kan finns fanns föreligger förelåg föreslår
    föreslog föreslås informerar informerade informeras redogör redogjorde lämnar lämnade diskuterar diskuterade
    konstaterar konstaterade öppnas öppnades öppnade öppnar hälsade förklarade förklarar redovisar föredrogs föredrog
    föredras tackar tackade presenterade presenterar berättade berättar rapporterar rapporterade deltog deltar gick
    går gav ger tog tar visar visade ansöker söker avser saknar tillstyrker tillstyrks bedömer bedöms anser yrkar
    hålls hölls fyllde inleder inledde avslutar avslutas avslutade lyfter lyfte framför framförde beslutas noteras
    antecknas godkänns läggs lades behandlas behandlades utses utsågs väljs valdes hälsar byter motsvarar får fick
    sker skedde genomförs genomfördes utgår utgick ingår pågår gäller behöver vill måste bör justeras justerat
    bordläggs bordlades återremitteras avslås beviljas antas antogs godkännes fastställes antages lägges bifalles
    avslages beviljades anmäles anmäls redovisas delges""".split())
_VERB_ENDINGS = ("ade", "ades", "erar", "eras", "drogs", "ordes", "ändes", "ldes", "ogs", "jorde", "ställs", "ställdes")
#: Capitalised words that open a sentence, never a title's next word.
_SENTENCE_OPENERS = frozenset("""den det de denna detta dessa där då att enligt efter vid under som inför han hon vi man
    ingen inga alla samtliga till på med från i för av om inom genom utifrån mot hos ärendet förslag""".split())
#: Infinitives a decision's "att"-clause opens with, its "beslutar" lost ("... dagordning att fastställa dagordningen").
_DECIDING = frozenset("""fastställa godkänna anta ta lägga notera anteckna överlämna bevilja avslå bifalla uppdra
    tillstyrka avstyrka välja utse""".split())
#: Words after which "att" belongs to the title ("Förslag om att ...", "Uppdrag att utreda ...").
_ATT_GOVERNORS = frozenset("""om och förslag uppdrag uppdraget möjlighet fullmakt beslut rätt begäran hemställan
    ansökan anhållan motion medborgarförslag yrkande""".split())
_BODY_START = re.compile(r"(?:kl\.?|klockan|sida?\b|sid\d|sida\d)", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}")
_MAX_TITLE_WORDS = 20
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    number: int
    start: int
    title_start: int
    title_end: int
    signed: bool
    clean: bool          # opens a page, follows page furniture, a full stop or another number
    page_top: bool
    in_roster: bool      # inside a roster block: per-§ attendance unless a run of items leads back to it
    cased: bool = False  # a case number ("Dnr ...") stands between the number and the title
    utskott: bool = False  # signed by the parent body's and the utskott's letters ("KS AU 139"), no § sign


#: What a fullmäktige's title tells of its item after the subject's full stop ("Utbildningsplan i X kommun. Svar på
#: motion.", "Bad med förhinder. Bordlagda likalydande interpellationer.", "Motverka nätmobbning! Besvarad
#: interpellation."): part of the title, not the § text.
_STATUS_AFTER_TITLE = re.compile(
    r"(?-i:Svar)[ \t]+på[ \t]+(?:motion|interpellation|fråga|medborgarförslag)(?:er)?\.?|"
    r"(?-i:Besvarad|Besvarade|Bordlagd|Bordlagda|Bordlagt|Återtagen|Återtagna|Återtaget)"
    r"(?:[ \t]+likalydande)?[ \t]+(?:interpellation(?:er)?|fråg(?:a|or)|motion(?:er)?)\.?")


def cut_title(view: str, start: int, limit: int) -> int:
    """End of a title that runs on into its § body: the body starts with a sentence (a capitalised word
    that opens a clause, see `_opens_body`), a verb form, an enumeration ("1.", "a"), a time or page
    furniture ("kl", "Sida"), or after a full stop."""
    leader = _LEADER_THEN_PAGE.search(view, start, min(limit, start + _LEADER_REACH))
    if leader is not None and "§" not in view[start:leader.start()] and "\n" not in view[start:leader.start()]:
        return leader.start()           # "§ 231 Interpellation. Östersjöcentrum. Bordlades...... 299": a contents
        #                                 list's title runs to its leader, full stops and all
    found = list(islice(_TOKEN.finditer(view, start, limit), _MAX_TITLE_WORDS + 10))   # the words read below
    tokens = [t.group(0) for t in found]
    end = start
    for i, word in enumerate(tokens):
        bare = _bare(word)
        if i:
            prev = tokens[i - 1]
            status = _STATUS_AFTER_TITLE.match(view, found[i].start(), limit) if prev.endswith((".", "!", "?")) else None
            if status is not None:
                end = status.end()      # "Motverka nätmobbning! Besvarad interpellation.": the item's outcome
                break
            if i >= _MAX_TITLE_WORDS or (prev.endswith((".", "!", "?")) and not _ABBREVIATION.fullmatch(prev)) or \
                    re.fullmatch(r"\d{1,3}[.)]", word) or \
                    word.startswith("§") or bare.lower() in _BODY_VERBS or _BODY_START.fullmatch(bare) or \
                    (word in "-–•" and prev.endswith(":")):
                break
            if bare[:1].isupper() and prev[:1].islower() and _bare(prev).lower() not in _FUNCTION_WORDS and \
                    _BODY_DECIDES.match(" ".join(tokens[i:i + 5])):
                break           # "Föregående protokoll Miljö- och byggnadsnämndens beslut 1. ...": the body's decision
            if word == "s" and i + 1 < len(tokens) and _bare(tokens[i + 1]).lower() in ("beslut", "beslutar"):
                break           # "Justering av protokoll s beslut": the body's "<Nämnden>s beslut", its name lost
            if re.fullmatch(r"[a-hA-H][.)]?", word) and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
                break           # "Delgivningar a Yttrande över ...": an enumerated list begins
            if i >= 2 and len(bare) >= 6 and bare.isupper() and not tokens[0].isupper() and (
                    re.search(r"PROTOKOLL|MÖTE|SAMMANTRÄDE|KOMMUN", bare) or
                    (i + 1 < len(tokens) and _DATE_TOKEN.fullmatch(tokens[i + 1].strip(",.")))):
                break           # "Fastställande av dagordning VALDIREKTIONSMÖTE 2023-01-18": the page header
            if bare[:1].isupper() and not _inside_capitals(tokens, i) and (bare.lower() == _bare(tokens[0]).lower() or (
                    len(bare) > 2 and not prev.endswith(",") and any(bare.lower() == _bare(t).lower() for t in tokens[1:i]))):
                break           # "Nästa möte Nästa möte hålls ...", "Godkännande av dagordning Dagordning": the body
                #                 or a margin heading repeats a word of the title (but "... i Pajala, Pajala kommun":
                #                 the applicant after a comma)
            if bare[:1].isupper() and bare[1:2].islower() and i + 2 < len(tokens) and not word.endswith(",") and \
                    normalize_role(bare.lower()) is not None and \
                    all(_bare(t)[:1].isupper() for t in tokens[i + 1:i + 3]):
                break           # "... inom Borås Stad Mångfaldsutvecklare Bukurie Haxhi informerar": who presents
            if bare[:1].isupper() and bare[1:2].islower() and \
                    all(_bare(t).isupper() or not _bare(t).isalpha() for t in tokens[:i]) and \
                    sum(_bare(t).isalpha() and len(_bare(t)) > 1 for t in tokens[:i]) >= 2:
                break           # "BESÖK PÅ FAMILJECENTRAL En familjecentral ...": a title in capitals, then the body
                #                 (but "MISAM Motiverande Insatser ...": an acronym and what it stands for)
            if word == "att" and i >= 2 and i + 1 < len(tokens) and _bare(tokens[i + 1]) in _DECIDING and \
                    _bare(prev).lower() not in _ATT_GOVERNORS and _bare(tokens[0]).lower() not in _ATT_GOVERNORS:
                break           # "Fastställande av dagordning att fastställa dagordningen": the decision's clause
                #                 (but "Uppdrag till direktören att ta fram ...": the title's noun governs it)
            if bare[:1].isupper() and not _joined(prev, bare) and not _inside_capitals(tokens, i) and \
                    _opens_body(tokens, i):
                break
        end = found[i].end()
    while end > start and view[end - 1] in " .,:;-–":
        end -= 1
    return end


#: A contents list's dotted leader and the page after it, and how far after a title's start it is looked for.
_LEADER_THEN_PAGE = re.compile(r"[ \t]*(?:\.{4,}|…+)[ \t]*\d{1,4}(?!\S)")
_LEADER_REACH = 240


#: A body's decision opening a § body ("Miljö- och byggnadsnämndens beslut", "Styrelsens beslut").
_BODY_DECIDES = re.compile(r"(?:[\w-]+[ \t]+){0,3}[\w-]+(?:ens|ets|s)[ \t]+beslut(?:ar)?\b")


#: Abbreviations whose full stop ends no sentence ("t.o.m.", "fr.o.m.", "bl.a.", "m.m.", "ca.", "nr.").
#: Lower case only: a capitalised "Bitr." opens the § body's first sentence.
_ABBREVIATION = re.compile(r"(?:[a-zåäö]{1,3}\.){2,4}|(?:ca|nr|resp|jfr|inkl|exkl|ang|betr|bitr|kap|kv)\.")


def _inside_capitals(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] goes on a title written in capitals ("BEDÖMNING AV LÄGET I FÖRSAMLINGSRÅDETS ..."): the
    title so far and the word are capitals, and so is the word after a one-letter word ("I dag" opens the body)."""
    def caps(word: str) -> bool:
        bare = _bare(word)
        return bare.isupper() or not bare.isalpha()
    return caps(tokens[i]) and all(caps(t) for t in tokens[:i]) and \
        (len(_bare(tokens[i])) > 1 or (i + 1 < len(tokens) and len(_bare(tokens[i + 1])) > 1 and caps(tokens[i + 1])))


def _bare(word: str) -> str:
    return word.strip("\"”“'(),.:;")


#: The body that decides, in its definite form, as the subject that opens a § body ("Styrelsen för X fastställer").
_BODY_SUBJECT = re.compile(r"[a-zåäö]*(?:styrelsen|nämnden|utskottet|fullmäktige)|direktionen|beredningen|förbundet|"
                           r"kansliet|ordföranden|förbundschefen")


def _opens_body(tokens: list[str], i: int) -> bool:
    """Whether the capitalised word tokens[i] opens the § body: a pronoun or preposition that opens
    a sentence, a body label ("Beslut", "Ärendebeskrivning"), a label ending in a colon, a person's name
    (or a role before one), or a clause whose verb comes before the next capitalised word."""
    word = _bare(tokens[i])
    rest = " ".join(tokens[i:i + 4])
    if word.lower() in _SENTENCE_OPENERS or _BODY_LABEL.match(rest) or _FORM_LABEL.match(rest):
        return True             # "... Avslutning Ordförande Sekreterare": the signature labels follow
    if word[:1].isupper() and _BODY_SUBJECT.fullmatch(word.lower()):
        return True             # "... innehåll Styrelsen för X fastställer ..."
    if word.endswith("s") and _BODY_SUBJECT.fullmatch(word.lower()[:-1]) and i and not tokens[i - 1][:1].islower():
        return True             # "Budgetuppföljning 2006 Socialnämndens uppföljning ...", not "att föra Nämndens talan"
    if _opens_name(tokens, i) or _opens_name(tokens, i + 1):
        return True
    if word.endswith("s") and i + 1 < len(tokens) and _bare(tokens[i + 1]) in ("beslut", "förslag"):
        return True             # "Kommunstyrelsens beslut", "Förvaltningens förslag": the body's first label
    if i + 1 < len(tokens) and _DATE_TOKEN.fullmatch(tokens[i + 1].strip(",.")):
        return True             # "Luleå 12/11 2014": place and date of the signatures
    for j in range(i, min(i + 6, len(tokens))):
        w = _bare(tokens[j])
        if j > i and w[:1].isupper() and not _joined(tokens[j - 1], w):
            return j <= i + 2 and _opens_name(tokens, j)    # "Förbundets ordförande Anna Berg öppnade ..."
        if _is_verb(w) or (j < i + 3 and tokens[j].endswith(":")):
            return True
        if tokens[j].endswith("."):
            return False
    return False


def _opens_name(tokens: list[str], i: int) -> bool:
    """A known first name followed by a capitalised word: "Erik Kvarndal", "Tom Granquist", "Carl von Essen"."""
    rest = [_bare(t) for t in tokens[i + 1:i + 3]]
    if not rest or not names_mod.is_first_name(_bare(tokens[i])) or not _bare(tokens[i])[:1].isupper():
        return False
    if rest[0] in names_mod.PARTICLES and len(rest) > 1:
        rest = rest[1:]
    return rest[0][:1].isupper() and not rest[0].isupper()


def _is_verb(word: str) -> bool:
    """A finite or passive verb form, as § bodies open their first sentence ("föredrogs", "informerade")."""
    low = word.lower()
    return low in _CLAUSE_VERBS or (len(low) > 5 and low.endswith(_VERB_ENDINGS))


def _joined(prev: str, word: str) -> bool:
    """Whether a capitalised word is joined to the title before it: by a preposition, a conjunction, a
    slash, dash, comma or colon, or as an acronym."""
    if prev.lower() in _FUNCTION_WORDS or prev.endswith(("/", "-", "–", ",", ":", "&")):
        return True
    return len(word) > 1 and word.replace("-", "").isupper()


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _page_marks(view: str) -> list[tuple[int, int]]:
    """Leading page numbers of flattened pages ("1 <page 1>", "2 <page 2>"): long lines numbered 1, 2, 3..."""
    marks: list[tuple[int, int]] = []
    expected = 1
    tail = len(view.rstrip())
    first_page: tuple[int, int] | None = None       # a short line numbered 1: the front page, if page 2 follows
    for m in re.finditer(r"^[ \t]*((\d{1,3})(?:[ \t]+\2(?![\d(]))?)[ \t]+\S.*$", view, re.MULTILINE):
        number = int(m.group(2))
        # a page is a long line; once pages are numbered, a short page (or the excerpt's last) counts too
        is_page = len(m.group(0)) >= 150 or m.end() >= tail or (bool(marks) and len(m.group(0)) >= 40)
        if is_page and expected <= number <= expected + 1:
            if number == 2 and not marks and first_page is not None and len(m.group(0)) >= 150:
                marks.append(first_page)           # "1 Kommunala protokoll Kl. 13:00" over a numbered page 2
            marks.append((m.start(1), m.end(1)))   # "2 2 Ej tjänstgörande ...": the page's own number, repeated
            expected = number + 1
        elif number == 1 and not marks and len(m.group(0)) >= 40:
            first_page = (m.start(1), m.end(1))
    return marks if marks and (len(marks) > 1 or int(view[marks[0][0]:marks[0][1]].split()[0]) == 1) else []


#: A line that opens with its page's count ("3(71) KSKF/2017:1 96 Val till ..."): a new page.
_PAGE_COUNT_LINE = re.compile(r"\n[ \t]*(?:" + _PAGE_COUNT.pattern + r")[ \t]", re.IGNORECASE)


def _rosters(view: str) -> list[tuple[int, int]]:
    """Roster blocks: from a people heading to the justering fields, a blank line, a sentence or the next page
    that opens with its count."""
    out = []
    for m in _ROSTER_START.finditer(view):
        end = _ROSTER_END.search(view, m.end(), m.end() + 3000)
        stop = end.start() if end else min(len(view), m.end() + 3000)
        page = _PAGE_COUNT_LINE.search(view, m.end(), stop)
        out.append((m.start(), page.start() if page else stop))
    return out


def _contents(view: str) -> list[tuple[int, int]]:
    """Tables of contents without § numbers: the numbers there are pages (to the end of the line)."""
    out = []
    for m in _CONTENTS.finditer(view):
        line_end = view.find("\n", m.end())
        if _NUMBERS_FIRST.match(view, m.end()) or _declared_first(view, m.end()):
            continue                    # "Innehållsförteckning 103 Förändring av ärendelistan 104 ...": § numbers
        out.append((m.start(), len(view) if line_end < 0 else line_end))
    return out


@lru_cache(maxsize=4)
def _declared_range(view: str) -> tuple[int, int] | None:
    """The front page's range of §§ ("Paragrafer 102-111"), or None."""
    m = _DECLARED.search(view)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _declared_first(view: str, pos: int) -> bool:
    """Whether the contents at `pos` open with a number in the front page's range of §§, after a column label for
    pages ("Paragrafer 102-111 ... Innehållsförteckning sid 102 Mötets öppnande 103 ..."): the numbers are §§."""
    declared = _declared_range(view)
    if declared is None:
        return False
    first = _LABELLED_FIRST.match(view, pos)
    if first is not None:
        return declared[0] <= int(first.group(1)) <= declared[1]
    line_end = view.find("\n", pos)
    first = _NUMBERED_TITLE.search(view, pos, min(pos + _CONTENTS_NOTE, len(view) if line_end < 0 else line_end))
    return first is not None and int(first.group(1)) == declared[0]     # "Innehållsförteckning. Ärenden markerade
    #                                                                     med * hölls bakom stängda dörrar 76 Val av
    #                                                                     justerare": a note, then the first §


#: How far a note after a contents list's label may run before the list's first number.
_CONTENTS_NOTE = 120
_NUMBERED_TITLE = re.compile(r"(?<![\w.,:/§*-])(\d{1,4})[ \t]+(?-i:[A-ZÅÄÖ])[a-zåäö]+")
_LABELLED_FIRST = re.compile(r"[ \t:.]*(?:sid(?:a|an)?\.?[ \t]+)?(\d{1,4})[ \t.]+(?-i:[A-ZÅÄÖ])[a-zåäö]+", re.IGNORECASE)
#: A table of contents whose rows open with the item's number ("Innehållsförteckning 103 Förändring av
#: ärendelistan 104 Ekonomirapport ..."), not with a title followed by its page.
_NUMBERS_FIRST = re.compile(rf"[ \t:.]*(?:(?:§§[ \t]*)?(\d{{1,4}})[ \t]*[-–][ \t]*\d{{1,4}}[ \t]+(?=\1[ \t]))?"   # "109-124 109 ..."
                            rf"(?:(?:Diarienummer|Diarienr|Dnr|Sida|Sidan|Sid)\.?[ \t]+)?(?:(?:Ärende|Paragraf|§)[ \t]+(?:Sid(?:a|an)?[ \t]+)?|"
                            rf"{_BODY_MARK}[ \t]+)?§?[ \t]*"
                            r"\d{1,4}[ \t.]+(?-i:[A-ZÅÄÖ])[a-zåäö]+")     # also "Innehåll KS 195 Godkännande ..."


def _context(view: str, pos: int, marks: scan.SpanSet, *, declared: bool = False) -> tuple[bool, bool, bool]:
    """(rejected, clean, page_top) for a number at `pos`, from the text before it on its line; `marks` are
    the page marks and furniture, blanked in that text; `declared`: the number is in the front page's range of
    §§ ("Paragrafer 102-111"), so "6 103" is a page's number and an item's, not an amount."""
    line_start = view.rfind("\n", 0, pos) + 1
    before = view[line_start:pos]
    for a, b in reversed(marks.starting_in(line_start, pos)):
        before = before[:a - line_start] + " " * (min(b, pos) - a) + before[min(b, pos) - line_start:]
    tokens = before.split()
    if not tokens and view[line_start:pos].strip():
        return False, True, True            # only a page number and furniture before it: it opens the page
    if not tokens:                          # a line start: a page when the line is a flattened page
        return False, True, _line_length(view, pos) >= 150 or _heading_line(view, line_start)
    # a page header before it: a few capitalised words or numbers ("BOTKYRKA KOMMUN PROTOKOLL", "Styrelsen")
    page_top = len(tokens) <= 5 and (tokens[0][:1].isupper() or tokens[0][:1].isdigit()) and \
        all(t[:1].isupper() or t[:1].isdigit() or t in ("och", "för") or _BODY_SUBJECT.fullmatch(t) for t in tokens) \
        and not any(t.endswith((".", "!", "?")) for t in tokens)     # also a body's name: "Tekniska nämnden TN"
    prev_end = pos                         # len(view[:pos].rstrip()), without copying the text before
    while prev_end > 0 and view[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end in marks.ends:
        return False, True, True            # right after page furniture ("3(19", "Sida 3 (24)"): a page header ended
    stripped = before.rstrip()              # the cue ends the text: read from its last word (and 8 characters for
    cue_from = max(0, min(len(stripped) - len(tokens[-1]), len(stripped) - 8))   # "t o m"), not from the line start
    cue = _NOT_AFTER.search(stripped, cue_from)
    if cue is not None and cue.group(0).strip().lower().startswith("sid") and \
            _LIST_THEN_PAGES.search(stripped, max(0, cue.start() - 40), cue.start()):
        cue = None                          # "Innehållsförteckning... Sid 1 Information": the pages' column label
    if cue is not None and not (_MONTH.fullmatch(cue.group(0).strip()) and _neither_day_nor_year(view, pos)):
        return True, False, page_top
    prev = tokens[-1]
    if _HEADER_WORD.fullmatch(prev):
        return True, False, page_top        # "SAMMANTRÄDESPROTOKOLL 2 AU 1 Dnr ...": the page's number in its head
    if view[pos:pos + 4].strip()[:3].isdigit() and prev.isdigit() and len(prev) <= 3 and not page_top and not declared:
        return True, False, page_top        # "4 764 500": a thousands group of an amount
    clean = prev.endswith((".", "!", "?", ":")) or prev.isdigit() or (len(prev) > 1 and prev.isupper()) or \
        prev in _body_prefixes(view)
    return False, clean, page_top


#: A page head's last word, in capitals ("SAMMANTRÄDESPROTOKOLL"), and the page's number after it.
_HEAD_WORD = r"(?-i:[A-ZÅÄÖ]*PROTOKOLL)"
_HEADER_WORD = re.compile(_HEAD_WORD)
_HEADER_PAGE = re.compile(_HEAD_WORD + r"[ \t]+\d{1,3}(?:[ \t]*\(\d{1,3}\))?[ \t]+$")
#: A body's abbreviation before an item's number, the § sign dropped ("Kfn 59 Dnr Redovisning ...").
_PREFIXED_NUMBER = re.compile(r"(?<![\w§])((?-i:[A-ZÅÄÖ])[A-Za-zÅÄÖåäö]{1,4})[ \t]+(\d{1,4})[ \t]+(?=Dnr\b|(?-i:[A-ZÅÄÖ]))")


@lru_cache(maxsize=4)
def _body_prefixes(view: str) -> frozenset[str]:
    """Short capitalised words that stand before two or more different numbers of items ("Kfn 59 ... Kfn 60"), or
    before one number that a case number follows ("MBN 27 Dnr"): a body's abbreviation, which a § sign followed;
    a number after one opens an item as one after a full stop."""
    numbers: dict[str, set[str]] = {}
    with_case: set[str] = set()
    for m in _PREFIXED_NUMBER.finditer(view):
        numbers.setdefault(m.group(1), set()).add(m.group(2))
        if view.startswith("Dnr", m.end()):
            with_case.add(m.group(1))       # "MBN 27 Dnr MB Information": the case number says an item opens
    return frozenset(word for word, seen in numbers.items()
                     if (len(seen) >= 2 or word in with_case) and not _NOT_AFTER.search(word))


_MONTH = re.compile(rf"(?:{_MONTHS})", re.IGNORECASE)


def _neither_day_nor_year(view: str, pos: int) -> bool:
    """Whether the number at `pos`, after a month word, can be neither a day nor a year ("... t.o.m. september
    105 Åtgärder ..." is item 105, "maj 2012" a year)."""
    m = re.match(r"\d+", view[pos:pos + 5])
    return m is not None and 31 < int(m.group(0)) < 1000


def _heading_line(view: str, line_start: int) -> bool:
    """A short line that is all number and title ("34   Fyllnadsval av vice ordförande"), after a blank line
    or page furniture: no full stop, no verb."""
    above = view[:line_start].rstrip(" \t")
    previous = above[above.rstrip().rfind("\n") + 1:].strip() if above.endswith("\n") else ""
    if not (above.endswith("\n\n") or not above.strip() or (previous and not _FURNITURE.sub("", previous).strip(" |"))):
        return False
    line = view[line_start:view.find("\n", line_start) if "\n" in view[line_start:] else len(view)].strip()
    words = line.split()[1:]
    return 0 < len(words) <= 12 and not line.endswith(".") and not any(_is_verb(_bare(w)) for w in words)


def _is_person(view: str, start: int) -> bool:
    """Whether the text at `start` opens with a person's name ("Tomas Berndtsson", "Wang Zhi")."""
    tokens = view[start:start + 60].split()
    if len(tokens) < 2:
        return False
    first, second = tokens[0].strip(",."), tokens[1].strip(",.")
    if not second[:1].isupper() or second.isupper() or second.lower() in _FUNCTION_WORDS:
        return False
    if second.endswith("s") and len(tokens) > 2 and tokens[2][:1].islower() and tokens[2].isalpha() and \
            len(tokens[2]) >= 4 and tokens[2] not in _FUNCTION_WORDS:
        return False                    # "Börje Åströms motion angående ...": a title naming whose matter it is
    return names_mod.is_first_name(first) or names_mod.is_surname(first)


#: A page head naming the protocol and its date, after the page's number ("2 Protokoll 2015-05-12").
_PROTOCOL_OF_DATE = re.compile(r"(?:(?i:[a-zåäö]*protokoll)|(?-i:[A-ZÅÄÖ])[a-zåäö-]*(?:nämnden|styrelsen|utskottet|"
                               r"fullmäktige|direktionen|rådet))[ \t]+(?:\d{4}-\d\d-\d\d|\d{1,2}[ \t]+[a-zåäö]+[ \t]+\d{4})")
#                               "1 Protokoll 2015-05-12", "1 Socialnämnden 20 september 2017": a page's head


#: How a one-word item in capitals ends, unlike a page's header word.
_ITEM_WORD_END = re.compile(r"(?:JUSTERING|JUSTERARE|ÄRENDEN|LISTAN|FRÅGOR|MEDDELANDEN|ANMÄLNINGAR|DELGIVNINGAR|"
                            r"INFORMATION|BESLUTFÖRHET|FULLMAKTER|ÄRENDE)$")


def _plausible_title(title: str) -> bool:
    """A title is mostly words: not an amount row ("Resultat - 1 650 364 - 1 357", "8% 1 528 640")."""
    letters = sum(c.isalpha() for c in title)
    if re.fullmatch(r"[A-ZÅÄÖ]+", title) and len(title) > 8 and not _ITEM_WORD_END.search(title):
        return False            # "SAMMANTRÄDESPROTOKOLL": a page header (but "PROTOKOLLJUSTERING", "DELGIVNINGSÄRENDEN")
    if _PROTOCOL_OF_DATE.fullmatch(title):
        return False            # "1 Protokoll 2015-05-12": a page's number and its head
    return letters >= 3 and sum(c.isdigit() for c in title) <= letters and "%" not in title


#: A bare item number written with three digits ("020 SAMMANTRÄDETS LAGLIGHET", "021 Val av ..."), as Finland-Swedish
#: parishes and kommuner number their items.
_PADDED_NUMBER = re.compile(r"(?<![\w./:-])0(\d\d)[ \t]+(?=[A-ZÅÄÖ])")


def _padded_numbering(view: str) -> bool:
    """Whether a protocol numbers its items with three digits: three or more such numbers, two of them in a row."""
    numbers = {int(m.group(1)) for m in _PADDED_NUMBER.finditer(view)}
    return len(numbers) >= 3 and any(n + 1 in numbers for n in numbers)


#: Dotted leaders (or an ellipsis) right before a number: a contents list's page, not an item's number.
_LEADERS_BEFORE = re.compile(r"(?:\.{3,}|…)[ \t]*$")


def _candidates(view: str, pattern: re.Pattern[str], *, signed_only: bool = False) -> list[_Candidate]:
    pages = _page_marks(view)
    furniture = [(m.start(), m.end()) for m in _FURNITURE.finditer(view)
                 if not _LIST_THEN_PAGES.search(view, max(0, m.start() - 40), m.start())]
    rosters, contents = _rosters(view), _contents(view)
    low, high = _declared_range(view) or (None, None)
    marks, content_spans, roster_spans = scan.SpanSet(pages + furniture), scan.SpanSet(contents), scan.SpanSet(rosters)
    padded = _padded_numbering(view)
    out = []
    referenced = -1                     # the end of the last run of other bodies' item numbers
    for m in pattern.finditer(view):
        groups = m.groupdict()
        number, title_start = int(m.group("n")), m.end()
        if m.start() < referenced:
            continue                    # "Su 3" of "Ks 27 Au 2 Bus 2 Su 3 Dnr ...": another body's item
        others = _OTHER_BODIES_ITEMS.match(view, title_start) if _YEAR_PREFIX.search(view, max(0, m.start() - 8),
                                                                                       m.start()) else None
        referenced = others.end() if others else referenced
        earlier = others or _EARLIER_ITEM.match(view, title_start)
        title_start = earlier.end() if earlier else title_start  # "103 Au GyN 64 Dnr ...": the utskott's item
        case = _CASE_NUMBER.match(view, title_start)
        title_start = case.end() if case else title_start       # "45 Dnr 2011/123 Budget 2012 ..."
        page = _PAGE_BEFORE_TITLE.match(view, title_start) if not case and groups.get("sign") is not None and \
            _CONTENTS_LABEL.search(view, view.rfind("\n", 0, m.start()) + 1, m.start()) else None
        title_start = page.end() if page else title_start       # "§ 142 324 Budgetuppföljning": a contents list's
        #                                                         page between the § and its title
        if not case and view[title_start:title_start + 1].isdigit():
            continue                    # "2 09/TN 0044 ..." whose case number is not one
        own = groups.get("utskott") is not None     # "KS AU 139 Information ...": the utskott's own item
        signed = groups.get("sign") is not None or groups.get("after") is not None or own
        if groups.get("year") and (not _YEAR_PREFIX.search(view, max(0, m.start() - 8), m.start()) or
                                   _NUMBERED_PROTOCOL.search(view, max(0, m.start() - 20), m.start())):
            continue                    # "353/2008" opens an item only after the body's letters ("KS 353/2008 ..."),
                                        # not "Protokoll Mn 87/2014": the protocol's own number
        if not signed and m.group("n").startswith("0") and not (padded and len(m.group("n")) == 3):
            continue                    # "TN 2 09/TN 0044 Budget": a case number's serial, never a bare item's
            #                             (but "020 VAL AV PROTOKOLLJUSTERARE" where the items are numbered so)
        if not signed and _LEADERS_BEFORE.search(view, max(0, m.start() - 8), m.start()):
            continue                    # "Planeringsdirektiv för budget 2019... 6 Utökning ...": a page after leaders
        if (signed_only and not signed) or number == 0 or marks.contains(m.start("n")) or \
                (_FORM_LABEL.match(view, title_start) and not (signed and _TITLE_LIKE.match(view, title_start))) or \
                _is_person(view, title_start):
            continue
        if not signed and (content_spans.contains(title_start) or (low is not None and not low <= number <= high) or
                           (number >= 1000 and low is None)):
            continue
        rejected, clean, page_top = _context(view, m.start(), marks, declared=low is not None and low <= number <= high)
        before = _EARLIER_ITEM_BEFORE.search(view, max(0, m.start() - 20), m.start())
        if (rejected and not own) or (before and not _HEADER_PAGE.search(view, max(0, before.start() - 30), before.start())):
            continue                    # "GyN 103 Au GyN 64": the utskott's item; "PROTOKOLL 2 AU 1": the AU's own
        line_end = view.find("\n", title_start)
        title_end = cut_title(view, title_start, len(view) if line_end < 0 else line_end)
        keyword_first = _KEYWORD.fullmatch(view, title_start, title_end) is not None and \
            _SUBJECT.match(view, title_end) is not None and \
            not any(_is_verb(_bare(w)) for w in view[title_end:title_end + 60].split()[:3])
        #                                 "29. INITIATIV Initiativ om ...": no page's header (but "2 ANSLAGSBEVIS
        #                                 Protokollet är justerat": the bevis's heading and its sentence)
        if title_end > title_start and (_plausible_title(view[title_start:title_end]) or keyword_first) and \
                view[title_start:title_end].split()[0] not in _body_prefixes(view):  # "PROTOKOLL 2 GyN 103": a page's
            in_roster = not signed and roster_spans.contains(title_start)
            out.append(_Candidate(number, m.start(), title_start, title_end, signed, clean or page_top, page_top,
                                  in_roster, case is not None, own))
    if any(c.signed and not c.utskott for c in out):
        out = [c for c in out if not c.utskott]     # § signs kept: "KS AU 45" is the utskott's earlier item
    if any(c.signed for c in out):
        out = [c for c in out if c.signed]      # the converter kept the § signs: bare numbers are not items
    return out


#: A page number between an item's § and its title in a contents list ("§ 142 324 Budgetuppföljning"), after the
#: list's label on the same line.
_PAGE_BEFORE_TITLE = re.compile(r"\d{1,4}[ \t]+(?=(?-i:[A-ZÅÄÖÉ]))")
_CONTENTS_LABEL = re.compile(rf"(?<!\w)(?i:{_LIST_WORDS}|ärendeförteckning)(?!\w)")


def _runs(cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Candidates grouped into increasing runs (steps of 0-3), in document order."""
    runs: list[list[_Candidate]] = []
    for c in cands:
        for run in reversed(runs):
            if 0 <= c.number - run[-1].number <= 3:
                run.append(c)
                break
        else:
            runs.append([c])
    return runs


#: A contents list's label and its leader right before its pages' column label ("Innehållsförteckning... Sid 1
#: Information ..."): the number after "Sid" is the first item's, not a page's.
_LIST_THEN_PAGES = re.compile(rf"\b(?i:{_LIST_WORDS}|ärendeförteckning)[ \t.…:]*$")


def _accepted(cands: list[_Candidate], declared: bool) -> list[_Candidate]:
    """Runs of three or more, runs of two that read as headings, and single ones that open a page (or,
    in a declared § range, follow a full stop); a candidate inside a roster only when it is the number
    right before an accepted run (the roster block ran on into the first item)."""
    free = [c for c in cands if not c.in_roster]
    out: list[_Candidate] = []
    for run in _runs(free):
        if len(run) >= 3 or (len(run) == 2 and all(c.clean for c in run)):
            out.extend(run)
        else:
            kept = [c for c in run if c.page_top or c.signed or (c.clean and (declared or c.cased))]
            out.extend(kept)
            out.extend(c for prev, c in zip(run, run[1:]) if prev in kept and c not in kept and
                       c.number == prev.number + 1 and c.start < prev.title_end)
            # "3(13) 10 Beslutad ärendelista 11 Delegationsordning ...": the next number inside a page's first
            # title is the next item's, not part of that title
    for c in sorted((c for c in cands if c.in_roster), key=lambda c: -c.start):
        later = [o for o in out if o.start > c.start]
        if later and min(later, key=lambda o: o.start).number == c.number + 1 and \
                not any(o.start < c.start for o in out):
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def _enumerated(view: str) -> list[_Candidate]:
    """Runs of numbered items ("1. Title Body. 2. Title Body.") where at least three items have a body
    after the title: a numbered agenda, not a list of points inside one § ("1. Kartläggning. 2. Insatser.");
    or a list from 1, in steps of one (a number the converter lost aside), right after its label ("Dagordning
    1. Mötets öppnande 2. ...")."""
    cands = _candidates(view, _ENUMERATED)
    out = []
    unlabelled: list[list[_Candidate]] = []     # runs from 1 in steps of one with no label and no bodies
    for run in _runs(cands):
        nexts = [c.start for c in cands]
        with_body = 0
        for c in run:
            following = min((n for n in nexts if n > c.start), default=len(view))
            with_body += len(view[c.title_end:following].strip(" .\n")) >= 20
        prefixed = view.startswith("Ärende", run[0].start)     # "Ärende 114. LAGLIGHET ...": the label in the match
        listed = all(0 < b.number - a.number <= 3 for a, b in zip(run, run[1:])) and \
            (prefixed or _AGENDA_LABEL.search(view, max(0, run[0].start - 24), run[0].start) is not None) and \
            (run[0].number == 1 or prefixed or
             _CONTINUED_LABEL.search(view, max(0, run[0].start - 24), run[0].start) is not None or
             _listed_again(view, run, [c for c in cands if c.start > run[-1].start]))
        #   ("Dagordning 52. Mötets öppnande 53. ..." and the items again with their bodies: numbered as the §§)
        capitals = len(run) >= 5 and all(_KEYWORD.match(view, c.title_start) for c in run)
        if len(run) >= 3 and (with_body >= 3 or listed or capitals):
            out.extend(run)             # (a run of five titles in capitals or more is a list of the items: "1.
            #                             LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. ...")
        elif len(run) >= 3 and run[0].number == 1 and all(0 < b.number - a.number <= 2 for a, b in zip(run, run[1:])):
            unlabelled.append(run)
    for run in unlabelled:              # "1. Mötets öppnande 2. Val av justerare ... 14. ..." and, after it, the items
        if _listed_again(view, run, [c for c in out if c.start > run[-1].start]):   # with their bodies: the agenda
            out.extend(run)
    return sorted(out, key=lambda c: c.start)


def _listed_again(view: str, listed: list[_Candidate], items: list[_Candidate]) -> bool:
    """Whether two or more of the items after a numbered list have a number of the list and its title (one the
    prefix of the other, case aside: "VAL AV JUSTERARE FÖR MÖTETS PROTOKOLL: Till att ..." under "2. Val av
    justerare för mötets protokoll")."""
    titles = {c.number: _title_key(view[c.title_start:c.title_end]) for c in listed}
    same = 0
    for c in items:
        a, b = titles.get(c.number, ""), _title_key(view[c.title_start:c.title_end])
        short = min(len(a), len(b))
        same += short >= 10 and a[:short] == b[:short]
    return same >= 2


#: The label of a list of the items this meeting handles, numbered on from the year's earlier meetings ("Ärenden:
#: 63. Sammanträdet öppnas 64. ...", "Ärendets nummer Ärende 114. LAGLIGHET OCH BESLUTFÖRHET 115. ..."): the list may
#: open at any number.
_CONTINUED_WORDS = r"Ärenden|Ärende"
#: The label of a numbered agenda list ("Dagordning 1. Mötets öppnande 2. Föregående minnesanteckningar 3. ...").
_AGENDA_LABEL = re.compile(rf"(?<![\w])(?:Dagordning|Föredragningslista|Ärendelista|{_CONTINUED_WORDS})[ \t]*:?[ \t]*"
                           r"(?:(?:nummer|nr\.?)[ \t]+)?$", re.IGNORECASE)     # "FÖREDRAGNINGSLISTA nummer 1 Val ..."
_CONTINUED_LABEL = re.compile(rf"(?<![\w])(?:{_CONTINUED_WORDS})[ \t]*:?[ \t]*$", re.IGNORECASE)


def find_flattened_headings(view: str, *, signed_only: bool = False) -> list[Heading]:
    """Headings inside flattened page lines; a title cut off by the end of the text (no body) is left out.
    Numbered items ("1. Title", "Punkt 2 Title") only in a document whose items have no other numbers."""
    declared = _declared_range(view) is not None
    cands = _accepted(_candidates(view, _CANDIDATE, signed_only=signed_only), declared)
    if len(cands) <= 1 and not any(c.signed for c in cands) and not signed_only:
        enumerated = _enumerated(view)      # "1 Protokoll från mötet ... 1. Fastställande av dagordning Dagordningen
        if len(enumerated) > len(cands):    # fastställdes 2. ...": one bare number is a page's, the run the points
            cands = enumerated
    heads = []
    for i, c in enumerate(cands):
        limit = cands[i + 1].start if i + 1 < len(cands) else len(view)
        end = min(c.title_end, limit)
        if not c.signed and i + 1 < len(cands) and 0 < cands[i + 1].number - c.number <= 3:
            end = _subject_end(view, c.title_start, end, limit, cands[i + 1].number - c.number) or end
            #                             "48. BUDGET Revisionsnämndens utlåtande; ... 49. MOTION ...": a listed
            #                             item's keyword in capitals and its subject, up to the next item
        while end > c.title_start and view[end - 1] in " .,:;-–":
            end -= 1
        if i + 1 == len(cands) and not view[end:limit].strip(" \t\n.") and not view.rstrip().endswith((".", "!", "?")) \
                and len(view[c.title_start:end].split()) < 4 and not (
                    i and cands[i - 1].number == c.number - 1 and view.rstrip("\r\n")[-1:] in (" ", "\t")):
            continue                        # the excerpt ends inside this title, after too little of it (the next
                                            # title of a run, its last word ended by a blank, is kept as printed; a
                                            # file's closing line break says nothing of where the excerpt was cut)
        end = _without_page_number(view, c.title_start, end)
        end = _without_contents_page(view, c.title_start, end)
        if _in_list(view, c.start) and (cands[i + 1].number - c.number > 1 if i + 1 < len(cands) else
                                        len(view[c.title_start:end].split()) >= _LAST_TITLE_WORDS):
            end = _before_unnumbered_title(view, c.title_start, end)
        title = _clean_title(view[c.title_start:end])
        if title:
            heads.append(Heading(c.number, title, c.start, end, c.title_start, end, c.signed))
    return heads


#: A keyword in capitals opening a title ("BUDGET", "SOCIAL- OCH HÄLSOVÅRD", "KOMMITTÉER").
_KEYWORD = re.compile(r"(?-i:[A-ZÅÄÖÉÈ]{3,}-?)(?:[ \t]+(?-i:[A-ZÅÄÖÉÈ]{2,}-?)){0,3}")
#: The subject after it: a capitalised word in lower case, then at most 20 words on the same line, no sentence's end.
_SUBJECT = re.compile(r"[ \t]+(?-i:[A-ZÅÄÖ][a-zåäöé])[^\n]*")


#: The next item's keyword inside a subject, its number lost ("19. BUDGET Bokföringsrapport BIDRAG Fördelning ... 21.").
_INNER_KEYWORD = re.compile(r"[ \t]+(?=(?-i:[A-ZÅÄÖÉÈ]{3,})[ \t]+(?-i:[A-ZÅÄÖ][a-zåäöé]))")


def _subject_end(view: str, start: int, end: int, limit: int, step: int) -> int | None:
    """Where a listed title cut after its keyword in capitals ends with its subject: at the next item (`step` 1), or
    where the next keyword begins when the numbers between were lost; None when no subject follows."""
    keyword = _KEYWORD.match(view, start)
    if keyword is None:
        return None
    end = min(end, keyword.end())
    if step > 1:
        inner = _INNER_KEYWORD.search(view, end, limit)
        if inner is None:
            return None
        limit = inner.start()
    return limit if _subtitle_to(view, start, end, limit) else None


def _subtitle_to(view: str, start: int, end: int, limit: int) -> bool:
    """Whether a title cut after its keyword in capitals goes on with its subject up to the next item of a list
    ("45. MARKOMRÅDEN Anhållan om köp av ... 46."): Finland-Swedish lists name the matter's kind, then the matter."""
    if _KEYWORD.fullmatch(view, start, end) is None or _SUBJECT.fullmatch(view, end, limit) is None:
        return False
    gap = view[end:limit]
    subject = len(view[:limit].rstrip(" \t.,;:"))
    return len(gap.split()) <= 20 and re.search(r"[.!?][ \t]+(?-i:[A-ZÅÄÖ])", gap) is None and \
        not any(_is_verb(_bare(word)) for word in gap.split()) and \
        cut_title(view, end + len(gap) - len(gap.lstrip()), subject) >= subject     # no body in it ("MÖTETS
    #                                                                                 ÖPPNANDE Ordförande Eva Ek förklarade")


#: The head of a list of the meeting's items ("Innehåll", "ÄRENDELISTA", "Föredragningslista").
_LIST_HEAD = re.compile(rf"\b(?:{_LIST_WORDS})\b", re.IGNORECASE)


#: A list's last title this long runs on into titles whose numbers were dropped ("106 Godkännande av dagordning
#: Föregående protokoll Tertialrapport för ...").
_LAST_TITLE_WORDS = 8


def _in_list(view: str, pos: int) -> bool:
    """Whether a list's head stands before `pos` on its line."""
    return _LIST_HEAD.search(view, view.rfind("\n", 0, pos) + 1, pos) is not None


def _before_unnumbered_title(view: str, start: int, end: int) -> int:
    """Where a list's next title begins when a converter dropped its number ("45 Månadsrapport mars Delårsrapport
    april ... 48 ...", "5 Bokslut Brottningsgymnasiets framtid 8 ..."): at the first capitalised word after a word
    of the title that is neither a function word nor capitalised itself (the title's first word aside), so a
    place after a preposition ("förskola i Ljungbyhed") or a name of several words ("Region Örebro") stays."""
    words = list(re.finditer(r"\S+", view[start:end]))
    for k in range(1, len(words)):
        word, prev = words[k].group(0), words[k - 1].group(0)
        if not (word[:1].isupper() and word[1:2].islower()) or prev.endswith((",", ":", ";")):
            continue
        if (k == 1 or prev[:1].islower()) and prev.lower().strip(".") not in _FUNCTION_WORDS and prev[:1].isalpha():
            return start + words[k - 1].end()
    return end


def _without_contents_page(view: str, start: int, end: int) -> int:
    """A title in a table of contents that writes the page after each title ("Innehållsförteckning 1 Direktionens
    öppnande 3 2 Direktionens arbetsformer 4"): the number at its end is the page."""
    line_start = view.rfind("\n", 0, start) + 1
    tail = re.search(r"[ \t]+\d{1,3}[ \t]*$", view[start:end])
    if tail is not None and tail.start() > 0 and _CONTENTS.search(view, line_start, start):
        return start + tail.start()
    return end


def _without_page_number(view: str, start: int, end: int) -> int:
    """A title that ends its flattened page line with the page's own number ("3 Innehållsförteckning ...
    115 Anmälan om deltagande i konferenser 3"): the number is the page's footer, not the title's."""
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", end)
    line_end = len(view) if line_end < 0 else line_end
    page = re.match(r"[ \t]*(\d{1,3})[ \t]", view[line_start:start])
    tail = re.search(r"[ \t]+(\d{1,3})[ \t]*$", view[start:end])
    if page and tail and tail.group(1) == page.group(1) and not view[end:line_end].strip():
        return start + tail.start()
    return end


#: A title starting inside a line of a title column: a capitalised word after a word that ends no clause,
#: itself followed by a word in lower case ("Föregående protokoll Ekonomisk redovisning"), not a name
#: closing a title ("... till projektet Hunddagis, Laxå kommun").
_TITLE_INSIDE = re.compile(r"(?<=[^\W\d_])[ \t]+(?=(?-i:[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?-i:[a-zåäö]))")


def _number_column_titles(view: str) -> Iterator[Heading]:
    """A contents list written column by column: a run of bare '§ N' lines, consecutive numbers, then the
    titles' column, one title a line ("§ 19 / § 20 / § 21" and below "Presentation av ... / Föregående
    protokoll / ..."). The n-th title belongs to the n-th number. Where a converter joined two titles on a
    line, the line is split before a title's first word; only when that gives exactly one title per
    number, else nothing (a guess would shift every title after it)."""
    lines = view.split("\n")
    offsets = list(accumulate((len(x) + 1 for x in lines), initial=0))
    k = 0
    while k < len(lines):
        run: list[tuple[int, int]] = []      # (number, line index)
        j = k
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            m = _BARE_SIGN_LINE.fullmatch(lines[j])
            n = int(re.search(r"\d+", lines[j]).group(0)) if m else None
            if n is None or (run and n != run[-1][0] + 1):
                break
            run.append((n, j))
            j += 1
        if len(run) < 3:
            k = j if run else k + 1
            continue
        column = list(_column_lines(lines, offsets, j))
        tagged = _tagged_titles(view, column)      # the first titles, as far as they are sure
        titles = tagged if tagged is not None else _split_joined_titles(view, column, len(run) - len(column)) \
            if len(column) < len(run) else column
        if len(titles) > len(run) or (tagged is None and len(titles) < len(run)):
            titles = []
        for (n, line), (a, b) in zip(run, titles):
            if not _plausible_title(_clean_title(view[a:b])):
                break
            yield Heading(n, _clean_title(view[a:b]), offsets[line], offsets[line] + len(lines[line]), a, b, False)
        k = j


#: A contents list's third column, the kind of each item, read into the titles' column after each title.
_TYPE_TAG = re.compile(r"[ \t]*\b(?:Besluts|Informations|Diskussions|Anmälnings)ärende\b[ \t]*")


def _tagged_titles(view: str, column: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Titles of a column whose items each end with their kind ("Ansökan om medel till insatsen X. Beslutsärende",
    "... samordnare MT/CT. Informationsärende Ansökan om ..."): the text up to each kind is one title, wrapped over
    lines where a line ends in a word that goes on ("... och" / "Helena Ek, samordnare"). The titles up to the first
    stretch that is not one wrapped title (a heading over sub-items); None where the column has no kinds."""
    if not column or sum(1 for a, b in column for _ in _TYPE_TAG.finditer(view, a, b)) < 2:
        return None
    out: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []     # the lines of the title before the next kind
    for a, b in column:
        start = a
        for m in _TYPE_TAG.finditer(view, a, b):
            if view[start:m.start()].strip():
                current.append((start, m.start()))
            if current and not all(_goes_on(view[x:y]) for x, y in current[:-1]):
                return out                  # lines that are not one wrapped title
            if current:
                out.append((current[0][0], current[-1][1]))
            current, start = [], m.end()
        if view[start:b].strip():
            current.append((start, b))
    return out


def _goes_on(line: str) -> bool:
    """Whether a title's line ends where the title cannot: a function word, a comma or a hyphen."""
    words = line.split()
    return bool(words) and (words[-1].lower() in _FUNCTION_WORDS or line.rstrip().endswith((",", "-")))


def _column_lines(lines: list[str], offsets: list[int], j: int) -> Iterator[tuple[int, int]]:
    """The title column's lines below a number column: (start, end) of each non-blank line, up to the next
    § heading, page number ("(3)") or bare number."""
    for i in range(j, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if _STRONG.match(lines[i]) or re.fullmatch(r"\(?\d{1,3}\)?", text):
            return
        lead = len(lines[i]) - len(lines[i].lstrip())
        yield offsets[i] + lead, offsets[i] + lead + len(text)


def _split_joined_titles(view: str, titles: list[tuple[int, int]], missing: int) -> list[tuple[int, int]]:
    """Split the lines where two titles were joined, when exactly `missing` places read as a title's start."""
    cuts = {i: [m for m in _TITLE_INSIDE.finditer(view, a, b)
                if view[m.start() - 1] not in ",:;" and _last_word(view, m.start()) not in _FUNCTION_WORDS]
            for i, (a, b) in enumerate(titles)}
    if sum(len(c) for c in cuts.values()) != missing:
        return titles
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(titles):
        start = a
        for m in cuts[i]:
            out.append((start, m.start()))
            start = m.end()
        out.append((start, b))
    return out


def _last_word(view: str, end: int) -> str:
    return re.search(r"(\w+)\W*$", view[max(0, end - 40):end]).group(1).lower()


def extract_agenda(view: str, original: str) -> tuple[AgendaItem, ...]:
    """One agenda item per § number: the first heading with a title wins."""
    items: dict[int, AgendaItem] = {}
    for h in find_headings(view):
        if h.number in items or not h.title:
            continue
        span = Span.of(original, h.start, max(h.end, h.title_end))
        items[h.number] = AgendaItem(h.number, h.title, span)
    for h in _number_column_titles(view):
        if h.number not in items:
            items[h.number] = AgendaItem(h.number, h.title, Span.of(original, h.title_start, h.title_end))
    return tuple(sorted(items.values(), key=lambda a: a.number))


def split_items(doc_id: str, view: str) -> Iterator[Section]:
    """§ body sections: from each heading to the next one (the last runs to the end)."""
    heads = find_headings(view)
    for index, h in enumerate(heads):
        end = heads[index + 1].start if index + 1 < len(heads) else len(view)
        yield Section(doc_id, index, SectionKind.ITEM, h.title, h.start, end, h.number)
