"""Regenerate the renderings that tests and docs share, from the bundled demo article.

    python scripts/render_docs.py            # write tests/golden/*.txt and docs/report.md
    python scripts/render_docs.py --check    # exit 1 if any of them is stale
    python scripts/render_docs.py --screenshot   # also docs/report-html.png (needs Chromium)

The golden renders are exactly what ``python -m newsread --demo`` prints (at a fixed width,
with no colour and no terminal variables), so the demo, the golden render tests
(tests/test_golden_render.py) and the examples in docs/report.md are one rendering: when
a change to newsread changes what the demo shows, this script updates all of them and the
diff shows what changed.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
REPORT_DOC = ROOT / "docs" / "report.md"
SCREENSHOT = ROOT / "docs" / "report-html.png"

#: Each golden render: its file name and the command line that prints it.
RENDERS: dict[str, list[str]] = {
    "demo-80.txt": ["--demo", "--width", "80"],
    "demo-100-show-text.txt": ["--demo", "--width", "100", "--show-text"],
    "demo-100-blocks.txt": ["--demo", "--width", "100", "--show-blocks"],
    "demo.json": ["--demo", "--format", "json"],
}
#: docs/report.md holds these renders between ``<!-- render: NAME -->`` and
#: ``<!-- end render -->``, inside a code block.
REGION_RE = re.compile(
    r"(<!-- render: (?P<name>[\w.-]+) -->\n```\w*\n)(?P<body>(?:(?!<!-- ).*\n)*?)(```\n)?(<!-- end render -->)"
)
sys.path.insert(0, str(ROOT / "tests"))
from browser import FLAGS, find_browser  # noqa: E402
from conftest import TERMINAL_VARIABLES  # noqa: E402  (what the tests clear, cleared here too)


def render(argv: list[str]) -> str:
    """What ``python -m newsread ARGV`` prints, with colour and terminal size cleared."""
    for name in TERMINAL_VARIABLES:
        os.environ.pop(name, None)
    sys.path.insert(0, str(ROOT))
    from newsread.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    if code != 0:
        raise SystemExit(f"newsread {' '.join(argv)} exited {code}: {err.getvalue()}")
    return out.getvalue()


def renders() -> dict[str, str]:
    return {name: render(argv) for name, argv in RENDERS.items()}


def report_doc(current: dict[str, str], doc: str) -> str:
    """docs/report.md with each render region replaced by the current render."""

    def replace(m: re.Match[str]) -> str:
        return m.group(1) + current[m.group("name")].rstrip("\n") + "\n```\n" + m.group(5)

    return REGION_RE.sub(replace, doc)


def screenshot(path: Path) -> None:
    """docs/report-html.png: the demo's HTML report in headless Chromium."""
    browser = find_browser()
    if browser is None:
        raise SystemExit("no Chromium to take the screenshot with (apt-get install -y chromium)")
    page = render(["--demo", "--format", "html"])
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "demo.html"
        html.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={tmp}/profile",
                "--window-size=1000,2950",
                f"--screenshot={path}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether anything is stale")
    parser.add_argument("--screenshot", action="store_true", help="also docs/report-html.png")
    args = parser.parse_args()
    current = renders()
    doc = REPORT_DOC.read_text(encoding="utf-8")
    wanted = {GOLDEN / name: text for name, text in current.items()}
    wanted[REPORT_DOC] = report_doc(current, doc)
    stale = [
        p for p, text in wanted.items() if not p.exists() or p.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}")
        return 1 if stale else 0
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.write_text(wanted[p], encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)}")
    if args.screenshot:
        screenshot(SCREENSHOT)
        print(f"wrote {SCREENSHOT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
