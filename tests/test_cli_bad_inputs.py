"""The bad-input battery: every kind of bad file gets its documented exit code and a
one-line message naming it, and the good files in the same batch still get their reports.

Every file is written into a temporary directory by the test itself. The table these
tests prove is in docs/robustness.md.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest

import newsread
import newsread.cli
from newsread import Report
from newsread._io import BOMS
from newsread.cli import main

GOOD = """Café owners welcome the new bridge

By Maria Lopez

The new footbridge over the river opened on Saturday, and café owners on both banks said trade was up by midday. “It’s the best thing to happen here in years,” one of them said.

The council paid for the bridge with a grant. Work took eight months, two more than planned.
"""
TITLE = "Café owners welcome the new bridge"


def mojibake(text: str) -> str:
    """``text`` as UTF-8 bytes read by a browser as Windows-1252 (undefined bytes kept)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode("utf-8")
    )


def run(*argv: str, stdin: io.TextIOBase | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is None:
        code = main(list(argv), stdout=out, stderr=err)
    else:
        saved = sys.stdin
        sys.stdin = stdin  # type: ignore[assignment]
        try:
            code = main(list(argv), stdout=out, stderr=err)
        finally:
            sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsread: "), err
    return lines[0]


def report_of(out: str) -> Report:
    return Report.model_validate_json(out)


def warning_codes(report: Report) -> dict[str, str]:
    return {w.code: w.message for w in report.warnings}


# --- Inputs refused, each with its own exit code -------------------------------------

BAD_FILES = [
    # name, bytes, exit code, words the message must contain
    ("empty.txt", b"", 6, "empty: no text to analyse"),
    ("blank.txt", b" \n\t\r\n\n   \n", 6, "only whitespace"),
    ("bom-only.txt", b"\xef\xbb\xbf", 6, "empty"),
    ("nul.txt", b"Some text\x00\x00\x00more", 4, "a NUL byte at offset 9"),
    ("controls.txt", bytes(range(1, 9)) * 40, 4, "control characters"),
    ("report.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 4, "a PDF document"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 4, "a PNG image"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", 4, "a ZIP archive"),
    ("photo2.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", 4, "a JPEG image"),
    ("notes.txt", b"{\\rtf1\\ansi\\deff0 Hello}", 4, "an RTF document"),
    ("data.txt", b"\x1f\x8b\x08\x00\x00\x00", 4, "a gzip archive"),
    ("prog.txt", b"MZ\x90\x00\x03\x00\x00\x00", 4, "a Windows executable"),
    (
        "wide.txt",
        b"\xff\xfe" + bytes(range(256)) * 8,
        4,
        "binary data although it starts like UTF-16",
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "code", "words"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_file_has_its_exit_code_and_one_line_message(
    tmp_path: Path, name: str, data: bytes, code: int, words: str
) -> None:
    path = write(tmp_path, name, data)
    got, out, err = run(path, "--format", "json")
    assert got == code, err
    line = one_line(err)
    assert line.startswith(f"newsread: {path}: "), line
    assert words in line
    assert out == ""


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    code, _, err = run(path)
    assert code == 3
    assert one_line(err) == f"newsread: {path}: no such file"


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    code, _, err = run(str(tmp_path / "sub"))
    assert code == 3
    assert "a directory with no files matching '*.txt'" in one_line(err)


def test_directory_is_walked_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "c.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "skip.md").write_text(GOOD, encoding="utf-8")
    code, out, err = run(str(tmp_path), "--format", "jsonl")
    assert code == 0, err
    sources = [Report.model_validate_json(line).source for line in out.splitlines()]
    assert sources == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "deep" / "c.txt"),
    ]


def test_directory_opened_as_a_file_is_refused(tmp_path: Path) -> None:
    from newsread._errors import InputNotFoundError
    from newsread._io import read_input

    with pytest.raises(InputNotFoundError, match="is a directory"):
        read_input(str(tmp_path))


def test_too_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # a sparse 200 MB file: no disk, and must not be read
        fh.truncate(200_000_000)
    code, _, err = run(str(path))
    assert code == 5
    assert one_line(err) == (
        f"newsread: {path}: too large: 200,000,000 bytes, over the limit of 10,000,000 "
        "(raise it with --max-bytes)"
    )


def test_max_bytes_option(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", GOOD.encode("utf-8"))
    code, _, err = run(path, "--max-bytes", "100")
    assert code == 5 and "over the limit of 100" in one_line(err)
    code, out, err = run(path, "--max-bytes", str(len(GOOD.encode("utf-8"))), "--format", "json")
    assert code == 0, err
    assert report_of(out).title == TITLE


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_must_be_positive(value: str) -> None:
    code, _, err = run("x.txt", "--max-bytes", value)
    assert code == 2
    assert "max_bytes must be a whole number >= 1" in one_line(err)


class Endless(io.RawIOBase):
    """A stream that never ends: ``byte`` for ever (what ``/dev/zero`` piped in gives)."""

    def __init__(self, byte: bytes) -> None:
        self.byte = byte
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        buffer[:] = self.byte * len(buffer)
        self.served += len(buffer)
        return len(buffer)


def test_endless_stream_is_not_read_into_memory() -> None:
    from newsread._errors import InputTooLargeError, NotTextError
    from newsread._io import read_input

    zeros = Endless(b"\x00")
    with pytest.raises(NotTextError, match="NUL byte"):
        read_input("-", max_bytes=10**12, stdin=io.TextIOWrapper(io.BufferedReader(zeros)))
    assert zeros.served < 1 << 20  # refused after its first chunk, not read to the limit
    letters = Endless(b"a")
    with pytest.raises(InputTooLargeError):
        read_input("-", max_bytes=3 << 20, stdin=io.TextIOWrapper(io.BufferedReader(letters)))
    assert letters.served < 5 << 20


# --- Files that are not regular files (issue 14, item 5) ------------------------------


def special_files(tmp_path: Path) -> dict[str, str]:
    """A FIFO, a Unix socket and two character devices, as far as this system has them."""
    found = {}
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
        found["a named pipe (FIFO)"] = str(tmp_path / "pipe.txt")
    if hasattr(__import__("socket"), "AF_UNIX"):
        import socket

        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(tmp_path / "sock.txt"))
        sock.close()  # the socket file stays
        found["a socket"] = str(tmp_path / "sock.txt")
    for device in ("/dev/null", "/dev/zero"):
        if os.path.exists(device):
            found[f"a character device {device}"] = device
    return found


def test_special_files_are_refused_in_a_batch_without_hanging(tmp_path: Path) -> None:
    """A FIFO with no writer used to block the whole run for ever, even a batch."""
    import subprocess

    specials = special_files(tmp_path)
    if "a named pipe (FIFO)" not in specials:
        pytest.skip("no FIFOs here")
    goods = [write(tmp_path, f"good{i:02}.txt", GOOD.encode("utf-8")) for i in range(12)]
    batch = [*goods[:6], *specials.values(), *goods[6:]]
    for workers in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "newsread", "--format", "jsonl", "--workers", workers, *batch],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 1, proc.stderr
        assert len(proc.stdout.splitlines()) == len(goods)
        errors = proc.stderr.splitlines()
        assert len(errors) == len(specials), proc.stderr
        for line, path in zip(errors, specials.values(), strict=True):
            assert line.startswith(f"newsread: {path}: not a regular file: "), line


