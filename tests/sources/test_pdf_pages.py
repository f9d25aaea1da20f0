"""PDF pages: layout, page furniture, pages OCR could not read, and the page of each fact."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from samgraf import ocr
from samgraf.extractors.furniture import find_page_furniture, mask_page_furniture
from samgraf.graph.store import Store
from samgraf.ingest import ingest, page_notes
from samgraf.layout import Word, render_page
from samgraf.model import PageMethod
from samgraf.ontology.ns import OA, SG
from samgraf.sources import read_document

pytest.importorskip("fpdf", reason="fpdf2 builds the test PDFs")
_spec = importlib.util.spec_from_file_location("samgraf_test_make_pdf",
                                               Path(__file__).parents[1] / "fixtures" / "make_pdf.py")
make_pdf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_pdf)


def _row(y: float, *cells: tuple[float, str]) -> list[Word]:
    """Words of one line: (x, text) cells, each word 6 pt per letter, 10 pt high."""
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(x, y, x + 6 * len(word), y + 10, word))
            x += 6 * len(word) + 3
    return out


def test_two_column_roster_is_read_column_by_column() -> None:
    words = _row(100, (70, "Beslutande"))
    for k, (left, right) in enumerate([("[X] Haverinen Emilia, ordförande", "[X] Sjöström William"),
                                       ("[X] Harald Amanda", "[ ] Storskrubb Julia")]):
        words += _row(114 + 14 * k, (70, left), (330, right))
    words += _row(200, (70, "Övriga närvarande"))
    assert render_page(words) == ("Beslutande\n[X] Haverinen Emilia, ordförande\n[X] Harald Amanda\n"
                                  "[X] Sjöström William\n[ ] Storskrubb Julia\n\nÖvriga närvarande")


def test_label_value_rows_stay_rows_and_gaps_become_blank_lines() -> None:
    words = _row(100, (70, "Organ"), (200, "Styrelsen")) + _row(114, (70, "Tid"), (200, "kl. 9.00"))
    words += _row(160, (70, "§ 1 Mötets öppnande: ordförande Anna Berg förklarade mötet öppnat och hälsade alla"))
    assert render_page(words) == ("Organ\tStyrelsen\nTid\tkl. 9.00\n\n"
                                  "§ 1 Mötets öppnande: ordförande Anna Berg förklarade mötet öppnat och hälsade alla")


def test_repeated_headers_and_footers_are_blanked_in_the_view_only() -> None:
    bodies = ["Styrelsen beslutar att godkänna.", "Ärendet bordläggs.", "Informationen noteras."]
    pages = [f"Samordningsförbundet X, protokoll 2024-03-12\n\n§ {n} Ärende {n}\n{body}\n\nSida {n} av 3\n"
             for n, body in zip((1, 2, 3), bodies)]
    text = "\f".join(pages)
    view = mask_page_furniture(text)
    assert len(view) == len(text) and "\f" not in view
    assert view.count("Samordningsförbundet X") == 1            # the first page keeps its title
    assert "Sida" not in view and "§ 3 Ärende 3" in view
    spans = find_page_furniture(text)
    assert all(text[s:e].startswith(("Samordnings", "Sida")) for s, e in spans)


def test_a_sentence_over_a_page_break_reads_on_in_the_view() -> None:
    """"... beslutar styrelsen att bevilja" | "Ale kommun 250 000 kr": one line break, not a paragraph
    gap, so the grant's amount stays in its sentence; a page ending in a full stop keeps the gap."""
    pages = ["Protokoll 2024-03-12\n\n§ 4 Ansökan\nMed 4 röster mot 2 beslutar styrelsen att bevilja\n\nSida 1 av 2\n",
             "Protokoll 2024-03-12\n\nAle kommun 250 000 kr för projektet.\n\nSida 2 av 2\n"]
    view = mask_page_furniture("\f".join(pages))
    assert re.search(r"att bevilja *\nAle kommun", view), view
    ended = mask_page_furniture("\f".join([pages[0].replace("bevilja", "bevilja Ale kommun."), pages[1]]))
    assert re.search(r"Ale kommun\. *\n\nAle kommun", ended), ended


def test_pdf_with_scanned_pages_says_which_it_could_not_read(tmp_path: Path, monkeypatch) -> None:
    data = make_pdf.make_mixed_pdf(["Protokoll\n§ 1 Mötets öppnande"], ["§ 2 Val av justerare", "§ 3 Övrigt"])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "blandad.pdf").write_bytes(data)
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    doc = read_document(tmp_path / "in" / "blandad.pdf", "blandad.pdf")
    assert [p.method for p in doc.pages] == [PageMethod.TEXT, PageMethod.NONE, PageMethod.NONE]
    store = Store(tmp_path / "store")
    [result] = ingest(store, [tmp_path / "in"], resolve=False)
    assert result.status == "ingested" and result.unreadable_pages == (2, 3)
    assert any("page(s) 2, 3 of 3" in line for line in page_notes([result]))
    assert store.records()["in/blandad.pdf"].status == "ok"
    assert (None, SG.unreadablePages, Literal("2,3")) in store.dataset


