"""Figures of the corpus overview and the glossary, drawn from the five sample articles: what is
on the bars, every year of the span on the axis, whole-number count ticks, bilingual labels."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.axes import Axes

from danvan.corpus.load import load_corpus
from danvan.corpus.summaries import ARTICLES, term_counts
from danvan.plots.corpus import plot_length_histogram, plot_lengths, plot_terms, plot_years
from danvan.reading.kwic import kwic


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(progress=False)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _bilingual(ax: Axes) -> None:
    for text in (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()):
        assert " / " in text, text


def _integer_ticks(axis) -> bool:
    """Every tick of a count axis is a whole number (the sample's counts are small, so a default
    locator would put ticks at 0.25, 0.5…)."""
    return all(float(v).is_integer() for v in axis.get_ticklocs())


def test_years_show_every_year_of_the_span_with_zero_bars(corpus):
    ax = plot_years(corpus)
    assert isinstance(ax, Axes)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2018", "2019", "2020", "2021", "2022"]
    assert [p.get_height() for p in ax.patches] == [1, 0, 1, 0, 1]  # 004 names no year
    assert _integer_ticks(ax.yaxis)
    assert ax.get_title().startswith("Số bài theo năm / Articles per year")
    assert "3/5 bài có năm / 3 of 5 articles have a year" in ax.get_title()
    _bilingual(ax)


def test_years_without_any_year_say_so():
    docs = pd.DataFrame({"published": [pd.NaT, pd.NaT], "event_date": [pd.NaT, pd.NaT]})
    _, given = plt.subplots()
    ax = plot_years(docs, ax=given)
    assert ax is given and not ax.patches
    assert [t.get_text() for t in ax.texts] == ["Không bài nào có năm / No article has a year"]


def test_lengths_bar_per_article_longest_on_top(corpus):
    ax = plot_lengths(corpus)
    assert [p.get_width() for p in ax.patches] == [491, 493, 560, 586, 675]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Tạo điều kiện để nhân dân phát huy tiềm năng, sức…"
    assert all(len(label) <= 50 for label in labels)
    assert _integer_ticks(ax.xaxis)
    _bilingual(ax)


def test_lengths_keep_the_longest_and_say_so(corpus):
    ax = plot_lengths(corpus.documents, top=2)
    assert [p.get_width() for p in ax.patches] == [586, 675]
    assert "2 bài dài nhất / the 2 longest of 5 articles" in ax.get_title()


def test_length_histogram_counts_every_article(corpus):
    ax = plot_length_histogram(corpus)
    assert sum(p.get_height() for p in ax.patches) == 5
    assert ax.get_title() == "Phân bố độ dài / Distribution of article lengths (n = 5)"
    assert _integer_ticks(ax.yaxis)
    _bilingual(ax)


def test_terms_bars_follow_the_counts_table(corpus):
    counts = term_counts(corpus, ["HĐND", "dân vận", "MTTQ"], find=kwic)
    ax = plot_terms(counts)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["HĐND", "MTTQ", "dân vận"]
    assert [p.get_width() for p in ax.patches] == [1, 2, 5]
    assert counts[ARTICLES].tolist() == [5, 2, 1]
    assert ax.get_title() == "Số bài có mỗi thuật ngữ / Articles containing each term (n = 5)"
    assert _integer_ticks(ax.xaxis)
    _bilingual(ax)
