"""Gazetteer of organisations (municipalities, regions, state agencies, förbund, NNS) and parties.

Reads the package data file `data/gazetteer.json` (written by tools/build_gazetteer.py). Names are
matched case-, whitespace- and diacritic-insensitively; OCR damage is tolerated by bounded fuzzy
matching of the place word next to a head word ("kommun", "Region", "Samordningsförbundet", ...).
"""
from __future__ import annotations

import functools
from bisect import bisect_left
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import fuzz, process

from samgraf.model import Org, OrgKind, Party

__all__ = ["Gazetteer", "OrgMatch", "fold", "load_gazetteer", "slugify"]

FORBUND_PREFIX = "Samordningsförbundet"
PLACE_FUZZY_CUTOFF = 86.0       # OCR-damaged place word next to a head word
NAME_FUZZY_CUTOFF = 92.0        # a whole name with no head word (agencies, NNS, ...)
MIN_FUZZY_LEN = 6
WINDOW = 80                     # characters of context tokenised around each head word

_TOKEN_RE = re.compile(r"\w+(?:-\w+)*")
#: Folded words that can anchor a mention; everything else is skipped quickly.
_HEAD_RE = re.compile(r"\b(?:kommuns?|stads?|region(?:en)?|landsting(?:et|ets|s)?|finsam|sof|nns|staten"
                      r"|nationella|samordnings\w{0,2}f\w{0,2}rbund(?:et)?|\w*gotalandsregionen"
                      r"|\w*kassans?|\w*medling\w*|forsakr\w*|arbetsf\w*)\b")
_FORBUND_DEF_RE = re.compile(r"samordnings\w{0,2}f\w{0,2}rbundet")
_FORBUND_INDEF_RE = re.compile(r"samordnings\w{0,2}f\w{0,2}rbund")
_PLACE_RE = re.compile(r"(?:i\s+)?(.+?)(?:\s+(lans?))?", re.DOTALL)
_LAN = frozenset({"lan", "lans"})
_DIRECTIONS = frozenset({"norra", "sodra", "ostra", "vastra", "mellersta", "centrala", "nordvastra", "nordostra",
                         "sydvastra", "sydostra", "inre", "yttre", "mellan", "ovre", "nedre"})
_FUZZY_NAME_KINDS = frozenset({OrgKind.AGENCY, OrgKind.NETWORK})
_STOP_WORDS = frozenset(["protokoll", "protokollet", "sammantradesprotokoll", "styrelseprotokoll", "protokollsutdrag",
                         "utdrag", "extra", "konstituerande", "styrelse", "styrelsen", "styrelsemote", "styrelsemotet", "sammantrade", "sammantrader", "sammantradet", "kallelse", "datum", "plats", "tid", "organ", "narvarande", "ordforande", "sekreterare", "justerare", "justering", "beslut", "dnr", "paragraf", "bilaga", "budget", "ekonomi", "kansli", "kansliet", "hemsida", "och", "for", "med", "den", "det", "att", "har", "ska", "kl", "sida", "rapport", "information", "ledamot", "ledamoter", "ersattare", "forbundschef", "arsredovisning", "verksamhetsplan", "medlemssamrad", "motet", "mote", "om", "inom", "av", "pa", "till", "fran", "ett", "en", "vart", "varje", "detta", "nytt", "eget", "annat"])


# --------------------------------------------------------------------------- text folding

