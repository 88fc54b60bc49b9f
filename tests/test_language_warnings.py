"""Text that is not English prose is still measured, and the report says so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsread

GERMAN = """Stadtrat sperrt Brücke

Der Stadtrat hat am Montag beschlossen, die alte Brücke zu sperren. Die Bürger sind nicht glücklich darüber, denn der Umweg ist lang und führt durch enge Straßen.

Der Bürgermeister sagte, die Reparatur werde mindestens zwei Jahre dauern und koste viel Geld. Die Opposition fordert nun eine neue Brücke aus Stahl, die schneller gebaut werden könne.
"""

ENGLISH = """Council closes bridge

The city council voted on Monday to close the old bridge for repairs. People who live nearby are not happy, because the detour is long and runs through narrow streets.

The mayor said the repairs would take at least two years and cost a great deal of money. The opposition now wants a new steel bridge that could be built faster.
"""


def codes(text: str) -> list[str]:
    return [w.code for w in newsread.analyze(text).warnings]


def test_other_language_is_flagged_but_measured() -> None:
    report = newsread.analyze(GERMAN)
    assert "not-english" in [w.code for w in report.warnings]
    assert report.counts.words > 40


def test_all_capitals_is_flagged() -> None:
    assert "all-capitals" in codes(ENGLISH.upper())


def test_english_prose_is_not_flagged() -> None:
    assert not {"not-english", "all-capitals"} & set(codes(ENGLISH))


def test_lower_casing_maps_no_character_to_or_from_whitespace() -> None:
    """text_warnings counts the words of ``text.lower().split()`` as those of ``text.split()``:
    true because no code point's lower case holds whitespace unless it is whitespace itself."""
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if c.isspace():
            assert low == c, hex(code)
        else:
            assert not any(x.isspace() for x in low), hex(code)


@given(st.text(max_size=200))
def test_lowered_words_are_as_many(text: str) -> None:
    assert len(text.lower().split()) == len(text.split())


def _warned(text: str) -> dict[str, str]:
    from newsread._language import text_warnings

    return dict(text_warnings(text))


def test_function_words_are_counted_beyond_the_first_quarter() -> None:
    """The function words are counted in the text's first quarter first: a text whose first
    quarter holds none is still judged on all its words, and a warning gives the whole count."""
    late = "zorb " * 75 + "the of and to it " * 5  # 100 words, 25 function words, all late
    assert "not-english" not in _warned(late)
    few = "zorb " * 95 + "the " * 5  # 5%, below the 6% floor
    assert _warned(few)["not-english"].startswith("only 5% of words")


def test_non_latin_letters_are_counted_when_they_could_be_most() -> None:
    latin = "The council met on Monday and voted to close the road. " * 6
    assert "not-english" not in _warned(latin + "Жж " * 40)  # 80 of 300-odd letters
    russian = "Городской совет в понедельник решил закрыть старый мост. " * 6
    assert "Cyrillic" in _warned(latin[:120] + russian)["not-english"]


def test_cell_gaps_are_found_however_they_are_written() -> None:
    rows = ["Name\tTeam\tGoals", "Smith | Leeds | 12", "Jones   Hull   9", "Brown\t|\tYork\t7"]
    table = "\n".join(rows * 5) + "\n" + "word " * 40
    assert "table-like" in _warned(table)