@pytest.mark.parametrize(
    "kind", ["a socket", "a character device /dev/null", "a character device /dev/zero"]
)
def test_special_file_is_one_line_with_exit_3(tmp_path: Path, kind: str) -> None:
    path = special_files(tmp_path).get(kind)
    if path is None:
        pytest.skip(f"no {kind} here")
    code, out, err = run(path, "--format", "json")
    assert code == 3, err
    assert out == ""
    what = kind.split(" /")[0]
    assert one_line(err) == (
        f"newsread: {path}: not a regular file: {what}, which could block or never end "
        "(copy it to a file, or pipe it in with -)"
    )


def test_an_open_pipe_is_read_like_standard_input() -> None:
    """``newsread <(command)`` names a pipe this process holds open: it is read."""
    from newsread._io import read_input

    if not os.path.isdir("/dev/fd"):
        pytest.skip("no /dev/fd")
    r, w = os.pipe()
    try:
        os.write(w, GOOD.encode("utf-8"))
        os.close(w)
        decoded = read_input(f"/dev/fd/{r}")
    finally:
        os.close(r)
    assert decoded.text == GOOD


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root (or Windows) ignores file permissions",
)
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", GOOD.encode("utf-8"))
    os.chmod(path, 0)
    try:
        code, _, err = run(path)
    finally:
        os.chmod(path, 0o644)
    assert code == 3
    assert one_line(err) == f"newsread: {path}: permission denied"


