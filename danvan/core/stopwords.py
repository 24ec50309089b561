"""The stopword list (``danvan/data/stopwords_vi.txt``), folded like every word it is compared
with (:func:`danvan.core.text.fold_word`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from danvan.core.paths import DATA_DIR
from danvan.core.text import fold_word

STOPWORDS_PATH = DATA_DIR / "stopwords_vi.txt"


def stopword_set(words: Iterable[str]) -> frozenset[str]:
    """Words in underscored, folded form (``Tuy nhiên`` → ``tuy_nhiên``; ``hoà`` → ``hòa``)."""
    return frozenset(fold_word(w.strip().replace(" ", "_")) for w in words if w and w.strip())


def load_stopwords(path: str | Path | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The stopword file (``#`` starts a comment) plus ``extra``, as :func:`stopword_set`."""
    text = Path(path or STOPWORDS_PATH).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0] for line in text.splitlines())
    return stopword_set([*words, *extra])
