"""Syllable counting: the CMU Pronouncing Dictionary, a trained fallback estimator, and rules.

How a word is counted (docs/methodology.md, "Syllables", has the full account):

1. The word, lower-cased, is looked up in a small table of *exceptions* — the CMUdict words
   that the rules and the estimator below would count differently from the dictionary. So
   every CMUdict word gets exactly its dictionary count (first pronunciation), while what
   is loaded stays small (~8,000 exceptions and ~12,000 estimator weights, ~4 ms) instead of
   126,052 words (~25-50 ms).
2. Plain words go to the estimator: each vowel group ("ea", "io", a final "e") adds one
   syllable plus a learned correction for the group in its context (the letters around it);
   the corrections were fitted on CMUdict by ``benchmarks/build_syllable_table.py``.
3. Everything else is taken apart first: hyphenated compounds are the sum of their parts,
   numbers are said as a newsreader says them (``newsread._numbers``), all-capital
   abbreviations that the dictionary lacks are spelled out when short or unpronounceable
   ("NHS" = 3, but "NATO" = 2), mixed-case words are counted by pieces ("ChatGPT" = "Chat"
   + "GPT"), possessive "'s" adds a syllable after a hissing sound ("Boss's").

A word written in capitals takes CMUdict's spelled-out alternate pronunciation when it has
one: "us" is 1 syllable, "US" is 2 ("us(2)" in CMUdict is Y UW2 EH1 S).

The data files are derived from CMUdict (BSD licence, see ``data/CMUDICT-LICENSE.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType
from typing import TypeVar

from ._data import read_text
from ._limits import NUMBERS as NUMBERS
from ._limits import Numbers as Numbers
from ._words import counting_form

# Version of the counting rules in this module. The exceptions table records it with a hash of
# the estimator's weights; bump it (and rebuild the tables) whenever the rules change.
RULES_VERSION = "5"

TABLE_FILE = "cmudict-syllables.txt"
ESTIMATOR_FILE = "cmudict-estimator.txt"
EXCEPTIONS_FILE = "cmudict-exceptions.txt"

# A vowel group, the unit the estimator counts. "beautiful" -> "eau", "i", "u"
VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
# Separators inside a word; each side is counted on its own. "two-year-long", "9/11", "10:30"
SEPARATOR_RE = re.compile(r"[^\w$£€%.']+|_+")
# Initials and dotted abbreviations, said letter by letter. "u.s.", "n.y.", "a.m"
DOTTED_LETTERS_RE = re.compile(r"(?:[a-z]\.)+[a-z]?")
# A consonant cluster that can start an English syllable, or nothing. "str", "bl", "k"
ONSET = r"(?:sch|scr|shr|spl|spr|str|thr|chr|[bcfgkpt][lr]|dr|[cpstw]h|dw|kn|qu|s[cklmnptw]|tw|wr|[b-df-hj-np-tv-xz])?"
# An all-capital abbreviation that can be read as a word: onset, then vowel groups separated by
# at most two consonants, at most two at the end. "nato", "ukip", "covid" (not "jrfu", "itpc")
PRONOUNCEABLE_RE = re.compile(
    ONSET + r"[aeiouy]+(?:[b-df-hj-np-tv-xz]{1,2}[aeiouy]+)*[b-df-hj-np-tv-xz]{0,2}"
)
# An ASCII digit (a figure inside a word). "2022", "g7", "$2.5bn"
ASCII_DIGIT_RE = re.compile(r"[0-9]")
# A doubled vowel letter that English words rarely have; such abbreviations are spelled. "iaaf"
DOUBLED_VOWEL_RE = re.compile(r"aa|ii|uu")
# Mixed case that marks pieces: two capitals in a row, a lower-case start, a final capital.
# "ChatGPT", "eBay", "BenQ"
CAMEL_RE = re.compile(r"[a-z][A-Z]{2}|[A-Z]{2}[a-z]|^[a-z][A-Z]|[a-z][A-Z]$")
# The pieces of a word written in mixed case. "ChatGPT" -> "Chat", "GPT"; "iPhone" -> "i", "Phone"
CAMEL_PIECE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# Runs of letters, or of digits, or anything else single, in a mixed token. "g7" -> "g", "7"
ALNUM_RUN_RE = re.compile(r"[0-9]+|[^\W\d_]+|.")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
# Latin letters that Unicode decomposition does not reduce to ASCII.
LATIN_EXTRA = str.maketrans(
    {"æ": "ae", "œ": "oe", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "ß": "ss", "đ": "d", "ı": "i"}
)
LEADING_KEEP = frozenset("$£€'")
TRAILING_KEEP = frozenset("%.'")
VOWEL_LETTERS = frozenset("aeiouy")
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze")
T = TypeVar("T")
MEMO_LIMIT = 1 << 17  # distinct spellings remembered before the memo is cleared


def _letter_syllables(letters: str) -> int:
    """Syllables of letter names: "w" is "double-u" (3), every other letter 1."""
    return len(letters) + 2 * letters.count("w")


def _grouped_table(name: str, convert: Callable[[str], T]) -> dict[str, T]:
    """Parse a file of lines ``VALUE item item ...`` (``#`` lines are comments)."""
    table: dict[str, T] = {}
    for line in read_text(name).splitlines():
        if not line or line[0] == "#":
            continue
        value, _, items = line.partition(" ")
        table.update(dict.fromkeys(items.split(), convert(value)))
    return table


def file_header(name: str) -> dict[str, str]:
    """The ``# key: value`` lines at the top of a data file (provenance and stamps).

    >>> file_header("cmudict-exceptions.txt")["rules-version"] == RULES_VERSION
    True
    """
    header = {}
    for line in read_text(name).splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].partition(":")
        if sep:
            header[key.strip()] = value.strip()
    return header


