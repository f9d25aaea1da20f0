"""Tests for samgraf.extractors.normalize: the same-length matching view of a protocol."""
from __future__ import annotations

import pytest

from samgraf.extractors.normalize import CHECKED, UNCHECKED, build_view, fold, mask_furniture, mask_markup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<b>Ordinarie:</b> Per Ek", "   Ordinarie:     Per Ek", id="html-tags-blanked"),
        pytest.param("## § 5 **Budget 2026**", "   § 5   Budget 2026  ", id="md-heading-and-bold"),
        pytest.param("Lisa *Holm*", "Lisa  Holm ", id="md-emphasis"),
        pytest.param("Se [bilagan](https://exempel.se/b.pdf) nu",
                     "Se " + " bilagan".ljust(len("[bilagan](https://exempel.se/b.pdf)")) + " nu",
                     id="md-link-keeps-label"),
        pytest.param("Bo &amp; Li", "Bo &     Li", id="entity-one-char"),
        pytest.param("Anna\u00a0Berg", "Anna Berg", id="nbsp-to-space"),
        pytest.param("ovan\n---\nnedan", "ovan\n   \nnedan", id="rule-blanked"),
    ],
)
def test_mask_markup(text, expected):
    masked = mask_markup(text)
    assert masked == expected
    assert len(masked) == len(text)


@pytest.mark.parametrize(
    ("tag", "mark"),
    [
        pytest.param('<input type="checkbox"/>', UNCHECKED, id="unchecked"),
        pytest.param('<input checked="" type="checkbox"/>', CHECKED, id="checked-attr-first"),
        pytest.param('<input type="checkbox" checked/>', CHECKED, id="checked-bare"),
        pytest.param('<INPUT TYPE=CHECKBOX>', UNCHECKED, id="upper-case-unquoted"),
    ],
)
def test_checkbox_becomes_one_mark_at_its_offset(tag, mark):
    text = f"x\t{tag}\tPer Ek"
    masked = mask_markup(text)
    assert masked[2] == mark
    assert masked[3:2 + len(tag)].strip() == ""
    assert masked.endswith("\tPer Ek") and len(masked) == len(text)


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        pytest.param("Sida 2 av 5", True, id="sida-av"),
        pytest.param("Sid 3 (7)", True, id="sid-parenthesis"),
        pytest.param("4 (9)", True, id="page-parenthesis"),
        pytest.param("12", True, id="lone-number"),
        pytest.param("KD", True, id="initials"),
        pytest.param("Utdragsbestyrkande", True, id="utdragsbestyrkande"),
        pytest.param("Justerandes signatur", True, id="justerandes-sign"),
        pytest.param("Ordförandes sign", True, id="ordforandes-sign"),
        pytest.param("Styrelsen godkänner budgeten.", False, id="content"),
        pytest.param("§ 12 Budget", False, id="heading"),
    ],
)
def test_mask_furniture(line, blanked):
    text = f"Före\n{line}\nEfter"
    masked = mask_furniture(text)
    assert len(masked) == len(text)
    assert (masked == f"Före\n{' ' * len(line)}\nEfter") is blanked
    if not blanked:
        assert masked == text


def test_build_view_keeps_every_offset():
    text = ("<h2>§ 4 Ansökan</h2>\n<input checked type=\"checkbox\"/> Per Ek\nSida 1 av 2\n"
            "**Styrelsen** beslutar att bevilja 100&nbsp;000 kr.\n")
    view = build_view(text)
    assert len(view.text) == len(text)
    assert view.text.index("§ 4 Ansökan") == text.index("§ 4 Ansökan")
    assert view.text.index("Per Ek") == text.index("Per Ek")
    assert view.text.index("Styrelsen") == text.index("Styrelsen")
    assert CHECKED in view.text and "Sida" not in view.text
    assert view.damaged is False


def test_build_view_leaves_clean_text_alone():
    text = "§ 1 Mötets öppnande\n\nOrdförande Per Ek hälsade alla välkomna.\n"
    assert build_view(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Försäkringskassan", "forsakringskassan", id="diacritics"),
        pytest.param("  Region   Örebro län ", "region orebro lan", id="spaces"),
        pytest.param("ÅSA", "asa", id="upper"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Styrelsen beslutar att beviIja", "Styrelsen beslutar att bevilja", id="I-inside-a-word"),
        pytest.param("McIntosh och Ingrid", "McIntosh och Ingrid", id="capitalised-words-kept"),
        pytest.param("§ 1O5 den 2021-O6-30 med 1OO OOO kr", "§ 105 den 2021-06-30 med 100 000 kr", id="O-in-numbers"),
        pytest.param("Olof och OOO-gruppen", "Olof och OOO-gruppen", id="O-words-kept"),
    ],
)
def test_view_reads_ocr_letters_in_words_and_numbers(text, expected):
    view = build_view(text).text
    assert view == expected and len(view) == len(text)
