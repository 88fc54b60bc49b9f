"""Photo credits and captions: the lines that describe a picture rather than tell the story.

Line rules (each returns a cue and a reason, or None; ``cues.RULES`` orders them):
a credit opening with "©", an "Image copyright" line, an explicit caption label, a line
opening with "Photo:"/"Credit:", an agency's name alone, a credit line ("Name/Agency"), a
caption ending in an agency's name or another credit, and words that describe a picture.
Context rules: the line next to a lone credit is its caption; a repeated caption is a
caption again.
"""

from __future__ import annotations

import re

from .._data import word_set
from .._models import BlockKind
from .._punctuation import CLOSERS, SENTENCE_MARK_RE, SENTENCE_MARKS, char_class, ends_like_sentence
from .dates import CALENDAR_RE, DIGIT_RE, YEAR_RE, dates, mostly_date
from .lines import BODY_CUES, TOKEN_RE, Cue, Line, stopwords, tokenize
from .phrases import agency_set, phrases, surely_absent
from .reasons import Code, Reason

CAPTION = BlockKind.CAPTION
Decision = tuple[Cue, Reason]
Labels = dict[int, tuple[BlockKind, Reason]]

# Where a sentence ends inside a line: a sentence mark, closing quotes and brackets, then
# space or a capital glued on. "…on Dec. 21. REUTERS", "…isn't easy.Kathrin Ziegler/Getty"
BOUNDARY_RE = re.compile(
    char_class(SENTENCE_MARKS) + char_class(CLOSERS) + r"*(?:\s+|(?=[A-Z(\[]))"
)
# A line that is a photo credit by its first words. "Photo: Tim Clayton", "(Image credit: NASA)"
# "STAFF PHOTO BY Jane Doe", "Photo illustration by …", "Courtesy of the family"
CREDIT_HEAD_RE = re.compile(
    r"^[(\[]?\s*(?:(?:staff|file|submitted|contributed|handout|special)\s+)?"
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|foto|illustration)"
    r"(?:\s+(?:credit|copyright|illustration))?\s*(?:by\s*)?"
    # A separator, or a word after whitespace: the whitespace is matched once, above, and
    # only looked back at here, so a long run of spaces is never split two ways (linear).
    r"(?::|/|(?<=\s)(?:-\s|by\b|via\b|courtesy\b|©))"
    r"|courtesy\b)",
    re.IGNORECASE,
)
# A word that makes a bracketed or trailing part a credit. "(Image: CDCR)", "(Courtesy …)"
CREDIT_WORD_RE = re.compile(
    r"\b(?:photos?|photograph\w*|images?|pictures?|credits?|courtesy|handout|submitted"
    r"|illustration|file|pool)\b",
    re.IGNORECASE,
)
# A credit naming the photographer's employer. "Jane Doe for The Washington Post"
FOR_PUBLICATION_RE = re.compile(
    r"^(?!By )[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} for (?:[Tt]he )?[A-Z][\w.'’&-]*"
    r"(?: [A-Z][\w.'’&-]*){0,4}$"
)
# A credit label glued inside a caption's last words. "… on Monday.Credit: Jane Doe/Reuters"
GLUED_LABEL_RE = re.compile(r"(?<=[^\W\d_.,;:)”\"’])(?=(?:Credit|Photo|Image)s?:\s*\S)")
# Words that open or close a caption box, after its text. "… Jane Doe/AFP less", "Expand"
TOGGLES = ("hide caption", "show caption", "toggle caption", "less", "more", "expand", "collapse")
TOGGLE_REACH = 1 + max(map(len, TOGGLES))  # a space and the longest toggle
TOGGLE_ENDS = frozenset(toggle.rpartition(" ")[2] for toggle in TOGGLES)  # their last words
# ", file" after a credit: an archive picture. "AP Photo/Jane Doe, File"
FILE_RE = re.compile(r",\s*file$", re.IGNORECASE)
# An explicit caption label. "Image caption Taylor Swift's seventh album", "Media captionWho is"
CAPTION_HEAD_RE = re.compile(
    r"^(?:image|media|photo|video)\s*caption|^caption\s*:|^media playback is unsupported",
    re.IGNORECASE,
)
# A picture or video label opening a line. "Image: Crowds gather …", "Video: The moment …"
PICTURE_LABEL_RE = re.compile(r"^[(\[]?\s*(image|video|photo|picture)s?\s*:", re.IGNORECASE)
# One to three capitalised words: a photographer or a source. "Statista", "Kathrin Ziegler"
SOURCE_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")
# Two names joined by a slash, as credits are written. "Kathrin Ziegler/Getty"
SLASH_NAME_RE = re.compile(r"[^\W\d_]\s?/\s?[^\W\d_]")

