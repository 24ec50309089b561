"""Small helpers shared by the analysis modules for the ingest tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from danvan.core.text import SPLIT_SPACE


def documents_of(corpus: Any) -> pd.DataFrame:
    """The documents table of a :class:`Corpus`, or the DataFrame itself."""
    return getattr(corpus, "documents", corpus)


def document_year(documents: pd.DataFrame) -> pd.Series:
    """Year of each document (same index): ``published.year``, else ``event_date.year``, else NA."""
    years = pd.Series(pd.NA, index=documents.index, dtype="Int64")
    for col in ("event_date", "published"):  # published last, so it wins
        if col in documents:
            y = pd.to_datetime(documents[col], errors="coerce").dt.year.astype("Int64")
            years = y.where(y.notna(), years)
    return years


def memo_of(obj: Any, name: str) -> dict:
    """A dict kept on ``obj`` under ``name`` (a memo that lives as long as a corpus object), or a
    fresh one for an object that cannot hold it (a DataFrame passed in place of a corpus)."""
    store = getattr(obj, "__dict__", None) if not isinstance(obj, pd.DataFrame) else None
    return store.setdefault(name, {}) if isinstance(store, dict) else {}


# white space other than " " (SPLIT_SPACE's class without it), or a run of two spaces
_OTHER_SPACE = (r"[\x{0009}-\x{000d}\x{001c}-\x{001f}\x{0085}\x{00a0}\x{1680}\x{2000}-\x{200a}"
                r"\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]|  ")


def arrow_strings(values: Any) -> pa.Array | None:
    """The Arrow string array behind a string Series (None for anything else: object columns,
    lists, numbers)."""
    if not isinstance(values, pd.Series) or not isinstance(values.dtype, pd.StringDtype | pd.ArrowDtype):
        return None
    try:
        arr = pa.array(values.array)
    except (TypeError, pa.ArrowInvalid):
        return None
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) else None


def _strings(values: Any) -> pa.Array:
    """``values`` as one Arrow string array, a missing value as ``""``: a string Series backed by
    Arrow is taken as it is; anything else goes through ``str``."""
    if (arr := arrow_strings(values)) is not None:
        return pc.fill_null(arr.cast(pa.large_string()), "")
    return pa.array(pd.Series(list(values), dtype=object).fillna("").astype(str).tolist(), pa.large_string())


def split_words(values: Any) -> tuple[pa.Array, np.ndarray]:
    """Space-separated words of each value (``str.split``'s rule, :data:`SPLIT_SPACE`), split in
    columns: all the words in one Arrow array, and how many each value has (a missing value has
    none; empty strings between separators are kept, as Arrow splits). Texts whose only white
    space is single ``" "`` (the tables' words) are split on it, a literal and much faster split
    giving the same lists."""
    texts = _strings(values)
    if pc.any(pc.match_substring_regex(texts, _OTHER_SPACE)).as_py():
        lists = pc.split_pattern_regex(texts, SPLIT_SPACE)
    else:
        lists = pc.split_pattern(texts, " ")
    return pc.list_flatten(lists), pc.list_value_length(lists).to_numpy(zero_copy_only=False).astype(np.int64)


def dictionary_array(column: pa.Array | pa.ChunkedArray) -> pa.DictionaryArray:
    """One dictionary-encoded array of strings (int32 indices) from a string column, encoded or
    not (a column read with ``read_dictionary`` is only unified)."""
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    if isinstance(column, pa.ChunkedArray):
        column = column.unify_dictionaries().combine_chunks()
    return column.cast(pa.dictionary(pa.int32(), pa.string()))


def token_columns(corpus: Any, columns: list[str], dictionary: tuple[str, ...] = ("doc_id",),
                  doc_id: str | None = None) -> pa.Table:
    """Some columns of the tokens of ``corpus`` (a Corpus, a filtered one, or a tokens DataFrame)
    as Arrow, read straight from its Parquet file when there is one and its tokens are not in
    memory already: a 5-million-token table never enters pandas whole. Columns named in
    ``dictionary`` stay dictionary-encoded (one string per distinct value); ``doc_id`` keeps one
    document's tokens (a filter the file's row groups answer). A filtered corpus keeps its
    documents' tokens."""
    if isinstance(corpus, pd.DataFrame):
        table = pa.Table.from_pandas(corpus[columns], preserve_index=False)
        return table.filter(pc.equal(table.column("doc_id"), doc_id)) if doc_id is not None else table
    source = corpus
    while getattr(source, "parent", None) is not None:
        source = source.parent
    folder = getattr(source, "folder", None)
    path = Path(folder) / "tokens.parquet" if folder is not None else None
    wanted = list(dict.fromkeys([*columns, "doc_id"]))
    if path is not None and path.exists() and "tokens" not in vars(source):
        filters = [("doc_id", "==", doc_id)] if doc_id is not None else None
        table = pq.read_table(path, columns=wanted, filters=filters,
                              read_dictionary=[c for c in dictionary if c in wanted])
    else:
        tokens = corpus.tokens
        if doc_id is not None:
            tokens = tokens[tokens["doc_id"] == doc_id]
        table = pa.Table.from_pandas(tokens[wanted], preserve_index=False)
    if source is not corpus:  # a filtered corpus: its documents' tokens only
        keep = pa.array(documents_of(corpus)["doc_id"].astype(str).tolist(), pa.string())
        ids = table.column("doc_id")
        ids = ids.cast(pa.string()) if pa.types.is_dictionary(ids.type) else ids
        table = table.filter(pc.is_in(ids, value_set=keep))
    return table.select(columns)


def story_of(documents: pd.DataFrame) -> pd.Series:
    """The story of each document (indexed by ``doc_id``): ``documents.story``, the first kept
    copy of a syndicated story, else the document itself (an older corpus has no such column)."""
    ids = documents["doc_id"].astype(str)
    story = documents["story"] if "story" in documents else pd.Series(pd.NA, index=documents.index)
    out = story.where(story.notna() & (story.astype(str) != ""), ids).astype(str)
    return pd.Series(out.to_numpy(), index=pd.Index(ids.to_numpy(), name="doc_id"), name="story")
