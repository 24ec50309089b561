"""``index.html``: one card per notebook with its header (question, data…) and what it found
(:mod:`danvan.report.header` reads both from the executed notebook)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from danvan.core.io import write_text
from danvan.report.fonts import font_css
from danvan.report.header import Header
from danvan.report.page import CSP, safe_markdown, shorten_paths, stamp_line


@dataclass
class Card:
    """What the index shows about one notebook."""

    stem: str
    header: Header
    findings: str | None
    page: str | None  # HTML page, relative to the index
    executed: str | None  # executed .ipynb, relative to the index
    error: str | None = None
    kind: str = "notebook"


_STYLE = """
body { max-width: 1000px; margin: 0 auto; padding: 1em;
  color: #222; line-height: 1.45; }
.stamp { font-size: 0.85em; background: #f3f5f7; border-left: 4px solid #2f6f9f;
  padding: .5em .8em; }
.card { border: 1px solid #ccd; border-radius: 6px; padding: .8em 1.2em; margin: 1.2em 0; }
.card.failed { border-color: #c33; background: #fff6f6; }
.card h2 { margin: .2em 0 .5em; font-size: 1.25em; }
.card table { border-collapse: collapse; font-size: .92em; width: 100%; }
.card th, .card td { border-top: 1px solid #e3e3ea; padding: .3em .5em; text-align: left;
  vertical-align: top; }
.card th { width: 16%; color: #444; }
.findings { background: #f7fbf4; border-left: 4px solid #5a9a3a; padding: .2em 1em;
  margin-top: .8em; }
.error { color: #a00; white-space: pre-wrap; font-family: "danvan mono", monospace; }
a { color: #2f6f9f; }
"""

_INTRO = (
    "<p>Bộ notebook này phân tích diễn ngôn của báo chí tiếng Việt về <i>công tác dân vận</i> và "
    "<i>dân chủ ở cơ sở</i>: mỗi trang dưới đây là một notebook đã chạy trên cùng một kho văn bản, "
    "kèm câu hỏi, dữ liệu, phương pháp và kết quả chính. Mở trang để xem bảng, biểu đồ và giải "
    "thích; mã nguồn được thu gọn.</p>"
    "<p>This collection analyses the discourse of Vietnamese news on <i>công tác dân vận</i> "
    "(the Party's mass-mobilisation work) and <i>dân chủ ở cơ sở</i> (grassroots democracy). Each "
    "card below is one notebook executed on the same corpus: its question, data, methods and what "
    "it found. Open a page for the tables, figures and explanations; code is folded away.</p>"
)


def _cell(text: str) -> str:
    """A header-table cell (Markdown, escaped) as inline HTML."""
    rendered = safe_markdown(text).strip()
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.S)


def render_card(card: Card) -> str:
    """One card as HTML."""
    title = html.escape(card.header.title or card.stem)
    cls = "card failed" if card.error else "card"
    out = [f'<section class="{cls}" id="{html.escape(card.stem)}">', f"<h2>{title}</h2>"]
    if card.error:
        out.append('<p><b>Lỗi khi chạy / Execution failed</b></p>'
                   f'<div class="error">{html.escape(shorten_paths(card.error))}</div>')
    if card.header.rows:
        out.append("<table><tr><th></th><th>Tiếng Việt</th><th>English</th></tr>")
        for label, (vi, en) in card.header.rows.items():
            out.append(f"<tr><th>{html.escape(label)}</th><td>{_cell(vi)}</td>"
                       f"<td>{_cell(en)}</td></tr>")
        out.append("</table>")
    if card.kind == "notebook":
        if card.findings:
            out.append('<div class="findings"><p><b>Kết quả / What it found</b></p>'
                       f"{safe_markdown(card.findings)}</div>")
        else:
            out.append("<p><i>Không có ô kết quả / no findings cell output.</i></p>")
    links = []
    if card.page:
        links.append(f'<a href="{html.escape(card.page)}">Xem báo cáo / Open the report</a>')
    if card.executed:
        links.append(f'<a href="{html.escape(card.executed)}">notebook (.ipynb)</a>')
    if links:
        out.append("<p>" + " · ".join(links) + "</p>")
    out.append("</section>")
    return "\n".join(out)


def render_index(cards: Sequence[Card], stamp: Mapping[str, object], corpus_label: str,
                 others: Sequence[tuple[str, str]] = ()) -> str:
    """The whole ``index.html`` page; ``others`` links report sets built on other corpora."""
    notebooks = [c for c in cards if c.kind == "notebook"]
    solutions = [c for c in cards if c.kind == "solution"]
    failed = [c for c in cards if c.error]
    toc = "".join(
        f'<li><a href="#{html.escape(c.stem)}">{html.escape(c.header.title or c.stem)}</a>'
        f'{" ⚠" if c.error else ""}</li>' for c in notebooks
    )
    parts = [
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        "<title>danvan: báo cáo / reports</title>", f"<style>{font_css()}\n{_STYLE}</style></head><body>",
        "<h1>danvan · Báo cáo phân tích / Analysis reports</h1>",
        f"<p>Kho văn bản / Corpus: <b>{html.escape(corpus_label)}</b></p>",
        f'<div class="stamp">{stamp_line(stamp, index_href=None)}</div>', _INTRO,
    ]
    parts.append(render_others(others))
    if failed:
        parts.append(f'<p class="error">{len(failed)} notebook(s) failed / bị lỗi: '
                     + ", ".join(html.escape(c.stem) for c in failed) + "</p>")
    parts += ["<h2>Mục lục / Contents</h2>", f"<ol>{toc}</ol>"]
    parts += [render_card(c) for c in notebooks]
    if solutions:
        parts.append("<h2 id='solutions'>Lời giải / Solutions</h2>")
        parts.append("<p>Lời giải các bài tập “Thử sức” / worked solutions to the “Try it” "
                     "exercises.</p>")
        parts += [render_card(c) for c in solutions]
    parts.append("</body></html>")
    return "\n".join(parts)


_OTHERS = re.compile(r'<p id="danvan-others"[^>]*>.*?</p>', re.S)


def render_others(others: Sequence[tuple[str, str]]) -> str:
    """The paragraph linking report sets built on other corpora (an empty marker when none)."""
    if not others:
        return '<p id="danvan-others" hidden></p>'
    links = " · ".join(f'<a href="{html.escape(href)}">{html.escape(label)}</a>'
                       for label, href in others)
    return f'<p id="danvan-others">Báo cáo trên kho khác / Reports on other corpora: {links}</p>'


def relink_index(path: Path, others: Sequence[tuple[str, str]]) -> bool:
    """Rewrite the links to other report sets of an existing ``index.html`` (False when the page
    has no such paragraph, e.g. an index written by an older version)."""
    page = path.read_text(encoding="utf-8")
    if not _OTHERS.search(page):
        return False
    write_text(path, _OTHERS.sub(lambda _: render_others(others), page, count=1))
    return True


def write_index(path: Path, cards: Sequence[Card], stamp: Mapping[str, object],
                corpus_label: str, others: Sequence[tuple[str, str]] = ()) -> Path:
    """Write ``index.html`` atomically."""
    write_text(path, render_index(cards, stamp, corpus_label, others))
    return path
