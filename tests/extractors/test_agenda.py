"""Tests for samgraf.extractors.agenda: § headings, OCR'd forms, numbered lists, item sections."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from samgraf.extractors.agenda import extract_agenda, split_items
from samgraf.extractors.normalize import build_view
from samgraf.model import SectionKind


def agenda(view, text: str) -> list[tuple[int, str]]:
    return [(a.number, a.title) for a in extract_agenda(view(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 1 Mötets öppnande\n\nText.\n\n§ 2 Val av justerare\n\nText.\n\n§ 3 Budget 2026\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Budget 2026")], id="section-sign-space"),
        pytest.param("§1 Mötets öppnande\n\n§2 Dagordning\n\n§3 Ekonomi\n",
                     [(1, "Mötets öppnande"), (2, "Dagordning"), (3, "Ekonomi")], id="section-sign-no-space"),
        pytest.param("## § 5 **Budget 2026**\n\nText.\n\n## § 6 *Övriga frågor*\n",
                     [(5, "Budget 2026"), (6, "Övriga frågor")], id="markdown-heading"),
        pytest.param("<h2>§ 7 Uppföljning</h2>\n<p>Text.</p>\n<h2>§ 8 Avslutning</h2>\n",
                     [(7, "Uppföljning"), (8, "Avslutning")], id="html-heading"),
        pytest.param("§ 1\tÖppnande\tsid 2\n§ 2\tVal av justerare\tsid 2\n§ 3\tEkonomi\tsid 3\n",
                     [(1, "Öppnande"), (2, "Val av justerare"), (3, "Ekonomi")], id="toc-with-page-refs"),
        pytest.param("§ 4 Ekonomi\n\nx\n\n§ 6 Budget\n\nx\n\n§ 9 Övrigt\n",
                     [(4, "Ekonomi"), (6, "Budget"), (9, "Övrigt")], id="numbers-skip"),
        pytest.param("§ 8\nRapport från kansliet\nFörbundschefen informerar.\n\n§ 9\nÖvriga frågor\n",
                     [(8, "Rapport från kansliet"), (9, "Övriga frågor")], id="bare-number-title-next-line"),
        pytest.param("§ 4 Ansökan om medel för insatsen\nstöd till unga vuxna\nText här.\n",
                     [(4, "Ansökan om medel för insatsen stöd till unga vuxna")], id="title-continues"),
        pytest.param("§ 1 Öppnande\n§ 2 Budget\n\n§ 1 Öppnande\nText.\n§ 2 Budget\nText.\n",
                     [(1, "Öppnande"), (2, "Budget")], id="agenda-list-repeated"),
    ],
)
def test_section_sign_headings(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 1 Ärendenummer KS-2024-00062 Val av protokolljusterare Beslut\n\nProtokollet justeras av "
                     "ordföranden.\n\n§ 2 Dnr 2024/17 Budget för 2025 Beslut\n\nStyrelsen fastställer budgeten.\n",
                     [(1, "Val av protokolljusterare"), (2, "Budget för 2025")], id="case-number-and-label-on-one-line"),
        pytest.param("§ 3 Ärendenummer KS-2023-01017\n\nRedovisning av uppdrag att utreda hur Alingsås\n"
                     "Stads samverkan med förbundet kan utvecklas\nBeslut\n\nStyrelsen lägger redovisningen till "
                     "handlingarna.\n",
                     [(3, "Redovisning av uppdrag att utreda hur Alingsås Stads samverkan med förbundet kan utvecklas")],
                     id="bare-heading-title-wrapped-then-label"),
        pytest.param("§ 4 Ärendenummer KS-2023-00897\n\nVal av ledamot i styrgruppen för utbildning i stället\n"
                     "för Sofia Berg (S) som avsagt sig Beslut\n\nStyrelsen väljer Per Ek (M).\n",
                     [(4, "Val av ledamot i styrgruppen för utbildning i stället för Sofia Berg (S) som avsagt sig")],
                     id="bare-heading-title-wrapped-label-at-end"),
        pytest.param("§ 5\nInformation från förbundschefen\nFörbundschefen informerar om läget\nBeslut\n",
                     [(5, "Information från förbundschefen")], id="short-title-line-is-not-joined-with-the-body"),
        pytest.param("§ 9 Ärendenummer KS-2023-00897\n\nRedovisning av uppdrag\n\nStyrelsen föreslår att "
                     "fullmäktige beslutar: Redovisning av fullmäktiges uppdrag 2022-10-06\n§ 10 till Higab AB att "
                     "publicera bidragen.\n\n§ 10 Ärendenummer KS-2021-00581 Nyckeltal för lokaler Beslut\n",
                     [(9, "Redovisning av uppdrag"), (10, "Nyckeltal för lokaler")],
                     id="re-wrapped-reference-after-a-date-is-no-heading"),
    ],
)
def test_headings_whose_lines_a_converter_rewrapped(view, text, expected):
    """A converter that re-wraps paragraphs joins a heading's case number, title and the § body's first label
    ("Beslut") into one line, or breaks a long title where the writer did not; and puts a § reference inside
    a sentence at the start of a line."""
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("81 Mötets öppnande\n\nText.\n\n§ 2 Val av justerare\n\nText.\n\n§ 3 Övrigt\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Övrigt")], id="ocr-81-is-1"),
        pytest.param("§ 15 Ekonomi\n\nText.\n\n8§16 Verksamhetsplan\n\nText.\n\n§ 17 Övrigt\n",
                     [(15, "Ekonomi"), (16, "Verksamhetsplan"), (17, "Övrigt")], id="ocr-8s16-is-16"),
        pytest.param("§ 4 Ekonomi\n\nText.\n\n85 Budget\n\nText.\n\n§ 6 Övrigt\n",
                     [(4, "Ekonomi"), (5, "Budget"), (6, "Övrigt")], id="ocr-85-between-4-and-6"),
    ],
)
def test_ocr_headings_where_the_sequence_expects_them(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 1 Öppnande\n\n81 Deltagare har skrivits in.\n\n§ 2 Övrigt\n",
                     [(1, "Öppnande"), (2, "Övrigt")], id="81-inside-body"),
        pytest.param("§ 5 Budget\n\n82 Personer deltog.\n\n§ 6 Övrigt\n",
                     [(5, "Budget"), (6, "Övrigt")], id="82-before-expected"),
        pytest.param("§ 3 Ekonomi\n\n89 Anställda berörs.\n\n§ 4 Övrigt\n",
                     [(3, "Ekonomi"), (4, "Övrigt")], id="89-beyond-next"),
    ],
)
def test_ocr_forms_rejected_where_unexpected(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1. Mötets öppnande\nText.\n2. Val av justerare\nText.\n3. Dagordning\nText.\n5. Övrigt\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Dagordning"), (5, "Övrigt")],
                     id="numbered-list-skipping-4"),
        pytest.param("Punkt 1 Öppnande\nText.\nPunkt 2 Justerare\nText.\nPunkt 3 Dagordning\n",
                     [(1, "Öppnande"), (2, "Justerare"), (3, "Dagordning")], id="punkt-n"),
        pytest.param("Ärende 1 Öppnande\nText.\nÄrende 2 Val\nText.\nÄrende 3 Budget\n",
                     [(1, "Öppnande"), (2, "Val"), (3, "Budget")], id="arende-n"),
    ],
)
def test_numbered_items_without_section_signs(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1. Mötets öppnande\nText.\n2. Val av justerare\n", id="run-too-short"),
        pytest.param("§ 1 Öppnande\n\n1. Kartlägga behoven\n2. Planera insatser\n3. Följa upp\n",
                     id="numbered-list-inside-section-document"),
    ],
)
def test_numbered_lines_are_not_items_when_not_a_run(view, text):
    numbers = [n for n, _ in agenda(view, text)]
    assert numbers in ([], [1])
    assert "Kartlägga behoven" not in [t for _, t in agenda(view, text)]


def test_evidence_span_quotes_the_heading(view):
    text = "Inledning\n\n## § 12 **Ansökan om medel**\n\nText.\n"
    (item,) = extract_agenda(view(text), text)
    assert item.evidence.text == text[item.evidence.start:item.evidence.end]
    assert "§ 12" in item.evidence.text and "Ansökan om medel" in item.evidence.text


def test_heading_apart_from_its_body(view):
    text = "§ 3 Ansökan om medel\n\n\n\nStyrelsen beslutar att bevilja.\n\n§ 4 Övrigt\n\nInget.\n"
    sections = list(split_items("d", view(text)))
    assert [(s.number, s.heading) for s in sections] == [(3, "Ansökan om medel"), (4, "Övrigt")]
    assert all(s.kind == SectionKind.ITEM for s in sections)
    body = text[sections[0].start:sections[0].end]
    assert "Styrelsen beslutar att bevilja." in body and "§ 4" not in body
    assert sections[1].end == len(text)


def test_sections_tile_the_items(view):
    text = "Förord\n§ 1 Öppnande\nA\n§ 2 Budget\nB\n§ 3 Övrigt\nC\n"
    sections = list(split_items("d", view(text)))
    assert [s.index for s in sections] == [0, 1, 2]
    assert all(a.end == b.start for a, b in zip(sections, sections[1:]))
    assert sections[0].start == text.index("§ 1")


# --- Real protocol conventions (issue 9): flattened pages, dropped § signs, case numbers. Invented text. ------------

#: A front sheet as web converters flatten it: one line per PDF page, opened by the page number.
FRONT = ("1 Samordningsförbundet Exempelbygd PROTOKOLL 1 (6) Plats och tid Kommunhuset, Storgatan 4, kl 13.00 "
         "Beslutande Lena Ek, ordförande Olle Strand, vice ordförande Kajsa Lind, ledamot Övriga deltagande "
         "Maja Lind, förbundschef Utses att justera Olle Strand Paragrafer Underskrifter Sekreterare Maja Lind\n\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(FRONT + "2 412 Mötets öppnande Lena Ek, ordförande, öppnade sammanträdet. 413 Fastställande "
                     "av dagordning Den utskickade dagordningen godkändes utan ändringar. 414 Val av justerare "
                     "Olle Strand valdes att justera protokollet.\n",
                     [(412, "Mötets öppnande"), (413, "Fastställande av dagordning"), (414, "Val av justerare")],
                     id="flattened-page-run"),
        pytest.param(FRONT + "2 Samordningsförbundet Exempelbygd PROTOKOLL Sida 2 (6) 57 Ekonomisk rapport "
                     "Förbundschefen redovisade utfallet. 58 Information från förbundet har lämnats muntligen.\n",
                     [(57, "Ekonomisk rapport"), (58, "Information från förbundet")], id="after-sida-furniture"),
        pytest.param(FRONT + "2 2(14) Arbetsutskottet 1 Meddelanden a Skrivelse från regionen b Cirkulär från SKR "
                     "Meddelandena noteras.\n\n3 3(14) 2./. Bilaga. Budget för nästa år Kansliet har tagit fram "
                     "ett förslag.\n",
                     [(1, "Meddelanden"), (2, "Budget för nästa år")], id="page-furniture-and-bilaga-marker"),
        pytest.param(FRONT + "2 EXEMPELBYGDS KOMMUN SAMMANTRÄDESPROTOKOLL 2[9] 63 Uppföljning av insatser har "
                     "noterats. Verksamheten omfattar 40 platser varav 12 Korttidsplatser.\n",
                     [(63, "Uppföljning av insatser")], id="single-item-opens-page"),
    ],
)
def test_flattened_pages_without_section_signs(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("body", "title"),
    [
        pytest.param("Budget 2026 Förbundschefen föredrog förslaget.", "Budget 2026", id="clause-with-verb"),
        pytest.param("Dagordning beslutar att anta den utsända listan.", "Dagordning", id="verb-subject-dropped"),
        pytest.param("Ändring av dagordningen Ärendebeskrivning Ett extra ärende läggs till.", "Ändring av dagordningen",
                     id="body-label"),
        pytest.param("Val av justerare Till justerare utsågs Kajsa Lind.", "Val av justerare", id="preposition-opens"),
        pytest.param("Nästa möte Nästa möte hålls i juni.", "Nästa möte", id="body-repeats-title"),
        pytest.param("Kansliets rapport 1. Läget i verksamheten.", "Kansliets rapport", id="enumeration"),
        pytest.param("Ansökan Steg framåt, Exempelbygds kommun Exempelbygds kommun söker medel.",
                     "Ansökan Steg framåt, Exempelbygds kommun", id="named-insats-kept"),
        pytest.param("Resa mellan Umeå - Vasa Olle Strand informerade.", "Resa mellan Umeå - Vasa", id="person-opens"),
        pytest.param("Avslutning Ordförande Sekreterare Lena Ek Maja Lind", "Avslutning", id="signature-labels"),
    ],
)
def test_flattened_title_ends_where_the_body_begins(view, body, title):
    text = FRONT + "2 Sida 2 (6) 21 " + body + " 22 Övriga frågor Inga övriga frågor fanns.\n"
    assert agenda(view, text)[0] == (21, title)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("2 Styrelsen har under året haft 12 Möten och 3 Utbildningsdagar.", id="counts"),
        pytest.param("2 Mötet hölls den 14 Maj kl 13 Styrelsen samlades i sal 4 Norra flygeln.", id="dates-times"),
        pytest.param("2 Resultat 2023 Intäkter 1 250 000 Kostnader 1 180 500 Överskott.", id="amounts-years"),
        pytest.param("2 Arbetet har tre delar. 1. Kartläggning av behoven. 2. Insatser. 3. Uppföljning av dem.",
                     id="list-enumeration"),
        pytest.param("2 Innehållsförteckning Ekonomisk rapport 3 Verksamhetsplan 4 Övriga frågor 6 Bilagor", id="contents"),
    ],
)
def test_numbers_that_are_not_items(view, page):
    assert agenda(view, FRONT + page + "\n") == []


def test_per_section_attendance_in_a_roster_is_not_an_item(view):
    text = ("1 Sammanträdesprotokoll 1 (8) Beslutande Lena Ek (S) ordförande Olle Strand (M), t o m 15 Kajsa Lind (C) "
            "Övriga deltagande Eva Holm, ekonom, 16 Jonas Vik, kanslichef, 15 Nils Berg, controller, 17 Utses att "
            "justera Olle Strand Paragrafer 14-17 Sekreterare Jonas Vik Ordförande Lena Ek\n\n"
            "2 Sammanträdesprotokoll 2 (8) 14 Mötets öppnande Ordföranden öppnade mötet. 15 Ekonomisk rapport "
            "Ekonomen redovisade. 16 Ansökan om medel Styrelsen beslutar att bevilja. 17 Övriga frågor Inga.\n")
    assert [n for n, _ in agenda(view, text)] == [14, 15, 16, 17]


def test_isolated_number_in_a_body_is_not_an_item(view):
    text = FRONT + ("2 Sida 2 (6) 8 Rapport från kansliet Förbundschefen berättade om arbetet i Norra "
                    "rehabteamet som nu har 14 Deltagare inskrivna. 9 Övriga frågor Inga frågor.\n")
    assert agenda(view, text) == [(8, "Rapport från kansliet"), (9, "Övriga frågor")]


def test_declared_range_bounds_unsigned_numbers(view):
    text = (FRONT.replace("Paragrafer", "Paragrafer 30-31") +
            "2 Sida 2 (6) 30 Budget Förbundschefen föredrog. 31 Verksamhetsplan Styrelsen diskuterade. "
            "Planen gäller 2025 Regionen och kommunerna.\n")
    assert [n for n, _ in agenda(view, text)] == [30, 31]


def test_excerpt_ending_inside_a_title_drops_it(view):
    text = FRONT + "2 Sida 2 (6) 40 Dagordning beslutar att anta listan. 41 Rapport om lokalfr"
    assert agenda(view, text) == [(40, "Dagordning")]


def test_excerpt_ending_late_in_a_title_keeps_it(view):
    """Four words or more of a title before the excerpt's end are the title as far as it goes: the item is there."""
    text = FRONT + "2 Sida 2 (6) 40 Dagordning beslutar att anta listan. 41 Begäran från kommunstyrelsen om rapporter"
    assert agenda(view, text) == [(40, "Dagordning"), (41, "Begäran från kommunstyrelsen om rapporter")]


