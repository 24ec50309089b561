"""Choropleth maps of Vietnam's provinces with matplotlib only (no tiles, no network, no geopandas).

One :class:`~matplotlib.patches.PathPatch` per unit, its ``gid`` set to the unit's canonical name,
so a figure can be checked unit by unit. Units without a value are grey ("no data", never zero);
units with fewer articles than the minimum are hatched on a pale face (not coloured as data). The
map carries no labels: a ranked bar chart beside it names the units. Hoàng Sa and Trường Sa are
drawn as small marked island groups. :func:`plot_choropleth` draws a mapping
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
from matplotlib.colors import ListedColormap, Normalize, to_rgba
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.textpath import TextToPath
from matplotlib.ticker import MaxNLocator
from mpl_toolkits.axes_grid1 import make_axes_locatable

from danvan.corpus.gazetteer import Level, canonical_province, load_outlines
from danvan.plots.style import count_axis, new_axes

__all__ = ["MISSING_COLOR", "LOW_N_COLOR", "LOW_N_HATCH", "VALUE_LABELS", "ISLANDS", "unit_path",
           "align_to_units", "data_colormap", "plot_choropleth", "plot_group_map", "plot_map_pair",
           "ranking_axes"]

MISSING_COLOR = "#d9d9d9"
LOW_N_HATCH = "////"
# colour-bar label and number format of the columns a group table maps
VALUE_LABELS: dict[str, tuple[str, str]] = {
    "n_articles": ("số bài / articles", "{:.0f}"),
    "n_words": ("số từ / words", "{:.0f}"),
    "rate": ("trên 10.000 từ / per 10,000 words", "{:.1f}"),  # group_rates' default per
    "share": ("tỉ trọng / share", "{:.2f}"),
}
LOW_N_COLOR = "#f4f4f4"  # the pale face of a hatched unit: never a colour of the data scale
MAX_BARS = 25
MIN_ROWS = 10
DATA_COLOR_START = 0.15  # where on a colour map the data scale starts (below: too pale)
# (name, province it belongs to, approximate centre (°E, °N), spread (°), label offset (pt), ha)
ISLANDS = [
    ("Quần đảo Hoàng Sa", "Đà Nẵng", (112.0, 16.5), 0.6, (0, -20), "center"),
    ("Quần đảo Trường Sa", "Khánh Hòa", (114.0, 10.0), 1.0, (0, 30), "center"),
]
_TEXT = TextToPath()
MAP_X = (101.8, 116.0)  # mainland (102.1–109.5 °E) and both island groups
MAP_Y = (7.6, 23.7)
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


def _island_groups(ax: Axes) -> None:
    """Hoàng Sa and Trường Sa as Vietnamese maps draw them: small marked island groups, named."""
    for name, parent, (x, y), spread, (dx, dy), ha in ISLANDS:
        rng = np.random.default_rng(len(name))  # the same islets on every map
        pts = np.array([x, y]) + rng.uniform(-1, 1, size=(9, 2)) * spread
        ax.scatter(pts[:, 0], pts[:, 1], s=4, marker="o", color="#555555", zorder=3, gid=name)
        ax.annotate(f"{name}\n({parent})", (x, y), xytext=(dx, dy), textcoords="offset points",
                    ha=ha, va="center", fontsize=7, fontstyle="italic", color="#333333")


def _ranking(bars: Axes, ranked: pd.Series, faces: Mapping[str, Any], hatched: set[str],
             shorts: Mapping[str, str], fmt: str, shown: int) -> None:
    """A ranked horizontal bar chart beside the map: the names the map itself leaves out."""
    top = ranked.head(shown)
    y = np.arange(len(top))[::-1]
    for yi, (name, value) in zip(y, top.items(), strict=True):
        low = name in hatched
        bars.barh(yi, value, color=faces[name], edgecolor="#777777" if low else "none",
                  linewidth=0.5, hatch=LOW_N_HATCH if low else None, gid=name)
        bars.annotate(fmt.format(value), (value, yi), xytext=(3, 0), textcoords="offset points",
                      va="center", fontsize=_bar_font(len(top)))
    bars.set_yticks(y, [shorts[n] for n in top.index], fontsize=_bar_font(len(top)))
    rows = max(len(top), MIN_ROWS)  # a short ranking keeps slim bars, at the top
    bars.set_ylim(len(top) - rows - 0.7, len(top) - 0.3)
    bars.tick_params(axis="y", length=0)
    bars.spines[["top", "right"]].set_visible(False)
    bars.set_xlim(0, (top.max() if len(top) and top.max() > 0 else 1.0) * 1.25)
    more = len(ranked) - len(top)
    heading = "Xếp hạng / Ranking"
    if more:
        heading += f"\n({len(top)} / {len(ranked)} đơn vị / units)"
    bars.set_title(heading, fontsize=9)


def _text_inches(texts: Iterable[str], n: int) -> float:
    """Width in inches of the widest of ``texts`` at the bar chart's font size for ``n`` bars."""
    font = FontProperties(family=plt.rcParams["font.family"], size=_bar_font(n))
    widths = [_TEXT.get_text_width_height_descent(t, font, ismath=False)[0] for t in texts]
    return max(widths, default=0.0) / 72.0 + 0.1


