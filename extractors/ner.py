"""A spaCy pipeline on `spacy.blank("sv")` that finds PERSON, PARTIAL, ORG, PARTY, MONEY, DATE and ROLE spans.

Each registered component runs one of samgraf's rule finders (names, gazetteer, money, dates,
roles) over the same-length matching view of the text (normalize.build_view), so every hit keeps
the exact character offsets of the original text. Hits are kept as plain tuples in
`doc.user_data["samgraf_hits"]` and as token spans in `doc.spans["sg"]`; the last component,
"samgraf_merge", resolves overlaps (ORG beats PERSON, then the longest span wins) into `doc.ents`
and `doc.user_data["samgraf_chosen"]`. A first name alone ("Gabriella lyfte ...") or a first name
with an initial ("Robert A") is PARTIAL, never PERSON. When a trained Swedish model
(sv_core_news_lg/md/sm) is installed it adds its person entities; nothing is ever downloaded.

    nlp = build_nlp()
    mentions = find_mentions(nlp, doc, known=["Anna Berg"])
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
import json
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import groupby
from importlib import resources
from typing import Any

import spacy
from samgraf.extractors import dates as dates_mod
from samgraf.extractors import money as money_mod
from samgraf.extractors import names as names_mod
from samgraf.extractors import roles as roles_mod
from samgraf.extractors import roster as roster_mod
from samgraf.extractors.gazetteer import Gazetteer, load_gazetteer
from samgraf.extractors.furniture import mask_page_furniture
from samgraf.extractors.normalize import build_view, mask_furniture, mask_markup
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from samgraf.model import Document, Label, Mention, Org, OrgKind

__all__ = [
    "COMPONENTS", "PARTIAL", "TRAINED_MODELS", "build_nlp", "find_mentions", "installed_trained_model", "select_model",
    "load_nlp", "pipe_mentions", "resolve_overlaps",
]

log = logging.getLogger(__name__)

#: First-name-only and initial mentions; Label.PARTIAL once samgraf.model has it.
PARTIAL: str = getattr(Label, "PARTIAL", "PARTIAL")
SPAN_KEY = "sg"
VIEW_KEY = "samgraf_view"
KNOWN_KEY = "samgraf_known"
HITS_KEY = "samgraf_hits"
CHOSEN_KEY = "samgraf_chosen"
COMPONENTS = ("samgraf_ocr_view", "samgraf_persons", "samgraf_orgs", "samgraf_money", "samgraf_dates",
              "samgraf_roles")
MERGE = "samgraf_merge"
TRAINED = "samgraf_trained"
TRAINED_MODELS = ("sv_core_news_lg", "sv_core_news_md", "sv_core_news_sm")
TRAINED_PERSON_LABELS = frozenset({"PER", "PRS", "PERSON"})
_TRAINED_UNNEEDED = frozenset({"parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler", "senter"})
SENTENCE_START_ZIPF = 5.0   # a sentence-initial first name this frequent as a word ("Per", "Dag") is a word
ROW_LINE_MAX = 60           # a line this short (or with a tab or pipe) is read as a list row: lenient surnames
YEARLESS = 2000             # leap year used to read dates written without a year ("8 mars")

# Ties on length: ORG first, then the more specific labels; PARTIAL last.
_PRIORITY = {"ORG": 7, "PERSON": 6, "MONEY": 5, "DATE": 4, "PARTY": 3, "ROLE": 2, PARTIAL: 1}
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_FAST_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_INITIAL_AFTER = re.compile(r"[ ]([A-ZÅÄÖ])(?![\w])")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;•\-–\n\t|]|\d)\s*$")
_ABBREVIATION = re.compile(r"(?<![\w])[A-ZÅÄÖ]{2,4}(?![\w])")
_PARTY_TAG = re.compile(r"\(\s*([A-Za-zÅÄÖåäö]{1,5})\s*\)")
_CAPS_RUN = re.compile(r"(?<![\w])[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]{2,})?(?:[ ]+[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]{2,})?){1,3}(?![\w])")
#: Nouns that make a preceding person name part of a place name ("Anna Lindhs sal", "Karl Johans gata").
_PLACE_NOUN = re.compile(r"[ ](?:gata|gatan|väg|vägen|gränd|allé|torg|torget|plats|platsen|park|parken|sal|salen|"
                         r"skola|skolan|hus|huset|vårdcentral|kyrka|kyrkan|stiftelse|stiftelsen)(?![\w])")
_CAP_RUN = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ ][A-ZÅÄÖÉ][a-zåäöéü]+"
                      r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,3}")

Hit = tuple[int, int, str, Any, str]   # (start, end, label, value, component)


# --------------------------------------------------------------------------- tokenizer

class FastTokenizer:
    """Words (hyphen-joined), single punctuation marks and whitespace runs: offsets as in the text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for match in _FAST_TOKEN.finditer(text):
            _add_gap(words, spaces, text[pos:match.start()])
            words.append(match.group())
            spaces.append(False)
            pos = match.end()
        _add_gap(words, spaces, text[pos:])
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> FastTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> FastTokenizer:
        return self


