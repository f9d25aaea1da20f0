"""Person names in Swedish protocol text: shipped name lists, span finding and identity keys.

The lists in data/ are built once by tools/build_names.py and tools/build_wordlist.py; nothing
is fetched at run time. Lookups are case-, diacritic- and OCR-tolerant ("lvarsson" = "Ivarsson").
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from samgraf.extractors.roles import normalize_role

# Letters a name token may hold; hyphens and apostrophes join parts (Lars-Olof, O'Brien), and so does a
# hyphen that a line break left a blank after, before a capital ("Lars- Erik", "Forslund- Mustaniemi").
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+|-[ \u00a0](?=[A-ZÅÄÖ][a-zåäöéü])[^\W\d_]+)*")
_BROKEN_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \u00a0](?=[A-ZÅÄÖ][a-zåäöéü])")
_SAME_LINE_GAP = re.compile(r"[ \u00a0]{1,3}")
_LINE_BREAK_GAP = re.compile(r"[ \u00a0]*\r?\n[ \u00a0]*")
_INITIAL_GAP = re.compile(r"\.?[ \u00a0]{1,3}|\.")
_MARKUP = re.compile(r"<[^>]*>|\*\*|__|[#|]")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CONSONANTS = frozenset("bcdfghklmnpqrstvwxz")   # after a token-initial l: OCR for I (not "lj")

PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "du", "la", "le", "da", "di", "op",
                       "El", "Al", "Abu", "Bin", "Ibn"})      # "Aram El Khoury", "Sara Al Amin"
# Role, title and organisation words (folded); a name ends before them.
STOP_WORDS = frozenset("""
ordforande ordf vice ledamot ledamoter ersattare tjanstgorande tj sekreterare justerare justerande
forbundschef forbundschefen verksamhetsutvecklare socionomstudent processledare foredragande adjungerad
adjungerade revisor revisorer ekonom administrator handlaggare samordnare koordinator projektledare
enhetschef sektionschef verksamhetschef direktor chef kommunalrad regionrad oppositionsrad narvarande
franvarande ovriga deltagare gast gaster inbjuden inbjudna protokollforare kansli kanslichef strateg
utvecklare controller assistent student praktikant medarbetare personal tjansteman tjansteperson
kommun kommuns region regionen landsting landstinget forsakringskassan arbetsformedlingen samordningsforbundet
samordningsforbund forbundet finsam folkets hus park stad lan ifo ab styrelsen styrelse beslut arende
dagordningen dagordning motet mote nej ja protokoll justering paragraf information ovrigt fragor motets
sammantradet sammantrade foregaende nasta datum tid plats bilaga budget ekonomi rapport val forslag
godkannande avslutning ordet hon han de det den vi och att som med fran till pa for om namn teams zoom
paragrafer paragraf underskrifter underskrift anslag bevis organ sammantradesdatum utses utsedd utsedda
narvaroratt yttranderatt forslagsratt narvaro avstar avstod totalt summa bitr bitradande
ordforanden sekreteraren justeraren motesplats justeras justerat justerad justerade namnd instans
rektor rektorn jav
""".split())
_STOP_PREFIXES = (
    "verksamhet", "forbund", "samordning", "styrelse", "kommun", "region", "arbetsm", "arbetsf", "forsakring",
    "social", "ekonomi", "projekt", "process", "enhet", "sektion", "avdelning", "protokoll", "forvaltning",
    "justering", "sammantrad",
)
_STOP_SUFFIXES = (
    "kommun", "kommuns", "region", "regionen", "kassan", "formedlingen", "forbundet", "forbund", "forbunds",
    "verket", "namnden", "myndigheten", "forvaltningen", "tjansten", "varden", "centrum", "landstinget",
    "huset", "chef", "chefen", "student", "ledare", "ledaren", "utvecklare", "samordnare", "handlaggare",
    "sekreterare", "ordforande", "ersattare", "ledamot", "revisor", "strateg", "ekonom", "direktor",
    "assistent", "administrator", "koordinator", "radgivare", "konsult", "are", "ningen", "ningar", "ning",
    "elsen", "else", "heten", "het", "tionen", "tion", "ande", "ende", "andet", "mote", "motet", "planen",
    "arendet", "arende", "protokoll", "projektet", "projekt", "gruppen", "grupp", "arbetet", "insatsen", "person",
    "arkitekt", "inspektor", "ingenjor", "tekniker", "jurist", "forordnad", "skolan", "gymnasiet",
    # a title in its definite form after a name ("Christer Ek Trafikingenjören Anna Berg Folkhälsosamordnaren")
    "ingenjoren", "samordnaren", "handlaggaren", "sekreteraren", "utvecklaren", "radgivaren", "juristen",
    "strategen", "ekonomen", "direktoren", "inspektoren", "arkitekten", "teknikern", "controllern", "assistenten",
    "administratoren", "koordinatorn",
)
_SURNAME_SUFFIXES = ("sson", "son", "berg", "strom", "lund", "qvist", "kvist", "gren", "dahl", "holm", "stedt")
COMMON_WORD_ZIPF = 3.5   # an unknown capitalised token this frequent as a Swedish word is not a surname
_MAX_SURNAME_TOKENS = 3


def _data_lines(name: str) -> list[str]:
    """Lines of a shipped data file (plain or .gz)."""
    folder = resources.files("samgraf.extractors") / "data"
    plain, packed = folder / name, folder / f"{name}.gz"
    if plain.is_file():
        return plain.read_text(encoding="utf-8").splitlines()
    return gzip.decompress(packed.read_bytes()).decode("utf-8").splitlines()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character lower-cased without diacritics; always one character."""
    low = char.lower()
    low = low if len(low) == 1 else char
    base = unicodedata.normalize("NFD", low)[0]
    return {"ø": "o", "æ": "a", "ð": "d", "ł": "l", "đ": "d"}.get(base, base)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, keeping the length (Försäkringskassan -> forsakringskassan)."""
    return "".join(_fold_char(c) for c in text)


def _forms(names: Iterable[str]) -> frozenset[str]:
    """Original and folded forms of names and of their hyphen parts."""
    out: set[str] = set()
    for name in names:
        out.update((name, fold(name)))
        out.update(fold(part) for part in name.split("-") if part)
    return frozenset(out)


@lru_cache(maxsize=1)
def load_first_names() -> frozenset[str]:
    """Known first names, original and folded forms."""
    return _forms(_data_lines("first_names.txt"))


@lru_cache(maxsize=1)
def load_surnames() -> frozenset[str]:
    """Known surnames, original and folded forms."""
    return _forms(_data_lines("surnames.txt"))


@lru_cache(maxsize=1)
def load_places() -> frozenset[str]:
    """Folded municipality and county short names."""
    return frozenset(fold(line) for line in _data_lines("places.txt") if line)


PLACE_ZIPF = 3.0   # frequency given to place names (and their genitives) absent from the word list


@lru_cache(maxsize=1)
def load_word_zipf() -> dict[str, float]:
    """Swedish word -> Zipf frequency (lower case), place names included."""
    zipf: dict[str, float] = {}
    for line in _data_lines("sv_words.txt"):
        word, _, value = line.partition("\t")
        if value:
            zipf[word] = float(value)
    for place in _data_lines("places.txt"):
        for form in (place.lower(), place.lower() if place.endswith("s") else place.lower() + "s"):
            if " " not in form:
                zipf.setdefault(form, PLACE_ZIPF)
    return zipf


@lru_cache(maxsize=1)
def load_word_index() -> dict[str, tuple[str, float]]:
    """Folded skeleton -> (most frequent Swedish word with that skeleton, its Zipf frequency)."""
    index: dict[str, tuple[str, float]] = {}
    for word, value in load_word_zipf().items():
        key = fold(word)
        if key not in index or index[key][1] < value:
            index[key] = (word, value)
    return index


def _ocr_variants(folded: str) -> tuple[str, ...]:
    """A folded token and its OCR readings (token-initial l before a consonant read as i)."""
    if len(folded) > 1 and folded[0] == "l" and folded[1] in _CONSONANTS:
        return (folded, "i" + folded[1:])
    return (folded,)


def _in_list(token: str, names: frozenset[str]) -> bool:
    """Whether a token (or each of its hyphen parts) is in a name list, OCR-tolerantly."""
    parts = [p.strip() for p in re.split(r"[-‐–]", token) if p.strip()]
    return bool(parts) and all(any(v in names for v in _ocr_variants(fold(p))) for p in parts)


#: The second half of a double first name that is also a Swedish word ("Roman" in "Jan-Roman").
_SECOND_GIVEN = re.compile(r"[A-ZÅÄÖ][^\W\d_]{2,}")


def is_first_name(token: str) -> bool:
    """Whether a token is a known first name (hyphenated parts each checked; "GunMarie" as Gun + Marie)."""
    token = token.strip(".,:;")
    if _in_list(token, load_first_names()):
        return True
    halves = token.split("-")
    if len(halves) == 2 and len(halves[1]) == 1 and halves[1].isupper() and _in_list(halves[0], load_first_names()):
        return True                     # "Per-Å", "Karl-G": a double first name, its second half an initial
    second = fold(halves[-1])
    if len(halves) == 2 and _in_list(halves[0], load_first_names()) and _SECOND_GIVEN.fullmatch(halves[1]) and \
            not _in_list(halves[1], load_surnames()) and not _surname_shaped(second) and not _is_stop_key(second) \
            and load_word_zipf().get(second, 0.0) >= 3.0:
        return True                     # "Jan-Roman": a known first name and a common word (left out of the first
        #                                 names as a word), no surname's shape and no stop word ("Anna-Styrelsen");
        #                                 "Kallio-Uljens" stays a surname
    parts = _CAMEL.findall(token)
    return len(parts) == 2 and "".join(parts) == token and _in_list(parts[1], load_first_names()) and \
        (_in_list(parts[0], load_first_names()) or fold(parts[0]) in _first_name_heads())


@lru_cache(maxsize=1)
def _first_name_heads() -> frozenset[str]:
    """The first three or four letters of every known first name: "Ros" of "RosMarie" (Rose, Rosa)."""
    return frozenset(name[:n] for name in load_first_names() for n in (3, 4) if len(name) > n)


_CAMEL = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+")


def is_surname(token: str) -> bool:
    """Whether a token is a known surname (hyphenated parts each checked)."""
    return _in_list(token.strip(".,:;"), load_surnames())


@lru_cache(maxsize=65536)
def _is_capitalised(token: str) -> bool:
    """Upper-case initial, not ALL CAPS; a token-initial l before a consonant counts (OCR for I)."""
    if token[0].isupper():
        return len(token) == 1 or not token.replace("-", "").isupper()
    return len(token) > 1 and token[0] == "l" and token[1] in _CONSONANTS


def _is_stop_key(key: str) -> bool:
    """Whether a folded token is a role, title, organisation or protocol word."""
    if key in STOP_WORDS or key.startswith(_STOP_PREFIXES):
        return True
    suffixes = [s for s in _STOP_SUFFIXES if key.endswith(s) and len(key) >= len(s) + 3]
    if suffixes and set(suffixes) <= _NOUN_ENDINGS and _word_zipf(key) == 0 and not _is_place_key(key) and \
            (suffixes != ["are"] or len(key) <= 8):
        return False            # "Schönning", "Moulare": an -ning or a short -are word that is no Swedish word is a
    return bool(suffixes)       # name, not a noun ("Kvalitetsgranskare" is a compound title)


#: Endings of Swedish nouns that names have too: only a word of the language with them is a stop word.
_NOUN_ENDINGS = frozenset({"ning", "are"})


def _is_place_key(key: str) -> bool:
    """Whether a folded token is a municipality or county name (or its genitive)."""
    places = load_places()
    return key in places or (key.endswith("s") and key[:-1] in places)


#: The endings of Swedish street names ("Storgatan", "Kungsvägen"): a number after one is an address.
STREET_ENDINGS = ("gatan", "vägen", "gränd", "gränden", "torget", "stigen", "allén", "backen", "leden", "platsen", "plan")


def is_place(token: str) -> bool:
    """Whether a token is a municipality or county name, or its genitive ("Ljusdals")."""
    return _is_place_key(fold(token.strip(".,:;")))


def _surname_shaped(key: str) -> bool:
    """Whether a folded word ends as a Swedish surname does ("karlsson", "lindberg"; "Anna-Karlsson" is no double
    first name)."""
    return key.endswith(_SURNAME_SUFFIXES) and len(key) > 5


def surname_like(token: str) -> bool:
    """Whether a capitalised word is a known surname or ends as Swedish surnames do ("Wiklund", "Lindqvist")."""
    return is_surname(token) or _surname_shaped(fold(token))


def _word_zipf(key: str) -> float:
    """Zipf frequency of the most frequent Swedish word with this folded skeleton."""
    return load_word_index().get(key, ("", 0.0))[1]


def _part_kind(part: str) -> str:
    """Classify one hyphen part of a capitalised token: 'surname' or 'stop'."""
    if is_surname(part) or is_first_name(part):
        return "surname"
    key = _ocr_variants(fold(part))[-1]
    stem = key[:-1] if key.endswith("s") else key
    if _is_stop_key(key) or _is_stop_key(stem) or _is_place_key(key):
        return "stop"
    if _surname_shaped(key):
        return "surname"
    return "stop" if _word_zipf(key) >= COMMON_WORD_ZIPF else "surname"


#: An organisation's short form after a name ("Bengt Ek KoF", "Eva Lund Bmn"): a capital inside the word (not
#: "McLean") or no vowel at all.
_ABBREVIATION_SHAPED = re.compile(r"^(?!Ma?c)[A-ZÅÄÖ][a-zåäö]+[A-ZÅÄÖ]")
_VOWEL = re.compile(r"[aeiouyåäöéüæøAEIOUYÅÄÖÉÜÆØ]")


@lru_cache(maxsize=65536)
def _token_kind(token: str) -> str:
    """Classify a token after a first name: 'particle', 'initial', 'surname' or 'stop' ("Op De", "Da" capitalised
    are particles too: "Jenny Op De Weegh", "Carlos Rebelo Da Silva")."""
    if token in PARTICLES or (token[:1].isupper() and token.lower() in PARTICLES):
        return "particle"
    if len(token) == 1:
        return "initial" if token.isupper() else "stop"
    if not _is_capitalised(token) or fold(token) in STOP_WORDS or _ABBREVIATION_SHAPED.search(token) or \
            not _VOWEL.search(token):
        return "stop"
    if is_surname(token) or is_first_name(token):
        return "surname"
    parts = [p for p in token.split("-") if p]
    return "surname" if all(_part_kind(p) == "surname" for p in parts) else "stop"


@lru_cache(maxsize=65536)
def _is_first_token(token: str) -> bool:
    """Whether a token can open a person name: a capitalised known first name."""
    return len(token) > 1 and _is_capitalised(token) and is_first_name(token)


class KnownNames(tuple):
    """Names known to be people in one document (its roster), with their folded parts read once.

    Readers called once per line (roster items, lenient rows) take the same object, so a line costs
    its own length; a plain list of names was read again on every call (quadratic in a long text)."""

    keys: frozenset[str]
    whole: tuple[frozenset[str], frozenset[str]]

    def __new__(cls, names: Iterable[str] = ()) -> KnownNames:
        self = super().__new__(cls, names)
        self.keys = _known_keys_cached(tuple(self))
        self.whole = _known_whole_cached(tuple(self))
        return self

    @classmethod
    def of(cls, names: Iterable[str]) -> KnownNames:
        """`names` itself when it is already prepared, else prepared now."""
        return names if isinstance(names, KnownNames) else cls(names)


def _known_keys(known: Iterable[str]) -> frozenset[str]:
    """Folded name parts of caller-supplied known names."""
    if isinstance(known, KnownNames):
        return known.keys
    return _known_keys_cached(tuple(known)) if known else frozenset()


@lru_cache(maxsize=256)
def _known_keys_cached(known: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(p) for name in known for p in re.split(r"[\s/\-]+", name) if len(p) > 1)


@lru_cache(maxsize=256)
def _known_whole_cached(known: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The folded first words of caller-supplied known names, and the whole names folded."""
    names = [re.sub(r"\s+", " ", fold(name)).strip() for name in known]
    return frozenset(n.split(" ")[0] for n in names if n), frozenset(names)


