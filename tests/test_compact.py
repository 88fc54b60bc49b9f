"""Compact JSON (`--compact`): the layout's four rules, its schema, and what it costs nothing."""

from __future__ import annotations

from newsread import Report


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
