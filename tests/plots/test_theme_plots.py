"""Theme figures: plot_*(…, ax=None) → Axes (multi-panel: fig=None → Figure), bilingual titles
and labels, names wrapped but never cut, shares drawn from the long group_shares table."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from danvan.compare import group_shares
from danvan.plots.themes import (
    plot_k_scores,
    plot_k_selection,
    plot_shares,
    plot_stability,
    plot_theme_map,
    plot_theme_survival,
    theme_color,
)
from danvan.themes.selection import KChoice
from danvan.themes.stability import Stability

LONG_NAME = "0 · quy chế dân chủ ở cơ sở · triển khai · ban chỉ đạo · hội nghị"  # > 40 characters
NAMES = {0: LONG_NAME, 1: "1 · giám sát"}


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.fixture
def documents() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["A", "B", "C", "D"],
                         "province": ["Hà Tĩnh", "Hà Tĩnh", "Hà Tĩnh", "TP HCM"]})


@pytest.fixture
def shares(documents) -> pd.DataFrame:
    doc = pd.DataFrame({0: [0.8, 0.4, 0.3, 0.1], 1: [0.2, 0.6, 0.7, 0.9]},
                       index=pd.Index(documents["doc_id"], name="doc_id"))
    return group_shares(doc, documents, by="province", min_articles=2, n_boot=100,
                        progress=False)


def _bilingual(text: str) -> bool:
    return " / " in text


def _widths(ax: Axes) -> dict[tuple[int, int], float]:
    """(bar row, theme order) → width, from the stacked bars (one container per theme)."""
    return {(row, i): bar.get_width() for i, container in enumerate(ax.containers)
            for row, bar in enumerate(container)}


def test_plot_shares_draws_the_long_group_shares_table(shares):
    ax = plot_shares(shares, NAMES)
    assert isinstance(ax, Axes)
    # Hà Tĩnh (3 articles) first: mean of 0.8, 0.4, 0.3 for theme 0; then Hồ Chí Minh (1, low_n)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Hà Tĩnh (3)", "Hồ Chí Minh (1)*"]
    widths = _widths(ax)
    assert widths[(0, 0)] == pytest.approx(0.5) and widths[(0, 1)] == pytest.approx(0.5)
    assert widths[(1, 0)] == pytest.approx(0.1) and widths[(1, 1)] == pytest.approx(0.9)
    assert ax.containers[0][0].get_facecolor() == pytest.approx(theme_color(0))
    assert _bilingual(ax.get_title()) and "province" in ax.get_title()
    assert _bilingual(ax.get_xlabel()) and _bilingual(ax.get_ylabel())
    assert any("fewer than 2 articles" in t.get_text() for t in ax.texts)


def test_plot_shares_legend_is_whole(shares):
    ax = plot_shares(shares, NAMES)
    legend = ax.get_legend()
    texts = [t.get_text().replace("\n", " ") for t in legend.get_texts()]
    assert texts == [LONG_NAME, "1 · giám sát"]  # wrapped onto lines, never cut
    fig = ax.figure
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")  # as the notebook's inline backend does
    renderer = fig.canvas.get_renderer()
    box = fig.get_tightbbox(renderer)
    assert box.contains(*legend.get_window_extent(renderer).transformed(
        fig.dpi_scale_trans.inverted()).max)


def test_plot_shares_per_document_and_given_axes():
    long = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "title": ["Bài một"] * 2 + ["Bài hai"] * 2,
                         "theme": [0, 1, 0, 1], "share": [0.25, 0.75, 1.0, 0.0]})
    long.attrs["grouping"] = "doc_id"
    fig, ax = plt.subplots()
    out = plot_shares(long, NAMES, ax=ax)
    assert out is ax
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Bài một", "Bài hai"]
    assert _widths(ax)[(0, 1)] == pytest.approx(0.75)
    assert "article" in ax.get_title()


def test_plot_shares_keeps_at_most_max_groups(documents):
    docs = pd.DataFrame({"doc_id": list("ABCDEF"),
                         "year_col": 0, "published": pd.to_datetime(
                             ["2019-01-01", "2020-01-01", "2021-01-01", "2021-06-01",
                              "2022-01-01", "2022-02-01"])})
    doc = pd.DataFrame({0: np.linspace(0, 1, 6), 1: np.linspace(1, 0, 6)},
                       index=pd.Index(list("ABCDEF"), name="doc_id"))
    by_year = group_shares(doc, docs, by="year", n_boot=50, progress=False)
    ax = plot_shares(by_year, NAMES, max_groups=2, sort=False)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["2019 (1)*", "2020 (1)*"]
    assert "(2 / 4)" in ax.get_title() and "year" in ax.get_title()


@pytest.fixture
def choice() -> KChoice:
    table = pd.DataFrame({"k": [2, 3, 4], "silhouette": [0.1, 0.3, 0.2], "npmi": [0.2, 0.4, 0.1],
                          "score": [0.0, 1.0, 0.4], "chosen": [False, True, False]})
    return KChoice(table, 3)


def test_k_figures(choice):
    ax = plot_k_scores(choice, "npmi")
    assert isinstance(ax, Axes)
    np.testing.assert_allclose(ax.lines[0].get_ydata(), [0.2, 0.4, 0.1])
    assert ax.lines[1].get_xdata()[0] == 3  # the chosen k
    assert all(_bilingual(s) for s in (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()))
    fig = plot_k_selection(choice)
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    assert _bilingual(fig._suptitle.get_text())


@pytest.fixture
def stability() -> Stability:
    runs = pd.DataFrame({"run": [0, 1, 2], "kind": ["seed", "subsample", "subsample"],
                         "seed": [43, 142, 143], "n_units": [10, 8, 8], "ari": [1.0, 0.5, 0.7]})
    themes = pd.DataFrame({"theme": [0, 1], "name": [LONG_NAME, "1 · giám sát"],
                           "terms_jaccard": [0.8, 0.1], "members_jaccard": [0.7, 0.2],
                           "survival": [1.0, 0.5], "stable": [True, False]})
    return Stability(runs, themes, 0.3, 10)


def test_stability_figures(stability):
    ax = plot_theme_survival(stability)
    bars = ax.containers[0]
    assert [b.get_width() for b in bars] == [1.0, 0.5]
    assert bars[0].get_facecolor() != bars[1].get_facecolor()  # red: not stable
    assert bars[1].get_facecolor() == pytest.approx(to_rgba("#c0392b"))
    assert [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()] == [LONG_NAME,
                                                                                "1 · giám sát"]
    fig = plot_stability(stability)
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    left = fig.axes[0]
    assert all(_bilingual(s) for s in (left.get_title(), left.get_xlabel(), left.get_ylabel()))


def test_theme_map_figure():
    coords = pd.DataFrame({"unit_id": list("abcde"), "doc_id": list("AABBC"),
                           "x": [0.0, 0.1, 0.5, 0.6, 0.9], "y": [0.0, 0.2, 0.4, 0.5, 0.1],
                           "theme": [0, 0, 1, 1, 1], "name": [LONG_NAME] * 2 + ["1 · giám sát"] * 3,
                           "explained": 0.123})
    ax = plot_theme_map(coords)
    assert isinstance(ax, Axes)
    assert [len(c.get_offsets()) for c in ax.collections] == [2, 3]
    assert "12.3%" in ax.get_xlabel() and _bilingual(ax.get_title())
    legend = [t.get_text().replace("\n", " ") for t in ax.get_legend().get_texts()]
    assert legend == [LONG_NAME, "1 · giám sát"]
    sampled = plot_theme_map(coords, max_points=3)
    assert sum(len(c.get_offsets()) for c in sampled.collections) == 3
    assert "3 / 5" in sampled.get_title()
