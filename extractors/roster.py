"""Who sat on the board, for whom, in what role, and whether they attended: the record grammar.

Reading a roster has three stages, each tested alone: `layout.recover_lines` gives flattened or
wrapped text its logical lines back (same length), `items.find_items` turns a line into typed items
(person, organisation, role, party tag, mark, § reference, substitute), and this module reads the
item sequences as records: headings set a block's default role and presence ("Ordinarie ledamöter /
Ersättare / Frånvarande / Övriga", clipped or stacked), a table header row gives mark columns their
meaning, every item attaches to the person of its line (or a role column zips onto the names), and
signature lines ("Anna Berg, ordförande", labels over names) name the chair, secretary and justerare.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby, islice, takewhile

from rapidfuzz.distance import Levenshtein

from samgraf.extractors import dates as dates_mod
from samgraf.extractors import names as names_mod
from samgraf.extractors.gazetteer import Gazetteer, slugify
from samgraf.extractors.items import BOARD_ROLES as BOARD_ROLES
from samgraf.extractors.items import MEMBER_KINDS as MEMBER_KINDS
from samgraf.extractors.items import NOT_SERVING as _NOT_SERVING
from samgraf.extractors.items import Item as Item
from samgraf.extractors.items import Line as Line
from samgraf.extractors.items import _BARE_PARTY_TAGS, EMPTY_GROUP, GROUP, JUSTERING_LABEL, PLACE_AFTER_LABEL, SEATS_NOTE, \
    TAG_BETWEEN_NAMES, TAG_THEN_ROLE, _PARTY, _PROSE_END, _plausible_unknown_name, names_in_runs, writes_surname_first
from samgraf.extractors.items import find_items as find_items
from samgraf.extractors.items import split_lines as split_lines
from samgraf.extractors.names import name_key as names_key
from samgraf.extractors.normalize import CHECKED, UNCHECKED, fold
from samgraf.extractors.roles import SIGNATURE_LABELS, find_roles, normalize_role
from samgraf.extractors.scan import ForwardSearch, LineIndex
from samgraf.model import Org, OrgKind, Party

EXTRACTOR = "rules.roster.v1"

_PRESIDIUM = ("ordförande", "vice ordförande")


@dataclass(frozen=True, slots=True)
class BlockKind:
    """What a roster heading says about the people under it."""

    role: str | None          # default role ("ledamot", "ersättare") or None
    present: bool | None      # True present, False absent, None not told
    notice: bool = False      # a meeting notice (kallelse): never attendance
    voting: bool = False      # "Beslutande": the people under it vote, so a deputy among them serves
    beside: bool = False      # a column of the deputies who served beside the members': a row after an absent member
    #                           is that member's deputy


#: A vice chair's seat as a front labels it ("2:e vice ordförande", "förste vice ordförande").
_VICE_CHAIR = r"(?:(?:\d:e|förste|andre)\s+)?vice\s+ordförande"
_HEADINGS: tuple[tuple[str, BlockKind], ...] = (
    (r"(?:beslutande(?:\s+ledamöter)?|(?:närvarande\s+)?ledamöter)\s+(?:och|samt)\s+tjänstgörande\s+ersättare",   # those who vote,
     BlockKind(None, True, voting=True)),                                                    # deputies among them
    (r"(?:ordinarie\s+)?ledamöter[ \t]*:?[ \t]+(?:tjänstgörande\s+)?ersättare\s+(?:vid|på|under)\s+(?:detta|dagens)\s+"
     r"(?:sammanträde|möte)",             # "Ordinarie ledamöter: ersättare vid detta sammanträde:": two columns, the
     BlockKind("ledamot", True, beside=True)),     # members and the deputies who served for the absent ones
    (r"(?:övriga\s+)?beslutande\s+ledamöter|beslutande\s+ordinarie(?:\s+ledamöter)?",   # members who vote: a
     BlockKind("ledamot", True, voting=True)),                        # deputy listed among them serves; "Övriga
    (r"övriga\s+beslutande", BlockKind(None, True, voting=True)),     # beslutande (ledamöter)": the rest of them
    (r"(?:närvarande\s+)?(?:ordinarie\s+)?(?:styrelse)?ledamöter(?:\s+närvarande)?|[öo]vriga\s+ledamöter|"
     r"(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:ens|ets|s)\s+ledamöter|(?-i:[A-ZÅÄÖ]{2,4})\s+ledamöter(?=[ \t]*:)|"   # "FS ledamöter:"
     r"ordinarie(?:\s+ledamöter|\s+medlemmar)?|ledamöter(?:na)?|(?:närvarande\s+)?medlemmar(?=[ \t]*:)",
     BlockKind("ledamot", True)),
    (r"(?:förtroendevalda\s+)?(?:ej|icke)\s+beslutande\s+ersättare", BlockKind("ersättare", True)),
    (r"vice\s+ordföranden", BlockKind("vice ordförande", True)),      # a company board's "Vice ordföranden Per Ek (s)"
    (r"ordföranden", BlockKind("ordförande", True)),
    (rf"{_VICE_CHAIR}(?=[ \t]*:[^\n,:]{{3,60}}\()", BlockKind("vice ordförande", True)),
    (r"ordförande(?=[ \t]*:[^\n,:]{3,60}\()", BlockKind("ordförande", True)),    # a front's "Ordförande: Ek Eva (S)"
    #                                                                      (a signature's "Ordförande: Eva Ek" is no seat)
    (r"förtroendevalda\s+(?:ej|icke)\s+beslutande|(?:ej|icke)\s+beslutande", BlockKind(None, True)),
    (r"röstlängd|närvarande\s*/\s*beslutande|närvarande\s+och\s+beslutande(?:\s+ledamöter)?|beslutande\s*/\s*närvarande|närvarande\s+beslutande|förtroendevalda\s+beslutande|beslutande(?:\s+[a-zåäö]+representanter|\s+förtroendevalda)?",
     BlockKind(None, True, voting=True)),
    (r"tjänstgörande\s+ersättare|tjg\.?\s+ersättare(?=[ \t]*$)|beslutande\s+ersättare|"     # "Tjg ersättare: Eva Ek"
     r"(?-i:T)jänstgörande(?=[ \t]*:?[ \t]+(?-i:[A-ZÅÄÖ]))",                              # a bare "Tjänstgörande"
     BlockKind("tjänstgörande ersättare", True)),                                          # labels one row
    (r"(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:ens|ets|s)\s+ersättare|(?-i:[A-ZÅÄÖ]{2,4})\s+ersättare(?=[ \t]*:)|suppleant(?:er|erna)",
     BlockKind("ersättare", True)),
    (r"(?:närvarande\s+|(?:övriga\s+)?(?:ej|icke)\s+(?:tjänstgörande|tjg\.?)\s+|passiva\s+|personliga?\s+|övriga\s+)?ers[äa]t{1,2}are"
     r"(?:\s+närvarande|,?\s+(?:ej|icke|inte)\s+tjänstgörande|\s+och\s+övriga(?:\s+deltagare|\s+närvarande)?)?|(?:ej|icke)\s+tjänste?görande(?=[ \t]*(?:[:;]|$|(?-i:[A-ZÅÄÖ]{1,3})[ \t]*$))|"
     r"närvarande,?\s+(?:ej|icke)\s+(?:tjg|tjänstgörande)\s+ers(?:ättare|\.)?|närvarande\s+ers\.?(?=[ \t]*(?::|$))",
     BlockKind("ersättare", True)),
    (r"frånvarande\s+ersättare|ej\s+närvarande\s+ersättare|ersättare\s+med\s+förhinder", BlockKind("ersättare", False)),
    (r"frånvarande\s+(?:ordinarie\s+)?ledamöter|ej\s+närvarande\s+ledamöter", BlockKind("ledamot", False)),
    (r"frånvarande|anmält\s+förhinder|meddelat\s+förhinder|förhindrade(?=[ \t]*:)|förhinder|ej\s+närvarande|inte\s+närvarande|avbud",
     BlockKind(None, False)),
    (r"(?:[öo]vriga\s+(?:deltagare|deltagande|närvarande)|närvarande|deltagare),?\s+delvis|delvis\s+närvarande",
     BlockKind(None, None)),            # "Övriga deltagare, delvis": each there for part of the meeting
    (r"[öo]vriga(?:\s+närvarande|\s+deltagare)?(?:\s+tjänstepersoner)?|[öo]vrig\s+(?:närvarande|deltagare)|närvarande\s+övriga|dessutom\s+närvarande|dessutom(?=[ \t]*:)|"
     r"tjänstepersoner|tjänstemän|adjungerade?|gäster|inbjudna|övriga\s+deltagare|övriga\s+deltagande|"
     r"deltagande(?=[ \t]*:)|förteckning\s+över\s+(?:övriga\s+)?(?:deltagande|deltagare|närvarande)|"
     r"närvarande\s+tjänstepersoner|närvarande\s+tjänstemän|ej\s+tjänstgörande\s+ersättare\s+närvarande|"
     r"närvarorätt(?:\s+enligt\s+särskilt\s+beslut)?|insynsplats(?:er)?|konsult(?:er)?(?=[ \t]*:)|politiska\s+sekreterare|sekretariatet|verkställande\s+direktören|personalrepresentant(?:en|erna|er)?|arbetstagarrepresentant(?:en|erna|er)?|arbetstagarrepr\.?|personalföreträdare(?:n|na)?|fackliga\s+(?:företrädare|representanter)|kansliet|kansli|förbundets\s+kansli|tjänstepersoner\s+från\s+kansliet|från\s+kansliet|gäst|yttranderätt",
     BlockKind(None, True)),
    (r"närvarande(?:\s+ledamöter)?|närvarolista|närvaroförteckning|närvaro|uppropslista|upprop|deltagare|medverkande|"
     r"förtroendevalda(?=[ \t]*:)", BlockKind(None, True)),       # "Förtroendevalda: Beslutande: Ej beslutande:"
    (r"kallade(?:\s+styrelseledamöter)?|kallelse\s+till", BlockKind(None, None, notice=True)),
)
#: A parenthesis after a heading: a short note ("(ej tjänstgörande)") or a legend of marks, which runs longer
#: ("(J = närvarande, – = ej närvarande, T = tjänstgör)").
_HEADING_NOTE = r"\((?:[^)\n]{1,40}|[^)\n=]{0,40}=[^)\n]{1,80})\)"
#: Whose seats a heading lists, closing its line ("Ej närvarande, ordinarie/ersättare").
_SEATS_NOTE = rf"(?:{SEATS_NOTE}(?=[ \t]*$))?"
#: Lower-case words that qualify a heading of those who hold no seat, on a line of its own ("Inbjudna politiskt
#: valda revisorerna"); not a sentence ("Närvarande var samtliga ledamöter").
_QUALIFIER = (r"|[ \t]+(?=(?!(?:var|voro|är|hade|har|samtliga|alla|enligt|se|inga|ingen)\b)"
              r"(?![^\n]*\b(?:ordförande|ordf|ledamot|ledamöter|ersättare|sekreterare|justerare|tjänstgör\w*)\b)"
              r"(?-i:[a-zåäö]+)"
              r"(?:[ \t]+(?-i:[a-zåäö]+)){0,3}[ \t]*:?[ \t]*$)"
              #: or a note after a comma that closes the line ("Beslutande, gäller både för § 12 (direktjusterad) och
              #: §§ 13-40", its numbers lost): which §§ the list is for
              r"|[ \t]*,[ \t]+(?-i:[a-zåäö§])(?![^\n]*\b(?:ordförande|ordf|ledamot|ledamöter|ersättare|sekreterare|"
              r"justerare|tjänstgör\w*|delvis)\b)[^\n]{0,60}$")


def _heading_re(pat: str, kind: BlockKind) -> re.Pattern[str]:
    """A heading and what may follow it on its line: a colon, the line's end, a column gap, a party's letters, a
    name, a row's label and its leader ("FRÅNVARANDE Ersättare ..... Hamid Ek"); for a heading of those who hold
    no seat, lower-case words that qualify it."""
    qualifier = _QUALIFIER if kind.role is None else ""
    return re.compile(rf"^[ \t|]*(?:\*[ \t]*)?(?:{pat})(?:[ \t]*{_HEADING_NOTE})?{_SEATS_NOTE}(?:[ \t]*(?::|;(?=[ \t]*$)|\t|$)|[ \t]{{3,}}(?=\S)|"
                      rf"[ \t]+(?=(?-i:[A-ZÅÄÖ]{{1,3}})[ \t]*$)|"
                      rf"[ \t]+(?=(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+(?:(?:von|af|de|van|der)[ \t]+)?"
                      rf"[A-ZÅÄÖ]))|"
                      rf"[ \t]+(?=[a-zåäö]+(?:[ \t]+[a-zåäö]+)?[ \t]*(?:\.{{3,}}|…)){qualifier})", re.IGNORECASE)


_HEADING_RE = [(_heading_re(pat, kind), kind) for pat, kind in _HEADINGS]
_HEADER_WORDS = {
    "namn": "name", "närvarande": "present", "närv": "present", "närvaro": "present", "ja": "present",
    "närv.": "present", "nej": "absent", "frånvarande": "absent", "frånvaro": "absent", "beslutande": "voting", "tjänstgör": "voting",
    "tjänstgörande": "voting", "reservation": "reservation", "anteckningar": "note", "anteckning": "note",
    "kommentar": "note", "roll": "role", "funktion": "role", "uppdrag": "role", "tillhörighet": "org",
    "representerar": "org", "organisation": "org", "part": "org", "parti": "party", "ersättare": "deputy",
    "ledamot": "member", "ledamöter": "member", "svar": "answer", "status": "present", "närvaro/frånvaro": "present",
    "kl": "time", "kl.": "time", "tid": "time", "uppg": "role", "uppg.": "role", "uppgift": "role",
    "n": "present", "f": "absent",     # "LEDAMÖTER N F Tjänstgörande ersättare N": närvarande, frånvarande
}
#: The leader of a form's empty field, dots, underscores or ellipsis characters ("Sekreterare ………").
_LEADER = r"(?:[.…_]{5,}|…{2,}[.…_]*)"
_STOP = re.compile(r"^[ \t]*(?:(?:utses|utsågs|valdes|väljs|utsedda?)\s+(?:att\s+)?justera|justeringens|(?:protokolls?)?juster(?:are|ande)\s*:|"
                   r"justeras\b|(?:protokolls?)?juster(?:are|ande)[ \t]+justeringens\b|underskrift|(?:elektronisk|digital)a?\s+(?:underskrift|signering|justering|"
                   r"protokolljustering)|vid\s+protokollet|sekreterare\s*:|(?:\d{1,3}[ \t]+)?§\s*\d|tid\s+och\s+plats|tid\s*:|"
                   r"datum\s*:|plats\s*:|justering|paragrafer|"
                   r"ärendeförteckning|dagordning|protokoll\b|beslut\b|ärende\b|totalt\b|summa\b|för\s+kännedom|sändlista|"
                   rf"(?:\d{{1,3}}[ \t]+)?(?:{SIGNATURE_LABELS})[ \t]*{_LEADER}[ \t]*$)", re.IGNORECASE)


@dataclass(slots=True)
class Record:
    """A person and the items that describe them, within one block."""

    person: Item
    block: BlockKind
    header: dict[int, str]
    items: list[Item] = field(default_factory=list)
    signature: bool = False
    first_section: int | None = None   # the meeting's first §, for "from 49" / "§ 159" attendance
    crossed_table: bool = False        # under a flattened header row whose table has crosses in some row
    crosses_present: bool = False      # a cross without a header means present (absent rows say so in words)
    presence_column: bool = False      # under a "Närvaro" / "Tjg" column: a cross is present, no cross absent
    lead_mark: str | None = None       # in a table of marks before names: "X" present, "-" absent, "" not told
    serves: bool = False               # in a deputies' column, beside the absent member the deputy served for

    @property
    def span(self) -> tuple[int, int]:
        starts = [self.person.start] + [i.start for i in self.items]
        ends = [self.person.end] + [i.end for i in self.items]
        return min(starts), max(ends)

    @property
    def fact_span(self) -> tuple[int, int]:
        """The span of the person, party, organisation and role items (not the attendance marks)."""
        kept = [i for i in self.items if i.kind not in ("mark",) and i.end > i.start]
        return min([self.person.start] + [i.start for i in kept]), max([self.person.end] + [i.end for i in kept])


#: A page's head before a heading on the same line: the page's number, the body and date, the page count
#: ("2 Kommunala pensionärsrådet 10 april (10) Ej tjänstgörande").
_PAGE_HEAD_THEN = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+(?:[^()\n]{0,80}?[ \t])?\(\d{1,3}\)|"
                             r"[^()\n]{0,80}?[ \t]\d{1,3}\(\d{1,3}\)|"    # "... 2014-05-27 2(7) "
                             r"(\d{1,3})[ \t]+\1(?=[ \t]+(?-i:[A-ZÅÄÖ])))[ \t]+(?=\S)")  # "2 2 ": a page's number twice


def _heading_after_page_head(line: str) -> tuple[BlockKind, int] | None:
    """A heading that ends a page's head line, its names on the lines below."""
    head = _PAGE_HEAD_THEN.match(line)
    late = heading_kind(line[head.end():]) if head else None
    if head is None or late is None or line[head.end() + late[1]:].strip(" \t:"):
        return None
    return late[0], len(line)


def heading_kind(line: str) -> tuple[BlockKind, int] | None:
    """The block kind a roster heading line opens, and where its inline content starts; a heading
    whose first letters a converter clipped ("rande ledamöter", "iga:") is read as the whole word."""
    folded = line.replace("\u00a0", " ")
    for regex, kind in _HEADING_RE:
        m = regex.match(folded)
        if m:
            return kind, m.end()
    clipped = re.match(r"[ \t]*([a-zåäö]{4,}(?=[ \t:]|$)|[a-zåäö]{3}(?=[ \t]+(?:deltagande|närvarande|ledamöter|ersättare)\b))",
                       folded)             # three letters only before a heading's second word ("iga deltagande")
    if clipped is None:
        return None
    for word in _HEADING_WORDS:
        if word.endswith(clipped.group(1)) and word != clipped.group(1):
            grown = folded[:clipped.start(1)] + word[:-len(clipped.group(1))] + folded[clipped.start(1):]
            for regex, kind in _HEADING_RE:
                m = regex.match(grown)
                if m:
                    return kind, m.end() - (len(grown) - len(folded))
    return None


#: The heading words a clipped heading may be the end of, in the order they are tried: a bare "ande" is "Beslutande",
#: the cover's first roster field, where converters clip it ("2012, ande Åsa Ek (S), ordförande, ...").
_HEADING_WORDS = ("beslutande", "närvarande", "ledamöter", "ordinarie", "ersättare", "tjänstgörande", "övriga",
                  "frånvarande", "tjänstemän", "tjänstepersoner", "deltagare", "förhinder")


ALIGNED = 100_000                # header keys at or above this are character positions of aligned columns
_HEADER_FOLDED = {fold(word): meaning for word, meaning in _HEADER_WORDS.items()}
_HEADER_HINT = re.compile(r"namn|n[aä]rv|beslutande|tj[aä]nstg|nej|frånvar|franvar|ers[aä]ttare|tillh|funktion|"
                          r"organisation|parti\b|part\b|roll\b|uppdrag|anteckning|reservation|ledam|svar|status", re.IGNORECASE)


def parse_header(line: str) -> dict[int, str] | None:
    """Column meanings of a table header row ("Namn<TAB>Närvarande<TAB>Beslutande", "Nej<TAB>Ja"), also after
    a page's furniture on the same line ("2 Sid2(11) Uppropslista Namn Närvarande Beslutande")."""
    found = _header_cells(line)
    if found is None and "\t" not in line and _NAME_COLUMN.search(line, 1, _HEADER_PREFIX + 6) is None:
        return _seats_header_after_title(line)
    if found is not None or "\t" in line:
        return found
    first = next((m for m in re.finditer(r"\S+", line[:_HEADER_PREFIX + 1])
                  if m.start() and _HEADER_FOLDED.get(fold(m.group(0).strip(" :"))) == "name"), None)
    if first is not None and re.search(r"[ \t][-–Xx][ \t]*$", line[:first.start()]):
        return None                     # "Linda Ek - Namn Närv. Funktion": a row's mark, then the next table's header
    tail = None if first is None else _header_cells(line[first.start():])
    if tail is None or len(tail) < 3:
        return None
    return {key + first.start() if key >= ALIGNED else key: meaning for key, meaning in tail.items()}


#: How much of a line may come before a header row's name column (a page number, "Sid2(11)", a title).
_HEADER_PREFIX = 40
_NAME_COLUMN = re.compile(r"(?<=\s)Namn\b", re.IGNORECASE)
#: A title written with its letters spaced out ("N Ä R V A R O L I S T A").
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[A-ZÅÄÖ] ){3,}[A-ZÅÄÖ](?!\S)")
#: A seat column's word opening a table's header row ("Ordinarie ledamot Närv Ersättare Närv").
_SEAT_COLUMN = re.compile(r"(?<=\s)(?:Ordinarie[ \t]+)?(?i:ledamot|ledamöter)\b")


def _seats_header_after_title(line: str) -> dict[int, str] | None:
    """A header row of seat and presence columns after the page's head and the list's title on the same line
    ("2 (55) N Ä R V A R O L I S T A KF Ordinarie ledamot Närv Ersättare Närv"): the columns by order, or None."""
    squeezed = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)
    seat = _SEAT_COLUMN.search(squeezed, 1, _HEADER_PREFIX + 10)
    tail = _header_cells(squeezed[seat.start():]) if seat is not None else None
    if tail is None or len(tail) < 4 or max(tail) >= 0 or "present" not in tail.values() or \
            tail[max(tail)] != "member":
        return None
    return tail


def _header_cells(line: str) -> dict[int, str] | None:
    if len(line) > 200 or not _HEADER_HINT.search(line):
        return None
    if "\t" in line:
        cells = [(col, cell) for col, cell in enumerate(line.split("\t"))]
    else:
        cells = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", line)]
    found: dict[int, str] = {}
    folded = [fold(cell.strip(" :")) for _key, cell in cells]
    for k, (key, cell) in enumerate(cells):
        if folded[k] == "tjanstgorande" and folded[k + 1:k + 2] == ["ersattare"] and "namn" not in folded and \
                any(word.startswith("narv") or word == "n" for word in folded):
            continue                    # "Ledamöter Parti Tjänstgörande ersättare Närv.": one column, the deputy's
            #                             name beside the member's, under a presence column (not "Namn
            #                             Tjänstgörande Ersättare": two marks)
        meaning = _HEADER_FOLDED.get(folded[k])
        if meaning and len(folded[k]) == 1 and "=" in line:
            continue                    # "Närvarande = N Frånvarande = F": a legend's codes, the rows' marks
        if meaning:
            found[key] = meaning
    nonempty = [c for _, c in cells if c.strip()]
    if len({fold(c.strip(" :")) for c in nonempty}) * 2 < len(nonempty):
        return None                     # "ordförande ledamot ledamot ledamot ...": a role column, not a header
    if "time" in found.values() and not re.search(r"(?i)(?<![\w-])n[aä]rv", line):
        return None                     # "Protokoll 1/ Namn kl. Uppg": a title's words; a table of hours has a
        #                                 presence column ("Namn kl. Uppg Närv.")
    if set(found.values()) <= {"member", "deputy"} and len(found) > 1:
        return None                     # "Ledamöter      Ersättare": two roster headings side by side
    if len(found) < 2 or len(found) < 0.6 * len(nonempty) or \
            not ({"present", "absent", "voting", "deputy", "member", "org", "name"} & set(found.values())):
        return None
    if "\t" in line:
        return found
    if (re.search(r"\s(?:och|samt)\s", line) or re.match(r"[ \t]*(?i:närvarande),?[ \t]+(?:ej|icke)\s", line)) and \
            not re.search(r"\S {2,}\S", line):
        return None                     # "Beslutande och tjänstgörande ersättare", "Närvarande ej tjänstgörande
        #                                 ersättare": a heading phrase, not a header row
    if len(re.findall(r"\S {2,}\S", line)) >= len(found) - 1:
        return {ALIGNED + pos: meaning for pos, meaning in found.items()}     # columns by position
    if len(found) == 2 and set(found.values()) == {"present", "absent"} and len(nonempty) == 2:
        return {-1 - col: meaning for col, meaning in enumerate(found.values())}    # "Nej Ja" over checkboxes
    if len(found) < 3:
        return None                     # "Närvarande ledamöter": a heading phrase, not a header row
    return {-1 - col: meaning for col, meaning in enumerate(found.values())}


def _name_then_cells(line: Line, items: list[Item]) -> bool:
    """Whether a line opens with a person (after marks or a bullet) whose name a comma closes: a roster row."""
    first = items[0] if items else None
    if first is None or first.kind != "person" or first.offset is None:
        return False
    after = line.text[first.offset + (first.end - first.start):]
    return not line.text[:first.offset].strip(" \t☒☐-•*") and _TAG_THEN_COMMA.match(after) is not None


def _name_then_title(line: Line, items: list[Item]) -> bool:
    """Whether a line opens with a person and their title right after the name, without a comma ("Arne Ek direktör
    för verksamhetsstöd t.o.m. 108"): a roster row."""
    if len(items) < 2 or items[0].kind != "person" or items[1].kind not in ("role", "title") or items[0].offset is None:
        return False
    between = line.text[items[0].offset + (items[0].end - items[0].start):items[1].offset]
    return not line.text[:items[0].offset].strip(" \t☒☐-•*") and re.fullmatch(r"[ \t]+(?:tf\.?[ \t]+)?", between) is not None


#: What closes a row's name: a comma, after the party's tag if the row has one ("Gunvor Berg (MP), representerar")
#: and the §§ the person attended ("Nils Ek 169 och 173, personalchef").
_TAG_THEN_COMMA = re.compile(r"(?:[ \t]*\([^()\n]{1,6}\))?(?:[ \t]+\d{1,4}(?:(?:[ \t]*[-–,][ \t]*|[ \t]+och[ \t]+)\d{1,4})*)?"
                             r"[ \t]*,")


