"""Issue 13: a text longer than spaCy's nlp.max_length (a 2 MB file) is read, not refused with spaCy's
"[E088] Text of length ... exceeds maximum" error; it is read in parts cut at paragraph breaks, and
every mention keeps its offsets into the whole text."""
from __future__ import annotations

import pytest

from samgraf.extractors.gazetteer import load_gazetteer
from samgraf.extractors.ner import build_nlp, find_mentions, load_nlp, pipe_mentions, split_for_length
from samgraf.extractors.normalize import build_view
from samgraf.extractors.pipeline import extract_document
from samgraf.model import Document, Source

PARAGRAPH = ("§ {n} Ansökan om medel\nProjektet Vägen ut söker 450 000 kr. Styrelsen beslutar att bevilja "
             "Anna Berg (S), ordförande, och Per Lind (M) uppdraget.\n\n")


def make_doc(text: str) -> Document:
    return Document("lang", Source("lang.txt", "lang.txt", "0" * 64, "utf-8", "text/plain"), text)


def test_split_for_length_cuts_at_paragraph_breaks_and_covers_the_text() -> None:
    text = "".join(PARAGRAPH.format(n=n) for n in range(200))
    parts = split_for_length(text, 1000)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(end - start <= 1000 for start, end in parts)
    assert all(text[end - 2:end] == "\n\n" for _, end in parts[:-1])


def test_split_for_length_without_breaks_still_bounds_each_part() -> None:
    parts = split_for_length("x" * 2500, 1000)
    assert parts == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_text_over_max_length_gives_the_mentions_of_its_paragraphs_at_their_offsets() -> None:
    nlp = build_nlp(use_trained=False)
    text = "".join(PARAGRAPH.format(n=n) for n in range(1, 40))
    doc = make_doc(text)
    whole = find_mentions(nlp, doc, view=build_view(text).text)
    nlp.max_length = 1500                       # spaCy would refuse the text (E088) before the fix
    parted = find_mentions(nlp, doc, view=build_view(text).text)
    assert len(text) > 3 * nlp.max_length
    assert parted == whole                      # same mentions, same offsets into the whole text
    assert all(text[m.start:m.end] == m.text for m in parted)
    assert sum(m.text == "Anna Berg" for m in parted) == 39


def test_pipe_mentions_reads_long_and_short_documents_in_order() -> None:
    nlp = build_nlp(use_trained=False)
    short, long = make_doc(PARAGRAPH.format(n=1)), make_doc("".join(PARAGRAPH.format(n=n) for n in range(30)))
    expected = [find_mentions(nlp, d) for d in (short, long, short)]
    nlp.max_length = 1000
    got = list(pipe_mentions(nlp, [short, long, short]))
    assert [d for d, _ in got] == [short, long, short]
    assert [m for _, m in got] == expected


@pytest.mark.slow
def test_two_megabyte_protocol_is_extracted() -> None:
    text = "".join(PARAGRAPH.format(n=n % 300 + 1) for n in range(2_000_000 // len(PARAGRAPH) + 1))
    assert len(text) > load_nlp().max_length
    extraction = extract_document(make_doc(text), load_gazetteer())
    assert extraction.decisions and all(text[d.evidence.start:d.evidence.end] == d.evidence.text
                                        for d in extraction.decisions[:50])
