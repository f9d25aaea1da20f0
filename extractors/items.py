"""Typed items of roster text: the second stage of roster reading (after layout recovery).

A line (or a stretch of a flattened page) becomes a sequence of typed items, each with the offsets
of the text it came from: person, organisation, role, title, party tag, mark (X, ☒, "närvarande",
"tjänstgör"), § reference ("t o m 15", "from 49", "§ 159"), substitute (the member a deputy serves
for). `find_items` is pure; the record grammar in `roster.py` reads these sequences.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from samgraf.extractors import names as names_mod
from samgraf.extractors.gazetteer import Gazetteer, slugify
from samgraf.extractors.normalize import CHECKED, UNCHECKED
from samgraf.extractors.roles import find_roles, find_titles, normalize_role
from samgraf.model import Org, OrgKind

MEMBER_KINDS = (OrgKind.MUNICIPALITY, OrgKind.REGION, OrgKind.AGENCY)


BOARD_ROLES = ("ordförande", "vice ordförande", "ledamot", "ersättare", "tjänstgörande ersättare")


_MARK = re.compile(rf"(?<![\w])(?:[Xx]|{CHECKED}|{UNCHECKED})(?![\w])")


_SURNAME_FIRST = re.compile(r"(?:(?<=\t)|^)[ ]*((?-i:[A-ZÅÄÖ])[\wåäöé\-]+(?: (?-i:[A-ZÅÄÖ])[\wåäöé\-]+)?),[ ]"
                            r"((?-i:[A-ZÅÄÖ])[\wåäöé]+(?:-(?-i:[A-ZÅÄÖ])[\wåäöé]+)?)(?=[ \t(]|$)", re.MULTILINE)


#: A row's word for its presence (see _WORD_MARK_MEANINGS).
_WORD_MARK = re.compile(r"(?<![\w])(anmält\s+förhinder|förhinder|frånvarande|ej\s+närvarande|ej\s+närvaro|närvarande|"
                        r"tjänstgör(?:ande)?|tjänstg\.|tjg|(?:deltog|deltar)\s+ej(?:\s+i)?|"
                        r"(?:på\s+)?distans|via\s+(?:teams|zoom|länk))(?![\w])",
                        re.IGNORECASE)


_CELL = re.compile(r"(?:(?<=\t)|^)[ ]*([A-Za-zÅÄÖåäö]{1,12})[ ]*(?=\t|$)", re.MULTILINE)


_PARTY = re.compile(r"\(\s*([A-Za-zÅÄÖåäö]{1,5})\s*\)")
#: An unknown tag in a name's brackets: a local party's letters, or a member organisation's code ("(HSO)").
_LOCAL_TAG = re.compile(r"[A-ZÅÄÖ]{1,4}|(?!(?:tjg|tj|ers|ej|ordf|sekr|adj|jäv|del|bil|kl|tom|fr|fom|avg|anm|närv)$)[a-zåäö]{2,3}")


#: A party's letters without parentheses closing a roster row ("Katja Ollila V", "Anna Ek, ordf. S"), or
#: before the row's attendance crosses, where lower-case letters are a party too ("Annili Caap m x x"), or
#: before a present/absent cell written 1 or - ("Anders Ågren M 1", "Patrik Nilsson S -").
_TRAILING_TAG = re.compile(r"(?<=[\w.])[ \t]+(?:(KD|MP|SD|FP|Kd|Mp|Sd|Fp|S|M|C|V|L)(?=(?:[ \t]+Ers\.)?[ \t]*$)|"
                           r"(KD|MP|SD|FP|S|M|C|V|L|kd|mp|sd|fp|s|m|c|v|l)(?=[ \t]+[xX](?:[ \t]|$))|"
                           r"(KD|MP|SD|FP|S|M|C|V|L)(?=[ \t]+[1–-](?:[ \t]|$)))")
_PRESENCE_CELL = re.compile(r"[ \t]+([1–-])(?=[ \t]|$)")
#: A row's last word before a line that opens with "kommun": a municipality's name a narrow column broke.
_WRAPPED_ORG = re.compile(r"(?<![\w-])((?-i:[A-ZÅÄÖ])[a-zåäö]+s?)[ \t]*$")
#: A roster row's tail in a närvaro- och omröstningslista whose marks a legend defines: the party's letters, then
#: the codes and votes ("Mats Hultin M F -", "Göran Ek M NT Ja", "Ann Ek M N"), up to the line's end or the next row.
_CODED_TAIL = re.compile(r"(?<=[\w.)])[ \t]+(KD|MP|SD|FP|S|M|C|V|L)((?:[ \t]+(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]?|Ja|Nej|Avstår|"
                         r"[–—-]))+)(?=[ \t]*$|[ \t]+(?-i:[A-ZÅÄÖ][a-zåäöé]))")
_VOTE_CELL = re.compile(r"Ja|Nej|Avstår|[–—-]")


def _code_meanings(code: str, legend: dict[str, str]) -> list[str]:
    """What a cell's code means by the legend; two letters can join two codes ("NT": N and Tj)."""
    if code in legend:
        return [legend[code]]
    if len(code) == 2 and code[0] in legend:
        second = [legend[k] for k in legend if k[:1] == code[1] and k != code[0]]
        if len(second) == 1:
            return [legend[code[0]], second[0]]
    return []


def _coded_tails(view: str, line: Line, legend: dict[str, str]) -> Iterator[tuple[re.Match[str], list[tuple[int, str,
                                                                                                      list[str]]]]]:
    """The rows' tails of a line whose cells are all codes of the legend or votes, each cell with its offset and
    what it means (nothing, for a vote)."""
    for m in _CODED_TAIL.finditer(view, line.start, line.end) if legend else ():
        cells = [(c.start() + m.start(2), c.group(0)) for c in re.finditer(r"\S+", m.group(2))]
        meanings = [_code_meanings(code, legend) for _, code in cells]
        if any(meanings) and all(mean or _VOTE_CELL.fullmatch(code) for mean, (_, code) in zip(meanings, cells)):
            yield m, [(pos, code, mean) for (pos, code), mean in zip(cells, meanings)]


