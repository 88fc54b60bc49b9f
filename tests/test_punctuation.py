"""One definition of sentence punctuation (newsread/_punctuation.py), read by every stage."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_imports import PACKAGE

import newsread
from newsread._punctuation import (
    CLOSERS,
    LINE_END_CLOSERS,
    OPENERS,
    SENTENCE_MARKS,
    ends_like_sentence,
)

#: Names that only newsread/_punctuation.py may define: a second definition anywhere is the
#: drift STYLE.md's review found ("ends like a sentence" four times, two ``CLOSERS``).
ONE_PLACE = {
    "CITATION_RE",
    "strip_citations",
    "CLOSERS",
    "LINE_END_CLOSERS",
    "OPENERS",
    "SENTENCE_MARKS",
    "SENTENCE_MARK_RE",
    "TERMINAL_RE",
    "TERMINATOR_RE",
    "ends_sentence",
    "ends_like_sentence",
}


def defined_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_sentence_punctuation_is_defined_in_one_place() -> None:
    twice = {
        str(path.relative_to(PACKAGE)): sorted(found)
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "_punctuation.py"
        and (found := defined_names(ast.parse(path.read_text(encoding="utf-8"))) & ONE_PLACE)
    }
    assert not twice, f"defined again outside _punctuation.py: {twice}"


def test_line_end_closers_are_the_closers_and_the_asterisk() -> None:
    assert set(LINE_END_CLOSERS) - set(CLOSERS) == {"*"}
    assert not set(CLOSERS) & set(OPENERS) - {'"', "'"}  # straight quotes open and close


@pytest.mark.parametrize("mark", SENTENCE_MARKS)
@pytest.mark.parametrize("closer", ["", *LINE_END_CLOSERS])
def test_every_mark_and_closer_ends_a_line(mark: str, closer: str) -> None:
    assert ends_like_sentence(f"The council met on Monday{mark}{closer} ")


@pytest.mark.parametrize("mark", SENTENCE_MARKS)
@pytest.mark.parametrize("closer", ["", *CLOSERS])
def test_the_splitter_ends_a_sentence_on_the_same_marks(mark: str, closer: str) -> None:
    text = f"The council met on Monday{mark}{closer} Then it voted."
    assert len(newsread.split_sentences(text)) == 2


def test_an_asterisk_closes_a_line_but_not_a_sentence_in_running_text() -> None:
    assert ends_like_sentence("*The council met on Monday.*")
    assert newsread.split_sentences("*The council met on Monday.* Then it voted.") == [
        "*The council met on Monday.* Then it voted."
    ]


@pytest.mark.parametrize("line", ["Load more", "(AP)", "Photo: Jane Doe/Reuters", "…", "", "  "])
def test_lines_that_do_not_end_like_sentences(line: str) -> None:
    assert ends_like_sentence(line) == (line == "…")


# "]" aside: it could close a citation marker opened in ``text`` ("x. [a" + "]").
@given(st.text(), st.text(alphabet=LINE_END_CLOSERS.replace("]", "") + " ", max_size=5))
def test_closers_and_spaces_after_the_last_mark_change_nothing(text: str, tail: str) -> None:
    assert ends_like_sentence(text + tail) == ends_like_sentence(text)
