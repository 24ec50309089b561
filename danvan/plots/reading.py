"""Figures of close reading: where the phrases fall inside each article (barcode plot)."""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from danvan.corpus.tables import documents_of
from danvan.phrases.labels import phrase_names, short_titles
from danvan.plots.style import label, new_axes
from danvan.reading.dispersion import relative_positions

__all__ = ["plot_barcode"]


def plot_barcode(
    hits: pd.DataFrame, corpus: Any, title: str | None = None, max_docs: int = 40,
    names: dict[str, str] | None = None, ax: Axes | None = None,
) -> Axes:
    """One row per article (most hits first, at most ``max_docs``), labelled by its short title;
    one mark per body-text hit at its relative position (0 = start, 1 = end), coloured by phrase,
    with a legend naming each phrase (``names``: phrase id → name; default the catalogue's
    wording). Returns the Axes."""
    docs = documents_of(corpus)
    pos = relative_positions(hits, docs)
    counts = pos["doc_id"].value_counts()
    doc_order = {d: i for i, d in enumerate(docs["doc_id"])}
    order = sorted(counts.index, key=lambda d: (-counts[d], doc_order.get(d, 0)))[:max_docs]
    names = names if names is not None else phrase_names()
    phrases = list(pos["phrase_id"].value_counts().index) if len(pos) else []
    cmap = plt.get_cmap("tab10" if len(phrases) <= 10 else "tab20")
    color = {p: cmap(i % cmap.N) for i, p in enumerate(phrases)}
    ax = new_axes(ax, figsize=(11, 0.42 * max(len(order), 2) + 1.6))
    for i, d in enumerate(order):
        rows = pos[pos["doc_id"] == d]
        ax.vlines(rows["position"], i - 0.38, i + 0.38, colors=[color[p] for p in rows["phrase_id"]],
                  linewidth=2.2)
    labels = short_titles(docs)
    ax.set_yticks(range(len(order)), [labels.get(d, str(d)) for d in order], fontsize=8)
    ax.set_ylim(max(len(order), 1) - 0.4, -0.6)
    ax.set_xlim(0, 1)
    shown = f" ({len(order)} / {len(counts)} bài có nhiều lần nhất / articles with most hits)" if (
        len(counts) > len(order)) else ""
    label(ax, (title or "Vị trí các cụm từ trong bài / Where the phrases occur") + shown,
          "Vị trí trong bài (0 = đầu, 1 = cuối) / Position in the article (0 = start, 1 = end)",
          "Bài viết / Article")
    if phrases:
        handles = [Line2D([0], [0], color=color[p], linewidth=3) for p in phrases]
        ax.legend(handles, [names.get(p, p) for p in phrases], title="Cụm từ / Phrase", fontsize=7,
                  title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    else:
        ax.text(0.5, 0.5, "Không có kết quả / No hits", ha="center", va="center",
                transform=ax.transAxes)
    return ax
