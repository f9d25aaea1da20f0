"""Tests for samgraf.extractors.roles: written role and title forms -> canonical Swedish roles."""
from __future__ import annotations

import pytest

from samgraf.extractors.roles import CORE_ROLES, find_roles, is_core, normalize_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        pytest.param("Ordförande", "ordförande", id="ordforande"),
        pytest.param("Ordf.", "ordförande", id="ordf-abbrev"),
        pytest.param("Mötesordförande", "ordförande", id="motesordforande"),
        pytest.param("Ordferande", "ordförande", id="ocr-ordferande"),
        pytest.param("Vice ordf.", "vice ordförande", id="vice-ordf"),
        pytest.param("v. ordf", "vice ordförande", id="v-ordf"),
        pytest.param("1:e vice ordförande", "vice ordförande", id="forste-vice"),
        pytest.param("Ledamöter", "ledamot", id="plural"),
        pytest.param("Styrelseledamot", "ledamot", id="styrelseledamot"),
        pytest.param("Tj ersättare", "tjänstgörande ersättare", id="tj-ersattare"),
        pytest.param("tjg ersättare", "tjänstgörande ersättare", id="tjg-ersattare"),
        pytest.param("Suppleant", "ersättare", id="suppleant"),
        pytest.param("Bitr. förbundschef", "biträdande förbundschef", id="bitr-forbundschef"),
        pytest.param("Förbundsdirektör", "förbundsdirektör", id="forbundsdirektor"),   # a kommunalförbund's title, as printed
        pytest.param("Protokollförare", "sekreterare", id="protokollforare"),
        pytest.param("Justerare", "justerare", id="justerare"),
        pytest.param("Verksamhetsch.", "verksamhetschef", id="abbreviated-title"),
        pytest.param("Ekonom", "ekonom", id="title-kept"),
        pytest.param("Kvalitetsutvecklare", "kvalitetsutvecklare", id="title-by-suffix"),
        pytest.param("Ordförande (S)", "ordförande", id="party-tag-ignored"),
    ],
)
def test_normalize_role(written, role):
    assert normalize_role(written) == role


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("Budget", id="word"),
        pytest.param("Arbetsförmedlingen", id="organisation"),
        pytest.param("", id="empty"),
        pytest.param("  .  ", id="punctuation"),
    ],
)
def test_not_a_role(written):
    assert normalize_role(written) is None


def test_find_roles_offsets_and_values():
    text = "Per Ek, ordf. och Lisa Holm, sekr samt Ola Strand, justerare"
    found = find_roles(text)
    assert [(r.role, text[r.start:r.end]) for r in found] == [
        ("ordförande", "ordf."), ("sekreterare", "sekr"), ("justerare", "justerare")]
    assert all(r.text == text[r.start:r.end] for r in found)


def test_find_roles_prefers_the_longest_form():
    found = find_roles("Vice ordförande Ola Strand")
    assert [(r.role, r.text) for r in found] == [("vice ordförande", "Vice ordförande")]


def test_find_roles_within_a_window():
    text = "Ordförande Per Ek | Ledamot Lisa Holm"
    start = text.index("|")
    assert [r.role for r in find_roles(text, start)] == ["ledamot"]
    assert [r.role for r in find_roles(text, 0, start)] == ["ordförande"]


def test_find_roles_not_inside_words():
    assert find_roles("Ordförandeskapet och ledamotsarvodet diskuterades.") == []


def test_core_roles():
    assert all(is_core(r) for r in CORE_ROLES)
    assert not is_core("ekonom")
