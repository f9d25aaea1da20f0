"""Tests for samgraf.extractors.roster: roster layouts, attendance marks, signature blocks."""
from __future__ import annotations

import pytest

from samgraf.extractors import roster as roster_mod
from samgraf.extractors.roster import decode, heading_kind, parse_header, read_rosters, read_signatures


def rows(view, gaz, text: str) -> dict[str, roster_mod.RowFacts]:
    """Decoded roster rows by name."""
    return {decode(r).name: decode(r) for r in read_rosters(view(text), gaz)}


def signature_rows(view, gaz, text: str) -> dict[str, roster_mod.RowFacts]:
    """Decoded signature records (outside roster blocks) by name."""
    v = view(text)
    records = read_rosters(v, gaz)
    skip = {r.person.line for r in records} | {i.line for r in records for i in r.items}
    return {decode(r).name: decode(r) for r in read_signatures(v, gaz, skip)}


def summary(row: roster_mod.RowFacts) -> tuple:
    return (row.roles, row.represents.label if row.represents else None,
            row.party.abbreviation if row.party else None, row.present, row.voting)


def test_tab_table_with_present_and_voting_columns(view, gaz):
    text = ("Närvarolista\nNamn\tNärvarande\tBeslutande\nAnna Berg (S)\tX\tX\nPer Ek (M)\tX\t\n"
            "Lisa Holm (C)\t\t\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert {n: (r.party.abbreviation, r.present, r.voting) for n, r in found.items()} == {
        "Anna Berg": ("S", True, True), "Per Ek": ("M", True, False), "Lisa Holm": ("C", False, False)}


def test_tab_table_with_role_column(view, gaz):
    text = "Närvarande\nNamn\tRoll\tNärvarande\tBeslutande\nKarin Dahl\tOrdförande\tX\tX\nJonas Vik\tLedamot\t\t\n"
    found = rows(view, gaz, text)
    assert summary(found["Karin Dahl"]) == (("ordförande",), None, None, True, True)
    assert summary(found["Jonas Vik"]) == (("ledamot",), None, None, False, False)


@pytest.mark.parametrize(
    ("no", "yes"),
    [
        pytest.param("☐", "☒", id="unicode-boxes"),
        pytest.param('<input type="checkbox"/>', '<input checked="" type="checkbox"/>', id="html-inputs"),
    ],
)
def test_checkbox_list_first_box_nej_second_ja(view, gaz, no, yes):
    text = (f"Närvarande\n\nNej\tJa\n{no}\t{yes}\tAnna Berg (S)\tOrdförande\tAlingsås kommun\n"
            f"{yes}\t{no}\tPer Ek\tLedamot\tFörsäkringskassan\n"
            f"{yes}\t{yes}\tLisa Holm (M)\tLedamot\tVårgårda kommun\n"
            f"{no}\t{no}\tOla Strand\tErsättare\tLerums kommun\n\n§1 Öppnande\n")
    found = rows(view, gaz, text)
    assert summary(found["Anna Berg"]) == (("ordförande",), "Alingsås kommun", "S", True, None)
    assert summary(found["Per Ek"]) == (("ledamot",), "Försäkringskassan", None, False, None)
    assert found["Lisa Holm"].present is None, "both boxes checked: unknown"
    assert found["Ola Strand"].present is None, "no box checked: unknown"


def test_nej_ja_columns_with_x_marks(view, gaz):
    text = "Närvarande\nNej\tJa\tNamn\n\tX\tAnna Berg\nX\t\tPer Ek\n\n§ 1 Öppnande\n"
    found = rows(view, gaz, text)
    assert (found["Anna Berg"].present, found["Per Ek"].present) == (True, False)


def test_name_org_pairs_several_to_a_line(view, gaz):
    text = ("Närvarande: Anna Berg, Alingsås kommun Per Ek, Arbetsförmedlingen Lisa Holm, Vårgårda kommun\n\n"
            "§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert {n: (r.represents.label, r.present) for n, r in found.items()} == {
        "Anna Berg": ("Alingsås kommun", True), "Per Ek": ("Arbetsförmedlingen", True),
        "Lisa Holm": ("Vårgårda kommun", True)}


