"""Segmentation: one short article of our own per cue, plus robustness cases.

Every text here was written for these tests.
"""

from __future__ import annotations

import time

import pytest

from newsread import segment
from newsread._segment.captions import credit_tail
from newsread._segment.cues import describe
from newsread._segment.lines import Cue, Line, line_spans

P1 = (
    "The city council voted on Tuesday to rebuild the old river bridge, "
    "ending a debate that has lasted for almost ten years."
)
P2 = (
    "Engineers said the new bridge would carry twice as many cars and would be "
    "open to cyclists and walkers from the first day."
)
P3 = (
    "Work is expected to start in the spring, and the council hopes that the "
    "bridge will be finished before the end of next year."
)
P4 = (
    "Some residents who live near the river said they were worried about the "
    "noise, but most of them welcomed the decision."
)
TITLE = "Council votes to rebuild the old river bridge"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in segment(text).blocks]


def kind_of(text: str, line: str) -> str:
    for b in segment(text).blocks:
        if b.text == line:
            return b.kind.value
    raise AssertionError(f"no block {line!r}")


def body(text: str) -> list[str]:
    return [b.text for b in segment(text).body]


def cue(line: str) -> Cue:
    ln = Line(0, len(line), line, 0)
    describe(ln)
    return ln.cue


# --- the clean article: title, then paragraphs -----------------------------------------


def test_clean_article_keeps_every_paragraph():
    text = "\n\n".join([TITLE, P1, P2, P3, P4]) + "\n"
    assert kinds(text) == [("title", TITLE)] + [("paragraph", p) for p in (P1, P2, P3, P4)]


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n", "\r", "\r\n\r\n"])
def test_every_separation_style(sep):
    text = sep.join([TITLE, P1, P2, P3])
    assert kinds(text) == [
        ("title", TITLE),
        ("paragraph", P1),
        ("paragraph", P2),
        ("paragraph", P3),
    ]


def test_mixed_separation():
    text = f"{TITLE}\n{P1}\n\n{P2}\n{P3}\n\n\n{P4}"
    assert body(text) == [P1, P2, P3, P4]


def test_short_sentences_inside_the_story_are_body():
    text = "\n\n".join([TITLE, P1, "“We are ready,” she said.", P2, "It rained.", P3])
    assert body(text) == [P1, "“We are ready,” she said.", P2, "It rained.", P3]


def test_dateline_stays_in_its_paragraph():
    first = "WASHINGTON (AP) — " + P1
    assert kind_of("\n\n".join([TITLE, first, P2, P3]), first) == "paragraph"


# --- title, deck, bylines ----------------------------------------------------------------


def test_title_above_byline_and_date():
    text = "\n".join(
        [TITLE, "By Jane Doe, Staff Writer", "Updated 4:05 pm, March 3, 2024", P1, P2, P3]
    )
    assert kinds(text)[:3] == [
        ("title", TITLE),
        ("byline", "By Jane Doe, Staff Writer"),
        ("byline", "Updated 4:05 pm, March 3, 2024"),
    ]


def test_deck_under_the_title_is_a_subhead():
    deck = "The vote ends ten years of argument over the crossing"
    text = "\n".join([TITLE, deck, "By Jane Doe", P1, P2, P3])
    assert kind_of(text, TITLE) == "title"
    assert kind_of(text, deck) == "subhead"


def test_author_name_next_to_a_byline():
    text = "\n".join([TITLE, "JANE DOE", "Staff Reporter", P1, P2, P3])
    assert kind_of(text, "JANE DOE") == "byline"
    assert kind_of(text, "Staff Reporter") == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, The Springfield Times",
        "About Jane Doe",
        "BY JANE DOE in Springfield and JOHN ROE, MARY MAJOR and RICHARD MINOR in Shelbyville",
    ],
)
def test_byline_shapes(line):
    assert kind_of("\n".join([TITLE, line, P1, P2, P3]), line) == "byline"


def test_bare_name_right_above_the_story_is_the_author():
    text = "\n".join([TITLE, "March 3, 2024", "Jane Doe", P1, P2, P3])
    assert kind_of(text, "Jane Doe") == "byline"
    assert kind_of(text, TITLE) == "title"


def test_headline_that_asks_a_question():
    title = "Will the old bridge finally be rebuilt this year?"
    text = "\n\n".join([title, "By Jane Doe", P1, P2, P3])
    assert kind_of(text, title) == "title"