@pytest.mark.skipif(ocr.tesseract() is None, reason="Tesseract with Swedish is missing; run tools/ocr_deps.sh")
def test_scanned_pages_are_read_by_ocr_with_confidence(tmp_path: Path) -> None:
    data = make_pdf.make_mixed_pdf(["Protokoll\n§ 1 Mötets öppnande"], ["§ 2 Val av justerare"])
    path = tmp_path / "blandad.pdf"
    path.write_bytes(data)
    doc = read_document(path, "blandad.pdf")
    assert [p.method for p in doc.pages] == [PageMethod.TEXT, PageMethod.OCR]
    assert doc.pages[1].confidence > 0.6
    assert "Val av justerare" in doc.text[doc.pages[1].start:doc.pages[1].end]


@pytest.mark.skipif(ocr.tesseract() is None, reason="Tesseract with Swedish is missing; run tools/ocr_deps.sh")
def test_scanned_pages_are_read_in_threads_each_in_its_place(tmp_path: Path, monkeypatch) -> None:
    """Several scanned pages read by OCR at once give the text one thread gives, each page where it stands,
    with no more page images alive than threads and one waiting."""
    import threading
    import time

    titles = ["§ 2 Val av justerare", "§ 3 Fastställande av dagordning", "§ 4 Ekonomisk rapport",
              "§ 5 Ansökan om medel", "§ 6 Övriga frågor"]
    path = tmp_path / "skannad.pdf"
    path.write_bytes(make_pdf.make_mixed_pdf(["Protokoll\n§ 1 Mötets öppnande"], titles))
    monkeypatch.setenv("SAMGRAF_OCR_WORKERS", "1")
    alone = read_document(path, "skannad.pdf")
    lock, live, running = threading.Lock(), [0, 0], [0, 0]      # now, most at once
    render, read_image = ocr.render, ocr.read_image

    def counted_render(page):
        with lock:
            live[0] += 1
            live[1] = max(live)
        return render(page)

    def counted_read(image, *, scanned):
        with lock:
            running[0] += 1
            running[1] = max(running)
        time.sleep(0.2)                          # every page is still being read when the next one starts
        try:
            return read_image(image, scanned=scanned)
        finally:
            with lock:
                running[0] -= 1
                live[0] -= 1

    monkeypatch.setattr(ocr, "render", counted_render)
    monkeypatch.setattr(ocr, "read_image", counted_read)
    monkeypatch.setenv("SAMGRAF_OCR_WORKERS", "2")
    together = read_document(path, "skannad.pdf")
    assert running[1] == 2 and live[1] <= 3
    assert together.text == alone.text and together.pages == alone.pages
    assert [p.method for p in together.pages] == [PageMethod.TEXT] + [PageMethod.OCR] * len(titles)
    for page, title in zip(together.pages[1:], titles, strict=True):
        assert title.split()[-1] in together.text[page.start:page.end]


def test_ocr_threads_follow_the_setting_and_share_the_cores_between_workers(monkeypatch) -> None:
    monkeypatch.setenv("SAMGRAF_OCR_WORKERS", "3")
    assert ocr.ocr_workers() == 3
    monkeypatch.setenv("SAMGRAF_OCR_WORKERS", "none")
    cores = ocr.ocr_workers()
    assert cores >= 1
    monkeypatch.delenv("SAMGRAF_OCR_WORKERS")
    ocr.share_cores(2 * cores)
    assert ocr.ocr_workers() == 1                     # more workers than cores: one thread each
    monkeypatch.delenv("SAMGRAF_OCR_WORKERS")
    ocr.share_cores(1)
    assert ocr.ocr_workers() == cores
    monkeypatch.setenv("SAMGRAF_OCR_WORKERS", "5")
    ocr.share_cores(2)
    assert ocr.ocr_workers() == 5                     # the user's setting stands


