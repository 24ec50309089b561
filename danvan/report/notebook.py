"""The first code cell of every notebook: load the corpus, fix seeds, set the figure style."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from danvan.core.provenance import stamp_html, stamp_text
from danvan.corpus.load import Corpus, load_corpus
from danvan.plots.style import set_style
from danvan.report.display import configure_pandas

SEED = 42


def setup(corpus: str | Path | None = None, seed: int = SEED, show: bool = True) -> Corpus:
    """Load ``corpus`` (None: the sample in data/raw), seed every generator, style figures."""
    random.seed(seed)
    np.random.seed(seed)
    set_style()
    configure_pandas()  # pandas Styler escapes article text too
    loaded = load_corpus(corpus, progress=False)
    if show:
        try:
            from IPython.display import HTML, display

            display(HTML(stamp_html(loaded.meta)))
        except ImportError:  # pragma: no cover - outside IPython
            print(stamp_text(loaded.meta))
    return loaded
