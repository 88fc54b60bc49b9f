"""The article as an editor reads it: blocks in page order, with the findings marked.

Shared by the rich ``--show-text`` view and the HTML report, so both mark the same things
in the same places: hard and very hard sentences, possible passives and adverbs inside the
body paragraphs, and every block set aside, in place, with its kind and reason. Nothing
here knows about terminals or HTML; each renderer turns :func:`events` into its own marks.

Marks nest: a passive or an adverb lies inside one sentence, an adverb may lie inside a
passive ("was quickly repaired"), and sentences never overlap.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ._difficulty import HARD as HARD
from ._difficulty import VERY_HARD as VERY_HARD

if TYPE_CHECKING:
    from ._models import ParagraphInfo, Report, SetAside

#: The kinds of mark, outermost first: a flagged sentence's class (``_difficulty``), then
#: the word-level findings.
PASSIVE = "passive"
ADVERB = "adverb"
KINDS = (VERY_HARD, HARD, PASSIVE, ADVERB)


class Mark(NamedTuple):
    """A span of the input to mark."""

    start: int
    end: int
    kind: str


class Piece(NamedTuple):
    """One piece of the article in page order: a body paragraph with its marks, or blocks
    set aside (``aside``: one block, or a run of short lines such as a menu), never both."""

    start: int
    paragraph: ParagraphInfo | None
    aside: tuple[SetAside, ...]
    marks: tuple[Mark, ...]


def marks_of(report: Report) -> list[Mark]:
    """Every mark in the report, in text order (outer marks before the marks inside)."""
    marks = [Mark(s.start, s.end, s.difficulty) for s in report.sentences.hard]
    marks += [Mark(p.be.start, p.participle.end, PASSIVE) for p in report.findings.passives]
    marks += [Mark(a.start, a.end, ADVERB) for a in report.findings.adverbs]
    marks.sort(key=lambda m: (m.start, -m.end, KINDS.index(m.kind)))
    return marks


def pieces(report: Report) -> list[Piece]:
    """The body paragraphs (each with the marks inside it) and the blocks set aside
    (runs of short lines together, see :func:`newsread._aside.groups`), in page order.

    >>> import newsread
    >>> r = newsread.analyze("Storm hits coast\\n\\nThe storm reached the coast at dawn.")
    >>> [(p.paragraph is not None, len(p.aside)) for p in pieces(r)]
    [(False, 1), (True, 0)]
    """
    from ._aside import groups

    marks = marks_of(report)
    out: list[Piece] = []
    i = 0
    for p in report.paragraphs.paragraphs:
        inside: list[Mark] = []
        while i < len(marks) and marks[i].start < p.end:
            if marks[i].start >= p.start:
                inside.append(marks[i])
            i += 1
        out.append(Piece(p.start, p, (), tuple(inside)))
    out += [Piece(g[0].start, None, g, ()) for g, _ in groups(report)]
    out.sort(key=lambda piece: piece.start)
    return out


def events(text: str, base: int, marks: Sequence[Mark]) -> Iterator[tuple[str, str, Mark | None]]:
    """``text`` (which starts at offset ``base`` of the input) as a stream of events,
    properly nested: ``("text", chunk, None)``, ``("open", kind, mark)`` and
    ``("close", kind, mark)``.

    >>> [e[:2] for e in events("It was closed.", 0, [Mark(0, 14, "hard"), Mark(3, 13, "passive")])]
    [('open', 'hard'), ('text', 'It '), ('open', 'passive'), ('text', 'was closed'), ('close', 'passive'), ('text', '.'), ('close', 'hard')]
    """
    points: list[tuple[int, int, int, int, str, Mark]] = []
    for i, m in enumerate(marks):
        start = max(m.start - base, 0)
        end = min(m.end - base, len(text))
        if start >= end:
            continue
        points.append((start, 1, -(end - start), i, "open", m))  # the longer opens first
        points.append((end, 0, end - start, -i, "close", m))  # the shorter closes first
    points.sort()
    at = 0
    for pos, _, _, _, event, mark in points:
        if pos > at:
            yield ("text", text[at:pos], None)
            at = pos
        yield (event, mark.kind, mark)
    if at < len(text):
        yield ("text", text[at:], None)