def _build_fold_table() -> dict[int, str]:
    """Map accented Latin letters to their base letter (one character each)."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(cp))[:1].lower()
        if base.isascii() and base.isalpha():
            table[cp] = base
    table.update({ord("æ"): "a", ord("Æ"): "a", ord("ø"): "o", ord("Ø"): "o", ord("ß"): "s",
                  ord("\u00a0"): " ", ord("–"): "-", ord("—"): "-"})
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case, diacritic-free copy of `text` with exactly the same length and offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[:1] or c for c in text)
    return lowered.translate(_FOLD_TABLE)


def norm(text: str) -> str:
    """Folded text with collapsed whitespace and no surrounding punctuation."""
    return " ".join(fold(text).split()).strip(" ,.;:()[]\"'|")


def slugify(text: str) -> str:
    """ASCII lower-case slug: "Kalmar län" -> "kalmar-lan"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def strip_place(raw: str) -> str:
    """Place words without a leading "i" or a trailing "län"/"läns" (and the genitive s before it)."""
    raw = " ".join(raw.split())
    match = _PLACE_RE.fullmatch(fold(raw))
    if match is None:
        return raw
    core = raw[match.start(1):match.end(1)]
    if match.group(2) and core[-1:] in ("s", "S") and len(core) > 3:
        core = core[:-1]
    return core


# --------------------------------------------------------------------------- types

@dataclass(frozen=True, slots=True)
class OrgMatch:
    """An organisation mentioned in a text: absolute offsets, the text as written, the org."""

    start: int
    end: int
    text: str
    org: Org


class _Tok(NamedTuple):
    start: int
    end: int
    raw: str
    folded: str


def _is_cap(tok: _Tok) -> bool:
    """Whether a token starts with an upper-case letter."""
    return tok.raw[:1].isupper()


def _tokens(text: str, start: int, end: int) -> tuple[list[_Tok], list[int]]:
    """Word tokens of text[start:end] with absolute offsets, and the indices of head-word tokens."""
    folded = fold(text[start:end])
    toks = [_Tok(m.start(), m.end(), m.group(), folded[m.start() - start:m.end() - start])
            for m in _TOKEN_RE.finditer(text, start, end)]
    index = {t.start: i for i, t in enumerate(toks)}
    heads = [index[m.start() + start] for m in _HEAD_RE.finditer(folded) if m.start() + start in index]
    return toks, heads


