"""Tests for samgraf.extractors.ocr: damage scoring and same-length repair."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from samgraf.extractors.ocr import damage_score, looks_damaged, repair_text, repair_word

CLEAN = ("Styrelsen beslutar att godkänna budgeten. Ordföranden förklarar mötet öppnat och hälsar "
         "alla välkomna. Förbundschefen redogör för årsredovisningen och verksamhetens resultat.")
DAMAGED = ("Ordférande hélsar valkomna och 6ppnar motet. Forbundschefen redogor for arsredovisningen "
           "fran forbund och myndigheter. Malet ar egen forsorjning for manga deltagare.")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("Forsakringskassan", "Försäkringskassan", id="lost-diacritics-capitalised"),
        pytest.param("fran", "från", id="short-word"),
        pytest.param("férbund", "förbund", id="e-acute-for-o-umlaut"),
        pytest.param("6ppnar", "öppnar", id="digit-6-for-o-umlaut"),
        pytest.param("Ordférande", "Ordförande", id="e-acute-capitalised"),
        pytest.param("arsredovisning", "årsredovisning", id="a-ring"),
        pytest.param("hélsar", "hälsar", id="e-acute-for-a-umlaut"),
        pytest.param("&r", "är", id="ampersand"),
        pytest.param("dven", "även", id="d-for-a-umlaut"),
        pytest.param("Samordningsforbundet", "Samordningsförbundet", id="compound"),
        pytest.param("FORSAKRINGSKASSAN", "FÖRSÄKRINGSKASSAN", id="all-caps"),
        pytest.param("lvarsson", "Ivarsson", id="ocr-l-in-known-name"),
    ],
)
def test_repair_word_repairs(word, expected):
    assert repair_word(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("budgeten", id="clean-word"),
        pytest.param("här", id="has-diacritics"),
        pytest.param("var", id="real-word-close-in-frequency"),
        pytest.param("idé", id="real-e-acute"),
        pytest.param("Asa", id="listed-first-name"),
        pytest.param("Mansson", id="listed-surname-folded"),
        pytest.param("Sid6", id="trailing-page-digit"),
        pytest.param("2024", id="number"),
        pytest.param("Qwxyzab", id="unknown"),
        pytest.param("lyfte", id="l-before-vowel"),
    ],
)
def test_repair_word_leaves_alone(word):
    assert repair_word(word) == word


def test_repair_word_limit_on_real_words():
    assert repair_word("ar") == "ar"
    assert repair_word("ar", max_original_zipf=float("inf")) == "är"


def test_damage_score_separates_clean_and_damaged():
    assert damage_score(CLEAN) == 0.0
    assert damage_score(DAMAGED) > 0.3
    assert damage_score("") == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(CLEAN, False, id="clean"),
        pytest.param(DAMAGED, True, id="damaged"),
        pytest.param("Protokoll fort vid sammantrade med styrelsen for forbund, ar fran 2024.", True, id="short"),
        pytest.param("Styrelsen beslutar att godkänna budgeten.", False, id="one-sentence"),
    ],
)
def test_looks_damaged(text, expected):
    assert looks_damaged(text) is expected


def test_repair_text_repairs_damaged_paragraph():
    repaired = repair_text(DAMAGED)
    assert repaired.startswith("Ordförande hälsar välkomna och öppnar mötet. Förbundschefen redogör för")
    assert "från förbund" in repaired and "Målet är egen försörjning för många" in repaired


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Styrelsen beslutar att godkänna budgeten.", id="sentence"),
        pytest.param(CLEAN, id="paragraph"),
        pytest.param("Medlemsmöte på Nalen i Stockholm. Han for hem.", id="proper-noun-and-real-word"),
    ],
)
def test_repair_text_leaves_clean_text_unchanged(text):
    assert repair_text(text) == text


def test_repair_text_fixes_isolated_damage_in_clean_text():
    text = "Ledamot\tForsakringskassan\nStyrelsen beslutar att godkänna budgeten."
    assert repair_text(text) == "Ledamot\tFörsäkringskassan\nStyrelsen beslutar att godkänna budgeten."


def test_repair_text_keeps_offsets():
    text = "Kalmar lan: Ordférande Joakim lvarsson 6ppnar motet pa Tradgardsgatan."
    repaired = repair_text(text)
    assert len(repaired) == len(text)
    assert repaired.index("Joakim") == text.index("Joakim")
    assert "Joakim Ivarsson" in repaired


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aoeéåäöAOÉÅÄÖ60&iIlLdrnß İ.,\n-"), max_size=40) | st.text(max_size=40))
def test_repair_text_never_changes_length(text):
    assert len(repair_text(text)) == len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30))
def test_repair_word_never_changes_length(word):
    assert len(repair_word(word)) == len(word)