def test_semicolon_separated_roster(view, gaz):
    text = "Närvarande: Anna Berg (S), Lerums kommun; Per Ek, Försäkringskassan; Lisa Holm (C), Alingsås kommun\n"
    found = rows(view, gaz, text)
    assert [(n, r.represents.label) for n, r in found.items()] == [
        ("Anna Berg", "Lerums kommun"), ("Per Ek", "Försäkringskassan"), ("Lisa Holm", "Alingsås kommun")]


def test_ordinarie_ersattare_franvarande_ovriga_blocks(view, gaz):
    text = ("Ordinarie ledamöter:\tAnna Berg, Alingsås kommun Per Ek, Försäkringskassan\n"
            "Ersättare:\tLisa Holm, Vårgårda kommun\nFrånvarande:\tOla Strand, Lerums kommun\n"
            "Övriga:\tMaja Lind, förbundschef Nils Åberg, ekonom\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert {n: (r.roles, r.represents.label if r.represents else None, r.present) for n, r in found.items()} == {
        "Anna Berg": (("ledamot",), "Alingsås kommun", True),
        "Per Ek": (("ledamot",), "Försäkringskassan", True),
        "Lisa Holm": (("ersättare",), "Vårgårda kommun", True),
        "Ola Strand": ((), "Lerums kommun", False),
        "Maja Lind": (("förbundschef",), None, True),
        "Nils Åberg": (("ekonom",), None, True),
    }


def test_one_person_per_line_with_role_party_and_member(view, gaz):
    text = ("Ledamöter:\nAnna Berg, ordförande (S), Lerums kommun\nPer Ek, ledamot, Försäkringskassan\n"
            "Anmält förhinder:\nLisa Holm (M), Alingsås kommun\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert "ordförande" in found["Anna Berg"].roles
    assert summary(found["Per Ek"]) == (("ledamot",), "Försäkringskassan", None, True, None)
    assert (found["Lisa Holm"].present, found["Lisa Holm"].party.abbreviation) == (False, "M")


def test_rows_name_party_then_municipality(view, gaz):
    text = "Ledamöter\nAnna Berg (S), Vänersborgs kommun\nPer Ek (M), Alingsås kommun\n\n§ 1 Öppnande\n"
    found = rows(view, gaz, text)
    assert summary(found["Anna Berg"]) == (("ledamot",), "Vänersborgs kommun", "S", True, None)
    assert summary(found["Per Ek"]) == (("ledamot",), "Alingsås kommun", "M", True, None)


def test_tjanstgorande_ersattare_for(view, gaz):
    text = "Ersättare\nKarl Sund (M), Alingsås kommun, tjänstgörande ersättare för Per Ek\n\n§ 1 Öppnande\n"
    row = rows(view, gaz, text)["Karl Sund"]
    assert row.substitute_for == "Per Ek"
    assert "tjänstgörande ersättare" in row.roles and set(row.roles) <= {"ersättare", "tjänstgörande ersättare"}
    assert "Per Ek" not in rows(view, gaz, text)


def test_tjg_ersattare_for_leaves_no_stray_role(view, gaz):
    text = "Ledamöter\nKarl Sund (M), tjg ersättare för Per Ek, Alingsås kommun\n\n§ 1 Öppnande\n"
    row = rows(view, gaz, text)["Karl Sund"]
    assert row.substitute_for == "Per Ek"
    assert row.roles == ("tjänstgörande ersättare",)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Närvarande\nNamn Närvarande Beslutande\nAnna Berg X X\nPer Ek X\nLisa Holm\n\n§ 1 Öppnande\n",
                     id="columns-collapsed-to-spaces"),
        pytest.param("Närvarolista\nNamn Närvarande Beslutande\nAnna Berg (S) X X\nPer Ek (M) X\n\n§ 1 Öppnande\n",
                     id="columns-collapsed-with-party"),
    ],
)
def test_table_with_lost_columns_reads_crosses_in_column_order(view, gaz, text):
    """Cells collapsed to spaces (OCR, a flattened page): the crosses fill the mark columns from the first,
    'Närvarande', so one cross is present and two are present and voting."""
    found = rows(view, gaz, text)
    assert (found["Anna Berg"].present, found["Anna Berg"].voting) == (True, True)
    assert (found["Per Ek"].present, found["Per Ek"].voting) == (True, False)


