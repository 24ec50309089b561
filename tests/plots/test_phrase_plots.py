"""Figures of notebook 03: phrase rates, the formula by year, the barcode of positions. Each draws
on the Axes given (or a new one), returns it, and labels it in both languages."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from danvan.phrases.hits import formula_by_year, phrase_rates, phrase_summary  # noqa: E402
from danvan.plots.phrases import VARIANT_COLORS, plot_formula_by_year, plot_phrase_rates  # noqa: E402
from danvan.plots.reading import plot_barcode  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _bilingual(ax) -> None:
    assert " / " in ax.get_title() and " / " in ax.get_xlabel()


def test_barcode_rows_are_short_titles_and_the_legend_names_each_phrase(sample, hits):
    ax = plot_barcode(hits, sample)
    _bilingual(ax)
    # most body hits first (003: 11; 000, 001, 002: 8 each, in document order; 004: 4)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Phát huy quyền làm chủ của nhân dân…", "Tạo điều kiện để nhân dân phát huy…",
        "Lấy dân làm gốc, phát huy hiệu quả…", "Tổ chức sơ kết công tác dân vận 6…",
        "Chú trọng chất lượng công tác dân vận…"]
    assert sum(len(c.get_segments()) for c in ax.collections) == 42  # 44 hits, 2 in titles
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "quy chế dân chủ ở cơ sở"  # the most frequent phrase first
    assert "công thức / formula “dân biết, dân bàn, dân làm, dân kiểm tra”" in legend
    assert len(legend) == 14 and not any("_" in t for t in legend)


def test_barcode_draws_on_the_given_axes_and_says_when_rows_are_cut(sample, hits):
    _, given = plt.subplots()
    ax = plot_barcode(hits, sample, title="Test / Thử", max_docs=2, ax=given)
    assert ax is given and len(ax.get_yticklabels()) == 2
    assert ax.get_title().startswith("Test / Thử") and "2 / 5" in ax.get_title()


def test_barcode_without_hits_says_so(sample, hits):
    ax = plot_barcode(hits.iloc[0:0], sample)
    assert ax.get_legend() is None and "No hits" in [t.get_text() for t in ax.texts][0]


def test_phrase_rates_bars_are_the_summary_rates(sample, hits):
    summary = phrase_summary(phrase_rates(sample, hits))
    ax = plot_phrase_rates(summary)
    _bilingual(ax)
    found = summary[summary["count"] > 0]
    widths = [p.get_width() for p in ax.patches]
    assert widths == pytest.approx(found["per_10k"].tolist())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "quy chế dân chủ ở cơ sở" and len(labels) == 14
    assert "21 × / 4 bài" in [t.get_text().strip() for t in ax.texts]
    assert "20 catalogue phrases absent" in ax.get_title()  # 34 ids (30 slogans, 4 formula forms), 14 used


def test_formula_by_year_stacks_the_variants():
    by_year = pd.DataFrame({"year": [2019, 2021, 2022], "n_docs": [4, 5, 6], "docs_four": [2, 1, 0],
                            "docs_four_plus_one": [0, 1, 0], "docs_six": [0, 2, 3], "docs_partial": [1, 0, 0],
                            "share_six": [0.0, 2 / 3, 1.0]})
    by_year.attrs.update({"undated": 7, "undated_formula": 2})
    ax = plot_formula_by_year(by_year)
    _bilingual(ax)
    heights = [p.get_height() for p in ax.patches]
    assert heights == [2, 1, 0, 0, 1, 0, 0, 2, 3, 1, 0, 0]  # four, four plus one, six, partial
    assert ax.patches[6].get_facecolor()[:3] == pytest.approx(matplotlib.colors.to_rgb(VARIANT_COLORS["six"]))
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2019", "2021", "2022"]
    assert isinstance(ax.yaxis.get_major_locator(), MaxNLocator)
    assert "undated: 7" in ax.get_title() and "2 với công thức / with the formula" in ax.get_title()
    assert not ax.texts  # a trend can be read: no note


def test_formula_by_year_on_the_sample_notes_that_no_trend_can_be_read(sample, hits):
    _, given = plt.subplots()
    ax = plot_formula_by_year(formula_by_year(sample, hits), ax=given)
    assert ax is given and sum(p.get_height() for p in ax.patches) == 0
    assert "Too few dated articles" in ax.texts[0].get_text()
