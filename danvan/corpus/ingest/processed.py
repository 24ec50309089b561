"""The result of processing one document (a light module: unpickling it imports no tokenizer)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Processed:
    """Rows of every table for one document, or the reason it was rejected."""

    doc_id: str
    rejected: str | None = None
    notes: str = ""
    document: dict = field(default_factory=dict)
    paragraphs: list[tuple] = field(default_factory=list)
    sentences: list[tuple] = field(default_factory=list)
    tokens: dict[str, list] = field(default_factory=dict)  # columns (danvan.corpus.ingest.segment)
    people: list[tuple] = field(default_factory=list)
    citations: list[tuple] = field(default_factory=list)
    minhash: np.ndarray | None = None
