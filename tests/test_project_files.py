"""The project's own files: licence, citation, changelog, and the one script of checks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsread

ROOT = Path(__file__).resolve().parent.parent


def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def test_licence_is_mit_with_the_cmudict_licence() -> None:
    licence = read("LICENSE")
    assert licence.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in licence
    cmudict = read("newsread/data/CMUDICT-LICENSE.txt")
    notice = cmudict[cmudict.index("Copyright (C) 1993-2015 Carnegie Mellon University") :]
    assert notice in licence
    assert 'license = { text = "MIT" }' in read("pyproject.toml")


def test_citation_names_this_version() -> None:
    cff = read("CITATION.cff")
    assert re.search(r"^cff-version: 1\.2\.0$", cff, re.M)
    for key in ("message", "title", "authors", "version", "license", "type"):
        assert re.search(rf"^{key}:", cff, re.M), key
    assert re.search(rf"^version: {re.escape(newsread.__version__)}$", cff, re.M)


def test_changelog_has_an_entry_for_this_version() -> None:
    changelog = read("CHANGELOG.md")
    assert changelog.startswith("# Changelog")
    assert re.search(
        r"^## \[Unreleased\]|^## \[" + re.escape(newsread.__version__), changelog, re.M
    )


def test_scripts_check_runs_every_check_and_ci_runs_it_after_the_readme_command() -> None:
    check = read("scripts/check")
    assert os.access(ROOT / "scripts" / "check", os.X_OK)
    for command in (
        "ruff check .",
        "ruff format --check .",
        "mypy --strict newsread",
        "pytest",
    ):
        assert command in check, command
    ci = read(".ci/run")
    readme = read("README.md")
    readme_command = "python3 -m pip install -e '.[test]' && python3 -m pytest"
    assert readme_command in readme and readme_command in ci
    assert ci.index(readme_command) < ci.rindex("scripts/check")  # the line that runs it


@pytest.mark.skipif(sys.platform == "win32", reason="colour variables as on POSIX CI")
def test_render_tests_pass_with_colour_forced() -> None:
    """With FORCE_COLOR=1 set (as many CI systems do) four render tests used to fail: the
    colour codes made every line longer than the width."""
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "33", "TTY_COMPATIBLE": "1"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            "tests/test_render.py",
            "tests/test_cli.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,  # within pytest-timeout's 300 s per test, so this message is the one seen
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
