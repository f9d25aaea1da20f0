"""Issue 13: a long text (4 MB: 93 s, where 0.5 MB took 4.6 s) costs in proportion to its length.

What grew faster than the text: the roster's known names were read again (copied and hashed) for
every line a reader looked at, decisions already found were scanned for every new marker, each
dissent scanned (and sorted) every decision, each roster block copied the rest of the lines, and
every item of a line tested the whole line for a tab and counted the tabs before it; and a list of
"Ledamoten X" lines was read about 50 times over (linear, but 305 ms/KB); and names on one long line
were queued by copying the queue for every name.
Here: each fix gives the answers the scan gave, and the known names are read a fixed number of
times per text, not once per line (counts, not times; figures in bench/robustness_inputs.py --long).
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from samgraf.extractors import decisions, names
from samgraf.extractors.items import Line, _Columns, split_lines
from samgraf.extractors.pipeline import _DecisionIndex, extract_document
from samgraf.extractors.roster import BlockKind, Item, _Reader, find_items, prose_rosters
from samgraf.model import Decision, DecisionKind, Span


def known_name_reads(run) -> int:
    """How often the folded parts of a list of known names were asked for while `run()` ran."""
    names._known_keys_cached.cache_clear()
    run()
    info = names._known_keys_cached.cache_info()
    return info.hits + info.misses


def test_known_names_are_read_a_fixed_number_of_times_per_text(protocol, make_doc, gaz) -> None:
    one = protocol()
    short, long = make_doc(one), make_doc("\n\n".join([one] * 12))
    reads_short = known_name_reads(lambda: extract_document(short, gaz))
    reads_long = known_name_reads(lambda: extract_document(long, gaz))
    assert 0 < reads_short == reads_long         # was one read per line looked at: grew with the text


def test_readers_of_each_line_share_the_prepared_known_names(gaz) -> None:
    view = "\n".join(f"Ledamot {k}: Anna Berg (S), ordförande, Eva Holm" for k in range(200))
    known = names.KnownNames(["Anna Berg", "Eva Holm", "Per Lind"] * 100)
    plain = list(known)
    lines = split_lines(view)
    assert known_name_reads(lambda: [find_items(view, line, gaz, known) for line in lines]) == 0
    assert known_name_reads(lambda: [find_items(view, line, gaz, plain) for line in lines]) == len(lines)
    assert [find_items(view, line, gaz, known) for line in lines] == \
           [find_items(view, line, gaz, plain) for line in lines]


def test_known_names_keep_their_names_and_order() -> None:
    known = names.KnownNames(["Eva Holm", "Anna Berg-Lind", "Eva Holm"])
    assert tuple(known) == ("Eva Holm", "Anna Berg-Lind", "Eva Holm")
    assert known.keys == names._known_keys(["Eva Holm", "Anna Berg-Lind"])
    assert names.KnownNames.of(known) is known


decision_rows = st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 4)), st.integers(0, 30)), max_size=14)


def make_decisions(rows: list[tuple[int | None, int]]) -> list[Decision]:
    return [Decision(f"d{k}", section, "", DecisionKind.NOTED, Span(start, start + 5, "x" * 5))
            for k, (section, start) in enumerate(rows)]


@settings(deadline=None, max_examples=300)
@given(decision_rows, st.integers(-1, 35))
def test_decision_index_answers_as_the_scans_did(rows, pos: int) -> None:
    found = make_decisions(rows)
    index = _DecisionIndex(found)
    after = sorted((d for d in found if d.evidence.start > pos), key=lambda d: d.evidence.start)
    assert index.first_after(pos) == (after[0] if after else None)
    if after:
        section = after[0].section
        assert [d for d in index.in_section_by_start[section] if d.evidence.start > pos] == \
               [d for d in after if d.section == section]
    before = [d for d in found if d.evidence.start < pos]
    assert index.last_listed_before(pos) == (before[-1] if before else None)
    for section in {d.section for d in found}:
        assert index.in_section[section] == [d for d in found if d.section == section]


@settings(deadline=None)
@given(st.lists(st.integers(0, 10), max_size=12), st.lists(st.integers(-2, 80), max_size=20), st.booleans())
def test_section_index_finds_the_first_section_holding_the_position(gaps, positions, shuffled) -> None:
    """`at` (the section) and `span_at` (its bounds) answer as a scan of the sections would."""
    bounds, pos = [], 0
    for gap in gaps:
        bounds.append(pos)
        pos += gap
    starts = [(a, b, k) for k, (a, b) in enumerate(zip(bounds, bounds[1:] + [pos]))]
    if shuffled:
        starts.reverse()
    index = decisions.SectionIndex(tuple(starts))
    for p in positions:
        assert index.at(p) == next((n for a, b, n in starts if a <= p < b), None)
        assert index.span_at(p) == next(((a, b) for a, b, _ in starts if a <= p < b), None)


def old_column(line: Line, pos: int) -> int | None:
    """The scan _Columns replaces: the whole line tested, the tabs before each position counted."""
    if "\t" not in line.text:
        return None
    return line.text.count("\t", 0, pos - line.start)


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(["\t", "Anna Berg", " ", "(S)", "X", "\t\t", ","]), max_size=12).map("".join),
       st.integers(0, 20), st.data())
def test_tab_columns_answer_as_the_count_did(text: str, offset: int, data) -> None:
    line = Line(3, offset, offset + len(text), text)
    columns = _Columns(line)
    for pos in data.draw(st.lists(st.integers(offset, offset + len(text)), max_size=8)):
        assert columns.at(pos) == old_column(line, pos)


def test_items_of_a_long_line_keep_their_tab_columns(gaz) -> None:
    view = "\t".join(["X", "Anna Berg (S)", "ordförande", "Region Exempel"] * 50)
    line = split_lines(view)[0]
    found = find_items(view, line, gaz)
    assert found and all(i.column == old_column(line, i.start) for i in found)
    assert {i.column for i in found if i.kind == "person"} == {1 + 4 * k for k in range(50)}


def test_prose_roster_lines_are_read_once_each() -> None:
    """Every "Ledamoten X" line opens a sentence that runs 1,000 characters on: each part was read (and its
    person recorded) again by every sentence that held it, about 50 times per line."""
    view = "".join(f"Ledamoten {name}\n" for name in ["Anna Berg", "Per Lind", "Eva Holm", "Karl Ek"] * 100)
    parts = [(kind, line.start, line.end) for kind, line in prose_rosters(view)]
    assert len(parts) == len(set(parts))
    assert sorted({start for _, start, _ in parts}) == [m.start() for m in re.finditer("Ledamoten", view)]
    assert len(parts) < 4 * 400             # a part, an empty one and a sentence end per line; was about 50


def test_prose_rosters_give_about_one_record_per_line(protocol, make_doc, gaz) -> None:
    text = "Protokoll\n\n" + "".join(f"Ledamoten {n}\nErsättaren {m} (S)\n"
                                     for n, m in [("Anna Berg", "Per Lind"), ("Eva Holm", "Karl Ek")] * 40)
    extraction = extract_document(make_doc(text + "§ 1 Beslut\nStyrelsen beslutar att bevilja 1 000 kr.\n"), gaz)
    assert 160 <= len(extraction.memberships) < 200      # one per line (and a sentence cut); was about 6,000
    assert {m.person.name for m in extraction.memberships} == {"Anna Berg", "Per Lind", "Eva Holm", "Karl Ek"}


def test_names_without_attributes_queue_up_in_place() -> None:
    """'Anna Berg, Per Lind, ...' on one long line: each name without attributes waits for them in the
    reader's queue; the queue was copied for every name (quadratic), now it grows in place."""
    reader = _Reader(BlockKind("ledamot", True), {})
    queue = reader.open_queue
    for k in range(300):
        reader.feed([Item(10 * k, 10 * k + 9, "person", "Anna Berg", k)])
    assert reader.open_queue is queue and queue == reader.records and len(queue) == 300
    reader.feed([Item(3000, 3010, "org", "Region Exempel", 300)])      # attributes go to the next open name
    assert reader.records[0].items[-1].value == "Region Exempel"
