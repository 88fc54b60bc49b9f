"""Numbers as a newsreader says them: "2022" -> "twenty twenty-two".

Used by the syllable counter: a number token is turned into words, and the words are counted.
The conventions (years, decimals, ordinals, money, percentages, units) are documented in
docs/methodology.md, section "Syllables".
"""

from __future__ import annotations

import re

# A number token: optional currency, digits with optional thousands commas and decimals, then an
# optional suffix (ordinal, plural, magnitude, unit, percent). "$2.5bn", "1,000", "21st", "45%"
NUMBER_RE = re.compile(
    r"(?P<currency>[$£€])?"
    r"(?P<int>[0-9]+(?:,[0-9]{3})*)"
    r"(?:\.(?P<frac>[0-9]+))?"
    r"(?P<suffix>[a-z%']*)"
)

# Thousands commas in the right places: "1,000,000" but not "1,00". "12,345"
GROUPED_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")

ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))

CURRENCIES = {"$": "dollars", "£": "pounds", "€": "euros"}
MAGNITUDES = {"k": "thousand", "m": "million", "bn": "billion", "b": "billion", "tn": "trillion"}
# Units written straight after a number in news copy, spoken in full (US spelling).
UNITS = {
    "km": "kilometers",
    "kph": "kilometers per hour",
    "kmh": "kilometers per hour",
    "m2": "square meters",
    "cm": "centimeters",
    "mm": "millimeters",
    "kg": "kilograms",
    "mg": "milligrams",
    "lb": "pounds",
    "lbs": "pounds",
    "ft": "feet",
    "in": "inches",
    "ins": "inches",
    "mph": "miles per hour",
    "mw": "megawatts",
    "gw": "gigawatts",
    "kw": "kilowatts",
    "kwh": "kilowatt hours",
    "pc": "percent",
    "am": "a.m.",
    "pm": "p.m.",
    "yo": "year old",
}
ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
MAX_CARDINAL = 10**15  # longer digit strings are read digit by digit


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(f"{TENS[tens]}-{ONES[ones]}" if ones else TENS[tens])
    elif rest or not words:
        words.append(ONES[rest])
    return words


def cardinal(n: int) -> list[str]:
    """``n`` (0 <= n < 10**15) in words, US style (no "and").

    >>> " ".join(cardinal(1_250_007))
    'one million two hundred fifty thousand seven'
    """
    if n < 1000:
        return _below_thousand(n)
    words: list[str] = []
    for scale, name in SCALES:
        if n >= scale:
            high, n = divmod(n, scale)
            words += [*_below_thousand(high), name]
    if n:
        words += _below_thousand(n)
    return words


def _year(n: int) -> list[str]:
    """A year read the way news anchors say it: 1999 -> nineteen ninety-nine."""
    high, low = divmod(n, 100)
    if n % 1000 < 10:  # 1000-1009, 2000-2009: "two thousand five"
        return cardinal(n)
    if low == 0:
        return [*_below_thousand(high), "hundred"]
    if low < 10:
        return [*_below_thousand(high), "oh", ONES[low]]
    return [*_below_thousand(high), *_below_thousand(low)]


def _digits(text: str) -> list[str]:
    return [ONES[int(d)] for d in text]


def _integer(text: str) -> list[str]:
    """Words for a run of ASCII digits (commas already removed)."""
    if len(text) > 1 and text[0] == "0":
        return _digits(text)
    if len(text) > 15:
        return _digits(text)
    n = int(text)
    if len(text) == 4 and 1000 <= n <= 2099:
        return _year(n)
    return cardinal(n)


def _ordinal(word: str) -> str:
    head, _, last = word.rpartition("-")
    if last in ORDINALS:
        last = ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def _plural(word: str) -> str:
    if word.endswith("y"):
        return word[:-1] + "ies"
    if word.endswith("x"):
        return word + "es"
    return word + "s"


def say_number(token: str) -> list[str] | None:
    """The words a newsreader says for a number token, or ``None`` if it is not one.

    ``token`` is lower-case. Years (1000-2099) are read in pairs, decimals digit by digit after
    "point", money as the amount then the currency, magnitudes ("bn") before the currency.

    >>> " ".join(say_number("2022"))
    'twenty twenty-two'
    >>> " ".join(say_number("$2.5bn"))
    'two point five billion dollars'
    >>> " ".join(say_number("21st"))
    'twenty-first'
    >>> " ".join(say_number("1990s"))
    'nineteen nineties'
    >>> say_number("covid") is None
    True
    """
    spoken = spoken_number(token)
    if spoken is None:
        return None
    words, plural = spoken
    if plural is not None:
        words[plural] = _plural(words[plural])
    return words


def spoken_number(token: str) -> tuple[list[str], int | None] | None:
    """Like :func:`say_number`, but a plural ("1990s") is left singular and its index given.

    The syllable counter counts "nineteen" + a plural ending rather than "nineteens", a word
    no dictionary holds.

    >>> spoken_number("1990s")
    (['nineteen', 'ninety'], 1)
    """
    m = NUMBER_RE.fullmatch(token)
    if m is None:
        return None
    currency, whole, frac, suffix = m.group("currency", "int", "frac", "suffix")
    percent = suffix.endswith("%")
    if percent:
        suffix = suffix[:-1]
    if "," in whole:
        if not GROUPED_RE.fullmatch(whole):
            return None
        plain = whole.replace(",", "")
        words = cardinal(int(plain)) if len(plain) <= 15 else _digits(plain)  # never a year
    else:
        words = _integer(whole)
    after: list[str] = []
    plural = None
    if suffix.startswith("'"):
        suffix = suffix[1:]  # "1990's"
    if suffix in ORDINAL_SUFFIXES and frac is None:
        words[-1] = _ordinal(words[-1])
    elif suffix == "s" and frac is None:
        plural = len(words) - 1
    elif suffix in ("am", "pm") and frac is not None and len(frac) == 2:
        # A clock time: "9.30am" is nine thirty a.m., "9.05am" nine oh five, "9.00am" nine.
        minutes = int(frac)
        if minutes:
            words += cardinal(minutes) if minutes >= 10 else ["oh", ONES[minutes]]
        return [*words, UNITS[suffix]], None
    elif suffix in MAGNITUDES:
        after.append(MAGNITUDES[suffix])
    elif suffix in UNITS:
        after.append(UNITS[suffix])
    elif suffix:
        return None
    if frac is not None:
        if currency and len(frac) == 2 and not after:
            cents = int(frac)
            tail = [CURRENCIES[currency], *cardinal(cents)] if cents else [CURRENCIES[currency]]
            return [*words, *tail], None
        words += ["point", *_digits(frac)]
    if currency:
        after.append(CURRENCIES[currency])
    if percent:
        after.append("percent")
    return words + after, plural