#: A title in parentheses right after a name ("Anna Ek (chef ekonomi och bitr. förvaltningschef)"): the row's cell.
_TITLE_IN_PARENS = re.compile(r"[ \t]*\((?-i:[a-zåäö])[^()\n]{2,80}\)")


#: What fills a row's attendance columns besides its marks: times ("Kl. 09.00-09.45; 10.30-12.00"), bare dashes,
#: and an empty seat ("Vakant plats").
_ROW_FILLER = re.compile(r"(?<!\S)(?:(?:kl\.?[ \t]*)?\d{1,2}[.:]\d{2}[ \t]*[-–][ \t]*\d{1,2}[.:]\d{2}[;,]?|[-–]|"
                         r"vakant(?:[ \t]+plats)?|vakans)(?!\S)", re.IGNORECASE)


#: A note in brackets on a roster row, with the clock word its time lost ("Kl (Med under föredragningar samt
#: beslut för 19)").
_ROW_NOTE = re.compile(r"(?:\bkl\.?[ \t]*)?\([^()\n]{2,80}\)", re.IGNORECASE)
#: The words of a note of when a row's person sat, their times lost or kept ("närv kl närv fr o m kl 10.25, , tjg
#: t o m kl 10.40, 123").
_PRESENCE_NOTE = re.compile(r"(?<!\S)(?:närv|tjg|frånv|fr|o|m|t|kl\.?|\d{1,2}[.:]\d{2},?|\d{1,3},?|,)(?!\S)")


def _titles_person(line: Line, items: list[Item], k: int) -> bool:
    """Whether items[k], a title, follows a person with nothing between ("Anna Ek Kävlingeåns vattenråd"): the row's
    own affiliation, not prose around a name."""
    if k == 0 or items[k - 1].kind != "person" or items[0].kind != "person" or \
            line.text[:items[0].start - line.start].strip():
        return False                    # (in a row that opens with its name)
    return not line.text[items[k - 1].end - line.start:items[k].start - line.start].strip(" \t,")


def _is_prose(line: Line, items: list[Item]) -> bool:
    words = line.text.split()
    if not words:
        return False
    persons = sum(i.kind == "person" for i in items)
    if (_name_then_cells(line, items) or _name_then_title(line, items)) and _SENTENCE_VERB.search(line.text) is None \
            and len(words) <= 14 * max(1, persons):     # two rows a line ("Eva Ek, chef §§ 79-80 a-b), 84 Per Ås, ...")
        return False                    # "Helena Hager, avd.chef Livsmedel o åldersbegr.varor & Hälsoskydd"
    cells = line.text.count(",") >= 2 and any(i.kind == "person" for i in items)   # "Name, title, org, title."
    covered = sum(len(re.sub(r"\s", "", str(i.value) if i.kind == "person" else "x" * (i.end - i.start)))
                  for k, i in enumerate(items) if i.kind != "title" or cells or _titles_person(line, items, k))
    covered += sum(len(re.sub(r"\s", "", m.group(0))) for i in items if i.kind == "person"
                   if (m := _TITLE_IN_PARENS.match(line.text, i.end - line.start)))
    covered += sum(len(re.sub(r"\s", "", m.group(0))) for m in _ROW_FILLER.finditer(line.text))
    if items and items[0].kind == "person" and not line.text[:items[0].start - line.start].strip():
        covered += sum(len(re.sub(r"\s", "", m.group(0))) for m in _ROW_NOTE.finditer(line.text, items[0].end - line.start))
        covered += sum(len(m.group(0)) for m in _PRESENCE_NOTE.finditer(line.text, items[0].end - line.start))
    content = len(re.sub(r"\s", "", line.text))
    return (len(words) >= 8 and covered < content * 0.5) or (_PROSE_END.search(line.text) is not None
                                                                and not any(i.kind == "person" for i in items)) \
        or (_SENTENCE_VERB.search(line.text) is not None and len(words) >= 4)


@dataclass(slots=True)
class _Reader:
    """Walks the lines of one block and groups items into records."""

    block: BlockKind
    header: dict[int, str]
    records: list[Record] = field(default_factory=list)
    open_queue: list[Record] = field(default_factory=list)
    column_run: list[Record] = field(default_factory=list)   # names listed as a column, zipped per column
    column_pos: int = 0
    column_kind: str = ""
    segment_start: int = 0                                   # first record under the current (sub)heading
    view: str = ""                                           # the text, where a rule reads what lies between items

    def new(self, person: Item) -> Record:
        rec = Record(person, self.block, self.header)
        self.records.append(rec)
        return rec

    def feed(self, items: list[Item]) -> None:
        persons = [i for i in items if i.kind == "person"]
        attrs = [i for i in items if i.kind != "person"]
        if persons:
            self.column_run, self.column_pos, self.column_kind = [], 0, ""
        if len(persons) == 1 and self._column_after_last(items):
            return
        if len(persons) == 1:
            rec = self.new(persons[0])
            rec.items.extend(attrs)
            if attrs:
                self.open_queue = []
            else:                       # in place: a new list per name was quadratic in a long list of names
                self.open_queue.append(rec)
            return
        if not persons:
            if not self._item_heading(attrs):
                self._attach_orphans(attrs)
            return
        self._feed_many(items, persons)

    def _item_heading(self, attrs: list[Item]) -> bool:
        """A line under the rows that is an item's heading, its § sign lost ("12 SAMMANKALLANDE OCH BESLUTFÖRHET, VAL
        AV PROTOKOLLJUSTERARE"): the role words in its title are nobody's."""
        if not attrs or not self.view:
            return False
        return _ITEM_HEADING.match(self.view, self.view.rfind("\n", 0, attrs[0].start) + 1) is not None

    def _column_after_last(self, items: list[Item]) -> bool:
        """A column of names and the column of their titles flattened, the names each given a line
        of their own and the titles left after the last ("Sofia Ek förbundschef ekonom" under "Per
        Holm"): the titles zip onto the names from the first that has none. Only titles and roles
        with nothing but spaces between them: "ledamot, ordförande" is one person's."""
        cells = items[1:]
        if (not self.view or items[0].kind != "person" or len(cells) < 2 or not self.open_queue
                or len(cells) > len(self.open_queue) + 1 or any(i.kind not in ("role", "title") for i in cells)):
            return False
        if any(self.view[a.end:b.start].strip() for a, b in zip(items, cells)):
            return False
        self.open_queue.append(self.new(items[0]))
        self._attach_orphans(cells)        # as if the titles stood on a line of their own under the names
        return True

    def _feed_many(self, items: list[Item], persons: list[Item]) -> None:
        role_first = _roles_lead(items, persons)
        current: Record | None = None
        pending: list[Item] = []
        new_records = []
        for item in items:
            if item.kind == "person":
                current = self.new(item)
                new_records.append(current)
                if role_first:
                    current.items.extend(pending)
                    pending = []
            elif role_first and item.kind in ("role", "title"):
                pending.append(item)
            elif current is not None:
                current.items.append(item)
        if current is not None and pending:
            current.items.extend(pending)
        self.open_queue = [r for r in new_records if not r.items]

    def _attach_orphans(self, attrs: list[Item]) -> None:
        """Attributes on a line of their own: to the next name of a listed column of names (a new
        kind of column — organisations after roles — starts again from the first name), else to
        the last record."""
        if not attrs:
            return
        segment = len(self.records) - self.segment_start      # counted, not copied, per line of attributes
        cells = [i for i in attrs if i.kind in ("role", "title")]
        inner = [i for i in attrs if i.kind == "mark" and any(c.start <= i.start and i.end <= c.end for c in cells)]
        if len(cells) >= 2 and len(cells) + len(inner) == len(attrs) and len(cells) > len(self.open_queue) and (
                segment == len(cells) or (segment > len(cells) and all(i.value in _PRESIDIUM for i in cells))):
            first = self.records[self.segment_start:self.segment_start + len(cells)]
            for rec, item in zip(first, cells):       # a role column printed after all the names, in order
                rec.items.append(item)                # (the presidium first, when only they have a role), with
                rec.items.extend(i for i in inner if item.start <= i.start and i.end <= item.end)   # its marks
            return
        if len(self.open_queue) >= 2 and cells and len(cells) + len(inner) == len(attrs) and len(inner) == len(cells) \
                and all(i.value == "ersättare" for i in cells) and len(cells) < len(self.open_queue):
            targets = self.open_queue[-len(cells):]     # "... Bo Ek ej tjänstgörande ers ej tjänstgörande ers": the
            for rec, item in zip(targets, cells):       # deputies not serving, a column beside the last names
                rec.items.append(item)
                rec.items.extend(i for i in inner if item.start <= i.start and i.end <= item.end)
            self.open_queue = self.open_queue[:-len(cells)]
            return
        if len(self.open_queue) >= 2 and sum(i.kind in ("role", "title") for i in attrs) >= 2:
            for item in attrs:          # "Förbundschef   Sekreterare" under two names: one each
                if self.open_queue:
                    self.open_queue.pop(0).items.append(item)
            return
        kind = "org" if any(i.kind == "org" for i in attrs) else "other"
        if len(self.open_queue) >= 2 and not self.column_run:
            self.column_run, self.column_pos, self.column_kind = list(self.open_queue), 0, kind
        if self.column_run:
            if kind != self.column_kind:
                self.column_pos, self.column_kind = 0, kind
            if self.column_pos < len(self.column_run):
                self.column_run[self.column_pos].items.extend(attrs)
                self.column_pos += 1
                self.open_queue = self.column_run[self.column_pos:]
                return
        if self.records:
            self.records[-1].items.extend(attrs)
            self.open_queue = []


#: An item's number and its title in capitals, opening a line ("12 SAMMANKALLANDE OCH BESLUTFÖRHET", "§ 5 VAL AV").
_ITEM_HEADING = re.compile(r"[ \t]*(?:§[ \t]*)?\d{1,4}[ \t]*§?[ \t]+(?-i:[A-ZÅÄÖ]{4,}[ \t,]+[A-ZÅÄÖ]{2,})")


_MID_LABEL = re.compile(r"(?<=[.;,]\s)(?=(?:Ordinarie\s+)?(?:Ledamöter|Ersättare|Tjänstgörande\s+ersättare|Övriga|"
                        r"Frånvarande|Anmält\s+förhinder|Från\s+kansliet|Kansliet)\s*:)")


#: A group's heading after a row's party tag, before the group's first name or at the line's end, in a list
#: that runs several names to a line ("Bengt Ek (C) Ersättare Christer Ås (M)", "Tony Lund (S) Adjungerade").
_MID_HEADING = re.compile(r"(?<=\) )(?=(?:Ersättare|Adjungerade|Övriga(?: (?:närvarande|deltagare|deltagande))?|"
                          r"(?:Ej |Icke )?[Tt]jänstgörande ersättare|Närvarande ersättare|Frånvarande|Tjänstemän|"
                          r"Tjänstepersoner)(?: [A-ZÅÄÖ]| *$))")
_PARTY_TAG = re.compile(r"\([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}\)")


def split_labels(line: Line) -> list[Line]:
    """"Ledamöter: A, B. Ersättare: C" on one line -> one piece per label (same offsets); so is a list of names
    with party tags whose next group's heading follows a tag ("Eva Ek (S) Per Ås (C) Ersättare Olle Berg (M)")."""
    cuts = [m.start() for m in _MID_LABEL.finditer(line.text)]
    if len(_PARTY_TAG.findall(line.text)) >= 2 and len(TAG_THEN_ROLE.findall(line.text)) <= 1:
        cuts = sorted({*cuts, *(m.start() for m in _MID_HEADING.finditer(line.text))})
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    return [Line(line.index, line.start + a, line.start + b, line.text[a:b]) for a, b in zip(bounds, bounds[1:])]


_NUMBERED_TITLE = re.compile(r"^[ \t]*(?:punkt\s+|ärende\s+)?\d{1,3}[ \t]*[.):§]?[ \t]+(?-i:[A-ZÅÄÖ][a-zåäö]+)[ \t]+"
                             r"(?-i:[a-zåäö])", re.IGNORECASE)
_SENTENCE_VERB = re.compile(r"\b(?:öppnade|öppnar|förklarade|valdes|väljs|utsågs|utses|informerar|informerade|"
                            r"redovisade|föredrog|föredrar|beslutade|beslutar|konstaterade|konstaterar|hälsade|hälsar|tackade)\b", re.I)


#: A line of more blanks than this is text the view blanked (page furniture), not an empty line of the source.
_BLANKED = 3


#: What a heading's qualifier leaves on the heading's line ("Övriga deltagande"): lower-case words, no entry.
_QUALIFIER_ONLY = re.compile(r"[ \t]*[a-zåäö]+(?:[ \t]+[a-zåäö]+){0,3}[ \t]*:?[ \t]*")


def _block_lines(lines: list[Line], first: int, inline: int | None, *, table: bool = False) -> Iterator[Line]:
    """Lines of a block starting at lines[first] (its heading), up to the next heading or stop. Under a table's
    header row (`table`) a heading is the table's sub-heading ("Ordinarie ledamöter", "Ersättare"): the header's
    columns go on under it."""
    head = lines[first]
    if inline is not None and head.text[inline:].strip() and not _QUALIFIER_ONLY.fullmatch(head.text[inline:]):
        yield from split_labels(Line(head.index, head.start + inline, head.end, head.text[inline:]))
    tabbed = "\t" in head.text and inline == 0
    blanks = 0
    for k in range(first + 1, len(lines)):      # not lines[first + 1:]: a copy of the rest per block is quadratic
        line = lines[k]
        if not line.text.strip():
            if len(line.text) > _BLANKED:
                continue                # furniture the view blanked ("Sida 2 (3)", "Justerandes sign"): no gap
            blanks += 1
            if blanks > 3:
                return
            continue
        blanks = 0
        if tabbed and "\t" not in line.text and not _heads_indented_rows(lines, k) and not _between_tab_rows(lines, k):
            return
        if _NUMBERED_TITLE.match(line.text):
            return                      # "2. Val av justerare": an agenda item, the roster has ended
        indented = line.text[:2] == "  " and line.text.strip()[:1].isalpha() and \
            not re.match(r"\s*[^\s:\t][^:\t]*:", line.text)         # an indented row, not "Ersättare:"
        if _VOTE_COLUMN.fullmatch(line.text) and _next_is_vote_column(lines, k):
            continue                    # "§ 4" over "Tjg  Ej tjg  JA  NEJ": a vote table's column, not a §
        if (heading_kind(line.text) and not (tabbed and "\t" in line.text) and not indented and not table) \
                or _STOP.match(line.text) or \
                _seat_label_over_row(line.text, lines[k + 1].text if k + 1 < len(lines) else "") is not None:
            return
        tabbed = tabbed or "\t" in line.text
        yield from split_labels(line)


#: A cell of a vote or attendance table's header written one cell a line: "§ 4", "§", "Tjg", "Ej tjg", "JA", "NEJ".
_VOTE_COLUMN = re.compile(r"[ \t]*(?:§[ \t]*\d{0,3}|tjg|ej[ \t]+tjg|tjänstgör|ja|nej|avstår|närvaro)[ \t]*", re.IGNORECASE)


def _next_is_vote_column(lines: list[Line], k: int) -> bool:
    """Whether the next non-blank line after lines[k] is another header cell of a vote table."""
    for line in lines[k + 1:k + 4]:
        if line.text.strip():
            return _VOTE_COLUMN.fullmatch(line.text) is not None
    return False


def _heads_indented_rows(lines: list[Line], k: int) -> bool:
    """A short line without tabs over tab rows indented further: a member party heading the rows of its
    seats ("Eksjö kommun" over "    Ledamot<TAB>Anna Berg (M)<TAB>J"), which keeps a tab table going."""
    line = lines[k]
    text = line.text.strip()
    if not text or len(text) > 60 or ":" in text or k + 1 >= len(lines):
        return False
    nxt = lines[k + 1].text
    indent = len(line.text) - len(line.text.lstrip())
    return "\t" in nxt.strip() and len(nxt) - len(nxt.lstrip()) > indent


def _between_tab_rows(lines: list[Line], k: int) -> bool:
    """A line without tabs between two tab rows: a row whose cells a single space parts ("… förhinder
    Ahmed Yusuf (s) …" where the text had no room for a tab), not the end of the table."""
    return 0 < k < len(lines) - 1 and "\t" in lines[k - 1].text.strip() and "\t" in lines[k + 1].text.strip() \
        and bool(lines[k].text.strip())


def _tab_second_heading(text: str) -> BlockKind | None:
    """The second of two roster headings in two tab cells ("Ledamöter<TAB>Ersättare"): side-by-side
    columns written as tab cells, as a PDF's or a word processor's table gives them."""
    cells = [cell for cell in text.split("\t") if cell.strip()]
    if len(cells) != 2:
        return None
    found = [heading_kind(cell) for cell in cells]
    if any(f is None or cell[f[1]:].strip() for f, cell in zip(found, cells)):
        return None
    return found[1][0]


def _tab_cells(line: Line) -> tuple[Line, Line | None]:
    """A row's first tab cell and the rest (None without a tab: the whole line is the first cell)."""
    cut = line.text.find("\t")
    if cut < 0:
        return line, None
    return _slice(line, 0, cut), _slice(line, cut + 1, None)


#: A field's label alone on its line, its value elsewhere ("Sekreterare:", "Övriga deltagande:   :   :").
_LABEL_ONLY = re.compile(r"[ \t]*(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:[ \t]+[a-zåäö]+){0,4}[ \t]*:[ \t:]*")


def _stacked_label_kind(lines: list[Line], i: int, kind: BlockKind) -> BlockKind:
    """A chair's label at the foot of a stack of labels printed before their values ("Beslutande: / Övriga
    deltagande: / Sekreterare: / Ordföranden: / Tove Ek (MP), ordförande / ..."): the rows below are the first
    roster field's, whose kind they take; the chair's label is a signature's, not the rows' seat."""
    if kind.role not in _PRESIDIUM or not _LABEL_ONLY.fullmatch(lines[i].text):
        return kind
    stack = list(takewhile(lambda line: _LABEL_ONLY.fullmatch(line.text) is not None,
                           (line for line in reversed(lines[:i]) if line.text.strip())))
    if len(stack) < 2:
        return kind
    first = next((found[0] for line in reversed(stack) if (found := heading_kind(line.text)) is not None and
                  found[0].role not in _PRESIDIUM), None)
    return first if first is not None else kind


def find_blocks(view: str) -> Iterator[tuple[BlockKind, list[Line]]]:
    """Roster blocks: a heading line and the lines under it."""
    lines = split_lines(view)
    notice = False
    consumed: set[int] = set()
    for i, line in enumerate(lines):
        found = heading_kind(line.text) or _heading_after_page_head(line.text) or \
            _seat_label_over_row(line.text, lines[i + 1].text if i + 1 < len(lines) else "")
        table = found is None and i not in consumed and _is_table_header(line.text)
        if table:
            found = (BlockKind(None, None), 0)
        if found is None or i in consumed:
            continue
        kind, inline = found
        kind = _stacked_label_kind(lines, i, kind)
        if inline and parse_header(line.text) is not None:
            inline = 0                  # "Ledamöter<TAB>Parti<TAB>Närvarande": the heading is a header row
        beside = heading_kind(line.text[inline:]) if inline and "\t" not in line.text else None
        if beside is not None and not line.text[inline + beside[1]:].strip() and \
                not _COLUMN_GAP.search(line.text[:inline + 1]) and kind.role is None and beside[0].role is not None:
            kind = BlockKind(None, kind.present if kind.present is not None else beside[0].present)
            inline = len(line.text)     # "Beslutande: Ersättare:" over the columns run together: seats untold
        if kind.role == "ersättare" and inline and i and _MEMBER_COLUMN_BEFORE.search(lines[i - 1].text):
            kind = BlockKind(None, kind.present)    # "Kommun/landsting Ledamot / Ersättare / Askersund Bo Trygg (s)":
                                                    # a table's two seat columns run together, whose seat is untold
        notice = kind.notice or (notice and kind.role is not None and not kind.notice and _near_notice(lines, i))
        if notice and not kind.notice:
            kind = BlockKind(kind.role, None, notice=True)
        block = list(_block_lines(lines, i, inline, table=table and "\t" not in line.text))
        consumed.update(b.index for b in block)
        beside = _tab_second_heading(line.text) if "\t" in line.text and parse_header(line.text) is None else None
        if beside is not None:
            cells = [_tab_cells(b) for b in block if b.index != line.index]
            yield kind, [left for left, _ in cells]
            yield beside, [right for _, right in cells if right is not None]
            continue
        second = None if "\t" in line.text or parse_header(line.text) else _second_heading(line.text, inline)
        if second is None:
            yield kind, block
            continue
        col, kind2 = second
        yield kind, [_slice(b, 0, col - (b.start - line.start if b.index == line.index else 0)) for b in block]
        yield kind2, [_slice(b, col, None) for b in block if b.index != line.index]


_SEAT_LABEL = re.compile(rf"[ \t]*(?:({_VICE_CHAIR})|ordförande)[ \t]*:[ \t]*$", re.IGNORECASE)
_TAGGED_ROW = re.compile(r"\S[ \t]*\([A-Za-zÅÄÖåäö]{1,5}\)")


def _seat_label_over_row(text: str, below: str) -> tuple[BlockKind, int] | None:
    """"Ordförande:" / "2:e vice ordförande:" alone on a line over a party-tagged row ("Nordbeck Carolina (FP)"): a
    front's seat label, its row under it (a signature's label has no party's tag below it)."""
    m = _SEAT_LABEL.fullmatch(text)
    if m is None or _TAGGED_ROW.search(below) is None:
        return None
    return BlockKind("vice ordförande" if m.group(1) else "ordförande", True), len(text)


#: A table's member column named at the end of the line over a deputies' heading: the header row, flattened.
_MEMBER_COLUMN_BEFORE = re.compile(r"(?<![\w-])(?-i:Ledamot|Ordinarie)[ \t]*$")


def _is_table_header(text: str) -> bool:
    """A header row naming a name column (or a "Ledamot"/"Ersättare" column) opens a block."""
    header = parse_header(text)
    return header is not None and bool({"name", "member", "deputy"} & set(header.values()))


#: A gap of three blanks or more before text; it starts where the run starts, so a long run is read once.
_COLUMN_GAP = re.compile(r"(?<![ \t])[ \t]{3,}(?=\S)")
#: How much of a line a heading test reads: a heading word, a parenthesis and the gap after them fit many times over.
_HEADING_WINDOW = 400


def _window(text: str, start: int) -> str:
    """The text from `start`, cut after _HEADING_WINDOW characters, so testing every gap of a long line stays
    linear; a cut window ends in a NUL, which is not a blank, so no pattern sees a false end of line there."""
    end = start + _HEADING_WINDOW
    return text[start:] if end >= len(text) else text[start:end] + "\x00"


def _second_heading(text: str, inline: int) -> tuple[int, BlockKind] | None:
    """A second roster heading further along the same line ("Ledamöter      Ersättare"): side-by-side columns."""
    for m in _COLUMN_GAP.finditer(text):
        if m.end() <= inline // 2 or m.end() < 12 or not text[:m.start()].strip():
            continue                    # an indented heading's own indent is no gap between two columns
        found = heading_kind(_window(text, m.end()))
        if found is not None:
            return m.end(), found[0]
    return None


def _slice(line: Line, start: int, end: int | None) -> Line:
    """Columns [start:end) of a line (character columns), as a Line with absolute offsets."""
    text = line.text[start:end] if end is not None else line.text[start:]
    if start >= len(line.text):
        return Line(line.index, line.end, line.end, "")
    return Line(line.index, line.start + start, line.start + start + len(text), text)


def _near_notice(lines: list[Line], index: int) -> bool:
    """A sub-heading ("Ordinarie", "Ersättare") within a few lines after a "Kallade" heading."""
    for line in lines[max(0, index - 40):index]:
        found = heading_kind(line.text)
        if found and found[0].notice:
            return True
    return False


#: A flattened row's cells that only its table's header gives a meaning: a party's letters right after the name
#: ("Gösta Lindmark S Skövde kommun") and a last cell that answers the presence column ("... Ledamot Ja").
_PARTY_CELL = re.compile(r"[ \t]+([A-ZÅÄÖ]{1,3})(?=[ \t]+\S)")
_ANSWER_CELL = re.compile(r"[ \t](Ja|Nej)[ \t]*$")


def _flat_row_cells(line: Line, items: list[Item], header: dict[int, str], gaz: Gazetteer) -> list[Item]:
    """The items of a row under a header whose columns are known by order only (a flattened table, "Namn Parti
    Representerar Uppdrag Närvaro"), with the party and presence cells such a row writes as bare words."""
    person = next((i for i in items if i.kind == "person"), None)
    if person is None:
        return items
    meanings = set(header.values())
    out = list(items)
    party = _PARTY_CELL.match(line.text, person.end - line.start) if "party" in meanings else None
    if party is not None and not any(i.kind == "party" for i in items) and \
            (value := gaz.resolve_party(party.group(1))) is not None:
        start = line.start + party.start(1)
        out.append(Item(start, start + len(party.group(1)), "party", value, line.index, None, party.start(1)))
    answer = _ANSWER_CELL.search(line.text) if "present" in meanings else None
    if answer is not None and line.start + answer.start(1) >= person.end:
        start = line.start + answer.start(1)
        out = [i for i in out if not (i.kind == "title" and i.start <= start < i.end)]
        if not any(i.kind == "mark" and i.start <= start < i.end for i in out):
            out.append(Item(start, start + len(answer.group(1)), "mark", answer.group(1).lower(), line.index, None,
                            answer.start(1)))
    return sorted(out, key=lambda i: i.start)


def _each_in_group(items: list[Item], group: Org, line: Line) -> list[Item]:
    """The line's items with the member party of the group heading above after each person on it, so that a
    serving deputy and the member she stands in for both represent it ("Göteborg / Eva Ek (S) Ersättare för Alma
    Ås (S)"); a single person's row gets it at the line's end as before."""
    out: list[Item] = []
    for n, item in enumerate(items):
        if n and item.kind in ("person", "substitute") and any(i.kind in ("person", "substitute") for i in out):
            out.append(Item(item.start, item.start, "org", group, line.index, None, item.start - line.start))
        out.append(item)
    return out + [Item(line.end, line.end, "org", group, line.index, None, len(line.text))]


