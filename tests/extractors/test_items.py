"""The items stage alone: one line of roster text -> typed items with offsets (invented names)."""
from __future__ import annotations

from samgraf.extractors.items import Line, find_items


def kinds(text: str, gaz, **kw) -> list[tuple[str, str]]:
    line = Line(0, 0, len(text), text)
    return [(i.kind, text[i.start:i.end]) for i in find_items(text, line, gaz, **kw)]


def test_person_party_role_and_section_reference(gaz):
    found = kinds("Karin Dahl (S), ordförande, t o m 15", gaz)
    assert [k for k, _ in found] == ["person", "party", "role", "sections"]
    assert found[0] == ("person", "Karin Dahl") and found[1][1].strip("()") == "S" and found[3] == ("sections", "t o m 15")


def test_substitute_and_unclosed_party(gaz):
    found = kinds("Ola Strand, Marks kommun, (m, ersättare för Per Holm", gaz)
    assert ("substitute", "Per Holm") in found and ("org", "Marks kommun") in found
    assert any(k == "party" and t.strip("(") == "m" for k, t in found)


def test_surname_first_row_and_checkbox_mark(gaz):
    found = kinds(" ☒  Lindholm Karin, vice ordförande, distans", gaz, surname_first=True)
    assert ("person", "Lindholm Karin") in found and ("mark", "☒") in found and ("mark", "distans") in found
    person = next(i for i in find_items(" ☒  Lindholm Karin, x", Line(0, 0, 21, " ☒  Lindholm Karin, x"), gaz,
                                        surname_first=True) if i.kind == "person")
    assert person.value == "Karin Lindholm"


def test_role_of_another_body_is_a_title(gaz):
    found = kinds("Per Holm, enhetschef, Beredningsgruppens ordförande", gaz)
    assert ("role", "ordförande") not in found
