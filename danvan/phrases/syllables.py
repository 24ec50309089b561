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

from danvan.phrases.match import SOFT_SEP

__all__ = ["SyllableSpans", "syllable_spans"]

_MARKS = ((0x0300, 0x036F), (0x1DC0, 0x1DFF))  # combining marks UNIT_RE lets a unit carry
_SEP = "\n"  # between texts: never part of a unit
_CHUNK = 4_000_000  # code points per block: bounds the working memory of a large corpus
# the class bits of a code point
_BEGIN, _CONT, _SOFT = 1, 2, 16  # may begin a unit, may continue one, may sit in a soft gap
_EXTRA = 2  # bits 2-3: the code point's UTF-8 bytes beyond the first


@lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    """The class bits of every code point of the Basic Multilingual Plane."""
    alnum = np.fromiter((chr(c).isalnum() for c in range(0x10000)), dtype=bool, count=0x10000)
    out = alnum.astype(np.uint8) * (_BEGIN | _CONT)
    out[ord("_")] = _CONT
    for lo, hi in _MARKS:
        out[lo : hi + 1] |= _CONT
    soft = np.fromiter((SOFT_SEP.fullmatch(chr(c)) is not None for c in range(0x10000)), bool, 0x10000)
    out[soft] |= _SOFT
    cp = np.arange(0x10000)
    out |= (((cp >= 0x80).astype(np.uint8) + (cp >= 0x800)) << _EXTRA).astype(np.uint8)
    return out


def _classes_of(codes: np.ndarray) -> np.ndarray:
    """The class bits of ``codes``; the rare code points above the BMP (emoji, math letters) are
    classed one by one (four UTF-8 bytes each, never soft)."""
    table = _bmp_classes()
    high = codes >= 0x10000
    if not high.any():
        return table[codes]
    out = table[np.where(high, 0, codes)]
    for c in np.unique(codes[high]).tolist():
        out[codes == c] = (_BEGIN | _CONT if chr(c).isalnum() else 0) | (3 << _EXTRA)
    return out


@dataclass
class SyllableSpans:
    """Units of the texts that have any (``rows``: their positions among the texts, ascending)."""

    rows: np.ndarray  # int64, one per text with units
    offsets: np.ndarray  # int64, CSR: text k's units are offsets[k]:offsets[k+1]
    starts: np.ndarray  # int64, code-point offsets into each text
    ends: np.ndarray
    units: pa.Array  # string, each unit as printed
    hard: np.ndarray  # bool, for every unit but a text's first: whether the gap before it is hard
    gaps: pa.Array | None = None  # string, those gaps as printed (when asked for)


