"""Pieces every report page shares: the Content-Security-Policy, Markdown rendered with raw HTML
escaped, removal of external resources, and the provenance line at the top of a page."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import mistune

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)

_safe_markdown = mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])

_EXTERNAL = [
    re.compile(r"<script\b[^>]*\bsrc\s*=\s*['\"]?(?:https?:)?//[^>]*>\s*</script\s*>", re.I),
    re.compile(r"<link\b[^>]*\bhref\s*=\s*['\"]?(?:https?:)?//[^>]*>", re.I),
]


def safe_markdown(text: str) -> str:
    """Markdown to HTML with any raw HTML escaped (for Markdown *outputs*, computed from data)."""
    return str(_safe_markdown(text))


def strip_external(page: str) -> str:
    """Remove any ``<script src=…>`` or ``<link href=…>`` that points to another host."""
    for pattern in _EXTERNAL:
        page = pattern.sub("", page)
    return page


def stamp_line(stamp: Mapping[str, object], index_href: str | None = "index.html",
               error: str | None = None) -> str:
    """The provenance line shown at the top of every page (all values escaped)."""
    parts = [f"{html.escape(str(k))}: <code>{html.escape(str(v))}</code>" for k, v in stamp.items()]
    line = "Tạo bởi / Made with " + " · ".join(parts)
    if index_href:
        line += f' · <a href="{html.escape(index_href)}">Mục lục / Index</a>'
    if error:
        line += (f'<div class="danvan-failed">Lỗi khi chạy / Execution failed: '
                 f"{html.escape(error)}</div>")
    return line
