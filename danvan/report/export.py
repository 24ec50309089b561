"""One executed notebook -> one self-contained HTML page for reviewers.

nbconvert's ``lab`` template, changed so that the page makes no external request and runs no
script: require.js, MathJax, Mermaid and widget loaders are left out, figures are data URIs, a
Content-Security-Policy forbids scripts and remote resources, and any remaining
``<script src=http…>`` / ``<link href=http…>`` is stripped. Code inputs are folded into a closed
``<details>`` (cells tagged ``hide-input`` lose their input); the provenance stamp heads the page.
Pages are quiet (:func:`quiet_outputs`): stderr that only warns is dropped, an error shows its
one-line message (the executed notebook keeps the traceback), machine paths are shortened, and
every figure carries alt text.
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
from danvan.report.page import CSP, safe_markdown, shorten_paths, stamp_line, strip_external

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

{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
 alt="{{ (output | get_metadata('alt', 'image/png')) or resources.danvan_untitled | escape_html }}"
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width={{ width | escape_html }}{%- endif %}
{%- set height=output | get_metadata('height', 'image/png') -%}
{%- if height is not none %} height={{ height | escape_html }}{%- endif %}
{%- set background=output | get_metadata('needs_background', 'image/png') -%}
{%- if background %} class="jp-needs-{{ background | escape_html }}-background"{%- endif %}>
</div>
{%- endblock data_png %}

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


# one warning as the warnings module prints it: "file:line: SomeWarning: text" + source lines
_WARNING = re.compile(r"^[^\n]*:\d+: \w*Warning: [^\n]*\n?(?:[ \t]+[^\n]*\n?)*", re.M)
_PROGRESS = re.compile(r"^[^\n]*\r[^\n]*$", re.M)  # a progress bar redrawing itself
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/html", "text/latex")
GENERIC_ALT = "Hình không có mô tả / Figure without a description"


def only_noise(text: str) -> bool:
    """True when stderr text holds nothing but warnings, progress bars and blank lines."""
    return not _PROGRESS.sub("", _WARNING.sub("", text)).strip()


def _section_alt(heading: str | None) -> str:
    if not heading:
        return GENERIC_ALT
    section = " ".join(heading.lstrip("#").split())
    return (f"Hình trong mục «{section}», không có mô tả / "
            f"Figure in the section «{section}», without a description")


def quiet_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """What a reviewer should not see, taken off the outputs: stderr that only warns (or draws
    progress bars) is dropped, other stderr keeps its text; an error keeps ``ename: evalue``
    without the traceback; machine paths are shortened (:func:`shorten_paths`). A figure without
    alt text gets one naming the section it sits in."""
    heading: str | None = None
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = [line for line in cell.source.splitlines() if line.startswith("#")]
            heading = lines[-1] if lines else heading
            continue
        if cell.cell_type != "code":
            continue
        kept = []
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "stream":
                if out.get("name") == "stderr" and only_noise(out.get("text", "")):
                    continue
                out["text"] = shorten_paths(out.get("text", ""))
            elif kind == "error":
                out["evalue"] = shorten_paths(_ANSI.sub("", str(out.get("evalue", ""))))
                out["traceback"] = [f"{out.get('ename', 'Error')}: {out['evalue']}"]
            else:
                data = out.get("data", {})
                for mime in _TEXT_TYPES:
                    if isinstance(data.get(mime), str):
                        data[mime] = shorten_paths(data[mime])
                if "image/png" in data:
                    meta = out.setdefault("metadata", {}).setdefault("image/png", {})
                    meta.setdefault("alt", _section_alt(heading))
            kept.append(out)
        cell.outputs = kept
    return nb


def export_html(notebook: Path | nbformat.NotebookNode, out: Path, stamp: Mapping[str, object],
                index_href: str | None = "index.html", error: str | None = None) -> Path:
    """Write one self-contained HTML page for an executed notebook; returns ``out``."""
    nb = nbformat.read(notebook, as_version=4) if isinstance(notebook, Path) else notebook
    nb = quiet_outputs(one_parameters_block(nb))
    title = notebook_header(nb).title
    if title and "title" not in nb.metadata:
        nb.metadata["title"] = title  # the page's <title>
    resources = {
        "danvan_csp": CSP,
        "danvan_fonts": font_css(),
        "danvan_untitled": GENERIC_ALT,
        "danvan_stamp_html": stamp_line(stamp, index_href=index_href, error=error),
    }
    body, _ = make_exporter().from_notebook_node(nb, resources=resources)
    write_text(out, strip_external(body))
    return out
