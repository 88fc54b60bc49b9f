"""Sentence boundaries in news prose.

One pass over the text finds every *candidate* boundary with a single precompiled
regex (:data:`CANDIDATE_RE`): a run of terminal punctuation followed by whitespace, a
line break, or an inline bullet. Each candidate is then decided by cheap checks on the
token before it and the word after it:

* ``?`` and ``!`` end a sentence unless a speaker follows (``"Why?" she asked``, ``Why
  now?! he asked``) or a lower-case word follows a name or title that ends in the mark
  (``Shall We Dance? and``, ``Kerrang! editor``);
* an ellipsis ends one when a capitalised word follows, never inside ``[...]``;
* a period ends one unless the token before it is a title (``Mr.``, ``Gen.``), a known
  abbreviation followed by a number (``Dec. 21``), an ambiguous abbreviation or initial
  (``U.S.``, ``St.``, ``W.``) not followed by a common sentence starter (``The``,
  ``He``...), an abbreviation that may end a sentence (``Inc.``, ``p.m.``) followed by a
  word that continues it (``Monday``, ``ET``), or a list number at the start of a
  sentence (``1.``); a lower-case word after it starts a new sentence ("It broke. then")
  unless the token is an abbreviation, an initial or an unfamiliar short word
  (``Acme Inc. said``, ``E. coli``, ``subsp. sativa``);
* citation markers and emoticons after the marks (``2015.[24]``, ``Thanks! :)``) stay
  with the sentence before;
* a blank line always ends one; a single line break ends one only when the line before
  has no final punctuation and looks like a headline, caption or list item, not like
  hard-wrapped prose (see docs/methodology.md, "Sentences").

The word lists live in ``newsread/data`` and are loaded once, on first use. Every regex
is linear in the input: no nested quantifiers, and candidate runs start only at the
beginning of a run of terminal marks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ._data import word_list, word_set
from ._punctuation import CLOSERS, OPENERS, SENTENCE_MARK_RE, SENTENCE_MARKS, char_class
from ._vocabulary import base_on_list

# A citation marker or bracketed note after a sentence, glued to its mark: ".[24]",
# ".[a]", ".[note 3]", ".[citation needed]"
GLUED_NOTE = r"(?:\[(?:\d{1,3}|[a-z][a-z0-9 ]{0,24})\])"
# The same after a space, where a single letter would be a list label ("[b] Next"):
# " [24]", " [laughs]"
SPACED_NOTE = r"(?:\[(?:\d{1,3}|[a-z][a-z0-9 ]{1,24})\])"
# An emoticon: ":)", ";-)", ":D", "=(", "^_^", "<3"
EMOTICON = r"(?:[:;=][-o'^]?[()\[\]DPpO3/|*]+|\^_*\^|<3+|>:-?[()])"
# What stays with the sentence before: glued notes, then spaced markers and emoticons
TRAILER = (
    r"(?:"
    + GLUED_NOTE
    + "|"
    + EMOTICON
    + r"|[^\S\n]{1,3}(?:"
    + SPACED_NOTE
    + "|"
    + EMOTICON
    + r"))+"
)

# A candidate boundary: one of the characters that can end a sentence, then
#   "t": the rest of a run of terminal marks and closers, before space/end ('war." Then'),
#   then "tr": citation markers or emoticons that stay with the sentence ("2015.[24] It",
#   "Thanks! :) We");
#   "n": more line breaks and indentation ("\n\n  ");
#   "b": nothing, after a bullet preceded by space ("item • next");
#   "g": nothing, after a period glued to the next sentence ("left.The").
# It starts with a plain character set so the regex engine scans fast between candidates,
# and a run of marks can only start where the previous character is not a mark.
_MARK = char_class(SENTENCE_MARKS)
CANDIDATE_RE = re.compile(
    "[" + re.escape(SENTENCE_MARKS) + r"\n•◦‣▪●⁃]"
    r"(?:(?<=\n)(?P<n>[^\S\n]*(?:\n[^\S\n]*)*)"
    r"|(?<=[•◦‣▪●⁃])(?<!\S.)(?P<b>)"
    r"|(?<!"
    + _MARK
    + r".)(?P<t>(?:(?<=\.)(?:[ \u00a0]\.){2,}|"
    + _MARK
    + "*)"
    + char_class(CLOSERS)
    + "*)"
    r"(?:(?=[^\S\n]{0,3}[\[:;=^<>])(?P<tr>" + TRAILER + r"))?"
    r"(?=\s|\Z)"
    r"|(?<=[a-z][a-z]\.)(?=[A-Z][a-z])(?P<g>))"
)

# What follows a boundary: whitespace, opening quotes/brackets/dashes, the next word. ' "The'
NEXT_RE = re.compile(r"(\s*)((?:[\"'“‘«‹(\[{¿¡—–][^\S\n]*)*)(\w*)")

# A list label at the start of a sentence or line: "1. ", "2.) ", "b) ", "12) "
ENUM_RE = re.compile(r"(\d{1,3}|[a-z])(?:\.\)|[.)])(?=\s)")

# The first label of a list inside a sentence: "three points: 1) costs"
FIRST_LABEL_RE = re.compile(r"(?<=\s)(1|a)\)(?=\s)")

# A bullet or list label at the start of a line: "- item", "• item", "3. item", "(a) item"
BULLET_RE = re.compile(r"(?:[-*•◦‣▪●⁃–—]|\(?\d{1,3}[.)]|\(?[a-z]\))\s")

# An initialism without its final period: "U.S", "Ph.D", "a.m", "F.B.I"
INITIALISM_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")

# Verbs that attribute speech: "said", "asked"...
SPEECH_VERBS = (
    r"(?:said|says|asked|asks|added|told|wrote|replied|shouted|yelled|cried|exclaimed"
    r"|whispered|wondered|recalled|insisted|demanded|tweeted|posted)\b"
)

# A capitalised speaker and a speech verb after a quoted question: ' Lena Ortiz asked'
ATTRIBUTION_RE = re.compile(r"(?:[A-Z][\w'’.-]*[ \u00a0]){1,4}" + SPEECH_VERBS)

# A lower-case speaker and speech verb, or the verb, after a question: ' he asked', 'asked'
LOWER_ATTRIBUTION_RE = re.compile(
    r"(?:(?:he|she|they|we|i|you|someone|somebody|the[ \u00a0][a-z]+)[ \u00a0])?" + SPEECH_VERBS
)

# A list label in brackets, after the opening bracket: "b) ", "iv] "
LABEL_RE = re.compile(r"(?:[a-z]|[ivx]{1,4})[)\]]\s")

# A token that can label a list item: "1", "12", "b", "IV"
ENUM_TOKEN_RE = re.compile(r"\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5}")

# Leading bullets and space before the first word of a sentence: " • ", "- "
LEAD_RE = re.compile(r"[\s•◦‣▪●⁃*\-–—]*")

# A blank line (where does the paragraph end?): "\n  \n"
BLANK_RE = re.compile(r"\n[^\S\n]*\n")

OPEN_OR_SPACE = OPENERS + "—– \t\n\r\u00a0"
# Characters stripped from the front of the token before a period: '("Mr.' -> 'Mr.'
LEADERS = OPENERS + "•◦‣▪●⁃"
# Prepositions that open a sentence with a time of day: "At 5 a.m. Mr. Lee left."
TIME_OPENERS = frozenset({"After", "Around", "At", "Before", "By", "From", "Since", "Until"})
# Verbs besides the forms of "be" that show a weekday or month opens a new sentence
# after a time: "at 9 a.m. Friday was a holiday" (but "at 9 a.m. Friday in Paris").
AUXILIARIES = frozenset({"had", "has", "have", "will", "would", "could", "should", "might"})
# Compass letters: after a number they start a street address ("100 N. Main St.").
COMPASS = frozenset("NSEW")
# Most words before an ellipsis and "I" that make a false start: "“I just… I can’t”".
MAX_FALSE_START = 3
# Longest bracketed aside, after a boundary candidate, kept inside one sentence.
MAX_ASIDE = 40
# Longest unlisted abbreviation in lower case: "subsp", "synth" ("approx" is listed).
MAX_ABBREVIATION = 5
# Longest token looked at before a period; longer tokens are never abbreviations.
MAX_TOKEN = 32

# Token classes.
_ORDINARY, _TITLE, _PREFIX, _FINAL, _CAPS = 0, 1, 2, 3, 4


class _Lists(NamedTuple):
    capitalised: dict[str, int]  # lower-cased token -> class, for a capitalised token
    other: dict[str, int]  # lower-cased token -> class, for any other token
    starters: frozenset[str]
    followers: frozenset[str]
    continuations: frozenset[str]
    places: frozenset[str]  # lower case: "d.c", "n.j"
    letter_labels: frozenset[str]  # lower case: "vitamin", "group"
    marked_names: frozenset[str]  # "Yahoo", "Jeopardy"
    verbs: frozenset[str]  # lower case: "is", "was", "has"
    familiar: frozenset[str]  # lower case: the Dale–Chall list of familiar words


@cache
def _lists() -> _Lists:
    """The abbreviation and cue lists, loaded on first use."""
    capitalised: dict[str, int] = {}
    other: dict[str, int] = {}
    # Later files first, so that the earlier (stronger) class wins a clash ("No", "no").
    for cls, name in (
        (_FINAL, "abbreviations_final.txt"),
        (_PREFIX, "abbreviations_prefix.txt"),
        (_TITLE, "abbreviations.txt"),
    ):
        for entry in word_list(name):
            low = entry.lower()
            if entry != low or len(entry) > 1:  # "v" and "p" match only themselves
                capitalised[low] = cls
            if entry == low:
                other[low] = cls
    return _Lists(
        capitalised=capitalised,
        other=other,
        starters=frozenset(word_list("sentence_starters.txt")),
        followers=frozenset(word_list("abbreviation_followers.txt")),
        continuations=frozenset(word_list("line_continuations.txt")),
        places=word_set("abbreviations_place.txt"),
        letter_labels=word_set("letter_labels.txt"),
        marked_names=frozenset(word_list("names_with_marks.txt")),
        verbs=word_set("be-forms.txt") | AUXILIARIES,
        familiar=word_set("dale-chall.txt"),
    )


def _token_class(token: str, lists: _Lists) -> int:
    """How a period after ``token`` (given without that period) is treated."""
    if not token[0].isupper():
        return lists.other.get(token.lower(), _ORDINARY)
    if len(token) > 1 and token.isalpha() and token.isupper():
        # An acronym ("with MS. Final"), unless the text around is in capitals too
        # ("ST. LOUIS (AP)"): the caller decides with the next word.
        return _CAPS if token.lower() in lists.capitalised else _ORDINARY
    cls = lists.capitalised.get(token.lower(), _ORDINARY)
    if cls == _ORDINARY and token[0].isupper():
        if len(token) == 1:
            return _PREFIX  # an initial: "George W. Bush"
        if "." in token and INITIALISM_RE.fullmatch(token):
            return _PREFIX  # an unlisted initialism: "F.B.I."
    return cls


class _Splitter:
    """State of one call of :func:`sentence_spans` (never shared between calls)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lists = _lists()
        self._para = (-1, 0, False)
        self._first = (-1, -1)

    # -- lazily computed facts about the current paragraph -------------------------
    def paragraph(self, para_start: int, pos: int) -> tuple[int, bool]:
        """Wrap width (0 if not hard-wrapped) and whether it has final punctuation.

        Computed once for the paragraph (the text between blank lines) that starts at
        ``para_start`` and contains ``pos``, so paragraphs are split independently.
        """
        if self._para[0] != para_start:
            blank = BLANK_RE.search(self.text, pos, self.end)
            para_end = blank.start() if blank else self.end
            lines = self.text[para_start:para_end].split("\n")
            widths = [len(line.rstrip()) for line in lines[:-1]]
            width = max(widths, default=0)
            long_lines = sum(1 for w in widths if w >= 0.75 * width)
            wrapped = 40 <= width <= 120 and long_lines >= 2
            terminal = SENTENCE_MARK_RE.search(self.text, para_start, para_end) is not None
            self._para = (para_start, width if wrapped else 0, terminal)
        return self._para[1], self._para[2]

    def first_word(self, sent_start: int) -> int:
        """Where the first word of the sentence starting at ``sent_start`` begins."""
        if self._first[0] != sent_start:
            lead = LEAD_RE.match(self.text, sent_start, self.end)
            assert lead is not None  # LEAD_RE matches the empty string
            self._first = (sent_start, lead.end())
        return self._first[1]

    def ends_place_or_word(self, token: str, token_start: int, next_end: int) -> bool:
        """Whether an ambiguous abbreviation or initial here more likely ends a phrase.

        True for a state or district after a comma ("Washington, D.C.", not "Eric
        Holder, U.S. Attorney General"), and for a single letter after an article, a
        small number or a noun that letters label ("got an A.", "104 F.", "vitamin C.",
        "Group B."), not after any other word ("writer L. Ron Hubbard"), before another
        initial, or when a compass point starts an address ("100 N. Main St.").
        """
        text = self.text
        if len(token) > 1:
            return (
                text[max(0, token_start - 2) : token_start] == ", "
                and token.lower() in self.lists.places
            )
        if text[next_end : next_end + 1] == ".":
            return False  # a letter followed by an initial: "coach K. C. Jones"
        before = text[max(self.start, token_start - MAX_TOKEN) : token_start].split()
        if not before:
            return False
        word = before[-1]
        if word in ("a", "an", "the"):
            return True  # a grade or label, never a name: "got an A."
        if word.isdigit():
            # A unit after a number: "104 F." (not a year: "2018 S. Korgur", nor an
            # address: "100 N. Main St.")
            return len(word) < 4 and token not in COMPASS
        return word.lower() in self.lists.letter_labels

    def in_short_brackets(self, a: int, b: int, sent_start: int) -> bool:
        """Whether text[a:b] is inside a short bracketed aside: "(Oh. Again!)", "(Phil. 4:8)".

        The bracket must open in this sentence (looking back at most 4 * ``MAX_ASIDE``
        characters) and close within ``MAX_ASIDE`` characters, on the same line, with no
        other sentence end before it.
        """
        text = self.text
        lo = max(sent_start, a - 4 * MAX_ASIDE)
        opened = text.count("(", lo, a) + text.count("[", lo, a)
        if not opened:
            return False
        depth = opened - text.count(")", lo, b) - text.count("]", lo, b)
        if depth <= 0:
            return False
        ahead = text[b : b + MAX_ASIDE]
        for i, ch in enumerate(ahead):
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
                if depth == 0:
                    return True
            elif ch == "\n" or (ch in SENTENCE_MARKS and ahead[i + 1 : i + 2] == " "):
                return False  # the aside holds more sentences, or the line ends
        return False

    def is_label(self, a: int, sent_start: int) -> bool:
        """Whether the token ending at ``a`` labels a list item ("1.)", "b.)")."""
        text = self.text
        first = self.first_word(sent_start)
        start = a
        while start > first and a - start < 4 and not text[start - 1].isspace():
            start -= 1
        token = text[start:a]
        if not token or (start > first and not text[start - 1].isspace()):
            return False  # no token, or one longer than a label
        if start == first:
            return ENUM_TOKEN_RE.fullmatch(token) is not None  # "1.) The first item"
        # A later label of an inline list: "1.) Eggs 2.) Milk"
        return (token.isdigit() or len(token) == 1) and ENUM_RE.match(text, first) is not None

    # -- decisions -----------------------------------------------------------------
    def terminal(self, a: int, b: int, sent_start: int, nb: int) -> int:
        """Boundary position for the terminal marks at text[a:b], or -1 for none.

        ``nb`` is where the text after the marks is read from: ``b``, or the end of the
        citation markers or emoticons that follow them ("in 2015.[24] It", "Thanks! :)
        We"), which stay with the sentence before.
        """
        text = self.text
        end = self.end
        if nb + 1 < end and text[nb] == " " and text[nb + 1] not in OPEN_OR_SPACE:
            c_pos = nb + 1
            c = text[c_pos]  # the common case: one space, then a word
            nxt = None
        else:
            nxt = NEXT_RE.match(text, nb, end)
            assert nxt is not None  # NEXT_RE matches the empty string
            c_pos = nxt.end(2)
            if c_pos >= end or text[c_pos].isspace():
                return nb  # end of the region, or only stray quotes follow
            c = text[c_pos]
        if c.islower():
            if nxt is None:
                nxt = NEXT_RE.match(text, nb, end)
                assert nxt is not None
            elif nxt.group(2) and LABEL_RE.match(text, c_pos):
                return nb  # a bracketed list label starts the next item: "here. (b) Then"
            if not _is_camel(nxt.group(3)):
                # '"Why?" she asked', 'Acme Inc. said', "wait... what" continue;
                # "It broke. then I" and "Any tips? thanks" do not.
                return nb if self.lower_start(a, b, c_pos, sent_start) else -1
            c = "A"  # a name written in camel case: "iPhone", "eBay"
        marks = text[a:b]
        if marks != ".":
            marks = marks.rstrip(CLOSERS)
            if "?" in marks or "!" in marks or "‽" in marks:
                if b > a + len(marks):
                    if ATTRIBUTION_RE.match(text, c_pos):
                        return -1  # '"Why not?" Lena Ortiz asked.'
                elif marks == "!" and self.token_before(a, sent_start) in self.lists.marked_names:
                    if nxt is None:
                        nxt = NEXT_RE.match(text, nb, end)
                        assert nxt is not None
                    if nxt.group(3) not in self.lists.starters:
                        return -1  # a name goes on: "Yahoo! Finance", not "Yahoo! The"
                return nb
            dots = marks.count(".")
            if "…" in marks or dots >= 3:
                if not (c.isupper() or c.isdigit()):
                    return -1
                if a > 0 and text[a - 1] in "[(":
                    return -1  # an omission mark: "[...]"
                if (
                    c == "I"
                    and text[c_pos + 1 : c_pos + 2] in (" ", "’", "'")
                    and len(text[self.first_word(sent_start) : a].split()) <= MAX_FALSE_START
                ):
                    return -1  # a false start: "I just… I can’t", not "from menu to menu... I"
                return nb
            if b > a + len(marks):
                if text[a + 1 : b] == ")" and self.is_label(a, sent_start):
                    return -1  # a list label: "1.) The first item"
                return nb  # closed by a quote or bracket: 'he said.) Then', '"Stop." He'
        # A single period.
        if a == 0 or text[a - 1] in CLOSERS:
            return nb  # '"Stop". He'
        token = self.token_before(a, sent_start)
        if not token:
            return nb  # a period alone ("word . Next") or after a very long token
        token_start = a - len(token)
        if (
            len(token) <= 5
            and ENUM_TOKEN_RE.fullmatch(token)
            and self.is_enum(token, token_start, sent_start)
        ):
            return -1  # a list label: "1. The first item", "1. Eggs 2. Milk"
        lists = self.lists
        cls = _token_class(token, lists)
        if cls == _ORDINARY:
            return nb
        if nxt is None:
            nxt = NEXT_RE.match(text, nb, end)
            assert nxt is not None
        word = nxt.group(3)
        if cls == _CAPS:
            if not (word.isupper() and len(word) > 1):
                return nb  # an acronym ending a sentence: "with MS. Final"
            cls = lists.capitalised[token.lower()]  # all capitals: "ST. LOUIS (AP)"
        if cls == _TITLE:
            return -1
        if c.isdigit():
            return -1  # "Dec. 21", "No. 10", "p. 5"
        if cls == _PREFIX and self.ends_place_or_word(token, token_start, nxt.end(3)):
            cls = _FINAL
        if cls == _PREFIX:
            if not c.isupper():
                return -1  # "U.S. $5 billion"
            initial = len(word) == 1 and text[nxt.end(3) : nxt.end(3) + 1] == "."
            if word in lists.starters and not initial:
                return nb  # "in the U.S. The ..."
            return -1  # "the U.S. Senate", "J. R. R. Tolkien"
        # _FINAL: may end a sentence.
        if word in lists.followers or (word.isupper() and word.capitalize() in lists.followers):
            after = text[nxt.end(3) : nxt.end(3) + 12].split(" ", 2)
            if len(after) > 1 and not after[0] and after[1].lower() in lists.verbs:
                return nb  # the next sentence's subject: "at 9 a.m. Friday was a holiday"
            return -1  # "5 p.m. Monday", "Co. Ltd.", "CO. LTD."
        if token.lower() in ("a.m", "p.m"):
            first = self.first_word(sent_start)
            if token_start - first < 12 and text[first : first + 6].split(" ")[0] in TIME_OPENERS:
                return -1  # the time opens the sentence: "At 5 a.m. Mr. Lee left."
        return nb

    def token_before(self, a: int, sent_start: int) -> str:
        """The token that ends at ``a`` (before a period), leading quotes stripped.

        Empty for a period standing alone ("word . Next") and for a token longer than
        ``MAX_TOKEN`` (an ordinary word, never an abbreviation).
        """
        text = self.text
        lo = a - MAX_TOKEN
        if lo < sent_start:
            lo = sent_start
        sp = text.rfind(" ", lo, a)
        token = text[sp + 1 if sp >= 0 else lo : a]
        if not token.isprintable():
            parts = token.split()
            token = parts[-1] if parts and not token[-1].isspace() else ""
        elif sp < 0 and lo > sent_start:
            return ""
        if token and token[0] in LEADERS:
            token = token.lstrip(LEADERS)
        return token

    def is_enum(self, token: str, token_start: int, sent_start: int) -> bool:
        """Whether ``token`` before a period labels a list item ("1.", "b.", "IV.")."""
        if len(token) > 5 or not ENUM_TOKEN_RE.fullmatch(token):
            return False
        first = self.first_word(sent_start)
        if first == token_start:
            return True  # a list label opening a sentence: "1. The first item"
        if token.isdigit() and self.text[token_start - 2 : token_start] == ": ":
            return True  # the first label of a list after a lead-in: "as follows: 1. The"
        # A later label of an inline list: "1. Eggs 2. Milk"
        return (token.isdigit() or len(token) == 1) and ENUM_RE.match(self.text, first) is not None

    def lower_start(self, a: int, b: int, c_pos: int, sent_start: int) -> bool:
        """Whether a lower-case word at ``c_pos`` after the marks text[a:b] starts a sentence.

        Informal writing often starts sentences in lower case ("It broke. then I...",
        "Any tips? thanks"). The word continues the sentence instead after a closing quote
        or bracket ('"Why?" she asked', "(at Yale.) and"), after an ellipsis ("wait...
        what"), after ``?``/``!`` before a speaker ("Why now?! he asked") or ending a
        capitalised name ("Yahoo! and", "Jeopardy! host"), and after a period ending an
        abbreviation, an initial, a single letter or a list label ("Acme Inc. said",
        "approx. five", "U.S. economy", "b. in").
        """
        text = self.text
        if text.startswith(("http://", "https://", "www."), c_pos):
            return True  # a web address after a sentence: "see this. http://..."
        marks = text[a:b]
        if marks[-1] in CLOSERS or "—" in text[b:c_pos] or "–" in text[b:c_pos]:
            return False  # a quote, bracket or dash closes or frames an aside: "pays? — was"
        if marks != ".":
            if "?" in marks or "!" in marks or "‽" in marks:
                if LOWER_ATTRIBUTION_RE.match(text, c_pos):
                    return False  # "Why now?! he asked"
                return not self.is_title_end(a, sent_start, marks)
            return False  # an ellipsis: "wait... what"
        token = self.token_before(a, sent_start)
        if not token:
            return False  # a period standing alone: "the word . dot"
        if (
            len(token.rsplit("-", 1)[-1]) < 2
            or not token[-1].isalnum()
            or INITIALISM_RE.fullmatch(token)
        ):
            return False  # "b. in", "ESBL-E. coli", "(see above). and", "o.k. for"
        if self.is_enum(token, a - len(token), sent_start):
            return False  # "1. the first item"
        if _token_class(token, self.lists) != _ORDINARY:
            return False
        # An unlisted abbreviation is short, in lower case and not a familiar word (the
        # Dale–Chall list): "the subsp. sativa", "synth. muscle" stay whole; "it broke.
        # then", "the HTC Evo. depends", "slowly regressing. then" do not.
        return not (len(token) <= MAX_ABBREVIATION and token.isalpha() and token.islower()) or (
            base_on_list(token, self.lists.familiar) is not None
        )

    def is_title_end(self, a: int, sent_start: int, marks: str) -> bool:
        """Whether a single ``?`` or ``!`` at ``a`` ends a name or title, not a sentence.

        News names works and firms that end in a mark: "the film Shall We Dance? and",
        "a report by Which? magazine", "Kerrang! editor", "ex-Wham! singers". The word
        before the mark is capitalised (not in capitals: "RIGHT AWAY!!! or"); when it
        opens the sentence it must also be an unfamiliar word, not an interjection or
        question word ("Thanks! i will", "Why? because").
        """
        if marks not in ("?", "!"):
            return False
        token = self.token_before(a, sent_start).rsplit("-", 1)[-1]
        if token in self.lists.marked_names:
            return True
        if not (token[:1].isupper() and not token.isupper()):
            return False
        if a - len(token) > self.first_word(sent_start):
            return True
        return token.lower() not in self.lists.familiar

    def glued(self, b: int, sent_start: int) -> int:
        """Boundary for a period glued to a capitalised word ("left.The"), or -1."""
        text = self.text
        before = text[max(sent_start, b - MAX_TOKEN) : b].split()[-1:]
        after = text[b : b + MAX_TOKEN].split()[:1]
        if not before or not after:
            return -1
        token = before[0] + after[0]
        if any(mark in token.lower() for mark in ("/", "@", "www", ".com")):
            return -1  # part of a web address: "Jane.Doe@example.com"
        if before[0].count(".") > 1:
            return -1  # "example.co.Uk", "a.b.Cd"
        return b

    def newline(self, n: int, m_end: int, last_terminal_end: int, para_start: int) -> int:
        """Boundary position for the single line break at ``n``, or -1 for none."""
        text = self.text
        q = n
        while q > self.start and text[q - 1] in " \t\r\f\v\u00a0":
            q -= 1
        if q <= self.start or m_end >= self.end:
            return -1  # nothing before or after it
        if BULLET_RE.match(text, m_end, self.end):
            return n  # the next line is a list item
        if q == last_terminal_end:
            return -1  # a terminal candidate already decided
        prev = text[q - 1]
        if prev in ",;([{–—-/&" or prev in OPENERS[:4]:
            return -1  # the line clearly continues
        nxt = NEXT_RE.match(text, m_end, self.end)
        assert nxt is not None
        c_pos = nxt.end(2)
        if c_pos >= self.end or text[c_pos].isspace():
            return -1
        c = text[c_pos]
        width, has_terminal = self.paragraph(para_start, n)
        if c.islower():
            # Lower case after a line without final punctuation continues the sentence,
            # except in a paragraph with no final punctuation at all (a list of lines).
            return -1 if has_terminal else n
        if prev == ":":
            return n  # a label or the lead-in of a list: "Related:\nWhy rates rose"
        last = text[max(self.start, q - MAX_TOKEN) : q].split()
        if last and last[-1] in self.lists.continuations:
            return -1  # "met with the\nPresident"
        if width:
            line_start = text.rfind("\n", self.start, q) + 1
            if q - max(line_start, self.start) >= 0.75 * width:
                return -1  # a hard-wrapped line of prose
        return n


