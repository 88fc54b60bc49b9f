"""newsread.dask on a real distributed.LocalCluster with 2 worker processes (issue 12, item 4).

One cluster serves the whole module (starting one costs a few seconds). Results must equal
``analyze_many(..., output="record")`` on the same texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

import newsread

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import newsread.dask as nd  # noqa: E402 - after the skips

PLACES = ["harbour", "library", "station", "market", "school", "bridge", "park", "museum"]
VERBS = ["reopened", "closed for repairs", "won a prize", "changed its hours", "was sold"]


def article(i: int) -> str:
    """A short, varied article (title, byline, paragraphs, a caption) made from templates."""
    place, verb = PLACES[i % len(PLACES)], VERBS[i % len(VERBS)]
    body = " ".join(
        f"The {place} {verb} on day {i + k}, officials said. Residents who use it every week "
        f"were told to check the notice board for details before they travel."
        for k in range(1 + i % 4)
    )
    return (
        f"The {place} {verb}\n\nBy Staff Writer {i}\n\n{body}\n\n"
        f"Visitors at the {place} on Monday. REUTERS\n\nAdvertisement\n"
    )


TEXTS = [article(i) for i in range(200)]


@pytest.fixture(scope="module")
def plain() -> list[dict[str, object]]:
    """What analyze_many gives in this process: the results to match."""
    return list(newsread.analyze_many(TEXTS, output="record"))


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # any free port: suites run side by side
            silence_logs=50,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_bag_equals_analyze_many(client: object, plain: list[dict[str, object]]) -> None:
    bag = db.from_sequence(TEXTS, npartitions=6)
    assert nd.analyze_bag(bag).compute() == plain


def test_bag_of_json_records_with_id_and_kept_fields(
    client: object, plain: list[dict[str, object]]
) -> None:
    lines = [json.dumps({"url": f"u{i}", "text": t, "site": "s"}) for i, t in enumerate(TEXTS)]
    bag = db.from_sequence(lines, npartitions=4).map(json.loads)
    got = nd.analyze_bag(bag, id_field="url", keep=["site"]).compute()
    assert [(r["id"], r["site"]) for r in got[:2]] == [("u0", "s"), ("u1", "s")]
    assert [r["consensus_grade"] for r in got] == [r["consensus_grade"] for r in plain]


def test_dataframe_equals_analyze_many_with_correct_meta(
    client: object, plain: list[dict[str, object]]
) -> None:
    pdf = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS, "site": ["s"] * len(TEXTS)})
    ddf = dd.from_pandas(pdf, npartitions=6)
    result = nd.analyze_dataframe(ddf, text_column="text", id_column="id", keep=["site"])
    assert dict(result.dtypes) == dict(nd.meta(["site"]).dtypes)
    got = result.compute()
    assert dict(got.dtypes) == dict(result.dtypes)  # the meta was right
    expected = newsread.to_dataframe(
        [{**r, "id": str(i), "site": "s"} for i, r in enumerate(plain)]
    )
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected)


def test_dataframe_missing_text_is_no_body_not_zero(client: object) -> None:
    pdf = pd.DataFrame({"text": [TEXTS[0], None]})
    got = nd.analyze_dataframe(dd.from_pandas(pdf, npartitions=1)).compute()
    assert pd.isna(got["flesch_kincaid_grade"].iloc[1])
    assert "no-body" in got["warnings"].iloc[1]


def test_unknown_column_is_refused() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="'text'"):
        nd.analyze_dataframe(ddf)


def _worker_state() -> tuple[int, bool, int]:
    """In a worker: (forms in its spoken-numbers table, prebuilt table loaded, frozen)."""
    import gc

    from newsread._analysis import word_table

    table = word_table("spoken")
    return len(table), table.prebuilt is not None, gc.get_freeze_count()


def test_partitions_prepare_their_worker_once(client: object) -> None:
    """A worker that ran a partition has the prebuilt word-form table loaded at once (these
    short texts have far fewer than LOAD_AFTER new forms, so on its own it would not load)
    and its long-lived objects frozen, as in newsread's own pool."""
    from newsread._forms import LOAD_AFTER

    assert client.submit(nd._own_worker_process, pure=False).result()  # type: ignore[attr-defined]
    nd.analyze_bag(db.from_sequence(TEXTS[:40], npartitions=8)).compute()
    pdf = pd.DataFrame({"text": TEXTS[:40]})
    nd.analyze_dataframe(dd.from_pandas(pdf, npartitions=8)).compute()
    states = list(client.run(_worker_state).values())  # type: ignore[attr-defined]
    ran = [s for s in states if s[0] > 0]
    assert ran  # some worker analysed something
    for forms, loaded, frozen in ran:
        assert forms < LOAD_AFTER and loaded and frozen > 0


def test_callers_own_process_is_not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a scheduler that runs in the caller's process, the word tables load but the
    caller's garbage collector is left alone (it is not newsread's process)."""
    import dask

    import newsread._batch

    calls: list[str] = []
    monkeypatch.setattr(newsread._batch, "warm_up", lambda: calls.append("warm_up"))
    assert not nd._own_worker_process()
    with dask.config.set(scheduler="sync"):
        got = nd.analyze_bag(db.from_sequence(TEXTS[:3], npartitions=1)).compute()
    assert got == list(newsread.analyze_many(TEXTS[:3], output="record"))
    assert calls == []
