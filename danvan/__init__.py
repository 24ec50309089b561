"""danvan: computational discourse analysis of Vietnamese news on công tác dân vận.

Data flows one way, one subpackage per stage; a stage imports only from the stages before it
(``tests/project/test_architecture.py`` checks the import graph)::

    core      text normalisation, atomic output, paths, provenance, statistics
    corpus    raw articles → tables: ingest/, schema, gazetteer, load_corpus
    phrases   the formula, the slogan catalogue, one phrase matcher, hit tables
    reading   kwic, n-grams and shared sequences, collocations, dispersion
    themes    TF-IDF, NMF / k-means themes, choice of k, stability
    compare   groups (province, level, outlet, year), rates and shares with CIs, keyness
    plots     figures: ``plot_*(…, ax=None)`` returns the Axes
    report    tables and findings sentences for notebooks, widgets, HTML export, index

Naming: verbs for what computes (``load_corpus``, ``find_formula``, ``fit_themes``,
``group_rates``), nouns for tables a function returns (``phrase_hits``, ``keyness``),
``plot_*`` for figures. Parameters keep one meaning everywhere: ``by`` is a grouping column of
the documents table (``province``, ``province_2025``, ``admin_level``, ``outlet``, ``year``);
``unit`` is what is counted or modelled (``word``, ``syllable``, ``paragraph``, ``document``);
``level`` is the gazetteer's number of units (63 or 34). Heavy modules load on first use, so
``import danvan`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use; every value is a function/class)
_LAZY = {
    "load_corpus": "danvan.corpus.load",
    "Corpus": "danvan.corpus.load",
    "stamp": "danvan.core.provenance",
    "normalize": "danvan.core.text",
    "fold": "danvan.core.text",
    "strip_diacritics": "danvan.core.text",
    "find_formula": "danvan.phrases.formula",
    "find_slogans": "danvan.phrases.slogans",
    "phrase_hits": "danvan.phrases.hits",
    "kwic": "danvan.reading.kwic",
    "fit_themes": "danvan.themes.result",
    "theme_shares": "danvan.themes.summaries",
    "group_rates": "danvan.compare.rates",
    "keyness": "danvan.compare.keyness",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'danvan' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # the same object on every later access
    return value


__all__ = ["__version__", *_LAZY]
