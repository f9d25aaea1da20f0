"""Layout recovery: logical lines for text whose line breaks were lost.

Web converters and PDF text layers often give a whole page as one line: "1 Plats och tid
Beslutande <place> <time> Anna Berg, ordförande, X kommun Per Ek, ledamot Ersättare Övriga ...".
The roster grammar reads one entry per line under a heading at the start of a line, so this
stage puts the line breaks back — in a copy of the view of the same length (a space becomes a
newline), so every offset still points into the original text:

- before and after a roster heading or a form label found mid-line ("Beslutande", "Ersättare",
  "Övriga deltagande", "Anmält förhinder", "Utses att justera", "Paragrafer", "Underskrifter"),
  including a heading the converter clipped ("ande" for "Beslutande");
- before every person entry inside a roster region (from a roster heading to the next label),
  except a name that follows "för" (the member a deputy serves for) or its own label;
- around a run of role words printed after all the names (a role column read after the name
  column: "A (S) B (M) C ersättare ersättare sekreterare");
- form values between a heading and its first person ("Beslutande <place and time> Anna Berg")
  are blanked in this copy: they belong to the meeting, not to the roster.

Only long lines (a flattened page) are touched; text with real line breaks stays as it is.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from samgraf.extractors import names as names_mod
from samgraf.extractors.agenda import OPENING_ITEM
from samgraf.extractors.items import _BARE_PARTY_TAGS, EMPTY_GROUP, GROUP_BODY, JUSTERING_LABEL, MARKED_ROW_TAIL, \
    PLACE_AFTER_LABEL, SEATS_NOTE, TAG_BETWEEN_NAMES, TAG_THEN_ROLE, _after_substitute_cue
from samgraf.extractors.roles import PRESIDIUM_ROLES, SIGNATURE_LABELS, normalize_role

LONG_LINE = 200                 # a line this long holds several logical lines

_ROSTER_HEADINGS = (
    r"(?:Beslutande(?:\s+ledamöter)?|(?:Närvarande\s+)?[Ll]edamöter)\s+(?:och|samt)\s+tjänstgörande\s+ersättare|"
    r"Närvarorätt(?:\s+enligt\s+särskilt\s+beslut)?|(?:\d:e\s+)?[Vv]ice\s+ordförande(?=[ \t]*:)|"
    r"Närvarande\s+beslutande|Beslutande(?:\s+ledamöter|\s+ordinarie|\s+ersättare|\s+[a-zåäö]+representanter)?|"
    r"Förtroendevalda\s+(?:ej\s+)?beslutande|Ej\s+beslutande(?:\s+ersättare)?|"
    r"Ordinarie\s+(?:styrelse)?ledamöter|(?:Ordinarie|Närvarande)\s+medlemmar|Ordinarie(?=[ \t]*:)|Medlemmar(?=[ \t]*:)|Närvarande\s+[Ll]edamöter|Medverkande|"
    r"Ledamöter(?:\s+närvarande)?|(?:[ÖO]vriga\s+(?:ej|icke)|Ej|Icke)\s+(?:tjänstgörande(?:\s+ersättare)?|tjg\.?\s+ersättare)|(?:Tjänstgörande|Tjg\.?)\s+ersättare|Tjänstgörande(?=[ \t]*:?[ \t]+[A-ZÅÄÖ])|Yttranderätt|"
    r"Närvarande,?\s+(?:ej|icke)\s+(?:tjänstgörande|tjg\.?)\s+ersättare|Närvarande\s+ersättare|Ersättare,?\s+(?:ej|icke|inte)\s+tjänstgörande|Ej\s+närvarande(?:\s+ersättare|\s+ledamöter)?|"
    r"(?<=ersättare )övriga\s+deltagande|Frånvarande\s+ersättare|Passiva\s+ersättare|Personliga?\s+ersättare|Ersättare\s+och\s+övriga(?:\s+deltagare|\s+närvarande)?|Ersättare|[ÖO]vriga\s+(?:närvarande|deltagande|deltagare|förtroendevalda|ersättare)|[ÖO]vrig\s+(?:närvarande|deltagare)|"
    r"Förteckning\s+över\s+(?:övriga\s+)?(?:deltagande|deltagare|närvarande)|Deltagare(?=\s*:|\s+Namn\b)|Deltagande(?=[ \t]*:[ \t]*[A-ZÅÄÖ])|Dessutom(?:\s+närvarande)?(?=\s*:)|Övriga|Närvarande\s+tjänste(?:män|personer)|Närvarande|Tjänstemän|Tjänstepersoner|Anmält\s+förhinder|Meddelat\s+förhinder|Inte\s+närvarande|"
    r"Frånvarande|Förhinder|Förhindrade(?=[ \t]*:)|"
    r"Sekretariatet|Kansliet|Adjungerade|Konsult(?:er)?(?=\s*:)|Insynsplats(?:er)?|Ledamöterna|Suppleant(?:er|erna)|Verkställande\s+direktören|"
    r"Personalrepresentant(?:en|erna|er)?|Personalföreträdare(?:n|na)?|Fackliga\s+(?:företrädare|representanter)|Närvaroförteckning|Närvarolista|Politiska\s+sekreterare"
)
_FORM_LABELS = (
    r"(?:Utses|Utsedda?)\s+(?:att\s+)?justera|Justeringens\s+plats\s+och\s+tid|Plats\s+och\s+tid\s+för\s+justering|"
    r"Justeringens\s+(?:plats|tid)|Paragrafer|Paragraf|Underskrifter|Underskrift|ANSLAG\s*/\s*BEVIS|Anslag\s*/\s*[Bb]evis|BEVIS\s+OM\s+ANSLAG|"
    r"Bevis\s+om\s+anslag|ANSLAG|BEVIS|Sammanträdesdatum|Justering(?:sdag)?|Protokollet\s+är\s+justerat|"
    r"Totalt(?=\s+(?:ledamöter|närvarande|antal|ja\b))|För\s+kännedom(?=[ \t]*:?[ \t]+[A-ZÅÄÖ])|Sändlista"
)


def _upper(pattern: str) -> str:
    """The same alternatives in capitals ("NÄRVARANDE"), escapes kept."""
    return re.sub(r"(?<!\\)[a-zåäö]", lambda m: m.group(0).upper(), pattern)


_BODY_HEADING = (r"[A-ZÅÄÖ][a-zåäö]+(?:ens|ets|s)\s+(?:ledamöter|ersättare)|"    # "Direktionens ledamöter", and
                 r"[A-ZÅÄÖ]{2,4}\s+(?:ledamöter|ersättare)(?=[ \t]*:)")              # the body's letters: "FS ledamöter:"
_HEADING = re.compile(rf"(?<![\w,/-])(?:{_BODY_HEADING}|{_ROSTER_HEADINGS}|{_upper(_ROSTER_HEADINGS)}|"
                      rf"(?<=\)[ \t])övriga[ \t]+(?:deltagare|deltagande|närvarande))(?![\w-])")   # after a row's tag, in
#                                                                                     lower case ("(MP) övriga deltagare")
_CLIPPED = re.compile(r"(?<![\w,])(?:(?:ande|rande)(?:\s+(?:ledamöter|ersättare))?(?:\s+(?:och|samt)\s+tjänstgörande\s+ersättare)?|"
                      r"(?:iga|riga)\s+(?:deltagande|närvarande))"
                      r"(?=\s*:?\s+[A-ZÅÄÖ])")  # "Beslutande (och tjänstgörande ersättare)", "Övriga deltagande", clipped
_FORM = re.compile(rf"(?<![\w-])(?:{_FORM_LABELS})(?![\w-])")
_SIGNATURE = re.compile(rf"(?<![\w-])(?:{SIGNATURE_LABELS})(?![\w-])")
#: A table's column names after "Namn": one of them makes a header row a long line holds ("Namn Tillhörighet
#: Tjänstgör Ersättare"); a run of two or more (of these or the others a header row has) is one to put on its own line.
_COLUMN_WORDS = r"Närvarande|Närv|Tillhörighet|Parti|Roll|Funktion|Organisation|Beslutande|Tjänstgör|Representerar"
_TABLE_HEADER = re.compile(rf"\bNamn\s+(?:{_COLUMN_WORDS})\b")
_HEADER_ROW = re.compile(rf"\bNamn(?:\s+(?:{_COLUMN_WORDS}|Närvaro|Tjänstgörande|Uppdrag|Ja|Nej|Frånvarande|Ersättare|"
                         rf"Ledamot|Anteckningar?|Kommentar)\b){{2,}}")
#: A table of seats flattened into a long line, each seat's column followed by its presence columns ("LEDAMÖTER N F
#: Tjänstgörande ersättare N", "Ordinarie ledamot Närv Ersättare Närv"): a header row, its seat words no headings.
_PRESENCE_COLUMN = r"(?:(?i:närv\.?|närvaro|närvarande|frånv\.?|frånvaro|frånvarande)|N|F)"
_SEATS_HEADER = re.compile(rf"(?<![\w-])(?i:(?:ordinarie[ \t]+)?ledam(?:ot|öter))(?:[ \t]+{_PRESENCE_COLUMN}){{1,2}}[ \t]+"
                           rf"(?i:(?:tjänstgörande[ \t]+)?(?:ersättare|suppleant(?:er)?))(?:[ \t]+{_PRESENCE_COLUMN}){{1,2}}"
                           r"(?![\w.-])")
#: A row's presence cell right after its role cell ("... Tibro kommun Ersättare Tjg Rickard ..."): the role is a
#: cell of a flattened table's row, not a roster heading.
_PRESENCE_AFTER = re.compile(r"[ \t]+(?:Ja|Nej|Tjg|X|x)(?![\w-])")
_COLUMN_NAMES = frozenset({"namn", "tillhorighet", "tjanstgor", "parti", "roll", "funktion", "organisation",
                           "uppdrag", "representerar", "narvaro", "narvarande", "narv", "franv", "franvarande",
                           "paragraf", "ja", "nej", "x"})
_LOWER_START = re.compile(r"[a-zåäöé]")
_PARTY_THEN_NAME = re.compile(r"\([A-Za-zÅÄÖåäö]{1,5}\) (?=(?!(?:Ordförande|Ordf|Vice|Ledamot|Ersättare|Tjänstgörande|"
                              r"Sekreterare|Förbundschef)\b)[A-ZÅÄÖ][a-zåäöéü]+ [A-ZÅÄÖ])")
#: A group label over no rows, its place kept by a dash, between a row's party tag and the next group's label.
_EMPTY_GROUP = re.compile(rf"(?<=\) ){EMPTY_GROUP}(?= (?-i:[A-ZÅÄÖ])[a-zåäö]+ (?-i:[A-ZÅÄÖ]))")
_LEADER_ROW = re.compile(r"(?<![\w-])((?-i:[A-ZÅÄÖ])[\wåäö]*(?:,? [a-zåäö]+){0,2})(?: ?\.{3,}| {4,})[ \n]*")
#: A signature field with a dot leader between its label and the signer ("Justerande.... Anna Ek").
_SIGNATURE_LEADER = re.compile(rf"(?<![\w-])(?:{SIGNATURE_LABELS})[ ]?(?:\.{{3,}}|…+)")
_ROLE_LABEL = re.compile(r"(?<![\w-])((?-i:[A-ZÅÄÖ])[\wåäö.]*(?: [a-zåäö.]+){0,2}):(?=[ \n])")
_MARKS_BEFORE = re.compile(r"(?<![^\s])(?:[☐☒☑✓✔Xx][ \t]+)+$|(?<![^\s])[-–][ \t]+$")


@dataclass(frozen=True, slots=True)
class Label:
    """A heading or form label found in a long line."""

    start: int
    end: int
    kind: str                   # roster | form | signature


def find_labels(view: str, start: int, end: int) -> list[Label]:
    """Headings and labels of one long line that stand as labels, not as words of an entry."""
    found: list[Label] = []
    taken = bytearray(end - start)                   # characters already under a label (earlier kinds win)
    for regex, kind in ((_HEADING, "roster"), (_CLIPPED, "roster"), (_FORM, "form"), (_SIGNATURE, "signature")):
        for m in regex.finditer(view, start, end):
            if any(taken[m.start() - start:m.end() - start]):
                continue
            taken[m.start() - start:m.end() - start] = b"\x01" * (m.end() - m.start())
            found.append(Label(m.start(), m.end(), kind))
    found.sort(key=lambda lab: lab.start)
    header = _TABLE_HEADER.search(view, start, end)
    if header is not None:          # a flattened table: role words after its column names are cells, not labels
        found = [lab for lab in found if lab.kind != "signature" or lab.start < header.start()]
        found = [lab for lab in found if lab.start < header.start() or lab.kind != "roster"
                 or _PRESENCE_AFTER.match(view, lab.end, end) is None]
    seats = _SEATS_HEADER.search(view, start, end)
    if seats is not None:           # "LEDAMÖTER N F Tjänstgörande ersättare N": column names, not headings
        found = [lab for lab in found if not seats.start() <= lab.start < seats.end()]
    found = [lab for lab in found if not _leader_cell(view, lab)]
    return [lab for i, lab in enumerate(found) if _stands_as_label(view, lab, found[i + 1] if i + 1 < len(found) else None,
                                                                   end, stacked=_third_stacked(view, found, i))]


def _third_stacked(view: str, found: list[Label], i: int) -> bool:
    """Whether the label found[i] is the third roster heading or later in a run with nothing between them
    ("Ledamöter Tjänstgörande ersättare Övriga deltagande Ersättare Tjänstemän"): headings printed first, not a
    table's column names."""
    run = found[max(0, i - 2):i + 1]
    return len(run) == 3 and all(lab.kind == "roster" for lab in run) and \
        all(not view[a.end:b.start].strip() for a, b in zip(run, run[1:]))


