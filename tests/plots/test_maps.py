"""Choropleths draw every unit; units without data stay grey; few-article units are hatched on a
pale face, outside the colour scale; a ranked bar chart beside the map carries the names (none on
the map); Hoàng Sa and Trường Sa are drawn and named; labels never overlap (on danvan_news too);
group tables map straight from their columns, with bilingual titles and labels."""

from __future__ import annotations

import time

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_rgba
from project_paths import DANVAN_NEWS

from danvan.corpus.gazetteer import province_names
from danvan.plots.maps import (
    DATA_COLOR_START,
    LOW_N_COLOR,
    LOW_N_HATCH,
    MISSING_COLOR,
    align_to_units,
    plot_choropleth,
    plot_group_map,
    plot_map_pair,
    ranking_axes,
)
from danvan.plots.style import figure_alt


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
    top, bottom = plt.get_cmap("viridis")(1.0), plt.get_cmap("viridis")(DATA_COLOR_START)
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
    colorbar = _colorbar(ax)
    assert colorbar.get_ylabel() == "số bài / articles"
    ticks = [t for t in colorbar.get_yticks() if 1 <= t <= 2]
    assert ticks and all(float(t).is_integer() for t in ticks)  # no 1.5 articles
    assert _ranked(ax) == [("Hà Tĩnh", "2"), ("Hải Dương", "1")]
    assert _data_labels(ax) == []  # the names are beside the map, not on it
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
    assert _ranked(ax) == [("Hải Phòng", "200.0"), ("Hà Tĩnh", "0.0")]
    assert _colorbar(ax).get_ylabel() == "trên 10.000 từ / per 10,000 words"
    assert len(_unit_patches(ax)) == 34
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="by province"):
        plot_group_map(group_rates(counts, documents, "year", n_boot=20, progress=False), "rate",
                       item="p1")


def test_map_pair_draws_63_and_34_units(documents):
    from danvan.compare import group_profiles

    fig = plot_map_pair(group_profiles(documents, "province"), group_profiles(documents, "province_2025"),
                        "n_articles", title=("Số bài", "Articles"))
    maps = [ax for ax in fig.axes if ranking_axes(ax) is not None]
    assert [len(_unit_patches(ax)) for ax in maps] == [63, 34]
    assert [ax.get_title() for ax in maps] == [
        "Số bài (63 tỉnh, thành)\nArticles (63 provinces)",
        "Số bài (34 đơn vị, từ 2025)\nArticles (34 units, 2025)"]
    plt.close(fig)


def _colorbar(ax):
    return next(a for a in ax.figure.axes if a.get_label() == "<colorbar>")


def _ranked(ax):
    """(name, value) of the ranking's bars, top first."""
    bars = ranking_axes(ax)
    names = sorted(((y, t.get_text()) for y, t in zip(bars.get_yticks(), bars.get_yticklabels(),
                                                        strict=True)), reverse=True)
    values = sorted(((t.xy[1], t.get_text()) for t in bars.texts), reverse=True)
    return [(name, value) for (_, name), (_, value) in zip(names, values, strict=True)]


def _data_labels(ax):
    island_names = {"Quần đảo Hoàng Sa", "Quần đảo Trường Sa"}
    return [t.get_text() for t in ax.texts if t.get_text().split("\n")[0] not in island_names]


def test_ranking_carries_the_names_and_stops_at_max_bars():
    values = {name: float(i) for i, name in enumerate(province_names(63)[:30])}
    ax = plot_choropleth(values, 63, max_bars=10, fmt="{:.0f}")
    ranked = _ranked(ax)
    assert len(ranked) == 10 and ranked[0] == ("Quảng Trị", "29")  # the 30th unit, value 29
    assert "(10 / 30 đơn vị / units)" in ranking_axes(ax).get_title()
    assert _data_labels(ax) == []
    plt.close(ax.figure)
    plain = plot_choropleth(values, 63, ranking=False)
    assert ranking_axes(plain) is None
    plt.close(plain.figure)


