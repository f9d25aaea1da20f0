"""Tests for samgraf.extractors.decisions: decisions and their types, grants, applications, allocations."""
from __future__ import annotations

import pytest

from samgraf.extractors import decisions as dec
from samgraf.extractors.agenda import extract_agenda
from samgraf.model import DecisionKind


@pytest.fixture
def decide(view):
    """(key, section, kind, identifier, text) of every decision in an inline text."""
    def run(text: str):
        return [(d.key, d.section, d.kind, d.identifier, d.text) for d in dec.extract_decisions(view(text), text)]
    return run


@pytest.fixture
def money(view, gaz):
    """Grants and applications of an inline text."""
    def run(text: str):
        v = view(text)
        decisions = dec.extract_decisions(v, text)
        titles = {a.number: a.title for a in extract_agenda(v, text)}
        return dec.extract_money(v, text, decisions, gaz, titles)
    return run


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Styrelsen beslutar att fastställa verksamhetsplanen.", DecisionKind.APPROVED, id="approved"),
        pytest.param("Dagordningen godkänns.", DecisionKind.APPROVED, id="approved-passive"),
        pytest.param("Informationen läggs till handlingarna.", DecisionKind.NOTED, id="noted"),
        pytest.param("Styrelsen tog del av rapporten.", DecisionKind.NOTED, id="noted-tog-del"),
        pytest.param("Att bevilja Lerums kommun 100 000 kr.", DecisionKind.GRANTED, id="granted"),
        pytest.param("Att avslå ansökan.", DecisionKind.REJECTED, id="rejected"),
        pytest.param("Att inte bevilja ansökan.", DecisionKind.REJECTED, id="rejected-inte-bevilja"),
        pytest.param("Ärendet återremitteras till kansliet.", DecisionKind.REFERRED_BACK, id="referred-back"),
        pytest.param("Ärendet bordläggs till nästa möte.", DecisionKind.TABLED, id="tabled"),
        pytest.param("Att välja Karin Dahl till ordförande.", DecisionKind.ELECTED, id="elected"),
        pytest.param("Att ge förbundschefen i uppdrag att ta fram en plan.", DecisionKind.ASSIGNMENT,
                     id="assignment"),
        pytest.param("Styrelsen diskuterade frågan.", DecisionKind.OTHER, id="other"),
    ],
)
def test_classify(text, kind):
    assert dec.classify(text) == kind


def test_marker_and_outcome_decisions_per_section(decide):
    text = ("§ 3 Dagordning\n\nDagordningen godkänns.\n\n§ 4 Föregående protokoll\n\n"
            "Protokollet läggs till handlingarna.\n\n§ 5 Verksamhetsplan\n\n"
            "Styrelsen beslutar att fastställa verksamhetsplanen.\n")
    found = {(section, kind, text_) for _, section, kind, _, text_ in decide(text)}
    assert found == {
        (3, DecisionKind.APPROVED, "Dagordningen godkänns."),
        (4, DecisionKind.NOTED, "Protokollet läggs till handlingarna."),
        (5, DecisionKind.APPROVED, "Styrelsen beslutar att fastställa verksamhetsplanen."),
    }


def test_every_decision_type_in_one_protocol(decide):
    text = ("§ 10 Riktlinjer\n\nStyrelsen beslutar att återremittera ärendet till kansliet.\n\n"
            "§ 11 Attestordning\n\nStyrelsen beslutar att bordlägga ärendet till nästa möte.\n\n"
            "§ 12 Val\n\nStyrelsen beslutar att välja Karin Dahl till ordförande.\n\n"
            "§ 13 Uppföljning\n\nStyrelsen beslutar att ge förbundschefen i uppdrag att ta fram en plan.\n")
    assert [(section, kind) for _, section, kind, _, _ in decide(text)] == [
        (10, DecisionKind.REFERRED_BACK), (11, DecisionKind.TABLED), (12, DecisionKind.ELECTED),
        (13, DecisionKind.ASSIGNMENT)]


def test_decision_ids_repeated_in_a_decision_list_are_not_duplicated(decide):
    body = ("Beslut 2025-3 §11:1\nAtt bevilja FINSAM Lerums individinsats 612 300 kronor för perioden 2025-2026.\n\n"
            "Beslut 2025-3 §11:2\nAtt lägga informationen till handlingarna.\n")
    text = f"§ 11 Individinsatser 2025\n\n{body}\n§ 12 Beslutslista\n\n{body}"
    found = decide(text)
    assert [(key, section, kind, ident) for key, section, kind, ident, _ in found] == [
        ("2025-3 §11:1", 11, DecisionKind.GRANTED, "2025-3 §11:1"),
        ("2025-3 §11:2", 11, DecisionKind.NOTED, "2025-3 §11:2")]
    assert found[0][4] == "Att bevilja FINSAM Lerums individinsats 612 300 kronor för perioden 2025-2026."


