"""Real on-disk stores built from short invented Swedish protocols (no mocks)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from samgraf.graph.store import Store
from samgraf.ingest import ingest


def protocol(forbund: str | None, date: str, present: list[str], *, absent: tuple[str, ...] = (),
             staff: tuple[str, ...] = (), items: str = "", chair: str | None = None) -> str:
    """A short protocol in the common 'Närvarande beslutande' layout."""
    head = f"Samordningsförbundet {forbund}\n" if forbund else ""
    lines = [head + f"Protokoll från styrelsemöte {date}", "", "Tid: 09.00–11.00", "", "Närvarande beslutande",
             *present, ""]
    if staff:
        lines += ["Övriga närvarande", *staff, ""]
    if absent:
        lines += ["Frånvarande", *absent, ""]
    first = (chair or present[0]).split(" (")[0].split(",")[0]
    lines += ["§ 1 Mötet öppnas", f"Ordföranden {first} öppnar mötet.", "", "§ 2 Budget",
              "Styrelsen beslutar att godkänna budgeten.", "", items, "", f"{first}, ordförande"]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def make_store(tmp_path: Path) -> Callable[..., Store]:
    """make_store({"a.txt": text, ...}) -> a Store in tmp_path with those protocols ingested."""
    def build(files: dict[str, str], store: Store | None = None, *, force: bool = False,
              resolve: bool = False) -> Store:
        folder = tmp_path / "protocols"
        folder.mkdir(exist_ok=True)
        paths = []
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
            paths.append(folder / name)
        store = store or Store(tmp_path / "store")
        results = ingest(store, paths, force=force, resolve=resolve)
        assert all(r.status != "failed" for r in results), [r.error for r in results]
        return store

    return build
