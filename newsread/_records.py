"""Corpus inputs: JSON Lines (also gzipped), CSV and Parquet files of records, read as a stream.

Each record becomes a :class:`TextRecord`: its text, where it came from (``PATH:N``, the
line of a JSON Lines file or the data row of a CSV or Parquet file, counting from 1), its
identifier and the fields to carry over. A record that cannot be analysed becomes an
:class:`~newsread.errors.InputError` naming ``PATH:N`` and the cause; the reader goes on
with the next one. Files are read lazily, a line, a CSV row or a Parquet batch at a time, so
memory does not grow with the number of records.

>>> import io, json
>>> lines = [json.dumps({"id": 7, "text": "Rain fell."}), "not json"]
>>> stream = io.BytesIO("\\n".join(lines).encode())
>>> for rec in read_records("-", id_field="id", format="jsonl", errors="yield", stdin=stream):
...     print(rec)
TextRecord(text='Rain fell.', source='-:1', id='7', fields={})
-:2: not JSON (Expecting value at column 1)
"""

from __future__ import annotations

import csv
import io
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, Literal

from ._errors import (
    BadRecordError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    UsageError,
    display_name,
)
from ._limits import DEFAULT_MAX_BYTES

RecordFormat = Literal["jsonl", "csv", "parquet"]

#: File name endings read as record files, and their format.
SUFFIXES: tuple[tuple[str, RecordFormat], ...] = (
    (".jsonl", "jsonl"),
    (".jsonl.gz", "jsonl"),
    (".ndjson", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".csv", "csv"),
    (".csv.gz", "csv"),
    (".parquet", "parquet"),
    (".pq", "parquet"),
)

#: Parquet rows read at a time.
PARQUET_BATCH = 1024
#: Bytes of a Parquet column chunk read at a time. pyarrow's default (``pre_buffer=True``)
#: reads the whole chunk, i.e. a whole row group's texts, before the first batch; reading
#: it as a buffered stream keeps memory flat however large the row groups are
#: (docs/performance.md, "flat memory").
PARQUET_BUFFER = 1 << 20


@dataclass(frozen=True)
class TextRecord:
    """One article to analyse, with where it came from and what to carry into its report.

    ``analyze_many`` accepts these as well as plain strings; the report's ``source``, ``id``
    and ``fields`` (and so the record's ``file``, ``id`` and kept columns) come from here.
    """

    text: str
    source: str | None = None
    id: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)


def record_format(path: str) -> RecordFormat | None:
    """The record format a file name's ending says, or None for a text file.

    >>> record_format("crawl.jsonl.gz"), record_format("a.CSV"), record_format("story.txt")
    ('jsonl', 'csv', None)
    """
    lower = path.lower()
    for suffix, fmt in SUFFIXES:
        if lower.endswith(suffix):
            return fmt
    return None


def _id_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        return value
    import json

    return json.dumps(value, ensure_ascii=False)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _record(
    get: Mapping[str, Any],
    source: str,
    text_field: str,
    id_field: str | None,
    keep: Sequence[str],
    max_bytes: int,
) -> TextRecord | InputError:
    """A record's :class:`TextRecord`, or the error that says why it cannot be analysed."""
    if text_field not in get:
        names = ", ".join(repr(k) for k in list(get)[:8]) or "none"
        return BadRecordError(source, f"no field {text_field!r} (its fields: {names})")
    text = get[text_field]
    if not isinstance(text, str):
        return BadRecordError(source, f"field {text_field!r} is {_kind(text)}, not a string")
    if not text.strip():
        return EmptyInputError(
            source, f"field {text_field!r} is empty" if not text else "only whitespace"
        )
    if len(text) > max_bytes or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return InputTooLargeError(
            source, f"too large: field {text_field!r} is over {max_bytes:,} bytes (--max-bytes)"
        )
    return TextRecord(
        text=text,
        source=source,
        id=_id_text(get.get(id_field)) if id_field else None,
        fields={k: get.get(k) for k in keep},
    )