def _add_gap(words: list[str], spaces: list[bool], gap: str) -> None:
    """Whitespace between tokens: one space as the previous token's trailing space, the rest a token."""
    if not gap:
        return
    if words and gap[0] == " " and not spaces[-1] and not words[-1].isspace():
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


@registry.tokenizers("samgraf.fast_tokenizer.v1")
def create_fast_tokenizer() -> Callable[[Language], FastTokenizer]:
    """Config entry for FastTokenizer."""
    def make(nlp: Language) -> FastTokenizer:
        return FastTokenizer(nlp.vocab)
    return make


# --------------------------------------------------------------------------- shared helpers

def _view(doc: Doc) -> str:
    """The matching view set by samgraf_ocr_view (or given by the caller), else the text itself."""
    return doc.user_data.get(VIEW_KEY) or doc.text


def _hits(doc: Doc) -> list[Hit]:
    """The hit list of a doc, created on first use."""
    return doc.user_data.setdefault(HITS_KEY, [])


def add_hit(doc: Doc, start: int, end: int, label: str, value: Any, component: str) -> None:
    """Record one hit with exact character offsets, and its token span in doc.spans["sg"]."""
    if end <= start:
        return
    _hits(doc).append((start, end, str(label), value, component))
    span = doc.char_span(start, end, label=str(label), alignment_mode="expand")
    if span is not None:
        if SPAN_KEY not in doc.spans:
            doc.spans[SPAN_KEY] = []
        doc.spans[SPAN_KEY].append(span)


def _overlaps(a: Hit, b: Hit) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@lru_cache(maxsize=65536)
def _clean_name(text: str) -> str:
    """names.clean_name, cached: a protocol repeats its names."""
    return names_mod.clean_name(text)


def _is_capitalised(token: str) -> bool:
    """Upper-case initial, not ALL CAPS."""
    return token[:1].isupper() and (len(token) == 1 or not token.replace("-", "").isupper())


# --------------------------------------------------------------------------- samgraf_ocr_view

class OcrView:
    """Put the same-length matching view (markup blanked, OCR damage repaired) in doc.user_data."""

    def __init__(self, repair: bool = True) -> None:
        self.repair = repair

    def __call__(self, doc: Doc) -> Doc:
        if VIEW_KEY not in doc.user_data:
            text = doc.text
            view = build_view(text).text if self.repair else mask_furniture(mask_markup(mask_page_furniture(text)))
            doc.user_data[VIEW_KEY] = view
        return doc


@Language.factory("samgraf_ocr_view", default_config={"repair": True})
def make_ocr_view(nlp: Language, name: str, repair: bool) -> OcrView:
    """Factory: the matching view (`repair=False` skips OCR repair)."""
    return OcrView(repair)


# --------------------------------------------------------------------------- samgraf_persons

