"""The result of processing one document (a light module: unpickling it imports no tokenizer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pyarrow as pa

from danvan.corpus.schema import CitationsRow, DocumentsRow, ParagraphsRow, PeopleRow, SentencesRow


@dataclass
class Processed:
    """Rows of every table for one document (named: ``schema.ROWS``; the tokens as one Arrow batch,
    :func:`token_batch`), or the reason it was rejected. ``document.extra`` is still a dict here
    (JSON when written)."""

    doc_id: str
    rejected: str | None = None
    notes: str = ""
    document: DocumentsRow | None = None
    paragraphs: list[ParagraphsRow] = field(default_factory=list)
    sentences: list[SentencesRow] = field(default_factory=list)
    tokens: pa.RecordBatch | None = None  # the tokens table's columns but doc_id and the derived ones
    people: list[PeopleRow] = field(default_factory=list)
    citations: list[CitationsRow] = field(default_factory=list)
    minhash: np.ndarray | None = None  # its MinHash signature and 5-shingle set (dedup.fingerprints)
    shingles: np.ndarray | None = None


@lru_cache(maxsize=1)
def token_schema() -> pa.Schema:
    """The columns of :attr:`Processed.tokens`: the tokens table's, but ``doc_id`` (one value per
    document, added when written) and the columns derived when written (``syllables``)."""
    from danvan.corpus.ingest.tablewriter import arrow_schema

    return pa.schema([f for f in arrow_schema("tokens") if f.name not in ("doc_id", "syllables")])


def token_batch(columns: dict[str, list | np.ndarray]) -> pa.RecordBatch:
    """Token columns (:func:`danvan.corpus.ingest.segment.segment_document`) as :func:`token_schema`'s
    batch: converted once, in the process that made them, then cached and written as they are."""
    schema = token_schema()
    return pa.RecordBatch.from_arrays([pa.array(columns[f.name], type=f.type) for f in schema], schema=schema)
