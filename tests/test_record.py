"""The flat record (Report.to_row): typed, documented, None for undefined, never ""."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text, article_like

import newsread
from newsread._record import (
    FIELD_NAMES,
    RECORD_DIGITS,
    RECORD_FIELDS,
    RECORD_VERSION,
    fields_markdown,
)
from newsread.cli import main

STORY = """Harbour bridge to reopen in May

By Ana Ruiz

The harbour bridge will reopen in May after two years of repairs, the city said on Tuesday.

Engineers replaced the cables and the deck. "It is stronger than it was," said the chief engineer.

Photo: City Press Office
"""


def _check_types(row: dict[str, object]) -> None:
    assert list(row)[: len(FIELD_NAMES)] == list(FIELD_NAMES)
    for f in RECORD_FIELDS:
        value = row[f.name]
        assert value != "", f.name
        if value is None:
            assert f.nullable, f.name
        elif f.type is float:
            assert type(value) in (float, int) and not isinstance(value, bool), f.name
        else:
            assert type(value) is f.type, (f.name, value)


def test_row_matches_the_report() -> None:
    report = newsread.analyze(STORY)
    row = report.to_row()
    _check_types(row)
    assert row["record_version"] == RECORD_VERSION
    assert row["title"] == "Harbour bridge to reopen in May"
    assert row["words"] == report.counts.words
    fk = report.score("flesch_kincaid_grade").value
    assert fk is not None and fk != round(fk, RECORD_DIGITS)  # a case where rounding shows
    assert row["flesch_kincaid_grade"] == round(fk, RECORD_DIGITS)
    assert row["consensus_grade"] == report.consensus_grade
    assert row["set_aside_blocks"] == len(report.set_aside) >= 2
    assert row["set_aside_words"] == sum(b.words for b in report.set_aside)
    assert row["smog_warning"] is True  # 4 sentences: below SMOG's 30
    assert row["warnings"] == "short-text"
    assert row["warning_count"] == 1
    assert row["file"] is None and row["id"] is None
    json.dumps(row)  # plain JSON values only


def test_record_floats_have_at_most_record_digits_decimals() -> None:
    row = newsread.analyze(STORY).to_row()
    floats = {k: v for k, v in row.items() if type(v) is float}
    assert len(floats) > 10
    assert all(v == round(v, RECORD_DIGITS) for v in floats.values()), floats


def test_undefined_values_are_none_never_empty() -> None:
    row = newsread.analyze("Advertisement").to_row()
    _check_types(row)
    assert row["sentences"] == 0
    assert row["flesch_kincaid_grade"] is None and row["flesch_kincaid_grade_warning"] is True
    assert row["consensus_grade"] is None
    assert row["mean_sentence_words"] is None


@given(any_text)
def test_any_text_gives_a_typed_row(text: str) -> None:
    _check_types(newsread.analyze(text).to_row())


@given(article_like)
def test_article_like_text_gives_a_typed_row(text: str) -> None:
    _check_types(newsread.analyze(text).to_row())


def test_docs_publish_the_field_list() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "record.md").read_text(encoding="utf-8")
    assert fields_markdown() in doc, "docs/record.md is stale: paste _record.fields_markdown()"
    assert f"RECORD_VERSION = {RECORD_VERSION}" in doc


def test_csv_columns_are_the_record(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Advertisement\n", encoding="utf-8")
    out = io.StringIO()
    assert main([str(tmp_path), "--format", "csv"], stdout=out, stderr=io.StringIO()) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(FIELD_NAMES)
    assert rows[0]["title"] == "Harbour bridge to reopen in May"
    assert rows[1]["flesch_kincaid_grade"] == ""  # CSV has no null: an empty cell, never 0
    assert rows[0]["smog_warning"] == "True"


def test_csv_neutralises_formulas_but_json_keeps_the_raw_title(tmp_path: Path) -> None:
    """Issue 14 item 4: a title or file name a spreadsheet would execute gets an apostrophe."""
    evil = tmp_path / "=cmd.txt"
    evil.write_text(
        "=cmd|calc council budget\n\n"
        "The council met on Monday and approved the budget for next year.\n",
        encoding="utf-8",
    )
    plus = tmp_path / "plus.txt"
    plus.write_text(
        "@everyone Council approves budget\n\nThe council met on Monday and approved it.\n"
    )
    out = io.StringIO()
    main([str(evil), str(plus), "--format", "csv"], stdout=out, stderr=io.StringIO())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["title"] == "'=cmd|calc council budget"
    assert rows[0]["file"] == str(evil)  # an absolute path: starts with "/"
    assert rows[1]["title"] == "'@everyone Council approves budget"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
    out = io.StringIO()
    main([str(evil), "--format", "json"], stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["title"].startswith("=cmd")
    assert newsread.analyze_file(str(evil)).to_row()["title"].startswith("=cmd")


def test_csv_keeps_negative_numbers_as_numbers() -> None:
    from newsread._record import csv_safe

    row = newsread.analyze("Go.\n\nAntidisestablishmentarianism.").to_row()
    assert row["flesch_reading_ease"] < 0
    assert csv_safe(row)["flesch_reading_ease"] == row["flesch_reading_ease"]
    assert csv_safe({"title": "-5 degrees"})["title"] == "'-5 degrees"


def test_csv_neutralises_a_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("=1+2.txt").write_text("Storm\n\nThe storm reached the coast at dawn.\n", encoding="utf-8")
    out = io.StringIO()
    main(["=1+2.txt", "--format", "csv"], stdout=out, stderr=io.StringIO())
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["file"] == "'=1+2.txt"
    out = io.StringIO()
    main(["=1+2.txt", "--format", "jsonl"], stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["source"] == "=1+2.txt"


# --- the record path: analyze_many(..., output="record") builds no report ----------------------


def _same(record: dict[str, object], row: dict[str, object]) -> None:
    """Equal values of equal types, in the same order (``repr`` tells 1 from 1.0)."""
    assert list(record) == list(row)
    assert repr(record) == repr(row)


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(article_like, any_text, st.builds(lambda t: t + "\ud800 end.", article_like)),
    st.sampled_from(("spoken", "one")),
    st.sampled_from(("auto", "none")),
)
def test_record_path_equals_the_reports_row(text: str, numbers: str, segment: str) -> None:
    from newsread._analysis import analyze_to_record

    options = newsread.Options(numbers=numbers, segment=segment)  # type: ignore[arg-type]
    _same(analyze_to_record(text, options), newsread.analyze(text, options).to_row())


def test_record_path_carries_source_id_fields_and_wpm() -> None:
    record = newsread.TextRecord(STORY, source="crawl.jsonl:3", id="a-7", fields={"site": "x"})
    options = newsread.Options(reading_wpm=200, speaking_wpm=150, top=2)
    (fast,) = newsread.analyze_many([record], options, output="record")
    (report,) = newsread.analyze_many([record], options)
    _same(fast, report.to_row())
    assert (fast["file"], fast["id"], fast["site"]) == ("crawl.jsonl:3", "a-7", "x")


def test_record_path_with_the_textstat_engine() -> None:
    options = newsread.Options(engine="textstat")
    (fast,) = newsread.analyze_many([STORY], options, output="record")
    _same(fast, newsread.analyze(STORY, options).to_row())
    assert fast["engine"] == "textstat"


def test_record_path_refuses_what_the_report_refuses() -> None:
    from newsread._analysis import analyze, analyze_to_record

    with pytest.raises(ValueError) as full:
        analyze(STORY, id=7)  # type: ignore[arg-type]
    with pytest.raises(ValueError) as fast:
        analyze_to_record(STORY, id=7)  # type: ignore[arg-type]
    assert type(fast.value) is type(full.value)
