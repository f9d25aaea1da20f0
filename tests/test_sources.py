"""Tests for samgraf.sources: finding protocol files and reading them as text."""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import re
from pathlib import Path
from types import ModuleType

import pytest

from samgraf.errors import InputError
from samgraf.sources import doc_id_for, iter_protocol_files, read_document, read_source

pytest.importorskip("fpdf", reason="fpdf2 builds the test PDFs")


def _load_make_pdf() -> ModuleType:
    """Import tests/fixtures/make_pdf.py by path (tests/ is not a package)."""
    path = Path(__file__).parent / "fixtures" / "make_pdf.py"
    spec = importlib.util.spec_from_file_location("samgraf_test_make_pdf", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_pdf = _load_make_pdf()

SWEDISH = "Protokoll för styrelsen\nÅsa Öberg, ordförande – Ärende § 4 är avslutat."


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _luhn_number(yymmdd: str, serial: str) -> str:
    """Build an invented short personnummer with a correct check digit."""
    digits = [int(c) * (2 - i % 2) for i, c in enumerate(yymmdd + serial)]
    total = sum(d - 9 if d > 9 else d for d in digits)
    return f"{yymmdd}-{serial}{(10 - total % 10) % 10}"


# --- walking folders -------------------------------------------------------------------

def test_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "protokoll"
    for name in ["b.txt", "a.md", "sub/c.pdf", "sub/d.markdown", "Z/e.TXT",
                 ".dold.txt", ".git/f.txt", "sub/.cache/g.txt", "bild.png", "notes.xlsx"]:
        _write(root / name, b"x")
    keys = [key for _, key in iter_protocol_files([root])]
    assert keys == ["protokoll/Z/e.TXT", "protokoll/a.md", "protokoll/b.txt",
                    "protokoll/sub/c.pdf", "protokoll/sub/d.markdown"]


def test_walk_yields_paths_matching_keys(tmp_path: Path) -> None:
    path = _write(tmp_path / "seeds" / "000_x.txt", b"x")
    assert list(iter_protocol_files([tmp_path / "seeds"])) == [(path, "seeds/000_x.txt")]


def test_explicit_file_is_yielded_whatever_its_suffix(tmp_path: Path) -> None:
    path = _write(tmp_path / "dir" / "protokoll.docx", b"x")
    assert list(iter_protocol_files([path])) == [(path, "protokoll.docx")]


def test_same_file_twice_is_yielded_once(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.txt", b"x")
    assert [key for _, key in iter_protocol_files([path, path])] == ["x.txt"]


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="saknas.txt: no such file"):
        list(iter_protocol_files([tmp_path / "saknas.txt"]))


# --- decoding text ---------------------------------------------------------------------

def test_utf8_file_reads_as_is(tmp_path: Path) -> None:
    data = SWEDISH.encode("utf-8")
    path = _write(tmp_path / "p.md", data)
    source, text = read_source(path, "p.md")
    assert text == SWEDISH
    assert (source.encoding, source.media_type) == ("utf-8", "text/markdown")
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert (source.uri, source.key) == (str(path), "p.md")


def test_bom_is_dropped_and_recorded(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + SWEDISH.encode("utf-8")
    path = _write(tmp_path / "p.txt", data)
    source, text = read_source(path, "p.txt")
    assert text == SWEDISH
    assert source.encoding == "utf-8-sig"
    assert source.sha256 == hashlib.sha256(data).hexdigest()


def test_cp1252_is_detected_and_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = _write(tmp_path / "gammal.txt", (SWEDISH + "\r\n").encode("cp1252"))
    with caplog.at_level(logging.INFO, logger="samgraf"):
        source, text = read_source(path, "gammal.txt")
    assert text == SWEDISH + "\r\n"
    assert source.encoding == "cp1252"
    assert "gammal.txt: decoded as cp1252" in caplog.text


def test_latin1_text_without_cp1252_marks_decodes(tmp_path: Path) -> None:
    path = _write(tmp_path / "l.txt", "Närvarande: Åke Öst".encode("latin-1"))
    source, text = read_source(path, "l.txt")
    assert text == "Närvarande: Åke Öst"
    assert source.encoding in {"cp1252", "latin-1", "iso8859-15"}


# --- bad input -------------------------------------------------------------------------

BAD_FILES = [
    pytest.param("tom.txt", b"", "empty file", id="zero-bytes"),
    pytest.param("blank.txt", b"  \r\n\t\n", "empty file", id="only-whitespace"),
    pytest.param("bom.txt", b"\xef\xbb\xbf\n", "empty file", id="only-bom"),
    pytest.param("bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image", id="png"),
    pytest.param("arkiv.md", b"PK\x03\x04" + bytes(64), "zip archive", id="zip"),
    pytest.param("nul.txt", b"Protokoll\x00\x00\x01\x02", "NUL bytes", id="nul-bytes"),
    pytest.param("ctrl.txt", bytes(range(1, 9)) * 20 + b"text", "mostly non-text", id="control-chars"),
    pytest.param("rysk.txt", "Протокол".encode("cp1251"), "not UTF-8", id="not-swedish"),
    pytest.param("trasig.txt", b"Hej \x81\x8d v\xe4rlden", "not UTF-8", id="undefined-cp1252-bytes"),
    pytest.param("bom-bad.txt", b"\xef\xbb\xbfOK \xff\xfe", "byte order mark", id="bom-then-bad-bytes"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES)
def test_bad_text_files_raise_input_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path / name, data)
    with pytest.raises(InputError) as info:
        read_source(path, name)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message and ";" in message    # one line, with a fix after the reason


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=re.escape(str(tmp_path / "borta.txt"))):
        read_source(tmp_path / "borta.txt", "borta.txt")


# --- PDF -------------------------------------------------------------------------------

def test_pdf_round_trip_keeps_swedish_letters(tmp_path: Path) -> None:
    data = make_pdf.make_text_pdf(["Närvarande\nÅsa Öberg, ordförande", "§ 4 Ärendet lades till handlingarna"])
    path = _write(tmp_path / "p.pdf", data)
    source, text = read_source(path, "p.pdf")
    assert "Åsa Öberg, ordförande" in text
    assert "Närvarande\nÅsa" in text
    assert text.index("ordförande") < text.index("\n\f§ 4 Ärendet")    # pages end in a line break, then \f
    assert (source.encoding, source.media_type) == ("pdf", "application/pdf")
    assert source.sha256 == hashlib.sha256(data).hexdigest()


def test_pdf_is_recognised_by_content_whatever_the_suffix(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.txt", make_pdf.make_text_pdf(["Protokoll nr 3"]))
    source, text = read_source(path, "export.txt")
    assert source.media_type == "application/pdf"
    assert text.strip() == "Protokoll nr 3"


BAD_PDFS = [
    pytest.param(lambda: make_pdf.truncate(make_pdf.make_text_pdf(["Protokoll"])), "corrupt PDF", id="truncated"),
    pytest.param(lambda: make_pdf.truncate(make_pdf.make_text_pdf(["Protokoll"]), keep=0.02), "corrupt PDF",
                 id="only-header"),
    pytest.param(lambda: b"<html>Not found</html>", "corrupt PDF", id="html-named-pdf"),
    pytest.param(make_pdf.make_empty_pdf, "no text layer", id="no-text"),
    pytest.param(lambda: b"", "empty file", id="empty-pdf"),
]


@pytest.mark.parametrize(("build", "reason"), BAD_PDFS)
def test_bad_pdfs_raise_input_error(tmp_path: Path, build, reason: str) -> None:
    path = _write(tmp_path / "protokoll.pdf", build())
    with pytest.raises(InputError) as info:
        read_source(path, "protokoll.pdf")
    message = str(info.value)
    assert message.startswith(f"{path}: ") and reason in message
    assert "\n" not in message


# --- documents -------------------------------------------------------------------------

def test_read_document_masks_personnummer_in_place(tmp_path: Path) -> None:
    number = _luhn_number("790415", "318")
    raw = f"§ 7 Firmatecknare\nEva Ås, {number}\nPer Ek, tel. 070-123 45 67\n"
    path = _write(tmp_path / "p.txt", raw.encode("utf-8"))
    doc = read_document(path, "arkiv/p.txt")
    assert doc.redactions == 1
    assert len(doc.text) == len(raw)
    assert number not in doc.text and "Eva Ås, XXXXXX-XXXX\n" in doc.text
    assert doc.id == doc_id_for("arkiv/p.txt")
    assert doc.source.key == "arkiv/p.txt"


@pytest.mark.parametrize(("key", "slug"), [
    pytest.param("seeds/000_53fe8ffd83b60eab.txt", "000_53fe8ffd83b60eab", id="seed-name"),
    pytest.param("arkiv/Protokoll styrelsemöte 2024-03-12.pdf", "protokoll-styrelsemote-2024-03-12", id="spaces-diacritics"),
    pytest.param("ååå.txt", "aaa", id="only-diacritics"),
    pytest.param("§§.txt", "doc", id="no-ascii-left"),
])
def test_doc_id_is_slug_plus_key_hash(key: str, slug: str) -> None:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    assert doc_id_for(key) == f"{slug}-{digest}"


def test_doc_id_differs_for_same_name_in_other_folder() -> None:
    assert doc_id_for("a/p.txt") != doc_id_for("b/p.txt")
