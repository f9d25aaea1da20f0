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

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore:Dataset.:DeprecationWarning"),
]


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

    def whole(self) -> None:
        """Switch from the overview to the whole network (one click)."""
        if self.page.get_attribute("body", "data-view") == "overview":
            self.page.click("#sg-toggle")
        assert self.page.get_attribute("body", "data-view") == "full"

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
    visit.whole()
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
    visit.whole()
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
    visit.whole()
    nodes = visit.page.evaluate("window.samgrafNodes.length")
    visit.page.screenshot(path=str(tmp_path / "thousand.png"))
    with capsys.disabled():
        print(f"\n[viz browser] {nodes} nodes, {path.stat().st_size / 1e6:.2f} MB: first draw "
              f"{first_draw:.0f} ms after navigation start, {len(visit.requests)} network requests")
    assert nodes == network.number_of_nodes() >= 1000
    assert visit.requests == [] and visit.errors == []
    visit.page.close()


# ---------------------------------------------------------------- what a reader sees at 1366×768

SCREEN = {"width": 1366, "height": 768}


def keep_screenshot(path: Path) -> None:
    """Copy a screenshot to $SAMGRAF_SCREENSHOTS (tools/screenshots.sh sets it to docs/img) when set."""
    target = os.environ.get("SAMGRAF_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        (Path(target) / path.name).write_bytes(path.read_bytes())


def open_page(browser, path: Path):
    page = browser.new_page(viewport=SCREEN)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, errors


def test_network_page_opens_on_a_readable_overview(browser, synthetic_factory, tmp_path):
    network = build_network(synthetic_factory(6, 90, multi_board=8, n_meetings=3, grants_per_forbund=2,
                                              inject=False).ds)
    path = tmp_path / "network.html"
    path.write_text(render_viz(network), encoding="utf-8")
    page, errors = open_page(browser, path)
    page.wait_for_function("window.samgrafTimings && window.samgrafTimings.physicsStopped", timeout=30_000)
    shot = tmp_path / "network.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    overview = page.evaluate("window.samgrafNodes.length")
    kinds = set(page.evaluate("window.samgrafNodes.get().map(n => n.kind)"))
    assert page.get_attribute("body", "data-view") == "overview"
    assert kinds == {"forbund", "org", "person"} and overview < network.number_of_nodes()
    # every drawn node fits in the canvas after zoom to fit
    inside = page.evaluate("""() => { const n = window.samgrafNetwork, box = document.getElementById('mynetwork');
        const pos = n.getPositions(); return Object.keys(pos).every(id => { const p = n.canvasToDOM(pos[id]);
        return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight; }); }""")
    assert inside
    # search finds a person, shows their details with quotes naming förbund, date and protocol file
    page.evaluate("window.samgrafSearch('Anna Berg')")
    details = page.inner_text("#sg-details")
    assert "Anna Berg" in details and "Samordningsförbundet Ankeby, 2023-02-15, f0-m0" in details
    # the whole network is one click away, and back
    page.click("#sg-toggle")
    assert page.get_attribute("body", "data-view") == "full"
    assert page.evaluate("window.samgrafNodes.length") == network.number_of_nodes()
    page.click("#sg-toggle")
    assert page.evaluate("window.samgrafNodes.length") == overview
    assert errors == []
    page.close()


def test_grants_page_shows_only_grant_panels(browser, synthetic, tmp_path):
    from samgraf.graph.viz import ViewOptions

    path = tmp_path / "grants.html"
    path.write_text(render_viz(build_network(synthetic.ds), ViewOptions(grants_only=True)), encoding="utf-8")
    page, errors = open_page(browser, path)
    page.wait_for_function("window.samgrafTimings && window.samgrafTimings.firstDraw", timeout=30_000)
    panel = page.inner_text("#sg-side")
    assert "Granted per recipient" in panel and "betweenness" not in panel and "Board interlocks" not in panel
    grant = page.evaluate("window.samgrafNodes.get({filter: n => n.kind === 'grant'})[0].id")
    page.evaluate(f"window.samgrafShowDetails({grant})")
    details = page.inner_text("#sg-details")
    assert "Grant" in details and "Samordningsförbundet" in details and ", 2023-05-15, f" in details
    assert errors == []
    page.close()


def test_trace_page_has_years_legend_full_lane_names_and_sources(browser, tmp_path):
    from samgraf.graph.trace import Trace, TraceRow, render_html

    long_lane = "Nationella nätverket för samordningsförbund (NNS), styrelsen för perioden"
    rows = [TraceRow("membership", "2019-03-01", "Samordningsförbundet Ankeby", "ledamot", "Ankeby kommun",
                     "2019-01-01 – 2022-12-31", "doc1", "Anna Berg (S) ledamot", forbund="Samordningsförbundet Ankeby",
                     file="ankeby_2019-03-01.pdf")]
    rows += [TraceRow("attendance", f"{year}-0{month}-10", "Samordningsförbundet Ankeby", "present", protocol=f"d{year}{month}",
                      quote="Anna Berg", forbund="Samordningsförbundet Ankeby", file=f"ankeby_{year}-0{month}-10.pdf")
             for year in range(2019, 2023) for month in (3, 9)]
    rows += [TraceRow("membership", "2023-05-04", long_lane, "ordförande", protocol="doc9", quote="ordförande i NNS",
                      forbund="Samordningsförbundet Bergvik", file="bergvik_2023-05-04.txt"),
             TraceRow("dissent", "2021-09-10", "Samordningsförbundet Ankeby", "reservation", protocol="d20219",
                      quote="Anna Berg reserverar sig", forbund="Samordningsförbundet Ankeby", file="ankeby_2021-09-10.pdf")]
    trace = Trace("https://w3id.org/samgraf/id/person/0123456789abcdef", "Anna Berg", ("Anna Berg",), (), (),
                  tuple(sorted(rows, key=lambda r: r.date)))
    path = tmp_path / "trace.html"
    path.write_text(render_html(trace), encoding="utf-8")
    page, errors = open_page(browser, path)
    shot = tmp_path / "trace.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    axis = page.evaluate("[...document.querySelectorAll('svg text.axis')].map(t => t.textContent)")
    assert {"2019", "2020", "2021", "2022", "2023"} <= set(axis)
    assert "present at a meeting" in page.inner_text(".legend")
    lane = page.locator("svg text", has_text=long_lane)
    assert lane.count() == 1 and lane.bounding_box()["x"] + lane.bounding_box()["width"] <= SCREEN["width"]
    body = page.inner_text("body")
    assert "Samordningsförbundet Bergvik, 2023-05-04" in body and "doc9" not in body
    page.click("svg a[href='#r0'] rect")
    assert page.evaluate("location.hash") == "#r0" and "Anna Berg (S) ledamot" in page.inner_text("tr:target")
    assert errors == []
    page.close()