def test_decision_evidence_is_a_slice_of_the_text(view):
    text = "§ 2 Ansökan\n\nBeslut 2024-6 §2:1\nAtt bevilja Alingsås kommun 50 000 kr.\n"
    (d,) = dec.extract_decisions(view(text), text)
    assert d.evidence.text == text[d.evidence.start:d.evidence.end]
    assert d.evidence.text.startswith("Beslut 2024-6 §2:1")


def test_grant_with_amount_recipient_and_period(money):
    text = ("§ 6 Ansökan från Lerums kommun\n\nStyrelsen beslutar att bevilja Lerums kommun 450 000 kronor för "
            "insatsen Steget vidare under perioden 2025-01-01 – 2025-12-31.\n\n§ 7 Övrigt\n\nInga frågor.\n")
    grants, apps = money(text)
    assert [(g.section, g.amount, g.recipient.label, g.start, g.end) for g in grants] == [
        (6, 450000, "Lerums kommun", "2025-01-01", "2025-12-31")]
    assert apps == []


def test_grant_to_a_municipalitys_insats(money):
    text = ("§ 11 Individinsatser\n\nBeslut 2025-3 §11:1\nAtt bevilja FINSAM Lerums individinsats "
            "612 300 kronor för perioden 2025-2026.\n")
    (grant,), _ = money(text)
    assert (grant.amount, grant.recipient.label, grant.funded_item) == (
        612300, "Lerums kommun", "FINSAM Lerums individinsats")
    assert (grant.start, grant.end) == ("2025", "2026")
    assert grant.decision_key == "2025-3 §11:1"


@pytest.mark.parametrize(
    ("phrase", "amount"),
    [
        pytest.param("1,2 mkr", 1_200_000, id="mkr"),
        pytest.param("850 tkr", 850_000, id="tkr"),
        pytest.param("75 000 kr", 75_000, id="kr"),
        pytest.param("1 050 000 kronor", 1_050_000, id="kronor"),
    ],
)
def test_grant_amount_forms(money, phrase, amount):
    text = f"§ 6 Ansökan\n\nStyrelsen beslutar att bevilja Alingsås kommun {phrase}.\n\n§ 7 Avslut\n"
    grants, _ = money(text)
    assert [(g.amount, g.recipient.label) for g in grants] == [(amount, "Alingsås kommun")]


def test_grant_recipient_from_the_item_title(money):
    text = "§ 6 Ansökan från Vårgårda kommun\n\nStyrelsen beslutar att bevilja 200 000 kr för insatsen Jobbspåret.\n"
    grants, _ = money(text)
    assert [(g.amount, g.recipient.label) for g in grants] == [(200000, "Vårgårda kommun")]


def test_grant_without_amount_is_no_grant(money):
    grants, _ = money("§ 6 Ansökan\n\nStyrelsen beslutar att bevilja projektet Kompassen medel.\n")
    assert grants == []


@pytest.mark.parametrize(
    ("text", "amount", "applicant"),
    [
        pytest.param("§ 6 Ansökan\n\nStyrelsen beslutar att inte bevilja ansökan från Vårgårda kommun om 150 000 kr.\n",
                     150000, "Vårgårda kommun", id="inte-bevilja-member"),
        pytest.param("§ 8 Ansökan från Föreningen Framåt\n\nStyrelsen beslutar att avslå ansökan om 240 000 kr.\n",
                     240000, "Föreningen Framåt", id="avsla-applicant-in-title"),
    ],
)
def test_rejected_application(money, text, amount, applicant):
    grants, apps = money(text)
    assert grants == []
    assert len(apps) == 1
    app = apps[0]
    assert (app.amount, app.outcome) == (amount, "rejected")
    assert (app.applicant.label if app.applicant else app.applicant_name) == applicant


def test_rejected_application_names_applicant_from_decision_text(money):
    text = "§ 8 Ansökan om medel\n\nStyrelsen beslutar att avslå ansökan från Föreningen Framåt om 240 000 kr.\n"
    _, (app,) = money(text)
    assert app.applicant_name == "Föreningen Framåt"


def test_proposed_allocation_is_never_a_grant(view, gaz, money):
    text = ("§ 5 Budget 2026\n\nFörslag till fördelning 2026:\nAlingsås kommun: 300 000 kr\n"
            "Lerums kommun: 250 000 kr\n\nStyrelsen beslutar att godkänna förslaget.\n\n§ 6 Övrigt\n")
    v = view(text)
    decisions = dec.extract_decisions(v, text)
    allocations = dec.extract_allocations(v, text, gaz, decisions, dec.build_section_index(v))
    assert [(a.recipient.label, a.amount, a.year, a.status, a.section) for a in allocations] == [
        ("Alingsås kommun", 300000, 2026, "proposed", 5), ("Lerums kommun", 250000, 2026, "proposed", 5)]
    assert all(a.evidence.text == text[a.evidence.start:a.evidence.end] for a in allocations)
    grants, _ = money(text)
    assert grants == []


