"""The same text counts the same however it is encoded in Unicode (issue 14, item 7).

NFD text (letters followed by combining accents, as macOS file names and some CMS exports
have it) used to get other syllable counts and grades than the same text in NFC; soft
hyphens, zero-width spaces and word joiners split words in two. Counting now reads each
word's composed form without format characters; offsets stay offsets into the text given.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsread
from newsread._analysis import measure
from newsread._words import FORMAT_CHARACTERS, counting_form, words

ACCENTED = """Chefs crown the crème brûlée of the year

By Zoë Lefèvre

The café on the Rue de Rivoli served its crème brûlée to naïve tourists and to jurors from the
Académie, who called it the best in Île-de-France. “Ça, c’est une réussite,” said the protégé
of the maître d’hôtel, a Señor Muñoz from Piñata, whose résumé lists the Hôtel Négresco.

The soirée ended with a rosé from the Côte d’Azur. Organisers said the coöperative of bakers
would return next year, with éclairs, crêpes and a smörgåsbord for the après-ski crowd.
"""

SOFT = (
    "Council backs the new co\u00adoperative\n\n"
    "The council voted to\u200bday to back the co\u00adoperative bakery on Main Street. "
    "Every\u2060body on the com\u00admit\u00adtee agreed that the pro\u00adposal, after a long "
    "de\u00adbate, was reason\u00adable and af\u00adford\u00adable for the town.\n"
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def without_format(text: str) -> str:
    return text.translate(dict.fromkeys(map(ord, FORMAT_CHARACTERS)))


def figures(report: newsread.Report) -> tuple[object, ...]:
    """Everything counted, none of the offsets."""
    return (
        report.counts,
        [(s.name, s.value) for s in report.readability],
        report.consensus_grade,
        [(s.words, s.syllables) for s in report.sentences.longest],
    )


def test_nfc_and_nfd_give_the_same_numbers() -> None:
    assert nfd(ACCENTED) != ACCENTED
    nfc_report, nfd_report = newsread.analyze(ACCENTED), newsread.analyze(nfd(ACCENTED))
    assert figures(nfc_report) == figures(nfd_report)
    assert nfc_report.counts.syllables > 0


@pytest.mark.parametrize("text", [ACCENTED, nfd(ACCENTED), SOFT])
def test_offsets_are_still_into_the_text_given(text: str) -> None:
    report = newsread.analyze(text)
    assert report.sentences.longest
    for s in report.sentences.longest:
        assert text[s.start : s.end] == s.text
    for p in report.paragraphs.paragraphs:
        assert text[p.start : p.end] == p.text


def test_format_characters_keep_a_word_whole() -> None:
    assert words("co\u00adoperate to\u200bday every\u2060body zero\u200c\u200dwidth a\ufeffb") == [
        "co\u00adoperate",
        "to\u200bday",
        "every\u2060body",
        "zero\u200c\u200dwidth",
        "a\ufeffb",
    ]
    # Around a word they are not part of it; alone they are no word at all.
    assert words("\u200bhello\u00ad \u2060 \u00ad\u00ad") == ["hello"]


def test_format_characters_do_not_change_the_numbers() -> None:
    with_them, without = newsread.analyze(SOFT), newsread.analyze(without_format(SOFT))
    assert figures(with_them) == figures(without)
    body = without_format(SOFT).split("\n\n", 1)[1]
    assert with_them.counts.words == len(body.split()) == 31


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("co\u00adoperate", "cooperate"),
        ("re\u200bsponsibility", "responsibility"),
        (nfd("brûlée"), "brûlée"),
        (nfd("naïve"), "naïve"),
        (nfd("Crème"), "Crème"),
    ],
)
def test_syllables_of_a_word_in_any_form(word: str, plain: str) -> None:
    assert counting_form(word) == plain
    assert newsread.count_syllables(word) == newsread.count_syllables(plain)


LETTERS = "abcdeilmnorstuyàâçéèêëîïôöûüñåøæœß"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=12)
CAPITALISED = WORD.map(str.capitalize)
SENTENCE = st.lists(st.one_of(WORD, CAPITALISED), min_size=1, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)


@given(PARAGRAPH)
def test_counts_of_any_text_are_the_same_in_nfc_and_nfd(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    a = measure(text, [(0, len(text))])
    b = measure(nfd(text), [(0, len(nfd(text)))])
    assert a.counts == b.counts
    assert [(s.words, s.syllables) for s in a.sentences] == [
        (s.words, s.syllables) for s in b.sentences
    ]


@given(PARAGRAPH, st.data())
def test_counts_ignore_format_characters_inside_words(text: str, data: st.DataObject) -> None:
    chars = list(text)
    inside = [i for i in range(1, len(chars)) if chars[i - 1].isalpha() and chars[i].isalpha()]
    for i in sorted(data.draw(st.sets(st.sampled_from(inside))) if inside else (), reverse=True):
        chars.insert(i, data.draw(st.sampled_from(FORMAT_CHARACTERS)))
    soft = "".join(chars)
    assert measure(soft, [(0, len(soft))]).counts == measure(text, [(0, len(text))]).counts