def _runs(cls: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The maximal runs ``[lo, hi)`` of code points that may continue a unit, and where each run's
    unit begins (its first letter or digit; ``hi`` when it has none)."""
    cont = (cls & _CONT).astype(bool)
    change = np.flatnonzero(cont[1:] != cont[:-1]) + 1
    if cont[0]:
        change = np.r_[0, change]
    if cont[-1]:
        change = np.r_[change, len(cont)]
    lo, hi = change[0::2], change[1::2]
    first = lo.copy()
    odd = np.flatnonzero((cls[lo] & _BEGIN) == 0)  # runs opening on "_" or a mark: rare
    if len(odd):
        letters = np.flatnonzero(cls & _BEGIN)
        at = np.searchsorted(letters, lo[odd])
        found = letters[np.minimum(at, len(letters) - 1)] if len(letters) else hi[odd]
        first[odd] = np.where(at < len(letters), found, hi[odd])
    return lo, hi, np.minimum(first, hi)


def _hard_before(cls: np.ndarray, lo: np.ndarray, hi: np.ndarray, first: np.ndarray, u_lo: np.ndarray
                 ) -> np.ndarray:
    """For each unit (starting at ``u_lo``): whether the text before it, back to the unit before,
    holds a code point that may not sit in a soft gap (outside every run, or a run's part before
    its unit)."""
    outside = np.flatnonzero((cls & (_CONT | _SOFT)) == 0)
    pre = first > lo  # runs with code points before their unit (or no unit at all)
    if pre.any():
        outside = np.concatenate([outside, lo[pre]])
    after = np.searchsorted(u_lo, outside, side="right")  # the unit each one precedes
    hard = np.zeros(len(u_lo), dtype=bool)
    hard[after[after < len(u_lo)]] = True
    return hard


def _block(texts: list[str], first_row: int) -> tuple[np.ndarray, ...] | None:
    """Units of consecutive texts (row numbers from ``first_row``): rows, starts, ends (per text),
    whether the gap before each unit is hard, the units' byte spans in the block's UTF-8, and those
    bytes."""
    joined = _SEP.join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not len(codes):
        return None
    cls = _classes_of(codes)
    lo, hi, first = _runs(cls)
    keep = first < hi
    if not keep.any():
        return None
    u_lo, u_hi = first[keep].astype(np.int64), hi[keep].astype(np.int64)
    lens = np.fromiter(map(len, texts), np.int64, len(texts))
    text_lo = np.cumsum(lens + 1) - (lens + 1)  # each text's first code point in ``joined``
    which = np.searchsorted(text_lo, u_lo, side="right") - 1
    extra = np.cumsum((cls >> _EXTRA) & 3, dtype=np.int64)  # UTF-8 bytes beyond one per code point, to each

    def byte_at(i: np.ndarray) -> np.ndarray:
        return i + np.where(i > 0, extra[np.maximum(i - 1, 0)], 0)

    hard = _hard_before(cls, lo, hi, first, u_lo)
    return (which + first_row, u_lo - text_lo[which], u_hi - text_lo[which], hard, byte_at(u_lo),
            byte_at(u_hi), np.frombuffer(joined.encode("utf-8", "surrogatepass"), dtype=np.uint8))


def _pieces(b_lo: np.ndarray, b_hi: np.ndarray, data: np.ndarray, gaps: bool
            ) -> tuple[pa.Array, pa.Array | None]:
    """The units (``b_lo``…``b_hi``, byte spans) and, if asked, the gaps between consecutive ones."""
    bounds = np.empty(2 * len(b_lo), dtype=np.int64)
    bounds[0::2], bounds[1::2] = b_lo, b_hi  # unit, gap, unit, gap, …, unit: contiguous pieces
    pieces = pa.LargeStringArray.from_buffers(len(bounds) - 1, pa.py_buffer(bounds), pa.py_buffer(data))
    n = len(pieces)
    units = pieces.take(pa.array(np.arange(0, n, 2))).cast(pa.string())
    return units, (pieces.take(pa.array(np.arange(1, n, 2))).cast(pa.string()) if gaps else None)


def _spans_of_block(block: list[str], first_row: int, gaps: bool) -> tuple[Any, ...] | None:
    """A block's rows, starts, ends, hard-gap flags and units (and gaps) inside its texts."""
    found = _block(block, first_row)
    if found is None:
        return None
    row, s, e, hard, b_lo, b_hi, data = found
    u, g = _pieces(b_lo, b_hi, data, gaps)
    inside = ~np.r_[True, row[1:] != row[:-1]][1:]  # gaps inside a text only
    return row, s, e, u, hard[1:][inside], (g.filter(pa.array(inside)) if g is not None else None)


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


def syllable_spans(texts: Any, gaps: bool = False) -> SyllableSpans:
    """The units of ``texts`` (one per row; a non-string or a text without a unit has none), and
    whether each gap between two units of a text is hard (``gaps=True``: the gaps as printed too).
    Blocks of texts are split in two threads (NumPy and Arrow release the interpreter's lock);
    the result does not depend on it."""
    blocks = _blocks(list(texts))
    if len(blocks) > 1:
        with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
            parts = [p for p in pool.map(lambda b: _spans_of_block(*b, gaps), blocks) if p is not None]
    else:
        parts = [p for p in (_spans_of_block(*b, gaps) for b in blocks) if p is not None]
    if not parts:
        empty = np.zeros(0, np.int64)
        return SyllableSpans(empty, np.zeros(1, np.int64), empty, empty, pa.array([], pa.string()),
                             np.zeros(0, bool), pa.array([], pa.string()) if gaps else None)
    rows, starts, ends, units, hard, gap_strings = zip(*parts, strict=True)
    row = np.concatenate(rows)
    new_text = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
    return SyllableSpans(row[new_text], np.r_[new_text, len(row)].astype(np.int64), np.concatenate(starts),
                         np.concatenate(ends), pa.chunked_array(units, pa.string()).combine_chunks(),
                         np.concatenate(hard),
                         pa.chunked_array(gap_strings, pa.string()).combine_chunks() if gaps else None)