PHOTO_CREDIT = Reason(Code.PHOTO_CREDIT)
PLAIN_CAPTION_WORDS = 40  # longer lines need more than a bare credit at the end to be captions


def credit_tail(text: str) -> str | None:
    """The photo credit glued to the end of a caption, if there is one.

    >>> credit_tail("Troops fire a howitzer near Bakhmut on Dec. 21. REUTERS")
    'REUTERS'
    >>> credit_tail("The road to retiring early isn't easy.Kathrin Ziegler/Getty")
    'Kathrin Ziegler/Getty'
    >>> credit_tail("He said the talks, reported by Reuters, went well.") is None
    True
    """
    if not text.endswith((")", "]")) and not SENTENCE_MARK_RE.search(text):
        return None  # no sentence end for a credit to follow, no bracket to close one
    end = start = 0
    for boundary in BOUNDARY_RE.finditer(text):
        start, end = boundary.span()
    tail = text[end:] if end else ""
    # A bare name only counts after a real sentence end, not after "U.S." or "Dr.".
    before = text[:start].rsplit(None, 1)[-1] if text[:start].strip() else ""
    real_end = before.isdigit() or (len(before) > 1 and before.isalpha() and before.islower())
    if tail and is_credit(tail, glued=True, name_ok=real_end):
        return tail
    glued = GLUED_LABEL_RE.search(text)  # "… on Monday.Credit: Jane Doe/Reuters"
    if glued and is_credit(text[glued.start() :], glued=True):
        return text[glued.start() :]
    # A bracketed credit at the very end, with or without a sentence before it:
    # "… killed at least 33 separatists [EPA]", "… Colo. (AP Photo/David Zalubowski)"
    if text.endswith((")", "]")):
        opener = "(" if text.endswith(")") else "["
        i = text.rfind(opener)
        if i > 0 and is_credit(text[i + 1 : -1], glued=True, bracketed=True):
            return text[i:]
    return None


def is_credit(
    part: str,
    glued: bool = False,
    bracketed: bool = False,
    name_ok: bool = False,
    words: list[str] | None = None,
) -> bool:
    """Whether ``part`` reads like a photo credit: agency names, "Photo: …", "Name/Agency".

    ``words``, the lower-cased words of ``part`` if known, lets a line that surely holds
    no agency's name skip the agency list.
    """
    part = FILE_RE.sub("", part.strip(" -–—"))
    if not part or len(part) > 80:
        return False
    tokens = tokenize(part)
    if not tokens or len(tokens) > 10 or ends_like_sentence(part):
        return False
    if CREDIT_HEAD_RE.match(part) or CREDIT_HEAD_RE.match("(" + part):
        return True
    low = part.lower()
    if words is not None and surely_absent("credit-agencies.txt", low, words):
        agencies = []
    else:
        agencies = phrases("credit-agencies.txt", low)
    if bracketed:  # an agency, or a credit word with a name: "(Image: CDCR)", not "(pictures)"
        return bool(agencies) or (len(tokens) >= 2 and CREDIT_WORD_RE.search(part) is not None)
    if glued and FOR_PUBLICATION_RE.match(part):
        return True
    if agencies and _capitalised(tokens) >= len(tokens) - 1:
        if glued:
            return True
        # On a line of its own the agency closes the credit: "Al Goldis, Associated Press"
        last = agencies[-1]
        if low.endswith(last):
            before = low[: len(low) - len(last)].rstrip()
            if not before or before[-1] in ",/|-–—" or before.endswith(" via"):
                return True
    if name_ok and SOURCE_NAME_RE.match(part):
        return True  # a name after the caption's last sentence: "… medical use. Statista"
    # "Sanjeev Verma/Hindustan Times", "STEVE RUSSELL/TORONTO STAR"
    return (
        "/" in part
        and 3 <= len(tokens) <= 8
        and SLASH_NAME_RE.search(part) is not None
        and _capitalised(tokens) == len(tokens)
    )


def _capitalised(tokens: list[str]) -> int:
    """How many of the words start with a capital letter or a digit."""
    return sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())


