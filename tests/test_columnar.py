"""Records as typed columns: --format parquet, to_dataframe, compact JSON (issue 12, items 2-3)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsread
from newsread._record import FIELD_NAMES
from newsread.cli import main

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

TEXTS = [
    "Harbour bridge reopens\n\nThe harbour bridge reopened on Tuesday after two years of "
    "repairs. Engineers replaced the cables and the deck.\n\nTraffic was light at first.",
    "Advertisement",
    "Library extends hours\n\nThe city library will stay open until nine on weekdays.",
]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_to_dataframe_has_typed_columns() -> None:
    records = list(newsread.analyze_many(TEXTS, output="record"))
    df = newsread.to_dataframe(records)
    assert list(df.columns) == list(FIELD_NAMES)
    assert str(df["words"].dtype) == "int64"
    assert str(df["flesch_kincaid_grade"].dtype) == "float64"
    assert str(df["smog_warning"].dtype) == "bool"
    assert str(df["title"].dtype) == "string"
    assert pd.isna(df["flesch_kincaid_grade"][1]) and pd.isna(df["title"][1])
    assert df["words"].tolist() == [r["words"] for r in records]
    same = newsread.to_dataframe(newsread.analyze_many(TEXTS))  # reports work too
    pd.testing.assert_frame_equal(df, same)
    empty = newsread.to_dataframe([])
    assert list(empty.columns) == list(FIELD_NAMES) and len(empty) == 0


def test_parquet_output_round_trips(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps({"id": i, "text": t, "site": "x"}) for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    code, _, err = run(
        str(src), "--id-field", "id", "--keep-field", "site", "--format", "parquet",
        "--output", str(out),
    )  # fmt: skip
    assert code == 0, err
    table = pq.read_table(out)
    assert table.column_names == [*FIELD_NAMES, "site"]
    assert str(table.schema.field("words").type) == "int64"
    assert str(table.schema.field("smog").type) == "double"
    df = table.to_pandas()
    assert df["id"].tolist() == ["0", "1", "2"]
    expected = [r.to_row() for r in newsread.analyze_many(TEXTS)]
    assert df["consensus_grade"].iloc[0] == expected[0]["consensus_grade"]
    assert df["words"].tolist() == [r["words"] for r in expected]


def test_parquet_needs_a_file() -> None:
    code, _, err = run("--demo", "--format", "parquet")
    assert code == 2 and "--output FILE" in err


def test_compact_json_drops_texts_keeps_offsets(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXTS[0], encoding="utf-8")
    _, full, _ = run(str(p), "--format", "json")
    _, compact, _ = run(str(p), "--format", "json", "--compact")
    full_d, compact_d = json.loads(full), json.loads(compact)
    assert "text" in full_d["paragraphs"]["paragraphs"][0]
    para = compact_d["paragraphs"]["paragraphs"][0]
    assert "text" not in para and para["start"] == full_d["paragraphs"]["paragraphs"][0]["start"]
    assert all("text" not in s for s in compact_d["sentences"]["longest"])
    assert compact_d["counts"] == full_d["counts"]
    assert len(compact) < len(full)
