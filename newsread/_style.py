"""Style signals editors rely on (Hemingway, Yoast), each by a rule in docs/methodology.md.

The word-level tests here (:func:`is_adverb`, :func:`passive_candidates`) are called by the
single counting pass in ``_analysis``; :func:`quote_spans` finds direct speech in a
paragraph; :func:`style_signals` assembles the counts into :class:`StyleSignals`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from ._data import word_set
from ._measures import LONG_PARAGRAPH_WORDS, LONG_SENTENCE_WORDS, OPENING_RUN
from ._models import OpeningRun, StyleSignals

#: Words allowed between a form of "be" and its participle ("was not closed").
PASSIVE_MAX_SKIP = 2


class Target(NamedTuple):
    """A style target the report checks: a measure of :class:`StyleSignals` and its limit."""

    label: str
    field: str
    limit: float
    share: bool  # the measure is a share of sentences (shown as a percentage), else a count
    source: str

    @property
    def aim(self) -> str:
        """The target in words, e.g. "at most 55%" or "none"."""
        if self.share:
            return f"at most {self.limit:.0%}"
        return "none" if self.limit == 0 else f"at most {self.limit:g}"


#: The style targets, calibrated on professional copy: three to four published news articles
#: in five meet each one (docs/methodology.md, "Style targets", with the figures).
TARGETS: tuple[Target, ...] = (
    Target(
        f"Sentences over {LONG_SENTENCE_WORDS} words",
        "long_sentence_share",
        0.60,
        True,
        "Yoast: at most 25% (90% of the news articles miss that)",
    ),
    Target(
        "Sentences with a possible passive",
        "passive_share",
        0.30,
        True,
        "Yoast: at most 10% (74% miss that)",
    ),
    Target(
        f"Paragraphs over {LONG_PARAGRAPH_WORDS} words",
        "long_paragraphs",
        1,
        False,
        "Yoast: none (41% miss)",
    ),
    Target(f"Runs of {OPENING_RUN}+ same openings", "repeated_openings", 0, False, "Yoast: none"),
)


def meets(target: Target, value: float | None) -> bool:
    """Whether a measure meets its target (an undefined measure does).

    >>> meets(TARGETS[0], 0.2), meets(TARGETS[0], 0.9), meets(TARGETS[2], None)
    (True, False, True)
    """
    return value is None or value <= target.limit


# A quotation mark that can open or close direct speech. '“Go,” she said' -> “ and ”
QUOTE_RE = re.compile(r"[\"“”‘’«»„]")
# Which marks close a quotation opened by each opener (read-only). Not the punctuation
# module's CLOSERS (any closing quote or bracket after a sentence's last mark): here each
# opening quote is paired with the marks that can end its own quotation.
_QUOTE_CLOSERS = MappingProxyType({'"': '"', "“": "”", "«": "»", "„": "“”"})


def is_adverb(lower: str) -> bool:
    """Whether a lower-cased word counts as an adverb: ends in -ly, 4+ letters, not stop-listed.

    Capitalised words inside a sentence (names such as "Kelly") are excluded by the
    caller, which knows the word's position.

    >>> is_adverb("quickly"), is_adverb("family"), is_adverb("fly")
    (True, False, False)
    """
    return len(lower) >= 4 and lower.endswith("ly") and lower not in word_set("adverb-stoplist.txt")


def is_participle(lower: str) -> bool:
    """Whether a lower-cased word can be a past participle: -ed (4+ letters) or irregular.

    >>> is_participle("closed"), is_participle("written"), is_participle("red")
    (True, True, False)
    """
    return (len(lower) >= 4 and lower.endswith("ed")) or lower in word_set(
        "irregular-participles.txt"
    )


@cache
def be_forms() -> frozenset[str]:
    """Forms of "be" as they can be written: lower case, capitalised and upper case.

    >>> {"was", "Was", "WAS"} <= be_forms()
    True
    """
    be = word_set("be-forms.txt")
    return frozenset(be | {w.capitalize() for w in be} | {w.upper() for w in be})


#: Prefixes after which a hyphenated -ed word is still a verb ("re-elected", "co-written");
#: any other hyphenated participle is an adjective ("male-dominated", "long-awaited").
VERB_PREFIXES = frozenset(
    {"re", "co", "pre", "de", "mis", "over", "under", "out", "up", "un", "ill", "cross"}
)


#: Participles that are adjectives only before these words: "is set to win", "was
#: prepared to go", "is determined that…", "are committed to…" (but "the act is committed").
BEFORE = MappingProxyType(
    {
        "set": frozenset({"to"}),
        "prepared": frozenset({"to", "for"}),
        "determined": frozenset({"to", "that"}),
        "committed": frozenset({"to"}),
    }
)


def is_adjectival(participle: str, between: Sequence[str], after: Sequence[str]) -> bool:
    """Whether "be + participle" reads as "be + adjective", so it is no possible passive.

    ``between`` are the words between "be" and the participle, ``after`` the (up to two)
    words that follow it, all lower case. The participle describes a state or a feeling
    when it is on the list of adjectival participles ("worried", "based"), when a degree
    word stands between "be" and it ("very", "so", "bitterly"), when it is a hyphenated
    compound that is not a prefixed verb ("male-dominated"), or when it is one of
    :data:`BEFORE` followed by its word ("is set to win"). It is a passive whatever the
    word when "by" follows it, at once or after a particle ("were worried by the news",
    "being worn down by appeals").

    >>> is_adjectival("worried", [], ["about"]), is_adjectival("worried", [], ["by"])
    (True, False)
    >>> is_adjectival("disappointed", ["bitterly"], []), is_adjectival("closed", [], ["on"])
    (True, False)
    >>> is_adjectival("set", [], ["to", "win"]), is_adjectival("set", [], ["on", "fire"])
    (True, False)
    """
    if "by" in after[:2]:
        return False
    if participle in word_set("adjectival-participles.txt"):
        return True
    if not word_set("degree-words.txt").isdisjoint(between):
        return True
    if "-" in participle and participle.split("-", 1)[0] not in VERB_PREFIXES:
        return True
    return bool(after) and after[0] in BEFORE.get(participle, ())


def passive_pairs(words: Sequence[str]) -> list[tuple[int, int]]:
    """Possible passives in one sentence's words (any case), as (be, participle) indexes.

    A possible passive is a form of "be" followed by a past participle, with at most two
    words between them from the skip list, -ly adverbs or degree words, unless the
    participle reads as an adjective there (:func:`is_adjectival`).

    >>> passive_pairs("The road was closed and the bridge is being rebuilt".split())
    [(2, 3), (7, 9)]
    >>> passive_pairs("She was happy and very worried".split()), passive_pairs("He was so tired".split())
    ([], [])
    >>> passive_pairs("They were worried by the rain".split())
    [(1, 2)]
    """
    be = be_forms()
    skip = _skippable()
    pairs: list[tuple[int, int]] = []
    last = len(words)
    free = 0  # "is being rebuilt" is one candidate, not two
    for i in [i for i, w in enumerate(words) if w in be]:
        if i < free:
            continue
        j = i + 1
        while j < last and j - i - 1 < PASSIVE_MAX_SKIP:
            w = words[j].lower()
            if w in skip or (w.endswith("ly") and is_adverb(w)):
                j += 1
            else:
                break
        if j < last and is_participle(participle := words[j].lower()):
            between = [w.lower() for w in words[i + 1 : j]]
            after = [w.lower() for w in words[j + 1 : j + 3]]
            if not is_adjectival(participle, between, after):
                pairs.append((i, j))
            free = j + 1
    return pairs


@cache
def _skippable() -> frozenset[str]:
    """Words that may stand between "be" and its participle: the skip list and degree words."""
    return word_set("passive-skip.txt") | word_set("degree-words.txt")


def passive_candidates(words: Sequence[str]) -> int:
    """How many possible passives one sentence's words hold (see :func:`passive_pairs`).

    >>> passive_candidates("The road was closed and the bridge is being rebuilt".split())
    2
    """
    return len(passive_pairs(words))


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` inside quotation marks (one paragraph at a time).

    “ « „ open and ” » close; a straight " toggles; ‘ opens a single-quoted span that only
    a ’ not followed by a letter closes (so the apostrophe of "it’s" does not). Quotes
    inside quotes are ignored. A quote still open at the end runs to the end (the news
    convention for a quotation continued in the next paragraph, which reopens it).

    >>> t = 'He said “we won” and left. "Again," she said.'
    >>> [t[s:e] for s, e in quote_spans(t)]
    ['we won', 'Again,']
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    opener = ""
    open_at = 0
    for m in QUOTE_RE.finditer(text, start, end):
        ch = m.group()
        pos = m.start()
        if not opener:
            if ch in '“«„"‘':
                opener, open_at = ch, pos + 1
            continue
        if opener == "‘":
            nxt = text[pos + 1] if pos + 1 < end else ""
            if ch == "’" and not nxt.isalpha():
                spans.append((open_at, pos))
                opener = ""
        elif ch in _QUOTE_CLOSERS[opener]:
            spans.append((open_at, pos))
            opener = ""
    if opener:
        spans.append((open_at, end))
    return spans


def opening_runs(first_words: Sequence[str], starts: Sequence[int]) -> tuple[OpeningRun, ...]:
    """Runs of ``OPENING_RUN`` or more consecutive sentences opening with the same word.

    >>> [(r.word, r.start, r.sentences) for r in opening_runs(["the", "the", "the", "a"], [0, 5, 9, 14])]
    [('the', 0, 3)]
    """
    runs: list[OpeningRun] = []
    i = 0
    n = len(first_words)
    while i < n:
        j = i + 1
        while j < n and first_words[j] == first_words[i] and first_words[i]:
            j += 1
        if j - i >= OPENING_RUN:
            runs.append(OpeningRun(word=first_words[i], start=starts[i], sentences=j - i))
        i = j
    return tuple(runs)


def style_signals(
    sentence_words: Sequence[int],
    first_words: Sequence[str],
    sentence_starts: Sequence[int],
    paragraph_words: Sequence[int],
    *,
    adverbs: int = 0,
    passive: int = 0,
    passive_sentences: int = 0,
    quoted_words: int = 0,
) -> StyleSignals:
    """Style signals from the counting pass's per-sentence and per-paragraph figures.

    >>> s = style_signals([25, 5, 8], ["we", "we", "we"], [0, 30, 40], [38], passive=1,
    ...                   passive_sentences=1)
    >>> s.long_sentences, len(s.opening_runs), round(s.passive_share, 3)
    (1, 1, 0.333)
    """
    n = len(sentence_words)
    total = sum(sentence_words)
    long_sentences = sum(1 for w in sentence_words if w > LONG_SENTENCE_WORDS)
    runs = opening_runs(first_words, sentence_starts)
    return StyleSignals(
        long_sentence_share=(long_sentences / n) if n else None,
        long_paragraphs=sum(1 for w in paragraph_words if w > LONG_PARAGRAPH_WORDS),
        repeated_openings=len(runs),
        adverbs=adverbs,
        passive_candidates=passive,
        quoted_word_share=(quoted_words / total) if total else None,
        long_sentences=long_sentences,
        passive_sentences=passive_sentences,
        passive_share=(passive_sentences / n) if n else None,
        quoted_words=quoted_words,
        opening_runs=runs,
    )
