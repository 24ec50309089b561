"""Figures of the province comparison: group × item heatmaps and keyness bar charts.

Groups with fewer articles than the minimum carry an asterisk in every label (``Hà Tĩnh*``) and the
figure says what the asterisk means; empty cells (no articles) are grey, never zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from danvan.corpus.gazetteer import short_name

__all__ = ["FORMULA_LABELS", "phrase_labels", "group_label", "group_heatmap", "keyness_bars"]

FORMULA_LABELS = {
    "formula_four": "công thức 4 vế / formula (4 parts)",
    "formula_six": "công thức 6 vế / formula (6 parts)",
    "formula_partial": "công thức không đủ vế / formula (partial)",
}


def phrase_labels() -> dict[str, str]:
    """Readable names of the phrase ids of :func:`danvan.phrases.hits.phrase_rates`."""
    from danvan.phrases.slogans import catalogue_table

    table = catalogue_table()
    return {**FORMULA_LABELS, **dict(zip(table["id"], table["canonical"], strict=True))}


def group_label(group: object, low_n: bool = False) -> str:
    """Short display name of a group (``Tỉnh Hà Tĩnh`` → ``Hà Tĩnh``), ``*`` when low_n."""
    return f"{short_name(str(group))}{'*' if low_n else ''}"


def _low_n_note(min_articles: int | None) -> str:
    few = f"< {min_articles}" if min_articles else "too few"
    return f"* {few} bài: chỉ mô tả / {few} articles: description only"


def group_heatmap(
    table: pd.DataFrame,
    row: str,
    col: str,
    value: str,
    *,
    ax: Axes | None = None,
    title: str = "",
    label: str = "",
    min_articles: int | None = None,
    rows: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    col_labels: dict[str, str] | None = None,
    annotate: bool | None = None,
    fmt: str = "{:.1f}",
    cmap: str = "YlOrRd",
) -> Axes:
    """Heatmap of ``value`` for each ``row`` group × ``col`` item of a long table.

    Rows whose ``low_n`` is True get an asterisk; ``rows`` fixes (and may extend) the row order;
    cells without a value are grey. Values are written in the cells when there are few of them.
    """
    wide = table.pivot_table(index=row, columns=col, values=value, aggfunc="first", dropna=False)
    if rows is not None:
        wide = wide.reindex(list(rows))
    if columns is not None:
        wide = wide.reindex(columns=list(columns))
    low = (
        table.groupby(row)["low_n"].first().reindex(wide.index).fillna(False).astype(bool)
        if "low_n" in table else pd.Series(False, index=wide.index)
    )
    if ax is None:
        width = max(6.0, 0.55 * wide.shape[1] + 3)
        _, ax = plt.subplots(figsize=(width, max(3.0, 0.4 * wide.shape[0] + 1.8)))
    data = np.ma.masked_invalid(wide.to_numpy(dtype=float))
    colormap = plt.get_cmap(cmap).with_extremes(bad="#d9d9d9")
    image = ax.imshow(data, aspect="auto", cmap=colormap)
    ax.set_xticks(range(wide.shape[1]))
    names = [col_labels.get(c, str(c)) if col_labels else str(c) for c in wide.columns]
    ax.set_xticklabels(names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(wide.shape[0]))
    ax.set_yticklabels([group_label(g, low[g]) for g in wide.index], fontsize=8)
    if annotate is None:
        annotate = data.size <= 300
    if annotate:
        finite = data.compressed()
        mid = (finite.min() + finite.max()) / 2 if finite.size else 0
        for i in range(data.shape[0]):
            for j in range(data.shape[1]):
                if data.mask is np.ma.nomask or not data.mask[i, j]:
                    v = float(data[i, j])
                    ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=7,
                            color="white" if v > mid else "black")
    ax.figure.colorbar(image, ax=ax, label=label, shrink=0.8)
    ax.set_title(title)
    ax.set_xlabel(str(col))
    ax.set_ylabel(str(row))
    if low.any():
        ax.annotate(_low_n_note(min_articles), (0, 0), xycoords="figure fraction",
                    xytext=(4, 4), textcoords="offset points", fontsize=7, style="italic")
    return ax


def keyness_bars(
    keywords: pd.DataFrame,
    by: str,
    *,
    top: int = 10,
    groups: Sequence[str] | None = None,
    ncols: int = 2,
    min_articles: int | None = None,
    low_n: Sequence[str] | pd.Series | None = None,
    title: str = "",
) -> Figure:
    """One horizontal bar chart of G² per group (small multiples), Log Ratio written on the bars.

    A group whose words all fail the range gate gets a panel that says so. ``low_n`` names the
    groups with too few articles (or is a boolean Series by group, e.g. ``profile["low_n"]``);
    by default it is read from the keyword table, which has no row for an empty group.
    """
    if isinstance(low_n, pd.Series):
        low_n = low_n.index[low_n.astype("boolean").fillna(False).to_numpy(dtype=bool)].tolist()
    flagged = set(low_n) if low_n is not None else None
    groups = list(groups) if groups is not None else sorted(keywords[by].dropna().unique())
    if not groups:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.axis("off")
        ax.text(0.5, 0.5, "Không có từ khóa / no keywords", ha="center", va="center")
        ax.set_title(title)
        return fig
    ncols = max(1, min(ncols, len(groups)))
    nrows = math.ceil(len(groups) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(5.2 * ncols, 0.28 * top * nrows + 1.6 * nrows),
                             squeeze=False)
    any_low = False
    for ax, group in zip(axes.ravel(), groups, strict=False):
        sub = keywords[keywords[by] == group].nsmallest(top, "rank")
        low = group in flagged if flagged is not None else bool(sub["low_n"].any())
        any_low |= low
        ax.set_title(group_label(group, low), fontsize=10)
        if sub.empty:
            ax.text(0.5, 0.5, "không từ nào đạt ngưỡng phạm vi\nno word passes the range gate",
                    ha="center", va="center", fontsize=8, transform=ax.transAxes)
            ax.set_axis_off()
            continue
        sub = sub.iloc[::-1]
        bars = ax.barh([w.replace("_", " ") for w in sub["word"]], sub["g2"], color="#4c72b0")
        for bar, lr in zip(bars, sub["log_ratio"], strict=True):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" LR {lr:.1f}",
                    va="center", fontsize=7)
        ax.set_xlabel("G² (log-likelihood)")
        ax.tick_params(axis="y", labelsize=8)
        ax.margins(x=0.25)
    for ax in axes.ravel()[len(groups):]:
        ax.axis("off")
    fig.suptitle(title)
    if any_low:
        fig.text(0.01, 0.005, _low_n_note(min_articles), fontsize=7, style="italic")
    fig.tight_layout()
    return fig
