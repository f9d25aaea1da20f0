"""Facts -> RDF: one named graph per protocol, following the contract (docs/graph-model.md).

Every node IRI is a content hash, so the same input always gives the same triples.

`build_protocol` returns everything one protocol says, as a set of triples and their N-Triples
(`build_graph` as an rdflib Graph). The store keeps the facts in the protocol's
named graph and writes what many protocols share once, into the entity graph (`split_entities`):
the descriptions of organisations, parties, boards and roles (types, labels, hierarchy), people's
name keys and homes, and each membership's term (who, which body, role, on behalf of, dates). A
membership's `a org:Membership ; org:member ; org:organization` and its provenance also stay in
every protocol graph that lists it, so each protocol graph still says who sat on which board.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, SKOS, XSD
from rdflib.plugins.serializers.nt import NTSerializer

from samgraf.graph.people import PersonKey, home_orgs, person_key
from samgraf.model import Extraction, MeetingRoleKind, Org, OrgKind, Party, PersonRef, Span
from samgraf.ontology.ns import (BESLUIT, DCT, ID, OA, OPENGOV, SCHEMA, SG, iri, org_iri, party_iri,
                                 protocol_graph)

#: Subjects described once, in the entity graph: every triple of theirs goes there.
ENTITY_SUBJECTS = tuple(f"<{ns}" for ns in (ID["org/"], ID["party/"], ID["board/"], SG["role/"]))
#: Predicates of a person copied once to the entity graph and kept in the protocol graph (which
#: says where each was seen): name key, home, party, the spellings of the name. After merges and splits the entity copies are
#: derived again from the protocol graphs (graph/curation.py `refresh_person_entities`).
PERSON_ENTITY_PREDICATES = frozenset(f"<{p}>" for p in (SG.nameKey, SG.homeOrganisation, ORG.memberOf, SKOS.altLabel))
#: Predicates of a membership's term, written once to the entity graph and kept in the protocol graph.
TERM_PREDICATES = frozenset(f"<{p}>" for p in (RDF.type, ORG.member, ORG.organization, ORG.role,
                                               OPENGOV.onBehalfOf, SCHEMA.validFrom, SCHEMA.validThrough))
_PERSON = f"<{ID['person/']}"
_MEMBERSHIP = f"<{ID['membership/']}"

Resolve = Callable[[PersonKey], URIRef]
#: Why a mention became this person IRI (recorded on the person in each protocol graph).
IDENTITY_RULE = "samgraf.people.key.v1: same name key (case, diacritics, OCR I/l rn/m folded) and home organisation"
#: ... and why a mention became another key's IRI (graph/curation.py writes the same when it rewrites a merge).
MERGED_RULE = "curated or automatic merge"
_ROLE_LINK = {MeetingRoleKind.CHAIR: BESLUIT.heeftVoorzitter, MeetingRoleKind.SECRETARY: BESLUIT.heeftSecretaris,
              MeetingRoleKind.ADJUSTER: SG.adjuster}


def default_resolve(key: PersonKey) -> URIRef:
    return key.iri


def role_iri(role: str) -> URIRef:
    slug = re.sub(r"[^a-z0-9]+", "-", role.lower().translate(str.maketrans("åäöé", "aaoe"))).strip("-")
    return SG["role/" + (slug or "okand")]


def page_iri(doc_id: str, number: int) -> URIRef:
    return ID[f"page/{doc_id}/{number}"]


def board_iri(forbund: Org | None, doc_id: str) -> URIRef:
    return ID["board/" + (forbund.key if forbund else "unknown/" + doc_id)]


class _Builder:
    """Accumulates the triples of one protocol's graph."""

    def __init__(self, ex: Extraction, resolve: Resolve) -> None:
        self.ex = ex
        self.doc = ex.doc
        self.identifier = protocol_graph(ex.doc.id)
        self.triples: set[tuple] = set()
        self.resolve = resolve
        self.homes = home_orgs(ex)
        self.doc_iri = ID["protocol/" + ex.doc.id]
        self.meeting = iri("meeting", ex.doc.id)
        self.forbund = ex.meeting.forbund
        self.board = board_iri(self.forbund, ex.doc.id)
        self.add = self.triples.add

    def annotation(self, span: Span) -> URIRef:
        ann = iri("annotation", self.doc.id, span.start, span.end)
        target, pos, quote = (iri(k, self.doc.id, span.start, span.end) for k in ("target", "position", "quote"))
        self.add((ann, RDF.type, OA.Annotation))
        self.add((ann, OA.hasTarget, target))
        self.add((target, RDF.type, OA.SpecificResource))
        self.add((target, OA.hasSource, self.doc_iri))
        self.add((target, OA.hasSelector, pos))
        self.add((target, OA.hasSelector, quote))
        self.add((pos, RDF.type, OA.TextPositionSelector))
        self.add((pos, OA.start, Literal(span.start)))
        self.add((pos, OA.end, Literal(span.end)))
        self.add((quote, RDF.type, OA.TextQuoteSelector))
        self.add((quote, OA.exact, Literal(span.text)))
        number = self.doc.page_at(span.start)
        if number is not None:
            self.add((target, SG.page, page_iri(self.doc.id, number)))
        return ann

    def derive(self, node: URIRef, span: Span, extractor: str | None = None) -> None:
        self.add((node, PROV.wasDerivedFrom, self.annotation(span)))
        if extractor:
            self.add((node, SG.extractor, Literal(extractor)))

    def org(self, org: Org) -> URIRef:
        node = org_iri(org.key)
        self.add((node, RDF.type, ORG.Organization))
        if org.kind == OrgKind.FORBUND:
            self.add((node, RDF.type, SG.Samordningsforbund))
            self.add((node, RDF.type, ORG.FormalOrganization))
        self.add((node, SKOS.prefLabel, Literal(org.label)))
        self.add((node, SG.orgKind, Literal(org.kind.value)))
        for alt in org.alt_labels:
            self.add((node, SKOS.altLabel, Literal(alt)))
        if org.code:
            self.add((node, SKOS.notation, Literal(org.code)))
        return node

    def party(self, party: Party) -> URIRef:
        node = party_iri(party.abbreviation)
        self.add((node, RDF.type, SG.PoliticalParty))
        self.add((node, RDF.type, ORG.Organization))
        self.add((node, SKOS.notation, Literal(party.abbreviation)))
        self.add((node, SKOS.prefLabel, Literal(party.name)))
        return node

    def person(self, ref: PersonRef) -> URIRef:
        key = person_key(ref.name, self.homes)
        node = self.resolve(key)
        self.add((node, RDF.type, FOAF.Person))
        self.add((node, SKOS.altLabel, Literal(ref.name)))
        self.add((node, SG.nameKey, Literal(key.name_key)))
        if not key.home.startswith("doc:"):
            self.add((node, SG.homeOrganisation, org_iri(key.home)))
        self.add((node, SG.identityRule, Literal(IDENTITY_RULE if node == key.iri else MERGED_RULE)))
        return node

    def mention_id(self, ref: PersonRef) -> URIRef:
        """The person IRI the mention's own key mints, before any merge. Nodes minted from a person
        (membership, attendance, meeting role, dissent) hash this, so a merge known at build time and
        one rewritten into the graph later give the same IRIs (a forced re-ingest changes nothing)."""
        return person_key(ref.name, self.homes).iri

    def role(self, role: str) -> URIRef:
        node = role_iri(role)
        self.add((node, RDF.type, ORG.Role))
        self.add((node, SKOS.prefLabel, Literal(role, lang="sv")))
        return node


