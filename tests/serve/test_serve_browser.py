"""The query page of `samgraf serve` in Debian's headless Chromium: lists the canned queries, runs one,
shows its rows; loads nothing from outside the server. Saves a 1366x768 screenshot to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.browser,
]


def test_page_runs_a_canned_query(browser, start_serve, corpus_store, tmp_path):
    from samgraf.graph.store import Store
    from samgraf.queries import run_query

    base = start_serve()
    with Store(corpus_store) as store:
        expected = {tuple(str(v) for v in row) for row in run_query(store.dataset, "meeting_attendance")}
        forbund, date = sorted(expected)[0][:2]
        members = {tuple("" if v is None else str(v) for v in row)
                   for row in run_query(store.dataset, "board_members", forbund=forbund, date=date)}
    outside: list[str] = []
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + "/")
    page.wait_for_function("window.samgrafReady === true", timeout=30_000)
    page.click("nav button[data-name='meeting_attendance']")
    assert "meeting" in page.input_value("#editor").lower()
    page.click("#run")
    page.wait_for_function("document.getElementById('status').dataset.rows !== undefined", timeout=30_000)
    header = page.eval_on_selector_all("#result th", "cells => cells.map(c => c.textContent)")
    rows = page.eval_on_selector_all("#result tr", "trs => trs.slice(1).map(tr => [...tr.children].map(td => td.textContent))")
    shot = Path(os.environ.get("SAMGRAF_SCREENSHOTS", tmp_path)) / "serve-page.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot))
    assert header and len(header) == len(next(iter(expected)))
    assert {tuple(r) for r in rows} == expected
    assert page.text_content("#status").startswith(f"{len(expected)} result(s)")
    assert not outside and not errors

    page.click("nav button[data-name='board_members']")
    page.fill("#params input[data-name='forbund']", forbund)
    page.fill("#params input[data-name='date']", date)
    page.click("#run")
    page.wait_for_function("document.getElementById('status').dataset.rows !== undefined", timeout=30_000)
    rows = page.eval_on_selector_all("#result tr", "trs => trs.slice(1).map(tr => [...tr.children].map(td => td.textContent))")
    got = {tuple(r) for r in rows}
    assert members and got == members, (sorted(got - members)[:2], sorted(members - got)[:2])

    page.fill("#editor", "SELECT ?x WHERE { ?x ")
    page.click("#run")
    page.wait_for_selector("#status.error", timeout=30_000)
    assert "400" in page.text_content("#status") and "error at" in page.text_content("#status")
    page.close()
