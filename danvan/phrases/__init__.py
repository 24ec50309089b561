"""Recurring phrases: one matcher on syllable units (``match``), the formula *dân biết, dân bàn,
dân làm, dân kiểm tra* and its extensions (``formula``), the slogan catalogue (``slogans``), the
tables of their hits, rates and uses (``hits``) and readable names for phrases and articles
(``labels``)."""

from danvan.phrases.formula import find_formula, formula_hits, slot_view
from danvan.phrases.hits import (
    formula_by_year,
    formula_table,
    phrase_hits,
    phrase_matrix,
    phrase_rates,
    phrase_summary,
    title_hits,
    usage_cues,
    write_phrase_hits,
)
from danvan.phrases.labels import phrase_names, printed_forms, short_titles
from danvan.phrases.slogans import catalogue_table, extend_catalogue, find_slogans, load_catalogue

__all__ = ["catalogue_table", "extend_catalogue", "find_formula", "find_slogans", "formula_by_year",
           "formula_hits", "formula_table", "load_catalogue", "phrase_hits", "phrase_matrix",
           "phrase_names", "phrase_rates", "phrase_summary", "printed_forms", "short_titles",
           "slot_view", "title_hits", "usage_cues", "write_phrase_hits"]
