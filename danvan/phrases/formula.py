"""The formula *dân biết, dân bàn, dân làm, dân kiểm tra* (and its 2021 six-part extension).

:func:`find_formula` returns each occurrence once, with its variant:

* ``"six"``: the four core parts plus *dân giám sát* and *dân thụ hưởng* (the 2021 extension);
* ``"four_plus_one"``: the four core parts plus one of the two extension parts (*…, dân kiểm
  tra, dân giám sát*, or *… và dân được thụ hưởng*);
* ``"four"``: the four core parts;
* ``"partial"``: three of the four core parts (*dân biết, dân bàn, dân kiểm tra*).

Parts may be separated by commas, semicolons, hyphens, dashes, quotes, line breaks or *và*; after
the first part the repeated *dân* may be left out (*dân biết, bàn, làm, kiểm tra*), and any part
may read *dân được …* (*dân được biết, dân được bàn…*, *dân được thụ hưởng*). Matching runs
on normalised keys (NFC/NFD, old or new tone marks, any case) and offsets refer to the text given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from danvan.core.text import fold
from danvan.phrases.match import Units, syllable_units

__all__ = ["SLOTS", "CORE", "EXTENSION", "VARIANTS", "find_formula", "formula_hits", "formula_candidates",
           "slot_view"]

#: The six slots in canonical order, with an English gloss.
SLOTS: dict[str, str] = {
    "biết": "people know",
    "bàn": "people discuss",
    "làm": "people do",
    "kiểm tra": "people inspect",
    "giám sát": "people supervise",
    "thụ hưởng": "people benefit",
}
CORE = ("biết", "bàn", "làm", "kiểm tra")
EXTENSION = ("giám sát", "thụ hưởng")
VARIANTS = ("four", "four_plus_one", "six", "partial")

_SLOT_KEYS = {fold(s): s for s in SLOTS}
_SLOT_ALT = "|".join(re.escape(k) for k in sorted(_SLOT_KEYS, key=len, reverse=True))
_DAN = re.escape(fold("dân"))
_VA = re.escape(fold("và"))
_DUOC = re.escape(fold("được"))
_PART = rf"(?:{_DAN} (?:{_DUOC} )?)?(?:{_SLOT_ALT})"
# first part must carry "dân" (and may carry "được"); later parts may drop it; "và" may join parts
_CHAIN = re.compile(
    rf"(?<![^ |]){_DAN} (?:{_DUOC} )?(?:{_SLOT_ALT})(?: (?:{_VA} )?{_PART})+(?![^ |])"
)
_PART_IN = re.compile(rf"(?<![^ |])(?:{_DAN} (?:{_DUOC} )?)?({_SLOT_ALT})(?![^ |])")


def _variant(parts: list[str]) -> str | None:
    core = {p for p in parts if p in CORE}
    if len(core) == 4:
        extension = sum(e in parts for e in EXTENSION)
        return ("four", "four_plus_one", "six")[extension]
    if len(core) == 3:
        return "partial"
    return None


def find_formula(text: str, units: Units | None = None) -> list[dict[str, Any]]:
    """Every occurrence of the formula in ``text``.

    Each item is a dict with ``variant`` (one of :data:`VARIANTS`), ``parts`` (slot names
    in the order written, e.g. ``["biết", "bàn", "làm", "kiểm tra"]``), ``start``, ``end``
    (offsets into ``text`` as given) and ``text`` (the matched span). Fewer than three core parts
    (``dân biết`` alone, ``dân biết, dân bàn``) is not an occurrence.
    """
    if not text:
        return []
    units = units or syllable_units(text)
    out: list[dict[str, Any]] = []
    for m in _CHAIN.finditer(units.key):
        # a repeated slot starts a new occurrence ("…, dân kiểm tra” và “dân biết, …")
        segments: list[list[tuple[str, int, int]]] = [[]]
        for pm in _PART_IN.finditer(m.group(0)):
            slot = _SLOT_KEYS[pm.group(1)]
            if any(slot == s for s, _, _ in segments[-1]):
                segments.append([])
            segments[-1].append((slot, m.start() + pm.start(), m.start() + pm.end()))
        for seg in segments:
            parts = [s for s, _, _ in seg]
            variant = _variant(parts)
            if variant is None:
                continue
            start, end = units.span(units.unit_at(seg[0][1]), units.unit_at(seg[-1][2] - 1))
            out.append(
                {"variant": variant, "parts": parts, "start": start, "end": end,
                 "text": text[start:end]}
            )
    return out


def formula_candidates(index: Any) -> set[int]:
    """Positions in a :class:`~danvan.phrases.index.TextIndex` of the documents that can hold the
    formula: *dân* and three of its four core parts (the fewest a chain has)."""
    from danvan.phrases.index import required_pieces

    core = np.concatenate([index.candidates(required_pieces(part)) for part in CORE])
    n_core = np.bincount(core, minlength=len(index))
    dan = index.candidates(required_pieces("dân"))
    return set(dan[n_core[dan] >= 3].tolist())


def formula_hits(documents: Any, text_col: str = "text") -> pd.DataFrame:
    """One row per occurrence in ``documents``: doc_id, variant, parts, start, end, text.

    Offsets refer to ``documents[text_col]``. Given a corpus rather than its documents table, only
    the documents its positional index says can hold the formula are read (the same rows).
    """
    cols = ["doc_id", "variant", "parts", "start", "end", "text"]
    rows = []
    if not isinstance(documents, pd.DataFrame) and text_col == "text":
        from danvan.phrases.index import text_index

        index = text_index(documents)
        docs = documents.documents
        ids, texts = docs["doc_id"].to_numpy(dtype=object), docs["text"].to_numpy(dtype=object)
        for i in sorted(formula_candidates(index)):
            row = int(index.rows[i])
            for hit in find_formula(texts[row], units=index.units(i, texts[row])):
                rows.append({"doc_id": ids[row], **hit})
        return pd.DataFrame(rows, columns=cols)
    documents = getattr(documents, "documents", documents)
    for doc_id, text in zip(documents["doc_id"], documents[text_col], strict=True):
        if not isinstance(text, str):
            continue
        for hit in find_formula(text):
            rows.append({"doc_id": doc_id, **hit})
    return pd.DataFrame(rows, columns=cols)


def slot_view(
    hits: pd.DataFrame, doc_ids: list[str] | pd.Series | None = None,
    titles: Mapping[str, str] | pd.Series | None = None,
) -> pd.DataFrame:
    """Document × six slots: how many formula occurrences in each document use each slot.

    ``hits`` is :func:`formula_hits` output; ``doc_ids`` adds documents without any occurrence
    (rows of zeros). Columns are the slots in canonical order plus ``variant`` (the fullest
    variant found in the document: six > four_plus_one > four > partial, empty when none);
    ``titles`` (doc_id → title, e.g. :func:`danvan.phrases.labels.short_titles`) puts a ``title``
    column first.
    """
    ids = list(doc_ids) if doc_ids is not None else list(dict.fromkeys(hits["doc_id"]))
    table = pd.DataFrame(0, index=pd.Index(ids, name="doc_id"), columns=list(SLOTS))
    best: dict[str, str] = {}
    rank = {v: i for i, v in enumerate(("partial", "four", "four_plus_one", "six"), start=1)}
    for doc_id, variant, parts in zip(hits["doc_id"], hits["variant"], hits["parts"], strict=True):
        if doc_id not in table.index:
            table.loc[doc_id] = 0
        for p in parts:
            table.loc[doc_id, p] += 1
        if rank[variant] > rank.get(best.get(doc_id, ""), 0):
            best[doc_id] = variant
    table["variant"] = [best.get(i, "") for i in table.index]
    if titles is not None:
        table.insert(0, "title", [titles.get(i, i) for i in table.index])
    return table
