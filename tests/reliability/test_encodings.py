"""Issue 13: encoding detection does not require å/ä/ö. cp1252/latin-1 text without Swedish letters reads
(it was refused as "does not read as Swedish"), UTF-8/UTF-16/UTF-32 with a byte order mark read with the
mark dropped (offset 0 is the first character after it), and binary junk is still refused in one line."""
from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from samgraf.errors import InputError
from samgraf.sources import read_document, read_source

TEXT = "Protokoll\r\nCafé-möte § 3 – “budget” 2024\nNärvarande: Åsa Öberg\n"
NO_SWEDISH = "Protokoll\nCafé Bistro, “Session” – 2024-03-12\nPresent: Jean Dupont\n"


def read(tmp_path: Path, name: str, data: bytes) -> tuple[str, str]:
    path = tmp_path / name
    path.write_bytes(data)
    source, text = read_source(path, name)
    return source.encoding, text


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_text_without_swedish_letters_reads(tmp_path: Path, codec: str) -> None:
    text = NO_SWEDISH if codec == "cp1252" else NO_SWEDISH.replace("“", '"').replace("”", '"').replace("–", "-")
    encoding, got = read(tmp_path, "p.txt", text.encode(codec))
    assert got == text
    assert encoding in {"cp1252", "latin-1", "iso8859-15"}


@pytest.mark.parametrize(("bom", "codec", "label"), [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
])
def test_text_with_a_byte_order_mark_reads_without_it(tmp_path: Path, bom: bytes, codec: str, label: str) -> None:
    encoding, got = read(tmp_path, "p.md", bom + TEXT.encode(codec))
    assert got == TEXT                      # line endings kept, the mark is not text: offsets start after it
    assert encoding == label


def test_utf16_personnummer_is_masked(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Närvarande: Anna Berg 640823-3234\n".encode("utf-16-le"))
    doc = read_document(path, "p.txt")
    assert "3234" not in doc.text and doc.redactions == 1


@pytest.mark.parametrize(("data", "reason"), [
    (codecs.BOM_UTF16_LE + b"P\x00r\x00\x00\xd8", "not valid UTF-16"),       # a lone surrogate
    (bytes(random.Random(0).randrange(128, 256) for _ in range(4000)), "not UTF-8"),
    ("Протокол заседания".encode("cp1251"), "not UTF-8"),
    (b"Protokoll \x81\x8d\x90 m\xf6te", "not UTF-8"),                          # C1 controls in latin-1
])
def test_junk_is_refused_in_one_line(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_source(path, "junk.txt")
    assert str(info.value).startswith(f"{path}: ") and reason in str(info.value) and "\n" not in str(info.value)
