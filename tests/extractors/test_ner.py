"""Tests for samgraf.extractors.ner: the spaCy pipeline of rule components, PARTIAL first names, nlp.pipe."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy
from samgraf.extractors import names as names_mod
from samgraf.extractors import ner

from samgraf.model import Document, Label, Source

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ner_eval.py"


@pytest.fixture(scope="module")
def nlp():
    return ner.build_nlp(use_trained=False)


def make_doc(text: str, doc_id: str = "d1") -> Document:
    return Document(doc_id, Source(f"{doc_id}.txt", doc_id, "0" * 64, "utf-8", "text/plain"), text)


def found(nlp, text: str, known=()) -> set[tuple[str, str]]:
    return {(str(m.label), m.text) for m in ner.find_mentions(nlp, make_doc(text), known=known)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Karin Dahl (S)\tOrdförande\tRegion Dalarna\tX",
                     {("PERSON", "Karin Dahl"), ("PARTY", "S"), ("ROLE", "Ordförande"), ("ORG", "Region Dalarna")},
                     id="roster-row"),
        pytest.param("Ordförande  Nils Åkerblad",
                     {("ROLE", "Ordförande"), ("PERSON", "Nils Åkerblad")}, id="signature-line"),
        pytest.param("Magnus von Hallwyl och Lars-Olof Ek-Sand deltog.",
                     {("PERSON", "Magnus von Hallwyl"), ("PERSON", "Lars-Olof Ek-Sand")}, id="particle-hyphen"),
        pytest.param("Lena Berg Strömgren valdes.", {("PERSON", "Lena Berg Strömgren")}, id="double-surname"),
        pytest.param("Att bevilja Leksands kommun 1,2 miljoner kronor.",
                     {("ORG", "Leksands kommun"), ("MONEY", "1,2 miljoner kronor")}, id="decision-money"),
        pytest.param("Nästa möte hålls tisdagen den 4 mars 2025.",
                     {("DATE", "tisdagen den 4 mars 2025")}, id="date-weekday"),
        pytest.param("Försäkringskassans representant deltog.", {("ORG", "Försäkringskassan")}, id="org-genitive"),
        pytest.param("Representanter från FK deltog.", {("ORG", "FK")}, id="agency-abbreviation"),
        pytest.param("Ordföranden tackade ledamöterna.",
                     {("ROLE", "Ordföranden"), ("ROLE", "ledamöterna")}, id="inflected-roles"),
        pytest.param("Mötet leddes av vice ordförande.", {("ROLE", "vice ordförande")}, id="role-without-full-stop"),
        pytest.param("SIRI HOLMBERG\nSekreterare", {("PERSON", "SIRI HOLMBERG"), ("ROLE", "Sekreterare")},
                     id="name-in-capitals"),
        pytest.param("Ministern Eva\nTorvik besökte förbundet.", {("PERSON", "Eva\nTorvik")}, id="name-over-line-break"),
    ],
)
def test_finds_each_label(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Per capita räknat ökar kostnaderna.", id="per-capita"),
        pytest.param("Hans förslag bifölls av styrelsen.", id="hans-pronoun"),
        pytest.param("Dag för dag ökar antalet deltagare.", id="dag-word"),
        pytest.param("Mötet hölls i Greta Falks sal i stadshuset.", id="room-name"),
        pytest.param("Styrelsen godkände dagordningen.", id="no-entities"),
        pytest.param("Kommunen och regionen samverkar i Gävle.", id="bare-place-not-org"),
    ],
)
def test_no_person_in_common_words(nlp, text):
    assert not {label for label, _ in found(nlp, text)} & {"PERSON", ner.PARTIAL}


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        pytest.param("Gabriella lyfte frågan om uppföljning.", "Gabriella", id="first-name-only"),
        pytest.param("Robert A informerade om projektet.", "Robert A", id="initial"),
        pytest.param("Styrelsen tackade Bo för hans arbete.", "Bo", id="short-name-mid-sentence"),
        pytest.param("Gabriellas förslag bifölls.", "Gabriellas", id="genitive"),
        pytest.param("Frågan lyftes av Anna-Lena.", "Anna-Lena", id="hyphenated-first-name"),
    ],
)
def test_first_names_and_initials_stay_partial(nlp, text, partial):
    labels = found(nlp, text)
    assert (ner.PARTIAL, partial) in labels
    assert not any(label == "PERSON" for label, _ in labels)


def test_parenthetical_post_gives_person_role_and_org(nlp):
    text = "Peter Vigren (ordförande Samordningsförbundet Umeå och ledamot i NNS styrelse) informerade."
    mentions = ner.find_mentions(nlp, make_doc(text))
    got = {(str(m.label), m.text, m.value) for m in mentions}
    assert ("PERSON", "Peter Vigren", "Peter Vigren") in got
    assert ("ROLE", "ordförande", "ordförande") in got
    assert ("ORG", "Samordningsförbundet Umeå", "forbund/umea") in got
    assert ("ORG", "NNS", "nns") in got


def test_ocr_damaged_text(nlp):
    text = "Ersattare: lngrid Sjoberg, Forsakringskassan\nTjanstgorande ersattare Bjorn Ek (S) Monsteras kommun"
    mentions = ner.find_mentions(nlp, make_doc(text))
    got = {(str(m.label), m.text) for m in mentions}
    assert {("PERSON", "lngrid Sjoberg"), ("ORG", "Forsakringskassan"), ("ORG", "Monsteras kommun"),
            ("ROLE", "Tjanstgorande ersattare"), ("PERSON", "Bjorn Ek")} <= got
    person = next(m for m in mentions if m.text == "lngrid Sjoberg")
    assert person.value == "Ingrid Sjoberg"


def test_known_roster_names_boost_common_word_surnames(nlp):
    text = "Roger Fält presenterade uppföljningen av insatserna under hösten."
    assert ("PERSON", "Roger Fält") in found(nlp, text, known=["Roger Fält"])
    assert found(nlp, text) == {(ner.PARTIAL, "Roger")}


def test_roster_of_the_same_document_is_used_when_no_names_are_given(nlp):
    text = ("Närvarande\nNamn\tRoll\tOrganisation\nRoger Fält\tLedamot\tLeksands kommun\n\n"
            "§ 3 Information\n\nRoger Fält presenterade uppföljningen av insatserna under hösten.")
    persons = [m for m in ner.find_mentions(nlp, make_doc(text)) if m.label == Label.PERSON]
    assert [m.text for m in persons] == ["Roger Fält", "Roger Fält"]


def test_mentions_quote_the_original_text(nlp):
    text = "<b>Ordförande:</b> Karin Dahl, **Region Dalarna**, beviljar 90 tkr den 5 maj 2024."
    mentions = ner.find_mentions(nlp, make_doc(text, "doc-x"))
    assert {str(m.label) for m in mentions} >= {"ROLE", "PERSON", "ORG", "MONEY", "DATE"}
    for m in mentions:
        assert m.doc_id == "doc-x"
        assert text[m.start:m.end] == m.text
        assert m.extractor.startswith("spacy.samgraf_") and m.extractor.endswith(".v1")
    values = {str(m.label): m.value for m in mentions}
    assert values["MONEY"] == "90000" and values["DATE"] == "2024-05-05" and values["ROLE"] == "ordförande"


def test_yearless_date_has_partial_iso_value(nlp):
    (mention,) = ner.find_mentions(nlp, make_doc("Mötet flyttas till 19 mars."))
    assert (mention.text, mention.value) == ("19 mars", "--03-19")


def test_pipe_gives_the_same_as_one_by_one(nlp):
    texts = ["Karin Dahl (S)\tLedamot\tGagnefs kommun", "Gabriella lyfte frågan.", "",
             "Att bevilja Region Dalarna 300 000 kr den 2024-05-06.", "Justerare: Olle Vik"]
    docs = [make_doc(t, f"d{i}") for i, t in enumerate(texts)]
    piped = list(ner.pipe_mentions(nlp, docs, batch_size=2))
    assert [d.id for d, _ in piped] == [d.id for d in docs]
    assert [m for _, m in piped] == [ner.find_mentions(nlp, d) for d in docs]
    assert piped[0][1]


def test_pipe_passes_known_names_per_document(nlp):
    docs = [make_doc("Roger Fält presenterade uppföljningen av insatserna under hösten.", "a")]
    ((_, mentions),) = ner.pipe_mentions(nlp, docs, known={"a": ["Roger Fält"]})
    assert [(str(m.label), m.text) for m in mentions] == [("PERSON", "Roger Fält")]


def test_spacy_doc_has_span_group_and_non_overlapping_ents(nlp):
    doc = nlp("Karin Dahl (S), ordförande i Leksands kommun, beviljade 50 000 kr.")
    assert {s.label_ for s in doc.spans["sg"]} >= {"PERSON", "PARTY", "ROLE", "ORG", "MONEY"}
    assert [e.text for e in doc.ents] == ["Karin Dahl", "S", "ordförande", "Leksands kommun", "50 000 kr"]
    assert next(e for e in doc.ents if e.label_ == "ORG").kb_id_ == "kommun/2029"


def test_components_are_registered_on_a_blank_pipeline():
    nlp = spacy.blank("sv")
    for name in (*ner.COMPONENTS, ner.MERGE):
        nlp.add_pipe(name)
    doc = nlp("Ordförande Nils Åkerblad öppnade mötet.")
    assert [(e.label_, e.text) for e in doc.ents] == [("ROLE", "Ordförande"), ("PERSON", "Nils Åkerblad")]


@pytest.mark.parametrize(
    ("hits", "kept"),
    [
        pytest.param([(0, 10, "PERSON", None, "p"), (5, 18, "ORG", None, "o")], [(5, 18, "ORG", None, "o")],
                     id="org-beats-person"),
        pytest.param([(0, 12, "PERSON", None, "p"), (6, 10, "ORG", None, "o")], [(6, 10, "ORG", None, "o")],
                     id="shorter-org-beats-longer-person"),
        pytest.param([(0, 5, "ROLE", None, "r"), (0, 9, "ROLE", None, "r")], [(0, 9, "ROLE", None, "r")],
                     id="longest-wins"),
        pytest.param([(0, 4, "DATE", None, "d"), (0, 4, "MONEY", None, "m")], [(0, 4, "MONEY", None, "m")],
                     id="tie-by-priority"),
        pytest.param([(0, 4, "ROLE", None, "r"), (5, 9, "PERSON", None, "p")],
                     [(0, 4, "ROLE", None, "r"), (5, 9, "PERSON", None, "p")], id="disjoint-kept"),
    ],
)
def test_resolve_overlaps(hits, kept):
    assert ner.resolve_overlaps(hits) == kept


def test_ablation_switches_change_the_output():
    text = "Gabriella lyfte frågan."
    nlp = ner.build_nlp(use_trained=False, config={"samgraf_persons": {"partial": False}})
    assert ner.find_mentions(nlp, make_doc(text)) == ()
    nlp = ner.build_nlp(use_trained=False, config={"samgraf_orgs": {"fuzzy": False}})
    assert not ner.find_mentions(nlp, make_doc("Olofstoms kommun har svarat."))


@pytest.mark.parametrize(
    "text",
    [pytest.param("  två  mellanslag\n\n\tflik  ", id="whitespace"), pytest.param("", id="empty"),
     pytest.param("Anna-Lena (S):\u00a0900 000:-", id="punctuation")],
)
def test_fast_tokenizer_keeps_the_text(text):
    nlp = ner.build_nlp(use_trained=False, components=())
    assert nlp.make_doc(text).text == text


def test_view_of_wrong_length_is_refused(nlp):
    with pytest.raises(ValueError, match="view of d1"):
        ner.find_mentions(nlp, make_doc("Anna Berg"), view="Anna")


def test_given_view_is_used(nlp):
    text = "Ordförande Anna Berg"
    view = "Ordförande Anna Berg".replace("Anna Berg", "         ")
    assert [m.text for m in ner.find_mentions(nlp, make_doc(text), view=view)] == ["Ordförande"]


def test_trained_model_adds_people_the_rules_missed(monkeypatch):
    assert not names_mod.is_first_name("Xiuying")     # a name the rules do not know
    trained = spacy.blank("sv")
    trained.add_pipe("entity_ruler").add_patterns([
        {"label": "PRS", "pattern": "Xu Xiuying"}, {"label": "PRS", "pattern": "Xiuying"},
        {"label": "PRS", "pattern": [{"TEXT": "Karin"}, {"TEXT": "Dahl"}]},
    ])
    monkeypatch.setattr(ner, "installed_trained_model", lambda: "sv_core_news_fake")
    monkeypatch.setattr(ner, "_load_trained", lambda model: trained)
    nlp = ner.build_nlp()
    assert ner.TRAINED in nlp.pipe_names
    mentions = ner.find_mentions(nlp, make_doc("Karin Dahl och Xu Xiuying deltog. Xiuying skrev."))
    got = {(str(m.label), m.text, m.extractor) for m in mentions}
    assert got == {("PERSON", "Karin Dahl", "spacy.samgraf_persons.v1"),
                   ("PERSON", "Xu Xiuying", "spacy.samgraf_trained.v1"),
                   (ner.PARTIAL, "Xiuying", "spacy.samgraf_trained.v1")}
    assert ner.TRAINED not in ner.build_nlp(use_trained=False).pipe_names


def test_no_trained_model_is_downloaded_or_required():
    assert ner.installed_trained_model() in (None, *ner.TRAINED_MODELS)


def _bench():
    if "ner_eval" in sys.modules:
        return sys.modules["ner_eval"]
    spec = importlib.util.spec_from_file_location("ner_eval", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["ner_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_annotated_sentences_are_well_formed():
    bench = _bench()
    records = bench.load_records()
    assert len(records) >= 120
    for rec in records:
        for span in rec["spans"]:
            assert span["label"] in bench.LABELS
            piece = rec["text"][span["start"]:span["end"]]
            assert piece and piece == piece.strip(), (rec["id"], piece)


def test_evaluation_meets_the_person_and_org_threshold(nlp):
    bench = _bench()
    result = bench.evaluate(nlp, bench.load_records())
    assert result.tallies["PERSON"].f1 >= 0.85
    assert result.tallies["ORG"].f1 >= 0.85
    assert result.invented == 0
