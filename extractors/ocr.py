"""OCR damage in Swedish text: score it, and repair words without changing any offset.

PDF text layers often lose å/ä/ö ("fran", "forbund") or misread them ("férbund", "6ppnar",
"&r"). Repairs restore the most frequent dictionary word with the same letters and length, and
only when it is clearly more frequent than the word as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .names import fold, is_first_name, is_surname, load_first_names, load_surnames, load_word_index, load_word_zipf

MIN_GAIN = 1.0            # a repair must be this much more frequent (Zipf) than the word as written
RARE_ZIPF = 4.0           # repair_word changes a real word only when it is rarer than this
CLEAN_CONTEXT_ZIPF = 2.0  # ... and repair_text, in undamaged surroundings, only when rarer than this
CLEAN_CONTEXT_MIN_LETTERS = 4  # ... and only in words this long (not capitalised mid-sentence)
MIN_CANDIDATE_ZIPF = 2.0  # a repair must itself be a reasonably common word
WEAK_CANDIDATE_ZIPF = 2.5 # ... for guesses from weaker evidence (ä read as i, compounds)
DAMAGE_THRESHOLD = 0.06   # damage_score above this: the text looks OCR-damaged
CONTEXT_WINDOW = 40       # words on each side that decide whether surroundings look damaged
CONTEXT_MIN_DAMAGED = 3   # ... and how many of them must look damaged at least
_COMPOUND_MIN_LEN = 9

_WORD = re.compile(r"(?:[^\W_]|&)+")
# OCR misreadings of å/ä/ö, as the plain letters they stand for in a folded skeleton.
_ARTEFACTS = {"é": "oae", "è": "oae", "6": "o", "0": "o", "&": "a"}
_MISREADS = {"d": "ao", "i": "a"}   # letters that stand for å/ä/ö in unknown words only
_RESTORABLE = {"a": "åä", "o": "ö", "e": "é"}
_CONSONANTS = frozenset("bcdfghklmnpqrstvwxz")


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the dictionary says about one lower-case word."""

    original_zipf: float
    candidate: str | None      # lower-case repair of the same length, or None
    candidate_zipf: float
    artefact: bool             # the word holds an OCR misreading (é, 6, 0, & among letters, ä read as i)

    @property
    def gain(self) -> float:
        """How much more frequent the repair is than the word as written."""
        return self.candidate_zipf - self.original_zipf


