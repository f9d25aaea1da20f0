"""The typed values that flow between samgraf's stages.

Document -split_sections-> Section* -find_mentions-> Mention* -extract_*-> facts -> Extraction
-build_graph-> rdflib quads (one named graph per Document).

Every fact carries the Span of protocol text it was read from: 0-based character offsets into
Document.text (which has exactly the length and offsets of the decoded file; personnummer are
masked in place, character for character).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from."""

    uri: str            # the file path or URL as given
    key: str            # stable document key: path relative to the ingest root's parent
    sha256: str         # lower-case hex SHA-256 of the file's bytes
    encoding: str       # "utf-8", "utf-8-sig", "cp1252", "pdf"
    media_type: str     # "text/plain", "text/markdown", "application/pdf"


class PageMethod(StrEnum):
    """How the text of one page was read."""

    TEXT = "text-layer"            # the PDF's text layer, laid out from character boxes
    OCR = "ocr"                    # Tesseract on the rendered page
    DAMAGED = "damaged-text-layer" # a damaged text layer kept, because OCR was not available
    NONE = "unreadable"            # no text layer and no OCR: the page is missing from the text


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a paged source (PDF): where its text lies in Document.text and how it was read."""

    number: int                    # 1-based
    start: int
    end: int
    method: PageMethod
    confidence: float | None = None  # mean OCR word confidence 0..1, for OCR pages
    damage: float | None = None      # share of the text layer's words that are not Swedish words


@dataclass(frozen=True, slots=True)
class Document:
    """A protocol as text: what every extractor sees and every offset points into."""

    id: str             # short stable id derived from Source.key
    source: Source
    text: str           # decoded text, personnummer masked in place (same length)
    redactions: int = 0 # how many personnummer were masked
    pages: tuple[Page, ...] = ()   # PDF pages (text joined with form feeds); () for unpaged sources

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding an offset, for paged sources (form feeds separate pages)."""
        if not self.pages:
            return None
        return self.text.count("\f", 0, offset) + 1

    def pages_read_by(self, method: PageMethod) -> tuple[int, ...]:
        """Numbers of the pages read one way (PageMethod.NONE: pages missing from the text)."""
        return tuple(p.number for p in self.pages if p.method == method)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of Document.text: the quoted evidence of a fact."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


class SectionKind(StrEnum):
    HEADER = "header"
    ROSTER = "roster"
    AGENDA_LIST = "agenda_list"
    ITEM = "item"                  # a § body
    DECISION_LIST = "decision_list"
    SIGNATURES = "signatures"
    NOTICE = "notice"              # kallelse appended to the protocol
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Section:
    doc_id: str
    index: int
    kind: SectionKind
    heading: str
    start: int
    end: int
    number: int | None = None      # § number for ITEM sections


