"""Choropleths draw every unit; units without data stay grey; few-article units are hatched;
group tables map straight from their columns, with bilingual titles and labels."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_rgba

from danvan.corpus.gazetteer import province_names
from danvan.plots.maps import (
    LOW_N_HATCH,
    MISSING_COLOR,
    align_to_units,
    plot_choropleth,
    plot_group_map,
    plot_map_pair,
)


def _unit_patches(ax):
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}


@pytest.mark.parametrize("level", [63, 34])
def test_map_draws_every_unit(level):
    ax = plot_choropleth({"Hà Tĩnh": 3.0, "TP HCM": 5.0}, level, label="rate")
    patches = _unit_patches(ax)
    assert len(patches) == level
    assert sorted(patches) == sorted(province_names(level))
    plt.close(ax.figure)


def test_missing_province_is_grey_and_present_one_is_coloured():
    values = {"Hà Tĩnh": 3.0, "Thành phố Hồ Chí Minh": 5.0, "Hà Nội": 1.0}
    ax = plot_choropleth(values, 63, label="rate", cmap="viridis")
    patches = _unit_patches(ax)
    grey = to_rgba(MISSING_COLOR)
    assert patches["Tỉnh Cao Bằng"].get_facecolor() == pytest.approx(grey)
    assert patches["Tỉnh Hà Tĩnh"].get_facecolor() != pytest.approx(grey)
    # the highest value gets the top of the colour map, the lowest the bottom
    top, bottom = plt.get_cmap("viridis")(1.0), plt.get_cmap("viridis")(0.0)
    assert patches["Thành phố Hồ Chí Minh"].get_facecolor() == pytest.approx(top)
    assert patches["Thành phố Hà Nội"].get_facecolor() == pytest.approx(bottom)
    plt.close(ax.figure)


def test_nan_is_missing_not_zero():
    ax = plot_choropleth({"Hà Tĩnh": float("nan"), "Hà Nội": 0.0, "Hải Phòng": 2.0}, 63)
    patches = _unit_patches(ax)
    assert patches["Tỉnh Hà Tĩnh"].get_facecolor() == pytest.approx(to_rgba(MISSING_COLOR))
    assert patches["Thành phố Hà Nội"].get_facecolor() != pytest.approx(to_rgba(MISSING_COLOR))
    plt.close(ax.figure)


def test_low_n_units_are_hatched_on_the_2025_map():
    ax = plot_choropleth({"Hải Phòng": 2.0, "Hà Tĩnh": 4.0}, 34, low_n=["Hải Phòng"], min_articles=5)
    patches = _unit_patches(ax)
    assert patches["Thành phố Hải Phòng"].get_hatch() == LOW_N_HATCH
    assert patches["Tỉnh Hà Tĩnh"].get_hatch() is None
    plt.close(ax.figure)


def test_align_to_units_lists_unmatched_names():
    aligned = align_to_units({"Hà Tĩnh": 1.0, "Atlantis": 2.0, "Tỉnh Hải Dương": 3.0}, 34)
    assert len(aligned) == 34
    assert aligned["Tỉnh Hà Tĩnh"] == 1.0
    assert aligned.attrs["unmatched"] == ["Atlantis", "Tỉnh Hải Dương"]
    assert aligned.notna().sum() == 1


def test_low_n_accepts_a_nullable_boolean_series():
    low = pd.Series([True, False, pd.NA], dtype="boolean",
                    index=["Tỉnh Hà Tĩnh", "Thành phố Hà Nội", "Tỉnh Cao Bằng"])
    ax = plot_choropleth({"Hà Tĩnh": 1.0, "Hà Nội": 2.0}, 63, low_n=low)
    patches = _unit_patches(ax)
    assert patches["Tỉnh Hà Tĩnh"].get_hatch() == LOW_N_HATCH
    assert patches["Thành phố Hà Nội"].get_hatch() is None
    assert patches["Tỉnh Cao Bằng"].get_hatch() is None
    plt.close(ax.figure)


def test_the_axes_are_labelled_in_both_languages():
    ax = plot_choropleth({"Hà Tĩnh": 3.0}, 34, label="số bài / articles")
    assert ax.get_xlabel() == "Kinh độ / Longitude (°E)"
    assert ax.get_ylabel() == "Vĩ độ / Latitude (°N)"
    assert ax.get_title() == "số bài / articles\n(34 đơn vị, từ 2025 / 34 units, 2025)"
    plt.close(ax.figure)


@pytest.fixture
def documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["A", "B", "C"],
        "province": ["Hà Tĩnh", "Hà Tĩnh", "Hải Dương"],
        "province_2025": ["Hà Tĩnh", "Hà Tĩnh", "Hải Phòng"],
        "published": pd.to_datetime(["2022-01-01", "2023-01-01", "2024-01-01"]),
        "n_tokens": [100, 200, 300],
    })


def test_group_map_reads_a_profile(documents):
    from danvan.compare import group_profiles

    profile = group_profiles(documents, "province", min_articles=2)
    ax = plot_group_map(profile, "n_articles")
    patches = _unit_patches(ax)
    assert patches["Tỉnh Hải Dương"].get_hatch() == LOW_N_HATCH  # 1 article < 2
    assert patches["Tỉnh Hà Tĩnh"].get_hatch() is None
    assert patches["Tỉnh Cao Bằng"].get_facecolor() == pytest.approx(to_rgba(MISSING_COLOR))
    colorbar = ax.figure.axes[-1]
    assert colorbar.get_ylabel() == "số bài / articles"
    ticks = [t for t in colorbar.get_yticks() if 1 <= t <= 2]
    assert ticks and all(float(t).is_integer() for t in ticks)  # no 1.5 articles
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["Hà Tĩnh\n2", "Hải Dương\n1"]
    plt.close(ax.figure)


def test_group_map_picks_one_item_of_a_rates_table(documents):
    from danvan.compare import group_rates

    counts = pd.DataFrame({"doc_id": ["A", "C", "C"], "phrase_id": ["p1", "p1", "p2"],
                           "count": [1, 3, 6]})
    rates = group_rates(counts, documents, "province_2025", n_boot=20, progress=False)
    with pytest.raises(ValueError, match="item="):
        plot_group_map(rates, "rate")
    ax = plot_group_map(rates, "rate", item="p2")
    # Hải Phòng (2025) holds the former Hải Dương: 6 / 300 × 10,000 = 200; Hà Tĩnh 0
    assert sorted(t.get_text() for t in ax.texts) == ["Hà Tĩnh\n0.0", "Hải Phòng\n200.0"]
    assert ax.figure.axes[-1].get_ylabel() == "trên 10.000 từ / per 10,000 words"
    assert len(_unit_patches(ax)) == 34
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="by province"):
        plot_group_map(group_rates(counts, documents, "year", n_boot=20, progress=False), "rate",
                       item="p1")


def test_map_pair_draws_63_and_34_units(documents):
    from danvan.compare import group_profiles

    fig = plot_map_pair(group_profiles(documents, "province"), group_profiles(documents, "province_2025"),
                        "n_articles", title=("Số bài", "Articles"))
    maps = [ax for ax in fig.axes if _unit_patches(ax)]
    assert [len(_unit_patches(ax)) for ax in maps] == [63, 34]
    assert [ax.get_title() for ax in maps] == [
        "Số bài (63 tỉnh, thành)\nArticles (63 provinces)",
        "Số bài (34 đơn vị, từ 2025)\nArticles (34 units, 2025)"]
    plt.close(fig)


def test_labels_only_while_they_fit():
    few = plot_choropleth({name: 1.0 for name in province_names(63)[:15]}, 63)
    many = plot_choropleth({name: 1.0 for name in province_names(63)[:16]}, 63)
    assert len(few.texts) == 15 and len(many.texts) == 0  # 16 labels would overlap
    plt.close(few.figure)
    plt.close(many.figure)