def _head_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged stretches of text[start:end] around head words, cut at whitespace."""
    windows: list[tuple[int, int]] = []
    walked = (end, end)             # the last forward walk: no whitespace in [from, to), text[to] is (or to = end)
    for m in _HEAD_RE.finditer(fold(text[start:end])):
        w_start = max(start, start + m.start() - WINDOW)
        w_end = min(end, start + m.end() + WINDOW)
        # walk to whitespace, but not over ground already walked: in a long word with many head words
        # ("...förbundetförbundet...") every head would walk the whole word (quadratic)
        while w_start > start and not text[w_start - 1].isspace() and not (windows and w_start <= windows[-1][1]):
            w_start -= 1
        if walked[0] <= w_end <= walked[1]:
            w_end = walked[1]
        else:
            w_from = w_end
            while w_end < end and not text[w_end].isspace():
                w_end += 1
            walked = (w_from, w_end)
        if windows and w_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(w_end, windows[-1][1]))
        else:
            windows.append((w_start, w_end))
    return windows


def _gap_ok(text: str, left: _Tok, right: _Tok, *, newline: bool, amp: bool = False) -> bool:
    """Whether only whitespace (optionally newlines, "&") separates two tokens."""
    gap = text[left.end:right.start]
    if "\t" in gap or ("\n" not in gap and "   " in gap):
        return False                    # a table column boundary, not a space inside a name
    if amp:
        gap = gap.replace("&", " ", 1)
    if gap and not gap.isspace():
        return False
    return newline or "\n" not in gap


# --------------------------------------------------------------------------- the gazetteer

class Gazetteer:
    """Look-ups of organisations and parties by name, and org mentions in running text."""

    def __init__(self, data: dict) -> None:
        self._orgs = {o["key"]: _org_from_json(o) for o in data["orgs"]}
        self._alias: dict[str, str] = {}
        self._muni_place: dict[str, str] = {}
        self._region_place: dict[str, str] = {}
        self._forbund_place: dict[str, str] = {}
        self._bare: dict[str, str] = {}
        self._exact: dict[str, str] = {}       # lower-case names with diacritics: "håbo" vs "habo"
        for entry in data["orgs"]:
            self._index_org(entry)
        self._muni_short = {norm(o.alt_labels[0]) for o in self._orgs.values()
                            if o.kind is OrgKind.MUNICIPALITY}
        self._fuzzy_names = sorted(a for a, k in self._alias.items()
                                   if k and len(a) >= 8 and self._orgs[k].kind in _FUZZY_NAME_KINDS)
        self._parties: dict[str, Party] = {}
        self._party_exact: dict[str, str] = {}
        self._party_folded: dict[str, str | None] = {}
        for entry in data["parties"]:
            self._index_party(entry)
        written = sorted({name for entry in data["parties"] if not entry["local"] for name in entry["tags"]
                          if not name.startswith("(")} | {p["name"] for p in data["parties"] if not p["local"]},
                         key=len, reverse=True)
        #: A national party's name written out, capitalised or in capitals ("Socialdemokraterna", "MODERATERNA").
        self.national_party_names = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(n) for name in written for n in (name, name.upper())) + r")(?![\w-])")

    # ----------------------------------------------------------------- indexing

    def _index_org(self, entry: dict) -> None:
        """Add one org's names and place words to the look-up tables."""
        key, kind = entry["key"], entry["kind"]
        for name in (entry["label"], *entry["alt_labels"]):
            if not _is_bare_name(entry, name):
                _add(self._alias, norm(name), key)
                self._exact.setdefault("alias:" + _lower(name), key)
        table = {"municipality": self._muni_place, "region": self._region_place,
                 "forbund": self._forbund_place}.get(kind)
        for place in entry.get("places", ()):
            if kind == "municipality":
                _add(self._muni_place, norm(place), key)
                self._exact["muni:" + _lower(place)] = key
            elif table is not None:
                table.setdefault(norm(strip_place(place)), key)
        if kind == "municipality":
            _add(self._bare, norm(entry["alt_labels"][0]), key)
            self._exact["bare:" + _lower(entry["alt_labels"][0])] = key
        elif kind == "region":
            for place in entry["places"]:
                self._bare.setdefault(norm(place), key)
                self._bare.setdefault(norm(strip_place(place)), key)
        elif kind == "agency":
            for name in entry["alt_labels"]:
                self._bare.setdefault(norm(name), key)

    def _index_party(self, entry: dict) -> None:
        """Add one party's tags and names to the look-up tables."""
        abbr = entry["abbreviation"].upper()
        self._parties[abbr] = Party(abbr, entry["name"])
        tags = [*entry["tags"], abbr, entry["name"]]
        for tag in tags:
            self._party_exact.setdefault(tag, abbr)
            folded = norm(tag)
            if self._party_folded.get(folded, abbr) != abbr:
                self._party_folded[folded] = None      # ambiguous once folded
            else:
                self._party_folded[folded] = abbr
        for tag in entry.get("ocr_tags", ()):
            if tag.startswith("(") and len(tag) > 3:
                self._party_exact.setdefault(tag, abbr)

    # ----------------------------------------------------------------- public API

    @property
    def orgs(self) -> tuple[Org, ...]:
        """All gazetteer organisations, by key."""
        return tuple(self._orgs[k] for k in sorted(self._orgs))

    @property
    def parties(self) -> tuple[Party, ...]:
        """All known parties, national ones first."""
        return tuple(self._parties.values())

    def org_by_key(self, key: str) -> Org | None:
        """The gazetteer organisation with this key."""
        return self._orgs.get(key)

    def resolve_org(self, name: str, *, allow_bare: bool = False) -> Org | None:
        """The organisation a name refers to, or None (unknown förbund names are minted)."""
        n = norm(name)
        if not n:
            return None
        key = self._lookup("alias", self._alias, name) or (
            self._lookup("bare", self._bare, name) if allow_bare else None)
        if key:
            return self._orgs[key]
        org = self._resolve_by_mention(name.strip(" \t\r\n,.;:()[]|"), allow_bare)
        if org is not None:
            return org
        return self._fuzzy_name(n)

    def find_orgs(self, text: str, start: int = 0, end: int | None = None, *,
                  allow_bare: bool = False) -> list[OrgMatch]:
        """All organisation mentions in text[start:end], longest first, without overlaps."""
        end = len(text) if end is None else min(end, len(text))
        return self._find(text, start, end, allow_bare=allow_bare, strict=True)

    def _find(self, text: str, start: int, end: int, *, allow_bare: bool,
              strict: bool) -> list[OrgMatch]:
        """find_orgs; `strict=False` (a whole name) also mints "<Place> samordningsförbund"."""
        windows = [(start, end)] if allow_bare else _head_windows(text, start, end)
        found: list[tuple[int, int, Org]] = []
        for w_start, w_end in windows:
            tokens, heads = _tokens(text, w_start, w_end)
            for i in heads:
                found.extend(self._matches_at(text, tokens, i, allow_bare, strict))
            if allow_bare:
                found.extend(c for i, t in enumerate(tokens) if _is_cap(t)
                             for c in _opt(self._bare_at(text, tokens, i)))
        return [OrgMatch(s, e, text[s:e], org) for s, e, org in _select(found)]

    def resolve_party(self, tag: str) -> Party | None:
        """The party a tag names ("(S)", "fp", "Kd", "Socialdemokraterna"), or None."""
        tag = tag.strip()
        abbr = self._party_exact.get(tag)
        if abbr is None:
            abbr = self._party_folded.get(norm(tag.strip("()[]")))
        return self._parties.get(abbr) if abbr else None

    def municipality_from_genitive(self, word: str) -> Org | None:
        """The municipality named by a short name or its genitive ("Olofströms", "Falu")."""
        key = self._lookup("muni", self._muni_place, word) or self._fuzzy_key(norm(word), self._muni_place)
        return self._orgs[key] if key else None

    def forbund_from_name(self, name: str) -> Org | None:
        """A samordningsförbund from its name or place ("FINSAM Kalmar", "Norra Dalarna")."""
        org = self.resolve_org(name)
        if org is not None:
            return org if org.kind is OrgKind.FORBUND else None
        place = strip_place(name.strip(" \t\r\n,.;:()[]|"))
        if not re.search(r"[^\W\d_]", place) or not place[:1].isupper():
            return None
        return self._forbund_for_place(place)

    # ----------------------------------------------------------------- resolution helpers

    def _resolve_by_mention(self, name: str, allow_bare: bool) -> Org | None:
        """The org of a single mention covering the whole name."""
        matches = self._find(name, 0, len(name), allow_bare=allow_bare, strict=False)
        if len(matches) != 1:
            return None
        m = matches[0]
        rest = name[m.end:]
        return m.org if m.start == 0 and rest in ("", "s") else None

    def _lookup(self, kind: str, table: dict[str, str], raw: str) -> str | None:
        """Key of a name: exact (with diacritics) first, then folded if unambiguous."""
        return self._exact.get(f"{kind}:{_lower(raw)}") or table.get(norm(raw)) or None

    def _fuzzy_name(self, n: str) -> Org | None:
        """A whole name matched fuzzily against the gazetteer's full names."""
        if len(n) < 8:
            return None
        best = process.extractOne(n, self._fuzzy_names, scorer=fuzz.ratio,
                                  score_cutoff=NAME_FUZZY_CUTOFF)
        return self._orgs[self._alias[best[0]]] if best else None

    def _fuzzy_key(self, n: str, table: dict[str, str]) -> str | None:
        """The key of the one place word fuzzily close to `n`; None when absent or ambiguous."""
        if len(n) < MIN_FUZZY_LEN:
            return None
        hits = process.extract(n, table.keys(), scorer=fuzz.ratio,
                               score_cutoff=PLACE_FUZZY_CUTOFF, limit=3)
        hits = [h for h in hits if len(h[0].split()) == len(n.split())]   # "norra vastmanland" is no OCR slip
        if not hits:
            return None
        keys = {table[h[0]] for h in hits if h[1] == hits[0][1]}
        return keys.pop() or None if len(keys) == 1 else None

    def _place_key(self, raw: str, table: dict[str, str]) -> str:
        """Folded place words of a förbund/region name; a genitive s is dropped to reach `table`."""
        key = norm(strip_place(raw))
        if key not in table and key.endswith("s") and key[:-1] in table:
            return key[:-1]
        return key

    def _mint_place(self, raw: str) -> str:
        """Place words as written for a minted förbund, a municipality genitive s dropped."""
        place = strip_place(raw)
        key = norm(place)
        last = key.split()[-1] if key.split() else key
        if key.endswith("s") and key not in self._muni_short and last not in self._muni_short and (
                key[:-1] in self._muni_short or key[:-1] in self._region_place
                or last[:-1] in self._muni_short or last[:-1] in self._region_place):
            return place[:-1]                   # "Norra Västmanlands samordningsförbund" -> Norra Västmanland
        return place

    def _genitive_len(self, raw: str, table: dict[str, str]) -> int:
        """1 when a genitive s ends `raw` and was dropped to find it in `table` ("Region Kalmars")."""
        return int(self._place_key(raw, table) != norm(strip_place(raw)))

    def _known_forbund(self, raw_place: str) -> Org | None:
        """The gazetteer förbund of a place ("Kalmar läns", "Blekinge"), or None."""
        key = self._place_key(raw_place, self._forbund_place)
        known = self._forbund_place.get(key) or self._fuzzy_key(key, self._forbund_place)
        return self._orgs[known] if known else None

    def _forbund_for_place(self, raw_place: str) -> Org:
        """The known förbund of a place, else one minted from the place words as written."""
        known = self._known_forbund(raw_place)
        if known is not None:
            return known
        place = _title_case_caps(self._mint_place(raw_place))
        return Org(f"forbund/{slugify(place)}", f"{FORBUND_PREFIX} {place}", OrgKind.FORBUND)

    # ----------------------------------------------------------------- mention matching

    def _matches_at(self, text: str, toks: list[_Tok], i: int, allow_bare: bool,
                    strict: bool) -> Iterable[tuple[int, int, Org]]:
        """Candidate mentions anchored at token i."""
        tok = toks[i]
        f = tok.folded
        if f in ("kommun", "kommuns", "stad", "stads"):
            yield from _opt(self._municipality_before(text, toks, i))
        elif f in ("region", "regionen", "landstinget", "landstingets"):
            yield from _opt(self._region_after(text, toks, i))
        elif f in ("landsting", "landstings"):
            yield from _opt(self._region_before(text, toks, i))
        elif _FORBUND_DEF_RE.fullmatch(f):
            yield from _opt(self._forbund_after(text, toks, i, short_head=False))
        elif _FORBUND_INDEF_RE.fullmatch(f):
            yield from _opt(self._forbund_before(text, toks, i, strict))
        elif f == "finsam" or tok.raw in ("SoF", "SOF"):
            yield from _opt(self._forbund_after(text, toks, i, short_head=True))
        else:
            yield from _opt(self._single_token(text, toks, i, allow_bare))

    def _single_token(self, text: str, toks: list[_Tok], i: int,
                      allow_bare: bool) -> tuple[int, int, Org] | None:
        """Agencies, NNS, Staten and Västra Götalandsregionen."""
        tok = toks[i]
        f = tok.folded
        if tok.raw in ("NNS", "Staten"):
            return tok.start, tok.end, self._orgs[self._alias[f]]
        if f == "nationella" and i + 3 < len(toks):
            span = text[tok.start:toks[i + 3].end]
            key = self._alias.get(norm(span))
            return (tok.start, toks[i + 3].end, self._orgs[key]) if key else None
        if f.endswith("gotalandsregionen") and i > 0 and toks[i - 1].folded == "vastra":
            return toks[i - 1].start, tok.end, self._orgs["region/14"]
        if "kassan" in f or "medling" in f or f.startswith(("forsakr", "arbetsf")):
            return self._agency(tok)
        return None

    def _agency(self, tok: _Tok) -> tuple[int, int, Org] | None:
        """Försäkringskassan or Arbetsförmedlingen, OCR-tolerant, genitive s excluded."""
        f, end = tok.folded, tok.end
        if f.endswith(("kassans", "lingens")):
            f, end = f[:-1], end - 1
        agencies = {"forsakringskassan": "forsakringskassan", "arbetsformedlingen": "arbetsformedlingen"}
        key = agencies.get(f) or self._fuzzy_key(f, agencies)
        return (tok.start, end, self._orgs[key]) if key else None

    def _municipality_before(self, text: str, toks: list[_Tok],
                             i: int) -> tuple[int, int, Org] | None:
        """"<Place> kommun" / "<Place>s stad", reading the place words backwards from the head."""
        head = toks[i]
        end = head.start + (6 if head.folded.startswith("kommun") else 4)
        spans = []
        for k in (1, 2, 3):
            j = i - k
            if j < 0 or not _is_cap(toks[j]) or not _gap_ok(text, toks[j], toks[j + 1], newline=k == 1):
                break
            spans.append((toks[j].start, text[toks[j].start:toks[i - 1].end]))
        for start, place in reversed(spans):
            key = self._lookup("muni", self._muni_place, place)
            if key:
                return start, end, self._orgs[key]
        if spans and head.folded.startswith("kommun"):
            key = self._fuzzy_key(norm(spans[0][1]), self._muni_place)
            if key:
                return spans[0][0], end, self._orgs[key]
        return None

    def _region_after(self, text: str, toks: list[_Tok], i: int) -> tuple[int, int, Org] | None:
        """"Region <Place>", "Landstinget [i] <Place> [län]"."""
        place_toks = _place_run(text, toks, i, limit=3)
        for n in range(len(place_toks), 0, -1):
            raw = text[place_toks[0].start:place_toks[n - 1].end]
            key = self._region_place.get(self._place_key(raw, self._region_place))
            if key:
                trim = self._genitive_len(raw, self._region_place)
                return toks[i].start, place_toks[n - 1].end - trim, self._orgs[key]
        for n in range(1, len(place_toks) + 1):
            raw = text[place_toks[0].start:place_toks[n - 1].end]
            key = self._fuzzy_key(norm(strip_place(raw)), self._region_place)
            if key:
                return toks[i].start, place_toks[n - 1].end, self._orgs[key]
        return None

    def _region_before(self, text: str, toks: list[_Tok], i: int) -> tuple[int, int, Org] | None:
        """"<County> läns landsting"."""
        if i < 2 or toks[i - 1].folded not in _LAN:
            return None
        for k in (2, 1):
            j = i - 1 - k
            if j < 0 or not all(_is_cap(t) for t in toks[j:i - 1]):
                continue
            raw = text[toks[j].start:toks[i - 1].end]
            key = self._region_place.get(self._place_key(raw, self._region_place))
            if key:
                return toks[j].start, toks[i].end, self._orgs[key]
        return None

    def _forbund_after(self, text: str, toks: list[_Tok], i: int,
                       short_head: bool) -> tuple[int, int, Org] | None:
        """"Samordningsförbundet [i] <Place>", "FINSAM <Place>", "SoF <Place>"."""
        place_toks = _place_run(text, toks, i, limit=3 if short_head else 4, amp=True,
                                allow_i=not short_head, newline_first=not short_head)
        while place_toks and place_toks[-1].folded in _STOP_WORDS:
            place_toks = place_toks[:-1]
        if len(place_toks) >= 2 and all(norm(t.raw) in self._muni_short for t in place_toks):
            # several municipalities' names: a joint förbund ("Eskilstuna Strängnäs"), not the first one's
            raw = text[place_toks[0].start:place_toks[-1].end]
            return toks[i].start, place_toks[-1].end, self._known_forbund(raw) or self._forbund_for_place(raw)
        for n in range(len(place_toks), 0, -1):
            raw = text[place_toks[0].start:place_toks[n - 1].end]
            org = self._known_forbund(raw)
            if org is not None and n < len(place_toks) and _same_line(text, place_toks) and \
                    all(t.raw[:1].isupper() and t.folded not in _LAN for t in place_toks[n:]):
                break                   # "Göteborg Nordost": a longer name than the known "Göteborg"
            if org is not None:
                trim = self._genitive_len(raw, self._forbund_place)
                return toks[i].start, place_toks[n - 1].end - trim, org
        if not place_toks or self._is_genitive_municipality(text, toks, place_toks):
            return None
        if "\n" in text[toks[i].end:place_toks[0].start] and toks[i + 1].raw != "i":
            return None                 # a new line after a bare head: a heading, not a name
        raw = text[place_toks[0].start:place_toks[-1].end]
        return toks[i].start, place_toks[-1].end, self._forbund_for_place(raw)

    def _forbund_before(self, text: str, toks: list[_Tok], i: int,
                        strict: bool) -> tuple[int, int, Org] | None:
        """"<Place> samordningsförbund", "<County> läns samordningsförbund"."""
        j = i - 1
        if j >= 0 and toks[j].folded in _LAN:
            j -= 1
        for k in (2, 1):
            first = j - k + 1
            if first < 0 or not _backward_run_ok(text, toks[first:i]):
                continue
            raw = text[toks[first].start:toks[i - 1].end]
            org = self._known_forbund(raw)
            directed = k == 2 and toks[first].folded in _DIRECTIONS and self._is_known_place(
                text[toks[first + 1].start:toks[i - 1].end])       # "Norra Västmanlands samordningsförbund"
            if org is None and (not strict or directed or self._is_known_place(raw)):
                org = self._forbund_for_place(raw)
            if org is not None:
                return toks[first].start, toks[i].end, org
        return None

    def _is_known_place(self, raw: str) -> bool:
        """Whether place words name a municipality or a county."""
        key = norm(self._mint_place(raw))
        return key in self._muni_place or key in self._region_place

    def _is_genitive_municipality(self, text: str, toks: list[_Tok], place_toks: list[_Tok]) -> bool:
        """"FINSAM Olofströms individinsats": a municipality genitive, not a förbund name."""
        last = place_toks[-1]
        f = last.folded
        if len(place_toks) != 1 or not f.endswith("s") or f in self._muni_short:
            return False
        return f in self._muni_place or f[:-1] in self._muni_short

    def _bare_at(self, text: str, toks: list[_Tok], i: int) -> tuple[int, int, Org] | None:
        """A bare municipality short name or county/region name starting at token i."""
        for k in (3, 2, 1):
            window = toks[i:i + k]
            if len(window) < k or not all(_gap_ok(text, a, b, newline=False)
                                          for a, b in pairwise(window)):
                continue
            if not all(_is_cap(t) for t in window[:-1]):
                continue
            if not (_is_cap(window[-1]) or (k > 1 and window[-1].folded in _LAN)):
                continue
            key = self._lookup("bare", self._bare, text[window[0].start:window[-1].end])
            if key:
                return window[0].start, window[-1].end, self._orgs[key]
        return None