def test_notice_block_is_never_attendance(view, gaz):
    text = "Kallade styrelseledamöter\nAnna Berg (S), Lerums kommun\nPer Ek (M), Alingsås kommun\n\n§ 1 Öppnande\n"
    found = rows(view, gaz, text)
    assert set(found) == {"Anna Berg", "Per Ek"}
    assert all(r.present is None for r in found.values())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("§ 9 Avslutning\nMötet avslutas.\n\n\nAnna Berg, ordförande\n\n\nPer Ek, justerare\n",
                     id="name-comma-role"),
        pytest.param("§ 9 Avslutning\nMötet avslutas.\n\n\nAnna Berg\t\tPer Ek\nOrdförande\t\tJusterare\n",
                     id="names-then-roles-next-line"),
        pytest.param("§ 9 Avslutning\nMötet avslutas.\n\nJusteras:\nOrdförande: Anna Berg, Justerare: Per Ek\n",
                     id="role-colon-name-one-line"),
    ],
)
def test_signature_blocks(view, gaz, text):
    found = signature_rows(view, gaz, text)
    assert {n: r.roles for n, r in found.items()} == {"Anna Berg": ("ordförande",), "Per Ek": ("justerare",)}


@pytest.mark.parametrize(
    ("line", "role", "present"),
    [
        pytest.param("Ordinarie ledamöter:", "ledamot", True, id="ordinarie"),
        pytest.param("Tjänstgörande ersättare", "tjänstgörande ersättare", True, id="tjg-ersattare"),
        pytest.param("Frånvarande ersättare", "ersättare", False, id="franvarande-ersattare"),
        pytest.param("Anmält förhinder:", None, False, id="forhinder"),
        pytest.param("Övriga närvarande", None, True, id="ovriga"),
    ],
)
def test_heading_kind(line, role, present):
    kind, _ = heading_kind(line)
    assert (kind.role, kind.present) == (role, present)


def test_prose_is_not_a_heading():
    assert heading_kind("Styrelsen diskuterade budgeten.") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Namn\tNärvarande\tBeslutande", {0: "name", 1: "present", 2: "voting"}, id="tab"),
        pytest.param("Nej\tJa", {0: "absent", 1: "present"}, id="nej-ja"),
        pytest.param("Anna Berg\tX\tX", None, id="data-row"),
    ],
)
def test_parse_header(line, expected):
    assert parse_header(line) == expected


@pytest.mark.parametrize("cell", ["\t", "      "], ids=["tab-cells", "space-aligned"])
def test_grouped_roster_rows_under_member_party_headings(view, gaz, cell):
    """A member party heads the indented rows of its seats; in a tab table (a PDF's cells, a word
    processor's export) too, where the heading line has no tab and must not end the table."""
    text = ("Närvarande\n\nAle kommun\n    Ledamot{c}Karin Berg (C){c}J\n    Ersättare{c}Olle Dahl (S){c}–\n"
            "Lerums kommun\n    Ledamot{c}Stina Ek (M){c}J ordförande\n    Ersättare{c}Per Holm (KD){c}T\n"
            "Försäkringskassan\n    Ledamot{c}Eva Lind{c}J\n\n§ 1 Öppnande\n").replace("{c}", cell)
    found = rows(view, gaz, text)
    assert {n: r.represents.label for n, r in found.items()} == {
        "Karin Berg": "Ale kommun", "Olle Dahl": "Ale kommun", "Stina Ek": "Lerums kommun",
        "Per Holm": "Lerums kommun", "Eva Lind": "Försäkringskassan"}
    assert found["Stina Ek"].roles == ("ledamot", "ordförande")
    assert found["Olle Dahl"].roles == ("ersättare",)


def test_a_heading_with_a_legend_of_marks_opens_the_roster(view, gaz):
    """"Närvaro (J = närvarande, – = ej närvarande, T = tjänstgör)": the legend is longer than a short
    note in brackets; read as a heading, the indented "Ersättare<TAB>name" rows under it are rows, not
    headings of blocks of their own."""
    kind, _ = heading_kind("Närvaro (J = närvarande, – = ej närvarande, T = tjänstgör)")
    assert (kind.role, kind.present) == (None, True)
    text = ("Närvaro (J = närvarande, – = ej närvarande, T = tjänstgör)\n\nAle kommun\n"
            "    Ledamot\tKarin Berg (C)\tJ\n    Ersättare\tOlle Dahl (S)\t–\nLerums kommun\n"
            "    Ledamot\tStina Ek (M)\t–\n    Ersättare\tPer Holm (KD)\tT\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert {n: (r.represents.label, r.present) for n, r in found.items()} == {
        "Karin Berg": ("Ale kommun", True), "Olle Dahl": ("Ale kommun", False),
        "Stina Ek": ("Lerums kommun", False), "Per Holm": ("Lerums kommun", True)}
    assert "tjänstgörande ersättare" in found["Per Holm"].roles


