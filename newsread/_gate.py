"""Grade limits for CI: ``--max-grade`` and ``--max-paragraph-grade``.

Copy that is harder than a limit fails the run with its own exit code (docs/cli.md), and
each offence is one line naming the file and the line in it, the way a linter does, so
newsread can sit in a docs or newsroom pipeline next to Vale:

    story.txt: consensus grade 12.3 is above --max-grade 10
    story.txt:14: hard sentence, grade 15.7 (34 words): "The Riverside Bridge will close…"
    story.txt:21: paragraph grade 14.1 is above --max-paragraph-grade 12: "About 14,000…"
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ._errors import UsageError
from ._limits import DEFAULT_TOP
from ._lists import hardest
from ._readability import GRADE_MAX, GRADE_MIN

if TYPE_CHECKING:
    from ._models import Report

#: What the limits compare: the consensus grade, or one formula's grade.
CONSENSUS = "consensus"


@dataclass(frozen=True)
class Limits:
    """The grade limits of one run. ``grades``: (formula name or ``consensus``, limit)."""

    grades: tuple[tuple[str, float], ...] = ()
    paragraph: float | None = None

    def __bool__(self) -> bool:
        return bool(self.grades) or self.paragraph is not None


class Gated(NamedTuple):
    """An output payload with what the limits found in its report (crosses from workers)."""

    payload: Any
    over: bool
    lines: tuple[str, ...]


def graded_formulas() -> tuple[str, ...]:
    """The formulas whose result is a school grade, in report order (Flesch Reading Ease and
    LIX are scores on their own scales, with no grade to limit), from the formula registry.

    >>> "smog" in graded_formulas(), "flesch_reading_ease" in graded_formulas()
    (True, False)
    """
    from ._formulas import formulas

    return tuple(f.name for f in formulas() if f.graded)


def parse_limit(text: str, formulas: tuple[str, ...]) -> tuple[str, float]:
    """A ``--max-grade`` value: ``G`` (the consensus grade) or ``FORMULA=G``.

    >>> parse_limit("10", ("smog",)), parse_limit("smog=9.5", ("smog",))
    (('consensus', 10.0), ('smog', 9.5))
    >>> parse_limit("fog=9", ("smog",))
    Traceback (most recent call last):
    ...
    newsread.errors.UsageError: --max-grade: no graded formula called 'fog' (one of: consensus, smog)
    """
    name, _, value = text.rpartition("=")
    name = name.strip() or CONSENSUS
    if name != CONSENSUS and name not in formulas:
        known = ", ".join((CONSENSUS, *formulas))
        raise UsageError(f"--max-grade: no graded formula called {name!r} (one of: {known})")
    return name, grade_value(value, "--max-grade")


def grade_value(text: str, option: str) -> float:
    """A grade limit: a finite number in the range grades are shown in (0 to 20).

    >>> grade_value("12", "--max-paragraph-grade")
    12.0
    """
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and GRADE_MIN <= value <= GRADE_MAX):
        raise UsageError(
            f"{option} takes a grade from {GRADE_MIN:g} to {GRADE_MAX:g}, not {text!r}"
        )
    return value


def _clip(text: str, n: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1].rsplit(" ", 1)[0] + "…"


def check(report: Report, limits: Limits, top: int = DEFAULT_TOP) -> tuple[bool, list[str]]:
    """Whether ``report`` is over a limit, and one line per offence (the file named first).

    Over a grade limit, the ``top`` hardest sentences follow, each with its line; over the
    paragraph limit, every paragraph over it. A grade that is undefined (no body) is said,
    not counted as an offence.
    """
    from ._printable import printable

    name = printable(report.source or "<text>")
    lines: list[str] = []
    over = False
    for formula, limit in limits.grades:
        if formula == CONSENSUS:
            grade, what = report.consensus_grade, "consensus grade"
        else:
            grade, what = report.score(formula).grade, f"{formula} grade"
        if grade is None:
            lines.append(f"{name}: {what} is undefined (no body text), not checked")
        elif grade > limit:
            over = True
            shown = f"{limit:g}" if formula == CONSENSUS else f"{formula}={limit:g}"
            lines.append(f"{name}: {what} {grade:.1f} is above --max-grade {shown}")
    if over:
        for s in hardest(report)[:top]:
            lines.append(
                f"{name}:{s.line}: {s.difficulty} sentence, grade {s.grade:.1f} ({s.words} words): "
                f'"{printable(_clip(s.text))}"'
            )
    if limits.paragraph is not None:
        for p in report.paragraphs.paragraphs:
            if p.grade is not None and p.grade > limits.paragraph:
                over = True
                lines.append(
                    f"{name}:{p.line}: paragraph grade {p.grade:.1f} is above "
                    f'--max-paragraph-grade {limits.paragraph:g}: "{printable(_clip(p.text))}"'
                )
    return over, lines
