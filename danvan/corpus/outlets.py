"""Outlets and sources: an aggregator (baomoi.com…) republishes other outlets' articles, so it is
a *source*, not an outlet; analyses that count outlets count its articles of unknown origin as
one."""

from __future__ import annotations

import pandas as pd

from danvan.core.text import fold

#: Sites that republish other outlets' articles: a *source*, not an outlet (folded substrings).
AGGREGATORS: tuple[str, ...] = ("baomoi", "báomới", "24h.com.vn", "tinmoi", "docbao", "news.google",
                                "msn.com", "yahoo")
UNKNOWN_ORIGIN = "(unknown origin)"


def is_aggregator(outlet: object) -> bool:
    """True for an aggregator (:data:`AGGREGATORS`): ``baomoi.com``, ``Báo Mới``…"""
    if not isinstance(outlet, str):
        return False
    key = fold(outlet).replace(" ", "")
    return any(a in key for a in AGGREGATORS)


def outlet_key(outlet: object) -> str | None:
    """The outlet to count: None when unknown, :data:`UNKNOWN_ORIGIN` for an aggregator."""
    if not isinstance(outlet, str) or not outlet.strip():
        return None
    return UNKNOWN_ORIGIN if is_aggregator(outlet) else outlet.strip()


def known_outlets(outlets: pd.Series) -> pd.Series:
    """The outlet names of a Series that are outlets, not aggregators (missing ones dropped)."""
    named = outlets.dropna()
    return named[~named.map(is_aggregator)]