def _lower(word: str) -> str:
    """Lower-case character by character, keeping the length."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _letters(word: str) -> int:
    """How many letters a token holds."""
    return sum(c.isalpha() for c in word)


def _is_wordlike(token: str) -> bool:
    """Whether a token is worth reading: two letters, or a letter with an & ("&r")."""
    letters = _letters(token)
    return letters >= 2 or (letters == 1 and len(token) >= 2 and "&" in token and not token[0].isdigit())


def _has_artefact(word: str) -> bool:
    """Whether a lower-case token holds an OCR misreading (é, 6, 0, & among letters, not trailing)."""
    return _is_wordlike(word) and not word[-1].isdigit() and any(c in _ARTEFACTS for c in word)


def _has_digit(word: str) -> bool:
    """Whether a token holds a digit."""
    return any(c.isdigit() for c in word)


def _has_diacritic(word: str) -> bool:
    """Whether a token already holds å, ä or ö (so its diacritics were not lost)."""
    return any(c in "åäöÅÄÖ" for c in word)


def _skeletons(word: str) -> list[str]:
    """Folded skeletons a lower-case token may stand for (artefacts expanded; at most 27)."""
    options = [_ARTEFACTS.get(c, fold(c)) for c in word]
    if sum(len(o) > 1 for o in options) > 3:
        return []
    return ["".join(p) for p in product(*options)]


def _compatible(word: str, candidate: str) -> bool:
    """Whether a candidate differs from a word only by restored diacritics or repaired artefacts."""
    for have, want in zip(word, candidate, strict=True):
        if have != want and have not in _ARTEFACTS and want not in _RESTORABLE.get(have, ""):
            return False
    return True


def _lookup(word: str, skeletons: list[str]) -> tuple[str, float] | None:
    """The most frequent compatible dictionary word for any of the skeletons."""
    index, best = load_word_index(), None
    for key in skeletons:
        hit = index.get(key)
        if hit and len(hit[0]) == len(word) and hit[0] != word and _compatible(word, hit[0]):
            best = hit if best is None or hit[1] > best[1] else best
    return best


@lru_cache(maxsize=1)
def _longest_word() -> int:
    """Length of the longest dictionary word: no repair (the same length) or compound part is longer."""
    return max(map(len, load_word_zipf()), default=0)


def _single_misread(word: str) -> tuple[str, float] | None:
    """An unknown word with one å/ä/ö misread as d or i ("dven" -> "även", "sammantridet" -> "sammanträdet")."""
    if len(word) > _longest_word():                 # no dictionary key that long: skip the quadratic scan
        return None
    index, best = load_word_index(), None
    for k, char in enumerate(word):
        for plain in _MISREADS.get(char, ""):
            hit = index.get(fold(word[:k]) + plain + fold(word[k + 1:]))
            if hit and hit[0][k] in "åäö" and _compatible(word[:k] + word[k + 1:], hit[0][:k] + hit[0][k + 1:]):
                best = hit if best is None or hit[1] > best[1] else best
    return best if best and best[1] >= WEAK_CANDIDATE_ZIPF else None


def _piece(piece: str) -> tuple[str, float] | None:
    """Best form of one compound part: its repair when clearly better, else itself if a common word."""
    if len(piece) > _longest_word():
        return None
    own = load_word_zipf().get(piece, 0.0)
    hit = _lookup(piece, _skeletons(piece)) or (_single_misread(piece) if own == 0.0 else None)
    if hit and hit[1] - own >= MIN_GAIN and hit[1] >= WEAK_CANDIDATE_ZIPF:
        return hit
    return (piece, own) if own >= WEAK_CANDIDATE_ZIPF else None


def _linked_piece(head: str) -> tuple[str, float] | None:
    """A compound's first part, with or without a linking s ("förbunds-")."""
    stem = _piece(head[:-1]) if head.endswith("s") and len(head) > 4 else None
    return (stem[0] + "s", stem[1]) if stem else _piece(head)


def _compound(word: str) -> tuple[str, float] | None:
    """Repair a long unknown word as two known parts ("samordningsforbundet").

    Only splits whose parts can be dictionary words are tried (head, less a linking s, and tail no longer
    than the longest word), so a word of any length costs a bounded number of lookups, not cubic time."""
    best: tuple[str, float] | None = None
    longest = _longest_word()
    for k in range(max(4, len(word) - longest), min(len(word) - 3, longest + 2)):
        head, tail = _linked_piece(word[:k]), _piece(word[k:])
        if head and tail and (best is None or min(head[1], tail[1]) > best[1]):
            best = (head[0] + tail[0], min(head[1], tail[1]))
    return best if best and best[0] != word else None


@lru_cache(maxsize=65536)
def _read(word: str) -> _Reading:
    """Dictionary reading of a lower-case token."""
    own = load_word_zipf().get(word, 0.0)
    artefact = _has_artefact(word)
    if not _is_wordlike(word) or (not artefact and (_has_digit(word) or _has_diacritic(word))):
        return _Reading(own, None, 0.0, False)
    hit = _lookup(word, _skeletons(word))
    if hit is None and own == 0.0 and word.isalpha() and len(word) >= 4:
        hit = _single_misread(word)
        artefact = artefact or hit is not None
    if hit is None and own == 0.0 and word.isalpha() and len(word) >= _COMPOUND_MIN_LEN:
        hit = _compound(word)
    if hit is None:
        return _Reading(own, None, 0.0, artefact)
    return _Reading(own, hit[0], hit[1], artefact)


def _accepts(reading: _Reading, max_original_zipf: float) -> bool:
    """Whether a reading's repair is clearly better than the word as written."""
    if reading.candidate is None or reading.gain < MIN_GAIN:
        return False
    if reading.candidate_zipf < MIN_CANDIDATE_ZIPF:
        return False
    return reading.artefact or reading.original_zipf < max_original_zipf


