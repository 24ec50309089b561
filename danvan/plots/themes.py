"""Figures of the theme notebook: the choice of k, the stability of the themes, a 2-D map of the
units and theme shares per group. Titles and axis labels are ``Vietnamese / English``; a theme
keeps its colour in every figure (``tab20`` by theme number); names are wrapped, never cut."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from danvan.corpus.gazetteer import short_name
from danvan.plots.style import label, new_axes
from danvan.themes.selection import KChoice
from danvan.themes.stability import Stability

__all__ = [
    "BY_LABELS", "theme_color", "plot_k_scores", "plot_k_selection", "plot_refit_agreement",
    "plot_theme_survival", "plot_stability", "plot_theme_map", "plot_shares",
]

BLUE, RED = "#1f4e79", "#c0392b"
METRICS = {
    "silhouette": "silhouette k-means (cosin / cosine)",
    "npmi": "NPMI NMF (10 từ khóa / top 10 terms)",
}
BY_LABELS = {
    "doc_id": ("bài", "article"), "document": ("bài", "article"),
    "province": ("tỉnh", "province"), "province_2025": ("đơn vị 2025", "2025 unit"),
    "admin_level": ("cấp", "level"), "outlet": ("báo", "outlet"), "year": ("năm", "year"),
}
KINDS = {"seed": "số khởi tạo khác\nother seed", "subsample": "80% dữ liệu\n80% of the data",
         "bootstrap": "bootstrap"}


def theme_color(theme: int) -> tuple[float, float, float, float]:
    """The colour of a theme in every figure (grey for -1, a unit with no theme)."""
    return plt.get_cmap("tab20")(int(theme) % 20) if theme >= 0 else (0.6, 0.6, 0.6, 1.0)


def _wrap(text: object, width: int = 38, max_lines: int | None = None) -> str:
    """``text`` on lines of at most ``width`` characters (all of it, unless ``max_lines``)."""
    lines = textwrap.wrap(str(text), width=width, break_long_words=False) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], textwrap.shorten(" ".join(lines[max_lines - 1:]),
                                                           width=width, placeholder=" …")]
    return "\n".join(lines)


def _legend(ax: Axes, title: str | None = None) -> None:
    """The legend beside the axes (outside, so it hides no data; saved whole by 'tight')."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, title=title,
              title_fontsize=8, frameon=False)


# --- choosing k --------------------------------------------------------------------------

def plot_k_scores(choice: KChoice, metric: str = "silhouette", ax: Axes | None = None) -> Axes:
    """One score (``silhouette`` or ``npmi``) against k, the chosen k marked."""
    t = choice.table
    ax = new_axes(ax, (5, 3.8))
    ax.plot(t["k"], t[metric], marker="o", color=BLUE)
    ax.axvline(choice.k, color=RED, linestyle="--", label=f"k = {choice.k} (chọn / chosen)")
    ax.set_xticks(t["k"])
    ax.legend(loc="best", fontsize=8)
    vi, en = ("Độ tách nhóm", "Separation") if metric == "silhouette" else ("Độ mạch lạc", "Coherence")
    return label(ax, f"{vi} / {en}", "Số chủ đề k / number of themes k", METRICS[metric])


def plot_k_selection(choice: KChoice, fig: Figure | None = None) -> Figure:
    """Silhouette (left) and NPMI (right) against k, the chosen k marked."""
    fig = fig or plt.figure(figsize=(10, 4), layout="constrained")
    left, right = fig.subplots(1, 2, sharex=True)
    plot_k_scores(choice, "silhouette", left)
    plot_k_scores(choice, "npmi", right)
    fig.suptitle("Chọn số chủ đề / Choosing the number of themes", fontweight="bold")
    return fig


# --- stability ---------------------------------------------------------------------------

def plot_refit_agreement(stability: Stability, ax: Axes | None = None) -> Axes:
    """ARI of each refit with the original, one column of dots per kind of refit (red: median)."""
    runs = stability.runs
    ax = new_axes(ax, (4, 4))
    kinds = list(dict.fromkeys(runs["kind"]))
    for i, kind in enumerate(kinds):
        values = runs.loc[runs["kind"] == kind, "ari"].to_numpy()
        jitter = np.linspace(-0.12, 0.12, len(values)) if len(values) > 1 else np.zeros(1)
        ax.scatter(i + jitter, values, color=BLUE, alpha=0.8)
        ax.hlines(np.median(values), i - 0.25, i + 0.25, color=RED)
    ax.set_xticks(range(len(kinds)), [KINDS.get(k, k) for k in kinds])
    ax.set_xlim(-0.6, len(kinds) - 0.4)
    ax.set_ylim(-0.05, 1.05)
    return label(ax, "Độ trùng khớp / Agreement", "Kiểu chạy lại / kind of refit",
                 "ARI so với lần gốc / ARI vs the original")


