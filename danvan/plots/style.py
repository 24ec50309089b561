"""The look every figure shares: fonts that carry Vietnamese, sizes, the Axes helpers that
``plot_*`` functions start from, and the alt text every figure carries into the reports."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

FONT = "DejaVu Sans"  # ships with matplotlib and carries every Vietnamese letter
UNTITLED = "Biểu đồ không có tiêu đề / Untitled figure"
_ALT_ATTR = "_danvan_alt"


def set_style() -> None:
    """Readable figures whose Vietnamese diacritics render; figures shown in a notebook carry
    alt text (:func:`enable_alt_text`)."""
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
    enable_alt_text()


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


def _flat(text: str) -> str:
    return " ".join(text.split())


def describe(target: Axes | Figure, vi: str, en: str) -> Axes | Figure:
    """Set the alt text of ``target``'s figure to ``vi / en`` (instead of the derived one)."""
    setattr(target.get_figure(root=True), _ALT_ATTR, f"{_flat(vi)} / {_flat(en)}")
    return target


def _axes_text(ax: Axes) -> str:
    title = _flat(" ".join(t for t in (ax.get_title("left"), ax.get_title(), ax.get_title("right")) if t))
    labels = [_flat(t) for t in (ax.get_xlabel(), ax.get_ylabel()) if t.strip()]
    if ax.get_label() == "<colorbar>":
        return f"thang màu / colour scale: {'; '.join(labels)}" if labels else ""
    axes = f"trục / axes: {'; '.join(labels)}" if labels else ""
    return f"{title} ({axes})" if title and axes else title or axes


def figure_alt(fig: Figure) -> str:
    """Alt text of a figure: the one set by :func:`describe`, else its titles and axis labels
    (bilingual by the figure convention), else :data:`UNTITLED`."""
    fig = fig.get_figure(root=True)
    explicit = getattr(fig, _ALT_ATTR, None)
    if explicit:
        return explicit
    parts = []
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text().strip():
        parts.append(_flat(suptitle.get_text()))
    parts += [text for ax in fig.axes if ax.get_visible() and (text := _axes_text(ax))]
    if not parts or all(p.startswith("thang màu") for p in parts):
        return UNTITLED if not parts else f"{UNTITLED}: {'. '.join(parts)}"
    return "Biểu đồ / Figure: " + ". ".join(dict.fromkeys(parts))


def _with_alt(printer):
    def png(fig: Figure):
        data = printer(fig)
        if data is None or isinstance(data, tuple):
            return data
        return data, {"alt": figure_alt(fig)}

    png.danvan_alt = True  # type: ignore[attr-defined]
    return png


def enable_alt_text() -> None:
    """In IPython, give every figure's PNG output an ``alt`` (:func:`figure_alt`) in its
    metadata, which the report export writes on the ``<img>``. The inline backend registers its
    PNG printer when it is first loaded, so it is loaded here; the printer is wrapped again
    before and after every cell in case it was replaced. Outside IPython this does nothing."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the notebooks' environment
        return
    shell = get_ipython()
    if shell is None:
        return
    if "inline" in str(mpl.rcParams._get("backend")):
        try:
            import matplotlib_inline.backend_inline  # noqa: F401 - registers the PNG printer
        except ImportError:  # pragma: no cover - ships with ipykernel
            pass

    def wrap(*_: object) -> None:
        formatter = shell.display_formatter.formatters["image/png"]
        try:
            printer = formatter.lookup_by_type(Figure)
        except KeyError:
            return
        if not getattr(printer, "danvan_alt", False):
            formatter.for_type(Figure, _with_alt(printer))

    wrap()
    for event in ("pre_execute", "post_execute"):
        callbacks = shell.events.callbacks[event]
        if not any(getattr(cb, "danvan_alt", False) for cb in callbacks):
            wrap.danvan_alt = True  # type: ignore[attr-defined]
            shell.events.register(event, wrap)
