"""Every committed notebook follows notebooks/README.md: saved without outputs or execution
counts, header cell in the convention's shape, a ``parameters`` cell second, and (except the
glossary and the solutions) a ``findings`` cell followed by the limits."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from project_paths import ROOT

from danvan.report.header import HEADER_FIELDS, parse_header

NOTEBOOKS = ROOT / "notebooks"
TITLE = re.compile(r"^\d{2} · .+ / .+$")


def committed_notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def is_lesson(path: Path) -> bool:
    """Analysis notebooks close with findings; the glossary and the solutions need not."""
    return "solutions" not in path.relative_to(NOTEBOOKS).parts and not path.name.startswith("00_")


def tags(cell: nbformat.NotebookNode) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def hygiene_problems(path: Path, lesson: bool) -> list[str]:
    """What is wrong with one notebook file (empty list: nothing)."""
    nb = nbformat.read(path, as_version=4)
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell.get("outputs"):
            problems.append(f"cell {i} has outputs")
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            problems.append(f"cell {i} has an execution count")
    if not nb.cells or nb.cells[0].cell_type != "markdown":
        return problems + ["first cell is not the Markdown header"]
    header = parse_header(nb.cells[0].source)
    if not TITLE.match(header.title):
        problems.append(f"header title {header.title!r} is not '# NN · Tiếng Việt / English'")
    for field in HEADER_FIELDS:
        vi, en = header.rows.get(field, ("", ""))
        if not vi or not en or "…" in (vi, en):
            problems.append(f"header row {field!r} missing or not filled in both languages")
    if len(nb.cells) < 2 or "parameters" not in tags(nb.cells[1]):
        problems.append("second cell is not tagged 'parameters'")
    elif not re.search(r"^CORPUS\s*=\s*None\b", nb.cells[1].source, re.M):
        problems.append("parameters cell does not set CORPUS = None")
    if lesson:
        found = [i for i, c in enumerate(nb.cells) if "findings" in tags(c)]
        if len(found) != 1 or nb.cells[found[0]].cell_type != "code":
            problems.append("needs exactly one code cell tagged 'findings'")
        else:
            after = nb.cells[found[0] + 1 : found[0] + 2]
            if not after or not after[0].source.lstrip().startswith("## Giới hạn / Limits"):
                problems.append("the findings cell is not followed by '## Giới hạn / Limits'")
    return problems


@pytest.mark.parametrize("path", committed_notebooks(), ids=lambda p: str(p.relative_to(NOTEBOOKS)))
def test_notebook_follows_the_conventions(path: Path):
    assert hygiene_problems(path, is_lesson(path)) == []


def test_there_is_a_glossary():
    assert (NOTEBOOKS / "00_glossary.ipynb").is_file()


def test_the_check_catches_outputs_counts_and_missing_tags(tmp_path: Path):
    nb = nbformat.read(NOTEBOOKS / "00_glossary.ipynb", as_version=4)
    assert hygiene_problems(NOTEBOOKS / "00_glossary.ipynb", lesson=False) == []
    code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and i > 1)
    nb.cells[code].outputs = [nbformat.v4.new_output("stream", name="stdout", text="x\n")]
    nb.cells[code].execution_count = 3
    nb.cells[1].metadata["tags"] = []
    for cell in nb.cells:
        if "findings" in tags(cell):
            cell.metadata["tags"] = []
    broken = tmp_path / "00_glossary.ipynb"
    nbformat.write(nb, broken)
    assert hygiene_problems(broken, lesson=True) == [
        f"cell {code} has outputs", f"cell {code} has an execution count",
        "second cell is not tagged 'parameters'", "needs exactly one code cell tagged 'findings'",
    ]
