"""The viz page in Debian's headless Chromium (playwright, no browser download): offline, clickable, inert text.

Needs /usr/bin/chromium (tools/browser_deps.sh installs it). Prints time to first draw and the number of
network requests for a 1,000-node page; no timing asserts.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from samgraf.graph.network import build_network
from samgraf.graph.viz import render_viz

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK) and os.environ.get("CI") != "true",
                       reason=f"{CHROMIUM} is missing; run tools/browser_deps.sh (apt-get install chromium)"),
    pytest.mark.filterwarnings("ignore:Dataset.:DeprecationWarning"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no `playwright install`)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A page opened with every non-file request aborted and counted, and dialogs recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self.route)
        self.page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else self.requests.append(r.url))
        self.page.on("dialog", self.on_dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.samgrafTimings && window.samgrafTimings.firstDraw", timeout=30_000)

    def route(self, route) -> None:
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def node_id(self, label: str) -> int:
        return self.page.evaluate("(l) => window.samgrafNodes.get({filter: n => n.label === l})[0].id", label)

    def node_point(self, node_id: int) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates (physics stopped first)."""
        self.page.evaluate("window.samgrafNetwork.setOptions({physics: {enabled: false}})")
        point = self.page.evaluate("""(id) => {
            const n = window.samgrafNetwork, p = n.getPositions([id])[id];
            n.moveTo({position: p, scale: 1.2, animation: false});
            return n.canvasToDOM(n.getPositions([id])[id]); }""", node_id)
        box = self.page.locator("#mynetwork").bounding_box()
        return box["x"] + point["x"], box["y"] + point["y"]


@pytest.fixture(scope="module")
def small_page(synthetic, tmp_path_factory) -> tuple[Path, int]:
    network = build_network(synthetic.ds)
    path = tmp_path_factory.mktemp("viz") / "small.html"
    path.write_text(render_viz(network), encoding="utf-8")
    return path, network.number_of_nodes()


def test_page_renders_offline_with_every_node(browser, small_page, tmp_path):
    path, expected = small_page
    visit = Visit(browser, path)
    assert visit.page.evaluate("window.samgrafNodes.length") == expected
    assert visit.page.evaluate("document.querySelector('#mynetwork canvas').width") > 0
    visit.page.screenshot(path=str(tmp_path / "small.png"))
    assert (tmp_path / "small.png").stat().st_size > 10_000
    assert visit.requests == [] and visit.errors == []
    visit.page.close()


def test_click_on_person_opens_details(browser, small_page):
    visit = Visit(browser, small_page[0])
    x, y = visit.node_point(visit.node_id("Anna Berg"))
    visit.page.mouse.click(x, y)
    visit.page.wait_for_selector("#sg-details .sg-person-name", timeout=5_000)
    details = visit.page.inner_text("#sg-details")
    assert "Anna Berg" in details and "Samordningsförbundet Bergvik" in details and "ordförande" in details
    assert "Anna Berg (S) ordförande" in details
    visit.page.close()


def test_injection_shows_as_text_and_never_runs(browser, small_page, injection, tmp_path):
    visit = Visit(browser, small_page[0])
    node = visit.node_id(injection)
    x, y = visit.node_point(node)
    visit.page.mouse.move(x, y)
    visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert injection in visit.page.inner_text("div.vis-tooltip")
    visit.page.mouse.click(x, y)
    visit.page.wait_for_selector("#sg-details .sg-person-name", timeout=5_000)
    assert visit.page.inner_text("#sg-details .sg-person-name") == injection
    assert visit.page.evaluate("document.querySelectorAll('img').length") == 0
    visit.page.wait_for_timeout(200)
    visit.page.screenshot(path=str(tmp_path / "injection.png"))
    assert visit.dialogs == [] and visit.requests == []
    visit.page.close()


def test_thousand_node_page_first_draw(browser, synthetic_factory, tmp_path, capsys):
    network = build_network(synthetic_factory(20, 865, multi_board=100, n_meetings=4, grants_per_forbund=3).ds)
    path = tmp_path / "thousand.html"
    path.write_text(render_viz(network), encoding="utf-8")
    visit = Visit(browser, path)
    first_draw = visit.page.evaluate("window.samgrafTimings.firstDraw")
    nodes = visit.page.evaluate("window.samgrafNodes.length")
    visit.page.screenshot(path=str(tmp_path / "thousand.png"))
    with capsys.disabled():
        print(f"\n[viz browser] {nodes} nodes, {path.stat().st_size / 1e6:.2f} MB: first draw "
              f"{first_draw:.0f} ms after navigation start, {len(visit.requests)} network requests")
    assert nodes == network.number_of_nodes() >= 1000
    assert visit.requests == [] and visit.errors == []
    visit.page.close()
