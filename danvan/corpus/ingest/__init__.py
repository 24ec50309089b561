"""Ingest: raw articles (text, HTML, JSON Lines, CSV) → clean, segmented tables.

Stages, one module each: ``readers`` (find inputs, decode, one record per article) → ``clean``
(strip web chrome, split captions, byline) → ``dates`` / ``places`` / ``outlets`` / ``entities``
(metadata) → ``segment`` (sentences, words, lexicon) → ``dedup`` → ``pipeline`` (``cache``,
keyed by ``codehash``; parallel run; ``tablewriter``: Parquet tables, rows named by
``danvan.corpus.schema.ROWS``). ``document`` ties the per-article steps together.
"""