def test_title_under_a_list_of_other_headlines_with_its_byline():
    others = [
        "Mayor Opens New Park Downtown",
        "Bus Fares Rise Again in March",
        "School Wins State Award",
    ]
    text = "\n".join(["Most Popular", *others, TITLE, "By Jane Doe", "March 3, 2024", P1, P2, P3])
    art = segment(text)
    assert art.title == TITLE
    assert all(kind_of(text, o) == "boilerplate" for o in others)


def test_reporting_credit_after_the_story_is_a_byline():
    credit = "Reporting by Jane Doe; Editing by John Roe"
    assert kind_of("\n\n".join([TITLE, P1, P2, P3, credit]), credit) == "byline"


def test_menu_before_the_title_is_boilerplate():
    menu = ["Home", "News", "Sport", "Business", "Culture", "Weather"]
    text = "\n".join([*menu, TITLE, "By Jane Doe", P1, P2, P3])
    got = dict((t, k) for k, t in kinds(text))
    assert all(got[m] == "boilerplate" for m in menu)
    assert got[TITLE] == "title"


# --- captions and credits ----------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Workers repair the old bridge over the river on Dec. 21. REUTERS",
        "Workers repair the old bridge over the river. POOL/AFP via Getty Images",
        "Workers repair the old bridge.Photograph: Jane Moon/Bloomberg",
        "Workers repair the old bridge in Springfield. (AP Photo/John Roe)",
        "Workers repair the old bridge in Springfield [EPA]",
        "Image caption Workers repair the old bridge in Springfield",
    ],
)
def test_caption_with_its_credit_on_one_line(caption):
    text = "\n\n".join([TITLE, P1, P2, caption, P3, P4])
    assert kind_of(text, caption) == "caption"
    assert body(text) == [P1, P2, P3, P4]


def test_two_captions_on_consecutive_lines():
    c1 = "It is unclear whether the council will find the money. POOL/AFP via Getty Images"
    c2 = "Workers inspect the old bridge near the town centre on Dec. 21. REUTERS"
    text = "\n\n".join([TITLE, P1, P2, f"{c1}\n{c2}", P3, P4])
    assert kind_of(text, c1) == kind_of(text, c2) == "caption"


def test_line_next_to_a_credit_line_is_a_caption():
    cap = "Workers inspect the old bridge."
    for credit in ("Photo: John Roe, AP", "John Roe/Getty Images", "Reuters"):
        text = "\n".join([TITLE, P1, P2, cap, credit, P3, P4])
        assert kind_of(text, cap) == "caption", credit
        assert kind_of(text, credit) == "caption", credit
        assert body(text) == [P1, P2, P3, P4]


def test_credit_tail():
    assert credit_tail("Troops on Dec. 21. REUTERS") == "REUTERS"
    assert credit_tail("The talks went well, Reuters reported.") is None
    assert credit_tail("He works for the U.S. Army") is None
    assert credit_tail("States where the drug is legal for medical use. Statista") == "Statista"
    assert credit_tail("The talks went well.John Smith/Getty") == "John Smith/Getty"


# --- debris ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Please check the box to confirm that you would like to subscribe.",
        "Image 1 of 5",
        "Load more…",
        "Copy the URL to share",
        "This article was originally published by example.com . Read the Original article here. .",
        "Share on Facebook",
        "Email | Print | Text size",
        "Sign up for our newsletter",
        "We use cookies to improve your experience on our site.",
        "© 2024 Example News Ltd. All rights reserved.",
        "Advertisement",
        "Tags: bridge, river, council",
        "Read more: Council approves new budget",
        "Keep an eye on your inbox for the latest news.",
        "-----",
    ],
)
def test_debris_lines_are_boilerplate(line):
    text = "\n\n".join([TITLE, P1, P2, line, P3, P4])
    assert kind_of(text, line) == "boilerplate"
    assert body(text) == [P1, P2, P3, P4]


def test_link_list_inside_the_story():
    links = ["Related Stories", "Mayor Opens New Park", "Bus Fares Rise Again", "School Wins Award"]
    text = "\n".join([TITLE, P1, P2, *links, P3, P4])
    assert all(kind_of(text, t) == "boilerplate" for t in links)
    assert body(text) == [P1, P2, P3, P4]


def test_subhead_between_paragraphs():
    text = "\n\n".join([TITLE, P1, P2, "What happens next", P3, P4])
    assert kind_of(text, "What happens next") == "subhead"