def _date_literal(value: str | dt.date) -> Literal:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    return Literal(text, datatype=XSD.date)


def _add_protocol(b: _Builder) -> None:
    doc, m = b.doc, b.ex.meeting
    b.add((b.doc_iri, RDF.type, SG.Protocol))
    b.add((b.doc_iri, SG.sha256, Literal(doc.source.sha256)))
    b.add((b.doc_iri, SG.sourcePath, Literal(doc.source.key)))
    b.add((b.doc_iri, SG.encoding, Literal(doc.source.encoding)))
    b.add((b.doc_iri, SG.redactions, Literal(doc.redactions)))
    b.add((b.doc_iri, DCT.subject, b.meeting))
    b.add((b.meeting, RDF.type, BESLUIT.Zitting))
    b.add((b.meeting, BESLUIT.isGehoudenDoor, b.board))
    b.add((b.board, RDF.type, BESLUIT.Bestuursorgaan))
    if b.forbund is not None:
        b.add((b.board, BESLUIT.bestuurt, b.org(b.forbund)))
        b.add((b.board, SKOS.prefLabel, Literal(f"Styrelsen, {b.forbund.label}")))
    if m.date:
        b.add((b.meeting, DCT.date, _date_literal(m.date)))
        for time, pred in ((m.start_time, PROV.startedAtTime), (m.end_time, PROV.endedAtTime)):
            if time:
                b.add((b.meeting, pred, Literal(f"{m.date.isoformat()}T{time}:00", datatype=XSD.dateTime)))
    if m.place:
        b.add((b.meeting, PROV.atLocation, Literal(m.place)))
    if m.number:
        b.add((b.meeting, SG.meetingNumber, Literal(m.number)))
    for span in m.evidence:
        b.derive(b.meeting, span, "rules.meeting.v1")
    _add_pages(b)


