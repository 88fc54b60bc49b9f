"""The smaller command-line defects of issue 14 (item 9), one regression test each.

Byte-order marks through the file path are in ``test_cli_bad_inputs.py``
(``test_every_byte_order_mark_is_read_from_a_file_and_from_stdin``).
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bounded import finish, python, reaped, within
from test_cli_bad_inputs import one_line

from newsread import Options
from newsread.cli import main
from newsread.errors import UsageError

ARTICLE = """Café owners welcome the new bridge

By Maria Lopez

The new footbridge over the river opened on Saturday, and café owners on both banks said trade was up by midday. “It’s the best thing to happen here in years,” one of them said.

The council paid for the bridge with a grant. Work took eight months, two more than planned.
"""
FORMATS = ("rich", "json", "jsonl", "csv")


def run(*argv: str, stdout: io.TextIOBase | None = None) -> tuple[int, str, str]:
    out = stdout if stdout is not None else io.StringIO()
    err = io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)  # type: ignore[arg-type]
    return code, out.getvalue() if isinstance(out, io.StringIO) else "", err.getvalue()


def article(tmp_path: Path, name: str = "story.txt", text: str = ARTICLE) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONIOENCODING")}
    env.update(extra)
    return env


# --- --width ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", ["0", "-5", "19", "1001", "1000000000"])
def test_width_out_of_range_is_a_usage_error(tmp_path: Path, width: str) -> None:
    """``--width 0`` printed nothing and exited 0."""
    code, out, err = run(article(tmp_path), "--width", width)
    assert code == 2
    assert out == ""
    assert one_line(err) == f"newsread: --width must be 20 to 1000 columns, not {width}"


@pytest.mark.parametrize("width", [20, 1000])
def test_width_at_the_limits_renders_within_it(tmp_path: Path, width: int) -> None:
    code, out, err = run(article(tmp_path), "--width", str(width))
    assert code == 0, err
    assert "Café owners" in out.replace("\n", " ") or "Café" in out
    assert max(map(len, out.splitlines())) <= width


# --- --reading-wpm / --speaking-wpm --------------------------------------------------------


@pytest.mark.parametrize("value", ["1e-320", "inf", "-inf", "nan", "0.5", "0", "-3"])
@pytest.mark.parametrize("option", ["--reading-wpm", "--speaking-wpm"])
@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_reading_rates_that_make_no_sense_are_usage_errors(
    tmp_path: Path, option: str, value: str, fmt: str
) -> None:
    """``--reading-wpm 1e-320`` made the minutes infinite and crashed the rich view (70)."""
    code, out, err = run(article(tmp_path), f"{option}={value}", "--format", fmt)
    assert code == 2, err
    assert out == ""
    name = option[2:].replace("-", "_")
    assert one_line(err).startswith(
        f"newsread: {name} must be a finite number of words per minute, at least 1, not "
    )


def test_reading_rate_of_one_word_a_minute_renders(tmp_path: Path) -> None:
    code, out, err = run(article(tmp_path), "--reading-wpm", "1", "--speaking-wpm", "1e300")
    assert code == 0, err
    assert "Reading" in out


@pytest.mark.parametrize("value", [True, float("inf"), 1e-320, "238"])
def test_options_refuse_rates_that_are_not_finite_numbers(value: object) -> None:
    with pytest.raises(UsageError, match="reading_wpm must be a finite number"):
        Options(reading_wpm=value)  # type: ignore[arg-type]


# --- --include ---------------------------------------------------------------------------


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    """``tmp/outside.txt`` beside ``tmp/corpus/{a.txt, sub/b.txt}``."""
    article(tmp_path, "outside.txt")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    article(corpus, "a.txt")
    article(corpus / "sub", "b.txt")
    return corpus


@pytest.mark.parametrize("pattern", ["/etc/*", "../*.txt", "sub/../../*.txt", "", "  "])
def test_include_patterns_leaving_the_directory_are_usage_errors(
    nested: Path, pattern: str
) -> None:
    """``--include '/etc/*'`` was "a bug in newsread"; ``'../*.txt'`` read files outside."""
    for extra in ([], ["--show-blocks"]):
        code, out, err = run(str(nested), "--include", pattern, "--format", "csv", *extra)
        assert code == 2, err
        assert out == ""
        assert "--include takes a file name pattern inside the directory" in one_line(err)


def test_include_pattern_with_a_subdirectory_is_read(nested: Path) -> None:
    code, out, err = run(str(nested), "--include", "sub/*.txt", "--format", "jsonl")
    assert code == 0, err
    assert [json.loads(line)["source"] for line in out.splitlines()] == [
        str(nested / "sub" / "b.txt")
    ]


# --- Output that cannot be written -------------------------------------------------------


class FailingStream(io.StringIO):
    """An output stream whose writes fail with ``error`` after ``after`` characters."""

    def __init__(self, error: OSError, after: int = 0) -> None:
        super().__init__()
        self.error = error
        self.after = after

    def write(self, text: str) -> int:
        if self.tell() + len(text) > self.after:
            raise self.error
        return super().write(text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_is_an_output_error_not_a_bug(tmp_path: Path, fmt: str) -> None:
    """Writing to a full disk was "internal error ... a bug in newsread" (exit 70)."""
    full = FailingStream(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), after=10)
    paths = [article(tmp_path, f"s{i}.txt") for i in range(3)]
    code, _, err = run(*paths, "--format", fmt, stdout=full)
    assert code == 74, err
    assert one_line(err) == "newsread: cannot write the output: No space left on device"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_dev_full_is_an_output_error(tmp_path: Path, fmt: str) -> None:
    path = article(tmp_path)
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "newsread", path, "--format", fmt],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 74, proc.stderr
    assert proc.stderr == "newsread: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closed_pipe_ends_quietly_with_exit_0_in_every_format(tmp_path: Path, fmt: str) -> None:
    """The rich view exited 1 ("some inputs failed") into ``| head``; the others 0."""
    closed = FailingStream(BrokenPipeError(errno.EPIPE, "Broken pipe"), after=50)
    paths = [article(tmp_path, f"s{i}.txt") for i in range(3)]
    for args in (paths, paths[:1]):
        code, _, err = run(*args, "--format", fmt, stdout=closed)
        assert (code, err) == (0, "")


@pytest.mark.parametrize("fmt", ["rich", "jsonl"])
def test_head_on_a_real_pipe_exits_0_quietly(tmp_path: Path, fmt: str) -> None:
    long = ARTICLE + "\n".join(f"Paragraph {i} adds another sentence here." for i in range(3000))
    path = article(tmp_path, "long.txt", long)
    args = ["-m", "newsread", path, path, "--format", fmt]
    args += ["--show-blocks"] if fmt == "rich" else []
    with reaped(python(*args)) as proc:
        assert proc.stdout is not None
        stdout = proc.stdout
        within(proc, lambda: stdout.read(100), "the first 100 bytes")
        stdout.close()  # what head does once it has its lines
        _, stderr = finish(proc, "newsread after its reader went away")
    assert proc.returncode == 0, stderr
    assert stderr == b""


# --- Standard output in another encoding ---------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_stdout_in_another_encoding(tmp_path: Path, encoding: str) -> None:
    """Standard output in a non-UTF-8 encoding ended with exit 70 (UnicodeEncodeError)."""
    path = article(tmp_path, "bridge.txt", ARTICLE.replace("bridge", "bridge 東京"))
    env = subprocess_env(PYTHONIOENCODING=encoding)
    for fmt in ("json", "csv"):
        proc = subprocess.run(
            [sys.executable, "-m", "newsread", path, "--format", fmt],
            capture_output=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        text = proc.stdout.decode("utf-8")  # programs' formats are always UTF-8
        assert "Café owners welcome the new bridge 東京" in (
            json.loads(text)["title"] if fmt == "json" else text
        )
    proc = subprocess.run(
        [sys.executable, "-m", "newsread", path], capture_output=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    shown = proc.stdout.decode(encoding)  # the terminal's own encoding, "?" where it must
    assert "owners welcome the new bridge" in shown


# --- File names --------------------------------------------------------------------------


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"")
    missing = str(tmp_path / "no\nsuch.txt")
    for path, words in ((str(bad), "empty"), (missing, "no such file")):
        code, _, err = run(path, "--format", "json")
        assert code in (3, 6)
        assert words in one_line(err)
    code, _, err = run(str(bad), missing, str(bad), "--format", "json")
    assert code == 1 and len(err.splitlines()) == 3


def test_a_file_name_that_is_not_utf8_in_the_corpus_table(tmp_path: Path) -> None:
    """The corpus table showed "caf\\xe9.txt" as "xe9.txt" (the backslash read as a separator)."""
    if sys.platform in ("darwin", "win32"):
        pytest.skip("file names must be valid Unicode here")
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(ARTICLE.encode("utf-8"))
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    other = article(tmp_path, "plain.txt")
    code, out, err = run(os.fsdecode(raw), other, "--width", "120")
    assert code == 0, err
    rows = [line.split()[0] for line in out.splitlines() if "Café owners" in line]
    assert rows == ["caf\\xe9.txt", "plain.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="a carriage return in a file name")
@pytest.mark.parametrize("blocks", [False, True])
def test_a_carriage_return_in_a_file_name_keeps_its_csv_row_whole(
    tmp_path: Path, blocks: bool
) -> None:
    """The csv module quoted a cell only for "\\n" (the line terminator): a name holding "\\r"
    went out bare and every CSV reader split its row in two (found by the renderer fuzzing)."""
    names = [article(tmp_path, "a.txt"), article(tmp_path, "b\rc.txt"), article(tmp_path, "d.txt")]
    code, out, err = run(*names, "--format", "csv", *(["--show-blocks"] if blocks else []))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len({len(row) for row in rows}) == 1, [len(row) for row in rows]
    column = rows[0].index("file")
    assert sorted({row[column] for row in rows[1:]}) == sorted(names)
    assert "\r\n" not in out and f'"{names[1]}"' in out  # quoted; rows end with "\n"