def test_a_one_article_group_never_takes_the_end_colour():
    ax = plot_choropleth({"Hà Tĩnh": 10.0, "Hà Nội": 2.0, "Cao Bằng": 40.0}, 63, low_n=["Cao Bằng"],
                         min_articles=5, cmap="viridis")
    patches = _unit_patches(ax)
    top = plt.get_cmap("viridis")(1.0)
    assert patches["Tỉnh Cao Bằng"].get_facecolor() == pytest.approx(to_rgba(LOW_N_COLOR))
    assert patches["Tỉnh Cao Bằng"].get_hatch() == LOW_N_HATCH
    assert patches["Tỉnh Hà Tĩnh"].get_facecolor() == pytest.approx(top)  # the scale ends at 10
    assert _colorbar(ax).get_ylim() == pytest.approx((2.0, 10.0))
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[1] == "< 5 bài: quá ít để so sánh /\n< 5 articles: too few to compare"
    bars = {p.get_gid(): p for p in ranking_axes(ax).patches}
    assert bars["Tỉnh Cao Bằng"].get_hatch() == LOW_N_HATCH  # hatched in the ranking too
    plt.close(ax.figure)


@pytest.mark.parametrize("level", [63, 34])
def test_hoang_sa_and_truong_sa_are_drawn_and_named(level):
    ax = plot_choropleth({"Đà Nẵng": 1.0}, level)
    groups = {c.get_gid(): c.get_offsets() for c in ax.collections if c.get_gid()}
    hoang_sa, truong_sa = groups["Quần đảo Hoàng Sa"], groups["Quần đảo Trường Sa"]
    assert 111 < hoang_sa[:, 0].mean() < 113 and 15.5 < hoang_sa[:, 1].mean() < 17.5
    assert 113 < truong_sa[:, 0].mean() < 115 and 9 < truong_sa[:, 1].mean() < 11
    names = [t.get_text() for t in ax.texts]
    assert "Quần đảo Hoàng Sa\n(Đà Nẵng)" in names and "Quần đảo Trường Sa\n(Khánh Hòa)" in names
    x0, x1 = ax.get_xlim()
    assert x0 < 102.2 and x1 > 115  # both groups inside the frame
    plt.close(ax.figure)


def _drawn_texts(fig):
    """The texts ``fig`` draws: visible and non-empty, tick labels only inside their axis' view."""
    ticks, shown = set(), set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                ticks.update((id(tick.label1), id(tick.label2)))
                if lo - 1e-9 <= tick.get_loc() <= hi + 1e-9:
                    shown.update((id(tick.label1), id(tick.label2)))
    return [t for t in fig.findobj(plt.Text) if t.get_visible() and t.get_text().strip()
            and (id(t) not in ticks or id(t) in shown)]


def _overlaps(fig) -> list[tuple[str, str]]:
    """Pairs of texts ``fig`` draws whose boxes intersect on the canvas."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = _drawn_texts(fig)
    boxes = [(t.get_text(), t.get_window_extent(renderer).shrunk(0.98, 0.9)) for t in texts]
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1:]
            if ba.overlaps(bb)]


def test_labels_of_a_full_ranking_do_not_overlap():
    values = {name: float(i) for i, name in enumerate(province_names(63))}
    ax = plot_choropleth(values, 63, low_n=province_names(63)[:5], min_articles=3,
                         label="số bài / articles", counts=True, fmt="{:.0f}")
    assert _overlaps(ax.figure) == []
    plt.close(ax.figure)


@pytest.fixture(scope="module")
def news():
    if not DANVAN_NEWS.exists():
        pytest.skip(f"larger corpus not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import IngestBusy, load_corpus

    for _ in range(120):  # another process may be ingesting it into the shared cache
        try:
            return load_corpus(DANVAN_NEWS, progress=False)
        except IngestBusy:
            time.sleep(5)
    return load_corpus(DANVAN_NEWS, progress=False)


def test_maps_of_danvan_news_have_no_overlapping_labels(news):
    from danvan.compare import group_profiles

    docs = news.documents
    profile = group_profiles(docs, "province", min_articles=5)
    profile34 = group_profiles(docs, "province_2025", min_articles=5)
    fig = plot_map_pair(profile, profile34, "n_articles", title=("Số bài theo tỉnh", "Articles by province"))
    assert _overlaps(fig) == []
    maps = [a for a in fig.axes if ranking_axes(a) is not None]
    for ax, table in zip(maps, (profile, profile34), strict=True):
        ranked = _ranked(ax)
        assert len(ranked) == min(25, int(table["n_articles"].notna().sum()))
        counts = [int(v) for _, v in ranked]
        assert counts == sorted(counts, reverse=True)
        assert _data_labels(ax) == []
    assert figure_alt(fig).startswith("Biểu đồ / Figure: Số bài theo tỉnh (63 tỉnh, thành)")
    plt.close(fig)
