"""Heatmaps and keyness charts of the province comparison: low-n groups starred, missing cells
grey, levels and axes named in both languages, the panels the notebook expects."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from danvan.compare import group_profiles, group_rates, group_shares, keyness
from danvan.phrases.labels import phrase_names
from danvan.plots.provinces import (
    axis_name,
    group_label,
    plot_group_heatmap,
    plot_keyness,
    plot_phrase_heatmap,
    plot_theme_heatmap,
)


@pytest.fixture
def documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "Y1", "Y2"],
        "province": ["Hà Tĩnh", "Hà Tĩnh", "Hà Nội", "Hà Nội"],
        "admin_level": ["province", "province", "district", "province"],
        "n_tokens": [1000, 1000, 2000, 500],
    })


@pytest.fixture
def paragraphs() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "X2", "Y1", "Y2"],
        "words": ["cán_bộ dân đê_điều", "cán_bộ dân", "đê_điều hiếm hiếm hiếm",
                  "cán_bộ dân giám_sát", "cán_bộ dân giám_sát"],
    })


def test_labels_of_groups_and_axes():
    assert group_label("Tỉnh Hà Tĩnh", True) == "Hà Tĩnh*"
    assert group_label("district", by="admin_level") == "huyện / district"
    assert group_label("central", True, by="admin_level") == "trung ương / central*"
    assert axis_name("admin_level") == "Cấp / Level"
    assert axis_name("province") == "Tỉnh, thành / Province"
    assert axis_name("phrase_id") == "Khẩu hiệu, công thức / Slogan, formula"
    assert phrase_names()["dan_van_kheo"] == "Dân vận khéo"


def test_heatmap_marks_low_n_rows_and_leaves_missing_grey():
    table = pd.DataFrame({
        "province": ["Tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "Thành phố Hà Nội"],
        "theme": ["reform", "supervision", "reform"],
        "share": [0.6, 0.4, 0.3],
        "low_n": [True, True, False],
    })
    ax = plot_group_heatmap(table, "province", "theme", "share", min_articles=5)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Hà Nội", "Hà Tĩnh*"]
    data = ax.images[0].get_array()
    assert bool(data.mask[0, 1])  # Hà Nội × supervision has no value
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Chủ đề / Theme", "Tỉnh, thành / Province")
    plt.close(ax.figure)


def test_phrase_heatmap_by_level_lists_every_level_and_used_phrases(documents):
    counts = pd.DataFrame({"doc_id": ["X1", "Y1", "Y2"], "phrase_id": ["dan_van_kheo"] * 3,
                           "count": [2, 1, 0]})
    counts = pd.concat([counts, pd.DataFrame({"doc_id": ["X1"], "phrase_id": ["formula_six"],
                                              "count": [0]})])
    rates = group_rates(counts, documents, "admin_level", min_articles=3, n_boot=20, progress=False)
    ax = plot_phrase_heatmap(rates)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "trung ương / central", "tỉnh / province", "huyện / district*", "xã / commune"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Dân vận khéo"]  # formula_six unused
    data = ax.images[0].get_array()
    # province: 2 in 2500 words = 8 per 10,000; district: 1 in 2000 = 5; central, commune: grey
    assert data[1, 0] == pytest.approx(8.0) and data[2, 0] == pytest.approx(5.0)
    assert bool(data.mask[0, 0]) and bool(data.mask[3, 0])
    assert ax.get_title() == "Khẩu hiệu và công thức theo cấp / Slogans and formula by level"
    assert ax.get_ylabel() == "Cấp / Level"
    plt.close(ax.figure)


def test_theme_heatmap_names_the_themes(documents):
    shares = pd.DataFrame({0: [0.7, 0.5, 0.1, 0.3], 1: [0.3, 0.5, 0.9, 0.7]},
                          index=pd.Index(["X1", "X2", "Y1", "Y2"], name="doc_id"))
    by_province = group_shares(shares, documents, "province", n_boot=20, progress=False)
    ax = plot_theme_heatmap(by_province, {0: "cải cách", 1: "giám sát"})
    assert [t.get_text() for t in ax.get_xticklabels()] == ["cải cách", "giám sát"]
    assert ax.get_title() == "Chủ đề theo tỉnh, thành / Themes by province"
    assert ax.images[0].get_array()[1, 0] == pytest.approx(0.6)  # Hà Tĩnh: (0.7 + 0.5) / 2
    plt.close(ax.figure)


def test_keyness_one_panel_per_group(paragraphs, documents):
    kw = keyness(paragraphs, documents, "province", min_range=2, min_articles=5)
    fig = plot_keyness(kw, "province", groups=["Tỉnh Hà Tĩnh", "Thành phố Hà Nội",
                                               "Tỉnh Cao Bằng"], min_articles=5)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert titles == ["Hà Tĩnh*", "Hà Nội*", "Cao Bằng"]
    assert len(fig.axes[0].patches) == 1  # only đê_điều passes the gate in Hà Tĩnh
    assert fig.axes[0].get_xlabel() == "G² (tỉ số hợp lý / log-likelihood)"
    assert fig._suptitle.get_text() == ("Từ khóa theo tỉnh, thành (phạm vi ≥ 2 bài) / Keywords by "
                                        "province (range ≥ 2 articles)")
    plt.close(fig)


def test_keyness_panels_follow_a_profile(paragraphs, documents):
    levels = group_profiles(documents, "admin_level", min_articles=3)
    kw = keyness(paragraphs, documents, "admin_level", min_range=2)
    fig = plot_keyness(kw, profile=levels)
    # the levels with articles, in the levels' order; province has 3 articles, district 1
    assert [ax.get_title() for ax in fig.axes if ax.get_title()] == [
        "tỉnh / province", "huyện / district*"]
    assert fig._suptitle.get_text().startswith("Từ khóa theo cấp (phạm vi ≥ 2 bài)")
    plt.close(fig)
    empty = plot_keyness(kw.iloc[:0], groups=[], title="t")
    assert empty.axes[0].texts[0].get_text() == "Không có từ khóa / no keywords"
    plt.close(empty)


def test_keyness_panels_are_capped_at_the_largest_groups():
    """Fourteen provinces with keywords: twelve panels, the provinces with most articles first,
    and the title says how many of how many (the keyword table keeps them all)."""
    provinces = [f"P{i:02d}" for i in range(14)]
    sizes = {p: 10 + (i * 5) % 14 for i, p in enumerate(provinces)}  # all different
    kw = pd.DataFrame({"province": provinces, "word": "đê_điều", "g2": 12.0, "log_ratio": 1.5,
                       "rank": 1, "low_n": False})
    kw.attrs.update(grouping="province", min_range=2)
    profile = pd.DataFrame({"n_articles": [sizes[p] for p in provinces], "low_n": False},
                           index=pd.Index(provinces, name="province"))
    fig = plot_keyness(kw, profile=profile)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert titles == sorted(provinces, key=lambda p: -sizes[p])[:12]
    assert titles[0] == "P11" and sizes["P11"] == 23
    assert "12 trên 14 nhóm" in fig._suptitle.get_text()
    assert "the 12 of 14 groups with the most articles" in fig._suptitle.get_text()
    plt.close(fig)
    whole = plot_keyness(kw, profile=profile, max_panels=None)
    assert len([ax for ax in whole.axes if ax.get_title()]) == 14
    assert "trên" not in whole._suptitle.get_text()
    plt.close(whole)
