"""A same-length "view" of a protocol's text for matching.

Markup (HTML tags, Markdown emphasis and heading marks, entities) is blanked with spaces and
checkboxes become one mark character, page furniture lines are blanked (and headers and footers
repeated across the form-feed separated pages of a PDF), and OCR damage is repaired
word by word — always keeping every character offset of the original text. Extractors match on
the view and quote the original, so provenance offsets stay exact.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .furniture import mask_page_furniture

CHECKED = "☒"
UNCHECKED = "☐"

_CHECKBOX = re.compile(r"<input\b[^>]*type=\"?checkbox\"?[^>]*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
#: A Markdown link; its address is at most 2,000 characters (the longest that browsers accept), so a long run
#: of link-like text is not read to its end from every "[".
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|www\.)[^)\s]{1,2000}\)")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HEADING_MARK = re.compile(r"^[ \t]*(#{1,6}|>)[ \t]", re.MULTILINE)
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_PIPE_RULE = re.compile(r"^[ \t]*\|?[ \t:]*-{3,}[-| \t:]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)

#: Lines that are page furniture, not content: headers, footers, page numbers, initials.
_FURNITURE = re.compile(
    r"^[ \t|]*(?:"
    r"sid(?:a|an)?\s*\d+\s*(?:\(\s*\d+\s*\)|av\s*\d+)?"
    r"|\d+\s*\(\s*\d+\s*\)"
    r"|sida\s+\d+\s+av\s+\d+"
    r"|utdragsbestyrkande|justerandes?\s+sign(?:atur)?|ordförandes\s+sign(?:atur)?|sign\.?"
    r"|(?-i:[A-ZÅÄÖ]{2,3})"    # signers' initials in page footers ("TN", "JZ"), not a party's "mp" under a name
    r"|\d{1,3}"                 # lone page numbers
    r"|storlek:\s*px|starta\s+visningen\s+från\s+sidan:?|transkript|save\s+this\s+pdf\s+as:?"
    r"|word\s+png\s+txt\s+jpg|•?[ \t]*no\s+results\s+found|n/a|protected|copied!?|full\s+text"
    r"|loading\.*\s*\(view\s+fulltext\s+now\)|academic\s+year:\s*\d{4}"   # web converters' page chrome
    r"|\d{1,2}\.\d{1,2}\.\d{4}\s+views|show\s+(?:more|less)|create\s+successful\s+epaper\s+yourself"
    r"|turn\s+your\s+pdf\s+publications\s+into\s+a\s+flip-book[^\n]*"           # an e-paper viewer's
    r")[ \t|]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class TextView:
    """The matching view of a document: same length as the original text."""

    text: str
    damaged: bool


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _checkbox(match: re.Match[str]) -> str:
    mark = CHECKED if re.search(r"\bchecked\b", match.group(0), re.IGNORECASE) else UNCHECKED
    return mark + " " * (match.end() - match.start() - 1)


def _entity(match: re.Match[str]) -> str:
    char = html.unescape(match.group(0))
    if len(char) != 1:
        char = " "
    return char + " " * (match.end() - match.start() - 1)


def _link(match: re.Match[str]) -> str:
    label = match.group(1)
    return " " + label + " " * (match.end() - match.start() - len(label) - 1)


def _mask_links(text: str) -> str:
    """_MD_LINK.sub(_link, text), tried only at the first "[" of each stretch without "]" or a line break:
    a later "[" of the stretch reads the same "](url)" after it, so it links only if the first one does.
    (The plain sub tried every "[" of a line of brackets and read on to the line's end each time.)"""
    pieces, pos, at = [], 0, text.find("[")
    while at >= 0:
        m = _MD_LINK.match(text, at)
        if m is not None:
            pieces += [text[pos:at], _link(m)]
            pos = m.end()
            at = text.find("[", pos)
            continue
        stops = [i for i in (text.find("]", at + 1), text.find("\n", at + 1)) if i >= 0]
        if not stops:
            break
        at = text.find("[", min(stops))
    pieces.append(text[pos:])
    return "".join(pieces)


_CELL_TAG = re.compile(r"<t[dh]\b[^<>]*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(?:p|br|tr|h[1-6]|li|div|table|ul|ol)\b[^<>]*/?>", re.IGNORECASE)


#: An inline tag without attributes inside a word ("<strong>2007</strong>-<strong>09</strong>", a viewer's highlights).
_INLINE_TAG = re.compile(r"</?(?:strong|b|em|i|u|mark|span|font)>", re.IGNORECASE)


_LEADING_TAGS = re.compile(rf"(?:{_INLINE_TAG.pattern})*", re.IGNORECASE)


def _join_inline_tags(text: str) -> str:
    """Words a page's inline tags split ("<strong>Arvidsjaur</strong>s", "1<strong>17</strong>") written whole from
    their first letter, the inner tags' room after them as blanks: blanking the tags in place would leave
    "2007   -   09". Same length."""
    if _INLINE_TAG.search(text) is None:
        return text
    parts, last = [], 0
    for word in re.finditer(r"\S+", text):             # each word once (a pattern around "<" backtracks per start)
        if "<" not in word.group(0) or _INLINE_TAG.search(word.group(0)) is None:
            continue
        whole = _INLINE_TAG.sub("", word.group(0))
        lead = _LEADING_TAGS.match(word.group(0)).end()         # the tags before its first letter
        parts += [text[last:word.start()], " " * lead, whole, " " * (word.end() - word.start() - lead - len(whole))]
        last = word.end()
    return "".join([*parts, text[last:]])


_BRACKET_BOX = re.compile(r"(?m)(?<![\w\]])\[([ Xx✓✔])\](?=[ \t])")


def mask_markup(text: str) -> str:
    """Blank HTML/Markdown markup with spaces; checkboxes become ☒ / ☐; table cells become tabs and
    block tags line breaks. Same length as `text`."""
    out = _CHECKBOX.sub(_checkbox, text)
    out = _BRACKET_BOX.sub(lambda m: " " + (CHECKED if m.group(1).strip() else UNCHECKED) + " ", out)   # "[X]", "[ ]"
    out = _CELL_TAG.sub(lambda m: "\t" + " " * (m.end() - m.start() - 1), out)
    out = _BLOCK_TAG.sub(lambda m: "\n" + " " * (m.end() - m.start() - 1), out)
    out = _join_inline_tags(out)
    out = _TAG.sub(_blank, out)
    out = _mask_links(out)
    out = _ENTITY.sub(_entity, out)
    out = _EMPHASIS.sub(_blank, out)
    out = _HEADING_MARK.sub(lambda m: " " * (m.end() - m.start()), out)
    out = _PIPE_RULE.sub(_blank, out)
    out = _PIPE_ROW.sub(lambda m: m.group(0).replace("|", "\t"), out)
    out = _RULE.sub(_blank, out)
    return out.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")


#: A match starts where a blank run starts, or at a dot that no dot chain leads into (a chain's
#: first dot matches whatever a later one would), so a long run of blanks or dots is read once, not once per character.
_DOT_LEADER = re.compile(r"(?:(?<![ \t.])|(?<=\.)(?=[ \t]{2}))[ \t]*(?:\.[ \t]?){4,}[ \t]*(?:(?:sid(?:an|a)?\.?[ \t]*)?\d{1,4})?[ \t]*$",
                         re.MULTILINE | re.IGNORECASE)


def mask_dot_leaders(text: str) -> str:
    """Blank the dot leaders and page numbers of a table of contents ("2 § Val av justerare ..... 2"). Same length."""
    return _DOT_LEADER.sub(_blank, text)


#: A page footer's signature boxes, blanked wherever they stand: a short line may hold them before a heading
#: ("Justerandes sign Utdragsbestyrkande Ledamöter").
_FOOTER_BOXES = re.compile(r"(?<![\w-])(?:justerandes?\s+sign(?:atur)?|ordförandes\s+sign(?:atur)?|utdragsbestyrkande)"
                           r"(?![\w-])", re.IGNORECASE)


def mask_furniture(text: str) -> str:
    """Blank page-furniture lines (page numbers, footers, signers' initials) and footers' signature boxes.
    Same length."""
    return _FOOTER_BOXES.sub(_blank, _FURNITURE.sub(_blank, text))


_HYPHENATED = re.compile(r"(?<=[a-zåäöé])-\n([a-zåäöé]+)")


def join_hyphenation(text: str) -> str:
    """"för-\nbundschef" -> "förbundschef" + " \n": a word broken at a line end is joined on the
    first line and the line break kept after it. Same length; only lower-case continuations."""
    return _HYPHENATED.sub(lambda m: m.group(1) + " \n", text)


#: A capital I between lower-case letters of a lower-case word ("beviIja", "besIutade"): OCR's reading of l.
_OCR_CAPITAL_I = re.compile(r"(?<![\w])[a-zåäöé]+(?:I[a-zåäöé]+)+(?![\w])")


def read_ocr_l(text: str) -> str:
    """"beviIja" -> "bevilja": a capital I inside a lower-case word is an l misread (same length).
    Words that start with a capital ("McIntosh", "Ingrid") are left as written."""
    return _OCR_CAPITAL_I.sub(lambda m: m.group().replace("I", "l"), text)


#: A line this long or longer may end where a re-wrapping converter broke it, not where the writer did.
WRAP_WIDTH = 40
_BLOCK_BREAK = re.compile(r"(\n[ \t]*\n)")
_MIN_WRAPPED_LINES = 3
#: Aligned columns inside a line: a tab or three spaces or more (a wrapping converter leaves single spaces).
_COLUMN_GAP = re.compile(r"\t| {3,}")


def unwrap_paragraphs(view: str) -> str:
    """The text with each paragraph that a converter wrapped at one width (3 lines or more, every break
    where the next word would not have fitted on a line of the longest line's length, 40 characters or
    more, most breaks inside a sentence: a writer breaks after one, and no aligned columns: a table)
    joined into one line: newlines become spaces, so every offset stays where it was."""
    out = []
    for block in _BLOCK_BREAK.split(view):
        body = block.rstrip("\n")
        lines = body.split("\n")
        if len(lines) >= _MIN_WRAPPED_LINES and body.strip():
            width = max(len(line.rstrip()) for line in lines[:-1])
            sentences = sum(line.rstrip().endswith((".", "!", "?", ":")) for line in lines[:-1])
            columns = any(_COLUMN_GAP.search(line.strip()) for line in lines)     # a table, a letterhead
            if width >= WRAP_WIDTH and not columns and 2 * sentences < len(lines) - 1 and all(
                    len(line.rstrip()) + 1 + len((below.split() or [""])[0]) > width
                    for line, below in zip(lines[:-1], lines[1:])):
                block = body.replace("\n", " ") + block[len(body):]
        out.append(block)
    return "".join(out)


#: An accent that a converter wrote as a character of its own after its letter ("Dmitar Savic´" for "Savić"),
#: at a word's end: not part of the word.
_SPACING_ACCENT = re.compile(r"(?<=[^\W\d_])[\u00b4`](?=[\s,.;:)]|$)")


def blank_spacing_accents(text: str) -> str:
    """Same length: a spacing accent after a word's last letter becomes a blank."""
    return _SPACING_ACCENT.sub(" ", text) if ("\u00b4" in text or "`" in text) else text


#: Words of the Finnish half of a bilingual label in a Finland-Swedish protocol ("NÄRVARANDE LEDAMÖTER - LÄSNÄ
#: OLLEET JÄSENET", "TID - AIKA kl./klo", "Ordförande/Puheenjohtaja:"): the labels of the roster, the meeting's
#: time and place and the signatures, in the forms such protocols print.
_FINNISH_LABEL_WORDS = (
    "aika", "paikka", "kokousaika", "kokouspaikka", "klo", "läsnä", "läsnäolijat", "saapuvilla", "olleet", "poissa",
    "muut", "jäsenet", "jäsen", "varajäsenet", "varajäsen", "puheenjohtaja", "varapuheenjohtaja", "sihteeri",
    "pöytäkirjanpitäjä", "pöytäkirjantarkastajat", "pöytäkirjantarkastaja", "pöytäkirjan", "tarkastajat",
    "tarkastus", "allekirjoitukset", "allekirjoitus", "kokouspöytäkirja", "pöytäkirja", "esittelijä", "asiat",
    "käsitellyt", "pykälät", "sivu", "osallistujat", "viranhaltijat", "nähtävänä", "kokoustiedot")
_FINNISH_WORD = rf"(?:{'|'.join(sorted(_FINNISH_LABEL_WORDS, key=len, reverse=True))})"
_FINNISH_HALF = re.compile(rf"(?<=[^\W\d_]|\.)(?:[ \t]+[-–][ \t]+|[ \t]*/[ \t]*){_FINNISH_WORD}(?:[ \t]+{_FINNISH_WORD})*(?![\w-])(:?)",
                           re.IGNORECASE)


def mask_finnish_labels(text: str) -> str:
    """Blank the Finnish half of a bilingual label; a colon after it moves up to the Swedish word
    ("Ordförande/Puheenjohtaja: Gia Ek" reads "Ordförande:" and the name). Same length."""
    return _FINNISH_HALF.sub(lambda m: (m.group(1) + " " * (m.end() - m.start()))[:m.end() - m.start()], text)


#: Cyrillic letters drawn like Latin ones, which a form or a converter puts in for them ("Х" as a roll's presence
#: cross): each read as the Latin letter, one character for one.
_LATIN_LOOKALIKES = str.maketrans("АВСЕНКМОРТХаеорсху", "ABCEHKMOPTXaeopcxy")


def latin_lookalikes(text: str) -> str:
    """The text with Cyrillic letters that look Latin read as Latin (same length)."""
    return text.translate(_LATIN_LOOKALIKES)


def build_view(text: str) -> TextView:
    """The same-length matching view: markup and furniture blanked, hyphenation joined, OCR damage repaired,
    paragraphs a converter re-wrapped joined into one line (a roster or a flattened page wrapped again reads
    as it was: real texts re-wrapped 0.952 -> 0.980)."""
    from samgraf.extractors.money import read_ocr_digits
    from samgraf.extractors.names import mask_initials
    view = read_ocr_digits(read_ocr_l(join_hyphenation(
        mask_furniture(mask_dot_leaders(mask_initials(mask_finnish_labels(mask_markup(mask_page_furniture(
            blank_spacing_accents(latin_lookalikes(text)))))))))))
    damaged = False
    try:
        from samgraf.extractors import ocr
    except ImportError:  # pragma: no cover - ocr data missing in a broken install
        ocr = None
    if ocr is not None and not _rich_in_diacritics(view) and ocr.looks_damaged(view):
        damaged = True
        view = ocr.repair_text(view)
    view = unwrap_paragraphs(view)
    if len(view) != len(text):  # pragma: no cover - a bug, never input
        raise AssertionError("view length differs from text length")
    return TextView(view, damaged)


def _rich_in_diacritics(text: str) -> bool:
    """Clean Swedish prose has 3-6 % å/ä/ö among its letters; OCR that lost them has ~0 %.
    Above 2 % the (slower) damage check is skipped."""
    letters = sum(1 for c in text if c.isalpha())
    marked = sum(text.count(c) for c in "åäöÅÄÖ")
    return letters > 200 and marked / letters > 0.02


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key ("Försäkringskassan" -> "forsakringskassan")."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()
