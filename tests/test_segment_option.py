"""Segmentation off for clean copy (``segment="none"``, ``--no-segment``), and the
warnings that say how the body was found."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsread
from newsread.cli import main
from newsread.errors import UsageError

CLEAN = (
    "Harbor road stays closed\n\n"
    "The council voted on Tuesday to keep the harbor road closed until the end of the month.\n\n"
    "Share this story\n\n"
    "Engineers found cracks in the old bridge that carries the road over the river."
)


def test_segment_none_measures_every_line_but_the_title() -> None:
    auto = newsread.analyze(CLEAN)
    off = newsread.analyze(CLEAN, segment="none")
    assert "Share this story" in [b.text for b in auto.set_aside]
    assert [b.kind.value for b in off.set_aside] == ["title"]
    assert off.title == "Harbor road stays closed"
    assert off.counts.words == auto.counts.words + 3
    assert "segmentation-off" in [w.code for w in off.warnings]
    assert "segmentation-off" not in [w.code for w in auto.warnings]


def test_segment_option_is_checked() -> None:
    with pytest.raises(UsageError, match="segment must be 'auto' or 'none'"):
        newsread.Options(segment="off")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="mode must be 'auto' or 'none'"):
        newsread.segment(CLEAN, mode="off")


def test_only_prose_without_a_final_stop_is_measured_with_a_warning() -> None:
    text = (
        "The council voted on Tuesday to keep the harbor road closed until the end of the "
        "month, after engineers found cracks in the old bridge"
    )
    report = newsread.analyze(text)
    assert report.counts.words == len(text.split())
    assert "no-sentence-end" in [w.code for w in report.warnings]
    assert report.score("flesch_kincaid_grade").value is not None


def test_cli_no_segment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    for flag, words in ((), 31), (("--no-segment",), 34):
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr("sys.stdout", out)
        monkeypatch.setattr("sys.stderr", err)
        assert main([str(path), "--format", "json", *flag]) == 0, err.getvalue()
        report = json.loads(out.getvalue())
        assert report["counts"]["words"] == words
        assert ("segmentation-off" in [w["code"] for w in report["warnings"]]) == bool(flag)