def _add_pages(b: _Builder) -> None:
    """Each page of a PDF: its number, how it was read and, for OCR, the mean word confidence."""
    for page in b.doc.pages:
        node = page_iri(b.doc.id, page.number)
        b.add((b.doc_iri, SG.hasPage, node))
        b.add((node, RDF.type, SG.Page))
        b.add((node, SG.pageNumber, Literal(page.number)))
        b.add((node, SG.readBy, Literal(page.method.value)))
        if page.confidence is not None:
            b.add((node, SG.confidence, Literal(round(page.confidence, 3), datatype=XSD.decimal)))


def _add_people(b: _Builder) -> None:
    for ms in b.ex.memberships:
        person = b.person(ms.person)
        target = b.board if ms.organisation is None else b.org(ms.organisation)
        parts = (b.mention_id(ms.person), target, ms.role, ms.represents.key if ms.represents else None, ms.start, ms.end)
        node = iri("membership", *parts)
        b.add((node, RDF.type, ORG.Membership))
        b.add((node, ORG.member, person))
        b.add((node, ORG.organization, target))
        if ms.role:
            b.add((node, ORG.role, b.role(ms.role)))
        if ms.represents is not None:
            b.add((node, OPENGOV.onBehalfOf, b.org(ms.represents)))
        if ms.party is not None:
            b.add((person, ORG.memberOf, b.party(ms.party)))
        if ms.start:
            b.add((node, SCHEMA.validFrom, _date_literal(ms.start)))
        if ms.end:
            b.add((node, SCHEMA.validThrough, _date_literal(ms.end)))
        if ms.substitute_for:
            b.add((node, SG.substituteFor, Literal(ms.substitute_for)))
        b.derive(node, ms.evidence, ms.extractor)
    _add_attendance(b)
    for mr in b.ex.meeting_roles:
        person = b.person(mr.person)
        b.add((b.meeting, _ROLE_LINK[mr.role], person))
        node = iri("meetingrole", b.meeting, b.mention_id(mr.person), mr.role.value)
        b.add((node, RDF.type, SG.MeetingRole))
        b.add((node, SG.meeting, b.meeting))
        b.add((node, SG.holder, person))
        b.add((node, SG.roleKind, Literal(mr.role.value)))
        b.derive(node, mr.evidence, mr.extractor)


def _add_attendance(b: _Builder) -> None:
    told: set[URIRef] = set()
    for att in b.ex.attendance:
        mention = b.mention_id(att.person)
        if mention in told:
            continue
        told.add(mention)
        person = b.person(att.person)
        b.add((b.meeting, BESLUIT.heeftAanwezigeBijStart if att.present else SG.absentAtStart, person))
        node = iri("attendance", b.meeting, mention)
        b.add((node, RDF.type, SG.Attendance))
        b.add((node, SG.meeting, b.meeting))
        b.add((node, SG.attendee, person))
        b.add((node, SG.present, Literal(att.present)))
        if att.voting is not None:
            b.add((node, SG.votingAtStart, Literal(att.voting)))
        b.derive(node, att.evidence, att.extractor)


def _agenda_item(b: _Builder, number: int) -> URIRef:
    node = iri("agendapunt", b.doc.id, number)
    b.add((b.meeting, BESLUIT.behandelt, node))
    b.add((node, RDF.type, BESLUIT.Agendapunt))
    b.add((node, SCHEMA.position, Literal(number)))
    return node


def _add_agenda(b: _Builder) -> None:
    for item in b.ex.agenda:
        node = _agenda_item(b, item.number)
        b.add((node, DCT.title, Literal(item.title)))
        b.derive(node, item.evidence, "rules.agenda.v1")