#: A party tag followed by a capitalised role: the line is a table of rows with a role column, not a list.
TAG_THEN_ROLE = re.compile(r"\([A-Za-zÅÄÖåäö]{1,5}\) (?:Ordförande|Vice|Ledamot|Ersättare|Tjänstgörande|Adjungerad|"
                           r"Sekreterare|Ordinarie|Suppleant)")
_BARE_PARTY_TAGS = frozenset({"s", "m", "c", "v", "l", "kd", "mp", "fp", "sd", "S", "M", "C", "V", "L", "KD", "MP",
                              "FP", "SD"})


_UNCLOSED_PARTY = re.compile(r"\(\s*([A-Za-zÅÄÖåäö]{1,4})(?=\s*(?:,|$))", re.MULTILINE)


_PROSE_END = re.compile(r"[.!?]\s*$")


_SUBSTITUTE = re.compile(r"(?:(?:ersättare|ers\.?|tjg|tgj|tj\.?|tjänstgör(?:ande)?|i\s+stället)\s+|(?<=ers\.)|[–—,()-]\s*|"
                         r"(?<=[a-zåäöé])\s+)(?:för|fiir|ftir)\s*$|(?:\b|,\s*)(?i:ersätter)\s*$|\(\s*ers\.?\s*$",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Item:
    """One typed piece of a roster line."""

    start: int
    end: int
    kind: str                 # person | org | group | role | party | mark | title | substitute
    value: object             # name str, Org, role str, Party, mark str, title str
    line: int                 # index of the line in the document
    column: int | None = None # tab column, when the line is a tab table row
    offset: int = 0           # character offset within its line (aligned tables)


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int
    end: int
    text: str


def split_lines(view: str) -> list[Line]:
    out, pos = [], 0
    for index, raw in enumerate(view.split("\n")):
        out.append(Line(index, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


class _Columns:
    """Tab columns of positions on one line: the line's tabs found once, each position by bisection
    (testing the line for a tab and counting the tabs before every item read the line once per item:
    quadratic on a long line of items)."""

    def __init__(self, line: Line) -> None:
        self.start = line.start
        self.tabs = [m.start() for m in _TAB.finditer(line.text)]

    def at(self, pos: int) -> int | None:
        """How many tabs come before `pos` on the line (None for a line without tabs)."""
        return bisect_left(self.tabs, pos - self.start) if self.tabs else None


_TAB = re.compile("\t")


class _Taken:
    """The spans of a line already given to an item. The overlap test reads the cells the span covers, not
    every item found so far, so a line with thousands of items is read in linear, not quadratic, time."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.spans: list[tuple[int, int]] = []
        self._cells = bytearray(end - start)       # 1 where a taken span covers the character
        self._by_list = False                      # an empty span or one beyond the line: test span by span

    def _inside(self, s: int, e: int) -> bool:
        return self.start <= s < e <= self.end

    def free(self, s: int, e: int) -> bool:
        """Whether [s, e) overlaps no span taken so far (`e <= a or s >= b` for each taken (a, b))."""
        if self._by_list or not self._inside(s, e):
            return all(e <= a or s >= b for a, b in self.spans)
        return self._cells.find(1, s - self.start, e - self.start) < 0

    def add(self, s: int, e: int) -> None:
        """Take [s, e)."""
        self.spans.append((s, e))
        if not self._inside(s, e):
            self._by_list = True
            return
        self._cells[s - self.start:e - self.start] = b"\x01" * (e - s)


#: The verb of a row whose person takes a member's seat at this meeting.
_REPLACES = re.compile(r"(?<![\w])ersätter(?![\w])", re.IGNORECASE)


_ADDRESS_BEFORE = re.compile(r"(?-i:[A-ZÅÄÖ])[a-zåäö]*(?:kontoret|huset|salen|rummet|lokalerna|lokaler|gården)[ \t]*,[ \t]*$")


def _places_town(view: str, line_start: int, pos: int) -> bool:
    """Whether the name at `pos` is the town of a place before it ("Kommunledningskontoret, Vallentuna"), not a
    member a person represents."""
    return _ADDRESS_BEFORE.search(view, max(line_start, pos - 40), pos) is not None
_LEADING_PARTY = re.compile(r"[ \t]*((?-i:[a-zåäö]{1,3}|[A-ZÅÄÖ]{2,3}))[ \t]+"
                            r"(?=(?-i:[A-ZÅÄÖ])[a-zåäöé]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöé]+)?[ \t]+(?-i:[A-ZÅÄÖ]))")
_GROUP_BEFORE = re.compile(r"(?<![\w-])För[ \t]+$")
#: What may stand after a name before the word that joins it to the next name: blanks and the party's tag ("Anna Ek
#: (S) och Per Lund").
TAG_BETWEEN_NAMES = r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?"
#: A justering field's label and the place after it, before its signers ("Protokolljustering Geta Gunnel Ek Kjell
#: Berg", "Protokollsjustering Pedersöre Per-Erik Finne Roger Eriksson"): the Finland-Swedish form, its date left blank.
JUSTERING_LABEL = r"(?-i:P)rotokolls?justering"
PLACE_AFTER_LABEL = r"[ \t]*:?[ \t]+(?-i:[A-ZÅÄÖ])[\wåäö-]+[ \t]+"
#: Whose seats a roster heading lists, written after it and a comma ("Ej närvarande, ordinarie/ersättare").
SEATS_NOTE = r",[ \t]*(?:ordinarie|ledamöter|ersättare)(?:[ \t]*/[ \t]*(?:ordinarie|ledamöter|ersättare))?"
#: A nämnd or styrelse a group label names ("Socialnämnden", "Barn- och utbildningsnämnden").
GROUP_BODY = r"(?:[\wåäö]+-?[ \t]+och[ \t]+)?[\wåäö]*(?:nämnden|styrelsen)"
_GROUP_BODY = re.compile(rf"(?<![\w-])För[ \t]+({GROUP_BODY})\b")
#: The key prefix of a body a group label names ("För Socialnämnden"): what the names under it represent.
GROUP = "group/"


def _after_substitute_cue(view: str, line_start: int, pos: int) -> bool:
    """_SUBSTITUTE.search(view[line_start:pos]): the line ends in "ersättare för", "ersätter" ... before a name.
    The cue ends the text, so only its last stretch is read (the whole line before each name of a long line
    was read: quadratic); a cue is at most a few words, so 60 characters before the trailing blanks hold it."""
    end = pos
    while end > line_start and view[end - 1].isspace():
        end -= 1
    return _SUBSTITUTE.search(view[max(line_start, end - 60):pos]) is not None


def find_items(view: str, line: Line, gaz: Gazetteer, known: Sequence[str] = (),
               legend: dict[str, str] | None = None, surname_first: bool = False) -> list[Item]:
    """Typed items of one line, in text order, non-overlapping (persons and orgs first); in a roster
    written "Efternamn Förnamn" the row's name is read in that order."""
    taken = _Taken(line.start, line.end)
    column = _Columns(line)
    items: list[Item] = []
    free = taken.free

    def add(s: int, e: int, kind: str, value: object) -> None:
        taken.add(s, e)
        items.append(Item(s, e, kind, value, line.index, column.at(s), s - line.start))

    row = _ROW_NAME.match(view, line.start, line.end) if surname_first else None
    if row is not None and names_mod.COMMA_GIVEN.match(view, row.end(2), line.end) is not None:
        row = None                      # "Persson Eld, Karl-Johan (s)": a surname of two words, the first name after
    if row is not None and (not names_mod.is_first_name(row.group(1)) or names_mod.is_first_name(row.group(2).split()[0])) \
            and all(names_mod.is_first_name(w) for w in row.group(2).split()[1:]):
        add(row.start(1), row.end(2), "person", names_mod.clean_name(f"{row.group(2)} {row.group(1)}"))
    if surname_first:
        for s, e, name in names_mod.find_reversed_names(view, line.start, line.end):
            if free(s, e) and not _after_substitute_cue(view, line.start, s):
                add(s, e, "person", names_mod.clean_name(name))     # "Forsman Freddie Granberg Jonna"
    for m in gaz.find_orgs(view, line.start, line.end):
        if not free(m.start, m.end):
            continue
        if _places_town(view, line.start, m.start):
            continue
        label = _GROUP_BEFORE.search(view, max(line.start, m.start - 6), m.start)
        if label is not None and m.org.kind in MEMBER_KINDS:
            add(label.start(), m.end, "group", m.org)    # "För Försäkringskassan Per Berg": the names' member
            continue
        add(m.start, m.end, "org", m.org)
    for m in gaz.national_party_names.finditer(view, line.start, line.end):
        if free(m.start(), m.end()) and (party := gaz.resolve_party(m.group(0))) is not None:
            add(m.start(), m.end(), "party", party)     # "Socialdemokraterna Ashti Ek": a party written out (a roll's
            #                                             group heading, a row's cell), never a word of a name
    for m in _GROUP_BODY.finditer(view, line.start, line.end):
        if free(m.start(), m.end()):     # "För Barn- och utbildningsnämnden Anna Ek (C)": the body she speaks for
            add(m.start(), m.end(), "group", Org(GROUP + slugify(m.group(1)), m.group(1), OrgKind.OTHER))
    wrapped = _WRAPPED_ORG.search(view, line.start, line.end)
    if wrapped is not None and view.startswith("kommun", line.end + 1) and free(wrapped.start(1), wrapped.end(1)) and \
            (org := gaz.resolve_org(wrapped.group(1) + " kommun")) is not None and org.kind in MEMBER_KINDS:
        add(wrapped.start(1), wrapped.end(1), "org", org)    # "Anna Ek (S), ordförande, Hallsbergs / kommun"
    for m in _ORG_ABBREVIATION.finditer(view, line.start, line.end):
        org = gaz.resolve_org(m.group(0), allow_bare=True)
        if org is not None and free(m.start(), m.end()) and not _places_town(view, line.start, m.start()):
            add(m.start(), m.end(), "org", org)
    for m in _SURNAME_FIRST.finditer(view, line.start, line.end):
        surname = m.group(1).split()
        if names_mod.is_first_name(m.group(2)) and not names_mod.is_first_name(surname[0]) and \
                free(m.start(1), m.end(2)) and not any(names_mod.fold(w) in names_mod.STOP_WORDS for w in surname):
            #   a label or a seat's word is no surname ("Underskrifter Sekreterare, Siv Elm": the label, its signer)
            add(m.start(), m.end(), "person", names_mod.clean_name(f"{m.group(2)} {m.group(1)}"))
    for m in _PLACE_AFTER_TAG.finditer(view, line.start, line.end):
        if free(m.start(1), m.end(1)) and _NAME_NEXT.match(view, m.end(1), line.end) and \
                (org := _bare_member(m.group(1), gaz)) is not None:
            add(m.start(1), m.end(1), "org", org)      # "Rutger Ek (NP) Nora Anna Karlsson (S)": Nora is his place
    for s, e, name in names_mod.find_person_names(view, line.start, line.end, known=known, lenient=True):
        if _GENITIVE_NOUN.match(view, e, line.end) and name.endswith("s"):
            continue                    # "Anna Ekmans förslag": a genitive, not a roster entry
        place = next((i.end for i in items if i.kind == "org" and s <= i.start < e), None)
        if place is not None:           # the name read on from the place before it: the name after the place
            found = names_mod.find_person_names(view, place, e, known=known, lenient=True)
            if found and found[0][1] == e:
                s, e, name = found[0]
        if free(s, e):
            add(s, e, "substitute" if _after_substitute_cue(view, line.start, s) else "person",
                names_mod.clean_name(name))
    for m in _UNKNOWN_NAME.finditer(view, line.start, line.end):
        if free(m.start(), m.end()) and _plausible_unknown_name(m.group(1), m.group(2), gaz):
            add(m.start(), m.end(), "substitute" if _after_substitute_cue(view, line.start, m.start()) else "person",
                names_mod.clean_name(m.group(0)))
    for m in _PAIR_BETWEEN_TITLES.finditer(view, line.start, line.end):
        if free(m.start(1), m.end(2)) and _titled_pair(view, line, m, gaz):
            add(m.start(1), m.end(2), "person", names_mod.clean_name(f"{m.group(1)} {m.group(2)}"))
    for r in find_roles(view, line.start, line.end):
        if free(r.start, r.end):
            owner = _GENITIVE_OWNER.search(view, max(line.start, r.start - 40), r.start)
            if owner is not None and names_mod.is_first_name(owner.group(1)):
                owner = None            # "Blomqvist Thomas ordförande": a first name ending in s, no body's genitive
            assembly = None if owner is not None or r.role not in BOARD_ROLES else \
                _ASSEMBLY_BEFORE.search(view, max(line.start, r.start - 30), r.start) or \
                _ASSEMBLY_AFTER.match(view, r.end, line.end)
            if r.body is not None and r.seat is not None and re.fullmatch(_ASSEMBLY, r.body, re.IGNORECASE):
                add(r.start, r.end, "orgrole", (r.seat, _assembly(r.body)))     # "kfge ordf.": the assembly's chair
                #                                                     (a styrelse's, "kst ordförande", stays a title)
            elif owner is not None and r.role in BOARD_ROLES:     # "Beredningsgruppens ordförande"
                add(owner.start(), r.end, "title", f"{owner.group(1).lower()} {r.role}")
            elif assembly is not None and free(min(r.start, assembly.start()), max(r.end, assembly.end())):
                add(min(r.start, assembly.start()), max(r.end, assembly.end()), "orgrole",   # "KFGE-ordförande",
                    (r.role, _assembly(assembly.group(1))))                                  # "II viceordf., fullm."
            else:
                add(r.start, r.end, "role", r.role)
                if _NOT_SERVING_ROLE.search(r.text):     # "ej tjänstgörande ersättare": a deputy who does not serve
                    items.append(Item(r.start, r.end, "mark", NOT_SERVING, line.index, column.at(r.start)))
    for r in find_titles(view, line.start, line.end):
        if free(r.start, r.end):        # "Naimy Ohlsson Hemtjänstchef": a title the role list lacks, by its ending
            add(r.start, r.end, "role", r.role)
    for m in _NAME_THEN_TITLE.finditer(view, line.start, line.end):
        if free(m.start(1), m.end(2)) and normalize_role(m.group(3)) is not None and \
                _plausible_unknown_name(m.group(1), m.group(2), gaz):
            add(m.start(1), m.end(2), "person", names_mod.clean_name(f"{m.group(1)} {m.group(2)}"))
    for m in _SECTION_REF.finditer(view, line.start, line.end):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "sections", _section_ref(m))
    for c_start, c_end in _comma_cells(line):
        value = view[c_start:c_end].strip(" .;")
        if not value:
            continue
        if not free(c_start, c_end):
            head = _CELL_HEAD.match(view, c_start, c_end)
            if head is not None and free(head.start(1), head.end(1)) and not free(head.end(), c_end) and \
                    (org := _bare_member(head.group(1), gaz)) is not None:
                add(head.start(1), head.end(1), "org", org)     # "Anna Ek (S), Arboga ordförande": place, then role
            continue
        lead = view.find(value, c_start, c_end)
        if _places_town(view, line.start, lead):
            continue
        if (org := _bare_member(value, gaz)) is not None:
            add(lead, lead + len(value), "org", org)
        elif len(value) > 4 and value[0].isupper() and (party := gaz.resolve_party(value)) is not None:
            add(lead, lead + len(value), "party", party)      # "Socialdemokraterna" written out
        elif value in _BARE_PARTY_TAGS and (party := gaz.resolve_party(value)) is not None:
            add(lead, lead + len(value), "party", party)      # "Eva Ek, s, ordförande"
    lead_tag = _LEADING_PARTY.match(view, line.start, line.end)
    if lead_tag is not None and free(lead_tag.start(1), lead_tag.end(1)) and \
            (party := gaz.resolve_party(lead_tag.group(1))) is not None:
        add(lead_tag.start(1), lead_tag.end(1), "party", party)     # "s Eva Ek", "kd Håkan Berg": the party first
    for m in _PLACE_AFTER_TAG.finditer(view, line.start, line.end):
        if free(m.start(1), m.end(1)) and (org := _bare_member(m.group(1), gaz)) is not None:
            add(m.start(1), m.end(1), "org", org)      # "Jana Ek (S) Varberg Eva Lund (KD)": the place of the row
    for c_start, c_end in _segments(line):
        code = view[c_start:c_end].strip()
        if legend and code in legend and free(c_start, c_end):
            lead = view.find(code, c_start, c_end)
            add(lead, lead + len(code), "mark", legend[code])
    for m in _PARTY.finditer(view, line.start, line.end):
        party = gaz.resolve_party(m.group(1))
        if party is not None and free(m.start(), m.end()):
            add(m.start(), m.end(), "party", party)
        elif party is None and _LOCAL_TAG.fullmatch(m.group(1)) and free(m.start(), m.end()) and any(
                i.kind == "person" and not view[i.end:m.start()].strip() for i in items):
            add(m.start(), m.end(), "party", None)     # "David Ek (T)": a tag the reference does not know
    for m in _UNCLOSED_PARTY.finditer(view, line.start, line.end):   # "Bo Ek, Luleå, (s, ordförande"
        party = gaz.resolve_party(m.group(1))
        if party is not None and free(m.start(), m.end()):
            add(m.start(), m.end(), "party", party)
    tail = _TRAILING_TAG.search(view, line.start, line.end)
    group = 0 if tail is None else next(k for k in (1, 2, 3) if tail.group(k))
    if tail is not None and (any(i.kind == "person" and i.end <= tail.start() for i in items) or
                             _NAME_SHAPE.fullmatch(view[line.start:tail.start()].strip(" \t☒☐"))) and \
            free(tail.start(group), tail.end(group)) and (party := gaz.resolve_party(tail.group(group))) is not None:
        add(tail.start(group), tail.end(group), "party", party)        # "Katja Ollila V", "Ann Ek m x"
        cell = _PRESENCE_CELL.match(view, tail.end(group), line.end) if group == 3 else None
        if cell is not None and free(cell.start(1), cell.end(1)):      # "Anders Ågren M 1", "Patrik Nilsson S -"
            add(cell.start(1), cell.end(1), "mark", "närvarande" if cell.group(1) == "1" else "frånvarande")
    for m, cells in _coded_tails(view, line, legend or {}):
        if not any(i.kind == "person" and i.end <= m.start() for i in items) or not free(m.start(1), m.end(2)) \
                or (party := gaz.resolve_party(m.group(1))) is None:
            continue
        add(m.start(1), m.end(1), "party", party)     # "Mats Hultin M F -", "Göran Ek M NT Ja": party, codes, votes
        for pos, code, meaning in cells:
            taken.add(pos, pos + len(code))             # a vote cell is nobody's mark
            items.extend(Item(pos, pos + len(code), "mark", word, line.index, column.at(pos), pos - line.start)
                         for word in meaning)
    for m in _MARK.finditer(view, line.start, line.end):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "mark", m.group(0))
    for c_start, c_end in _segments(line):
        value = view[c_start:c_end].strip()
        lead = len(view[c_start:c_end]) - len(view[c_start:c_end].lstrip())
        a, b = c_start + lead, c_start + lead + len(value)
        if not value or not free(a, b):
            continue
        if value.lower() in ("ja", "nej", "närvarande", "frånvarande", "förhinder", "närv", "frånv"):
            add(a, b, "mark", {"närv": "närvarande", "frånv": "frånvarande"}.get(value.lower(), value.lower()))
        elif len(value) <= 3 and value.isupper() and (party := gaz.resolve_party(value)) is not None:
            add(a, b, "party", party)
        elif "\t" in line.text and len(value) <= 4 and (party := gaz.resolve_party(value)) is not None:
            add(a, b, "party", party)
    for m in _WORD_MARK.finditer(view, line.start, line.end):
        word = re.sub(r"\s+", " ", m.group(1).lower())
        if re.search(r"(?:\bej|\bicke|\binte)\s+$", view[max(line.start, m.start() - 6):m.start()], re.IGNORECASE):
            continue                    # "ej tjänstgörande ersättare": not serving
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "mark", _WORD_MARK_MEANINGS.get(word, word))
        else:
            items.append(Item(m.start(), m.end(), "mark", _WORD_MARK_MEANINGS.get(word, word), line.index, column.at(m.start())))
    for m in _REPLACES.finditer(view, line.start, line.end):
        if free(m.start(), m.end()) and any(i.kind == "substitute" and i.start >= m.end() for i in items):
            add(m.start(), m.end(), "mark", "tjänstgör")       # "Eva Ek, s, ersätter Åke Berg, s": she serves,
            items.append(Item(m.start(), m.end(), "role", "ersättare", line.index, column.at(m.start())))  # a deputy
    items.extend(_titles(view, line, taken.spans, column))
    return _org_roles(view, _tagged_names(view, sorted(items, key=lambda i: i.start)))


