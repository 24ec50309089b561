"""Figures for the theme notebook (matplotlib; titles and axis labels in Vietnamese / English)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from danvan.themes.selection import KChoice
from danvan.themes.stability import Stability


def plot_k_selection(choice: KChoice) -> Figure:
    """Silhouette and NPMI against k, the chosen k marked."""
    t = choice.table
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharex=True)
    for ax, col, label in zip(
        axes, ["silhouette", "npmi"],
        ["Silhouette (k-means, cosine)", "NPMI (NMF, top 10 terms)"], strict=True,
    ):
        ax.plot(t["k"], t[col], marker="o", color="#1f4e79")
        ax.axvline(choice.k, color="#c0392b", linestyle="--", label=f"k = {choice.k}")
        ax.set_xlabel("Số chủ đề k / number of themes k")
        ax.set_ylabel(label)
        ax.set_xticks(t["k"])
        ax.legend(loc="best")
    fig.suptitle("Chọn số chủ đề / Choosing the number of themes")
    fig.tight_layout()
    return fig


def plot_stability(stability: Stability) -> Figure:
    """Left: agreement (ARI) of each refit with the original; right: share of the refits in
    which each theme survives (red: not stable)."""
    runs, themes = stability.runs, stability.themes
    fig, axes = plt.subplots(1, 2, figsize=(11, 4), gridspec_kw={"width_ratios": [1, 2]})
    kinds = list(dict.fromkeys(runs["kind"]))
    for i, kind in enumerate(kinds):
        values = runs.loc[runs["kind"] == kind, "ari"].to_numpy()
        jitter = np.linspace(-0.12, 0.12, len(values)) if len(values) > 1 else [0.0]
        axes[0].scatter(i + np.asarray(jitter), values, color="#1f4e79", alpha=0.8)
        axes[0].hlines(np.median(values), i - 0.25, i + 0.25, color="#c0392b")
    axes[0].set_xticks(range(len(kinds)), kinds)
    axes[0].set_ylim(-0.05, 1.05)
    axes[0].set_xlabel("Kiểu chạy lại / kind of refit")
    axes[0].set_ylabel("ARI so với lần gốc / vs the original")
    axes[0].set_title("Độ trùng khớp / Agreement")
    colors = np.where(themes["stable"], "#1f4e79", "#c0392b")
    y = np.arange(len(themes))
    axes[1].barh(y, themes["survival"], color=colors)
    axes[1].axvline(0.5, color="grey", linestyle="--")
    axes[1].set_yticks(y, [str(n)[:40] for n in themes["name"]])
    axes[1].invert_yaxis()
    axes[1].set_xlim(0, 1)
    axes[1].set_xlabel(
        f"Tỉ lệ lần chạy lại còn chủ đề / share of refits it survives\n"
        f"(Jaccard từ khóa và đoạn / terms and members ≥ {stability.threshold})"
    )
    axes[1].set_title("Chủ đề còn lại? / Does each theme survive? (đỏ / red: ≤ 0.5)")
    fig.suptitle("Độ ổn định của chủ đề / Stability of the themes")
    fig.tight_layout()
    return fig


def plot_theme_map(coords: pd.DataFrame, max_points: int = 5000, seed: int = 42) -> Figure:
    """Units in 2-D (TruncatedSVD), coloured by dominant theme; at most ``max_points`` drawn."""
    shown = coords if len(coords) <= max_points else coords.sample(max_points, random_state=seed)
    fig, ax = plt.subplots(figsize=(8, 6))
    cmap = plt.get_cmap("tab20")
    for theme, group in shown.groupby("theme", sort=True):
        ax.scatter(group["x"], group["y"], s=14, alpha=0.75, color=cmap(int(theme) % 20),
                   label=str(group["name"].iloc[0])[:40])
    ax.set_xlabel("Thành phần 1 / SVD component 1")
    ax.set_ylabel("Thành phần 2 / SVD component 2")
    note = f" ({max_points:,} of {len(coords):,} shown)" if len(coords) > max_points else ""
    ax.set_title("Bản đồ đoạn văn theo chủ đề / Map of units by theme" + note)
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.tight_layout()
    return fig


def plot_shares(shares: pd.DataFrame, title: str, max_rows: int = 30) -> Figure:
    """Stacked horizontal bars of theme shares per group (rows), at most ``max_rows`` groups."""
    data = shares.drop(columns=["n_docs"], errors="ignore").head(max_rows)
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(data) + 1.8))
    left = np.zeros(len(data))
    cmap = plt.get_cmap("tab20")
    for i, col in enumerate(data.columns):
        ax.barh(range(len(data)), data[col], left=left, color=cmap(i % 20), label=str(col)[:40])
        left += data[col].to_numpy()
    ax.set_yticks(range(len(data)), [str(i)[:45] for i in data.index])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("Tỉ trọng chủ đề / theme share")
    ax.set_title(title)
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.tight_layout()
    return fig
