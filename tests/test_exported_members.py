"""The public surface is deliberate: this test locks it."""

from __future__ import annotations

import newsread

EXPECTED = {
    "Article",
    "Block",
    "BlockKind",
    "NewsreadError",
    "Options",
    "ReasonCode",
    "Report",
    "TextRecord",
    "__version__",
    "analyze",
    "analyze_file",
    "analyze_many",
    "count_syllables",
    "formulas",
    "read_records",
    "render_html",
    "segment",
    "sentence_spans",
    "split_sentences",
    "to_dataframe",
}


def test_all_is_locked() -> None:
    assert set(newsread.__all__) == EXPECTED


def test_every_exported_name_resolves() -> None:
    for name in newsread.__all__:
        assert getattr(newsread, name) is not None, name


def test_unknown_attribute_raises_attribute_error() -> None:
    try:
        newsread.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_public_functions_have_doctests() -> None:
    for name in (
        "analyze",
        "analyze_many",
        "count_syllables",
        "formulas",
        "render_html",
        "segment",
        "sentence_spans",
        "split_sentences",
    ):
        doc = getattr(newsread, name).__doc__ or ""
        assert ">>>" in doc, name