def _names_other_group(line: Line, items: list[Item]) -> bool:
    """Whether a roster line is only a label of some other group than the board's seats, with its colon
    ("Personalens representant:", "Riksidrottens personal:", "Valberedningen:"): a title and nothing else."""
    return line.text.rstrip().endswith(":") and bool(items) and all(i.kind == "title" for i in items)


#: A row's party letters at its line's end, a local party's too ("Ragnhild Nilsson I SL").
_TAG_AT_END = re.compile(r"[ \t][A-ZÅÄÖ]{1,4}[ \t]*$")
#: A seat's heading closing a table's header line, before the first row's party letters.
_SEAT_BEFORE_TAG = re.compile(r"[ \t](LEDAMÖTER|Ledamöter|ERSÄTTARE|Ersättare)[ \t]+[A-ZÅÄÖ]{1,4}[ \t]*$")


def read_block(view: str, kind: BlockKind, lines: list[Line], gaz: Gazetteer,
               known: Sequence[str] = (), legend: dict[str, str] | None = None,
               surname_first: bool = False, seen: set[str] | frozenset[str] = frozenset()) -> list[Record]:
    """Records of one block; a table header row sets the meaning of its mark columns; a line naming
    only a member party ("Eksjö kommun") heads the rows under it when those rows name no party."""
    lead: list[Item] = []               # seat labels on lines of their own before the names
    while len(lines) > 1 and (labels := _seat_labels_only(view, lines[0])) is not None and \
            (lead or labels[:1] and labels[0].value == "ordförande"):
        lead.extend(labels)             # (but "Ordinarie ledamöter", "Ersättare" alone: a sub-heading, read below)
        lines = lines[1:]
    chairs = _chair_labels(lead) if len(lead) >= 2 and lead[0].value == "ordförande" else []
    reader = _Reader(kind, {}, view=view)
    items_by_line = {(line.index, line.start): find_items(view, line, gaz, known, legend, surname_first)
                     for line in lines}
    items_by_line = _with_names_in_runs(view, lines, items_by_line, gaz)
    items_by_line, party_lines = _under_party_headings(view, lines, items_by_line)
    group: Org | None = None
    carried: list[Item] = []
    serving: dict[int, bool] = {}       # a header's deputies' column holds the serving ones only
    for position, line in enumerate(lines):
        header = parse_header(line.text)
        if header is not None:
            reader.header = header
            serving[id(header)] = _SERVING_DEPUTIES.search(line.text) is not None
            first = header[min(header) if min(header) >= 0 else max(header)] if header else None
            if first in ("member", "deputy") and reader.block.role is None:
                reader.block = BlockKind("ledamot" if first == "member" else "ersättare", reader.block.present,
                                         reader.block.notice)
            continue
        sub = heading_kind(line.text)
        items = items_by_line[(line.index, line.start)]
        if (line.index, line.start) in party_lines and not items:
            continue                    # "Moderaterna": the heading of the party's rows below
        if reader.header and max(reader.header) < 0:
            items = _flat_row_cells(line, items, reader.header, gaz)
        above = items_by_line[(lines[position - 1].index, lines[position - 1].start)] if position else []
        below = items_by_line[(lines[position + 1].index, lines[position + 1].start)] if position + 1 < len(lines) else []
        neighbours = ([(lines[position - 1], above)] if position else []) + \
            ([(lines[position + 1], below)] if position + 1 < len(lines) else [])
        shared = _shared_tail_name(view, line, items, neighbours, gaz) if sum(i.kind == "person" for i in items) < 2 else None
        if shared is not None and not any(i.kind == "person" for i in items):
            items = [shared, *(i for i in items if i.start >= shared.end)]
        cut = _sentence_after_row(line, items) if shared is None and _is_prose(line, items) else None
        if cut is not None:             # "Kerstin Hallenborg. Innan mötets öppnande hälsade ...": the last row, and the
            line = _slice(line, 0, cut - line.start)        # text after it on the same line
            items = [i for i in items if i.end <= cut]
        if _is_prose(line, items) and position == 0 and any(i.kind == "person" for i in below) and \
                (any(i.kind == "party" for i in below) or _TAG_AT_END.search(lines[position + 1].text)):
            seat = _SEAT_BEFORE_TAG.search(line.text)
            if seat is not None and reader.block.role is None:      # "... JA NEJ JA NEJ LEDAMÖTER S": the seat over
                reader.block = BlockKind("ledamot" if seat.group(1).lower().startswith("ledam") else "ersättare",
                                         reader.block.present, reader.block.notice)       # the rows below
            continue                    # "m.fl Datum för justering Förbundskontoret, klockan ...": the tail of a
            #                             labels-first front over its first row ("Dzenita Abaza (S)", "Eva Ek I SL")
        if shared is None and (_is_prose(line, items) or _labels_over_signers(line, above, below, seen, reader.records)):
            break
        if _EMPTY_GROUP_LINE.fullmatch(line.text):
            continue                    # "Härryda -": a group label over no rows
        if _group_heading(items, lines[position + 1:position + 2], items_by_line,
                          reader.records[-1] if reader.records else None):
            group = items[0].value if isinstance(items[0].value, Org) else None
            reader.open_queue = []
            continue
        label = next((i for i in items if i.kind == "group"), None)
        if label is not None:           # "För Region Skåne": the member the rows from here represent
            group = label.value if isinstance(label.value, Org) else None
            reader.open_queue = []
            items = [i for i in items if i.kind != "group"]
            if not any(i.kind == "person" for i in items):
                continue
        if group is not None and any(i.kind == "person" for i in items) and not any(i.kind == "org" for i in items):
            items = _each_in_group(items, group, line)
        if sub is None and _names_other_group(line, items):
            sub = (BlockKind(None, None), 0)    # "Personalens representant:", "Valberedningen:": the rows after it
        if sub is not None:                     # hold no seat of the heading above
            reader.segment_start = len(reader.records)
            reader.block = BlockKind(sub[0].role, sub[0].present if sub[0].present is not None and kind.present is not None
                                     else kind.present, kind.notice)
            reader.open_queue = []
            items = [i for i in items if i.start >= line.start + sub[1]]
            if not any(i.kind == "person" for i in items):
                continue
        if _label_over_name(lines, position, items, below):
            carried = items
            if reader.records and reader.block.role == "ledamot" and _serving_label(line, items):
                _replaced_above(view, lines[position - 1], reader.records[-1])
            continue
        if any(i.kind == "role" and i.value == "justerare" for i in items):
            items = _without_adjusters_deputy(view, items)
        items = _each_name_labelled(view, _give_back_leading_role(carried + items, reader.records))
        carried = []
        reader.feed(items)
        if cut is not None and not _rows_on_next_page(lines, position, items_by_line):
            break
    for rec, label in zip(reader.records, chairs):     # "Ordförande I viceordf. / II viceordf. / Medlemmar / Olav
        rec.items.append(label)                         # Ek Sven Ås ...": the chair's and vice chairs' labels are
    #                                                     the first names'
    _shift_parties_first(view, lines, reader.records, gaz)
    _spread_role_column(view, reader.records)
    _mark_crossed_tables(reader.records)
    _deputies_beside_absent(reader.records, serving)
    _deputies_after_absent(reader.records)
    _absent_and_called_in(view, lines, reader.records)
    _members_beside_marked_deputies(reader.records)
    _officials_after_politicians(reader.records)
    return reader.records


def _officials_after_politicians(records: list[Record]) -> None:
    """"Ersättare: Ulla Ek (s) David Lund (fp) Elisabeth Berg, förvaltningschef ... Thomas Nord, Lärarförbundet": under
    a seat's heading, the party-tagged rows end where an official's row begins (the officials' heading printed beside
    the seats'); the untagged rows from there hold no seat of the heading."""
    if len(records) < 3 or records[0].block.role not in ("ledamot", "ersättare"):
        return
    tagged, start = 0, None
    for k, rec in enumerate(records):
        if any(i.kind == "party" for i in rec.items):
            if start is not None:
                return                  # politicians again after the officials: no single run of each
            tagged += 1
            continue
        titles = [i.value for i in rec.items if i.kind in ("role", "title") and isinstance(i.value, str)]
        if start is None and tagged >= 2 and any(_staff_title(t) for t in titles):
            start = k
    for rec in records[start:] if start is not None else []:
        if rec.block.role is not None and not any(i.kind == "party" for i in rec.items):
            rec.block = replace(rec.block, role=None)


#: A line holding only its page's number and count ("2 2 (42)", "Sida 2 (42)", "2(42)").
_PAGE_HEAD_ONLY = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+)?(?:(?i:sida|sid)\.?[ \t]*)?\d{1,3}[ \t]*\(\d{1,3}\)[ \t]*")


def _rows_on_next_page(lines: list[Line], position: int, items_by_line: dict[tuple[int, int], list[Item]]) -> bool:
    """Whether the roster goes on over the page after the row at `position`, whose line closes with the page's foot
    ("Jimmy Ek (S) Anslaget på kommunens anslagstavla den 8 oktober 2012." / "2 2 (42)" / "Ingvar Berg (S)"): the
    next line that is not blank holds only the next page's number, and the line after it a row with a party tag."""
    rest = [line for line in lines[position + 1:] if line.text.strip()]
    if len(rest) < 2 or not _PAGE_HEAD_ONLY.fullmatch(rest[0].text):
        return False
    items = items_by_line[(rest[1].index, rest[1].start)]
    return bool(items) and items[0].kind == "person" and any(i.kind == "party" for i in items)


def _deputies_after_absent(records: list[Record]) -> None:
    """"Ordinarie ledamöter: ersättare vid detta sammanträde: Anna Ek, frånvarande Helena Berg Per Lund": under a
    heading of members and the deputies who served beside them, the unmarked row right after an absent member (of
    the same party, where both have one) is the deputy who served in that seat."""
    for rec, nxt in zip(records, records[1:]):
        if not rec.block.beside or nxt.block is not rec.block or not _absent_row(rec) or rec.serves or \
                any(i.kind == "mark" for i in nxt.items) or _other_parties(rec, nxt):
            continue
        nxt.serves = True
        nxt.block = replace(nxt.block, role="ersättare")


def _other_parties(rec: Record, nxt: Record) -> bool:
    """Whether two rows both have a party and the parties differ (a deputy serves for a member of their own party)."""
    tags = [next((i.value for i in r.items if i.kind == "party"), None) for r in (rec, nxt)]
    return None not in tags and tags[0] != tags[1]


def _written_out(view: str, item: Item) -> bool:
    """Whether a party item is the party's name written out ("Moderaterna"), not its tag ("(M)", "m")."""
    return item.kind == "party" and len(view[item.start:item.end].strip("() ")) > 4


def _under_party_headings(view: str, lines: list[Line], items_by_line: dict[tuple[int, int], list[Item]]
                          ) -> tuple[dict[tuple[int, int], list[Item]], set[tuple[int, int]]]:
    """A roll grouped under the parties' names and no row with a tag of its own ("Socialdemokraterna Anna Ek / Per
    Berg / Karl Lund Moderaterna / Eva Ås"): each name written out heads the rows after it, wherever its line put it
    (a flattened page runs the next heading onto the last row's line). The rows get their group's party; the lines
    that held a heading, and the items without the headings."""
    keys = [(line.index, line.start) for line in lines]
    flat = [i for key in keys for i in items_by_line[key]]
    heads = [i for i in flat if _written_out(view, i)]
    persons = [i for i in flat if i.kind == "person"]
    if not heads or not persons or heads[0].start > persons[0].start or \
            any(i.kind == "party" and not _written_out(view, i) for i in flat) or \
            sum(p.start > heads[0].start for p in persons) < 3:
        return items_by_line, set()
    out: dict[tuple[int, int], list[Item]] = {}
    for key in keys:
        row: list[Item] = []
        for item in items_by_line[key]:
            if _written_out(view, item):
                continue
            row.append(item)
            if item.kind == "person":
                head = max((h for h in heads if h.start < item.start), key=lambda h: h.start)
                row.append(Item(item.end, item.end, "party", head.value, item.line, item.column,
                                item.offset + item.end - item.start))
        out[key] = row
    return out, {key for key in keys if any(_written_out(view, i) for i in items_by_line[key])}


def _members_beside_marked_deputies(records: list[Record]) -> None:
    """"Parti Namn Närvaro Frånvaro / M Olle Ek X / M Ers. Ulla Berg X / M Jan Lund X": a roll of presence columns
    under no seat heading that marks its few deputies before their names ("Ers.") and no row's seat after it: the
    other politicians' rows are the members', and each deputy, in the roll of those who decide, served."""
    rows = [r for r in records if r.block.role is None and r.header and
            {"present", "absent"} & set(r.header.values()) and any(i.kind == "party" for i in r.items) and
            not any(i.kind in ("role", "title") and _staff_title(str(i.value)) for i in r.items)]
    deputies = {id(r) for r in rows if any(i.kind == "role" and i.value == "ersättare" and i.start < r.person.start
                                           for i in r.items)}
    if not deputies or len(deputies) * 3 > len(rows) or \
            any(i.kind == "role" and i.value in ("ledamot", "ersättare") and i.start > r.person.start
                for r in records for i in r.items):
        return                          # (a roll that names each row's seat after the name tells it)
    for rec in rows:
        if id(rec) in deputies:
            rec.serves = True
        elif not any(i.kind == "role" and i.value in ("ledamot", "tjänstgörande ersättare") for i in rec.items):
            rec.block = BlockKind("ledamot", rec.block.present, rec.block.notice, rec.block.voting)


#: What may end a row after its shared cell: § numbers, commas, dashes ("Sektor Trygghet och stöd 3-18,").
_ROW_NUMBERS = re.compile(r"(?:[ \t,§–-]|\d)+$")
#: A name of two to four capitalised words (a particle allowed) at a line's start.
_LEADING_NAME = re.compile(r"[ \t]*((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?)"
                           r"((?:[ \t]+(?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?){1,3})[ \t]+$")


#: Where a sentence starts after a roster row on the same line: after a full stop, or at the chair as the subject of
#: an opening verb ("... Ingela Nilsson Ordförande hälsar alla välkomna").
_SENTENCE_START = re.compile(r"(?<=\.)[ \t]+(?=(?-i:[A-ZÅÄÖ])[a-zåäö])|"
                             r"[ \t]+(?=(?-i:Ordförande(?:n)?)[ \t]+(?:hälsa|öppna|förklara|konstatera)[a-zåäö]*\b)")
#: Or, on a line that opens with a row, after a row's tag: a capitalised word and three in lower case ("Jimmy Ek (S)
#: Anslaget på kommunens anslagstavla ...", the page's foot).
_TAG_THEN_SENTENCE = re.compile(r"(?<=\))[ \t]+(?=(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:[ \t]+(?-i:[a-zåäö]+)(?![\w-])){3})")


#: Three words in lower case after a row's last item: the row ran on into a sentence ("Gudrun Persson har inkallats
#: för tjänstgöring."), where a note ("under punkt 10.3") or a § and its title ("61 Öppnande") may close a row.
_RUN_ON = re.compile(r"(?<![\w-])(?-i:[a-zåäö]+)(?:[ \t,]+(?-i:[a-zåäö]+)(?![\w-])){2}")


def _sentence_after_row(line: Line, items: list[Item]) -> int | None:
    """Where a sentence starts after a line's roster rows ("Närvarande: Bo Ek, Kerstin Hallenborg. Innan mötets
    öppnande hälsade ..."): the first start after a person whose text before it reads as rows, not prose."""
    persons = [i for i in items if i.kind == "person"]
    if not persons:
        return None
    starts = [_SENTENCE_START] + ([_TAG_THEN_SENTENCE] if items[0].kind == "person" else [])    # (not after a
    #                                      field's label: "Justerare Lena Ek (S) Datum och ort för justering ...")
    for m in sorted((m for p in starts for m in p.finditer(line.text, persons[0].end - line.start)),
                    key=lambda m: m.start()):
        end = line.start + m.start()
        kept = [i for i in items if i.end <= end]
        if m.re is _TAG_THEN_SENTENCE and (kept[-1].kind != "party" or kept[-1].end + 1 < end):
            continue                    # "Rosita Ek (ej ) (tj som ordf ) Justering av ...": a note, not the row's tag
        if _RUN_ON.search(line.text, kept[-1].end - line.start, m.start()) is None and \
                not _is_prose(_slice(line, 0, m.start()), kept):
            return end
    return None


def _shared_tail_name(view: str, line: Line, items: list[Item], neighbours: list[tuple[Line, list[Item]]],
                      gaz: Gazetteer) -> Item | None:
    """"Jonas Ek Sektor Trygghet och stöd 3 / Makki Al Musawe Sektor Trygghet och stöd 3": a line that ends in the
    cell a neighbouring row has after its name (§ numbers aside) is a row too, and what stands before that cell is
    its name, read though the first name is not in our list. That name (the one already found there, if any), else
    None."""
    own = _ROW_NUMBERS.sub("", line.text)
    for other, their in neighbours:
        person = next((i for i in their if i.kind == "person"), None)
        if person is None or other.text[:person.start - other.start].strip():
            continue
        tail = _ROW_NUMBERS.sub("", other.text[person.end - other.start:]).strip()
        if len(tail) < 6 or not own.endswith(" " + tail):
            continue
        head = _LEADING_NAME.fullmatch(own[:len(own) - len(tail)])
        known = next((i for i in items if i.kind == "person"), None)
        if head is None or (known is None and not _plausible_unknown_name(head.group(1), head.group(2).strip(), gaz)) \
                or (known is not None and known.start != line.start + head.start(1)):
            continue
        if known is not None:
            return known
        start, end = line.start + head.start(1), line.start + head.end(2)
        return Item(start, end, "person", names_mod.clean_name(view[start:end]), line.index, None, head.start(1))
    return None


#: A line that is only an empty group label ("Härryda -").
_EMPTY_GROUP_LINE = re.compile(rf"[ \t]*{EMPTY_GROUP}[ \t]*")


def _serving_label(line: Line, items: list[Item]) -> bool:
    """Whether a line is a serving deputy's label with its colon ("Tjg ersättare:")."""
    return line.text.rstrip().endswith(":") and any(i.value == "tjänstgörande ersättare" for i in items)


def _replaced_above(view: str, above: Line, rec: Record) -> None:
    """"Thomas Ek (S) / Tjg ersättare: / Anna Ås (S)": the member on the line above a serving deputy's label, with
    nothing but a party on his row, is the one she sat in for: absent (not "Pelle Ek (C) Kl (Med ... för 19)")."""
    if all(i.kind == "party" for i in rec.items) and not view[rec.span[1]:above.end].strip(" \t)"):
        rec.block = replace(rec.block, present=False)


def _label_over_name(lines: list[Line], position: int, items: list[Item], below: list[Item]) -> bool:
    """A role alone on a line set off by a blank line above, right over a line holding one name and
    nothing else ("<blank> Sekreterare / Gunder Berg" under the members): a label over its value, the
    name's, not a role wrapped from the row above."""
    line = lines[position]
    if 0 < position < len(lines) - 1 and line.text.rstrip().endswith(":") and below and below[0].kind == "person" \
            and lines[position + 1].index == line.index + 1 and any(i.kind == "role" for i in items) \
            and all(i.kind in ("role", "mark") for i in items):
        return True                     # "Thomas Ek (S) / Tjg ersättare: / Anna Ås (S)": the label's colon says
        #                                 the name after it is its value (Anna served for Thomas)
    return (len(items) == 1 and items[0].kind == "role" and 0 < position < len(lines) - 1
            and lines[position - 1].index < line.index - 1 and lines[position + 1].index == line.index + 1
            and len(below) == 1 and below[0].kind == "person")


def _role_cells(rec: Record) -> list[list[Item]]:
    """A record's roles as cells: each role with the substitute and party items after it, before the next role."""
    cells: list[list[Item]] = []
    for item in sorted(rec.items, key=lambda i: i.start):
        if item.kind == "role":
            cells.append([item])
        elif cells and item.kind in ("substitute", "party", "mark") and item.start > cells[-1][0].start:
            cells[-1].append(item)
    return cells


def _spread_role_column(view: str, records: list[Record]) -> None:
    """A role column printed after a column of tagged names ("Lars Ek (s) ... Eino Blixt (kd) Ordförande 1:e vice
    ordförande ... ersättare för Lis Ek ledamot ledamot"): the roles piled on the last name, as many as the names
    with none of their own up to it, are the names' in order (a role with its "för X" is one cell).

    Two things may stand around such a column where the page's columns were read one after another ("Per Ek
    Lomma kommunhus, Sekreterare ordförande vice-ordförande ledamot ..."): a signature's capitalised label
    before a column of lower-case roles (dropped: a secretary is no seat), and a field's value or two without a
    party after the names (the justerare); the roles are then the first names'."""
    for end, rec in enumerate(records):
        cells = _role_cells(rec)
        if len(cells) < 3:
            continue
        start = end
        while start > 0 and not any(i.kind == "role" for i in records[start - 1].items) and \
                records[start - 1].block == rec.block:
            start -= 1
        run = records[start:end + 1]
        label: list[Item] = []
        if len(cells) > _SPREAD_AFTER_LABEL and cells[0][0].value in ("sekreterare", "justerare") and \
                view[cells[0][0].start].isupper() and \
                not any(view[cell[0].start].isupper() for cell in cells[1:]):
            label, cells = cells[0], cells[1:]
        moved = {id(i) for cell in [label, *cells] for i in cell}
        extra = len(run) - len(cells)
        if 0 < extra <= 2 and len(cells) >= _SPREAD_AFTER_LABEL and \
                not any(i.kind == "party" and id(i) not in moved for r in run[len(cells):] for i in r.items):
            run = run[:len(cells)]
        if len(run) != len(cells):
            continue
        rec.items = [i for i in rec.items if id(i) not in moved]
        for target, cell in zip(run, cells):
            target.items.extend(cell)


#: How many lower-case roles a column needs before a capitalised word before it is read as another column's label,
#: and before names after it are read as another field's values.
_SPREAD_AFTER_LABEL = 5


def _crossed(rec: Record) -> bool:
    return any(i.kind == "mark" and i.value in ("X", "x") for i in rec.items)


def _present_first(header: dict[int, str]) -> bool:
    """Whether a flattened header row opens with the name and its first mark column is 'Närvarande', with no
    column a lone cross could stand in instead ('Tjänstgör  Ersättare': either)."""
    meanings = [header[k] for k in sorted(header, reverse=True)]
    marks = [m for m in meanings if m in ("present", "absent", "voting", "deputy", "member")]
    return meanings[0] == "name" and marks[:1] == ["present"] and set(marks[1:]) <= {"voting"}


def _seats_with_presence(header: dict[int, str]) -> bool:
    """Whether a flattened header row has seat columns and presence columns only (besides the party's): "Ordinarie
    ledamot Närv Ersättare Närv", "Ledamöter Parti Tjänstgörande ersättare Närv.". A member's row and the row of the
    deputy who served for them are each one person, and a row's one cross is that person's presence."""
    meanings = [header[k] for k in sorted(header, reverse=True) if header[k] not in ("party", "org")]
    return "present" in meanings and {"member", "deputy"} & set(meanings) and \
        set(meanings) <= {"member", "deputy", "present"} and meanings[0] in ("member", "deputy")


def _mark_crossed_tables(records: list[Record]) -> None:
    """A flattened table ("Namn Närvarande Beslutande" on one line, no tabs) keeps no cell for an empty column, so a
    row without a cross is read against its table: when other rows have crosses, its present cell was empty."""
    tables = {id(r.header) for r in records if r.header and max(r.header) < 0 and _crossed(r) and
              (_present_first(r.header) or _seats_with_presence(r.header))}
    for rec in records:
        rec.crossed_table = id(rec.header) in tables


#: The header of a flattened table of the members who sent word and the deputies called in for them ("Samtliga
#: ordinarie ledamöter med undantag av: Förhindrad ledamot Inkallad ersättare").
_ABSENT_CALLED_IN = re.compile(r"(?i)förhindrade?[ \t]+ledam(?:ot|öter)[ \t]+(?:inkallade?|tjänstgörande)[ \t]+ersättare")
_NO_DEPUTY = re.compile(r"(?i)saknar[ \t]+ersättare")
_PRESENT_WORD = re.compile(r"(?i)(?<![\w-])närv(?:arande)?(?![\w-])")


def _absent_and_called_in(view: str, lines: list[Line], records: list[Record]) -> None:
    """"Förhindrad ledamot Inkallad ersättare / Henry Ek (M) Gunnar Ås (M) Ulla Berg (FP) Saknar ersättare Jan Lund
    (S) ...": the rows after the header pair each absent member with the deputy called in for them, unless the row
    says the member has none; a member marked "närv" came for part of the meeting."""
    found = next(((line, m) for line in lines if (m := _ABSENT_CALLED_IN.search(line.text))), None)
    if found is None:
        return
    head, m = found
    rows = [rec for rec in records if rec.person.line > head.index or
            (rec.person.line == head.index and rec.person.start > head.start + m.end())]
    member = True
    for k, rec in enumerate(rows):
        tail = view[rec.person.end:rows[k + 1].person.start if k + 1 < len(rows) else rec.span[1] + 40]
        if member:
            rec.block = replace(rec.block, role=None, present=_PRESENT_WORD.search(tail) is not None)
            none = _NO_DEPUTY.search(tail)
            member = none is not None
            if none is not None:        # its "ersättare" is no seat of the member's
                start = rec.person.end + none.start()
                rec.items = [i for i in rec.items if not start <= i.start < start + len(none.group(0))]
        else:
            rec.block = replace(rec.block, role="ersättare", present=True)
            rec.serves, member = True, True


_SERVING_DEPUTIES = re.compile(r"(?i)tjänstgörande[ \t]+ersättare")