_PAIR = re.compile(r"((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?) "
                   r"((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?)")
_NAMES_AROUND = frozenset({"person", "substitute"})


def names_in_runs(view: str, items: Sequence[Item], gaz: Gazetteer, heading: Callable[[str], object]) -> list[Item]:
    """A roster block's items (in text order, over its lines) with each leftover pair of capitalised words
    that stands in a run of names read as a person whose first name is not in our list: the next item
    is a person, and the one before is a person, a role, the block's heading or nothing ("Beslutande /
    Maidie Wiklund / Robert Uitto", "Jan-Olof Dahlin Finn Cromberger Bo Danielsson"); or roles stand on
    both sides, each written after its name ("Eddie Forsman ordförande Akko Karlsson vice ordförande")."""
    out = list(items)
    for n, item in enumerate(items):
        nxt, prev = (items[n + 1] if n + 1 < len(items) else None), (items[n - 1] if n else None)
        if item.kind != "title" or nxt is None:
            continue
        role_after = nxt.kind == "role" and prev is not None and prev.kind == "role"   # "X ordförande Y vice ordförande"
        if nxt.kind not in _NAMES_AROUND and not role_after:
            continue
        if prev is not None and prev.kind not in _NAMES_AROUND and prev.kind != "role" and \
                not (prev.kind == "title" and heading(view[prev.start:prev.end])):
            continue
        pair = _PAIR.fullmatch(view, item.start, item.end)
        if pair is not None and _plausible_unknown_name(pair.group(1), pair.group(2), gaz, in_run=True):
            out[n] = Item(item.start, item.end, "person", names_mod.clean_name(pair.group(0)), item.line,
                          item.column, item.offset)
    return out


