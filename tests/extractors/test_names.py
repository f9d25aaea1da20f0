"""Tests for samgraf.extractors.names: name lists, person-name spans, identity keys."""
from __future__ import annotations

import pytest
from samgraf.extractors.names import (
    clean_name,
    find_person_names,
    is_first_name,
    load_first_names,
    load_surnames,
    name_key,
)


def names_in(text: str, **kwargs) -> list[str]:
    """The matched texts of find_person_names."""
    return [span for _, _, span in find_person_names(text, **kwargs)]


def test_lists_hold_original_and_folded_forms():
    first, last = load_first_names(), load_surnames()
    assert {"Åsa", "asa", "Jerker", "Athraa", "Meeri", "Christofer"} <= first
    assert {"Månsson", "mansson", "Andersson", "Lindqvist"} <= last
    assert len(first) > 2000 and len(last) > 2000


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        pytest.param("Anna", True, id="plain"),
        pytest.param("ANNA", True, id="upper"),
        pytest.param("asa", True, id="diacritics-folded"),
        pytest.param("Lars-Olof", True, id="hyphenated"),
        pytest.param("lvar", True, id="ocr-l-for-I"),
        pytest.param("Maud", True, id="extra-list"),
        pytest.param("Anna-Styrelsen", False, id="hyphen-part-not-a-name"),
        pytest.param("Styrelsen", False, id="word"),
        pytest.param("lyfte", False, id="verb-starting-with-l"),
        pytest.param("Ilari", True, id="from-the-statistics"),
        pytest.param("Frej", True, id="from-the-statistics-2"),
        pytest.param("Elva", False, id="statistics-name-that-is-a-word"),
        pytest.param("Vid", False, id="word"),
    ],
)
def test_is_first_name(token, expected):
    assert is_first_name(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ordförande Maria Lindén hälsar alla välkomna.", ["Maria Lindén"], id="after-role"),
        pytest.param("Närvarande: Karl-Erik Vesterholm, Annelie Torp/Hansson", ["Karl-Erik Vesterholm",
                     "Annelie Torp/Hansson"], id="hyphen-first-and-slash-surname"),
        pytest.param("Gustaf af Lindhé och Elsa P Morin", ["Gustaf af Lindhé", "Elsa P Morin"],
                     id="particle-and-initial"),
        pytest.param("Mattias Berg Lindqvist Arbetsförmedlingen", ["Mattias Berg Lindqvist"], id="double-surname"),
        pytest.param("Sara Nyström-Kjell (S) ledamot", ["Sara Nyström-Kjell"], id="hyphen-surname"),
        pytest.param("Per Ek Anna Berg", ["Per Ek", "Anna Berg"], id="two-names-in-a-row"),
        pytest.param("minister Eva\nTornblad visar", ["Eva\nTornblad"], id="wrapped-line"),
        pytest.param("Malin Sund\nOlle Berg", ["Malin Sund", "Olle Berg"], id="one-per-line"),
        pytest.param("Joakim lvarsson och Linda llmrud", ["Joakim lvarsson", "Linda llmrud"], id="ocr-l"),
    ],
)
def test_find_person_names_finds(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Gunnar Pettersson Kramfors kommun", ["Gunnar Pettersson"], id="place"),
        pytest.param("Hedvig Fallgren Socionomstudent", ["Hedvig Fallgren"], id="role-compound"),
        pytest.param("Jonas Olkerud Region Kalmar lan X", ["Jonas Olkerud"], id="region"),
        pytest.param("Lena Dahl Förbundschef", ["Lena Dahl"], id="title"),
        pytest.param("Lotta Sjögren Verksamhetsch.", ["Lotta Sjögren"], id="abbreviated-title"),
        pytest.param("Nils Sandberg Forsakringskassan", ["Nils Sandberg"], id="ocr-org"),
        pytest.param("Helge Nilsson Folkets Hus", ["Helge Nilsson"], id="venue"),
        pytest.param("Kim Lodin, Falkenbergs kommun", ["Kim Lodin"], id="comma"),
    ],
)
def test_find_person_names_stops_before_org_or_role(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gabriella lyfte frågan om budgeten.", id="first-name-alone"),
        pytest.param("sektionschef Robert A", id="initial-only"),
        pytest.param("enhetschef Ingemar B Vimmerby", id="initial-then-place"),
        pytest.param("Folkets Hus Varberg och Region Halland", id="org-names"),
        pytest.param("Styrelsen beslutar. Beslut: Ja. Nej. Ärende 4. Dagordningen. Mötet.", id="sentence-words"),
        pytest.param("Ordförande\tLedamot\tErsättare\tSekreterare\tJusterare", id="roles"),
        pytest.param("Försäkringskassan Arbetsförmedlingen Samordningsförbundet FINSAM", id="orgs"),
        pytest.param("Sofia Kramfors", id="place-as-surname"),
        pytest.param("Ernst & Young", id="ampersand"),
        pytest.param("Malin och Joakim", id="two-first-names"),
        pytest.param("ANNA BERG", id="all-caps"),
    ],
)
def test_find_person_names_rejects(text):
    assert names_in(text) == []


