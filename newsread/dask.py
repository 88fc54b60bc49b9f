"""Dask helpers: score a corpus on more than one machine (optional extra ``newsread[dask]``).

newsread brings no cluster or scheduler of its own: these functions map newsread's record
function over the partitions of a Dask bag or DataFrame, on whatever cluster the caller's
Dask client points at (a ``LocalCluster`` on a laptop, a ``distributed`` cluster, Kubernetes,
...). Each partition is analysed in one call, so a worker process loads newsread's tables on
its first partition and reuses them for every other. Results are flat records
(docs/record.md), which cross processes cheaply; they equal ``analyze_many(...,
output="record")`` on the same texts. See docs/scale.md for the few lines it takes.

::

    import dask.dataframe as dd
    import newsread.dask

    ddf = dd.read_parquet("crawl/*.parquet", columns=["url", "text"])
    grades = newsread.dask.analyze_dataframe(ddf, text_column="text", id_column="url")
    grades.to_parquet("grades/")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._api import _options, analyze_item
from ._columnar import arrow_schema, pandas_dtypes, to_dataframe
from ._options import Options
from ._records import TextRecord

__all__ = ["analyze_bag", "analyze_dataframe", "arrow_schema", "meta"]


def _text(value: Any) -> str:
    """A cell's text; a missing one (None, NaN) is analysed as empty text, which gives a
    record with every formula None and the warning ``no-body`` (never a score of 0)."""
    return value if isinstance(value, str) else ""


def _own_worker_process() -> bool:
    """True in a Dask worker process started for the cluster (by a nanny, as
    ``LocalCluster`` and ``dask worker`` do), a process whose garbage collector newsread
    may tune; False in the caller's own process (a threaded or synchronous scheduler, or
    ``LocalCluster(processes=False)``), which is the caller's to tune."""
    import multiprocessing

    if multiprocessing.parent_process() is None:
        return False
    try:
        from distributed import get_worker
    except ImportError:  # pragma: no cover - dask without distributed
        return False
    try:
        get_worker()
    except ValueError:  # not running inside a distributed worker
        return False
    return True


def _prepare_worker(options: Options | None = None) -> None:
    """Ready this process for a batch: give its word-form table the prebuilt table now
    (a partition is a batch; alone, a table loads it only after 1,000 forms computed the
    slow way); in a Dask worker process of its own, also call the warm-up of newsread's
    pool (load the word tables, then move what is alive to the garbage collector's
    permanent generation, so that collections skip the long-lived tables and Dask's own
    objects). Each partition calls it first; the work is done once per process, later calls
    cost microseconds. Results are the same either way (tests/test_dask.py).

    >>> _prepare_worker()
    """
    from ._batch import load_form_table, warm_up

    opts = options or Options()
    if _own_worker_process():
        warm_up()
    load_form_table(opts.numbers)


def _records(
    items: Iterable[Any],
    options: Options,
    text_field: str,
    id_field: str | None,
    keep: Sequence[str],
) -> list[dict[str, Any]]:
    """One partition of a bag: each item a text, or a mapping holding the text field."""
    _prepare_worker(options)
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(analyze_item(item, options, "record"))
            continue
        if not isinstance(item, Mapping):
            raise TypeError(
                f"analyze_bag() items must be str or mappings, not {type(item).__name__}"
            )
        rec = TextRecord(
            _text(item.get(text_field)),
            id=None if id_field is None or item.get(id_field) is None else str(item[id_field]),
            fields={k: item.get(k) for k in keep},
        )
        out.append(analyze_item(rec, options, "record"))
    return out


def analyze_bag(
    bag: Any,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    keep: Sequence[str] = (),
    options: Options | None = None,
    **settings: Any,
) -> Any:
    """A Dask bag of flat records, one per item of ``bag``.

    Args:
        bag: a ``dask.bag.Bag`` of article texts, or of mappings (e.g. from
            ``dask.bag.read_text(...).map(json.loads)``) holding ``text_field``.
        text_field: the key of the text in mapping items.
        id_field: a key whose value becomes the record's ``id`` (as text).
        keep: keys carried into each record after the fixed fields.
        options: an :class:`~newsread.Options`; keyword ``settings`` override its fields.

    Returns:
        A ``dask.bag.Bag`` of dicts (docs/record.md), lazily computed.
    """
    opts = _options(options, settings)
    return bag.map_partitions(_records, opts, text_field, id_field, tuple(keep))


def meta(keep: Sequence[str] = ()) -> Any:
    """The empty pandas DataFrame whose columns and dtypes every record partition has
    (the ``meta`` of :func:`analyze_dataframe`).

    >>> m = meta(["site"])
    >>> str(m["words"].dtype), str(m["smog"].dtype), str(m["site"].dtype), len(m)
    ('int64', 'float64', 'string', 0)
    """
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]

    dtypes = pandas_dtypes(keep)
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in dtypes.items()})


def _frame(
    pdf: Any,
    options: Options,
    text_column: str,
    id_column: str | None,
    keep: Sequence[str],
) -> Any:
    """One partition of a DataFrame: a pandas DataFrame of records, on the same index."""
    _prepare_worker(options)
    texts = pdf[text_column].tolist()
    ids = pdf[id_column].tolist() if id_column else [None] * len(texts)
    kept = {k: pdf[k].tolist() for k in keep}
    rows = []
    for i, text in enumerate(texts):
        ident = ids[i]
        missing = ident is None or (isinstance(ident, float) and ident != ident)  # NaN
        rec = TextRecord(
            _text(text),
            id=None if missing else str(ident),
            fields={k: kept[k][i] for k in keep},
        )
        rows.append(analyze_item(rec, options, "record"))
    frame = to_dataframe(rows) if rows else meta(keep)
    if rows and keep and list(frame.columns[-len(keep) :]) != list(keep):  # pragma: no cover
        raise AssertionError("kept columns out of order")
    frame.index = pdf.index
    return frame


def analyze_dataframe(
    ddf: Any,
    text_column: str = "text",
    id_column: str | None = None,
    keep: Sequence[str] = (),
    *,
    options: Options | None = None,
    **settings: Any,
) -> Any:
    """A Dask DataFrame of flat records, one row per row of ``ddf`` (same index).

    Args:
        ddf: a ``dask.dataframe.DataFrame`` with a column of article texts.
        text_column: that column; a missing text (None, NaN) gives a record whose values
            are None and whose warnings say ``no-body``, never a score of 0.
        id_column: a column whose value becomes the record's ``id`` (as text).
        keep: columns carried into the result after the record's fields (as text).
        options: an :class:`~newsread.Options`; keyword ``settings`` override its fields.

    Returns:
        A ``dask.dataframe.DataFrame`` whose ``meta`` has the record's typed columns
        (:func:`meta`), lazily computed.
    """
    opts = _options(options, settings)
    keep = tuple(keep)
    missing = [c for c in (text_column, id_column, *keep) if c and c not in ddf.columns]
    if missing:
        raise KeyError(f"no column {', '.join(map(repr, missing))} in the DataFrame")
    return ddf.map_partitions(_frame, opts, text_column, id_column, keep, meta=meta(keep))