_NAME_SHAPE = re.compile(r"(?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?"
                         r"(?:[ ](?:El|Al|Abu|Bin|Ibn|af|von|de|van)?[ ]?(?-i:[A-ZÅÄÖ])[a-zåäöéü]+"
                         r"(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?){1,2}")


_ROW_NAME = re.compile(r"[ \t☒☐]*((?-i:[A-ZÅÄÖ])[\wåäöé]+(?:-(?-i:[A-ZÅÄÖ])[\wåäöé]+)?) "
                       r"((?-i:[A-ZÅÄÖ])[\wåäöé]+(?:-(?-i:[A-ZÅÄÖ])[\wåäöé]+)?(?: (?-i:[A-ZÅÄÖ])[\wåäöé]+)?)"
                       r"(?=[ \t]*(?:,|\(|$))", re.MULTILINE)


def writes_surname_first(view: str, lines: Sequence[Line]) -> bool:
    """Whether a protocol's roster rows are written "Efternamn Förnamn" ("Haverinen Emilia, ordförande"):
    more rows whose second word is a first name and first word is not than the other way round."""
    surname, first = 0, 0
    for line in lines:
        m = _ROW_NAME.match(view, line.start, line.end)
        if m is None:
            continue
        a, b = names_mod.is_first_name(m.group(1)), all(names_mod.is_first_name(w) for w in m.group(2).split())
        surname += b and not a
        first += a and not b
    return surname >= 2 and surname > first


