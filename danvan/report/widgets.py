"""Small interactive tools for JupyterLab (ipywidgets) that still leave content in HTML exports.

``kwic_explorer(corpus)`` shows a static concordance for a default query (what the HTML report
keeps) and returns a widget: type a query, pick a window, see the lines. The exported page
cannot run widgets, so it shows the static table and a note instead.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from danvan.reading.kwic import kwic, kwic_html

__all__ = ["KwicExplorer", "kwic_explorer"]


class KwicExplorer(widgets.VBox):
    """Query box, window slider, diacritics and sort options, and the concordance lines."""

    def __init__(self, corpus: Any, query: str = "dân vận", window: int = 5,
                 max_rows: int = 200, lines: Any = None) -> None:
        self.corpus = corpus
        self._first = lines  # the concordance of the initial query, when already computed
        self.max_rows = max_rows
        self.query = widgets.Text(value=query, description="Từ / Query",
                                  continuous_update=False)
        self.window = widgets.IntSlider(value=window, min=1, max=20, description="Cửa sổ / Window",
                                        continuous_update=False)
        self.ignore_diacritics = widgets.Checkbox(value=False, description="bỏ dấu / no diacritics")
        self.sort = widgets.Dropdown(options=[("văn bản / document", None), ("trái / left", "left"),
                                              ("phải / right", "right")],
                                     value=None, description="Xếp / Sort")
        self.result = widgets.HTML()
        for control in (self.query, self.window, self.ignore_diacritics, self.sort):
            control.observe(self._update, names="value")
        controls = widgets.HBox([self.query, self.window])
        options = widgets.HBox([self.ignore_diacritics, self.sort])
        super().__init__([controls, options, self.result])
        self._update()

    def lines(self):
        """The current concordance (a DataFrame from :func:`danvan.kwic`, which searches the
        corpus's index: a query takes a fraction of a second once the index is built)."""
        if self._first is not None:
            first, self._first = self._first, None
            return first
        return kwic(self.corpus, self.query.value, window=self.window.value,
                    ignore_diacritics=self.ignore_diacritics.value, sort=self.sort.value)

    def _update(self, _change: Any = None) -> None:
        if not self.query.value.strip():
            self.result.value = "<p><i>Gõ một từ / type a word or phrase</i></p>"
            return
        try:
            self.result.value = kwic_html(self.lines(), max_rows=self.max_rows)
        except Exception as exc:  # noqa: BLE001 - a bad regex must not break the widget
            import html

            self.result.value = f"<p><b>Lỗi / Error:</b> {html.escape(str(exc))}</p>"


def kwic_explorer(corpus: Any, query: str = "dân vận", window: int = 5, max_rows: int = 50,
                  show_static: bool = True) -> KwicExplorer:
    """Show a static KWIC table for ``query`` (kept in HTML reports), return the live explorer.

    Put the call last in a cell so that JupyterLab displays the returned widget.
    """
    lines = kwic(corpus, query, window=window)
    if show_static:
        from IPython.display import HTML, display

        display(HTML(kwic_html(lines, max_rows=max_rows)))
    return KwicExplorer(corpus, query=query, window=window, lines=lines)
