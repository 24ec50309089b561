"""Show tables and text in notebooks safely: everything taken from articles is HTML-escaped.

Article text is untrusted input. A pandas ``DataFrame`` escapes its cells, but a ``Styler`` does
not by default and ``IPython.display.Markdown`` passes raw HTML through, so an article holding
``<script>`` could run script in a report. Notebooks therefore show tables with :func:`table`,
build Markdown from results with :func:`md_escape`, and close with :func:`findings`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from itertools import count

import pandas as pd

__all__ = ["Table", "table", "md_escape", "findings_markdown", "findings", "configure_pandas"]

_TABLE_IDS = count()
# Markdown punctuation that could start emphasis, links, headings, tables, code or raw HTML.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~<>&-])")


def configure_pandas() -> None:
    """Make pandas' own HTML escape too: ``Styler`` output escapes cell text (off by default)."""
    pd.set_option("styler.format.escape", "html")


def md_escape(text: object) -> str:
    """A value made safe to put inside Markdown: every character that Markdown or HTML would
    interpret (``<``, ``&``, ``*``, ``|``…) is backslash-escaped, so it renders literally.

    >>> print(md_escape("<b>Ban *Dân vận*</b>"))
    \\<b\\>Ban \\*Dân vận\\*\\</b\\>
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text))
    return " ".join(escaped.split())  # newlines would end a list item or a table row


def _meaningful_index(df: pd.DataFrame) -> bool:
    """True unless the index is pandas' default 0…n-1 (row labels then carry no meaning)."""
    idx = df.index
    default = isinstance(idx, pd.RangeIndex) and idx.start == 0 and idx.step == 1 and idx.name is None
    return not default


def _rounded(df: pd.DataFrame, digits: int) -> pd.DataFrame:
    """Float columns rounded to ``digits`` (very small non-zero values kept in scientific form)."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            values = out[col]
            tiny = values.abs().lt(10 ** -digits) & values.ne(0)
            if tiny.any():
                out[col] = values.map(lambda v: "" if pd.isna(v) else
                                      (f"{v:.1e}" if 0 < abs(v) < 10 ** -digits else f"{v:.{digits}f}"))
            else:
                out[col] = values.round(digits)
    return out


class Table:
    """A DataFrame shown as an escaped HTML table (with a caption) in notebooks and reports.

    Row labels are kept whenever the index means something (anything but pandas' default
    0…n-1), floats are rounded to ``digits``, text columns are left-aligned, and a wide table
    scrolls inside its own box instead of running off the page.
    """

    def __init__(self, df: pd.DataFrame, caption: str | None = None, max_rows: int = 50,
                 index: bool | None = None, digits: int = 2) -> None:
        self.df = df
        self.caption = caption
        self.max_rows = max_rows
        self.index = _meaningful_index(df) if index is None else index
        self.digits = digits

    def _repr_html_(self) -> str:
        shown = _rounded(self.df.head(self.max_rows), self.digits)
        text_cols = [i for i, c in enumerate(self.df.columns)
                     if not pd.api.types.is_numeric_dtype(self.df[c])]
        long_cols = [i for i in text_cols
                     if shown.iloc[:, i].astype(str).str.len().mean() > 24]
        key = f"danvan-t{next(_TABLE_IDS)}"  # style rules below apply to this table only
        body = shown.to_html(
            escape=True, index=self.index, border=0, classes=f"danvan-table {key}",
            na_rep="",
        )
        offset = 1 + (self.df.index.nlevels if self.index else 0)
        style = "".join(f".{key} td:nth-child({i + offset}){{text-align:left}}"
                        for i in text_cols)
        style += "".join(f".{key} td:nth-child({i + offset}){{min-width:14em}}"
                         for i in long_cols)
        parts = ['<div class="danvan-table-box" style="overflow-x:auto;max-width:100%">']
        if style:
            parts.append(f"<style>{style}</style>")
        if self.caption:
            parts.append(f'<p class="danvan-caption"><b>{html.escape(self.caption)}</b></p>')
        parts.append(body)
        if len(self.df) > self.max_rows:
            parts.append(f"<p><i>{self.max_rows} / {len(self.df)} rows shown</i></p>")
        parts.append("</div>")
        return "\n".join(parts)

    def __repr__(self) -> str:
        head = f"{self.caption}\n" if self.caption else ""
        shown = _rounded(self.df, self.digits)
        return head + shown.to_string(index=self.index, max_rows=self.max_rows)


def table(df: pd.DataFrame, caption: str | None = None, max_rows: int = 50,
          index: bool | None = None, digits: int = 2) -> Table:
    """Wrap ``df`` for display: cells, headers and caption HTML-escaped, long tables cut, row
    labels kept where they mean something (``index=None``), floats rounded to ``digits``."""
    return Table(df, caption=caption, max_rows=max_rows, index=index, digits=digits)


def findings_markdown(vi: Iterable[str], en: Iterable[str]) -> str:
    """The closing findings as Markdown, Vietnamese then English, one bullet per finding.

    The items are Markdown written by the notebook; wrap every value taken from the data in
    :func:`md_escape` before formatting it into an item.
    """
    vi_items = "\n".join(f"- {line}" for line in vi)
    en_items = "\n".join(f"- {line}" for line in en)
    return f"### Kết quả chính\n\n{vi_items}\n\n### Findings\n\n{en_items}\n"


def findings(vi: Iterable[str], en: Iterable[str]) -> None:
    """Display :func:`findings_markdown` (for the cell tagged ``findings``)."""
    from IPython.display import Markdown, display

    display(Markdown(findings_markdown(vi, en)))