def _tagged_names(view: str, items: list[Item]) -> list[Item]:
    """A title of two or three capitalised words right before a party tag is a person whose first
    name our lists lack ("Kia Holm (M)")."""
    out = list(items)
    for index, item in enumerate(items[:-1]):
        nxt = items[index + 1]
        text = view[item.start:item.end].rstrip(" \t(")        # a title cell may have taken the tag's "("
        if item.kind == "title" and nxt.kind == "party" and not view[item.end:nxt.start].strip(" \t(") \
                and isinstance(item.value, str) and _NAME_SHAPE.fullmatch(text):
            out[index] = Item(item.start, item.start + len(text), "person", names_mod.clean_name(text),
                              item.line, item.column, item.offset)
    return out


_GENITIVE_OWNER = re.compile(r"(?<![\w])((?-i:[A-ZÅÄÖ])[a-zåäö]{4,}s|[A-Za-zÅÄÖåäö]{1,6}:s(?:[ \t]+(?:\d|I{1,3}))?|"
                             r"(?:(?-i:[a-zåäö]+a)[ \t]+)?(?-i:[a-zåäö]*nämndens)|"
                             r"(?-i:[A-ZÅÄÖ])[\wåäö-]+[ \t]+(?-i:AB))\s+$")
#                   "Beredningsgruppens ordförande"; "fm:s II vice ordförande", "KF:s ordförande": a short form's genitive;
#                   "tekniska nämndens vice ordförande", "kulturnämndens ordförande": a nämnd's; "Moravatten AB ordförande"
#: The assembly (fullmäktige, a förbund's stämma) whose chair a row's role names, before or after it: "KFGE-ordförande",
#: "fullm.ordförande", "kfge ordf.", "förbundsstämmans viceordförande"; "I viceordf., fullm.".
_ASSEMBLY = r"(?:kfge|kfm|fge|kf|fullm)"
_ASSEMBLY_BEFORE = re.compile(rf"(?<![\w-])((?i:{_ASSEMBLY}|fm)\.?|[a-zåäö]*(?:stämmans|fullmäktiges))[ \t]*-?[ \t]*$")
_ASSEMBLY_AFTER = re.compile(rf"[ \t]*,?[ \t]*((?i:{_ASSEMBLY})\.?)(?![\w-])")


