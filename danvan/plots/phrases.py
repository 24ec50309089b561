"""Figures of the recurring phrases: how often each phrase occurs, and the formula by year."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from danvan.phrases.formula import VARIANTS
from danvan.phrases.labels import VARIANT_NAMES
from danvan.plots.style import count_axis, label, new_axes

__all__ = ["VARIANT_COLORS", "plot_phrase_rates", "plot_formula_by_year"]

VARIANT_COLORS = {"four": "#1f77b4", "four_plus_one": "#9467bd", "six": "#d62728", "partial": "#bcbd22"}


def _note(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=10,
            style="italic", color="#555555", wrap=True)


def plot_phrase_rates(summary: pd.DataFrame, ax: Axes | None = None, top: int = 20) -> Axes:
    """Horizontal bars: occurrences per 10,000 words of each phrase found (most frequent on top),
    each bar labelled with its count and number of articles.

    ``summary`` is :func:`danvan.phrases.hits.phrase_summary` output (columns phrase, count,
    n_docs, per_10k). Phrases that never occur are left out (the figure says how many).
    """
    found = summary[summary["count"] > 0].head(top)
    ax = new_axes(ax, figsize=(9, 0.38 * max(len(found), 3) + 1.4))
    y = np.arange(len(found))
    ax.barh(y, found["per_10k"], color="#4c72b0")
    ax.set_yticks(y, [str(p) for p in found["phrase"]], fontsize=8)
    ax.invert_yaxis()
    for i, (rate, n, docs) in enumerate(zip(found["per_10k"], found["count"], found["n_docs"],
                                            strict=True)):
        ax.text(rate, i, f"  {int(n)} × / {int(docs)} bài", va="center", fontsize=7)
    ax.margins(x=0.2)
    absent = int((summary["count"] == 0).sum())
    title = "Tần suất các cụm từ / How often each phrase occurs"
    if absent:
        title += f"\n({absent} cụm trong danh mục không xuất hiện / {absent} catalogue phrases absent)"
    label(ax, title, "Số lần trên 10.000 từ / Occurrences per 10,000 words", "")
    if found.empty:
        _note(ax, "Không cụm từ nào xuất hiện / No phrase occurs")
    return ax


def plot_formula_by_year(by_year: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Stacked bars: articles using the formula in each year, by variant (four, six, partial).

    ``by_year`` is :func:`danvan.phrases.hits.formula_by_year` output. When fewer than two years
    or no dated article with the formula remain, the bars (if any) are drawn with a note saying
    that no trend can be read; undated articles are counted in the subtitle.
    """
    ax = new_axes(ax, figsize=(max(6.0, 0.45 * len(by_year) + 3), 4))
    years = [str(int(y)) for y in by_year["year"]]
    bottom = np.zeros(len(by_year))
    for v in VARIANTS:
        values = by_year[f"docs_{v}"].to_numpy(dtype=float)
        vi, en = VARIANT_NAMES[v]
        ax.bar(years, values, bottom=bottom, color=VARIANT_COLORS[v], label=f"{vi} / {en}")
        bottom += values
    count_axis(ax)
    ax.set_ylim(0, max(1.0, float(bottom.max()) if len(bottom) else 1.0) * 1.15)
    if len(years) > 12:
        ax.tick_params(axis="x", labelrotation=90)
    undated = by_year.attrs.get("undated", 0)
    undated_formula = by_year.attrs.get("undated_formula", 0)
    label(ax, "Bài dùng công thức theo năm / Articles using the formula, by year"
          f"\n(không có năm / undated: {undated} bài / articles, {undated_formula} với công thức / "
          "with the formula)", "Năm / Year", "Số bài / Articles")
    ax.legend(title="Dạng / Variant", fontsize=8, loc="upper left")
    if len(by_year) < 2 or bottom.sum() == 0:
        _note(ax, "Quá ít bài có năm và có công thức để thấy xu hướng\n"
                  "Too few dated articles with the formula to show a trend")
    return ax
