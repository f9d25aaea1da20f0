"""Shared fixtures: the gazetteer, inline documents, a small invented protocol, stores on disk, the CLI.

Every name, förbund text and number here is invented; personnummer are generated at test time.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from samgraf.extractors.gazetteer import Gazetteer, load_gazetteer
from samgraf.extractors.normalize import build_view
from samgraf.extractors.pipeline import extract_document
from samgraf.model import Document, Extraction, Source
from samgraf.sources import doc_id_for

PROTOCOL = """Protokoll styrelsemöte, Samordningsförbundet Sjuhärad

Tid och plats\t{date} kl. 09.00 – 11.30, Stadshuset i Borås

Närvarande
Namn\tRoll\tNärvarande\tBeslutande
Karin Dahl (S)\tOrdförande\tX\tX
Jonas Vik (M)\tLedamot\tX\tX
Eva Lund (SD)\tLedamot\tX\tX
Ola Strand\tLedamot\t\t
Maja Lind\tFörbundschef\tX\t

§ 1 Mötets öppnande

Ordförande Karin Dahl förklarade mötet öppnat.

§ 2 Val av justerare

Jonas Vik väljs att justera protokollet.

§ 3 Ansökningar

Eva Lund (SD) reserverar sig mot besluten nedan.

Beslut {year}-2 §3:1
Att bevilja Marks kommun {amount} kronor för insatsen Nya steg under perioden {year}-04-01 – {next_year}-03-31.

Beslut {year}-2 §3:2
Att avslå ansökan från Föreningen Bron om 90 000 kronor.

§ 4 Övrigt

{other}



Karin Dahl, ordförande

Jonas Vik, justerare
"""


def render_protocol(*, date: str = "2025-03-14", amount: str = "350 000",
                    other: str = "Informationen läggs till handlingarna.") -> str:
    """The invented protocol with a chosen date, grant amount and § 4 text."""
    year = int(date[:4])
    return PROTOCOL.format(date=date, year=year, next_year=year + 1, amount=amount, other=other)


def luhn_check_digit(nine: str) -> str:
    """The Luhn check digit of the nine digits YYMMDDNNN."""
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def make_personnummer(seed: int) -> str:
    """A checksum-valid personnummer "YYMMDD-NNNC" derived from `seed` (never a real person's on purpose)."""
    yy, mm, dd = 40 + seed % 50, 1 + seed % 12, 1 + seed % 28
    serial = f"{(seed * 37 + 101) % 1000:03d}"
    nine = f"{yy:02d}{mm:02d}{dd:02d}{serial}"
    return f"{nine[:6]}-{serial}{luhn_check_digit(nine)}"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The shipped gazetteer (loaded once)."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., Document]:
    """Build a Document from inline text, as read_document would for a UTF-8 .txt file."""
    def make(text: str, key: str = "inline/protokoll.txt") -> Document:
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return Document(doc_id_for(key), Source(key, key, sha, "utf-8", "text/plain"), text)
    return make


@pytest.fixture(scope="session")
def extract(gaz, make_doc) -> Callable[[str], Extraction]:
    """Run the whole extraction pipeline over inline text."""
    return lambda text: extract_document(make_doc(text), gaz)


@pytest.fixture(scope="session")
def view() -> Callable[[str], str]:
    """The same-length matching view of inline text."""
    return lambda text: build_view(text).text


@pytest.fixture(scope="session")
def protocol() -> Callable[..., str]:
    """render_protocol(date=..., amount=..., other=...): a small complete invented protocol."""
    return render_protocol


@pytest.fixture(scope="session")
def personnummer() -> Callable[[int], str]:
    """make_personnummer(seed): a checksum-valid invented personnummer."""
    return make_personnummer


@pytest.fixture
def write_files() -> Callable[[Path, dict[str, str | bytes]], Path]:
    """Write {relative name: text or bytes} under a folder; returns the folder."""
    def write(folder: Path, files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder
    return write


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Invoke `samgraf ARGS...` in-process; the store lock is released afterwards (gc)."""
    from samgraf.cli import cli

    runner = CliRunner()

    def run(*args: str) -> Result:
        try:
            return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)
        finally:
            gc.collect()
    return run


@pytest.fixture
def open_store() -> Iterator[Callable[[Path], object]]:
    """Open a samgraf Store at a path; every store opened is released at teardown."""
    from samgraf.graph.store import Store

    opened: list[Store] = []

    def open_(path: Path) -> Store:
        opened.append(Store(path))
        return opened[-1]
    yield open_
    opened.clear()
    gc.collect()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    """Headless system Chromium driven by Playwright (no downloaded browser). Skips where Chromium is
    missing, except in CI, which installs it (tools/browser_deps.sh)."""
    import os

    if not os.access(CHROMIUM, os.X_OK) and os.environ.get("CI") != "true":
        pytest.skip(f"{CHROMIUM} is missing; run tools/browser_deps.sh (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no `playwright install`)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
