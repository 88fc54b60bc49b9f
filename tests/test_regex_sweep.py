"""Every regular expression newsread compiles runs in linear time, checked by machine.

``benchmarks/regex_sweep.py`` finds every pattern (module constants, patterns built from
the data files, patterns compiled inside functions), crafts hostile inputs from each
pattern's own shape and times them at growing sizes. Here it runs at modest sizes (1,000
and 10,000 characters, confirmed at 40,000) with fewer fillers, one test per pattern; the
benchmark goes to 10^6 characters. A pattern matched only at given positions
(``.match``/``.fullmatch`` in the package source) is timed that way, any other also by a
search from every position. Issue 14, item 1.
"""

from __future__ import annotations

import pytest
from regex_sweep_module import sweep

FOUND = [f for f in sweep.discover() if f.ours]
SOURCE = sweep._package_source()
SIZES = (1_000, 10_000)

#: Patterns known to be super-linear on some input, with the input and why it is tolerated
#: or who fixes it; each is xfail(strict=True), so a fix shows up.
KNOWN: dict[str, str] = {  # none known today
}


def test_every_kind_of_pattern_is_found() -> None:
    names = {f.name for f in FOUND}
    for constant in ("WORD_RE", "GALLERY_RE", "CREDIT_HEAD_RE", "CANDIDATE_RE", "MOJIBAKE_RE"):
        assert any(n.endswith("." + constant) for n in names), constant
    built = [f for f in FOUND if f.name.startswith("(built at")]
    assert any("phrases" in f.origin for f in built), "patterns built from the data files"
    assert len(FOUND) >= 50


@pytest.mark.parametrize(
    ("pattern", "shape"),
    [
        (r"\S@\S+\.\w", "quadratic: the old ADDRESS_RE on a run of '@'"),
        (r"^(?:image|photo)s?\s+\d+\s*(?:of|/)\s*/?\s*\d*\s*$", "cubic: the old GALLERY_RE"),
        (r"(?:\s*,)+x", "exponential"),
    ],
)
def test_the_sweep_catches_super_linear_patterns(pattern: str, shape: str) -> None:
    bad = sweep.Found("bad", pattern, 0, "test", True)
    assert sweep.sweep_pattern(bad, SIZES, quick=True, timeout=0.5, first=True), shape


def test_the_sweep_passes_linear_patterns() -> None:
    # (r"\s+\d" would not pass: searched from every position of a run of spaces, each
    # start runs to the end of the run before it fails, which is quadratic.)
    for pattern in (r"[a-z]+", r"\d\s+", r"(?<!\s)\s+\d", r"^(?:image|photo)\s+\d+$"):
        good = sweep.Found("good", pattern, 0, "test", True)
        assert sweep.sweep_pattern(good, SIZES, quick=True, timeout=2.0) == [], pattern


def test_usage_is_read_from_the_source() -> None:
    by_name = {f.name.rsplit(".", 1)[-1]: f for f in FOUND}
    assert sweep.uses(by_name["GALLERY_RE"], SOURCE) == {"match"}
    assert "finditer" in sweep.uses(by_name["WORD_RE"], SOURCE)


@pytest.mark.parametrize(
    "found",
    [
        pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=KNOWN[f.name]))
        if f.name in KNOWN
        else f
        for f in FOUND
    ],
    ids=[f"{i}-{f.name}" for i, f in enumerate(FOUND)],
)
def test_pattern_is_linear(found: object) -> None:
    findings = sweep.sweep_pattern(
        found, SIZES, quick=True, timeout=2.0, used=sweep.uses(found, SOURCE)
    )
    assert not findings, "\n".join(f.row() for f in findings)
