"""Close reading at scale: concordance (KWIC), n-grams and shared sequences, collocations, and
dispersion of phrases through the articles."""

from danvan.reading.collocations import collocations
from danvan.reading.dispersion import dispersion_table
from danvan.reading.kwic import kwic, kwic_html, kwic_to_csv
from danvan.reading.ngrams import ngram_table, shared_sequences

__all__ = ["collocations", "dispersion_table", "kwic", "kwic_html", "kwic_to_csv", "ngram_table",
           "shared_sequences"]
