"""Choropleth maps of Vietnam's provinces with matplotlib only (no tiles, no network, no geopandas).

One :class:`~matplotlib.patches.PathPatch` per unit, its ``gid`` set to the unit's canonical name,
so a figure can be checked unit by unit. Units without a value are grey ("no data", never zero);
units with fewer articles than the minimum are hatched. :func:`plot_choropleth` draws a mapping
of values; :func:`plot_group_map` draws one column of a group table (a profile, rates, shares);
:func:`plot_map_pair` puts the 63-unit and the 34-unit map side by side.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import Normalize, to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath

from danvan.corpus.gazetteer import Level, canonical_province, load_outlines
from danvan.plots.style import count_axis, new_axes

__all__ = ["MISSING_COLOR", "LOW_N_HATCH", "VALUE_LABELS", "unit_path", "align_to_units",
           "plot_choropleth", "plot_group_map", "plot_map_pair"]

MISSING_COLOR = "#d9d9d9"
LOW_N_HATCH = "////"
# colour-bar label and number format of the columns a group table maps
VALUE_LABELS: dict[str, tuple[str, str]] = {
    "n_articles": ("số bài / articles", "{:.0f}"),
    "n_words": ("số từ / words", "{:.0f}"),
    "rate": ("trên 10.000 từ / per 10,000 words", "{:.1f}"),  # group_rates' default per
    "share": ("tỉ trọng / share", "{:.2f}"),
}
MAX_LABELS = 15
UNITS_VI_EN = {63: ("63 tỉnh, thành", "63 provinces"), 34: ("34 đơn vị, từ 2025", "34 units, 2025")}


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [ring for poly in polys for ring in poly]


def unit_path(geometry: dict[str, Any]) -> MplPath:
    """A compound matplotlib path of every ring of a (Multi)Polygon."""
    verts: list[list[float]] = []
    codes: list[int] = []
    for ring in _rings(geometry):
        verts += ring
        codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY]
    return MplPath(np.asarray(verts, dtype=float), codes)


def align_to_units(values: Mapping[str, float] | pd.Series, level: Level = 63) -> pd.Series:
    """Values re-keyed by canonical unit name, over all units (NaN where there is no value).

    Keys may be written any common way (``Hà Tĩnh``, ``TP HCM``); keys that are not a unit of
    this level are dropped and listed in ``result.attrs["unmatched"]``.
    """
    series = pd.Series(values, dtype="float64") if not isinstance(values, pd.Series) else values
    names = [f["properties"]["name"] for f in load_outlines(level)["features"]]
    out = pd.Series(np.nan, index=pd.Index(names, name="province"), dtype="float64")
    unmatched = []
    for key, value in series.items():
        name = canonical_province(str(key), level)
        if name is None or name not in out.index:
            unmatched.append(key)
        elif pd.notna(value):
            out[name] = float(value)
    out.attrs["unmatched"] = unmatched
    return out


def _canonical_set(names: Iterable[str] | pd.Series | None, level: Level) -> set[str]:
    if names is None:
        return set()
    if isinstance(names, pd.Series):  # a boolean Series indexed by name (profile["low_n"])
        if pd.api.types.is_bool_dtype(names.dtype):
            names = names.index[names.astype("boolean").fillna(False).to_numpy(dtype=bool)]
        else:
            names = names.tolist()
    return {c for n in names if (c := canonical_province(str(n), level)) is not None}


def plot_choropleth(
    values: Mapping[str, float] | pd.Series,
    level: Level = 63,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    label: str = "",
    low_n: Iterable[str] | pd.Series | None = None,
    min_articles: int | None = None,
    cmap: str = "viridis",
    vmin: float | None = None,
    vmax: float | None = None,
    annotate: bool | None = None,
    fmt: str = "{:.1f}",
    counts: bool = False,
) -> Axes:
    """Draw one value per province on the 63-unit (pre-2025) or 34-unit (2025) map.

    ``values`` maps province names to numbers (missing or NaN: grey, "no data"). ``low_n`` names
    the units to hatch for too few articles (``min_articles`` only words the legend). With
    ``annotate`` the units that have a value are labelled with their short name and value (by
    default when at most :data:`MAX_LABELS` units have one: more labels would overlap);
    ``counts`` puts whole numbers on the colour bar. Returns the Axes.
    """
    fc = load_outlines(level)
    aligned = align_to_units(values, level)
    hatched = _canonical_set(low_n, level)
    ax = new_axes(ax, figsize=(5.5, 8.5))
    finite = aligned.dropna()
    if annotate is None:
        annotate = len(finite) <= MAX_LABELS
    lo = vmin if vmin is not None else (finite.min() if len(finite) else 0.0)
    hi = vmax if vmax is not None else (finite.max() if len(finite) else 1.0)
    if hi <= lo:
        lo, hi = (lo - 1.0, hi + 1.0) if lo != 0 else (0.0, 1.0)
    norm = Normalize(vmin=lo, vmax=hi)
    colormap = plt.get_cmap(cmap)
    placed: list[tuple[float, float]] = []
    for feature in fc["features"]:
        name = feature["properties"]["name"]
        value = aligned[name]
        face = MISSING_COLOR if pd.isna(value) else colormap(norm(value))
        patch = PathPatch(
            unit_path(feature["geometry"]), facecolor=face, edgecolor="white", linewidth=0.4,
            hatch=LOW_N_HATCH if name in hatched else None, hatchcolor=_contrast(face), gid=name,
        )
        ax.add_patch(patch)
        if annotate and pd.notna(value):
            x, y = _label_point(feature["geometry"])
            # push a label down when an earlier one sits close by (Hà Nội, Hải Phòng…)
            dy = -22.0 * sum(abs(y - py) < 0.6 and abs(x - px) < 2.5 for px, py in placed)
            placed.append((x, y))
            text = f"{feature['properties']['short']}\n{fmt.format(value)}"
            ax.annotate(text, (x, y), xytext=(12, dy), textcoords="offset points", fontsize=7,
                        va="center", arrowprops={"arrowstyle": "-", "lw": 0.5},
                        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "alpha": 0.8, "lw": 0})
    ax.autoscale_view()
    ax.set_aspect(1.0 / math.cos(math.radians(16.0)))  # equirectangular at Vietnam's mid-latitude
    ax.set_xlabel("Kinh độ / Longitude (°E)")
    ax.set_ylabel("Vĩ độ / Latitude (°N)")
    vi, en = UNITS_VI_EN[level]
    ax.set_title(title or f"{label}\n({vi} / {en})")
    sm = plt.cm.ScalarMappable(norm=norm, cmap=colormap)
    bar = ax.figure.colorbar(sm, ax=ax, shrink=0.5, label=label)
    if counts:
        count_axis(bar.ax, "y")
    handles = [Patch(facecolor=MISSING_COLOR, label="không có bài / no articles")]
    if hatched:
        few = f"< {min_articles} bài / articles" if min_articles else "ít bài / few articles"
        handles.append(Patch(facecolor="white", edgecolor="black", hatch=LOW_N_HATCH, label=few))
    ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False)
    return ax


def _group_values(table: pd.DataFrame, value: str, item: object | None) -> tuple[pd.DataFrame, str]:
    """The rows of ``table`` (one ``item`` of a long table) indexed by group, and the grouping."""
    by = table.attrs.get("grouping") or table.index.name
    if by not in ("province", "province_2025"):
        raise ValueError(f"a map needs a table by province or province_2025, not by {by!r}")
    item_col = table.attrs.get("item")
    rows = table
    if item_col is not None and item_col in table:
        if item is not None:
            rows = table[table[item_col] == item]
        elif table[item_col].nunique() > 1:
            raise ValueError(f"the table holds several {item_col} values: say which with item=")
    if by in rows.columns:
        rows = rows.set_index(by)
    return rows, by


def plot_group_map(
    table: pd.DataFrame,
    value: str = "n_articles",
    *,
    item: object | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    label: str | None = None,
    fmt: str | None = None,
    cmap: str = "Blues",
    **options: Any,
) -> Axes:
    """Map ``value`` of a group table by ``province`` (63 units) or ``province_2025`` (34).

    ``table`` is a :func:`~danvan.compare.group_profiles` table or a long rates / shares table
    (then ``item`` picks the phrase or theme when it holds several). Its ``low_n`` column hatches
    the units with few articles; the colour-bar label and format follow ``value`` (see
    :data:`VALUE_LABELS`). ``options`` go to :func:`plot_choropleth`. Returns the Axes.
    """
    rows, by = _group_values(table, value, item)
    default_label, default_fmt = VALUE_LABELS.get(value, (value, "{:.1f}"))
    level: Level = 34 if by == "province_2025" else 63
    low_n = rows["low_n"] if "low_n" in rows else None
    return plot_choropleth(
        rows[value], level, ax=ax, title=title, label=label or default_label, low_n=low_n,
        min_articles=table.attrs.get("min_articles"), cmap=cmap, fmt=fmt or default_fmt,
        counts=value in ("n_articles", "n_words"), **options,
    )


def plot_map_pair(
    table63: pd.DataFrame,
    table34: pd.DataFrame,
    value: str = "n_articles",
    *,
    title: tuple[str, str],
    fig: Figure | None = None,
    **options: Any,
) -> Figure:
    """The 63-unit map (before 2025) and the 34-unit map (after the merger) side by side.

    ``table63`` is by ``province``, ``table34`` by ``province_2025``; ``title`` is
    ``(Vietnamese, English)``, completed with each map's units. ``options`` go to
    :func:`plot_group_map`. Returns the Figure.
    """
    fig = fig if fig is not None else plt.figure(figsize=(12, 9))
    axes = fig.subplots(1, 2)
    vi, en = title
    for ax, table, level in ((axes[0], table63, 63), (axes[1], table34, 34)):
        units_vi, units_en = UNITS_VI_EN[level]
        plot_group_map(table, value, ax=ax, title=f"{vi} ({units_vi})\n{en} ({units_en})", **options)
    return fig


def _contrast(face: object) -> str:
    """Hatch colour that shows on a face colour: dark on light faces, white on dark ones."""
    r, g, b, _ = to_rgba(face)  # type: ignore[arg-type]
    return "#333333" if 0.299 * r + 0.587 * g + 0.114 * b > 0.5 else "white"


def _label_point(geometry: dict[str, Any]) -> tuple[float, float]:
    """Mean vertex of the unit's largest ring: a cheap point inside most provinces."""
    rings = _rings(geometry)
    ring = np.asarray(max(rings, key=len), dtype=float)
    return float(ring[:, 0].mean()), float(ring[:, 1].mean())