def _apply_case(word: str, repaired: str) -> str:
    """Give the repair the original's capitalisation, character by character."""
    if _letters(word) >= 2 and all(c.isupper() for c in word if c.isalpha()):
        return "".join(c.upper() if len(c.upper()) == 1 else c for c in repaired)
    return "".join(r.upper() if w.isupper() and len(r.upper()) == 1 else r for w, r in zip(word, repaired, strict=True))


def _is_listed_name(word: str) -> bool:
    """Whether a capitalised word is a known first name or surname (diacritics ignored)."""
    key = fold(word)
    return word[:1].isupper() and (key in load_first_names() or key in load_surnames())


def _fix_initial_l(word: str) -> str:
    """Token-initial l before a consonant read as I/i, when that gives a known name or word."""
    if len(word) < 2 or word[0] != "l" or word[1] not in _CONSONANTS:
        return word
    upper = "I" + word[1:]
    if is_first_name(upper) or is_surname(upper):
        return upper
    lower = "i" + word[1:]
    known = load_word_zipf()
    return lower if known.get(_lower(word), 0.0) == 0.0 and known.get(_lower(lower), 0.0) >= 3.0 else word


def repair_word(word: str, *, max_original_zipf: float = RARE_ZIPF) -> str:
    """Same-length repair of one word (lost or misread å/ä/ö); unchanged when unsure."""
    fixed = _fix_initial_l(word)
    if fixed != word or _is_listed_name(word):
        return fixed
    reading = _read(_lower(word))
    if not _accepts(reading, max_original_zipf):
        return word
    return _apply_case(word, reading.candidate or word)


def _is_damaged(word: str) -> bool:
    """Whether one token looks OCR-damaged (its repair is clearly more frequent)."""
    if not _is_wordlike(word) or _is_listed_name(word):
        return False
    return _accepts(_read(_lower(word)), max_original_zipf=float("inf"))


def damage_score(text: str) -> float:
    """Share of words (2+ letters) that look OCR-damaged, 0..1."""
    words = [w for w in _WORD.findall(text) if _is_wordlike(w)]
    if not words:
        return 0.0
    return sum(_is_damaged(w) for w in words) / len(words)


def looks_damaged(text: str) -> bool:
    """Whether a text's damage score is above DAMAGE_THRESHOLD."""
    return damage_score(text) > DAMAGE_THRESHOLD


def _damaged_context(flags: list[bool]) -> list[bool]:
    """For each word: do the words around it (CONTEXT_WINDOW each side) look damaged?"""
    sums = [0]
    for flag in flags:
        sums.append(sums[-1] + flag)
    out = []
    for k in range(len(flags)):
        lo, hi = max(0, k - CONTEXT_WINDOW), min(len(flags), k + CONTEXT_WINDOW + 1)
        damaged = sums[hi] - sums[lo]
        out.append(damaged >= CONTEXT_MIN_DAMAGED and damaged / (hi - lo) > DAMAGE_THRESHOLD)
    return out


def _after_word(text: str, start: int) -> bool:
    """Whether a word follows another word on the same line (so a capital marks a proper noun)."""
    before = text[max(0, start - 40):start].rstrip(" \u00a0")
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _original_limit(word: str, *, damaged: bool, mid_sentence: bool) -> float:
    """How frequent a real word may be and still be repaired, given its surroundings."""
    if damaged:
        return float("inf")
    if _letters(word) < CLEAN_CONTEXT_MIN_LETTERS or (mid_sentence and word[:1].isupper()):
        return 0.0
    return CLEAN_CONTEXT_ZIPF


def repair_text(text: str) -> str:
    """Repair word by word; the result has exactly the input's length and offsets."""
    matches = [m for m in _WORD.finditer(text) if _is_wordlike(m.group())]
    context = _damaged_context([_is_damaged(m.group()) for m in matches])
    pieces, pos = [], 0
    for match, damaged in zip(matches, context, strict=True):
        limit = _original_limit(match.group(), damaged=damaged, mid_sentence=_after_word(text, match.start()))
        pieces += [text[pos:match.start()], repair_word(match.group(), max_original_zipf=limit)]
        pos = match.end()
    pieces.append(text[pos:])
    repaired = "".join(pieces)
    if len(repaired) != len(text):
        raise AssertionError("repair_text changed the text length")
    return repaired
