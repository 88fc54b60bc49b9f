"""What the counting pass knows about each word form: one plain dict, and a prebuilt table.

Every distinct word form (a spelling: "Quickly" and "quickly" are two forms) gets one
:data:`Form` tuple, computed once from the syllable counter and the bundled word lists and
kept in a :class:`FormTable`, a plain ``dict`` that computes a missing form itself
(``__missing__``), so a look-up of a known form is a C-level dict access. The tuple carries
the features (syllables, letters, Gunning complexity, Dale-Chall and Spache familiarity,
capital, adverb, lower-cased form, "be") and what they add to the counts, packed into one
int each (:func:`pack`), so ``sum(map(COUNTS, map(table.__getitem__, words)))`` sums a
whole sentence in C.

Computing a new form is most of the cost of a cold corpus run (docs/performance.md). The
expensive part of it -- syllables, complexity and the two word lists -- is the same for
every run, so ``benchmarks/build_form_table.py`` precomputes it for the lower-case words of
the bundled CMU dictionary and word lists into ``data/word-forms.txt``, stamped with the rules
versions and a hash of the code and data that compute it (a test fails when the stamp is
stale). A table loads that file only after :data:`LOAD_AFTER` forms have been computed the
slow way, i.e. in a batch of many inputs; one article from the command line never pays for it.
Forms found in the file (and their capitalised spellings, which count the same but for the
capital) skip the computation; the result is the same either way.
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING, Final, cast

from ._data import word_set
from ._style import is_adverb
from ._syllables import RULES_VERSION, Numbers, count_syllables
from ._vocabulary import base_on_list, is_complex
from ._words import counting_form

if TYPE_CHECKING:
    from collections.abc import Mapping

#: Version of what :func:`compute` returns; bump it (and rebuild the table) when it changes.
FORMS_VERSION = "1"
#: The prebuilt table (``benchmarks/build_form_table.py`` writes it).
TABLE_FILE = "word-forms.txt"
#: Forms computed the slow way before a table loads the prebuilt file: loading it costs
#: about as much as computing this many forms (docs/performance.md), so a batch pays at most
#: twice the best choice made in hindsight, and a single article never loads it.
LOAD_AFTER = 1000
#: Distinct forms a table keeps before it starts afresh (a pure function of the form, so
#: this bounds memory and changes no result).
FORM_LIMIT = 1 << 16

#: The counts packed in one int per word form, in order (see :func:`pack`).
FIELDS = (
    "syllables",
    "letters",
    "long",
    "polysyllables",
    "monosyllables",
    "complex",
    "difficult",
    "adverbs",
)
#: Bits per packed field (room for 2**40 words per field).
FIELD_BITS = 40
FIELD_MASK = (1 << FIELD_BITS) - 1
ADVERB_SHIFT = FIELDS.index("adverbs") * FIELD_BITS

# One word form: (syllables, letters, complex, dale-chall familiar, spache familiar,
# capitalised, adverb, lower-cased form, is a form of "be", counts, opening, spache key
# inside a sentence, spache key opening one, syllables if it is a figure).
Form = tuple[int, int, bool, bool, bool, bool, bool, str, bool, int, int, str, str, int]
SYLLABLES: Final = 0
LETTERS: Final = 1
COMPLEX: Final = 2
FAMILIAR: Final = 3
SPACHE: Final = 4
CAPITAL: Final = 5
ADVERB: Final = 6
LOWER: Final = 7
BE: Final = 8
#: What one occurrence adds to the counts, packed: the word-list fields (complex,
#: difficult, adverb) count it as it stands inside a sentence, where a capitalised word
#: is a name and counts 0.
COUNTS = itemgetter(9)
#: What a word adds to the counts beyond :data:`COUNTS` when it opens a sentence.
OPENING = itemgetter(10)
#: The lower-cased form if the word counts as unfamiliar to Spache inside a sentence (a
#: capitalised word is a name there, so familiar), else "".
SPACHE_KEY = itemgetter(11)
#: The same for a word that opens a sentence.
SPACHE_OPENING_KEY = itemgetter(12)
#: The word's syllables if it holds a digit (a figure: "2022", "$2.5bn"), else 0; a hard
#: sentence says how many of its syllables its figures make.
FIGURE_SYLLABLES = itemgetter(13)


def pack(*fields: int) -> int:
    """Several counts in one int, so one addition sums them all.

    >>> unpack(pack(3, 0, 7) + pack(1, 2, 0), 3)
    (4, 2, 7)
    """
    out = 0
    for i, v in enumerate(fields):
        out |= v << (i * FIELD_BITS)
    return out


def unpack(packed: int, n: int) -> tuple[int, ...]:
    """The ``n`` counts of a :func:`pack` ed int (or a sum of them)."""
    return tuple((packed >> (i * FIELD_BITS)) & FIELD_MASK for i in range(n))


def compute(word: str, numbers: Numbers = "spoken") -> tuple[int, int, bool, bool, bool, str]:
    """The costly features of one word form, from the rules and the word lists alone:
    (syllables, letters, complex, Dale-Chall familiar, Spache familiar, lower-cased form).

    ``word`` is already in its counting form. This is what the prebuilt table holds.

    >>> compute("Legislation")
    (4, 11, True, False, False, 'legislation')
    """
    syl = count_syllables(word, numbers=numbers)
    lower = word.lower()
    if "‐" in lower or "‑" in lower:  # Unicode hyphens: judged like "-"
        lower = lower.replace("‐", "-").replace("‑", "-")
    if word.isalpha():
        letters = len(word)
        number = False
    else:
        letters = sum(map(str.isalnum, word))
        number = any(map(str.isdigit, word))
    parts = (
        [count_syllables(p, numbers=numbers) for p in lower.split("-") if p] if "-" in lower else ()
    )
    dc = number or base_on_list(lower, word_set("dale-chall.txt")) is not None
    sp = number or base_on_list(lower, word_set("spache.txt")) is not None
    return syl, letters, is_complex(word, syl, parts), dc, sp, lower


def encode(syllables: int, complex_: bool, familiar: bool, spache: bool) -> int:
    """The prebuilt table's code for a lower-case form.

    >>> decode(encode(4, True, False, True))
    (4, True, False, True)
    """
    return syllables << 3 | complex_ << 2 | familiar << 1 | spache


def decode(code: int) -> tuple[int, bool, bool, bool]:
    """(syllables, complex, Dale-Chall familiar, Spache familiar) of a table code."""
    return code >> 3, bool(code & 4), bool(code & 2), bool(code & 1)


# The shifts of the packed fields (see :func:`pack`), for _form's inline packing.
_L, _LONG, _POLY, _MONO, _CX, _DC, _ADV = (i * FIELD_BITS for i in range(1, len(FIELDS)))


def _form(
    syl: int,
    letters: int,
    cx: bool,
    dc: bool,
    sp: bool,
    lower: str,
    cap: bool = False,
    figure: bool = False,
) -> Form:
    adv = is_adverb(lower)
    if cap:  # a name inside a sentence: the word lists count it only where it opens one
        counts = syl | letters << _L | (letters > 6) << _LONG | (syl >= 3) << _POLY
        counts |= (syl == 1) << _MONO
        opening = cx << _CX | (not dc) << _DC | adv << _ADV
    else:  # == pack(syl, letters, letters > 6, syl >= 3, syl == 1, cx, not dc, adv)
        counts = syl | letters << _L | (letters > 6) << _LONG | (syl >= 3) << _POLY
        counts |= (syl == 1) << _MONO | cx << _CX | (not dc) << _DC | adv << _ADV
        opening = 0
    return (
        syl,
        letters,
        cx,
        dc,
        sp,
        cap,
        adv,
        lower,
        lower in _be_forms(),
        counts,
        opening,
        "" if sp or cap else lower,
        "" if sp else lower,
        syl if figure else 0,
    )


@cache
def _be_forms() -> frozenset[str]:
    return word_set("be-forms.txt")


def _title_case(word: str) -> bool:
    """A capital then lower-case ASCII letters only ("Geneva"): such a form counts exactly as
    its lower-case form but for the capital (a test checks it for every table entry)."""
    return len(word) > 1 and word.isascii() and word.isalpha() and word[1:].islower()


class FormTable(dict[str, Form]):
    """Word form -> :data:`Form`, for one numbers convention; a missing form is computed.

    >>> t = FormTable()
    >>> t["Quickly"][:9]
    (2, 7, False, True, False, True, True, 'quickly', False)
    >>> unpack(COUNTS(t["legislation"]), len(FIELDS))
    (4, 11, 1, 1, 0, 1, 1, 0)
    >>> unpack(COUNTS(t["Geneva"]), len(FIELDS))  # a name inside a sentence
    (3, 6, 0, 1, 0, 0, 0, 0)
    >>> unpack(OPENING(t["Legislation"]), len(FIELDS))
    (0, 0, 0, 0, 0, 1, 1, 0)
    >>> SPACHE_OPENING_KEY(t["Legislation"]), SPACHE_KEY(t["Legislation"]), SPACHE_KEY(t["dog"])
    ('legislation', '', '')
    >>> FormTable("spoken")["2022"][0], FormTable("one")["2022"][0]
    (5, 1)
    """

    def __init__(self, numbers: Numbers = "spoken", load_after: int = LOAD_AFTER) -> None:
        super().__init__()
        self.numbers: Numbers = numbers
        self.load_after = load_after
        self.computed = 0  # forms computed the slow way
        self.prebuilt: Mapping[str, int] | None = None

    def __missing__(self, word: str) -> Form:
        if len(self) >= FORM_LIMIT:
            self.clear()
        form = self[word] = self.make(word)
        return form

    def make(self, word: str) -> Form:
        """The :data:`Form` of ``word``, from the prebuilt table or computed."""
        if not word.isascii():
            form = counting_form(word)
            if form != word:
                return self[form]
        prebuilt = self.prebuilt
        if prebuilt is not None:
            code = prebuilt.get(word)
            if code is not None:  # an entry: lower-case ASCII, no digit (tests/test_forms.py)
                # (code >> 3, ...) is decode(code), inline: this runs for most new forms
                letters = len(word) if word.isalpha() else sum(map(str.isalnum, word))
                return _form(code >> 3, letters, code & 4 != 0, code & 2 != 0, code & 1 != 0, word)
            if word[:1].isupper() and _title_case(word.removesuffix("'s")):
                code = prebuilt.get(word.lower())
                if code is not None:  # as the entry but for the capital ("Geneva", "Smith's")
                    return _form(
                        code >> 3,
                        len(word) - word.endswith("'s"),  # the letters: all but an apostrophe
                        code & 4 != 0,
                        code & 2 != 0,
                        code & 1 != 0,
                        word.lower(),
                        True,
                    )
            if "-" in word:
                compound = _compound(word, prebuilt)
                if compound is not None:
                    return compound
        else:
            self.computed += 1
            if self.computed > self.load_after:
                self.prebuilt = prebuilt_table()
        syl, letters, cx, dc, sp, lower = compute(word, self.numbers)
        return _form(syl, letters, cx, dc, sp, lower, word[:1].isupper(), _has_digit(word))


def _compound(word: str, prebuilt: Mapping[str, int]) -> Form | None:
    """The :data:`Form` of a hyphenated compound whose parts are all table entries and which
    is not one itself ("best-known", "Low-cost"), from its parts' entries; None for any other
    word. Letters and hyphens only, every part in lower case but a first one in title case
    (never a lone capital: "A-list" is counted otherwise).

    This is what :func:`compute` gives such a word: its syllables are its parts' (the
    syllable counter counts each part of a compound it has no entry for, and a title-case
    part as its lower-case form); it is familiar to a word list when every part is; and
    Gunning complexity comes from the same syllables. Tests compare the two on compounds
    of table entries (tests/test_forms.py).
    """
    parts = word.split("-")
    head = parts[0]
    if not (
        word.isascii()
        and all(map(str.isalpha, parts))
        and all(map(str.islower, parts[1:]))
        and (head.islower() or _title_case(head))
    ):
        return None
    lower = word.lower()
    if lower != word and lower in prebuilt:
        return None  # a capitalised entry ("Baby-sit"): make() has looked it up
    codes = list(map(prebuilt.get, lower.split("-")))
    if None in codes:
        return None
    known = cast("list[int]", codes)
    syllables = [code >> 3 for code in known]
    syl = sum(syllables)
    return _form(
        syl,
        len(word) - len(parts) + 1,
        is_complex(word, syl, syllables),
        all(code & 2 for code in known),
        all(code & 1 for code in known),
        lower,
        head[0].isupper(),
    )


def _has_digit(word: str) -> bool:
    return not word.isalpha() and any(map(str.isdigit, word))


@cache
def prebuilt_table() -> Mapping[str, int]:
    """The prebuilt table: lower-case form -> :func:`encode` d features ({} if stale).

    Its figures hold for both numbers conventions (it has no figures). A table whose rules
    versions are not this code's is not used (the test suite refuses it first).
    """
    from types import MappingProxyType

    from ._syllables import _grouped_table, file_header

    header = file_header(TABLE_FILE)
    if header.get("rules-version") != RULES_VERSION or header.get("forms-version") != (
        FORMS_VERSION
    ):
        return MappingProxyType({})
    return MappingProxyType(_grouped_table(TABLE_FILE, int))


#: The package modules whose code decides what :func:`compute` returns.
SOURCE_MODULES = ("_syllables.py", "_numbers.py", "_vocabulary.py")
#: The data files that decide it.
SOURCE_DATA = (
    "cmudict-exceptions.txt",
    "cmudict-estimator.txt",
    "cmudict-syllables.txt",
    "dale-chall.txt",
    "spache.txt",
)


def source_hash() -> str:
    """SHA-256 of the code and data that compute the prebuilt table's entries: the modules
    :data:`SOURCE_MODULES`, the source of :func:`compute`, :func:`encode` and
    :func:`~newsread._words.counting_form`, and the files :data:`SOURCE_DATA`. The table is
    stamped with it; a test recomputes it, so any change to them makes the table stale.
    """
    import hashlib
    import inspect
    import os

    from ._data import DATA_DIR

    here = os.path.dirname(os.path.abspath(__file__))
    digest = hashlib.sha256()
    for name in SOURCE_MODULES:
        with open(os.path.join(here, name), "rb") as fh:
            digest.update(name.encode() + b"\0" + fh.read() + b"\0")
    for fn in (compute, encode, counting_form):
        digest.update(inspect.getsource(fn).encode() + b"\0")
    for name in SOURCE_DATA:
        with open(os.path.join(DATA_DIR, name), "rb") as fh:
            digest.update(name.encode() + b"\0" + fh.read() + b"\0")
    return digest.hexdigest()