def test_page_furniture_inside_a_roster_is_no_gap(view, gaz):
    """A page header and footer between a roster's rows, one line each ("Sida 2 (3)", "Justerandes
    sign", "Utdragsbestyrkande"): blanked in the view, they do not end the roster as blank lines would."""
    text = ("Ledamöter\nAnna Berg (S), Ale kommun\nPer Ek (M), Lerums kommun\n\nSAMMANTRÄDESPROTOKOLL Samordningsförbundet Ale\n"
            "    Sida 2 (3)\nJusterandes sign\nUtdragsbestyrkande\n\nLisa Holm (C), Alingsås kommun\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert summary(found["Lisa Holm"]) == (("ledamot",), "Alingsås kommun", "C", True, None)


def test_rows_run_together_in_a_column_of_values(view, gaz):
    """Labels in one column and their values later (a form read column by column); a narrow column's
    reader ran rows that each ended near its edge together: each person keeps their own party and
    organisation."""
    text = ("Plats och tid\n\nBeslutande\n\nÖvriga närvarande\n\nUtses att justera\n\nParagrafer\n\n"
            "Stadshuset, 2022-09-14 kl. 13.00\n\nAnna Berg (S), ordförande, Ale kommun\n"
            "Per Ek (M), Lerums kommun Lisa Holm (L), Region Halland Eva Lind, Försäkringskassan\n"
            "Jan Ås, Arbetsförmedlingen\n\nBo Sand, förbundschef\n\nPer Ek\n\n§§ 1–5\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert {n: (r.represents.label if r.represents else None, r.party.abbreviation if r.party else None)
            for n, r in found.items() if n != "Bo Sand"} == {
        "Anna Berg": ("Ale kommun", "S"), "Per Ek": ("Lerums kommun", "M"), "Lisa Holm": ("Region Halland", "L"),
        "Eva Lind": ("Försäkringskassan", None), "Jan Ås": ("Arbetsförmedlingen", None)}


def test_side_by_side_roster_headings_in_tab_cells(view, gaz):
    """"Ledamöter<TAB>Ersättare" over rows of two tab cells: members on the left, deputies on the
    right, as the space-aligned form is split by the heading's position. A row whose cells a single
    space parts (no tab) between tab rows does not end the roster; it stays whole on the left, so its
    deputy is found with their organisation but not yet known as a deputy."""
    text = ("Ledamöter\tErsättare\nAnna Berg (S) Ale kommun, ordf.\tMaja Holm (V) Ale kommun\n"
            "Gun Sahlin (M) Lerums kommun\tPontus Ek (L) Lerums kommun\n"
            "Kristin Vall (MP) Alingsås kommun, förhinder Ahmed Nur (S) Alingsås kommun\n"
            "Roger Lund Försäkringskassan\tBritt Olsson Försäkringskassan, förhinder\n\n"
            "Övriga närvarande: Ann Kron, förbundschef\n\n§ 1 Öppnande\n")
    found = rows(view, gaz, text)
    assert {n: (r.roles[0], r.represents.label) for n, r in found.items() if n not in ("Ann Kron", "Ahmed Nur")} == {
        "Anna Berg": ("ledamot", "Ale kommun"), "Maja Holm": ("ersättare", "Ale kommun"),
        "Gun Sahlin": ("ledamot", "Lerums kommun"), "Pontus Ek": ("ersättare", "Lerums kommun"),
        "Kristin Vall": ("ledamot", "Alingsås kommun"),
        "Roger Lund": ("ledamot", "Försäkringskassan"), "Britt Olsson": ("ersättare", "Försäkringskassan")}
    assert found["Ahmed Nur"].represents.label == "Alingsås kommun"
    assert (found["Kristin Vall"].present, found["Britt Olsson"].present) == (False, False)
