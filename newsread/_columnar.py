"""Records as columns: pandas DataFrames and Parquet files with typed columns.

Column types come from :data:`newsread._record.RECORD_FIELDS`, in one place for pandas, Arrow
(Parquet) and ``newsread.dask``'s ``meta``: ``int`` is ``int64`` (``Int64`` where the field can
be None), ``float`` is ``float64`` (None is NaN), ``bool`` is ``bool`` and ``str`` is pandas'
nullable ``string``. Kept input fields (``--keep-field``) become text columns here (JSON text
for lists and objects; None stays missing), since their type is not known in advance; records
and JSON keep them as read.

pandas and pyarrow are optional extras, imported only by the functions that need them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._errors import UsageError
from ._record import FIELD_NAMES, RECORD_FIELDS

if TYPE_CHECKING:
    from ._models import Report

#: Rows written to a Parquet file at a time (one row group each).
PARQUET_ROWS = 4096


def _kept_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dict, list, tuple, bool, int, float)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _rows(records: Iterable[Mapping[str, Any] | Report]) -> list[dict[str, Any]]:
    out = []
    for r in records:
        out.append(r if isinstance(r, dict) else dict(r) if isinstance(r, Mapping) else r.to_row())
    return out


def kept_names(row: Mapping[str, Any]) -> list[str]:
    """The kept input fields of a record: its keys after the fixed fields."""
    return [k for k in row if k not in _FIXED]


_FIXED = frozenset(FIELD_NAMES)


def pandas_dtypes(kept: Sequence[str] = ()) -> dict[str, Any]:
    """Column name -> pandas dtype, for the record's fields and ``kept`` text columns."""
    types = {
        int: ("Int64", "int64"),
        float: ("float64", "float64"),
        bool: ("boolean", "bool"),
        str: ("string", "string"),
    }
    dtypes: dict[str, Any] = {f.name: types[f.type][0 if f.nullable else 1] for f in RECORD_FIELDS}
    dtypes.update({k: "string" for k in kept})
    return dtypes


def to_dataframe(records: Iterable[Mapping[str, Any] | Report]) -> Any:
    """A pandas DataFrame with one typed column per record field (docs/record.md).

    Args:
        records: flat records (``Report.to_row()``, ``analyze_many(..., output="record")``)
            or reports.

    Returns:
        A ``pandas.DataFrame``; an empty input gives the columns with no rows.

    Raises:
        UsageError: pandas is not installed (``pip install 'newsread[pandas]'``).

    >>> import newsread
    >>> df = newsread.to_dataframe(newsread.analyze_many(["Rain fell. The river rose."]))
    >>> df["words"].tolist(), str(df["words"].dtype), str(df["title"].dtype)
    ([5], 'int64', 'string')
    """
    try:
        import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise UsageError("to_dataframe needs pandas: pip install 'newsread[pandas]'") from None
    rows = _rows(records)
    kept = kept_names(rows[0]) if rows else []
    for row in rows:
        for k in kept:
            row[k] = _kept_text(row.get(k))
    columns = [*FIELD_NAMES, *kept]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return frame.astype(pandas_dtypes(kept))


def arrow_schema(kept: Sequence[str] = ()) -> Any:
    """The pyarrow schema of the record's columns (and ``kept`` text columns)."""
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]

    types = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string()}
    fields = [pa.field(f.name, types[f.type], nullable=f.nullable) for f in RECORD_FIELDS]
    fields += [pa.field(k, pa.string()) for k in kept]
    return pa.schema(fields)


class ParquetEmitter:
    """Records to a Parquet file, :data:`PARQUET_ROWS` rows at a time (flat memory).

    The schema comes from the field list, so every file has the same typed columns;
    an empty batch still writes a file with the columns and no rows.
    """

    def __init__(self, path: str) -> None:
        try:
            import pyarrow.parquet  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
        except ImportError:
            raise UsageError(
                "--format parquet needs pyarrow: pip install 'newsread[parquet]'"
            ) from None
        self.path = path
        self.rows: list[dict[str, Any]] = []
        self.kept: list[str] | None = None
        self.writer: Any = None

    def add(self, row: dict[str, Any]) -> None:
        if self.kept is None:
            self.kept = kept_names(row)
        self.rows.append(row)
        if len(self.rows) >= PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]

        kept = self.kept or []
        schema = arrow_schema(kept)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, schema)
        columns = {name: [r.get(name) for r in self.rows] for name in FIELD_NAMES}
        columns.update({k: [_kept_text(r.get(k)) for r in self.rows] for k in kept})
        self.writer.write_table(pa.Table.from_pydict(columns, schema=schema))
        self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