def test_section_signs_kept_on_a_flattened_page(view):
    text = FRONT + ("2 Sida 2 (6) § 5 Ekonomi Förbundschefen redogjorde för läget. § 6 Övriga frågor Inga frågor "
                    "anmäldes. Totalt 3 Ärenden bordlades.\n")
    assert agenda(view, text) == [(5, "Ekonomi"), (6, "Övriga frågor")]


def test_decision_summary_list_gives_titles(view):
    text = FRONT + ("2 Sida 2 (6) Förteckning över nämndens ärenden den 4 maj Val av justerare "
                    "71 Ekonomisk rapport 72 Ansökan om medel 73 Verksamhetsplan för nästa år\n\n"
                    "3 Sida 3 (6) 71 Ekonomisk rapport Ekonomen redovisade utfallet.\n")
    assert agenda(view, text) == [(71, "Ekonomisk rapport"), (72, "Ansökan om medel"),
                                  (73, "Verksamhetsplan för nästa år")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 7 Ärendenummer ABC-2022-00431\n\nUtredning om samordnade\nlokaler för "
                     "förvaltningen\nBeslut\n\nÄrendet bordläggs.\n\n§ 8 Ärendenummer ABC-2021-00310:4\n"
                     "Val av ersättare\nBeslut\n\nAnna Berg utses.\n",
                     [(7, "Utredning om samordnade lokaler för förvaltningen"), (8, "Val av ersättare")],
                     id="case-number-then-title-lines"),
        pytest.param("§ 12 Dnr 2023/123\nBudget för nästa år\nStyrelsen beslutar att anta budgeten.\n",
                     [(12, "Budget för nästa år")], id="dnr-then-title"),
        pytest.param("§ 1041 Val av justerare\nText.\n\n§ 1042 Ekonomisk rapport\nText.\n",
                     [(1041, "Val av justerare"), (1042, "Ekonomisk rapport")], id="numbered-across-the-year"),
        pytest.param("§ 12 Ändring av dagordningen\nÄrendebeskrivning\nEtt ärende om lokaler läggs till.\n",
                     [(12, "Ändring av dagordningen")], id="andring-av-dagordningen"),
        pytest.param("1 § Mötets öppnande .............................. 1\n2 § Val av justerare ......... 2\n",
                     [(1, "Mötets öppnande"), (2, "Val av justerare")], id="contents-with-section-numbers"),
    ],
)
def test_case_numbers_and_contents(view, text, expected):
    assert agenda(view, text) == expected