def _bar_font(n: int) -> float:
    return float(min(9.0, max(6.0, 200.0 / max(n, 1))))


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
    ranking: bool = True,
    max_bars: int = MAX_BARS,
    fmt: str = "{:.1f}",
    counts: bool = False,
) -> Axes:
    """Draw one value per province on the 63-unit (pre-2025) or 34-unit (2025) map.

    ``values`` maps province names to numbers (missing or NaN: grey, "no data"). ``low_n`` names
    the units with too few articles to compare: they are hatched on a pale face, never coloured
    as data, and the colour scale spans the other units only (``min_articles`` words the
    legend). The map carries no labels: with ``ranking`` a bar chart beside it ranks the units
    that have a value (at most ``max_bars``), by short name, with values in ``fmt``. Hoàng Sa and
    Trường Sa are drawn and named. ``counts`` puts whole numbers on the colour bar. Returns the
    map's Axes.
    """
    fc = load_outlines(level)
    aligned = align_to_units(values, level)
    hatched = _canonical_set(low_n, level)
    ax = new_axes(ax, figsize=(9.5, 8.5) if ranking else (5.5, 8.5))
    finite = aligned.dropna()
    comparable = finite[~finite.index.isin(hatched)]
    scale = comparable if len(comparable) else finite
    lo = vmin if vmin is not None else (scale.min() if len(scale) else 0.0)
    hi = vmax if vmax is not None else (scale.max() if len(scale) else 1.0)
    if hi <= lo:
        lo, hi = (lo - 1.0, hi + 1.0) if lo != 0 else (0.0, 1.0)
    norm = Normalize(vmin=lo, vmax=hi)
    colormap = data_colormap(cmap)
    faces: dict[str, Any] = {}
    shorts: dict[str, str] = {}
    for feature in fc["features"]:
        name = feature["properties"]["name"]
        shorts[name] = feature["properties"].get("short") or name
        value = aligned[name]
        if pd.isna(value):
            face = MISSING_COLOR
        elif name in hatched:
            face = LOW_N_COLOR
        else:
            face = colormap(norm(value))
        faces[name] = face
        patch = PathPatch(
            unit_path(feature["geometry"]), facecolor=face, edgecolor="white", linewidth=0.4,
            hatch=LOW_N_HATCH if name in hatched else None, hatchcolor=_contrast(face), gid=name,
        )
        ax.add_patch(patch)
    _island_groups(ax)
    ax.set_xlim(*MAP_X)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.set_ylim(*MAP_Y)
    ax.set_aspect(1.0 / math.cos(math.radians(16.0)))  # equirectangular at Vietnam's mid-latitude
    ax.set_xlabel("Kinh độ / Longitude (°E)")
    ax.set_ylabel("Vĩ độ / Latitude (°N)")
    vi, en = UNITS_VI_EN[level]
    ax.set_title(title or f"{label}\n({vi} / {en})", pad=14)  # clear of the colour bar's top tick
    divider = make_axes_locatable(ax)
    cax = divider.append_axes("right", size="3%", pad=0.1)
    cax.set_label("<colorbar>")
    sm = plt.cm.ScalarMappable(norm=norm, cmap=colormap)
    bar = ax.figure.colorbar(sm, cax=cax, label=label)
    if counts:
        count_axis(bar.ax, "y")
    handles = [Patch(facecolor=MISSING_COLOR, label="không có bài / no articles")]
    if hatched:
        few = (f"< {min_articles} bài: quá ít để so sánh /\n< {min_articles} articles: too few to "
               "compare" if min_articles else "quá ít bài để so sánh /\ntoo few articles to compare")
        handles.append(Patch(facecolor=LOW_N_COLOR, edgecolor="#333333", hatch=LOW_N_HATCH,
                             label=few))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.13), fontsize=7,
              frameon=False)  # below the map, clear of every unit
    if ranking and len(finite):
        ranked = finite.sort_values(ascending=False, kind="stable")
        names = [shorts[n] for n in ranked.index[:max_bars]]
        # room for the colour bar's ticks and label, then for the longest name
        bars = divider.append_axes("right", size="55%", pad=0.75 + _text_inches(names, len(names)))
        bars.set_label("<ranking>")
        ax.danvan_ranking = bars  # type: ignore[attr-defined]
        _ranking(bars, ranked, faces, hatched, shorts, fmt, max_bars)
        bars.set_xlabel(label)
        bars.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=counts))
    return ax


def data_colormap(cmap: str) -> ListedColormap:
    """``cmap`` without its palest part, so that no data colour looks like the pale face of a
    unit with too few articles (or the white of the page)."""
    base = plt.get_cmap(cmap)
    return ListedColormap(base(np.linspace(DATA_COLOR_START, 1.0, 256)), name=f"{base.name}_data")


def ranking_axes(ax: Axes) -> Axes | None:
    """The ranked bar chart :func:`plot_choropleth` drew beside the map ``ax`` (None without)."""
    return getattr(ax, "danvan_ranking", None)


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
    fig = fig if fig is not None else plt.figure(figsize=(17, 9))
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
