"""HTML page → (title, article text) with trafilatura; scripts, styles, navigation and footers go."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from danvan.core.text import normalize
from danvan.corpus.ingest.decode import Unreadable


def _page_title(page: str) -> str | None:
    import trafilatura

    meta = trafilatura.extract_metadata(page)
    if meta is not None and meta.title:
        return meta.title
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    for xpath in ("//h1", "//title"):
        nodes = tree.xpath(xpath)
        if nodes and nodes[0].text_content().strip():
            return nodes[0].text_content().strip()
    return None


def extract_html(page: str) -> tuple[str | None, str]:
    """(title, text with one paragraph a line); :class:`Unreadable` when no article is found."""
    import trafilatura  # a heavy import, needed only when there are HTML pages

    text = trafilatura.extract(
        page,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=True,
    )
    if not text or len(text.split()) < 20:
        raise Unreadable(
            "HTML page with no article text found (navigation, scripts or markup only)"
        )
    title = _page_title(page)
    return (normalize(title) if title else None), normalize(text)


def published_of_page(page: str) -> str | None:
    """The publication date a page's own metadata gives (``article:published_time``, ``<time>``,
    JSON-LD, dates in the markup), read by htmldate as ISO ``YYYY-MM-DD[THH:MM]``; None if none."""
    from htmldate import find_date  # a heavy import, needed only when there are HTML pages

    try:
        found = find_date(page, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M")
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    return found[:10] if found.endswith("T00:00") else found


_MARKUP = re.compile(r"</?(p|div|span|br|td|tr|table|tbody|img|a|b|i|strong|em|font|li|ul|h\d)\b[^>]*>", re.I)
_BLOCKS = ("p", "div", "br", "tr", "td", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6")


def has_markup(text: str) -> bool:
    """Whether a text (a corpus row, not a page) carries HTML tags."""
    return bool(_MARKUP.search(text))


def strip_markup(text: str) -> str:
    """Text of an HTML fragment (lxml): block elements become line breaks, scripts go."""
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (ValueError, lxml_html.etree.ParserError):
        return _MARKUP.sub(" ", text)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return normalize(root.text_content())
