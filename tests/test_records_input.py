"""Corpus inputs: JSON Lines (gzipped too), CSV, Parquet and standard input (issue 12, item 1)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import newsread
from newsread.cli import main
from newsread.errors import BadRecordError, EmptyInputError

GOOD = [
    {"id": 1, "text": "Ferry returns\n\nThe island ferry began its summer timetable.", "site": "a"},
    {
        "id": "b2",
        "text": "Bakery wins\n\nA small bakery won the bread prize on Friday.",
        "site": "b",
    },
]
BAD_LINES = [
    json.dumps(GOOD[0]),
    "{not json",
    json.dumps({"id": 3, "body": "no text field"}),
    json.dumps({"id": 4, "text": 12}),
    json.dumps({"id": 5, "text": "   "}),
    "[1, 2]",
    "",
    json.dumps(GOOD[1]),
]


def run(*argv: str, stdin: io.TextIOBase | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def write_jsonl(path: Path, lines: list[str]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_jsonl_records_with_id_and_kept_fields(tmp_path: Path, name: str) -> None:
    path = write_jsonl(tmp_path / name, [json.dumps(r) for r in GOOD])
    code, out, err = run(str(path), "--id-field", "id", "--keep-field", "site", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["file"], r["id"], r["site"]) for r in rows] == [
        (f"{path}:1", "1", "a"),
        (f"{path}:2", "b2", "b"),
    ]
    assert [r["title"] for r in rows] == ["Ferry returns", "Bakery wins"]
    assert list(rows[0])[-1] == "site"


def test_bad_records_are_reported_with_their_line_and_skipped(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", BAD_LINES)
    code, out, err = run(str(path), "--id-field", "id", "--format", "jsonl")
    assert code == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["1", "b2"]
    lines = err.splitlines()
    assert lines == [
        f"newsread: {path}:2: not JSON (Expecting property name enclosed in double quotes at column 2)",
        f"newsread: {path}:3: no field 'text' (its fields: 'id', 'body')",
        f"newsread: {path}:4: field 'text' is a number, not a string",
        f"newsread: {path}:5: only whitespace",
        f"newsread: {path}:6: not a JSON object but a list",
    ]


def test_csv_records(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["slug", "body", "site"])
        w.writerow(["x", GOOD[0]["text"], "a"])
        w.writerow(["y", "", "b"])
        w.writerow(["z", GOOD[1]["text"], ""])
    code, out, err = run(
        str(path), "--text-field", "body", "--id-field", "slug", "--keep-field", "site",
        "--format", "jsonl",
    )  # fmt: skip
    assert code == 1
    reports = [json.loads(x) for x in out.splitlines()]
    assert [(r["source"], r["id"], r["fields"]) for r in reports] == [
        (f"{path}:1", "x", {"site": "a"}),
        (f"{path}:3", "z", {"site": None}),
    ]
    assert err.splitlines() == [f"newsread: {path}:2: field 'body' is empty"]


def test_csv_without_the_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run(str(path), "--format", "jsonl")
    assert code == BadRecordError.exit_code
    assert err.strip() == f"newsread: {path}: no column 'text' (its columns: 'a', 'b')"


def test_parquet_records(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "c.parquet"
    table = pa.table(
        {
            "id": [1, 2, 3],
            "text": [GOOD[0]["text"], None, GOOD[1]["text"]],
            "site": ["a", "b", "c"],
        }
    )
    pq.write_table(table, path)
    code, out, err = run(str(path), "--id-field", "id", "--keep-field", "site", "--format", "jsonl")
    assert code == 1
    assert [(json.loads(x)["id"], json.loads(x)["fields"]) for x in out.splitlines()] == [
        ("1", {"site": "a"}),
        ("3", {"site": "c"}),
    ]
    assert err.splitlines() == [f"newsread: {path}:2: field 'text' is empty"]


def test_standard_input_as_json_lines() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsread", "-", "--input-format", "jsonl", "--format", "jsonl"],
        input="\n".join(json.dumps(r) for r in GOOD).encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["source"] for x in proc.stdout.splitlines()] == ["-:1", "-:2"]


def test_read_records_for_the_library(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", BAD_LINES)
    got = list(newsread.read_records(path, id_field="id", errors="yield"))
    assert [type(x).__name__ for x in got] == [
        "TextRecord",
        "BadRecordError",
        "BadRecordError",
        "BadRecordError",
        "EmptyInputError",
        "BadRecordError",
        "TextRecord",
    ]
    with pytest.raises(BadRecordError, match=r"c\.jsonl:2: not JSON"):
        list(newsread.read_records(str(path)))
    good = [r for r in got if isinstance(r, newsread.TextRecord)]
    rows = list(newsread.analyze_many(good, output="record", workers=2))
    assert [(r["id"], r["file"]) for r in rows] == [("1", f"{path}:1"), ("b2", f"{path}:8")]
    assert isinstance(got[4], EmptyInputError)


def test_records_stream_in_flat_memory(tmp_path: Path) -> None:
    """Reading 5,000 records holds one at a time: peak memory far below the file's size."""
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "The council met again. " * 40})
    path.write_text((line + "\n") * 5_000, encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    n = sum(1 for _ in newsread.read_records(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 5_000
    assert peak < size / 20, (peak, size)
