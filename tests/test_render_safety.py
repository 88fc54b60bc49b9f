"""Text from the input is shown as text in every view people read: never markup, never
control codes (issue 14, items 2 and 3)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import newsread
from newsread._printable import printable, printable_lines
from newsread._render import make_console, render_blocks, render_report
from newsread.cli import main

#: Markup-like pieces rich would interpret if they reached it as markup.
MARKUP = (
    "[bold]loud[/bold]",
    "[link=http://evil.example]click[/link]",
    "[/]",
    "[sic]",
    ":thumbs_up:",
)
#: Escape sequences a terminal would obey: clear screen, retitle, hyperlink, 8-bit CSI.
ESCAPES = ("\x1b[2J", "\x1b]0;pwned\x07", "\x1b]8;;http://evil.example\x1b\\", "\x9b31m")
BIDI = "\u202e"

HOSTILE = (
    f"Title with {MARKUP[0]} and {MARKUP[2]} and {ESCAPES[1]} inside\n\n"
    f"The council {MARKUP[3]} voted on Monday to close the harbor road {ESCAPES[0]} after "
    f"the storm damaged the old bridge near the market, officials said on Tuesday. "
    f"{MARKUP[1]} Repairs {ESCAPES[3]} will cost {MARKUP[4]} about two million dollars and "
    f"take at least {BIDI}four months{ESCAPES[2]}, said the mayor.\n\n"
    f"Photo: Lee Chen {MARKUP[2]} {ESCAPES[0]}\n"
)

#: What must never reach the output: the escape introducers and the override.
FORBIDDEN_RE = re.compile("[\x1b\x9b\x07\u202e]")


def rich_report(text: str, width: int = 100, **kwargs: bool) -> str:
    out = io.StringIO()
    render_report(make_console(out, width), newsread.analyze(text, source="x.txt"), **kwargs)
    return out.getvalue()


def test_markup_in_the_text_is_shown_literally_in_the_report() -> None:
    shown = " ".join(rich_report(HOSTILE, width=200, show_text=True).split())
    for piece in MARKUP:
        assert piece in shown, piece


def test_markup_in_the_text_is_shown_literally_in_the_blocks_view() -> None:
    out = io.StringIO()
    render_blocks(make_console(out, 200), newsread.segment(HOSTILE), "[bold]name[/bold].txt")
    shown = out.getvalue()
    for piece in ("[sic]", "[/]", "[bold]name[/bold].txt"):
        assert piece in shown, piece


def test_a_stray_closing_tag_in_a_title_does_not_break_a_corpus_batch(tmp_path: Path) -> None:
    body = "\n\nThe council voted on Monday to close the old harbor road for the winter.\n"
    (tmp_path / "a.txt").write_text("Council closes [/] harbor road" + body)
    (tmp_path / "b.txt").write_text("Council [bold] closes the road" + body)
    out, err = io.StringIO(), io.StringIO()
    assert main([str(tmp_path), "--width", "120"], stdout=out, stderr=err) == 0, err.getvalue()
    assert "Council closes [/] harbor road" in out.getvalue()
    assert "Council [bold] closes the road" in out.getvalue()


@pytest.mark.parametrize("show_text", [False, True])
def test_no_escape_sequence_from_the_text_reaches_the_terminal(show_text: bool) -> None:
    shown = rich_report(HOSTILE, show_text=show_text)
    assert not FORBIDDEN_RE.search(shown)
    assert "␛[2J" in shown  # visible, harmless


def test_escape_sequences_stay_out_with_colour_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # as in a real terminal
    out = io.StringIO()
    console = make_console(out, 100)
    render_report(console, newsread.analyze(HOSTILE), show_text=True)
    shown = out.getvalue()
    assert "\x1b[" in shown  # rich's own colours are there...
    for seq in ESCAPES:
        assert seq not in shown  # ...but none of the text's sequences
    assert "\x1b]" not in shown and "\x9b" not in shown and BIDI not in shown


def test_no_escape_sequence_reaches_the_blocks_view_or_the_corpus_table(tmp_path: Path) -> None:
    out = io.StringIO()
    render_blocks(make_console(out, 120), newsread.segment(HOSTILE), "x\x1b[2J.txt")
    assert not FORBIDDEN_RE.search(out.getvalue())
    for i in range(2):
        (tmp_path / f"{i}\x1b]0;t\x07.txt").write_text(HOSTILE, encoding="utf-8")
    out = io.StringIO()
    assert main([str(tmp_path), "--width", "120"], stdout=out, stderr=io.StringIO()) == 0
    assert not FORBIDDEN_RE.search(out.getvalue())
    out = io.StringIO()
    assert main([str(tmp_path), "--show-blocks"], stdout=out, stderr=io.StringIO()) == 0
    assert not FORBIDDEN_RE.search(out.getvalue())


def test_a_one_line_error_shows_a_hostile_file_name_harmlessly(tmp_path: Path) -> None:
    name = str(tmp_path / "evil\x1b]0;pwned\x07\nsecond line\u202e.txt")
    err = io.StringIO()
    assert main([name], stdout=io.StringIO(), stderr=err) == 3
    message = err.getvalue()
    assert message.count("\n") == 1 and message.endswith("\n")
    assert not FORBIDDEN_RE.search(message)
    assert "evil␛]0;pwned␇ second line" in message


def test_printable_keeps_every_offset() -> None:
    text = "".join(chr(c) for c in range(0x00, 0xA0)) + BIDI + "\u2028\u2029\r\n"
    for clean in (printable(text), printable_lines(text)):
        assert len(clean) == len(text)
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", clean)
    assert "\n" not in printable(text)
    assert printable_lines("a\r\nb").splitlines() == ["a ", "b"]