def test_find_person_names_offsets_are_absolute():
    text = "Justerare: Anna Berg och Per Ek."
    spans = find_person_names(text, 20)
    assert spans == [(25, 31, "Per Ek")]
    assert all(text[s:e] == t for s, e, t in spans)


def test_find_person_names_end_limits_the_scan():
    assert names_in("Anna Berg och Per Ek", end=10) == ["Anna Berg"]


def test_find_person_names_accepts_known_names():
    text = "Zorro Qwertz deltog."
    assert names_in(text) == []
    assert names_in(text, known=["Zorro Qwertz"]) == ["Zorro Qwertz"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Joakim lvarsson", "Joakim Ivarsson", id="l-for-I"),
        pytest.param("Malin Mansson", "Malin Månsson", id="diacritics"),
        pytest.param("Lars-Olof  Larsson", "lars olof larsson", id="hyphen-space-case"),
        pytest.param("J0han Berg", "Johan Berg", id="zero-for-o"),
        pytest.param("Anna Bjarnesson", "Anna Bjamesson", id="rn-for-m"),
    ],
)
def test_name_key_collapses_variants(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_people_apart():
    assert name_key("Anna Berg") != name_key("Anna Borg")
    assert name_key("Malin Gustafsson") != name_key("Malin Gustavsson Ek")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Linda llmrud", "Linda Ilmrud", id="ocr-l-in-surname"),
        pytest.param("lvar Svensson", "Ivar Svensson", id="ocr-l-in-known-first-name"),
        pytest.param("Ordförande Ingrid Holmér (C)", "Ingrid Holmér", id="role-and-party"),
        pytest.param("**Anna  Berg**,", "Anna Berg", id="markdown"),
        pytest.param("<b>Eva Lund</b>", "Eva Lund", id="html"),
        pytest.param("Magnus von Essen, ledamot", "Magnus von Essen", id="particle-kept"),
        pytest.param("Tove Ek/Sandberg", "Tove Ek/Sandberg", id="slash-kept"),
    ],
)
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


def test_find_person_names_on_long_text():
    text = ("Ordförande Maria Lindén hälsar alla välkomna. Styrelsen beslutar att godkänna budgeten "
            "enligt förslag från Per Ek, Arbetsförmedlingen.\n") * 150
    find_person_names(text)
    spans = find_person_names(text)
    assert len(text) > 20_000 and len(spans) == 300


def test_a_double_first_name_opens_the_next_person_in_a_run():
    """In a run of names, a hyphenated token whose first part is a first name starts the next person, even
    when we do not know its second part ("Sven-Göthe"); a hyphenated surname does not."""
    from samgraf.extractors.names import find_person_names

    run = "Christer Jonsson Tomas Kronståhl Sven-Göthe Lidheim Karl Längberg"
    found = [n for *_, n in find_person_names(run, lenient=True)]
    assert found[:2] == ["Christer Jonsson", "Tomas Kronståhl"] and found[-1] == "Karl Längberg"
    assert [n for *_, n in find_person_names("Nina Fållbäck-Svenson Börje Frisk", lenient=True)] == [
        "Nina Fållbäck-Svenson", "Börje Frisk"]


def test_camel_case_double_name_whose_first_part_starts_a_known_name():
    """"RosMarie" (Ros of Rose/Rosa + Marie) is a first name; a title glued to a name ("KommunChef") is not."""
    from samgraf.extractors.names import find_person_names, is_first_name
    assert is_first_name("RosMarie") and not is_first_name("KommunChef")
    text = "Yngve Filipsson (fp) RosMarie Jönsson Neckö (s) deltog inte"
    assert [n for _s, _e, n in find_person_names(text, 0, len(text), lenient=True)] == \
        ["Yngve Filipsson", "RosMarie Jönsson Neckö"]
