"""Golden renders of the demo (as rich's own tests do: a fixed width, colour and terminal
variables cleared): what ``python -m newsread --demo`` prints is exactly tests/golden/*,
and docs/report.md shows exactly that. When a change to newsread changes the demo's
rendering on purpose, regenerate both with ``python scripts/render_docs.py`` and read the
diff."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType

import pytest

from newsread.cli import main

ROOT = Path(__file__).resolve().parent.parent
HINT = "the demo renders differently: regenerate with python scripts/render_docs.py, read the diff"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_docs", ROOT / "scripts" / "render_docs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RENDER_DOCS = _script()


def render(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(argv, stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(RENDER_DOCS.RENDERS))
def test_demo_renders_as_the_golden_file(name: str) -> None:
    golden = (ROOT / "tests" / "golden" / name).read_text(encoding="utf-8")
    assert render(RENDER_DOCS.RENDERS[name]) == golden, HINT


def test_docs_report_shows_the_golden_renders() -> None:
    doc = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    regions = {m.group("name"): m.group("body") for m in RENDER_DOCS.REGION_RE.finditer(doc)}
    assert set(regions) == set(RENDER_DOCS.RENDERS)
    for name, body in regions.items():
        golden = (ROOT / "tests" / "golden" / name).read_text(encoding="utf-8")
        assert body.rstrip("\n") == golden.rstrip("\n"), f"docs/report.md, {name}: {HINT}"


def test_golden_renders_fit_and_need_no_colour() -> None:
    for name, argv in RENDER_DOCS.RENDERS.items():
        text = (ROOT / "tests" / "golden" / name).read_text(encoding="utf-8")
        assert "\x1b" not in text, name
        if "--width" in argv:
            width = int(argv[argv.index("--width") + 1])
            assert max(len(line) for line in text.splitlines()) <= width, name


def test_the_demo_is_named_not_located() -> None:
    assert "demo-article.txt" in render(["--demo", "--width", "80"])
    assert "/samples/" not in render(["--demo", "--format", "json"])
