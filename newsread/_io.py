"""Reading inputs: files, directories and standard input, decoded with care.

Decoding order: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
then Windows-1252 as a reported fallback. Binary input is refused, never guessed at.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ._errors import EmptyInputError, InputError, InputNotFoundError, InputTooLargeError, NotTextError

#: File signatures of common non-text formats, and the name to report.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)


@dataclass(frozen=True)
class Decoded:
    """Text read from an input, with how it was decoded."""

    source: str
    text: str
    encoding: str
    #: Set when the text needed a fallback or looks damaged; goes into the report's warnings.
    note: str | None = None


def _looks_binary(data: bytes) -> str | None:
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if b"\x00" in sample:
        return "binary data (it contains NUL bytes)"
    if sample:
        controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
        if controls / len(sample) > 0.05:
            return "binary data (many control characters)"
    return None


def decode(data: bytes, source: str) -> Decoded:
    """Decode the bytes of an input, or raise a :class:`NotTextError` / :class:`EmptyInputError`.

    >>> decode("café".encode("utf-8"), "x.txt").text
    'café'
    >>> decode(b"caf\\xe9", "x.txt").encoding
    'cp1252'
    """
    if data.startswith(codecs.BOM_UTF8):
        text, encoding, note = data[3:].decode("utf-8", "replace"), "utf-8-sig", None
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding, note = data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            raise NotTextError(source, f"not valid UTF-16 despite its byte-order mark ({exc.reason})") from None
    else:
        what = _looks_binary(data)
        if what:
            raise NotTextError(source, f"not text: it looks like {what}")
        try:
            text, encoding, note = data.decode("utf-8"), "utf-8", None
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
            encoding = "cp1252"
            note = "not valid UTF-8; decoded as Windows-1252"
    if not text.strip():
        raise EmptyInputError(source, "empty: no text to analyse" if not text else "only whitespace")
    return Decoded(source=source, text=text, encoding=encoding, note=note)


def read_input(path: str, max_bytes: int) -> Decoded:
    """Read and decode one input (``-`` is standard input)."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            size = os.stat(path).st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    path, f"too large: {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)"
                )
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputNotFoundError(path, "no such file") from None
        except IsADirectoryError:
            raise InputNotFoundError(path, "is a directory") from None
        except PermissionError:
            raise InputNotFoundError(path, "permission denied") from None
        except OSError as exc:
            raise InputNotFoundError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputTooLargeError(path, f"too large: over the limit of {max_bytes:,} bytes (see --max-bytes)")
    return decode(data, path)


def expand_inputs(paths: list[str], include: str = "*.txt") -> Iterator[str | InputError]:
    """Files named on the command line, directories walked for ``include`` in sorted order.

    A missing path is yielded as is, so that reading it reports the error in its place;
    a directory with no matching file is yielded as an :class:`InputError`.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).rglob(include) if p.is_file())
            if not found:
                yield InputError(path, f"a directory with no files matching {include!r}")
            yield from found
        else:
            yield path
