"""Pieces every report page shares: the Content-Security-Policy, Markdown rendered with raw HTML
escaped, removal of external resources, machine paths made short, and the provenance line at the
top of a page."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import mistune

from danvan.core.paths import project_root

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)

_safe_markdown = mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])

_EXTERNAL = [
    re.compile(r"<script\b[^>]*\bsrc\s*=\s*['\"]?(?:https?:)?//[^>]*>\s*</script\s*>", re.I),
    re.compile(r"<link\b[^>]*\bhref\s*=\s*['\"]?(?:https?:)?//[^>]*>", re.I),
]


# an absolute path of two or more parts (not part of a URL, a word, a date or base64 data)
_MACHINE_PATH = re.compile(r"(?<![\w:/.~+=\\-])/(?:[\w.@+~-]+/)+([\w.@+~-]*)")


def shorten_paths(text: str) -> str:
    """Machine paths made short: inside the project relative to it (``data/processed``), any
    other to its last part (``/home/x/.venv/lib/a.py`` → ``…/a.py``)."""
    text = text.replace(f"{project_root()}/", "")
    return _MACHINE_PATH.sub(lambda m: f"…/{m[1]}", text)


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
                 f"{html.escape(shorten_paths(error))}</div>")
    return line
