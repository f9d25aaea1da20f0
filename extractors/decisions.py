"""Decisions, money and dissent.

A decision is found by its id ("Beslut 2025-3 §11:1", also when a decision list repeats the ids), by a
marker ("Styrelsen beslutade:", "Förbundsstyrelsens beslut", "Beslut:", "Styrelsen beslutar att")
or by an outcome sentence in a § body ("Dagordningen godkänns."). Each gets a type from the
ontology's concept scheme. Money the board granted becomes a Grant; a rejected application an
Application; a proposed distribution a proposed Allocation; money someone else granted a
ReportedGrant; budget-table member fees Contributions.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from bisect import bisect_right
from dataclasses import dataclass, field

from samgraf.extractors import agenda as agenda_mod
from samgraf.extractors.dates import parse_period
from samgraf.extractors.gazetteer import Gazetteer
from samgraf.extractors.money import find_amounts, parse_number
from samgraf.extractors.scan import SpanSet
from samgraf.model import (Allocation, Application, Contribution, Decision, DecisionKind, Org, OrgKind,
                           ReportedGrant, Grant, Span)

EXTRACTOR = "rules.decisions.v1"
MEMBER_KINDS = (OrgKind.MUNICIPALITY, OrgKind.REGION, OrgKind.AGENCY)

#: "Beslut 2025-3 §11:1"; a converter that dropped the § sign leaves "Beslut 2025-3 11:1".
_ID = re.compile(r"\bBeslut\s+(\d{4}\s*-\s*\d{1,3}\s*(?:§\s*|[ \t]+)(\d{1,3})\s*:\s*\d{1,3})", re.I)
_MARKER = re.compile(
    r"(?:(?:förbunds)?styrelsen|n[äa]mnden|utskottet|arbetsutskottet|forbundsstyrelsen)\s+"
    r"(?:beslutade|beslutar|beslöt|besluta|har\s+(?:[\wåäö]+\s+){0,3}beslutat)\s*(?:att\s*)?:?"
    r"|(?:beslutade|beslöt|beslutar)\s+(?:förbunds)?(?:styrelsen|nämnden|utskottet)\s+(?:att\s*)?"
    r"|(?:förbunds)?styrelsen\s+(?=(?:avslår|avslog|beviljar|beviljade|godkänner|fastställer|bordlägger|återremitterar|uppdrar)\b)"
    r"|(?:förbundsstyrelsens|styrelsens|nämndens|forbundsstyrelsens)\s+beslut\s*:?"
    r"|^[ \t]*beslut(?:ades)?\s*:"
    r"|^[ \t]*(?:styrelsens\s+|nämndens\s+)?beslut[ \t]*\n(?=\s*att\s)"
    r"|^[ \t]*beslutsförslag\s*:",
    re.I | re.M,
)
_OUTCOME_KEY = re.compile(
    r"\b(?:godkänns|godkändes|fastställs|fastställdes|faststalls|läggs\s+till\s+handlingarna|"
    r"lades\s+till\s+handlingarna|antas|antogs|återremitteras|återremitterades|bordläggs|bordlades|"
    r"avslås|avslogs|beviljas|beviljades|styrelsen\s+godkände|styrelsen\s+fastställde|"
    r"styrelsen\s+(?:har\s+)?(?:tagit|tog)\s+del\s+av)\b",
    re.I,
)


_KINDS: tuple[tuple[DecisionKind, re.Pattern[str]], ...] = (
    (DecisionKind.REJECTED, re.compile(r"\b(?:avsl[aå]|avsl[aå]s|avslogs|avslag|(?:inte|ej)\s+(?:godk\w*|bevilja\w*|bifall\w*))", re.I)),
    (DecisionKind.REFERRED_BACK, re.compile(r"återremitter|aterremitter", re.I)),
    (DecisionKind.TABLED, re.compile(r"bordlägg|bordlades|bordläggs", re.I)),
    (DecisionKind.GRANTED, re.compile(r"\bbevilja|\bbeviljas|\bbeviljade|\btilldela|anvisa\w*\s+medel", re.I)),
    (DecisionKind.ELECTED, re.compile(r"\b(?:väljs|valdes|välja|utses|utsågs|utse)\b", re.I)),
    (DecisionKind.ASSIGNMENT, re.compile(r"uppdra\w*\s+åt|\bi\s+uppdrag\b|\buppdrag\s+(?:till|åt)|får\s+i\s+uppdrag|"
                                         r"uppdras|\bska\s+(?:rapportera|bevaka|se\s+över)|tas\s+upp", re.I)),
    (DecisionKind.NOTED, re.compile(r"till\s+handlingarna|(?:tagit|tog)\s+del\s+av|\bnoterar\b|informationen", re.I)),
    (DecisionKind.APPROVED, re.compile(r"godk[aäd]n|fastst[aäé]ll|\bantas\b|\bantogs\b|\banta\b|godkände", re.I)),
)
_ALLOCATION_CUE = re.compile(r"förslag\s+till\s+fördelning|föreslagna?\s+(?:budget|fördelning)|fördelning(?:en)?\s+mellan", re.I)
_ALLOCATION_ROW = re.compile(r"^[ \t]*[-•*]?[ \t]*([A-ZÅÄÖ][\wåäöÅÄÖ\- ]{2,40}?)[ \t:]+(\d[\d   .]*\s*(?:kr|kronor|tkr|SEK)\b\.?)",
                             re.M)
_REPORTED = re.compile(r"(?<!\s)\s+(?:har\s+)?(?:beslutat\s+att\s+bevilja|beviljat|beviljade)\s+([A-ZÅÄÖ][\w\-]{1,40})?", re.I)
_CONTRIB = re.compile(r"medlemsavgift(?:er)?|medlemsbidrag|bidrag\s+från\s+medlemmar", re.I)


@dataclass(frozen=True, slots=True)
class SectionIndex:
    """Which § a text position belongs to (None inside an ambiguous stretch)."""

    starts: tuple[tuple[int, int, int | None], ...]   # (start, end, number)
    _firsts: tuple[int, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Sections in order without overlaps (as build_section_index makes them) are found by bisection:
        `at` is asked for every decision, money line and dissent (a pass over all § per question: quadratic)."""
        ordered = all(s <= e for s, e, _ in self.starts) and \
            all(a[1] <= b[0] for a, b in zip(self.starts, self.starts[1:]))
        object.__setattr__(self, "_firsts", tuple(s for s, _, _ in self.starts) if ordered else None)

    def at(self, pos: int) -> int | None:
        if self._firsts is not None:
            k = bisect_right(self._firsts, pos) - 1
            if k < 0:
                return None
            start, end, number = self.starts[k]
            return number if start <= pos < end else None
        for start, end, number in self.starts:
            if start <= pos < end:
                return number
        return None

    def span_at(self, pos: int) -> tuple[int, int] | None:
        """Start and end of the first § holding `pos` (by bisection when the sections are in order)."""
        if self._firsts is not None:
            k = bisect_right(self._firsts, pos) - 1
            return self.starts[k][:2] if k >= 0 and self.starts[k][0] <= pos < self.starts[k][1] else None
        return next(((s, e) for s, e, _ in self.starts if s <= pos < e), None)

    def bounds(self, number: int | None) -> tuple[int, int] | None:
        """Start and end of the last § body with this number."""
        found = [(s, e) for s, e, n in self.starts if n == number and number is not None]
        return found[-1] if found else None


