"""Compact JSON (`--compact`, issue 12 item 2): the layout's four rules, and its schema.

A compact document is the full report less (1) texts and formula words, (2) fields at their
schema default, (3) float digits past the record's precision and (4) views repeating another
list. The tests rebuild what a reader can from the document and its schema alone, and
compare with the full report built by hand from its JSON.
"""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from pydantic import ValidationError
from strategies import article_like

import newsread
from newsread import Report, TextRecord
from newsread._output import compact_json, compact_schema
from newsread._record import RECORD_DIGITS
from newsread.cli import main

ARTICLE = """Council approves new harbour wall

By Ana Ruiz

The new harbour wall was approved by the council on Tuesday, after a long and sometimes bitter debate about its cost, its height and the views it would block for the families living along the seafront road.

Work will start quickly. The contractor said the first stones would be laid in March and that the wall would be finished, weather permitting, by the end of 2027.

Residents were divided. "It finally protects our homes," said one. Another said the money was badly needed elsewhere.

Photo: Harbour at dawn. REUTERS
"""


def full(report: Report) -> dict[str, Any]:
    return dict(json.loads(report.model_dump_json()))


def by_hand(report: Report) -> dict[str, Any]:
    """What a reader rebuilds from a compact document and its schema: the full report
    without texts, formula words and the hardest paragraphs, floats rounded as the record's
    (the input's own fields as read), written out here, not with the library's code."""
    d = full(report)
    for s in d["sentences"]["longest"] + d["sentences"]["hard"] + d["paragraphs"]["paragraphs"]:
        del s["text"]
    for p in d["findings"]["passives"]:
        del p["be"]["text"], p["participle"]["text"]
    for a in d["findings"]["adverbs"]:
        del a["text"]
    for f in d["readability"]:
        del f["interpretation"]
    del d["paragraphs"]["hardest"]
    kept = d.pop("fields")

    def rounded(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: rounded(v) for k, v in x.items()}
        if isinstance(x, list):
            return [rounded(v) for v in x]
        return round(x, RECORD_DIGITS) if type(x) is float else x

    return {**rounded(d), "fields": kept}


