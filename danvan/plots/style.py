"""The look every figure shares: fonts that carry Vietnamese, sizes, and the Axes helpers that
``plot_*`` functions start from."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

FONT = "DejaVu Sans"  # ships with matplotlib and carries every Vietnamese letter


def set_style() -> None:
    """Readable figures whose Vietnamese diacritics render."""
    mpl.rcParams.update(
        {
            "font.family": FONT,
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "figure.figsize": (8, 4.5),
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )


def new_axes(ax: Axes | None = None, figsize: Sequence[float] | None = None) -> Axes:
    """``ax`` itself, or the Axes of a new figure of ``figsize``."""
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=tuple(figsize) if figsize is not None else None)
    return ax


def label(ax: Axes, title: str, xlabel: str, ylabel: str) -> Axes:
    """Title and axis labels (bilingual ``Vietnamese / English`` by convention)."""
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def count_axis(ax: Axes, axis: str = "y") -> Axes:
    """Whole-number ticks on a count axis (no 0.5 articles)."""
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))
    return ax
