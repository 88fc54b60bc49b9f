"""Reading inputs: files, directories and standard input, decoded with care.

Decoding order (docs/robustness.md has the whole table):

1. a byte-order mark decides: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE);
2. known binary signatures (PDF, ZIP, PNG, ...) are refused, never guessed at;
3. UTF-16 without a byte-order mark is recognised by its pattern of NUL bytes (reported);
4. any other NUL byte, or more than 5% control characters, is refused as binary;
5. UTF-8; bytes that are not valid UTF-8 are read as Windows-1252, one by one, and the
   report says so — a whole cp1252 file and a UTF-8 file with a few stray cp1252 bytes
   both come out right;
6. mojibake already in the text (UTF-8 once read as Windows-1252: "â€™" for a curly quote) is
   repaired when the whole text round-trips cleanly, and reported either way.

Every step is linear in the size of the input and runs at C speed (``bytes.count``,
``bytes.translate``, codecs). Inputs are never read past ``max_bytes`` + 1 bytes.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO, TextIO

from ._errors import (
    EmptyInputError,
    InputError,
    InputNotFoundError,
    InputTooLargeError,
    NotTextError,
    UsageError,
    display_name,
)
from ._language import MOJIBAKE_RE

#: Default size limit in bytes for one input (the CLI's ``--max-bytes``, ``Options.max_bytes``).
from ._limits import DEFAULT_MAX_BYTES

#: How much of a stream is read first to refuse binary input before reading the rest.
HEAD_BYTES = 65_536

#: Inputs are read in chunks of this size, so memory follows the data, not the limit.
READ_CHUNK = 1 << 20

#: Share of control bytes (other than tab, newline, form feed, carriage return) above
#: which an input is refused as binary.
MAX_CONTROL_SHARE = 0.05

#: File signatures of non-text formats that are refused as soon as they are seen.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document: .docx, .xlsx, .odt, .epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls, .ppt)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "a Java class file"),
)

#: Signatures that can also begin a line of text ("MZ Wallace...", "ID3 tags", "Rar! said...");
#: they name the format only when the bytes are binary anyway.
WEAK_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows executable"),
    (b"ID3", "an MP3 audio file"),
    (b"Rar!", "a RAR archive"),
    (b"OggS", "an Ogg media file"),
    (b"RIFF", "a RIFF media file (WAV, AVI or WebP)"),
    (b"BZh", "a bzip2 archive"),
)

#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Byte-order marks of the UTF-16 and UTF-32 encodings (whose text is full of NUL bytes).
#: The UTF-32 LE mark begins with the UTF-16 LE one; the UTF-32 BE mark (00 00 FE FF) does not.
WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)

#: Bytes that are not control characters; deleting them leaves only the controls.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))

# A control character in decoded text (tab, LF, FF, CR are fine). "\x07" (bell)
CONTROL_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# What binary read as UTF-16/32 is full of: private-use characters and broken surrogates. "\ue000"
UNLIKELY_WIDE_RE = re.compile("[\ue000-\uf8ff\ufffd]")

# A byte that was not valid UTF-8, kept as a lone surrogate by "surrogateescape". "\udce9"
ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Decoded:
    """Text read from an input, with how it was decoded.

    Attributes:
        source: the input's name, safe to print and to put in JSON (see :func:`display_name`).
        text: the decoded text.
        encoding: the codec that decoded it (``utf-8``, ``utf-8-sig``, ``utf-16-le``, ...,
            ``cp1252``, or ``utf-8+cp1252`` for UTF-8 with stray Windows-1252 bytes).
        note: set when the text needed a fallback or a repair; goes into the report's
            warnings (code ``encoding``).
    """

    source: str
    text: str
    encoding: str
    note: str | None = None


def _signature(data: bytes) -> str | None:
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    return None


def _weak_signature(data: bytes) -> str | None:
    for magic, name in WEAK_MAGIC:
        if data.startswith(magic):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit at every other position, as in UTF-16 text.

    >>> _utf16_without_bom("plain words".encode("utf-16-le"))
    'utf-16-le'
    >>> _utf16_without_bom(b"\\x00\\x00\\x01\\x01" * 8) is None
    True
    """
    sample = data[: HEAD_BYTES & ~1]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _binary_reason(data: bytes) -> str | None:
    """What non-text ``data`` looks like, or ``None`` if it may be text (no BOM case)."""
    what = _signature(data)
    if what:
        return what
    nul = data.find(b"\x00")
    if nul >= 0:
        return _weak_signature(data) or f"binary data (a NUL byte at offset {nul:,})"
    if data:
        controls = len(data.translate(None, _NOT_CONTROL))
        if controls > MAX_CONTROL_SHARE * len(data):
            return _weak_signature(data) or (
                f"binary data ({controls / len(data):.0%} control characters)"
            )
    return None


