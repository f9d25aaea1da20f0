"""How OCR output is read: § signs Tesseract misreads, dust specks, line bands, check boxes, deskew.

Inline TSV in Tesseract's format and small drawn images; no Tesseract needed."""
from __future__ import annotations

from PIL import Image, ImageDraw

from samgraf import ocr
from samgraf.layout import render_page

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv(lines: list[list[tuple[int, str]]], *, top: int = 100, pitch: int = 60, height: int = 40) -> str:
    """TSV of words: each line a list of (left px, text); words 20 px per letter."""
    rows = [HEADER]
    for n, line in enumerate(lines, start=1):
        y = top + n * pitch
        for k, (left, text) in enumerate(line, start=1):
            rows.append(f"5\t1\t1\t1\t{n}\t{k}\t{left}\t{y}\t{20 * len(text)}\t{height}\t90\t{text}\n")
    return "".join(rows)


def _text(lines: list[list[tuple[int, str]]]) -> str:
    return render_page(ocr._read_tsv(_tsv(lines)).words)


def test_misread_section_signs_are_restored_before_a_title() -> None:
    tsv = _tsv([[(100, "&"), (140, "1"), (200, "Nyheter")], [(100, "$'5"), (200, "Information")],
                [(100, ".$"), (160, "3"), (200, "Ekonomi")], [(100, "84"), (180, "-"), (200, "Övrigt")],
                [(100, "82"), (200, "Val")]])
    words = [w.text for w in ocr._read_tsv(tsv).words]
    assert words == ["§", "1", "Nyheter", "§5", "Information", "§", "3", "Ekonomi", "§4", "-", "Övrigt", "§2", "Val"]


def test_numbers_without_a_title_keep_their_reading() -> None:
    text = _text([[(100, "84"), (300, "kronor")], [(100, "$"), (140, "3"), (300, "st")]])
    assert "§" not in text


def test_dollar_before_a_decision_number_is_a_section_sign() -> None:
    assert "Beslut 2025-3 §14:1" in _text([[(100, "Beslut"), (240, "2025-3"), (380, "$14:1")]])


def test_dust_specks_read_as_punctuation_are_dropped() -> None:
    text = _text([[(100, "reserverade"), (340, "sig."), (1900, ";")], [(100, "Styrelsen"), (300, "beslutade:")]])
    assert text == "reserverade sig.\nStyrelsen beslutade:"


def test_a_line_band_is_not_stretched_by_a_tall_junk_word() -> None:
    tsv = _tsv([[(100, "Peter"), (240, "Andersson"), (600, "Ersättare")], [(100, "Emina"), (240, "Cejvan")]])
    tall = "5\t1\t1\t1\t1\t4\t40\t100\t30\t400\t20\tOOO0O0\n"       # read down a column of boxes
    words = ocr._read_tsv(tsv + tall).words
    assert render_page([w for w in words if w.text != "OOO0O0"]).splitlines()[0].startswith("Peter Andersson")
    assert {round(w.bottom - w.top) for w in words} == {round(40 * 72 / ocr.DPI)}


def _boxes_image(checked: list[bool], *, side: int = 32) -> Image.Image:
    image = Image.new("L", (600, 100 + 60 * len(checked)), 255)
    draw = ImageDraw.Draw(image)
    for n, tick in enumerate(checked):
        x, y = 50, 50 + 60 * n
        draw.rectangle((x, y, x + side, y + side), outline=0, width=3)
        if tick:
            draw.line((x + 6, y + 6, x + side - 6, y + side - 6), fill=0, width=3)
            draw.line((x + 6, y + side - 6, x + side - 6, y + 6), fill=0, width=3)
        draw.ellipse((200, y, 200 + side, y + side), outline=0, width=3)          # an "O": not a box
    return image


def test_check_boxes_are_found_and_read_as_checked_or_not() -> None:
    boxes = ocr.find_checkboxes(_boxes_image([True, False, True]))
    assert [b[4] for b in sorted(boxes, key=lambda b: b[1])] == [True, False, True]
    assert all(b[0] < 100 for b in boxes)


def test_check_boxes_replace_what_tesseract_read_in_them() -> None:
    image = _boxes_image([False, True])
    result = ocr.OcrResult((ocr.Word(50 * 72 / ocr.DPI, 50 * 72 / ocr.DPI, 82 * 72 / ocr.DPI, 82 * 72 / ocr.DPI, "O"),), 0.5)
    words = ocr.with_checkboxes(result, image).words
    assert sorted(w.text for w in words) == ["☐", "☒"]


def test_a_turned_scan_is_found_turned() -> None:
    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    for y in range(100, 1500, 40):
        draw.rectangle((100, y, 1100, y + 14), fill=0)       # lines of text, as bars
    assert ocr.skew_angle(image) == 0.0
    assert abs(ocr.skew_angle(image.rotate(0.6, fillcolor=255)) + 0.6) <= 0.1


def _words_at(texts: list[str], y: float = 100) -> list:
    """Word boxes side by side on one line, 8 pt per letter, 10 pt apart."""
    from samgraf.layout import Word

    out, x = [], 70.0
    for text in texts:
        out.append(Word(x, y, x + 8 * len(text), y + 12, text))
        x += 8 * len(text) + 10
    return out


PRINTED_ODD = ["besl0t", "ordforande", "motet", "ledamoter", "sammantradet", "godkande", "ansokan", "atgarder"]


def test_ocr_reading_the_same_odd_words_marks_a_faithful_layer() -> None:
    """The page itself prints OCR-damaged text ("besl0t", lost å/ä/ö): OCR reads it alike, give or take
    look-alikes and one misreading, so the layer is faithful."""
    layer = _words_at(PRINTED_ODD)
    read = [w.__class__(w.x0, w.top, w.x1, w.bottom, t)
            for w, t in zip(layer, ["beslOot", "ordforande", "m0tet", "Iedamoter", "sammantradet", "godkande",
                                    "ansokan,", "atgarder"], strict=True)]
    assert ocr.layer_agreement(read, layer) >= ocr.FAITHFUL_LAYER


def test_a_broken_font_map_is_not_faithful() -> None:
    """A font whose map turns "l" into "j" shows the right words; OCR reads them, not the layer's."""
    shown = ["protokollet", "medlemmarna", "elektroniskt", "till", "blad", "protokolljusterare", "alla"]
    layer = _words_at([w.replace("l", "j") for w in shown])
    read = [w.__class__(w.x0, w.top, w.x1, w.bottom, t) for w, t in zip(layer, shown, strict=True)]
    assert ocr.layer_agreement(read, layer) < 0.2
    assert ocr.layer_agreement(read[:2], layer[:2]) is None          # too few unknown words to judge


def test_a_faithful_layer_is_mended_only_where_ocr_reads_a_swedish_word() -> None:
    layer = _words_at(["Styrelsen", "besl0t", "underskrifer", "Ingrid"])
    read = [w.__class__(w.x0, w.top, w.x1, w.bottom, t)
            for w, t in zip(layer, ["Styrelsen", "beslOot", "underskrifter", "lngrid"], strict=True)]
    words, mended = ocr.mend_layer(layer, read)
    assert [w.text for w in words] == ["Styrelsen", "besl0t", "underskrifter", "Ingrid"] and mended == 1
    assert [(w.x0, w.x1) for w in words] == [(w.x0, w.x1) for w in layer]