def _assembly(text: str) -> Org:
    """The assembly a chair's role names ("KFGE", "fullm.", "förbundsstämmans"): another body than the board."""
    label = re.sub(r"(?<=[a-zåäö]{3})s$", "", text.strip(" .-"))
    return Org("body/" + slugify(label), label, OrgKind.OTHER)


_SECTION_REF = re.compile(
    r"(?:(?<![\w])(?P<mode>from|fr\s?o\s?m|fr\.o\.m\.?|t\s?o\s?m|tom|t\.o\.m\.?|till\s+och\s+med|"
    r"från\s+och\s+med|del\s+av|ej|utom)\s*(?:§§?\s*)?|§§?\s*|(?<=,)\s?(?:§§?\s*)?|(?<=frånvarande\s))"
    r"(?P<nums>\d{1,4}(?:(?:\s*[-–,]\s*|\s+och\s+|\s)\d{1,4})*)(?![\d:./])|"
    # a row's last word, then a § number closing the line or the row ("Ove Ek, Piteå Hockey 11"; "ekonom Eva Ek 164,
    # ...", "Nils Ek 169 och 173, ..."; not a mark: "Eva Ek S 1")
    r"(?<=[a-zåäö]{3} )" + "".join(f"(?<!{street} )" for street in names_mod.STREET_ENDINGS) +  # no street's number
    r"(?P<tail>\d{2,3}(?:[ \t]*(?:[-–]|och)[ \t]*\d{2,3})?)"
    r"(?=[ \t]*(?:\n|$)|[ \t]*[,.][ \t]*(?:\n|$|,|(?-i:[a-zåäö])))",
    re.IGNORECASE)


def _section_ref(m: re.Match[str]) -> tuple[str, tuple[int, ...]]:
    """("until"|"from"|"except"|"at", numbers) of a § reference beside a name: "t o m 15", "from 49", "ej § 67",
    "§ 159", ", 65 81"."""
    mode = re.sub(r"[\s.]", "", (m.group("mode") or "").lower())
    kind = "until" if mode in ("tom", "tillochmed") else "from" if mode.startswith("fr") else \
        "except" if mode in ("ej", "utom") else "at"
    return kind, tuple(int(n) for n in re.findall(r"\d{1,4}", m.group("nums") or m.group("tail")))


_GENITIVE_NOUN = re.compile(r"[ \t]+(?:förslag|yrkande|motion|skrivelse|initiativ|fråga|anmälan|redogörelse|"
                            r"rapport|ansökan|uppdrag|begäran|beslut)\b")


#: What a row's presence word means; "deltog ej i ..." (some §§, a decision) is no absence from the meeting.
_WORD_MARK_MEANINGS = {"distans": "närvarande", "på distans": "närvarande", "via teams": "närvarande",
                       "via zoom": "närvarande", "via länk": "närvarande","anmält förhinder": "förhinder", "ej närvarande": "frånvarande", "ej närvaro": "frånvarande", "deltog ej": "frånvarande",
                       "deltar ej": "frånvarande", "deltog ej i": "delvis", "deltar ej i": "delvis", "tjänstgör": "tjänstgör", "tjänstgörande": "tjänstgör",
                       "tjg": "tjänstgör", "tjänstg.": "tjänstgör"}


