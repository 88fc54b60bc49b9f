"""Headless Chromium for the HTML report: where to find it and how to start it, shared by
tests/test_html_browser.py and scripts/render_docs.py (the screenshot in docs/)."""

from __future__ import annotations

import shutil

#: Names the Debian package and others install the browser under.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Headless, no sandbox (root in CI), and none of the browser's own background traffic
#: that these switches can turn off.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--disable-features=NetworkTimeServiceQuerying",
)


def find_browser() -> str | None:
    """The path of the first Chromium on PATH, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None