def _deputies_beside_absent(records: list[Record], serving: dict[int, bool]) -> None:
    """"Ordinarie ledamot Närv Ersättare Närv / Ulla Berne (M) Barbro Spjuth (M) x / Wilhelm Ek (S) x": in a flattened
    table of members and the deputies who served for them, a row's one cross is its person's presence, so a member
    without a mark, absent, followed by a name with a cross (no other party's) is the member and their deputy on
    one row. The deputy holds the column's seat: an "Ersättare" column's deputy serves, a "Tjänstgörande ersättare"
    column lists only those who serve."""
    for rec, nxt in zip(records, records[1:]):
        header = rec.header
        if not rec.crossed_table or nxt.header is not header or not _seats_with_presence(header) or rec.serves:
            continue
        seats = [header[k] for k in sorted(header, reverse=True) if header[k] in ("member", "deputy")]
        if rec.block.role == "ledamot" and seats[:1] == ["deputy"]:
            seats.insert(0, "member")   # "Ledamöter / Parti Tjänstgörande ersättare Närv.": the members' column
            #                             read as the block's heading
        if seats[:2] != ["member", "deputy"] or any(i.kind == "mark" for i in rec.items) or not _crossed(nxt):
            continue
        if _other_parties(rec, nxt):
            continue                    # an absent member with no deputy, then the next member
        nxt.serves = True
        nxt.block = replace(nxt.block, role="tjänstgörande ersättare" if serving.get(id(header)) else "ersättare")


def _labels_over_signers(line: Line, above: list[Item], below: list[Item], seen: set[str] | frozenset[str],
                         records: Sequence[Record]) -> bool:
    """"Ordförande Justerare / Anna Ek Per Lund": a line of signature labels over a line that opens with a name
    ends a roster block (the names are the signers, not rows); so does one label over the name of someone the
    roster has already listed ("Ordförande / Andreas Ek" after his row: "Ordförande" is no role of the row above),
    unless the line above is a bare name the label is the caption of. `above`, `below`: the items of the lines
    around; `seen`: the name keys of earlier blocks' records, `records`: this block's so far."""
    if not below or below[0].kind != "person" or not _SIGNATURE_LABELS_LINE.fullmatch(line.text):
        return False
    if len(_SIGNATURE_LABEL_WORD.findall(line.text)) >= 2:
        return True
    caption = len(above) == 1 and above[0].kind == "person"       # "Emilia Ek / ordförande": the name's caption
    key = names_key(str(below[0].value))       # looked up only here: a label line is rare, rows are many
    return not caption and (key in seen or any(names_key(str(r.person.value)) == key for r in records))


def _roles_lead(items: list[Item], persons: list[Item]) -> bool:
    """Whether a line of several names writes each role before its name: a role first ("Ordförande Eva Ek
    Sekreterare Per Lund"), or a title first, no heading word, with none after the last name ("Miljöchef Eva Ek
    Controller Per Lund")."""
    first = items[0]
    if first.start > persons[0].start or first.kind not in ("role", "title"):
        return False
    return first.kind == "role" or (heading_kind(str(first.value)) is None and
                                    not any(i.kind in ("role", "title") for i in items if i.start > persons[-1].start))


def _give_back_leading_role(items: list[Item], records: list[Record]) -> list[Item]:
    """"Anna Ek (m)\nOrdförande Per Lund (s) Vice ordförande": rows written "Name (party) Role", cut before the
    role, leave the role of the row above at the start of the next; a line with one name and a chair's role on
    both sides gives the first back to the record above when that record has none; so does a chair's role before a
    row with a seat after its tag, under rows that each have one ("Bo Ås, (M) Ledamot / Anders Ek, (M) / Ordförande
    Rolf Lind, (KD) Ledamot")."""
    persons = [k for k, i in enumerate(items) if i.kind == "person"]
    if len(persons) != 1 or not items or items[0].kind != "role" or items[0].value not in _PRESIDIUM or not records:
        return items
    after = [i.value for i in items[persons[0] + 1:] if i.kind == "role"]
    seated_above = len(records) >= 3 and all(any(i.kind == "role" for i in r.items) for r in records[-3:-1])
    if not any(role in _PRESIDIUM for role in after) and not (after and seated_above):
        return items
    previous = records[-1]
    if any(i.kind in ("role", "title") for i in previous.items) or previous.signature:
        return items
    previous.items.append(items[0])
    return items[1:]


_LONE_TAG = re.compile(r"[ \t]*([A-ZÅÄÖ]{1,4})[ \t]*")
_UNKNOWN_TAG = re.compile(r"[A-ZÅÄÖ]{2,4}")


def _lone_party(line: Line, gaz: Gazetteer, *, after_heading: bool = False) -> Item | None:
    """A party's letters alone on a line (or after the block's heading: "Beslutande C"); a local party the
    reference does not know ("MBP") is an item without a party."""
    word = re.match(r"[ \t]*([^\W\d_]+)[ \t]+", line.text) if after_heading else None
    start = word.end() if word is not None and word.group(1).lower() in _HEADING_WORDS else 0
    heading = heading_kind(line.text) if after_heading and not start else None
    if heading is not None:             # "Ej tjänstgörande L": a sub-heading, then the first row's letters
        start = heading[1]
    m = _LONE_TAG.fullmatch(line.text, start)
    if m is None:
        return None
    party = gaz.resolve_party(m.group(1))
    if party is None and not _UNKNOWN_TAG.fullmatch(m.group(1)):
        return None
    return Item(line.start + m.start(1), line.start + m.end(1), "party", party, line.index)


def _bare_tags(view: str, rec: Record) -> list[Item] | None:
    """A row's party letters written without brackets (a local party's as a title: "Lars Ek MBP"), or None
    when the row has a bracketed tag of its own."""
    if any(i.kind == "party" and view[i.start - 1:i.start] == "(" for i in rec.items):
        return None
    return [i for i in rec.items if i.kind == "party" or
            (i.kind == "title" and _UNKNOWN_TAG.fullmatch(view[i.start:i.end]) and i is rec.items[-1])]


def _trailing_bare(view: str, rec: Record) -> list[Item]:
    """The party letters without brackets after a row's last bracketed tag ("Anders Lindahl (M) M"): in a party
    column printed before the names, the next row's."""
    last = max((i.end for i in rec.items if i.kind == "party" and view[i.start - 1:i.start] == "("), default=None)
    if last is None:
        return []
    return [i for i in rec.items if i.start >= last and
            (i.kind == "party" or (i.kind == "title" and _UNKNOWN_TAG.fullmatch(view[i.start:i.end])))]


def _shift_parties_first(view: str, lines: list[Line], records: list[Record], gaz: Gazetteer) -> None:
    """A party column printed before the names and flattened row by row leaves each row's letters at the end of
    the line above: "Beslutande C / Ulla Berg, ordförande S / Ulf Ek M / ... / Yvonne Lind". When a block opens
    with a party's letters alone (after its heading or on a line of their own), every row's bare letters move
    to the row below; a letter on a line of its own goes to the row after it. Under a header row that names the
    party column first ("Parti Namn Närvaro Frånvaro Fp"), a deputy's "Ers." after the letters moves with them."""
    first = next((line for line in lines if line.text.strip()), None)
    columns = parse_header(first.text) if first is not None else None
    if columns is not None and "party" not in columns.values():
        first = next((line for line in lines[lines.index(first) + 1:] if line.text.strip()), None)
        if first is None or _lone_party(first, gaz) is None:
            return                      # "LEDAMÖTER N F Tjänstgörande ersättare N / S / Petra Ek X C": a header row
        #                                 without a party column, then the first row's letters alone
    pending = _lone_party(first, gaz, after_heading=True) if first is not None else None
    header = _party_column_first(first, gaz) if first is not None and pending is None else None
    pending = header if header is not None else pending
    if pending is None or any(rec.person.line == first.index for rec in records):
        return
    by_line: dict[int, list[Record]] = {}
    for rec in records:
        by_line.setdefault(rec.person.line, []).append(rec)
    held: list[Item] = []
    for line in lines[lines.index(first) + 1:]:
        lone = _lone_party(line, gaz)
        if lone is not None:
            pending = lone
            continue
        for rec in by_line.get(line.index, []):
            bare = _bare_tags(view, rec)
            if bare is None:            # "(C)": a tag of the row's own, or of the member it serves for
                after = _trailing_bare(view, rec)
                serves = any(i.kind == "substitute" for i in rec.items)
                rec.items = [i for i in rec.items if i not in after] + \
                    ([pending] if serves and pending is not None and pending.value is not None else []) + held
                pending, held = (after[-1] if after else None), []
                continue
            carried = [i for i in rec.items if bare and i.kind == "role" and i.start > bare[-1].start] \
                if header is not None else []   # "Olle Ek X M Ers.": the next row's "Ers." after its party
            rec.items = [i for i in rec.items if i not in bare and i not in carried] + \
                ([pending] if pending is not None and pending.value is not None else []) + held
            held = carried
            pending = bare[-1] if bare else None


def _party_column_first(line: Line, gaz: Gazetteer) -> Item | None:
    """The first row's party letters at the end of a table's header row whose party column comes before the names
    ("2 Parti Namn Närvaro Frånvaro Fp / Jan Ek, Ordförande X S / ..."), or None."""
    header = parse_header(line.text)
    if header is None:
        return None
    order = [meaning for _key, meaning in sorted(header.items(), key=lambda kv: -kv[0] if kv[0] < 0 else kv[0])]
    if "party" not in order or "name" not in order or order.index("party") > order.index("name"):
        return None
    m = re.search(r"[ \t]([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})[ \t]*$", line.text)
    party = gaz.resolve_party(m.group(1)) if m else None
    if party is None:
        return None
    return Item(line.start + m.start(1), line.start + m.end(1), "party", party, line.index)


def _with_names_in_runs(view: str, lines: list[Line], items_by_line: dict[tuple[int, int], list[Item]],
                        gaz: Gazetteer) -> dict[tuple[int, int], list[Item]]:
    """The block's items with the unknown-first-name people of its runs of names (items.names_in_runs)."""
    keys = [(line.index, line.start) for line in lines]
    flat = [item for key in keys for item in items_by_line[key]]
    read = iter(names_in_runs(view, flat, gaz, heading_kind))
    return {key: [next(read) for _ in items_by_line[key]] for key in keys}


def _label_column_rows(view: str, gaz: Gazetteer, labels: list[BlockKind], covered: set[int],
                       legend: dict[str, str], *, after_members: list[BlockKind] | None = None,
                       seen: set[str] | frozenset[str] = frozenset()) -> list[Record]:
    """PDF text extracted column by column: the labels ("Beslutande", "Övriga närvarande") stand
    in one block with nothing under them and the roster rows come later, before the first §.
    Those rows are read as one block; present when a label said so. When the labels after the members' rows
    name one seat ("Övriga närvarande / Ersättare / Tjänstepersoner"), the rows with a party tag and no title
    that no block has read are that seat's."""
    first_item = re.search(r"^[ \t]*(?:8[ \t]*)?§[ \t]*\d", view, re.M)
    end = first_item.start() if first_item else min(len(view), 4000)
    present = True if any(k.present for k in labels) else None
    lines = split_lines(view[:end])
    signed = _under_signature_labels(lines)
    rows = [line for line in lines if line.index not in covered and line.index not in signed
            and _row_like(view, line, gaz)]
    if not rows:
        return []
    records = read_block(view, BlockKind(None, present), rows, gaz, legend=legend)
    seats = {k.role for k in after_members or () if k.role is not None}
    if len(seats) == 1 and not any(k.voting for k in after_members or ()):
        seat = BlockKind(seats.pop(), present)      # "Övriga närvarande / Ersättare / Tjänstepersoner" after the
        for rec in records:                         # members: the politicians are the one seat's column
            if any(i.kind == "party" for i in rec.items) and not any(i.kind in ("role", "title") for i in rec.items) \
                    and names_key(str(rec.person.value)) not in seen:      # a name read again (a page's title) keeps
                rec.block = seat                                            # its seat from its own row
    return records


#: A line of signature labels only ("Sekreterare Ordförande Justerande", "Ordförande:"): the names below are signers.
_SIGNATURE_LABEL_WORD = re.compile(rf"(?:{SIGNATURE_LABELS})", re.IGNORECASE)
_SIGNATURE_LABELS_LINE = re.compile(rf"(?:[ \t]*(?:{SIGNATURE_LABELS})[ \t.:…_]*)+", re.IGNORECASE)


def _under_signature_labels(lines: list[Line]) -> set[int]:
    """Indexes of the lines that hold the signers under a line of stacked signature labels: one name a label."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not line.text.strip() or not _SIGNATURE_LABELS_LINE.fullmatch(line.text):
            continue
        wanted = len(_SIGNATURE_LABEL_WORD.findall(line.text))
        for below in lines[k + 1:k + 1 + 2 * wanted + 3]:
            if wanted and below.text.strip() and not _FORM_FIELD.fullmatch(below.text) \
                    and not re.fullmatch(r"[\s\d–—,.-]+", below.text):      # "Paragrafer 1-15" between
                out.add(below.index)
                wanted -= 1
    return out


#: The heading of what follows the members' rows in a roster: the others present, the deputies, the officials.
_AFTER_MEMBERS = re.compile(r"[ \t]*(?:[ÖOöo]vriga|(?:(?:Passiva|Närvarande|Ej[ \t]+tjänstgörande)[ \t]+)?(?i:ersättare)|"
                            r"Tjänste(?:män|personer))\b")


def _headless_members(view: str, gaz: Gazetteer, covered: set[int], legend: dict[str, str], *,
                      surname_first: bool = False, seen: set[str] | frozenset[str] = frozenset()) -> list[Record]:
    """The members' rows whose heading the converter lost ("kl ande )" for "Beslutande"): two or more lines of
    rows with a party tag right above the "Övriga deltagande" (or "Ersättare") heading, which no block read, are
    the members present. The rows stop at the first line that is not one."""
    lines = split_lines(view)
    out: list[Record] = []
    for k, line in enumerate(lines):
        if not _AFTER_MEMBERS.match(line.text) or heading_kind(line.text) is None:
            continue
        rows: list[Line] = []
        for above in reversed(lines[:k]):
            if not above.text.strip():
                continue                # "Annika Ek (S)\n\nBo Lund (S)": a page's rows a blank line apart
            if above.index in covered or not _TAGGED_ROW.search(above.text) or not _row_like(view, above, gaz):
                break
            rows.insert(0, above)
        if len(rows) >= 2:
            out.extend(read_block(view, BlockKind(None, True), rows, gaz, legend=legend, surname_first=surname_first,
                                  seen=seen))
            covered.update(row.index for row in rows)
    return out


def _row_like(view: str, line: Line, gaz: Gazetteer) -> bool:
    """A line holding one person and what describes them (party, organisation or role), nothing else;
    or several such records one after another, each person followed by its own party, organisation or
    role: rows a narrow column's reader ran together ("Per Ek (S), Ödeshögs kommun Lisa Holm (L), Region
    Östergötland"), since each happened to end where the next one's first word would not have fitted."""
    items = find_items(view, line, gaz)
    persons = [i for i in items if i.kind == "person"]
    if not persons or _is_prose(line, items) or \
            re.search(r"\b(?:väljs|valdes|utses|utsågs|öppna\w*|förklara\w*|beslut\w*)\b", line.text, re.I):
        return False
    if len(persons) == 1:
        return any(i.kind in ("party", "org", "role") for i in items)
    return items[0].kind == "person" and all(any(i.kind in ("party", "org", "role") for i in record)
                                             for record in _records_of(items))


def _records_of(items: Sequence[Item]) -> list[list[Item]]:
    """Items cut before each person: one list per person, the person first."""
    out: list[list[Item]] = []
    for item in items:
        if item.kind == "person" or not out:
            out.append([])
        out[-1].append(item)
    return out


_LEGEND_WORD = r"(närvarande|ej\s+närvarande|frånvarande|tjänstgör\w*|förhinder)"
_LEGEND = re.compile(rf"(?<![\w])(?:((?-i:[A-ZÅÄÖ][a-zåäö]?)|[–—-])\s*=\s*{_LEGEND_WORD}|"
                     rf"{_LEGEND_WORD}\s*=\s*((?-i:[A-ZÅÄÖ][a-zåäö]?)|[–—-])(?![\w]))", re.IGNORECASE)


def find_legend(view: str) -> dict[str, str]:
    """Attendance codes a protocol defines: "(J = närvarande, – = ej närvarande, T = tjänstgör)", or the other
    way round ("Närvarande = N  Frånvarande = F  Tjänstgörande = Tj")."""
    meanings = {"ej närvarande": "frånvarande", "tjänstgörande": "tjänstgör"}
    out = {}
    for m in _LEGEND.finditer(view):
        code, word = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
        word = re.sub(r"\s+", " ", word.lower())
        out[code] = meanings.get(word, word)
    return out


def _lone_member(view: str, line: Line, gaz: Gazetteer) -> Org | None:
    """The member party a line names and nothing else ("Vilhelmina kommun"), after a blank line or a heading (not
    the tail of a row wrapped after "för": "Mats Ek, för / Försäkringskassan")."""
    before = view[max(0, line.start - 200):line.start]
    above = before.rstrip("\n").rsplit("\n", 1)[-1]
    if not (before.endswith("\n\n") or heading_kind(above) is not None):
        return None
    orgs = gaz.find_orgs(view, line.start, line.end)
    if len(orgs) != 1 or orgs[0].org.kind not in MEMBER_KINDS:
        return None
    rest = view[line.start:orgs[0].start] + view[orgs[0].end:line.end]
    return orgs[0].org if not rest.strip(" \t:") else None


def _with_member(records: list[Record], member: Org) -> None:
    """"Vilhelmina kommun / Ordinarie / Eva Ek (S) ... / Ersättare / ...": the rows under seat headings after a
    member party's line, which name no member themselves, represent it."""
    for rec in records:
        if not any(i.kind == "org" for i in rec.items):
            rec.items.append(Item(rec.person.end, rec.person.end, "org", member, rec.person.line, None))


def _group_heading(items: list[Item], following: list[Line], items_by_line: dict[tuple[int, int], list[Item]],
                   previous: Record | None) -> bool:
    """A line with only a member party, followed by a full person row (with a role, party or mark)
    that names none — unless the row before still waits for its party ("Anna Berg" / "Borås kommun")."""
    if len(items) != 1 or items[0].kind != "org" or not following:
        return False
    if previous is not None and not any(i.kind == "org" for i in previous.items):
        return False
    nxt = items_by_line.get((following[0].index, following[0].start), [])
    return (any(i.kind == "person" for i in nxt) and not any(i.kind == "org" for i in nxt)
            and any(i.kind in ("role", "party", "mark") for i in nxt))


def _labels_below(view: str, lines: list[Line]) -> bool:
    """Whether a block's heading ends in a colon ("Övriga deltagande" over "Ersättare: Anna Ek, ..."): it labels
    the names after it, not a column beside the heading above it."""
    if not lines:
        return False
    line_start = view.rfind("\n", 0, lines[0].start) + 1
    if line_start < lines[0].start:             # the names run on after the heading, on its line
        return view[line_start:lines[0].start].rstrip().endswith(":")
    above = view[:line_start].rstrip()          # the heading is the last line with text above the names
    if not above.endswith(":"):
        return False
    heading_start = above.rfind("\n") + 1
    before = view[:heading_start].rstrip()      # "Beslutande: / Ersättare: / Storbacka, Bernt ...": labels stacked
    previous = before[before.rfind("\n") + 1:]  # over the names of both, whose column each is not told
    return not (previous.endswith(":") and heading_kind(previous) is not None)


def _presidium_labels(view: str, lines: list[Line]) -> list[Item]:
    """The chair's and vice chairs' labels opening a line of seat labels only, printed before the names (a block with
    no rows: "Ordförande I viceordf. II viceordf. Medlemmar"): their role items, in order; none when the line holds
    anything but role words and plural seat words."""
    for line in lines:
        labels = _seat_labels_only(view, line)
        if labels is not None and len(labels) >= 2:
            return _chair_labels(labels)
    return []


def _chair_labels(labels: list[Item]) -> list[Item]:
    """The chair's and vice chairs' labels that open a run of seat labels."""
    return list(takewhile(lambda i: i.value in _PRESIDIUM, labels))


def _seat_labels_only(view: str, line: Line) -> list[Item] | None:
    """The role items of a line holding only seat labels ("Ordförande I viceordf.", "II viceordf.", "Medlemmar"), or
    None when it holds anything else."""
    found = find_roles(view, line.start, line.end)
    rest = view[line.start:line.end]
    for r in reversed(found):
        rest = rest[:r.start - line.start] + rest[r.end - line.start:]
    rest = rest.strip(" \t:,")
    if not (found or rest) or (rest and not _SEAT_WORDS.fullmatch(rest)):
        return None
    return [Item(r.start, r.end, "role", r.role, line.index, None, r.start - line.start) for r in found]


#: Plural seat words among seat labels ("Medlemmar", "Ledamöter Ersättare").
_SEAT_WORDS = re.compile(r"(?i:medlemmar|ledamöter|ersättare|suppleanter)(?:[ \t]+(?i:medlemmar|ledamöter|ersättare|"
                         r"suppleanter))*")


def read_rosters(view: str, gaz: Gazetteer, *, reversed_names: bool | None = None) -> list[Record]:
    """Every roster record of a document, in order: roster blocks, then rosters written as prose;
    `reversed_names`: whether the protocol writes names surname first (read from the text when not given)."""
    out: list[Record] = []
    legend = find_legend(view)
    empty_labels: list[BlockKind] = []
    covered: set[int] = set()
    previous_empty: BlockKind | None = None
    stacked = 0                         # empty headings right before this one
    stack: list[BlockKind] = []         # their kinds, in order
    seen: set[str] = set()              # name keys of the records read so far
    blocks = list(find_blocks(view))
    if reversed_names is None:
        reversed_names = names_mod.writes_names_reversed(view)
    surname_first = reversed_names or writes_surname_first(view, [line for _kind, lines in blocks for line in lines])
    after_members: list[BlockKind] | None = None     # the empty labels after the members' rows, once read
    member: Org | None = None           # a member party's line over seat headings ("Vilhelmina kommun / Ordinarie")
    labels_first: list[Item] = []       # the seat labels of a block with no rows, right before this one
    for kind, lines in blocks:
        if not lines:
            empty_labels.append(kind)
            if after_members is not None:
                after_members.append(kind)
        covered.update(line.index for line in lines)
        records = read_block(view, kind, lines, gaz, legend=legend, surname_first=surname_first, seen=seen)
        _place_column(view, records)
        seen |= {names_key(str(r.person.value)) for r in records}
        _counted_column(view, kind, records)
        if member is not None and kind.role in BOARD_ROLES:
            _with_member(records, member)
        lone = _lone_member(view, lines[-1], gaz) if lines else None
        member = lone if lone is not None else member if kind.role in BOARD_ROLES else None
        if any(r.block.role == "ledamot" for r in records):
            after_members = []
        split = _comma_columns(view, records) if stacked == 1 and previous_empty is not None and \
            kind.role is not None and not _sub_heading(previous_empty, kind) else None
        if split is not None:           # "Beslutande Beslutande ersättare A (S), B (M) C (S), D (M)": the one
            for rec in records[:split]:     # gap without a comma parts the two columns of a list run together
                rec.block = previous_empty
        elif stacked == 1 and previous_empty is not None and previous_empty.present is True and \
                kind.present is False and (end := _first_list_end(view, records)) is not None:
            for rec in records[:end]:   # "Beslutande Frånvarande Ek Mika, ordförande, ... Holmberg Sarah. Ekholm
                rec.block = previous_empty      # Marie, ...": two lists, each closed by its full stop
        elif previous_empty is not None and (previous_empty.role is not None or previous_empty.present is False) \
                and kind.role is None and kind.present is not False and stacked == 1:
            for rec in records:         # "Ersättare  Övriga deltagande", "Anmält förhinder  Övriga:": two columns
                if any(i.kind == "party" for i in rec.items):      # read as one list; the politicians are the first's
                    rec.block = previous_empty
        elif stacked and previous_empty is not None and previous_empty.role is not None and kind.role is not None \
                and all(k.role is None for k in stack[:-1]) and (columns := _alternating_columns(records)) is not None:
            for rec, column in zip(records, columns):   # a two-column table read row by row: cells alternate
                rec.block = previous_empty if column == 0 else kind
        elif kind.role is not None and (stacked >= 2 or (stacked and kind.role in ("ersättare", "tjänstgörande ersättare")
                                                          and not _sub_heading(previous_empty, kind))) \
                and not _labels_below(view, lines):
            for rec in records:         # "Beslutande Ersättare Anna Ek ...": whose column is not told
                                        # (but "Beslutande Ledamöter" is a heading and its sub-heading)
                rec.block = BlockKind(None, kind.present, kind.notice)
        if lines and (stacked >= 2 or (stacked == 1 and kind.role == "ersättare" and (
                stack[0].role == "ledamot" or (stack[0].voting and stack[0].role is None))) or (
                stacked == 1 and kind.role == "tjänstgörande ersättare" and stack[0].role == "ledamot")):
            _seat_stacked_columns(view, [*stack, kind], records)   # also "Beslutande ledamöter Ej tjänstgörande ersättare"
        if labels_first and kind.role is not None and len(records) > len(labels_first):
            for rec in records:         # "NÄRVARANDE MEDLEMMAR: Ordförande I viceordf. II viceordf. Medlemmar /
                rec.block = BlockKind(None, kind.present, kind.notice)     # Ersättare / Olav Ek / Sven Ås ...": the
            for rec, label in zip(records, labels_first):                   # seats printed first, the chair's and
                rec.items.append(label)                                     # vice chairs' the first names'; whose
            #                                                                 the others are is not told
        labels_first = _presidium_labels(view, lines) if lines and not records else []
        out.extend(records)
        stack = [*stack, kind] if not lines else []
        stacked = stacked + 1 if not lines else 0
        previous_empty = kind if not lines else None
    if empty_labels:
        out.extend(_label_column_rows(view, gaz, empty_labels, covered, legend, after_members=after_members,
                                      seen=seen))
    else:
        out.extend(_headless_members(view, gaz, covered, legend, surname_first=surname_first, seen=seen))
    _detached_column(out)
    _local_parties(view, out)
    _association_codes(out)
    first = first_section(view, out)
    crosses_present = _crosses_mean_present(out)
    for rec in out:
        rec.first_section = first
        rec.crosses_present = crosses_present
    _presence_columns(view, out)
    _lead_marks(view, out)
    _trailing_marks(view, out)
    _personal_deputies(view, out)
    _seats_counted(view, out)
    _personal_deputies_untold(view, out)
    covered = {r.person.line for r in out}
    told: list[Record] = []
    serving: set[str] = set()
    called = called_in_rows(view)
    if called:
        rows = {r.person.line for r in called}
        out = [r for r in out if r.person.line not in rows] + called
    roll, span = member_party_deputy_rows(view, gaz)
    if span is not None:
        out = [r for r in out if not span[0] <= r.person.start < span[1]] + roll
    there = {names_key(str(r.person.value)) for r in out if r.block.present}
    for kind, segment in prose_rosters(view):
        if segment.index not in covered or kind.role == "tjänstgörande ersättare":
            reader = _Reader(kind, {})
            reader.feed(find_items(view, segment, gaz))
            told.extend(r for r in reader.records
                        if segment.index not in covered or names_key(str(r.person.value)) not in there)
            if kind.role == "tjänstgörande ersättare":
                serving |= {names_key(str(r.person.value)) for r in reader.records}
    found = [r for r in out + told if not (r.block.present is False and names_key(str(r.person.value)) in serving)
             and not _certifier(view, r)]
    lines = {r.person.line for r in found}
    named = {names_key(str(r.person.value)) for r in found}
    found += [r for r in _untitled_rows(view, gaz)
              if r.person.line not in lines and names_key(str(r.person.value)) not in named]
    named = {names_key(str(r.person.value)) for r in found}
    return found + [r for r in _name_party_table(view, gaz) if names_key(str(r.person.value)) not in named]
    #       "Samtliga ledamöter utom A ... <the serving deputies' column run on>": a deputy the prose says was
    #       called in to serve ("Suppleanterna B och C har inkallats för tjänstgöring") was there


