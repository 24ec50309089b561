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

import pandas as pd

__all__ = ["Table", "table", "md_escape", "findings_markdown", "findings", "configure_pandas"]

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


class Table:
    """A DataFrame shown as an escaped HTML table (with a caption) in notebooks and reports."""

    def __init__(self, df: pd.DataFrame, caption: str | None = None, max_rows: int = 50,
                 index: bool = False) -> None:
        self.df = df
        self.caption = caption
        self.max_rows = max_rows
        self.index = index

    def _repr_html_(self) -> str:
        body = self.df.to_html(
            escape=True, index=self.index, max_rows=self.max_rows, border=0,
            classes="dataframe danvan-table", na_rep="",
        )
        parts = []
        if self.caption:
            parts.append(f'<p class="danvan-caption"><b>{html.escape(self.caption)}</b></p>')
        parts.append(body)
        if len(self.df) > self.max_rows:
            parts.append(f"<p><i>{self.max_rows} / {len(self.df)} rows shown</i></p>")
        return "\n".join(parts)

    def __repr__(self) -> str:
        head = f"{self.caption}\n" if self.caption else ""
        return head + self.df.to_string(index=self.index, max_rows=self.max_rows)


def table(df: pd.DataFrame, caption: str | None = None, max_rows: int = 50,
          index: bool = False) -> Table:
    """Wrap ``df`` for display: cells, headers and caption are HTML-escaped, long tables cut."""
    return Table(df, caption=caption, max_rows=max_rows, index=index)


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