def _behandeling(b: _Builder, section: int | None, key: str) -> URIRef:
    node = iri("behandeling", b.doc.id, section if section is not None else key)
    b.add((node, RDF.type, BESLUIT.BehandelingVanAgendapunt))
    b.add((node, SG.meeting, b.meeting))
    if section is not None:
        b.add((node, DCT.subject, _agenda_item(b, section)))
    return node


def _amount(b: _Builder, sek: int, *parts: object) -> URIRef:
    node = iri("amount", *parts, sek)
    b.add((node, RDF.type, SCHEMA.MonetaryAmount))
    b.add((node, SCHEMA.value, Literal(sek)))
    b.add((node, SCHEMA.currency, Literal("SEK")))
    return node


def _add_decisions(b: _Builder) -> dict[str, tuple[URIRef, URIRef]]:
    out = {}
    for d in b.ex.decisions:
        beh = _behandeling(b, d.section, d.key)
        node = iri("besluit", b.doc.id, d.key)
        b.add((beh, PROV.generated, node))
        b.add((node, RDF.type, BESLUIT.Besluit))
        b.add((node, PROV.value, Literal(d.text)))
        b.add((node, SG.decisionType, SG["decisionType/" + d.kind.value]))
        if d.identifier:
            b.add((node, DCT.identifier, Literal(d.identifier)))
        b.derive(node, d.evidence, "rules.decisions.v1")
        out[d.key] = (beh, node)
    return out


def _add_money(b: _Builder, decisions: dict[str, tuple[URIRef, URIRef]]) -> None:
    funder = b.org(b.forbund) if b.forbund else b.board
    for gr in b.ex.grants:
        node = iri("grant", b.doc.id, gr.decision_key, gr.amount, gr.recipient.key)
        b.add((node, RDF.type, SCHEMA.MonetaryGrant))
        b.add((node, PROV.wasGeneratedBy, decisions[gr.decision_key][0]))
        b.add((node, SCHEMA.funder, funder))
        b.add((node, SG.recipient, b.org(gr.recipient)))
        b.add((node, SCHEMA.amount, _amount(b, gr.amount, node)))
        if gr.funded_item:
            b.add((node, SCHEMA.fundedItem, Literal(gr.funded_item)))
        if gr.start:
            b.add((node, SCHEMA.startDate, _date_literal(gr.start)))
        if gr.end:
            b.add((node, SCHEMA.endDate, _date_literal(gr.end)))
        b.derive(node, gr.evidence, "rules.grants.v1")
    for app in b.ex.applications:
        node = iri("application", b.doc.id, app.decision_key)
        b.add((node, RDF.type, SG.Application))
        b.add((node, SG.outcome, SG.Rejected))
        b.add((node, PROV.wasGeneratedBy, decisions[app.decision_key][0]))
        if app.applicant is not None:
            b.add((node, SG.applicant, b.org(app.applicant)))
        if app.applicant_name:
            b.add((node, SG.applicantName, Literal(app.applicant_name)))
        if app.amount is not None:
            b.add((node, SCHEMA.amount, _amount(b, app.amount, node)))
        b.derive(node, app.evidence, "rules.grants.v1")
    _add_budget(b, funder)


def _add_budget(b: _Builder, funder: URIRef) -> None:
    for al in b.ex.allocations:
        node = iri("allocation", b.doc.id, al.recipient.key, al.amount, al.year)
        b.add((node, RDF.type, SG.BudgetAllocation))
        b.add((node, SG.status, SG.Proposed))
        b.add((node, SG.recipient, b.org(al.recipient)))
        b.add((node, SCHEMA.funder, funder))
        if al.year:
            b.add((node, SG.year, Literal(al.year)))
        if al.section is not None:
            b.add((node, DCT.subject, _agenda_item(b, al.section)))
        b.add((node, SCHEMA.amount, _amount(b, al.amount, node)))
        b.derive(node, al.evidence, "rules.budget.v1")
    for rg in b.ex.reported_grants:
        node = iri("reportedgrant", b.doc.id, rg.evidence.start)
        b.add((node, RDF.type, SG.ReportedGrant))
        b.add((node, SG.funderName, Literal(rg.funder)))
        if rg.recipient:
            b.add((node, SG.recipientName, Literal(rg.recipient)))
        b.add((node, SCHEMA.amount, _amount(b, rg.amount, node)))
        b.derive(node, rg.evidence, "rules.budget.v1")
    for c in b.ex.contributions:
        node = iri("contribution", b.doc.id, c.party.key if c.party else c.party_label, c.year)
        b.add((node, RDF.type, SG.MemberContribution))
        if c.party is not None:
            b.add((node, SG.contributor, b.org(c.party)))
        b.add((node, SG.contributorName, Literal(c.party_label)))
        b.add((node, SG.year, Literal(c.year)))
        b.add((node, SG.recipient, funder))
        b.add((node, SCHEMA.amount, _amount(b, c.amount, node)))
        b.derive(node, c.evidence, "rules.budget.v1")