#: What stands between a row's party tag and the next row of a list run together: the tag's bracket, commas,
#: notes in brackets ("(S) (ej 248 p.g.a jäv), "), up to three short words in lower case, a role's abbreviation or
#: a note whose times and §§ the converter lost ("(c), ordf ", "(kd) kl ", "(m) , deltog ej i "), and the row's seat
#: in a column after its tag ("Eva Ek, (S) Ledamot ").
_ROW_GAP = re.compile(r"\)?(?:[\s,;]*\([^()\n]{0,40}\))*(?:[\s,;]+(?!(?:och|samt|eller|av|för|med|till|från|om|som|att)\b)"
                      r"(?-i:[a-zåäö]{1,8})\.?(?![\w(-])){0,3}"     # (not "A (S) och B (M)": a list of names)
                      r"(?:[\s,;]+(?-i:Ledamot|Ersättare|Ordförande|Vice[ \t]+ordförande)(?![\w-]))?[\s,;]*")
#: What stands inside a row before its party tag: a comma before a role, the tag's bracket ("Eva Ek, ordförande (").
_IN_ROW = re.compile(r"[\s,;(]*")
#: The fewest such rows that make a roster without a heading, and the first item's § sign, before which they stand
#: (after it, names in a list are those elected or voting in an item).
_UNTITLED_RUN = 5
_FIRST_SIGN = re.compile(r"§[ \t]*\d")


def _untitled_rows(view: str, gaz: Gazetteer) -> list[Record]:
    """Rows "Göran Ek, ordförande (S), Lars Ås (M) (ej 248), ..." run together, five or more with a party tag and
    nothing but commas and bracketed notes between them, on a line no roster was read from (a scan's OCR made
    "Beslutande" "e~~~,de" or "Beslutat"): the people present, whose seat is not told. Anything else between two
    rows (a garbled heading) ends a run."""
    out: list[Record] = []
    first_item = _FIRST_SIGN.search(view)
    for line in split_lines(view[:first_item.start()] if first_item else view):
        if line.text.count("(") < _UNTITLED_RUN:
            continue
        for run in _tagged_runs(view, find_items(view, line, gaz)):
            if len(run) >= _UNTITLED_RUN:
                reader = _Reader(BlockKind(None, True), {}, view=view)
                reader.feed([i for row in run for i in row])
                out.extend(reader.records)
    return out


#: A table's header of given name, surname and party ("Förnamn Efternamn Partibeteckning"), and its rows run together
#: after it, each party's letters bare after the name ("Suzanne Ek m Anna Berg s ..."); a page's turn between them.
_NAME_PARTY_HEADER = re.compile(r"(?i:förnamn)[ \t]+(?i:efternamn)[ \t]+(?i:parti)[a-zåäö]*[ \t:]*")
_TABLE_NAME_WORD = r"(?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?"   # "RosMarie"
_BARE_TAGGED_ROW = re.compile(rf"({_TABLE_NAME_WORD}(?:[ \t]+{_TABLE_NAME_WORD}){{1,3}})[ \t]+"
                              r"([A-Za-zÅÄÖåäö]{1,3})(?![\w-])[ \t]*")
_PAGE_TURN = re.compile(r"[ \t]*\n+" + _PAGE_HEAD_ONLY.pattern)


def _name_party_table(view: str, gaz: Gazetteer) -> list[Record]:
    """The rows under `_NAME_PARTY_HEADER`, while each is a name and a party's letters: the people listed (an
    upprop's members), present; whose seat is not told."""
    out: list[Record] = []
    lines = LineIndex(view)
    for head in _NAME_PARTY_HEADER.finditer(view):
        pos, items = head.end(), []
        while (row := _BARE_TAGGED_ROW.match(view, pos)) is not None and \
                (party := gaz.resolve_party(row.group(2))) is not None and row.group(2) in _BARE_PARTY_TAGS:
            line = lines.line_of(row.start(1))
            items += [Item(row.start(1), row.end(1), "person", names_mod.clean_name(row.group(1)), line),
                      Item(row.start(2), row.end(2), "party", party, line)]
            pos = row.end()
            turn = _PAGE_TURN.match(view, pos)
            pos = turn.end() if turn is not None else pos
        if items:
            reader = _Reader(BlockKind(None, True), {}, view=view)
            reader.feed(items)
            out.extend(reader.records)
    return out


def _tagged_runs(view: str, items: list[Item]) -> list[list[list[Item]]]:
    """A line's rows "person[, role] (party)" and the items in the bracketed notes after them, grouped in runs that
    only commas and such notes part."""
    runs: list[list[list[Item]]] = [[]]
    for record in _records_of(items):
        party = next((k for k, i in enumerate(record) if i.kind == "party"), None)
        if record[0].kind != "person" or party is None or not all(
                _IN_ROW.fullmatch(view, a.end, b.start) for a, b in zip(record, record[1:party + 1])):
            runs.append([])
            continue
        row = record[:party + 1]
        gap = _ROW_GAP.match(view, row[-1].end)
        row += [i for i in record[party + 1:] if i.end <= gap.end()]
        if runs[-1] and not _ROW_GAP.fullmatch(view, next(i for i in runs[-1][-1] if i.kind == "party").end,
                                               row[0].start):
            runs.append([])
        runs[-1].append(row)
    return runs


def _place_column(view: str, records: list[Record]) -> None:
    """Rows "Förnamn Efternamn Ort", one a line ("Bengt Wiklund Alnö", "Saga Bruneskogh Stöde"): where three or more
    rows of a block, at least half of them, end in a word that no name list knows and that ends as no surname does,
    that word is a column of places (a parish, a village), not the last part of each name."""
    def place_start(rec: Record, *, column: bool = False) -> int | None:
        name = str(rec.person.value)
        words = name.split(" ")
        line_end = view.find("\n", rec.person.end)
        rest = view[rec.person.end:len(view) if line_end < 0 else line_end]
        last = words[-1]
        if len(words) != 3 or rest.strip() or view[rec.person.start:rec.person.end] != name or \
                not names_mod.is_first_name(words[0]) or names_mod.is_first_name(last) or not last[:1].isupper():
            return None
        if names_mod.surname_like(last) and not (column and names_mod.surname_like(words[1])):
            return None                 # (in a column of places, "Lars Larsson Torp": a place that is a surname too)
        return rec.person.end - len(last)
    starts = [(rec, cut) for rec in records if (cut := place_start(rec)) is not None]
    if len(starts) < 3 or 2 * len(starts) < len(records):
        return
    starts = [(rec, cut) for rec in records if (cut := place_start(rec, column=True)) is not None]
    for rec, cut in starts:
        name = view[rec.person.start:cut].rstrip()
        rec.person = replace(rec.person, end=rec.person.start + len(name), value=name)


#: A line that certifies the posted notice or an extract ("Intygar:", "Utdragets riktighet bestyrkes"): its signer
#: checks no minutes.
_CERTIFIES = re.compile(r"(?i)[ \t]*(?:intygar|betygar|utdragets[ \t]+riktighet[ \t]+(?:intygas|bestyrkes)|"
                        r"rätt[ \t]+utdraget[ \t]+(?:intygar|betygar))\b")


def _certifier(view: str, rec: Record) -> bool:
    """Whether a record's name stands right after a certification label ("Intygar: Eva Ek, avdelningssekreterare"):
    the posted notice's or an extract's signer, who attends nothing."""
    line_start = view.rfind("\n", 0, rec.person.start) + 1
    m = _CERTIFIES.match(view, line_start, rec.person.start)
    return m is not None and not view[m.end():rec.person.start].strip(" \t:")


#: The words that open attendance prose; the prose itself opens at the start of the text, after a full stop or
#: after a line break, with blanks before the words (see _prose_openings).
_PROSE_OPEN = re.compile(r"(?:(närvarande|frånvarande)\s+(?:beslutande\s+)?(?:var|voro|är)\b|"
                         r"(?:(?:anmält|meddelat)\s+)?(förhinder)\s+(?:hade|har|anmälde)\b|"
                         r"(ersättarna|ledamöterna|ersättaren|ledamoten|suppleanterna|suppleanten)\s+(?-i:[A-ZÅÄÖ]))",
                         re.IGNORECASE)
_PROSE_ROLE = re.compile(r"\b(ledamöterna|ledamoten|ledamöter|ersättaren|ersättarna|suppleanterna|suppleanten|"
                         r"tjänstgörande\s+ersättaren?|samt)\b", re.IGNORECASE)
#: "Suppleanterna A, B samt C har inkallats för tjänstgöring": deputies called in to serve.
_PROSE_SERVING = re.compile(r"(?:inkallats|kallats\s+in|inträtt)\s+(?:för|till)\s+tjänstgöring|\btjänstgör\b", re.IGNORECASE)
_PROSE_ABSENT = re.compile(r"förhinder|frånvarande|deltog\s+inte|var\s+inte\s+närvarande|saknades", re.IGNORECASE)


def _comma_columns(view: str, records: list[Record]) -> int | None:
    """Where two columns run together as one list change column, told by their commas: the one gap between rows
    without a comma, among three or more with one ("... Inger Ek (KD) Marita Sund (S), Leif Berg (S), ..."), or
    the first gap with one after three or more without, where most gaps from there on have one (the first column
    one name a line, the second a comma-separated list: "... Eva Lo (s) Lars Vik (v) Mia Ek (mp), Jon Al (s), ...");
    None if not so."""
    if len(records) < 5:
        return None
    ends = [max([rec.person.end, *(i.end for i in rec.items)]) for rec in records]
    gaps = ["," in view[end:nxt.person.start] for end, nxt in zip(ends, records[1:])]
    bare = [k for k, comma in enumerate(gaps) if not comma]
    if len(bare) == 1 and len(gaps) - 1 >= 3 and 0 < bare[0] < len(gaps) - 1:
        return bare[0] + 1
    first = gaps.index(True) if True in gaps else None
    if first is not None and first >= 3 and (rest := gaps[first:]).count(True) >= max(2, 0.6 * len(rest)):
        return first                    # the second column's first name is followed by its comma
    return None


def _sub_heading(above: BlockKind | None, kind: BlockKind) -> bool:
    """"Övriga närvarande / Ersättare Anna Ek ...": deputies under a heading of those present who do not vote are a
    group of it, not a second column beside it (as "Beslutande / Ersättare" are)."""
    return above is not None and above.role is None and above.present is True and not above.voting and \
        not above.notice and kind.role == "ersättare"


def _local_parties(view: str, records: list[Record]) -> None:
    """Tags the reference does not know ("Eva Ek (T)", "Bo Lund (SRD)") are local parties when most rows of the
    rosters carry a party the reference knows; where most tags are unknown (three different ones or more) they are
    the codes of the associations members speak for ("(HSO)", "(DHR)" in a council of associations): what those
    members represent, no party."""
    unknown = [(rec, i) for rec in records for i in rec.items
               if i.kind == "party" and i.value is None and view[i.start:i.start + 1] == "("]
    known = sum(any(i.kind == "party" and isinstance(i.value, Party) for i in rec.items) for rec in records)
    if not unknown:
        return
    local = known >= 3 and known >= 2 * len(unknown)
    if not local and len({view[i.start:i.end] for _rec, i in unknown}) < 3:
        return                          # a tag or two: a local party or an association's, untold
    for rec, item in unknown:
        tag = view[item.start:item.end].strip("() \t")
        if not local and tag.islower():
            continue                    # "(ap)": a local party's letters where parties are known, else a note
        rec.items[rec.items.index(item)] = replace(item, value=Party(tag.upper(), tag)) if local else \
            replace(item, kind="org", value=_association(tag))


#: The key prefix of an association a council's member speaks for ("(PRO)", "(DHR)"): what the member represents.
ASSOCIATION = "association/"
def _association(label: str) -> Org:
    """The association a member speaks for, as printed ("PRO", "Demensföreningen")."""
    return Org(ASSOCIATION + slugify(label), label, OrgKind.OTHER)


#: An association's code written as a row's cell ("Gertrud Ek, PRO"): capitals, not a title's abbreviation.
_CODE_CELL = re.compile(r"(?!VD$|HR$|IT$)[A-ZÅÄÖ]{2,5}")
_ASSOCIATION_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöé-]*(?:föreningen|förbundet|förening|förbund)")


def _association_codes(records: list[Record]) -> None:
    """"Gertrud Ek, PRO / Inger Berg, SPF / Marit Ås, SKPF": a code in capitals after the names of three rows or
    more, where those rows name no party, is the association each member speaks for, not a title; beside such
    codes, so is an association written out ("Elin Ek, Demensföreningen")."""
    def cell(item: Item, pattern: re.Pattern[str]) -> str | None:
        value = item.value.strip(" .") if item.kind == "title" and isinstance(item.value, str) else ""
        return value if pattern.fullmatch(value) else None

    unparty = [rec for rec in records if not any(j.kind == "party" and j.value is not None for j in rec.items)]
    codes = [(rec, i, value) for rec in unparty for i in rec.items if (value := cell(i, _CODE_CELL))]
    if len({id(rec) for rec, _i, _v in codes}) < 3:
        return
    named = [(rec, i, value) for rec in unparty for i in rec.items if (value := cell(i, _ASSOCIATION_NAME))]
    for rec, item, value in codes + named:    # beside the codes, an association's name ("Elin Ek, Demensföreningen")
        rec.items[rec.items.index(item)] = replace(item, kind="org", value=_association(value))


def _alternating_columns(records: list[Record]) -> list[int] | None:
    """The column (0 or 1) of each row when two column headings stand over one list that a converter read row by
    row ("Direktionens ledamöter / Direktionens ersättare / Åke Ek (S) ordförande / Roger Ås (S) / Eva Berg (S)
    vice ordf. / ..."): a cell a line, one blank line between cells and one more for an empty cell. Told by the
    presidium (the chair first, the vice chair third: the first column's first two rows) or by a serving deputy
    in the second column, never by the count alone."""
    if len(records) < 4 or len({r.person.line for r in records}) < len(records):
        return None
    gaps = [b.person.line - a.person.line - 1 for a, b in zip(records, records[1:])]
    if any(g not in (1, 2) for g in gaps):
        return None
    columns = [0]
    for gap in gaps:
        columns.append((columns[-1] + gap) % 2)

    def roles(rec: Record) -> set[str]:
        return {str(i.value) for i in rec.items if i.kind == "role"}

    presidium = "ordförande" in roles(records[0]) and "vice ordförande" in roles(records[2]) and columns[2] == 0 \
        and not roles(records[1]) & {"ordförande", "vice ordförande"}
    deputies = [n for n, rec in enumerate(records) if roles(rec) & {"tjänstgörande ersättare", "ersättare"}
                or any(i.kind == "substitute" for i in rec.items)]
    serving = bool(deputies) and all(columns[n] == 1 for n in deputies)
    return columns if presidium or serving else None


def _members_first(records: list[Record], *, absent_column: bool = False) -> None:
    """"Närvarande ledamöter: / Frånvarande: / Övriga närvarande: / Anna Ek / Per Lund / ... / Eva Berg, VD": the
    members' label first over labels of no seat, then every column's names: the rows before the first with a title
    or role are the members'. Where a column of the absent is among them (`absent_column`), where the absent ones
    begin is not told: the members' presence is left open."""
    for rec in records:
        if any(i.kind in ("role", "title", "substitute") for i in rec.items) or rec.block.role is not None:
            return
        rec.block = BlockKind("ledamot", None if absent_column else rec.block.present, rec.block.notice)


_COUNT = re.compile(r"\((\d{1,2})\)[ \t:]*$")


def _counted_column(view: str, kind: BlockKind, records: list[Record]) -> None:
    """"Ledamöter (7) Anna Ek S 1 ... (14 rows)": a heading that counts its seats holds that many rows; whose the
    rows after them are (the deputies' heading lost) is not told."""
    if kind.role is None or not records:
        return
    m = _COUNT.search(view, max(0, records[0].person.start - 30), records[0].person.start)
    if m is None or not 0 < int(m.group(1)) < len(records):
        return
    for rec in records[int(m.group(1)):]:
        rec.block = BlockKind(None, rec.block.present, rec.block.notice)


def _detached_column(records: list[Record]) -> None:
    """A table's right-hand column read after all its rows ("... Birgitta Ek (S) Ordförande Vice ordförande för
    Kent Lo (V) för Dan Ek (SD)"): it lost its empty cells and piled on the last row. The chair's and the vice
    chair's seats are the roster's first two members' (a chair is listed first); the "för X" cells are the last
    rows' (`_piled_substitutes`)."""
    for end, rec in enumerate(records):
        roles = [i for i in rec.items if i.kind == "role"]
        if [i.value for i in roles] != ["ordförande", "vice ordförande"] or rec.block.role == "ledamot":
            continue
        seats = [r for r in records[:end] if r.block.role == "ledamot"][:2]
        if len(seats) < 2 or any(i.kind in ("role", "title") for r in seats for i in r.items):
            continue
        rec.items = [i for i in rec.items if i.kind != "role"]
        for seat, role in zip(seats, roles):
            seat.items.append(role)
        _piled_substitutes(records, end)


def _piled_substitutes(records: list[Record], end: int) -> None:
    """The "för X" cells of a detached column piled on one row (records[end]): the last rows', one each, in order,
    where those rows serve for nobody else and stand under the same heading. (Only with the chairs' cells: the real
    gold leaves "Finn Ek Bo Lo för Jan Ås för Mona Berg" under a bare Beslutande unpaired.)"""
    rec = records[end]
    subs = sorted((i for i in rec.items if i.kind == "substitute"), key=lambda i: i.start)
    bounds = [i.start for i in subs[1:]] + [rec.span[1] + 1]
    cells = [[sub, *[i for i in rec.items if i.kind == "party" and sub.start < i.start < bound][:1]]
             for sub, bound in zip(subs, bounds)]
    rows = records[end - len(cells) + 1:end + 1]
    if len(cells) < 2 or len(rows) != len(cells) or any(r.block != rec.block for r in rows) or \
            any(i.kind == "substitute" for r in rows[:-1] for i in r.items):
        return
    moved = {id(i) for cell in cells for i in cell}
    rec.items = [i for i in rec.items if id(i) not in moved]
    for row, cell in zip(rows, cells):
        row.items.extend(cell)


_FULL_STOP = re.compile(r"[ \t]*\.(?![\w.])")


def _first_list_end(view: str, records: list[Record]) -> int | None:
    """How many rows the first of two lists run together holds, when it closes with a full stop after a row
    ("..., Holmberg Sarah, ersättare. Ekholm Marie, ..."), and some rows follow it; else None."""
    for n, rec in enumerate(records[:-1]):
        end = rec.span[1]
        if _FULL_STOP.match(view, end) or (view[end - 1:end] == "." and _FULL_STOP.match(view, end - 1)):
            return n + 1
    return None


def _seat_stacked_columns(view: str, kinds: list[BlockKind], records: list[Record]) -> None:
    """"Ordinarie ledamöter Tjänstgörande ersättare Närvarande ersättare Övriga Anna Ek (S) ... Per Lund (V) för
    Ola Berg (S) ...": column headings stacked over the names of all the columns, read column after column. The
    rows before the first that serves for a member are the members' column, those that serve for one are the
    serving deputies; whose column the rows after them are is not told. Under "Beslutande ledamöter / Ej
    tjänstgörande ersättare / Övriga" the serving deputies close the first column (they vote), and the rows with a
    party tag right after them are the second column's deputies; the officials follow."""
    if len(kinds) > 2 and kinds[0].role is None and not kinds[0].voting and not kinds[0].notice and \
            (kinds[1].voting or kinds[1].role is not None):
        kinds = kinds[1:]               # "Närvarande / Beslutande / Ersättare": a title over the columns' headings
    roles = [k.role for k in kinds]
    if roles[0] == "ledamot" and not any(roles[1:]) and not any(k.voting for k in kinds[1:]):
        _members_first(records, absent_column=any(k.present is False for k in kinds[1:]))
        return
    if roles[0] == "tjänstgörande ersättare" and "ersättare" in roles[1:]:
        _serving_then_deputies(records)
        return
    if roles[0] == "ersättare" and not any(roles[1:]):
        _deputies_until_officials(records)      # "Ersättare / Tjänstemän": the deputies' party-tagged rows first
        return
    seats = [k for k in kinds if k.role is not None]
    if roles[0] is None and len(seats) == 1 and not any(k.voting for k in kinds):
        for rec in records:             # "Övriga deltagande Tjänstemän Ej tjänstgörande ersättare Helena Ek, kommun-
            if any(i.kind == "party" for i in rec.items) and \
                    not any(i.kind in ("title", "role", "orgrole") for i in rec.items):    # sekreterare Arne Ås (FP)
                rec.block = BlockKind(seats[0].role, rec.block.present, rec.block.notice)    # ...": the officials
        return                          # have titles, the one seat's rows party tags
    deciding = kinds[0].voting and roles[0] is None      # "Beslutande / Ej tjänstgörande ersättare / Övriga ..."
    if "ledamot" not in roles and not deciding:
        return
    later = roles[roles.index("ledamot") + 1:] if "ledamot" in roles else roles[1:]
    members = BlockKind("ledamot", None) if "ledamot" in roles else kinds[0]
    deputies_next = "tjänstgörande ersättare" not in later and "ersättare" in later
    if "tjänstgörande ersättare" not in later and not deputies_next:
        return
    serving = [n for n, rec in enumerate(records) if any(i.kind == "substitute" or (
        i.kind == "role" and i.value == "tjänstgörande ersättare") for i in rec.items)]
    if not serving and deciding and deputies_next and (end := _party_order_end(view, records)) and \
            not _party_order_end(view, records[end:]):      # the deputies' column keeps the parties' order too
        for rec in records[:end]:       # "Beslutande: Ej tjänstgörande ersättare Anna Ek (S) ... Bo Lund (KD) Eva Ås
            rec.block = BlockKind(members.role, rec.block.present, rec.block.notice, members.voting)   # (S) ...": the
        _deputies_until_officials(records[end:])      # deputies' column starts where the parties' order starts again
        return
    if not serving and "ledamot" in roles and "tjänstgörande ersättare" in later and \
            (column := _serving_after_members(view, records)) is not None:
        end, stop = column
        for rec in records[:end]:       # "Ledamöter / Tjänstgörande ersättare / Eva Ek (C), ordf ... Jörgen Ås (BP)
            rec.block = BlockKind(members.role, rec.block.present, rec.block.notice, members.voting)    # Mikael Ny
        for rec in records[end:stop]:   # (KD) Lars Ås (S) ... Bo Lund,": the serving deputies' column starts where
            rec.block = BlockKind("tjänstgörande ersättare", rec.block.present, rec.block.notice)   # the parties'
        if "ersättare" in later[later.index("tjänstgörande ersättare"):]:      # order starts again; the rows without
            _deputies_until_officials(records[stop:])                           # a party after it another column's
        return
    if not serving or not serving[0]:
        return
    for n, rec in enumerate(records[:serving[-1] + 1]):
        if n < serving[0] and any(i.kind == "title" and _staff_title(str(i.value)) for i in rec.items):
            return                      # an official before the first deputy: not a column of members
    column_end = serving[-1] + 1
    if deputies_next:                   # deputies serving in their members' seats: the column runs on to its parties' end
        column_end = max(column_end, _party_order_end(view, records, skip=set(serving)))
    for n, rec in enumerate(records[:column_end]):
        if n in serving:
            rec.block = BlockKind("tjänstgörande ersättare", rec.block.present, rec.block.notice)
        elif n < serving[0] or column_end > serving[-1] + 1 or not _absent_row(rec):
            rec.block = BlockKind(members.role, rec.block.present, rec.block.notice, members.voting)
            #                           a row between two serving deputies sits in the members' column too
        else:
            rec.block = BlockKind(None, rec.block.present, rec.block.notice)
    if deputies_next or ("tjänstgörande ersättare" in later and "ersättare" in later[later.index("tjänstgörande ersättare"):]):
        _deputies_until_officials(records[column_end:])      # "Ledamöter / Tjg ersättare / Övriga ersättare / ..."


def _serving_after_members(view: str, records: list[Record]) -> tuple[int, int] | None:
    """Under "Ledamöter / Tjänstgörande ersättare" stacked over one run: (end, stop) of the serving deputies' rows,
    from where the parties' order starts again (the chairs at the top aside) to the first row without a party. The
    column must keep the parties' order itself and be shorter than the members' (the few who served); a deputy
    printed in their member's row breaks the order within the column, and nothing is told then."""
    end = _party_order_end(view, records, skip=_presidium_rows(records))
    if not end:
        return None
    stop = next((n for n in range(end, len(records)) if not any(i.kind == "party" for i in records[n].items)),
                len(records))
    if not stop - end < end or _party_order_end(view, records[end:stop]):
        return None
    return end, stop


