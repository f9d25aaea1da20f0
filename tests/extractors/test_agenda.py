"""Tests for samgraf.extractors.agenda: § headings, OCR'd forms, numbered lists, item sections."""
from __future__ import annotations

import pytest

from samgraf.extractors.agenda import extract_agenda, split_items
from samgraf.model import SectionKind


def agenda(view, text: str) -> list[tuple[int, str]]:
    return [(a.number, a.title) for a in extract_agenda(view(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 1 Mötets öppnande\n\nText.\n\n§ 2 Val av justerare\n\nText.\n\n§ 3 Budget 2026\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Budget 2026")], id="section-sign-space"),
        pytest.param("§1 Mötets öppnande\n\n§2 Dagordning\n\n§3 Ekonomi\n",
                     [(1, "Mötets öppnande"), (2, "Dagordning"), (3, "Ekonomi")], id="section-sign-no-space"),
        pytest.param("## § 5 **Budget 2026**\n\nText.\n\n## § 6 *Övriga frågor*\n",
                     [(5, "Budget 2026"), (6, "Övriga frågor")], id="markdown-heading"),
        pytest.param("<h2>§ 7 Uppföljning</h2>\n<p>Text.</p>\n<h2>§ 8 Avslutning</h2>\n",
                     [(7, "Uppföljning"), (8, "Avslutning")], id="html-heading"),
        pytest.param("§ 1\tÖppnande\tsid 2\n§ 2\tVal av justerare\tsid 2\n§ 3\tEkonomi\tsid 3\n",
                     [(1, "Öppnande"), (2, "Val av justerare"), (3, "Ekonomi")], id="toc-with-page-refs"),
        pytest.param("§ 4 Ekonomi\n\nx\n\n§ 6 Budget\n\nx\n\n§ 9 Övrigt\n",
                     [(4, "Ekonomi"), (6, "Budget"), (9, "Övrigt")], id="numbers-skip"),
        pytest.param("§ 8\nRapport från kansliet\nFörbundschefen informerar.\n\n§ 9\nÖvriga frågor\n",
                     [(8, "Rapport från kansliet"), (9, "Övriga frågor")], id="bare-number-title-next-line"),
        pytest.param("§ 4 Ansökan om medel för insatsen\nstöd till unga vuxna\nText här.\n",
                     [(4, "Ansökan om medel för insatsen stöd till unga vuxna")], id="title-continues"),
        pytest.param("§ 1 Öppnande\n§ 2 Budget\n\n§ 1 Öppnande\nText.\n§ 2 Budget\nText.\n",
                     [(1, "Öppnande"), (2, "Budget")], id="agenda-list-repeated"),
    ],
)
def test_section_sign_headings(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("81 Mötets öppnande\n\nText.\n\n§ 2 Val av justerare\n\nText.\n\n§ 3 Övrigt\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Övrigt")], id="ocr-81-is-1"),
        pytest.param("§ 15 Ekonomi\n\nText.\n\n8§16 Verksamhetsplan\n\nText.\n\n§ 17 Övrigt\n",
                     [(15, "Ekonomi"), (16, "Verksamhetsplan"), (17, "Övrigt")], id="ocr-8s16-is-16"),
        pytest.param("§ 4 Ekonomi\n\nText.\n\n85 Budget\n\nText.\n\n§ 6 Övrigt\n",
                     [(4, "Ekonomi"), (5, "Budget"), (6, "Övrigt")], id="ocr-85-between-4-and-6"),
    ],
)
def test_ocr_headings_where_the_sequence_expects_them(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 1 Öppnande\n\n81 Deltagare har skrivits in.\n\n§ 2 Övrigt\n",
                     [(1, "Öppnande"), (2, "Övrigt")], id="81-inside-body"),
        pytest.param("§ 5 Budget\n\n82 Personer deltog.\n\n§ 6 Övrigt\n",
                     [(5, "Budget"), (6, "Övrigt")], id="82-before-expected"),
        pytest.param("§ 3 Ekonomi\n\n89 Anställda berörs.\n\n§ 4 Övrigt\n",
                     [(3, "Ekonomi"), (4, "Övrigt")], id="89-beyond-next"),
    ],
)
def test_ocr_forms_rejected_where_unexpected(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1. Mötets öppnande\nText.\n2. Val av justerare\nText.\n3. Dagordning\nText.\n5. Övrigt\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Dagordning"), (5, "Övrigt")],
                     id="numbered-list-skipping-4"),
        pytest.param("Punkt 1 Öppnande\nText.\nPunkt 2 Justerare\nText.\nPunkt 3 Dagordning\n",
                     [(1, "Öppnande"), (2, "Justerare"), (3, "Dagordning")], id="punkt-n"),
        pytest.param("Ärende 1 Öppnande\nText.\nÄrende 2 Val\nText.\nÄrende 3 Budget\n",
                     [(1, "Öppnande"), (2, "Val"), (3, "Budget")], id="arende-n"),
    ],
)
def test_numbered_items_without_section_signs(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1. Mötets öppnande\nText.\n2. Val av justerare\n", id="run-too-short"),
        pytest.param("§ 1 Öppnande\n\n1. Kartlägga behoven\n2. Planera insatser\n3. Följa upp\n",
                     id="numbered-list-inside-section-document"),
    ],
)
def test_numbered_lines_are_not_items_when_not_a_run(view, text):
    numbers = [n for n, _ in agenda(view, text)]
    assert numbers in ([], [1])
    assert "Kartlägga behoven" not in [t for _, t in agenda(view, text)]


def test_evidence_span_quotes_the_heading(view):
    text = "Inledning\n\n## § 12 **Ansökan om medel**\n\nText.\n"
    (item,) = extract_agenda(view(text), text)
    assert item.evidence.text == text[item.evidence.start:item.evidence.end]
    assert "§ 12" in item.evidence.text and "Ansökan om medel" in item.evidence.text


def test_heading_apart_from_its_body(view):
    text = "§ 3 Ansökan om medel\n\n\n\nStyrelsen beslutar att bevilja.\n\n§ 4 Övrigt\n\nInget.\n"
    sections = list(split_items("d", view(text)))
    assert [(s.number, s.heading) for s in sections] == [(3, "Ansökan om medel"), (4, "Övrigt")]
    assert all(s.kind == SectionKind.ITEM for s in sections)
    body = text[sections[0].start:sections[0].end]
    assert "Styrelsen beslutar att bevilja." in body and "§ 4" not in body
    assert sections[1].end == len(text)


def test_sections_tile_the_items(view):
    text = "Förord\n§ 1 Öppnande\nA\n§ 2 Budget\nB\n§ 3 Övrigt\nC\n"
    sections = list(split_items("d", view(text)))
    assert [s.index for s in sections] == [0, 1, 2]
    assert all(a.end == b.start for a, b in zip(sections, sections[1:]))
    assert sections[0].start == text.index("§ 1")
