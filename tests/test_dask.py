"""extractor.dask on a 2-worker distributed.LocalCluster: the same records as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

dd = pytest.importorskip("dask.dataframe", reason="needs the 'dask' extra")
db = pytest.importorskip("dask.bag", reason="needs the 'dask' extra")
distributed = pytest.importorskip("distributed", reason="needs the 'dask' extra")
pd = pytest.importorskip("pandas", reason="needs the 'dask' extra")

import extractor
from extractor import dask as xdask

ROOT = Path(__file__).resolve().parents[1]


def _docs() -> pd.DataFrame:
    call = (ROOT / "corpus" / "twilio_2021q2_call_en_zh.txt").read_text(encoding="utf-8")
    news = (ROOT / "corpus" / "twilio_ipo_news_zh.txt").read_text(encoding="utf-8")
    paras = [p for p in call.split("\n\n") if p.strip()][:24]
    texts = [news, call[:6000], *paras, "Revenue was $5 million.", "营收1亿元。"]
    rows = {
        "id": [f"d{i}" for i in range(len(texts))],
        "text": texts,
        "period": [None] * (len(texts) - 1) + ["FY2019"],
    }
    return pd.DataFrame(rows)


def _items(docs: pd.DataFrame) -> list[dict[str, str]]:
    return [
        {"id": i, "text": t, **({"period": p} if isinstance(p, str) else {})}
        for i, t, p in zip(docs["id"], docs["text"], docs["period"])
    ]


def _expected(docs: pd.DataFrame) -> pd.DataFrame:
    ex = extractor.Extractor()
    pairs = [(d.pop("text"), d) for d in _items(docs)]
    recs, ids = [], []
    for rs, ctx in ex.extract_many(pairs, as_tuples=True):
        recs.append(rs)
        ids.append(ctx["id"])
    return extractor.to_dataframe(recs, doc_ids=ids)


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        memory_limit=0,
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_dataframe_on_two_workers_equals_single_process(client) -> None:  # type: ignore[no-untyped-def]
    docs = _docs()
    ddf = dd.from_pandas(docs, npartitions=8)
    got = xdask.extract_dataframe(ddf).compute()
    want = _expected(docs)
    assert len(want) > 20
    got = got.reset_index(drop=True)
    assert list(got.columns) == list(want.columns)
    assert got.astype(str).values.tolist() == want.astype(str).values.tolist()
    assert "FY2019" in set(got["period_label"].dropna())  # the per-document period column
    # every partition ran somewhere, and each worker built its Extractor once at most
    builds = client.run(xdask.builds)
    assert len(builds) == 2 and all(n <= 1 for n in builds.values())
    assert sum(builds.values()) >= 1


def test_bag_on_two_workers_equals_single_process(client) -> None:  # type: ignore[no-untyped-def]
    docs = _docs()
    items = _items(docs)
    rows = xdask.extract_bag(db.from_sequence(items, npartitions=6)).compute()
    want = _expected(docs)
    assert [(r["doc_id"], r["value"], r["start"]) for r in rows] == list(
        zip(want["doc_id"], want["value_exact"], want["start"])
    )
    assert xdask.extract_bag(db.from_sequence([("x", "营收1亿元。")])).compute()[0]["doc_id"] == "x"


def test_extractor_is_built_once_per_process() -> None:
    before = xdask.builds()
    a = xdask.worker_extractor()
    b = xdask.worker_extractor()
    assert a is b and xdask.builds() - before <= 1


def test_missing_text_column() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no text column"):
        xdask.extract_dataframe(ddf)