def test_contents_without_section_numbers_is_not_the_agenda(view):
    text = ("Innehållsförteckning\n\nBeslutande... 2\n\nEkonomisk rapport... 3\n\nÖvriga frågor... 5\n\n"
            "Plats och tid Kommunhuset\n")
    assert agenda(view, text) == []


def test_reference_lines_and_page_headers_inside_sections(view):
    text = ("§ 15 Ärendenummer ABC-2022-00777\n\nTaxa för parkering vid\nkommunens anläggningar\nBeslut\n\n"
            "Ärendet bordläggs.\n\nTidigare behandling\n\nBordlagt den 3 maj 2022, § 301 och den 17 maj 2022,\n§ 352.\n\n"
            "Handlingar\n\nTjänsteutlåtande.\n\nByggnadsnämnden\n\nYrkanden\n\nProtokoll nr 4\n"
            "Sammanträdesdatum: 2022-06-01\n\nLena Ek (S) yrkar bifall.\n\n§ 16 Ärendenummer ABC-2022-00801\n"
            "Revidering av reglemente\nBeslut\n\nAntecknas.\n")
    assert agenda(view, text) == [(15, "Taxa för parkering vid kommunens anläggningar"), (16, "Revidering av reglemente")]
    sections = list(split_items("d", view(text)))
    assert [s.number for s in sections] == [15, 16]
    assert "Lena Ek (S) yrkar bifall." in text[sections[0].start:sections[0].end]