def _presidium_rows(records: list[Record]) -> set[int]:
    """The rows of the chair and vice chairs, printed at the top of a column out of their parties' order."""
    return {n for n, rec in enumerate(records) if any(i.kind == "role" and i.value in _PRESIDIUM for i in rec.items)}


def _absent_row(rec: Record) -> bool:
    """Whether a row is marked absent ("Stefan Ek (s) ej närvarande")."""
    return any(i.kind == "mark" and i.value == "frånvarande" for i in rec.items)


def _serving_then_deputies(records: list[Record]) -> None:
    """"Tjänstgörande ersättare / Ej tjänstgörande ersättare / Övriga" over one run: the rows serving for a member
    first, then the party-tagged rows (the deputies who do not serve) until the officials."""
    n = 0
    while n < len(records) and any(i.kind == "substitute" for i in records[n].items):
        records[n].block = BlockKind("tjänstgörande ersättare", records[n].block.present, records[n].block.notice)
        n += 1
    if n:
        _deputies_until_officials(records[n:])


def _deputies_until_officials(records: list[Record]) -> None:
    """The party-tagged rows of a stacked run's deputies' column, until the officials' column begins (a row
    without a party's tag, or with a title or role)."""
    for rec in records:
        if not any(i.kind == "party" for i in rec.items) or any(i.kind in ("title", "role") for i in rec.items):
            break
        rec.block = BlockKind("ersättare", rec.block.present, rec.block.notice)


def _party_order_end(view: str, records: list[Record], skip: set[int] = frozenset()) -> int:
    """Where a column of seats listed party by party ends: at the first row whose party came before, with other
    parties between ("M M AD FP KD C S S V MP | M AD FP ..."); 0 where no party returns before the first row
    without one (the officials). A local party not yet resolved counts by its letters. The rows of `skip` (deputies
    serving in a member's seat, "Per Ek (M), ersätter Eva Lo (FP)") stand out of the order."""
    closed: set[str] = set()
    current: str | None = None
    for n, rec in enumerate(records):
        if n in skip:
            continue
        item = next((i for i in rec.items if i.kind == "party"), None)
        if item is None:
            return 0
        party = item.value.abbreviation if isinstance(item.value, Party) else view[item.start:item.end].strip("() ").upper()
        if party in closed:
            return n
        if party != current and current is not None:
            closed.add(current)
        current = party
    return 0


#: The sentence over a list of the deputies called in for members who sent word they could not come ("Ordföranden
#: konstaterade att följande ersättare har kallats i de ledamöters ställe som anmält förhinder:").
_CALLED_IN = re.compile(r"(?i:ersättare)[^.:\n]{0,40}?(?:kallats|kallades|inkallats|inträder|inträtt)[^.:\n]{0,80}?"
                        r"(?:ställe|för)[^.:\n]{0,60}:[ \t]*$", re.MULTILINE)
#: ... and over the members who were absent ("Följande ledamöter var frånvarande vid namnuppropet:").
_ABSENT_LIST = re.compile(r"(?i:ledamöter)[^.:\n]{0,20}?(?:var|är|har[ \t]+varit)[ \t]+frånvarande[^.:\n]{0,60}:[ \t]*$",
                          re.MULTILINE)
_LISTED_NAME = r"((?-i:[A-ZÅÄÖ])[^\W\d_]+(?:-[^\W\d_]+)*(?:[ \t]+(?-i:[A-ZÅÄÖ])[^\W\d_]+(?:-[^\W\d_]+)*){1,3})"
_LISTED_TAG = r"(?:[ \t]*\([^()\n]{1,6}\))?"
#: "• Maaret Ek, ersättare Laura Ås": the member, then the deputy called in for them.
_CALLED_ROW = re.compile(rf"[ \t]*[•·*–-][ \t]*{_LISTED_NAME}{_LISTED_TAG},[ \t]*(ersättaren?)[ \t]+{_LISTED_NAME}"
                         rf"{_LISTED_TAG}[ \t]*$")
#: "• ledamoten Joel Ek": an absent member.
_ABSENT_ROW = re.compile(rf"[ \t]*[•·*–-][ \t]*(?:ledamoten[ \t]+)?{_LISTED_NAME}{_LISTED_TAG}[ \t]*$")


def called_in_rows(view: str) -> list[Record]:
    """A roll call written as two bulleted lists under sentences (a city council's "Namnupprop och förhinder"):
    "följande ersättare har kallats i de ledamöters ställe som anmält förhinder: • Maaret Ek, ersättare Laura Ås",
    then "Följande ledamöter var frånvarande vid namnuppropet: • ledamoten Joel Lund". Each member called in for
    was absent and the deputy after them served for them; the members of the second list were absent. The rows
    say so by their place, so first names no list knows are read too."""
    out: list[Record] = []
    for intro, row in ((_CALLED_IN, _CALLED_ROW), (_ABSENT_LIST, _ABSENT_ROW)):
        for m in intro.finditer(view):
            pos = m.end() + 1
            while pos < len(view):
                end = view.find("\n", pos)
                end = len(view) if end < 0 else end
                if not view[pos:end].strip():
                    pos = end + 1
                    continue
                found = row.match(view, pos, end)
                if found is None:
                    break
                out.extend(_listed_records(view, found, called=row is _CALLED_ROW))
                pos = end + 1
    return out


def _listed_records(view: str, m: re.Match[str], *, called: bool) -> list[Record]:
    """The records of one listed row: an absent member, or a member called in for and the deputy who served."""
    line = view.count("\n", 0, m.start())
    member = Item(m.start(1), m.end(1), "person", names_mod.clean_name(m.group(1)), line)
    if not called:
        return [Record(member, BlockKind("ledamot", False), {})]
    deputy = Item(m.start(3), m.end(3), "person", names_mod.clean_name(m.group(3)), line)
    items = [Item(m.start(2), m.end(2), "role", "ersättare", line), Item(m.start(2), m.end(2), "mark", "tjänstgör", line),
             Item(m.start(1), m.end(1), "substitute", member.value, line)]
    return [Record(member, BlockKind(None, False), {}), Record(deputy, BlockKind(None, True), {}, items)]


#: A roll's header of three columns, the member's, the party's and the serving deputy's ("Ledamöter Parti
#: Tjänstgörande ersättare"), over rows flattened into one run: "Hermansson Sten FP Fritzon Heléne S Benny Jönsson".
_MEMBER_PARTY_DEPUTY = re.compile(r"(?<![\w-])(?i:ordinarie[ \t]+)?(?i:ledamöter|ledamot)\s+(?i:parti)\s+"
                                  r"(?i:tjänstgörande|tjg\.?)\s+(?i:ersättare)(?![\w-])")
#: A roll's header whose party column is unnamed and comes first, the member's and the deputy's columns each with a
#: column of notes, then the presence column ("Ledamöter Avvikande /tid Ersättare Avvikande /tid Närvaro"), over rows
#: "S Bengt Karlsson 1 ... S Jan-Erik Idsjö Stig Svensson 1": the party, the member, the deputy who served, the mark.
_NOTE_COLUMN = r"(?i:avvikande|/?[ \t]*tid|anm\.?|anteckning(?:ar)?|kommentar)"
_PARTY_FIRST_ROLL = re.compile(rf"(?<![\w-])(?i:ordinarie[ \t]+)?(?i:ledamöter|ledamot)(?:\s+{_NOTE_COLUMN}){{0,3}}\s+"
                               rf"(?i:ersättare)(?:\s+{_NOTE_COLUMN}){{0,3}}\s+(?i:närvaro|närv\.?)(?![\w-])")
#: The cells of such a run: a word of a name, a party's capitals, a number (a page's; a presence mark in a
#: party-first roll), a cross, a seat before the first rows.
_RUN_TOKEN = re.compile(r"(?P<seat>(?:[1-3]:[ae][ \t]+)?(?i:vice)[ \t]+(?i:ordf(?:\.|örande)?)(?![\w-])|"
                        r"(?i:ordförande|ordf\.?)(?![\w-]))|"
                        r"(?P<tag>(?-i:[A-ZÅÄÖ]{1,4}))(?![\w-])|"
                        r"(?P<word>(?-i:[A-ZÅÄÖÉØÜ])(?=[\wåäöéøü'-]*[a-zåäöéøü])[\wåäöéøü'-]+)(?![\w-])|"
                        r"(?P<page>\d{1,3})(?![\w-])|(?P<cross>[Xx])(?![\w-])")
_ROLL_MIN = 3


@dataclass(frozen=True, slots=True)
class _RollRow:
    """One row of a flattened roll: the seats printed before it, the member's words, the party's tag, the words
    of the deputy who served for the member, and whether a presence mark closed the row."""

    seats: tuple[re.Match[str], ...]
    member: tuple[re.Match[str], ...]
    tag: re.Match[str]
    deputy: tuple[re.Match[str], ...]
    marked: bool


def member_party_deputy_rows(view: str, gaz: Gazetteer) -> tuple[list[Record], tuple[int, int] | None]:
    """A roll flattened row by row whose party tags are bare capitals, read by its header:
    - `_MEMBER_PARTY_DEPUTY`: each member written surname first, the party closing the row's first two cells, and
      the deputy who served for the member, if any, first name first before the next member;
    - `_PARTY_FIRST_ROLL`: the party first, the member, the deputy who served, and a presence mark.
    A member a deputy served for was absent. In the first, the others are taken as present (the roll lists those
    who decide); in the second, a mark tells it. Returns the records and the run's span, or none when the rows after
    the header are not of that shape (tags in brackets, crosses: the row grammar reads those)."""
    for header, party_first in ((_MEMBER_PARTY_DEPUTY, False), (_PARTY_FIRST_ROLL, True)):
        head = header.search(view)
        if head is None:
            continue
        cells = _run_cells(view, head.end(), marks=party_first)
        rows = _party_first_rows(cells) if party_first else _run_rows(cells)
        if len(rows) < _ROLL_MIN:
            continue
        out = [rec for row in rows for rec in _roll_records(view, gaz, row, party_first=party_first)]
        return out, (head.start(), max(c.end() for row in rows for c in (row.tag, *row.member, *row.deputy)))
    return [], None


def _run_cells(view: str, pos: int, *, marks: bool) -> list[re.Match[str]]:
    """The cells of a run from `pos` to the first text that is none (`_RUN_TOKEN`); pages' numbers left out where
    numbers are no marks."""
    cells: list[re.Match[str]] = []
    while (tok := _RUN_TOKEN.match(view, _SPACES.match(view, pos).end())) is not None:
        if marks or tok.group("page") is None:
            cells.append(tok)
        pos = tok.end()
    return cells


_SPACES = re.compile(r"\s*")


def _roll_records(view: str, gaz: Gazetteer, row: _RollRow, *, party_first: bool) -> list[Record]:
    """A roll row's records: the member (absent when a deputy served; else present where the roll lists those who
    decide, or where a mark says so) and the deputy who served for the member, if any."""
    line = view.count("\n", 0, row.member[0].start())
    name = _cells_name(row.member, reverse=not party_first)
    party = gaz.resolve_party(row.tag.group(0)) or Party(row.tag.group(0), row.tag.group(0))
    items = [Item(row.tag.start(), row.tag.end(), "party", party, line)]
    items += [Item(c.start(), c.end(), "role", normalize_role(c.group(0)) or "ordförande", line) for c in row.seats]
    present = False if row.deputy else True if row.marked or not party_first else None
    member = Record(Item(row.member[0].start(), row.member[-1].end(), "person", name, line),
                    BlockKind("ledamot", present), {}, items)
    if not row.deputy:
        return [member]
    dline = view.count("\n", 0, row.deputy[0].start())
    replaced = Item(row.member[0].start(), row.member[-1].end(), "substitute", name, dline)
    deputy = Record(Item(row.deputy[0].start(), row.deputy[-1].end(), "person", _cells_name(row.deputy), dline),
                    BlockKind("ersättare" if party_first else "tjänstgörande ersättare", True), {}, [replaced])
    return [member, deputy]


def _cells_name(cells: Sequence[re.Match[str]], *, reverse: bool = False) -> str:
    """A name from its cells' words, the last word first where the name is written surname first (`reverse`)."""
    words = [c.group(0) for c in cells]
    return " ".join([*words[-1:], *words[:-1]]) if reverse else " ".join(words)


def _run_rows(cells: list[re.Match[str]]) -> list[_RollRow]:
    """The rows of a member-party-deputy run. The words between two tags are the earlier row's deputy (none, or
    two or three words, first name first) and the next row's member (two or three words, surname first): the
    split that puts a first name first in the deputy and last in the member."""
    rows: list[_RollRow] = []
    between: list[re.Match[str]] = []
    for cell in cells:
        if cell.group("cross") is not None:
            break
        if cell.group("tag") is None:
            between.append(cell)
            continue
        seats = tuple(c for c in between if c.group("seat") is not None)
        split = _split_names([c for c in between if c.group("seat") is None], deputy_first=True, first=not rows)
        if split is None:
            break
        deputy, member = split
        if rows:
            rows[-1] = replace(rows[-1], deputy=deputy)
        rows.append(_RollRow(seats, member, cell, (), False))
        between = []
    return rows


def _party_first_rows(cells: list[re.Match[str]]) -> list[_RollRow]:
    """The rows of a party-first roll: a tag, the member's words and the serving deputy's (`_split_names`), and a
    presence mark (a number or a cross) or the next tag."""
    rows: list[_RollRow] = []
    k = 0
    while k < len(cells) and cells[k].group("tag") is not None:
        words: list[re.Match[str]] = []
        j = k + 1
        while j < len(cells) and cells[j].group("word") is not None:
            words.append(cells[j])
            j += 1
        marked = j < len(cells) and (cells[j].group("page") or cells[j].group("cross")) is not None
        split = _split_names(words, deputy_first=False, first=False)
        if split is None:
            break
        member, deputy = split
        rows.append(_RollRow((), member, cells[k], deputy, marked))
        k = j + 1 if marked else j
    return rows


def _split_names(words: list[re.Match[str]], *, deputy_first: bool, first: bool
                 ) -> tuple[tuple[re.Match[str], ...], tuple[re.Match[str], ...]] | None:
    """Two names run together, the member's of two or three words (surname first where the deputy's comes first,
    `deputy_first`) and the deputy's of none, two or three (first name first): the split that puts first names
    where each name's should be. (deputy, member) or (member, deputy) as written; None when no split fits."""
    best: tuple[int, int] | None = None
    for other in ((0,) if first else (0, 2, 3)):
        own = len(words) - other
        if own not in (2, 3):
            continue
        member, deputy = (words[other:], words[:other]) if deputy_first else (words[:own], words[own:])
        member_first = names_mod.is_first_name(member[-1 if deputy_first else 0].group(0))
        member_order = not names_mod.is_first_name(member[0 if deputy_first else -1].group(0))
        score = member_first + member_order + (names_mod.is_first_name(deputy[0].group(0)) if deputy else 1)
        if best is None or score > best[0]:
            best = (score, other)
    if best is None or best[0] < 2:
        return None
    other = best[1]
    if deputy_first:
        return tuple(words[:other]), tuple(words[other:])
    return tuple(words[:len(words) - other]), tuple(words[len(words) - other:])


def prose_rosters(view: str) -> Iterator[tuple[BlockKind, Line]]:
    """Attendance written as sentences: "Närvarande var ledamöterna A (s), X kommun, och B, ...,
    samt ersättaren C" / "Ersättarna D och E hade anmält förhinder"."""
    ends, lines = ForwardSearch(_PROSE_SENTENCE_END, view), LineIndex(view)
    told: set[tuple[BlockKind, int, int]] = set()      # a part two overlapping sentences share is read once
    for start, m in _prose_openings(view):
        end = min(_sentence_end(view, m.end(), ends), start + _PROSE_MAX)
        sentence_absent = bool(_PROSE_ABSENT.search(view[start:end])) or \
            (m.group(1) or "").lower() == "frånvarande"
        serving = not sentence_absent and _PROSE_SERVING.search(view, start, end) is not None
        cuts = [c for c in _PROSE_ROLE.finditer(view, start, end)]
        bounds = [start] + [c.start() for c in cuts] + [end]
        role = None
        for a, b in zip(bounds, bounds[1:]):
            noun = _PROSE_ROLE.match(view, a)
            if noun is None:
                role = None
            elif noun.group(1).lower() == "samt":       # "Suppleanterna ... Göran Ek samt Gudrun Berg har inkallats
                role = role if serving else None        # för tjänstgöring": the same noun's names
            else:
                word = noun.group(1).lower()
                role = "tjänstgörande ersättare" if word.startswith("tjänstg") else \
                    "ledamot" if word.startswith("ledam") else \
                    "tjänstgörande ersättare" if serving else "ersättare"
            kind = BlockKind(role, not sentence_absent)
            if (kind, a, b) in told:
                continue                # "Ledamoten A\nLedamoten B\n...": each line opens a sentence of 1,000 characters
            told.add((kind, a, b))
            yield kind, Line(lines.line_of(a), a, b, view[a:b])
    for m in _ALL_BUT.finditer(view):   # "samtliga ledamöter med undantag för A (S) och B (M)": they are absent
        if _ABSENT_CALLED_IN.match(view, m.end()):
            continue                    # "... med undantag av: Förhindrad ledamot Inkallad ersättare": a table's rows
        end = min(_sentence_end(view, m.end(), ends), m.end() + _PROSE_MAX)
        titled = _TITLED_NAME.search(view, m.end(), end)
        if titled is not None:          # "... Gudrun Berg Torild Ek, sekr Carl Ek och ...": the run ran on into the
            end = titled.start()        # other columns of a front printing its labels first; it ends at an official
        yield BlockKind("ledamot", False), Line(lines.line_of(m.end()), m.end(), end, view[m.end():end])
    for m in _SERVING_FOR.finditer(view):
        end = min(_sentence_end(view, m.end(), ends), m.end() + _PROSE_MAX)
        yield BlockKind("ersättare", True), Line(lines.line_of(m.end()), m.end(), end, view[m.end():end])


_TITLED_NAME = re.compile(r"(?-i:[A-ZÅÄÖ])[\w-]+(?:[ \t]+(?-i:[A-ZÅÄÖ])[\w-]+){1,2},[ \t]*(?-i:[a-zåäö])")
#: "Som ersättare för de frånvarande ledamöterna inträder: A för B, C för D": the deputies called in, whom they serve for.
_SERVING_FOR = re.compile(r"\bsom\s+ersättare\s+(?:för\s+[^.:\n]{0,60}?)?(?:inträder|inträdde|tjänstgör|tjänstgjorde)"
                          r"[ \t]*:?\s+", re.IGNORECASE)
_ALL_BUT = re.compile(r"\b(?:samtliga|övriga)\s+(?:ordinarie\s+)?[a-zåäö]*ledamöter(?:na)?\s+(?:utom|med\s+undantag\s+(?:för|av))"
                      r"[ \t]*:?\s+", re.IGNORECASE)     # also "Samtliga kommunfullmäktigeledamöter med undantag av:"


#: The longest attendance sentence read: without a full stop or blank line, every opening's sentence would run
#: to the end of the text (a list of "Ledamoten X" lines: quadratic work and output).
_PROSE_MAX = 1000


