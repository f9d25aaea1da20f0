"""Issue 13: a protocol with CRLF line endings keeps its stored text and every offset through
`people merge` / `people split`, which rebuild protocols from the stored text."""
from __future__ import annotations

from rdflib import Literal

from samgraf.ingest import ingest


def quotes(store) -> list[tuple[str, str, int, int]]:
    """(graph, exact, start, end) of every text selector pair in the store."""
    rows = store.query("""SELECT ?g ?exact ?start ?end WHERE { GRAPH ?g {
        ?t oa:hasSelector ?q , ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end } }""")
    return [(str(r.g), str(r.exact), int(r.start), int(r.end)) for r in rows]


def assert_quotes_are_slices(store, text: str) -> None:
    found = quotes(store)
    assert len(found) >= 20
    wrong = [(exact, text[start:end]) for _, exact, start, end in found if exact != text[start:end]]
    assert not wrong, wrong[:5]


def person(store, name: str) -> str:
    rows = store.query("SELECT DISTINCT ?p ?n WHERE { ?p skos:altLabel ?n }", n=Literal(name))
    (iri,) = {str(r.p) for r in rows}
    return iri


def test_crlf_protocol_keeps_offsets_after_merge_and_split(tmp_path, write_files, protocol, open_store, run_cli):
    data = protocol().replace("\n", "\r\n").encode("utf-8")
    folder = write_files(tmp_path / "in", {"crlf.txt": data})
    text = data.decode("utf-8")
    store_path = tmp_path / "store"
    store = open_store(store_path)
    (result,) = ingest(store, [folder])
    assert result.status == "ingested" and "\r\n" in store.read_text(result.doc_id)
    assert_quotes_are_slices(store, text)
    karin, jonas = person(store, "Karin Dahl"), person(store, "Jonas Vik")
    store.close()

    merged = run_cli("people", "merge", karin, jonas, "--store", store_path, "--who", "test")
    assert merged.exit_code == 0, merged.output
    split = run_cli("people", "split", karin, jonas, "--store", store_path, "--who", "test")
    assert split.exit_code == 0, split.output

    store = open_store(store_path)
    assert store.text_path(result.doc_id).read_bytes() == data
    assert_quotes_are_slices(store, text)
