"""Synthetic, contract-shaped rdflib Datasets for the network and viz tests (no protocol files needed)."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import rdflib.namespace as rdfns
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, SKOS
from samgraf.graph.build import role_iri as build_role_iri
from samgraf.ontology.ns import (
    BESLUIT,
    DCT,
    GAZETTEER_GRAPH,
    OA,
    OPENGOV,
    PEOPLE_GRAPH,
    SCHEMA,
    SG,
    iri,
    org_iri,
    party_iri,
    protocol_graph,
)

INJECTION = "<img src=x onerror=alert(1)>"

FIRST_NAMES = ("Anna", "Per", "Karin", "Lars", "Maria", "Johan", "Eva", "Nils", "Sara", "Olof", "Lena", "Erik")
LAST_NAMES = ("Berg", "Ek", "Lind", "Strand", "Holm", "Sjöberg", "Dahl", "Vik", "Ström", "Åkesson", "Nord", "Björk")
PLACES = ("Ankeby", "Bergvik", "Dalsjö", "Ekåsen", "Fjällby", "Gransund", "Hagavik", "Ljungby", "Mossen", "Norrvik")
PARTIES = (("S", "Socialdemokraterna"), ("M", "Moderaterna"), ("C", "Centerpartiet"), ("V", "Vänsterpartiet"),
           ("KD", "Kristdemokraterna"), ("L", "Liberalerna"), ("MP", "Miljöpartiet"), ("SD", "Sverigedemokraterna"))
AGENCIES = (("forsakringskassan", "Försäkringskassan"), ("arbetsformedlingen", "Arbetsförmedlingen"))
ROLES = ("ordförande", "vice ordförande", "ledamot", "ledamot", "ersättare")


@dataclass(frozen=True, slots=True)
class Synthetic:
    """A synthetic dataset and what it is known to contain."""

    ds: Dataset
    forbund: tuple[str, ...]            # förbund labels
    people: tuple[str, ...]             # canonical names, index = person number
    multi_board: tuple[str, ...]        # names of people on two boards
    orgs: int                           # member parties (municipalities, regions, agencies)
    parties: int
    grants: int
    meeting_dates: tuple[str, ...]


def person_name(i: int) -> str:
    """A deterministic invented name, unique per index."""
    base = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)]}"
    round_ = i // (len(FIRST_NAMES) * len(LAST_NAMES))
    return base if round_ == 0 else f"{base} {round_ + 1}"


def place_name(i: int) -> str:
    """A deterministic invented place name."""
    round_ = i // len(PLACES)
    return PLACES[i % len(PLACES)] + ("" if round_ == 0 else f"-{round_ + 1}")


def meeting_date(k: int) -> str:
    """Meeting k of a förbund: four a year from 2023."""
    return f"{2023 + k // 4}-{(k % 4) * 3 + 2:02d}-15"


def add_annotation(g: Graph, doc: URIRef, fact: URIRef, quote: str, start: int) -> None:
    """Attach an oa:Annotation with a quote to a fact, as the pipeline does."""
    ann, target = iri("ann", fact), iri("target", fact)
    sel_pos, sel_quote = iri("selpos", fact), iri("selquote", fact)
    g.add((fact, PROV.wasDerivedFrom, ann))
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, doc))
    g.add((target, OA.hasSelector, sel_pos))
    g.add((target, OA.hasSelector, sel_quote))
    g.add((sel_pos, RDF.type, OA.TextPositionSelector))
    g.add((sel_pos, OA.start, Literal(start)))
    g.add((sel_pos, OA.end, Literal(start + len(quote))))
    g.add((sel_quote, RDF.type, OA.TextQuoteSelector))
    g.add((sel_quote, OA.exact, Literal(quote)))


def add_gazetteer(ds: Dataset, n_forbund: int) -> dict[str, list[URIRef]]:
    """Parties, agencies, municipalities and regions; returns each förbund's member parties."""
    g = ds.graph(GAZETTEER_GRAPH)
    for notation, name in PARTIES:
        p = party_iri(notation)
        g.add((p, RDF.type, SG.PoliticalParty)); g.add((p, RDF.type, ORG.Organization))
        g.add((p, SKOS.notation, Literal(notation))); g.add((p, SKOS.prefLabel, Literal(name)))
    for key, name in AGENCIES:
        g.add((org_iri(key), RDF.type, ORG.Organization)); g.add((org_iri(key), SKOS.prefLabel, Literal(name)))
    members: dict[str, list[URIRef]] = {}
    for f in range(n_forbund):
        region = org_iri(f"region/{f}")
        g.add((region, RDF.type, ORG.Organization))
        g.add((region, SKOS.prefLabel, Literal(f"Region {place_name(f)}")))
        kommuner = []
        for k in range(2):
            kommun = org_iri(f"kommun/{f}-{k}")
            g.add((kommun, RDF.type, ORG.Organization))
            g.add((kommun, SKOS.prefLabel, Literal(f"{place_name(2 * f + k + 3)}s kommun")))
            kommuner.append(kommun)
        members[str(f)] = [*kommuner, region, *(org_iri(key) for key, _ in AGENCIES)]
    return members