def test_money_others_granted_is_reported_not_granted(view, gaz, money):
    text = ("§ 7 Information\n\nRegion Västra Götaland har beviljat projektet Unga i arbete 1 200 000 kronor.\n\n"
            "Informationen läggs till handlingarna.\n\n§ 8 Avslut\n")
    v = view(text)
    decisions = dec.extract_decisions(v, text)
    reported = dec.extract_reported_grants(v, text, decisions, dec.build_section_index(v), gaz)
    assert [(r.amount, r.funder, r.section) for r in reported] == [(1200000, "Region Västra Götaland", 7)]
    grants, _ = money(text)
    assert grants == []


def test_member_contributions_from_budget_table(view, gaz):
    text = ("§ 6 Budget\n\n\tBudget 2025\tBudget 2026\nMedlemsavgifter\nAlingsås kommun\t100 000\t110 000\n"
            "Lerums kommun\t80 000\t85 000\nSumma\t180 000\t195 000\n")
    found = {(c.party_label, c.year, c.amount) for c in dec.extract_contributions(view(text), text, gaz)}
    assert found == {("Alingsås kommun", 2025, 100000), ("Alingsås kommun", 2026, 110000),
                     ("Lerums kommun", 2025, 80000), ("Lerums kommun", 2026, 85000)}


def test_grant_read_through_ocr_letters(money):
    text = ("§ 6 Ansökan från Lerums kommun\n\nStyrelsen besIutar att beviIja Lerums kommun 2OO OOO kronor "
            "för insatsen.\n\n§ 7 Övrigt\n\nInga frågor.\n")
    grants, _ = money(text)
    assert [(g.section, g.amount, g.recipient.label) for g in grants] == [(6, 200000, "Lerums kommun")]


def test_grant_with_amount_wrapped_to_the_next_line(money):
    text = ("§ 4 Ansökan Arbetsporten, Lerums kommun\nIrene Holm deltar inte i handläggningen. Styrelsen\n"
            "beslutar att bevilja Lerums kommun 510\n000 kronor för Arbetsporten 2026.\n\n§ 5 Övrigt\n\nInga.\n")
    grants, _ = money(text)
    assert [(g.section, g.amount) for g in grants] == [(4, 510000)]


def test_board_granted_in_past_tense_is_a_decision(decide):
    text = "§ 3 Ansökan Kompassen, Lerums kommun\nBeslut\nStyrelsen beviljade Lerums kommun 410 000 kr för 2026.\n"
    assert [(d[1], d[2]) for d in decide(text)] == [(3, DecisionKind.GRANTED)]


def test_decided_as_proposed_read_through_ocr_letters(decide):
    text = ("§ 34 Ansökan Hälsoguide, Lerums kommun\nFörslag till beslut\nAtt bevilja Lerums kommun kr 250 000:- "
            "under 2026.\nBeslut\nStyrelsen beslutade i enlighet med försIaget.\n")
    assert [(d[1], d[2]) for d in decide(text)] == [(34, DecisionKind.GRANTED)]


def test_rewrapped_heading_keeps_its_decision_in_its_section(decide):
    text = ("§ 3 Fastställande av dagordning Dagordningen fastställs.\n\n§ 4 Ansökan Nya Steg, Lerums kommun "
            "Lerums kommun söker medel för\nNya Steg. Förbundschefen föredrar ärendet.\n\nBeslut Styrelsen beslutar "
            "att bevilja\nLerums kommun 500 000 kr för Nya Steg.\n")
    assert (4, DecisionKind.GRANTED) in [(d[1], d[2]) for d in decide(text)]


def test_decision_id_and_decision_list_without_section_signs(decide):
    text = "14 Förstudie\n\nBeslut 2025-3 14:1\nAtt bevilja Lerums kommun 50 000 kr.\n"
    assert [(d[0], d[1]) for d in decide(text)] == [("2025-3 §14:1", 14)]
    listed = ("1 Öppnande\nOrdföranden öppnar mötet och hälsar alla välkomna.\n\n2 Dagordning\n"
              "Dagordningen godkänns med ett tillägg under övriga frågor.\n\n3 Ansökan, Lerums kommun\nFörslag till beslut: Att bevilja "
              "Lerums kommun 90 000 kr.\n\n4 Avslutning\nText.\n\nBeslutslista: 3 Bifall\n")
    assert (3, DecisionKind.GRANTED) in [(d[1], d[2]) for d in decide(listed)]