def test_comment_section_ends_the_story():
    comments = []
    for i, who in enumerate(["sam", "alex", "kim"]):
        comments += [
            f"{who} says:",
            f"March {3 + i}, 2024 at 6:3{i} am",
            "I think this bridge is a waste of money and nobody will use it anyway.",
        ]
    text = "\n".join([TITLE, "By Jane Doe", P1, P2, P3, P4, *comments])
    assert body(text) == [P1, P2, P3, P4]


def test_teaser_list_ends_the_story():
    teasers = []
    for h in ("Mayor Opens New Park", "Bus Fares Rise Again", "School Wins Award"):
        teasers += [h, "The story of the week is told here in one sentence of about fifteen words."]
    text = "\n".join([TITLE, P1, P2, P3, P4, "More News", *teasers])
    assert body(text) == [P1, P2, P3, P4]


def test_whole_page_dump_where_the_story_is_a_minority():
    nav = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Sign In", "Subscribe"]
    footer = [
        "About us",
        "Contact us",
        "Privacy policy",
        "Terms of use",
        "Careers",
        "© 2024 Example News Ltd. All rights reserved.",
    ]
    related = [
        "Most popular",
        "Mayor Opens New Park",
        "Bus Fares Rise Again",
        "School Wins Award",
        "Storm Closes Beaches",
        "Library Reopens After Flood",
    ]
    text = "\n".join(
        nav * 4 + [TITLE, "By Jane Doe", "March 3, 2024", P1, P2, P3, P4] + related * 3 + footer
    )
    art = segment(text)
    assert [b.text for b in art.body] == [P1, P2, P3, P4]
    assert art.title == TITLE


def test_seed_like_article():
    c1 = (
        "It’s unclear whether Ukraine’s leaders would accept a deal requiring they give up "
        "territory. POOL/AFP via Getty Images"
    )
    c2 = "Soldiers fire a howitzer toward the front line near the town on Dec. 21. REUTERS"
    syndication = (
        "This article was originally published by a example.com . Read the Original article here. ."
    )
    text = (
        f"{TITLE}\n\n{P1}\n\n{P2}\n\n{c1}\n{c2}\n\n{P3}\n\n{P4}\n\nLoad more…\n\n\n"
        f"Copy the URL to share\n\n{syndication}"
    )
    assert kinds(text) == [
        ("title", TITLE),
        ("paragraph", P1),
        ("paragraph", P2),
        ("caption", c1),
        ("caption", c2),
        ("paragraph", P3),
        ("paragraph", P4),
        ("boilerplate", "Load more…"),
        ("boilerplate", "Copy the URL to share"),
        ("boilerplate", syndication),
    ]


def test_every_block_has_a_short_reason():
    for b in segment("\n".join([TITLE, "By Jane Doe", P1, "Load more…", P2, P3])).blocks:
        assert b.reason and len(b.reason) < 80


# --- per-line cues -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (P1, Cue.GOOD),
        ("He left.", Cue.SENTENCE),
        ("By Jane Doe", Cue.BYLINE),
        ("Published: March 3, 2024 4:05 pm", Cue.BYLINE),
        ("Photo: John Roe", Cue.CREDIT),
        ("The Associated Press", Cue.AGENCY),
        ("Share this story", Cue.BOILER),
        (TITLE, Cue.SHORT),
    ],
)
def test_line_cues(line, expected):
    assert cue(line) is expected


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\r\n\r",
        "\t \u3000",
        "\x00",
        "a\x00b",
        "\ud800",
        "x\udfff\ny",
        "\u2028",
        "©",
        "|",
        "By",
        "Photo:",
        ".",
        "?!",
        "(",
        "[]",
        "\x1c\x1d",
    ],
)
def test_never_raises(text):
    art = segment(text)
    assert art.text == text
    for b in art.blocks:
        assert b.text == text[b.start : b.end]


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,
        "a" * 1_000_000,
        " " * 1_000_000 + "x",
        ("Home > " * 100_000) + "end",
        ("Dec. 21. " * 100_000),
        ("(" * 300_000) + "AP Photo",
        "By " + "Jane " * 200_000,
        ("x\n" * 50_000),
        ("© " * 200_000),
        ("1/2/2024 " * 100_000),
        "Follow " + "o" * 1_000_000 + " on",
        ("word. " * 100_000) + "E-mail to a friend",
    ],
)
def test_linear_time_on_adversarial_input(text):
    # CPU time, not wall time: a starved run on a loaded machine is not a finding. The
    # slowest of these (50,000 one-letter lines) takes about 3 s of CPU.
    t0 = time.process_time()
    segment(text)
    assert time.process_time() - t0 < 10.0