# --------------------------------------------------------------------------- module helpers

def _lower(text: str) -> str:
    """Lower-case text with collapsed whitespace, diacritics kept."""
    return " ".join(text.lower().split()).strip(" ,.;:()[]\"'|")


def _add(table: dict[str, str], name: str, key: str) -> None:
    """Map a folded name to a key; a name folded from two keys maps to "" (ambiguous)."""
    table[name] = key if table.get(name, key) == key else ""


def _is_bare_name(entry: dict, name: str) -> bool:
    """Whether a name is only a bare place or abbreviation ("Olofström", "FK")."""
    if entry["kind"] == "municipality":
        return name == entry["alt_labels"][0]
    return entry["kind"] == "agency" and len(name) <= 2


def _same_line(text: str, toks: list[_Tok]) -> bool:
    return "\n" not in text[toks[0].start:toks[-1].end]


def _title_case_caps(place: str) -> str:
    """"NORRA SKARABORG" -> "Norra Skaraborg"; mixed-case place words stay as written."""
    words = place.split(" ")
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)


def _opt(item: tuple[int, int, Org] | None) -> tuple[tuple[int, int, Org], ...]:
    """Zero or one candidate."""
    return () if item is None else (item,)


def _backward_run_ok(text: str, run: list[_Tok]) -> bool:
    """Capitalised place words (then "läns") before a head, on one line."""
    words = [t for t in run if t.folded not in _LAN]
    if not all(_is_cap(t) and t.folded not in _STOP_WORDS for t in words):
        return False
    return all(_gap_ok(text, a, b, newline=False) for a, b in pairwise(run))


