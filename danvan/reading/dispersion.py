"""Where phrases fall in each document and how evenly they spread (Gries' DP).

Documents are the corpus parts; part sizes are ``documents.n_tokens`` (or text length when the
column is absent). :func:`relative_positions` places every hit in its article (offset / text
length, 0–1: what :func:`danvan.plots.reading.plot_barcode` draws); :func:`dispersion_table` gives
DP and DPnorm per phrase (see :func:`danvan.core.stats.gries_dp`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from danvan.core import stats
from danvan.corpus.tables import documents_of
from danvan.phrases.labels import phrase_names

__all__ = ["relative_positions", "dispersion_table"]


def relative_positions(hits: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """``hits`` (body-text rows) with ``position`` = start / length of the document text (0–1)."""
    length = documents.set_index("doc_id")["text"].str.len()
    h = hits[hits["field"] == "text"] if "field" in hits else hits
    h = h.copy()
    h["position"] = h["start"].astype(float) / h["doc_id"].map(length).astype(float)
    return h


def dispersion_table(hits: pd.DataFrame, corpus: Any, by: str = "phrase_id") -> pd.DataFrame:
    """DP and DPnorm of each phrase across documents (parts sized by ``n_tokens``).

    Columns: ``by``, (``phrase``, its wording, when ``by`` is phrase_id), freq, n_docs, dp,
    dp_norm; most frequent first. ``attrs["formula"]`` states the formula, ``attrs["caption"]``
    adds what the numbers mean.
    """
    docs = documents_of(corpus)
    sizes = docs["n_tokens"] if "n_tokens" in docs else docs["text"].str.len()
    size = pd.Series(sizes.to_numpy(), index=docs["doc_id"])
    h = hits[hits["field"] == "text"] if "field" in hits else hits
    rows = []
    for key, grp in h.groupby(by):
        v = grp["doc_id"].value_counts().reindex(size.index, fill_value=0)
        dp, dpn = stats.gries_dp(v.to_numpy(), size.to_numpy())
        rows.append({by: key, "freq": int(v.sum()), "n_docs": int((v > 0).sum()),
                     "dp": dp, "dp_norm": dpn})
    df = pd.DataFrame(rows, columns=[by, "freq", "n_docs", "dp", "dp_norm"])
    df = df.sort_values(["freq", by], ascending=[False, True]).reset_index(drop=True)
    if by == "phrase_id":
        names = phrase_names()
        df.insert(1, "phrase", [names.get(p, p) for p in df[by]])
    df.attrs["formula"] = stats.FORMULAS["dp"]
    df.attrs["caption"] = (
        "Độ phân tán DP qua các bài (0 = đều theo độ dài bài, gần 1 = dồn vào ít bài) / "
        f"Dispersion across articles (0 = even, near 1 = concentrated). {stats.FORMULAS['dp']}")
    return df