def test_line_spans_trim_and_skip_blank_lines():
    assert line_spans("  a \r\n\r\n b\rc  ") == [(2, 3), (9, 10), (11, 12)]


def test_blocks_equal_validated_models():
    from newsread._models import Article, Block

    text = "\n\n".join([TITLE, "By Jane Doe", P1, "Share", P2]) + "\n"
    art = segment(text)
    assert art == Article(text=text, blocks=[Block(**b.model_dump()) for b in art.blocks])
    assert (
        art.model_dump_json()
        == Article.model_validate_json(art.model_dump_json()).model_dump_json()
    )


@pytest.mark.parametrize(
    "text",
    [
        "load more'x",
        "x'load more",
        "We'd like your thoughts",
        "Photo d'AFP",
        "“Share this story”",
        "Read more about it",
        "Tags: don't, can't",
        "Share this article' s",
    ],
)
def test_quick_rejection_of_phrase_lists_never_loses_a_match(text):
    # An entry counts where one of the list's longest words is a word of the line
    # ("x'load more" has no word "load"); the quick test must not lose any other match.
    from newsread._segment.lines import tokenize
    from newsread._segment.phrases import entries as _entries
    from newsread._segment.phrases import phrase_re as _phrase_re
    from newsread._segment.phrases import phrases

    for name in (
        "boilerplate-phrases.txt",
        "boilerplate-words.txt",
        "caption-cues.txt",
        "credit-agencies.txt",
    ):
        low = text.lower()
        tokens = tokenize(low)
        plain = (
            _phrase_re(name).findall(low) if not _entries(name).anchors.isdisjoint(tokens) else []
        )
        assert phrases(name, low, tokens) == plain


# --- the title: a headline comes before its byline; a title and its deck are adjacent -------


def test_headline_under_the_byline_is_not_the_title():
    title = "Council votes to rebuild bridge"
    link = "Mayor Smith wins third term in landslide city election count"
    text = "\n".join(["Town Hall", title, "By Jane Doe", "1 day ago", link, P1, P2, P3])
    got = kinds(text)
    assert ("title", title) in got
    assert ("title", link) not in got


def test_banner_above_a_menu_is_not_the_title():
    banner = "Welcome to the Riverside Gazette online edition"
    text = "\n".join([banner, "Home | News | Sport", TITLE, "By Jane Doe", P1, P2, P3])
    got = kinds(text)
    assert ("title", TITLE) in got
    assert ("title", banner) not in got


def test_exclamation_headline_over_its_deck():
    title = "Build it now, just build it!"
    deck = "Council still arguing about the old river bridge after ten years"
    text = "\n".join(["Local News", title, deck, "By Jane Doe", P1, P2, P3])
    got = kinds(text)
    assert ("title", title) in got
    assert ("subhead", deck) in got


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the Riverside Gazette",
        "Sign up for breaking news alerts",
        "Follow Jane Doe on Twitter",
        "Click here for more local stories",
        "Log in",
        "Join our reader panel today",
    ],
)
def test_imperative_call_to_action_is_debris(line):
    assert cue(line) is Cue.BOILER


@pytest.mark.parametrize(
    "line",
    [
        "Followers of the mayor rally on the bridge",
        "Registered voters turn out in record numbers",
        "Downloads of the council app double",
    ],
)
def test_headlines_that_only_look_imperative(line):
    assert cue(line) is Cue.SHORT


def test_date_far_under_a_menu_does_not_make_a_title():
    text = "\n".join(
        [
            "People in the News",
            "Latest News",
            "Home > News > Business",
            "Subscribe to the Riverside Gazette",
            "Wednesday, December 26, 2007",
            TITLE,
            P1,
            P2,
            P3,
        ]
    )
    assert ("title", TITLE) in kinds(text)


def test_share_link_glued_to_the_last_paragraph_keeps_the_paragraph():
    last = P4 + " E-mail to a friend"
    text = "\n\n".join([TITLE, P1, P2, P3, last])
    assert ("paragraph", last) in kinds(text)
    assert cue("Read more. E-mail to a friend") is Cue.BOILER  # too short to be a paragraph


@pytest.mark.parametrize("line", ["Globe Staff / December 31, 2007", "SEATTLE Jan 14, 2008 (AP)"])
def test_credit_stamped_with_a_date_is_a_byline(line):
    assert cue(line) is Cue.BYLINE


def test_comment_form_is_debris():
    assert (
        cue("Save my name, email, and website in this browser for the next time I comment.")
        is Cue.BOILER
    )
