"""Which words are familiar (Dale-Chall, Spache) and which are complex (Gunning Fog).

The rules are written down in docs/methodology.md ("Which words count as what"); the word
lists are data files (``newsread/data/dale-chall.txt``, ``spache.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence

# Regular inflections tried, in order, when a word is not on a list itself: (ending,
# replacement). "parks" -> "park", "babies" -> "baby", "baked" -> "bake", "stopped" is
# handled by the doubled-consonant step. Comparatives -er/-est are included (Dale & Chall
# 1948 count them familiar).
_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
)


_INFLECTED_LAST = frozenset(e[-1] for e, _ in _INFLECTIONS)


def base_on_list(lower: str, words: frozenset[str]) -> str | None:
    """The form of ``lower`` found on ``words`` (itself or a regular inflection's base).

    Hyphenated words are on the list when every part is ("well-known" is not, "ice-cold"
    is). Returns None when the word is not familiar.

    >>> from newsread._data import word_set
    >>> dc = word_set("dale-chall.txt")
    >>> base_on_list("walked", dc), base_on_list("hopping", dc), base_on_list("parks'", dc)
    ('walk', 'hop', 'park')
    >>> base_on_list("legislation", dc) is None
    True
    """
    if lower in words:
        return lower
    for mark in ("'s", "’s", "'", "’"):  # possessives: "child's", "parks'"
        if lower.endswith(mark) and len(lower) > len(mark):
            return base_on_list(lower[: -len(mark)], words)
    if "-" in lower:
        parts = [p for p in lower.split("-") if p]
        if parts and all(base_on_list(p, words) for p in parts):
            return lower
        return None
    if lower[-1:] not in _INFLECTED_LAST:
        return None
    for ending, repl in _INFLECTIONS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            stem = lower[: len(lower) - len(ending)] + repl
            if stem in words:
                return stem
            # doubled final consonant: "stopped" -> "stop", "running" -> "run"
            doubled = repl == "" and ending[0] in "ei" and len(stem) >= 3 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in words:
                return stem[:-1]
    return None


def is_complex(word: str, syllables: int, part_syllables: Sequence[int] = ()) -> bool:
    """Gunning's complex word, judged on the word alone (capitals are the caller's job).

    Three or more syllables, except: three-syllable words ending in -ed or -es
    ("created", "trespasses"), hyphenated compounds whose parts each have fewer
    than three syllables ("two-year-long"), and numbers in figures ("14,000").

    >>> is_complex("government", 3), is_complex("created", 3), is_complex("well-known", 2)
    (True, False, False)
    >>> is_complex("two-year-long", 3, (1, 1, 1))
    False
    """
    if syllables < 3 or any(map(str.isdigit, word)):  # "14,000" is read at a glance
        return False
    lower = word.lower()
    if syllables == 3 and (lower.endswith("ed") or lower.endswith("es")):
        return False
    return not (part_syllables and all(k < 3 for k in part_syllables))
