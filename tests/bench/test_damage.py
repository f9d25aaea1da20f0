"""The damage of bench/damage.py changes layout, never facts: the damaged text still holds what the gold says.

Fast: no ingest. Inline cases for each transform, then every protocol with gold (seeds, our corpora,
../shared/real) through every damage, checked against its gold people and forbidden strings.
"""
from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SAMGRAF_SHARED", ROOT.parent / "shared"))
FIXTURES = ROOT / "tests" / "fixtures"


def _load():
    if "damage" in sys.modules:
        return sys.modules["damage"]
    spec = importlib.util.spec_from_file_location("damage", ROOT / "bench" / "damage.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["damage"] = module
    spec.loader.exec_module(module)
    return module


damage = _load()


def fold(text: str) -> str:
    """score.py's key for names: case, diacritics and runs of whitespace do not count."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("‐", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _rng() -> random.Random:
    return random.Random(1)


# --- inline cases -------------------------------------------------------------------------------

def test_flatten_puts_each_form_feed_page_on_one_numbered_line():
    text = "Protokoll\nNärvarande\nAnna Berg (S)\n\fSida två\n§ 3 Beslut\n\fsista\nsidan"
    expected = "1 Protokoll Närvarande Anna Berg (S)\n\n2 Sida två § 3 Beslut\n\n3 sista sidan\n"
    assert damage.flatten(text, _rng()) == expected


def test_flatten_splits_pages_at_page_marks_and_else_every_40_lines():
    text = "Rubrik  Sida 1 av 2\nAnna Berg\nPer Ek\nFoot  Sida 2 av 2\nsist"
    assert damage.flatten(text, _rng()).split("\n\n") == ["1 Rubrik Sida 1 av 2 Anna Berg Per Ek",
                                                          "2 Foot Sida 2 av 2 sist\n"]
    lines = "\n".join(f"rad {i}" for i in range(100))
    pages = damage.flatten(lines, _rng()).strip().split("\n\n")
    assert len(pages) == 3 and pages[1].startswith("2 rad 40 ") and pages[1].endswith(" rad 79")


def test_flatten_ignores_page_references_in_a_table_of_contents():
    text = "Innehåll\n§ 1 Val sid 4\n§ 2 Ekonomi sid 7\n" + "text\n" * 10
    assert damage.flatten(text, _rng()).count("\n\n") == 0


@pytest.mark.parametrize("text, expected", [
    pytest.param("§ 5 Val av justerare", "5 Val av justerare", id="heading"),
    pytest.param("§5 Val", "5 Val", id="no-space"),
    pytest.param("Justerande paragrafer §§ 1 - 7", "Justerande paragrafer 1 - 7", id="double"),
    pytest.param("enligt beslut (§ 12).", "enligt beslut (12).", id="in-prose"),
])
def test_drop_para_removes_every_section_sign(text, expected):
    assert damage.drop_para(text, _rng()) == expected


@pytest.mark.parametrize("line", [
    pytest.param("Beslutande", id="label-alone"),
    pytest.param("Närvarande ledamöter", id="label-heading"),
    pytest.param("Plats och tid   Stadshuset, kl. 13.00", id="form-label"),
    pytest.param("Propositionsordning", id="short-heading"),
])
def test_clip_headings_cuts_the_start_of_a_heading(line):
    clipped = damage.clip_headings(line + "\nAnna Berg (S), Skara kommun", _rng())
    first, rest = clipped.split("\n")
    word = line.split()[0]
    tail = first.split()[0]
    assert len(tail) < len(word) and word.endswith(tail) and first[len(tail):] == line[len(word):]
    assert rest == "Anna Berg (S), Skara kommun"


@pytest.mark.parametrize("text", [
    pytest.param("Frånvarande\nPer Ek", id="absence-word"),
    pytest.param("Ordförande\nAnna Berg", id="role-word"),
    pytest.param("Ersättare\nPer Ek", id="role-heading"),
    pytest.param("Falkenbergs kommun\nArbetsförmedlingen", id="organisations"),
    pytest.param("SAMORDNINGSFÖRBUNDET SÖDRA DALARNA", id="forbund-title"),
    pytest.param("Arbetsutskottet\nStyrelsen", id="body-names"),
    pytest.param("Margareta Olsson\nChristoffer Lind", id="names"),
    pytest.param("§ 4\nEkonomiuppföljning", id="agenda-title-under-its-number"),
    pytest.param("Styrelsen beslutar att bevilja Skara kommun 100 000 kr.", id="prose"),
])
def test_clip_headings_leaves_facts_whole(text):
    assert damage.clip_headings(text, _rng()) == text


ROSTER = """Närvarande ledamöter
Anna Berg (S), Skara kommun, ordförande
Per Ek (M), Götene kommun

Ersättare
Lena Holm (C), Vara kommun
Ola Lind, Försäkringskassan

§ 1 Mötets öppnande
Ordföranden öppnade mötet.
"""


def test_interleave_prints_two_roster_blocks_side_by_side():
    out = damage.interleave(ROSTER, _rng())
    assert out.split("\n")[:4] == [
        "Närvarande ledamöter   Ersättare",
        "Anna Berg (S), Skara kommun, ordförande   Lena Holm (C), Vara kommun",
        "Per Ek (M), Götene kommun   Ola Lind, Försäkringskassan",
        "",
    ]
    assert out.endswith("§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")


def test_interleave_leaves_prose_and_agenda_blocks_alone():
    prose = ("§ 4 Ekonomi\nFörbundschefen redogjorde för\nutfallet per april.\n\n"
             "Punkt 5 Övrigt\nInga övriga frågor.\n\nStyrelsen beslutar\natt godkänna rapporten.\n")
    assert damage.interleave(prose, _rng()) == prose


def test_rewrap_keeps_the_words_and_wraps_between_40_and_90():
    text = "Kort rad\nen till\n\n" + " ".join(["ordförande"] * 60) + "\n"
    out = damage.rewrap(text, _rng())
    assert out.split() == text.split()
    assert all(len(line) <= 90 for line in out.split("\n"))
    assert out.startswith("Kort rad en till\n\n")


def test_ocr_keeps_names_and_personnummer():
    text = "Ordförande Ingrid Hermansson (S) och ledamoten Åsa Lindström, 740612-3389, 19XXXXXX-XXXX. " * 30
    out = damage.ocr(text, _rng(), rate=1.0)
    assert out != text
    assert fold(out).count("ingrid hermansson") == 30 and fold(out).count("asa lindstrom") == 30
    assert out.count("740612-3389") == 30 and out.count("19XXXXXX-XXXX") == 30
    assert "Ingrid" in out and "Iedamoten" in out


@pytest.mark.parametrize("word, forms", [
    pytest.param("kommun", {"kornmun", "komrnun"}, id="m-to-rn"),
    pytest.param("barnen", {"bamen"}, id="rn-to-m"),
    pytest.param("protokollet", {"protokoIlet", "protokolIet"}, id="l-to-I"),
    pytest.param("ärende", {"arende"}, id="diacritics"),
    pytest.param("2020", {"2O20", "202O"}, id="zero-to-O"),
    pytest.param("Åsa", {"Asa"}, id="diacritics-in-a-name"),
    pytest.param("Lindqvist", {"Lindqvist"}, id="capitalised-untouched"),
])
def test_ocr_confusions(word, forms):
    seen = {damage.ocr(word, random.Random(i), rate=1.0) for i in range(60)}
    assert seen == forms


def test_damage_text_is_reproducible_per_file_and_seed():
    text = (FIXTURES / "corpus2" / "protocols" / "c2_03_malmfalten_2021.txt").read_text(encoding="utf-8")
    a = damage.damage_text(text, "ocr", seed=3, key="a.txt")
    assert a == damage.damage_text(text, "ocr", seed=3, key="a.txt")
    assert a != damage.damage_text(text, "ocr", seed=4, key="a.txt")


# --- every protocol with gold, through every damage ---------------------------------------------

def _gold_pairs() -> list[tuple[Path, Path]]:
    dirs = [(FIXTURES / f"corpus{n}" / "protocols", FIXTURES / f"corpus{n}" / "gold") for n in (2, 3, 4, 5)]
    if (SHARED / "gold").is_dir():
        dirs += [(SHARED / "seeds", SHARED / "gold"), (SHARED / "real" / "protocols", SHARED / "real" / "gold")]
    pairs = []
    for docs, gold_dir in dirs:
        for gold_path in sorted(gold_dir.glob("*.json")):
            if gold_path.name != "identities.json":
                doc = docs / json.loads(gold_path.read_text(encoding="utf-8"))["document"]
                pairs.append((doc, gold_path))
    return pairs


PAIRS = _gold_pairs()


@pytest.fixture(scope="module")
def damaged() -> dict[tuple[str, str], tuple[str, str, dict]]:
    """(damage, protocol name) -> (original, damaged, gold)."""
    out = {}
    for doc, gold_path in PAIRS:
        text = doc.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name in damage.DAMAGES:
            out[name, doc.name] = (text, damage.damage_text(text, name, key=doc.name), gold)
    return out


def test_there_are_protocols_with_gold():
    assert len(PAIRS) >= 46


@pytest.mark.parametrize("name", list(damage.DAMAGES))
def test_gold_people_survive_every_damage(name, damaged):
    """Each gold name (or variant) the protocol spells out is still spelled out, up to score.py's fold."""
    lost = []
    for (kind, doc), (text, out, gold) in damaged.items():
        if kind != name:
            continue
        before, after = fold(text), fold(out)
        for person in gold.get("people", []):
            forms = {fold(n) for n in [person["name"], *person.get("name_variants", [])]}
            present = {f for f in forms if f in before}
            if present and not any(f in after for f in present):
                lost.append(f"{doc}: {person['name']}")
    assert not lost, lost


@pytest.mark.parametrize("name", list(damage.DAMAGES))
def test_forbidden_strings_survive_every_damage(name, damaged):
    """Personnummer stay in the text, so the PII check of score.py still means something."""
    lost = [(doc, s) for (kind, doc), (text, out, gold) in damaged.items() if kind == name
            for s in gold.get("forbidden_strings", []) if s in text and s not in out]
    assert not lost


@pytest.mark.parametrize("name", ["rewrap", "interleave", "flatten"])
def test_layout_damage_keeps_every_word(name, damaged):
    for (kind, doc), (text, out, _) in damaged.items():
        if kind != name:
            continue
        if name == "flatten":   # page numbers are added at the start of each line
            words = [w for line in out.split("\n") if line for w in line.split()[1:]]
        else:
            words = out.split()
        assert Counter(words) == Counter(text.split()), doc


def test_drop_para_leaves_no_section_sign(damaged):
    for (kind, doc), (text, out, _) in damaged.items():
        if kind == "drop_para":
            assert "§" not in out and (out != text) == ("§" in text), doc
            assert re.sub(r"§+ ?", "", text) == out


def test_flatten_gives_page_long_lines(damaged):
    """Every protocol longer than a page comes out with lines of more than 400 characters."""
    for (kind, doc), (text, out, _) in damaged.items():
        if kind == "flatten" and len(text) > 2500:
            assert max(len(line) for line in out.split("\n")) > 400, doc
            assert out.count("\n") < text.count("\n"), doc


@pytest.mark.parametrize("name, share", [
    ("flatten", 1.0), ("rewrap", 1.0), ("ocr", 1.0), ("clip_headings", 0.9), ("interleave", 0.4), ("drop_para", 0.7),
])
def test_each_damage_changes_most_protocols(name, share, damaged):
    changed = [out != text for (kind, _), (text, out, _) in damaged.items() if kind == name]
    assert sum(changed) >= share * len(changed), f"{name}: {sum(changed)} of {len(changed)} changed"


def test_ocr_changes_only_a_few_words(damaged):
    for (kind, doc), (text, out, _) in damaged.items():
        if kind == "ocr":
            a, b = text.split(), out.split()
            assert len(a) == len(b), doc
            assert sum(x != y for x, y in zip(a, b)) <= 0.2 * len(a), doc
