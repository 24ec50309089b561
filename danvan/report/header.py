"""What a notebook says about itself: the header table of its first Markdown cell (shape in
notebooks/README.md), its tagged cells, and the findings its ``findings`` cell displayed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import nbformat

HEADER_FIELDS = ["Câu hỏi / Question", "Dữ liệu / Data", "Phương pháp / Methods",
                 "Độ khó / Difficulty", "Thời gian / Time", "Cần biết trước / Prerequisites"]
_ROW = re.compile(r"^\|\s*\*\*(?P<label>[^*|]+?)\*\*\s*\|(?P<vi>.*?)\|(?P<en>.*?)\|?\s*$")


@dataclass
class Header:
    """The header cell of a notebook: title and the rows of its bilingual table."""

    title: str
    rows: dict[str, tuple[str, str]] = field(default_factory=dict)


def parse_header(source: str) -> Header:
    """Title (first ``# `` line) and ``| **label** | vi | en |`` rows of a header cell."""
    title = ""
    rows: dict[str, tuple[str, str]] = {}
    for line in source.splitlines():
        line = line.strip()
        if not title and line.startswith("# "):
            title = line[2:].strip()
        match = _ROW.match(line)
        if match:
            rows[match["label"].strip()] = (match["vi"].strip(), match["en"].strip())
    return Header(title=title, rows=rows)


def notebook_header(nb: nbformat.NotebookNode) -> Header:
    """The header of a notebook: its first Markdown cell, parsed (empty when there is none)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            return parse_header(cell.source)
    return Header(title="")


def tagged_cells(nb: nbformat.NotebookNode, tag: str) -> list[nbformat.NotebookNode]:
    """Cells carrying ``tag`` in ``metadata.tags``."""
    return [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]


def findings_text(nb: nbformat.NotebookNode) -> str | None:
    """The Markdown (or plain text) the ``findings`` cell displayed, or None."""
    texts: list[str] = []
    for cell in tagged_cells(nb, "findings"):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "text/markdown" in data:
                texts.append(data["text/markdown"])
            elif "text" in out and out.get("name") == "stdout":
                texts.append(out["text"])
            elif "text/plain" in data:
                texts.append(data["text/plain"])
    return "\n\n".join(texts) if texts else None
