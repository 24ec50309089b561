"""Recurring phrases: one matcher on syllable units (``match``), the formula *dân biết, dân bàn,
dân làm, dân kiểm tra* and its extensions (``formula``), the slogan catalogue (``slogans``) and
the tables of their hits, rates and uses (``hits``)."""

from danvan.phrases.formula import find_formula, formula_hits
from danvan.phrases.hits import formula_by_year, phrase_hits, phrase_rates, usage_cues
from danvan.phrases.slogans import catalogue_table, find_slogans, load_catalogue

__all__ = ["catalogue_table", "find_formula", "find_slogans", "formula_by_year", "formula_hits",
           "load_catalogue", "phrase_hits", "phrase_rates", "usage_cues"]
