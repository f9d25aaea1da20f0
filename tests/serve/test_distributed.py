"""`ingest --dask`: extraction on a Dask LocalCluster of 2 worker processes gives the same store (N-Quads
export) as a plain ingest; shards of the named graphs bulk-load back into the same dataset."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed", reason="pip install 'samgraf[dask]'")


@pytest.fixture(scope="module")
def plain(corpus_store):
    from samgraf.graph.store import Store

    with Store(corpus_store) as store:
        quads = list(store.nquads())
    return quads


def test_shards_bulk_load_into_the_same_dataset(tmp_path, corpus_store, plain):
    from samgraf.distributed import load_shards, write_shards
    from samgraf.graph.store import Store

    with Store(corpus_store) as store:
        written = write_shards(store, tmp_path / "shards")
        graphs = len(list(store.ox.named_graphs()))
    names = sorted(p.name for p in (tmp_path / "shards").glob("*.nq"))
    assert written == graphs == len(names)
    assert "manifest.nq" in names and "people.nq" in names
    assert sum(n.startswith("protocol-") for n in names) == 17
    with Store(tmp_path / "loaded") as fresh:
        assert load_shards(fresh, tmp_path / "shards") == written
        assert list(fresh.nquads()) == plain


def test_ingest_on_a_local_cluster_of_two_workers_exports_the_same_nquads(tmp_path, corpus, plain, run_cli):
    from samgraf.graph.store import Store

    result = run_cli("ingest", corpus, "--store", tmp_path / "s", "--dask", "local:2", "--shards", tmp_path / "sh")
    assert result.exit_code == 0, result.output
    assert f"{len(list(corpus.iterdir()))} ingested, 0 unchanged, 0 failed" in result.output
    assert "shards written" in result.output
    out = tmp_path / "out.nq"
    assert run_cli("export", "--store", tmp_path / "s", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines() == plain
    with Store(tmp_path / "s") as store:
        assert all(store.read_text(r.doc_id) for r in store.records().values())


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path, corpus, run_cli):
    result = run_cli("ingest", corpus, "--store", tmp_path / "s", "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code != 0
    assert "--dask tcp://127.0.0.1:9: cannot reach the Dask scheduler" in result.output
    assert "Traceback" not in result.output
