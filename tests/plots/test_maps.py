"""Choropleths draw every unit; units without data stay grey; few-article units are hatched."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_rgba

from danvan.corpus.gazetteer import province_names
from danvan.plots.maps import LOW_N_HATCH, MISSING_COLOR, align_to_units, choropleth


def _unit_patches(ax):
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}


@pytest.mark.parametrize("level", [63, 34])
def test_map_draws_every_unit(level):
    ax = choropleth({"Hà Tĩnh": 3.0, "TP HCM": 5.0}, level, label="rate")
    patches = _unit_patches(ax)
    assert len(patches) == level
    assert sorted(patches) == sorted(province_names(level))
    plt.close(ax.figure)


def test_missing_province_is_grey_and_present_one_is_coloured():
    values = {"Hà Tĩnh": 3.0, "Thành phố Hồ Chí Minh": 5.0, "Hà Nội": 1.0}
    ax = choropleth(values, 63, label="rate", cmap="viridis")
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
    ax = choropleth({"Hà Tĩnh": float("nan"), "Hà Nội": 0.0, "Hải Phòng": 2.0}, 63)
    patches = _unit_patches(ax)
    assert patches["Tỉnh Hà Tĩnh"].get_facecolor() == pytest.approx(to_rgba(MISSING_COLOR))
    assert patches["Thành phố Hà Nội"].get_facecolor() != pytest.approx(to_rgba(MISSING_COLOR))
    plt.close(ax.figure)


def test_low_n_units_are_hatched_on_the_2025_map():
    ax = choropleth({"Hải Phòng": 2.0, "Hà Tĩnh": 4.0}, 34, low_n=["Hải Phòng"], min_articles=5)
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
    import pandas as pd

    low = pd.Series([True, False, pd.NA], dtype="boolean",
                    index=["Tỉnh Hà Tĩnh", "Thành phố Hà Nội", "Tỉnh Cao Bằng"])
    ax = choropleth({"Hà Tĩnh": 1.0, "Hà Nội": 2.0}, 63, low_n=low)
    patches = _unit_patches(ax)
    assert patches["Tỉnh Hà Tĩnh"].get_hatch() == LOW_N_HATCH
    assert patches["Thành phố Hà Nội"].get_hatch() is None
    assert patches["Tỉnh Cao Bằng"].get_hatch() is None
    plt.close(ax.figure)
