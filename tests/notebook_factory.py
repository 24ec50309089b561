"""Small throwaway notebooks for the report builder tests."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HEADER = """# 01 · Thử nghiệm / Trial

| | Tiếng Việt | English |
| --- | --- | --- |
| **Câu hỏi / Question** | Tỉnh nào có nhiều bài nhất? | Which province has most articles? |
| **Dữ liệu / Data** | 2 bài tự viết | 2 hand-written articles |
| **Phương pháp / Methods** | Đếm | Counting |
| **Độ khó / Difficulty** | Dễ | Easy |
| **Thời gian / Time** | 5 phút | 5 minutes |
| **Cần biết trước / Prerequisites** | Không | None |
"""
PLANTED = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned_img=1\">"
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}


def make_notebook(body: list[str], header: str = HEADER, findings: str | None = None,
                  hidden: str | None = None) -> nbformat.NotebookNode:
    """Header, tagged parameters cell, code cells, optional findings and limits cells."""
    cells = [new_markdown_cell(header),
             new_code_cell("CORPUS = None\nSEED = 42", metadata={"tags": ["parameters"]})]
    if hidden:
        cells.append(new_code_cell(hidden, metadata={"tags": ["hide-input"]}))
    cells += [new_code_cell(src) for src in body]
    if findings:
        cells.append(new_code_cell(findings, metadata={"tags": ["findings"]}))
        cells.append(new_markdown_cell("## Giới hạn / Limits\n\nHai bài / two articles."))
    return new_notebook(cells=cells, metadata={"kernelspec": KERNEL})
