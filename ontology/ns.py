"""Namespaces of the graph contract (see README "The graph contract") and samgraf's IRI scheme."""
from __future__ import annotations

import hashlib

from rdflib import Namespace
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DCTERMS

OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
SCHEMA = Namespace("http://schema.org/")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
OA = Namespace("http://www.w3.org/ns/oa#")
SG = Namespace("https://w3id.org/samgraf/ns#")
DCT = DCTERMS

BASE = "https://w3id.org/samgraf/"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")

#: Named graph holding the gazetteer's organisations and parties (shared by every protocol).
GAZETTEER_GRAPH = GRAPH["gazetteer"]
#: Named graph holding people's canonical names and curated identity links.
PEOPLE_GRAPH = GRAPH["people"]
#: Named graph holding what many protocols share, written once: organisations, parties, boards, roles
#: (labels, types, hierarchy), people's name keys and homes, and membership terms (docs/scale.md).
ENTITY_GRAPH = GRAPH["entities"]
#: Named graph holding ingest status of every source file (ok / failed, error message).
MANIFEST_GRAPH = GRAPH["manifest"]

PREFIXES: dict[str, Namespace] = {
    "foaf": FOAF, "org": ORG, "skos": SKOS, "opengov": OPENGOV, "schema": SCHEMA,
    "besluit": BESLUIT, "mandaat": MANDAAT, "prov": PROV, "dct": DCTERMS, "oa": OA,
    "xsd": XSD, "sg": SG, "rdf": RDF, "rdfs": RDFS, "owl": OWL,
}

SPARQL_PREFIXES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


def make_id(kind: str, *parts: object) -> str:
    """A content-hash id: the same inputs always give the same id (no uuids, no clocks)."""
    key = "\x1f".join(str(p) for p in parts)
    return f"{kind}/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


def iri(kind: str, *parts: object):
    """IRI for a node minted from content (`iri("membership", person, board, role)`)."""
    return ID[make_id(kind, *parts)]


def org_iri(org_key: str):
    """IRI of a gazetteer organisation by its key ("kommun/1082", "forsakringskassan")."""
    return ID["org/" + org_key]


def party_iri(abbreviation: str):
    return ID["party/" + abbreviation.upper()]


def protocol_graph(doc_id: str):
    """Named graph IRI of one protocol."""
    return GRAPH["protocol/" + doc_id]
