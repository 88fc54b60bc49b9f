"""Syllable counting. (Placeholder heuristic; the dictionary-backed counter replaces it.)"""

from __future__ import annotations

import re

VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")


def count_syllables(word: str, dictionary: bool = True) -> int:
    """Syllables in ``word``; at least 1 for any word with a letter or digit.

    >>> count_syllables("cat")
    1
    """
    w = word.lower()
    n = len(VOWEL_GROUP_RE.findall(w))
    if w.endswith("e") and n > 1 and not w.endswith("le"):
        n -= 1
    return max(1, n) if any(c.isalnum() for c in w) else 0
