"""One executed notebook -> one self-contained HTML page for reviewers.

nbconvert's ``lab`` template, changed so that the page makes no external request and runs no
script: require.js, MathJax, Mermaid and widget loaders are left out, figures are data URIs, a
Content-Security-Policy forbids scripts and remote resources, and any remaining
``<script src=http…>`` / ``<link href=http…>`` is stripped. Code inputs are folded into a closed
``<details>`` (cells tagged ``hide-input`` lose their input); the provenance stamp heads the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path

import mistune
import nbformat
from jinja2 import DictLoader
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

from danvan.report.files import write_text_atomic

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)

_TEMPLATE = r"""
{%- extends 'lab/index.html.j2' -%}

{%- block html_head_js -%}
<meta http-equiv="Content-Security-Policy" content="{{ resources.danvan_csp }}">
{%- endblock html_head_js -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}

{% block extra_css %}
<style type="text/css">
body { max-width: 1100px; margin: 0 auto; padding: 0 1em; font-family: "DejaVu Sans", sans-serif; }
.danvan-stamp { font-size: 0.85em; color: #333; background: #f3f5f7; border-left: 4px solid #2f6f9f;
  padding: 0.5em 0.8em; margin: 1em 0; }
.danvan-stamp a { color: #2f6f9f; }
details.danvan-code > summary { cursor: pointer; color: #555; font-size: 0.85em; padding: 2px 0; }
.danvan-widget-note { color: #555; font-style: italic; }
.danvan-failed { color: #a00; font-weight: bold; }
</style>
{% endblock extra_css %}

{%- block body_header -%}
{{ super() }}
<div class="danvan-stamp">{{ resources.danvan_stamp_html }}</div>
{%- endblock body_header -%}

{% block input_group -%}
<details class="danvan-code"><summary>Code</summary>
{{ super() }}
</details>
{%- endblock input_group %}

{% block data_markdown scoped -%}
<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-OutputArea-output {{ extra_class }}"
 data-mime-type="text/markdown">
{{ output.data['text/markdown'] | danvan_safe_markdown }}
</div>
{%- endblock data_markdown %}

{% block data_javascript scoped -%}{%- endblock data_javascript %}

{%- block data_widget_view scoped %}
<div class="danvan-widget-note jp-OutputArea-output">(Công cụ tương tác: mở notebook trong
JupyterLab / interactive widget: open the notebook in JupyterLab)</div>
{%- endblock data_widget_view -%}
"""

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


def stamp_html(stamp: Mapping[str, object], index_href: str | None = "index.html",
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


def make_exporter() -> HTMLExporter:
    """An HTMLExporter with the danvan template; cells tagged ``hide-input`` lose their input."""
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"danvan.html.j2": _TEMPLATE})],
        template_file="danvan.html.j2",
        embed_images=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_filter("danvan_safe_markdown", safe_markdown)
    remover = TagRemovePreprocessor(remove_input_tags={"hide-input"},
                                    remove_cell_tags={"remove-cell"})
    exporter.register_preprocessor(remover, enabled=True)
    return exporter


def export_html(notebook: Path | nbformat.NotebookNode, out: Path, stamp: Mapping[str, object],
                index_href: str | None = "index.html", error: str | None = None) -> Path:
    """Write one self-contained HTML page for an executed notebook; returns ``out``."""
    from danvan.report.index import notebook_header

    nb = nbformat.read(notebook, as_version=4) if isinstance(notebook, Path) else notebook
    title = notebook_header(nb).title
    if title and "title" not in nb.metadata:
        nb.metadata["title"] = title  # the page's <title>
    resources = {
        "danvan_csp": CSP,
        "danvan_stamp_html": stamp_html(stamp, index_href=index_href, error=error),
    }
    body, _ = make_exporter().from_notebook_node(nb, resources=resources)
    write_text_atomic(out, strip_external(body))
    return out
