"""Small helpers shared by the analysis modules for the ingest tables."""

from __future__ import annotations

from typing import Any

import pandas as pd


def documents_of(corpus: Any) -> pd.DataFrame:
    """The documents table of a :class:`Corpus`, or the DataFrame itself."""
    return getattr(corpus, "documents", corpus)


def document_year(documents: pd.DataFrame) -> pd.Series:
    """Year of each document (same index): ``published.year``, else ``event_date.year``, else NA."""
    years = pd.Series(pd.NA, index=documents.index, dtype="Int64")
    for col in ("event_date", "published"):  # published last, so it wins
        if col in documents:
            y = pd.to_datetime(documents[col], errors="coerce").dt.year.astype("Int64")
            years = y.where(y.notna(), years)
    return years
