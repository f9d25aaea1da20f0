"""Errors raised by samgraf. Every message says what went wrong, where, and how to fix it."""
from __future__ import annotations


class SamgrafError(Exception):
    """Base class of every samgraf error."""


class InputError(SamgrafError):
    """A protocol file could not be read as text (empty, binary, broken PDF, unknown encoding)."""


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