def plot_theme_survival(stability: Stability, ax: Axes | None = None) -> Axes:
    """Share of the refits in which each theme survives (red: not stable, at most half)."""
    themes = stability.themes
    ax = new_axes(ax, (7, 0.45 * len(themes) + 1.5))
    y = np.arange(len(themes))
    ax.barh(y, themes["survival"], color=np.where(themes["stable"], BLUE, RED))
    ax.axvline(0.5, color="grey", linestyle="--")
    ax.set_yticks(y, [_wrap(n, 32) for n in themes["name"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    return label(
        ax, "Chủ đề có còn lại? / Does each theme survive? (đỏ: ≤ 0,5 / red: ≤ 0.5)",
        f"Tỉ lệ lần chạy lại còn chủ đề / share of refits it survives\n(Jaccard từ khóa và đoạn / "
        f"of terms and members ≥ {stability.threshold})",
        "Chủ đề / theme",
    )


def plot_stability(stability: Stability, fig: Figure | None = None) -> Figure:
    """Left: ARI of each refit with the original; right: how often each theme survives."""
    height = max(4.0, 0.4 * len(stability.themes) + 1.8)
    fig = fig or plt.figure(figsize=(12, height), layout="constrained")
    left, right = fig.subplots(1, 2, width_ratios=[1, 2])
    plot_refit_agreement(stability, left)
    plot_theme_survival(stability, right)
    fig.suptitle("Độ ổn định của chủ đề / Stability of the themes", fontweight="bold")
    return fig


# --- map of the units --------------------------------------------------------------------

def plot_theme_map(
    coords: pd.DataFrame, max_points: int = 5000, seed: int = 42, ax: Axes | None = None
) -> Axes:
    """Units in 2-D (:func:`danvan.themes.theme_map`), coloured by dominant theme; at most
    ``max_points`` drawn (a seeded sample); the variance the two dimensions keep is noted."""
    shown = coords if len(coords) <= max_points else coords.sample(max_points, random_state=seed)
    ax = new_axes(ax, (8, 6))
    for theme, group in shown.groupby("theme", sort=True):
        ax.scatter(group["x"], group["y"], s=14, alpha=0.75, color=theme_color(int(theme)),
                   label=_wrap(group["name"].iloc[0]))
    note = (f" ({max_points:,} / {len(coords):,} đơn vị / units)" if len(coords) > max_points
            else "")
    kept = coords["explained"].iloc[0] if len(coords) and "explained" in coords else np.nan
    _legend(ax, "Chủ đề chính / dominant theme")
    return label(
        ax, "Bản đồ các đơn vị theo chủ đề / Map of the units by theme" + note,
        "Thành phần 1 / SVD component 1\n"
        f"(2 chiều giữ {kept:.1%} phương sai / 2 dimensions keep {kept:.1%} of the variance)",
        "Thành phần 2 / SVD component 2",
    )


# --- shares per group --------------------------------------------------------------------

def _group_names(table: pd.DataFrame, by: str) -> list[str]:
    """Readable, uncut labels of the groups: short province names, article titles (wrapped),
    the number of articles, ``*`` for a group with too few."""
    out = []
    for _, r in table.iterrows():
        if by in ("doc_id", "document") and isinstance(r.get("title"), str):
            name = _wrap(r["title"], 45, max_lines=2)  # an article title is a label, not text
        elif by in ("province", "province_2025"):
            name = short_name(str(r[by]))
        else:
            name = str(r[by])
        n = r.get("n_articles")
        out.append(name + (f" ({int(n)})" if pd.notna(n) and by not in ("doc_id", "document")
                           else "") + ("*" if bool(r.get("low_n", False)) else ""))
    return out


def plot_shares(
    shares: pd.DataFrame,
    names: Mapping[int, str] | None = None,
    *,
    by: str | None = None,
    max_groups: int = 30,
    sort: bool = True,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Stacked bars of theme shares, one bar per group, from a long table.

    ``shares``: :func:`danvan.compare.group_shares` output (``by, theme, n_articles, share,
    low_n``…) or :func:`danvan.themes.theme_shares` (per document). ``by`` defaults to the
    table's ``attrs["grouping"]``; ``sort`` draws the groups with most articles first; at most
    ``max_groups`` bars. Bars are labelled with the group and its number of articles, ``*``
    when it has too few (``low_n``); ``names`` names the themes in the legend.
    """
    by = by or shares.attrs.get("grouping") or shares.columns[0]
    names = dict(names or {})
    wide = shares.pivot_table(index=by, columns="theme", values="share", aggfunc="first",
                              sort=False)
    info = shares.drop_duplicates(by).set_index(by)
    order = list(wide.index)
    if sort and "n_articles" in info:
        order = list(info.loc[order, "n_articles"].sort_values(ascending=False, kind="stable").index)
    order = order[:max_groups]
    wide = wide.loc[order].fillna(0.0)
    ax = new_axes(ax, (10, 0.45 * len(order) + 1.8))
    left = np.zeros(len(order))
    for theme in wide.columns:
        ax.barh(range(len(order)), wide[theme], left=left, color=theme_color(int(theme)),
                label=_wrap(names.get(theme, theme)))
        left += wide[theme].to_numpy()
    ax.set_yticks(range(len(order)), _group_names(info.loc[order].reset_index(), by), fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    _legend(ax, "Chủ đề / theme")
    vi, en = BY_LABELS.get(by, (by, by))
    low = "low_n" in info and bool(info.loc[order, "low_n"].any())
    if low:
        few = shares.attrs.get("min_articles", 5)
        ax.annotate(f"* < {few} bài: chỉ mô tả / fewer than {few} articles: description only",
                    (0, 0), xycoords="axes fraction", xytext=(0, -40), textcoords="offset points",
                    fontsize=7, style="italic", va="top")
    more = f" ({len(order)} / {len(info)})" if len(info) > len(order) else ""
    title = title or f"Tỉ trọng chủ đề theo {vi} / Theme shares by {en}{more}"
    return label(ax, title, "Tỉ trọng chủ đề / theme share",
                 f"{vi.capitalize()} (số bài) / {en} (articles)" if by not in ("doc_id", "document")
                 else f"{vi.capitalize()} / {en}")