def dated(line: Line) -> bool:
    """A credit or a dateline stamped with a date is a byline, not a credit: "Globe Staff /
    December 31, 2007", "SEATTLE Jan 14, 2008 (AP)" (lines of at most 10 words)."""
    if line.dated is None:
        line.dated = (
            line.n <= 10
            and bool(dates(line.text, first=True))
            and mostly_date(line.text, stopwords())
        )
    return line.dated


# A weekday's name, as picture descriptions are stamped. "Monday"
WEEKDAY_NAME_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
NAME_WORDS = 8  # longest name that opens a picture description ("Los Angeles Lakers' LeBron James")


def describes_picture(text: str) -> bool:
    """Whether ``text`` reads as the description of a news picture: it opens with a name
    (two or more capitalised words, no comma, no determiner or count first) followed by a
    participle that opens a clause ("Al Gore thanking the audience …"), or by a verb in the
    present tense when the text is stamped with a full date: a month and day with the year
    or the weekday ("LeBron James dunks … on Monday, Nov. 3"); and it holds no quotation.
    News prose tells what happened in the past tense ("said", "voted"), and a preview in
    the present tense names the day alone ("faces his first test on Monday"); captions say
    what the picture shows, when it was taken.

    >>> describes_picture("Josh Groban sings at the tree lighting on November 28, 2007.")
    True
    >>> describes_picture("Mayor Ana Ruiz said on Monday that the bridge would reopen.")
    False
    >>> describes_picture("Mayor Ana Ruiz thanking the crowd after the vote.")
    True
    """
    if '"' in text or "“" in text or "”" in text:
        return False
    if "ing" not in text and DIGIT_RE.search(text) is None:
        return False  # neither a participle nor a date (every CALENDAR_RE date has a digit)
    words = text.split(None, NAME_WORDS + 2)
    if len(words) < 4:
        return False
    excluded = word_set("caption-verb-exclusions.txt")
    if words[0].lower() in stopwords() or words[0].lower() in excluded:
        return False
    caps = i = 0
    while i < len(words) and i <= NAME_WORDS:
        word = words[i]
        if word[:1].isupper() or word[:1].isdigit() or word[:1] == "(":
            caps += word[:1].isupper()
        elif word not in (
            "and",
            "of",
            "his",
            "her",
            "their",
            "de",
            "van",
            "von",
            "wife",
            "husband",
        ):
            break
        if word.endswith(","):
            return False
        i += 1
    if caps < 2 or i >= len(words) or i > NAME_WORDS:
        return False
    verb = words[i].strip(".,;:()").lower()
    present = (verb.endswith("ing") and len(verb) > 4) or (
        verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3
    )
    if not present:
        return False
    if verb == "being" and i + 1 < len(words) and words[i + 1].endswith(("ed", "en")):
        return True  # a passive: "Britney Spears being attended to by an emergency worker"
    if verb in excluded:
        return False
    return _participle_clause(words, i) or full_date(text)


def _participle_clause(words: list[str], i: int) -> bool:
    """Whether the name before ``words[i]`` is followed by a present participle that opens
    a clause: "Al Gore thanking the audience", "Rich Gunnell catching one of …". Not a noun
    or an adjective in -ing: "Clint Eastwood's boxing drama", "Windows Vista operating
    system", "award-winning" (after a possessive, hyphenated, or before a content word)."""
    verb = words[i].strip(".,;:()")
    if not verb.endswith("ing") or "-" in verb or i + 1 >= len(words):
        return False
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[:i]):
        return False
    after = words[i + 1]
    return after[:1].islower() and after.strip(".,;:").lower() in stopwords()


def full_date(text: str) -> bool:
    """Whether ``text`` holds a calendar date with its year or its weekday: "Monday, Nov.
    3", "November 28, 2007", "3 November 2019" (not a clock time or "Monday" alone)."""
    low = text.lower()
    return CALENDAR_RE.search(low) is not None and (
        YEAR_RE.search(text) is not None or WEEKDAY_NAME_RE.search(text) is not None
    )


# --- line rules, in the order ``cues.RULES`` applies them ------------------------------------


