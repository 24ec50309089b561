"""The syllables of many texts at once, in columns: what :data:`danvan.phrases.match.UNIT_RE` finds
in each text, found with NumPy over the texts' code points instead of a regex per text.

A unit is a run of word characters (``\\w`` and the combining marks ``UNIT_RE`` allows) from its
first letter or digit on: in a maximal run of such characters, the unit starts at the first letter
or digit (``[^\\W_]``) and ends where the run ends. The classes come from Python's own ``str``
predicates (``isalnum``, the definition of ``\\w`` in :mod:`re`), so the spans are those of
``UNIT_RE.finditer``; tests compare the two on real corpora.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pyarrow as pa

__all__ = ["SyllableSpans", "syllable_spans"]

_MARKS = ((0x0300, 0x036F), (0x1DC0, 0x1DFF))  # combining marks UNIT_RE lets a unit carry
_SEP = "\n"  # between texts: never part of a unit
_CHUNK = 4_000_000  # code points per block: bounds the working memory of a large corpus


@lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    """Per code point of the Basic Multilingual Plane: bit 1 = may begin a unit (a letter or
    digit), bit 2 = may continue one."""
    alnum = np.fromiter((chr(c).isalnum() for c in range(0x10000)), dtype=bool, count=0x10000)
    out = alnum.astype(np.uint8) * 3
    out[ord("_")] = 2
    for lo, hi in _MARKS:
        out[lo : hi + 1] |= 2
    return out


def _classes_of(codes: np.ndarray) -> np.ndarray:
    """The classes of ``codes``; the rare code points above the BMP (emoji, math letters) are
    classed one by one."""
    table = _bmp_classes()
    high = codes >= 0x10000
    if not high.any():
        return table[codes]
    out = table[np.where(high, 0, codes)]
    for c in np.unique(codes[high]).tolist():
        out[codes == c] = 3 if chr(c).isalnum() else 0
    return out


@dataclass
class SyllableSpans:
    """Units of the texts that have any (``rows``: their positions among the texts, ascending)."""

    rows: np.ndarray  # int64, one per text with units
    offsets: np.ndarray  # int64, CSR: text k's units are offsets[k]:offsets[k+1]
    starts: np.ndarray  # int64, code-point offsets into each text
    ends: np.ndarray
    units: pa.Array  # string, each unit as printed
    gaps: pa.Array  # string, the text between a unit and the one before it, for every unit but a text's first


def _block(texts: list[str], first_row: int) -> tuple[np.ndarray, ...] | None:
    """Units of consecutive texts (row numbers from ``first_row``): rows, starts, ends (per text),
    units' and gaps' byte spans in the block's UTF-8, and the block's UTF-8 bytes."""
    joined = _SEP.join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not len(codes):
        return None
    cls = _classes_of(codes)
    cont = (cls & 2).astype(bool)
    begin = cls & 1
    edge = np.diff(cont.astype(np.int8), prepend=0, append=0)
    run_lo, run_hi = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)  # maximal runs [lo, hi)
    if not len(run_lo):
        return None
    letters = np.flatnonzero(begin)
    if not len(letters):
        return None
    at = np.searchsorted(letters, run_lo)
    first = letters[np.minimum(at, len(letters) - 1)]
    keep = (at < len(letters)) & (first < run_hi)
    u_lo, u_hi = first[keep].astype(np.int64), run_hi[keep].astype(np.int64)
    lens = np.fromiter(map(len, texts), np.int64, len(texts))
    text_lo = np.cumsum(lens + 1) - (lens + 1)  # each text's first code point in ``joined``
    which = np.searchsorted(text_lo, u_lo, side="right") - 1
    utf8 = 1 + (codes >= 0x80).astype(np.int64) + (codes >= 0x800) + (codes >= 0x10000)
    byte_at = np.concatenate([[0], np.cumsum(utf8)])
    return (which + first_row, u_lo - text_lo[which], u_hi - text_lo[which], byte_at[u_lo], byte_at[u_hi],
            np.frombuffer(joined.encode("utf-8", "surrogatepass"), dtype=np.uint8))


def _pieces(b_lo: np.ndarray, b_hi: np.ndarray, data: np.ndarray) -> tuple[pa.Array, pa.Array]:
    """The units (``b_lo``…``b_hi``, byte spans) and the gaps between consecutive ones, as strings."""
    bounds = np.empty(2 * len(b_lo), dtype=np.int64)
    bounds[0::2], bounds[1::2] = b_lo, b_hi  # unit, gap, unit, gap, …, unit: contiguous pieces
    pieces = pa.LargeStringArray.from_buffers(len(bounds) - 1, pa.py_buffer(bounds), pa.py_buffer(data))
    n = len(pieces)
    return (pieces.take(pa.array(np.arange(0, n, 2))).cast(pa.string()),
            pieces.take(pa.array(np.arange(1, n, 2))).cast(pa.string()))


def _spans_of_block(block: list[str], first_row: int) -> tuple[np.ndarray, ...] | None:
    """A block's rows, starts, ends, units and the gaps inside its texts."""
    found = _block(block, first_row)
    if found is None:
        return None
    row, s, e, b_lo, b_hi, data = found
    u, g = _pieces(b_lo, b_hi, data)
    new_text = np.r_[True, row[1:] != row[:-1]]
    return row, s, e, u, g.filter(pa.array(~new_text[1:]))  # gaps inside a text only


def _blocks(texts: list[Any]) -> list[tuple[list[str], int]]:
    """Consecutive texts cut into blocks of about :data:`_CHUNK` code points (with their first row)."""
    out, i = [], 0
    while i < len(texts):
        j, size = i, 0
        while j < len(texts) and (size < _CHUNK or j == i):
            size += len(texts[j]) + 1 if isinstance(texts[j], str) else 1
            j += 1
        out.append(([t if isinstance(t, str) else "" for t in texts[i:j]], i))
        i = j
    return out


def syllable_spans(texts: Any) -> SyllableSpans:
    """The units of ``texts`` (one per row; a non-string or a text without a unit has none).
    Blocks of texts are split in two threads (NumPy and Arrow release the interpreter's lock);
    the result does not depend on it."""
    blocks = _blocks(list(texts))
    if len(blocks) > 1:
        with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
            parts = [p for p in pool.map(lambda b: _spans_of_block(*b), blocks) if p is not None]
    else:
        parts = [p for p in (_spans_of_block(*b) for b in blocks) if p is not None]
    if not parts:
        empty = np.zeros(0, np.int64)
        return SyllableSpans(empty, np.zeros(1, np.int64), empty, empty, pa.array([], pa.string()),
                             pa.array([], pa.string()))
    rows, starts, ends, units, gaps = zip(*parts, strict=True)
    row = np.concatenate(rows)
    new_text = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
    return SyllableSpans(row[new_text], np.r_[new_text, len(row)].astype(np.int64), np.concatenate(starts),
                         np.concatenate(ends), pa.chunked_array(units, pa.string()).combine_chunks(),
                         pa.chunked_array(gaps, pa.string()).combine_chunks())