def build_section_index(view: str) -> SectionIndex:
    """§ sections; the body after a run of empty-bodied headings (a list) is not attributed."""
    heads = agenda_mod.find_headings(view)
    spans = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(view)
        spans.append([h.start, end, h.number])
    for i in range(1, len(spans)):
        prev_empty = len(view[heads[i - 1].title_end:spans[i - 1][1]].strip()) < 30
        if prev_empty and i + 1 < len(spans) and len(view[heads[i].title_end:spans[i][1]].strip()) >= 30:
            if i >= 2 and len(view[heads[i - 2].title_end:spans[i - 2][1]].strip()) < 30:
                spans[i][2] = None
        elif prev_empty and i + 1 == len(spans) and i >= 2 and \
                len(view[heads[i - 2].title_end:spans[i - 2][1]].strip()) < 30:
            spans[i][2] = None
    return SectionIndex(tuple((s, e, n) for s, e, n in spans))


def classify(text: str) -> DecisionKind:
    """The decision type of a decision text."""
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return DecisionKind.OTHER


def _paragraph(view: str, start: int) -> tuple[int, int]:
    """From `start` (skipping blank lines) to the next blank line."""
    while start < len(view) and view[start] in " \t\n:":
        start += 1
    end = view.find("\n\n", start)
    end = len(view) if end < 0 else end
    while end > start and view[end - 1] in " \t\n":
        end -= 1
    return start, end


