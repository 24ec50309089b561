"""``danvan report``: run the notebook series on a corpus and write the HTML reports.

Steps: load the corpus once (so the cache is built before the notebooks need it), execute every
``notebooks/NN_*.ipynb`` and ``notebooks/solutions/NN_*.ipynb`` on a fresh kernel with papermill,
save executed copies under ``<out>/executed/``, export one self-contained page per notebook and
write ``<out>/index.html``. A failing notebook is marked on the index; the others still appear.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from tqdm.auto import tqdm

from danvan.core.paths import corpus_stem, project_root, reports_dir_for
from danvan.core.provenance import stamp
from danvan.report.execute import Run, discover, execute
from danvan.report.export import export_html
from danvan.report.header import findings_text, notebook_header
from danvan.report.index import Card, relink_index, write_index


@dataclass
class Build:
    """What a report build produced."""

    out: Path
    index: Path
    runs: list[Run] = field(default_factory=list)

    @property
    def failed(self) -> list[Run]:
        return [r for r in self.runs if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failed


def corpus_stamp(corpus: str | Path | None, wait: float = 900.0) -> dict[str, str]:
    """Load (build or reuse) the corpus and return its provenance stamp; while another process
    is ingesting the same corpus, wait for it (up to ``wait`` seconds) and reuse its tables."""
    from danvan.corpus.load import IngestBusy, load_corpus

    deadline = time.monotonic() + wait
    while True:
        try:
            return stamp(load_corpus(corpus).meta)
        except IngestBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(5)


def _execute_one(args: tuple[Path, Path, str | None, int, str]) -> Run:
    source, executed, corpus, timeout, kind = args
    return execute(source, executed, corpus, timeout=timeout, kind=kind)


def page_path(run: Run, out: Path) -> Path:
    """Where a run's HTML page goes: ``<out>/NN_x.html`` or ``<out>/solutions/NN_x.html``."""
    folder = out / "solutions" if run.kind == "solution" else out
    return folder / f"{run.stem}.html"


SAMPLE_LABEL = "data/raw (mẫu / sample)"


def _report_sets(folder: Path) -> list[Path]:
    """Sub-folders of ``folder`` holding a report set of their own (an ``index.html``)."""
    if not folder.is_dir():
        return []
    return [sub for sub in sorted(folder.iterdir()) if sub.is_dir()
            and sub.name not in {"executed", "solutions"} and (sub / "index.html").is_file()]


def other_report_sets(out: Path) -> list[tuple[str, str]]:
    """(label, href) of report sets for other corpora: sub-folders of ``out`` with an index
    (``reports/danvan_news/``); for a corpus's own set, the parent folder's index (the sample
    set) and the sets beside it."""
    links = [(sub.name, f"{sub.name}/index.html") for sub in _report_sets(out)]
    if (out.parent / "index.html").is_file():
        links.insert(0, (SAMPLE_LABEL, "../index.html"))
        links += [(sib.name, f"../{sib.name}/index.html") for sib in _report_sets(out.parent)
                  if sib.resolve() != out.resolve()]
    return links


def link_report_sets(out: Path) -> list[Path]:
    """Bring the links of every index in ``out``'s family up to date, whichever set was built
    last: the sample index links each corpus set below it, and each corpus index links back and
    to its siblings. Returns the indexes rewritten."""
    root = out.parent if (out.parent / "index.html").is_file() and out in _report_sets(out.parent) \
        else out
    rewritten = []
    for index in [root / "index.html", *(sub / "index.html" for sub in _report_sets(root))]:
        if index.is_file() and relink_index(index, other_report_sets(index.parent)):
            rewritten.append(index)
    return rewritten


def _card(run: Run, out: Path) -> Card:
    nb = nbformat.read(run.executed if run.executed.exists() else run.source, as_version=4)
    page = page_path(run, out)
    return Card(
        stem=run.stem, header=notebook_header(nb), findings=findings_text(nb),
        page=page.relative_to(out).as_posix() if page.exists() else None,
        executed=run.executed.relative_to(out).as_posix() if run.executed.exists() else None,
        error=run.error, kind=run.kind,
    )


def build_reports(corpus: str | Path | None = None, out: Path | None = None, jobs: int = 1,
                  timeout: int = 1200, notebooks_dir: Path | None = None,
                  provenance: Mapping[str, object] | None = None) -> Build:
    """Execute the notebook series on ``corpus`` and write pages and index to ``out``.

    ``corpus`` None is the sample in data/raw; a relative path is taken from the current folder
    and passed to the notebooks as an absolute path (they run in ``notebooks/``). ``provenance``
    None loads the corpus to stamp the pages with :func:`danvan.core.provenance.stamp`.
    """
    corpus_arg = None if corpus is None else str(Path(corpus).expanduser().resolve())
    out = (out or reports_dir_for(corpus)).resolve()
    notebooks_dir = (notebooks_dir or project_root() / "notebooks").resolve()
    if provenance is None:
        provenance = corpus_stamp(corpus_arg)
    series, solutions = discover(notebooks_dir)
    tasks = [(p, out / "executed" / p.name, corpus_arg, timeout, "notebook") for p in series]
    tasks += [(p, out / "executed" / "solutions" / p.name, corpus_arg, timeout, "solution")
              for p in solutions]

    bar = tqdm(total=len(tasks), desc="notebooks", unit="nb")
    runs: list[Run] = []
    if jobs > 1 and len(tasks) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for run in pool.map(_execute_one, tasks):
                runs.append(run)
                bar.update()
    else:
        for task in tasks:
            bar.set_postfix_str(task[0].name)
            runs.append(_execute_one(task))
            bar.update()
    bar.close()

    for run in runs:
        if not run.executed.exists():
            continue
        href = "../index.html" if run.kind == "solution" else "index.html"
        try:
            export_html(run.executed, page_path(run, out), provenance, index_href=href,
                        error=run.error)
        except Exception as exc:  # noqa: BLE001 - an export failure is reported like a run failure
            run.error = (run.error + "\n" if run.error else "") + f"export: {exc}"

    label = SAMPLE_LABEL if corpus is None else corpus_stem(corpus)
    index = write_index(out / "index.html", [_card(r, out) for r in runs], provenance, label,
                        others=other_report_sets(out))
    link_report_sets(out)
    return Build(out=out, index=index, runs=runs)
