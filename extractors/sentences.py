"""Facts stated in running text: who chaired, who was chosen to adjust the minutes, who reserved
against a decision, who was elected to what for which period, and memberships of other bodies
("Peter Vigren (ordförande Samordningsförbundet Umeå och ledamot i NNS styrelse)").

People are found by name first; a sentence pattern is then checked on the text just before and
just after a group of names joined by ",", "och", "samt".
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from samgraf.extractors import names as names_mod
from samgraf.extractors import scan
from samgraf.extractors.dates import find_dates, parse_period
from samgraf.extractors.gazetteer import Gazetteer
from samgraf.extractors.items import BOARD_ROLES, JUSTERING_LABEL, PLACE_AFTER_LABEL
from samgraf.extractors.roles import find_roles, normalize_role
from samgraf.model import DissentKind, MeetingRoleKind, Org, Party

EXTRACTOR = "rules.sentences.v1"

_JOIN = re.compile(r"^\s*(?:\([A-Za-zÅÄÖåäö]{1,5}\))?\s*(?:,|och|samt|&)\s*$")
_PARTY_TAIL = r"(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?"
_AFTER = {
    "adjuster": re.compile(_PARTY_TAIL + r"(?:\s*,\s*[^,.\n\d]{1,40}?,(?=\s*(?-i:väljs|valdes|utses|utsågs)\s))?"  # "Eva Ek, PRO, utsågs att"
                           r"\s*(?:,?\s*(?:väljs|valdes|utses|utsågs|valjs|utsags)\s+(?:att\s+)?"
                           r"(?:(?:jämte|jamte|tillsammans\s+med)\s+(?:[\w-]+\s+){1,4}?)?(?:till\s+|som\s+)?(?:att\s+)?(?:justera|justerare|"
                           r"justeringsperson|justeringsman|protokolljusterare|signera(?=\s+(?:dagens\s+)?protokoll))|"
                           r"(?:justerar|har\s+justerat)\s+(?:dagens\s+)?protokollet)", re.I),     # "Eva Ek (M) justerar
    #                                                                       protokollet.", "Roger Ek har justerat protokollet"
    "chair": re.compile(_PARTY_TAIL + r"\s*,?\s*(?:förklarade|förklarar|forklarade|forklarar|öppnade|öppnar|oppnar|"
                        r"oppnade|hälsade|hälsar|avslutade|avslutar|valdes\s+till\s+mötesordförande)\b", re.I),
    "reservation": re.compile(_PARTY_TAIL + r"(?:\s*(?:,\s*)?(?:har\s+)?(?-i:[^.\nA-ZÅÄÖ]){0,60}?\s(?:att\s+)?)?\s*"
                              r"(?:(?:reserverade|reserverar|reserverat)\s+sig|anmäl(?:er|de)\s+(?:en\s+)?reservation|"
                              r"lämna(?:r|de)\s+(?:en\s+)?(?:skriftlig\s+)?reservation)", re.I),
    "secretary": re.compile(_PARTY_TAIL + r"\s*(?:förde|för|förande)\s+(?:dagens\s+)?protokoll(?:et)?", re.I),
    "abstention": re.compile(_PARTY_TAIL + r"\s*(?:deltar|deltog|deltager)\s+inte\s+i\s+beslutet", re.I),
    "note": re.compile(_PARTY_TAIL + r"\s*(?:lämnar|lämnade|anmäler|anmälde)\s+(?:en\s+)?protokollsanteckning", re.I),
    "elected": re.compile(_PARTY_TAIL + r"\s*(?:väljs|valdes|utses|utsågs)\s+till\s+", re.I),
}
#: "Till justerare valdes", "Som justeringsperson för dagens möte utsågs": the election of the justerare, names after.
_AS_ADJUSTER = (r"(?:till|som)\s+(?:justerare|justeringsperson(?:er)?|justeringsm[aä]n|protokolls?justerare)\s+"
                r"(?:för\s+(?:dagens\s+)?(?:möte|sammanträde)\s+)?(?:valdes|utsågs|väljs|utses)")
_BEFORE = {
    "adjuster": re.compile(r"(?:juster[^.]{0,70}?(?:valde|utsåg|utser|väljer)\s*$)|"
                           r"(?:(?:utses|utsågs|väljs|valdes|valjs|utsedda?)\s+(?:att\s+)?"
                           r"(?:jämte\s+\w+\s+)?justera(?:\s+(?:dagens\s+)?protokollet)?\s*:?\s*(?:Ordinarie\s*:?\s*|ordföranden\s+(?:samt|och|jämte)\s+)?$)|(?:"
                           + _AS_ADJUSTER + r"\s*:?\s*$)|"
                           r"(?:justera\s+(?:dagens\s+|mötets\s+|sammanträdets\s+)?protokoll(?:et)?\s+(?:valdes|utsågs|väljs|utses)\s*$)|"
                           r"(?:(?:justeras\s+(?:dagens\s+)?protokoll(?:et)?|protokollet\s+justeras)\s+(?:även\s+)?av\s*$)|"
                           r"(?:(?<![\w-])Justering\s*:?\s*ordföranden\s+(?:samt|och|jämte)\s+$)",
                           re.I),
    "chair": re.compile(r"(?:(?:^|[.\n]\s*|,\s*)(?:ordförande(?:n)?|mötesordförande|ordférande|ordforande)\s+$)|"
                        r"(?:(?<![\w-])(?<!vice )(?-i:Ordförande(?:n)?)\s+$)|"     # a sentence after a heading without its stop
                        r"(?:(?:(?:^|[.\n•]\s*)(?:\w+\s+)?\w+|(?<![\w-])(?-i:[A-ZÅÄÖ])\w+)(?:ens|ets)\s+ordförande(?:n)?\s*,?\s+$)|"
                        #                  "Gemensamma nämndens ordförande, X, öppnar", "Föreningens ordförande X hälsade"
                        r"(?:öppna(?:s|des)\s+av\s+(?:ordförande(?:n)?\s+)?$)|(?:(?:mötes)?ordförande\s*:\s*$)", re.I),
    "secretary": re.compile(r"(?:(?:^|[.\n]\s*|,\s*)(?:sekreterare|protokollförare)\s+(?:är|var|blir)\s+$)|"
                            r"(?:till\s+(?:sekreterare|protokollförare)\s+(?:för\s+(?:mötet|sammanträdet)\s+|"
                            r"vid\s+(?:mötet|sammanträdet)\s+)?(?:valdes|utsågs|väljs|utses)\s+$)", re.I),
    "reservation": re.compile(r"(?:reservation(?:er)?(?:\s+mot\s+beslutet)?\s*(?:(?:lämnades|anmäldes)\s+)?"
                              r"(?:av|från)?\s*:?\s*$)|"
                              r"(?:reserverade|reserverar|reserverat)\s+sig\s*:?\s*$", re.I),
    "note": re.compile(r"protokollsanteckning(?:ar)?\s*(?:av|från)?\s*:?\s*$", re.I),
}
#: The form's field "Justering" right before the names of the two who check the minutes ("Justering Tomas Ek (S) och
#: Sofia Jarl (C)"); before one name it is as often the last of a run of labels ("Tjänstemän Justering Lars Ek
#: förbundsdirektör"), so it counts before two names only.
_JUSTERING_FIELD = re.compile(r"(?<![\w-])(?-i:Justering)[ \t]*:?[ \t]*$")
#: "Att jämte ordförande Åke Ek justeras protokollet av ...": the chair, who signs beside the justerare.
_CO_SIGNING_CHAIR = re.compile(r"jämte\s+ordförande(?:n)?\s+$", re.I)
_JUSTERAS = re.compile(_PARTY_TAIL + r"\s*justeras\b", re.I)
# "Utses att justera" with a capital: a form label whose value follows it, not a verb of the names before.
_FORM_LABEL = re.compile(r"(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?\s*(?-i:Utses|Utsågs|Väljs|Valdes)\b")
#: After the name an election verb chose: "... till att justera", "... att justera", "... från Larsmo att justera",
#: and "... till rapportör till Grupptrycket samt till att, jämte ordförandena, justera protokollet".
_ADJUSTER_TAIL = re.compile("^" + _PARTY_TAIL + r"\s+(?:från\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+)?(?:till\s+[^.\n]{1,60}?\s+samt\s+)?(?:till\s+)?(?:till|att)\s*,?\s+(?:jämte\s+\w+\s*,?\s+)?"
                            r"(?:justera|justerare|justeringsperson)", re.I)
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
    """The sentence around view[start:end]: from after the last ". " or blank line before it to the next
    ". ", ".\n" or blank line (looked up in the view's boundary index, not scanned from each name)."""
    marks = scan.boundaries(view, (". ", "\n\n", ".\n"))
    dot, para = marks[". "].last_before(start), marks["\n\n"].last_before(start)
    left = max(dot + 2 if dot >= 0 else 0, para + 2 if para >= 0 else 0)
    right_candidates = [i for i in (marks[mark].first_from(end) for mark in marks) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(view)
    return left, min(right, len(view))


def find_persons(view: str, known: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    return [(s, e, names_mod.clean_name(n)) for s, e, n in names_mod.find_person_names(view, known=known)]


def _official(after: str) -> bool:
    """Whether a name is followed by an official's title ("Marita Ek, förvaltningschef"): a form that prints its
    labels first puts officials after "Utses att justera", and an official never checks the minutes."""
    m = re.match(r"\s*,\s*([^\W\d_]+)", after)
    role = normalize_role(m.group(1)) if m else None
    return role is not None and role not in BOARD_ROLES and role != "justerare"


#: The election verb first, the names after it: "Utsågs ordföranden Jonas Ek (M) att jämte tjänstgörande suppleanten
#: Lars Ås (V) justera dagens protokoll", "Valdes Eva Ek att justera protokollet". The verb opens the sentence (a
#: capital, after a heading's line break or a full stop, or after a heading whose line break was lost: "§ 12
#: Justering Utsågs Eva Ek att ..."); role words in lower case may stand before each name.
_CHOSEN_OPENS = r"(?:^|[.\n:]\s*|[ \t])(?-i:Utses|Utsågs|Väljs|Valdes)\s+"
_CHOSEN_FIRST = re.compile(_CHOSEN_OPENS + r"(?:(?-i:[a-zåäö]+)\s+){0,2}$")
_CHOSEN_TAIL = re.compile("^" + _PARTY_TAIL + r"\s*,?\s+(?:till\s+)?att\s+(?:jämte\s+[^.\n]{1,80}?\s+)?justera\b", re.I)
#: ... and the second name of such a sentence, after "att jämte": chosen by the same verb.
_CHOSEN_BESIDE = re.compile(_CHOSEN_OPENS + r"[^.\n]{3,80}?\s+att\s+jämte\s+(?:(?-i:[a-zåäö]+)\s+){0,2}$")
_JUSTERA_AFTER = re.compile("^" + _PARTY_TAIL + r"\s+justera\b", re.I)


#: "Övriga deltagande Utses att justera Peter Ek, ersättare ... Mia Lund": a form printing its labels first, the
#: label stacked on a roster heading; the name after it is the heading's first row, the justerare comes later.
_STACKED_ON_HEADING = re.compile(r"(?:Övriga\s+(?:deltagande|närvarande|deltagare)|Övriga|Beslutande|Ersättare|"
                                 r"Närvarande|Tjänstemän|Tjänstepersoner)[ \t]+(?:Utses|Utsedda?)[ \t]+att[ \t]+justera[ \t:]*$")


#: The justerare chosen by first names only ("Till justerare valdes Ingrid, Monica och Olof."): each a first name,
#: the list closed by a full stop or the line's end.
_FIRST_NAMES_CHOSEN = re.compile(r"(?<![\w-])" + _AS_ADJUSTER + r"\s+"
                                 r"((?-i:[A-ZÅÄÖ][a-zåäö]+)(?:\s*,\s*(?-i:[A-ZÅÄÖ][a-zåäö]+))*"
                                 r"(?:\s+(?:och|samt)\s+(?-i:[A-ZÅÄÖ][a-zåäö]+))?)[ \t]*(?=[.\n]|$)", re.IGNORECASE)


def adjusters_by_first_name(view: str, first_names: Mapping[str, str]) -> Iterator[RoleFact]:
    """Justerare named by first name alone, each the one person of the roster with that first name."""
    for m in _FIRST_NAMES_CHOSEN.finditer(view):
        words = list(re.finditer(r"(?-i:[A-ZÅÄÖ])[a-zåäö]+", view[m.start(1):m.end(1)]))
        if not words or not all(w.group(0) in first_names for w in words):
            continue                    # a surname among them: full names, read as names elsewhere
        for w in words:
            yield RoleFact(first_names[w.group(0)], m.start(1) + w.start(), m.start(1) + w.end(),
                           MeetingRoleKind.ADJUSTER, m.start(), m.end())


#: A dated justering field's label and place ("Protokolljustering Jomala den 15 maj 2017 Roger Ek Annika Berg
#: Protokollet framlagt ..."), and what may follow its signers: the next field's label or the line's end.
_DATED_FIELD = re.compile(rf"(?<![\w-]){JUSTERING_LABEL}{PLACE_AFTER_LABEL}(?:den[ \t]+)?")
#: Where in the place the justering was held, after its date ("på kommungården", "i kommunhuset").
_FIELD_SITE = re.compile(r"[ \t]*(?:på|i)[ \t]+(?-i:[a-zåäö]+)[ \t]*")
_NEXT_FIELD = re.compile(r"[ \t]*(?:$|\n|(?-i:Protokollet|Utdragets|Intygar|Anslag|Justerade|Paragrafer)\b)")


def adjusters_in_dated_field(view: str, persons: Sequence[tuple[int, int, str]]) -> Iterator[RoleFact]:
    """The justerare of a dated justering field with exactly two signers after its date and the next field's
    label after them (an Åland form's "Protokolljustering Jomala den 15 maj 2017 Roger Ek Annika Berg Protokollet
    framlagt till påseende ..."). One name alone there is the secretary's in a form printed labels first
    (Saltvik's "... den 23 september 2013 Jessica Ek Protokollet framlagt ..."), and is left."""
    for m in _DATED_FIELD.finditer(view):
        date = next(iter(find_dates(view, m.end(), m.end() + 30)), None)
        if date is not None and date.start == m.end():
            field_end = date.end
        elif view[:m.end()].rstrip().endswith("den"):
            field_end = m.end()         # "Protokolljustering Godby den Per Ek Dick Ås": the date lost in conversion
        else:
            continue
        where = _FIELD_SITE.match(view, field_end)
        field_end = where.end() if where else field_end         # "... den på kommungården Bernt Ek Jana Berg"
        after = [p for p in persons if p[0] >= field_end][:2]
        if len(after) < 2 or view[field_end:after[0][0]].strip() or view[after[0][1]:after[1][0]].strip() or \
                not _NEXT_FIELD.match(view, after[1][1]):
            continue
        for s, e, name in after:
            yield RoleFact(name, s, e, MeetingRoleKind.ADJUSTER, m.start(), after[1][1])


_SIGNER = rf"{names_mod.NAME_WORD}(?:[ \t]+{names_mod.NAME_WORD}){{1,2}}?"
#: A field's place and the day it names, which the converter may have lost ("Kronoby, den 10 oktober 2014").
_PLACE_DAY = r"[ \t]+(?-i:[A-ZÅÄÖ])[\wåäö-]+,?[ \t]+den(?:[ \t]+\d{1,2}[ \t]+[a-zåäö]+[ \t]+\d{4}|[ \t]+\d{1,2}\.\d{1,2}\.\d{2,4})?"
#: The signature forms of Finland-Swedish and Åland protocols, their labels printed first and their values after them
#: in two columns, read row by row; each signer is read from its place in the form, a known first name or not.
_SIGNING_FORMS = (
    # "Ordförande: Protokollförare: Protokolljustering plats och tid: <chair> <place>, den <date> <secretary>
    # Protokollet framlagt till påseende, plats och tid: Intygar, underskrift, tjänsteställning <justerare> <place>,
    # den <date> <certifier>, <title> <justerare>" (Kronoby)
    re.compile(rf"(?<![\w-])Ordförande:?[ \t]+Protokollförare:?[ \t]+Protokolljustering[ \t]+plats[ \t]+och[ \t]+tid:?[ \t]+"
               rf"(?P<chair>{_SIGNER}){_PLACE_DAY}[ \t]+(?P<secretary>{_SIGNER})[ \t]+Protokollet[ \t]+framlagt[ \t]+till[ \t]+"
               rf"påseende,?[ \t]+plats[ \t]+och[ \t]+tid:?[ \t]+Intygar,?[ \t]+underskrift,?[ \t]+tjänsteställning:?[ \t]+"
               rf"(?P<first>{_SIGNER}){_PLACE_DAY}[ \t]+{_SIGNER},?[ \t]+(?-i:[a-zåäö])[\wåäö.-]*[ \t]+"
               rf"(?P<second>{_SIGNER})(?=[ \t]*(?:\n|$))"),
    # "Ordförande Sekreterare <chair> Protokolljustering <place> den <date> <secretary> Protokollet framlagt till
    # påseende <justerare> <place> den <date> <justerare> Intygar" (Saltvik)
    re.compile(rf"(?<![\w-])Ordförande:?[ \t]+Sekreterare:?[ \t]+(?P<chair>{_SIGNER})[ \t]+Protokolljustering:?{_PLACE_DAY}[ \t]+"
               rf"(?P<secretary>{_SIGNER})[ \t]+Protokollet[ \t]+framlagt[ \t]+till[ \t]+påseende:?[ \t]+(?P<first>{_SIGNER})"
               rf"{_PLACE_DAY}[ \t]+(?P<second>{_SIGNER})[ \t]+(?:Intygar|Utdragets)\b"),
    # "Paragrafer: Sekreterare: Ordförande: Justerare:. <secretary>. <chair> [36 och <chair>] <justerare>. <justerare>"
    # (Lysekil; the justerare's label may be lost)
    re.compile(rf"(?<![\w-])Sekreterare:[ \t]+Ordförande:(?:[ \t]+Justerare:)?\.?[ \t]+(?P<secretary>{_SIGNER})\.[ \t]+"
               rf"(?P<chair>{_SIGNER})(?:[ \t]+\d{{1,4}}(?:[ \t]*[-–][ \t]*\d{{1,4}})?[ \t]+och[ \t]+(?P<chair2>{_SIGNER}))?\.?[ \t]+"
               rf"(?P<first>{_SIGNER})\.[ \t]+(?P<second>{_SIGNER})(?=[ \t]+(?-i:[A-ZÅÄÖ]{{3,}})|[ \t]*(?:\n|$))"),
)


def signers_of_labels_first_form(view: str) -> Iterator[RoleFact]:
    """Chair, secretary and the two justerare of a signature form whose labels stand first and whose values follow
    row by row in two columns (`_SIGNING_FORMS`)."""
    for form in _SIGNING_FORMS:
        for m in form.finditer(view):
            for group, kind in (("chair", MeetingRoleKind.CHAIR), ("chair2", MeetingRoleKind.CHAIR),
                                ("secretary", MeetingRoleKind.SECRETARY), ("first", MeetingRoleKind.ADJUSTER),
                                ("second", MeetingRoleKind.ADJUSTER)):
                if group in form.groupindex and m.group(group) is not None:     # a second chair for some §§
                    yield RoleFact(m.group(group), m.start(group), m.end(group), kind, m.start(), m.end("second"))


def extract_meeting_roles(view: str, groups: Sequence[NameGroup]) -> Iterator[RoleFact]:
    """Chair and justerare named in sentences."""
    for g in groups:
        before = view[max(0, g.start - 80):g.start]
        after = view[g.end:g.end + 120]
        kinds = []
        labelled = (_BEFORE["adjuster"].search(before) or (_JUSTERING_FIELD.search(before) and len(g.names) >= 2)) \
            and not _AFTER["chair"].match(after) and not _official(after) and not _STACKED_ON_HEADING.search(before)
        if (_AFTER["adjuster"].match(after) and not _FORM_LABEL.match(after)) or labelled \
                or (re.search(r"(?:valde|utsåg|utser|väljer|utse|välja)\s*$", before, re.I) and _ADJUSTER_TAIL.match(after)) \
                or (_CHOSEN_FIRST.search(before) and _CHOSEN_TAIL.match(after)) \
                or (_CHOSEN_BESIDE.search(before) and _JUSTERA_AFTER.match(after)):
            kinds.append(MeetingRoleKind.ADJUSTER)
        acting = re.search(r"ålderspresident\w*\s*$", before, re.I)   # opens a constituting meeting only
        if len(g.names) == 1 and not acting and (_AFTER["chair"].match(after) and (_BEFORE["chair"].search(before) or
                                                                    re.match(r"\s*(?:öppnar|öppnade|oppnar)\s+(?:dagens\s+)?\w*(?:möte|mötet|sammanträdet)",
                                                                             after, re.I))
                                  or (_BEFORE["chair"].search(before) and re.search(r"öppna(?:s|des)\s+av", before, re.I))
                                  or (_CO_SIGNING_CHAIR.search(before) and _JUSTERAS.match(after))):
            kinds.append(MeetingRoleKind.CHAIR)
        if len(g.names) == 1 and (_AFTER["secretary"].match(after) or _BEFORE["secretary"].search(before)):
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


_ELECT_VERB = re.compile(r"(?:välja|väljer|valde|valt|utse|utser|utsåg|utsett)$", re.I)
_ELECT_VERB_SHORT = re.compile(r"\b(?:välja|utse)\b", re.I)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _elected_next(view: str, q0: int, s: int) -> bool:
    """Whether the sentence before a name (view[q0:s]) ends in an election verb ("att välja", "utsåg") or in
    "välja ... och" (the next name of a list). The same test as `\\b(?:välja|...)\\s*$` and
    `\\b(?:välja|utse)\\b[^.]*\\boch\\s*$` on the sentence, but read from its end: looked up, not scanned
    from the sentence start for every name of a long one."""
    end = s
    while end > q0 and view[end - 1].isspace():
        end -= 1
    verb = _ELECT_VERB.search(view, max(q0, end - 6), end)
    if verb is not None and (verb.start() == q0 or not _is_word_char(view[verb.start() - 1])):
        return True
    och = end - 3
    if och < q0 or view[och:end].lower() != "och" or (och > q0 and _is_word_char(view[och - 1])):
        return False
    dot = scan.boundaries(view, (".",))["."].last_before(och)
    return scan.first_span_within(view, _ELECT_VERB_SHORT, max(q0, dot + 1), och) is not None
_TO_ROLE = re.compile(r"^(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?(?:\s*,\s*[^,\n]{2,40}?,)?\s+till\s+(?:ny\s+)?", re.I)


def extract_elections_to(view: str, persons: Sequence[tuple[int, int, str]],
                         gaz: Gazetteer | None = None) -> Iterator[ElectionFact]:
    """"att välja A (M), X kommun, till ordförande och B (S) till vice ordförande för tiden ..."."""
    for index, (s, e, name) in enumerate(persons):
        q0, q1 = _sentence_bounds(view, s, e)
        if not _elected_next(view, q0, s):
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
        if not m or other_body_of_election(view, g) is not None:
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


# --------------------------------------------------------------------------- actors

ACTOR_EXTRACTOR = "rules.actors.v1"

#: Board role words written right before a name ("ordföranden X", "tjänstgörande ersättaren X").
_BOARD_ROLE = (r"(?:(?:förste|andre|tredje|första|andra|1:e|2:e|3:e)\s+)?vice\s+ordförande(?:n)?|ordförande(?:n)?|"
               r"(?:tjänstgörande|tjg\.?)\s+ers(?:ättare(?:n|na)?|\.)?|ersättaren|ersättarna|ledamoten|ledamöterna")
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[\s(:,]))(" + _BOARD_ROLE + r")\s+$", re.I)
_GENITIVE_BEFORE = re.compile(r"(\w{3,}s)[ \t]+$")
_NOT_GENITIVE = frozenset({"dels", "tillsammans", "därefter", "sedermera"})
_TAG = r"\(\s*(?:(?:båda|bägge|samtliga|alla)\s+)?[A-Za-zÅÄÖåäö]{1,5}\s*\)"
_ACTOR_JOIN = re.compile(r"^\s*(?:" + _TAG + r")?\s*(?:,|och|samt|&)\s*(?:(?:" + _BOARD_ROLE + r")\s+)?$", re.I)
_ACT_VERB = (
    r"yrka(?:r|de|t)|föreslå(?:r)?|föreslog|instämm(?:er|de)\s+i|biträd(?:er|de)|"
    r"ställ(?:er|de)\s+(?:\w+\s+){0,2}?proposition(?:er)?|ställ(?:er|de)\s+sig\s+bakom|"
    r"reserver(?:ar|ade|at)\s+sig|"
    r"anmä(?:ler|lde)\s+(?:att\s+)?(?:en\s+)?(?:skriftlig\s+)?(?:reservation|protokollsanteckning|jäv|särskilt\s+yttrande)|"
    r"lämna(?:r|de)\s+(?:en\s+)?(?:skriftlig\s+)?(?:reservation|protokollsanteckning|särskilt\s+yttrande)|"
    r"antecknar|antecknade|"
    r"(?:delta(?:r|ger)|deltog)\s+(?:inte|ej)\s+i\b|avst(?:år|od)\s+från\s+att\s+delta|"
    r"(?:ledde|leder)\s+(?:mötet|sammanträdet|förhandlingarna)|begär(?:de)?\s+(?:votering|omröstning)|"
    r"fråga(?:r|de)\s+om\s+(?:\w+\s+){1,2}(?:besluta|bifalla|anta|godkänna|avslå)|"
    r"hälsa(?:r|de)\s+(?:\w+\s+){0,3}välkomna?|avst(?:år|od)\s+från\s+att\s+rösta|"
    r"(?:förklara(?:r|de)|öppna(?:r|de))\s+(?:dagens\s+)?(?:mötet|sammanträdet)|"
    r"(?:utses|utsågs|väljs|valdes)\s+(?:att\s+)?(?:jämte\s+\w+\s+)?(?:till\s+)?(?:att\s+)?justera|"
    r"tjänstgör(?:de)?\s+(?:som\s+ersättare\s+)?(?:i\s+stället\s+)?för"
)
_ACT_AFTER = re.compile(r"^(?:\s*" + _TAG + r")?\s*(?:,\s*)?(?:(?:som|också|även|dock|därefter|härefter|sedan|först|"
                        r"slutligen|vidare)\s+)?((?-i:" + _ACT_VERB + r"))(?![\wåäö])", re.I)
_ACT_BEFORE = re.compile(r"(?:\bpå\s+förslag\s+(?:av|från)|\byrka(?:r|de)|(?:^|\n)\s*yrkanden?|"
                         r"\b(?:votering|omröstning)\s+begär(?:s|des)\s+av|\bjäv\s+anmäl(?:s|es|des|t)\s+av|\bmed\s+instämmande\s+av|"
                         r"\byrkanden?\s+framställ(?:s|des|ts?)\s+av|\bprotokollsanteckning(?:ar)?(?:\s+(?:av|från))?|"
                         r"\breservation(?:er)?(?:\s+mot\s+beslutet)?(?:\s+(?:lämnades|anmäldes))?(?:\s+(?:av|från))?)"
                         r"\s*:?\s*$", re.I)
#: A person who informs the meeting, their title or organisation set off by commas after the name ("Johan Ek, VD
#: Handelskammaren, informerar om ...", "Karl Ek, ordförande i kommittén informerar om", "Eva Berg redogör för",
#: "Lena Ek, sekreterare, går igenom ...", "Åsa Berg föredrar aktuella upphandlingar"; not "föredrar att": prefers).
_TELLS_AFTER = re.compile(r"^(?:\s*" + _TAG + r")?(?:\s*,\s*[^.,;:\n()]{2,70}?,?)?\s+"
                          r"((?-i:informera(?:r|de)\s+(?:om|från|kring)|redogö(?:r|r\s+för)|redogjorde\s+för|"
                          r"föredra(?:r|g)\s+(?!att\b)[a-zåäö]+|gå(?:r)?\s+igenom|gick\s+igenom|redovisa(?:r|de)\s+(?!att\b)[a-zåäö]+|"
                          r"presentera(?:r|de)\s+(?:sig|ärendet|arbetet|verksamheten)|rapportera(?:r|de)\s+(?:om|från)))"
                          r"(?![\wåäö])")
#: Written by the person, not done in the meeting: "Motion av X (M)", "initiativärende från X (SD)".
_AUTHORED = re.compile(r"\b(?:motion(?:en)?|\w*initiativ\w*|skrivelse(?:n)?|interpellation(?:en)?|fråga(?:n)?|"
                       r"medborgarförslag(?:et)?|e-förslag(?:et)?|(?:\w+)?yrkande(?:t)?|yttrande(?:t)?|"
                       r"särskilt\s+yttrande)\s+(?:av|från|väckt\s+av|ställd\s+av)\s+$", re.I)
#: The member a deputy serves for, who is absent: "X (M) ersättare för Y (M), deltar ej i beslut 156".
_REPLACED = re.compile(r"(?:\bför|\bi\s+stället\s+för|\bistället\s+för)\s+$", re.I)
#: Verbs by which a person only proposes when the text names their party or board role.
_NEEDS_TAG = re.compile(r"^föreslå|^föreslog", re.I)
_TAG_AFTER = re.compile(r"^\s*\(\s*(?:(?:båda|bägge|samtliga|alla)\s+)?([A-Za-zÅÄÖåäö]{1,5})\s*\)")
_UNNAMED_CHAIR = re.compile(r"(?:^|(?<=[.\n:]))\s*ordföranden\s+(?:ställ(?:er|de)\s+(?:\w+\s+){0,2}?proposition(?:er)?|"
                            r"(?:finner|fann)\s+att)", re.I)
_TAGGED_RUN = re.compile(r"((?:[A-ZÅÄÖ][a-zåäöéüøæ]+(?:-[A-ZÅÄÖ][a-zåäöéüøæ]+)?[ ]+){1,2}"
                         r"[A-ZÅÄÖ][a-zåäöéüøæ]+(?:-[A-ZÅÄÖ][a-zåäöéüøæ]+)?)\s*\(\s*([A-Za-zÅÄÖåäö]{1,5})\s*\)")


@dataclass(frozen=True, slots=True)
class ActorFact:
    """A person who acts in the meeting: proposes, yrkar, reserves, makes a note, puts the questions."""

    name: str
    start: int
    end: int
    act: str                        # the act verb as written ("yrkar", "reserverar sig", "på förslag av")
    role: str | None                # board role written before the name ("ordförande", "tjänstgörande ersättare")
    party_tag: str | None           # the party tag written after the name ("S", "fp")
    quote_start: int
    quote_end: int


def board_role(text: str) -> str:
    """The board role of a role word before a name ("Tjänstgörande ersättaren" -> "tjänstgörande ersättare")."""
    low = text.lower()
    if "vice" in low:
        return "vice ordförande"
    if low.startswith(("tjänstgörande", "tjg")):
        return "tjänstgörande ersättare"
    if low.startswith("ers"):
        return "ersättare"
    return "ordförande" if low.startswith("ordförande") else "ledamot"


def _role_before(view: str, start: int) -> str | None:
    """The board role word right before a name, unless it belongs to another body ("nämndens ordförande X")."""
    before = view[max(0, start - 60):start]
    m = _ROLE_BEFORE.search(before)
    if not m:
        return None
    gen = _GENITIVE_BEFORE.search(before[:m.start(1)])
    if gen and gen.group(1).lower() not in _NOT_GENITIVE:
        return None
    return board_role(m.group(1))


def _role_span_before(view: str, start: int) -> int:
    """Where a board role word before a name starts (the name's start if there is none)."""
    m = _ROLE_BEFORE.search(view[max(0, start - 60):start])
    return start - (len(view[max(0, start - 60):start]) - m.start(1)) if m else start


def group_actors(view: str, persons: Sequence[tuple[int, int, str]]) -> list[NameGroup]:
    """Names joined by list separators, a party tag or a board role in between ("X (V) och ordföranden Y (S)")."""
    groups: list[list[tuple[int, int, str]]] = []
    for p in persons:
        if groups and _ACTOR_JOIN.match(view[groups[-1][-1][1]:p[0]]):
            groups[-1].append(p)
        else:
            groups.append([p])
    return [NameGroup(tuple(g)) for g in groups]


def _party_tags(view: str, g: NameGroup) -> list[str | None]:
    """Each name's party tag; a tag after the last name only, of a group without other tags, is everyone's."""
    tags = []
    for _, e, _ in g.names:
        m = _TAG_AFTER.match(view[e:e + 16])
        tags.append(m.group(1) if m else None)
    shared = re.match(r"^\s*\(\s*(?:båda|bägge|samtliga|alla)\s", view[g.end:g.end + 16], re.I)
    if tags[-1] is not None and len(tags) > 1 and (shared or not any(tags[:-1])):
        tags = [tags[-1]] * len(tags)
    return tags


def _act_of(view: str, g: NameGroup) -> str | None:
    """The meeting act a name group does: a verb after it, or "på förslag av" before it."""
    lead = _role_span_before(view, g.start)
    before = view[max(0, lead - 60):lead]
    after = _ACT_AFTER.match(view[g.end:g.end + 160])
    if after:
        if _AUTHORED.search(before) or _REPLACED.search(before):
            return None
        return re.sub(r"\s+", " ", after.group(1))
    m = _ACT_BEFORE.search(before)
    if m:
        return re.sub(r"\s+", " ", m.group().strip(" :"))
    told = _TELLS_AFTER.match(view[g.end:g.end + 160])
    return re.sub(r"\s+", " ", told.group(1)) if told and len(g.names) <= 2 and not _AUTHORED.search(before) else None


def _act_bounds(view: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a name group; a line ending in "." or ":" also ends a sentence (one act a line)."""
    q0, q1 = _sentence_bounds(view, start, end)
    line = view.rfind("\n", q0, start) + 1
    if line > 0 and (not view[line:start].strip() or view[line - 2:line] in (".\n", ":\n")):
        q0 = line + len(view[line:start]) - len(view[line:start].lstrip())
    return q0, q1


def extract_actors(view: str, groups: Sequence[NameGroup]) -> Iterator[ActorFact]:
    """People who act in the meeting, with the board role and party tag written next to them."""
    for g in groups:
        act = _act_of(view, g)
        if act is None:
            continue
        tags = _party_tags(view, g)
        roles = [_role_before(view, s) for s, _, _ in g.names]
        if re.search(r"(?:na|rna)\s+$", view[max(0, g.start - 20):g.start]) and roles[0] is not None:
            roles = [r or roles[0] for r in roles]          # "ledamöterna X (M) och Y (L)"
        if _NEEDS_TAG.match(act) and not any(tags) and not any(roles):
            continue
        q0, q1 = _act_bounds(view, _role_span_before(view, g.start), g.end)
        for (s, e, name), role, tag in zip(g.names, roles, tags):
            yield ActorFact(name, s, e, act, role, tag, q0, q1)


def find_unnamed_chair_acts(view: str) -> list[tuple[int, int]]:
    """Sentences where the chair acts without a name ("Ordföranden ställer proposition på ...")."""
    out = []
    for m in _UNNAMED_CHAIR.finditer(view):
        word = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(_act_bounds(view, word, word + len("ordföranden")))
    return out


def _name_like(token: str) -> bool:
    """A capitalised word that may be part of a name: known, or rare as a Swedish word and no role or place."""
    if names_mod.is_first_name(token) or names_mod.is_surname(token):
        return True
    if _ROLE_BEFORE.search(token + " ") or names_mod.fold(token) in names_mod.load_places():
        return False
    return names_mod.clean_name(token) == token and \
        names_mod.load_word_zipf().get(token.lower(), 0.0) < names_mod.COMMON_WORD_ZIPF


def find_tagged_names(view: str, persons: Sequence[tuple[int, int, str]],
                      known_party: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Names the name lists lack, read by shape: two or three name-like words before a party tag that a
    meeting act or another tagged name follows ("Emmyly Ekström (C) yrkar", "Ada Öhrn (C), Bo Ek (L) ...")."""
    taken = bytearray(len(view) + 1)
    for s, e, _ in persons:
        taken[s:e] = b"\x01" * (e - s)
    out = []
    for m in _TAGGED_RUN.finditer(view):
        if not known_party(m.group(2)) or any(taken[m.start(1):m.end(1)]):
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        while words and not _name_like(words[0].group()):
            words.pop(0)
        if len(words) < 2 or not all(_name_like(w.group()) for w in words):
            continue
        rest = view[m.end():m.end() + 200]
        if not (_ACT_AFTER.match(view[m.end(1):m.end(1) + 160]) or re.match(r"\s*(?:,|och|samt)\s", rest)):
            continue
        s, e = m.start(1) + words[0].start(), m.end(1)
        out.append((s, e, names_mod.clean_name(view[s:e])))
    return sorted(out)


# --------------------------------------------------------------------------- elections to other bodies

_ELECT = r"(?:utses|utsågs|väljs|valdes|nomineras|nominerades)"
_BODY_WORD = re.compile(r"grupp|råd(?:et)?\b|forum|nämnd|styrelse|utskott|kommitt[eé]|beredning|delegation|bolag|"
                        r"\bAB\b|förening|stiftelse|förbund|fullmäktige|samråd|organ\b", re.I)
_OWN_BOARD = re.compile(r"^(?:styrelsen|förbundsstyrelsen|nämnden)$", re.I)
_BODY_END = re.compile(r"\s+(?:i\s+stället\s+för|istället\s+för|för\s+tiden|för\s+perioden|från\s+och\s+med|"
                       r"till\s+och\s+med|t\s*\.?\s*o\s*\.?\s*m|fr\s*\.?\s*o\s*\.?\s*m|efter|och\s+som|" + _ELECT +
                       r")\b|\s*[.,;:(]|\s*$", re.I)
_TO_ROLE_IN = re.compile(r"till\s+((?:(?:ny|nya|vice|förste|andre|tjänstgörande)\s+)?[a-zåäö]+"
                         r"(?:\s+(?:och|samt)\s+(?:vice\s+)?[a-zåäö]+)?)\s+i\s+", re.I)
#: "Till ledamöter i X utses A och B": the text before a name (another unknown name may come first).
_HEAD_TO_BODY = re.compile(r"(?:^|(?<=[:\n]))\s*(?:\d{1,2}\.\s*)?(?:[a-zåäö]+\s+)?(till\s+[^\n]*?(?:\n[^\n]*?){0,3})\s+" + _ELECT +
                           r"\s*:?\s*(?:(?:[A-ZÅÄÖ][\w\-]+\s+){1,4}(?:och|samt)\s+)?$", re.I)
_TILL = re.compile(r"till\s", re.I)
_HEAD_REACH = 2000
_TAIL_TO_BODY = re.compile(r"^(?:\s*" + _TAG + r")?\s*,?\s*" + _ELECT + r"\s+(?=till\s)", re.I)


@dataclass(frozen=True, slots=True)
class BodyElectionFact:
    """"Till ledamot i rådet för X utses A (S)": a post in another body, named in the text."""

    name: str
    start: int
    end: int
    role: str
    body: str
    quote_start: int
    quote_end: int
    party_tag: str | None = None


def _role_and_body(view: str, start: int, end: int) -> tuple[str, str] | None:
    """("ledamot", "rådet för äldrefrågor") of "till ledamot i rådet för äldrefrågor" in view[start:end]."""
    m = _TO_ROLE_IN.search(view, start, end)
    if not m or view[start:m.start()].strip():
        return None
    tail = view[m.end():end + 200]
    stop = _BODY_END.search(tail)
    body = re.sub(r"\s+", " ", tail[:stop.start() if stop else len(tail)]).strip()
    if not body or len(body) > 90 or not _BODY_WORD.search(body) or _OWN_BOARD.match(body):
        return None
    roles = find_roles(view, m.start(1), m.end(1))
    role = " och ".join(r.role for r in roles) if roles else re.sub(r"\s+", " ", m.group(1)).lower()
    return role, body


def other_body_of_election(view: str, g: NameGroup) -> tuple[str, str] | None:
    """The role and other body a name group is elected to, by either word order, or None."""
    q0, _ = _act_bounds(view, g.start, g.end)
    # the head names the body after "till": without one in the sentence, no need to read it; and of a long
    # sentence only its last _HEAD_REACH characters are read (each group read the whole sentence: quadratic)
    base = max(q0, g.start - _HEAD_REACH)
    head = None
    if scan.first_span_within(view, _TILL, base, g.start):
        # a cut head starts with "#", which no head can start with, so "^" cannot match at the cut
        head = _HEAD_TO_BODY.search(view[q0:g.start] if base == q0 else "#" + view[base:g.start])
        base -= 0 if base == q0 else 1
    if head:
        return _role_and_body(view, base + head.start(1), base + head.end(1))
    tail = _TAIL_TO_BODY.match(view[g.end:g.end + 40])
    if tail:
        return _role_and_body(view, g.end + tail.end(), g.end + tail.end() + 160)
    return None


def extract_body_elections(view: str, groups: Sequence[NameGroup]) -> Iterator[BodyElectionFact]:
    """People elected to other bodies ("X (M) utses till representant i kontaktforum för Y")."""
    for g in groups:
        found = other_body_of_election(view, g)
        if found is None:
            continue
        q0, q1 = _act_bounds(view, g.start, g.end)
        for (s, e, name), tag in zip(g.names, _party_tags(view, g)):
            yield BodyElectionFact(name, s, e, found[0], found[1], q0, q1, tag)
