"""Figures of the province comparison: group × item heatmaps and keyness bar charts.

Groups with fewer articles than the minimum carry an asterisk in every label (``Hà Tĩnh*``) and the
figure says what the asterisk means; empty cells (no articles) are grey, never zero. Levels are
named in both languages (``tỉnh / province``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from danvan.compare.groups import GROUPING_NAMES, all_groups, groups_with_articles
from danvan.compare.rates import used_items
from danvan.corpus.gazetteer import short_name
from danvan.corpus.schema import ADMIN_LEVELS, LEVELS_VI
from danvan.phrases.labels import phrase_names
from danvan.plots.style import new_axes

__all__ = ["ITEM_NAMES", "group_label", "axis_name",
           "plot_group_heatmap", "plot_phrase_heatmap", "plot_theme_heatmap", "plot_keyness"]

# what the item columns of the rate and share tables are called: (Vietnamese, English)
ITEM_NAMES: dict[str, tuple[str, str]] = {
    "phrase_id": ("khẩu hiệu, công thức", "slogan, formula"),
    "theme": ("chủ đề", "theme"),
}
_RATE_LABEL = "trên 10.000 từ / per 10,000 words"
_SHARE_LABEL = "tỉ trọng trung bình / mean share"


def axis_name(column: str) -> str:
    """``Tỉnh, thành / Province`` for a grouping or item column; the column itself otherwise."""
    vi, en = GROUPING_NAMES.get(column) or ITEM_NAMES.get(column) or (column, column)
    return f"{vi[:1].upper()}{vi[1:]} / {en[:1].upper()}{en[1:]}"


def group_label(group: object, low_n: bool = False, by: str | None = None) -> str:
    """Display name of a group: ``Tỉnh Hà Tĩnh`` → ``Hà Tĩnh``, level ``district`` →
    ``huyện / district`` (with ``by="admin_level"``); ``*`` when low_n."""
    text = str(group)
    if by == "admin_level" and text in LEVELS_VI:
        text = f"{LEVELS_VI[text]} / {text}"
    else:
        text = short_name(text)
    return f"{text}{'*' if low_n else ''}"


def _low_n_note(min_articles: int | None) -> str:
    few = f"< {min_articles}" if min_articles else "too few"
    return f"* {few} bài: chỉ mô tả / {few} articles: description only"


def _by_names(by: str) -> tuple[str, str]:
    return GROUPING_NAMES.get(by, (by, by))


def plot_group_heatmap(
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
    col_labels: Mapping[Any, str] | None = None,
    annotate: bool | None = None,
    fmt: str = "{:.1f}",
    cmap: str = "YlOrRd",
) -> Axes:
    """Heatmap of ``value`` for each ``row`` group × ``col`` item of a long table.

    Rows whose ``low_n`` is True get an asterisk; ``rows`` fixes (and may extend) the row order
    (default: provinces in the gazetteer's order; for ``admin_level`` the four levels, so a level
    without articles is an empty row);
    cells without a value are grey. Values are written in the cells when there are few of them.
    Axis labels name the grouping and the item in both languages. Returns the Axes.
    """
    wide = table.pivot_table(index=row, columns=col, values=value, aggfunc="first", dropna=False)
    if rows is None and row == "admin_level":
        rows = ADMIN_LEVELS
    elif rows is None and row in ("province", "province_2025"):  # the gazetteer's order
        order = all_groups(row)
        rows = [g for g in order if g in wide.index] + [g for g in wide.index if g not in order]
    if rows is not None:
        wide = wide.reindex(list(rows))
    if columns is not None:
        wide = wide.reindex(columns=list(columns))
    min_articles = min_articles if min_articles is not None else table.attrs.get("min_articles")
    low = (
        table.groupby(row)["low_n"].first().reindex(wide.index).fillna(False).astype(bool)
        if "low_n" in table else pd.Series(False, index=wide.index)
    )
    width = max(6.0, 0.55 * wide.shape[1] + 3)
    ax = new_axes(ax, figsize=(width, max(3.0, 0.4 * wide.shape[0] + 1.8)))
    data = np.ma.masked_invalid(wide.to_numpy(dtype=float))
    colormap = plt.get_cmap(cmap).with_extremes(bad="#d9d9d9")
    image = ax.imshow(data, aspect="auto", cmap=colormap)
    ax.set_xticks(range(wide.shape[1]))
    names = [col_labels.get(c, str(c)) if col_labels else str(c) for c in wide.columns]
    ax.set_xticklabels(names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(wide.shape[0]))
    ax.set_yticklabels([group_label(g, low[g], row) for g in wide.index], fontsize=8)
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
    ax.set_xlabel(axis_name(col))
    ax.set_ylabel(axis_name(row))
    if low.any():
        ax.annotate(_low_n_note(min_articles), (0, 0), xycoords="figure fraction",
                    xytext=(4, 4), textcoords="offset points", fontsize=7, style="italic")
    return ax


def plot_phrase_heatmap(
    rates: pd.DataFrame,
    *,
    labels: Mapping[str, str] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    **options: Any,
) -> Axes:
    """Rates per 10,000 words of the phrases used at least once (a :func:`group_rates` table),
    one row per group; ``labels`` (default :func:`danvan.phrases.labels.phrase_names`) names the columns."""
    by, item = rates.attrs.get("grouping", "province"), rates.attrs.get("item", "phrase_id")
    vi, en = _by_names(by)
    return plot_group_heatmap(
        rates, by, item, "rate", ax=ax, columns=used_items(rates),
        col_labels=labels if labels is not None else phrase_names(),
        min_articles=rates.attrs.get("min_articles"), label=_RATE_LABEL,
        title=title or f"Khẩu hiệu và công thức theo {vi} / Slogans and formula by {en}",
        **options,
    )


def plot_theme_heatmap(
    shares: pd.DataFrame,
    names: Mapping[Any, str] | None = None,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    **options: Any,
) -> Axes:
    """Mean theme share per group (a :func:`group_shares` table); ``names`` labels the themes."""
    by = shares.attrs.get("grouping", "province")
    vi, en = _by_names(by)
    options = {"fmt": "{:.2f}", "cmap": "PuBu", **options}
    return plot_group_heatmap(
        shares, by, "theme", "share", ax=ax, col_labels=names,
        min_articles=shares.attrs.get("min_articles"), label=_SHARE_LABEL,
        title=title or f"Chủ đề theo {vi} / Themes by {en}", **options,
    )


def plot_keyness(
    keywords: pd.DataFrame,
    by: str | None = None,
    *,
    profile: pd.DataFrame | None = None,
    top: int = 10,
    groups: Sequence[str] | None = None,
    ncols: int = 2,
    min_articles: int | None = None,
    low_n: Sequence[str] | pd.Series | None = None,
    title: str | None = None,
    max_panels: int | None = 12,
    fig: Figure | None = None,
) -> Figure:
    """One horizontal bar chart of G² per group (small multiples), Log Ratio written on the bars.

    ``by`` defaults to the keyword table's grouping. With a ``profile``
    (:func:`~danvan.compare.group_profiles` by the same grouping) the panels are its groups with
    articles, in its order, flagged by its ``low_n``; else ``groups`` / ``low_n`` (names or a
    boolean Series by group) say so, by default read from the keyword table (which has no row for
    a group without keywords). A group whose words all fail the range gate gets a panel that says
    so. The default title names the grouping and the range gate in both languages. At most
    ``max_panels`` groups are drawn (None: all): those with the most articles (by the profile),
    largest first, and the title says how many of how many.
    Returns the Figure.
    """
    by = by or keywords.attrs.get("grouping", "province")
    if profile is not None:
        present = groups_with_articles(profile)
        groups = groups if groups is not None else present.index.tolist()
        low_n = low_n if low_n is not None else profile["low_n"]
        min_articles = min_articles or profile.attrs.get("min_articles")
    if isinstance(low_n, pd.Series):
        low_n = low_n.index[low_n.astype("boolean").fillna(False).to_numpy(dtype=bool)].tolist()
    flagged = set(low_n) if low_n is not None else None
    groups = list(groups) if groups is not None else sorted(keywords[by].dropna().unique())
    shown = len(groups)
    if max_panels is not None and len(groups) > max_panels:
        if profile is not None:  # the largest groups, largest first
            sizes = profile["n_articles"].reindex(groups).fillna(0).to_numpy()
            groups = [groups[i] for i in sorted(range(len(groups)), key=lambda i: -sizes[i])]
        groups = groups[:max_panels]
    if title is None:
        vi, en = _by_names(by)
        gate = keywords.attrs.get("min_range")
        title = (f"Từ khóa theo {vi} (phạm vi ≥ {gate} bài) / Keywords by {en} (range ≥ {gate} "
                 f"articles)" if gate else f"Từ khóa theo {vi} / Keywords by {en}")
    if len(groups) < shown:
        most = "nhiều bài nhất" if profile is not None else "đầu tiên"
        most_en = "with the most articles" if profile is not None else "first"
        title += (f"\n{len(groups)} trên {shown} nhóm, {most} (max_panels=None: vẽ đủ) / "
                  f"the {len(groups)} of {shown} groups {most_en} (max_panels=None draws them all)")
    if not groups:
        fig = fig if fig is not None else plt.figure(figsize=(6, 2))
        ax = fig.subplots()
        ax.axis("off")
        ax.text(0.5, 0.5, "Không có từ khóa / no keywords", ha="center", va="center")
        ax.set_title(title)
        return fig
    ncols = max(1, min(ncols, len(groups)))
    nrows = math.ceil(len(groups) / ncols)
    fig = fig if fig is not None else plt.figure(
        figsize=(5.2 * ncols, 0.28 * top * nrows + 1.6 * nrows + 0.6))
    axes = fig.subplots(nrows, ncols, squeeze=False)
    any_low = False
    for ax, group in zip(axes.ravel(), groups, strict=False):
        sub = keywords[keywords[by] == group].nsmallest(top, "rank")
        low = group in flagged if flagged is not None else bool(sub["low_n"].any())
        any_low |= low
        ax.set_title(group_label(group, low, by), fontsize=10)
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
        ax.set_xlabel("G² (tỉ số hợp lý / log-likelihood)")
        ax.set_ylabel("từ / word")
        ax.tick_params(axis="y", labelsize=8)
        ax.margins(x=0.25)
    for ax in axes.ravel()[len(groups):]:
        ax.axis("off")
    fig.suptitle(title)
    note = "LR = Log Ratio (1 = gấp đôi phần còn lại / twice the rest of the corpus)"
    if any_low:
        note = f"{_low_n_note(min_articles)}; {note}"
    fig.text(0.01, 0.005, note, fontsize=7, style="italic")
    height = fig.get_figheight()  # keep the title and the note clear of the panels
    fig.tight_layout(rect=(0, 0.3 / height, 1, 1 - 0.45 / height))
    return fig
