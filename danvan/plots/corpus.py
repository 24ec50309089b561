"""Figures of the corpus overview and the glossary: article lengths, articles per year, terms.

Every function is ``plot_*(…, ax=None) -> Axes``; titles and axis labels are Vietnamese / English
and count axes have whole-number ticks.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from matplotlib.axes import Axes

from danvan.corpus.summaries import ARTICLES, year_counts
from danvan.corpus.tables import documents_of
from danvan.plots.style import count_axis, label, new_axes

__all__ = ["plot_lengths", "plot_length_histogram", "plot_years", "plot_terms"]

BLUE, GREEN, RED, STEEL = "#4C72B0", "#55A868", "#C44E52", "#2f6f9f"


def _short(text: object, width: int = 50) -> str:
    text = " ".join(str(text).split()) if isinstance(text, str) and text.strip() else ""
    return text if len(text) <= width else text[: width - 1] + "…"


def plot_lengths(documents: Any, top: int = 40, ax: Axes | None = None) -> Axes:
    """Horizontal bars: the length in words of each article (the ``top`` longest when there are
    more), labelled by headline (cut at 50 characters; ``doc_id`` when there is none)."""
    docs = documents_of(documents)
    shown = docs.nlargest(top, "n_tokens").iloc[::-1]
    ax = new_axes(ax, figsize=(8, max(3.0, 0.3 * len(shown) + 1.2)))
    labels = [_short(t) or str(d) for t, d in zip(shown["title"], shown["doc_id"], strict=True)]
    ax.barh(range(len(shown)), shown["n_tokens"].to_numpy(), color=BLUE)
    ax.set_yticks(range(len(shown)), labels, fontsize=8)
    title = "Độ dài bài viết / Article length (words)"
    if len(shown) < len(docs):
        title += f"\n{len(shown)} bài dài nhất / the {len(shown)} longest of {len(docs)} articles"
    label(ax, title, "Số từ / Words", "Bài viết / Article")
    return count_axis(ax, "x")


def plot_length_histogram(documents: Any, ax: Axes | None = None) -> Axes:
    """Histogram of article lengths in words (5 to 30 bins, by corpus size)."""
    lengths = documents_of(documents)["n_tokens"]
    ax = new_axes(ax, figsize=(7, 3.5))
    ax.hist(lengths, bins=min(30, max(5, len(lengths) // 5)), color=GREEN, edgecolor="white")
    label(ax, f"Phân bố độ dài / Distribution of article lengths (n = {len(lengths)})",
          "Số từ mỗi bài / Words per article", "Số bài / Articles")
    count_axis(ax, "x")
    return count_axis(ax, "y")


def plot_years(documents: Any, ax: Axes | None = None) -> Axes:
    """Bars: articles per year (published, else event year), every year of the span labelled,
    years without an article at 0; says how many articles have a year."""
    docs = documents_of(documents)
    counts = year_counts(docs)
    ax = new_axes(ax, figsize=(max(6.0, 0.35 * len(counts) + 2), 3.2))
    subtitle = (f"{counts.sum()}/{len(docs)} bài có năm / "
                f"{counts.sum()} of {len(docs)} articles have a year")
    label(ax, f"Số bài theo năm / Articles per year\n{subtitle}", "Năm / Year", "Số bài / Articles")
    if counts.empty:
        ax.text(0.5, 0.5, "Không bài nào có năm / No article has a year", ha="center",
                va="center", transform=ax.transAxes)
        ax.set_xticks([])
        return count_axis(ax, "y")
    years = counts.index.to_numpy()
    ax.bar(years, counts.to_numpy(), color=RED)
    ax.set_xticks(years, [str(y) for y in years], rotation=90 if len(years) > 12 else 0)
    ax.set_xlim(years.min() - 0.6, years.max() + 0.6)
    return count_axis(ax, "y")


def plot_terms(counts: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Horizontal bars: how many articles contain each term (a :func:`term_counts` table, in
    its order from the top)."""
    n_docs = counts.attrs.get("n_documents")
    ax = new_axes(ax, figsize=(8, 0.35 * len(counts) + 1.5))
    terms = [str(t) for t in counts.index][::-1]
    ax.barh(range(len(terms)), counts[ARTICLES].to_numpy()[::-1], color=STEEL)
    ax.set_yticks(range(len(terms)), terms)
    of = f" (n = {n_docs})" if n_docs is not None else ""
    label(ax, f"Số bài có mỗi thuật ngữ / Articles containing each term{of}",
          "Số bài / Articles", "Thuật ngữ / Term")
    return count_axis(ax, "x")
