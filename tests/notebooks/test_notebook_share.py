"""Notebooks stay narrative: at most a quarter of their code is anything but calls into danvan.

The measure, per notebook (solutions included): every statement of every code cell but the
``parameters`` cell is parsed with :mod:`ast`; a statement in a block (``if``, ``for``, ``with``)
counts on its own, the block header too. A statement is *a call into danvan* when it calls a
name bound by ``import danvan…`` / ``from danvan… import …`` (directly or through an attribute,
``danvan.kwic(…)``, ``table(…).to_html()``), or when it is such an import. Every other statement
(other imports, arithmetic, pandas, matplotlib, bare expressions) is not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest
from project_paths import NOTEBOOKS

LIMIT = 0.25


def _statements(tree: ast.AST) -> list[ast.stmt]:
    out: list[ast.stmt] = []
    for node in getattr(tree, "body", []):
        out.append(node)
        for field in ("body", "orelse", "finalbody", "handlers"):
            for child in getattr(node, field, []) or []:
                out.extend(_statements(ast.Module(body=[child], type_ignores=[]))
                           if isinstance(child, ast.stmt) else _statements(child))
    return out


def _danvan_names(trees: list[ast.AST]) -> set[str]:
    names: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "danvan":
                names |= {a.asname or a.name for a in node.names}
            elif isinstance(node, ast.Import):
                names |= {(a.asname or a.name).split(".")[0] for a in node.names
                          if a.name.split(".")[0] == "danvan"}
    return names


def _root(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.value if not isinstance(node, ast.Call) else node.func
    return node.id if isinstance(node, ast.Name) else None


def _is_danvan(stmt: ast.stmt, names: set[str]) -> bool:
    if isinstance(stmt, ast.ImportFrom):
        return (stmt.module or "").split(".")[0] == "danvan"
    if isinstance(stmt, ast.Import):
        return all(a.name.split(".")[0] == "danvan" for a in stmt.names)
    header = stmt
    if isinstance(stmt, (ast.If, ast.For, ast.While, ast.With)):  # the header alone
        header = {ast.If: lambda s: s.test, ast.While: lambda s: s.test,
                  ast.For: lambda s: s.iter, ast.With: lambda s: s.items[0].context_expr}[type(stmt)](stmt)
    return any(isinstance(n, ast.Call) and _root(n.func) in names for n in ast.walk(header))


def package_share(path: Path) -> tuple[int, int]:
    """(statements that call into danvan, all statements) of a notebook's code cells."""
    nb = nbformat.read(path, as_version=4)
    trees = [ast.parse(c.source) for c in nb.cells if c.cell_type == "code"
             and "parameters" not in c.metadata.get("tags", [])
             and not c.source.lstrip().startswith(("%", "!"))]
    names = _danvan_names(trees)
    stmts = [s for t in trees for s in _statements(t)]
    return sum(_is_danvan(s, names) for s in stmts), len(stmts)


def _notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_measure_counts_what_it_says(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("N = 3", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("import pandas as pd\nfrom danvan.reading import kwic\n"
                                  "lines = kwic(corpus, 'dân')\nx = lines['match'].str.len()\n"
                                  "if len(x):\n    print(x.mean())"),
    ])
    path = tmp_path / "t.ipynb"
    nbformat.write(nb, path)
    # import pandas (no), from danvan (yes), kwic(...) (yes), x = ... (no), if (no), print (no)
    assert package_share(path) == (2, 6)


@pytest.mark.parametrize("path", _notebooks(), ids=lambda p: str(p.relative_to(NOTEBOOKS)))
def test_notebook_code_is_mostly_calls_into_danvan(path: Path) -> None:
    calls, total = package_share(path)
    other = (total - calls) / total if total else 0.0
    print(f"{path.relative_to(NOTEBOOKS)}: {total - calls} of {total} statements "
          f"({other:.0%}) are not calls into danvan")
    assert other <= LIMIT, f"{other:.0%} of the code is not calls into danvan (limit {LIMIT:.0%})"