def add_forbund(g: Graph, f: int) -> tuple[URIRef, URIRef, str]:
    """Describe förbund f and its board in a protocol graph."""
    forbund, board = org_iri(f"forbund/{f}"), iri("board", f)
    label = f"Samordningsförbundet {place_name(f)}"
    for t in (SG.Samordningsforbund, ORG.FormalOrganization, ORG.Organization):
        g.add((forbund, RDF.type, t))
    g.add((forbund, SKOS.prefLabel, Literal(label)))
    g.add((forbund, SKOS.altLabel, Literal(f"FINSAM {place_name(f)}")))
    g.add((board, RDF.type, BESLUIT.Bestuursorgaan))
    g.add((board, BESLUIT.bestuurt, forbund))
    g.add((board, SKOS.prefLabel, Literal(f"Styrelsen, {label}")))
    return forbund, board, label


def board_members(f: int, n_forbund: int, n_people: int, multi: int) -> list[int]:
    """Person numbers on förbund f's board: a round-robin share plus the first `multi` on a second board."""
    own = [i for i in range(n_people) if i % n_forbund == f]
    extra = [i for i in range(min(multi, n_people)) if (i + 1) % n_forbund == f and n_forbund > 1]
    return own + extra


def add_membership(g: Graph, doc: URIRef, person: URIRef, board: URIRef, behalf: URIRef,
                   role: str, dates: tuple[str, str | None], quote: str) -> None:
    """One org:Membership with its provenance."""
    m = iri("membership", person, board, role)
    role_iri = build_role_iri(role)                    # the pipeline's slug: sg:role/vice-ordforande
    g.add((m, RDF.type, ORG.Membership)); g.add((m, ORG.member, person)); g.add((m, ORG.organization, board))
    g.add((m, ORG.role, role_iri)); g.add((role_iri, RDF.type, ORG.Role))
    g.add((role_iri, SKOS.prefLabel, Literal(role, lang="sv")))
    g.add((m, OPENGOV.onBehalfOf, behalf))
    g.add((m, SCHEMA.validFrom, Literal(dates[0], datatype=rdfns.XSD.date)))
    if dates[1]:
        g.add((m, SCHEMA.validThrough, Literal(dates[1], datatype=rdfns.XSD.date)))
    add_annotation(g, doc, m, quote, 100)


def add_meeting(g: Graph, doc: URIRef, board: URIRef, date: str, attendees: list[URIRef]) -> URIRef:
    """A besluit:Zitting with attendance and a chair."""
    z = iri("meeting", board, date)
    g.add((doc, RDF.type, SG.Protocol)); g.add((doc, SG.sha256, Literal("0" * 64))); g.add((doc, DCT.subject, z))
    g.add((z, RDF.type, BESLUIT.Zitting)); g.add((z, BESLUIT.isGehoudenDoor, board))
    g.add((z, DCT.date, Literal(date, datatype=rdfns.XSD.date)))
    for k, p in enumerate(attendees):
        g.add((z, BESLUIT.heeftAanwezigeBijStart if k % 5 != 4 else SG.absentAtStart, p))
    if attendees:
        g.add((z, BESLUIT.heeftVoorzitter, attendees[0]))
    return z


def add_grant(g: Graph, doc: URIRef, forbund: URIRef, recipient: URIRef, amount: int, item: str, n: str) -> None:
    """A granted schema:MonetaryGrant with decision and amount."""
    grant, beh, bes, amt = iri("grant", doc, n), iri("beh", doc, n), iri("bes", doc, n), iri("amount", doc, n)
    g.add((beh, RDF.type, BESLUIT.BehandelingVanAgendapunt)); g.add((beh, PROV.generated, bes))
    g.add((bes, RDF.type, BESLUIT.Besluit)); g.add((bes, PROV.value, Literal(f"Att bevilja {item}")))
    g.add((bes, DCT.identifier, Literal(n)))
    g.add((grant, RDF.type, SCHEMA.MonetaryGrant)); g.add((grant, PROV.wasGeneratedBy, beh))
    g.add((grant, SCHEMA.funder, forbund)); g.add((grant, SG.recipient, recipient))
    g.add((grant, SCHEMA.amount, amt)); g.add((grant, SCHEMA.fundedItem, Literal(item)))
    g.add((amt, RDF.type, SCHEMA.MonetaryAmount)); g.add((amt, SCHEMA.value, Literal(amount)))
    g.add((amt, SCHEMA.currency, Literal("SEK")))
    add_annotation(g, doc, grant, f"bevilja {item} {amount} kronor", 400)


