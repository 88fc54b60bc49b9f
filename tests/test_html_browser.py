"""The HTML report in a real browser: headless Chromium renders it to a screenshot and to
its DOM, and every request the browser makes goes through a local catcher (a proxy that
answers nothing). Chromium asks Google's servers a few things on its own whatever the page
(accounts.google.com, www.google.com), so the report's page must add no request to what the
same browser asks for a control page, whose one image proves that the catcher sees what a
page asks for.

Chromium comes from the Debian package (``apt-get install -y chromium``; .ci/run installs
it). Where no Chromium can be found the tests skip and say why; with
``NEWSREAD_REQUIRE_BROWSER=1`` (set by .ci/run once it installed one) they fail instead.
"""

from __future__ import annotations

import http.server
import os
import struct
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser import FLAGS, find_browser

import newsread

WINDOW = (1000, 1400)
#: Domains of the browser's own services (accounts, sync, time, safe browsing, updates).
BROWSER_SERVICES = (".google.com", ".googleapis.com", ".gstatic.com", ".gvt1.com")
ARTICLE = Path(__file__).parent / "articles" / "harbor-wall.txt"
#: Markup a page must show as text; each would make a request if it were an element.
HOSTILE = (
    '\n\nReaders wrote in about the plan <img src="http://newsread-test.invalid/pixel.png"> and '
    '<script src="http://newsread-test.invalid/x.js"></script> the council said it would '
    "<b>listen</b> to every one of them before the work begins.\n"
)


@pytest.fixture(scope="module")
def browser() -> str:
    path = find_browser()
    if path is None:
        reason = (
            "no Chromium on PATH (install it with: apt-get install -y chromium); "
            "the HTML report was not opened in a browser"
        )
        if os.environ.get("NEWSREAD_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


class Catcher(http.server.BaseHTTPRequestHandler):
    """A proxy that answers nothing and remembers every request line it is sent."""

    seen: list[str]

    def _record(self) -> None:
        self.seen.append(f"{self.command} {self.path}")
        self.send_error(404)

    do_GET = do_POST = do_HEAD = do_CONNECT = _record

    def log_message(self, format: str, *args: object) -> None:
        pass


class Catching:
    """A catcher running on its own port, for one browser."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        handler = type("Handler", (Catcher,), {"seen": self.seen})
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.proxy = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def hosts(self) -> set[str]:
        """The hosts asked for ("CONNECT host:443" or "GET http://host/...")."""
        out = set()
        for line in self.seen:
            target = line.split(" ", 1)[1]
            out.add(target.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0])
        return out


@dataclass
class Rendered:
    report: newsread.Report
    dom: str
    png: bytes
    control_dom: str
    seen: dict[str, Catching]


def _launch(browser: str, proxy: str, profile: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--proxy-server={proxy}",
            "--proxy-bypass-list=<-loopback>",  # even 127.0.0.1 goes through the catcher
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


@pytest.fixture(scope="module")
def rendered(browser: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    """The report's page to its DOM and to a screenshot, and a control page that makes one
    request: two browsers at once, each with its own catcher."""
    tmp = tmp_path_factory.mktemp("browser")
    text = ARTICLE.read_text(encoding="utf-8").replace("\n\nBuses will", HOSTILE + "\nBuses will")
    report = newsread.analyze(text, source="harbor-wall.txt")
    page = tmp / "report.html"
    page.write_text(newsread.render_html(report), encoding="utf-8")
    control = tmp / "control.html"
    control.write_text(
        "<!DOCTYPE html><html><body><p>control</p>"
        '<img src="http://newsread-test.invalid/control.png"></body></html>',
        encoding="utf-8",
    )
    png = tmp / "report.png"
    runs = {
        "report": (f"--screenshot={png}", "--dump-dom", page.as_uri()),
        "control": ("--dump-dom", control.as_uri()),
    }
    catchers = {name: Catching() for name in runs}
    jobs: dict[str, subprocess.Popen[str]] = {}
    try:
        for name, args in runs.items():
            jobs[name] = _launch(browser, catchers[name].proxy, tmp / name, *args)
        outs = {}
        for name, job in jobs.items():
            try:
                outs[name], _ = job.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                pytest.fail(f"the browser ({name}) was still running 90 s later")
            assert job.returncode == 0, f"the browser ({name}) exited with {job.returncode}"
        yield Rendered(report, outs["report"], png.read_bytes(), outs["control"], catchers)
    finally:
        for job in jobs.values():  # both of them, whichever wait failed
            if job.poll() is None:
                job.kill()
                job.wait(timeout=30)
            if job.stdout is not None:
                job.stdout.close()
        for c in catchers.values():
            c.close()


def test_a_person_sees_the_title_the_grade_and_the_marked_sentences(rendered: Rendered) -> None:
    report = rendered.report
    dom = rendered.dom
    assert (
        "<title>newsread: Harbor wall repairs to close the seafront road until spring</title>"
        in dom
    )
    assert (
        '<h1 class="title">Harbor wall repairs to close the seafront road until spring</h1>' in dom
    )
    assert f'<b class="consensus">{report.consensus_grade:.1f}</b>' in dom
    assert '<mark class="very-hard" title="very hard: dense (grade 20.0); figures supply' in dom
    assert "Copper rose 0.86% to $5,880.00 a tonne" in dom
    assert '<mark class="hard" title="hard: long (33 words)">The old wall' in dom
    assert '<span class="passive">was approved</span>' in dom
    assert '<div class="margin aside caption">caption</div>' in dom


def test_text_that_looks_like_markup_stays_text_in_the_browser(rendered: Rendered) -> None:
    dom = rendered.dom
    assert '&lt;img src="http://newsread-test.invalid/pixel.png"&gt;' in dom
    assert "&lt;b&gt;listen&lt;/b&gt;" in dom
    assert "<img" not in dom and "<script" not in dom


def test_the_page_makes_no_request(rendered: Rendered) -> None:
    control = rendered.seen["control"]
    # the control page's image reached its catcher: a request made by a page is seen...
    assert "newsread-test.invalid" in control.hosts()
    assert "control" in rendered.control_dom
    # ...and the report's page adds none to what the browser asks for on its own: the hosts
    # the control run saw besides its image, or Google's own service hosts, which the
    # browser may or may not reach within a run depending on timing
    own = control.hosts() - {"newsread-test.invalid"}
    seen = rendered.seen["report"]
    foreign = {h for h in seen.hosts() - own if not h.endswith(BROWSER_SERVICES)}
    assert not foreign, seen.seen
    assert not any("newsread-test.invalid" in r for r in seen.seen)


def test_the_screenshot_is_the_page(rendered: Rendered) -> None:
    png = rendered.png
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == WINDOW
    assert len(png) > 40_000  # a blank page of this size compresses to a few kilobytes
