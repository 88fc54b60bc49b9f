"""The command line, tested in-process (cli.main) and once as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsread import Report
from newsread.cli import build_parser, main

ARTICLE = """Ferry service returns after winter break

The island ferry began its summer timetable on Saturday, with four crossings a day until September.

"We have waited all winter for this," said Maria Costa, who runs a cafe near the pier.

Copy the URL to share
"""

SECOND = """Bakery wins regional prize

A small bakery on Mill Street won the regional bread prize on Friday. Its owner said she would keep prices the same.
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "ferry.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_json_validates_against_the_model(article: Path) -> None:
    code, out, err = run(str(article), "--format", "json")
    assert code == 0, err
    report = Report.model_validate_json(out)
    assert report.title == "Ferry service returns after winter break"
    assert report.source == str(article)
    assert "Copy the URL to share" in [b.text for b in report.set_aside]


def test_json_is_byte_identical_across_runs(article: Path) -> None:
    assert run(str(article), "--format", "json")[1] == run(str(article), "--format", "json")[1]


def test_rich_report_shows_title_and_figures(article: Path) -> None:
    code, out, _ = run(str(article), "--width", "100")
    assert code == 0
    assert "Ferry service returns after winter break" in out
    assert "Readability of the body" in out
    assert "Set aside" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_rich_report_fits_80_columns(article: Path) -> None:
    _, out, _ = run(str(article), "--width", "80", "--show-text")
    assert max(len(line) for line in out.splitlines()) <= 80


def test_demo_runs() -> None:
    code, out, _ = run("--demo", "--format", "json")
    assert code == 0
    assert Report.model_validate_json(out).counts.words > 100