def resolve(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    return resolve(schema["$defs"][ref.split("/")[-1]], schema) if ref else node


TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def errors(doc: Any, node: dict[str, Any], schema: dict[str, Any], at: str = "") -> list[str]:
    """Where ``doc`` breaks the JSON schema ``node`` (the keywords pydantic's schemas use)."""
    node = resolve(node, schema)
    if "anyOf" in node:
        if any(not errors(doc, n, schema, at) for n in node["anyOf"]):
            return []
        return [f"{at}: matches no anyOf branch"]
    kind = node.get("type")
    if kind is not None and (
        not isinstance(doc, TYPES[kind]) or (isinstance(doc, bool) and kind != "boolean")
    ):
        return [f"{at}: not {kind}"]
    if "enum" in node and doc not in node["enum"]:
        return [f"{at}: {doc!r} not in enum"]
    out: list[str] = []
    if isinstance(doc, dict):
        props = node.get("properties", {})
        out += [f"{at}.{k}: required" for k in node.get("required", ()) if k not in doc]
        extra = node.get("additionalProperties", True)
        for k, v in doc.items():
            if k in props:
                out += errors(v, props[k], schema, f"{at}.{k}")
            elif extra is False:
                out.append(f"{at}.{k}: not allowed")
            elif isinstance(extra, dict):
                out += errors(v, extra, schema, f"{at}.{k}")
    if isinstance(doc, list) and "items" in node:
        for i, v in enumerate(doc):
            out += errors(v, node["items"], schema, f"{at}[{i}]")
    return out


def filled(doc: Any, node: dict[str, Any], schema: dict[str, Any], at_default: list[str]) -> Any:
    """``doc`` with every missing field set to its schema ``default``; ``at_default``
    collects the fields the document holds at their default (rule 2 leaves none)."""
    node = resolve(node, schema)
    if "anyOf" in node:
        branch = next(n for n in node["anyOf"] if not errors(doc, n, schema))
        return filled(doc, branch, schema, at_default)
    if isinstance(doc, dict) and "properties" in node:
        out = {}
        for k, prop in node["properties"].items():
            if k in doc:
                if "default" in prop and doc[k] == prop["default"]:
                    at_default.append(k)
                out[k] = filled(doc[k], prop, schema, at_default)
            elif "default" in prop:
                out[k] = copy.deepcopy(prop["default"])
        return out
    if isinstance(doc, list) and "items" in node:
        return [filled(v, node["items"], schema, at_default) for v in doc]
    return doc


def rebuilt(doc: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    at_default: list[str] = []
    schema = compact_schema()
    return filled(doc, schema, schema, at_default), at_default


def report_of(text: str = ARTICLE) -> Report:
    item = TextRecord(text, source="wall.txt", id="7", fields={"score": 0.123456789, "n": 3})
    return next(iter(newsread.analyze_many([item])))


def test_a_reader_rebuilds_the_report_less_the_four_rules_from_the_schema() -> None:
    report = report_of()
    doc = json.loads(compact_json(report))
    again, at_default = rebuilt(doc)
    assert again == by_hand(report)
    assert at_default == []  # rule 2: nothing is written at its default ...
    assert "engine" not in doc and "grade_clamped" not in doc["readability"][1]  # ... as these
    assert len(json.dumps(doc)) < len(json.dumps(again))


@settings(max_examples=25)
@given(article_like)
def test_the_rules_hold_for_any_article(text: str) -> None:
    report = report_of(text)
    doc = json.loads(compact_json(report))
    assert errors(doc, compact_schema(), compact_schema()) == []
    again, at_default = rebuilt(doc)
    assert again == by_hand(report)
    assert at_default == []


def test_texts_and_formula_words_are_left_out_and_derivable() -> None:
    """Rule 1: a text is input[start:end]; a formula's words come from its value."""
    report = report_of()
    doc = json.loads(compact_json(report))
    assert doc["findings"]["passives"] and doc["findings"]["adverbs"] and doc["sentences"]["hard"]
    spans = [
        *doc["sentences"]["longest"],
        *doc["sentences"]["hard"],
        *doc["paragraphs"]["paragraphs"],
        *doc["findings"]["adverbs"],
        *(p[k] for p in doc["findings"]["passives"] for k in ("be", "participle")),
    ]
    assert all("text" not in s for s in spans)
    texts = [s.text for s in report.sentences.longest + report.sentences.hard]
    texts += [p.text for p in report.paragraphs.paragraphs] + [
        a.text for a in report.findings.adverbs
    ]
    texts += [s.text for p in report.findings.passives for s in (p.be, p.participle)]
    assert [ARTICLE[s["start"] : s["end"]] for s in spans] == texts
    words = {f.name: f for f in newsread.formulas()}
    assert all("interpretation" not in f for f in doc["readability"])
    assert [words[f["name"]].interpret(f["value"]) for f in doc["readability"]] == [
        f.interpretation for f in report.readability
    ]


def test_floats_have_the_records_precision_and_input_fields_stay_as_read() -> None:
    """Rule 3, with the rounding of the flat record."""
    report = report_of()
    doc = json.loads(compact_json(report))

    def floats(x: Any) -> list[float]:
        if isinstance(x, dict):
            return [f for v in x.values() for f in floats(v)]
        if isinstance(x, list):
            return [f for v in x for f in floats(v)]
        return [x] if type(x) is float else []

    measured = {**doc, "fields": {}}
    assert floats(measured) and all(f == round(f, RECORD_DIGITS) for f in floats(measured))
    assert any(f != round(f, RECORD_DIGITS) for f in floats({**full(report), "fields": {}}))
    assert doc["fields"] == {"score": 0.123456789, "n": 3}
    assert doc["consensus_grade"] == report.to_row()["consensus_grade"]


def test_hardest_paragraphs_are_rebuilt_by_sorting_the_paragraphs() -> None:
    """Rule 4: docs/report.md's recipe for the view compact JSON leaves out."""
    report = report_of()
    doc = json.loads(compact_json(report))
    assert "hardest" not in doc["paragraphs"]
    graded = [p for p in report.paragraphs.paragraphs if p.grade is not None]
    ranked = sorted(graded, key=lambda p: (-(p.raw_grade or 0.0), -p.words, p.start))
    assert len(report.paragraphs.hardest) > 1
    assert ranked[: len(report.paragraphs.hardest)] == list(report.paragraphs.hardest)


def test_compact_json_is_valid_for_its_schema_and_is_not_a_report() -> None:
    report = report_of()
    text = compact_json(report)
    doc = json.loads(text)
    assert errors(doc, compact_schema(), compact_schema()) == []
    published = Report.model_json_schema()
    assert errors(full(report), published, published) == []
    assert errors(doc, published, published)  # texts and hardest are required in a Report
    assert errors({**doc, "words": 1}, compact_schema(), compact_schema())
    with_text = copy.deepcopy(doc)
    with_text["paragraphs"]["paragraphs"][0]["text"] = "The new harbour wall"
    assert errors(with_text, compact_schema(), compact_schema())  # the schema has no texts
    with pytest.raises(ValidationError):
        Report.model_validate_json(text)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_the_command_line_writes_compact_json(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text("Short note\n\nThe ferry was late again. Nobody was surprised.", encoding="utf-8")
    code, out, err = run(str(a), str(b), "--format", "jsonl", "--compact")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2
    assert all(errors(d, compact_schema(), compact_schema()) == [] for d in lines)
    assert all("hardest" not in d["paragraphs"] for d in lines)
    code, out, err = run(str(a), "--format", "json", "--compact")
    assert code == 0, err
    assert (
        out == compact_json(newsread.analyze(ARTICLE).model_copy(update={"source": str(a)})) + "\n"
    )
    assert json.loads(out) == lines[0]  # --format json and jsonl: the same line
    assert "hardest" in json.loads(run(str(a), "--format", "json")[1])["paragraphs"]


def test_published_compact_schema_is_current() -> None:
    """docs/report-compact.schema.json is what `--schema --compact` prints."""
    code, out, _ = run("--schema", "--compact")
    assert code == 0
    committed = (Path(__file__).parent.parent / "docs" / "report-compact.schema.json").read_text(
        encoding="utf-8"
    )
    assert out == committed, (
        "docs/report-compact.schema.json is stale: "
        "python -m newsread --schema --compact > docs/report-compact.schema.json"
    )
    assert compact_schema() != Report.model_json_schema()
    assert Report.model_json_schema() == Report.model_json_schema()  # left as it was


def test_every_field_that_may_be_missing_has_its_default_in_the_schema() -> None:
    """A field left out of a document (compact JSON leaves out every field at its default)
    is one the schema says is not required; the schema must then say what it holds."""
    schema = Report.model_json_schema()
    missing = [
        f"{model}.{field}"
        for model, node in [("Report", schema), *schema["$defs"].items()]
        for field, prop in node.get("properties", {}).items()
        if field not in node.get("required", ()) and "default" not in prop
    ]
    assert missing == []


def test_the_schema_version_is_always_written() -> None:
    """A reader picks the schema by the document's version, so it never goes at a default."""
    assert "schema_version" in Report.model_json_schema()["required"]
    assert json.loads(compact_json(report_of()))["schema_version"] == 2
