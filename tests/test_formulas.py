"""The formula registry: each formula defined once, and everything reads it."""

from __future__ import annotations

import dataclasses
import io
import json
import statistics
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsread
from newsread import _formulas
from newsread._formulas import (
    FORMULAS,
    Formula,
    consensus_grade,
    formula,
    formulas_markdown,
    record_scores,
    scores,
    title_of,
)
from newsread._gate import graded_formulas
from newsread._measures import RecordScore
from newsread._models import Counts, FormulaScore, Report
from newsread._record import FIELD_NAMES, formula_names

DOCS = Path(__file__).parent.parent / "docs"

ARTICLE = (
    "The council voted on Tuesday to close the old harbor bridge for repairs. Engineers "
    "found rust in the steel joints last autumn. The work will take three months and cost "
    "about four million dollars, officials said. Drivers will use the ferry road instead, "
    "which adds ten minutes to the trip. Shop owners near the ramp are worried about trade. "
    "The council said it would review the parking rules near the ramp before the work begins."
)


def test_the_public_registry_is_the_registry() -> None:
    assert newsread.formulas() is FORMULAS
    names = [f.name for f in FORMULAS]
    assert len(names) == len(set(names))
    for f in FORMULAS:
        assert f.title and f.formula and f.citation and f.validity, f.name
        assert (f.grade is None) == bool(f.scale), f.name  # own scale xor a grade
        assert formula(f.name) is f
    with pytest.raises(KeyError):
        formula("no_such_formula")


def test_docs_formula_table_is_made_from_the_registry() -> None:
    doc = (DOCS / "methodology.md").read_text(encoding="utf-8")
    assert formulas_markdown() in doc, (
        "docs/methodology.md is stale: paste newsread._formulas.formulas_markdown()"
    )


def test_every_reader_follows_the_registry() -> None:
    names = tuple(f.name for f in FORMULAS)
    assert formula_names() == names
    for name in names:  # the record's value and warning columns
        assert name in FIELD_NAMES and f"{name}_warning" in FIELD_NAMES
    assert graded_formulas() == tuple(f.name for f in FORMULAS if f.graded)
    report = newsread.analyze(ARTICLE)
    assert tuple(s.name for s in report.readability) == names


def test_every_textstat_counterpart_exists() -> None:
    from textstat.backend import metrics  # type: ignore[import-untyped]

    counterparts = [f for f in FORMULAS if f.textstat is not None]
    assert counterparts  # a formula without one is allowed: the engine then warns
    for f in counterparts:
        assert f.textstat is not None
        assert callable(getattr(metrics, f.textstat.function)), f.name


def test_a_report_carries_results_not_metadata() -> None:
    report = newsread.analyze(ARTICLE)
    assert set(FormulaScore.model_fields) == {
        "name",
        "value",
        "grade",
        "interpretation",
        "warning",
        "reliable",
        "grade_clamped",
    }
    data = json.loads(report.model_dump_json())
    assert data["schema_version"] == 2
    text = report.model_dump_json()
    for f in FORMULAS:  # no citation or equation is repeated in the report
        assert f.citation not in text and f.formula not in text
    schema = Report.model_json_schema()
    assert "schema_version" in schema["properties"]
    assert set(schema["$defs"]["FormulaScore"]["properties"]) == set(FormulaScore.model_fields)


def test_scores_follow_each_entry() -> None:
    c = Counts(
        words=150,
        sentences=10,
        syllables=220,
        polysyllables=12,
        letters=700,
        complex_words=9,
        difficult_words=20,
        long_words=30,
        spache_difficult_words=15,
        linsear_easy_words=90,
        linsear_hard_words=10,
        linsear_sentences=6,
    )
    for f, s in zip(FORMULAS, scores(c), strict=True):
        assert s.name == f.name
        assert s.value == f.compute(c)
        assert (s.grade is None) == (not f.graded)


# A formula that is not in newsread (FORCAST, Caylor et al. 1973), to show that adding one
# is one entry: the report, the record, the views, --max-grade, the consensus and the
# textstat engine follow without another edit.
FORCAST = Formula(
    name="forcast",
    title="FORCAST",
    formula="20 − 15 · Mo/W",
    compute=lambda c: None if c.words <= 0 else 20 - 15 * c.monosyllables / c.words,
    citation="Caylor, J. S., Sticht, T. G., Fox, L. C., Ford, J. P. (1973). Methodologies "
    "for determining reading requirements of military occupational specialties. HumRRO "
    "Technical Report 73-5.",
    validity="150-word samples of technical material",
    min_words=150,
    consensus=True,
)


@pytest.fixture
def with_forcast(monkeypatch: pytest.MonkeyPatch) -> Formula:
    monkeypatch.setattr(_formulas, "FORMULAS", (*FORMULAS, FORCAST))
    return FORCAST


def test_adding_a_formula_is_one_entry(with_forcast: Formula) -> None:
    report = newsread.analyze(ARTICLE)
    fc = report.score("forcast")
    c = report.counts
    assert fc.value == pytest.approx(20 - 15 * c.monosyllables / c.words)
    assert fc.grade == pytest.approx(fc.value)
    assert fc.warning and "FORCAST needs about 150" in fc.warning
    # the consensus is the median of the flagged formulas, the new one included
    graded = sorted(
        s.grade for s in report.readability if s.grade is not None and formula(s.name).consensus
    )
    assert len(graded) == sum(f.consensus for f in FORMULAS) + 1
    assert report.consensus_grade == pytest.approx(statistics.median(graded))
    row = report.to_row()
    assert row["forcast"] == fc.value and row["forcast_warning"] is True
    assert "forcast" in graded_formulas()
    assert title_of("forcast") == "FORCAST"
    from newsread._render import make_console, render_report

    out = io.StringIO()
    render_report(make_console(out, width=100), report)
    assert "FORCAST" in out.getvalue()
    assert "FORCAST" in newsread.render_html(report)
    # textstat has no FORCAST: its engine says so instead of failing
    from newsread._textstat_engine import textstat_scores

    results, _, _ = textstat_scores(ARTICLE)
    missing = {s.name: s for s in results}["forcast"]
    assert (
        missing.value is None and missing.warning == "textstat has no counterpart of this formula"
    )


def test_entries_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FORMULAS[0].name = "other"  # type: ignore[misc]


_COUNT = st.integers(min_value=0, max_value=5_000)


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        Counts,
        **{name: _COUNT for name in Counts.model_fields},
    )
)
def test_record_scores_equal_the_full_scores(counts: Counts) -> None:
    """The record path's fast scores are exactly what the record reads of the full ones."""
    assert record_scores(counts) == tuple(map(RecordScore.of, scores(counts)))
    assert consensus_grade(record_scores(counts)) == consensus_grade(scores(counts))


@pytest.mark.parametrize(
    "counts",
    [
        Counts(),
        Counts(words=100, sentences=5, syllables=150),
        Counts(words=3, sentences=1, syllables=30, letters=40, polysyllables=3),
        Counts(words=1000, sentences=40, syllables=1000, letters=3000),  # a clamped grade
    ],
)
def test_record_scores_on_edge_counts(counts: Counts) -> None:
    assert record_scores(counts) == tuple(map(RecordScore.of, scores(counts)))
