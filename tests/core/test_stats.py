"""danvan.core.stats against published worked examples and hand computation from the definitions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from danvan.core import stats

# ---------------------------------------------------------------- keyness: G² (Rayson & Garside)


def test_log_likelihood_hand_example_equal_corpora():
    # a=20 in 1000 words, b=10 in 1000 words. E1 = E2 = 1000·30/2000 = 15.
    # G² = 2·(20·ln(20/15) + 10·ln(10/15)) = 2·(20·0.2876821 − 10·0.4054651)
    #    = 2·(5.753641 − 4.054651) = 2·1.698990 = 3.397980
    assert stats.log_likelihood(20, 10, 1000, 1000) == pytest.approx(3.397980, abs=1e-6)


def test_log_likelihood_hand_example_unequal_corpora_and_zero():
    # a=0 in c=5000, b=12 in d=10000. E2 = 10000·12/15000 = 8.
    # G² = 2·(0 + 12·ln(12/8)) = 24·0.4054651 = 9.731163 (0·ln 0 taken as 0)
    assert stats.log_likelihood(0, 12, 5000, 10000) == pytest.approx(9.731163, abs=1e-6)
    # a=50 in 10000, b=50 in 40000: E1 = 10000·100/50000 = 20, E2 = 80.
    # G² = 2·(50·ln 2.5 + 50·ln 0.625) = 2·(45.814537 − 23.500181) = 44.628713
    assert stats.log_likelihood(50, 50, 10000, 40000) == pytest.approx(44.628713, abs=1e-5)


def test_log_likelihood_equal_rates_is_zero_and_no_occurrence_is_nan():
    assert stats.log_likelihood(5, 10, 1000, 2000) == pytest.approx(0.0, abs=1e-12)
    assert math.isnan(stats.log_likelihood(0, 0, 1000, 2000))


def test_g2_contingency_dunning_1993_worked_example():
    # Dunning (1993: 72): k(AB)=110, k(A¬B)=2442, k(¬AB)=111, k(¬A¬B)=29114 → −2 log λ = 270.72
    assert stats.g2_contingency(110, 2442, 111, 29114) == pytest.approx(270.72, abs=0.005)


def test_g2_contingency_equals_keyness_sum_when_corpus_sizes_dominate():
    # The four-cell G² adds the terms for the other words; for a=b=0 there is no evidence.
    assert stats.g2_contingency(0, 100, 0, 100) == pytest.approx(0.0)


# ---------------------------------------------------------------- keyness: Log Ratio (Hardie)


def test_log_ratio_hand_examples():
    # (20/1000)/(10/1000) = 2 → log2 = 1
    assert stats.log_ratio(20, 10, 1000, 1000) == pytest.approx(1.0)
    # (10/1000)/(40/2000) = 0.01/0.02 = 0.5 → −1
    assert stats.log_ratio(10, 40, 1000, 2000) == pytest.approx(-1.0)
    # zero in the reference: b → 0.5 (Hardie 2014): (8/1000)/(0.5/1000) = 16 → 4
    assert stats.log_ratio(8, 0, 1000, 1000) == pytest.approx(4.0)
    assert math.isnan(stats.log_ratio(0, 0, 1000, 1000))


def test_p_value_from_g2_chi_square_one_df():
    # 3.841459 is the 95% point of χ²(1); 6.634897 the 99% point; 10.827566 the 99.9% point
    assert stats.p_value_from_g2(3.841459) == pytest.approx(0.05, abs=1e-6)
    assert stats.p_value_from_g2(6.634897) == pytest.approx(0.01, abs=1e-6)
    assert stats.p_value_from_g2(10.827566) == pytest.approx(0.001, abs=1e-7)


def test_keyness_functions_are_vectorised():
    g2 = stats.log_likelihood(np.array([20, 0]), np.array([10, 12]), 1000, np.array([1000, 2000]))
    assert isinstance(g2, np.ndarray)
    # second: a=0, b=12, c=1000, d=2000: E2 = 2000·12/3000 = 8 → 24·ln 1.5 = 9.731163
    assert g2 == pytest.approx([3.397980, 9.731163], abs=1e-6)
    lr = stats.log_ratio([20, 10], [10, 40], [1000, 1000], [1000, 2000])
    assert lr == pytest.approx([1.0, -1.0])
    p = stats.p_value_from_g2(np.array([3.841459, np.nan]))
    assert p[0] == pytest.approx(0.05, abs=1e-6) and np.isnan(p[1])
    assert isinstance(stats.log_likelihood(20, 10, 1000, 1000), float)


# ---------------------------------------------------------------- collocation measures


def test_t_score_manning_schuetze_new_companies():
    # Manning & Schütze (1999: 165): f(new)=15828, f(companies)=4675, f(new companies)=8,
    # N=14307668 → t ≈ 0.999932
    assert stats.t_score(8, 15828, 4675, 14307668) == pytest.approx(0.999932, abs=1e-6)


def test_mi_manning_schuetze_ayatollah_ruhollah():
    # Manning & Schütze (1999: 179, table 5.14): f(x)=42, f(y)=20, f(xy)=20, N=14307668 → 18.38
    assert stats.mi(20, 42, 20, 14307668) == pytest.approx(18.38, abs=0.005)


def test_mi_and_t_score_hand_examples():
    # O=10, f_x=100, f_y=50, N=10000: E = 100·50/10000 = 0.5; MI = log2(20) = 4.321928
    assert stats.mi(10, 100, 50, 10000) == pytest.approx(4.321928, abs=1e-6)
    # t = (10 − 0.5)/√10 = 9.5/3.162278 = 3.004164
    assert stats.t_score(10, 100, 50, 10000) == pytest.approx(3.004164, abs=1e-6)
    # with a 4-position window (span=4): E = 2, MI = log2(5) = 2.321928, t = 8/√10 = 2.529822
    assert stats.mi(10, 100, 50, 10000, span=4) == pytest.approx(2.321928, abs=1e-6)
    assert stats.t_score(10, 100, 50, 10000, span=4) == pytest.approx(2.529822, abs=1e-6)


def test_log_dice_hand_examples():
    # f_xy = f_x = f_y: 14 + log2(1) = 14, the maximum (Rychlý 2008)
    assert stats.log_dice(30, 30, 30) == pytest.approx(14.0)
    # f_xy=10, f_x=100, f_y=60: 14 + log2(20/160) = 14 − 3 = 11
    assert stats.log_dice(10, 100, 60) == pytest.approx(11.0)
    # f_xy=1, f_x=1000, f_y=24: 14 + log2(2/1024) = 14 − 9 = 5
    assert stats.log_dice(1, 1000, 24) == pytest.approx(5.0)
    assert stats.log_dice(np.array([30, 10]), np.array([30, 100]), np.array([30, 60])) == (
        pytest.approx([14.0, 11.0])
    )


# ---------------------------------------------------------------- dispersion


def test_gries_dp_lijffijt_gries_2012_table_1():
    # Three equal parts; 2/3 of the occurrences in one, 1/3 in another:
    # DP = (|2/3 − 1/3| + |1/3 − 1/3| + |0 − 1/3|)/2 = 1/3; DPnorm = (1/3)/(1 − 1/3) = 0.5
    dp, dpnorm = stats.gries_dp([2, 1, 0], [100, 100, 100])
    assert dp == pytest.approx(1 / 3)
    assert dpnorm == pytest.approx(0.5)


def test_gries_dp_lyne_allemand():
    # Lyne (1985) ALLEMAND in ten parts, DP = 0.4990705 as printed in the tlda package README
    # (Sönning, Gries-direction scaling). DPnorm = DP/(1 − 7930/80577) by hand = 0.553548.
    x = [2, 0, 1, 1, 3, 0, 3, 0, 0, 0]
    y = [8143, 8058, 8271, 8125, 7959, 7941, 8146, 8001, 8003, 7930]
    dp, dpnorm = stats.gries_dp(x, y)
    assert dp == pytest.approx(0.4990705, abs=1e-7)
    assert dpnorm == pytest.approx(0.4990705 / (1 - 7930 / 80577), abs=1e-7)
    assert dpnorm == pytest.approx(0.553548, abs=1e-6)


def test_gries_dp_extremes():
    # spread exactly as the sizes: 0; all in the smallest part: DPnorm = 1
    assert stats.gries_dp([1, 2, 3], [10, 20, 30])[0] == pytest.approx(0.0)
    # all in part 1 of sizes 10, 20, 30 (shares 1/6, 1/3, 1/2): DP = (5/6 + 1/3 + 1/2)/2 = 5/6
    dp, dpnorm = stats.gries_dp([4, 0, 0], [10, 20, 30])
    assert dp == pytest.approx(5 / 6)
    assert dpnorm == pytest.approx(1.0)
    assert all(math.isnan(v) for v in stats.gries_dp([0, 0], [5, 5]))
