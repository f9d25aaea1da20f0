"""Role and title words: "Ordf.", "Tj ersättare", "Bitr. förbundschef", "Verksamhetsch." -> canonical Swedish."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from samgraf.extractors.normalize import fold

CORE_ROLES = (
    "ordförande", "vice ordförande", "ledamot", "ersättare", "tjänstgörande ersättare",
    "förbundschef", "biträdande förbundschef", "sekreterare", "justerare",
)

#: Written forms (folded: lower case, no diacritics) -> canonical role.
_VARIANTS: dict[str, tuple[str, ...]] = {
    "ordförande": ("ordförande", "ordf", "ordforande", "ordferande", "mötesordförande", "motesordforande",
                   "sammanträdets ordförande", "ordförande i styrelsen", "styrelsens ordförande"),
    "vice ordförande": ("vice ordförande", "vice ordf", "v ordf", "v. ordf", "vice ordforande",
                        "1:e vice ordförande", "2:e vice ordförande", "förste vice ordförande",
                        "1-e vice ordförande", "2-e vice ordförande", "1:a vice ordförande", "2:a vice ordförande",
                        "1:e vice ordf", "2:e vice ordf", "förste vice ordf", "andre vice ordf",
                        "andre vice ordförande", "vice ordferande", "1:a vice", "2:a vice", "1:e vice", "2:e vice",
                        "1:a vice ordf", "2:a vice ordf", "1-e vice ordf", "2-e vice ordf", "första vice ordförande",
                        "andra vice ordförande", "första vice ordf", "andra vice ordf", "3:e vice ordförande",
                        "3:e vice ordf", "3:e vice", "tredje vice ordförande", "viceordförande", "viceordf",
                        "förste vice", "andre vice", "första vice", "andra vice",      # "Lindblom, Regina, andre vice"
                        *(f"{numeral} {chair}" for numeral in ("i", "ii", "iii")      # "II viceordf." (Finland)
                          for chair in ("vice ordförande", "viceordförande", "viceordf", "vice ordf"))),
    "ledamot": ("ledamot", "medlem", "ordinarie ledamot", "styrelseledamot", "ordinarie styrelseledamot", "ledamöter",
                "ordinarie ledamöter", "ordinarie styrelseledamöter", "styrelseledamöter", "beslutande ledamot"),
    "tjänstgörande ersättare": ("tjänstgörande ersättare", "tj ersättare", "tjg ersättare", "tj. ersättare",
                                "tjg. ersättare", "tjänstg. ersättare", "tjänstgörande ers", "tjg ers",
                                "tj ers", "ersättare, tjänstgörande", "tjänstgör", "tgj ers", "tgj ersättare",
                                "tj g ersättare"),
    "ersättare": ("ersättare", "ersattare", "ej tjänstgörande ersättare", "icke tjänstgörande ersättare",
                  "ej tjg ers", "ej tjg ersättare", "ej tjänstg. ersättare", "ej tj ers", "ej tjänstgörande ers",
                  "ers", "suppleant", "ersättare som inte tjänstgör", "ersättare som ej tjänstgör"),
    "biträdande förbundschef": ("biträdande förbundschef", "bitr. förbundschef", "bitr förbundschef",
                                "bitr. forbundchef", "bitr forbundchef", "bitr. förbundschefen"),
    "förbundschef": ("förbundschef", "forbundschef", "forbundchef", "förbundschefen"),
    "sekreterare": ("sekreterare", "protokollförare", "sekr", "mötessekreterare", "sekreterare/förbundschef",
                    "vid protokollet"),
    "justerare": ("justerare", "justeringsperson", "protokolljusterare", "protokollsjusterare", "justerande",
                  "justeringsman", "justerandes"),
}

#: Titles kept as written (lower case) when they stand as a role.
_TITLES = (
    "verksamhetsutvecklare", "processledare", "processtöd", "verksamhetschef", "ekonom", "administratör",
    "controller", "samordnare", "koordinator", "handläggare", "strateg", "utvecklingsledare", "föredragande",
    "revisor", "socionomstudent", "student", "praktikant", "gäst", "tjänsteperson", "sektionschef",
    "enhetschef", "avdelningschef", "kanslichef", "utredare", "projektledare", "adjungerad", "observatör",
    "firmatecknare", "kommunstyrelsens ordförande", "kommunalråd", "regionråd", "verksamhetsledare",
    "ekonomiansvarig", "kommunikatör", "administratör/ekonom", "processamordnare", "inbjuden",
    "politisk sekreterare", "vd", "verkställande direktör", "direktör", "sakkunnig", "chef", "jurist",
)
#: Officials' titles that stand alone as well as ending a compound ("Emma Ek Biolog", "kommunbiolog").
_STANDALONE_TITLES = "arkitekt|planerare|analytiker|registrator|lantmätare|arkivarie|biolog|ekolog|psykolog|limnolog|geolog"
_TITLE_SUFFIX = re.compile(
    r"^[a-zåäöé/-]{3,}(?:chef|ledare|utvecklare|student|samordnare|handläggare|strateg|ekonom|sekreterare|"
    r"konsult|coach|koordinator|assistent|administratör|direktör|controller|utredare|rådgivare|pedagog|"
    rf"representant|ansvarig|specialist|samordnare|jurist|ingenjör|inspektör|minister|läkare|kurator|"
    rf"{_STANDALONE_TITLES})$|^(?:{_STANDALONE_TITLES})$"
)
#: The labels a signature field is written under ("Sekreterare ....", "Justerande:", "Vid protokollet").
SIGNATURE_LABELS = (
    r"Ordföranden?|Sekreterare|Justerare|Justerande|Protokolljusterare|Protokollsjusterare|Vid\s+protokollet|"
    r"Mötesordförande|Protokollförare"
)
_ABBREVIATIONS = {"verksamhetsch": "verksamhetschef", "adm": "administratör", "sekr": "sekreterare", "suppl": "ersättare",
                  "ordf": "ordförande"}


@dataclass(frozen=True, slots=True)
class RoleMatch:
    start: int
    end: int
    text: str
    role: str
    body: str | None = None     # another body's letters whose chair the role is ("kst" in "kst ordförande")
    seat: str | None = None     # that chair's role ("ordförande")


def _key(text: str) -> str:
    return re.sub(r"[\s.]+|(?<=vice)-", " ", fold(text)).strip(" .:,")       # "vice-ordförande"


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for role, variants in _VARIANTS.items():
        for v in variants:
            table.setdefault(_key(v), role)
    for title in _TITLES:
        table.setdefault(_key(title), title)
    return table


def normalize_role(text: str) -> str | None:
    """Canonical Swedish role for a written role or title, else None."""
    text = re.sub(r"\(.*?\)", " ", text)
    key = _key(text)
    if not key:
        return None
    table = _lookup()
    if key in table:
        return table[key]
    if key in _ABBREVIATIONS:
        return _ABBREVIATIONS[key]
    low = re.sub(r"\s+", " ", text.strip(" .:,")).lower()
    if _TITLE_SUFFIX.match(low):
        return low
    repaired = re.sub(r"I(?=[a-zåäö])", "l", text).replace("rn", "m")      # OCR: "Iedamot", "rnötesordförande"
    if repaired != text:
        key = _key(repaired)
        return table.get(key) or _ABBREVIATIONS.get(key)
    return None


def is_core(role: str) -> bool:
    return role in CORE_ROLES


def _fuzzy(word: str) -> str:
    """Regex for a folded word that also matches its diacritic and OCR-damaged spellings."""
    classes = {"a": "[aåäAÅÄ]", "o": "[oöéOÖ6]", "e": "[eéE]"}
    out = []
    for ch in word:
        if ch in classes:
            out.append(classes[ch])
        elif ch == "l":
            out.append("[lLI]")                 # OCR reads l as I
        elif ch == "m":
            out.append("(?:[mM]|rn)")           # and m as rn
        elif ch == " ":
            out.append(r"(?:\.?(?:[ \t]+|[ \t]*\n[ \t]*)|\.|-)")     # "tj.g ersättare", "vice-ordförande"
        elif ch.isalpha():
            out.append(f"[{ch}{ch.upper()}]")
        else:
            out.append(re.escape(ch) + "?")
    return "".join(out)


@cache
def _role_regex() -> re.Pattern[str]:
    keys = sorted(set(_lookup()) | set(_ABBREVIATIONS), key=len, reverse=True)
    body = "|".join(_fuzzy(k) for k in keys if len(k) >= 3)
    # not a role word joined to an abbreviated body by a dot ("kfm.ordf.", "kst.ordf.": another body's chair)
    return re.compile(rf"(?<![\w])(?!(?<=[a-zåäö]\.)[a-zåäö])(?:{body})\.?(?![\wåäöÅÄÖ])")


#: Another body's name in the genitive before a chair's title ("fullmäktiges ordförande", "kommunstyrelsens
#: vice ordförande", "fullm. II viceordf.", the auditors' "rev. ordf"); this board's own ("styrelsens ordförande") has
#: no prefix before its noun.
_OTHER_BODY_BEFORE = re.compile(r"(?<![\w-])(?:[a-zåäö]*fullmäktiges|fullm\.?|[a-zåäö]+(?:styrelsens|nämndens|utskottets)|"
                                r"(?i:revisorernas|revisionens|rev\.))"      # "Onni Ek, rev. ordf": the auditors' chair
                                r"[ \t]+(?:I{1,3}[ \t]+)?$")
#: Another body's letters before a chair's title ("kst ordförande", "kfge I vice ordförande"): that body's chair, a
#: title of its own; items.py makes an assembly's (kf, kfge) a seat in that assembly. (The genitive, "kfge:s
#: ordförande", is items.py's owner's title.)
_OTHER_BODY_LETTERS = re.compile(r"(?<![\w-])(?P<body>(?i:kst|ks|kf|kfge|kfm|sfge|stfm|sst))\.?[ \t]+(?:I{1,3}[ \t]+)?$")
#: Another body after a chair's title ("ordf. för förbundsfullmäktige", "ordförande i kommunstyrelsen"): a body
#: noun with a prefix, not this board's ("i styrelsen"). (A named organisation after it, "ordförande i
#: Samordningsförbundet X", makes the role a seat in that organisation: roster.py reads it so.)
_OTHER_BODY_AFTER = re.compile(r"[ \t]+(?:i|för)[ \t]+(?:[a-zåäö]*fullmäktige\w*|[a-zåäö]+(?:styrelse|nämnd|utskott)\w*)")
PRESIDIUM_ROLES = frozenset({"ordförande", "vice ordförande"})


#: One word, capitalised or not, that may be an official's title ("Hemtjänstchef", "trafikingenjör").
_TITLE_WORD = re.compile(r"(?<![\w/-])[A-ZÅÄÖa-zåäö][a-zåäöé-]{2,}(?![\w/-])")


def find_titles(text: str, start: int = 0, end: int | None = None) -> list[RoleMatch]:
    """Officials' titles known by their ending only ("Hemtjänstchef", "Vård och äldreomsorgschef"'s last word,
    "kommunbiolog"), in text[start:end]: words the role list does not hold but `normalize_role` reads as titles."""
    end = len(text) if end is None else end
    return [RoleMatch(m.start(), m.end(), m.group(0), m.group(0).lower())
            for m in _TITLE_WORD.finditer(text, start, end) if _TITLE_SUFFIX.match(m.group(0).lower())]


def find_roles(text: str, start: int = 0, end: int | None = None) -> list[RoleMatch]:
    """Role words in text[start:end] (absolute offsets), longest first, non-overlapping; a chair's title that
    names another body before or after it is none of this board's roles."""
    end = len(text) if end is None else end
    out: list[RoleMatch] = []
    for m in _role_regex().finditer(text, start, end):
        role = normalize_role(m.group(0))
        letters = _OTHER_BODY_LETTERS.search(text, max(0, m.start() - 12), m.start()) if role in PRESIDIUM_ROLES else None
        if letters is not None:
            out.append(RoleMatch(letters.start(), m.end(), text[letters.start():m.end()],
                                 re.sub(r"\s+", " ", text[letters.start():m.end()]).lower(), letters.group("body"), role))
            continue
        if role in PRESIDIUM_ROLES and (_OTHER_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start()) or
                                         _OTHER_BODY_AFTER.match(text, m.end(), end)):
            continue
        if role is not None:
            out.append(RoleMatch(m.start(), m.end(), m.group(0), role))
    return out