def test_reference_inside_a_sentence_is_not_a_heading(view):
    text = "§ 2 Val av justerare\nAnna Berg justerar till och med\n§ 3 och Per Ek därefter.\n\n§ 3 Budget\nText.\n"
    assert agenda(view, text) == [(2, "Val av justerare"), (3, "Budget")]


def test_flattened_headings_quote_the_original(view):
    text = FRONT + "2 Sida 2 (6) 57 Ekonomisk rapport Förbundschefen redovisade utfallet. 58 Övrigt Inga övriga frågor anmäldes.\n"
    items = extract_agenda(view(text), text)
    assert [(a.evidence.text.startswith(str(a.number)), a.title in a.evidence.text) for a in items] == [(True, True)] * 2


REAL = Path(os.environ.get("SAMGRAF_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "real"


@pytest.mark.skipif(not (REAL / "gold").is_dir() or not (REAL.parent / "eval" / "score.py").exists(),
                    reason=f"{REAL} (real protocols with gold, and ../eval/score.py) is not present next to the repository")
def test_real_protocols_agenda_f1():
    """Issue 9: agenda items of real protocols as web converters stored them, scored like score.py (title
    similarity >= 0.8), at least 0.85 F1."""
    spec = importlib.util.spec_from_file_location("samgraf_score", REAL.parent / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    tp = fp = fn = 0
    for gold_path in sorted((REAL / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (REAL / "protocols" / gold["document"]).read_text(encoding="utf-8")
        expected = {int(a["section"]): a["title"] for a in gold.get("agenda", [])}
        found = {a.number: a.title for a in extract_agenda(build_view(text).text, text)}
        good = {n for n, title in expected.items() if n in found and scorer.similar(title, found[n]) >= 0.8}
        tp, fn, fp = tp + len(good), fn + len(expected) - len(good), fp + len(set(found) - good)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.85, f"agenda F1 {f1:.2f} (tp {tp}, fp {fp}, fn {fn})"


def test_case_number_between_number_and_title_on_a_flattened_page(view):
    text = FRONT + ("2 Sida 2 (6) 45 Dnr AU 2011/123 Budget för nästa år Arbetsutskottets beslut Att anta budgeten. "
                    "46 Dnr AU 2011/140 Lokalfrågor Förvaltningens förslag Att hyra nya lokaler.\n")
    assert agenda(view, text) == [(45, "Budget för nästa år"), (46, "Lokalfrågor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("PROTOKOLLSUTDRAG\nStyrelsen    2017-06-15\n\n34   Fyllnadsval av ledamot\nDnr 2017/12\n\n"
                     "Ärendebeskrivning\nEn ledamot har avgått.\n", [(34, "Fyllnadsval av ledamot")],
                     id="heading-line-after-blank"),
        pytest.param("Rapport\n\nUtbildningen var uppskattad.\n\n12 Personer deltog i utbildningen\n", [],
                     id="body-line-with-verb"),
    ],
)
def test_unsigned_heading_on_its_own_short_line(view, text, expected):
    assert agenda(view, text) == expected


# --- Re-wrapped paragraphs: the § heading shares its lines with the § body ----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 1 Mötets öppnande Ordföranden öppnar mötet.\n\n§ 2 Dagordning Dagordningen godkänns.\n\n"
                     "§ 3 Övriga frågor Inga övriga frågor.\n",
                     [(1, "Mötets öppnande"), (2, "Dagordning"), (3, "Övriga frågor")], id="body-on-heading-line"),
        pytest.param("§ 4 Ansökan Arbetsträning, Hedby kommun Hedby kommun söker\nmedel för arbetsträning.\n",
                     [(4, "Ansökan Arbetsträning, Hedby kommun")], id="body-repeats-organisation"),
        pytest.param("§ 5 Ansökan Unga till arbete, Lövsta\nkommun Styrelsen beslutade att bevilja\nLövsta kommun "
                     "300 000 kr.\n", [(5, "Ansökan Unga till arbete, Lövsta kommun")], id="title-wrapped-into-body"),
        pytest.param("§ 6 Uppföljning av insatser Sigrid\nBlomqvist redogör för uppföljningen.\n",
                     [(6, "Uppföljning av insatser")], id="name-split-by-wrap"),
        pytest.param("§ 7 Medlemsavgift 2026 till\nSamordningsförbundet Östra Ådalen Nämnden\nbeslutar att "
                     "betala avgiften.\n", [(7, "Medlemsavgift 2026 till Samordningsförbundet Östra Ådalen")],
                     id="title-over-two-lines"),
        pytest.param("§7 Dialog med lokal FINSAM-samverkan: resan i Hedby\n\nText om resan.\n",
                     [(7, "Dialog med lokal FINSAM-samverkan: resan i Hedby")], id="colon-inside-title-kept"),
        pytest.param("§ 8 Rapport från kansliet\nFörbundschefen informerar om läget.\n",
                     [(8, "Rapport från kansliet")], id="short-heading-line-is-hard-break"),
    ],
)
def test_rewrapped_headings(view, text, expected):
    assert agenda(view, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("§ 5 Budget\nText.\n\nStyrelsen lägger protokollet till handlingarna. §6 Protokoll från AU\n\n"
                     "Protokollet har varit utsänt.\n\n§ 7 Avslutning\n",
                     [(5, "Budget"), (6, "Protokoll från AU"), (7, "Avslutning")], id="sign-after-full-stop"),
        pytest.param("§ 9 Budget\nText.\n\nStyrelsen beslutar att lägga informationen till handlingarna. §10\n"
                     "Ekonomirapport februari Resultatrapporter har varit utsända.\n\n§ 11 Avslutning\n",
                     [(9, "Budget"), (10, "Ekonomirapport februari"), (11, "Avslutning")], id="bare-sign-after-full-stop"),
        pytest.param("§ 3 Budget\nText.\n\nSe beslutet i § 5. Styrelsen noterar.\n\n§ 4 Avslutning\n",
                     [(3, "Budget"), (4, "Avslutning")], id="reference-out-of-sequence"),
        pytest.param("§ 1 Öppnande sid 2 § 2 Ekonomi sid 3\n\n§ 1 Öppnande\nText.\n\n§ 2 Ekonomi\nText.\n",
                     [(1, "Öppnande"), (2, "Ekonomi")], id="rewrapped-contents"),
    ],
)
def test_headings_joined_to_the_paragraph_above(view, text, expected):
    assert agenda(view, text) == expected


