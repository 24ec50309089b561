"""Command line: ``danvan ingest``, ``danvan phrases``, ``danvan kwic``, ``danvan report``.

Each command is a thin wrapper: the work is done by library functions that notebooks call too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


@app.command()
def ingest(
    raw_dir: Annotated[Path | None, typer.Argument(help="folder or corpus file (default data/raw)")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="output folder (default data/processed)")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="parallel worker processes")] = 1,
    force: Annotated[bool, typer.Option(help="ignore the cache and rebuild everything")] = False,
) -> None:
    """Build the Parquet tables from raw articles (cached; only changed inputs are re-processed)."""
    from danvan.corpus import load_corpus

    corpus = load_corpus(raw_dir, out=out, jobs=jobs, force=force)
    typer.echo(corpus.summary())


# --- further commands are added below, one function each ---
