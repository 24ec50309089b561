"""Corpus statistics as plain functions of counts (scalars or numpy arrays, vectorised).

Keyness (a word in a target corpus against a reference corpus):

* :func:`log_likelihood`: G² of Rayson & Garside (2000), the Lancaster log-likelihood
  calculator's formula: ``E1 = c·(a+b)/(c+d)``, ``E2 = d·(a+b)/(c+d)``,
  ``G² = 2·(a·ln(a/E1) + b·ln(b/E2))`` with ``0·ln 0 = 0``; no Williams' correction.
* :func:`log_ratio`: Hardie (2014), ``log2((a/c)/(b/d))``; a zero frequency is replaced by
  ``zero_adjust`` (0.5 by default, Hardie's suggestion) before dividing, and 0 in both corpora
  gives NaN (the word is not in either corpus).
* :func:`p_value_from_g2`: upper tail of chi-square with 1 degree of freedom.

Collocation (node x, collocate y, joint frequency ``f_xy`` in a sample of ``n``):

* :func:`expected` ``E = f_x·f_y/n`` (times ``span`` for window-based counts),
* :func:`mi` Church & Hanks (1990) ``log2(O/E)``,
* :func:`t_score` ``(O − E)/√O``,
* :func:`log_dice` Rychlý (2008) ``14 + log2(2·f_xy/(f_x + f_y))``,
* :func:`g2_contingency` the four-cell G² of Dunning (1993) for a 2×2 table.

Dispersion: :func:`gries_dp` DP of Gries (2008) and DPnorm of Lijffijt & Gries (2012).

Every function returns a Python float for scalar input and an ndarray for array input.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike
from scipy import stats as _sps

__all__ = [
    "FORMULAS",
    "log_likelihood",
    "log_ratio",
    "p_value_from_g2",
    "expected",
    "mi",
    "t_score",
    "log_dice",
    "g2_contingency",
    "gries_dp",
]

#: Name and formula of each measure, for table captions (``df.attrs["formula"]``).
FORMULAS: dict[str, str] = {
    "log_likelihood": "G² = 2·Σ O·ln(O/E) over target and reference (Rayson & Garside 2000)",
    "log_ratio": "Log Ratio = log2((a/c)/(b/d)), zero frequencies set to 0.5 (Hardie 2014)",
    "mi": "MI = log2(O/E), E = f(node)·f(collocate)·span/N (Church & Hanks 1990)",
    "t_score": "t = (O − E)/√O (Church et al. 1991)",
    "log_dice": "logDice = 14 + log2(2·f(xy)/(f(x) + f(y))) (Rychlý 2008)",
    "g2": "G² = 2·Σ O·ln(O/E) over the four cells of the 2×2 table (Dunning 1993)",
    "dp": "DP = ½·Σ|v_i/f − s_i| (Gries 2008); DPnorm = DP/(1 − min s_i) (Lijffijt & Gries 2012)",
}


def _out(x: np.ndarray, *inputs: Any) -> Any:
    """A float when every input was a scalar, else the array."""
    if all(np.ndim(i) == 0 for i in inputs):
        return float(x)
    return x


def _xlogx_over(o: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``o·ln(o/e)`` with ``0·ln(0/e) = 0``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        term = o * np.log(o / e)
    return np.where(o > 0, term, 0.0)


def log_likelihood(a: ArrayLike, b: ArrayLike, c: ArrayLike, d: ArrayLike) -> Any:
    """G² keyness: frequency ``a`` in a target of ``c`` words, ``b`` in a reference of ``d``.

    Always ≥ 0 (the direction is the sign of :func:`log_ratio`). NaN where ``a + b == 0``.
    """
    a_, b_, c_, d_ = (np.asarray(v, dtype=float) for v in (a, b, c, d))
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled = (a_ + b_) / (c_ + d_)
        e1, e2 = c_ * pooled, d_ * pooled
        g2 = 2.0 * (_xlogx_over(a_, e1) + _xlogx_over(b_, e2))
    g2 = np.where(a_ + b_ > 0, np.maximum(g2, 0.0), np.nan)
    return _out(g2, a, b, c, d)


def log_ratio(
    a: ArrayLike, b: ArrayLike, c: ArrayLike, d: ArrayLike, zero_adjust: float = 0.5
) -> Any:
    """Hardie's Log Ratio: binary log of the ratio of relative frequencies (target over reference).

    1 means twice as frequent in the target, −1 half as frequent. A zero frequency is replaced by
    ``zero_adjust`` (default 0.5) so the ratio stays finite; NaN where both are zero.
    """
    a_, b_, c_, d_ = (np.asarray(v, dtype=float) for v in (a, b, c, d))
    both_zero = (a_ == 0) & (b_ == 0)
    a_adj = np.where(a_ == 0, zero_adjust, a_)
    b_adj = np.where(b_ == 0, zero_adjust, b_)
    lr = np.log2((a_adj / c_) / (b_adj / d_))
    lr = np.where(both_zero, np.nan, lr)
    return _out(lr, a, b, c, d)


def p_value_from_g2(g2: ArrayLike) -> Any:
    """p-value of a G² (or χ²) statistic with 1 degree of freedom (NaN stays NaN)."""
    g = np.asarray(g2, dtype=float)
    return _out(_sps.chi2.sf(g, df=1), g2)


def expected(f_x: ArrayLike, f_y: ArrayLike, n: ArrayLike, span: ArrayLike = 1) -> Any:
    """Expected co-occurrence frequency ``f_x·f_y·span/n`` (span = number of window positions)."""
    e = np.asarray(f_x, dtype=float) * np.asarray(f_y, dtype=float) * np.asarray(span, dtype=float)
    return _out(e / np.asarray(n, dtype=float), f_x, f_y, n, span)


def mi(f_xy: ArrayLike, f_x: ArrayLike, f_y: ArrayLike, n: ArrayLike, span: ArrayLike = 1) -> Any:
    """Pointwise mutual information ``log2(O/E)`` (Church & Hanks 1990); −inf where O = 0."""
    o = np.asarray(f_xy, dtype=float)
    e = np.asarray(expected(f_x, f_y, n, span), dtype=float)
    with np.errstate(divide="ignore"):
        v = np.log2(o / e)
    return _out(v, f_xy, f_x, f_y, n, span)


def t_score(
    f_xy: ArrayLike, f_x: ArrayLike, f_y: ArrayLike, n: ArrayLike, span: ArrayLike = 1
) -> Any:
    """t-score ``(O − E)/√O``; NaN where O = 0."""
    o = np.asarray(f_xy, dtype=float)
    e = np.asarray(expected(f_x, f_y, n, span), dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = np.where(o > 0, (o - e) / np.sqrt(o), np.nan)
    return _out(v, f_xy, f_x, f_y, n, span)


def log_dice(f_xy: ArrayLike, f_x: ArrayLike, f_y: ArrayLike) -> Any:
    """logDice ``14 + log2(2·f_xy/(f_x + f_y))`` (Rychlý 2008): at most 14, independent of N."""
    o = np.asarray(f_xy, dtype=float)
    with np.errstate(divide="ignore"):
        v = 14.0 + np.log2(2.0 * o / (np.asarray(f_x, dtype=float) + np.asarray(f_y, dtype=float)))
    return _out(v, f_xy, f_x, f_y)


def g2_contingency(o11: ArrayLike, o12: ArrayLike, o21: ArrayLike, o22: ArrayLike) -> Any:
    """Four-cell G² for the 2×2 table ``[[o11, o12], [o21, o22]]`` (Dunning 1993); unsigned."""
    cells = [np.asarray(v, dtype=float) for v in (o11, o12, o21, o22)]
    o11_, o12_, o21_, o22_ = cells
    n = o11_ + o12_ + o21_ + o22_
    r1, r2 = o11_ + o12_, o21_ + o22_
    c1, c2 = o11_ + o21_, o12_ + o22_
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2.0 * (
            _xlogx_over(o11_, r1 * c1 / n)
            + _xlogx_over(o12_, r1 * c2 / n)
            + _xlogx_over(o21_, r2 * c1 / n)
            + _xlogx_over(o22_, r2 * c2 / n)
        )
    return _out(np.maximum(g2, 0.0), o11, o12, o21, o22)


def gries_dp(freqs: ArrayLike, sizes: ArrayLike) -> tuple[float, float]:
    """Gries' DP and DPnorm of an item with frequencies ``freqs`` in corpus parts of ``sizes``.

    DP = ½·Σ|v_i/f − s_i| with v_i the item's frequency in part i, f its total and s_i the part's
    share of the corpus; 0 = spread exactly as the part sizes predict, near 1 = concentrated.
    DPnorm = DP/(1 − min s_i) (Lijffijt & Gries 2012's correction), which reaches 1 when every
    occurrence is in the smallest part. NaN for an item that never occurs.
    """
    v = np.asarray(freqs, dtype=float)
    s = np.asarray(sizes, dtype=float)
    if v.shape != s.shape or v.ndim != 1:
        raise ValueError("freqs and sizes must be 1-d and of equal length")
    total = v.sum()
    if total == 0 or s.sum() == 0:
        return float("nan"), float("nan")
    share = s / s.sum()
    dp = 0.5 * float(np.abs(v / total - share).sum())
    denom = 1.0 - float(share.min())
    return dp, (dp / denom if denom > 0 else float("nan"))
