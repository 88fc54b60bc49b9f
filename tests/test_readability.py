"""Each readability formula as published, with its edge cases, validity and grade clamping."""

from __future__ import annotations

import math

import pytest

from newsread._analysis import measure
from newsread._data import word_set
from newsread._difficulty import classify_sentence
from newsread._formulas import CONSENSUS, FORMULAS, consensus_grade, scores
from newsread._models import Counts
from newsread._readability import (
    GRADE_MAX,
    automated_readability_index,
    coleman_liau,
    dale_chall,
    dale_chall_grade,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    linsear_write,
    lix,
    rix,
    rix_grade,
    smog,
    spache,
)
from newsread._vocabulary import base_on_list, is_complex


def test_published_coefficients() -> None:
    # 100 words, 5 sentences, 150 syllables, 10 complex, 450 letters
    assert flesch_reading_ease(100, 5, 150) == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert flesch_kincaid_grade(100, 5, 150) == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert gunning_fog(100, 5, 10) == pytest.approx(0.4 * (20 + 10))
    assert smog(30, 9) == pytest.approx(1.0430 * 3 + 3.1291)
    assert coleman_liau(100, 5, 450) == pytest.approx(0.0588 * 450 - 0.296 * 5 - 15.8)
    assert automated_readability_index(100, 5, 450) == pytest.approx(4.71 * 4.5 + 0.5 * 20 - 21.43)
    assert spache(100, 5, 10) == pytest.approx(0.121 * 20 + 0.082 * 10 + 0.659)
    assert lix(100, 5, 30) == pytest.approx(20 + 30)
    assert rix(5, 30) == pytest.approx(6)


def test_dale_chall_always_adds_the_regression_constant() -> None:
    """3.6365 is the 1948 regression's intercept: added below, at and above 5% alike."""
    assert dale_chall(200, 10, 9) == pytest.approx(0.1579 * 4.5 + 0.0496 * 20 + 3.6365)
    assert dale_chall(200, 10, 10) == pytest.approx(0.1579 * 5 + 0.0496 * 20 + 3.6365)
    assert dale_chall(200, 10, 11) == pytest.approx(0.1579 * 5.5 + 0.0496 * 20 + 3.6365)
    assert dale_chall(100, 100, 0) == pytest.approx(0.0496 + 3.6365)


def test_dale_chall_has_no_jump_at_five_percent() -> None:
    """A regression is continuous: one more difficult word moves the score by 0.1579 * 100/W."""
    below, above = dale_chall(1000, 50, 50), dale_chall(1000, 50, 51)
    assert below is not None and above is not None
    assert above - below == pytest.approx(0.1579 * 0.1)


@pytest.mark.parametrize(
    ("score", "grade"),
    [(4.9, 4.0), (5.0, 5.5), (6.99, 7.5), (7.0, 9.5), (8.5, 11.5), (9.9, 14.0), (12, 16.0)],
)
def test_dale_chall_bands(score: float, grade: float) -> None:
    assert dale_chall_grade(score)[0] == grade


def test_linsear_write_branches() -> None:
    assert linsear_write(80, 20, 4) == pytest.approx((80 + 60) / 4 / 2)  # r = 35 > 20
    assert linsear_write(90, 10, 6) == pytest.approx(((90 + 30) / 6 - 2) / 2)  # r = 20: not > 20
    assert linsear_write(0, 0, 0) is None


def test_rix_table() -> None:
    assert [rix_grade(x) for x in (0.0, 0.2, 1.3, 3.0, 7.2, 10)] == [1, 2, 5, 8, 13, 13]


def test_undefined_never_zero() -> None:
    for s in scores(Counts()):
        assert s.value is None and s.grade is None and s.warning and not s.reliable


def test_grades_are_clamped_and_flagged() -> None:
    # one 300-word sentence: FK far above the scale
    c = Counts(words=300, sentences=1, syllables=450, letters=1350, paragraphs=1)
    fk = {s.name: s for s in scores(c)}["flesch_kincaid_grade"]
    assert fk.value == pytest.approx(0.39 * 300 + 11.8 * 1.5 - 15.59)
    assert fk.grade == GRADE_MAX and fk.grade_clamped and fk.warning and "outside" in fk.warning


def test_validity_warnings() -> None:
    c = Counts(words=150, sentences=10, syllables=220, polysyllables=12, letters=700)
    by = {s.name: s for s in scores(c)}
    assert by["flesch_kincaid_grade"].reliable and by["flesch_kincaid_grade"].warning is None
    assert not by["smog"].reliable and "30" in (by["smog"].warning or "")
    short = {s.name: s for s in scores(Counts(words=40, sentences=3, syllables=60))}
    assert all(not s.reliable for s in short.values())


