"""Word processor files and web pages as plain text: .docx (python-docx), .odt (odfpy), .html.

Paragraphs become lines, an empty paragraph a blank line, and a table row one line with its
cells separated by tabs (the layout the roster reader knows from text exports). Web pages lose
their markup: block elements end a line, table cells are tab separated, scripts and styles go.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from samgraf.errors import InputError


def _cell_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_docx(path: Path, data: bytes) -> str:
    """The body of a .docx in order: paragraphs as lines, table rows as tab-separated lines."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as e:  # pragma: no cover - a dependency of samgraf
        raise InputError(f"{path}: reading .docx needs python-docx; pip install python-docx") from e
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises zip, XML and key errors on broken files
        raise InputError(f"{path}: not a readable .docx ({type(e).__name__}); open and save it again in Word") from e
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_docx_rows(block))
    return "\n".join(lines).strip("\n") + "\n"


def _docx_rows(table) -> Iterator[str]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:               # merged cells repeat: keep each once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell.text))
        yield "\t".join(cells)


def read_odt(path: Path, data: bytes) -> str:
    """The body of an .odt in order: headings and paragraphs as lines, table rows tab separated."""
    try:
        from odf import opendocument, teletype
        from odf.namespaces import TABLENS, TEXTNS
    except ImportError as e:  # pragma: no cover - a dependency of samgraf
        raise InputError(f"{path}: reading .odt needs odfpy; pip install odfpy") from e
    try:
        document = opendocument.load(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - odfpy raises zip and XML errors on broken files
        raise InputError(f"{path}: not a readable .odt ({type(e).__name__}); open and save it again") from e
    lines: list[str] = []

    def walk(node) -> None:
        for child in node.childNodes:
            name = getattr(child, "qname", None)
            if name in ((TEXTNS, "p"), (TEXTNS, "h")):
                lines.append(teletype.extractText(child))
            elif name == (TABLENS, "table-row"):
                cells = [c for c in child.childNodes if getattr(c, "qname", None) == (TABLENS, "table-cell")]
                lines.append("\t".join(_cell_text(teletype.extractText(c)) for c in cells))
            elif name is not None:
                walk(child)

    walk(document.text)
    return "\n".join(lines).strip("\n") + "\n"


_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "header", "footer", "ul", "ol", "dt", "dd", "blockquote", "pre", "hr"}
_SKIP = {"script", "style", "noscript", "template", "head"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.first_cell = True

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in ("td", "th"):
            if not self.first_cell:
                self.parts.append("\t")
            self.first_cell = False
        elif tag == "input" and dict(attrs).get("type") == "checkbox":
            self.parts.append("☒ " if "checked" in dict(attrs) else "☐ ")
        elif tag in _BLOCKS:
            self.parts.append("\n")
            self.first_cell = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS and tag != "br":
            self.parts.append("\n")
            self.first_cell = True

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """A web page as text: one line per block element, table cells tab separated, at most one blank line."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\u00a0", " ")
    lines = [line.strip(" ") for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n") + "\n"
