"""The report builder on small throwaway notebooks (no corpus needed): pages, index, failures,
escaping, no external requests; plus the display helpers."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from notebook_factory import HEADER, PLANTED, make_notebook

from danvan.core.paths import corpus_stem
from danvan.core.provenance import stamp
from danvan.report.build import build_reports
from danvan.report.display import findings_markdown, md_escape, table
from danvan.report.header import parse_header
from danvan.report.page import safe_markdown, strip_external

FIGURE = (
    "import matplotlib.pyplot as plt\nfrom danvan.plots.style import set_style\nset_style()\n"
    "fig, ax = plt.subplots()\nax.bar(['Tỉnh Hà Tĩnh', 'Thành phố Đà Nẵng'], [3, 2])\n"
    "ax.set_title('Số bài theo tỉnh / Articles per province')\nax.set_ylabel('bài / articles')\n"
    "plt.show()"
)
TABLE = (
    "import pandas as pd\nfrom danvan.report.display import table\n"
    f"df = pd.DataFrame({{'title': [{PLANTED!r}, 'Ban Dân vận Tỉnh ủy'], 'n': [3, 2]}})\n"
    "table(df, caption='Bài / Articles')"
)
FINDINGS = (
    "from danvan.report.display import findings, md_escape\n"
    "findings([f'Bài đầu có {df.n[0]} lượt: {md_escape(df.title[0])}'],\n"
    "         [f'The first article has {df.n[0]} mentions: {md_escape(df.title[0])}'])"
)


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory):
    """Two notebooks (one fails on purpose) and one solution, built into a tmp dir once."""
    root = tmp_path_factory.mktemp("trial")
    nbs = root / "notebooks"
    (nbs / "solutions").mkdir(parents=True)
    nbformat.write(make_notebook([FIGURE, TABLE], findings=FINDINGS,
                                 hidden="SECRET_SETUP = 'không hiện / not shown'"),
                   nbs / "01_trial.ipynb")
    failing = HEADER.replace("01 · Thử nghiệm / Trial", "02 · Lỗi / Failure")
    nbformat.write(make_notebook(["x = 1", "1 / 0"], header=failing, findings="print('never')"),
                   nbs / "02_fail.ipynb")
    nbformat.write(make_notebook(["print('lời giải / solution')"]),
                   nbs / "solutions" / "01_trial.ipynb")
    nbformat.write(make_notebook(["1"]), nbs / "scratch.ipynb")  # not numbered: not run
    provenance = {**stamp(), "corpus_hash": "abc123def456"}
    return build_reports(None, out=root / "out", notebooks_dir=nbs, provenance=provenance)


def test_every_numbered_notebook_runs_and_one_failure_is_reported(trial):
    assert [(r.stem, r.kind) for r in trial.runs] == [
        ("01_trial", "notebook"), ("02_fail", "notebook"), ("01_trial", "solution")]
    assert not trial.ok
    assert [r.stem for r in trial.failed] == ["02_fail"]
    assert trial.failed[0].error.startswith("ZeroDivisionError")
    for name in ["01_trial.html", "02_fail.html", "index.html", "solutions/01_trial.html",
                 "executed/01_trial.ipynb", "executed/solutions/01_trial.ipynb"]:
        assert (trial.out / name).is_file(), name
    assert not (trial.out / "scratch.html").exists()


def test_page_is_self_contained_stamped_and_code_folded(trial):
    page = (trial.out / "01_trial.html").read_text(encoding="utf-8")
    assert "<title>01 · Thử nghiệm / Trial</title>" in page
    assert 'http-equiv="Content-Security-Policy"' in page
    assert not re.search(r"<script\b[^>]*\bsrc=", page)  # no require.js / MathJax from a CDN
    assert not re.search(r"<link\b[^>]*\bhref=['\"]?(https?:)?//", page)
    assert "<script" not in page.replace("&lt;script", "")  # no script at all
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', page)) == 1  # one figure
    assert "corpus_hash: <code>abc123def456</code>" in page
    # papermill's injected parameters (the default parameters cell is dropped), figure, table,
    # findings
    assert page.count('<details class="danvan-code">') == 4
    assert "SECRET_SETUP" not in page  # hide-input: input removed
    assert '<a href="index.html">' in page
    assert (trial.out / "01_trial.html").stat().st_mode & stat.S_IROTH


def test_article_text_is_escaped_in_tables_and_findings(trial):
    page = (trial.out / "01_trial.html").read_text(encoding="utf-8")
    index = (trial.out / "index.html").read_text(encoding="utf-8")
    for html_text in (page, index):
        assert "<script>window.__pwned" not in html_text
        assert "<img src=x" not in html_text
    assert "<td>&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "3 lượt: &lt;script&gt;window.__pwned=1&lt;/script&gt;" in index


def test_index_shows_header_findings_links_failure_and_solutions(trial):
    index = (trial.out / "index.html").read_text(encoding="utf-8")
    assert "Tỉnh nào có nhiều bài nhất?" in index and "Which province has most articles?" in index
    assert "Kết quả / What it found" in index
    assert "The first article has 3 mentions" in index
    assert '<a href="01_trial.html">' in index
    assert "Execution failed" in index and "ZeroDivisionError: division by zero" in index
    head, solutions = index.split("Lời giải / Solutions</h2>")
    assert '<a href="solutions/01_trial.html">' in solutions
    assert "corpus_hash: <code>abc123def456</code>" in head
    solution_page = (trial.out / "solutions" / "01_trial.html").read_text(encoding="utf-8")
    assert '<a href="../index.html">' in solution_page


def test_cli_exits_non_zero_when_a_notebook_fails(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import danvan.report.build as build
    from danvan.cli import app

    (tmp_path / "notebooks").mkdir()
    nbformat.write(make_notebook(["raise ValueError('hỏng / broken')"]),
                   tmp_path / "notebooks" / "01_broken.ipynb")
    monkeypatch.setattr(build, "project_root", lambda: tmp_path)
    monkeypatch.setattr(build, "corpus_stamp", lambda corpus: stamp())
    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "01_broken.ipynb: FAILED: ValueError: hỏng / broken" in result.output
    assert (tmp_path / "out" / "index.html").is_file()


def test_parse_header_reads_the_convention():
    header = parse_header(HEADER)
    assert header.title == "01 · Thử nghiệm / Trial"
    assert list(header.rows) == ["Câu hỏi / Question", "Dữ liệu / Data", "Phương pháp / Methods",
                                 "Độ khó / Difficulty", "Thời gian / Time",
                                 "Cần biết trước / Prerequisites"]
    assert header.rows["Thời gian / Time"] == ("5 phút", "5 minutes")


def test_corpus_stem_names_the_report_folder():
    assert corpus_stem("../shared/corpora/danvan_news.jsonl.gz") == "danvan_news"
    assert corpus_stem(Path("/x/dantri.csv")) == "dantri"
    assert corpus_stem("/x/my_articles") == "my_articles"


def test_strip_external_removes_cdn_scripts_and_links_only():
    page = ('<script src="https://cdn.example/require.js"></script>'
            '<link rel="stylesheet" href="//fonts.example/css">'
            '<link rel="icon" href="data:,"><p>ok</p>')
    assert strip_external(page) == '<link rel="icon" href="data:,"><p>ok</p>'


def test_md_escape_neutralises_html_and_markdown():
    assert md_escape("a*b*_c_ <b>") == r"a\*b\*\_c\_ \<b\>"
    assert md_escape("dòng 1\ndòng 2") == "dòng 1 dòng 2"
    rendered = safe_markdown("- " + md_escape(PLANTED))
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in rendered


def test_safe_markdown_escapes_raw_html_but_keeps_markdown():
    assert safe_markdown("**Hà Tĩnh** <script>x</script>") == (
        "<p><strong>Hà Tĩnh</strong> &lt;script&gt;x&lt;/script&gt;</p>\n")


def test_table_escapes_cells_headers_and_caption():
    df = pd.DataFrame({"<th>": ["<script>x</script>", "Đà Nẵng"]})
    out = table(df, caption="<i>c</i>", max_rows=1)._repr_html_()
    assert "<script>" not in out and "<th>&lt;th&gt;</th>" in out
    assert "<b>&lt;i&gt;c&lt;/i&gt;</b>" in out
    assert "1 / 2 rows shown" in out


def test_findings_markdown_is_vietnamese_then_english():
    text = findings_markdown(["Có 5 bài"], ["There are 5 articles"])
    assert text.index("Có 5 bài") < text.index("### Findings") < text.index("There are 5")


def test_kwic_explorer_shows_a_static_table_and_updates_live():
    from danvan.report.widgets import kwic_explorer

    docs = pd.DataFrame({
        "doc_id": ["a", "b"], "title": ["A", "B"], "province": [None, None],
        "text": ["Công tác dân vận của Đảng. <script>x</script> dân vận khéo",
                 "Dân biết, dân bàn, dân làm, dân kiểm tra."],
    })
    explorer = kwic_explorer(docs, query="dân vận", window=2, show_static=False)
    assert "“dân vận” (2 lines)" in explorer.result.value
    assert "<td style='text-align:right'>Công tác</td><td><mark>dân vận</mark></td>" in (
        explorer.result.value)
    assert "x&lt;/script&gt;" in explorer.result.value and "<script>" not in explorer.result.value
    explorer.query.value = "dan lam"
    assert "(0 lines)" in explorer.result.value
    explorer.ignore_diacritics.value = True
    assert "<td><mark>dân làm</mark></td><td>, dân kiểm</td>" in explorer.result.value
    explorer.query.value = "  "
    assert "type a word" in explorer.result.value


def test_index_links_report_sets_of_other_corpora(tmp_path):
    from danvan.report.build import other_report_sets

    (tmp_path / "danvan_news").mkdir()
    (tmp_path / "danvan_news" / "index.html").write_text("x", encoding="utf-8")
    (tmp_path / "executed").mkdir()
    assert other_report_sets(tmp_path) == [("danvan_news", "danvan_news/index.html")]
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    assert other_report_sets(tmp_path / "danvan_news") == [
        ("data/raw (mẫu / sample)", "../index.html")]


def test_a_page_shows_one_parameters_block_without_machine_paths():
    from nbformat.v4 import new_code_cell, new_notebook

    from danvan.report.export import one_parameters_block

    nb = new_notebook(cells=[
        new_code_cell("CORPUS = None\nSEED = 42", metadata={"tags": ["parameters"]}),
        new_code_cell('# Parameters\nCORPUS = "/root/work/shared/corpora/danvan_news.jsonl.gz"\n',
                      metadata={"tags": ["injected-parameters"]}),
        new_code_cell("x = '/not/a/parameter'"),
    ])
    cells = one_parameters_block(nb).cells
    assert [c.metadata.get("tags", []) for c in cells] == [["injected-parameters"], []]
    assert cells[0].source == '# Parameters\nCORPUS = "…/danvan_news.jsonl.gz"\n'
    assert cells[1].source == "x = '/not/a/parameter'"


def test_every_index_links_the_report_sets_built_after_it(tmp_path):
    from danvan.report.build import link_report_sets

    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    nbformat.write(make_notebook(["1"]), nbs / "01_one.ipynb")
    provenance = {"danvan": "test"}
    reports = tmp_path / "reports"
    build_reports(None, out=reports, notebooks_dir=nbs, provenance=provenance)  # sample first
    build_reports(tmp_path / "danvan_news.jsonl.gz", out=reports / "danvan_news", notebooks_dir=nbs,
                  provenance=provenance)
    build_reports(tmp_path / "vntc.jsonl.gz", out=reports / "vntc", notebooks_dir=nbs,
                  provenance=provenance)

    def links(index: Path) -> list[str]:
        page = index.read_text(encoding="utf-8")
        others = re.search(r'<p id="danvan-others"[^>]*>(.*?)</p>', page, re.S)[1]
        return re.findall(r'href="([^"]+)"', others)

    assert links(reports / "index.html") == ["danvan_news/index.html", "vntc/index.html"]
    assert links(reports / "danvan_news" / "index.html") == ["../index.html", "../vntc/index.html"]
    assert links(reports / "vntc" / "index.html") == ["../index.html", "../danvan_news/index.html"]
    for index in reports.rglob("index.html"):  # every link leads to a page that exists
        assert all((index.parent / href).is_file() for href in links(index)), index
    assert link_report_sets(reports / "vntc") == [reports / "index.html",
                                                  reports / "danvan_news" / "index.html",
                                                  reports / "vntc" / "index.html"]


def test_quiet_outputs_drop_warnings_tracebacks_and_machine_paths():
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    from danvan.report.export import GENERIC_ALT, quiet_outputs, shorten_paths

    warning = ("/root/work/main/.venv/lib/python3.11/site-packages/sklearn/decomposition/_nmf.py:1742:"
               " ConvergenceWarning: Maximum number of iterations 400 reached.\n  warnings.warn(\n")
    png = {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure size 640x480 with 1 Axes>"}
    cell = new_code_cell("x", outputs=[
        new_output("stream", name="stderr", text=warning),
        new_output("stream", name="stderr", text="note: kept\n"),
        new_output("stream", name="stdout", text="Tables in /home/ana/danvan/data/processed.\n"),
        new_output("error", ename="ValueError", evalue="bad /tmp/x/y.csv",
                   traceback=["\x1b[31mTraceback (most recent call last)\x1b[0m", "  File ..."]),
        new_output("display_data", data=png),
        new_output("display_data", data=png, metadata={"image/png": {"alt": "Biểu đồ / Figure"}}),
    ])
    nb = quiet_outputs(new_notebook(cells=[new_markdown_cell("## 2. Chủ đề / Themes"), cell]))
    outs = nb.cells[1].outputs
    assert [o.get("name", o.output_type) for o in outs] == [
        "stderr", "stdout", "error", "display_data", "display_data"]
    assert outs[0].text == "note: kept\n"
    assert outs[1].text == "Tables in …/processed.\n"
    assert outs[2].traceback == ["ValueError: bad …/y.csv"]
    assert outs[3].metadata["image/png"]["alt"] == (
        "Hình trong mục «2. Chủ đề / Themes», không có mô tả / "
        "Figure in the section «2. Chủ đề / Themes», without a description")
    assert outs[4].metadata["image/png"]["alt"] == "Biểu đồ / Figure"
    assert GENERIC_ALT.startswith("Hình")
    # URLs, dates, fractions and "vi / en" are not paths
    kept = "https://example.org/a/b 1/2/2023 3/5 vi / en km/h"
    assert shorten_paths(kept) == kept


def test_figures_carry_bilingual_alt_text_on_the_page(trial):
    page = (trial.out / "01_trial.html").read_text(encoding="utf-8")
    alts = re.findall(r'<img [^>]*alt="([^"]*)"', page)
    assert alts == ["Biểu đồ / Figure: Số bài theo tỉnh / Articles per province "
                    "(trục / axes: bài / articles)"]
