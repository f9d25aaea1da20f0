"""Errors raised by samgraf. Every message says what went wrong, where, and how to fix it."""
from __future__ import annotations

import unicodedata

#: Unicode categories escaped by printable(): controls, surrogates (undecodable bytes), line and
#: paragraph separators, format characters (zero-width, bidi overrides that can disguise a name).
UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp", "Cf"})
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """Text safe to print on one line: control and format characters escaped ("\\n", "\\t",
    "\\x1b", "\\u202e") and the undecodable bytes of a file name (surrogate escapes) shown as
    "\\xff", so a name of any bytes neither breaks a summary line, nor disguises itself, nor fails
    to encode on stderr. Ordinary text (letters, spaces of every kind, punctuation) is kept."""
    if text.isprintable():
        return text
    return "".join(_escape(char, keep_newlines) for char in text)


def _escape(char: str, keep_newlines: bool) -> str:
    if char.isprintable() or unicodedata.category(char) not in UNPRINTABLE_CATEGORIES:
        return char
    if keep_newlines and char in "\n\r":
        return char
    if "\udc80" <= char <= "\udcff":       # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(char) - 0xdc00:02x}"
    code = ord(char)
    if char in _ESCAPES:
        return _ESCAPES[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class SamgrafError(Exception):
    """Base class of every samgraf error."""


class InputError(SamgrafError):
    """A protocol file could not be read as text (empty, binary, broken PDF, unknown encoding)."""

    def __str__(self) -> str:  # one line, whatever bytes the file's name holds
        return printable(super().__str__())


class ExtractionError(SamgrafError):
    """An extractor failed on a document."""

    def __init__(self, doc_id: str, message: str, section: str | None = None) -> None:
        where = f"{doc_id}" + (f" [{section}]" if section else "")
        super().__init__(f"{where}: {message}")
        self.doc_id = doc_id
        self.section = section


class ResolutionError(SamgrafError):
    """People or organisations could not be resolved (ambiguous or contradicting judgements)."""


class ShapeViolation(SamgrafError):
    """The graph does not conform to the SHACL shapes of the contract."""


class UnknownExtractor(SamgrafError):
    """No extractor is registered under that name."""


class UsageError(SamgrafError):
    """The user asked for something that cannot be run as given (unknown name, missing or malformed
    parameter, a store that does not exist). The CLI exits 2 for these, as the README promises."""


class UnknownQuery(UsageError):
    """No canned query has that name."""


class StoreError(SamgrafError):
    """The store could not be opened, read or written."""
