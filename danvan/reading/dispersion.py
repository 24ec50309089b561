"""Where phrases fall in each document (barcode plot) and how evenly they spread (Gries' DP).

Documents are the corpus parts; part sizes are ``documents.n_tokens`` (or text length when the
column is absent). :func:`dispersion_table` gives DP and DPnorm per phrase (see
:func:`danvan.core.stats.gries_dp`); :func:`barcode_plot` draws one row per document with a tick at
the relative position (offset / text length) of every hit.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from danvan.core import stats
from danvan.corpus.tables import documents_of

__all__ = ["relative_positions", "dispersion_table", "barcode_plot"]


def relative_positions(hits: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """``hits`` (body-text rows) with ``position`` = start / length of the document text (0–1)."""
    length = documents.set_index("doc_id")["text"].str.len()
    h = hits[hits.get("field", "text") == "text"] if "field" in hits else hits
    h = h.copy()
    h["position"] = h["start"] / h["doc_id"].map(length)
    return h


def dispersion_table(hits: pd.DataFrame, corpus: Any, by: str = "phrase_id") -> pd.DataFrame:
    """DP and DPnorm of each phrase across documents (parts sized by ``n_tokens``).

    Columns: ``by``, freq, n_docs, dp, dp_norm. ``attrs["formula"]`` states the formula.
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
    df.attrs["formula"] = stats.FORMULAS["dp"]
    return df


def barcode_plot(
    hits: pd.DataFrame, corpus: Any, title: str | None = None, label_col: str = "doc_id",
    max_docs: int = 40, ax: plt.Axes | None = None,
) -> plt.Figure:
    """One row per document (those with hits first, at most ``max_docs``), a tick per hit."""
    docs = documents_of(corpus)
    pos = relative_positions(hits, docs)
    order = list(pos["doc_id"].value_counts().index[:max_docs])
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(order), 2) + 1.2))
    else:
        fig = ax.figure
    use = label_col != "doc_id" and label_col in docs
    labels = docs.set_index("doc_id")[label_col] if use else None
    for i, d in enumerate(order):
        xs = pos.loc[pos["doc_id"] == d, "position"]
        ax.vlines(xs, i - 0.35, i + 0.35, color="tab:red", linewidth=2)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([str(labels[d])[:40] if labels is not None else d for d in order])
    ax.set_ylim(-0.6, max(len(order), 1) - 0.4)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("Vị trí trong bài (0 = đầu, 1 = cuối) / Position in the article")
    ax.set_ylabel("Bài viết / Article")
    ax.set_title(title or "Vị trí các cụm từ trong bài / Where the phrases occur")
    if not order:
        ax.text(0.5, 0.5, "Không có kết quả / No hits", ha="center", va="center")
    fig.tight_layout()
    return fig