def _leader_cell(view: str, lab: Label) -> bool:
    """"Ersättare ........ Anna Ek": a row's role with a dot leader (or its blanked run) to the name."""
    m = _LEADER_ROW.match(view, lab.start)
    return m is not None and normalize_role(m.group(1).split(",")[0]) is not None


#: The roles a signer of the minutes is written with (a vice chair signs in the chair's place).
_SIGNING = frozenset({"ordförande", "vice ordförande", "sekreterare", "justerare"})
#: A name and a signing role closing the line ("... Agneta Andersson Sekreterare").
_NAME_THEN_SIGNING_ROLE = re.compile(r"[ \t]+(?-i:[A-ZÅÄÖ])[^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t]+(?-i:[A-ZÅÄÖ])[^\W\d_]+(?:-[^\W\d_]+)?){1,2}"
                                     r"[ \t]+([^\W\d_]+)[ \t.]*$")


def _signs_after_names(view: str, lab: Label, end: int) -> bool:
    """Whether a signing role after a name is followed by one more name and a signing role that end the line
    ("Sven Ek Ordförande Agneta Ås Sekreterare"): the roles are written after the names, not before them."""
    m = _NAME_THEN_SIGNING_ROLE.match(view, lab.end, end)
    return m is not None and normalize_role(view[lab.start:lab.end]) in _SIGNING and normalize_role(m.group(1)) in _SIGNING