def test_each_fact_from_a_pdf_names_its_page(tmp_path: Path) -> None:
    pages = ["Protokoll styrelsemöte 2024-03-12, Samordningsförbundet Sjuhärad\n\nNärvarande\n"
             "Karin Dahl (S), ordförande\nJonas Vik (M), ledamot",
             "§ 1 Mötets öppnande\n\nOrdförande Karin Dahl förklarade mötet öppnat.\n\n"
             "§ 2 Val av justerare\n\nJonas Vik väljs att justera protokollet."]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.pdf").write_bytes(make_pdf.make_text_pdf(pages))
    store = Store(tmp_path / "store")
    ingest(store, [tmp_path / "in"], resolve=False)
    ds = store.dataset
    numbers = {}
    for target in ds.subjects(RDF.type, OA.SpecificResource):
        page = ds.value(target, SG.page)
        assert page is not None, target
        quote = ds.value(ds.value(target, OA.hasSelector, any=True), OA.exact)
        for sel in ds.objects(target, OA.hasSelector):
            quote = ds.value(sel, OA.exact) or quote
        numbers[str(quote)] = int(ds.value(page, SG.pageNumber))
    assert any(n == 2 and "Jonas Vik" in q for q, n in numbers.items())
    assert any(n == 1 and "Karin Dahl" in q for q, n in numbers.items())


DAMAGED_PAGE_TEXT = ("Protokollet fördes vid sammanträdet. Ordföranden hälsade alla välkomna till mötet.\n"
                     "Styrelsen beslutade att lägga protokollet till handlingarna och att godkänna "
                     "kallelsen. Till justerare valdes Karl Lund. Mötet avslutades klockan elva.")


def test_damaged_font_encoding_is_detected(tmp_path: Path, monkeypatch) -> None:
    """A text layer whose font maps "l" to "j" ("protokojjet") is judged damaged; without Tesseract
    the page is kept, marked damaged-text-layer, and its damage share recorded."""
    path = tmp_path / "skadad.pdf"
    path.write_bytes(make_pdf.make_damaged_layer_pdf([DAMAGED_PAGE_TEXT], {"l": "j"}))
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    doc = read_document(path, "skadad.pdf")
    assert "protokojjet" in doc.text
    assert [p.method for p in doc.pages] == [PageMethod.DAMAGED]
    assert doc.pages[0].damage > ocr.DAMAGED_PAGE


def test_clean_text_layer_is_not_judged_damaged(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "hel.pdf"
    path.write_bytes(make_pdf.make_damaged_layer_pdf([DAMAGED_PAGE_TEXT], {}))
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    doc = read_document(path, "hel.pdf")
    assert "protokollet" in doc.text and [p.method for p in doc.pages] == [PageMethod.TEXT]


@pytest.mark.skipif(ocr.tesseract() is None, reason="Tesseract with Swedish is missing; run tools/ocr_deps.sh")
def test_damaged_font_encoding_is_read_again_by_ocr(tmp_path: Path) -> None:
    """The damaged page goes to OCR, which reads what the page shows: "protokollet" again."""
    path = tmp_path / "skadad.pdf"
    path.write_bytes(make_pdf.make_damaged_layer_pdf([DAMAGED_PAGE_TEXT], {"l": "j"}))
    doc = read_document(path, "skadad.pdf")
    assert [p.method for p in doc.pages] == [PageMethod.OCR]
    assert "protokollet" in doc.text.lower() and "protokojjet" not in doc.text
    assert "Karl Lund" in doc.text


ODD_PRINTED_TEXT = ("Ordforande Anna Berg halsade valkommen till motet och forklarade sammantradet oppnat.\n"
                    "Narvarande ledamoter godkande dagordningen och foregaende protokoll.\n"
                    "Styrelsen besl0t att bevilja Ale k0mmun 250 000 kr for projektet Steget.\n"
                    "Forbundschefen redovisade arsbudgeten och de atgarder som vidtagits under aret.\n"
                    "Ansokan fran Lerums k0mmun bordlades till nasta mote. Protokollet justeras av Karl Lund.")


@pytest.mark.skipif(ocr.tesseract() is None, reason="Tesseract with Swedish is missing; run tools/ocr_deps.sh")
def test_a_page_printing_odd_text_keeps_its_text_layer(tmp_path: Path) -> None:
    """A page whose printed text is itself OCR-damaged ("besl0t", lost å/ä/ö) looks damaged, but OCR
    reads the same: the layer is kept ("besl0t", which the extractors mend, not OCR's "beslOt"), mended
    only where OCR reads a Swedish word ("k0mmun" may become "kommun")."""
    path = tmp_path / "udda.pdf"
    path.write_bytes(make_pdf.make_text_pdf([ODD_PRINTED_TEXT]))
    doc = read_document(path, "udda.pdf")
    assert doc.pages[0].damage > ocr.DAMAGED_PAGE
    assert "Styrelsen besl0t att bevilja" in doc.text and "Ordforande Anna Berg" in doc.text
    assert "beslO" not in doc.text                     # OCR's misreading of the printed "besl0t"