def test_jsonl_and_csv_for_several_files(tmp_path: Path, article: Path) -> None:
    (tmp_path / "bakery.txt").write_text(SECOND, encoding="utf-8")
    code, out, _ = run(str(tmp_path), "--format", "jsonl", "--workers", "1")
    assert code == 0
    lines = out.splitlines()
    assert [Report.model_validate_json(line).source for line in lines] == [
        str(tmp_path / "bakery.txt"),
        str(article),
    ]
    code, out, _ = run(str(tmp_path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["title"] for r in rows] == [
        "Bakery wins regional prize",
        "Ferry service returns after winter break",
    ]
    assert float(rows[0]["flesch_kincaid_grade"]) > 0


def test_json_for_several_files_is_an_array(tmp_path: Path, article: Path) -> None:
    (tmp_path / "bakery.txt").write_text(SECOND, encoding="utf-8")
    code, out, _ = run(str(tmp_path), "--format", "json")
    assert code == 0
    assert [r["title"] for r in json.loads(out)] == [
        "Bakery wins regional prize",
        "Ferry service returns after winter break",
    ]


def test_output_order_does_not_depend_on_workers(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"a{i:02d}.txt").write_text(
            SECOND.replace("Friday", f"day {i}"), encoding="utf-8"
        )
    one = run(str(tmp_path), "--format", "jsonl", "--workers", "1")[1]
    two = run(str(tmp_path), "--format", "jsonl", "--workers", "2")[1]
    assert one == two


def test_bad_file_in_batch_is_reported_and_others_still_run(tmp_path: Path, article: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(str(article), str(missing), "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err.strip() == f"newsread: {missing}: no such file"


def test_missing_file_alone(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "nope.txt"))
    assert (code, out) == (3, "")
    assert "no such file" in err and "Traceback" not in err


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("")
    code, _, err = run(str(p))
    assert code == 6
    assert err.startswith(f"newsread: {p}: empty")


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code, _, err = run(str(p))
    assert code == 4
    assert "PNG" in err


def test_no_input_is_a_usage_error() -> None:
    code, _, err = run()
    assert code == 2
    assert "no input" in err


def test_bad_option_value_is_a_usage_error() -> None:
    code, _, err = run("--demo", "--reading-wpm", "0")
    assert code == 2
    assert "reading_wpm" in err


def test_show_blocks(article: Path) -> None:
    code, out, _ = run(str(article), "--show-blocks", "--width", "120")
    assert code == 0
    assert "title" in out and "boilerplate" in out
    code, out, _ = run(str(article), "--show-blocks", "--format", "json")
    kinds = [b["kind"] for b in json.loads(out)["blocks"]]
    assert kinds[0] == "title" and kinds[-1] == "boilerplate"


def test_every_option_is_documented_in_docs_cli() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    for action in build_parser()._actions:
        for flag in action.option_strings:
            assert f"`{flag}" in doc, f"{flag} is not documented in docs/cli.md"


def test_exit_codes_are_documented_in_docs_cli() -> None:
    from newsread import _errors

    doc = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| `?(\w+)", doc, flags=re.M))
    for cls in (
        _errors.UsageError,
        _errors.InputNotFoundError,
        _errors.NotTextError,
        _errors.InputTooLargeError,
        _errors.EmptyInputError,
    ):
        assert str(cls.exit_code) in table, cls.__name__


def test_subprocess_reads_standard_input() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsread", "-", "--format", "json"],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    report = Report.model_validate_json(proc.stdout)
    assert report.source == "-"
    assert report.counts.sentences == 2


def _imported(*argv: str) -> set[str]:
    """The modules ``python -m newsread ARGV`` imports, from ``python -X importtime``."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsread", *argv],
        capture_output=True,
        check=False,
        timeout=60,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return {
        line.rsplit("|", 1)[1].strip()
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_programs_formats_do_not_import_rich(article: Path, fmt: str) -> None:
    """Only the rich view imports rich: JSON, JSON Lines and CSV of one file are spared its
    import (~60 ms of a one-file run; issue 12 asks for ≤ 0.15× textstat's one-liner)."""
    modules = _imported(str(article), "--format", fmt)
    assert "newsread._analysis" in modules  # the run was read: it analysed the file
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}


def test_the_rich_view_imports_rich(article: Path) -> None:
    """The check above can see rich when it is imported."""
    assert "rich.console" in _imported(str(article), "--format", "rich")


def test_published_schema_is_current() -> None:
    """docs/report.schema.json is what `--schema` prints (regenerate it with that command)."""
    code, out, _ = run("--schema")
    assert code == 0
    committed = (Path(__file__).parent.parent / "docs" / "report.schema.json").read_text(
        encoding="utf-8"
    )
    assert json.loads(committed) == json.loads(out), (
        "docs/report.schema.json is stale: python -m newsread --schema > docs/report.schema.json"
    )


def test_analyze_many_streams_in_order_with_workers() -> None:
    import itertools

    import newsread

    texts = (
        f"Crew {i} finished the repairs on the old harbor wall before the storm arrived. "
        "Nobody was hurt."
        for i in itertools.count()
    )
    reports = list(newsread.analyze_many(itertools.islice(texts, 40), workers=2))
    assert [r.counts.words for r in reports] == [17] * 40
    assert [r.sentences.longest[0].text[:6] for r in reports[:3]] == ["Crew 0", "Crew 1", "Crew 2"]
    endless = newsread.analyze_many(
        f"Story {i} ends here, as the council had promised it would last year. Fine."
        for i in itertools.count()
    )
    assert next(endless).counts.sentences == 2  # an endless input is consumed lazily


def test_show_blocks_survives_a_bug_in_segmentation(
    monkeypatch: pytest.MonkeyPatch, article: Path, tmp_path: Path
) -> None:
    import newsread._segment as seg

    real = seg.segment

    def flaky(text: str, mode: str = "auto"):  # type: ignore[no-untyped-def]
        if "Bakery" in text:
            raise RuntimeError("boom")
        return real(text, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(seg, "segment", flaky)
    other = tmp_path / "bakery.txt"
    other.write_text(SECOND, encoding="utf-8")
    code, out, err = run(str(article), str(other), "--show-blocks", "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "internal error: RuntimeError: boom" in err


def test_analyze_file_reports_the_decoding(tmp_path: Path) -> None:
    import newsread

    p = tmp_path / "cp1252.txt"
    p.write_bytes(ARTICLE.replace("cafe", "caf\u00e9").encode("cp1252"))
    report = newsread.analyze_file(str(p))
    assert report.source == str(p)
    assert report.warnings[0].code == "encoding"
    assert "café" in " ".join(x.text for x in report.paragraphs.paragraphs)


def test_subprocess_corpus_run_over_good_and_bad_files(tmp_path: Path) -> None:
    """Corpus mode as a user runs it: a directory, two workers, CSV out, bad files reported."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(10):
        (corpus / f"good{i:02d}.txt").write_text(
            SECOND.replace("Friday", f"day {i}"), encoding="utf-8"
        )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (corpus / "notes.md").write_text("not included: wrong pattern", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsread", str(corpus), "--format", "csv", "--workers", "2"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 1  # some inputs failed, the rest were analysed
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [Path(r["file"]).name for r in rows] == [f"good{i:02d}.txt" for i in range(10)]
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"newsread: {corpus / 'empty.txt'}: empty")
    assert errors[1].startswith(f"newsread: {corpus / 'scan.txt'}: not text") and "PDF" in errors[1]


def test_a_batch_loads_the_word_form_table_up_front(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of PRELOAD_INPUTS files or more loads the prebuilt word-form table before the
    first file (once, so that a pool's workers inherit it); a few files do not."""
    import newsread._batch
    from newsread.cli import PRELOAD_INPUTS

    loaded: list[str] = []
    monkeypatch.setattr(newsread._batch, "load_form_table", loaded.append)
    paths = []
    for i in range(PRELOAD_INPUTS):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(SECOND, encoding="utf-8")
    code, out, _ = run(*map(str, paths[:3]), "--format", "jsonl", "--workers", "1")
    assert (code, len(out.splitlines()), loaded) == (0, 3, [])
    code, out, _ = run(*map(str, paths), "--format", "jsonl", "--workers", "1", "--numbers", "one")
    assert (code, len(out.splitlines()), loaded) == (0, PRELOAD_INPUTS, ["one"])