def _stands_as_label(view: str, lab: Label, nxt: Label | None, end: int, *, stacked: bool = False) -> bool:
    """A capitalised role word after a comma is an entry's role ("Åsa Ek, Ersättare, Vara"),
    unless another label or a person's name follows it; after a table's column names it is one of
    them ("Namn Tillhörighet Tjänstgör Ersättare")."""
    previous = re.search(r"(\S+)\s+$", view[max(0, lab.start - 30):lab.start])
    text = view[lab.start:lab.end]
    capitals = text.isupper() and len(text) > 3 and previous is not None and not previous.group(1).isupper()
    # After a table's column name a heading word is a cell, unless in capitals ("... Ja Nej LEDAMÖTER Kjell Ek")
    # or after a label with its colon ("Närvarande: Ordinarie ledamöter Anna Ek": a heading under a label), or
    # with a colon of its own ("Omfattning: Närv. Beslutande: Ulf Ek, ordf Ja").
    if previous and lab.kind == "roster" and names_mod.fold(previous.group(1).strip(":.")) in _COLUMN_NAMES \
            and not capitals and not previous.group(1).endswith(":") and view[lab.end:lab.end + 1] != ":" and not (
                _ends_heading(view, lab.start) and _row_follows(view[lab.end:end])) and not stacked and not (
                previous.group(1).isupper() and nxt is not None and not view[lab.end:nxt.start].strip()) and not (
                _SEAT_PRESENCE_COLUMNS.search(view, max(0, lab.start - 60), lab.start) and
                _row_follows(view[lab.end:end])) and not (
                _lone_column_word(view, lab.start - len(previous.group(0))) and _row_follows(view[lab.end:end])) and \
            not _heads_columns(view[lab.end:end]):
        return False                    # (but "NÄRVARANDE Ledamöter Tjg ersättare ...": headings under a title;
        #                                 "Ordinarie ledamot Närv. Suppleant Närv. Beslutande Ingvar Ek, ordf X": the
        #                                 rows' group under the header of a table of seats and their marks; and
        #                                 "Närv. Beslutande Ingvar Ek X", "Gerd Berg X Övriga Dan Ek": a lone column
        #                                 name or a row's mark before a group, not a run of a header's names)
    following = view[lab.end:end].lstrip(" :\u00a0")
    if following.startswith("="):
        return False                    # "Frånvarande = F": a legend of the marks, not a heading
    if stacked:
        return True                     # "... Ersättare Tjänstemän m.fl Datum ...": the run's third heading
    if lab.kind == "roster" and _heads_columns(following):
        return True                     # "Ersättare Närv. Frånv": a table's heading over its column names
    if view.startswith(("Protokollet", "Totalt"), lab.start):
        return True                     # "Protokollet är justerat och ...", a list's "Totalt ledamöter ...": never a word
    if view[lab.end:lab.end + 1] == ":":
        return True                     # "Ordförande:" is a label, whatever stands before it
    first_after = re.match(r"[^\W\d_]+", following.lstrip(". \t") if lab.kind == "signature" else following)
    name_after = first_after is not None and names_mod.is_first_name(first_after.group(0))
    if name_after and previous is not None and names_mod.is_surname(previous.group(1)) and \
            _signs_after_names(view, lab, end):
        return False                    # "Sven Ek Ordförande Agneta Ås Sekreterare": each signer's role after the name
    if previous and name_after and _TAG_CELL.fullmatch(previous.group(1)) and \
            normalize_role(text) in PRESIDIUM_ROLES and _names_first_roll(view, lab.start):
        return False                    # "Beslutande Maths Ek (fp) Ordförande Åke Ås (m)": rows written name first, the
        #                                 chair's role after the tag of its row, not before the next name
    if previous and normalize_role(view[lab.start:lab.end]) and not (nxt is not None and nxt.start - lab.end < 3) \
            and not name_after and not _NAME_THEN_TAG.match(following) \
            and ((previous.group(1)[:1].isupper() and names_mod.is_surname(previous.group(1)))
                                    or _TAG_CELL.fullmatch(previous.group(1))):
        return False                    # "Eva Ek (C) Ordförande Region Blekinge": a role cell, not a heading (but
        #                                 "Rolf Ek (M) Ersättare Maryana Holm (C)": a tagged row follows, whatever its
        #                                 given name, so the next group's heading)
    after = view[lab.end:end]
    if not following or after.startswith(":"):
        return True
    before = view[max(0, lab.start - 3):lab.start].rstrip()
    if before.endswith(",") and lab.kind != "form" and normalize_role(view[lab.start:lab.end]) is not None \
            and not _row_has_role(view, lab.start):
        first = re.match(r"[^\W\d_]+", following)     # "Anna Ek, (s), Piteå, Tjänstgörande ersättare Beslutande
        if len(re.findall(r",[ \t]*" + re.escape(text) + r"(?![\w-])", view[view.rfind("\n", 0, lab.start) + 1:end])) >= 2:
            return False                # "Bo Ek, (c), Arvidsjaur, Tjänstgörande ersättare Mia Berg, (v), Kalix,
            #                             Tjänstgörande ersättare": a row's cell, again and again, is no heading
        return first is not None and names_mod.is_first_name(first.group(0))   # ...": the row's own role
    if nxt is not None and not view[lab.end:nxt.start].strip(" :\u00a0"):
        return True                      # two labels side by side ("Ersättare Övriga")
    if lab.kind == "signature" and following[0] == ".":
        first = re.match(r"\.[ \t]*([^\W\d_]+)", following)      # "Justerare. Anna Ek": the label's full stop
        return first is not None and names_mod.is_first_name(first.group(1))
    if lab.kind == "roster" and _HEADING_TAIL.match(following):
        return True                     # "Övriga närvarande ej tjänstgörande ersättare Monica Ek": a qualified heading
    if text in ("Närvaroförteckning", "Närvarolista"):
        return True                     # "Närvaroförteckning landstingsfullmäktige ...": a list's title, capitalised
    if lab.kind == "roster" and _party_letters_then_name(following):
        return True                     # "Beslutande s Kurt Ek, ... s Eva Berg": the first row's party, then its name
    if lab.kind == "roster" and _SEATS_QUALIFIER.match(following):
        return True                     # "Ej närvarande, ordinarie/ersättare Daniel Ek": whose seats the list holds
    if lab.kind == "roster" and re.match(r"kl\.?[ \t]*\d", following):
        return True                     # "Sammanträdestid Sammanträdesplats Beslutande kl. 16:00 ...": the form's
        #                                 labels first, the meeting's time the first value after them
    if lab.kind == "roster" and _MARKED_ROW_AFTER.match(following):
        return True                     # "Beslutande, sammanträdesrummet x Mattsson, Lars-Åke, ordförande x ...": the
        #                                 place's field run in (its first word lost), then a roll of marked rows
    if lab.kind == "roster" and re.match(r",?[ \t]*delvis\b", following):
        return True                     # "Övriga deltagare, delvis Kristina Ek, upphandlingschef": there for part
    if following[0] in ",.;)" or _LOWER_START.match(following):
        return lab.kind == "form" and following[0] not in ";)" and not _LOWER_START.match(following)
    if before.endswith(",") and lab.kind != "form":
        first = re.match(r"[^\W\d_]+", following)
        return first is not None and names_mod.is_first_name(first.group(0))
    return True


#: A row's party tag as the word before a label ("(S)", "(fp),").
_TAG_CELL = re.compile(r"\([A-Za-zÅÄÖåäö]{1,5}\),?")
def _heads_columns(after: str) -> bool:
    """Whether a heading's next two words are a table's column names ("Ersättare Närvaro Ja Nej ..."): the heading
    of the next table, after the last row's cross ("Kent Olsson (FHT) X Ersättare Närvaro Ja Nej")."""
    words = after.lstrip(" :\u00a0").split()[:2]
    return len(words) == 2 and all(names_mod.fold(w.strip(":.")) in _COLUMN_NAMES for w in words)


#: A role word of a row, before or after its name.
_ROW_ROLE = re.compile(r"(?i)(?<![\w-])(?:ordf|ordförande|vice|ledamot|ersättare|tjg|tjänstgörande|sekreterare)(?![\w-])")


def _names_first_roll(view: str, pos: int) -> bool:
    """Whether the roll that `pos` is in, on its line, opens with a row written name first ("Beslutande Maths Ek
    (fp) ...") and names no role before `pos`, or gives every row before it its role after its tag ("Beslutande
    Eva Ek, (S) Ledamot Bo Ås, (M) Ledamot Per Holm, (M) | Ordförande")."""
    opens = view.rfind("\n", 0, pos) + 1
    heads = list(_HEADING.finditer(view, opens, pos))
    if not heads:
        return False
    rows = view[heads[-1].end():pos]
    first = re.match(r"[ \t:]*([^\W\d_]+)", rows)
    roles_after = len(TAG_THEN_ROLE.findall(rows))
    return first is not None and (names_mod.is_first_name(first.group(1)) or _NAME_THEN_TAG.match(rows) is not None) \
        and (_ROW_ROLE.search(rows) is None or (roles_after >= 2 and len(_TAG_CELL.findall(rows)) == roles_after + 1))


#: A capitalised name of two to four words closed by a party tag ("Maths Andersson (fp)").
_NAME_THEN_TAG = re.compile(r"[ \t:]*(?-i:[A-ZÅÄÖ])[\w-]+(?:[ \t]+(?-i:[A-ZÅÄÖ])[\w-]+){1,3}[ \t]*\([A-Za-zÅÄÖåäö]{1,5}\)")


#: After a heading, a lower-case word and then a roll's first row, its mark before "Efternamn, Förnamn".
_MARKED_ROW_AFTER = re.compile(rf"[,.]?[ \t]*(?:[a-zåäö]+[ \t]+)?(?P<mark>{names_mod.ROLL_MARK})[ \t]+{names_mod.NAME_WORD},[ \t]+"
                               r"(?-i:[A-ZÅÄÖ])")


#: A heading's note of the seats it lists, before a name ("Ej närvarande, ordinarie/ersättare Daniel Ek").
_SEATS_QUALIFIER = re.compile(rf"{SEATS_NOTE}[ \t]+(?-i:[A-ZÅÄÖ])", re.IGNORECASE)


#: A table's header of seats, each with its presence column ("Ordinarie ledamot Närv. Suppleant, personlig ersättare
#: Närv."), right before a label.
_SEAT_PRESENCE_COLUMNS = re.compile(r"(?i:ledamot|ersättare|suppleant)[ \t]+(?i:närv\.?|närvaro)[ \t]*$")


def _lone_column_word(view: str, pos: int) -> bool:
    """Whether the word before `pos` (a column name or a mark) stands alone: the word before it is no column name
    ("Kommunkansliet Närv. Beslutande", "Gerd Berg X Övriga"), unlike a header's run ("Namn Tillhörighet Tjänstgör")."""
    before = re.search(r"(\S+)\s+$", view[max(0, pos - 30):pos])
    if before is None:
        return False
    word = names_mod.fold(before.group(1).strip(":.,"))
    return word not in _COLUMN_NAMES and normalize_role(before.group(1).strip(":.,")) is None and \
        not _SEAT_PRESENCE_COLUMNS.search(view, max(0, pos - 60), pos)


