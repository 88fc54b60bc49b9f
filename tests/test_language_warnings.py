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
