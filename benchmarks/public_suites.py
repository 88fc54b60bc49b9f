"""Turn the public sentence-splitting test suites into JSONL cases for sentence_suite.py.

The cases are not stored in this repository (they belong to their projects); this script
builds them on your machine, in a directory of your choice, from:

* syntok and segtok (installed with the bench extra): the "one sentence per line" texts
  of their ``segmenter_test`` modules, as cases of two consecutive lines joined by a space
  (the splitter must return the two lines), and for segtok also the ``sentences = [...]``
  lists of its test methods, joined by spaces;
* pySBD's English golden rules, if you pass the path of ``tests/lang/test_english.py``
  from a pySBD checkout (the wheel does not ship its tests).

Usage:

    python benchmarks/public_suites.py OUT_DIR [--pysbd PATH/TO/pySBD/tests/lang/test_english.py]
    python benchmarks/sentence_suite.py OUT_DIR/*.jsonl
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import itertools
import json
from pathlib import Path


def _module_source(name: str) -> str | None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).read_text(encoding="utf-8")


def _string_assignments(source: str, target: str) -> list[ast.expr]:
    """The values assigned to ``target`` anywhere in ``source``."""
    values = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and t.id == target:
                    values.append(node.value)
    return values


def ospl_pairs(package: str) -> list[dict[str, object]]:
    """Cases from ``package.segmenter_test.OSPL``: each two consecutive lines."""
    source = _module_source(f"{package}.segmenter_test")
    if source is None:
        return []
    (value,) = _string_assignments(source, "OSPL")
    lines = ast.literal_eval(value).split("\n")
    return [
        {
            "id": f"{package}-ospl-{i:03d}",
            "category": f"{package}-ospl-pairs",
            "text": f"{a} {b}",
            "expected": [a, b],
        }
        for i, (a, b) in enumerate(itertools.pairwise(lines), 1)
    ]


def segtok_lists() -> list[dict[str, object]]:
    """Cases from segtok's ``sentences = [...]`` test lists, joined by spaces."""
    source = _module_source("segtok.segmenter_test")
    if source is None:
        return []
    cases = []
    for i, value in enumerate(_string_assignments(source, "sentences"), 1):
        sentences = ast.literal_eval(value)
        cases.append(
            {
                "id": f"segtok-list-{i:02d}",
                "category": "segtok-tests",
                "text": " ".join(sentences),
                "expected": sentences,
            }
        )
    return cases


def pysbd_golden(path: Path) -> list[dict[str, object]]:
    """Cases from pySBD's GOLDEN_EN_RULES_TEST_CASES (pytest.param entries included)."""
    (value,) = _string_assignments(path.read_text(encoding="utf-8"), "GOLDEN_EN_RULES_TEST_CASES")
    assert isinstance(value, ast.List)
    cases = []
    for i, item in enumerate(value.elts, 1):
        args = item.args if isinstance(item, ast.Call) else item.elts  # type: ignore[attr-defined]
        text, expected = ast.literal_eval(args[0]), ast.literal_eval(args[1])
        cases.append(
            {
                "id": f"pysbd-{i:02d}",
                "category": "pysbd-golden-en",
                "text": text,
                "expected": expected,
            }
        )
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the JSONL files to")
    parser.add_argument("--pysbd", type=Path, help="pySBD's tests/lang/test_english.py")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    suites = {
        "syntok_ospl_pairs": ospl_pairs("syntok"),
        "segtok_ospl_pairs": ospl_pairs("segtok"),
        "segtok_tests": segtok_lists(),
    }
    if args.pysbd:
        suites["pysbd_golden_en"] = pysbd_golden(args.pysbd)
    for name, cases in suites.items():
        if not cases:
            print(f"{name}: source not installed, skipped")
            continue
        path = args.out / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for case in cases:
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
        print(f"{name}: {len(cases)} cases -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