def estimator_features(letters: str) -> tuple[int, list[str]]:
    """The vowel groups of a lower-case ASCII word and the estimator's features for them.

    Each group is seen five ways: alone, with the two letters after it, with the two before
    it, with one before and two after, with two before and three after ("^" and "$" mark the
    word's edges; a "y" that starts a word before a vowel is a consonant, "Y").

    >>> estimator_features("able")
    (2, ['ga', 'ra|bl', 'l^|a', 'c^|a|bl', 'x^|a|ble', 'ge', 're|$', 'lbl|e', 'cl|e|$', 'xbl|e|$'])
    """
    if letters[:1] == "y" and letters[1:2] in VOWEL_LETTERS:
        letters = "Y" + letters[1:]  # consonant y: "yes", "young"
    s = f"^{letters}$"
    features: list[str] = []
    groups = 0
    for m in VOWEL_GROUP_RE.finditer(s):
        i, j = m.span()
        g = m.group()
        groups += 1
        left2 = s[max(0, i - 2) : i]
        right2 = s[j : j + 2]
        features += (
            "g" + g,
            f"r{g}|{right2}",
            f"l{left2}|{g}",
            f"c{s[i - 1]}|{g}|{right2}",
            f"x{left2}|{g}|{s[j : j + 3]}",
        )
    return groups, features


