"""Issue 13: patterns and loops that were worse than linear, made linear with the same results.

For each fix: the old form (kept here as the reference) and the new one give the same answer on
generated protocol-like text, and the property that makes the new one linear holds (a pattern cannot
start inside a run of blanks, an OCR compound is split only where its parts can be words, ...).
Timings are in bench/robustness_inputs.py, not here.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from samgraf.extractors import agenda, decisions, gazetteer, items, meeting, normalize, ocr, roster, scan, sentences
from samgraf.extractors.names import load_word_zipf

PIECES = ("Styrelsen", " ", "  ", "\t", "\n", "\n\n", ". ", ".", " . . . . ", "....", "har", " beviljat ",
          " beviljade ", "Vägen ut", "Anna Berg", "(S)", ",", "och", " välja ", " utse ", "till", "ordförande",
          "Ledamoten ", "Närvarande var ", "ersättarna ", "[", "]", "(", ")", "[a](http://x.se)", "www.", "5",
          "12", "sida 3", "samordningsförbundet", "Samordningsforbundet\n", "Exempel", "förbund", ":", "kr")
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


# --- reported grants: "\s+(?:har\s+)?beviljat" started at every blank of a run (64 KB of spaces: 84 s)

OLD_REPORTED = re.compile(r"\s+(?:har\s+)?(?:beslutat\s+att\s+bevilja|beviljat|beviljade)\s+([A-ZÅÄÖ][\w\-]{1,40})?",
                          re.I)


@settings(deadline=None)
@given(texts)
def test_reported_grant_pattern_finds_what_it_found(text: str) -> None:
    old = [(m.span(), m.groups()) for m in OLD_REPORTED.finditer(text)]
    assert [(m.span(), m.groups()) for m in decisions._REPORTED.finditer(text)] == old


def test_reported_grant_pattern_starts_only_where_blanks_start() -> None:
    text = "Kommunen" + " " * 50 + "har beviljat Vägen ut 10 kr."
    assert decisions._REPORTED.match(text, 8) is not None
    assert all(decisions._REPORTED.match(text, k) is None for k in range(9, 58))


# --- dot leaders: "[ \t]*(?:\.[ \t]?){4,}...$" read each blank and dot run again from every character

OLD_DOT_LEADER = re.compile(r"[ \t]*(?:\.[ \t]?){4,}[ \t]*(?:(?:sid(?:an|a)?\.?[ \t]*)?\d{1,4})?[ \t]*$",
                            re.MULTILINE | re.IGNORECASE)


@settings(deadline=None)
@given(texts)
def test_dot_leader_mask_is_unchanged(text: str) -> None:
    assert normalize.mask_dot_leaders(text) == OLD_DOT_LEADER.sub(normalize._blank, text)


def test_dot_leader_pattern_starts_once_per_run() -> None:
    text = "2 § Val av justerare" + " " * 20 + "." * 40 + "x"
    starts = [k for k in range(len(text)) if normalize._DOT_LEADER.match(text, k)]
    assert starts == []                                     # no line end after the dots: nothing to blank
    line = "2 § Val av justerare   ........ 2"
    assert [k for k in range(len(line)) if normalize._DOT_LEADER.match(line, k)] == [20]


# --- Markdown links: "\[([^\]\n]+)\]" tried at every "[" of a line of brackets

OLD_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|www\.)[^)\s]+\)")


@settings(deadline=None)
@given(texts)
def test_markdown_link_mask_is_unchanged(text: str) -> None:
    assert normalize._mask_links(text) == OLD_MD_LINK.sub(normalize._link, text)


def test_markdown_link_mask_keeps_offsets_on_a_line_of_brackets() -> None:
    text = "[" * 5000 + "[Protokoll](https://exempel.se/p.pdf) klart"
    masked = normalize._mask_links(text)
    assert masked == OLD_MD_LINK.sub(normalize._link, text)
    assert len(masked) == len(text) and masked.endswith("Protokoll" + " " * 28 + "klart") and "https" not in masked


# --- OCR compound check: every split of a word looked up both parts (cubic: 2,000 letters, 97 s)

def test_ocr_compound_split_tries_only_splits_whose_parts_can_be_words(monkeypatch) -> None:
    calls: list[str] = []
    piece = ocr._piece

    def counted(part: str):
        calls.append(part)
        return piece(part)

    monkeypatch.setattr(ocr, "_piece", counted)
    longest = max(map(len, load_word_zipf()))
    assert ocr._compound("samordningsforbundet") == ("samordningsförbundet", ocr._compound("samordningsforbundet")[1])
    calls.clear()
    assert ocr._compound("forbundsstyrelse" * 125) is None      # 2,000 letters: no split into two words
    assert len(calls) == 0 and 2 * 2000 > 4 * longest             # no part can be a word: nothing looked up
    calls.clear()
    word = "a" * (longest + 20)
    ocr._compound(word)
    assert all(len(part) <= longest + 1 for part in calls)


def test_ocr_repair_of_long_words_is_unchanged_where_it_matters() -> None:
    assert ocr.repair_word("samordningsforbundet") == "samordningsförbundet"
    assert ocr.repair_word("S" + "a" * 3000) == "S" + "a" * 3000


# --- roster: a second heading along a line tested from every column gap, the item overlap test per item

def old_second_heading(text: str, inline: int):
    for m in re.finditer(r"[ \t]{3,}(?=\S)", text):
        if m.end() <= inline // 2 or m.end() < 12:
            continue
        found = roster.heading_kind(text[m.end():])
        if found is not None:
            return m.end(), found[0]
    return None


@settings(deadline=None)
@given(st.lists(st.sampled_from(["Ledamöter", "Ersättare", "Närvarande", "   ", "    ", "\t", " ", "Anna Berg",
                                 "(S)", ":", "|", "rande", "x" * 30]), max_size=14).map("".join), st.integers(0, 40))
def test_second_heading_is_unchanged(text: str, inline: int) -> None:
    assert roster._second_heading(text, inline) == old_second_heading(text, inline)


def test_column_gap_pattern_starts_where_the_gap_starts() -> None:
    line = "Ledamöter" + " " * 40 + "Ersättare"
    assert [m.start() for m in roster._COLUMN_GAP.finditer(line)] == [9]
    assert roster._second_heading(line, 9) == (49, roster.heading_kind("Ersättare")[0])


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=25), st.integers(0, 30), st.integers(0, 6))
def test_item_overlap_test_is_unchanged(spans, s: int, length: int) -> None:
    taken, listed = items._Taken(0, 30), []
    for a, n in spans:
        if taken.free(a, a + n) == all(a + n <= x or a >= y for x, y in listed):
            taken.add(a, a + n)
            listed.append((a, a + n))
        else:
            raise AssertionError(f"free({a}, {a + n}) differs with {listed}")
    assert taken.free(s, s + length) == all(s + length <= x or s >= y for x, y in listed)


# --- attendance prose: "(?:^|(?<=[.\n]))\s*" read a page of blank lines again from every line break

OLD_PROSE_OPEN = re.compile(r"(?:^|(?<=[.\n]))\s*(?:(närvarande|frånvarande)\s+(?:beslutande\s+)?(?:var|voro|är)\b|"
                            r"(förhinder)\s+(?:hade|har|anmälde)\b|"
                            r"(ersättarna|ledamöterna|ersättaren|ledamoten)\s+(?-i:[A-ZÅÄÖ]))", re.IGNORECASE)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_prose_openings_are_unchanged(text: str) -> None:
    new = [(start, m.end(), m.groups()) for start, m in roster._prose_openings(text)]
    assert new == [(m.start(), m.end(), m.groups()) for m in OLD_PROSE_OPEN.finditer(text)]


def test_line_index_counts_line_breaks() -> None:
    text = "a\nb\n\nc"
    index = scan.LineIndex(text)
    assert [index.line_of(k) for k in range(len(text) + 1)] == [text.count("\n", 0, k) for k in range(len(text) + 1)]


# --- sentences: bounds scanned from every name, the election head read from the sentence start per name

def old_sentence_bounds(view: str, start: int, end: int) -> tuple[int, int]:
    dot, para = view.rfind(". ", 0, start), view.rfind("\n\n", 0, start)
    left = max(dot + 2 if dot >= 0 else 0, para + 2 if para >= 0 else 0)
    right_candidates = [i for i in (view.find(". ", end), view.find("\n\n", end), view.find(".\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(view)
    return left, min(right, len(view))


OLD_ELECT_VERB = re.compile(r"\b(?:välja|väljer|valde|valt|utse|utser|utsåg|utsett)\s*$", re.I)


def old_elected_next(view: str, q0: int, s: int) -> bool:
    head = view[q0:s]
    return bool(OLD_ELECT_VERB.search(head) or re.search(r"\b(?:välja|utse)\b[^.]*\boch\s*$", head, re.I))


@given(texts, st.data())
@settings(max_examples=300, deadline=None)
def test_sentence_bounds_and_election_heads_are_unchanged(text: str, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert sentences._sentence_bounds(text, start, end) == old_sentence_bounds(text, start, end)
    q0 = data.draw(st.integers(0, start))
    assert sentences._elected_next(text, q0, start) == old_elected_next(text, q0, start)


# --- meeting and gazetteer: the förbund title and head-word windows on one long word

OLD_HEAD_FORBUND = meeting._HEAD_FORBUND


@settings(deadline=None)
@given(texts)
def test_forbund_title_search_is_unchanged(text: str) -> None:
    new, old = meeting._head_forbund(text), OLD_HEAD_FORBUND.search(text)
    assert (new and new.span(), new and new.groups()) == (old and old.span(), old and old.groups())


def old_head_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m in gazetteer._HEAD_RE.finditer(gazetteer.fold(text[start:end])):
        w_start = max(start, start + m.start() - gazetteer.WINDOW)
        w_end = min(end, start + m.end() + gazetteer.WINDOW)
        while w_start > start and not text[w_start - 1].isspace():
            w_start -= 1
        while w_end < end and not text[w_end].isspace():
            w_end += 1
        if windows and w_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(w_end, windows[-1][1]))
        else:
            windows.append((w_start, w_end))
    return windows


@settings(deadline=None)
@given(st.lists(st.sampled_from(["kommun", "förbundet", "Region", " ", "\n", "x" * 50, "Samordningsförbundet",
                                 "Arbetsförmedlingen", "a"]), max_size=30).map("".join))
def test_gazetteer_head_windows_are_unchanged(text: str) -> None:
    assert gazetteer._head_windows(text, 0, len(text)) == old_head_windows(text, 0, len(text))


# --- agenda: spans looked up by bisection, title words read to a bound

@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 10)), max_size=20), st.integers(0, 60))
def test_span_set_answers_as_a_scan_would(spans, pos: int) -> None:
    pairs = [(a, a + n) for a, n in spans]
    found = scan.SpanSet(pairs)
    assert found.contains(pos) == any(a <= pos < b for a, b in pairs)
    assert found.starting_in(10, pos) == sorted(p for p in pairs if 10 <= p[0] < pos)


def test_title_cut_reads_only_the_first_words() -> None:
    view = "§ 3 Ekonomisk rapport " + "ord " * 20000
    assert agenda.cut_title(view, 4, len(view)) == agenda.cut_title(view[:400], 4, 400)


# --- search helpers

@settings(deadline=None)
@given(st.text(alphabet=". \nab", max_size=30), st.integers(0, 32))
def test_occurrences_answer_as_find_and_rfind(text: str, pos: int) -> None:
    for literal in (". ", "\n\n", ".\n", "."):
        found = scan.Occurrences(text, literal)
        assert found.last_before(pos) == text.rfind(literal, 0, pos)
        assert found.first_from(pos) == text.find(literal, pos)


@settings(deadline=None)
@given(texts, st.lists(st.integers(0, 60), max_size=10))
def test_forward_search_answers_as_search(text: str, positions: list[int]) -> None:
    pattern = re.compile(r"\.(?=\s+(?-i:[A-ZÅÄÖ])|\s*$)|\n\s*\n")
    search = scan.ForwardSearch(pattern, text)
    for pos in sorted(p for p in positions if p <= len(text)):
        got, want = search.search(pos), pattern.search(text, pos)
        assert (got and got.span()) == (want and want.span())


# --- NER: lenient row names replaced the strict names they contain by a pass over every name per name

def old_lenient_rows(view, strict, known):
    from samgraf.extractors import names as names_mod
    from samgraf.extractors.ner import _row_chunks
    spans = list(strict)
    for start, end, is_row in _row_chunks(view):
        if not is_row:
            continue
        for s, e, _ in names_mod.find_person_names(view, start, end, known=known, lenient=True):
            inside = [(a, b) for a, b in spans if a < e and s < b]
            if all(s <= a and b <= e for a, b in inside):
                spans = [x for x in spans if x not in inside] + [(s, e)]
    return sorted(spans)


@given(st.lists(st.sampled_from(["Anna Berg", "Per Lind Ekström", "Eva", "Holm", " ", ", ", "\n", "\t", "(S)",
                                 "ordförande", "Karl Johan Ek", "Lisa Andersson-Berg", "Bo"]), max_size=25).map("".join))
@settings(max_examples=200, deadline=None)
def test_lenient_row_names_are_unchanged(view: str) -> None:
    from samgraf.extractors import names as names_mod
    from samgraf.extractors.ner import _lenient_rows
    strict = [(s, e) for s, e, _ in names_mod.find_person_names(view)]
    assert _lenient_rows(view, strict, ()) == old_lenient_rows(view, strict, ())


# --- organisations chosen longest first, § of a position: a pass over all chosen / all § per question

@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=30))
def test_org_selection_is_unchanged(spans) -> None:
    found = [(a, a + n, f"org{k}") for k, (a, n) in enumerate(spans)]
    chosen = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in chosen):
            chosen.append(cand)
    assert gazetteer._select(found) == sorted(chosen, key=lambda c: c[0])


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(["ersättare för ", "ers. för", "tjänstgörande", " för ", "för", "i stället",
                                 " ersätter ", ", ", "–", "Anna Berg", "x" * 40, " ", "  ", "\t", "(S)"]),
                max_size=12).map("".join))
def test_substitute_cue_is_unchanged(text: str) -> None:
    for pos in range(len(text) + 1):
        assert items._after_substitute_cue(text, 0, pos) == bool(items._SUBSTITUTE.search(text[:pos]))


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(["t o m", "tom", "fr o m", "och", "§§", "kap.", "januari", "jan", "x", ",", "(", " ",
                                 "  ", "\t", "sid", "s.", "Ärendet", "12", "Styrelsen"]), min_size=1, max_size=10)
       .map("".join))
def test_number_cue_from_the_last_word_is_unchanged(before: str) -> None:
    stripped = before.rstrip()
    tokens = before.split()
    if not tokens:
        return
    cue_from = max(0, min(len(stripped) - len(tokens[-1]), len(stripped) - 8))
    assert bool(agenda._NOT_AFTER.search(stripped, cue_from)) == bool(agenda._NOT_AFTER.search(stripped))
