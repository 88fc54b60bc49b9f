"""--max-grade and --max-paragraph-grade: a CI gate with its own exit code (issue 11, item 8)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from newsread.cli import EXIT_TOO_HARD, main

ARTICLE = Path(__file__).parent / "articles" / "harbor-wall.txt"
EASY = "Rain due\n\nIt will rain today. Take a coat. The sun comes back on Friday.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--format", "jsonl", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_copy_over_the_consensus_limit_fails_and_lists_the_hardest_sentences() -> None:
    code, out, err = run(str(ARTICLE), "--max-grade", "9")
    assert code == EXIT_TOO_HARD == 10
    assert out.count("\n") == 1  # the report is still written
    lines = err.splitlines()
    assert re.fullmatch(
        r"newsread: .*harbor-wall\.txt: consensus grade 10\.8 is above --max-grade 9", lines[0]
    )
    hard = [x for x in lines[1:] if "sentence, grade" in x]
    assert len(hard) == 4  # every hard sentence (there are 4; --top is 5)
    text = ARTICLE.read_text(encoding="utf-8").splitlines()
    for x in hard:
        line = int(re.search(r"harbor-wall\.txt:(\d+):", x).group(1))  # type: ignore[union-attr]
        quoted = re.search(r'"(.{20})', x).group(1)  # type: ignore[union-attr]
        assert quoted in text[line - 1], (line, quoted)  # the line number points at it


def test_copy_within_the_limits_passes() -> None:
    code, _, err = run(str(ARTICLE), "--max-grade", "12", "--max-paragraph-grade", "20")
    assert code == 0 and err == ""


def test_a_formula_limit() -> None:
    code, _, err = run(str(ARTICLE), "--max-grade", "flesch_kincaid_grade=12")
    assert (
        code == 10
        and "flesch_kincaid_grade grade 12.9 is above --max-grade flesch_kincaid_grade=12" in err
    )
    assert run(str(ARTICLE), "--max-grade", "flesch_kincaid_grade=13")[0] == 0


def test_paragraphs_over_the_limit_are_listed_with_their_lines() -> None:
    code, _, err = run(str(ARTICLE), "--max-paragraph-grade", "13.5")
    assert code == 10
    lines = [x for x in err.splitlines() if "paragraph grade" in x]
    assert [re.search(r"\.txt:(\d+):", x).group(1) for x in lines] == ["19", "21"]  # type: ignore[union-attr]
    assert "paragraph grade 13.9 is above --max-paragraph-grade 13.5" in lines[0]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_batch_fails_when_one_article_is_too_hard(tmp_path: Path, workers: str) -> None:
    (tmp_path / "easy.txt").write_text(EASY, encoding="utf-8")
    (tmp_path / "hard.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run(str(tmp_path), "--max-grade", "9", "--workers", workers)
    assert code == 10 and out.count("\n") == 2
    assert "hard.txt: consensus grade" in err and "easy.txt" not in err


def test_input_errors_come_before_the_gate(tmp_path: Path) -> None:
    (tmp_path / "hard.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, _, _ = run(str(tmp_path), "--max-grade", "9")
    assert code == 1  # some inputs failed: that is said first


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--max-grade", "fog=9"], "no graded formula called 'fog'"),
        (["--max-grade", "flesch_reading_ease=50"], "no graded formula"),  # a score, no grade
        (["--max-grade", "nine"], "takes a grade from 0 to 20"),
        (["--max-grade", "nan"], "takes a grade from 0 to 20"),
        (["--max-paragraph-grade", "21"], "takes a grade from 0 to 20"),
    ],
)
def test_bad_limits_are_usage_errors(argv: list[str], message: str) -> None:
    code, _, err = run(str(ARTICLE), *argv)
    assert code == 2 and message in err and err.count("\n") == 1


def test_an_undefined_grade_is_said_not_passed_silently(tmp_path: Path) -> None:
    (tmp_path / "menu.txt").write_text("Home\nNews\nSport\n", encoding="utf-8")
    code, _, err = run(str(tmp_path / "menu.txt"), "--max-grade", "9")
    assert code == 0 and "consensus grade is undefined (no body text), not checked" in err