_ROLE_IN = re.compile(r"^\s+(?:i|för|vid|på)\s+(?:styrelsen\s+(?:i|för)\s+)?$", re.IGNORECASE)


#: A company or association named right after a role ("ordförande TOP bostäder AB", "ledamot Hyresgästföreningen").
_FIRM_AFTER = re.compile(r"[ \t]+((?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ&.-]*(?:[ \t]+[\wåäöÅÄÖ&.-]+){0,4}?[ \t]+(?-i:AB|HB|KB)"
                         r"|(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:föreningen|förbundet|stiftelsen)"
                         r"|(?-i:[a-zåäö]{3,}gruppen)"
                         r"|(?!(?:KD|MP|SD|FP|NS|MBP)\b)(?-i:[A-ZÅÄÖ]{2,5})(?:[ \t]+(?:(?-i:[a-zåäö]+(?:styrelsen|nämnden|"
                         r"rådet))|(?-i:[A-ZÅÄÖ][a-zåäö]+)(?![ \t]+(?-i:[A-ZÅÄÖ])))|(?=[ \t]+(?-i:[A-ZÅÄÖ]))))(?![\wåäö])")
#                        "ordf. beredningsgruppen": a group's; "ordförande SDN Öster", "vice ordförande LRF
#                        regionstyrelsen": another body's short name (not a party's letters), then its place or board


def _org_roles(view: str, items: list[Item]) -> list[Item]:
    """A role followed by "i <organisation>", or by a company's or association's name ("ordförande TOP bostäder AB"),
    is a role in that organisation, not on this board."""
    out: list[Item] = []
    for index, item in enumerate(items):
        nxt = items[index + 1] if index + 1 < len(items) else None
        firm = _FIRM_AFTER.match(view, item.end) if item.kind == "role" else None
        if item.kind == "role" and nxt is not None and nxt.kind == "org" and _ROLE_IN.match(view[item.end:nxt.start]):
            out.append(Item(item.start, nxt.end, "orgrole", (item.value, nxt.value), item.line, item.column))
        elif firm is not None and item.value in BOARD_ROLES and \
                (nxt is None or nxt.start >= firm.end(1) or nxt.kind in ("title", "org")):
            body = Org("body/" + slugify(firm.group(1)), firm.group(1), OrgKind.OTHER)
            out.append(Item(item.start, firm.end(1), "orgrole", (item.value, body), item.line, item.column))
        elif out and out[-1].kind == "orgrole" and item.kind in ("org", "title") and out[-1].end >= item.end and \
                item.start >= out[-1].start:
            continue
        else:
            out.append(item)
    return out


#: A group label whose dash says it has no rows ("Härryda -", between a row and the next label).
EMPTY_GROUP = r"(?-i:[A-ZÅÄÖ])[a-zåäö]+[ \t]+[-–]"

#: A flattened attendance table row's end after its name: the party's bare letters and a presence mark ("L 1", "C -").
MARKED_ROW_TAIL = r"(?:KD|MP|SD|FP|S|M|C|V|L)[ \t]+[1xX–-]"
_UNKNOWN_NAME = re.compile(r"(?<![\w(])((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?) "
                           r"((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:[- ](?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?)"
                           r"(?=\s*\([A-Za-zÅÄÖåäö]{1,5}\)|\s*,|\t| {2,}| [–—-] |\s*$|\s*\)|"
                           rf" (?:{MARKED_ROW_TAIL}|[Xx])(?=[ \t]*(?:,|$)))")      # "Eva Ek X", "Eva Ek L 1"


#: Two capitalised words and a title in lower case ("... Bukurie Haxhimehmedi mångfaldsutvecklare, ..."): an
#: official whose first name is not in our list.
_NAME_THEN_TITLE = re.compile(r"(?<![\w-])((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?) "
                              r"((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?)[ \t]+((?-i:[a-zåäö])[\wåäö/-]{2,})")


#: "Mats Berg, kommunchef Cåre Lundin, ekonomichef", "Eva Ek, ordf. Evalotta Stolt, v. ordf.": after a row's title,
#: two capitalised words with a title of their own after a comma: the next row's person, whose first name is not in
#: our list.
_PAIR_BETWEEN_TITLES = re.compile(r"(?<=[a-zåäö.])[ \t]+((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?) "
                                  r"((?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?)[ \t]*,[ \t]*"
                                  r"([^,\n]{2,40}?)(?=[ \t]*(?:,|$|\([A-Za-zÅÄÖåäö]{1,5}\)|[ \t](?-i:[A-ZÅÄÖ])))")


def _titled_pair(view: str, line: Line, m: re.Match[str], gaz: Gazetteer) -> bool:
    """Whether a pair `_PAIR_BETWEEN_TITLES` found stands between two titles (the cell before it, from the last
    comma, and the one after it) and its words are no role, organisation, place or very common word (the titles
    around it say it is a row: "Stolt" and "Cåre" may be words too)."""
    comma = view.rfind(",", line.start, m.start(1))
    if comma < 0 or normalize_role(view[comma + 1:m.start(1)].strip()) is None or normalize_role(m.group(3).strip()) is None:
        return False
    return _plausible_unknown_name(m.group(1), m.group(2), gaz, common=5.0)


#: A mark for a role written with its negation ("ej tjänstgörande ersättare"): the deputy is there, not serving.
NOT_SERVING = "ej tjänstgörande"
_NOT_SERVING_ROLE = re.compile(r"(?:ej|icke|inte)\s+(?:tjänstgör(?:ande)?|tjg)(?![\w])", re.IGNORECASE)


