"""The corpus stage: raw articles → clean, segmented tables (``ingest/``), their schema, the
gazetteer of administrative units, and :func:`load_corpus`, which builds or reuses the tables."""

from danvan.corpus.load import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]
