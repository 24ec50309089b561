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


#: libxml2's HTML parser (under lxml and trafilatura) stops building the tree below this depth.
PARSER_MAX_DEPTH = 255
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# layout-only elements, taken out of a page nested beyond the parser's depth (tags, not content):
# blocks become line breaks, so that their texts stay apart; inline ones go
_LAYOUT_BLOCK = re.compile(r"</?(?:div|section|center|table|tbody|thead|tr|td|th|main|aside|figure)\b[^>]*>",
                           re.I)
_LAYOUT_INLINE = re.compile(r"</?(?:span|font|b|i|u|em|strong|small|big|label)\b[^>]*>", re.I)


def nesting_depth(page: str) -> int:
    """Deepest element nesting of a page, from one linear scan of its tags (void and
    self-closing elements do not nest)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(page):
        if name.lower() in _VOID or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _article_text(page: str) -> str | None:
    import trafilatura  # a heavy import, needed only when there are HTML pages

    text = trafilatura.extract(
        page,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,  # its cache spans pages: a text seen in earlier files would be dropped
    )
    return text if text and len(text.split()) >= 20 else None


def extract_html(page: str) -> tuple[str | None, str]:
    """(title, text with one paragraph a line); :class:`Unreadable` when no article is found.

    A page nested deeper than :data:`PARSER_MAX_DEPTH` is read again with its layout-only tags
    (``div``, ``span``, tables…) removed, so that the article inside is reached; if there is
    still none, the reason names the depth."""
    text = _article_text(page)
    if text is None:
        depth = nesting_depth(page)
        if depth <= PARSER_MAX_DEPTH:
            raise Unreadable("HTML page with no article text found (navigation, scripts or markup only)")
        page = _LAYOUT_INLINE.sub("", _LAYOUT_BLOCK.sub("\n", page))
        text = _article_text(page)
        if text is None:
            raise Unreadable(
                f"HTML page nested {depth} elements deep (the parser reads {PARSER_MAX_DEPTH} at most), "
                "and no article text found once its layout tags were removed"
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