def _plausible_unknown_name(first: str, last: str, gaz: Gazetteer, *, in_run: bool = False, common: float = 3.0) -> bool:
    """Two capitalised words in a roster row that are no role, organisation, place or common word (Zipf frequency
    `common` or more): a person whose first name is not in our list ("Thanh Nguyen", "Oskars Ozols"). `in_run` (the
    pair stands in a run of names, items.names_in_runs): the first name may also be a common word ("Finn",
    "Dag") and the surname a known surname that is one ("Wiklund"); stop words are still no names."""
    if in_run:
        words = (first, last)
        if any(names_mod.fold(w) in names_mod.STOP_WORDS for w in words) or \
                not (names_mod.is_surname(last) or names_mod.load_word_zipf().get(names_mod.fold(last), 0.0) < 3.0):
            return False
    else:
        words = tuple(w for w in (first, *last.replace("-", " ").split())
                      if w not in names_mod.PARTICLES or w == first)        # "Aram El Khoury"
    for k, word in enumerate(words):
        key = names_mod.fold(word)
        if normalize_role(word) or gaz.resolve_org(word, allow_bare=True) or key in _NOT_NAMES or \
                (not in_run and names_mod.load_word_zipf().get(key, 0.0) >= common and not (k and names_mod.is_surname(word))):
            return False                # (a surname after the first word is frequent as a name: "Kristal-Andersson")
    return True


_NOT_NAMES = frozenset({"ordinarie", "ersattare", "ledamot", "ledamoter", "narvarande", "franvarande", "ovriga",
                        "kansliet", "styrelsen", "region", "kommun", "justerare", "sekreterare", "beslutande",
                        "anmalt", "forhinder", "protokoll", "datum", "plats", "tid", "narvaro", "narvarolista",
                        "votering", "omrostning", "utdragsbestyrkande", "justerarsignaturer", "signaturer"})


_CELL_SEPARATOR = re.compile(r",|;|\t| {2,}| [–—-] |\(|\)|[·•]")


def _comma_cells(line: Line) -> list[tuple[int, int]]:
    """Pieces of a line between commas, tabs, semicolons, dashes, brackets or runs of spaces."""
    return _split(line, _CELL_SEPARATOR)


#: The first word or two of a comma cell, before what else it holds ("Arboga" in "Arboga ordförande").
_CELL_HEAD = re.compile(r"[ \t]*((?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]+(?:[ \t](?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]+)?)[ \t]+")


#: A bare place name between a row's party tag and the next row's name (or the line's end), in a list of names.
#: Two capitalised words after a place: a person's name may open there.
_NAME_NEXT = re.compile(r"[ \t]+((?-i:[A-ZÅÄÖ])[a-zåäöé]+)(?=[ \t]+(?-i:[A-ZÅÄÖ])[a-zåäöé])")
_PLACE_AFTER_TAG = re.compile(r"\([A-Za-zÅÄÖåäö]{1,5}\),?[ \t]+((?-i:[A-ZÅÄÖ])[a-zåäö]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäö]+)?)"
                              r"(?=[ \t]+(?-i:[A-ZÅÄÖ])[a-zåäö]|[ \t]*$)", re.MULTILINE)


def _bare_member(value: str, gaz: Gazetteer) -> Org | None:
    """A whole cell naming a municipality or region by its bare name ("Kungälv", "Borlänge")."""
    if not (1 <= len(value.split()) <= 2) or not value[0].isupper():
        return None
    org = gaz.resolve_org(value, allow_bare=True)
    return org if org is not None and org.kind in MEMBER_KINDS else None


_ORG_ABBREVIATION = re.compile(r"(?<![\w])(?:VGR|SLL|FK|AF)(?![\w])")


_SEPARATOR = re.compile(r"\t| {2,}| [–—-] | ?[·•] ?")


def _split(line: Line, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """Non-empty pieces of a line between separator matches (absolute offsets)."""
    out, pos = [], 0
    for m in separator.finditer(line.text):
        out.append((line.start + pos, line.start + m.start()))
        pos = m.end()
    out.append((line.start + pos, line.end))
    return [(a, b) for a, b in out if b > a]


def _segments(line: Line) -> list[tuple[int, int]]:
    """Cells of a table-like line: tab-, aligned-space- or dash-separated (absolute offsets)."""
    if "\t" not in line.text and not re.search(r" {2,}| [–—-] ", line.text.strip()):
        return []
    return _split(line, _SEPARATOR)


#: A time of day opening a cell ("Kl. 13.00-16.30"): when a row's person came or went, not a title.
_CLOCK = re.compile(r"kl\.?[ \t]*\d{1,2}[.:]\d{2}", re.IGNORECASE)


def _titles(view: str, line: Line, taken: list[tuple[int, int]], column: _Columns) -> Iterator[Item]:
    """Leftover short chunks (cells, comma parts) that read as a title ("KRUS", "Processtöd")."""
    mask = list(view[line.start:line.end])
    for a, b in taken:
        for i in range(max(a, line.start), min(b, line.end)):
            mask[i - line.start] = "\t"
    rest = "".join(mask)
    for m in re.finditer(r"[^\t,;|]+", rest):
        chunk = m.group(0)
        text = re.sub(r"\(.*?\)|\(.*$", "", chunk).strip(" .:-–")
        words = text.split()
        if not words or len(words) > 4 or not text[0].isalpha() or _PROSE_END.search(chunk) or _CLOCK.match(text):
            continue
        if not any(c.isupper() for c in text[:1]) and len(words) > 2:
            continue
        role = normalize_role(text)
        headed = role is None and len(words) > 1 and normalize_role(words[0]) not in (None, *BOARD_ROLES, "justerare")
        if role is None and not headed and (not text[0].isupper() or len(text) < 3):
            continue                    # but "skolchef förskolan": an official's title and what it heads
        value = role or text
        s = line.start + m.start() + (len(chunk) - len(chunk.lstrip()))
        yield Item(s, s + len(chunk.strip()), "title", value, line.index, column.at(s))