# --- Inputs read, with what was unusual reported -----------------------------------


@pytest.mark.parametrize(
    ("name", "data", "encoding_note"),
    [
        ("utf8.txt", GOOD.encode("utf-8"), None),
        ("utf8-bom.txt", b"\xef\xbb\xbf" + GOOD.encode("utf-8"), None),
        ("utf16le.txt", GOOD.encode("utf-16"), None),
        ("utf16le-bom.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"), None),
        ("utf16be-bom.txt", b"\xfe\xff" + GOOD.encode("utf-16-be"), None),
        ("utf32.txt", GOOD.encode("utf-32"), None),
        ("utf16-nobom.txt", GOOD.encode("utf-16-le"), "no byte-order mark; decoded as UTF-16-LE"),
        ("crlf.txt", GOOD.replace("\n", "\r\n").encode("utf-8"), None),
        ("cp1252.txt", GOOD.encode("cp1252"), "not valid UTF-8; decoded as Windows-1252"),
        (
            "mixed.txt",
            GOOD[:60].encode("utf-8") + GOOD[60:].encode("cp1252"),
            "mostly UTF-8, but 4 bytes were not and were read as Windows-1252",
        ),
        ("mojibake.txt", mojibake(GOOD).encode("utf-8"), "repaired 5 mojibake sequences"),
    ],
)
def test_every_encoding_gives_the_same_report(
    tmp_path: Path, name: str, data: bytes, encoding_note: str | None
) -> None:
    path = write(tmp_path, name, data)
    code, out, err = run(path, "--format", "json")
    assert code == 0, err
    assert err == ""
    report = report_of(out)
    assert report.title == TITLE
    assert report.counts.words == newsread.analyze(GOOD).counts.words
    note = warning_codes(report).get("encoding")
    if encoding_note is None:
        assert note is None
    else:
        assert note is not None and encoding_note in note


@pytest.mark.parametrize(("bom", "codec"), BOMS, ids=[codec for _, codec in BOMS])
def test_every_byte_order_mark_is_read_from_a_file_and_from_stdin(
    tmp_path: Path, bom: bytes, codec: str
) -> None:
    """Every mark ``decode`` knows, through the real reading paths (UTF-32 BE was refused as
    binary from a file: its mark, 00 00 FE FF, starts with a NUL byte)."""
    data = bom + GOOD.encode(codec)
    path = write(tmp_path, f"{codec}.txt", data)
    for args, stdin in (((path,), None), (("-",), stdin_bytes(data))):
        code, out, err = run(*args, "--format", "json", stdin=stdin)
        assert code == 0, err
        report = report_of(out)
        assert report.title == TITLE
        assert warning_codes(report).get("encoding") is None


def test_mojibake_that_cannot_be_repaired_is_reported(tmp_path: Path) -> None:
    text = mojibake(GOOD) + "\nTokyo 東京.\n"  # 東京 has no Windows-1252 bytes: no round trip
    path = write(tmp_path, "mixed.txt", text.encode("utf-8"))
    code, out, err = run(path, "--format", "json")
    assert code == 0, err
    report = report_of(out)
    assert report.title == mojibake(TITLE)
    assert (
        "5 mojibake sequences (e.g. 'â€™' for a curly quote) could not be repaired"
        in (warning_codes(report)["encoding"])
    )


