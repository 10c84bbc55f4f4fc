"""The package's import graph: no circles, and no module imported by a string.

import-linter checks the layers (pyproject.toml); this checks what it cannot: a circle between
two modules of one layer, and an import hidden in a string (importlib), which no checker sees.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "ritmeregie"


def _strongly_connected(graph: grimp.ImportGraph) -> list[list[str]]:
    """Tarjan's algorithm, iterative: every group of modules that import each other in a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    circles.append(sorted(group))
    return circles


def test_no_module_imports_another_in_a_circle() -> None:
    # Imports under `if TYPE_CHECKING:` only name types for mypy; they never run.
    graph = grimp.build_graph("ritmeregie", cache_dir=None, exclude_type_checking_imports=True)
    assert _strongly_connected(graph) == []


def test_no_circle_even_through_type_names_below_the_windows() -> None:
    """Naming a type needs no circle either: the store and its recovery, the controller and the
    store-change follower each know the other through a small protocol or a callable. Only the
    windows that name the app's type (ui.app opens them) still meet in one circle."""
    graph = grimp.build_graph("ritmeregie", cache_dir=None, exclude_type_checking_imports=False)
    members = {module for circle in _strongly_connected(graph) for module in circle}
    assert {m for m in members if not m.startswith("ritmeregie.ui.")} == set()
    assert members.isdisjoint({"ritmeregie.ui.controller", "ritmeregie.ui.store_changes"})


def test_the_circle_finder_sees_a_circle() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    assert _strongly_connected(graph) == [["pkg.a", "pkg.b"]]


def _string_imports(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in {"import_module", "__import__"}:
                lines.append(node.lineno)
    return lines


def test_no_module_is_imported_by_a_string() -> None:
    found = {
        str(path.relative_to(PACKAGE_DIR.parent)): lines
        for path in sorted(PACKAGE_DIR.rglob("*.py"))
        if (lines := _string_imports(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_string_import_finder_sees_one() -> None:
    assert _string_imports("import importlib\nimportlib.import_module('x')\n") == [2]
