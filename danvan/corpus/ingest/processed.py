"""The result of processing one document (a light module: unpickling it imports no tokenizer)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from danvan.corpus.schema import CitationsRow, DocumentsRow, ParagraphsRow, PeopleRow, SentencesRow


@dataclass
class Processed:
    """Rows of every table for one document (named: ``schema.ROWS``), or the reason it was
    rejected. ``document.extra`` is still a dict here (JSON when written)."""

    doc_id: str
    rejected: str | None = None
    notes: str = ""
    document: DocumentsRow | None = None
    paragraphs: list[ParagraphsRow] = field(default_factory=list)
    sentences: list[SentencesRow] = field(default_factory=list)
    tokens: dict[str, list] = field(default_factory=dict)  # columns (danvan.corpus.ingest.segment)
    people: list[PeopleRow] = field(default_factory=list)
    citations: list[CitationsRow] = field(default_factory=list)
    minhash: np.ndarray | None = None