class Label(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    MONEY = "MONEY"
    DATE = "DATE"
    ROLE = "ROLE"
    PARTY = "PARTY"
    PARTIAL = "PARTIAL"     # a first name alone or a name with an initial: a mention, never a person


@dataclass(frozen=True, slots=True)
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    label: Label
    extractor: str
    value: str | None = None       # normalised value: org key, role label, SEK amount, ISO date, party tag


class OrgKind(StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    AGENCY = "agency"              # Försäkringskassan, Arbetsförmedlingen
    FORBUND = "forbund"            # a samordningsförbund
    NETWORK = "network"            # NNS
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation from the gazetteer, or minted from a name in the text."""

    key: str                       # stable slug: "kommun/1082", "region/10", "forsakringskassan", "forbund/blekinge"
    label: str                     # canonical name with diacritics
    kind: OrgKind
    alt_labels: tuple[str, ...] = ()
    code: str | None = None        # SCB municipality code or county code


@dataclass(frozen=True, slots=True)
class Party:
    """A political party."""

    abbreviation: str              # current abbreviation, upper case: "S", "M", "L"
    name: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person as named in one protocol (not yet resolved to a person across protocols)."""

    name: str                      # cleaned name as written ("Joakim lvarsson")
    span: Span


class MeetingRoleKind(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    ADJUSTER = "adjuster"          # justerare


@dataclass(frozen=True, slots=True)
class Meeting:
    forbund: Org | None
    date: dt.date | None
    start_time: str | None = None  # "09:00"
    end_time: str | None = None
    place: str | None = None
    number: str | None = None      # "2022:5"
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Membership:
    """Person holds a role in an organisation (None = the board of the meeting's förbund)."""

    person: PersonRef
    evidence: Span
    extractor: str
    role: str | None = None        # Swedish, lower case: "ledamot", "ordförande", or the given title
    organisation: Org | None = None
    represents: Org | None = None  # the member party (opengov:onBehalfOf)
    party: Party | None = None     # political party
    start: str | None = None       # ISO date or year
    end: str | None = None
    substitute_for: str | None = None  # "tjg ersättare för X"


@dataclass(frozen=True, slots=True)
class Attendance:
    person: PersonRef
    present: bool
    evidence: Span
    extractor: str
    voting: bool | None = None     # "Beslutande"


@dataclass(frozen=True, slots=True)
class MeetingRole:
    person: PersonRef
    role: MeetingRoleKind
    evidence: Span
    extractor: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    number: int
    title: str
    evidence: Span


class DecisionKind(StrEnum):
    APPROVED = "approved"
    NOTED = "noted"
    GRANTED = "granted"
    REJECTED = "rejected"
    REFERRED_BACK = "referred_back"
    TABLED = "tabled"
    ELECTED = "elected"
    ASSIGNMENT = "assignment"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Decision:
    key: str                       # unique within the document: identifier or "§N:k"
    section: int | None
    text: str
    kind: DecisionKind
    evidence: Span
    identifier: str | None = None  # "2025-3 §11:1"


@dataclass(frozen=True, slots=True)
class Grant:
    """Money the board granted (schema:MonetaryGrant)."""

    decision_key: str
    section: int | None
    amount: int                    # SEK
    recipient: Org
    evidence: Span
    funded_item: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Application:
    """An application the board decided on without granting it (rejected)."""

    decision_key: str
    section: int | None
    amount: int | None
    applicant: Org | None
    applicant_name: str | None
    outcome: str                   # "rejected"
    evidence: Span


@dataclass(frozen=True, slots=True)
class Allocation:
    """A proposed budget allocation to a member party (never a grant)."""

    section: int | None
    amount: int
    recipient: Org
    year: int | None
    status: str                    # "proposed"
    evidence: Span


@dataclass(frozen=True, slots=True)
class ReportedGrant:
    """Money someone else granted, reported for information."""

    section: int | None
    amount: int
    funder: str
    recipient: str | None
    evidence: Span


@dataclass(frozen=True, slots=True)
class Contribution:
    """A member party's contribution (medlemsavgift) in a budget table."""

    party: Org | None
    party_label: str
    year: int
    amount: int
    evidence: Span


class DissentKind(StrEnum):
    RESERVATION = "reservation"
    PROTOCOL_NOTE = "protocol_note"
    ABSTENTION = "abstention"      # "deltar inte i beslutet"


@dataclass(frozen=True, slots=True)
class Dissent:
    person: PersonRef
    kind: DissentKind
    section: int | None
    decision_keys: tuple[str, ...]
    evidence: Span


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    doc: Document
    meeting: Meeting
    memberships: tuple[Membership, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    meeting_roles: tuple[MeetingRole, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    grants: tuple[Grant, ...] = ()
    applications: tuple[Application, ...] = ()
    allocations: tuple[Allocation, ...] = ()
    reported_grants: tuple[ReportedGrant, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    dissents: tuple[Dissent, ...] = ()
    mentions: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def pages_of(text: str, readings: dict[int, tuple[PageMethod, float | None]]) -> tuple[Page, ...]:
    """Pages of a form-feed separated text, with how each was read (page number -> method, confidence)."""
    pages, start = [], 0
    for number, chunk in enumerate(text.split("\f"), start=1):
        method, confidence = readings.get(number, (PageMethod.TEXT, None))
        body = chunk[:-1] if chunk.endswith("\n") else chunk
        pages.append(Page(number, start, start + len(body), method, confidence))
        start += len(chunk) + 1
    return tuple(pages)