def _is_known(token: str, known_keys: frozenset[str]) -> bool:
    """Whether every hyphen part of a token is a caller-supplied known name part."""
    parts = [fold(p) for p in token.split("-") if p]
    return bool(known_keys) and bool(parts) and all(p in known_keys for p in parts)


def _kind(token: str, known_keys: frozenset[str], lenient: bool = False) -> str:
    """Token kind, with caller-supplied known names (and, when lenient, any capitalised
    non-stop, non-place word such as "Fält" or "Öst") accepted as surnames."""
    kind = _token_kind(token)
    if kind == "stop" and _is_capitalised(token) and _is_known(token, known_keys):
        return "surname"
    if kind == "stop" and lenient and _lenient_surname(token):
        return "surname"
    return kind


@lru_cache(maxsize=65536)
def _lenient_surname(token: str) -> bool:
    """A capitalised word that is no role, organisation, protocol or place word."""
    if len(token) < 2 or not _is_capitalised(token) or token in PARTICLES:
        return False
    for part in (p for p in token.split("-") if p):
        key = _ocr_variants(fold(part))[-1]
        if _is_stop_key(key) or _is_place_key(key) or fold(part) in STOP_WORDS:
            return False
    return True


def _gap_ok(gap: str, *, after_first: bool, after_initial: bool, slash: bool) -> bool:
    """Whether the text between two tokens may sit inside one name."""
    if _SAME_LINE_GAP.fullmatch(gap):
        return True
    if after_initial and _INITIAL_GAP.fullmatch(gap):
        return True
    if slash and gap.strip(" ") == "/":
        return True
    return after_first and _LINE_BREAK_GAP.fullmatch(gap) is not None