def _row_chunks(view: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_row) stretches of consecutive list-row lines or prose lines."""
    start, row_flag, pos = 0, None, 0
    for line in view.splitlines(keepends=True):
        stripped = line.strip()
        flag = "\t" in stripped or "|" in stripped or (0 < len(stripped) <= ROW_LINE_MAX
                                                       and not stripped.endswith((".", ",")))
        if row_flag is not None and flag != row_flag:
            yield start, pos, row_flag
            start = pos
        row_flag, pos = flag, pos + len(line)
    if pos > start:
        yield start, pos, bool(row_flag)


def _lenient_rows(view: str, strict: list[tuple[int, int]], known: Sequence[str]) -> list[tuple[int, int]]:
    """Names that lenient surnames find on list-row lines, replacing the strict names they contain."""
    spans = sorted(strict)
    if all(a < b for a, b in spans) and all(x[1] <= y[0] for x, y in zip(spans, spans[1:])):
        return _lenient_rows_disjoint(view, spans, known)
    for start, end, is_row in _row_chunks(view):
        if not is_row:
            continue
        for s, e, _ in names_mod.find_person_names(view, start, end, known=known, lenient=True):
            inside = [(a, b) for a, b in spans if a < e and s < b]
            if all(s <= a and b <= e for a, b in inside):
                spans = [x for x in spans if x not in inside] + [(s, e)]
    return sorted(spans)


def _lenient_rows_disjoint(view: str, spans: list[tuple[int, int]], known: Sequence[str]) -> list[tuple[int, int]]:
    """_lenient_rows for strict names that do not overlap (as find_person_names gives them): the names a
    lenient name overlaps are a run of the sorted list, found by bisection, not by a pass over every name
    of the document for every lenient name (quadratic in a long protocol)."""
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    for start, end, is_row in _row_chunks(view):
        if not is_row:
            continue
        for s, e, _ in names_mod.find_person_names(view, start, end, known=known, lenient=True):
            first, stop = bisect_right(ends, s), bisect_left(starts, e)    # the spans with a < e and s < b
            if all(s <= a and b <= e for a, b in spans[first:stop]):
                spans[first:stop], starts[first:stop], ends[first:stop] = [(s, e)], [s], [e]
    return spans


def _caps_names(view: str, known: Sequence[str]) -> list[tuple[int, int]]:
    """Names written in capitals ("ANNA LINDQVIST"), read in title case (same offsets)."""
    found: list[tuple[int, int]] = []
    for match in _CAPS_RUN.finditer(view):
        titled = view[:match.start()] + match.group().title() + view[match.end():]
        found += [(s, e) for s, e, _ in names_mod.find_person_names(titled, match.start(), match.end(),
                                                                     known=known)]
    return found


def _names_a_place(view: str, end: int) -> bool:
    """Whether a name is the first part of a street, room or building name ("Karl Johans gata")."""
    return _PLACE_NOUN.match(view, end) is not None


def find_person_spans(view: str, known: Sequence[str] = (), *, lenient: bool = True) -> list[tuple[int, int]]:
    """Full-name spans: first name + surnames (lenient surnames on list-row lines), capitals too.

    Names that open a place name ("Karl Johans gata") are included; the component drops them."""
    spans = [(s, e) for s, e, _ in names_mod.find_person_names(view, known=known)]
    if lenient:
        spans = _lenient_rows(view, spans, known)
    taken = bytearray(len(view) + 1)
    for s, e in spans:
        taken[s:e] = b"\x01" * (e - s)
    spans += [(s, e) for s, e in _caps_names(view, known) if not any(taken[s:e])]
    return sorted(spans)


def _is_stop(token: str) -> bool:
    key = names_mod.fold(token)
    return key in names_mod.STOP_WORDS or key in names_mod.load_places()


def find_capitalised_runs(view: str) -> list[tuple[int, int]]:
    """Baseline without the first-name list: 2-4 capitalised words in a row, stop words cut out."""
    spans: list[tuple[int, int]] = []
    for match in _CAP_RUN.finditer(view):
        run: list[tuple[int, int]] = []
        for tok in [*re.finditer(r"\S+", match.group()), None]:
            if tok is not None and not _is_stop(tok.group()):
                run.append((match.start() + tok.start(), match.start() + tok.end()))
                continue
            if len(run) >= 2:
                spans.append((run[0][0], run[-1][1]))
            run = []
    return spans


def _sentence_initial(view: str, start: int) -> bool:
    """Whether a token opens a sentence, line or list item."""
    return _SENTENCE_END.search(view, max(0, start - 40), start) is not None


@lru_cache(maxsize=65536)
def _first_name_word(token: str) -> bool:
    """Whether a capitalised word (or its genitive) is a known first name and no stop or place word."""
    stem = token[:-1] if token.endswith("s") and len(token) > 3 else token
    if len(token) < 2 or not _is_capitalised(token) or _is_stop(token):
        return False
    return names_mod.is_first_name(token) or (stem != token and names_mod.is_first_name(stem))


def _partial_token(view: str, match: re.Match[str], known_first: frozenset[str]) -> bool:
    """Whether a word is a first name standing alone for a person."""
    token = match.group()
    key = names_mod.fold(token)
    if known_first and _is_capitalised(token) and (key in known_first or key[:-1] in known_first):
        return True
    if not _first_name_word(token):
        return False
    zipf = names_mod.load_word_zipf().get(token.lower(), 0.0)
    return not (zipf >= SENTENCE_START_ZIPF and _sentence_initial(view, match.start()))


def find_partial_spans(view: str, persons: Sequence[tuple[int, int]],
                       known: Sequence[str] = ()) -> list[tuple[int, int]]:
    """First names standing alone ("Gabriella lyfte"), with a trailing initial ("Robert A")."""
    known_first = frozenset(names_mod.fold(n.split()[0]) for n in known if n.split())
    covered = bytearray(len(view) + 1)
    for s, e in persons:
        covered[s:e] = b"\x01" * (e - s)
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(view):
        if not view[match.start()].isupper() or covered[match.start()] or covered[match.end() - 1]:
            continue
        if not _partial_token(view, match, known_first) or _names_a_place(view, match.end()):
            continue
        initial = _INITIAL_AFTER.match(view, match.end())
        spans.append((match.start(), initial.end() if initial else match.end()))
    return spans


@lru_cache(maxsize=32)
def _roster_names(view: str) -> names_mod.KnownNames:
    """Names in the roster tables of a view (the same protocol's known people)."""
    records = roster_mod.read_rosters(view, load_gazetteer())
    return names_mod.KnownNames(dict.fromkeys(roster_mod.decode(r).name for r in records))


class PersonFinder:
    """PERSON spans by first-name list + surname rules, PARTIAL for first names alone."""

    def __init__(self, name: str, *, first_names: bool, lenient: bool, known_names: bool, roster: bool,
                 partial: bool) -> None:
        self.name, self.first_names, self.lenient = name, first_names, lenient
        self.known_names, self.roster, self.partial = known_names, roster, partial

    def known(self, doc: Doc, view: str) -> tuple[str, ...]:
        """Names of the same protocol: given by the caller, else read from its roster."""
        if not self.known_names:
            return ()
        given = doc.user_data.get(KNOWN_KEY)
        if given:
            return names_mod.KnownNames.of(given)
        return _roster_names(view) if self.roster else ()

    def __call__(self, doc: Doc) -> Doc:
        view = _view(doc)
        known = self.known(doc, view)
        if self.first_names:
            found = find_person_spans(view, known, lenient=self.lenient)
        else:
            found = find_capitalised_runs(view)
        for s, e in found:
            if not _names_a_place(view, e):
                add_hit(doc, s, e, Label.PERSON, _clean_name(view[s:e]), self.name)
        if self.first_names and self.partial:
            for s, e in find_partial_spans(view, found, known):
                add_hit(doc, s, e, PARTIAL, _clean_name(view[s:e]), self.name)
        return doc


@Language.factory("samgraf_persons", default_config={"first_names": True, "lenient": True, "known_names": True,
                                                      "roster": True, "partial": True})
def make_persons(nlp: Language, name: str, first_names: bool, lenient: bool, known_names: bool, roster: bool,
                 partial: bool) -> PersonFinder:
    """Factory: persons; each switch turns one part off for ablation."""
    return PersonFinder(name, first_names=first_names, lenient=lenient, known_names=known_names, roster=roster,
                        partial=partial)


# --------------------------------------------------------------------------- samgraf_orgs

class _ExactGazetteer(Gazetteer):
    """The gazetteer without fuzzy (OCR-tolerant) matching, for ablation."""

    def _fuzzy_key(self, n: str, table: dict[str, str]) -> str | None:
        return None

    def _fuzzy_name(self, n: str) -> None:
        return None


@lru_cache(maxsize=1)
def _exact_gazetteer() -> Gazetteer:
    path = resources.files("samgraf.extractors").joinpath("data/gazetteer.json")
    return _ExactGazetteer(json.loads(path.read_text(encoding="utf-8")))


def find_agency_abbreviations(view: str, gaz: Gazetteer) -> list[tuple[int, int, Org]]:
    """Agencies written as their capitalised abbreviation ("FK", "AF")."""
    found = []
    for match in _ABBREVIATION.finditer(view):
        org = gaz.resolve_org(match.group(), allow_bare=True)
        if org is not None and org.kind is OrgKind.AGENCY:
            found.append((match.start(), match.end(), org))
    return found


def find_party_spans(view: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Party tags in brackets ("(S)" -> the S) and party names written out ("Moderaterna")."""
    found = []
    for match in _PARTY_TAG.finditer(view):
        party = gaz.resolve_party(match.group(0))
        if party is not None:
            found.append((match.start(1), match.end(1), party.abbreviation))
    for match in _WORD.finditer(view):
        token = match.group()
        if len(token) >= 6 and token[0].isupper() and (party := gaz.resolve_party(token)) is not None:
            found.append((match.start(), match.end(), party.abbreviation))
    return found


class OrgFinder:
    """ORG spans from the gazetteer (municipalities, regions, agencies, förbund, NNS) and PARTY tags."""

    def __init__(self, name: str, *, fuzzy: bool, parties: bool) -> None:
        self.name, self.fuzzy, self.parties = name, fuzzy, parties

    def __call__(self, doc: Doc) -> Doc:
        view = _view(doc)
        gaz = load_gazetteer() if self.fuzzy else _exact_gazetteer()
        for match in gaz.find_orgs(view):
            add_hit(doc, match.start, match.end, Label.ORG, match.org.key, self.name)
        for s, e, org in find_agency_abbreviations(view, gaz):
            add_hit(doc, s, e, Label.ORG, org.key, self.name)
        if self.parties:
            for s, e, abbreviation in find_party_spans(view, gaz):
                add_hit(doc, s, e, Label.PARTY, abbreviation, self.name)
        return doc


@Language.factory("samgraf_orgs", default_config={"fuzzy": True, "parties": True})
def make_orgs(nlp: Language, name: str, fuzzy: bool, parties: bool) -> OrgFinder:
    """Factory: organisations (`fuzzy=False` matches names exactly) and parties."""
    return OrgFinder(name, fuzzy=fuzzy, parties=parties)


# --------------------------------------------------------------------------- money, dates, roles

@Language.component("samgraf_money")
def money_component(doc: Doc) -> Doc:
    """MONEY spans; value is the SEK amount as a string."""
    for m in money_mod.find_amounts(_view(doc)):
        add_hit(doc, m.start, m.end, Label.MONEY, str(m.amount), "samgraf_money")
    return doc


@Language.component("samgraf_dates")
def dates_component(doc: Doc) -> Doc:
    """DATE spans; value is the ISO date, or "--MM-DD" when the text gives no year."""
    for m in dates_mod.find_dates(_view(doc), default_year=YEARLESS):
        value = f"--{m.date:%m-%d}" if m.year_inferred else m.date.isoformat()
        add_hit(doc, m.start, m.end, Label.DATE, value, "samgraf_dates")
    return doc


#: Definite, plural and genitive endings tried on words the role finder missed ("Ordföranden", "ledamöterna").
_ROLE_ENDINGS = (("erna", ""), ("arna", "are"), ("na", ""), ("ens", ""), ("en", ""), ("ns", ""), ("n", ""),
                 ("er", ""), ("s", ""))
_ROLE_WORD = re.compile(r"[^\W\d_]{6,}")


def _role_end(view: str, start: int, end: int) -> int:
    """End of a role hit without a sentence's full stop ("ledamot." -> "ledamot"; "Ordf." keeps it)."""
    if view[end - 1] != ".":
        return end
    word = re.search(r"\w+$", view[start:end - 1])
    return end - 1 if word and len(word.group()) >= 6 and not word.group().endswith("ch") else end


@lru_cache(maxsize=65536)
def inflected_role(word: str) -> str | None:
    """The role of an inflected role word or a compound title ("Revisorerna" -> "revisor")."""
    role = roles_mod.normalize_role(word)
    if role is not None:
        return role
    low = word.lower()
    for ending, replacement in _ROLE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 5:
            role = roles_mod.normalize_role(low[:-len(ending)] + replacement)
            if role is not None:
                return role
    return None


def find_role_spans(view: str) -> list[tuple[int, int, str]]:
    """Role words: the role finder's matches, then inflected forms and compound titles it lacks."""
    found = [(m.start, _role_end(view, m.start, m.end), m.role) for m in roles_mod.find_roles(view)]
    covered = bytearray(len(view) + 1)
    for s, e, _ in found:
        covered[s:e] = b"\x01" * (e - s)
    for match in _ROLE_WORD.finditer(view):
        if not covered[match.start()] and (role := inflected_role(match.group())) is not None:
            found.append((match.start(), match.end(), role))
    return found


@Language.component("samgraf_roles")
def roles_component(doc: Doc) -> Doc:
    """ROLE spans; value is the canonical Swedish role."""
    for s, e, role in find_role_spans(_view(doc)):
        add_hit(doc, s, e, Label.ROLE, role, "samgraf_roles")
    return doc


# --------------------------------------------------------------------------- trained model (optional)

#: Environment variable naming the model choice (auto | blank | a package name); set by `ingest --model`,
#: read here, so worker processes of `--jobs` use the same pipeline as the main process.
MODEL_ENV = "SAMGRAF_MODEL"
BLANK = "blank"


def installed_trained_model() -> str | None:
    """The trained model the pipeline adds: none when $SAMGRAF_MODEL is "blank", the named package when
    it names one, else the largest installed sv_core_news_* package, or None (never downloads)."""
    choice = os.environ.get(MODEL_ENV, "auto").strip() or "auto"
    if choice == BLANK:
        return None
    if choice != "auto":
        return choice if spacy.util.is_package(choice) else None
    return next((name for name in TRAINED_MODELS if spacy.util.is_package(name)), None)


def select_model(choice: str) -> str:
    """Choose the pipeline for this process and its workers: "auto", "blank" (rules only, the same
    results on every machine) or an installed spaCy package. Returns the model in use ("blank" or the
    package name); raises UsageError for a package that is not installed."""
    from samgraf.errors import UsageError

    choice = choice.strip() or "auto"
    if choice not in ("auto", BLANK) and not spacy.util.is_package(choice):
        installed = [name for name in TRAINED_MODELS if spacy.util.is_package(name)]
        raise UsageError(f"--model {choice}: no such spaCy package is installed; use auto, blank"
                         + (f" or {', '.join(installed)}" if installed else "") + " (nothing is downloaded)")
    os.environ[MODEL_ENV] = choice
    load_nlp.cache_clear()
    return installed_trained_model() or BLANK


@lru_cache(maxsize=2)
def _load_trained(model: str) -> Language:
    log.info("samgraf NER: using the installed trained model %s as an extra PERSON source", model)
    return spacy.load(model)


def _trained_people(trained: Language, text: str) -> Iterator[tuple[int, int, str]]:
    """Person entities of a trained pipeline: (start, end, text)."""
    skip = [p for p in trained.pipe_names if p in _TRAINED_UNNEEDED]
    with trained.select_pipes(disable=skip):
        tdoc = trained(text)
    for ent in tdoc.ents:
        if ent.label_ in TRAINED_PERSON_LABELS:
            yield ent.start_char, ent.end_char, ent.text


class TrainedPersons:
    """PERSON spans of a trained Swedish model that no rule hit overlaps (one word: PARTIAL)."""

    def __init__(self, name: str, model: str) -> None:
        self.name, self.model = name, model

    def __call__(self, doc: Doc) -> Doc:
        existing = list(_hits(doc))
        for s, e, text in _trained_people(_load_trained(self.model), doc.text):
            hit: Hit = (s, e, "", None, "")
            if any(_overlaps(hit, h) for h in existing):
                continue
            label = Label.PERSON if len(_WORD.findall(text)) >= 2 else PARTIAL
            add_hit(doc, s, e, label, _clean_name(text), self.name)
        return doc


@Language.factory(TRAINED, default_config={"model": "sv_core_news_sm"})
def make_trained(nlp: Language, name: str, model: str) -> TrainedPersons:
    """Factory: person entities of an installed trained model."""
    return TrainedPersons(name, model)


# --------------------------------------------------------------------------- samgraf_merge

def _rank(hit: Hit, order: Mapping[str, int]) -> tuple[int, int, int]:
    return hit[1] - hit[0], _PRIORITY.get(hit[2], 0), -order.get(hit[4], 99)


def resolve_overlaps(hits: Iterable[Hit], components: Sequence[str] = ()) -> list[Hit]:
    """Non-overlapping hits in text order: ORG beats PERSON/PARTIAL, else the longest (then priority) wins."""
    order = {name: i for i, name in enumerate(components)}
    ranked = sorted(set(hits), key=lambda h: _rank(h, order), reverse=True)
    owner: list[int] = [-1] * (max((h[1] for h in ranked), default=0) + 1)
    chosen: dict[int, Hit] = {}
    for i, hit in enumerate(ranked):
        clash = {owner[k] for k in range(hit[0], hit[1])} - {-1}
        if clash and hit[2] == "ORG" and all(chosen[c][2] in ("PERSON", PARTIAL) for c in clash):
            for c in clash:
                lost = chosen.pop(c)
                owner[lost[0]:lost[1]] = [-1] * (lost[1] - lost[0])
            clash = set()
        if not clash:
            chosen[i] = hit
            owner[hit[0]:hit[1]] = [i] * (hit[1] - hit[0])
    return sorted(chosen.values())


def _set_ents(doc: Doc, chosen: Sequence[Hit]) -> None:
    """doc.ents from chosen hits (token-expanded; a hit sharing a token with an earlier one is left out)."""
    ents, last = [], -1
    for s, e, label, value, _ in chosen:
        span = doc.char_span(s, e, label=label, kb_id=str(value or ""), alignment_mode="expand")
        if span is not None and span.start >= last:
            ents.append(span)
            last = span.end
    doc.ents = ents


class Merge:
    """Resolve overlapping hits into doc.ents and doc.user_data["samgraf_chosen"]."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        chosen = resolve_overlaps(_hits(doc), self.nlp.pipe_names)
        doc.user_data[CHOSEN_KEY] = chosen
        _set_ents(doc, chosen)
        return doc


@Language.factory(MERGE)
def make_merge(nlp: Language, name: str) -> Merge:
    """Factory: overlap resolution."""
    return Merge(nlp)


# --------------------------------------------------------------------------- building and running

def build_nlp(*, use_trained: bool = True, components: Sequence[str] | None = None,
              config: Mapping[str, Mapping[str, Any]] | None = None, fast_tokenizer: bool = True) -> Language:
    """spacy.blank("sv") with samgraf's components (and an installed sv_core_news model), merge last.

    `config` passes per-component settings, e.g. {"samgraf_persons": {"lenient": False}};
    `fast_tokenizer=False` keeps spaCy's own Swedish tokenizer (slower, same offsets)."""
    nlp_config = {"nlp": {"tokenizer": {"@tokenizers": "samgraf.fast_tokenizer.v1"}}} if fast_tokenizer else {}
    nlp = spacy.blank("sv", config=nlp_config)
    config = config or {}
    for name in components if components is not None else COMPONENTS:
        if name not in (MERGE, TRAINED):
            nlp.add_pipe(name, config=dict(config.get(name, {})))
    model = installed_trained_model() if use_trained else None
    if model is not None:
        log.info("samgraf NER: adding %s as an extra PERSON source", model)
        nlp.add_pipe(TRAINED, config={"model": model})
    nlp.add_pipe(MERGE)
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The default pipeline, built once per process."""
    return build_nlp()


def _prepare(nlp: Language, doc: Document, known: Sequence[str], view: str | None) -> Doc:
    """A tokenised spaCy Doc carrying the known names (and a precomputed view) for the components."""
    sdoc = nlp.make_doc(doc.text)
    if known:
        sdoc.user_data[KNOWN_KEY] = names_mod.KnownNames.of(known)     # parts read once per text, not per row
    if view is not None:
        if len(view) != len(doc.text):
            raise ValueError(f"view of {doc.id} has {len(view)} characters, text has {len(doc.text)}")
        sdoc.user_data[VIEW_KEY] = view
    return sdoc


def _label(label: str) -> Label | str:
    return Label(label) if label in Label.__members__ else PARTIAL


def mentions_of(doc: Document, sdoc: Doc) -> tuple[Mention, ...]:
    """Mentions of a processed spaCy Doc's chosen hits, offsets into doc.text."""
    chosen = sdoc.user_data.get(CHOSEN_KEY) or resolve_overlaps(sdoc.user_data.get(HITS_KEY, []))
    return tuple(Mention(doc.id, s, e, doc.text[s:e], _label(label), f"spacy.{component}.v1",  # type: ignore[arg-type]
                         None if value is None else str(value))
                 for s, e, label, value, component in chosen)


def find_mentions(nlp: Language, doc: Document, *, known: Sequence[str] = (),
                  view: str | None = None) -> tuple[Mention, ...]:
    """Entity mentions of one document; `known` = roster names of the same protocol, `view` = build_view text.

    A text longer than nlp.max_length is read in parts cut at paragraph breaks (spaCy refuses longer texts,
    and one Doc per part keeps memory bounded); offsets are shifted back into the whole text."""
    if len(doc.text) <= nlp.max_length:
        return mentions_of(doc, nlp(_prepare(nlp, doc, known, view)))
    if view is not None and len(view) != len(doc.text):
        raise ValueError(f"view of {doc.id} has {len(view)} characters, text has {len(doc.text)}")
    out: list[Mention] = []
    for start, end in split_for_length(doc.text, nlp.max_length):
        part = dataclasses.replace(doc, text=doc.text[start:end], pages=())
        sdoc = nlp(_prepare(nlp, part, known, None if view is None else view[start:end]))
        out += [dataclasses.replace(m, start=m.start + start, end=m.end + start) for m in mentions_of(part, sdoc)]
    return tuple(out)


def split_for_length(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) parts of `text`, each at most `limit` characters, cut after the last blank line (else line
    break, else space) of each part, so a mention is rarely cut; parts cover the text in order."""
    parts, start = [], 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = window_end
        for sep in ("\n\n", "\n", " "):           # the strongest break in the second half of the window
            at = text.rfind(sep, start + limit // 2, window_end - len(sep) + 1)
            if at >= 0:
                cut = at + len(sep)
                break
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def pipe_mentions(nlp: Language, docs: Iterable[Document], *, batch_size: int = 8,
                  known: Mapping[str, Sequence[str]] | None = None) -> Iterator[tuple[Document, tuple[Mention, ...]]]:
    """Mentions of many documents through nlp.pipe, in order; `known` maps doc id -> roster names. A document
    longer than nlp.max_length is read alone, in parts (find_mentions)."""
    for too_long, group in groupby(docs, key=lambda doc: len(doc.text) > nlp.max_length):
        if too_long:
            for doc in group:
                yield doc, find_mentions(nlp, doc, known=(known or {}).get(doc.id, ()))
            continue
        pending: deque[Document] = deque()

        def prepared(group: Iterable[Document] = group, pending: deque[Document] = pending) -> Iterator[Doc]:
            for doc in group:
                pending.append(doc)
                yield _prepare(nlp, doc, (known or {}).get(doc.id, ()), None)

        for sdoc in nlp.pipe(prepared(), batch_size=batch_size):
            doc = pending.popleft()
            yield doc, mentions_of(doc, sdoc)
