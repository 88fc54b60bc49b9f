"""The numbers convention: figures as spoken syllables (default) or as one syllable each."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

import newsread
from newsread import cli
from newsread._syllables import count_syllables
from newsread.errors import UsageError

# Figures with what each counts as spoken and under the "one" convention.
FIGURES = [
    ("2022", 5, 1),  # twenty twenty-two
    ("1,500,000", 8, 1),  # one million five hundred thousand
    ("$2.5bn", 7, 1),  # two point five billion dollars
    ("45%", 5, 1),  # forty-five percent
    ("21st", 3, 1),  # twenty-first
    ("1990s", 4, 1),  # nineteen nineties
    ("10km", 5, 1),  # ten kilometers
    ("9/11", 4, 1),  # a combination of figures and a symbol is one figure
    ("10:30", 3, 1),
    ("2019-2022", 9, 1),
    ("COVID-19", 4, 3),  # the letters as pronounced, the figure as one
    ("G7", 3, 2),
]


@pytest.mark.parametrize(("word", "spoken", "one"), FIGURES)
def test_figures_count_by_the_convention(word: str, spoken: int, one: int) -> None:
    assert count_syllables(word) == spoken
    assert count_syllables(word, numbers="one") == one
    assert newsread.count_syllables(word, numbers="one") == one


@pytest.mark.parametrize("word", ["readability", "two-year-long", "NHS", "U.S.", "Zelenskyy's"])
def test_words_without_figures_are_counted_alike(word: str) -> None:
    assert count_syllables(word, numbers="one") == count_syllables(word)


def test_an_unknown_convention_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="numbers must be 'spoken' or 'one'"):
        newsread.Options(numbers="digits")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        newsread.count_syllables("2022", numbers="digits")


MARKET = (
    "Shares rose 2.5% to $41.20 on Tuesday, the highest since 2019. "
    "The index gained 312 points to 33,870 in heavy trading. "
    "Oil fell 1.8% to $78.40 a barrel after a report showed stocks up 4.1 million barrels."
)


def test_the_convention_moves_syllables_and_grades_not_words_or_sentences() -> None:
    spoken = newsread.analyze(MARKET)
    one = newsread.analyze(MARKET, numbers="one")
    assert spoken.numbers == "spoken"
    assert one.numbers == "one"
    assert one.counts.words == spoken.counts.words
    assert one.counts.sentences == spoken.counts.sentences
    assert one.counts.syllables < spoken.counts.syllables
    fk_spoken = spoken.score("flesch_kincaid_grade").value
    fk_one = one.score("flesch_kincaid_grade").value
    assert fk_spoken is not None and fk_one is not None
    # FK moves by 11.8 * (syllable difference) / words, exactly.
    diff = spoken.counts.syllables - one.counts.syllables
    assert fk_spoken - fk_one == pytest.approx(11.8 * diff / spoken.counts.words)
    assert one.to_row()["numbers"] == "one"


def test_text_without_figures_gives_the_same_report_apart_from_the_setting() -> None:
    text = "The river rose over the old bridge. Crews closed the road before dawn."
    spoken = newsread.analyze(text).model_dump()
    one = newsread.analyze(text, numbers="one").model_dump()
    assert one.pop("numbers") == "one"
    assert spoken.pop("numbers") == "spoken"
    assert one == spoken


def test_cli_numbers_option(tmp_path: Path) -> None:
    path = tmp_path / "market.txt"
    path.write_text(MARKET, encoding="utf-8")
    out, err = StringIO(), StringIO()
    code = cli.main(["--numbers", "one", "--format", "json", str(path)], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert json.loads(out.getvalue())["numbers"] == "one"


def test_cli_rejects_an_unknown_convention(tmp_path: Path) -> None:
    path = tmp_path / "market.txt"
    path.write_text(MARKET, encoding="utf-8")
    code = cli.main(["--numbers", "digits", str(path)], stdout=StringIO(), stderr=StringIO())
    assert code == cli.EXIT_USAGE