@cache
def _cp1252_for_escaped() -> dict[int, str]:
    """Maps each "surrogateescape" surrogate to its byte's Windows-1252 character."""
    table = {}
    for b in range(0x80, 0x100):
        try:
            table[0xDC00 + b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252
            table[0xDC00 + b] = "\ufffd"
    return table


def _decode_utf8_or_cp1252(data: bytes) -> tuple[str, str, str | None]:
    """UTF-8; bytes that are not valid UTF-8 are read as Windows-1252, each on its own."""
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape")
    bad = len(ESCAPED_BYTE_RE.findall(text))
    non_ascii = len(data) - len(data.translate(None, bytes(range(128, 256))))
    text = text.translate(_cp1252_for_escaped())
    undefined = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    tail = ""
    if undefined > 0:
        tail = f"; {undefined:,} bytes undefined in Windows-1252 became U+FFFD"
    # Each valid UTF-8 sequence holds 2-4 non-ASCII bytes; none means a cp1252 file.
    if non_ascii == bad:
        return (
            text,
            "cp1252",
            (
                "not valid UTF-8; decoded as Windows-1252 (check accented letters and quotes; "
                f"convert the file to UTF-8 if it is in another encoding){tail}"
            ),
        )
    return (
        text,
        "utf-8+cp1252",
        (f"mostly UTF-8, but {bad:,} bytes were not and were read as Windows-1252{tail}"),
    )


def _decode_wide(data: bytes, encoding: str, source: str) -> tuple[str, str | None]:
    """UTF-16 or UTF-32 (BOM already removed), refusing binary that merely looks like it."""
    text = data.decode(encoding, "replace")
    notes = []
    replaced = text.count("\ufffd")
    if replaced:
        notes.append(f"{replaced:,} invalid {encoding.upper()} sequences became U+FFFD")
    # A file cut short by a byte or two leaves one U+FFFD at the end: not a sign of binary.
    core = text[:-1] if len(data) % (4 if "32" in encoding else 2) else text
    odd = len(CONTROL_CHAR_RE.findall(core)) + len(UNLIKELY_WIDE_RE.findall(core))
    if "\x00" in text or odd > MAX_CONTROL_SHARE * max(1, len(text)):
        raise NotTextError(
            source, f"not text: binary data although it starts like {encoding.upper()}"
        )
    return text, "; ".join(notes) or None


@cache
def _cp1252_to_latin1() -> dict[int, int]:
    """Maps the characters cp1252 puts at 0x80-0x9F to those code points, so that
    ``translate`` then ``encode("latin-1")`` encodes as browsers decode ("sloppy" cp1252:
    the five undefined bytes stand for themselves)."""
    table = {}
    for b in range(0x80, 0xA0):
        char = bytes([b]).decode("cp1252", "ignore")  # "" for the five undefined bytes
        if char:
            table[ord(char)] = b
    return table


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 text once read as Windows-1252, when the whole text round-trips cleanly.

    Returns the text (repaired or as it was) and how many mojibake sequences it held
    before the repair (0: nothing to do).

    >>> repair_mojibake("It\\u00e2\\u20ac\\u2122s a caf\\u00c3\\u00a9.") == ("It\\u2019s a café.", 2)
    True
    >>> repair_mojibake("Plain text.")
    ('Plain text.', 0)
    """
    if "\u00e2" not in text and "\u00c3" not in text and "\u00c2" not in text:
        return text, 0  # every mojibake sequence starts with one of these (C-speed check)
    found = len(MOJIBAKE_RE.findall(text))
    if not found:
        return text, 0
    try:
        fixed = text.translate(_cp1252_to_latin1()).encode("latin-1").decode("utf-8")
    except UnicodeError:  # mixed text, or bytes cp1252 cannot hold: leave it, report it
        return text, found
    return fixed, found


def decode(data: bytes, source: str) -> Decoded:
    """Decode the bytes of an input, or raise :class:`NotTextError` / :class:`EmptyInputError`.

    Args:
        data: the input's bytes.
        source: its name, used in messages.

    Returns:
        A :class:`Decoded` whose ``note`` says what was unusual, if anything.

    Raises:
        NotTextError: binary input (a known signature, NUL bytes, many control characters).
        EmptyInputError: no characters, or only whitespace.

    >>> decode("café".encode("utf-8"), "x.txt").text
    'café'
    >>> d = decode(b"caf\\xe9", "x.txt")
    >>> d.text, d.encoding
    ('café', 'cp1252')
    >>> decode(b"%PDF-1.7 ...", "x.txt")
    Traceback (most recent call last):
    ...
    newsread.errors.NotTextError: x.txt: not text: it looks like a PDF document
    """
    source = display_name(source)
    note: str | None = None
    for bom, codec in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec == "utf-8":
                what = _binary_reason(body)
                if what:
                    raise NotTextError(source, f"not text: it looks like {what}")
                text, encoding, note = _decode_utf8_or_cp1252(body)
                encoding = "utf-8-sig" if encoding == "utf-8" else encoding
            else:
                text, note = _decode_wide(body, codec, source)
                encoding = codec
            break
    else:
        wide = None if _signature(data) else _utf16_without_bom(data)
        if wide:
            text, note = _decode_wide(data, wide, source)
            encoding = wide
            note = "; ".join(filter(None, [f"no byte-order mark; decoded as {wide.upper()}", note]))
        else:
            what = _binary_reason(data)
            if what:
                raise NotTextError(source, f"not text: it looks like {what}")
            text, encoding, note = _decode_utf8_or_cp1252(data)
    if not text.strip():
        raise EmptyInputError(
            source, "empty: no text to analyse" if not text else "only whitespace"
        )
    text, found = repair_mojibake(text)
    if found:
        repaired = not MOJIBAKE_RE.search(text)
        note = "; ".join(
            filter(
                None,
                [
                    note,
                    (
                        f"repaired {found:,} mojibake sequences (UTF-8 once read as Windows-1252, "
                        "e.g. 'â€™' for a curly quote)"
                        if repaired
                        else f"{found:,} mojibake sequences (e.g. 'â€™' for a curly quote) could not be repaired"
                    ),
                ],
            )
        )
    return Decoded(source=source, text=text, encoding=encoding, note=note)


def _too_large(source: str, max_bytes: int) -> InputTooLargeError:
    return InputTooLargeError(
        source, f"too large: over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
    )


def _read_limited(fh: BinaryIO, source: str, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` + 1 bytes in chunks, refusing a binary head at once.

    Memory follows the data actually read, never the limit: an endless stream of
    zeros (``/dev/zero``) is refused after its first chunk.
    """
    head = fh.read(min(HEAD_BYTES, max_bytes + 1))
    if not head.startswith(WIDE_BOMS) and _utf16_without_bom(head) is None:
        what = _binary_reason(head)
        if what:
            raise NotTextError(source, f"not text: it looks like {what}")
    chunks = [head]
    size = len(head)
    while size <= max_bytes:
        chunk = fh.read(min(READ_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise _too_large(source, max_bytes)
    return b"".join(chunks)


def _read_stdin(stdin: TextIO | None, max_bytes: int) -> bytes:
    if stdin is None:
        raise InputNotFoundError("-", "standard input is closed")
    buffer: BinaryIO | None = getattr(stdin, "buffer", None)
    if buffer is not None:
        return _read_limited(buffer, "-", max_bytes)
    # A text stream without bytes underneath (tests, embedding): its characters as UTF-8.
    chars = stdin.read(max_bytes + 1)
    try:
        data = chars.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = chars.encode("utf-8", "replace")
    if len(data) > max_bytes:
        raise _too_large("-", max_bytes)
    return data


#: What is never read as an input: reading it can wait for ever (a FIFO nobody writes to, a
#: terminal) or never end (a device). Each is refused before it is opened.
SPECIAL_FILES: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to fear

# A descriptor this process already holds open, as a shell's "<(command)" names it. "/dev/fd/63"
DESCRIPTOR_PATH_RE = re.compile(r"/dev/(?:fd/\d+|stdin)|/proc/(?:self|\d+)/fd/\d+")


def is_open_descriptor(path: str) -> bool:
    """Whether ``path`` names a descriptor already open in this process (``/dev/fd/N``).

    A pipe there is read like standard input: its writer exists already (the shell started
    it), and only this process can read it, so it is never handed to a worker process.

    >>> is_open_descriptor("/dev/fd/63"), is_open_descriptor("/tmp/fifo")
    (True, False)
    """
    return DESCRIPTOR_PATH_RE.fullmatch(path) is not None


def _not_a_file(path: str, mode: int) -> str | None:
    """What ``path`` is when it is a FIFO, socket or device that must not be read."""
    for test, what in SPECIAL_FILES:
        if test(mode):
            if test is stat.S_ISFIFO and is_open_descriptor(path):
                return None  # an open pipe ("<(command)"): read like standard input
            return (
                f"not a regular file: {what}, which could block or never end "
                "(copy it to a file, or pipe it in with -)"
            )
    return None


def _check_file(path: str, name: str, info: os.stat_result, max_bytes: int) -> None:
    """Refuse what ``info`` shows cannot or must not be read (see :data:`SPECIAL_FILES`)."""
    if stat.S_ISDIR(info.st_mode):
        raise InputNotFoundError(name, "is a directory (name the files, or the directory alone)")
    special = _not_a_file(path, info.st_mode)
    if special:
        raise InputNotFoundError(name, special)
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputTooLargeError(
            name,
            f"too large: {info.st_size:,} bytes, over the limit of {max_bytes:,} "
            "(raise it with --max-bytes)",
        )


def read_input(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None
) -> Decoded:
    """Read and decode one input (``-`` is standard input, or ``stdin`` when given).

    Args:
        path: a file path, or ``-``.
        max_bytes: the size limit; larger inputs raise :class:`InputTooLargeError`
            without being read (a regular file) or after ``max_bytes`` + 1 bytes (a stream).
        stdin: the stream ``-`` reads (default ``sys.stdin``; its ``.buffer`` when it has one).

    Raises:
        InputNotFoundError: missing, a directory, not a regular file (a FIFO, a socket, a
            device: refused before it is opened, since reading one can block for ever), or
            unreadable (permission denied, I/O error).
        InputTooLargeError: over ``max_bytes``.
        NotTextError: binary.
        EmptyInputError: empty or only whitespace.
    """
    name = display_name(path)
    if path == "-":
        return decode(_read_stdin(stdin if stdin is not None else sys.stdin, max_bytes), "-")
    try:
        _check_file(path, name, os.stat(path), max_bytes)
        # Opened without blocking, then checked again: a FIFO put in the file's place
        # meanwhile cannot make the open itself wait for a writer.
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            _check_file(path, name, os.fstat(fd), max_bytes)
            if _NONBLOCK:
                os.set_blocking(fd, True)
            data = _read_limited(fh, name, max_bytes)
    except FileNotFoundError:
        raise InputNotFoundError(name, "no such file") from None
    except IsADirectoryError:
        raise InputNotFoundError(name, "is a directory") from None
    except PermissionError:
        raise InputNotFoundError(name, "permission denied") from None
    except OSError as exc:
        raise InputNotFoundError(name, f"cannot be read ({exc.strerror or exc})") from None
    return decode(data, name)


def check_include(pattern: str) -> None:
    """Refuse an ``--include`` pattern that could match nothing inside the directory walked.

    A pattern is a file name pattern relative to each directory named ("*.txt",
    "2026/*.txt"): an absolute pattern, or one with a ".." part, would leave it.

    >>> check_include("news/*.txt")
    >>> check_include("../*.txt")
    Traceback (most recent call last):
    ...
    newsread.errors.UsageError: --include takes a file name pattern inside the directory, such as '*.txt' or 'news/*.txt', not '../*.txt'
    """
    parts = pattern.replace("\\", "/").split("/")
    if not pattern.strip() or os.path.isabs(pattern) or not parts[0] or ".." in parts:
        raise UsageError(
            "--include takes a file name pattern inside the directory, such as '*.txt' "
            f"or 'news/*.txt', not {pattern!r}"
        )


def expand_inputs(paths: list[str], include: str = "*.txt") -> Iterator[str | InputError]:
    """Files named on the command line, directories walked for ``include`` in sorted order.

    A missing path is yielded as is, so that reading it reports the error in its place;
    a directory with no matching file, or one that cannot be listed, is yielded as an
    :class:`InputError`.

    Raises:
        UsageError: ``include`` is not a pattern inside the directory (:func:`check_include`).
    """
    check_include(include)
    for path in paths:
        if path != "-" and os.path.isdir(path):
            try:
                found = sorted(str(p) for p in Path(path).rglob(include) if p.is_file())
            except (OSError, ValueError) as exc:  # unreadable subdirectory, odd pattern
                cause = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                yield InputNotFoundError(display_name(path), f"cannot be listed ({cause})")
                continue
            if not found:
                yield InputNotFoundError(
                    display_name(path),
                    f"a directory with no files matching {include!r} (see --include)",
                )
            yield from found
        else:
            yield path
