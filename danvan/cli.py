"""Command line: ``danvan ingest``, ``danvan phrases``, ``danvan kwic``, ``danvan report``.

Each command is a thin wrapper: the work is done by library functions that notebooks call too.
A user error (a missing folder, a bad option value, an invalid regular expression) prints one line
and exits with code 2; ``danvan --debug COMMAND`` shows the traceback instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False
)
_options = {"debug": False}


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="show the full traceback of an error")] = False,
) -> None:
    """danvan: computational discourse analysis of Vietnamese news (ingest, phrases, kwic, report)."""
    _options["debug"] = debug


@contextmanager
def _user_errors() -> Iterator[None]:
    """One line on standard error and exit code 2 for an error in what the user asked."""
    try:
        yield
    except (OSError, ValueError, re.error, RuntimeError) as exc:
        if _options["debug"]:
            raise
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        typer.echo(f"error: {message} (danvan --debug … shows the traceback)", err=True)
        raise typer.Exit(code=2) from None


_SCHEDULER_HELP = ("address of a running Dask scheduler (tcp://host:8786) whose workers do the processing "
                   "instead of --jobs; default $DANVAN_SCHEDULER; needs Dask (danvan's cluster extra)")


@app.command()
def ingest(
    raw_dir: Annotated[Path | None, typer.Argument(help="folder or corpus file (default data/raw)")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="output folder (default data/processed)")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="parallel worker processes")] = 1,
    force: Annotated[bool, typer.Option(help="ignore the cache and rebuild everything")] = False,
    follow_links: Annotated[
        bool, typer.Option("--follow-links", help="follow symbolic links that lead outside the folder")
    ] = False,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help=_SCHEDULER_HELP)] = None,
) -> None:
    """Build the Parquet tables from raw articles (cached; only changed inputs are re-processed)."""
    with _user_errors():
        if jobs < 1:
            raise ValueError(f"--jobs must be 1 or more, not {jobs}")
        from danvan.corpus.load import load_corpus

        corpus = load_corpus(raw_dir, out=out, jobs=jobs, force=force, follow_links=follow_links,
                             scheduler=scheduler)
    typer.echo(corpus.summary())


# --- further commands are added below, one function each ---


@app.command()
def report(
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="folder or corpus file (default data/raw)")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="output folder (default reports/ or reports/<corpus stem>/)"),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="notebooks executed in parallel")] = 1,
    timeout: Annotated[int, typer.Option(help="seconds allowed per notebook cell")] = 1200,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help=f"for the corpus's ingest: {_SCHEDULER_HELP}")
    ] = None,
) -> None:
    """Run every notebook on a fresh kernel and write one HTML page each plus index.html."""
    with _user_errors():
        if jobs < 1:
            raise ValueError(f"--jobs must be 1 or more, not {jobs}")
        if scheduler is not None:  # read by load_corpus, here and in the notebooks' kernels
            os.environ["DANVAN_SCHEDULER"] = scheduler
        from danvan.report import build_reports

        build = build_reports(corpus, out=out, jobs=jobs, timeout=timeout)
    for run in build.runs:
        status = "ok" if run.ok else f"FAILED: {run.error.splitlines()[0]}"
        typer.echo(f"{run.source.name}: {status}")
    typer.echo(f"index: {build.index}")
    if not build.ok:
        raise typer.Exit(code=1)


@app.command()
def phrases(
    corpus: Annotated[
        Path | None, typer.Argument(help="folder or corpus file (default data/raw)")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="output folder (default: beside the corpus's own tables)"),
    ] = None,
) -> None:
    """Find the formula and the catalogue slogans; write phrase_hits.parquet (atomic) beside
    the corpus tables (data/processed for the sample, its own folder for another corpus)."""
    import pandas as pd

    from danvan.corpus.load import load_corpus
    from danvan.phrases.hits import write_phrase_hits

    with _user_errors():
        path = write_phrase_hits(load_corpus(corpus), out=out)
    typer.echo(f"wrote {path} ({len(pd.read_parquet(path))} hits)")


@app.command()
def kwic(
    query: Annotated[str, typer.Argument(help="word, phrase or (with --regex) regular expression")],
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="folder or corpus file (default data/raw)")
    ] = None,
    window: Annotated[int, typer.Option("--window", "-w", help="units each side")] = 5,
    regex: Annotated[bool, typer.Option("--regex", help="treat QUERY as a regex")] = False,
    ignore_diacritics: Annotated[
        bool, typer.Option("--ignore-diacritics", help="'dan van' finds 'dân vận'")
    ] = False,
    unit: Annotated[str, typer.Option("--unit", help="syllable or word")] = "syllable",
    sort: Annotated[
        str | None,
        typer.Option("--sort", help="left, right or match, in Vietnamese alphabetical order "
                     "(default: text order)"),
    ] = None,
    csv: Annotated[Path | None, typer.Option("--csv", help="write the lines to this CSV")] = None,
) -> None:
    """Keyword-in-context lines for QUERY, printed aligned (or written to CSV)."""
    with _user_errors():
        if unit not in {"syllable", "word"}:
            raise ValueError(f"--unit must be 'syllable' or 'word', not {unit!r}")
        if regex:
            re.compile(query)
        from danvan.corpus.load import load_corpus
        from danvan.reading.kwic import kwic as run_kwic
        from danvan.reading.kwic import kwic_to_csv

        df = run_kwic(load_corpus(corpus), query, window, regex=regex,
                      ignore_diacritics=ignore_diacritics, unit=unit, sort=sort)
        if csv is not None:
            typer.echo(f"wrote {kwic_to_csv(df, csv)} ({len(df)} lines)")
            return
    width = max((len(s) for s in df["left"]), default=0)
    for r in df.itertuples(index=False):
        typer.echo(f"{r.doc_id}  {r.left:>{width}}  [{r.match}]  {r.right}")
    typer.echo(f"{len(df)} lines")