def _prose_openings(view: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Where attendance prose opens, and its opening words: the words at the end of a run of blanks that
    starts the text, follows a full stop, or holds a line break (the prose then starts after the first
    break). The same as matching `(?:^|(?<=[.\\n]))\\s*(?:words)` but each run of blanks is read once,
    where that pattern read a page of blank lines again from every line break (quadratic)."""
    pos = 0
    while (m := _PROSE_OPEN.search(view, pos)) is not None:
        words = m.start()
        blanks = words
        while blanks > 0 and view[blanks - 1].isspace():
            blanks -= 1
        if blanks == 0 or view[blanks - 1] == ".":
            yield blanks, m
        elif (newline := view.find("\n", blanks, words)) >= 0:
            yield newline + 1, m
        else:
            pos = words + 1                 # no opening here; the words may still hold one (a line break)
            continue
        pos = m.end()


_PROSE_SENTENCE_END = re.compile(r"\.(?=\s+(?-i:[A-ZÅÄÖ])|\s*$)|(?<=[^,\s])[ \t]*\n\s*\n")   # not a list's comma


def _sentence_end(view: str, pos: int, ends: ForwardSearch | None = None) -> int:
    m = (ends or ForwardSearch(_PROSE_SENTENCE_END, view)).search(pos)
    return m.start() if m else len(view)


def _near(x: str, y: str, most: int) -> bool:
    return Levenshtein.distance(x, y, score_cutoff=most) <= most


def _spelled_alike(signer: list[str], member: list[str]) -> bool:
    """Two name keys one person may have in one protocol: the same first name and a surname of five letters or
    more two edits apart at most ("lena casell", "lena cassel"), or the same surname and a first name of four
    letters or more one edit apart ("elisabet moborg", "elisabeth moborg")."""
    if len(signer) != len(member) or len(signer) < 2 or signer == member:
        return False
    if signer[:-1] == member[:-1]:
        return min(len(signer[-1]), len(member[-1])) >= 5 and _near(signer[-1], member[-1], 2)
    return signer[1:] == member[1:] and min(len(signer[0]), len(member[0])) >= 4 and _near(signer[0], member[0], 1)


def in_roster_spelling(signers: list[Record], roster: Sequence[Record]) -> list[Record]:
    """Signers under the roster's spelling of their name where the signature spells it a letter or two apart and
    one roster name only is that close ("Ordförande Elisabet Moborg" under "Beslutande Elisabeth Moborg, S"): the
    signature's role goes to the roster's person, whose name the row quotes."""
    names = {names_mod.name_key(str(r.person.value)): str(r.person.value) for r in roster}
    for rec in signers:
        key = names_mod.name_key(str(rec.person.value))
        if key in names:
            continue
        close = [name for k, name in names.items() if _spelled_alike(key.split(), k.split())]
        if len(close) == 1:
            rec.person = replace(rec.person, value=close[0])
    return signers


def read_signatures(view: str, gaz: Gazetteer, skip: set[int], known: Sequence[str] = ()) -> list[Record]:
    """Signature-like lines outside roster blocks: only names and role words ("Anna Berg, ordförande")."""
    lines = split_lines(view)
    reader = _Reader(BlockKind(None, None), {})
    for pairs in _signers_then_roles(view, lines, gaz, skip, known):
        for role, person in pairs:
            _feed_signature(reader, [person, role])
        skip = skip | {item.line for pair in pairs for item in pair}
    last_nonempty = -10
    pending: list[Item] = []           # a role-only line ("Vid protokollet") waiting for its names
    field_label: Item | None = None    # the last "Label:" over names, which goes on to the names after its first
    in_turns = False                   # field_label is a chair's with the §§ after the name: the next name needs them
    for n, line in enumerate(lines):
        if line.index in skip or not line.text.strip():
            continue
        items = [i for i in find_items(view, line, gaz, known) if i.kind in ("person", "role", "title")]
        if _FORM_FIELD.fullmatch(line.text) or re.fullmatch(r"[\s\d–—,.-]+", line.text):
            continue                    # "Paragrafer" between "Sekreterare" and its name
        chair = _THE_CHAIR_LABEL.fullmatch(line.text)
        if chair is not None:           # "Ordföranden:..." over the names of those who chaired
            items = [Item(line.start + chair.start(1), line.start + chair.end(1), "role", "ordförande", line.index)]
        adjuster = _ADJUSTER_LABEL.fullmatch(line.text)
        if adjuster:                    # "Utses att justera:" stacked over "Sekreterare:": one name each, in order
            pending = (pending if line.index - last_nonempty <= 1 else []) + [
                Item(line.start + adjuster.start(1), line.start + adjuster.end(1), "role", "justerare", line.index)]
            last_nonempty = line.index
            continue
        labels = [i for i in items if i.kind == "role"]
        leader = _EMPTY_FIELD.search(line.text)
        if leader is not None and labels and not any(i.kind == "person" for i in items) and \
                labels[-1].end - line.start <= leader.start():
            reader.open_queue, pending = [], labels[-1:]     # "Ordförande ........" over its name: the field is empty
            last_nonempty = line.index                       # on this line, the name under it is the signer's
            continue
        field_ = _JUSTERING_PLACE.match(line.text)
        persons = [i for i in items if field_ is not None and i.end > line.start + field_.end()]
        if field_ is not None and persons and all(i.kind == "person" for i in persons):
            label = Item(line.start, line.start + field_.end(1), "role", "justerare", line.index)
            _feed_signature(reader, [x for person in persons for x in (label, person)])
            reader.open_queue, pending, field_label = [], [], None      # "Protokolljustering Geta Gunnel Ek Kjell
            last_nonempty = line.index                                   # Berg": the field's signers, each a justerare
            continue
        next_in_turn = in_turns and len(items) == 1 and items[0].kind == "person" and \
            _SECTIONS_AFTER.match(view, items[0].end, line.end) is not None      # "Christin Lund 2-25"
        if not _signature_like(line, items) and not next_in_turn:
            reader.open_queue, pending, field_label = [], [], None
            last_nonempty = line.index
            continue
        items = [i for i in items if i.kind != "title"]
        if any(i.kind == "role" and i.value == "justerare" for i in (*items, *pending)):
            items = _without_adjusters_deputy(view, items)
        persons = [i for i in items if i.kind == "person"]
        if not persons and labels and _COLON_LABEL.search(view, labels[-1].end, line.end):
            stacked = bool(pending) and line.index - last_nonempty <= 1      # "Utses att justera: / Sekreterare:"
            reader.open_queue = []              # "Sekreterare:" opens its field: the names under it are its
            pending = (pending if stacked else []) + labels[-1:]           # signers, not a caption's above
            field_label = None if stacked else labels[-1]
            last_nonempty = line.index
            continue
        if not persons:
            if reader.open_queue and line.index - last_nonempty <= 3:
                _feed_signature(reader, items)
            else:                       # labels stacked over their names keep their order
                pending = (pending if line.index - last_nonempty <= 1 else []) + [i for i in items if i.kind == "role"]
            last_nonempty = line.index
            continue
        if field_label is not None and not pending and len(items) == 1 and line.index - last_nonempty <= 1 and (
                not in_turns or next_in_turn):
            items = [field_label] + items        # "Sekreterare: / Ulf Ek / Ulla Berg": a second signer of the field
        elif not pending or len(items) > 1:
            field_label = None
        in_turns = False
        if len(items) == 2 and items[0].kind == "role" and items[1].kind == "person" and (
                items[0].value == "justerare" or (items[0].value == "ordförande" and
                                                  _SECTIONS_AFTER.match(view, items[1].end, line.end))):
            field_label = items[0]               # "Justerare Anna Ek / Per Lund": the field goes on to the next name;
            in_turns = items[0].value == "ordförande"   # "Ordförande... Kurt Ek 1 / Christin Lund 2-25": chairs in
            #                                             turns, the next name only with its §§ too
        if len(pending) >= 2 and line.index - last_nonempty <= 1 and len(persons) == 1:
            items = [pending.pop(0)] + items     # "Ordförande Justerare Sekreterare" over one name a line
        elif pending and line.index - last_nonempty <= 1 and len(persons) == 1 and len(items) == 2 and \
                items[0].kind == "role" and _lone_name_below(view, lines, n, gaz, known):
            items, pending = pending + [persons[0]], [items[0]]      # "Ordförande / Justerande... Per Ek... / Eva
            #                                                            Ås": two labels stacked over two names
        elif pending and line.index - last_nonempty <= 3 and len(persons) == 1:
            items, pending = pending + items, []
        elif len(pending) == 1 and pending[0].value == "justerare" and line.index - last_nonempty <= 1 and \
                len(items) == len(persons):      # "Justeras: / Kristina Ek Teres Berg": the label is each name's
            items, pending = [x for person in persons for x in (pending[0], person)], []
        elif not pending:
            items = _each_name_labelled(view, items)
        elif pending and line.index - last_nonempty <= 3 and _roles_before_names(view, items):
            lead = next((k for k, i in enumerate(items) if i.kind != "person"), len(items))
            labels, pending = pending[:lead], []
            items = [x for pair in zip(labels, items) for x in pair] + items[len(labels):]
            # "Sekreterare / Paragrafer / Staffan Granström Ordförande Maidie Wiklund": the stacked label is
            # the first name's; the role written before the second name is that one's
        else:
            pending = []
        _feed_signature(reader, items)
        last_nonempty = line.index
    return [r for r in reader.records if r.items]


#: A line of signing roles and nothing else, in lower case ("kommunsekreterare ordförande justerare").
_SIGNING_ROLES_LINE = re.compile(r"[ \t]*(?-i:[a-zåäö]+)(?:[ \t]+(?-i:[a-zåäö]+)){1,5}[ \t]*")


def _signing_role(word: str) -> str | None:
    """The signature field a role word names ("kommunsekreterare" signs as the secretary), or None."""
    role = normalize_role(word)
    if role is not None and role.endswith("sekreterare"):
        return "sekreterare"
    return role if role in _SIGNING_ROLES else None


def _signers_then_roles(view: str, lines: list[Line], gaz: Gazetteer, skip: set[int],
                        known: Sequence[str]) -> Iterator[list[tuple[Item, Item]]]:
    """A signature table turned on its side: a name a line, then one line with as many signing roles, in order
    ("Lilian Ek / Helena Ås / Berit Holm / kommunsekreterare ordförande justerare"): each name signs as its role."""
    for n, line in enumerate(lines):
        if line.index in skip or not _SIGNING_ROLES_LINE.fullmatch(line.text):
            continue
        words = [(m.start(), m.end(), _signing_role(m.group(0))) for m in re.finditer(r"\S+", line.text)]
        if any(role is None for _, _, role in words):
            continue
        above = [ln for ln in lines[max(0, n - 2 * len(words)):n] if ln.text.strip()][-len(words):]
        if len(above) < len(words) or any(ln.index in skip for ln in above):
            continue
        persons = []
        for ln in above:
            items = find_items(view, ln, gaz, known)
            if len(items) != 1 or items[0].kind != "person" or ln.text.strip() != view[items[0].start:items[0].end]:
                break
            persons.append(items[0])
        else:
            yield [(Item(line.start + a, line.start + b, "role", role, line.index), person)
                   for (a, b, role), person in zip(words, persons)]


#: A signature field labelled with the definite form, alone on its line ("Ordföranden:...").
_THE_CHAIR_LABEL = re.compile(r"[ \t]*(Ordföranden)[ \t]*[:.…_]*[ \t]*")
#: What joins the names of one field: a comma, "och", "samt" or "&", after an optional party tag ("Anna Ek (S) och").
_NAME_JOINER = re.compile(rf"{TAG_BETWEEN_NAMES}(?:,|och|samt|&)[ \t]*", re.IGNORECASE)


#: The justerare's deputy after the justerare's names: "ersättare" after a comma with a name after it, on the same
#: line or opening the next ("Justerare Jan Ek, ersättare Eva Ås"), "ersättare för justerare(n)" before the name, or
#: "som ersättare" after it ("Justerare Jan Ek med Eva Ås som ersättare").
_DEPUTY_OF_ADJUSTER = re.compile(r"(?<=,)[ \t]*ersättare(?=[ \t]+[A-ZÅÄÖ]|[ \t]*\n[ \t]*[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ])|"
                                 r"\bersättare[ \t]+för[ \t]+(?:protokolls?)?juster\w*|(?P<after>\bsom[ \t]+ersättare\b)",
                                 re.IGNORECASE)


def _without_adjusters_deputy(view: str, items: list[Item]) -> list[Item]:
    """A line's items without the justerare's deputy ("Utses att justera: Ulla Berg (S), Per Lund (KD),
    ersättare Bo Ek (C)", "Justerare Jan Ek, ersättare / Eva Ås", "Ersättare för justerare Eva Ås", "Justerare Jan
    Ek med Eva Ås som ersättare"): that "ersättare" is no seat of the name before it, and the deputy signs nothing;
    the deputy keeps the row the roster gives them."""
    if not items:
        return items
    for m in _DEPUTY_OF_ADJUSTER.finditer(view, items[0].start, items[-1].end + 80):
        if m.start() >= items[-1].end:
            break
        persons = [i for i in items if i.kind == "person"]
        deputy = next((i for i in reversed(persons) if i.end <= m.start()), None) if m.group("after") else \
            next((i for i in persons if i.start >= m.end()), None)
        items = [i for i in items if i is not deputy and not (i.kind == "role" and m.start() <= i.start < m.end())]
    return items


def _each_name_labelled(view: str, items: list[Item]) -> list[Item]:
    """A justerare label that opens the line over two or more names joined by "och" or commas ("Justerare: Anna Ek
    och Per Lund", "Justerande Eva Ås (S), Olle Berg (M)"), or a chair's label over names each with the §§ it
    chaired ("Ordförande... Kurt Ek 1 Christin Lund 2-25"), is each name's: the label is repeated before every name
    (their parties kept after them); other lines are returned as they are."""
    persons = [i for i in items[1:] if i.kind == "person"]
    if len(persons) < 2 or items[0].kind != "role" or any(i.kind not in ("person", "party") for i in items[1:]):
        return items
    joined = items[0].value == "justerare" and \
        all(_NAME_JOINER.fullmatch(view, a.end, b.start) for a, b in zip(persons, persons[1:]))
    by_sections = items[0].value == "ordförande" and \
        all(_SECTIONS_BETWEEN.fullmatch(view, a.end, b.start) for a, b in zip(persons, persons[1:]))
    if not joined and not by_sections:
        return items
    return [x for item in items[1:] for x in ((items[0], item) if item.kind == "person" else (item,))]


#: The §§ one chair signs for after the name ("1", "2-25", "§§ 1-3, 7"), after an optional party tag.
_CHAIRED_SECTIONS = (rf"{TAG_BETWEEN_NAMES}[ \t]*(?:§§?[ \t]*)?\d{{1,3}}(?:[ \t]*[-–][ \t]*\d{{1,3}})?"
                     r"(?:[ \t]*,[ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?)*")
#: Those §§ closing the line ("Kurt Ek 1", "Christin Lund 2-25").
_SECTIONS_AFTER = re.compile(_CHAIRED_SECTIONS + r"[ \t]*$")
#: Those §§ between two chairs' names in the chair's field ("Ordförande... Kurt Ek 1 Christin Lund 2-25"): the
#: meeting was chaired in turns.
_SECTIONS_BETWEEN = re.compile(_CHAIRED_SECTIONS + r"[ \t]+")


def _lone_name_below(view: str, lines: list[Line], n: int, gaz: Gazetteer, known: Sequence[str]) -> bool:
    """Whether the line right under line n holds one name and nothing else."""
    if n + 1 >= len(lines) or lines[n + 1].index != lines[n].index + 1:
        return False
    items = [i for i in find_items(view, lines[n + 1], gaz, known) if i.kind in ("person", "role", "title")]
    return len(items) == 1 and items[0].kind == "person"


_SIGNING_ROLES = frozenset({"ordförande", "sekreterare", "justerare"})
_SIGNATURE_HEAD = re.compile(r"(?i)(?<![\w])(?:underskrift(?:er)?|protokollet[ \t]+undertecknat)(?![\w])")
_RUN_FILLER = re.compile(r"(?i)\b(?:organ|paragrafer|paragraf|underskrift(?:er)?)\b|"     # footers' boxes: blanked
                         r"\(\w{1,3}\)|[\d\s.,:;()/…_–—§-]")


@dataclass(slots=True)
class SignatureRuns:
    """Signers read from whole runs of signature lines, and the lines those runs take."""

    records: list[Record] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)


def paired_signatures(view: str, gaz: Gazetteer) -> SignatureRuns:
    """Signers of an "Underskrift(er)" run whose names and labels come in one plain order, paired by it: labels
    stacked over as many names ("Sekreterare Ordförande Justerande / Sara Löving / Tord Ek / Anton Berg"), each
    label before its name ("Ordförande ....... / Per Ek"), or each name above its label, as a converter writes
    a signature table's name over the line's caption ("Kjell Ek / Sekreterare Britta Ek / Ordförande Per Ek /
    Justerare"): the run's first token says which. A run in any other order is left to the line reader."""
    out = SignatureRuns()
    reader = _Reader(BlockKind(None, None), {})
    lines = split_lines(view)
    for n, line in enumerate(lines):
        head = _SIGNATURE_HEAD.search(line.text) or _LABELS_HEAD.match(line.text)
        if head is None or line.index in out.lines:
            continue
        tokens, run = _signature_run(view, _next_lines(lines, n, _RUN_LINES), line.start + head.start(),
                                     line.start + head.end(), gaz)
        label_before = _label_line_before(view, lines, n, gaz) if tokens and tokens[0].kind == "role" else []
        pairs = _signature_pairs(label_before + tokens)
        if label_before and pairs:
            run.add(label_before[0].line)   # "Justerare / Underskrifter / Sekreterare Ordförande Justerande / A /
        elif label_before:                  # B / C / D": the form's labels first, the justerare's field before the
            pairs = _signature_pairs(tokens)    # heading, its signer the first of the names
        if pairs:
            for name, label in pairs:
                _feed_signature(reader, [name, label])
            out.lines |= run
    out.records = reader.records
    return out


def _label_line_before(view: str, lines: list[Line], n: int, gaz: Gazetteer) -> list[Item]:
    """The signing label alone on the line right above line n ("Justerare" over "Underskrifter"), or []."""
    if n == 0 or lines[n - 1].index != lines[n].index - 1 or lines[n].text.strip() not in ("Underskrifter",
                                                                                       "Underskrift"):
        return []
    prev = lines[n - 1]
    items = find_items(view, prev, gaz)
    if len(items) != 1 or items[0].kind != "role" or items[0].value not in _SIGNING_ROLES or \
            not _SIGNATURE_LABEL_WORD.fullmatch(prev.text.strip(" .:…")):
        return []
    return items


#: A line that opens with two signing labels side by side ("Sekreterare Ordförande. Ulla Ek.. Olof Berg"): a
#: signature form without its "Underskrifter" heading, labels first.
_LABELS_HEAD = re.compile(rf"(?i)[ \t]*(?=(?:{SIGNATURE_LABELS})[ \t.:…]+(?:{SIGNATURE_LABELS})(?![\w-]))")


def _signature_pairs(tokens: list[Item]) -> list[tuple[Item, Item]]:
    """Names paired with their labels when a run comes in one plain order: each name before its label, each
    label before its name (one label may close the run: the caption of a line nobody signed), or groups of labels
    each over as many names ("Sekreterare Ordförande / Ulla Ek /
    Olof Berg / Justerande / Per Lind / Eva Sten": one justering label may stand over several names, also as the
    last of a group: "Sekreterare Ordförande Justerande / Ulf Ek / Sten Ås / Inga Berg / Jan Dahl")."""
    names = [t for t in tokens if t.kind == "person"]
    labels = [t for t in tokens if t.kind == "role"]
    order = "".join("N" if t.kind == "person" else "L" for t in tokens)
    count = len(names)
    if count < 2:
        return []
    if order in ("NL" * count, "LN" * count):
        return list(zip(names, labels))
    if order.startswith("N"):
        return []
    pairs: list[tuple[Item, Item]] = []
    groups = [list(g) for _kind, g in groupby(tokens, key=lambda t: t.kind)]
    for group_labels, group_names in zip(groups[::2], groups[1::2]):
        if len(group_labels) == len(group_names):
            pairs += zip(group_names, group_labels)
        elif len(group_labels) == 1 and group_labels[0].value == "justerare":
            pairs += [(name, group_labels[0]) for name in group_names]
        elif len(group_names) > len(group_labels) and group_labels[-1].value == "justerare":
            pairs += zip(group_names, group_labels)     # "Sekreterare Ordförande Justerande / A / B / C / D":
            pairs += [(name, group_labels[-1]) for name in group_names[len(group_labels):]]    # C and D justera
        else:
            return []
    if len(groups) % 2 and len(groups[-1]) > 1:
        return []                       # labels left over with no names: not a plain order
    return pairs                        # one label left at the end is an empty line's caption ("... Justerare")


_RUN_LINES = 16                 # a signature run is a few fields; this bounds the lines read after its heading


def _next_lines(lines: list[Line], first: int, count: int) -> list[Line]:
    """Lines from `first` on, up to `count` with text and the blank ones between them (a converter that writes
    a blank line after each line of text doubles the lines, not the fields)."""
    out: list[Line] = []
    for line in islice(lines, first, None):
        out.append(line)
        count -= bool(line.text.strip())
        if count <= 0:
            break
    return out


def _signature_run(view: str, lines: list[Line], head_start: int, head_end: int,
                   gaz: Gazetteer) -> tuple[list[Item], set[int]]:
    """Names and signing labels of the lines after an "Underskrifter" (from `head_end` on the first line) up to
    the first line with anything else than them and form fillers (§ ranges, "Paragrafer", page marks), and
    the indexes of the lines the run takes (not the first when a roster row stands before the heading)."""
    tokens: list[Item] = []
    run: set[int] = set()
    for k, line in enumerate(lines):
        items = find_items(view, line, gaz)
        start = head_end if k == 0 else line.start
        row_before = k == 0 and any(i.kind == "person" and i.start < head_start for i in items)
        items = [i for i in items if i.start >= start]
        kept = [i for i in items if i.kind == "person" or (i.kind == "role" and i.value in _SIGNING_ROLES and
                _SIGNATURE_LABEL_WORD.fullmatch(view[i.start:i.end].rstrip(" .:…")))]   # not "Justerarsignaturer"
        blanked = [i for i in items if i in kept or i.kind in ("party", "org") or
                   (i.kind == "role" and i.value not in _SIGNING_ROLES)]    # "Jan Dahl ÅNGE KOMMUN": a page's head
        rest = _RUN_FILLER.sub(lambda m: " " * len(m.group(0)), _without(view, start, line.end, blanked))
        if rest.strip():
            if not kept and tokens and all(t.kind == "role" for t in tokens) and \
                    dates_mod.find_dates(view, start, line.end, default_year=2000):
                continue                # the adjustment's place and date between the labels, a form's other column
            words = [start + m.start() for m in re.finditer(r"\S+", rest)]
            place = len(words) > 1 and bool(kept) and words[0] < kept[0].start < words[1]
            foreign = words[1] if place else words[0]      # a place before the names ("Vörå Per Ek ordförande")
            before = [i for i in kept if i.end <= foreign]
            if not tokens and len(before) >= 4 and before[0].kind == "person":
                tokens += before        # "Per Ek ordförande Tom Lo sekreterare Till påseende ...": the signers'
            break                       # names, each with its role, before another field; prose: the run ends
        tokens += kept
        if not row_before:
            run.add(line.index)
    return tokens, run


def _without(view: str, start: int, end: int, items: list[Item]) -> str:
    """view[start:end] with the items' text blanked."""
    chars = list(view[start:end])
    for i in items:
        chars[max(0, i.start - start):max(0, i.end - start)] = " " * (max(0, i.end - start) - max(0, i.start - start))
    return "".join(chars)


def _roles_before_names(view: str, items: list[Item]) -> bool:
    """Whether a signature line opens with names and then writes each role before its name
    ("Staffan Granström Ordförande Maidie Wiklund"), not after it ("Zeynep Aksoy, ordförande")."""
    lead = next((k for k, i in enumerate(items) if i.kind != "person"), len(items))
    if lead == 0 or lead == len(items):
        return False
    return "," not in view[items[lead - 1].end:items[lead].start] and all(
        items[k + 1].kind == "person" for k in range(lead, len(items)) if items[k].kind == "role" and k + 1 < len(items)) \
        and items[-1].kind == "person"


def _feed_signature(reader: _Reader, items: list[Item]) -> None:
    before = len(reader.records)
    reader.feed(items)
    for rec in reader.records[before:]:
        rec.signature = True


#: A signature field's dot leader closing its line, with nothing but the form's "Paragrafer 17-27" after it.
_EMPTY_FIELD = re.compile(rf"{_LEADER}[ \t]*(?:Paragraf(?:er)?[ \t]*[\d–—\- ]*)?$")
#: A signing label closed by a colon and nothing after it: a form's field whose signers follow.
_COLON_LABEL = re.compile(r"[ \t]*:[ \t.…_]*$", re.MULTILINE)     # "Sekreterare:", "Ordföranden:..."
_ADJUSTER_LABEL = re.compile(r"[ \t]*((?-i:U)t(?:ses|sedda?)[ \t]+(?:att[ \t]+)?justera|(?-i:J)usteras(?=[ \t]*:))[ \t]*:?[ \t]*")
_FORM_FIELD = re.compile(r"[ \t]*(?:Paragraf(?:er)?|Underskrifter|Underskrift|Justeringens\s+(?:plats\s+och\s+)?tid)"
                         r"[ \t]*[,:.]?[ \t\d–—-]*")
_SIGNATURE_LABEL = re.compile(r"(?i)\b(?:justeras|underskrifter|signaturer|dag\s+som\s+ovan|"
                              r"ordförandes\s+sign(?:atur)?|justerandes\s+sign(?:atur)?)\b")


#: A justering field's label and its place, before its date and the signers on the same line ("Protokolljustering:
#: Lemland 1.12.2016 ...", "Justerat Skara den 20 maj 2024 ...").
_JUSTERING_FIELD = re.compile(r"[ \t]*(?:protokolls?)?juster(?:ing|at|ades)[ \t]*:?[ \t]*(?:[A-ZÅÄÖ][\w-]+,?[ \t]+)?"
                              r"(?:den[ \t]+)?", re.IGNORECASE)


#: A justering field's label and its place opening a line, its signers after them (see items.JUSTERING_LABEL).
_JUSTERING_PLACE = re.compile(rf"[ \t]*({JUSTERING_LABEL}){PLACE_AFTER_LABEL}")


def _dated_field_end(text: str) -> int | None:
    """Where a line's opening justering field ends, its label, place and date (see _JUSTERING_FIELD), or None."""
    field_ = _JUSTERING_FIELD.match(text)
    date = next(iter(dates_mod.find_dates(text, field_.end(), field_.end() + 30)), None) if field_ else None
    return date.end if date is not None and date.start == field_.end() else None


#: Signature fields written between slashes on one line ("Underskrifter /Anna Berg, ordförande/ /Per Ek,
#: sekreterare/"), as a converter writes a signature table: as long as the fields, not one signature.
_SLASHED_FIELDS = re.compile(r"(?:/[^/\n]{3,60}/[ \t.]*){2,}")


def _signers_in_pairs(items: list[Item]) -> bool:
    """Whether a line is only names, each with a signing role after it, three pairs or more ("Håkan Ek Ordförande
    Magnus Berg Sekreterare Roger Ås Protokolljusterare Runar Lund Protokolljusterare"): a signature block flattened,
    however long."""
    pairs = list(zip(items[::2], items[1::2]))
    return len(items) >= 6 and len(items) % 2 == 0 and all(
        a.kind == "person" and b.kind == "role" and b.value in _SIGNING_ROLES for a, b in pairs)


def _signature_like(line: Line, items: list[Item]) -> bool:
    kinds = {i.kind for i in items}
    dated = _dated_field_end(line.text) or 0   # "Protokolljustering: Lemland 1.12.2016 Linda Boman protokolljusterare"
    if any(i.start - line.start < dated < i.end - line.start or (i.kind != "title" and i.start - line.start < dated)
           for i in items):
        dated = 0                       # the place and date hold no name
    long_ok = len(line.text.strip()) - dated <= 90 or \
        (_SIGNATURE_LABEL.search(line.text) and _SLASHED_FIELDS.search(line.text)) or _signers_in_pairs(items)
    if not items or not kinds <= {"person", "role", "title"} or not long_ok:
        return False
    covered = sum(i.end - i.start for i in items if i.kind != "title")
    labels = sum(m.end() - m.start() for m in _SIGNATURE_LABEL.finditer(line.text)) + dated
    letters = len(re.sub(r"[\s,:;.\-–*_]", "", _PARTY.sub("", line.text)))     # a party tag is no stray text
    return covered + labels >= letters * 0.9 and (covered > 0)


@dataclass(frozen=True, slots=True)
class RowFacts:
    """What a record says, decoded: roles, organisations, party, attendance."""

    name: str
    roles: tuple[str, ...]
    represents: Org | None
    affiliation: Org | None
    party: Party | None
    present: bool | None
    voting: bool | None
    substitute_for: str | None
    org_roles: tuple[tuple[str, Org], ...] = ()
    substitutes: tuple[tuple[Item, Party | None, Org | None, str | None], ...] = ()   # members a deputy serves
    #                                                           # for: party, member org, chair's role


def _marks(rec: Record) -> dict[str, list[str]]:
    """Marks by column meaning ("present" -> ["X"]), for table rows."""
    out: dict[str, list[str]] = {}
    if not rec.header:
        return out
    aligned = sorted(k for k in rec.header if k >= ALIGNED)
    for item in rec.items:
        if item.kind != "mark":
            continue
        if item.column is not None and max(rec.header) >= 0:
            meaning = rec.header.get(item.column)
        elif max(rec.header) < 0:           # columns by order ("Nej Ja" over a flattened row): k-th mark
            marks = [i for i in rec.items if i.kind == "mark" and i.value in (CHECKED, UNCHECKED, "X", "x")]
            order = [rec.header[k] for k in sorted(rec.header, reverse=True)
                     if rec.header[k] in ("present", "absent", "voting")]
            rank = next((n for n, m in enumerate(marks) if m is item), None)
            meaning = order[rank] if rank is not None and rank < len(order) else None
        elif aligned:
            left = [k for k in aligned if k - ALIGNED <= item.offset + 2]
            meaning = rec.header[left[-1]] if left else None
        else:
            meaning = None
        if meaning:
            out.setdefault(meaning, []).append(item.value)
    return out


def _attendance(rec: Record) -> tuple[bool | None, bool | None]:
    present, voting = _marked_attendance(rec)
    if present is True and not _present_at_start(rec) and not _absent_row(rec) and \
            not any(i.kind == "mark" and i.value == "delvis" for i in rec.items):
        return None, voting             # "frånvarande 115", "deltar ej i beslut 156": its §§ are those missed
    return present, voting


def _present_at_start(rec: Record) -> bool:
    """Whether § references beside a name include the meeting's start: "t o m 15" and "65 81" (when
    the meeting opens with § 65) do; "from 49" or "§ 159" alone (a later §) do not. Without the
    meeting's first §, a name tied to §§ is not known to be present at the start."""
    refs = [i.value for i in rec.items if i.kind == "sections" and isinstance(i.value, tuple)]
    if not refs or any(kind == "until" for kind, _ in refs):
        return True
    if all(kind == "except" for kind, _ in refs):     # "Per Ek, ledamot ej § 67": there but for those §§
        return rec.first_section is None or all(rec.first_section not in nums for _, nums in refs)
    first = min(n for _, nums in refs for n in nums)
    return rec.first_section is not None and first <= rec.first_section


_PARAGRAPHS = re.compile(r"(?:Paragrafer|§§)\s*:?\s*(\d{1,4})\s*[-–]{1,2}\s*\d{1,4}|"
                         r"(?-i:Paragraf)\s*:?\s*(\d{1,4})(?![\d\w]|[ \t]*[-–,])")   # one § only: "Paragraf 73"


def first_section(view: str, records: Sequence[Record]) -> int | None:
    """The meeting's first §: the "Paragrafer 155-168" field, else the lowest number rows with § ranges start
    from ("Anna Ek (S), 65 81, 83 87"), where two rows or more have ranges."""
    m = _PARAGRAPHS.search(view)
    if m:
        return int(m.group(1) or m.group(2))
    starts: dict[int, int] = {}
    for rec in records:
        if _absent_row(rec):
            continue                    # "frånvarande 109,110,111": the §§ missed, not where the meeting starts
        refs = [i.value for i in rec.items if i.kind == "sections" and isinstance(i.value, tuple) and i.value[0] != "except"]
        nums = [n for _, ns in refs for n in ns]
        if len(nums) >= 2:
            starts[min(nums)] = starts.get(min(nums), 0) + 1
    return min(starts) if sum(starts.values()) >= 2 else None     # "§ 94 - § 106" beside the chair, "§ 105 - § 106"
                                                                    # beside 22 guests: the meeting opens at 94


#: A flattened table's header over a column of presence crosses ("Närvaro§§§§", "TjgEj tjgJANEJ...").
_PRESENCE_HEADER = re.compile(r"(?i:Närvaro|Närvarande)(?=[§\s]|$)|(?<![\w])Tjg(?=Ej|[ \t]+Ej)")


#: A serving column beside the presence column ("Närvaro / Tjg / Ej tjg"): a member present carries two crosses.
_SERVING_COLUMN = re.compile(r"(?<![\w])Tjg(?![\w])")


#: What stands before a row's name on its line: a cross, a dash, or nothing.
_LEAD_MARK = re.compile(r"[ \t]*([Xx]|[-–])?[ \t]*$")


def _runs_under_one_heading(view: str, records: list[Record]) -> Iterator[list[Record]]:
    """Consecutive records of one block kind, cut where a heading line stands between two of them."""
    for _block, run in groupby(records, key=lambda r: r.block):
        group = list(run)
        start = 0
        for k in range(1, len(group)):
            between = view[group[k - 1].person.end:group[k].person.start].split("\n")[1:]
            if any(heading_kind(line) is not None for line in between):
                yield group[start:k]
                start = k
        yield group[start:]


#: A row's mark after the heading on its line ("Beslutande (x): x Eva Ek, ordförande").
_MARK_AFTER_LABEL = re.compile(r"(?<=:)[ \t]*([Xx]|[-–])[ \t]+$")


def _lead_marks(view: str, records: list[Record]) -> None:
    """"X Hertzberg Veronica / Henriksson Linnea / - Hagfors Kari": a table whose marks stand before the names,
    a cross for present and a dash for absent. Where a block's rows carry two crosses or more before their
    names and some rows none, a cross means present, a dash absent, and a row with neither is not told (a deputy
    not called in). A heading between two rows of one kind ("Tjänstemän" under "Närvarande") opens another list,
    read on its own. A row the layout left mid-line (after a name the finder did not know, "x Ek Per, kamrer kl Eva
    Berg") is not told, so long as three rows in four open their lines."""
    for group in _runs_under_one_heading(view, records):
        marks = []
        for rec in group:
            start = rec.person.start
            line_start = view.rfind("\n", 0, start) + 1
            m = _LEAD_MARK.fullmatch(view, line_start, start) or _MARK_AFTER_LABEL.search(view, line_start, start)
            marks.append(None if m is None else _mark(m))
        told = [m for m in marks if m is not None]
        if told.count("X") >= 2 and told.count("X") < len(told) and 4 * len(told) >= 3 * len(marks):
            for rec, mark in zip(group, marks, strict=True):
                rec.lead_mark = mark


#: A cross or a dash right after a row's cells, closing its line or before the next cell's capital ("Ingvar Ek, ordf
#: X", "Kim Ek -", "Gun Ek - Kfge-ordf.").
_TRAILING_MARK = re.compile(r"[ ]*([Xx]|[-–])(?=[ \t]*$|[ ]+(?-i:[A-ZÅÄÖ]))", re.MULTILINE)


def _trailing_marks(view: str, records: list[Record]) -> None:
    """"Ingvar Ek, ordf X / Kim Ek - / Gunnel Ås, vice ordf - / Kjell Berg X": a table whose marks stand after the
    names, a cross for present and a dash for absent. Where three rows or more end in a cross and one or more in a
    dash, the blocks whose every row ends in one or the other have them read so."""
    def mark(rec: Record) -> str | None:
        if rec.lead_mark is not None or (rec.header and not _seats_with_presence(rec.header)):
            return None                 # a table under a header row has its marks in its own cells (but under
            #                             "Ordinarie ledamot Närv. Suppleant Närv." a row's one mark is its presence)
        ends = sorted({rec.person.end, *(i.end for i in rec.items if i.kind != "mark")})
        m = next((m for end in ends if (m := _TRAILING_MARK.match(view, end))), None)   # "Gun Ek - Kfge-ordf."
        return None if m is None else _mark(m)

    marks = [mark(rec) for rec in records]
    if marks.count("X") < 3 or "-" not in marks:
        return
    for _block, run in groupby(zip(records, marks), key=lambda pair: pair[0].block):
        group = list(run)
        if all(m is not None for _rec, m in group):
            for rec, m in group:
                rec.lead_mark = m


#: The heading of a board's personal deputies ("Personlig ersättare", "Personliga ersättare:"), right before a row.
_PERSONAL_DEPUTIES = re.compile(r"(?i:personliga?[ \t]+ersättare)[ \t]*:?\s*$")
_PRESENT_HEADING = re.compile(r"(?<![\w-])(?:Närvarande|NÄRVARANDE)(?![\w-])")


def _personal_deputies_untold(view: str, records: list[Record]) -> None:
    """"Ordinarie: Anna Ek, ordf. ... Personlig ersättare Olle Ström Ida Berg": a Finland-Swedish roll lists each
    member's personal deputy whether or not they came; with no "Närvarande" over the roll and no mark beside them,
    whether they were there is not told."""
    for k, first in enumerate(records):
        head = _PERSONAL_DEPUTIES.search(view, max(0, first.person.start - 40), first.person.start)
        if head is None or first.block.role != "ersättare" or \
                _PRESENT_HEADING.search(view, max(0, head.start() - 1500), head.start()):
            continue
        kind = first.block
        for rec in records[k:]:
            if rec.block != kind:
                break
            if not any(i.kind == "mark" for i in rec.items):
                rec.block = replace(kind, present=None)


#: A members' heading with the number of seats ("Ledamöter (7)"), right before the first row.
_SEAT_COUNT = re.compile(r"(?i:ledamöter)[ \t]*\n?[ \t]*\((\d{1,2})\)\s*$")
_VACANT = re.compile(r"(?i)\bvakant(?:[ \t]+plats)?\b")


def _seats_counted(view: str, records: list[Record]) -> None:
    """"Ledamöter (7) Erik Ek S 1 Ordförande ... Tomas Ås C - Vakant plats Nicke Berg L 1 Patrik Ny S -": the heading
    counts the members' seats (a vacant one too); the party-tagged rows after them, their own heading lost, are
    the deputies."""
    for k, first in enumerate(records):
        head = _SEAT_COUNT.search(view, max(0, first.person.start - 40), first.person.start)
        if first.block.role != "ledamot" or head is None:
            continue
        seats, last = 0, first.person.start
        for rec in records[k:]:
            seats += 1 + len(_VACANT.findall(view, last, rec.person.start))
            last = rec.person.end
            if seats <= int(head.group(1)):
                continue
            if not any(i.kind == "party" for i in rec.items) or any(i.kind == "role" for i in rec.items) or \
                    rec.block.role not in (None, "ledamot"):
                break                   # the deputies end where the party-tagged rows do
            rec.block = replace(rec.block, role="ersättare", voting=False)


#: Two seat headings over one list, members first: "Ledamöter: Suppleanter:", "(ordinarie medlemmar) (personliga
#: ersättare)", "Ordinarie Ersättare".
_MEMBER_DEPUTY_HEADINGS = re.compile(r"(?i:ledamöter|ordinarie(?:[ \t]+(?:medlemmar|ledamöter))?)\)?[ \t]*:?\s*\(?"
                                     r"(?i:personliga[ \t]+)?(?i:ersättare|suppleanter)\)?[ \t]*:?\s*$")


def _personal_deputies(view: str, records: list[Record]) -> None:
    """"Ledamöter: Suppleanter: Eva Ek, ordförande X Per Ås / Bo Lind - Kim Berg" or "(ordinarie medlemmar) (personliga
    ersättare) x Eva Ek Per Ås - Bo Lind Kim Berg": a table of members and their personal deputies read row by row,
    each member's presence marked (a cross, a dash). The rows pair up, member then deputy, while the marks keep
    their place: between member and deputy (the member's), or before each member (then a mark between the two is
    the deputy's, and after two such pairs an unmarked member is one not there). The pairs end at the first
    official (a title of staff) or where the marks stop; two pairs at least."""
    for _block, run in groupby(records, key=lambda r: r.block):
        group = list(run)
        start = group[0].person.start
        tail = view[max(0, start - 8):start]
        head_end = start - len(tail) + len(tail.rstrip(" \t\nxX-–"))   # before the first row's mark
        if not _MEMBER_DEPUTY_HEADINGS.search(view, max(0, head_end - 80), head_end):
            continue                    # the headings right before the first row
        if _crossed_then_unmarked(view, group, head_end):
            continue
        pairs: list[tuple[Record, Record]] = []
        for member, deputy in zip(group[::2], group[1::2]):
            if any(i.kind in ("role", "title") and _staff_title(str(i.value)) for i in member.items):
                break                   # an official: the table has ended
            pairs.append((member, deputy))
        marks = [(_gap_mark(view, _content_end(pairs[k - 1][1]) if k else head_end, member.person.start),
                  _gap_mark(view, _content_end(member), deputy.person.start)) for k, (member, deputy) in enumerate(pairs)]
        between = bool(marks) and marks[0][0] == "" and marks[0][1] in ("X", "-")
        kept = list(takewhile(lambda ab: (ab[0] == "" and ab[1] in ("X", "-")) if between else
                              (ab[0] in ("X", "-") and ab[1] is not None), marks))
        if not between and len(kept) == 1:      # "x Eva Ek (s) xx / Per Ås (s) / Bo Lind (s) xx / Kim Berg (s) / x
            kept = list(takewhile(lambda ab: ab[0] is not None and ab[1] is not None, marks))     # ...": the second
            if sum(lead in ("X", "-") for lead, _gap in kept) * 2 < len(kept):               # member not there,
                kept = []                                                      # most members marked
        if len(kept) < 2:
            continue
        if not between:
            kept += list(takewhile(lambda ab: ab[0] is not None and ab[1] is not None, marks[len(kept):]))
        for (member, deputy), (lead, gap) in zip(pairs, kept):
            member.lead_mark, deputy.lead_mark = (gap, "") if between else (lead or "-", gap or "-")
            deputy.serves = deputy.serves or (not between and gap == "XX")    # "xx": in the member's seat
            member.block = BlockKind("ledamot", member.block.present, member.block.notice, member.block.voting)
            deputy.block = BlockKind("ersättare", deputy.block.present, deputy.block.notice, deputy.block.voting)
        for rec in group[2 * len(kept):]:   # after the table: officials and guests, whose seat it does not tell
            rec.block = BlockKind(None, rec.block.present, rec.block.notice, rec.block.voting)


def _crossed_then_unmarked(view: str, group: list[Record], head_end: int) -> bool:
    """"ORDINARIE ERSÄTTARE X Öfverström, Clas ordf. X Hambrudd, Annika ... X Schütten, Erik Lindfors, Nina Karlsson,
    Rolf ...": the two columns read one after the other, not row by row: a run of rows each crossed, then a run
    about as long with no marks, before the officials. The first run is the members' column, present; the second
    the deputies', absent (the marks tell presence). Sets the rows' seats and marks; whether it was so."""
    rows = list(takewhile(lambda r: not any(i.kind in ("role", "title") and _staff_title(str(i.value))
                                            for i in r.items), group))
    marks = [_gap_mark(view, _content_end(rows[k - 1]) if k else head_end, rec.person.start)
             for k, rec in enumerate(rows)]
    crossed = len(list(takewhile(lambda m: m == "X", marks)))
    if crossed < 3 or any(m != "" for m in marks[crossed:]) or abs(2 * crossed - len(rows)) > 2:
        return False
    for k, rec in enumerate(rows):
        rec.lead_mark = "X" if k < crossed else "-"     # where crosses mark presence, no cross is absence
        rec.block = BlockKind("ledamot" if k < crossed else "ersättare", rec.block.present, rec.block.notice,
                              rec.block.voting)
    return True


#: Only a cross or a dash (or nothing) between two rows of a marked table.
_GAP_MARK = re.compile(r"[).,;]?\s*(?:\([^()\n]{0,20}\)\s*)?([Xx]{1,2}|[-–])?\s*")   # "xx": a deputy serving in the
#                                                                                  member's seat; "( 190)": a row's note


def _content_end(rec: Record) -> int:
    """Where a row's name and cells end, a mark it took aside."""
    return max([rec.person.end, *(i.end for i in rec.items if i.kind != "mark")])


def _gap_mark(view: str, start: int, end: int) -> str | None:
    """The cross ("X") or dash ("-") alone in view[start:end] (a tag's closing bracket or a row's note in brackets
    before it), "" for nothing, None where other text stands there."""
    m = _GAP_MARK.fullmatch(view, start, end) if start <= end else None
    return None if m is None else _mark(m)


def _mark(m: re.Match[str]) -> str:
    """A matched presence mark as one spelling: "X" (also "XX"), "-", or "" for none."""
    return (m.group(1) or "").upper().replace("–", "-")


def _presence_columns(view: str, records: list[Record]) -> None:
    """"Närvaro§§§§ / TjgEj tjgJANEJ... / Pär Ek (C)X / ... / Anna Berg (S)": a table whose presence column lost its
    place in the text; the rows under it carry one cross or none (or two, where a serving column "Tjg" stands beside
    it). Where the lines right above a block's first row name that column and most of its rows carry such crosses
    and none a word of absence, a cross means present and a row without one absent."""
    start = 0
    while start < len(records):
        end = start
        while end < len(records) and records[end].block is records[start].block and not records[end].header:
            end += 1
        group = records[start:end] or records[start:start + 1]
        first = group[0].person.start
        above = view[max(0, view.rfind("\n", 0, first) - 160):first]       # the lines right over the first row
        crosses = [sum(i.kind == "mark" and i.value in ("X", "x") for i in r.items) for r in group]
        worded = any(i.kind == "mark" and isinstance(i.value, str) and len(i.value) > 2 for r in group for i in r.items)
        marked = crosses.count(1) + (crosses.count(2) if _SERVING_COLUMN.search(above) else 0)
        if len(group) >= 3 and _PRESENCE_HEADER.search(above) and not worded and 2 * marked > len(group):
            for rec in group:
                rec.presence_column = True
        start = max(end, start + 1)


def _crosses_mean_present(records: Sequence[Record]) -> bool:
    """"Hanna Ek X / David Ek anmält förhinder / Tina Ek X" without a header over the crosses: where the rows
    without a cross say in words that their person is absent, a row's one cross marks its person present."""
    def crosses(rec: Record) -> int:
        return sum(i.kind == "mark" and i.value in ("X", "x") for i in rec.items)

    def absent(rec: Record) -> bool:
        return any(i.kind == "mark" and i.value in ("förhinder", "frånvarande") for i in rec.items)

    plain = [rec for rec in records if not rec.header and rec.block.present is not False]
    return any(absent(rec) and not crosses(rec) for rec in plain) and \
        sum(crosses(rec) == 1 and not absent(rec) for rec in plain) >= max(2, 2 * sum(crosses(rec) > 1 for rec in plain))


def _absent_for_later_sections(rec: Record) -> bool:
    """"Ruth Ek, frånvarande 115", "Per Ås, frånvarande 109,110,111": absent for the §§ named after the word only,
    none of them the meeting's first, so there at its start."""
    mark = next(i for i in rec.items if i.kind == "mark" and i.value == "frånvarande")
    refs = [i.value for i in rec.items if i.kind == "sections" and isinstance(i.value, tuple) and i.start > mark.start]
    return bool(refs) and all(kind == "at" for kind, _ in refs) and \
        (rec.first_section is None or all(rec.first_section not in nums for _, nums in refs))


def _marked_attendance(rec: Record) -> tuple[bool | None, bool | None]:
    if rec.block.notice:
        return None, None
    words = {i.value for i in rec.items if i.kind == "mark" and isinstance(i.value, str) and len(i.value) > 2}
    if words & {"förhinder", "frånvarande", "nej"}:
        if words & {"förhinder", "nej"} or not _absent_for_later_sections(rec):
            return False, False
        return True, None
    if "tjänstgör" in words and rec.block.present is not False:
        return True, True
    if "delvis" in words and rec.block.present is not False:
        return True, None               # "deltar ej i beslut 156": there, but out of one decision
    if rec.lead_mark is not None and rec.block.present is not False:
        return {"X": True, "XX": True, "-": False}.get(rec.lead_mark), None
    if not rec.header:
        boxes = [i.value for i in rec.items if i.kind == "mark" and i.value in (CHECKED, UNCHECKED)]
        if len(boxes) == 1 and rec.block.present is not False:       # "[X] Anna Ek" / "[ ] Per Ås": one box a row
            return boxes[0] == CHECKED, None
        if "närvarande" in words and rec.block.present is not False:
            return True, None
        has_marks = any(i.kind == "mark" and i.value in ("X", "x", CHECKED, UNCHECKED) for i in rec.items)
        if rec.presence_column and rec.block.present is not False:
            return has_marks, None
        if has_marks and rec.block.present and rec.crosses_present:
            return True, None
        return (None if has_marks and rec.block.present else rec.block.present), None
    meanings = set(rec.header.values())
    marks = _marks(rec)
    voting = None
    if "voting" in meanings and min(rec.header) >= 0:
        voting = bool([m for m in marks.get("voting", []) if m != UNCHECKED])
    crosses = [i for i in rec.items if i.kind == "mark" and i.value in ("X", "x")]
    if {"present", "absent"} <= meanings and max(rec.header) < 0 and len(crosses) >= 2 and \
            not any(i.kind == "mark" and i.value in (CHECKED, UNCHECKED) for i in rec.items):
        # "Anna Ek m x x" under "Ja Nej Tid ... Ja Nej": crosses keep no cell for the empty columns, so only the
        # first says where the row's attendance cross stands; those after it are votes
        first = next((m for m, values in marks.items() if crosses[0].value in values), None)
        return {"present": True, "absent": False}.get(first or ""), voting
    if rec.crossed_table and "present" in meanings and "absent" not in meanings and rec.block.present is not False:
        present = bool(marks.get("present"))
        return present, bool(marks.get("voting")) if "voting" in meanings else None
    if {"present", "absent"} <= meanings:
        yes = any(m in _YES for m in marks.get("present", []))
        no = any(m in _YES for m in marks.get("absent", []))
        return (None if yes == no else yes), voting
    if "present" in meanings and max(rec.header) < 0 and any(i.kind == "mark" and i.value == "ja" for i in rec.items):
        return True, voting             # "Gösta Lindmark S Skövde kommun Ledamot Ja" under "... Närvaro"
    if "present" in meanings and min(rec.header) >= 0:
        values = marks.get("present", [])
        if any(m in _NO for m in values):
            return False, voting
        return any(m in _YES for m in values), voting
    if "time" in meanings and not any(i.kind == "mark" for i in rec.items):
        return rec.block.present, voting     # "Namn kl. Uppg Närv." over "Ek Eva 18:00-20:30 ledamot": the row's
        #                                      hours, and no marks kept, say that she sat as the block says
    return None, voting


_YES = ("X", "x", CHECKED, "ja", "närvarande", "tjänstgör")
_NO = ("nej", UNCHECKED, "frånvarande", "förhinder")



def _staff_title(title: str) -> bool:
    """An official's title the role words do not list but read as one ("socialchef", "alkoholhandläggare"):
    staff, not a seat."""
    role = normalize_role(title) or normalize_role(title.split()[0]) if title.strip() else None
    return role is not None and role not in BOARD_ROLES and role != "justerare"


def decode(rec: Record) -> RowFacts:
    """Roles, organisations, party and attendance of one record."""
    theirs = {id(i) for i in _replaced_members_roles(rec)} | {id(i) for i in _other_bodys_chair(rec)}
    explicit = [i.value for i in rec.items if i.kind in ("role", "title") and isinstance(i.value, str)
                and id(i) not in theirs]
    if any(i.kind == "mark" and i.value == "tjänstgör" for i in rec.items) and (
            rec.block.role == "ersättare" or "ersättare" in explicit) or rec.serves:
        explicit.append("tjänstgörande ersättare")
    substitutes = _substitutes(rec)
    if len(substitutes) == 1 and ("ersättare" in explicit or rec.block.role == "ersättare"):
        explicit.append("tjänstgörande ersättare")      # "A (S) ersättare för B (S)": A serves
    elif rec.block.voting and "ersättare" in explicit and "tjänstgörande ersättare" not in explicit and \
            not any(i.kind == "mark" and i.value == _NOT_SERVING for i in rec.items):
        explicit.append("tjänstgörande ersättare")      # "Beslutande ... Eva Ek (C), Köping ersättare": she votes
    elif len(substitutes) == 1 and (rec.block.role == "ledamot" or (rec.block.voting and rec.block.role is None)) \
            and not {"ledamot", *_PRESIDIUM} & set(explicit):
        explicit.append("tjänstgörande ersättare")      # "Ledamöter / Beslutande ... Eva Ek (för Bo Lund)": in Bo's place
    elif rec.block.role is None and not rec.header and not {"ledamot", "ersättare", *_PRESIDIUM} & set(explicit) and any(
            i.kind == "mark" and i.value == "tjänstgör" and i.end - i.start >= 3 for i in rec.items):
        explicit.append("tjänstgörande ersättare")      # "Beslutande ... Rolf Ek (C) tjg (för Bo Lund)": a deputy serves
    roles = list(dict.fromkeys(explicit))
    seats = [r for r in roles if r in ("ledamot", "ersättare", "tjänstgörande ersättare")]
    staff = [i.value for i in rec.items if i.value not in BOARD_ROLES and i.value != "justerare" and (
        i.kind == "role" or (i.kind == "title" and isinstance(i.value, str) and _staff_title(i.value)))]
    keep_default = (not seats and not staff) or (rec.block.role == "ersättare" and seats == ["tjänstgörande ersättare"])
    if rec.block.role and keep_default and rec.block.role not in roles:
        roles.insert(0, rec.block.role)
    theirs = {id(org) for org in _replaced_members_orgs(rec)}        # "ersättare för B (S), Fagersta": B's
    orgs = [i.value for i in rec.items if i.kind == "org" and isinstance(i.value, Org) and id(i) not in theirs]
    represents = next((o for o in orgs if o.kind in MEMBER_KINDS or o.key == "staten" or
                       o.key.startswith((ASSOCIATION, GROUP))), None)
    affiliation = next((o for o in orgs if o is not represents), None)
    after_substitute = {id(p) for p in _parties_after_substitutes(rec)}
    party = next((i.value for i in rec.items if i.kind == "party" and id(i) not in after_substitute), None)
    substitute = next((i.value for i in rec.items if i.kind == "substitute"), None)
    present, voting = _attendance(rec)
    org_roles = tuple(i.value for i in rec.items if i.kind == "orgrole" and isinstance(i.value, tuple))
    return RowFacts(str(rec.person.value), tuple(roles), represents, affiliation,
                    party if isinstance(party, Party) else None, present, voting,
                    substitute if isinstance(substitute, str) else None, org_roles, substitutes)


def _other_bodys_chair(rec: Record) -> list[Item]:
    """A guest's chair of another body, its name right after the role ("Sofia Ek, ordförande Kvinnojouren Viljan i
    Ljusdal" under "Övriga deltagande"): no chair of this meeting. Only in a row of no seat, vote or party."""
    if rec.block.role is not None or rec.block.voting or any(i.kind == "party" for i in rec.items):
        return []
    items = sorted(rec.items, key=lambda i: i.start)
    return [role for role, nxt in zip(items, items[1:]) if role.kind == "role" and role.value in _PRESIDIUM and
            role.start > rec.person.end and
            nxt.kind == "title" and isinstance(nxt.value, str) and nxt.value[:1].isupper() and
            not nxt.value.isupper() and not re.search(r"\d", nxt.value) and 0 < nxt.start - role.end <= 1]
    #   (but "Ordförande JAN EK": a signature; "II viceordf. Oksanen Ari 18:00-20:30": the next row)


def _parties_after_substitutes(rec: Record) -> list[Item]:
    items = sorted(rec.items, key=lambda i: i.start)
    return [nxt for item, nxt in zip(items, items[1:]) if item.kind == "substitute" and nxt.kind == "party"]


def _substitutes(rec: Record) -> tuple[tuple[Item, Party | None, Org | None, str | None], ...]:
    """The members a row's deputy serves for ("ersättare för B (S), Norberg"), each with the party tag, the
    member organisation and the chair's role written after it, before the next person."""
    items = sorted(rec.items, key=lambda i: i.start)
    theirs = {id(i): i.value for i in _replaced_members_roles(rec)}
    out = []
    for index, item in enumerate(items):
        if item.kind != "substitute":
            continue
        nxt = items[index + 1] if index + 1 < len(items) else None
        party = nxt.value if nxt is not None and nxt.kind == "party" and isinstance(nxt.value, Party) else None
        org = _org_after(item, items[index + 1:])
        until = next((i.start for i in items[index + 1:] if i.kind == "substitute"), None)
        role = next((theirs[id(i)] for i in items[index + 1:] if id(i) in theirs and (until is None or i.start < until)),
                    None)
        out.append((item, party, org.value if org is not None and isinstance(org.value, Org) else None, role))
    return tuple(out)


def _replaced_members_roles(rec: Record) -> list[Item]:
    """A chair's role written after the member a deputy serves for ("A (S) ersätter B (S) (vice ordförande)"):
    B's, not A's (a deputy serving for a member does not take the member's chair)."""
    first = min((i.start for i in rec.items if i.kind == "substitute"), default=None)
    return [] if first is None else \
        [i for i in rec.items if i.kind == "role" and i.value in _PRESIDIUM and i.start > first]


def _replaced_members_orgs(rec: Record) -> list[Item]:
    """The organisation items a row writes right after the members its deputy serves for."""
    items = sorted(rec.items, key=lambda i: i.start)
    return [org for index, item in enumerate(items)
            if item.kind == "substitute" and (org := _org_after(item, items[index + 1:])) is not None]


def _org_after(substitute: Item, items: list[Item]) -> Item | None:
    """The member organisation's item right after a replaced member (its party tag between them): ", Fagersta"
    in "för Nils Hed (S), Fagersta". Only a comma and blanks may stand between them; another row's words may not."""
    end = substitute.end
    for item in items:
        if item.start - end > 3:
            return None
        if item.kind == "party":
            end = item.end
            continue
        return item if item.kind == "org" and isinstance(item.value, Org) and item.value.kind in MEMBER_KINDS else None
    return None
