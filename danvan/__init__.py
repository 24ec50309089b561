"""danvan: computational discourse analysis of Vietnamese news on công tác dân vận.

One pipeline, each stage a plain object and each verb named for its stage (after quanteda):
``load_corpus()`` → tables (pandas) → ``find_formula()`` / ``kwic()`` / themes / province
comparison. Heavy modules are imported lazily so that ``import danvan`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use)
_LAZY = {
    "load_corpus": "danvan.corpus",
    "Corpus": "danvan.corpus",
    "ingest": "danvan.corpus",
    "provenance": "danvan.provenance",
    "normalize": "danvan.text",
    "fold": "danvan.text",
    "strip_diacritics": "danvan.text",
    "find_formula": "danvan.formula",
    "kwic": "danvan.concordance",
    "fit_themes": "danvan.themes",
    "theme_shares": "danvan.themes",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'danvan' has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = ["__version__", *_LAZY]