def test_html_saved_as_text_is_analysed(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Bridge</title></head><body>\n"
        + "".join(f"<p>{line}</p>\n" for line in GOOD.splitlines() if line)
        + "</body></html>\n"
    )
    path = write(tmp_path, "page.txt", html.encode("utf-8"))
    code, out, err = run(path, "--format", "json")
    assert code == 0, err
    report_of(out)
    from newsread._language import text_warnings

    assert "markup" in dict(text_warnings(html))


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    if sys.platform == "darwin" or sys.platform == "win32":
        pytest.skip("file names must be valid Unicode here")
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(GOOD.encode("utf-8"))
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    name = os.fsdecode(raw)
    for fmt in ("json", "jsonl", "csv", "rich"):
        code, out, err = run(name, "--format", fmt)
        assert code == 0, err
    code, out, _ = run(name, "--format", "json")
    assert report_of(out).source == str(tmp_path) + "/caf\\xe9.txt"
    code, _, err = run(os.fsdecode(os.fsencode(str(tmp_path)) + b"/gon\xe9.txt"))
    assert code == 3
    assert "gon\\xe9.txt: no such file" in one_line(err)


# --- Standard input ----------------------------------------------------------------


def stdin_bytes(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def test_stdin_bytes() -> None:
    code, out, err = run("-", "--format", "json", stdin=stdin_bytes(GOOD.encode("cp1252")))
    assert code == 0, err
    report = report_of(out)
    assert report.source == "-" and report.title == TITLE
    assert "Windows-1252" in warning_codes(report)["encoding"]


def test_stdin_without_a_byte_buffer() -> None:
    code, out, err = run("-", "--format", "json", stdin=io.StringIO(GOOD))
    assert code == 0, err
    assert report_of(out).title == TITLE


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"", 6, "-: empty"),
        (b"%PDF-1.4 binary", 4, "-: not text: it looks like a PDF document"),
        (b"x" * 500, 5, "-: too large: over the limit of 100 bytes"),
    ],
)
def test_bad_stdin(data: bytes, code: int, words: str) -> None:
    got, _, err = run("-", "--max-bytes", "100", stdin=stdin_bytes(data))
    assert got == code
    assert words in one_line(err)


# --- Batches: a bad neighbour never costs a good file its report --------------------


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    return [
        write(tmp_path, "1-good.txt", GOOD.encode("utf-8")),
        write(tmp_path, "2-empty.txt", b""),
        write(tmp_path, "3-good.txt", GOOD.encode("utf-16")),
        write(tmp_path, "4-pdf.txt", b"%PDF-1.4"),
        str(tmp_path / "5-missing.txt"),
        write(tmp_path, "6-good.txt", GOOD.encode("cp1252")),
    ]


GOOD_IN_BATCH = ("1-good.txt", "3-good.txt", "6-good.txt")
BAD_IN_BATCH = (
    ("2-empty.txt", "empty: no text to analyse"),
    ("4-pdf.txt", "not text: it looks like a PDF document"),
    ("5-missing.txt", "no such file"),
)


def _check_batch_errors(err: str, paths: list[str]) -> None:
    lines = err.splitlines()
    assert len(lines) == len(BAD_IN_BATCH), err
    for (name, words), line in zip(BAD_IN_BATCH, lines, strict=True):
        path = next(p for p in paths if p.endswith(name))
        assert line == f"newsread: {path}: {words}"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_mixed_batch_jsonl(batch: list[str], workers: str) -> None:
    code, out, err = run(*batch, "--format", "jsonl", "--workers", workers)
    assert code == 1
    sources = [Report.model_validate_json(line).source for line in out.splitlines()]
    assert [Path(s).name for s in sources if s] == list(GOOD_IN_BATCH)
    _check_batch_errors(err, batch)


def test_mixed_batch_json(batch: list[str]) -> None:
    code, out, err = run(*batch, "--format", "json")
    assert code == 1
    reports = [Report.model_validate(r) for r in json.loads(out)]
    assert [Path(r.source or "").name for r in reports] == list(GOOD_IN_BATCH)
    assert {r.title for r in reports} == {TITLE}
    _check_batch_errors(err, batch)


def test_mixed_batch_csv(batch: list[str]) -> None:
    code, out, err = run(*batch, "--format", "csv")
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [Path(r["file"]).name for r in rows] == list(GOOD_IN_BATCH)
    _check_batch_errors(err, batch)


