"""Decoding and the error hierarchy, case by case (the CLI battery covers the same ground
end to end in tests/test_cli_bad_inputs.py)."""

from __future__ import annotations

import codecs
import pickle

import pytest

from newsread import NewsreadError
from newsread._errors import (
    AnalysisError,
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    NotTextError,
    UsageError,
)
from newsread._io import decode, display_name, repair_mojibake

TEXT = "It’s a café — “fine”, she said. Naïve résumé."


def sloppy_cp1252(data: bytes) -> str:
    """Bytes read the way browsers read Windows-1252 (undefined bytes kept as themselves)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


@pytest.mark.parametrize(
    ("data", "encoding", "note"),
    [
        (TEXT.encode("utf-8"), "utf-8", None),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", None),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", None),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", None),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le", None),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be", None),
        (TEXT.encode("utf-16-le"), "utf-16-le", "no byte-order mark; decoded as UTF-16-LE"),
        (TEXT.encode("utf-16-be"), "utf-16-be", "no byte-order mark; decoded as UTF-16-BE"),
        (TEXT.encode("cp1252"), "cp1252", "not valid UTF-8; decoded as Windows-1252"),
        (
            TEXT[:10].encode("utf-8") + TEXT[10:].encode("cp1252"),
            "utf-8+cp1252",
            "mostly UTF-8, but 7 bytes were not and were read as Windows-1252",
        ),
        (sloppy_cp1252(TEXT.encode("utf-8")).encode("utf-8"), "utf-8", "repaired 8 mojibake"),
    ],
)
def test_decode_gets_the_text_back(data: bytes, encoding: str, note: str | None) -> None:
    decoded = decode(data, "x.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    if note is None:
        assert decoded.note is None
    else:
        assert decoded.note is not None and note in decoded.note


def test_odd_utf16_tail_and_undefined_cp1252_bytes_are_reported() -> None:
    decoded = decode(codecs.BOM_UTF16_LE + "Hello".encode("utf-16-le") + b"x", "x.txt")
    assert decoded.text == "Hello\ufffd"
    assert decoded.note == "1 invalid UTF-16-LE sequences became U+FFFD"
    decoded = decode(b"caf\xe9 \x81", "x.txt")
    assert decoded.text == "café \ufffd"
    assert decoded.note is not None and "1 bytes undefined in Windows-1252" in decoded.note


@pytest.mark.parametrize(
    "data",
    [b"MZ Wallace bags are on sale.", b"ID3 tags in MP3 files", b"Rar! said the dog.", b"BZh"],
)
def test_text_that_starts_like_a_weak_signature_is_text(data: bytes) -> None:
    assert decode(data, "x.txt").text == data.decode()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.4", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"GIF89a", "a GIF image"),
        (b"\x7fELF\x02\x01", "an executable (ELF)"),
        (b"SQLite format 3\x00", "an SQLite database"),
        (b"MZ\x90\x00", "a Windows executable"),
        (b"RIFF\x24\x00\x00\x00WAVE", "a RIFF media file"),
        (b"text\x00text", "a NUL byte at offset 4"),
        (b"\x01\x02\x03\x04 abc", "control characters"),
        (codecs.BOM_UTF8 + b"abc\x00", "a NUL byte at offset 3"),
        (codecs.BOM_UTF16_LE + bytes(range(256)) * 4, "although it starts like UTF-16-LE"),
    ],
)
def test_binary_is_refused_with_what_it_looks_like(data: bytes, what: str) -> None:
    with pytest.raises(NotTextError, match=r"^x\.txt: not text: ") as info:
        decode(data, "x.txt")
    assert what in str(info.value)
    assert info.value.exit_code == 4


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\n\r\n\t", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, " \u00a0\u3000".encode()],
)
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode(data, "x.txt")


def test_mojibake_repair_only_when_it_round_trips() -> None:
    assert repair_mojibake(sloppy_cp1252("“Zoë’s café”".encode())) == ("“Zoë’s café”", 5)
    mixed = sloppy_cp1252("café".encode()) + " 東京"
    assert repair_mojibake(mixed) == (mixed, 1)
    assert repair_mojibake("Ça va? À bientôt.") == ("Ça va? À bientôt.", 0)


def test_display_name_escapes_undecodable_bytes() -> None:
    assert display_name("caf\udce9.txt") == "caf\\xe9.txt"
    assert display_name("\ud800.txt") == "\\ud800.txt"
    assert display_name("ok.txt") == "ok.txt"


HIERARCHY = [
    (UsageError("bad option"), 2),
    (InputError("a.txt", "broken"), 3),
    (InputNotFoundError("a.txt", "no such file"), 3),
    (NotTextError("a.txt", "not text"), 4),
    (InputTooLargeError("a.txt", "too large"), 5),
    (EmptyInputError("a.txt", "only whitespace"), 6),
    (AnalysisError("a.txt", "internal error", "Traceback..."), 70),
]


@pytest.mark.parametrize(("error", "code"), HIERARCHY)
def test_every_error_is_a_newsread_error_with_its_code_and_pickles(
    error: NewsreadError, code: int
) -> None:
    assert isinstance(error, NewsreadError)
    assert error.exit_code == code
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    if isinstance(error, (InputError, AnalysisError)):
        assert isinstance(copy, (InputError, AnalysisError))
        assert (copy.source, copy.message, copy.detail) == (
            error.source,
            error.message,
            error.detail,
        )


def test_a_bug_is_not_bad_input() -> None:
    """Code that catches bad input must not hide a bug in newsread (issue 14, item 10)."""
    assert not issubclass(AnalysisError, InputError)
    assert issubclass(AnalysisError, NewsreadError)
    with pytest.raises(AnalysisError):
        try:
            raise AnalysisError.wrap("a.txt", ZeroDivisionError("division by zero"))
        except InputError:  # pragma: no cover - the point: this must not catch it
            pytest.fail("an AnalysisError was caught as bad input")
    err = AnalysisError.wrap("caf\udce9.txt", ValueError("boom"))
    assert err.source == "caf\\xe9.txt" and "ValueError: boom" in err.message


def test_input_error_message_is_one_line_with_the_source() -> None:
    assert str(NotTextError("scan.txt", "not text: it looks like a PDF document")) == (
        "scan.txt: not text: it looks like a PDF document"
    )
    assert str(InputError(None, "no source")) == "no source"
