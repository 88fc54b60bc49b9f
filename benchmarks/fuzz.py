"""Coverage-guided fuzzing of newsread's text stages with atheris (libFuzzer for Python).

Each input is turned into text one of three ways (raw bytes through the file decoder,
any Unicode string, or an article-like text spliced from news pieces and the fuzzer's
bytes) and then checked:

* ``decode`` returns text or raises NotTextError/EmptyInputError, nothing else;
* ``segment``: blocks in order, not overlapping, ``text[start:end]`` equal to ``block.text``,
  every non-space character in exactly one block;
* ``sentence_spans`` / ``split_sentences`` agree and slice back into the text;
* ``analyze`` never raises; its JSON is byte-identical on a second run and round-trips
  through ``Report.model_validate_json``; every number is finite and never negative;
* ``text_warnings`` returns well-formed pairs;
* what people see (``tests/view_checks.py``, shared with the property tests), the input's
  first 40 characters as its file name: the rich report (with ``--show-text``), the blocks
  view (``--show-blocks``) and the corpus table at 80 columns, the HTML report and the CSV
  row render without raising; the rich views hold no escape or control character, no line
  wider than the width; the HTML page holds no element the report does not write itself
  (nothing from the input becomes a tag), no link out, no control character; the CSV row
  parses back with as many cells as its header and no text cell starts like a formula.

Article-like inputs splice in, besides news pieces, the hostile tokens of
``tests/strategies.py`` (rich markup brackets, HTML tags, CSI/OSC escapes, bidi overrides,
line separators).

Any exception is a crash; libFuzzer's ``-timeout`` turns a slow input (a regex that
backtracks) into a crash too. Atheris is a benchmark-only tool, never a dependency.

Run it for a bounded time (docs/robustness.md, "Fuzzing")::

    python -m pip install atheris
    python benchmarks/fuzz.py -max_total_time=600 -timeout=10 -rss_limit_mb=4096 fuzz-corpus/

``fuzz-corpus/`` is created and seeded if missing. A crash is written to
``crash-<sha1>`` in the working directory; reproduce it with
``python benchmarks/fuzz.py crash-<sha1>`` and add its bytes to
tests/test_robustness_regressions.py.
"""

from __future__ import annotations

import math
import os
import pkgutil
import sys
from importlib import import_module

import atheris

with atheris.instrument_imports(include=["newsread"]):
    import newsread

    for _module in pkgutil.iter_modules(newsread.__path__):
        if _module.name not in ("__main__", "cli"):
            import_module(f"newsread.{_module.name}")

from newsread import Report
from newsread._errors import EmptyInputError, NotTextError
from newsread._io import decode
from newsread._language import text_warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from strategies import HOSTILE_TOKENS
from view_checks import check_views

#: Columns of the rich views.
WIDTH = 80

PIECES = (
    "Storm closes harbor road\n\n",
    "By Maria Lopez and John O'Neil\n",
    "WASHINGTON (Reuters) - ",
    "The council voted on Monday to close the road. ",
    '"We will not take chances," Mr. Lee said at 5 p.m. on Dec. 21. ',
    "The U.S. Army Corps of Engineers will help. ",
    "Officials said repairs would cost $2.4 million (€2.2m).\n\n",
    "Crews work on the bridge on Dec. 21. REUTERS/Lee Chen\n",
    "POOL/AFP via Getty Images\n",
    "Advertisement\n",
    "Load more…\n",
    "Copy the URL to share\n",
    "© 2026 The Daily Example. All rights reserved.\n",
    "1. First item\n2. Second item\n",
    "• bullet one • bullet two\n",
    "“Why?” she asked. “Because!”\n",
    "It’s a two-year-long, 1,200-page report.\n",
    "\r\n",
    "\n\n\n",
    "\u2028",
    "\u00a0",
    "...",
    "…",
    *HOSTILE_TOKENS,
)

SEEDS = (
    b"".join(p.encode() for p in PIECES),
    "Café owners welcome the bridge".encode("cp1252"),
    "\ufeffTitle\n\nBody. More body.".encode("utf-16"),
    b"%PDF-1.4",
    b"",
)


def _text(data: bytes) -> str | None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:
        try:
            return decode(fdp.ConsumeBytes(fdp.remaining_bytes()), "fuzz.txt").text
        except (NotTextError, EmptyInputError):
            return None
    if mode == 1:
        return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    parts = []
    while fdp.remaining_bytes() > 0 and len(parts) < 60:
        if fdp.ConsumeBool():
            parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40)))
    return "".join(parts)


def check(text: str) -> None:
    """Every invariant newsread promises for a str; raises AssertionError if one fails."""
    article = newsread.segment(text)
    covered = bytearray(len(text))
    last = 0
    for b in article.blocks:
        assert last <= b.start < b.end <= len(text), ("order", b.start, b.end)
        assert b.text == text[b.start : b.end], "block text"
        assert not any(covered[b.start : b.end]), "overlap"
        covered[b.start : b.end] = b"\x01" * (b.end - b.start)
        last = b.end
    for i, c in enumerate(text):
        assert c.isspace() or covered[i], ("lost character", i, c)

    spans = newsread.sentence_spans(text)
    assert newsread.split_sentences(text) == [text[s:e] for s, e in spans]
    for s, e in spans:
        assert 0 <= s < e <= len(text)

    # The file name is the text's first characters: the views show it in titles and cells.
    report = newsread.analyze(text, source=text[:40] + ".txt")
    dumped = report.model_dump_json()
    assert newsread.analyze(text, source=report.source).model_dump_json() == dumped, (
        "not deterministic"
    )
    assert Report.model_validate_json(dumped) == report, "JSON does not round-trip"
    for name, value in report.counts:
        assert value >= 0, name
    for score in report.readability:
        assert score.value is None or math.isfinite(score.value), score.name

    for code, message in text_warnings(text):
        assert code and message

    check_views(text, report, WIDTH)


def test_one_input(data: bytes) -> None:
    text = _text(data)
    if text is not None:
        check(text)


def _seed(corpus: str) -> None:
    os.makedirs(corpus, exist_ok=True)
    if not os.listdir(corpus):
        for i, seed in enumerate(SEEDS):
            for mode in (0, 1, 2):
                with open(os.path.join(corpus, f"seed-{i}-{mode}"), "wb") as fh:
                    fh.write(bytes([mode]) + seed)


def main() -> None:
    for arg in sys.argv[1:]:
        if not arg.startswith("-") and not os.path.isfile(arg):
            _seed(arg)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
