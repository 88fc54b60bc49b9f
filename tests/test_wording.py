"""One vocabulary for grades: every part of a report puts a grade in the same school level."""

from __future__ import annotations

import io
import re

import pytest

import newsread
from newsread._formulas import title_of
from newsread._render import make_console, render_report, render_summary
from newsread._wording import LEVELS, grade_level, grade_words, level_of, plural, whole_grade

ARTICLE = """Harbor road to close for winter repairs

The council voted on Monday to close the harbor road for the winter while engineers repair the old stone sea wall that was damaged in the storms of last autumn, the city's transport office said.

Buses will use the ring road instead. The work will cost about two million dollars and should end in April.
"""


@pytest.mark.parametrize(
    ("grade", "level"),
    [
        (0.4, "kindergarten"),
        (0.5, "elementary school"),
        (5.4, "elementary school"),
        (5.5, "middle school"),
        (8.4, "middle school"),
        (8.5, "high school"),
        (12.4, "high school"),
        (12.5, "college"),
        (12.6, "college"),  # once "standard: high school" in the header and "college" in the table
        (16.4, "college"),
        (16.7, "college graduate"),  # once "difficult: college" and "college graduate"
        (20.0, "college graduate"),
    ],
)
def test_school_levels(grade: float, level: str) -> None:
    assert grade_level(grade) == level
    assert grade_words(grade).startswith(level + " (")


def test_words_agree_with_the_number_shown_for_every_grade() -> None:
    for tenth in range(0, 201):
        grade = tenth / 10
        shown = float(f"{grade:.1f}")
        assert whole_grade(grade) == whole_grade(shown)
        level = level_of(grade)
        g = whole_grade(grade)
        assert level.low <= g and (level.high is None or g <= level.high)
        assert grade_words(grade) == f"{level.name} (grade {g})"


def test_levels_cover_every_whole_grade_once() -> None:
    covered = [
        g
        for level in LEVELS
        for g in range(level.low, (20 if level.high is None else level.high) + 1)
    ]
    assert covered == list(range(0, 21))


def test_undefined() -> None:
    assert grade_level(None) == "undefined" == grade_words(None)


def test_plural() -> None:
    assert plural(1, "sentence") == "1 sentence"
    assert plural(0, "sentence") == "0 sentences"
    assert plural(2, "is", "are") == "2 are"


def test_header_table_and_json_use_one_vocabulary() -> None:
    report = newsread.analyze(ARTICLE)
    assert report.consensus_level == grade_level(report.consensus_grade)
    for s in report.readability:
        if s.grade is not None:
            assert s.interpretation.startswith(grade_level(s.grade) + " ("), s
    out = io.StringIO()
    render_report(make_console(out, 120), report)
    text = out.getvalue()
    assert f"Grade {report.consensus_grade:.1f}  {report.consensus_level} " in text
    for s in report.readability:
        if s.grade is not None:
            title = title_of(s.name)
            row = next(line for line in text.splitlines() if line.strip().startswith(title))
            assert s.interpretation in row


def test_header_counts_in_the_singular() -> None:
    out = io.StringIO()
    render_report(make_console(out, 100), newsread.analyze("Harbor road closes\n\nIt rained."))
    text = " ".join(out.getvalue().split())
    assert re.search(r"\b1 sentence\b", text) and "1 sentences" not in text
    assert re.search(r"\b1 paragraph\b", text) and "1 paragraphs" not in text
    assert "1 block (" in text and "1 blocks" not in text


def test_corpus_summary_rows_are_the_school_levels() -> None:
    out = io.StringIO()
    render_summary(make_console(out, 100), [("a", 12.6, 100), ("b", 7.5, 200), ("c", None, 0)])
    text = out.getvalue()
    assert "college (grades 13-16)" in text
    assert re.search(r"college \(grades 13-16\)\s+1\b", text)  # 12.6 is college here too
    assert re.search(r"middle school \(grades 6-8\)\s+1\b", text)
    assert re.search(r"undefined \(no body\)\s+1\b", text)
