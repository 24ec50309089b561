"""Every notebook, executed on a fresh kernel as ``danvan report`` runs it, shows no error; its
page carries the header, the provenance stamp and its figures; the index quotes its findings.

The series is executed once per session per corpus (fixtures in conftest.py): on the sample in
data/raw and on ../shared/corpora/danvan_news.jsonl.gz (skipped when that folder is absent).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import pytest
from project_paths import ROOT

from danvan.report.execute import discover
from danvan.report.header import notebook_header

NOTEBOOKS = ROOT / "notebooks"
SERIES, SOLUTIONS = discover(NOTEBOOKS)
ALL = [(p, "notebook") for p in SERIES] + [(p, "solution") for p in SOLUTIONS]
IDS = [str(p.relative_to(NOTEBOOKS)) for p, _ in ALL]

pytestmark = pytest.mark.notebooks


def run_of(build, path: Path, kind: str):
    return next(r for r in build.runs if r.source == path.resolve() and r.kind == kind)


def error_outputs(executed: Path) -> list[str]:
    """Error outputs and tracebacks printed to stderr in an executed notebook."""
    nb = nbformat.read(executed, as_version=4)
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                found.append(f"cell {i}: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr" and "Traceback" in out.text:
                found.append(f"cell {i}: traceback on stderr")
    return found


def check_build(build, path: Path, kind: str) -> None:
    run = run_of(build, path, kind)
    assert run.ok, f"{path.name} failed: {run.error}"
    assert error_outputs(run.executed) == []
    page = build.out / ("solutions" if kind == "solution" else "") / f"{path.stem}.html"
    text = page.read_text(encoding="utf-8")
    title = notebook_header(nbformat.read(path, as_version=4)).title
    assert html.escape(title, quote=False) in text
    assert 'class="danvan-stamp"' in text and "corpus_hash" in text
    nb = nbformat.read(run.executed, as_version=4)
    figures = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', text)) >= figures
    index = build.index.read_text(encoding="utf-8")
    assert f'href="{page.relative_to(build.out).as_posix()}"' in index


def test_there_are_notebooks_to_run():
    assert SERIES, f"no NN_*.ipynb in {NOTEBOOKS}"


@pytest.mark.parametrize(("path", "kind"), ALL, ids=IDS)
def test_notebook_runs_clean_on_the_sample(sample_reports, path: Path, kind: str):
    check_build(sample_reports, path, kind)


@pytest.mark.corpora
@pytest.mark.parametrize(("path", "kind"), ALL, ids=IDS)
def test_notebook_runs_clean_on_danvan_news(news_reports, path: Path, kind: str):
    check_build(news_reports, path, kind)


def test_index_quotes_every_notebooks_question_and_findings(sample_reports):
    index = sample_reports.index.read_text(encoding="utf-8")
    for path in SERIES:
        nb = nbformat.read(path, as_version=4)
        card = index.split(f'id="{path.stem}"')[1].split("</section>")[0]
        assert html.escape(notebook_header(nb).title, quote=False) in card
        assert "<th>Câu hỏi / Question</th>" in card, f"{path.name}: no question on the index"
        if any("findings" in c.metadata.get("tags", []) for c in nb.cells):
            assert 'class="findings"' in card, f"{path.name}: findings missing on the index"


def test_every_page_is_listed_and_the_build_succeeded(sample_reports):
    assert sample_reports.ok, [(r.stem, r.error) for r in sample_reports.failed]
    pages = sorted(p.relative_to(sample_reports.out).as_posix()
                   for p in sample_reports.out.rglob("*.html") if p.name != "index.html")
    expected = sorted([f"{p.stem}.html" for p in SERIES]
                      + [f"solutions/{p.stem}.html" for p in SOLUTIONS])
    assert pages == expected