def _opens_next_name(token: str) -> bool:
    """Whether a token after a surname is rather the first name of the next person ("Per Ek Anna Berg"), also
    a double first name whose second part we do not know ("Tomas Kronståhl Sven-Göthe Lidheim")."""
    parts = token.split("-")
    double = len(parts) == 2 and all(_is_capitalised(p) for p in parts) and _is_first_token(parts[0])
    return (_is_first_token(token) or double) and not is_surname(token)


def _opens_next_pair(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether token j after a surname is the first name of the next person because a known surname follows it
    ("Kaj Holst Ingeli Ivansson", "Ulf Ek Sten Danielsson"): a first name we do not know, or one that is a
    surname too, before a word that is only a surname."""
    if j + 1 >= len(tokens) or text[tokens[j][1]:tokens[j + 1][0]] != " ":
        return False
    token, nxt = tokens[j][2], tokens[j + 1][2]
    return _is_capitalised(token) and token.lower() not in PARTICLES and (is_first_name(token) or not is_surname(token)) and \
        is_surname(nxt) and not is_first_name(nxt)


#: A body's noun after its owner's genitive ("Fyrbodals kommunalförbund", "Medelpads fornminnesförening").
_BODY_NOUN = re.compile(r"[ ](?-i:[a-zåäö])[a-zåäö-]*(?:förbund|förening|föreningen|kommun|nämnd|nämnden|styrelse|"
                        r"styrelsen|råd|rådet|region|bolag|kansli)(?![\w-])")


def _owner_of_body(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the capitalised word tokens[j] after a name is the genitive owner of the body the person comes from
    ("Mailis Ek Fyrbodals kommunalförbund"), not a surname."""
    return tokens[j][2].endswith("s") and _BODY_NOUN.match(text, tokens[j][1]) is not None


def _opens_title(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the capitalised word tokens[j] after a name opens the next person's title, printed before the name
    ("Paul Ek Kvalitets- och myndighetschef Eva Berg", "Tom Ek Ekonomichef Eva Berg", "Tom Ek Administrativ chef")."""
    token = tokens[j][2]
    if re.match(r"-[ \t]+(?:och|samt)\b", text[tokens[j][1]:tokens[j][1] + 8]):
        return True
    if j + 1 < len(tokens) and not is_surname(token) and text[tokens[j][1]:tokens[j + 1][0]] == " " and \
            tokens[j + 1][2][:1].islower() and normalize_role(tokens[j + 1][2]) is not None:
        return True                     # "Yvonne Ek Administrativ chef Tor Berg": an adjective, then the title's word
    return normalize_role(token.lower()) is not None


def _extend_name(text: str, tokens: list[tuple[int, int, str]], i: int, known_keys: frozenset[str],
                 lenient: bool = False, known_whole: tuple[frozenset[str], frozenset[str]] | None = None) -> int | None:
    """Index of the last surname token of a name opened by token i, or None; `known_whole`: the first words and
    whole names of the known names, where a known name ends before the first word of another ("Justerare Inger
    Larsson Sana Suljanovic")."""
    last, count, pending, initial_used, prev = None, 0, False, False, "first"
    capital_particle: int | None = None
    for j in range(i + 1, min(len(tokens), i + 2 + _MAX_SURNAME_TOKENS + 2)):
        ends = re.match(r"[ \u00a0]*(?:[(,\n]|$)", text[tokens[j][1]:tokens[j][1] + 4]) is not None
        kind = _kind(tokens[j][2], known_keys, lenient and (count == 0 or (count == 1 and ends)))
        gap = text[tokens[j - 1][1]:tokens[j][0]]
        ok = _gap_ok(gap, after_first=prev == "first" and kind == "surname",
                     after_initial=prev == "initial", slash=count > 0 and kind == "surname")
        if not ok or kind == "stop" or count >= _MAX_SURNAME_TOKENS:
            break
        if kind == "initial" and (initial_used or count > 0):
            break
        # right before a party's tag a first name is the name's last word ("Tina Ek Darrell (S)"), no next name
        before_tag = ends and text[tokens[j][1]:tokens[j][1] + 2].strip()[:1] == "("
        if kind == "surname" and count > 0 and not pending and not before_tag \
                and (_opens_next_name(tokens[j][2]) or _opens_next_pair(text, tokens, j)):
            break
        if kind == "surname" and count > 0 and (_opens_title(text, tokens, j) or _owner_of_body(text, tokens, j)):
            break
        if kind == "surname" and count > 0 and not pending and known_whole is not None and \
                fold(tokens[j][2]) in known_whole[0] and \
                fold(text[tokens[i][0]:tokens[last][1]]).replace("\n", " ") in known_whole[1]:
            break
        if kind == "surname":
            last, count, pending = j, count + 1, False
        else:
            pending, initial_used = True, initial_used or kind == "initial"
            if kind == "particle" and count == 0 and tokens[j][2][:1].isupper():
                capital_particle = j
        prev = kind
    if last is None and capital_particle is not None:
        return capital_particle             # "Olof Al": a capitalised particle with no surname after is the surname
    return last


def find_person_names(text: str, start: int = 0, end: int | None = None, *,
                      known: Iterable[str] = (), lenient: bool = False) -> list[tuple[int, int, str]]:
    """Spans (start, end, text) of likely full person names: first name + 1-3 surname tokens.

    `lenient` (for roster lines, where a name is expected) also accepts a common capitalised
    word as the first surname token ("Roger Fält", "Gunilla Öst")."""
    end = len(text) if end is None else end
    known_keys = _known_keys(known)
    whole = (known.whole if isinstance(known, KnownNames) else _known_whole_cached(tuple(known))) if known_keys else None
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i][2]
        if _initials_name(text, tokens, i):
            s, e = tokens[i][0], tokens[i + 2][1]       # "K G Abramsson", "P O Nilsson": a man's two first names
            spans.append((s, e, text[s:e]))             # written as their initials
            i += 3
            continue
        opens = _is_first_token(token) or (_is_capitalised(token) and _is_known(token, known_keys))
        last = _extend_name(text, tokens, i, known_keys, lenient, whole) if opens else None
        if last is None:
            i += 1
            continue
        if lenient and _two_names(text, tokens, i, last):
            spans += [(tokens[k][0], tokens[k + 1][1], text[tokens[k][0]:tokens[k + 1][1]]) for k in (i, i + 2)]
        else:
            s, e = tokens[i][0], tokens[last][1]
            spans.append((s, e, text[s:e]))
        i = last + 1
    return spans


def _initials_name(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Two capital initials and a surname (a known one or one in -son), one blank or full stop apart ("K G
    Abramsson", "P. O. Nilsson"); not a firm ("A B Svensson AB")."""
    if i + 2 >= len(tokens) or not all(len(tokens[k][2]) == 1 and tokens[k][2].isupper() for k in (i, i + 1)):
        return False
    surname = tokens[i + 2][2]
    company = text[tokens[i + 2][1]:tokens[i + 2][1] + 3] == " AB"       # "A B Svensson AB": a firm
    return all(text[tokens[k][1]:tokens[k + 1][0]] in (" ", ". ", ".") for k in (i, i + 1)) and not company and \
        _is_capitalised(surname) and (is_surname(surname) or surname.endswith("son")) and not is_first_name(surname)


def _two_names(text: str, tokens: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """Whether four capitalised words read as one name are two people of two words each ("Sverre Moum Odet Klaff",
    a roster without party tags): a Swedish name has at most two surnames, so four words without a particle
    ("Carlos Rebelo da Silva") and without a double first name ("Britt Inger Ärfström Björk") are two names."""
    words = [tokens[k][2] for k in range(i, last + 1)]
    return len(words) == 4 and all(_is_capitalised(w) and w.lower() not in PARTICLES for w in words) and \
        not is_first_name(words[1]) and all(text[tokens[k][1]:tokens[k + 1][0]] == " " for k in range(i, last))


def _fix_initial_l(token: str, *, require_known: bool) -> str:
    """Token-initial OCR l before a consonant -> I (for a first name only when the result is known)."""
    if len(token) < 2 or token[0] != "l" or token[1] not in _CONSONANTS:
        return token
    fixed = "I" + token[1:]
    return fixed if not require_known or is_first_name(fixed) else token


def _with_initials_dot(text: str, word: re.Match[str], more: bool) -> str:
    """A middle initial keeps its full stop as printed ("Natalia E. Henriksson"); a last word does not."""
    token = word.group(0)
    return token + "." if more and len(token) == 1 and token.isupper() and text[word.end():word.end() + 1] == "." \
        else token


def clean_name(name: str) -> str:
    """Strip markup, brackets, punctuation and role residue; fix OCR I/l; keep particles."""
    text = _BROKEN_HYPHEN.sub("-", _PARENS.sub(" ", _MARKUP.sub(" ", unicodedata.normalize("NFC", name))))
    words = list(re.finditer(r"[^\W\d_]+(?:['’/\-][^\W\d_]+)*", text))
    tokens = [_with_initials_dot(text, m, k + 1 < len(words)) for k, m in enumerate(words)]
    while tokens and _is_stop_key(fold(tokens[0])) and not is_first_name(tokens[0]):
        tokens.pop(0)
    while tokens and _is_stop_key(fold(tokens[-1])) and not is_surname(tokens[-1]):
        tokens.pop()
    fixed = [_fix_initial_l(t, require_known=k == 0) if t not in PARTICLES else t for k, t in enumerate(tokens)]
    return " ".join(fixed)


def name_key(name: str) -> str:
    """Identity key: folded, hyphens/slashes/whitespace as one space, OCR confusions collapsed."""
    text = unicodedata.normalize("NFC", name).replace("0", "o")
    parts = [fold(p) for t in _TOKEN.findall(text) for p in re.split(r"['’\-]", t) if p]
    return " ".join(_ocr_variants(p)[-1].replace("rn", "m") for p in parts)


#: A capitalised word of a name, hyphenated parts allowed ("Anna", "Forslund-Mustaniemi").
NAME_WORD = r"(?-i:[A-ZÅÄÖ])[a-zåäöéü]+(?:-(?-i:[A-ZÅÄÖ])[a-zåäöéü]+)?"
#: A roll's mark before a row: a cross or a ticked box for present, a dash or an empty box for absent.
ROLL_MARK = r"[Xx☐☒☑–-]"
#: Two capitalised words in a row (hyphenated parts allowed), read overlapping: "Mattsson Åke", "Åke Mattsson".
_CAPITALISED_PAIR = re.compile(rf"(?<![\w-])(?=({NAME_WORD}),?[ ]({NAME_WORD})(?![\w-]))")


_WORD_BEFORE = re.compile(r"([\w-]+)[ ]$")


#: A capitalised word closing a run of names: "Boström, Kaj " or "Anders Nilsson, ".
_RUN_WORD_BEFORE = re.compile(rf"(?<![\w-])({NAME_WORD})(,?)[ ]$")


def _run_opens_surname(text: str, start: int, most: int = 40) -> bool:
    """Whether the run of capitalised words (commas allowed) that `start` stands in opens with a surname and its
    comma ("Beslutande Boström, Kaj Sandberg, Henrik") rather than a first name ("Närvarande: Anders Nilsson,
    Anders Abelius"). Within the run both read alike (a surname, a comma, a first name); only its first name
    tells the order. Capitalised words before the first comma or first name (a heading: "Beslutande") are passed."""
    words: list[tuple[str, bool]] = []
    while len(words) < most and (m := _RUN_WORD_BEFORE.search(text, max(0, start - 40), start)) is not None:
        words.append((m.group(1), bool(m.group(2))))
        start = m.start()
    for word, comma in reversed(words):
        if is_first_name(word.split("-")[0]):
            return False
        if comma:
            return True
    return True


def writes_names_reversed(text: str) -> bool:
    """Whether a protocol writes its rosters "Efternamn Förnamn", without commas ("Mattsson Åke, ordf. Lundberg
    Håkan", "Almén Mai HSO Andersson Jan-Eric ...") or with ("Öfverström, Clas ordf. Hambrudd, Annika"): two or
    more people stand in it both ways round, "Mattsson Åke" in the roster and "Åke Mattsson" under a signature or
    in a §, the first name second."""
    pairs: set[tuple[str, str]] = set()
    opening: set[tuple[str, str]] = set()       # not the tail of a name written first name first ("Per Ek Jan")
    for m in _CAPITALISED_PAIR.finditer(text):
        pairs.add((m.group(1), m.group(2)))
        before = _WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
        if before is None or not is_first_name(before.group(1)) or \
                (text.startswith(",", m.end(1)) and _run_opens_surname(text, m.start(1))):
            opening.add((m.group(1), m.group(2)))
    both = {(a, b) for a, b in opening if (b, a) in pairs and is_first_name(b) and not is_first_name(a)}
    return len(both) >= 2 or _reversed_rows(text) >= 3 or _reversed_run(text) or _marked_comma_rows(text) >= 3


#: A roll's row "x Efternamn, Förnamn" (or "- ..." for absent), at a line's start or run on after the row before.
_MARKED_COMMA_ROW = re.compile(rf"(?:^|[\n\t]|(?<=[\w.,])[ ]+)[ ]*{ROLL_MARK}[ ]+({NAME_WORD}),[ ]({NAME_WORD})(?![\w-])")


def _marked_comma_rows(text: str) -> int:
    """How many rows of a roll of marks are written "Efternamn, Förnamn" ("x Mattsson, Lars-Åke, ordförande x Lycke,
    Per"): the first name after the comma (a surname that is also a first name counts, after its mark)."""
    return sum(1 for m in _MARKED_COMMA_ROW.finditer(text) if is_first_name(m.group(2).split("-")[0]))


#: A run of capitalised words with single blanks between them ("Ahlskog Anders Björkskog Curt Björkskog Jonas").
_CAPITALISED_RUN = re.compile(rf"{NAME_WORD}(?:[ ]{NAME_WORD})+")


#: A capitalised word that is no first name and its comma, right before a run ("Bröckl, " before "Birgitta ...").
_AFTER_COMMA_SURNAME = re.compile(rf"(?<![\w-])({NAME_WORD}),[ ]$")


def _reversed_run(text: str) -> bool:
    """Whether a roster lists its names "Efternamn Förnamn" one after the other with nothing between them
    ("Beslutande Ahlskog Anders Björkskog Curt Björkskog Jonas Björkström Marita ..."): after the roster's heading
    word, a run of five such pairs or more, each a surname that is no first name and then a first name (a run
    written first name first, "Beslutande Anna Ek Per Lund", opens with a first name)."""
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split(" ")
        opens = [k for k, word in enumerate(words) if word.lower() in _NOT_SURNAMES
                 and not (k + 1 < len(words) and words[k + 1].lower() in _NOT_SURNAMES)]    # "Beslutande
        #                                                     Föredragande Anders Ek ...": the last of stacked headings
        if is_first_name(words[-1].split("-")[0]):
            if len(words) % 2 == 0 and not is_first_name(words[0].split("-")[0]):
                opens.append(-1)        # the run opens with a surname and closes with a first name: no heading word
                #                         in it ("41-47, Salonen Markku Sundell Patrik ... Ekholm Märta"); a run
                #                         "Nämnden Anna Ek Per Lund" written first name first closes with a surname
            elif len(words) % 2 == 1 and is_first_name(words[0].split("-")[0]) and \
                    (c := _AFTER_COMMA_SURNAME.search(text, max(0, m.start() - 40), m.start())) and \
                    not is_first_name(c.group(1).split("-")[0]):
                opens.append(0)         # "Bröckl, Birgitta Colliander Cornelius ...": the first name of a name
                #                         written "Efternamn, Förnamn" opens the run
        for k in opens:
            pairs = list(zip(words[k + 1::2], words[k + 2::2]))      # the names after the roster's heading word
            reversed_ = sum(not is_first_name(a) and is_first_name(b.split("-")[0]) for a, b in pairs)
            if reversed_ >= 5 and reversed_ >= 0.8 * len(pairs):
                return True
        if _reversed_with_labels(words):
            return True
    return False


def _reversed_with_labels(words: list[str]) -> bool:
    """Whether a run that opens with a surname and closes with a first name reads as "Efternamn Förnamn" pairs with
    a few other words between them (a flattened table's group labels: "Dahl Bernt Forsström Birgitta Damarbete
    Hellström Gunnel ... Johansson Tor"): read left to right, a word that opens no pair is passed over; five pairs
    or more, and at most one word passed over for every three pairs."""
    if len(words) < 10 or is_first_name(words[0].split("-")[0]) or not is_first_name(words[-1].split("-")[0]):
        return False
    pairs = passed = 0
    k = 0
    while k < len(words) - 1:
        if not is_first_name(words[k].split("-")[0]) and is_first_name(words[k + 1].split("-")[0]):
            pairs, k = pairs + 1, k + 2
        else:
            passed, k = passed + 1, k + 1
    return pairs >= 5 and passed * 3 <= pairs


#: A row "Efternamn, Förnamn roll" ("Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot"), or without the comma
#: ("Fredriksson Merja ordförande Ekström Kurt medlem"): the seat's word right after the first name, which a name
#: written first name first ("Anna Ek, ledamot") puts after the surname.
#: A seat's word a roster row writes after its name.
_SEAT_WORD = r"(?:ledamot|medlem|suppleant|ersättare|ordförande|vice[ ]?ordförande|sekreterare)"
#: Also with the row's hours between ("Abrahamsson Anna 18:00-20:30 ledamot": a table of who sat when).
_REVERSED_ROW = re.compile(rf"(?<![\w-])({NAME_WORD}),?[ ]({NAME_WORD})[ ]+"
                           r"(?:\d{1,2}[:.]\d{2}(?:[ ]?[-–][ ]?\d{1,2}[:.]\d{2})?[ ]+)?"
                           rf"(?:I{{1,3}}[ ]+)?{_SEAT_WORD}(?![\w-])")


def _reversed_rows(text: str) -> int:
    """How many rows "Efternamn(,) Förnamn roll" the text holds (a surname that is no first name, then one that
    is)."""
    return sum(1 for m in _REVERSED_ROW.finditer(text)
               if is_first_name(m.group(2).split("-")[0]) and not is_first_name(m.group(1)))


def find_reversed_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Names written "Efternamn Förnamn" or "Efternamn, Förnamn" in text[start:end], left to right: a capitalised
    word that is no first name followed by one that is; the name is given "Förnamn Efternamn" ("Forsman Freddie
    Granberg Jonna" -> Freddie Forsman, Jonna Granberg; "Boström, Kaj Sandberg, Henrik" -> Kaj Boström, Henrik
    Sandberg)."""
    end = len(text) if end is None else end
    out: list[tuple[int, int, str]] = []
    pos = start
    comma_run = False           # the last name read was written "Efternamn, Förnamn"
    for m in _CAPITALISED_PAIR.finditer(text, start, end):
        a, b = m.group(1), m.group(2)
        s, e = m.start(1), m.end(2)
        comma = text.startswith(",", m.end(1))
        chained = bool(out) and not comma_run and not comma and text[pos:s] == " " and is_first_name(b)
        if s < pos or e > end or a.lower() in _NOT_SURNAMES or (_is_stop_key(fold(a)) and not is_surname(a)) or (
                is_first_name(a) and not chained and not (
                comma and is_first_name(b) and _ROW_OPENING.search(text, max(0, s - 40), s))):
            continue                    # "Ruusu, Inger" opening a row: a surname that is a first name too; and in
            #                             a run of such names the pair right after the last one read is a name too,
            #                             though its surname is also a first name ("Kronehag Kurt Laurén Ann-Maj");
            #                             a title is no surname ("Lena Ek, Förvaltningschef Mats Berg")
        if comma_run and not comma and (after := COMMA_GIVEN.match(text, e, end)) is not None and \
                is_first_name(after.group(1).split("-")[0]):
            out.append((m.start(2), after.end(1), f"{after.group(1)} {b}"))
            pos = after.end(1)          # "för Sara Karlsson Ruusu, Inger": in a run with commas, "Ruusu, Inger"
            continue                    # (a first name too) is the row's name
        given = COMMA_GIVEN.match(text, e, end) if not text.startswith(",", m.end(1)) and not is_first_name(b) and \
            _ROW_OPENING.search(text, max(0, s - 40), s) else None
        if given is not None and is_first_name(given.group(1).split("-")[0]):
            #                             a row's "Persson Eld, Karl-Johan": a surname of two words, the name after
            pos = given.end()           # (read as one by the row's own reading, items._SURNAME_FIRST)
            continue
        follows = comma_run and not text[pos:s].strip()    # right after the row before, itself "Efternamn, Förnamn"
        seated = not comma and _SEAT_AFTER.match(text, e, end) is not None     # "Björklund Denina suppleant": a
        after_seat = seated and _SEAT_BEFORE.search(text, max(0, s - 20), s) is not None    # row's name, then its seat
        if is_first_name(b) or ((comma or seated) and _unknown_given(text, a, b, s, e, end, follows or after_seat)):
            more = _MORE_GIVEN.match(text, e, end) if comma else None
            if more is not None and (_CLAUSE_AFTER.match(text, more.end(), end) or (
                    is_first_name(more.group(1)) and (_LINE_END.match(text, more.end(), end) or
                                                      _NEXT_ROW_PAIR.match(text, more.end(), end)))):
                e, b = more.end(1), f"{b} {more.group(1)}"      # "Englund, Maiken Poulsen, ordförande": two given
            out.append((s, e, f"{b} {a}"))                      # names ("Ahlgren, Mikael Elvis Ackrén, Sture")
            pos, comma_run = e, comma
    return out


#: A second given name after "Efternamn, Förnamn" ("Englund, Maiken Poulsen, ordförande").
_MORE_GIVEN = re.compile(r"[ ]((?-i:[A-ZÅÄÖ])[a-zåäöéü]+)(?![\w-])")
#: After a name: a comma and a lower-case word (its role), the line's end, or the next row's "Efternamn, Förnamn".
_CLAUSE_AFTER = re.compile(r",[ ]*(?-i:[a-zåäö])")
#: A seat's word closing the row before ("... Tengström Johanna medlem Björklund Denina suppleant").
_SEAT_BEFORE = re.compile(rf"(?<![\w-]){_SEAT_WORD}[ ]+$")
#: A seat's word right after a row's name ("Björklund Denina suppleant", "Ekström Kurt medlem").
_SEAT_AFTER = re.compile(rf"[ ]+{_SEAT_WORD}(?![\w-])")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_NEXT_ROW_PAIR = re.compile(rf"[ ]+{NAME_WORD},[ ]+(?-i:[A-ZÅÄÖ])")


def _unknown_given(text: str, a: str, b: str, s: int, e: int, end: int, follows: bool) -> bool:
    """Whether b in a row's "Efternamn, Förnamn" is a first name no list knows ("Eriksson, Traute"): the row opens
    a line or follows a row so written, it opens with a known surname, b is no common word, place or surname, and
    the row ends after it."""
    key = fold(b)
    return (follows or _ROW_OPENING.search(text, max(0, s - 40), s) is not None) and \
        surname_like(a) and not is_surname(b) and not _is_place_key(key) and \
        _word_zipf(key) < COMMON_WORD_ZIPF and not _is_stop_key(key) and \
        any(p.match(text, e, end) is not None for p in (_LINE_END, _CLAUSE_AFTER, _NEXT_ROW_PAIR, _SEAT_AFTER))


#: The start of a line (or of a tab cell), blanks allowed; or a roll's mark run into the line before it, a cross or a
#: box for present and a dash or an empty box for absent ("... ordförande x Lycke, Per, viceordf. - Erland, Olof x
#: Karlsson, Sören", "[X] Nyholm Steve [X] Frostdahl Steven").
_ROW_OPENING = re.compile(rf"(?:^|[\n\t])[ ]*(?:{ROLL_MARK}[ ]+)?$|(?<=[\w.,])[ ]+{ROLL_MARK}[ ]+$")
#: A capitalised word after a comma: the first name closing "Persson Eld, Karl-Johan".
COMMA_GIVEN = re.compile(rf",[ ]+({NAME_WORD})(?![\w-])")


#: Capitalised words that stand before a first name without being a surname ("Ordförande Åke", "Ledamöter Per").
_NOT_SURNAMES = frozenset({"ordförande", "ledamöter", "ledamot", "ersättare", "närvarande", "beslutande", "övriga",
                           "sekreterare", "justerare", "justerande", "frånvarande", "vice", "kommunchef",
                           "förbundschef", "tjänstgörande", "protokolljusterare", "och", "samt", "plats", "tid",
                           "föredragande"})


#: A name and a bracketed tag of two or three capitals after it ("Jane Andersson (JA)", "Mikael Santoft (RC)").
_NAME_TAG = re.compile(rf"({NAME_WORD}(?:[ ]{NAME_WORD}){{1,2}})[ ]?\(((?-i:[A-ZÅÄÖ]{{2,3}}))\)")
_LEAST_INITIALS = 3


def _initials(name: str) -> str:
    return "".join(part[0] for word in name.split() for part in word.split("-"))


def mask_initials(text: str) -> str:
    """Blank the bracketed tags after names where a protocol marks its people by their initials, as
    associations' boards do ("Jane Andersson (JA), Leif Bolin (LB), ... Mikael Peterson (MP)"): three such
    tags or more, and at least half of the tags after names, are their names' initials. Such a tag is no
    party ("MP", "SL") and no place; a roster of party tags has few that happen to be initials. Same length
    (a step of normalize.build_view)."""
    tags = list(_NAME_TAG.finditer(text))
    initials = sum(m.group(2) in (_initials(m.group(1)), _initials(" ".join(m.group(1).split()[-2:]))) for m in tags)
    if initials < _LEAST_INITIALS or 2 * initials < len(tags):
        return text
    out, pos = [], 0
    for m in tags:
        out += [text[pos:m.start(2) - 1], " " * (len(m.group(2)) + 2)]
        pos = m.end()
    return "".join(out) + text[pos:]