def _is_camel(word: str) -> bool:
    """Whether a lower-case word has a capital inside: "iPhone", "eBay" (a name)."""
    return len(word) > 2 and not word[1:].islower() and any(ch.isupper() for ch in word[1:4])


def _split_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split spans holding an inline numbered list: "1. Eggs 2. Milk" -> two spans."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = ENUM_RE.match(text, s, e) or FIRST_LABEL_RE.search(text, s, e)
        while m is not None:
            label = m.group(1)
            nxt = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
            label_re = re.compile(r"\s(" + re.escape(nxt) + r")(?:\.\)|[.)])\s")
            found = label_re.search(text, m.end(), e)
            if found is None:
                break
            cut = found.start(1)
            out.append((s, _rtrim(text, s, cut)))
            s = cut
            m = ENUM_RE.match(text, s, e)
        out.append((s, e))
    return out


def _rtrim(text: str, s: int, e: int) -> int:
    return s + len(text[s:e].rstrip())


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, soft_breaks: bool = False
) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text[start:end]``, whitespace trimmed.

    The spans are in order, do not overlap, and together cover every non-space
    character of ``text[start:end]``.

    Args:
        text: The text (usually a whole article).
        start: Where the region to split begins.
        end: Where it ends (exclusive); the end of ``text`` if ``None``.
        soft_breaks: Every single line break of the region is a space: the region is one
            paragraph of a hard-wrapped text, its lines joined by segmentation (a block
            holds a line break only then).

    Returns:
        ``(start, end)`` pairs of offsets into ``text``.

    >>> sentence_spans("One. Two!")
    [(0, 4), (5, 9)]
    >>> sentence_spans("He met Gen. Lee in the U.S. on Dec. 21. Then he left.")
    [(0, 39), (40, 53)]
    """
    if end is None or end > len(text):
        end = len(text)
    start = max(0, start)
    if start >= end:
        return []
    splitter = _Splitter(text, start, end)
    cuts: list[int] = []
    sent_start = para_start = start
    last_terminal_end = -1
    has_enum = False
    brackets = text.find("(", start, end) >= 0 or text.find("[", start, end) >= 0
    for m in CANDIDATE_RE.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "t" or kind == "tr":
            b = nb = m.end()
            if kind == "tr":
                b = m.end("t")  # "in 2015. [24] It", "I love it. :) We"
            last_terminal_end = nb
            cut = splitter.terminal(m.start(), b, sent_start, nb)
            if cut >= 0 and brackets and splitter.in_short_brackets(m.start(), b, sent_start):
                cut = -1
        elif kind == "g":
            cut = splitter.glued(m.end(), sent_start)
        elif kind == "n":
            if m.group().count("\n") > 1:
                cut = m.start()  # a blank line
                para_start = m.end()
            elif soft_breaks:
                cut = -1
            else:
                cut = splitter.newline(m.start(), m.end(), last_terminal_end, para_start)
        else:
            cut = m.start()
        if cut >= 0:
            cuts.append(cut)
            sent_start = cut
    cuts.append(end)
    spans: list[tuple[int, int]] = []
    s = start
    for cut in cuts:
        piece = text[s:cut]
        core = piece.strip()
        if core:
            a = s + len(piece) - len(piece.lstrip())
            b = a + len(core)
            spans.append((a, b))
            if not has_enum and (text[a].isdigit() or text[a].islower()):
                has_enum = ENUM_RE.match(text, a, b) is not None
        s = cut
    if has_enum or (
        (text.find("1) ", start, end) >= 0 or text.find("a) ", start, end) >= 0)
        and FIRST_LABEL_RE.search(text, start, end)
    ):
        spans = _split_lists(text, spans)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each a slice of it.

    Args:
        text: Body text: a paragraph, several paragraphs, or a whole article.

    Returns:
        The sentences, in order, with surrounding whitespace removed.

    >>> split_sentences("It rained. We stayed in.")
    ['It rained.', 'We stayed in.']
    >>> split_sentences('"Are you sure?" she asked. "Yes." Mr. J. R. Smith left at 5 p.m.')
    ['"Are you sure?" she asked.', '"Yes."', 'Mr. J. R. Smith left at 5 p.m.']
    """
    return [text[s:e] for s, e in sentence_spans(text)]