def copyright_credit(line: Line) -> Decision | None:
    """A line opening with "©" that is no copyright notice: "© Jane Doe / Reuters"."""
    text, low, n = line.text, line.low, line.n
    if (
        text.startswith("©")
        and "rights" not in low
        and "copyright" not in low
        and (n > 10 or not YEAR_RE.search(text))
    ):
        return (Cue.CAPTION if n > 8 else Cue.CREDIT), Reason(Code.COPYRIGHT_CREDIT)
    return None


def image_copyright(line: Line) -> Decision | None:
    """ "Image copyright Getty Images". Not when it names only social-media handles ("Image
    copyright @cityhall @cityhall"): that credits an embedded post, not a picture."""
    if not line.low.startswith("image copyright"):
        return None
    names = line.text[len("image copyright") :].split()
    if names and all(name.startswith("@") for name in names):
        return None
    return Cue.CREDIT, PHOTO_CREDIT


def picture_label(line: Line) -> Decision | None:
    """A long line opening with a picture or video label: "Image: Crowds gather outside …"
    (short ones are credits: "Photo: Jane Doe")."""
    found = PICTURE_LABEL_RE.match(line.text)
    if found:
        return Cue.CAPTION, Reason(Code.CAPTION_LINE_LABEL, found.group(1))
    return None


def caption_label(line: Line) -> Decision | None:
    """An explicit label: "Image caption …", "Caption: …", "Media playback is unsupported"."""
    return (Cue.CAPTION, Reason(Code.CAPTION_LABEL)) if CAPTION_HEAD_RE.match(line.text) else None


def credit_head(line: Line) -> Decision | None:
    """A line opening as a credit: "Photo: Tim Clayton", "(Image credit: NASA)"."""
    if CREDIT_HEAD_RE.match(line.text):
        return Cue.CREDIT, PHOTO_CREDIT
    return None


def agency_name(line: Line) -> Decision | None:
    """Only an agency's name, perhaps with function words: "Reuters", "THE ASSOCIATED PRESS"."""
    if line.ends:
        return None
    found = phrases("credit-agencies.txt", line.low, line.tokens)
    if found and sum(len(a.split()) for a in found) + line.stop >= line.n:
        name = found[0].title() if len(found[0]) > 3 else found[0].upper()
        return Cue.AGENCY, Reason(Code.AGENCY_NAME, name)
    return None


def credit_line(line: Line) -> Decision | None:
    """A short line that reads as a credit: "Al Goldis, Associated Press", "Name/Agency"."""
    if not line.ends and not dated(line) and is_credit(line.text, words=line.tokens):
        return Cue.CREDIT, PHOTO_CREDIT
    return None


def _untoggled(text: str) -> str:
    """The text without an expand/collapse word after it ("… Jane Doe/AFP less", "…
    caption Hide caption"): the last word, looked at with string methods only."""
    kept = text.rstrip(" .…")
    end = kept[-TOGGLE_REACH:].lower()  # the toggles are short: only the end is read
    if end.rpartition(" ")[2] not in TOGGLE_ENDS:
        return text
    for toggle in TOGGLES:
        if end.endswith(" " + toggle):
            return kept[: len(kept) - len(toggle)].rstrip()
    return text


def agency_at_end(line: Line) -> Decision | None:
    """A caption ending in an agency's name in capitals: "… on Dec. 21. REUTERS". A line of
    more than ``PLAIN_CAPTION_WORDS`` words must also describe a picture: a story's last
    paragraph may close on its agency."""
    if line.ends:
        return None
    text = _untoggled(line.text)
    if not text[-1:].isupper():
        return None
    if line.n > PLAIN_CAPTION_WORDS and not describes_picture(text):
        return None
    words = text.split()
    for k in (1, 2, 3):
        end_words = " ".join(words[-k:])
        if end_words.lower() in agency_set() and end_words[0].isupper():
            return Cue.CAPTION, Reason(Code.AGENCY_AT_END, end_words)
    return None


def credit_at_end(line: Line) -> Decision | None:
    """Text with a credit glued on: "… isn't easy.Kathrin Ziegler/Getty". A credit is not a
    sentence: after a line's sentence end only a bracketed one can come. An expand or
    collapse word after the credit does not count ("… Jane Doe/AFP less"). In a line of
    more than ``PLAIN_CAPTION_WORDS`` words the credit must say it is one (a photo word,
    a slash) or the text describe a picture: "… in 2015. (Reuters)" closes a story."""
    text = _untoggled(line.text)
    if (ends_like_sentence(text) and not text.endswith((")", "]"))) or dated(line):
        return None
    tail = credit_tail(text)
    if tail is None or not TOKEN_RE.search(text[: len(text) - len(tail)]):
        return None
    if line.n > PLAIN_CAPTION_WORDS and not (
        CREDIT_WORD_RE.search(tail) or "/" in tail or describes_picture(text)
    ):
        return None
    return Cue.CAPTION, Reason(Code.CREDIT_AT_END, tail.strip(" ()[]-"))


