"""One executed notebook -> one self-contained HTML page for reviewers.

nbconvert's ``lab`` template, changed so that the page makes no external request and runs no
script: require.js, MathJax, Mermaid and widget loaders are left out, figures are data URIs, a
Content-Security-Policy forbids scripts and remote resources, and any remaining
``<script src=http…>`` / ``<link href=http…>`` is stripped. Code inputs are folded into a closed
``<details>`` (cells tagged ``hide-input`` lose their input); the provenance stamp heads the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import nbformat
from jinja2 import DictLoader
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

from danvan.core.io import write_text
from danvan.report.fonts import font_css
from danvan.report.header import notebook_header
from danvan.report.page import CSP, safe_markdown, stamp_line, strip_external

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
{{ resources.danvan_fonts }}
body { max-width: 1100px; margin: 0 auto; padding: 0 1em; }
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


_ABSOLUTE_PATH = re.compile(r"""(['"])/(?:[^'"\n]*/)?([^/'"\n]+)\1""")


def one_parameters_block(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The page shows one parameters block: where papermill injected the run's parameters, the
    notebook's default ``parameters`` cell is dropped, and machine paths in the injected cell
    are shortened to their last part (``'/home/x/corpora/news.jsonl.gz'`` → ``'…/news.jsonl.gz'``)."""
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    if not injected:
        return nb
    nb.cells = [c for c in nb.cells if "parameters" not in c.metadata.get("tags", [])]
    for cell in injected:
        cell.source = _ABSOLUTE_PATH.sub(lambda m: f"{m[1]}…/{m[2]}{m[1]}", cell.source)
    return nb


def export_html(notebook: Path | nbformat.NotebookNode, out: Path, stamp: Mapping[str, object],
                index_href: str | None = "index.html", error: str | None = None) -> Path:
    """Write one self-contained HTML page for an executed notebook; returns ``out``."""
    nb = nbformat.read(notebook, as_version=4) if isinstance(notebook, Path) else notebook
    nb = one_parameters_block(nb)
    title = notebook_header(nb).title
    if title and "title" not in nb.metadata:
        nb.metadata["title"] = title  # the page's <title>
    resources = {
        "danvan_csp": CSP,
        "danvan_fonts": font_css(),
        "danvan_stamp_html": stamp_line(stamp, index_href=index_href, error=error),
    }
    body, _ = make_exporter().from_notebook_node(nb, resources=resources)
    write_text(out, strip_external(body))
    return out