def _open_binary(path: str, stdin: BinaryIO | None) -> tuple[str, BinaryIO]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return "-", stream
    name = display_name(path)
    try:
        fh: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by the reader's finally
    except FileNotFoundError:
        raise InputNotFoundError(name, "no such file") from None
    except IsADirectoryError:
        raise InputNotFoundError(name, "is a directory") from None
    except PermissionError:
        raise InputNotFoundError(name, "permission denied") from None
    except OSError as exc:
        raise InputNotFoundError(name, f"cannot be read ({exc.strerror or exc})") from None
    return name, fh


def _maybe_gunzip(fh: BinaryIO) -> IO[bytes]:
    """``fh`` itself, or a decompressing reader over it when it starts like gzip."""
    peek = getattr(fh, "peek", None)
    if peek is not None and peek(2)[:2] == b"\x1f\x8b":
        import gzip  # here, not at the top: the one-file command line reads no records

        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]  # a binary stream
    return fh


def _jsonl(
    name: str,
    fh: IO[bytes],
    text_field: str,
    id_field: str | None,
    keep: Sequence[str],
    max_bytes: int,
) -> Iterator[TextRecord | InputError]:
    import json

    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            continue  # a blank line holds no record
        source = f"{name}:{n}"
        try:
            obj = json.loads(raw)
        except UnicodeDecodeError:
            yield BadRecordError(source, "not UTF-8 text")
            continue
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            col = getattr(exc, "colno", None)
            yield BadRecordError(source, f"not JSON ({msg}{f' at column {col}' if col else ''})")
            continue
        if not isinstance(obj, dict):
            yield BadRecordError(source, f"not a JSON object but {_kind(obj)}")
            continue
        yield _record(obj, source, text_field, id_field, keep, max_bytes)


def _csv(
    name: str,
    fh: IO[bytes],
    text_field: str,
    id_field: str | None,
    keep: Sequence[str],
    max_bytes: int,
) -> Iterator[TextRecord | InputError]:
    # The csv module's field limit is process-wide; raise it (never lower it) so that an
    # article up to max_bytes fits in one cell.
    if csv.field_size_limit() < max_bytes + 1:
        csv.field_size_limit(max_bytes + 1)
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
    try:
        yield from _csv_rows(name, text, text_field, id_field, keep, max_bytes)
    finally:
        text.close()


def _csv_rows(
    name: str,
    text: IO[str],
    text_field: str,
    id_field: str | None,
    keep: Sequence[str],
    max_bytes: int,
) -> Iterator[TextRecord | InputError]:
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        raise EmptyInputError(name, "empty: no header row") from None
    except csv.Error as exc:
        raise BadRecordError(name, f"not CSV ({exc})") from None
    wanted = [text_field, *([id_field] if id_field else []), *keep]
    missing = [w for w in wanted if w not in header]
    if missing:
        cols = ", ".join(repr(h) for h in header[:8])
        raise BadRecordError(
            name, f"no column {', '.join(map(repr, missing))} (its columns: {cols})"
        )
    n = 0
    while True:
        n += 1
        source = f"{name}:{n}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield BadRecordError(source, f"not a CSV row ({exc})")
            continue
        if not row:
            n -= 1
            continue
        cells = {h: (v if v != "" else None) for h, v in zip(header, row, strict=False)}
        if cells.get(text_field) is None and text_field in cells:
            cells[text_field] = ""
        yield _record(cells, source, text_field, id_field, keep, max_bytes)