def _place_run(text: str, toks: list[_Tok], i: int, *, limit: int, amp: bool = False,
               allow_i: bool = True, newline_first: bool = True) -> list[_Tok]:
    """Capitalised place tokens after head token i (an optional "i" first, "län" last)."""
    j, prev = i + 1, toks[i]
    run: list[_Tok] = []
    if allow_i and j < len(toks) and toks[j].raw == "i" and _gap_ok(text, prev, toks[j], newline=True):
        prev, j = toks[j], j + 1
    while j < len(toks) and len(run) < limit:
        tok = toks[j]
        first = not run
        if not _gap_ok(text, prev, tok, newline=first and newline_first, amp=amp and not first):
            break
        if (tok.folded in _LAN or tok.folded == "stad") and run:
            run.append(tok)
            break
        if not _is_cap(tok) or tok.folded in _STOP_WORDS or tok.raw.isdigit():
            break
        run.append(tok)
        prev, j = tok, j + 1
    return run


def _select(found: list[tuple[int, int, Org]]) -> list[tuple[int, int, Org]]:
    """Longest candidates first, dropping any that overlap a chosen one; in text order."""
    chosen: list[tuple[int, int, Org]] = []
    if any(s >= e for s, e, _ in found):            # an empty span: the plain overlap test, pair by pair
        for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
            if all(cand[1] <= s or cand[0] >= e for s, e, _ in chosen):
                chosen.append(cand)
        return sorted(chosen, key=lambda c: c[0])
    starts: list[int] = []                          # chosen spans never overlap: sorted by start, ends sorted too
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        k = bisect_left(starts, cand[1])            # chosen spans starting before the candidate ends
        if k == 0 or ends[k - 1] <= cand[0]:
            starts.insert(k, cand[0])
            ends.insert(k, cand[1])
            chosen.insert(k, cand)
    return sorted(chosen, key=lambda c: c[0])


def _org_from_json(entry: dict) -> Org:
    """An Org from its JSON entry."""
    return Org(key=entry["key"], label=entry["label"], kind=OrgKind(entry["kind"]),
               alt_labels=tuple(entry["alt_labels"]), code=entry.get("code"))


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer (parsed once per process)."""
    path = resources.files("samgraf.extractors").joinpath("data/gazetteer.json")
    return Gazetteer(json.loads(path.read_text(encoding="utf-8")))
