"""The package's modules import one another without cycles (issue 14, item 10).

Every ``from .x import ...`` counts, at module level or inside a function: a cycle hidden
in a function still ties two modules together. The graph is read from the source, so the
test needs no import machinery.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsread

PACKAGE = Path(newsread.__file__).parent


def import_graph() -> dict[str, set[str]]:
    """Module name -> the package modules it imports (relative imports, any depth)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        package = rel.parts[:-1]  # the package the module is in ("" for newsread itself)
        name = (".".join(package) or "__init__") if rel.name == "__init__" else ".".join(rel.parts)
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.level == 0:
                continue
            base = list(package[: len(package) - (node.level - 1)])
            if node.module:
                deps.add(".".join([*base, node.module]))
            else:
                deps.update(".".join([*base, a.name]) for a in node.names)
        graph[name] = {d for d in deps if d != name}
    known = set(graph)
    # "from ._segment.rules import x" -> "_segment.rules"; "from . import _x" -> "_x"
    return {m: {d for d in deps if d in known} for m, deps in graph.items()}


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == {frozenset("abc")}
    assert cycles({"a": {"b"}, "b": set()}) == set()


@pytest.mark.parametrize("module", ["_errors", "_measures", "_punctuation"])
def test_foundations_import_nothing_from_the_package(module: str) -> None:
    assert import_graph()[module] == set()


def test_the_measures_do_not_read_the_report_models() -> None:
    """The formula registry and the textstat engine compute Counts and FormulaScores
    (``_measures``); the report models hold them and read the registry's names
    (``Report.to_row``), so neither measure may import ``_models`` or the record."""
    graph = import_graph()
    for module in ("_formulas", "_readability", "_textstat_engine", "_record"):
        assert not graph[module] & {"_models", "_html", "_render", "_output"}, module


#: Imports that point up the layers on purpose, left out of the graph: the display hooks of
#: Report (``_repr_html_`` for notebooks, ``__rich__`` for rich) hand the model to the
#: renderers, lazily, inside the method; nothing else in the models reaches up.
DISPLAY_HOOKS = {("_models", "_html"), ("_models", "_render")}


def test_no_import_cycles() -> None:
    graph = import_graph()
    for module, dep in DISPLAY_HOOKS:
        graph[module].discard(dep)
    found = cycles(graph)
    assert not found, f"import cycles: {sorted(sorted(c) for c in found)}"
