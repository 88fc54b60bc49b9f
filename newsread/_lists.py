"""What the report's lists hold, shared by the rich view and the HTML report: the hard
sentences in rank order, the paragraphs worth showing beside them, and the findings to
check, each cut to ``--top`` entries with a count of what was left out.

One place decides what each list holds and how many entries it left out; the renderers
only decide how it looks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from ._wording import plural

if TYPE_CHECKING:
    from ._models import ParagraphInfo, Report, SentenceInfo

#: A paragraph adds nothing beside the hard-sentence list when the sentences that list
#: shows make up more than this share of its words ("Not everyone was pleased." before a
#: 38-word sentence already listed).
COVERED = 0.5


class Listing(NamedTuple):
    """One line of "To check": what it is, the entries shown, and what is left out."""

    label: str
    #: Occurrences in the body, e.g. every Dale–Chall difficult word (``counts.difficult_words``).
    total: int
    shown: tuple[str, ...]
    #: Entries not shown: distinct forms for word lists, occurrences for passives.
    more: int
    #: What an entry is, for the "… and N more" line ("word", "passive").
    noun: str

    @property
    def more_words(self) -> str:
        """ "… and 3 more words", or "" when nothing is left out."""
        return f"… and {plural(self.more, 'more ' + self.noun)}" if self.more else ""


def hardest(r: Report) -> list[SentenceInfo]:
    """Every hard sentence, hardest first (raw grade, then length, then place)."""
    return sorted(r.sentences.hard, key=lambda s: (-s.raw_grade, -s.words, s.start))


def paragraphs_to_show(r: Report, top: int) -> tuple[list[ParagraphInfo], int]:
    """The hardest paragraphs that add something to the hard-sentence list, and how many
    there are in all (the first ``top`` are returned).

    A paragraph is worth showing when it is harder than the body as a whole (by the same
    formula, Flesch–Kincaid) and the hard sentences listed above it (the first ``top``) do
    not make up most of it (:data:`COVERED`): a one-sentence paragraph already listed, or
    a short lead-in before a listed sentence, would only repeat the list.
    """
    whole = r.score("flesch_kincaid_grade").grade
    listed = hardest(r)[:top]
    ranked = sorted(
        (p for p in r.paragraphs.paragraphs if p.grade is not None),
        key=lambda p: (-(p.raw_grade or 0.0), -p.words, p.start),
    )
    rows = []
    for p in ranked:
        if whole is not None and (p.grade or 0.0) <= whole:
            continue
        covered = sum(s.words for s in listed if p.start <= s.start and s.end <= p.end)
        if covered > COVERED * p.words:
            continue
        rows.append(p)
    return rows[:top], len(rows)


def excerpt(r: Report, start: int, end: int) -> str:
    """The input's text from ``start`` to ``end``, read from the body paragraph holding it."""
    paras = r.paragraphs.paragraphs
    i = bisect_right([p.start for p in paras], start) - 1
    if i < 0 or end > paras[i].end:
        return ""
    p = paras[i]
    return p.text[start - p.start : end - p.start]


def counted(word: str, n: int) -> str:
    """A word and how often it occurs, when more than once: "council ×3"."""
    return f"{word} ×{n}" if n > 1 else word


def findings(r: Report, top: int) -> list[Listing]:
    """The lines of "To check": possible passives (each one), adverbs and the Dale–Chall and
    Gunning words (each distinct form with its count, most frequent first)."""
    f = r.findings
    out: list[Listing] = []
    if f.passives:
        passives = [excerpt(r, p.be.start, p.participle.end) for p in f.passives]
        out.append(_listing("Possible passives", len(passives), passives, top, "passive"))
    if f.adverbs:
        adverbs = Counter(a.text.lower() for a in f.adverbs).most_common()
        forms = [counted(w, n) for w, n in adverbs]
        out.append(_listing("Adverbs", len(f.adverbs), forms, top, "adverb"))
    for label, words in (
        ("Unfamiliar words, Dale–Chall", f.difficult_words),
        ("Complex words, Gunning", f.complex_words),
    ):
        if words:
            forms = [counted(w, n) for w, n in words.items()]
            out.append(_listing(label, sum(words.values()), forms, top, "word"))
    return out


def _listing(label: str, total: int, entries: list[str], top: int, noun: str) -> Listing:
    return Listing(label, total, tuple(entries[:top]), max(0, len(entries) - top), noun)