def test_unsigned_headings_with_ocr_read_signs(view):
    text = ("8 1 Mötets öppnande\nText.\n\nS 2 Val av justerare\nText.\n\n3 Godkännande av dagordning\nText.\n\n"
            "85 Ansökan Familjecoach, Eda kommun\nText.\n\n6 Budget 2027\nText.\n")
    assert [n for n, _ in agenda(view, text)] == [1, 2, 3, 5, 6]



def test_unwrap_joins_only_paragraphs_a_converter_wrapped():
    import textwrap

    from samgraf.extractors.normalize import unwrap_paragraphs

    paragraph = ("Styrelsen diskuterade hur uppföljningen av insatserna ska redovisas under året och konstaterade "
                 "att fler deltagare behöver nås i kommunerna i länet under hösten och vintern.")
    wrapped = "\n".join(textwrap.wrap(paragraph, 45))
    own = "Mötet öppnades.\nDagordningen godkändes utan ändringar av styrelsen.\nJusterare valdes enligt förslag."
    roster = "Anna Berg (S), ordförande\nPer Ek (M), vice ordförande\nSara Vik (C), ledamot"
    text = "\n\n".join([wrapped, own, roster])
    joined = unwrap_paragraphs(text)
    assert len(joined) == len(text)                       # offsets stay where they were
    assert paragraph in joined and own in joined and roster in joined


def test_flattened_pages_wrapped_again_are_read_as_pages(view):
    """A converter flattened each page to one line and dropped the § signs; another wrapped the lines again
    (at 45 characters here): the unsigned headings are found as on the flattened page."""
    import textwrap

    pages = ["1 Protokoll Styrelsen Sammanträdesdatum 2023-10-12 Plats och tid Kansliet kl 9.00-11.00 Beslutande "
             "Anna Berg (S) ordförande Per Ek (M) Sara Vik (C) Paragrafer 41-42",
             "2 2 (9) 41 Godkännande av dagordningen Enligt förbundsordningen har dagordningen skickats ut till "
             "ledamöter och ersättare i god tid. Den fastställs utan ändringar. 42 Rapport från förbundschefen "
             "Förbundschefen redogör för arbetet med insatserna under hösten och läget i budgeten inför nästa år."]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 45)) for p in pages) + "\n"
    assert agenda(view, text) == [(41, "Godkännande av dagordningen"), (42, "Rapport från förbundschefen")]
