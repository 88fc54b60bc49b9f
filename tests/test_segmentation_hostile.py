"""Lines built to make segmentation's cue patterns backtrack stay linear in time.

Each case is a line shaped like a gallery counter, a photo credit or an e-mail address
with a long run of spaces, tabs or "@" inside it (issue 14: before the fix, the first
took 23 s for 3 KB, the third 18 s). Segmentation of each must take no more than
``FACTOR`` times as long as prose of the same length, and give the answer the cue gives
on the short form of the same line.
"""

from __future__ import annotations

import time

import pytest

import newsread
from newsread._segment.captions import CREDIT_HEAD_RE
from newsread._segment.debris import GALLERY_RE
from newsread._segment.lines import has_address

FACTOR = 5.0
FLOOR = 0.05  # seconds: below this, timings are noise


def _prose(n: int) -> str:
    sentence = "The council voted on Tuesday to reopen the harbor road next week. "
    return (sentence * (n // len(sentence) + 1))[:n]


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        newsread.segment(text)
        best = min(best, time.process_time() - start)
    return best


HOSTILE = {
    "gallery counter, 3,000 spaces": "Image 1 of" + " " * 3_000 + "word",
    "gallery counter, 20,000 spaces": "Image 1 of" + " " * 20_000 + "word",
    "gallery counter, 2,000 tabs, agency": "Photo 3 /" + "\t" * 2_000 + "Reuters",
    "credit head, 20,000 spaces": "Photo" + " " * 20_000 + "x",
    "credit head with credit, 20,000 spaces": "Photo credit" + " " * 20_000 + "x",
    "address, 100,000 @": "Hello world " + "@" * 100_000,
    "address, @ and dots": "Write to " + "a@." * 30_000,
    "slashes and colons": "Photo:" + "/:" * 30_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_line_is_linear(name: str) -> None:
    text = HOSTILE[name]
    newsread.segment("Warm up the cue tables.")
    hostile, prose = _cpu(text), _cpu(_prose(len(text)))
    assert hostile <= max(FLOOR, FACTOR * prose), f"{name}: {hostile:.3f}s vs prose {prose:.3f}s"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Image 1 of 5", True),
        ("Photo 3 / 12", True),
        ("Image 1 of / 4", True),
        ("Slides 2 of", True),
        ("Image 1 of" + " " * 50 + "word", False),
        ("Photo 3 /" + "\t" * 50 + "Reuters", False),
    ],
)
def test_gallery_counter(line: str, expected: bool) -> None:
    assert bool(GALLERY_RE.match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Photo: Tim Clayton", True),
        ("(Image credit: NASA)", True),
        ("Photograph by Jane Doe", True),
        ("Photo - Jane Doe", True),
        ("Photo-Jane Doe", False),
        ("Photos courtesy of the family", True),
        ("Image © Jane Doe", True),
        ("Photo credit  via Getty", True),
        ("Photographers gathered outside", False),
        ("Photo" + " " * 50 + "x", False),
    ],
)
def test_credit_head(line: str, expected: bool) -> None:
    assert bool(CREDIT_HEAD_RE.match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reach her at cgasper@globe.com", True),
        ("Write to a@b..c", True),
        ("See https://example.org", True),
        ("Visit www.example.org", True),
        ("@@@ x", False),
        ("user@ex", False),
        ("@handle.com", False),
        ("a@.b", False),
        ("Hello world " + "@" * 500, False),
    ],
)
def test_has_address(line: str, expected: bool) -> None:
    assert has_address(line) is expected