def picture_description(line: Line) -> Decision | None:
    """A sentence or two describing a news picture, without a credit
    (:func:`describes_picture`): "Al Gore thanking the audience Monday after his speech."
    Above the story or between its paragraphs it is a caption; after the story it is
    gallery or teaser material, set aside with the rest."""
    if line.ends and describes_picture(line.text):
        return Cue.CAPTION, Reason(Code.PICTURE_DESCRIPTION)
    return None


def picture_words(line: Line) -> Decision | None:
    """Words that describe a picture (``caption-cues.txt``): "pictured", "(left to right)"."""
    described = phrases("caption-cues.txt", line.low, line.tokens)
    if described:
        return Cue.CAPTION, Reason(Code.PICTURE_WORDS, described[0].strip(" ,"))
    return None


# --- context rules ---------------------------------------------------------------------------


def has_caption(view: list[Line], i: int) -> bool:
    """Whether the credit at ``view[i]`` already sits next to an explicit caption: the line
    above it, or the line below unless that one has a credit of its own under it (pairs of
    caption and credit, one after the other)."""
    if i > 0 and view[i - 1].cue is Cue.CAPTION:
        return True
    return (
        i + 1 < len(view)
        and view[i + 1].cue is Cue.CAPTION
        and not (i + 2 < len(view) and view[i + 2].cue in (Cue.CREDIT, Cue.AGENCY))
    )


def _sides(view: list[Line], i: int) -> tuple[int, int]:
    """The lines beside the credit at ``view[i]``, the likelier caption first: the line
    above, unless it is body-length text and the line below is not."""
    if 0 < i < len(view) - 1 and view[i - 1].cue is Cue.GOOD and view[i + 1].cue is not Cue.GOOD:
        return (i + 1, i - 1)
    return (i - 1, i + 1)


def _describes(line: Line) -> bool:
    """Whether a line beside a lone credit can be the picture's caption: written as a
    sentence (captions are; menu labels and teaser headlines are not) of at most 60 words."""
    return line.cue in (*BODY_CUES, Cue.SHORT) and line.ends and line.n <= 60


def captions_in_story(view: list[Line], a: int, b: int, out: Labels) -> None:
    """Inside the story: the line beside a lone photo credit (above it, or else below it)
    is its caption, when it reads like one (``_describes``) and is not one already."""
    for i in range(a, b + 1):
        line = view[i]
        if line.cue not in (Cue.CREDIT, Cue.AGENCY) or out[line.index][0] is not CAPTION:
            continue
        if has_caption(view, i):
            continue
        for j in _sides(view, i):
            if (
                a <= j <= b
                and _describes(view[j])
                and out[view[j].index][0]
                in (BlockKind.PARAGRAPH, BlockKind.SUBHEAD, BlockKind.BOILERPLATE)
            ):
                out[view[j].index] = (CAPTION, Reason(Code.NEXT_TO_CREDIT))
                break


def captions_by_credit(view: list[Line], lo: int, hi: int, out: Labels) -> None:
    """Around the story too: the unlabelled line next to a photo credit is its caption."""
    for i in range(lo, hi):
        line = view[i]
        if line.cue is not Cue.CREDIT or out.get(line.index, (None,))[0] is not CAPTION:
            continue
        if has_caption(view, i):
            continue
        for j in _sides(view, i):
            if lo <= j < hi and view[j].index not in out and _describes(view[j]):
                out[view[j].index] = (CAPTION, Reason(Code.NEXT_TO_CREDIT))
                break


def repeated_captions(view: list[Line], out: Labels) -> None:
    """A line repeating a caption's text is that caption again (galleries, slideshows)."""
    captions = {line.text for line in view if out.get(line.index, (None,))[0] is CAPTION}
    for line in view:
        if line.text in captions and out.get(line.index, (None,))[0] is not CAPTION:
            out[line.index] = (CAPTION, Reason(Code.REPEATS_CAPTION))
