"""Collocates of a node word within a window: MI, t-score, G² and logDice.

Counting follows Evert (2008)'s *surface co-occurrence*: every occurrence of the node opens a
window of ``left`` units before and ``right`` after (inside one sentence); overlapping windows are
merged and the node's own occurrences left out, so each unit counts once (*dân biết, dân bàn, dân
làm* has one *bàn* near the node, not three). ``f_xy`` is how many units inside the windows are
the collocate (never more than ``f_y``), ``W`` the number of window positions, ``f_y`` the
collocate's corpus frequency and ``N`` the corpus size (units). Then ``E = W·f_y/N`` and

* MI = log2(f_xy/E), t = (f_xy − E)/√f_xy (:mod:`danvan.core.stats`),
* G² on the 2×2 table [[f_xy, W − f_xy], [f_y − f_xy, N − W − f_y + f_xy]],
* logDice = 14 + log2(2·f_xy/(f_node + f_y)).

The returned table carries ``attrs["measure"]`` (the sort measure), ``attrs["formula"]`` and
``attrs["caption"]``: show the caption with the table (:func:`caption`). :func:`collocation_tables`
gives the top collocates under several measures, one short table each, for a notebook page.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from danvan.core import stats
from danvan.core.text import fold
from danvan.reading.columns import unit_columns

__all__ = ["MEASURES", "SHOWN", "collocations", "collocation_tables", "caption"]

MEASURES = {
    "log_dice": stats.FORMULAS["log_dice"],
    "mi": "MI = log2(O/E), E = W·f(collocate)/N, W = window positions (Church & Hanks 1990)",
    "t_score": "t = (O − E)/√O, E = W·f(collocate)/N",
    "g2": stats.FORMULAS["g2"],
    "freq": "O = co-occurrences inside the window",
}


def collocations(
    corpus: Any,
    node: str,
    window: int | tuple[int, int] = 5,
    unit: str = "word",
    min_freq: int = 3,
    measure: str = "log_dice",
    stopwords: set[str] | None = None,
) -> pd.DataFrame:
    """Collocates of ``node`` (one word: ``dân_vận`` or ``dân vận`` in word units).

    Columns: collocate, f_xy, f_collocate, f_node, window_positions, N, expected, mi, t_score,
    g2, log_dice; rows with ``f_xy >= min_freq``, sorted by ``measure`` (descending).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {sorted(MEASURES)}")
    left, right = (window, window) if isinstance(window, int) else window
    node_key = fold(node).replace(" ", "_") if unit == "word" else fold(node)
    stop = {fold(s) for s in (stopwords or set())}
    cols = unit_columns(corpus, unit)
    ids, n_total = cols.ids, len(cols.ids)
    freq = np.bincount(ids, minlength=len(cols.names))
    node_id = cols.key_id(node_key)
    at = np.flatnonzero(ids == node_id) if node_id is not None else np.zeros(0, np.int64)
    f_node = len(at)
    # each node opens [i - left, i + right] inside its sequence; the union of the windows, less the
    # nodes themselves, is where co-occurrences are counted (each unit once)
    seq = np.cumsum(cols.begins) - 1
    first = np.flatnonzero(cols.begins)
    ends = np.r_[first[1:], n_total]
    lo = np.maximum(at - left, first[seq[at]]) if f_node else at
    hi = np.minimum(at + right + 1, ends[seq[at]]) if f_node else at
    depth = np.bincount(lo, minlength=n_total + 1) - np.bincount(hi, minlength=n_total + 1)
    inside = np.cumsum(depth[:-1]) > 0
    inside[at] = False
    positions = int(inside.sum())
    co = np.bincount(ids[inside], minlength=len(cols.names))
    names = cols.names
    rows = [(names[c], int(co[c]), int(freq[c])) for c in np.flatnonzero(co >= min_freq).tolist()
            if names[c] not in stop and c != node_id]
    df = pd.DataFrame(rows, columns=["collocate", "f_xy", "f_collocate"])
    df["f_node"] = f_node
    df["window_positions"] = positions
    df["N"] = n_total
    o = df["f_xy"].to_numpy(float)
    fy = df["f_collocate"].to_numpy(float)
    df["expected"] = stats.expected(positions, fy, n_total) if len(df) else np.array([])
    df["mi"] = stats.mi(o, positions, fy, n_total)
    df["t_score"] = stats.t_score(o, positions, fy, n_total)
    df["g2"] = stats.g2_contingency(o, positions - o, fy - o, n_total - positions - fy + o)
    df["log_dice"] = stats.log_dice(o, f_node, fy)
    sort_col = "f_xy" if measure == "freq" else measure
    df = df.sort_values([sort_col, "f_xy", "collocate"], ascending=[False, False, True])
    df = df.reset_index(drop=True)
    df.attrs.update(
        {
            "node": node, "window": (left, right), "unit": unit, "min_freq": min_freq,
            "measure": measure, "formula": MEASURES[measure],
            "formulas": {k: v for k, v in MEASURES.items() if k != "freq"},
        }
    )
    df.attrs["caption"] = caption(df)
    return df


#: The columns a reader needs, in order: the collocate, the counts behind it, the four measures.
SHOWN = ["collocate", "f_xy", "f_collocate", "expected", "mi", "t_score", "g2", "log_dice"]


def collocation_tables(
    corpus: Any,
    node: str,
    measures: tuple[str, ...] = ("log_dice", "mi"),
    top: int = 12,
    **options: Any,
) -> list[pd.DataFrame]:
    """The ``top`` collocates of ``node`` under each measure, one table per measure.

    Each table has the :data:`SHOWN` columns and the caption of :func:`collocations` (which
    takes ``options``: window, unit, min_freq, stopwords).
    """
    out = []
    for measure in measures:
        full = collocations(corpus, node, measure=measure, **options)
        shown = full.head(top)[SHOWN].copy()
        shown.attrs = dict(full.attrs)
        out.append(shown)
    return out


def caption(df: pd.DataFrame) -> str:
    """One-line caption: node, window, minimum frequency, sort measure and its formula."""
    a = df.attrs
    left, right = a.get("window", (0, 0))
    return (
        f"Collocates of “{a.get('node')}” ({a.get('unit')}s, window L{left}–R{right}, "
        f"min. frequency {a.get('min_freq')}), sorted by {a.get('measure')}: {a.get('formula')}"
    )