def test_every_formula_documents_itself() -> None:
    for f in FORMULAS:
        assert f.title and f.formula and f.citation and f.validity, f.name
    s = scores(Counts(words=120, sentences=6, syllables=170))
    assert [x.name for x in s] == [f.name for f in FORMULAS]


def test_consensus_is_the_median_of_the_grade_formulas() -> None:
    s = scores(
        Counts(
            words=120,
            sentences=6,
            syllables=170,
            letters=560,
            polysyllables=10,
            complex_words=8,
            difficult_words=12,
            linsear_easy_words=90,
            linsear_hard_words=10,
            linsear_sentences=5,
            spache_difficult_words=40,
        )
    )
    grades = sorted(x.grade for x in s if x.name in CONSENSUS and x.grade is not None)
    assert len(grades) == 7
    assert consensus_grade(s) == grades[3]
    assert "spache" not in CONSENSUS and "rix" not in CONSENSUS


def test_familiar_word_rules() -> None:
    dc = word_set("dale-chall.txt")
    assert base_on_list("walked", dc) == "walk"  # -ed
    assert base_on_list("hopping", dc) == "hop"  # doubled consonant + -ing
    assert base_on_list("child's", dc) == "child"  # possessive
    assert base_on_list("ice-cold", dc) == "ice-cold"  # every part familiar
    assert base_on_list("legislation", dc) is None


def test_familiar_in_context() -> None:
    """Numbers and names inside a sentence are familiar; a capitalised first word is judged."""
    text = "Legislation passed. The vote in Geneva was 52 to 48."
    m = measure(text, [(0, len(text))])
    # difficult: Legislation (first word, not on the list) only
    assert m.counts.difficult_words == 1


def test_gunning_complex_words() -> None:
    assert is_complex("legislation", 4)
    assert not is_complex("created", 3)  # -ed makes the third syllable
    assert is_complex("bookkeeper-manager", 5, (2, 3))  # a part of 3+ syllables
    assert not is_complex("two-year-long", 3, (1, 1, 1))
    text = "Officials and European legislators voted. Legislators agreed."
    m = measure(text, [(0, len(text))])
    # Officials (first word) and legislators count; European is a capitalised name inside
    assert m.counts.complex_words == 3


def test_linsear_sample_is_the_first_hundred_words() -> None:
    sentence = "The committee met again today and nothing happened at all."  # 10 words
    text = " ".join([sentence] * 15)  # 150 words
    c = measure(text, [(0, len(text))]).counts
    assert c.linsear_words == 100 and c.linsear_sentences == 10
    assert c.linsear_easy_words + c.linsear_hard_words == 100


@pytest.mark.parametrize(
    ("words", "grade", "expected"),
    [
        (14, 25.0, "easy"),  # too short for its grade to count
        (15, 15.9, "easy"),
        (15, 16.0, "hard"),
        (15, 20.0, "very hard"),
        (28, 3.0, "easy"),
        (29, 3.0, "hard"),
        (40, 19.9, "hard"),
        (41, 3.0, "very hard"),
    ],
)
def test_sentence_classes(words: int, grade: float, expected: str) -> None:
    assert classify_sentence(words, grade) == expected


def test_sentence_grades_and_paragraph_grades() -> None:
    text = "Comprehensive infrastructure legislation requires considerable deliberation by many committees today."
    m = measure(text, [(0, len(text))])
    (s,) = m.sentences
    assert s.difficulty == "easy" and s.grade == GRADE_MAX  # 11 words: too short to judge
    assert m.paragraphs[0].grade == GRADE_MAX
    assert math.isclose(
        flesch_kincaid_grade(s.words, 1, s.syllables) or 0,
        0.39 * s.words + 11.8 * s.syllables / s.words - 15.59,
    )


def test_every_formula_is_in_the_methodology() -> None:
    """docs/methodology.md lists every formula by its report name, with its coefficients."""
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "methodology.md").read_text(encoding="utf-8")
    section = doc.split("## Readability formulas", 1)[1].split("\n## ", 1)[0]
    for f in FORMULAS:
        assert f"`{f.name}`" in section, f.name
    for coefficient in (
        "206.835",
        "84.6",
        "0.39",
        "11.8",
        "15.59",
        "1.0430",
        "3.1291",
        "0.0588",
        "0.296",
        "4.71",
        "21.43",
        "0.1579",
        "0.0496",
        "3.6365",
        "0.121",
        "0.082",
        "0.659",
    ):
        assert coefficient in section, coefficient
    for heading in (
        "## Where newsread differs from textstat and why",
        "## Sentence and paragraph difficulty",
        "## Style signals",
        "## Reading and speaking time",
    ):
        assert heading in doc