_DISSENT_CLASS = {"reservation": SG.Reservation, "protocol_note": SG.ProtocolNote, "abstention": SG.Abstention}


def _add_dissents(b: _Builder, decisions: dict[str, tuple[URIRef, URIRef]]) -> None:
    for d in b.ex.dissents:
        person = b.person(d.person)
        targets = [decisions[k][1] for k in d.decision_keys if k in decisions] or [None]
        for target in targets:
            node = iri("dissent", b.doc.id, b.mention_id(d.person), d.kind.value, target)
            b.add((node, RDF.type, _DISSENT_CLASS[d.kind.value]))
            b.add((node, PROV.wasAttributedTo, person))
            if target is not None:
                b.add((node, SG.against, target))
            b.derive(node, d.evidence, "rules.dissent.v1")


def _add_mentions(b: _Builder) -> None:
    """First-name-only and initial mentions: kept as mentions with provenance, never as people."""
    for m in b.ex.mentions:
        node = iri("mention", b.doc.id, m.start, m.end)
        b.add((node, RDF.type, SG.Mention))
        b.add((node, SG.mentionText, Literal(m.text)))
        b.derive(node, Span(m.start, m.end, m.text), m.extractor)


@dataclass(frozen=True, slots=True)
class ProtocolTriples:
    """One protocol's named graph: its IRI and its triples (a set, as a graph holds them)."""

    identifier: URIRef
    triples: frozenset[tuple]

    def __len__(self) -> int:
        return len(self.triples)

    def nt(self) -> str:
        """The triples as N-Triples, written by rdflib's own N-Triples serializer."""
        out = io.BytesIO()
        NTSerializer(self.triples).serialize(out)
        return out.getvalue().decode("utf-8")

    def graph(self) -> Graph:
        g = Graph(identifier=self.identifier)
        for triple in self.triples:
            g.add(triple)
        return g


def build_protocol(ex: Extraction, resolve: Resolve | None = None) -> ProtocolTriples:
    """The named graph of one protocol, as a set of triples. Ingest serialises it straight to
    N-Triples: an rdflib Graph's in-memory store cost a third of a protocol's extraction time."""
    b = _Builder(ex, resolve or default_resolve)
    _add_mentions(b)
    _add_protocol(b)
    _add_people(b)
    _add_agenda(b)
    decisions = _add_decisions(b)
    _add_money(b, decisions)
    _add_dissents(b, decisions)
    return ProtocolTriples(b.identifier, frozenset(b.triples))


def build_graph(ex: Extraction, resolve: Resolve | None = None) -> Graph:
    """The named graph of one protocol, as an rdflib Graph."""
    return build_protocol(ex, resolve).graph()


def split_entities(nt: str) -> tuple[str, str]:
    """One protocol's N-Triples -> (the protocol graph's lines, the entity graph's lines).

    Routes by subject and predicate only (our IRIs say what a node is), so it needs no parsing:
    organisations, parties, boards and roles go to the entity graph; a person's name key, home and
    party and a membership's term go to both."""
    protocol, entities = [], []
    for line in nt.splitlines(keepends=True):
        subject, _, rest = line.partition(" ")
        if subject.startswith(ENTITY_SUBJECTS):
            entities.append(line)
            continue
        predicate = rest.partition(" ")[0]
        if (subject.startswith(_PERSON) and predicate in PERSON_ENTITY_PREDICATES or
                subject.startswith(_MEMBERSHIP) and predicate in TERM_PREDICATES):
            entities.append(line)
        protocol.append(line)
    return "".join(protocol), "".join(entities)
