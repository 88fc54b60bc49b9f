"""Inputs that once broke newsread, kept so that they never do again.

Each case is raw bytes, as a file would hold them, with what went wrong. New cases come
from the fuzzer (benchmarks/fuzz.py: add the bytes of ``crash-<sha1>``), from the property
tests (hypothesis prints the failing example), or from bug reports. Every case is decoded
the way the command line decodes a file, then checked for every promise in
docs/robustness.md.
"""

from __future__ import annotations

import pytest
from test_properties_unicode import _check_blocks, _check_report

import newsread
from newsread._errors import EmptyInputError, NotTextError
from newsread._io import decode

#: (id, bytes, what went wrong, how decoding must end: "text", "not-text" or "empty").
REGRESSIONS: list[tuple[str, bytes, str, str]] = [
    (
        "utf8-bom-then-nul",
        b"\xef\xbb\xbfabc\x00def",
        "a UTF-8 byte-order mark skipped the binary check, so NUL bytes reached the analysis",
        "not-text",
    ),
    (
        "utf16-odd-tail",
        b"\xff\xfe" + "Hello".encode("utf-16-le") + b"x",
        "one stray byte after UTF-16 text (a file cut short) made it look binary",
        "text",
    ),
    (
        "utf32-bom",
        b"\xff\xfe\x00\x00" + "Hello there.".encode("utf-32-le"),
        "the UTF-32 LE mark begins with the UTF-16 LE mark, so UTF-32 was read as UTF-16",
        "text",
    ),
    (
        "weak-magic-text",
        b"MZ Wallace bags are on sale this week.",
        "text starting with 'MZ' was refused as a Windows executable",
        "text",
    ),
    (
        "mixed-utf8-cp1252",
        "Caf\u00e9 \u2014 ".encode() + "\u201cquoted\u201d".encode("cp1252"),
        "one stray Windows-1252 byte made the whole UTF-8 file decode as Windows-1252 (mojibake)",
        "text",
    ),
    (
        "mojibake-with-undefined-byte",
        "\u00e2\u20ac\u0153Hi\u00e2\u20ac\x9d".encode(),
        "mojibake of a closing quote holds U+009D, which strict Windows-1252 cannot encode",
        "text",
    ),
    (
        "nbsp-only",
        "\u00a0\u3000\u2028".encode(),
        "Unicode spaces only: must be 'only whitespace', not a report on nothing",
        "empty",
    ),
]


@pytest.mark.parametrize(
    ("data", "outcome"),
    [pytest.param(data, outcome, id=name) for name, data, _, outcome in REGRESSIONS],
)
def test_regression(data: bytes, outcome: str) -> None:
    try:
        text = decode(data, "case.txt").text
    except NotTextError:
        assert outcome == "not-text"
        return
    except EmptyInputError:
        assert outcome == "empty"
        return
    assert outcome == "text"
    assert "\x00" not in text
    _check_blocks(text, newsread.segment(text))
    _check_report(text, newsread.analyze(text))


def test_mixed_encoding_is_decoded_right() -> None:
    assert decode(REGRESSIONS[4][1], "x.txt").text == "Café — “quoted”"
    assert decode(REGRESSIONS[5][1], "x.txt").text == "“Hi”"
