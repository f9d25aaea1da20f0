"""Errors raised by samgraf. Every message says what went wrong, where, and how to fix it."""
from __future__ import annotations

import re

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """Text safe to print on one line: control characters escaped ("\\n", "\\t", "\\x1b") and the
    undecodable bytes of a file name (surrogate escapes) shown as "\\xff", so a name of any bytes
    neither breaks a summary line nor fails to encode on stderr."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if keep_newlines and char in "\n\r":
            return char
        if "\udc80" <= char <= "\udcff":
            return char.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        if "\ud800" <= char <= "\udfff":
            return f"\\u{ord(char):04x}"
        return _ESCAPES.get(char, f"\\x{ord(char):02x}")

    return _UNPRINTABLE.sub(escape, text)



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