def add_people(ds: Dataset, names: list[str]) -> list[URIRef]:
    """The people graph: canonical names."""
    g = ds.graph(PEOPLE_GRAPH)
    people = [iri("person", name) for name in names]
    for p, name in zip(people, names):
        g.add((p, RDF.type, FOAF.Person)); g.add((p, FOAF.name, Literal(name)))
    return people


def as_stored(ds: Dataset) -> Dataset:
    """The dataset in the store's layout (docs/scale.md): what protocol graphs share (organisations,
    boards, roles, parties, membership terms, person spellings) copied or moved to the entity graph,
    as `Store.replace_protocol` writes it."""
    from samgraf.graph.build import split_entities
    from samgraf.ontology.ns import ENTITY_GRAPH

    out = Dataset()
    for g in list(ds.graphs()):
        if not str(g.identifier).startswith(str(protocol_graph(""))):
            for t in g:
                out.graph(g.identifier).add(t)
            continue
        protocol, entities = split_entities(g.serialize(format="nt"))
        out.graph(g.identifier).parse(data=protocol, format="nt")
        out.graph(ENTITY_GRAPH).parse(data=entities, format="nt")
    return out


def build_synthetic(n_forbund: int = 3, n_people: int = 12, *, multi_board: int = 3, n_meetings: int = 2,
                    grants_per_forbund: int = 2, inject: bool = True, seed: int = 0) -> Synthetic:
    """A contract-shaped Dataset: förbund, boards, people on several boards, parties, meetings and grants."""
    rng = random.Random(seed)
    ds = Dataset()
    names = [person_name(i) for i in range(n_people)]
    if inject and n_people:
        names[-1] = INJECTION
    members = add_gazetteer(ds, n_forbund)
    people = add_people(ds, names)
    labels, n_grants = [], 0
    merged_away = iri("person", "merged-away", 0)
    if people:
        ds.graph(PEOPLE_GRAPH).add((merged_away, OWL.sameAs, people[0]))
    for f in range(n_forbund):
        on_board = board_members(f, n_forbund, n_people, multi_board)
        for k in range(n_meetings):
            doc_id = f"f{f}-m{k}"
            g = ds.graph(protocol_graph(doc_id))
            doc = iri("doc", doc_id)
            forbund, board, _ = add_forbund(g, f)
            date = meeting_date(k)
            current = [i for i in on_board if k == 0 or i % 4 != 3]   # every 4th leaves after the first meeting
            refs = [merged_away if (i == 0 and f == 0 and k == 0) else people[i] for i in current]
            for i, ref in zip(current, refs):
                g.add((ref, RDF.type, FOAF.Person)); g.add((ref, SKOS.altLabel, Literal(names[i])))
                party = party_iri(PARTIES[i % len(PARTIES)][0])
                g.add((ref, ORG.memberOf, party)); g.add((party, RDF.type, SG.PoliticalParty))
                end = meeting_date(0) if i % 4 == 3 else None
                role = ROLES[on_board.index(i) % len(ROLES)]
                quote = f"{names[i]} ({PARTIES[i % len(PARTIES)][0]}) {role}"
                behalf = members[str(f)][i % len(members[str(f)])]
                add_membership(g, doc, ref, board, behalf, role, (meeting_date(0)[:4] + "-01-01", end), quote)
            add_meeting(g, doc, board, date, refs)
            for n in range(grants_per_forbund if k == n_meetings - 1 else 0):
                recipient = members[str(f)][n % 2]
                item = INJECTION if (inject and f == 0 and n == 0) else f"Insats {place_name(f)} {n + 1}"
                add_grant(g, doc, forbund, recipient, 100_000 * (n + 1) + rng.randrange(1000), item, f"{f}-{n} §{n + 5}")
                n_grants += 1
        labels.append(f"Samordningsförbundet {place_name(f)}")
    ds = as_stored(ds)
    multi = tuple(names[i] for i in range(min(multi_board, n_people)) if n_forbund > 1)
    used_parties = len({i % len(PARTIES) for i in range(n_people)})
    return Synthetic(ds, tuple(labels), tuple(names), multi, n_forbund * 3 + len(AGENCIES), used_parties,
                     n_grants, tuple(meeting_date(k) for k in range(n_meetings)))


@pytest.fixture(scope="session")
def store_layout() -> Callable[[Dataset], Dataset]:
    """`as_stored`: a hand-built dataset moved into the store's layout, for fixtures of other modules."""
    return as_stored


@pytest.fixture(scope="session")
def synthetic() -> Synthetic:
    """The default small synthetic dataset (3 förbund, 12 people, 3 on two boards, 6 grants)."""
    return build_synthetic()


@pytest.fixture(scope="session")
def injection() -> str:
    """A protocol text that would run script if it ever reached the page as HTML."""
    return INJECTION


@pytest.fixture(scope="session")
def synthetic_factory():
    """Build a synthetic dataset of a chosen size: synthetic_factory(n_forbund, n_people, ...)."""
    return build_synthetic
