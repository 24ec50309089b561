"""Every parameter of every notebook can be overridden by papermill (`make report CORPUS=…`)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from papermill.translators import PythonTranslator
from project_paths import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").rglob("*.ipynb"))
ASSIGNMENT = re.compile(r"^([A-Za-z_]\w*)\s*[:=]")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_papermill_sees_every_parameter(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"{path.name}: one cell tagged 'parameters' expected"
    assigned = [m.group(1) for line in cells[0].source.splitlines() if (m := ASSIGNMENT.match(line))]
    parsed = [p.name for p in PythonTranslator.inspect(cells[0])]
    assert "CORPUS" in assigned
    assert parsed == assigned, f"{path.name}: papermill cannot parse {set(assigned) - set(parsed)}"
