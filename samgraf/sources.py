"""Find protocol files and read them as text (UTF-8, cp1252, PDF, .docx, .odt, HTML), with personnummer masked.

Offsets: every offset in samgraf points into the decoded text returned here. For a UTF-8 file
with a byte order mark the BOM is dropped, so offset 0 is the first character after the BOM
(Source.encoding is then "utf-8-sig"). Line endings are kept as they are in the file (a CRLF
file keeps its "\\r\\n"). For a PDF the text is laid out page by page (samgraf.pdf): each page
ends with a line break and pages are separated by a form feed, so a fact's page is one plus the
form feeds before its offset.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from charset_normalizer import from_bytes

from samgraf.errors import InputError, printable
from samgraf.extractors.redact import redact, redact_text
from samgraf.model import Document, Page, Source

SUFFIXES = {".txt", ".md", ".markdown", ".pdf", ".docx", ".odt", ".html", ".htm"}

log = logging.getLogger("samgraf")


class RedactingFilter(logging.Filter):
    """Mask personnummer in each record of the samgraf logger: file names reach log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = printable(redact_text(record.getMessage()), keep_newlines=True), None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
        return True


log.addFilter(RedactingFilter())

_MEDIA_TYPES = {".md": "text/markdown", ".markdown": "text/markdown", ".pdf": "application/pdf",
                ".html": "text/html", ".htm": "text/html"}
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_ODT = "application/vnd.oasis.opendocument.text"
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive (a .docx or .odt?)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc?)",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document",
}
#: Byte order marks, longest first (the UTF-32 little-endian mark starts with the UTF-16 one).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: At most this share of a legacy-decoded text's visible characters may be non-ASCII.
_MAX_NON_ASCII_SHARE = 0.3
# charset-normalizer's codec name -> the label samgraf records in Source.encoding
_LEGACY_ENCODINGS = {"cp1252": "cp1252", "latin_1": "latin-1", "iso8859_15": "iso8859-15"}


