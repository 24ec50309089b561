"""Close reading at scale: concordance (KWIC), n-grams and shared sequences, collocations, and
dispersion of phrases through the articles. (Figures are in :mod:`danvan.plots.reading`.)"""

from danvan.reading.collocations import collocation_tables, collocations
from danvan.reading.dispersion import dispersion_table, relative_positions
from danvan.reading.kwic import context_contains, kwic, kwic_html, kwic_table, kwic_to_csv, neighbour_counts
from danvan.reading.ngrams import ngram_table, rank_shared, shared_sequences, without_names

__all__ = ["collocation_tables", "collocations", "context_contains", "dispersion_table", "kwic",
           "kwic_html", "kwic_table", "kwic_to_csv", "neighbour_counts", "ngram_table", "rank_shared",
           "relative_positions", "shared_sequences", "without_names"]
