"""The ontology, the SHACL shapes of the graph contract and samgraf.graph.validate."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from samgraf.graph.validate import (
    ValidationReport, Violation, format_report, load_ontology, load_shapes, validate,
)
from samgraf.model import DecisionKind
from samgraf.ontology.ns import BESLUIT, DCT, GRAPH, OA, SCHEMA, SG

HERE = Path(__file__).parent
GOOD = HERE / "good" / "protocol.trig"
PROTOCOL_GRAPH = str(GRAPH["protocol/testbygd-2024-03-12"])
ID = "https://w3id.org/samgraf/id/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def load(*paths: Path) -> Dataset:
    ds = Dataset()
    for path in paths:
        ds.parse(path, format="trig")
    return ds


@cache
def validate_bad(name: str) -> ValidationReport:
    """Validate the good fixture with one bad fixture loaded over it."""
    return validate(load(GOOD, HERE / "bad" / f"{name}.trig"))


def move_under(term: Node, case: str) -> Node:
    """A samgraf id or graph IRI moved into a namespace of its own for one case; other terms unchanged."""
    for base in (str(GRAPH), ID):
        if isinstance(term, URIRef) and term.startswith(base):
            return URIRef(f"{base}{case}/{term[len(base):]}")
    return term


@pytest.fixture(scope="module")
def bad_paths() -> dict[str, set[str | None]]:
    """Violated paths per bad case, from one validation of all cases side by side (fast)."""
    combined = Dataset()
    for bad in sorted((HERE / "bad").glob("*.trig")):
        for s, p, o, g in load(GOOD, bad).quads((None, None, None, None)):
            combined.graph(move_under(g, bad.stem)).add((move_under(s, bad.stem), p, move_under(o, bad.stem)))
    paths: dict[str, set[str | None]] = defaultdict(set)
    for violation in validate(combined).violations:
        paths[(violation.graph or "-")[len(str(GRAPH)):].split("/")[0]].add(violation.path)
    return paths


# --- the ontology -------------------------------------------------------------------------------

CLASSES = ["Samordningsforbund", "PoliticalParty", "Protocol", "Application", "Reservation", "ProtocolNote",
           "Abstention", "Dissent", "BudgetAllocation", "ReportedGrant", "MemberContribution", "Mention",
           "IngestRecord", "Attendance", "MeetingRole"]
PROPERTIES = ["sha256", "sourcePath", "encoding", "redactions", "absentAtStart", "adjuster", "votingAtStart",
              "outcome", "applicant", "recipient", "against", "decisionType", "status", "year", "contributor",
              "substituteFor", "affiliation", "meetingNumber", "extractor", "error", "nameKey", "confidence",
              "mentionText", "meeting", "attendee", "present", "holder", "roleKind", "applicantName",
              "funderName", "recipientName", "contributorName", "document", "identityRule", "identityBy",
              "identityScore", "orgKind"]


@pytest.mark.parametrize("name", CLASSES)
def test_class_is_declared(ontology, name):
    assert (SG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", PROPERTIES)
def test_property_is_declared(ontology, name):
    kinds = set(ontology.objects(SG[name], RDF.type))
    assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


@pytest.mark.parametrize("name", ["Rejected", "Granted", "Proposed"])
def test_outcome_individual_is_a_concept(ontology, name):
    assert (SG[name], RDF.type, SKOS.Concept) in ontology
    assert (SG[name], SKOS.inScheme, SG.Outcomes) in ontology


@pytest.mark.parametrize(("sub", "sup"), [
    pytest.param(SG.Samordningsforbund, ORG.FormalOrganization, id="forbund"),
    pytest.param(ORG.FormalOrganization, ORG.Organization, id="formal-org"),
    pytest.param(SG.PoliticalParty, ORG.Organization, id="party"),
    pytest.param(SG.Protocol, PROV.Entity, id="protocol-entity"),
    pytest.param(SG.Protocol, FOAF.Document, id="protocol-document"),
    pytest.param(SG.Reservation, PROV.Entity, id="reservation"),
    pytest.param(SG.ProtocolNote, PROV.Entity, id="protocol-note"),
    pytest.param(SG.Abstention, PROV.Entity, id="abstention"),
    pytest.param(SG.ReportedGrant, SCHEMA.MonetaryGrant, id="reported-grant"),
])
def test_subclass_alignment(ontology, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(("prop", "domain", "range_"), [
    pytest.param(SG.absentAtStart, BESLUIT.Zitting, FOAF.Person, id="absentAtStart"),
    pytest.param(SG.against, SG.Dissent, BESLUIT.Besluit, id="against"),
    pytest.param(SG.decisionType, BESLUIT.Besluit, SKOS.Concept, id="decisionType"),
    pytest.param(SG.attendee, SG.Attendance, FOAF.Person, id="attendee"),
])
def test_domain_and_range(ontology, prop, domain, range_):
    assert (prop, RDFS.domain, domain) in ontology
    assert (prop, RDFS.range, range_) in ontology


def declared_sg_terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(SG))}


def languages(graph: Graph, subject: URIRef, *predicates: URIRef) -> set[str | None]:
    return {o.language for p in predicates for o in graph.objects(subject, p) if isinstance(o, Literal)}


def test_every_term_is_labelled_and_explained_in_swedish_and_english(ontology):
    missing = [str(term) for term in declared_sg_terms(ontology)
               if not {"sv", "en"} <= languages(ontology, term, RDFS.label, SKOS.prefLabel)
               or not {"sv", "en"} <= languages(ontology, term, RDFS.comment, SKOS.definition)]
    assert missing == []


def sg_terms_in_shapes(shapes: Graph) -> set[URIRef]:
    """sg: IRIs used as nodes in the shapes graph or as sg:name inside its SPARQL queries."""
    nodes = {n for triple in shapes for n in triple if isinstance(n, URIRef) and n.startswith(str(SG))}
    queries = " ".join(str(q) for q in shapes.objects(None, SH.select))
    return nodes | {SG[name] for name in re.findall(r"\bsg:(\w+)", queries)}


def test_shapes_use_only_declared_sg_terms(ontology, shapes):
    used = sg_terms_in_shapes(shapes)
    assert SG.recipient in used and SG.Attendance in used
    assert sorted(used - declared_sg_terms(ontology)) == []


def test_ontology_uses_only_declared_sg_terms(ontology):
    used = {n for triple in ontology for n in triple if isinstance(n, URIRef) and n.startswith(str(SG))}
    assert sorted(used - declared_sg_terms(ontology)) == []


def test_every_property_shape_and_sparql_constraint_has_an_english_message(shapes):
    nodes = set(shapes.objects(None, SH.property)) | set(shapes.objects(None, SH.sparql))
    silent = [n for n in nodes if not any(m.language in (None, "en") for m in shapes.objects(n, SH.message))]
    assert len(nodes) > 60 and silent == []


# --- decision types and roles -------------------------------------------------------------------

def test_decision_types_match_decision_kinds(ontology, shapes):
    concepts = set(ontology.subjects(SKOS.inScheme, SG.DecisionTypes))
    assert concepts == {SG["decisionType/" + kind.value] for kind in DecisionKind}
    in_list = next(shapes.objects(
        next(s for s in shapes.subjects(SH.path, SG.decisionType)), SH["in"]))
    assert set(Collection(shapes, in_list)) == concepts


@pytest.mark.parametrize("kind", [k.value for k in DecisionKind])
def test_decision_type_concept(ontology, kind):
    concept = URIRef(f"https://w3id.org/samgraf/ns#decisionType/{kind}")
    assert (concept, RDF.type, SKOS.Concept) in ontology
    assert {"sv", "en"} <= languages(ontology, concept, SKOS.prefLabel)
    assert {"sv", "en"} <= languages(ontology, concept, SKOS.definition)


@pytest.mark.parametrize(("word", "kind"), [
    pytest.param("godkänns", "approved", id="godkanns"),
    pytest.param("fastställs", "approved", id="faststalls"),
    pytest.param("läggs till handlingarna", "noted", id="handlingarna"),
    pytest.param("tagit del av informationen", "noted", id="tagit-del"),
    pytest.param("beviljas", "granted", id="beviljas"),
    pytest.param("avslås", "rejected", id="avslas"),
    pytest.param("återremitteras", "referred_back", id="aterremitteras"),
    pytest.param("bordläggs", "tabled", id="bordlaggs"),
    pytest.param("väljs", "elected", id="valjs"),
    pytest.param("uppdrar åt", "assignment", id="uppdrar"),
])
def test_trigger_word_is_hidden_label_of_its_decision_type(ontology, word, kind):
    owners = set(ontology.subjects(SKOS.hiddenLabel, Literal(word, lang="sv")))
    assert owners == {SG["decisionType/" + kind]}


@pytest.mark.parametrize(("slug", "label"), [
    pytest.param("ordforande", "ordförande", id="ordforande"),
    pytest.param("vice-ordforande", "vice ordförande", id="vice-ordforande"),
    pytest.param("ledamot", "ledamot", id="ledamot"),
    pytest.param("ersattare", "ersättare", id="ersattare"),
    pytest.param("tjanstgorande-ersattare", "tjänstgörande ersättare", id="tjg-ersattare"),
    pytest.param("forbundschef", "förbundschef", id="forbundschef"),
    pytest.param("bitradande-forbundschef", "biträdande förbundschef", id="bitr-forbundschef"),
    pytest.param("sekreterare", "sekreterare", id="sekreterare"),
    pytest.param("justerare", "justerare", id="justerare"),
])
def test_role_concept(ontology, slug, label):
    role = URIRef(f"https://w3id.org/samgraf/ns#role/{slug}")
    assert (role, RDF.type, ORG.Role) in ontology
    assert (role, SKOS.inScheme, SG.Roles) in ontology
    assert (role, SKOS.prefLabel, Literal(label, lang="sv")) in ontology
    assert "en" in languages(ontology, role, SKOS.prefLabel)


# --- validation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted((HERE / "good").glob("*.trig")), ids=lambda p: p.stem)
def test_good_fixture_conforms(path):
    report = validate(load(path))
    assert format_report(report) == ""
    assert report.conforms


BAD = [
    pytest.param("protocol-sha256-upper-case", {SG.sha256}, id="protocol-sha256-upper-case"),
    pytest.param("protocol-without-meeting", {DCT.subject}, id="protocol-without-meeting"),
    pytest.param("meeting-held-by-two-boards", {BESLUIT.isGehoudenDoor}, id="meeting-held-by-two-boards"),
    pytest.param("meeting-date-is-datetime", {DCT.date}, id="meeting-date-is-datetime"),
    pytest.param("membership-without-provenance", {PROV.wasDerivedFrom}, id="membership-without-provenance"),
    pytest.param("membership-two-roles", {ORG.role}, id="membership-two-roles"),
    pytest.param("membership-role-is-literal", {ORG.role}, id="membership-role-is-literal"),
    pytest.param("membership-without-member", {ORG.member}, id="membership-without-member"),
    pytest.param("person-two-names", {FOAF.name}, id="person-two-names"),
    pytest.param("organisation-two-pref-labels", {SKOS.prefLabel}, id="organisation-two-pref-labels"),
    pytest.param("party-without-notation", {SKOS.notation}, id="party-without-notation"),
    pytest.param("annotation-start-after-end", {OA.start, OA.hasSelector}, id="annotation-start-after-end"),
    pytest.param("annotation-without-quote", {OA.hasSelector}, id="annotation-without-quote"),
    pytest.param("annotation-empty-quote", {OA.exact}, id="annotation-empty-quote"),
    pytest.param("annotation-quote-length-mismatch", {OA.hasSelector}, id="annotation-quote-length-mismatch"),
    pytest.param("grant-in-euro", {SCHEMA.currency}, id="grant-in-euro"),
    pytest.param("grant-negative-amount", {SCHEMA.value}, id="grant-negative-amount"),
    pytest.param("grant-without-decision", {PROV.wasGeneratedBy}, id="grant-without-decision"),
    pytest.param("grant-without-recipient", {SG.recipient}, id="grant-without-recipient"),
    pytest.param("reported-grant-typed-as-grant", {RDF.type}, id="reported-grant-typed-as-grant"),
    pytest.param("allocation-granted", {SG.status}, id="allocation-granted"),
    pytest.param("application-without-outcome", {SG.outcome}, id="application-without-outcome"),
    pytest.param("reservation-without-decision", {SG.against}, id="reservation-without-decision"),
    pytest.param("reservation-by-organisation", {PROV.wasAttributedTo}, id="reservation-by-organisation"),
    pytest.param("decision-unknown-type", {SG.decisionType}, id="decision-unknown-type"),
    pytest.param("decision-without-treatment", {"^" + str(PROV.generated)}, id="decision-without-treatment"),
    pytest.param("agenda-item-position-string", {SCHEMA.position}, id="agenda-item-position-string"),
    pytest.param("attendance-link-without-record", {BESLUIT.heeftAanwezigeBijStart},
                 id="attendance-link-without-record"),
    pytest.param("attendance-without-provenance", {PROV.wasDerivedFrom}, id="attendance-without-provenance"),
    pytest.param("meeting-role-unknown-kind", {SG.roleKind}, id="meeting-role-unknown-kind"),
    pytest.param("personnummer-in-literal", {DCT.description}, id="personnummer-in-literal"),
]


@pytest.mark.parametrize(("name", "paths"), BAD)
def test_bad_fixture_fails_on_its_path(bad_paths, name, paths):
    assert bad_paths[name] == {str(p) for p in paths}


def test_bad_cases_side_by_side_report_the_same_as_alone():
    report = validate_bad("grant-in-euro")
    assert not report.conforms
    assert {v.path for v in report.violations} == {str(SCHEMA.currency)}


def test_no_violation_outside_the_bad_cases(bad_paths):
    assert set(bad_paths) <= {case.values[0] for case in BAD}


def test_every_bad_fixture_has_a_case():
    assert sorted(p.stem for p in (HERE / "bad").glob("*.trig")) == sorted(case.values[0] for case in BAD)


def test_violation_names_the_protocol_graph():
    report = validate_bad("protocol-sha256-upper-case")
    assert report.violations == (Violation(
        focus=ID + "protocol/testbygd-2024-03-12", path=str(SG.sha256),
        message="sg:sha256 must be exactly one lower-case hex SHA-256 (64 characters) of the file's bytes",
        severity="Violation", graph=PROTOCOL_GRAPH),)


def test_focus_in_two_graphs_names_both():
    (violation,) = validate_bad("person-two-names").violations
    assert violation.graph == ",".join(sorted([str(GRAPH["people"]), PROTOCOL_GRAPH]))


def test_blank_focus_is_described_by_its_path_from_an_iri():
    (violation,) = validate_bad("grant-in-euro").violations
    assert violation.focus == f"[] (schema:amount of {ID}grant/euro)"


def test_format_report_line():
    text = format_report(validate_bad("reservation-without-decision"))
    assert text == (f"{PROTOCOL_GRAPH} {ID}reservation/lena sg:against: "
                    "sg:Reservation needs sg:against, the besluit:Besluit it dissents from")


def test_report_does_not_repeat_the_personnummer():
    report = validate_bad("personnummer-in-literal")
    assert [v.message for v in report.violations] == ["personnummer-like literal"]
    assert "000000" not in format_report(report)


def test_inverse_path_is_written_with_a_caret():
    assert format_report(validate_bad("decision-without-treatment")).split()[2] == "^prov:generated:"


def test_default_graph_triples_have_no_graph():
    ds = Dataset()
    ds.add((URIRef(ID + "person/x"), RDF.type, FOAF.Person))
    report = validate(ds)
    assert [v.graph for v in report.violations] == [None]
    assert format_report(report).startswith(f"- {ID}person/x foaf:name: ")


def test_pipeline_terms_used_in_code_are_declared(ontology):
    """Every sg: term the package's Python code writes (SG.name) is declared in the ontology."""
    root = HERE.parents[1]
    code = " ".join(path.read_text(encoding="utf-8") for folder in ("graph", "extractors", "samgraf")
                    for path in (root / folder).glob("*.py"))
    used = {SG[name] for name in re.findall(r"\bSG\.(\w+)", code)}
    assert SG.Attendance in used
    assert sorted(used - declared_sg_terms(ontology)) == []


def test_typed_and_simple_strings_compare_equal():
    xsd_string = URIRef("http://www.w3.org/2001/XMLSchema#string")  # not XSD: pytest probes module globals
    ds = load(GOOD)
    currencies = {o for _, _, o, _ in ds.quads((None, SCHEMA.currency, None, None))}
    assert currencies == {Literal("SEK"), Literal("SEK", datatype=xsd_string)}
    assert validate(ds).conforms  # sh:in ( "SEK" ) accepts both


def test_empty_dataset_conforms():
    assert validate(Dataset()) == ValidationReport(conforms=True, violations=())
