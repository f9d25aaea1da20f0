"""The corpus-wide listings (docs/scale.md, rule 10) on cases the benchmark corpora lack: two
protocols of one board on one date, meetings without a date, a board without a förbund, labels that
sort differently from their IRIs. Rows and their order, on both engines."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from samgraf.queries import answer_query

PREFIXES = """
@prefix besluit: <http://data.vlaanderen.be/ns/besluit#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix sg: <https://w3id.org/samgraf/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/samgraf/id/> .
@prefix gr: <https://w3id.org/samgraf/graph/> .
"""

# Board a is Östra (sorts last), board b is Berga; board c has no förbund. z1 and z2 are two protocols
# of Östra on one date with Jonas and Eva in both; z3 and z4 are two of Östra without a date.
ATTENDANCE = PREFIXES + """
gr:entities {
  id:board-a besluit:bestuurt id:forbund-a . id:forbund-a skos:prefLabel "Samordningsförbundet Östra" .
  id:board-b besluit:bestuurt id:forbund-b . id:forbund-b skos:prefLabel "Samordningsförbundet Berga" .
}
gr:p1 { id:z1 a besluit:Zitting ; besluit:isGehoudenDoor id:board-a ; dct:date "2024-01-10"^^xsd:date ;
        besluit:heeftAanwezigeBijStart id:karin, id:jonas ; sg:absentAtStart id:eva . }
gr:p2 { id:z2 a besluit:Zitting ; besluit:isGehoudenDoor id:board-a ; dct:date "2024-01-10"^^xsd:date ;
        besluit:heeftAanwezigeBijStart id:jonas, id:ola ; sg:absentAtStart id:eva . }
gr:p3 { id:z3 a besluit:Zitting ; besluit:isGehoudenDoor id:board-a ; besluit:heeftAanwezigeBijStart id:karin . }
gr:p4 { id:z4 a besluit:Zitting ; besluit:isGehoudenDoor id:board-a ;
        besluit:heeftAanwezigeBijStart id:karin, id:ola . }
gr:p5 { id:z5 a besluit:Zitting ; besluit:isGehoudenDoor id:board-b ; dct:date "2024-01-10"^^xsd:date ;
        besluit:heeftAanwezigeBijStart id:karin . }
gr:p6 { id:z6 a besluit:Zitting ; besluit:isGehoudenDoor id:board-a ; dct:date "2024-02-01"^^xsd:date . }
gr:p7 { id:z7 a besluit:Zitting ; besluit:isGehoudenDoor id:board-c ; dct:date "2024-01-10"^^xsd:date ;
        sg:absentAtStart id:karin . }
"""

# Funder labels of which one begins the other: "…Ås" must sort before "…Ås-Berg" whatever the recipient.
GRANTS = PREFIXES + """
gr:entities {
  id:f1 skos:prefLabel "Samordningsförbundet Ås" . id:f2 skos:prefLabel "Samordningsförbundet Ås-Berg" .
  id:r1 skos:prefLabel "Bollnäs kommun" . id:r2 skos:prefLabel "Arvika kommun" .
}
gr:p1 { id:z1 a besluit:Zitting ; dct:date "2024-05-02"^^xsd:date . id:beh1 sg:meeting id:z1 .
        id:g1 a schema:MonetaryGrant ; prov:wasGeneratedBy id:beh1 ; schema:funder id:f2 ; sg:recipient id:r2 ;
            schema:amount id:a1 . id:a1 schema:value 100 .
        id:g2 a schema:MonetaryGrant ; prov:wasGeneratedBy id:beh1 ; schema:funder id:f1 ; sg:recipient id:r1 ;
            schema:amount id:a2 . id:a2 schema:value 200 . }
gr:p2 { id:z2 a besluit:Zitting ; dct:date "2023-05-02"^^xsd:date . id:beh2 sg:meeting id:z2 .
        id:g3 a schema:MonetaryGrant ; prov:wasGeneratedBy id:beh2 ; schema:funder id:f1 ; sg:recipient id:r1 ;
            schema:amount id:a3 . id:a3 schema:value 50 . }
"""


def engines(trig: str) -> dict[str, object]:
    ds = Dataset(default_union=True)
    ds.parse(data=trig, format="trig")
    store = ox.Store()
    store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return {"rdflib": ds, "pyoxigraph": store}


def values(answer) -> list[tuple]:
    """The rows in their order, dates as ISO strings."""
    cells = [[None if cell is None else cell.toPython() for cell in row] for row in answer.rows]
    return [tuple(c.isoformat() if hasattr(c, "isoformat") else c for c in row) for row in cells]


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_meeting_attendance_counts_a_person_once_per_board_and_date(engine):
    assert values(answer_query(engines(ATTENDANCE)[engine], "meeting_attendance")) == [
        (None, "2024-01-10", 0, 1),                          # board without a förbund: first, as unbound sorts
        ("Samordningsförbundet Berga", "2024-01-10", 1, 0),
        ("Samordningsförbundet Östra", None, 2, 0),          # z3 + z4: Karin once, Ola
        ("Samordningsförbundet Östra", "2024-01-10", 3, 1),  # z1 + z2: Karin, Jonas, Ola; Eva once
        ("Samordningsförbundet Östra", "2024-02-01", 0, 0),
    ]


@pytest.mark.parametrize("engine", ["rdflib", "pyoxigraph"])
def test_grants_are_ordered_by_funder_then_recipient(engine):
    found = values(answer_query(engines(GRANTS)[engine], "grants_per_municipality"))
    assert [row[:3] for row in found] == [
        ("Samordningsförbundet Ås", "Bollnäs kommun", 2023),
        ("Samordningsförbundet Ås", "Bollnäs kommun", 2024),
        ("Samordningsförbundet Ås-Berg", "Arvika kommun", 2024),
    ]