def _decision_text(view: str, start: int) -> tuple[int, int]:
    """The decision text after an id or marker: 'Att …' clauses or one paragraph."""
    s, e = _paragraph(view, start)
    if _ID.match(view, s):
        return s, s
    return s, e


def find_id_decisions(view: str, original: str) -> Iterator[Decision]:
    seen: set[str] = set()
    for m in _ID.finditer(view):
        ident = re.sub(r"\s+", " ", re.sub(r"\s*([-§:])\s*", r"\1", m.group(1))).replace("§", " §").replace("  ", " ")
        if "§" not in ident:                # the § sign dropped: the same id as when it is there
            ident = re.sub(r" (?=\d{1,3}:)", " §", ident)
        if ident in seen:
            continue
        s, e = _decision_text(view, m.end())
        if e <= s:
            continue
        seen.add(ident)
        text = _oneline(original[s:e])
        yield Decision(ident, int(m.group(2)), text, classify(_oneline(view[s:e])), Span.of(original, m.start(), e), ident)


def _oneline(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_marker_decisions(view: str, original: str, index: SectionIndex, taken: Sequence[tuple[int, int]]) -> Iterator[Decision]:
    counters: dict[int | None, int] = {}
    covered = SpanSet(list(taken))          # by bisection: a pass over every decision per marker was quadratic
    for m in _MARKER.finditer(view):
        if covered.contains(m.start()):
            continue
        s, e = _paragraph(view, m.end())
        if _ID.match(view, s) or e <= s or covered.contains(s):
            continue
        inline = view[m.end():view.find("\n", m.end()) if view.find("\n", m.end()) > 0 else len(view)].strip()
        if inline and not m.group(0).rstrip().endswith(":"):
            s, e = m.start(), _sentence_end(view, m.end())
        section = index.at(m.start())
        counters[section] = counters.get(section, 0) + 1
        text = _oneline(original[s:e])
        key = f"§{section}:{counters[section]}" if section is not None else f"@{m.start()}"
        yield Decision(key, section, text, classify(_oneline(view[s:e])), Span.of(original, m.start(), e))


_FULL_STOP = re.compile(r"\.(?!\d)|\n\s*\n")


def _sentence_end(view: str, pos: int) -> int:
    """End of the sentence from `pos`: a full stop (not "250.000"), or a blank line."""
    m = _FULL_STOP.search(view, pos)
    return m.start() + 1 if m else len(view)


def _outcome_sentence(view: str, pos: int) -> tuple[int, int]:
    """The sentence (within its line) around an outcome keyword."""
    line_start = view.rfind("\n", 0, pos) + 1
    dot = view.rfind(".", line_start, pos)
    start = dot + 1 if dot >= 0 else line_start
    while start < pos and view[start] in " \t":
        start += 1
    line_end = view.find("\n", pos)
    line_end = len(view) if line_end < 0 else line_end
    dot = re.compile(r"\.(?!\d)").search(view, pos, line_end)
    return start, (dot.start() + 1 if dot else line_end)


def find_outcome_decisions(view: str, original: str, index: SectionIndex, taken: Sequence[tuple[int, int]]) -> Iterator[Decision]:
    counters: dict[int | None, int] = {}
    seen: set[int] = set()
    covered = SpanSet(list(taken))
    for m in _OUTCOME_KEY.finditer(view):
        s, e = _outcome_sentence(view, m.start())
        if s in seen or covered.contains(s) or index.at(s) is None or _OUTCOME_LIST.match(view, s):
            continue
        seen.add(s)
        section = index.at(s)
        counters[section] = counters.get(section, 0) + 1
        text = _oneline(original[s:e])
        yield Decision(f"§{section}:o{counters[section]}", section, text, classify(_oneline(view[s:e])), Span.of(original, s, e))


_AS_PROPOSED = re.compile(r"(?:i\s+enlighet\s+med|enligt|bifaller|bifölls?|bifall\s+till)\s+(?:\w+\s+){0,2}"
                          r"(?:förslag(?:et)?|förslaget\s+till\s+beslut)\b", re.I)
_PROPOSAL_TEXT = re.compile(r"(?:förslag\s+till\s+beslut|beslutsförslag|förvaltningens\s+förslag)\s*:?\s*", re.I)


def _as_proposed(view: str, original: str, index: SectionIndex, d: Decision) -> Decision:
    """"Styrelsen beslutade i enlighet med förslaget": the decision is the proposal of its §."""
    if not _AS_PROPOSED.search(view, d.evidence.start, d.evidence.end) or d.section is None:
        return d
    bounds = index.bounds(d.section)
    if bounds is None:
        return d
    proposals = [m for m in _PROPOSAL_TEXT.finditer(view, bounds[0], d.evidence.start)]
    if not proposals:
        return d
    s, e = _paragraph(view, proposals[-1].end())
    e = min(e, d.evidence.start) if s < d.evidence.start else e
    text = _oneline(original[s:e])
    if not text:
        return d
    return Decision(d.key, d.section, f"{d.text} ({text})", classify(_oneline(view[s:e])),
                    Span.of(original, min(s, d.evidence.start), max(e, d.evidence.end)), d.identifier)


_OUTCOME_LIST = re.compile(r"beslutslista\s*:?", re.I)
_LIST_ENTRY = re.compile(r"(?:§\s*|(?<![\w§]))(\d{1,3})\s*:?\s*(bifall|bifalls|avslag|avslås|bordläggs|bordlagt|återremiss|återremitteras)",
                         re.I)
_LIST_KIND = {"bifall": None, "bifalls": None, "avslag": DecisionKind.REJECTED, "avslås": DecisionKind.REJECTED,
              "bordläggs": DecisionKind.TABLED, "bordlagt": DecisionKind.TABLED,
              "återremiss": DecisionKind.REFERRED_BACK, "återremitteras": DecisionKind.REFERRED_BACK}


def find_listed_outcomes(view: str, original: str, index: SectionIndex) -> Iterator[Decision]:
    """"Beslutslista: § 3 Bifall, § 5 Avslag": each § decided on its "Förslag till beslut"."""
    for m in _OUTCOME_LIST.finditer(view):
        end = _paragraph(view, m.end())[1]
        for entry in _LIST_ENTRY.finditer(view, m.end(), end):
            section, word = int(entry.group(1)), entry.group(2).lower()
            bounds = index.bounds(section)
            proposal = list(_PROPOSAL_TEXT.finditer(view, *bounds)) if bounds else []
            if proposal:
                s, e = _paragraph(view, proposal[-1].end())
                text = _oneline(original[s:e])
                evidence = Span.of(original, s, e)
            else:
                text, evidence = _oneline(original[entry.start():entry.end()]), Span.of(original, entry.start(), entry.end())
            kind = _LIST_KIND[word] or classify(_oneline(view[evidence.start:evidence.end]))
            outcome = _oneline(original[entry.start():entry.end()])
            yield Decision(f"§{section}:list", section, f"{outcome}: {text}", kind, evidence)


def extract_decisions(view: str, original: str) -> tuple[Decision, ...]:
    """All decisions, id-numbered first, then marked ones, then outcome sentences in § bodies, then
    outcomes listed apart from their § ("Beslutslista")."""
    index = build_section_index(view)
    found = [_as_proposed(view, original, index, d) for d in _find_decisions(view, original, index)]
    decided = {d.section for d in found}
    found += [d for d in find_listed_outcomes(view, original, index) if d.section not in decided]
    return tuple(found)


def _find_decisions(view: str, original: str, index: SectionIndex) -> tuple[Decision, ...]:
    found = list(find_id_decisions(view, original))
    texts: dict[int | None, set[str]] = {}          # per §: the texts of one § only are compared, not all
    for d in found:
        texts.setdefault(d.section, set()).add(d.text)
    taken = [(d.evidence.start, d.evidence.end) for d in found]
    for d in find_marker_decisions(view, original, index, taken):
        if d.text not in texts.setdefault(d.section, set()):
            found.append(d)
            texts[d.section].add(d.text)
    taken = [(d.evidence.start, d.evidence.end) for d in found]
    for d in find_outcome_decisions(view, original, index, taken):
        same = texts.setdefault(d.section, set())
        if d.text not in same and not any(d.text in t for t in same):
            found.append(d)
            same.add(d.text)
    return tuple(found)


def _recipient(view: str, d: Decision, gaz: Gazetteer, titles: dict[int, str]) -> tuple[Org | None, str | None]:
    """The member party a grant goes to, and the named insats when the text names one."""
    s, e = d.evidence.start, d.evidence.end
    orgs = [m.org for m in gaz.find_orgs(view, s, e) if m.org.kind in MEMBER_KINDS]
    insats = re.search(r"((?:FINSAM|insatsen|projektet)\s+([A-ZÅÄÖ][\wåäö]+s)\s+[\wåäö\-]+)", view[s:e])
    if insats:
        org = gaz.municipality_from_genitive(insats.group(2))
        if org is not None:
            return org, insats.group(1)
    if orgs:
        return orgs[0], None
    title = titles.get(d.section or -1, "")
    found = [m.org for m in gaz.find_orgs(title) if m.org.kind in MEMBER_KINDS]
    if found:
        return found[0], None
    before = [m.org for m in gaz.find_orgs(view, max(0, s - 400), s) if m.org.kind in MEMBER_KINDS]
    return (before[-1] if before and re.search(r"ansök|söker|ansökan", view[max(0, s - 400):s], re.I) else None), None


_PROPOSAL = re.compile(r"föreslå\w*\s+(?:förbunds)?(?:styrelsen|fullmäktige|nämnden|medlemmarna)\s+att", re.I)
_APPLIED = re.compile(r"\b(?:söker|ansöker\s+om|ansökan\s+om|ansokan\s+om|soker|begär|begärt|ansökt\s+om)\b[^.]{0,60}?", re.I)


def _applied_amount(view: str, index: "SectionIndex", d: Decision) -> int | None:
    """The amount applied for, stated in the same § before the decision ("X söker 480 000 kr")."""
    bounds = index.bounds(d.section)
    if bounds is None:
        return None
    start, _ = bounds
    for m in reversed(list(_APPLIED.finditer(view, start, d.evidence.start))):
        found = find_amounts(view, m.start(), min(d.evidence.start, m.end() + 40))
        if found:
            return found[0].amount
    return None


def extract_money(view: str, original: str, decisions: Sequence[Decision], gaz: Gazetteer,
                  titles: dict[int, str]) -> tuple[list[Grant], list[Application]]:
    """Grants from granting decisions, applications from rejecting ones."""
    grants, apps = [], []
    index = build_section_index(view)
    for d in decisions:
        amounts = find_amounts(view, d.evidence.start, d.evidence.end)
        if d.kind == DecisionKind.GRANTED and amounts and not _PROPOSAL.search(view, d.evidence.start, d.evidence.end):
            org, insats = _recipient(view, d, gaz, titles)
            if org is None:
                continue
            period = parse_period(view[d.evidence.start:d.evidence.end])
            grants.append(Grant(d.key, d.section, amounts[0].amount, org, d.evidence, insats,
                                period[0] if period else None, period[1] if period else None))
        elif d.kind == DecisionKind.REJECTED and (re.search(r"ans[oöé]k|begäran|skrivelse", view[d.evidence.start:d.evidence.end], re.I)
                                                  or (d.key.endswith(":list") and amounts)):
            org, insats = _recipient(view, d, gaz, titles)
            name = insats or _applicant_name(view[d.evidence.start:d.evidence.end]) or \
                _applicant_name(titles.get(d.section or -1, ""))
            amount = amounts[0].amount if amounts else _applied_amount(view, index, d)
            apps.append(Application(d.key, d.section, amount, org, name, "rejected", d.evidence))
    return grants, apps


def _applicant_name(text: str) -> str | None:
    """"ansökan från X" -> X (up to a clause boundary)."""
    m = re.search(r"(?:från|fran)\s+((?-i:[A-ZÅÄÖ])[\wåäö/\-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö/\-]+)*)", text)
    return m.group(1).split(" —")[0].split(" -")[0].strip() if m else None


def extract_allocations(view: str, original: str, gaz: Gazetteer, decisions: Sequence[Decision],
                        index: SectionIndex) -> list[Allocation]:
    """Proposed distributions ("förslag till fördelning"): one amount per member party."""
    out: list[Allocation] = []
    seen: set[int] = set()
    for cue in _ALLOCATION_CUE.finditer(view):
        window_end = min(len(view), cue.end() + 1500)
        rows = list(_ALLOCATION_ROW.finditer(view, cue.end(), window_end))
        year = _year_near(view, cue.start())
        section = _section_near(decisions, index, cue.start())
        for row in rows:
            org = gaz.resolve_org(row.group(1).strip(), allow_bare=True)
            amounts = find_amounts(view, row.start(2), row.end(2))
            if org is None or org.kind not in MEMBER_KINDS or not amounts or row.start() in seen:
                continue
            seen.add(row.start())
            out.append(Allocation(section, amounts[0].amount, org, year, "proposed",
                                  Span.of(original, row.start(1), row.end(2))))
    return out


def _year_near(view: str, pos: int) -> int | None:
    years = re.findall(r"\b(20\d\d)\b", view[max(0, pos - 300):pos + 200])
    return int(max(years)) if years else None


def _section_near(decisions: Sequence[Decision], index: SectionIndex, pos: int) -> int | None:
    after = [d for d in decisions if d.evidence.start > pos and d.identifier and d.evidence.start - pos < 2000]
    if after:
        return min(after, key=lambda d: d.evidence.start).section
    return index.at(pos)


def extract_reported_grants(view: str, original: str, decisions: Sequence[Decision], index: SectionIndex,
                            gaz: Gazetteer) -> list[ReportedGrant]:
    """Money others granted, reported for information (never the board's own grant)."""
    taken = SpanSet([(d.evidence.start, d.evidence.end) for d in decisions if d.kind == DecisionKind.GRANTED])
    out = []
    for m in _REPORTED.finditer(view):
        if taken.contains(m.start()):
            continue
        start, _ = _outcome_sentence(view, m.start())
        funder = view[start:m.start()].strip()
        if not funder or not funder[0].isupper() or len(funder) > 120:
            continue
        if re.match(r"(?:styrelsen|förbundet|vi)\b", funder, re.I):
            continue
        end = _sentence_end(view, m.end())
        amounts = find_amounts(view, m.end(), end)
        if not amounts:
            continue
        out.append(ReportedGrant(index.at(start), amounts[0].amount, funder, m.group(1),
                                 Span.of(original, start, end)))
    return out


def extract_contributions(view: str, original: str, gaz: Gazetteer) -> list[Contribution]:
    """Member fees per party and year from a budget table under a "Medlemsavgifter" row."""
    out: list[Contribution] = []
    lines = view.split("\n")
    offsets = _line_offsets(lines)
    for i, line in enumerate(lines):
        if not _CONTRIB.search(line) or "\t" not in line and not re.search(r"\d", line) and i + 1 < len(lines) \
                and "\t" not in lines[i + 1]:
            continue
        if not _CONTRIB.match(line.strip()):
            continue
        years = _header_years(lines[max(0, i - 4):i])
        if not years:
            continue
        out.extend(_contribution_rows(lines, offsets, i + 1, years, original, gaz))
    return out


def _line_offsets(lines: list[str]) -> list[int]:
    out, pos = [], 0
    for line in lines:
        out.append(pos)
        pos += len(line) + 1
    return out


def _header_years(lines: list[str]) -> dict[int, int]:
    for line in reversed(lines):
        cells = line.split("\t")
        years = {col: int(c.strip()[-4:]) for col, c in enumerate(cells) if re.fullmatch(r"\s*(?:\w+\s+)?(19|20)\d\d\s*", c)}
        if years:
            return years
    return {}


def _contribution_rows(lines, offsets, first, years, original, gaz) -> Iterator[Contribution]:
    for j in range(first, min(len(lines), first + 40)):
        cells = lines[j].split("\t")
        label = cells[0].strip()
        if not label or re.match(r"summa|total", label, re.I) or len(cells) < 2:
            return
        name = re.sub(r",?\s*\d+\s*%.*$", "", label).strip()
        org = gaz.resolve_org(name)
        for col, year in years.items():
            if col < len(cells) and (amount := parse_number(cells[col])) is not None:
                s = offsets[j]
                yield Contribution(org, org.label if org else name, year, amount,
                                   Span.of(original, s, s + len(lines[j])))
