"""The editor's report (issue 11): findings with places, flags that discriminate, lists that
obey --top, --show-text marks that survive without colour, "set aside" that shows decisions.

The article is tests/articles/harbor-wall.txt, written for these tests: a menu, a title, a
byline and a date line, six body paragraphs (passives, adjectival participles, adverbs, a
55-word sentence, a sentence made of figures), a photo caption and page debris.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

import pytest

import newsread
from newsread._render import make_console, render_report
from newsread._style import passive_pairs
from newsread.cli import main

PATH = Path(__file__).parent / "articles" / "harbor-wall.txt"
TEXT = PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report() -> newsread.Report:
    return newsread.analyze(TEXT, source="harbor-wall.txt")


def rich(report: newsread.Report, width: int = 100, **kwargs: object) -> str:
    out = io.StringIO()
    render_report(make_console(out, width), report, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- findings


def test_passives_and_adverbs_have_offsets_into_the_input(report: newsread.Report) -> None:
    f = report.findings
    assert len(f.passives) == report.style.passive_candidates > 0
    assert len(f.adverbs) == report.style.adverbs > 0
    for p in f.passives:
        assert TEXT[p.be.start : p.be.end] == p.be.text
        assert TEXT[p.participle.start : p.participle.end] == p.participle.text
        assert p.be.end <= p.participle.start
        assert 0 <= p.sentence < report.counts.sentences
    for a in f.adverbs:
        assert TEXT[a.start : a.end] == a.text and a.text.lower().endswith("ly")
    found = {TEXT[p.be.start : p.participle.end] for p in f.passives}
    assert "was approved" in found and "is being paid" in found and "was quickly rebuilt" in found
    assert {a.text for a in f.adverbs} >= {"badly", "really", "finally", "quickly", "slowly"}


def test_adjectival_participles_are_not_passives(report: newsread.Report) -> None:
    found = {TEXT[p.be.start : p.participle.end] for p in report.findings.passives}
    for adjectival in ("were worried", "is based", "are really pleased"):
        assert not any(adjectival in x for x in found), adjectival


@pytest.mark.parametrize(
    ("sentence", "passives"),
    [
        ("The road was closed on Monday", 1),
        ("She was worried about the road", 0),
        ("She was worried by the news", 1),  # "by" makes it a passive
        ("The joints are worn", 0),
        ("He was bitterly disappointed", 0),  # a degree word marks an adjective
        ("The area is male-dominated", 0),
        ("He was re-elected in May", 1),
        ("He is set to win", 0),
        ("The table was set for dinner", 1),
        ("The act is committed in secret", 1),
        ("They are committed to the plan", 0),
        ("The firm is based in Leeds", 0),
        ("Prices were slightly reduced", 1),
        ("It was being worn down by appeals", 1),
        ("The economy is indeed slower", 0),  # "indeed" is skipped, not a participle
        ("The road was indeed closed", 1),
    ],
)
def test_possible_passive_rule(sentence: str, passives: int) -> None:
    assert len(passive_pairs(sentence.split())) == passives


def test_word_lists_sum_to_the_counts(report: newsread.Report) -> None:
    f = report.findings
    assert sum(f.difficult_words.values()) == report.counts.difficult_words
    assert sum(f.complex_words.values()) == report.counts.complex_words
    counts = list(f.difficult_words.values())
    assert counts == sorted(counts, reverse=True)
    assert f.difficult_words["council"] == 4


def test_hard_sentences_say_why(report: newsread.Report) -> None:
    by_start = {TEXT[s.start : s.end][:12]: s for s in report.sentences.hard}
    copper = by_start["Copper rose "]
    assert copper.why == ("grade", "figures")
    assert copper.figure_syllables > copper.syllables / 2
    long = by_start["It is expect"]
    assert long.difficulty == "very hard" and "length" in long.why and long.words > 40
    for s in report.sentences.hard:
        assert s.why and TEXT[s.start : s.end] == s.text


def test_findings_are_in_the_json(report: newsread.Report) -> None:
    again = newsread.Report.model_validate_json(report.model_dump_json())
    assert again.findings == report.findings
    assert again.sentences.hard[0].why == report.sentences.hard[0].why


# --------------------------------------------------------------------------- rich view


def test_hard_sentences_are_shown_whole_and_top_governs_every_list(report: newsread.Report) -> None:
    text = flat(rich(report, top=2))
    longest = next(s for s in report.sentences.hard if s.words > 50)
    assert flat(longest.text) in text  # wrapped, never clipped
    assert "… and 2 more hard sentences" in text
    assert "Possible passives (7):" in text and "… and 5 more" in text
    assert "… and 7 more rows" in text
    wide = flat(rich(report, top=10))
    assert "more hard sentence" not in wide
    assert "figures supply" in wide  # named next to the figures sentence's grade


def test_hardest_paragraphs_only_when_they_add_something() -> None:
    one_sentence_paragraphs = (
        "Storm closes the harbor road\n\n"
        "The council said on Tuesday that the harbor road would stay closed for the rest of "
        "the month while engineers from the county inspected the damaged sea wall near the market.\n"
    )
    text = rich(newsread.analyze(one_sentence_paragraphs))
    assert "Hard sentences (1 of 1)" in text
    assert "Paragraphs harder" not in text


@pytest.fixture(scope="module")
def demo() -> newsread.Report:
    """The bundled demo article: two paragraphs harder than the whole that no listed hard
    sentence covers, and one (a four-word lead-in before a listed sentence) that it does."""
    path = Path(newsread.__file__).parent / "samples" / "demo-article.txt"
    return newsread.analyze(path.read_text(encoding="utf-8"))


def test_hardest_paragraphs_are_those_harder_than_the_whole(demo: newsread.Report) -> None:
    report = demo
    text = rich(report, width=100, top=10)
    whole = report.score("flesch_kincaid_grade").grade
    assert f"Paragraphs harder than the whole (Flesch–Kincaid {whole:.1f})" in text
    table = text.split("Paragraphs harder", 1)[1].split("Style", 1)[0]
    grades = [
        float(line.split()[0])
        for line in table.splitlines()
        if re.match(r"\s+\d+\.\d\s+\d+\s", line)
    ]
    assert grades == [12.9, 11.7] and all(g > (whole or 0) for g in grades)
    # 10.3, "Not everyone was pleased." and a 38-word sentence the list already shows: left out
    assert "Not everyone was pleased" not in table


def test_hardest_paragraphs_are_cut_at_a_word(demo: newsread.Report) -> None:
    text = rich(demo, width=100)
    table = text.split("Paragraphs harder", 1)[1].split("Style", 1)[0]
    cut = [line for line in table.splitlines() if "…" in line]
    assert cut and all(re.search(r"[A-Za-z,.]…", line) for line in cut)
    assert all(not re.search(r"\w…\w", line) for line in cut)


def test_flags_and_targets_are_explained(report: newsread.Report) -> None:
    text = rich(report)
    assert "✗ aim for at most 30%" in text  # 4 of 10 sentences hold a possible passive
    assert "very hard: long (55 words)" in text


@pytest.mark.parametrize("width", [80, 120])
def test_show_text_marks_survive_without_colour(report: newsread.Report, width: int) -> None:
    text = rich(report, width=width, show_text=True)
    assert "\x1b" not in text
    view = flat(text.split("The article, as newsread read it", 1)[1])
    assert "Marks: ⟦⟦very hard sentence⟧⟧ ⟦hard sentence⟧ _possible passive_ *adverb*" in view
    assert "⟦⟦Copper rose" in view and "16:45.⟧⟧" in view
    assert "⟦The old wall _was *quickly* rebuilt_ after" in view
    assert "_was approved_" in view and "_is being paid_" in view
    assert "*finally*" in view
    assert "caption Engineers inspect" in view  # set aside, in place, with its kind
    assert "boilerplate 5 menu lines, 5 words: Home · News · Local · Sport · Weather" in view
    assert view.index("title Harbor wall") < view.index("The seafront road will close")
    assert max(len(line) for line in text.splitlines()) <= width


def test_set_aside_shows_decisions_first(report: newsread.Report) -> None:
    text = rich(report, width=80, top=10)
    table = text.split("Set aside (", 1)[1]
    kinds = [
        line.split()[0]
        for line in table.splitlines()
        if line.strip() and line.split()[0] in ("title", "byline", "caption", "boilerplate")
    ]
    assert kinds[:4] == ["title", "byline", "byline", "caption"]
    assert "5 menu lines, 5 words: Home · News · Local · Sport · Weather" in flat(table)
    # each block is two lines at 80 columns at most: its text, then why
    why_lines = [line for line in table.splitlines() if "why:" in line]
    assert len(why_lines) == len(kinds)


def test_cli_top_reaches_the_view(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main([str(PATH), "--top", "1", "--width", "100"], stdout=out, stderr=io.StringIO()) == 0
    assert "… and 3 more hard sentences" in out.getvalue()


def test_show_blocks_csv_writes_csv() -> None:
    out = io.StringIO()
    code = main([str(PATH), "--show-blocks", "--format", "csv"], stdout=out, stderr=io.StringIO())
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    blocks = newsread.segment(TEXT).blocks
    assert len(rows) == len(blocks)
    assert rows[0].keys() == {"file", "block", "kind", "start", "end", "reason", "text"}
    for row, block in zip(rows, blocks, strict=True):
        assert row["kind"] == block.kind.value
        assert TEXT[int(row["start"]) : int(row["end"])] == block.text


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--format", "parquet", "--output", "blocks.parquet"], "parquet"),
        (["--format", "html"], "html"),
        (["--show-text"], "--show-text"),
        (["--max-grade", "8"], "--max-grade"),
        (["--max-paragraph-grade", "8"], "--max-paragraph-grade"),
        (["--format", "json", "--compact"], "--compact"),
    ],
)
def test_show_blocks_refuses_what_it_would_ignore(
    extra: list[str], named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # never silently JSON Lines instead of Parquet, never a CI gate that passes unchecked
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main([str(PATH), "--show-blocks", *extra], stdout=out, stderr=err) == 2
    assert out.getvalue() == "" and not list(tmp_path.iterdir())
    assert named in err.getvalue() and len(err.getvalue().splitlines()) == 1


def test_show_blocks_follows_no_segment() -> None:
    out = io.StringIO()
    code = main(
        [str(PATH), "--show-blocks", "--no-segment", "--format", "csv"],
        stdout=out,
        stderr=io.StringIO(),
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["kind"] for r in rows] == [
        b.kind.value for b in newsread.segment(TEXT, "none").blocks
    ]
    assert "caption" not in {r["kind"] for r in rows}  # segmentation off: no captions found


def test_adverbs_leave_out_nouns_built_on_stop_listed_words() -> None:
    report = newsread.analyze(
        "Oil falls on supply fears\n\n"
        "Oil fell sharply on Tuesday on oversupply concerns, and a resupply was not needed.\n"
    )
    assert [a.text for a in report.findings.adverbs] == ["sharply"]


# --------------------------------------------------------------------------- lists


LEAD_IN = (
    "Council vote\n\n"
    "The council met on Tuesday.\n\n"
    "Not everyone agreed. Council member Paul Grant, who voted against the plan, said the city "
    "should have sold part of the land to developers to pay for repairs to the nearby bridge, "
    "which engineers rated as poor in a recent inspection.\n\n"
    "The mayor said the vote was fair.\n"
)


def test_hardest_paragraphs_leave_out_a_lead_in_to_a_listed_sentence() -> None:
    report = newsread.analyze(LEAD_IN)
    (hard,) = report.sentences.hard
    (para,) = [p for p in report.paragraphs.paragraphs if p.start <= hard.start < p.end]
    assert para.sentences == 2 and hard.words > para.words / 2
    assert para.grade is not None and para.grade > report.score("flesch_kincaid_grade").grade
    text = rich(report)
    assert "Hard sentences (1 of 4)" in text
    assert "Paragraphs harder" not in text  # it would only repeat the sentence above


def test_hardest_paragraphs_say_how_many_more(demo: newsread.Report) -> None:
    from newsread._lists import paragraphs_to_show

    # --top 1 lists one hard sentence, so the other one's paragraph adds something too
    rows, total = paragraphs_to_show(demo, 1)
    assert len(rows) == 1 and total == 3
    assert "… and 2 more paragraphs (" in flat(rich(demo, top=1))
    assert "more paragraph" not in flat(rich(demo, top=2))
    # --top 0 lists no sentence, so all four paragraphs harder than the whole count
    assert "… and 4 more paragraphs (" in flat(rich(demo, top=0))  # like every other list


def test_to_check_counts_what_it_leaves_out(report: newsread.Report) -> None:
    from newsread._lists import findings

    for item in findings(report, 2):
        assert len(item.shown) <= 2
        if item.noun == "word":
            words = (
                report.findings.difficult_words
                if "Dale" in item.label
                else report.findings.complex_words
            )
            assert item.total == sum(words.values())
            assert item.more == len(words) - len(item.shown)  # distinct forms, not uses
    text = flat(rich(report, top=2))
    distinct = len(report.findings.difficult_words)
    assert f"… and {distinct - 2} more words" in text


@pytest.mark.parametrize("width", [40, 80, 120])
def test_to_check_wraps_between_entries_only(report: newsread.Report, width: int) -> None:
    from newsread._lists import findings

    text = rich(report, width=width, top=8)
    section = text.split("To check", 1)[1].split("Set aside", 1)[0]
    lines = [line.strip() for line in section.splitlines() if line.strip()]
    entries = {x for item in findings(report, 8) for x in item.shown}
    for line in lines:
        body = re.sub(r"^.*?\(\d[\d,]*\):", "", line).split("… and")[0].strip()
        for piece in body.split(" · "):
            piece = piece.rstrip(" ·")
            if piece:
                assert piece in entries, (piece, line)
    assert max(len(line) for line in text.splitlines()) <= width


def test_report_sections_are_one_blank_line_apart(report: newsread.Report) -> None:
    lines = [line.strip() for line in rich(report, width=80).splitlines()]
    assert not any(a == b == "" for a, b in itertools.pairwise(lines))


ROW_START = re.compile(r"^\s*(\d+\s+)?(title|byline|subhead|paragraph|caption|boilerplate)\s+\d+\s")


def _reason_heights(view: str) -> list[int]:
    """How many lines each "why: …" of a view takes (until the next row, or a blank line)."""
    lines = view.splitlines()
    heights = []
    for i, line in enumerate(lines):
        if "why: " in line:
            n = 1
            while (
                i + n < len(lines)
                and lines[i + n].strip()
                and not ROW_START.match(lines[i + n])
                and "why: " not in lines[i + n]
            ):
                n += 1
            heights.append(n)
    return heights


def test_reasons_never_take_four_lines_at_80_columns(tmp_path: Path) -> None:
    """In "Set aside" and in --show-blocks, each reason at most three lines, however long."""
    long_reason = (
        "Menu\n\nStorm hits\n\n"
        + "The storm reached the coast on Monday. " * 3
        + ("\n\nA photo. Photo: Lee Chen/Coast Times/Harbor City Ledger/Associated Press Images\n")
    )
    for text in (TEXT, long_reason):
        out = io.StringIO()
        path = tmp_path / "article.txt"
        path.write_text(text, encoding="utf-8")
        assert main([str(path), "--show-blocks", "--width", "80"], stdout=out) == 0
        blocks = _reason_heights(out.getvalue())
        aside = _reason_heights(
            rich(newsread.analyze(text), width=80, top=20).split("Set aside (")[1]
        )
        assert len(blocks) == len(newsread.segment(text).blocks)
        assert blocks and aside and max(blocks + aside) <= 3, (blocks, aside)