def test_mixed_batch_rich(batch: list[str]) -> None:
    code, out, err = run(*batch, "--width", "100")
    assert code == 1
    assert out.count(TITLE) >= 3
    _check_batch_errors(err, batch)


def test_large_parallel_batch_with_bad_files(tmp_path: Path) -> None:
    """Errors cross process boundaries intact (they pickle)."""
    paths = []
    for i in range(12):
        data = GOOD.encode("utf-8") if i % 3 else b"\x00binary"
        paths.append(write(tmp_path, f"{i:02d}.txt", data))
    code, out, err = run(*paths, "--format", "jsonl", "--workers", "2")
    assert code == 1
    assert len(out.splitlines()) == 8
    assert len(err.splitlines()) == 4
    assert all(
        "not text: it looks like binary data (a NUL byte at offset 0)" in e
        for e in err.splitlines()
    )


def test_all_bad_with_different_codes_exits_1(tmp_path: Path) -> None:
    code, out, _ = run(write(tmp_path, "a.txt", b""), write(tmp_path, "b.txt", b"%PDF-"))
    assert code == 1 and out == ""


def test_all_bad_with_the_same_code_exits_with_it(tmp_path: Path) -> None:
    code, _, _ = run(write(tmp_path, "a.txt", b""), write(tmp_path, "b.txt", b"  "))
    assert code == 6


# --- Bugs: one line, exit 70, the rest of the batch survives; --debug shows why ------


@pytest.fixture
def crash_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsread.cli.process

    def process(path: str, options: object) -> Report:
        if path.endswith("boom.txt"):
            raise RuntimeError("simulated bug\nsecond line")
        return real(path, options)  # type: ignore[arg-type]

    monkeypatch.setattr(newsread.cli, "process", process)


@pytest.mark.usefixtures("crash_on_boom")
def test_internal_error_costs_only_its_own_file(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", GOOD.encode("utf-8"))
    boom = write(tmp_path, "boom.txt", GOOD.encode("utf-8"))
    code, out, err = run(boom, good, "--format", "jsonl", "--workers", "1")
    assert code == 1
    assert [Report.model_validate_json(x).source for x in out.splitlines()] == [good]
    assert one_line(err) == (
        f"newsread: {boom}: internal error: RuntimeError: simulated bug "
        "(a bug in newsread: please report it; --debug shows the traceback)"
    )
    code, _, err = run(boom, "--format", "jsonl")
    assert code == 70


@pytest.mark.usefixtures("crash_on_boom")
def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    boom = write(tmp_path, "boom.txt", GOOD.encode("utf-8"))
    code, _, err = run(boom, "--debug")
    assert code == 70
    assert "Traceback (most recent call last)" in err
    assert "RuntimeError: simulated bug" in err
    code, _, err = run(str(tmp_path / "missing.txt"), "--debug")
    assert code == 3
    assert "Traceback (most recent call last)" in err and "no such file" in err


def test_debug_on_usage_error_keeps_the_exit_code() -> None:
    code, _, err = run("--debug", "--workers", "0", "x.txt")
    assert code == 2
    assert "Traceback" in err and "--workers must be at least 1" in err


def test_unexpected_error_outside_inputs_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> int:
        raise ValueError("oops")

    monkeypatch.setattr(newsread.cli, "_run", broken)
    code, _, err = run("x.txt")
    assert code == 70
    assert "internal error: ValueError: oops" in one_line(err)


def test_no_input_is_a_usage_error() -> None:
    code, _, err = run()
    assert code == 2
    assert "no input" in one_line(err)


def test_same_input_gives_byte_identical_json(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", GOOD.encode("cp1252"))
    assert run(path, "--format", "json")[1] == run(path, "--format", "json")[1]


def test_permission_denied_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as test_permission_denied, reached by making open() refuse."""
    path = write(tmp_path, "secret.txt", GOOD.encode("utf-8"))

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("newsread._io.open", refuse, raising=False)
    code, _, err = run(path)
    assert code == 3
    assert one_line(err) == f"newsread: {path}: permission denied"