def iter_protocol_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Yield (file, key) for each protocol file under the given files and folders, sorted.

    The key (the path relative to the given folder's parent) names the file in the manifest, the
    document id and the graph, so personnummer in it are masked, and it is printable text: bytes
    that are not UTF-8 read as "\\xff", control characters (tab, newline) as "\\t", "\\n". Two
    names that end up alike get "~2", "~3", ... before the suffix, in name order. Folders that
    cannot be listed are passed over here and named by survey_paths."""
    seen: set[str] = set()
    keys: set[str] = set()
    for given in paths:
        given = Path(given)
        if not given.exists():
            raise InputError(f"{printable(redact_text(str(given)))}: no such file or directory; check the path")
        root_parent = Path(os.path.abspath(given)).parent
        files = [given] if given.is_file() else (path for path, kind in _scan(given) if kind == _PROTOCOL)
        for path in files:
            raw = Path(os.path.abspath(path)).relative_to(root_parent).as_posix()
            if raw not in seen:
                seen.add(raw)
                key = unique_key(printable(redact_text(raw)), keys)
                keys.add(key)
                yield path, key


def unique_key(key: str, taken: set[str]) -> str:
    """Return key, or key with "~N" before its suffix when key is taken (masked names can collide)."""
    if key not in taken:
        return key
    posix = PurePosixPath(key)
    number = 2
    while (candidate := str(posix.with_name(f"{posix.stem}~{number}{posix.suffix}"))) in taken:
        number += 1
    return candidate


# what _scan found at a path
_PROTOCOL, _OTHER, _UNREADABLE, _DANGLING = "protocol", "other", "unreadable", "dangling"


def _scan(folder: Path) -> Iterator[tuple[Path, str]]:
    """Yield (path, kind) below folder, depth first in name order, skipping hidden entries: protocol
    files, files of other types, folders that cannot be listed and links that point nowhere. Never
    raises for an entry: one unreadable folder must not stop the walk."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: os.fsencode(e.name))
    except OSError:
        yield folder, _UNREADABLE
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink() and not path.exists():
                yield path, _DANGLING
            elif entry.is_dir(follow_symlinks=False):
                yield from _scan(path)
            elif entry.is_file():
                yield path, (_PROTOCOL if path.suffix.lower() in SUFFIXES else _OTHER)
        except OSError:
            yield path, _UNREADABLE


@dataclass(frozen=True, slots=True)
class Survey:
    """What a walk over the given paths passed over, for the batch summary: files of other types
    (by suffix), folders that could not be listed, links that point nowhere; each as a masked key."""

    skipped: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unreadable: tuple[str, ...] = ()
    dangling: tuple[str, ...] = ()

    def summary_lines(self) -> list[str]:
        """One line per kind of thing passed over, naming each."""
        lines = [f"skipped {len(keys)} {kind} file(s) (not a protocol type: txt, md, pdf, docx, odt, html): "
                 + ", ".join(keys) for kind, keys in self.skipped.items()]
        if self.unreadable:
            lines.append(f"unreadable folder(s), not ingested (check permissions): {', '.join(self.unreadable)}")
        if self.dangling:
            lines.append(f"broken link(s) pointing nowhere, not ingested: {', '.join(self.dangling)}")
        return lines


def survey_paths(paths: Iterable[Path]) -> Survey:
    """Walk the given folders as iter_protocol_files does and report what it passes over."""
    skipped: dict[str, list[str]] = {}
    unreadable: list[str] = []
    dangling: list[str] = []
    for given in paths:
        given = Path(given)
        if not given.is_dir():
            continue
        root_parent = Path(os.path.abspath(given)).parent
        for path, kind in _scan(given):
            if kind == _PROTOCOL:
                continue
            key = printable(redact_text(Path(os.path.abspath(path)).relative_to(root_parent).as_posix()))
            if kind == _OTHER:
                skipped.setdefault(_file_type(path), []).append(key)
            else:
                (unreadable if kind == _UNREADABLE else dangling).append(key)
    return Survey({kind: tuple(keys) for kind, keys in sorted(skipped.items())}, tuple(unreadable), tuple(dangling))


def _file_type(path: Path) -> str:
    """A file's type for the summary: its suffix (".rtf"), or "no-suffix"."""
    return printable(path.suffix.lower()) or "no-suffix"


def doc_id_for(key: str) -> str:
    """Return a short stable document id: ascii slug of the file stem + 8 hex of sha256(key)."""
    stem = PurePosixPath(key).stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", ascii_stem.lower()).strip("-_")[:40].rstrip("-_")
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return f"{slug or 'doc'}-{digest}"


def read_document(path: Path, key: str) -> Document:
    """Read a protocol file and mask its personnummer in place (same length)."""
    source, text, pages = read_paged_source(path, key)
    masked, count = redact(text)
    if count:
        log.info("%s: masked %d personnummer", path, count)
    return Document(id=doc_id_for(key), source=source, text=masked, redactions=count, pages=pages)


def read_source(path: Path, key: str) -> tuple[Source, str]:
    """Read a protocol file as text; raise InputError naming the file and the fix."""
    source, text, _ = read_paged_source(path, key)
    return source, text


def read_paged_source(path: Path, key: str) -> tuple[Source, str, tuple[Page, ...]]:
    """Read a protocol file as text, with its pages for a PDF; raise InputError naming the file and the fix."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror}); check the path and permissions") from e
    is_pdf = data[:1024].lstrip()[:5] == b"%PDF-" or path.suffix.lower() == ".pdf"
    pages: tuple[Page, ...] = ()
    suffix = path.suffix.lower()
    if is_pdf:
        text, pages = _read_pdf(path, data)
        encoding, media_type = "pdf", "application/pdf"
    elif data.startswith(b"PK\x03\x04") and suffix in (".docx", ".odt"):
        text, encoding, media_type = _read_office(path, data, suffix)
    elif suffix in (".html", ".htm"):
        from samgraf.office import html_to_text

        markup, encoding = _decode_text(path, data)
        text, media_type = html_to_text(markup), "text/html"
        _check_not_empty(path, text)
    else:
        text, encoding = _decode_text(path, data)
        media_type = _MEDIA_TYPES.get(path.suffix.lower(), "text/plain")
    sha256 = hashlib.sha256(data).hexdigest()
    return Source(redact_text(str(path)), key, sha256, encoding, media_type), text, pages


def _read_office(path: Path, data: bytes, suffix: str) -> tuple[str, str, str]:
    """A .docx or .odt file's text: paragraphs as lines, table rows with tab-separated cells."""
    from samgraf.office import read_docx, read_odt

    if suffix == ".docx":
        text, encoding, media_type = read_docx(path, data), "docx", _DOCX
    else:
        text, encoding, media_type = read_odt(path, data), "odt", _ODT
    _check_not_empty(path, text)
    return text, encoding, media_type


def list_skipped_files(paths: Iterable[Path]) -> list[str]:
    """Files under the given folders that the walk skips (unknown type), as paths relative to each
    folder's parent, so a batch can name them."""
    return sorted(key for keys in survey_paths(paths).skipped.values() for key in keys)


def _decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode a text file as UTF-8, UTF-16 or UTF-32 with a byte order mark, UTF-8 without, or as
    Western European cp1252/latin-1 text."""
    _check_not_empty(path, data)
    bom = next(((bom, codec) for bom, codec in _BOMS if data.startswith(bom)), None)
    if bom is not None and bom[1] != "utf-8":
        text, encoding = _decode_after_bom(path, data, *bom), bom[1]
        _check_not_empty(path, text)
        _check_mostly_text(path, text)
        return text, encoding
    _check_not_binary(path, data)
    if bom is not None:
        text, encoding = _decode_after_bom(path, data, *bom), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(path, data)
            log.info("%s: decoded as %s", path, encoding)
    _check_not_empty(path, text)
    _check_mostly_text(path, text)
    return text, encoding


def _decode_after_bom(path: Path, data: bytes, bom: bytes, codec: str) -> str:
    """Decode the bytes after a byte order mark strictly (the mark itself is not text: offset 0 is the first
    character after it), raising InputError on bad bytes."""
    try:
        return data[len(bom):].decode(codec)
    except UnicodeDecodeError as e:
        label = codec.upper()[:6]
        raise InputError(
            f"{path}: starts with a {label} byte order mark but byte {e.start + len(bom)} is not valid {label}; "
            "re-save the file as UTF-8"
        ) from e


def _decode_legacy(path: Path, data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes as cp1252/latin-1 when the result reads as Swedish."""
    for codec in _legacy_candidates(data):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _is_plausible_western(text):
            return text, _LEGACY_ENCODINGS[codec]
    raise InputError(
        f"{path}: not UTF-8 and does not read as cp1252/latin-1 text (mostly non-ASCII or control characters); "
        "re-save the file as UTF-8"
    )


def _legacy_candidates(data: bytes) -> list[str]:
    """List encodings to try: charset-normalizer's latin-family guesses first, then cp1252."""
    guesses = [match.encoding for match in from_bytes(data[:65536])]
    ordered = [codec for codec in guesses if codec in _LEGACY_ENCODINGS]
    return list(dict.fromkeys([*ordered, *_LEGACY_ENCODINGS]))


def _is_plausible_western(text: str) -> bool:
    """Tell whether text decoded as cp1252/latin-1 reads as Western European text: no C1 control characters,
    and mostly ASCII (Swedish prose has a few per cent å/ä/ö, other Western text fewer; text in another
    8-bit code page, or binary data, decoded this way is mostly accented letters and symbols). No Swedish
    letter is required: a file with none (names, numbers, a "Café") is still text."""
    if any("\x80" <= char <= "\x9f" for char in text):
        return False
    visible = [char for char in text if not char.isspace()]
    return sum(not char.isascii() for char in visible) <= _MAX_NON_ASCII_SHARE * len(visible)


def _check_not_empty(path: Path, data: bytes | str) -> None:
    """Raise InputError for a file (or its decoded text) with nothing but whitespace."""
    if not data.strip():
        raise InputError(f"{path}: empty file (no text); check that the export or download worked")


def _check_not_binary(path: Path, data: bytes) -> None:
    """Raise InputError for known binary formats and data with NUL bytes."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{path}: binary file ({what}), not a protocol; export it as .txt or .pdf")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes); export it as .txt or .pdf")


def _check_mostly_text(path: Path, text: str) -> None:
    """Raise InputError when more than a tenth of the characters are control characters."""
    sample = text[:8192]
    bad = sum(
        1 for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v")
    )
    if bad > len(sample) / 10:
        raise InputError(f"{path}: binary file (mostly non-text bytes); export it as .txt or .pdf")


def _read_pdf(path: Path, data: bytes) -> tuple[str, tuple[Page, ...]]:
    """Read a PDF page by page (samgraf.pdf): layout-aware text layer, OCR for pages without one."""
    from samgraf.ocr import tesseract
    from samgraf.pdf import read_pdf

    _check_not_empty(path, data)
    result = read_pdf(path, data)
    if not result.text.strip():
        if tesseract() is None:
            raise InputError(f"{path}: PDF has no text layer (scanned?) and OCR is not available; "
                             "install Tesseract with Swedish (apt-get install tesseract-ocr tesseract-ocr-swe)")
        raise InputError(f"{path}: PDF has no text layer and OCR found no text (blank pages?); check the file")
    return result.text, result.pages
