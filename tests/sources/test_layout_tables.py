"""Layout of tables and lists whose cells a proportional font or a word processor's tab stops did not
line up: they stay rows, not two columns; a heading over indented rows stays a heading.

Pure functions over word boxes (samgraf.layout), with short invented rows."""
from __future__ import annotations

from samgraf.layout import Word, render_page


def _cells(y: float, *cells: tuple[float, str], gap: float = 3.0) -> list[Word]:
    """Words of one line: (x, text) cells, each word 6 pt per letter, 10 pt high, `gap` pt between words."""
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(x, y, x + 6 * len(word), y + 10, word))
            x += 6 * len(word) + gap
    return out


def _line_with(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def test_a_value_column_beside_members_stays_on_their_rows() -> None:
    """"Bifall" beside each member is a table's value column, not a second column of entries."""
    rows = [("Anna Berg (S), Ale kommun, ordförande", "Bifall"), ("Karl Lund (M), Lerums kommun", "Avslag"),
            ("Eva Dahl (C), Partille kommun", "Bifall"), ("Olle Sten, Försäkringskassan", "Inget svar")]
    words = _cells(100, (70, "Ledamot"), (330, "Svar"))
    for k, (member, answer) in enumerate(rows):
        words += _cells(114 + 14 * k, (70, member), (330, answer))
    text = render_page(words)
    for member, answer in rows:
        assert answer in _line_with(text, member.split(",")[0]), text


def test_rows_beside_a_row_across_the_gutter_stay_rows() -> None:
    """A row whose entries a proportional font set closer than the gutter ("... vice ordf.  Pontus Ek")
    runs across it; the rows around it in the same block are rows of one roster, not two columns."""
    words = _cells(100, (70, "Ledamöter"), (330, "Ersättare"))
    words += _cells(114, (70, "Lars Ek (S) Ale kommun, ordf."), (330, "Maja Holm (V) Ale kommun"))
    words += _cells(128, (70, "Gun Sahlin (M) Lerums kommun, vice ordf. Pontus Ek (L) Lerums kommun"))
    words += _cells(142, (70, "Roger Lund Försäkringskassan"), (330, "Britt Olsson Försäkringskassan"))
    words += _cells(156, (70, "Elin Sund Arbetsförmedlingen"), (330, "Stefan Brandt (SD) Ale kommun"))
    text = render_page(words)
    assert "Britt Olsson" in _line_with(text, "Roger Lund"), text
    assert "Stefan Brandt" in _line_with(text, "Elin Sund"), text


def test_a_two_column_roster_with_a_short_heading_is_still_read_column_by_column() -> None:
    words = _cells(100, (70, "Närvarande ledamöter"))
    for k, (left, right) in enumerate([("Anna Berg (S), ordförande", "Karl Lund (M), Lerums kommun"),
                                       ("Eva Dahl (C), Partille kommun", "Olle Sten, Försäkringskassan")]):
        words += _cells(114 + 14 * k, (70, left), (330, right))
    lines = render_page(words).splitlines()
    assert lines.index("Eva Dahl (C), Partille kommun") < lines.index("Karl Lund (M), Lerums kommun")


def test_a_heading_over_indented_rows_is_not_taken_for_a_wrapped_row() -> None:
    """"Eksjö kommun" starts left of the indented rows above it: a heading, written on its own line,
    and the rows under it keep their indentation, as in a text file."""
    words = _cells(100, (70, "Aneby kommun"))
    words += _cells(114, (100, "Ledamot"), (180, "Ingela Ström (C)"), (330, "J"))
    words += _cells(128, (100, "Ersättare"), (180, "Bo Flink (S)"), (330, "–"))
    words += _cells(142, (70, "Eksjö kommun"))
    words += _cells(156, (100, "Ledamot"), (180, "Annika Hall (M)"), (330, "J"))
    words += _cells(170, (100, "Ersättare"), (180, "Mats Peter (KD)"), (330, "–"))
    lines = render_page(words).splitlines()
    assert "Eksjö kommun" in lines and "Aneby kommun" in lines, lines
    rows = [line for line in lines if "Ledamot" in line or "Ersättare" in line]
    assert len(rows) == 4 and all(line.startswith("  ") and not line.startswith("  Eksjö") for line in rows), lines


def test_full_rows_shifted_off_the_tab_stops_keep_their_cells_in_order() -> None:
    """A long name pushes the party one tab stop on; the row still has one cell per column, in order."""
    words = _cells(100, (70, "Namn"), (130, "Parti"), (190, "Organisation"), (310, "Uppdrag"), (430, "Närvaro"))
    words += _cells(114, (70, "Mona Ek"), (190, "S"), (250, "Ale kommun"), (430, "Ordförande"), (550, "X"))
    words += _cells(128, (70, "Per Holm"), (190, "C"), (250, "Lerums kommun"), (430, "Ledamot"), (550, "X"))
    words += _cells(142, (70, "Therese Olofsson"), (250, "M"), (310, "Partille kommun"), (490, "Ledamot"),
                    (610, "X"))
    words += _cells(156, (70, "Anna Berg"), (190, "V"), (250, "Kungälvs kommun"), (430, "Ledamot"), (550, "X"))
    lines = render_page(words).splitlines()
    assert lines[0] == "Namn\tParti\tOrganisation\tUppdrag\tNärvaro", lines
    assert "Therese Olofsson\tM\tPartille kommun\tLedamot\tX" in lines, lines


def test_a_header_whose_words_sit_closer_than_a_cell_gap_is_split_into_its_cells() -> None:
    """"Parti   Representerar": short header words over wide columns, two spaces apart in a
    proportional font, are two cells when the table's rows have one cell more than the header."""
    words = _cells(100, (70, "Namn"), (150, "Parti"), (330, "Uppdrag"))
    words.append(Word(186, 100, 186 + 6 * 13, 110, "Representerar"))            # 6 pt after "Parti"
    for k, (name, party, org) in enumerate([("Anna Berg", "S", "Ale kommun"), ("Karl Lund", "M", "Lerums kommun"),
                                            ("Eva Dahl", "C", "Partille kommun")]):
        words += _cells(114 + 14 * k, (70, name), (150, party), (190, org), (330, "Ledamot"))
    lines = render_page(words).splitlines()
    assert lines[0] == "Namn\tParti\tRepresenterar\tUppdrag", lines


def test_a_justified_row_is_not_split_at_its_stretched_spaces() -> None:
    """Stretched spaces are all alike: "Magnus von Schenck" stays one cell."""
    words = _cells(100, (70, "☐"), (90, "☒"), (110, "Anna Berg"), (250, "Ledamot"))
    words += _cells(114, (70, "☒"), (90, "☐"), (110, "Karl Lund"), (250, "Ersättare"))
    words += _cells(128, (70, "☐"), (90, "☒"), (110, "Magnus von Schenck", ), gap=9.0)
    words += _cells(142, (70, "☐"), (90, "☒"), (110, "Eva Dahl"), (250, "Ledamot"))
    line = _line_with(render_page(words), "Magnus")
    assert "Magnus von Schenck" in line, line


def _justified(y: float, words: int = 5, left: float = 70, right: float = 360) -> list[Word]:
    """A justified line of prose from `left` to `right`: six-letter words, stretched spaces all alike."""
    gap = (right - left - 36 * words) / (words - 1)
    return [Word(left + k * (36 + gap), y, left + k * (36 + gap) + 36, y + 10, "ordord") for k in range(words)]


def _grouped_rows(last_row_end: float) -> list[Word]:
    """A justified paragraph (the flow's right edge at 360), then rows set with spaces in a proportional
    font under member-party headings: names and last cells start anywhere (no table stops); the second
    row's last cell ends at `last_row_end`, and the line under it starts at the left edge."""
    words = _justified(60) + _justified(74) + _justified(88)
    words += _cells(114, (70, "Aneby kommun"))
    words += _cells(128, (100, "Ledamot"), (160, "Ingela Ström (C)"), (314, "J"))
    words += _cells(142, (100, "Ersättare"), (178, "Bo Flink (S) Region"), (last_row_end - 18, "Nej"))
    words += _cells(156, (70, "Eksjö kommun"))
    words += _cells(170, (100, "Ledamot"), (194, "Annika Hallgren (M)"), (308, "Ja"))
    words += _cells(184, (100, "Ersättare"), (171, "Mats Peter (KD)"), (290, "Närv."))
    return words


def test_a_heading_under_indented_rows_that_are_no_table_stays_a_heading() -> None:
    """A row that stops short of the right edge, though the heading's first word would not have fitted
    after it: the heading, starting left of the indented row, is not its wrapped end ("Eksjö kommun" was
    glued to "Ersättare  Bo Flink (S)  Nej", and each group took the next one's party)."""
    lines = render_page(_grouped_rows(last_row_end=340)).splitlines()
    assert "Eksjö kommun" in lines and "Aneby kommun" in lines, lines
    assert _line_with("\n".join(lines), "Bo Flink").rstrip().endswith("Nej"), lines


def test_an_indented_row_that_fills_the_line_runs_on_into_its_wrapped_end() -> None:
    """A row that fills the line to the right edge was wrapped there: the next line is its end, even
    where it starts left of the row ("    Roger Ek (M)   Region Västra" / "Götaland   närvarande")."""
    lines = render_page(_grouped_rows(last_row_end=360)).splitlines()
    assert "Eksjö kommun" in _line_with("\n".join(lines), "Bo Flink"), lines
