"""The HTML reports as a reviewer sees them, in headless Chromium: every page renders without
console errors, every figure loads, script planted in an article never runs, and every page of
the sample report set and of one corpus set (danvan_news, when ../shared/corpora has it) passes
the reviewer's checks: tables keep their row labels, nothing is wider than the page, every figure
has alt text, no traceback, warning or machine path shows, and text and code use the embedded
fonts, which carry every Vietnamese letter.

Needs Debian's ``chromium`` and ``chromium-driver`` (.ci/run installs them); skips otherwise.
Screenshots are saved in ``$DANVAN_TEST_OUTPUT/screenshots`` (default
``build/test-output/screenshots``, kept by CI with the test output); the folder is printed.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import nbformat
import pytest
from project_paths import ROOT, SHARED_CORPORA

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


TEST_OUTPUT = Path(os.environ.get("DANVAN_TEST_OUTPUT", ROOT / "build" / "test-output"))


@pytest.fixture(scope="module")
def shots(pytestconfig: pytest.Config) -> Path:
    folder = TEST_OUTPUT / "screenshots"
    shutil.rmtree(folder, ignore_errors=True)  # this run's screenshots only
    folder.mkdir(parents=True)
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
    from selenium.webdriver.support.ui import WebDriverWait

    # get() returns at the load event, but a busy machine has been seen to return while the page was still
    # "interactive": wait for it to finish loading (images included) before reading it
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")
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
        folders = page.parts[-3:-1] if page.parent.name == "solutions" else page.parts[-2:-1]
        name = "_".join([*folders, page.stem]) + ".png"  # reports_sample0_solutions_02_x.png
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


# every Vietnamese letter, lower and upper case
VIETNAMESE = ("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
              "ĂÂĐÊÔƠƯÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ")

# What the reviewer's checks read off a page (after the embedded fonts have loaded).
REVIEW = r"""
const done = arguments[arguments.length - 1];
const letters = arguments[0];
(async () => {
  await document.fonts.ready;
  const families = ['danvan sans', 'danvan mono'];
  for (const f of families) { await document.fonts.load(`40px "${f}"`, letters); }
  // a letter the font lacks falls back: its width then changes with the fallback named after it
  const ctx = document.createElement('canvas').getContext('2d');
  const width = (font, ch) => { ctx.font = font; return ctx.measureText(ch).width; };
  const missing = {};
  for (const f of families) {
    missing[f] = Array.from(letters).filter(ch =>
      Math.abs(width(`40px "${f}", serif`, ch) - width(`40px "${f}", monospace`, ch)) > 0.01);
  }
  const loaded = Array.from(document.fonts).filter(f => f.status === 'loaded')
                      .map(f => f.family.replace(/"/g, ''));
  const first = el => getComputedStyle(el).fontFamily.split(',')[0].replace(/"/g, '').trim();
  const fontsOf = sel => Array.from(document.querySelectorAll(sel)).slice(0, 50)
    .map(el => `${first(el)} (${el.tagName.toLowerCase()}.${el.className})`);
  // tables: rows of numbers only, without a label cell, have lost their row labels
  const numeric = t => /^[\s\d.,%+\-−eE×]*$/.test(t);
  const tables = Array.from(document.querySelectorAll('table')).map((t, i) => {
    const rows = Array.from(t.querySelectorAll('tbody tr'));
    const labelled = rows.length > 0 && rows.every(r => r.querySelector('th'));
    const cells = rows.flatMap(r => Array.from(r.querySelectorAll('td')).map(c => c.innerText));
    // a first column of increasing whole numbers (years, ranks) labels the rows itself
    const key = rows.map(r => r.querySelector('td')?.innerText.trim() ?? '');
    const keyed = key.every(k => /^\d+$/.test(k)) && key.every((k, j) => j === 0 || +k > +key[j - 1]);
    return {i, rows: rows.length, labelled: labelled || keyed,
            allNumbers: cells.length > 0 && cells.every(numeric),
            caption: (t.closest('.danvan-table-box')?.querySelector('.danvan-caption')?.innerText
                      || t.innerText.slice(0, 60))};
  });
  // anything reaching past the page that no scrolling box holds
  const pageWidth = document.documentElement.clientWidth;
  const scrolls = el => { for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (['auto', 'scroll', 'hidden'].includes(o)
          && a.getBoundingClientRect().right <= pageWidth + 1) return true; }
    return false; };
  const wide = Array.from(document.body.querySelectorAll('*')).filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > pageWidth + 1 && !scrolls(el);
  }).slice(0, 5).map(el => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`);
  // every text node of the page, folded code included (style and script left out)
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: n =>
    ['STYLE', 'SCRIPT'].includes(n.parentElement?.tagName) ? NodeFilter.FILTER_REJECT
                                                           : NodeFilter.FILTER_ACCEPT});
  const texts = []; while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
  done({
    text: texts.join(' '),
    scrollWidth: document.documentElement.scrollWidth, pageWidth, wide, tables,
    images: Array.from(document.images).map(i => ({alt: i.getAttribute('alt'), w: i.naturalWidth})),
    loaded, missing, body: first(document.body),
    text_fonts: fontsOf('.jp-RenderedMarkdown p, .jp-RenderedHTMLCommon td, h1, h2, li'),
    code_fonts: fontsOf('pre, code'),
  });
})();
"""

MACHINE_PATH = re.compile(r"(?<![\w:/.~+=-])/(?:home|root|work|tmp|usr|opt|var|srv|mnt|Users)/"
                          r"|\.venv\b|site-packages")


def review(driver, page: Path) -> list[str]:
    """What a reviewer would flag on ``page`` (empty when it passes)."""
    driver.get(page.as_uri())
    driver.set_script_timeout(60)
    state = driver.execute_async_script(REVIEW, VIETNAMESE)
    problems = []
    for t in state["tables"]:
        if t["allNumbers"] and not t["labelled"] and t["rows"] > 1:
            problems.append(f"table without row labels: {t['caption']!r}")
    if state["scrollWidth"] > state["pageWidth"] + 1 or state["wide"]:
        problems.append(f"wider than the page ({state['scrollWidth']} > {state['pageWidth']}px): "
                        f"{state['wide']}")
    for img in state["images"]:
        if not (img["alt"] or "").strip() or img["alt"].startswith("No description"):
            problems.append(f"figure without alt text ({img['w']}px wide)")
    text = state["text"]
    for word in ("Traceback", "Warning"):
        for m in re.finditer(word, text):
            problems.append(f"{word!r} on the page: …{text[max(0, m.start() - 60):m.end() + 40]}…")
    for m in MACHINE_PATH.finditer(text):
        problems.append(f"machine path: …{text[max(0, m.start() - 40):m.end() + 60]}…")
    for needle in {str(ROOT), str(SHARED_CORPORA), str(page.parent)}:
        if needle in text:
            problems.append(f"machine path {needle} on the page")
    for family, missing in state["missing"].items():
        if missing:
            problems.append(f"font {family} lacks Vietnamese letters: {''.join(missing)}")
    needed = {"danvan sans", "danvan mono"} if state["code_fonts"] else {"danvan sans"}
    if not needed <= set(state["loaded"]):
        problems.append(f"embedded fonts not loaded: {sorted(needed - set(state['loaded']))}")
    if state["body"] != "danvan sans":
        problems.append(f"body font is {state['body']}")
    problems += [f"text in {f}" for f in set(state["text_fonts"]) if not f.startswith("danvan sans ")]
    problems += [f"code in {f}" for f in set(state["code_fonts"]) if not f.startswith("danvan mono ")]
    return problems


@pytest.mark.parametrize("reports", ["sample_reports", "news_reports"])
def test_every_page_passes_the_reviewers_checks(reports, request, browser, shots):
    build = request.getfixturevalue(reports)  # news_reports skips without ../shared/corpora
    assert build.ok, [(r.stem, r.error) for r in build.failed]
    pages = pages_of(build)
    assert len(pages) == len(build.runs) + 1
    flagged = {}
    for page in pages:
        visit(browser, page, shots)
        problems = review(browser, page)
        if problems:
            flagged[page.relative_to(build.out).as_posix()] = problems[:8]
    assert flagged == {}