class SyllableCounter:
    """Counts syllables with a given exceptions table and estimator weights.

    The library uses two shared instances (with and without the CMUdict exceptions); the
    table builder makes its own to derive the exceptions.

    Args:
        exceptions: lower-case word -> syllables, consulted before any rule (upper-case
            keys: the count of a word written in capitals, e.g. "US").
        weights: estimator feature -> correction (see :meth:`estimate`).
        figures_as_one: count each figure as one syllable ("2022", "$2.5bn", "9/11", the
            "19" of "COVID-19") instead of as spoken.
    """

    def __init__(
        self,
        exceptions: Mapping[str, int],
        weights: Mapping[str, float],
        figures_as_one: bool = False,
    ) -> None:
        self.exceptions = exceptions
        self.weights = weights
        self.figures_as_one = figures_as_one
        self._memo: dict[str, int] = {}
        self._contexts: dict[str, float] = {}

    def count(self, word: str) -> int:
        """Syllables in ``word`` (remembered per spelling)."""
        n = self._memo.get(word)
        if n is None:
            n = self.count_uncached(word)
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = n
        return n

    def count_uncached(self, word: str) -> int:
        """Syllables in ``word``, computed afresh."""
        if not word.isascii():  # NFD and NFC, soft hyphens or none: one count
            form = counting_form(word)
            if form != word:
                return self.count(form)
        if word.isupper():  # "US": CMUdict's spelled-out alternate, stored in capitals
            n = self.exceptions.get(word)
            if n is not None:
                return n
        low = word.lower()
        n = self.exceptions.get(low)
        if n is not None:
            return n
        if low.isalpha() and low.isascii():
            if len(word) > 1 and word.isupper():
                return self._capitals(low)
            if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
                return self.count(word[:-1])  # "MPs", "CEOs": said as the letters
            if CAMEL_RE.search(word):  # "OpenAI", "iPhone", "JPMorgan" (not "McDonald")
                return sum(map(self.count, CAMEL_PIECE_RE.findall(word)))
            return self.estimate(low)
        straight = word.translate(APOSTROPHES)
        n = self.count(straight) if straight != word else self._compound(word)
        if n == 0 and any(map(str.isalnum, word)):
            return 1  # "ʼ" is a letter (a modifier apostrophe) though it is read as "'"
        return n

    def estimate(self, letters: str) -> int:
        """The fallback estimate for a lower-case ASCII word (no dictionary).

        Each vowel group counts one syllable, corrected by the learned weights of its
        features (:func:`estimator_features`), which depend only on the group and the two
        letters before and three after it; the correction is remembered per such context.
        The sum is rounded; a word has at least one syllable.
        """
        if letters[:1] == "y" and letters[1:2] in VOWEL_LETTERS:
            letters = "Y" + letters[1:]  # consonant y: "yes", "young"
        s = f"^^{letters}$$$"
        contexts = self._contexts
        total = 0.0
        groups = 0
        for m in VOWEL_GROUP_RE.finditer(s):
            i, j = m.span()
            key = s[i - 2 : j + 3]
            weight = contexts.get(key)
            if weight is None:
                if len(contexts) >= MEMO_LIMIT:
                    contexts.clear()
                weight = contexts[key] = self._context_weight(key)
            total += weight
            groups += 1
        return max(1, round(groups + total))

    def _context_weight(self, key: str) -> float:
        """The summed weights of one vowel group's features; ``key`` is "^^" + group + "$$$"
        padded context (two letters before the group, three after)."""
        w = self.weights
        group = key[2:-3]
        left2 = key[1:2] if key[0] == "^" and key[1] == "^" else key[:2]
        right3 = key[-3:]
        if "$" in right3:
            right3 = right3[: right3.index("$") + 1]
        right2 = right3[:2]
        return (
            w.get("g" + group, 0.0)
            + w.get(f"r{group}|{right2}", 0.0)
            + w.get(f"l{left2}|{group}", 0.0)
            + w.get(f"c{left2[-1]}|{group}|{right2}", 0.0)
            + w.get(f"x{left2}|{group}|{right3}", 0.0)
        )

    def _capitals(self, low: str) -> int:
        """An all-capital word the dictionary lacks: "NHS" is spelled out, "NATO" is read.

        Spelled out: three letters or fewer; no vowel; or four or five letters that are not
        pronounceable as an English word (see ``PRONOUNCEABLE_RE``) or have a doubled "aa",
        "ii", "uu". Longer capitals are read as words.
        """
        if (
            len(low) <= 3
            or VOWEL_LETTERS.isdisjoint(low)
            or (
                len(low) <= 5
                and (DOUBLED_VOWEL_RE.search(low) or not PRONOUNCEABLE_RE.fullmatch(low))
            )
        ):
            return _letter_syllables(low)
        return self.estimate(low)

    def _compound(self, word: str) -> int:
        """Everything that is not a plain word: edges, numbers, compounds, apostrophes."""
        start, end = 0, len(word)
        while start < end and not (word[start].isalnum() or word[start] in LEADING_KEEP):
            start += 1
        while end > start and not (word[end - 1].isalnum() or word[end - 1] in TRAILING_KEEP):
            end -= 1
        s = word[start:end].lstrip("'")
        low = s.lower()
        if not any(map(str.isalnum, low)):
            return 0
        if s != word:
            return self.count(s)  # "(hello)", "'90s", "said:"
        if DOTTED_LETTERS_RE.fullmatch(low.rstrip(".")) and "." in low:
            return _letter_syllables(low.replace(".", ""))
        if low.endswith("."):
            return self.count(s.rstrip("."))
        has_digit = ASCII_DIGIT_RE.search(low) is not None
        if (
            has_digit
            and self.figures_as_one
            and (not any(map(str.isalpha, low)) or _spoken_number(low) is not None)
        ):
            return 1  # a figure, with its signs and suffix: "9/11", "$2.5bn", "1990s"
        if has_digit:
            spoken = _spoken_number(low)
            if spoken is not None:
                words, plural = spoken
                n = sum(map(self.count, words))
                if plural is not None and words[plural].endswith("x"):
                    n += 1  # "sixes"; other plurals ("nineties") add no syllable
                return n
        parts = [p for p in SEPARATOR_RE.split(s) if p]
        if len(parts) > 1:
            return sum(map(self.count, parts))
        if has_digit:
            runs = [r for r in ALNUM_RUN_RE.findall(s) if r.isalnum()]
            if len(runs) > 1:
                return sum(map(self.count, runs))
            if runs and runs[0].isascii() and runs[0].isdigit():
                return sum(map(self.count, _say_digits(runs[0])))
        if "'" in low:
            if low.endswith("'s"):
                base = s[:-2].replace("'", "")
                return self.count(base) + int(base.lower().endswith(SIBILANT_ENDINGS))
            return self.count(s.replace("'", "").lower())  # "D'Agostino" as "dagostino"
        runs = [r for r in ALNUM_RUN_RE.findall(s) if r.isalnum()]
        if len(runs) != 1 or runs[0] != s:
            return max(1, sum(map(self.count, runs)))
        import unicodedata

        folded = unicodedata.normalize("NFKD", s.lower().translate(LATIN_EXTRA))
        folded = folded.encode("ascii", "ignore").decode("ascii")
        if folded and folded.isalpha() and folded != s:
            return self.count(folded)
        # Scripts without Latin letters: one syllable per CJK character, else one per word.
        return max(1, sum(1 for c in s if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"))


def _spoken_number(low: str) -> tuple[list[str], int | None] | None:
    return _number_reader()(low)


@cache
def _number_reader() -> Callable[[str], tuple[list[str], int | None] | None]:
    """``newsread._numbers.spoken_number``, imported on first use (once, not per figure)."""
    from ._numbers import spoken_number

    return spoken_number


def _say_digits(digits: str) -> list[str]:
    from ._numbers import ONES

    return [ONES[int(d)] for d in digits]


@cache
def _weights() -> dict[str, float]:
    return _grouped_table(ESTIMATOR_FILE, float)


@cache
def _exceptions() -> Mapping[str, int]:
    return MappingProxyType(_grouped_table(EXCEPTIONS_FILE, int))


@cache
def _counter(use_dictionary: bool, numbers: Numbers = "spoken") -> SyllableCounter:
    """The counter for a dictionary setting and numbers convention (one each, remembered)."""
    if numbers not in NUMBERS:
        raise ValueError(f"numbers must be one of {NUMBERS}, not {numbers!r}")
    exceptions = _exceptions() if use_dictionary else {}
    return SyllableCounter(exceptions, _weights(), figures_as_one=numbers == "one")


def count_syllables(word: str, dictionary: bool = True, numbers: Numbers = "spoken") -> int:
    """Syllables in ``word``, as spoken; at least 1 for any word with a letter or digit.

    Args:
        word: one word: "cat", "two-year-long", "2022", "Zelenskyy's", "NHS".
        dictionary: agree exactly with the CMU Pronouncing Dictionary on every word it holds
            (first pronunciation). ``False`` uses only the rules and the fallback estimator.
        numbers: ``"spoken"`` counts a figure as a newsreader says it ("2022" is "twenty
            twenty-two", 5); ``"one"`` counts each figure as one syllable.

    Returns:
        The number of syllables; 0 only when ``word`` has no letter or digit.

    >>> count_syllables("readability")
    5
    >>> count_syllables("two-year-long"), count_syllables("2022"), count_syllables("45%")
    (3, 5, 5)
    >>> count_syllables("2022", numbers="one"), count_syllables("COVID-19", numbers="one")
    (1, 3)
    """
    return _counter(dictionary, numbers).count(word)


@cache
def _dictionary() -> Mapping[str, int]:
    return MappingProxyType(_grouped_table(TABLE_FILE, int))


def dictionary() -> Mapping[str, int]:
    """Every CMUdict word (lower-case) with the syllables of its first pronunciation.

    Built on first use (~25-50 ms, 126,052 words); :func:`count_syllables` does not need it.

    >>> dictionary()["readability"]
    5
    """
    return _dictionary()