def _row_follows(text: str) -> bool:
    """Whether a roster row opens `text`: a first name, or a party's letters and a name ("s Lars Ek")."""
    first = re.match(r"[ \t]*([^\W\d_]+)", text)
    return first is not None and (names_mod.is_first_name(first.group(1)) or _party_letters_then_name(text.lstrip()))


def _ends_heading(view: str, pos: int) -> bool:
    """Whether a roster heading of two words or more ends right before `pos` ("Övriga närvarande Ej tjänstgörande
    ersättare": its 'närvarande' closes a heading, it is no table's column name; a lone "Närvarande" may be one)."""
    before = view[max(0, pos - 40):pos].rstrip()
    return any(m.end() == len(before) and len(m.group(0).split()) > 1 for m in _HEADING.finditer(before))


_HEADING_TAIL = re.compile(r"(?:(?:ej|icke|inte)\s+)?(?:tjänstgörande\s+)?(?:ersättare|ledamöter)\b"
                           r"(?=[ \t:]+(?-i:[A-ZÅÄÖ])|[ \t]*$)")


def _row_has_role(view: str, pos: int) -> bool:
    """Whether the comma cells right before `pos` (back to the line start, at most 80 characters) already
    hold a role ("Louise Ahlgren, ledamot, Ersättare ...": the capitalised role is the next heading)."""
    line_start = view.rfind("\n", 0, pos) + 1
    cells = view[max(line_start, pos - 80):pos].split(",")
    return any(normalize_role(cell.strip()) is not None for cell in cells[-3:-1])


def _labels_first(view: str, chars: list[str], labels: list[Label]) -> list[Label]:
    """"Övriga deltagande Utses att justera <names> <name>": a form printed as labels first and values
    after; the values under a roster heading come first, so the form label stacked right after it is
    blanked in this copy (the sentence rules still read it in the view) and the region runs on."""
    out: list[Label] = []
    stacked = 0                                     # roster headings in a row, a few words at most between them
    blanked_end = -1                                # the end of the last label blanked here
    blanked_signing = False                         # that label was a justerare's signature over "Underskrifter"
    for k, lab in enumerate(labels):
        prev = out[-1] if out else None
        between = view[max(prev.end, blanked_end):lab.start].split() if prev is not None else []
        nxt = labels[k + 1] if k + 1 < len(labels) else None
        text = view[lab.start:lab.end]
        then = labels[k + 2] if k + 2 < len(labels) else None
        signing = lab.kind == "signature" and re.match(r"(?i)juster", text) is not None and nxt is not None and \
            not view[lab.end:nxt.start].strip() and re.match(r"(?i)underskrift", view[nxt.start:nxt.end]) is not None \
            and (then is None or bool(view[nxt.end:then.start].strip()))      # (not "... Justerare Underskrifter
        #                                                                       Sekreterare Ordförande ...": all labels)
        after_signing = lab.kind == "form" and re.match(r"(?i)underskrift", text) is not None and \
            blanked_signing and not view[blanked_end:lab.start].strip()
        if prev is not None and prev.kind == "roster" and not [w for w in between if w != ":"] and (
                (lab.kind == "form" and re.match(r"(?i)utse(?:s|dda?)\b|juster", text)) or signing or after_signing):
            #                             ("Övriga deltagande: Utses att justera: ...", "Övriga närvarande Justerare
            #                             Underskrifter Pia Ek, kommundirektör ...")
            for i in range(lab.start, lab.end):
                chars[i] = " "
            blanked_end, blanked_signing = lab.end, signing
            continue
        # "Beslutande Övriga deltagare Utses att justera Justeringens plats och tid <place> <names>": two headings
        # that open the front, nothing between them and the form's label, are labels first too
        first_two = stacked == 2 and not between and lab.kind == "form" and sum(x.kind == "roster" for x in out) == 2
        if (stacked >= 3 or first_two) and prev is not None and \
                lab.kind != "roster" and len(between) <= 4 and \
                not view.startswith(("Paragraf", ":"), lab.start) and view[lab.end:lab.end + 1] != ":" and \
                _TAGGED_NAME.search(view, lab.end, lab.end + 300):
            for i in range(lab.start, lab.end):     # "Beslutande Ledamöter Tjänstgörande ersättare Övriga deltagande
                chars[i] = " "                       # Ersättare Tjänstemän Underskrifter <place> Mona Ek (S) ...",
            blanked_end = lab.end
            continue                                 # "... Övriga Justering Justerare <place> Eva Ek (c) ...": the
                                                     # form's labels all first, the roster's names after them
        stacked = 0 if lab.kind != "roster" else (stacked + 1 if len(between) <= 4 else 1)
        out.append(lab)
    return out


#: A meeting's first item after the last row, its § sign dropped ("... Eva Ek, nämndsekreterare 106 Val av
#: protokollsjusterare Nämnden utser ..."): the roster ends there.
_FIRST_ITEM = re.compile(rf"(?<=[ \t])\d{{1,4}}[ \t]+(?={OPENING_ITEM})")
#: "För Region Skåne Anna Ek (S) ... För Försäkringskassan Per Berg": the member the names after it represent.
GROUP_LABEL = re.compile(r"(?<![\w-])För[ \t]+(?=(?:[A-ZÅÄÖ][a-zåäö-]+[ \t]+){1,3}(?:kommun|stad|län)\b|"
                         rf"(?:Region|Landstinget)[ \t]+[A-ZÅÄÖ]|Försäkringskassan|Arbetsförmedlingen|{GROUP_BODY}\b)")


def _person_starts(view: str, start: int, end: int, known: Sequence[str], *,
                   reversed_names: bool = False) -> list[tuple[int, int]]:
    """Spans of the person names in a roster region (a name after "för" or "ersätter" is a substitute, not an
    entry); in a protocol that writes "Efternamn Förnamn", the names so written."""
    found = names_mod.find_reversed_names(view, start, end) if reversed_names else \
        names_mod.find_person_names(view, start, end, known=known, lenient=True)
    out = []
    for s, e, _name in found:
        s = _after_place(view, start, s, e)
        if not _after_substitute_cue(view, start, s):
            out.append((s, e))
    return out


def _after_place(view: str, start: int, s: int, e: int) -> int:
    """Where a name read on from the place of the row before it begins ("Rutger Ek (NP) Nora Anna Karlsson (S)":
    Nora is his municipality, a first name too): after a party's tag, a place and then a first name."""
    words = list(re.finditer(r"\S+", view[s:e]))
    if len(words) >= 3 and view[start:s].rstrip().endswith(")") and \
            names_mod._is_place_key(names_mod.fold(words[0].group(0))) and names_mod.is_first_name(words[1].group(0)):
        return s + words[1].start()
    return s


_MODIFIER = re.compile(r"(?:vice|\d:e|förste|andre|tjänstgörande|tjg|ej|icke|biträdande|bitr\.?)", re.IGNORECASE)
_QUALIFIER_WORDS = 6            # "förvaltningschef, kulturförvaltningen": a title's qualifier after a comma


_TAGGED_NAME = re.compile(r"(?<= )((?:[A-ZÅÄÖ][a-zåäöéü]+(?:[A-ZÅÄÖ][a-zåäöéü]+)?(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ ]){2,3})"
                          r"\((?:[A-Za-zÅÄÖåäö]{1,5})[),]")      # "RosMarie Jönsson Neckö (s)": CamelCase too


#: A table row's name before its party's bare letters and a presence mark ("Nicke Grahn L 1", "Eva Ek C -").
_MARKED_NAME = re.compile(r"(?<= )((?:[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ ]){2,3})"
                          rf"{MARKED_ROW_TAIL}(?=[ \t]|$)")


def _names_before_tags(view: str, start: int, end: int) -> list[int]:
    """Where a name opens that a party tag closes: the two capitalised words before the tag, or three
    when the first of them is a known first name ("Elsy Lundberg Östrand (S)"); also a table row's name before
    its party's letters and a mark."""
    out = []
    for m in chain(_TAGGED_NAME.finditer(view, start, end), _MARKED_NAME.finditer(view, start, end)):
        words = list(re.finditer(r"\S+", m.group(1)))
        three = len(words) >= 3 and (names_mod.is_first_name(words[-3].group(0)) or words[-2].group(0).lower() in names_mod.PARTICLES)
        keep = words[-3:] if three else words[-2:]
        s = m.start(1) + keep[0].start()
        if not _after_substitute_cue(view, start, s):
            out.append(s)
    return out