def _parquet(
    path: str, name: str, text_field: str, id_field: str | None, keep: Sequence[str], max_bytes: int
) -> Iterator[TextRecord | InputError]:
    try:
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise UsageError(
            f"{name}: reading Parquet needs pyarrow: pip install 'newsread[parquet]'"
        ) from None
    try:
        pf = pq.ParquetFile(path, pre_buffer=False, buffer_size=PARQUET_BUFFER)
    except FileNotFoundError:
        raise InputNotFoundError(name, "no such file") from None
    except OSError as exc:
        raise InputNotFoundError(name, f"cannot be read ({exc})") from None
    except Exception as exc:  # pyarrow raises its own ArrowInvalid for a non-Parquet file
        raise BadRecordError(name, f"not a Parquet file ({exc})") from None
    columns = list(dict.fromkeys([text_field, *([id_field] if id_field else []), *keep]))
    have = pf.schema_arrow.names
    missing = [c for c in columns if c not in have]
    if missing:
        cols = ", ".join(repr(h) for h in have[:8])
        raise BadRecordError(
            name, f"no column {', '.join(map(repr, missing))} (its columns: {cols})"
        )
    n = 0
    for batch in pf.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
        for row in batch.to_pylist():
            n += 1
            if row.get(text_field) is None:
                row[text_field] = ""
            yield _record(row, f"{name}:{n}", text_field, id_field, keep, max_bytes)


def read_records(
    path: str | os.PathLike[str],
    text_field: str = "text",
    id_field: str | None = None,
    keep: Iterable[str] = (),
    *,
    format: RecordFormat | None = None,
    errors: Literal["raise", "yield"] = "raise",
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[TextRecord | InputError]:
    """Stream the records of a JSON Lines (``.jsonl``, ``.jsonl.gz``), CSV or Parquet file.

    Args:
        path: the file; ``"-"`` reads JSON Lines from standard input (or ``stdin``).
        text_field: the field (JSON key, CSV or Parquet column) holding the article text.
        id_field: a field holding the record's identifier, carried as text into the report.
        keep: other fields to carry into the report (``Report.fields``) and its record.
        format: ``"jsonl"``, ``"csv"`` or ``"parquet"``; by default from the file name.
        errors: ``"raise"`` raises the :class:`InputError` of the first bad record;
            ``"yield"`` yields it in the record's place and goes on.
        max_bytes: the largest text accepted, in bytes.

    Returns:
        :class:`TextRecord` values to pass to :func:`newsread.analyze_many` (and, with
        ``errors="yield"``, :class:`InputError` values for records that cannot be analysed).

    Raises:
        InputError: the file cannot be opened or has no such column; with ``errors="raise"``,
            also the first bad record (not JSON, no text field, a text that is not a string or
            is empty); its message names ``PATH:N``.
        UsageError: an unknown format, or Parquet without pyarrow installed.
    """
    path = os.fspath(path)
    if not isinstance(path, str):
        raise TypeError(f"read_records() takes a str path, not {type(path).__name__}")
    fmt = format or record_format(path) or ("jsonl" if path == "-" else None)
    if fmt not in ("jsonl", "csv", "parquet"):
        raise UsageError(
            f"{display_name(path)}: unknown record format {fmt!r}: name a .jsonl, .jsonl.gz, "
            ".csv or .parquet file, or pass format= (--input-format)"
        )
    if fmt == "parquet" and path == "-":
        raise UsageError("Parquet cannot be read from standard input: name the file")
    if errors not in ("raise", "yield"):
        raise UsageError(f"errors must be 'raise' or 'yield', not {errors!r}")
    keep = tuple(keep)
    if fmt == "parquet":
        records = _parquet(path, display_name(path), text_field, id_field, keep, max_bytes)
        fh = None
    else:
        name, fh = _open_binary(path, stdin)
        reader = _jsonl if fmt == "jsonl" else _csv
        records = reader(name, _maybe_gunzip(fh), text_field, id_field, keep, max_bytes)
    try:
        for rec in records:
            if errors == "raise" and isinstance(rec, InputError):
                raise rec
            yield rec
    except OSError as exc:  # a read error or a corrupt gzip stream half-way through
        raise InputNotFoundError(display_name(path), f"cannot be read ({exc})") from None
    finally:
        if fh is not None and path != "-":
            fh.close()
