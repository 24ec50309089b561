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

from danvan.compare import (
    bootstrap_ratio,
    filter_documents,
    group_labels,
    group_profiles,
    group_rates,
    group_shares,
)
from danvan.corpus.tables import document_year


@pytest.fixture
def documents() -> pd.DataFrame:
    ts = pd.Timestamp
    return pd.DataFrame({
        "doc_id": ["A", "B", "C", "D", "E"],
        "province": ["Hà Tĩnh", "Tỉnh Hà Tĩnh", "TP HCM", "Thành phố Hồ Chí Minh", pd.NA],
        "province_2025": ["Tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "Thành phố Hồ Chí Minh",
                          "Thành phố Hồ Chí Minh", pd.NA],
        "admin_level": ["province", "province", "province", "district", pd.NA],
        "outlet": ["Báo Hà Tĩnh", "Báo Hà Tĩnh", "Thanhuytphcm.vn", pd.NA, "NDO"],
        "published": [ts("2022-03-24"), pd.NaT, ts("2018-10-26"), ts("2020-12-03"), pd.NaT],
        "event_date": [pd.NaT, ts("2022-01-22"), ts("2017-07-26"), pd.NaT, pd.NaT],
        "n_tokens": [1000, 1000, 1000, 3000, 500],
    })


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


def test_findings_are_computed_from_the_tables(documents, counts):
    from danvan.report.findings import comparison_findings

    profile = group_profiles(documents, "province", min_articles=5)
    levels = group_profiles(documents, "admin_level", min_articles=5)
    counts = pd.concat([counts, pd.DataFrame(
        {"doc_id": ["D"], "phrase_id": ["formula_six"], "count": [3]})])
    rates = group_rates(counts, documents, "province", n_boot=50, progress=False)
    keywords = pd.DataFrame(columns=["province", "rank", "word", "g2", "log_ratio"])
    vi, en = comparison_findings(profile, rates, None, keywords, levels,
                                 labels={"formula_six": "six parts"}, min_range=2)
    assert en[0].startswith("4 articles with a known province, from 2 of the 63 provinces")
    assert "1 articles have no province" in en[0]
    assert "Levels: province (3); district (1)" in en[1] and "central, commune" in en[1]
    assert "huyện (1)" in vi[1]
    # formula_six: 3 in 4000 words of HCM = 7.5 per 10,000
    assert "Hồ Chí Minh (six parts: 3, 7.5/10k)" in en[2]
    assert "No word passes the range gate" in en[-2]
    assert en[-1].startswith("2 of the 2 provinces with articles have fewer than 5")
    assert len(vi) == len(en)
