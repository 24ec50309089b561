"""Choropleth maps of Vietnam's provinces with matplotlib only (no tiles, no network, no geopandas).

One :class:`~matplotlib.patches.PathPatch` per unit, its ``gid`` set to the unit's canonical name,
so a figure can be checked unit by unit. Units without a value are grey ("no data", never zero);
units with fewer articles than the minimum are hatched.
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
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath

from danvan.corpus.gazetteer import Level, canonical_province, load_outlines

__all__ = ["MISSING_COLOR", "LOW_N_HATCH", "unit_path", "align_to_units", "choropleth"]

MISSING_COLOR = "#d9d9d9"
LOW_N_HATCH = "////"


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


def choropleth(
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
    annotate: bool = True,
    fmt: str = "{:.1f}",
) -> Axes:
    """Draw one value per province on the 63-unit (pre-2025) or 34-unit (2025) map.

    ``values`` maps province names to numbers (missing or NaN: grey, "no data"). ``low_n`` names
    the units to hatch for too few articles (``min_articles`` only words the legend). With
    ``annotate`` the units that have a value are labelled with their short name and value.
    """
    fc = load_outlines(level)
    aligned = align_to_units(values, level)
    hatched = _canonical_set(low_n, level)
    if ax is None:
        _, ax = plt.subplots(figsize=(5.5, 8.5))
    finite = aligned.dropna()
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
    ax.set_title(title or f"{label} ({level} tỉnh, thành / provinces)")
    sm = plt.cm.ScalarMappable(norm=norm, cmap=colormap)
    ax.figure.colorbar(sm, ax=ax, shrink=0.5, label=label)
    handles = [Patch(facecolor=MISSING_COLOR, label="không có bài / no articles")]
    if hatched:
        few = f"< {min_articles} bài / articles" if min_articles else "ít bài / few articles"
        handles.append(Patch(facecolor="white", edgecolor="black", hatch=LOW_N_HATCH, label=few))
    ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False)
    return ax


def _contrast(face: object) -> str:
    """Hatch colour that shows on a face colour: dark on light faces, white on dark ones."""
    r, g, b, _ = to_rgba(face)  # type: ignore[arg-type]
    return "#333333" if 0.299 * r + 0.587 * g + 0.114 * b > 0.5 else "white"


def _label_point(geometry: dict[str, Any]) -> tuple[float, float]:
    """Mean vertex of the unit's largest ring: a cheap point inside most provinces."""
    rings = _rings(geometry)
    ring = np.asarray(max(rings, key=len), dtype=float)
    return float(ring[:, 0].mean()), float(ring[:, 1].mean())
