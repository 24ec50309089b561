"""A corpus's unit sequences as columns: one key id per unit and where each sequence begins.

The same sequences as :func:`danvan.reading.ngrams.unit_sequences` (word units: the sentences of
the tokens table, punctuation left out, keys the folded ``norm``; syllable units: the stretches
of the positional index between hard punctuation, keys the folded syllables), but as NumPy arrays
over dictionary-encoded keys: no Python object per token. The tokens table is read straight from
the corpus's Parquet file when it has one (only the columns needed), so the whole table never
enters pandas. Kept on the corpus object for the next call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from danvan.core.text import fold
from danvan.corpus.tables import dictionary_array, documents_of, memo_of, token_columns
from danvan.phrases.index import text_index

__all__ = ["UnitColumns", "unit_columns"]

_TOKEN_COLUMNS = ["doc_id", "sentence_id", "position", "norm", "is_punct"]


@dataclass
class UnitColumns:
    """``ids[i]``: the key (``names[ids[i]]``) of unit ``i``; ``begins[i]``: unit ``i`` starts a
    sequence; ``doc[i]``: its document's row in ``documents_of(corpus)``."""

    ids: np.ndarray
    names: list[str]
    begins: np.ndarray
    doc: np.ndarray

    def key_id(self, key: str) -> int | None:
        try:
            return self.names.index(key)
        except ValueError:
            return None


def _word_columns(corpus: Any) -> UnitColumns:
    docs = documents_of(corpus)
    table = token_columns(corpus, _TOKEN_COLUMNS, dictionary=("doc_id", "norm"))
    table = table.filter(pc.invert(pc.fill_null(table.column("is_punct"), False)))
    ids_of_doc = dictionary_array(table.column("doc_id"))
    wanted = pa.array(docs["doc_id"].astype(str).tolist(), pa.string())
    row_of = pc.index_in(ids_of_doc.dictionary, value_set=wanted).fill_null(-1)
    row_of = row_of.to_numpy(zero_copy_only=False)
    row = row_of.astype(np.int64)[ids_of_doc.indices.to_numpy(zero_copy_only=False)]
    keep = row >= 0
    row = row[keep]
    sentence = table.column("sentence_id").to_numpy()[keep]
    position = table.column("position").to_numpy()[keep]
    norm = dictionary_array(table.column("norm"))
    keys = [fold(w) for w in norm.dictionary.to_pylist()]
    key_names, key_of = np.unique(np.asarray(keys, dtype=object), return_inverse=True)
    ids = key_of.astype(np.int64)[norm.indices.to_numpy(zero_copy_only=False)[keep]]
    order = np.lexsort((position, sentence, row))
    ids, row, sentence = ids[order], row[order], sentence[order]
    begins = np.r_[True, (row[1:] != row[:-1]) | (sentence[1:] != sentence[:-1])] if len(ids) else (
        np.zeros(0, bool))
    return UnitColumns(ids, key_names.tolist(), begins, row)


def _syllable_columns(corpus: Any) -> UnitColumns:
    index = text_index(corpus)
    recipe = index.recipe
    doc = np.repeat(index.rows, np.diff(index.offsets))
    return UnitColumns(recipe.fold_ids.astype(np.int64), recipe.fold_names, recipe.code != 1, doc)


def unit_columns(corpus: Any, unit: str = "word") -> UnitColumns:
    """The :class:`UnitColumns` of ``unit`` (``word`` or ``syllable``) in ``corpus``."""
    if unit not in ("word", "syllable"):
        raise ValueError("unit must be 'word' or 'syllable'")
    memo = memo_of(corpus, "_unit_columns")
    docs = documents_of(corpus)
    if unit in memo and memo[unit][0] is docs:
        return memo[unit][1]
    out = _word_columns(corpus) if unit == "word" else _syllable_columns(corpus)
    memo[unit] = (docs, out)
    return out
