"""Grouping, profiles, rates per 10,000 words and bootstrap intervals on a hand-built table.

Five documents (values chosen so the answers can be worked out by hand):

| doc | province          | words | p1 | p2 | year (published / event)       |
| A   | Hà Tĩnh           | 1000  | 2  | 0  | 2022 (published)               |
| B   | Tỉnh Hà Tĩnh      | 1000  | 2  | 1  | 2022 (event only)              |
| C   | TP HCM            | 1000  | 1  | 0  | 2018 (published 2018, event 2017) |
| D   | Thành phố Hồ Chí Minh | 3000 | 9 | 0 | 2020                           |
| E   | (none)            | 500   | 0  | 0  | (none)                         |

Hà Tĩnh p1: (2+2)/2000 × 10,000 = 20 per 10k, and both articles have rate 20 → zero-width CI.
HCM p1: (1+9)/4000 × 10,000 = 25; article rates 10 and 30 → the CI lies within [10, 30].
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from frames import five_documents

from danvan.compare import (
    bootstrap_ratio,
    filter_documents,
    formula_rates,
    group_labels,
    group_profiles,
    group_rates,
    group_ratios,
    group_shares,
    groups_with_articles,
    leading_item,
    select_items,
    top_items,
    used_items,
)
from danvan.corpus.tables import document_year


@pytest.fixture
def documents() -> pd.DataFrame:
    return five_documents()


@pytest.fixture
def counts() -> pd.DataFrame:
    # sparse: absent (doc, phrase) pairs are zero
    return pd.DataFrame({
        "doc_id": ["A", "B", "B", "C", "D"],
        "phrase_id": ["p1", "p1", "p2", "p1", "p1"],
        "count": [2, 2, 1, 1, 9],
        "rate": [20.0, 20.0, 10.0, 10.0, 30.0],  # ignored
    })


def test_document_year_prefers_published_then_event(documents):
    assert document_year(documents).tolist() == [2022, 2022, 2018, 2020, pd.NA]


def test_group_labels_canonicalise_provinces(documents):
    labels = group_labels(documents, "province")
    assert labels["A"] == labels["B"] == "Tỉnh Hà Tĩnh"
    assert labels["C"] == labels["D"] == "Thành phố Hồ Chí Minh"
    assert pd.isna(labels["E"])
    assert group_labels(documents, "year").tolist()[:4] == ["2022", "2022", "2018", "2020"]


def test_profiles_list_every_province_with_missing_not_zero(documents):
    prof = group_profiles(documents, "province", min_articles=5)
    assert len(prof) == 63
    assert prof.loc["Tỉnh Hà Tĩnh", "n_articles"] == 2
    assert prof.loc["Tỉnh Hà Tĩnh", "n_words"] == 2000
    assert prof.loc["Thành phố Hồ Chí Minh", "n_words"] == 4000
    assert prof.loc["Thành phố Hồ Chí Minh", "years"] == "2018–2020"
    assert prof.loc["Thành phố Hồ Chí Minh", "first"] == pd.Timestamp("2018-10-26")
    assert bool(prof.loc["Tỉnh Hà Tĩnh", "low_n"]) is True
    assert pd.isna(prof.loc["Tỉnh Cao Bằng", "n_articles"])  # missing, not 0
    assert pd.isna(prof.loc["Tỉnh Cao Bằng", "low_n"])
    assert prof.attrs["unassigned"] == 1
    assert prof["n_articles"].sum() == 4


def test_profiles_by_level_and_outlet(documents):
    levels = group_profiles(documents, "admin_level", min_articles=2)
    assert levels.index.tolist() == ["central", "province", "district", "commune"]
    assert levels.loc["province", "n_articles"] == 3
    assert bool(levels.loc["district", "low_n"]) is True
    assert pd.isna(levels.loc["central", "n_articles"])
    outlets = group_profiles(documents, "outlet")
    assert outlets["n_articles"].to_dict() == {"Báo Hà Tĩnh": 2, "NDO": 1, "Thanhuytphcm.vn": 1}


def test_filter_documents(documents):
    assert filter_documents(documents, provinces=["ha tinh"])["doc_id"].tolist() == ["A", "B"]
    assert filter_documents(documents, years=[2020, 2022])["doc_id"].tolist() == ["A", "B", "D"]
    both = filter_documents(documents, provinces=["TP HCM"], years=range(2019, 2023))
    assert both["doc_id"].tolist() == ["D"]


def test_rates_per_10000_words(documents, counts):
    rates = group_rates(counts, documents, "province", n_boot=500, seed=42, progress=False)
    r = rates.set_index(["province", "phrase_id"])
    assert r.loc[("Tỉnh Hà Tĩnh", "p1"), "rate"] == pytest.approx(20.0)
    assert r.loc[("Tỉnh Hà Tĩnh", "p2"), "rate"] == pytest.approx(5.0)  # 1 / 2000 × 10,000
    assert r.loc[("Thành phố Hồ Chí Minh", "p1"), "rate"] == pytest.approx(25.0)
    assert r.loc[("Thành phố Hồ Chí Minh", "p2"), "rate"] == 0.0
    assert r.loc[("Thành phố Hồ Chí Minh", "p1"), "count"] == 10
    assert r.loc[("Thành phố Hồ Chí Minh", "p1"), "words"] == 4000
    assert r["low_n"].all()
    assert "10,000" in rates.attrs["measure"] and "seed 42" in rates.attrs["ci"]


def test_identical_article_rates_give_zero_width_interval(documents, counts):
    rates = group_rates(counts, documents, "province", n_boot=500, seed=7, progress=False)
    row = rates.set_index(["province", "phrase_id"]).loc[("Tỉnh Hà Tĩnh", "p1")]
    assert row["ci_low"] == pytest.approx(20.0)
    assert row["ci_high"] == pytest.approx(20.0)


def test_two_article_interval_lies_within_article_rates(documents, counts):
    rates = group_rates(counts, documents, "province", n_boot=1000, seed=42, progress=False)
    row = rates.set_index(["province", "phrase_id"]).loc[("Thành phố Hồ Chí Minh", "p1")]
    assert 10.0 <= row["ci_low"] <= row["rate"] <= row["ci_high"] <= 30.0
    # with two articles a resample is {C,C}=10, {C,D}=25 or {D,D}=30 (each quarter, half, quarter)
    assert row["ci_low"] == pytest.approx(10.0)
    assert row["ci_high"] == pytest.approx(30.0)


def test_bootstrap_is_reproducible_and_seeded():
    num, den = np.array([1.0, 9.0, 4.0]), np.array([1000.0, 3000.0, 2000.0])
    a = bootstrap_ratio(num, den, n_boot=200, seed=1, scale=10_000)
    b = bootstrap_ratio(num, den, n_boot=200, seed=1, scale=10_000)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    # article rates are 10, 30 and 20 per 10k: the interval stays inside them
    assert 10.0 <= a[0][0] <= a[1][0] <= 30.0
    empty = bootstrap_ratio(np.zeros((0, 2)), np.zeros(0))
    assert np.isnan(empty[0]).all()


def test_theme_shares_wide_and_long(documents):
    wide = pd.DataFrame({"doc_id": ["A", "B", "C", "D"], "reform": [0.8, 0.4, 0.1, 0.1],
                         "supervision": [0.2, 0.6, 0.9, 0.9]})
    shares = group_shares(wide, documents, "province", n_boot=300, progress=False)
    s = shares.set_index(["province", "theme"])
    assert s.loc[("Tỉnh Hà Tĩnh", "reform"), "share"] == pytest.approx(0.6)  # (0.8 + 0.4) / 2
    assert s.loc[("Thành phố Hồ Chí Minh", "supervision"), "share"] == pytest.approx(0.9)
    # identical shares → zero-width interval; different shares → interval within them
    assert s.loc[("Thành phố Hồ Chí Minh", "reform"), "ci_low"] == pytest.approx(0.1)
    assert s.loc[("Thành phố Hồ Chí Minh", "reform"), "ci_high"] == pytest.approx(0.1)
    assert 0.4 <= s.loc[("Tỉnh Hà Tĩnh", "reform"), "ci_low"] <= 0.8
    long = wide.melt(id_vars="doc_id", var_name="theme", value_name="share")
    again = group_shares(long, documents, "province", n_boot=300, progress=False)
    pd.testing.assert_frame_equal(shares, again)


def test_one_resampling_loop_serves_rates_and_shares(documents, counts):
    """group_shares of a 0/1 indicator is group_rates with per=1 and one word per article."""
    present = (counts.groupby(["doc_id", "phrase_id"])["count"].sum().unstack(fill_value=0) > 0)
    indicator = present.astype(float).reindex(documents["doc_id"], fill_value=0.0)
    indicator.columns.name = "theme"
    shares = group_shares(indicator, documents, "province", n_boot=400, seed=9, progress=False)
    ones = counts.assign(count=(counts["count"] > 0).astype(int))
    rates = group_rates(ones, documents.assign(one=1), "province", words="one", per=1,
                        n_boot=400, seed=9, progress=False)
    pd.testing.assert_series_equal(shares["share"], rates["rate"], check_names=False)
    pd.testing.assert_frame_equal(shares[["ci_low", "ci_high", "n_articles", "low_n"]],
                                  rates[["ci_low", "ci_high", "n_articles", "low_n"]])
    # Hà Tĩnh: p2 is in B only → share 1/2; HCM: p1 in C and D → 1
    s = shares.set_index(["province", "theme"])["share"]
    assert s[("Tỉnh Hà Tĩnh", "p2")] == 0.5 and s[("Thành phố Hồ Chí Minh", "p1")] == 1.0


def test_group_ratios_is_the_shared_loop(documents, counts):
    labels = group_labels(documents, "province")
    matrix = pd.DataFrame({"p1": [2.0, 2.0, 1.0, 9.0, 0.0]}, index=labels.index)
    words = pd.Series([1000.0, 1000.0, 1000.0, 3000.0, 500.0], index=labels.index)
    out = group_ratios(matrix, words, labels, scale=10_000, n_boot=200, seed=5, progress=False)
    assert out["group"].tolist() == ["Thành phố Hồ Chí Minh", "Tỉnh Hà Tĩnh"]  # E has no group
    hcm = out.iloc[0]
    assert (hcm["numerator"], hcm["denominator"], hcm["ratio"]) == (10.0, 4000.0, 25.0)
    # the same seed gives the same interval as the bootstrap of the group alone
    low, high = bootstrap_ratio([1.0, 9.0], [1000.0, 3000.0], n_boot=200, seed=5, scale=10_000)
    assert (hcm["ci_low"], hcm["ci_high"]) == (low[0], high[0])
    # a group listed without articles gets NaN, not 0
    extra = group_ratios(matrix, words, labels, groups=["Tỉnh Cao Bằng"], progress=False)
    assert extra.loc[0, "n_articles"] == 0 and np.isnan(extra.loc[0, "ratio"])


def test_formula_rates_sum_the_versions(documents, counts):
    counts = pd.concat([counts, pd.DataFrame({
        "doc_id": ["D", "D", "A"], "phrase_id": ["formula_six", "formula_four", "formula_four"],
        "count": [3, 1, 1]})])
    rates = formula_rates(counts, documents, "province", n_boot=50, progress=False)
    r = rates.set_index("province")
    assert rates["phrase_id"].unique().tolist() == ["formula"]
    assert r.loc["Thành phố Hồ Chí Minh", "count"] == 4  # 3 six-part + 1 four-part in D
    assert r.loc["Thành phố Hồ Chí Minh", "rate"] == pytest.approx(10.0)  # 4 / 4000 × 10,000
    assert r.loc["Tỉnh Hà Tĩnh", "rate"] == pytest.approx(5.0)  # 1 / 2000 × 10,000
    by_unit = formula_rates(counts.iloc[:0], documents, "province_2025", n_boot=50, progress=False)
    assert by_unit["rate"].tolist() == [0.0, 0.0]  # no formula at all: a zero row per group
    assert rates.attrs["item"] == "phrase_id" and rates.attrs["grouping"] == "province"


def test_select_and_used_items(documents, counts):
    rates = group_rates(counts, documents, "province", n_boot=50, progress=False)
    assert used_items(rates) == ["p1", "p2"]
    p2 = select_items(rates, ["p2"], labels={"p2": "Dân vận khéo"})
    assert p2["province"].tolist() == ["Thành phố Hồ Chí Minh", "Tỉnh Hà Tĩnh"]
    assert p2["phrase"].unique().tolist() == ["Dân vận khéo"]
    assert select_items(rates, ["p2"], used=True)["province"].tolist() == ["Tỉnh Hà Tĩnh"]
    assert select_items(rates, ["p2"]).attrs["grouping"] == "province"
    assert used_items(rates[rates["phrase_id"] == "p2"].assign(count=0)) == []


def test_top_and_leading_items(documents):
    wide = pd.DataFrame({"doc_id": ["A", "B", "C", "D"], "reform": [0.8, 0.4, 0.1, 0.1],
                         "supervision": [0.2, 0.6, 0.9, 0.9]})
    shares = group_shares(wide, documents, "province", n_boot=50, progress=False)
    top = top_items(shares, "share", 1, names={"reform": "cải cách"})
    assert top.index.tolist() == ["Thành phố Hồ Chí Minh", "Tỉnh Hà Tĩnh"]
    assert top["theme"].tolist() == ["supervision", "reform"]  # 0.9 in HCM; 0.6 against 0.4
    assert top["name"].tolist() == ["supervision", "cải cách"]
    both = top_items(shares, "share", 3)
    assert both.loc["Tỉnh Hà Tĩnh", "theme"].tolist() == ["reform", "supervision"]
    # mean over the two provinces: reform (0.6 + 0.1) / 2 = 0.35, supervision (0.4 + 0.9) / 2
    assert leading_item(shares, "share") == "supervision"


def test_groups_with_articles_drops_missing_units(documents):
    profile = group_profiles(documents, "province", min_articles=2)
    present = groups_with_articles(profile)
    assert present.index.tolist() == ["Tỉnh Hà Tĩnh", "Thành phố Hồ Chí Minh"]  # gazetteer order
    assert present.attrs["min_articles"] == 2 and present.attrs["unassigned"] == 1
    levels = groups_with_articles(group_profiles(documents, "admin_level"))
    assert levels.index.tolist() == ["province", "district"]  # the levels' order, not sorted
