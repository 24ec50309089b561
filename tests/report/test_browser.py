"""The HTML reports as a reviewer sees them, in headless Chromium: every page renders without
console errors, every figure loads, and script planted in an article never runs.

Needs Debian's ``chromium`` and ``chromium-driver`` (.ci/run installs them); skips otherwise.
Screenshots are saved in a tmp dir whose path is printed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import nbformat
import pytest
from project_paths import ROOT

pytestmark = pytest.mark.browser

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000"]


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or shutil.which(name, path="/usr/bin:/usr/lib/chromium")
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    chromium = _find("chromium", "chromium-browser")
    driver_bin = _find("chromedriver")
    if not chromium or not driver_bin:
        pytest.skip("headless Chromium not found (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="danvan-chromium-")
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_bin), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print(f"\nscreenshots: {folder}")
    else:
        print(f"screenshots: {folder}")
    return folder


def visit(driver, page: Path, shots: Path | None = None) -> dict:
    """Open a page; return its console messages, images and the planted flags."""
    driver.get_log("browser")  # drop messages from earlier pages
    driver.get(page.as_uri())
    state = driver.execute_script(
        "return {ready: document.readyState,"
        " images: Array.from(document.images).map(i => ({src: i.src.slice(0, 40),"
        "   complete: i.complete, width: i.naturalWidth})),"
        " pwned: window.__pwned === undefined ? null : window.__pwned,"
        " pwnedImg: window.__pwned_img === undefined ? null : window.__pwned_img,"
        " text: document.body.innerText,"
        " height: document.body.scrollHeight}"
    )
    state["logs"] = driver.get_log("browser")
    if shots is not None:
        driver.set_window_size(1280, min(max(state["height"], 800), 12000))
        name = "_".join(page.relative_to(page.parents[1]).with_suffix(".png").parts)
        driver.save_screenshot(str(shots / name))
        driver.set_window_size(1280, 1000)
    return state


def pages_of(build) -> list[Path]:
    return [build.index, *sorted(p for p in build.out.rglob("*.html") if p != build.index)]


def test_every_report_page_renders_with_its_figures(sample_reports, browser, shots):
    checked = []
    for page in pages_of(sample_reports):
        state = visit(browser, page, shots)
        assert state["ready"] == "complete"
        errors = [e for e in state["logs"] if e["level"] in ("SEVERE", "ERROR")]
        assert errors == [], f"{page.name}: {errors}"
        broken = [i for i in state["images"] if not (i["complete"] and i["width"] > 0)]
        assert broken == [], f"{page.name}: images that did not load: {broken}"
        assert "Made with" in state["text"]  # provenance stamp rendered
        checked.append((page.name, len(state["images"])))
    assert len(checked) == len(sample_reports.runs) + 1  # every page and the index


PLANTED = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned_img=1">'


@pytest.fixture(scope="module")
def planted_reports(tmp_path_factory: pytest.TempPathFactory):
    """A one-article corpus whose title and body carry script, and the pages built from it."""
    from notebook_factory import make_notebook

    from danvan.report import build_reports

    root = tmp_path_factory.mktemp("planted")
    corpus_dir = root / "corpus"
    corpus_dir.mkdir()
    sample = sorted((ROOT / "data" / "raw").glob("*.txt"))[0].read_text(encoding="utf-8")
    lines = sample.split("\n")
    lines.insert(2, f"Ban Dân vận {PLANTED} tổ chức hội nghị")
    lines.append(f"\nNgười dân nói: {PLANTED} Dân vận khéo thì việc gì cũng thành công.")
    (corpus_dir / "planted.txt").write_text("\n".join(lines), encoding="utf-8")

    notebooks = root / "notebooks"
    notebooks.mkdir()
    body = [
        "import danvan\nimport pandas as pd\nfrom danvan.report.display import table\n"
        "corpus = danvan.load_corpus(CORPUS)\n"
        "table(corpus.documents[['doc_id', 'title', 'text']], caption='documents')",
        "corpus.documents[['title', 'text']]",  # pandas' own repr
        f"planted = pd.DataFrame({{'text': [{PLANTED!r}]}})\ntable(planted, caption='planted')",
        "from danvan.report.widgets import kwic_explorer\nkwic_explorer(corpus, query='dân vận')",
    ]
    findings = ("from danvan.report.display import findings, md_escape\n"
                "findings([md_escape(planted.text[0])], [md_escape(corpus.documents.title[0])])")
    nbformat.write(make_notebook(body, findings=findings), notebooks / "01_planted.ipynb")
    overview = sorted((ROOT / "notebooks").glob("01_*.ipynb"))
    if overview:  # the real corpus overview, run on the planted corpus too
        shutil.copy(overview[0], notebooks / overview[0].name.replace("01_", "02_"))
    return build_reports(corpus_dir, out=root / "out", notebooks_dir=notebooks)


def test_script_planted_in_an_article_does_not_run(planted_reports, browser, shots):
    assert planted_reports.ok, [(r.stem, r.error) for r in planted_reports.failed]
    for page in pages_of(planted_reports):
        state = visit(browser, page, shots)
        assert state["pwned"] is None and state["pwnedImg"] is None, page.name
        # nothing was even attempted: the CSP would log a refusal if markup got through
        refused = [e for e in state["logs"] if "Content Security Policy" in e["message"]]
        assert refused == [], f"{page.name}: {refused}"
    first = visit(browser, planted_reports.out / "01_planted.html")
    assert "<script>window.__pwned=1</script>" in first["text"]  # shown as text, not run
    index = visit(browser, planted_reports.index)
    assert "<script>window.__pwned=1</script>" in index["text"]  # the findings on the index
