"""Facts stated in running text: who chaired, who was chosen to adjust the minutes, who reserved
against a decision, who was elected to what for which period, and memberships of other bodies
("Peter Vigren (ordförande Samordningsförbundet Umeå och ledamot i NNS styrelse)").

People are found by name first; a sentence pattern is then checked on the text just before and
just after a group of names joined by ",", "och", "samt".
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from samgraf.extractors import names as names_mod
from samgraf.extractors.dates import parse_period
from samgraf.extractors.gazetteer import Gazetteer
from samgraf.extractors.roles import find_roles
from samgraf.model import DissentKind, MeetingRoleKind, Org, Party

EXTRACTOR = "rules.sentences.v1"

_JOIN = re.compile(r"^\s*(?:\([A-Za-zÅÄÖåäö]{1,5}\))?\s*(?:,|och|samt|&)\s*$")
_PARTY_TAIL = r"(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?"
_AFTER = {
    "adjuster": re.compile(_PARTY_TAIL + r"\s*,?\s*(?:väljs|valdes|utses|utsågs|valjs|utsags)\s+(?:att\s+)?"
                           r"(?:jämte\s+\w+\s+|jamte\s+\w+\s+)?(?:till\s+)?(?:att\s+)?(?:justera|justerare|"
                           r"justeringsperson|protokolljusterare)", re.I),
    "chair": re.compile(_PARTY_TAIL + r"\s*(?:förklarade|förklarar|forklarade|forklarar|öppnade|öppnar|oppnar|"
                        r"oppnade|hälsade|hälsar|avslutade|avslutar|valdes\s+till\s+mötesordförande)\b", re.I),
    "reservation": re.compile(_PARTY_TAIL + r"(?:\s*(?:,\s*)?(?:har\s+)?[^.\nA-ZÅÄÖ]{0,60}?\s(?:att\s+)?)?\s*"
                              r"(?:(?:reserverade|reserverar|reserverat)\s+sig|anmäl(?:er|de)\s+(?:en\s+)?reservation|"
                              r"lämna(?:r|de)\s+(?:en\s+)?(?:skriftlig\s+)?reservation)", re.I),
    "secretary": re.compile(_PARTY_TAIL + r"\s*(?:förde|för|förande)\s+(?:dagens\s+)?protokoll(?:et)?", re.I),
    "abstention": re.compile(_PARTY_TAIL + r"\s*(?:deltar|deltog|deltager)\s+inte\s+i\s+beslutet", re.I),
    "note": re.compile(_PARTY_TAIL + r"\s*(?:lämnar|lämnade|anmäler|anmälde)\s+(?:en\s+)?protokollsanteckning", re.I),
    "elected": re.compile(_PARTY_TAIL + r"\s*(?:väljs|valdes|utses|utsågs)\s+till\s+", re.I),
}
_BEFORE = {
    "adjuster": re.compile(r"(?:(?:valde|utsåg|utser|väljer)\s*$)|(?:(?:utses|utsågs|väljs|valdes|valjs)\s+(?:att\s+)?"
                           r"(?:jämte\s+\w+\s+)?justera(?:\s+(?:dagens\s+)?protokollet)?\s*:?\s*$)|(?:till\s+(?:justerare|justeringsperson|"
                           r"protokolljusterare)\s+(?:valdes|utsågs|väljs|utses)\s*:?\s*$)|"
                           r"(?:justera\s+(?:dagens\s+)?protokoll(?:et)?\s+(?:valdes|utsågs|väljs|utses)\s*$)", re.I),
    "chair": re.compile(r"(?:(?:^|[.\n]\s*|,\s*)(?:ordförande(?:n)?|mötesordförande|ordférande|ordforande)\s+$)|"
                        r"(?:öppnas\s+av\s+(?:ordförande\s+)?$)|(?:(?:mötes)?ordförande\s*:\s*$)", re.I),
    "reservation": re.compile(r"(?:reservation(?:er)?(?:\s+mot\s+beslutet)?\s*(?:(?:lämnades|anmäldes)\s+)?"
                              r"(?:av|från)?\s*:?\s*$)|"
                              r"(?:reserverade|reserverar|reserverat)\s+sig\s*:?\s*$", re.I),
    "note": re.compile(r"protokollsanteckning(?:ar)?\s*(?:av|från)?\s*:?\s*$", re.I),
}
# "Utses att justera" with a capital: a form label whose value follows it, not a verb of the names before.
_FORM_LABEL = re.compile(r"(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?\s*(?-i:Utses|Utsågs|Väljs|Valdes)\b")
_ADJUSTER_TAIL = re.compile(r"^\s+(?:till|att)\s+(?:jämte\s+\w+\s+)?(?:justera|justerare|justeringsperson)", re.I)
_PAREN = re.compile(r"^\s*\(([^()]{5,200})\)")
_SITS = re.compile(r"^\s*(?:,\s*)?(?:som\s+)?sitter\s+(?:på\s+\w+\s+\w+\s+)?(?:kvar\s+)?(?:i|på)\s+"
                   r"(?:styrelsen\s+(?:för|i)\s+)?([A-ZÅÄÖ][\wÅÄÖåäö\- ]{1,60}?)(?:s)?\s*(?:styrelse|styrelsen)?\b", re.I)
_NEDAN = re.compile(r"\b(?:besluten|beslutet|beslut)\s+nedan|nedanstående\s+beslut|följande\s+beslut", re.I)


@dataclass(frozen=True, slots=True)
class NameGroup:
    """Names joined by ',', 'och', 'samt': "Eva Ek, Per Ås och Li Berg"."""

    names: tuple[tuple[int, int, str], ...]

    @property
    def start(self) -> int:
        return self.names[0][0]

    @property
    def end(self) -> int:
        return self.names[-1][1]


@dataclass(frozen=True, slots=True)
class RoleFact:
    name: str
    start: int
    end: int
    role: MeetingRoleKind
    quote_start: int
    quote_end: int


@dataclass(frozen=True, slots=True)
class DissentFact:
    name: str
    start: int
    end: int
    kind: DissentKind
    below: bool            # "mot besluten nedan": the decisions that follow
    quote_start: int
    quote_end: int


@dataclass(frozen=True, slots=True)
class ElectionFact:
    name: str
    role: str
    start_date: str | None
    end_date: str | None
    quote_start: int
    quote_end: int
    represents: Org | None = None
    party: Party | None = None


@dataclass(frozen=True, slots=True)
class OtherMembershipFact:
    name: str
    role: str
    org: Org
    quote_start: int
    quote_end: int


def group_names(view: str, persons: Sequence[tuple[int, int, str]]) -> list[NameGroup]:
    """Consecutive names joined only by list separators become one group."""
    groups: list[list[tuple[int, int, str]]] = []
    for p in persons:
        if groups and _JOIN.match(view[groups[-1][-1][1]:p[0]]):
            groups[-1].append(p)
        else:
            groups.append([p])
    return [NameGroup(tuple(g)) for g in groups]


def _sentence_bounds(view: str, start: int, end: int) -> tuple[int, int]:
    dot, para = view.rfind(". ", 0, start), view.rfind("\n\n", 0, start)
    left = max(dot + 2 if dot >= 0 else 0, para + 2 if para >= 0 else 0)
    right_candidates = [i for i in (view.find(". ", end), view.find("\n\n", end), view.find(".\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(view)
    return left, min(right, len(view))


def find_persons(view: str, known: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    return [(s, e, names_mod.clean_name(n)) for s, e, n in names_mod.find_person_names(view, known=known)]


def extract_meeting_roles(view: str, groups: Sequence[NameGroup]) -> Iterator[RoleFact]:
    """Chair and justerare named in sentences."""
    for g in groups:
        before = view[max(0, g.start - 80):g.start]
        after = view[g.end:g.end + 120]
        kinds = []
        if (_AFTER["adjuster"].match(after) and not _FORM_LABEL.match(after)) or (_BEFORE["adjuster"].search(before) and not _AFTER["chair"].match(after)) \
                or (re.search(r"(?:valde|utsåg|utser|väljer)\s*$", before, re.I) and _ADJUSTER_TAIL.match(after)):
            kinds.append(MeetingRoleKind.ADJUSTER)
        acting = re.search(r"ålderspresident\w*\s*$", before, re.I)   # opens a constituting meeting only
        if len(g.names) == 1 and not acting and (_AFTER["chair"].match(after) and (_BEFORE["chair"].search(before) or
                                                                    re.match(r"\s*(?:öppnar|öppnade|oppnar)\s+(?:dagens\s+)?\w*(?:möte|mötet|sammanträdet)",
                                                                             after, re.I))
                                  or (_BEFORE["chair"].search(before) and re.search(r"öppnas\s+av", before, re.I))):
            kinds.append(MeetingRoleKind.CHAIR)
        if len(g.names) == 1 and _AFTER["secretary"].match(after):
            kinds.append(MeetingRoleKind.SECRETARY)
        if not kinds:
            continue
        q0, q1 = _sentence_bounds(view, g.start, g.end)
        for s, e, name in g.names:
            for kind in kinds:
                yield RoleFact(name, s, e, kind, q0, q1)


def extract_dissents(view: str, groups: Sequence[NameGroup]) -> Iterator[DissentFact]:
    """Reservations, protocol notes and abstentions named in sentences."""
    for g in groups:
        before = view[max(0, g.start - 60):g.start]
        after = view[g.end:g.end + 200]
        kind = None
        if _AFTER["reservation"].match(after) or _BEFORE["reservation"].search(before):
            kind = DissentKind.RESERVATION
        elif _AFTER["abstention"].match(after):
            kind = DissentKind.ABSTENTION
        elif _AFTER["note"].match(after) or _BEFORE["note"].search(before):
            kind = DissentKind.PROTOCOL_NOTE
        if kind is None:
            continue
        q0, q1 = _sentence_bounds(view, g.start, g.end)
        below = bool(_NEDAN.search(view[g.end:q1 + 1]))
        for s, e, name in g.names:
            yield DissentFact(name, s, e, kind, below, q0, q1)


_ELECT_VERB = re.compile(r"\b(?:välja|väljer|valde|valt|utse|utser|utsåg|utsett)\s*$", re.I)
_TO_ROLE = re.compile(r"^(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?(?:\s*,\s*[^,\n]{2,40}?,)?\s+till\s+(?:ny\s+)?", re.I)


def extract_elections_to(view: str, persons: Sequence[tuple[int, int, str]],
                         gaz: Gazetteer | None = None) -> Iterator[ElectionFact]:
    """"att välja A (M), X kommun, till ordförande och B (S) till vice ordförande för tiden ..."."""
    for index, (s, e, name) in enumerate(persons):
        q0, q1 = _sentence_bounds(view, s, e)
        head = view[q0:s]
        if not (_ELECT_VERB.search(head) or re.search(r"\b(?:välja|utse)\b[^.]*\boch\s*$", head, re.I)):
            continue
        m = _TO_ROLE.match(view[e:e + 80])
        if not m:
            continue
        roles = find_roles(view, e + m.end(), min(q1, e + m.end() + 40))
        if not roles or roles[0].start != e + m.end() or roles[0].role == "justerare":
            continue
        period = parse_period(view[roles[0].end:q1 + 1])
        yield ElectionFact(name, roles[0].role, period[0] if period else None, period[1] if period else None, q0, q1,
                           _member_before(view, q0, s, gaz) or _member_after(view, e, e + m.end(), gaz),
                           _party_after(view, e, gaz))


def _member_before(view: str, start: int, end: int, gaz: Gazetteer | None) -> Org | None:
    """"Åtvidabergs kommun har utsett X": the member party that appointed the person."""
    if gaz is None:
        return None
    found = [m.org for m in gaz.find_orgs(view, start, end) if m.org.kind.value in ("municipality", "region", "agency")]
    return found[-1] if found else None


def _member_after(view: str, start: int, end: int, gaz: Gazetteer | None) -> Org | None:
    """"X (M), Åtvidabergs kommun, till vice ordförande": the member party named with the person."""
    return _member_before(view, start, end, gaz)


def _party_after(view: str, end: int, gaz: Gazetteer | None) -> Party | None:
    m = re.match(r"\s*\(([A-Za-zÅÄÖåäö]{1,5})\)", view[end:end + 10])
    return gaz.resolve_party(m.group(1)) if m and gaz is not None else None


def extract_elections(view: str, groups: Sequence[NameGroup]) -> Iterator[ElectionFact]:
    """"X och Y väljs till ordförande respektive vice ordförande för perioden 240101-241231"."""
    for g in groups:
        after = view[g.end:g.end + 200]
        m = _AFTER["elected"].match(after)
        if not m:
            continue
        q0, q1 = _sentence_bounds(view, g.start, g.end)
        tail_start = g.end + m.end()
        roles = [r.role for r in find_roles(view, tail_start, min(q1, tail_start + 120))]
        roles = [r for r in roles if r not in ("justerare",)]
        if not roles:
            continue
        period = parse_period(view[tail_start:q1]) if "period" in view[tail_start:q1].lower() or \
            re.search(r"\d{6}\s*[-–]\s*\d{6}|\d{4}\s*[-–]\s*\d{4}", view[tail_start:q1]) else None
        respektive = "respektive" in view[tail_start:q1].lower() and len(roles) == len(g.names)
        for index, (s, e, name) in enumerate(g.names):
            role = roles[index] if respektive else roles[0]
            yield ElectionFact(name, role, period[0] if period else None, period[1] if period else None, q0, q1)


def extract_other_memberships(view: str, persons: Sequence[tuple[int, int, str]], gaz: Gazetteer,
                              first_names: dict[str, str]) -> Iterator[OtherMembershipFact]:
    """Roles in other bodies named next to a person: a parenthesis, or "som sitter i NNS styrelse"."""
    for s, e, name in persons:
        yield from _parenthetical(view, s, e, name, gaz)
        yield from _sits_in(view, s, e, name, gaz)
    for m in re.finditer(r"\b([A-ZÅÄÖ][a-zåäöé]+)\s+(?=(?:som\s+)?sitter\s)", view):
        full = first_names.get(m.group(1))
        if full:
            yield from _sits_in(view, m.start(1), m.end(1), full, gaz)


def _parenthetical(view: str, s: int, e: int, name: str, gaz: Gazetteer) -> Iterator[OtherMembershipFact]:
    m = _PAREN.match(view[e:e + 220])
    if not m:
        return
    inner_start = e + m.start(1)
    for part in re.finditer(r"[^,]+?(?=\s+och\s+|,|$)", m.group(1)):
        p0, p1 = inner_start + part.start(), inner_start + part.end()
        roles = find_roles(view, p0, p1)
        orgs = gaz.find_orgs(view, p0, p1)
        if roles and orgs:
            yield OtherMembershipFact(name, roles[0].role, orgs[0].org, s, e + m.end())


def _sits_in(view: str, s: int, e: int, name: str, gaz: Gazetteer) -> Iterator[OtherMembershipFact]:
    window = view[e:e + 120]
    m = _SITS.match(window)
    if not m:
        return
    orgs = gaz.find_orgs(view, e + m.start(1), e + m.end(1) + 12)
    if orgs:
        end = e + m.end()
        yield OtherMembershipFact(name, "ledamot", orgs[0].org, s, end)