def _list_like(view: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Names with their roles, numbers and places, hardly any other words: a list, not prose."""
    rest = list(view[start:end])
    for s, e in persons:
        rest[s - start:e - start] = " " * (e - s)
    words = re.findall(r"[^\W\d_]+", "".join(rest))
    lower = [w for w in words if w[0].islower() and normalize_role(w) is None
             and names_mod.fold(w) not in names_mod.STOP_WORDS and names_mod.fold(w) not in ("lan", "x")]
    return len(lower) <= max(2, len(words) // 5)


#: After a name (or at a list's start): its party tag, separators, "och"/"samt"; then what stands before the next name.
_GAP = re.compile(r"(?P<sep>[ \t]*(?:\([^()\n]{1,6}\))?(?:\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?(?=[ \t]*,))?"
                  r"[ \t,;:]*(?:(?:och|samt)[ \t]+)?)(?P<rest>.*)", re.DOTALL)    # ("Eva Ek 50-51, VA-chef Bo Ås": the
#                                                                                   §§ she attended after her name)
_TITLE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,6}\))?[ \t]*,[ \t]*[a-zåäö]")


def _title_words(text: str) -> int:
    """How many words at the end of `text` make a title: the last a role or title ("socialchef",
    "Kommunchef"), with up to two words before it that are lower case or end in a hyphen ("Nämnd- och
    utredningssekreterare"); 0 when the last word is no title."""
    words = text.split()
    if not words or words[-1].endswith((",", ";", ".")) or not _role_word(words[-1].lower()):
        return 0                        # "ordförande, Tor Ek": a comma parts the title from the name
    n = 1
    while n < 3 and n < len(words) and re.fullmatch(r"[a-zåäö][\wåäö./-]*|[A-ZÅÄÖ][\wåäö]*-", words[-n - 1]):
        n += 1
    while n > 1 and words[-n] in ("och", "samt", "eller"):
        n -= 1                          # "13-16 och områdeschef Maria Tell": the title starts after "och"
    return n


def _titles_first(view: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Where a list writes each title before its name ("samt sekreterare Karl Berg, socialchef Eva Lund",
    "Övriga närvarande Kommunchef Tommy Ek Näringslivsstrateg Lisa Holm"), the row of each such name opens at
    its title (name start -> title start). A chain of two or more names, each right after its title; the first
    title opens the list or follows "samt", "och" or a colon (after a comma, or after other words, it may as
    well be the title of the name before it); and the last name is not followed by ", title"."""
    before: dict[int, int] = {}
    clean: set[int] = set()             # the title opens the list or follows "och", "samt" or a colon
    previous_end = start
    for s, e in persons:
        gap = _GAP.match(view, previous_end, s)
        rest = gap.group("rest") if gap else ""
        n = _title_words(rest)
        if n:
            words = list(re.finditer(r"\S+", rest))
            title_start = gap.start("rest") + words[-n].start()
            before[s] = title_start
            sep = gap.group("sep")
            if len(words) == n and "," not in sep and (previous_end == start or re.search(r"och|samt|:", sep)):
                clean.add(s)
            elif previous_end == start and re.search(r":[ \t]*(?:[^\s:]+[ \t]+)?$", rest[:words[-n].start()]):
                clean.add(s)            # "Övriga deltagare: Utses att justera: Teknisk chef Jan Ek, ...": the
                #                         labels stacked first, then the first title
            elif _staff_title_after_row(sep + rest[:words[-n].start()], words[-n].group(0)):
                clean.add(s)
        previous_end = e
    out: dict[int, int] = {}
    chain: list[tuple[int, int]] = []
    for s, e in list(persons) + [(end, end)]:
        if s in before and (chain or s in clean):
            chain.append((s, e))
        else:
            if len(chain) >= 2 and not _TITLE_AFTER.match(view, chain[-1][1], end):
                out.update({cs: before[cs] for cs, _ce in chain})
            chain = []
    return out


#: Seats and meeting roles: after a name they may be that name's ("Anna Ek (S) Ordförande Per Berg ..."), so they
#: never open a chain of titles by their capital.
_SEAT_ROLES = frozenset({"ordförande", "vice ordförande", "ledamot", "ersättare", "tjänstgörande ersättare", "justerare",
                         "sekreterare"})


def _staff_title_after_row(before: str, title: str) -> bool:
    """Whether a capitalised official's title opens the next row ("... Rickard Ek, (FP), Kungsör 13-17, 19
    Förbundschef Tom Ås Direktionssekreterare Lotta Alm"): the row before ends with its party's tag or its §§ (after
    a comma, "Anna Ek, Förbundsdirektör Per Berg, ...", the title is the name's before it)."""
    before = before.rstrip()
    role = normalize_role(title.lower())
    tagged = before.rstrip(",").rstrip().endswith(")")     # "Mia Ek (S), förvaltningschef Per Ås, sekreterare ...":
    #                                                        a politician's row, so the staff title is the next name's
    return (title[:1].isupper() or tagged) and role is not None and role not in _SEAT_ROLES and \
        (before[-1:].isdigit() or tagged)


def _role_word(word: str) -> bool:
    """A lower-case word that is a role or title by itself ("ersättare", "ekonomidirektör")."""
    core = word.strip(",.;:")
    return bool(core) and core[0].islower() and normalize_role(core) is not None


def _role_runs(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two or more roles or titles with nothing but their modifiers, spaces or a comma-qualifier between
    them ("ersättare ersättare förvaltningschef sekreterare"): a role column printed after the names."""
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", view[start:end])]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        heads, j, last = 0, i, None
        while j < len(words):
            word = words[j][2]
            if _role_word(word):
                heads, last, j = heads + 1, j, j + 1
                if word.endswith(","):          # a qualifier may follow, up to the next role word
                    k = j
                    while k < len(words) and k - j < _QUALIFIER_WORDS and not _role_word(words[k][2]) \
                            and not names_mod.is_first_name(words[k][2]):
                        k += 1
                    if k < len(words) and _role_word(words[k][2]) and k > j:
                        j = k
                continue
            if _MODIFIER.fullmatch(word) and j + 1 < len(words):
                j += 1
                continue
            break
        if heads >= 2 and last is not None:
            runs.append((start + words[i][0], start + words[last][1]))
            i = last + 1
        else:
            i += 1
    return runs


def _break_before(chars: list[str], pos: int, floor: int) -> None:
    """Turn the space before pos into a line break (if there is one)."""
    i = pos - 1
    while i >= floor and chars[i] in " \u00a0":
        if i == floor or chars[i - 1] not in " \u00a0":
            chars[i] = "\n"
            return
        i -= 1


def _break_at(chars: list[str], pos: int, end: int) -> None:
    """Turn the space at pos into a line break (if there is one)."""
    if pos < end and chars[pos] in " \u00a0":
        chars[pos] = "\n"


#: "Benny Ek (M), Ordförande", "Lars Holm PRO, Ordförande": a comma after a row's party tag or an association's
#: code ties the role after it to that row.
_ROW_ROLE_AFTER_TAG = re.compile(r"(?:\([A-Za-zÅÄÖåäö]{1,5}\)|(?<=[a-zåäö] )(?-i:[A-ZÅÄÖ]{2,5}))[ \t]*,[ \t]*$")


def _break_around_header(view: str, chars: list[str], start: int, end: int) -> None:
    """A table's header row flattened into a long line ("... Plats: Stadshuset Namn Parti Representerar Uppdrag
    Närvaro Gösta Lindmark S ...") goes on a line of its own, so that its rows are read against its columns."""
    m = _HEADER_ROW.search(view, start, end) or _SEATS_HEADER.search(view, start, end)
    if m is not None:
        _break_before(chars, m.start(), start)
        _break_at(chars, m.end(), end)
        section = next(_sections_after_rows(view, m.end(), end), None)
        if section is not None:         # the table's last row, then the first § ("... Ersättare Ja § 1 Öppnande")
            _break_before(chars, section, start)


#: A capitalised word right before a position, the last of a signer's name written before its label.
_WORD_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-ZÅÄÖ])[\wåäöé-]+,?[ \t]+$")


#: A party's tag in brackets closing the text before a signer's label ("Peter Ek (S) Ordförande").
_BRACKETED_TAG_BEFORE = re.compile(r"[ \t]\((?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})\)[ \t]*$")


def _name_before(view: str, start: int, pos: int) -> int | None:
    """Where a name of two or three capitalised words ending right before `pos` (a comma after it allowed) begins,
    its first word a first name ("... Protokolljustering Håkan Lundberg" -> at "Håkan"), or None; a party's tag
    after the name is passed over ("Peter Ek (S) Ordförande")."""
    tag = _BRACKETED_TAG_BEFORE.search(view, max(start, pos - 12), pos)
    pos = tag.start() + 1 if tag is not None else pos
    words: list[re.Match[str]] = []
    for _ in range(3):
        m = _WORD_BEFORE.search(view, max(start, (words[-1].start() if words else pos) - 40),
                                words[-1].start() if words else pos)
        if m is None or (words and m.group(0).rstrip().endswith(",")):
            break                       # a comma only after the name's last word ("Roger Ek, ordförande")
        words.append(m)
        if len(words) >= 2 and names_mod.is_first_name(m.group(0).strip()):
            return m.start()
    return None


_JUSTERING_PLACE = re.compile(rf"(?<![\w-]){JUSTERING_LABEL}{PLACE_AFTER_LABEL}")
_SIGNER = re.compile(r"[ \t]*((?-i:[A-ZÅÄÖ])[a-zåäöé]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöé]+)?)[ \t]+(?-i:[A-ZÅÄÖ])[a-zåäöé]+"
                     r"(?:-(?-i:[A-ZÅÄÖ])[a-zåäöé]+)?(?![\w-])")


def _justering_fields(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end of the last signer) of each justering field with a place and one to three signers after it."""
    out = []
    for m in _JUSTERING_PLACE.finditer(view, start, end):
        if names_mod.is_first_name(view[m.start():m.end()].split()[-1]):
            continue                    # no place: "Protokolljustering Anna Ek ...", left to the signature reader
        names_end = None
        for _ in range(3):
            signer = _SIGNER.match(view, names_end or m.end(), end)
            if signer is None or not names_mod.is_first_name(signer.group(1)):
                break
            names_end = signer.end()
        if names_end is not None:
            out.append((m.start(), names_end))
    return out


#: A signing role in any case: written after a signer's name, a role may be in lower case ("Kerstin Ek sekreterare").
_SIGNING_WORD = re.compile(rf"(?<![\w-])(?i:{SIGNATURE_LABELS}|sekr\.?|ordf\.?)(?![\w-])")


#: A vice chair's words before the signing role ("I vice", "1:e vice", "andre vice").
_VICE_BEFORE = re.compile(r"(?<![\w-])(?:(?:I{1,3}|\d:[ae]|förste|första|andre|andra)[ \t]+)?vice[ \t]+$", re.IGNORECASE)
#: The §§ a signer signed for, after the role ("ordförande 1-8", "I vice ordförande 9").
_SECTIONS_AFTER = re.compile(r"[ \t]+(?:§§?[ \t]*)?\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?(?![\w-])")
#: The heading of the signature fields ("Underskrifter Godby den 18 oktober 2017 Roger Ek, ordförande ...").
_SIGNATURE_HEAD = re.compile(r"(?<![\w-])(?:Underskrift(?:er)?|UNDERSKRIFT(?:ER)?)(?![\w-])")
_SIGNATURE_HEAD_BEFORE = re.compile(_SIGNATURE_HEAD.pattern + r"[ \t:]*$")


def _plain_signer(view: str, name_start: int, lab: Label) -> bool:
    """Whether a signer's label is capitalised and right after the name, no comma between ("Håkan Ek Ordförande")."""
    return view[lab.start].isupper() and "," not in view[name_start:lab.start]


#: A signing label closing the text right before a name ("Ordförande Anna Ek"), the form's "Paragrafer" field
#: between them ("Sekreterare Paragrafer Anna Ek").
_SIGNATURE_BEFORE = re.compile(rf"(?<![\w-])(?:{SIGNATURE_LABELS})[ \t]*(?:Paragrafer[ \t\d,–-]*)?$")


def _name_opens(text: str) -> bool:
    """Whether a name opens `text`: a first name, or two capitalised words the second a surname ("Maidie Wiklund");
    not a heading in capitals ("ORGAN Kristina")."""
    m = re.match(r"([^\W\d_]+)(?:[ \t]+((?-i:[A-ZÅÄÖ])[a-zåäöé]+))?", text)
    return m is not None and (names_mod.is_first_name(m.group(1)) or (
        m.group(1)[:1].isupper() and not m.group(1).isupper() and m.group(2) is not None and
        names_mod.is_surname(m.group(2))))


def _signing_role(view: str, lab: Label) -> str | None:
    """The role of a signer's label, without the vice chair's words before it and the §§ after it."""
    word = _SIGNING_WORD.search(view, lab.start, lab.end)
    return normalize_role(word.group(0)) if word is not None else None


def _names_first_signers(view: str, start: int, end: int) -> list[list[tuple[int, Label]]]:
    """Runs of signers written name first, each signing role after its name, the run's last role followed by no
    name ("Protokolljustering Håkan Ek Ordförande Magnus Berg Sekreterare Roger Ås Protokolljusterare Sammanträdet
    är ..."): (the name's start, its label) for each signer. Not such a run: one whose last label has a name after
    it, one opened by a label or with labels stacked (written label first: "Ordförande Anna Ek Sekreterare Per
    Lund", "Staffan Ek Ordförande Justerande Per Ås"); one with a role in lower case or after a comma away from the
    signatures' heading ("Anna Ek, ordf", "Per Ås ordförande" are roster rows too); a signer alone ("Underskrift
    Jerker Ek Justerare", the next page's caption after it), unless the line has a run of two or another alone with
    the same role (two justerare)."""
    runs: list[list[tuple[int, Label]]] = []
    run: list[tuple[int, Label]] = []
    for m in _SIGNING_WORD.finditer(view, start, end):
        vice = _VICE_BEFORE.search(view, max(start, m.start() - 16), m.start())
        label_start = vice.start() if vice is not None else m.start()      # "Erkki Ek I vice ordförande 9"
        name = _name_before(view, start, label_start)
        signed = _SECTIONS_AFTER.match(view, m.end(), end)         # "Janne Ek ordförande 1-8 Marja-Leena Ås ..."
        label_end = signed.end() if signed is not None else m.end()
        following = view[label_end:end].lstrip()
        if normalize_role(m.group(0)) not in _SIGNING or name is None or following.startswith(":") or \
                _SIGNATURE.match(following):
            run = []
            continue
        if run and view[run[-1][1].end:name].strip():
            run = []
        if not run and _SIGNATURE_BEFORE.search(view, max(start, name - 30), name):
            continue
        run.append((name, Label(label_start, label_end, "signature")))
        if signed is not None or not _name_opens(following):     # (the §§ after a role close its signer's field)
            if any(_BRACKETED_TAG_BEFORE.search(view, max(start, lab.start - 12), lab.start) for _s, lab in run) and \
                    not _SIGNATURE_HEAD_BEFORE.search(view, max(start, run[0][0] - 20), run[0][0]):
                run = []                # "Justerare Eva Ek (S) Bo Ås (C) Sekreterare Ulla Berg": labels first; a
                continue                # tag before a label only where the signatures' heading opens the run
            if all(_plain_signer(view, s, lab) for s, lab in run) or \
                    _SIGNATURE_HEAD.search(view, max(start, run[0][0] - 80), run[0][0]) or (
                    len(run) >= 2 and all(_signing_role(view, lab) == "justerare" for _s, lab in run)):  # "Eva Ek
                #                                                     protokolljusterare Jari Ås
                #                                                     protokolljusterare": no roster row reads so
                runs.append(run)
            run = []
    singles = {_signing_role(view, r[0][1]) for r in runs if len(r) == 1}
    alone = sum(len(r) == 1 for r in runs)
    return runs if any(len(r) >= 2 for r in runs) or (alone >= 2 and len(singles) == 1) else []


def _recover_line(view: str, chars: list[str], start: int, end: int, known: Sequence[str], *,
                  reversed_names: bool = False) -> None:
    _break_around_header(view, chars, start, end)
    labels = _labels_first(view, chars, find_labels(view, start, end))
    for field_start, names_end in _justering_fields(view, start, end):
        _break_before(chars, field_start, start)     # "Protokolljustering Geta Gunnel Ek Kjell Berg Utdragets ...":
        _break_at(chars, names_end, end)             # the field, its place and its signers on a line of their own
    for signers in _names_first_signers(view, start, end):
        for name_start, lab in signers:     # "Håkan Ek Ordförande Magnus Berg Sekreterare ...": each label after its name
            _break_before(chars, name_start, start)
            _break_at(chars, lab.end, end)
        labels = [lab for lab in labels if not any(lab.start == c.start for _n, c in signers)]
    for i, lab in enumerate(labels):
        prev = labels[i - 1] if i else None
        if not (lab.kind == "signature" and prev is not None and prev.kind == "signature"
                and not view[prev.end:lab.start].strip()) and not (
                _ROW_ROLE_AFTER_TAG.search(view, start, lab.start) and normalize_role(view[lab.start:lab.end]) is not None):
            #                             "Eva Ek (S), Ersättare": the row's role; "Bo Ås (fp), Övriga deltagare": a heading
            _break_before(chars, lab.start, start)
        if lab.kind != "signature":
            _break_at(chars, lab.end, end)
    signature_run: list[Label] = []
    for lab in labels:                   # a run of signature labels keeps to one line; names go below it
        if lab.kind == "signature" and (not signature_run or not view[signature_run[-1].end:lab.start].strip()):
            signature_run.append(lab)
            continue
        _close_signature_run(chars, signature_run)
        signature_run = [lab] if lab.kind == "signature" else []
    _close_signature_run(chars, signature_run)
    head_end = labels[0].start if labels else end
    persons = _person_starts(view, start, head_end, known, reversed_names=reversed_names)
    if len(persons) >= 2 and _list_like(view, start, head_end, persons):
        for s, _e in persons:           # a roster running on from the previous page, before any label
            _break_before(chars, s, start)
    for i, lab in enumerate(labels):
        region_end = labels[i + 1].start if i + 1 < len(labels) else end      # a region runs to the next label
        if lab.kind == "form" and not view.startswith("Paragraf", lab.start):
            for m in _SIGNATURE_LEADER.finditer(view, lab.end, region_end):
                signer = re.match(r"[ \t]*([^\W\d_]+)", view[m.end():region_end])
                if signer is not None and names_mod.is_first_name(signer.group(1)):
                    _break_before(chars, m.start(), start)     # "Sekreterare.... Anna Ek Ordförande.... Per Ek"
            continue                    # "Paragrafer 26-38 Anna Ek Ordförande ...": signers follow that field
        adjusters = lab.kind == "signature" and _ADJUSTER_WORD.match(view, lab.start) is not None
        persons = _person_starts(view, lab.end, region_end, known,     # "Protokolljusterare Birgitta Forsström
                                 reversed_names=reversed_names and not adjusters)   # Hans-Peter Lindgren": signers
        #                                                                 write their names first name first
        if not persons:
            continue
        if lab.kind == "roster" and persons[0][0] > lab.end:
            gap = view[lab.end:persons[0][0]]
            marked = _MARKED_ROW_AFTER.match(view, lab.end)
            if gap.strip() and len(gap.split()) >= 3 and re.search(r"\d", gap):
                for i in range(lab.end, persons[0][0]):     # "Beslutande <place, date, time> Anna Berg"
                    chars[i] = " "
            elif marked is not None and marked.start("mark") > lab.end:
                for i in range(lab.end, marked.start("mark")):  # "Beslutande, sammanträdesrummet x Ek, Eva"
                    chars[i] = " "
        cuts, ends = _region_cuts(view, lab.end, region_end, persons, labels)
        if lab.kind == "roster":
            cuts |= {m.start() for m in GROUP_LABEL.finditer(view, lab.end, region_end)}
            cuts |= {m.start() for m in _FIRST_ITEM.finditer(view, lab.end, region_end)}
        for cut in sorted(cuts):
            _break_before(chars, cut, start)
        for cut in ends:
            _break_at(chars, cut, end)


def _region_cuts(view: str, start: int, end: int, persons: Sequence[tuple[int, int]],
                 labels: Sequence[Label]) -> tuple[set[int], set[int]]:
    """Where the rows of one roster region open (break before) and close (break at): each person,
    a row's own role label ("Ledamot: Anna Ek", "Ledamot ...... Anna Ek"), a name closed by its party
    tag, a role column after the names; never between a label and the name it labels."""
    role_labels = [m for m in _ROLE_LABEL.finditer(view, start, end) if normalize_role(m.group(1)) is not None]
    leaders = [m for m in _LEADER_ROW.finditer(view, start, end) if normalize_role(m.group(1).split(",")[0])]
    label_ends = {lab.end for lab in labels if lab.kind == "signature"} | {m.end() for m in role_labels + leaders}
    marks_first = _MARKS_BEFORE.search(view, max(start, persons[0][0] - 200), persons[0][0]) is not None

    tags_first = _tags_first(view, start, end, persons)

    def row_start(s: int) -> int:
        """"☐ ☒ Anna Ek (S)": where a table's marks come first, a row opens with its marks; "s Eva Ek": its party."""
        m = _MARKS_BEFORE.search(view, max(start, s - 200), s) if marks_first else None
        if m is None and tags_first:
            m = _TAG_BEFORE.search(view, max(start, s - 6), s)
        return m.start() if m is not None else s

    candidates = {row_start(s) for s, _e in persons} | {row_start(s) for s in _names_before_tags(view, start, end)
                                                         if not any(a < s < b for a, b in persons)}   # "Jenny Op De Weegh (M)"
    ordered = sorted(label_ends)

    def labelled(s: int) -> bool:
        """Whether s follows a label with nothing but blanks between ("Sekreterare Anna Ek")."""
        k = bisect.bisect_right(ordered, s) - 1
        return k >= 0 and not view[ordered[k]:s].strip(" \t\n.")      # "Justerare. Anna Ek" too

    joined = _joined_to_adjuster_label(view, persons, labels)
    titled = _titles_first(view, start, end, persons)
    cuts = {titled.get(s, s) for s in candidates if not labelled(s) and s not in joined}
    cuts |= {m.start() for m in role_labels + leaders}
    cuts |= {m.end() for m in _PROSE_AFTER_ROW.finditer(view, start, end)}
    cuts |= set(_sections_after_rows(view, start, end))
    ends = {m.end() - 1 for m in _PARTY_THEN_NAME.finditer(view, start, end)}
    for m in _EMPTY_GROUP.finditer(view, start, end):
        ends |= {m.start() - 1, m.end()}     # "Eva Ek (S) Härryda - Partille Stefan Berg (M)": Härryda has nobody
    for a, b in _role_runs(view, start, end):
        if view[max(start, a - 8):a].rstrip().endswith(","):
            continue                    # "Per Ek, ersättare, tjänstgörande ersättare": the row's own roles
        cuts.add(a)
        if not _FOR_NAME.match(view, b, end):
            ends.add(b)                 # "... ersättare för Lis Ek ledamot": the cell goes on to whom it serves for
    return cuts, ends


#: A justerare's label ("Justerare", "Justerande", "Protokollsjusterare"), whose field may hold two names.
_ADJUSTER_WORD = re.compile(r"(?i)(?:protokolls?)?juster")
#: "och" or "samt" between two names of one field, after an optional party tag ("Anna Ek (S) och Per Lund").
_AND_JOINER = re.compile(rf"{TAG_BETWEEN_NAMES},?[ \t]*(?:och|samt)[ \t]+")


def _joined_to_adjuster_label(view: str, persons: Sequence[tuple[int, int]], labels: Sequence[Label]) -> set[int]:
    """Names joined by "och" to a name right after a justerare's label ("Justerare Anna Ek och Per Lund"): the
    field's second signer, kept on the label's line."""
    ends = {lab.end for lab in labels if lab.kind == "signature" and _ADJUSTER_WORD.match(view, lab.start)}
    joined: set[int] = set()
    chained = False
    for k, (s, _e) in enumerate(persons):
        if k and chained and _AND_JOINER.fullmatch(view, persons[k - 1][1], s):
            joined.add(s)
            continue
        chained = any(not view[end:s].strip(" \t.:") for end in ends if end <= s)
    return joined


_FOR_NAME = re.compile(r"[ \t]+för[ \t]+(?-i:[A-ZÅÄÖ])")
#: A § heading run on after the last row ("... Mora kommun Ersättare Ja § 1 Sammanträdets öppnande"), not a row's
#: § note before the next name ("förvaltningsekonom, § 56 Pernilla Oscarsson").
_SECTION_AFTER_ROW = re.compile(r"(?<![\w§])§[ \t]*\d{1,4}[ \t]+((?-i:[A-ZÅÄÖ])[a-zåäö]+)")


def _sections_after_rows(view: str, start: int, end: int) -> Iterator[int]:
    """Where a § heading opens in view[start:end] (see _SECTION_AFTER_ROW)."""
    return (m.start() for m in _SECTION_AFTER_ROW.finditer(view, start, end) if not names_mod.is_first_name(m.group(1)))
#: The last row's cell, then the page's prose run on after it ("Emelie Sjögren, förbundschef Mötet har kallats in
#: ..."): after a lower-case word, a capitalised word and a verb open a sentence, not a cell (after a first name,
#: "Kjell Aldsten öppnade", the capitalised word is a surname).
_PROSE_AFTER_ROW = re.compile(r"(?<![\w-])[a-zåäö]+[ \t]+(?=(?-i:[A-ZÅÄÖ])[a-zåäö]+[ \t]+(?:har|hade|är|var|ska|skall|kommer|"
                              r"öppnar|öppnade|hälsar|hälsade|beslutar|beslutade|informerar|informerade|redovisar|"
                              r"föreslår|noterar|konstaterar|godkänner|förklarar|förklarade)\b)")
#: A party's lower-case letters right before a name ("s Eva Ek", "mbp Ylva Ek"): a roster that prints the party first.
_TAG_BEFORE = re.compile(r"(?<![\w(,.-])(?-i:[a-zåäö]{1,3})[ \t]+$")


def _party_letters_then_name(text: str) -> bool:
    """Whether `text` opens with a party's lower-case letters and a capitalised name ("s Kurt Ek")."""
    m = re.match(r"([a-zåäö]{1,3})[ \t]+(?-i:[A-ZÅÄÖ])[a-zåäöé]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöé]+)?[ \t]+(?-i:[A-ZÅÄÖ])", text)
    return m is not None and m.group(1) in _BARE_PARTY_TAGS


def _tags_first(view: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a region's rows print the party's letters before the name ("Beslutande s Kurt Ek, ... s Eva Berg v
    Karin Holm"): the first name comes right after such letters, most names do, and the last name is not followed
    by them (where the letters follow each name, "Eva Berg s Karin Holm v", the last row ends with its letters)."""
    if len(persons) < 3 or view[start:persons[0][0]].split() == [] or \
            not _TAG_BEFORE.fullmatch(view[start:persons[0][0]].lstrip()):
        return False
    before = sum(_TAG_BEFORE.search(view, max(start, s - 6), s) is not None for s, _e in persons)
    after_last = re.match(r"[ \t]+(?-i:[a-zåäö]{1,3})(?![\w])", view[persons[-1][1]:end])
    return before >= 0.6 * len(persons) and after_last is None


def _close_signature_run(chars: list[str], run: list[Label]) -> None:
    """Names go below a run of two or more signature labels; a single label keeps its name beside it."""
    if len(run) < 2:
        return
    end = run[-1].end
    if end < len(chars) and chars[end] in ".:":
        end += 1                        # "Sekreterare Ordförande Justerande. Britt Ek. Lars Ås.": the run's full stop
    _break_at(chars, end, len(chars))


#: A flattened page that a converter numbered ("2 2(36) Beslutande Tjänstgörande ersättare Anna Ek ..."): in a
#: document of flattened pages, a short page (a roster page, the last one) is a page too.
_PAGE_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]+\S")


def _short_page(line: str) -> bool:
    """A short numbered page that holds a roster heading."""
    return len(line) >= 60 and _PAGE_LINE.match(line) is not None and _HEADING.search(line) is not None


#: A roster heading that points to a list elsewhere, then the next heading on the same line ("Beslutande Se
#: förteckning Övriga deltagande Gösta Berg, förvaltningschef"): two fields of a form on one line.
_REFERENCE_THEN_HEADING = re.compile(rf"^[ \t]*(?:{_ROSTER_HEADINGS})[ \t:]+(?:Se|Enligt)[ \t]+(?:bifogad[ \t]+)?"
                                    rf"(?:förteckning|närvarolista)\b[^\n]*?(?:{_ROSTER_HEADINGS})", re.MULTILINE)


#: An absence heading inside a short line, between two names ("... Victor Lönn Anmält förhinder Martin Nils"): the
#: line holds two blocks, as a long one does.
_ABSENCE_AFTER_ROW = re.compile(r"(?<=[a-zåäö] )(?:(?:Anmält|Meddelat)[ \t]+förhinder:?|Förhindrade:)[ \t]+"
                                r"(?=[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ])")


def recover_lines(view: str, known: Sequence[str] = (), *, reversed_names: bool | None = None) -> str:
    """The view with logical line breaks put back into flattened lines, and into paragraphs that were
    wrapped at a fixed width across roster entries (same length: only spaces and newlines change);
    `reversed_names`: whether the protocol writes names surname first (read from the text when not given)."""
    view = _unglue_cells(view)
    joined, spans = _join_wrapped(view)
    long_lines = max((len(x) for x in joined.split("\n")), default=0) >= LONG_LINE
    if not spans and not long_lines and not _REFERENCE_THEN_HEADING.search(joined) and \
            not _ABSENCE_AFTER_ROW.search(joined) and not _HEADING_INSIDE.search(joined) and \
            not _FORM_THEN_HEADING.search(joined):
        return view
    chars = list(joined)
    if reversed_names is None:
        reversed_names = names_mod.writes_names_reversed(joined)
    pos = 0
    for raw in joined.split("\n"):
        if len(raw) >= LONG_LINE or (pos, pos + len(raw)) in spans or (long_lines and _short_page(raw)) or \
                _REFERENCE_THEN_HEADING.match(raw) or _ABSENCE_AFTER_ROW.search(raw) or _HEADING_INSIDE.search(raw) or \
                _FORM_THEN_HEADING.match(raw):
            _recover_line(joined, chars, pos, pos + len(raw), known, reversed_names=reversed_names)
        pos += len(raw) + 1
    out = "".join(chars)
    assert len(out) == len(view)
    return out


#: A roster heading with its colon inside a line, after other words ("Styrelsemöte 2012-09-22. Närvarande: Anna Ek
#: (S), ordförande, ..."): a short line that holds several logical lines too.
_HEADING_INSIDE = re.compile(rf"(?m)^[ \t]*\S[^\n]*?[ \t](?:{_ROSTER_HEADINGS})[ \t]*:[ \t]*\S")


#: The meeting's place and time, then the roll's heading and its first row on the same short line ("Plats och tid
#: Kommunförvaltningen, 2017-11-27, kl 0900 – 17.10 Beslutande Jan Larsson, S"): two rows of the form run together.
_FORM_THEN_HEADING = re.compile(r"(?m)^[ \t]*(?:Plats[ \t]+och[ \t]+tid|Tid[ \t]+och[ \t]+plats|Sammanträdes(?:plats|tid)|Plats|Tid)"
                                rf"\b[^\n]*?[ \t](?:{_ROSTER_HEADINGS})[ \t]+(?-i:[A-ZÅÄÖ])")


#: A table's cells one a line, two run together where the page had no break between them ("xERSÄTTARE",
#: "NejLEDAMÖTER", "xMarie Ek" after a cross): the character before the second cell becomes the line break.
_GLUED_CELL = re.compile(r"(?m)(?:^x|(?<=[a-z])(?-i:[a-zåäö]))(?=(?:LEDAMÖTER|ERSÄTTARE|TJÄNSTEMÄN|ÖVRIGA)\b)|"
                         r"^x(?=[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ][a-zåäöé-]+){1,2}[ \t]*$)")


def _unglue_cells(view: str) -> str:
    """Same length: each glued cell's first character replaced by a line break (see _GLUED_CELL)."""
    if _GLUED_CELL.search(view) is None:
        return view
    return _GLUED_CELL.sub("\n", view)


_WRAP_WIDTH = 100               # a paragraph wrapped at a fixed width has no longer lines


def _join_wrapped(view: str) -> tuple[str, set[tuple[int, int]]]:
    """The view with each wrapped paragraph that holds a roster heading joined into one line (its line
    breaks become spaces), and the spans of the joined paragraphs."""
    chars = list(view)
    spans: set[tuple[int, int]] = set()
    for start, end in _paragraphs(view):
        lines = view[start:end].split("\n")
        if not _wrapped(lines) or not _HEADING.search(view[start:end].replace("\n", " ")):
            continue
        for i in range(start, end):
            if chars[i] == "\n":
                chars[i] = " "
        spans.add((start, end))
    return "".join(chars), spans


def _paragraphs(view: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two or more non-blank lines (linear: no backtracking regex)."""
    pos, run_start, run_end, count = 0, None, 0, 0
    for raw in view.split("\n"):
        if raw.strip():
            if run_start is None:
                run_start, count = pos, 0
            run_end, count = pos + len(raw), count + 1
        elif run_start is not None:
            if count >= 2:
                yield run_start, run_end
            run_start = None
        pos += len(raw) + 1
    if run_start is not None and count >= 2:
        yield run_start, run_end


def _aligned(lines: list[str]) -> bool:
    """Whether half the lines or more share one column (a gap of three spaces or more ending at the
    same place, or tab-separated cells): a table, not a wrapped paragraph."""
    ends: dict[int, int] = {}
    for line in lines:
        for e in {m.end() for m in re.finditer(r"(?<=\S) {3,}(?=\S)", line)}:
            for k in (e - 1, e, e + 1):
                ends[k] = ends.get(k, 0) + 1
    column = max(ends.values(), default=0)
    tabbed = sum(1 for line in lines if "\t" in line)
    return max(column, tabbed) >= 2 and max(column, tabbed) * 2 >= len(lines)


def _wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph broken at a width, inside entries: no tabs or aligned columns, none
    longer than a page's text width, and a break that splits a name, a label from its value, or a
    phrase (the next line opening in lower case or with a bracket)."""
    if len(lines) < 2 or any(len(x) > _WRAP_WIDTH for x in lines) or _aligned(lines[1:]):
        return False                    # the first line may keep its label column
    widths = [len(x) for x in lines[:-1]]          # blanked dot leaders still fill the width
    if min(widths) < 0.6 * max(len(x) for x in lines):
        return False                    # a short line (a heading, one entry) is no line filled to a width
    for line, nxt in zip(lines, lines[1:]):
        last = line.rstrip().rsplit(" ", 1)[-1] if line.strip() else ""
        first = nxt.lstrip()[:1]
        leader = re.search(r"(?:\.{3,}| {3,})$", line) is not None      # dot leaders (blanked in the view)
        if first.islower() or first == "(" or last.endswith(":") or leader or (last and names_mod.is_first_name(last)
                                                                        and last[0].isupper()):
            return True
    return False
