"""Word files, OpenDocument text and web pages read as plain text; files of unknown type named."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from samgraf.errors import InputError
from samgraf.sources import iter_protocol_files, list_skipped_files, read_document

ROSTER = [("Anna Berg (S)", "ordförande", "X"), ("Per Ek (M)", "ledamot", "")]


def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Protokoll styrelsemöte, Samordningsförbundet Sjuhärad")
    document.add_paragraph("")
    document.add_paragraph("Närvarande")
    table = document.add_table(rows=0, cols=3)
    for row in ROSTER:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    document.add_paragraph("§ 1 Mötets öppnande")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _odt_bytes() -> bytes:
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Protokoll styrelsemöte"))
    document.text.addElement(P(text="Närvarande"))
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    for row in ROSTER:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    document.text.addElement(table)
    document.text.addElement(P(text="§ 1 Mötets öppnande"))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "build", "encoding"), [
    pytest.param("p.docx", _docx_bytes, "docx", id="docx"),
    pytest.param("p.odt", _odt_bytes, "odt", id="odt"),
])
def test_office_files_read_as_lines_with_tabbed_table_rows(tmp_path: Path, name: str, build, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(build())
    doc = read_document(path, name)
    assert "Anna Berg (S)\tordförande\tX\n" in doc.text
    assert "Närvarande\n" in doc.text and "§ 1 Mötets öppnande" in doc.text
    assert doc.source.encoding == encoding


def test_broken_docx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "trasig.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(InputError, match="trasig.docx: not a readable .docx"):
        read_document(path, "trasig.docx")


def test_html_page_reads_as_text_without_markup(tmp_path: Path) -> None:
    page = ("<html><head><title>x</title><style>p{}</style></head><body><h1>Protokoll</h1>"
            "<p>Närvarande:&nbsp;<b>Anna Berg</b></p><table><tr><td>Per Ek</td><td>ledamot</td></tr></table>"
            "<script>var a = 1;</script></body></html>")
    path = tmp_path / "protokoll.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path, "protokoll.html")
    assert doc.text == "Protokoll\n\nNärvarande: Anna Berg\n\nPer Ek\tledamot\n"
    assert doc.source.media_type == "text/html"


def test_unknown_types_are_skipped_and_named(tmp_path: Path) -> None:
    for name in ["a.txt", "b.docx", "c.html", "bild.png", "sub/tabell.xlsx", ".dold/x.bin"]:
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_bytes(b"x")
    keys = [key for _, key in iter_protocol_files([tmp_path / "in"])]
    assert keys == ["in/a.txt", "in/b.docx", "in/c.html"]
    assert list_skipped_files([tmp_path / "in"]) == ["in/bild.png", "in/sub/tabell.xlsx"]
