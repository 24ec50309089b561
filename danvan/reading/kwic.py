"""Keyword in context (KWIC): concordance lines for a word, a phrase or a regular expression.

``kwic(corpus, "dân biết")`` returns a DataFrame, one row per hit: doc_id, title, province, left,
match, right, start, end (offsets into ``documents.text``). Units are syllables (default) or the
ingest's word tokens (``unit="word"``, needs ``corpus.tokens``); the window counts units each
side. ``ignore_diacritics=True`` lets ``dan van`` find ``dân vận``. Sorting follows the Vietnamese
alphabet (a ă â b c d đ e ê …, letters before tones: *bàn* < *bao* < *biết*).

The search starts from the corpus's positional index (:func:`danvan.phrases.index.text_index`,
built on the first query and cached beside the corpus tables): only documents holding every
required word of the query (or every literal run of a regular expression) are searched, on their
stored key strings (a phrase in one search over them all, :meth:`~danvan.phrases.index.TextIndex.find`),
and the lines are cut in columns. The lines are the same as a scan of every document would give.

* :func:`context_contains` keeps the lines with a phrase in the left or right context,
* :func:`neighbour_counts` counts the words next to the match,
* :func:`kwic_html` renders the lines with every piece of article text escaped and the match in
  ``<mark>``; :func:`kwic_table` wraps that for display in a notebook.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from danvan.core.io import write_csv
from danvan.core.text import fold, normalize, strip_diacritics
from danvan.corpus.tables import memo_of
from danvan.phrases.index import Hits, TextIndex, required_pieces, text_index, texts_of
from danvan.phrases.labels import short_title
from danvan.phrases.match import compile_phrase, syllable_units

__all__ = ["kwic", "kwic_html", "kwic_table", "kwic_to_csv", "context_contains", "neighbour_counts",
           "sort_key", "COLUMNS"]

COLUMNS = ["doc_id", "title", "province", "left", "match", "right", "start", "end"]
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")
_JOIN = "\x00"  # not white space


def _documents(corpus_or_documents: Any, unit: str) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    docs = getattr(corpus_or_documents, "documents", corpus_or_documents)
    tokens = getattr(corpus_or_documents, "tokens", None) if unit == "word" else None  # read if needed
    if not isinstance(docs, pd.DataFrame):
        raise TypeError("kwic() needs a Corpus or a documents DataFrame")
    return docs, tokens


def _pattern(query: str, regex: bool, ignore_diacritics: bool, word_units: bool) -> re.Pattern:
    if regex:
        src = strip_diacritics(query, casefold=False) if ignore_diacritics else normalize(query)
        return re.compile(src, re.IGNORECASE)
    return re.compile(compile_phrase(query, ignore_diacritics, word_units=word_units))


# Vietnamese alphabetical order (with the Latin letters Vietnamese lacks in their places); tones
# break ties only: none, huyền, hỏi, ngã, sắc, nặng (the dictionary order).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: chr(0x100 + i) for i, ch in enumerate(_ALPHABET)}
_TONE_RANK = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def _letter_key(ch: str) -> tuple[str, str]:
    marks = unicodedata.normalize("NFD", ch)
    tone = next((_TONE_RANK[m] for m in marks if m in _TONE_RANK), "0")
    base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONE_RANK))
    return _RANK.get(base, base if base.isdigit() else chr(0x1000 + ord(base[0]))), tone


def sort_key(words: list[str]) -> str:
    """A key that orders word sequences alphabetically in Vietnamese: letters first (``a`` < ``ă``
    < ``â`` < ``b`` …, ``đ`` after ``d``), tones only between otherwise equal sequences, a shorter
    sequence before its continuations."""
    letters, tones = [], []
    for word in words:
        pairs = [_letter_key(ch) for ch in word]
        letters.append("".join(p for p, _ in pairs))
        tones.append("".join(t for _, t in pairs))
    return " ".join(letters) + "\x01" + " ".join(tones)


def _sort_key_left(s: str) -> str:
    return sort_key(list(reversed(_WORD.findall(fold(s)))))


def _sort_key_right(s: str) -> str:
    return sort_key(_WORD.findall(fold(s)))


def _columns(corpus: Any, docs: pd.DataFrame) -> tuple[np.ndarray, ...]:
    """The documents' text, title, province and id as object arrays, made once per documents
    table and kept on the corpus object (every query reads them)."""
    memo = memo_of(corpus, "_kwic_columns")
    if memo.get("docs") is not docs:
        memo.update(docs=docs, columns=(texts_of(corpus), *(
            docs[c].to_numpy(dtype=object) if c in docs else None for c in ("title", "province", "doc_id"))))
    return memo["columns"]


def _lines(index: TextIndex, hits: Hits, window: int, texts: np.ndarray, titles: np.ndarray | None,
           provinces: np.ndarray | None, doc_ids: np.ndarray) -> pd.DataFrame:
    """The concordance lines of ``hits`` (:meth:`danvan.phrases.index.TextIndex.find`), in columns."""
    s, e = hits.start, hits.end
    if window > 0:
        lo, hi = index.offsets[hits.pos], index.offsets[hits.pos + 1] - 1
        ls = index.starts[np.maximum(hits.first - window, lo)].astype(np.int64)
        re_ = index.ends[np.minimum(hits.last + window, hi)].astype(np.int64)
    else:
        ls, re_ = s, e
    rows = index.rows[hits.pos]
    text = texts[rows].tolist()
    none = np.full(len(rows), None, dtype=object)
    return pd.DataFrame({
        "doc_id": doc_ids[rows],
        "title": titles[rows] if titles is not None else none,
        "province": provinces[rows] if provinces is not None else none,
        "left": _pieces(text, ls, s, strip=True),
        "match": _pieces(text, s, e, strip=False),
        "right": _pieces(text, e, re_, strip=True),
        "start": s.astype(np.int64),
        "end": e.astype(np.int64),
    }, columns=COLUMNS)


def _pieces(texts: list[str], lo: np.ndarray, hi: np.ndarray, strip: bool) -> list[str]:
    """``texts[k][lo[k]:hi[k]]`` with each run of white space made one space (and stripped): the
    pieces are cut and cleaned as one string, joined by a character that is not white space."""
    pieces = list(map(str.__getitem__, texts, map(slice, lo.tolist(), hi.tolist())))
    joined = _JOIN.join(pieces)
    if joined.count(_JOIN) != max(len(pieces) - 1, 0):  # the character occurs in a text
        out = [_WS.sub(" ", p) for p in pieces]
    else:
        out = _WS.sub(" ", joined).split(_JOIN) if pieces else []
    return list(map(str.strip, out)) if strip else out


def kwic(
    corpus_or_documents: Any,
    query: str,
    window: int = 5,
    *,
    regex: bool = False,
    ignore_diacritics: bool = False,
    unit: str = "syllable",
    sort: str | None = None,
    word_edges: bool = True,
) -> pd.DataFrame:
    """Concordance of ``query`` in a corpus (or a documents DataFrame with doc_id and text).

    A match begins and ends on word edges of the segmentation (*dân giám sát* is not found in
    *nhân dân giám sát*); ``word_edges=False`` finds it inside words too (syllable units only).

    ``query`` is a word or phrase (``(word)`` optional, commas ignored) or, with ``regex=True``,
    a regular expression run on the normalised, case-insensitive text key (units joined by one
    space; ``|`` marks a sentence-internal hard break). ``sort``: None (document order),
    ``"left"`` (by the word nearest the match on the left, then outwards), ``"right"`` or
    ``"match"``, in Vietnamese alphabetical order (:func:`sort_key`); ties keep document order.
    ``df.attrs`` records the query and options.
    """
    if unit not in {"syllable", "word"}:
        raise ValueError("unit must be 'syllable' or 'word'")
    docs, tokens = _documents(corpus_or_documents, unit)
    if unit == "word" and tokens is None:
        raise ValueError("unit='word' needs a Corpus with a tokens table")
    rx = _pattern(query, regex, ignore_diacritics, unit == "word")
    index = text_index(corpus_or_documents, unit)
    if regex:  # documents holding the regex's literal letters; else every required word
        candidates = index.regex_candidates(rx.pattern, ignore_diacritics)
    else:
        candidates = index.candidates(required_pieces(query, ignore_diacritics), ignore_diacritics)
    texts, titles, provinces, doc_ids = _columns(corpus_or_documents, docs)
    hits = index.find(candidates, rx, ignore_diacritics, texts=texts, word_edges=word_edges,
                      joined=not regex and "\x00" not in query)
    df = _lines(index, hits, window, texts, titles, provinces, doc_ids)
    if sort is not None and len(df):
        if sort == "left":
            key = df["left"].map(_sort_key_left)
        elif sort in {"right", "match"}:
            key = df[sort].map(_sort_key_right)
        else:
            raise ValueError("sort must be None, 'left', 'right' or 'match'")
        df = df.assign(_k=key).sort_values(["_k", "doc_id", "start"], kind="stable")
        df = df.drop(columns="_k").reset_index(drop=True)
    df.attrs.update(
        {"query": query, "window": window, "unit": unit, "regex": regex,
         "ignore_diacritics": ignore_diacritics, "sort": sort, "word_edges": word_edges}
    )
    return df


def _caption(df: pd.DataFrame) -> str:
    n, q = len(df), df.attrs.get("query", "")
    vi = f"{n:,}".replace(",", ".")
    return f"KWIC “{q}”: {vi} dòng / KWIC: “{q}” ({n:,} {'line' if n == 1 else 'lines'})"


def kwic_html(df: pd.DataFrame, max_rows: int = 500, caption: str | None = None) -> str:
    """An HTML table of concordance lines; all text escaped, the match in ``<mark>``.

    The first column names the article by its short title (the doc_id when there is none, and
    as a tooltip). At most ``max_rows`` lines are embedded (the rest are counted in the caption).
    The default caption is ``attrs["caption"]`` (set by :func:`context_contains`) or the query.
    """
    esc = html.escape
    shown = df.head(max_rows)
    cap = caption or df.attrs.get("caption") or _caption(df)
    if len(df) > max_rows:
        cap += f"; {max_rows} dòng đầu / first {max_rows} shown"
    lines = [
        '<table class="danvan-kwic">',
        f"<caption>{esc(cap)}</caption>",
        "<thead><tr><th>bài / article</th><th style='text-align:right'>trái / left</th>"
        "<th>khớp / match</th><th>phải / right</th></tr></thead><tbody>",
    ]
    titles = shown["title"] if "title" in shown else pd.Series([None] * len(shown), index=shown.index)
    for r, title in zip(shown.itertuples(index=False), titles, strict=True):
        name = short_title(title, 40) or str(r.doc_id)
        lines.append(
            f"<tr><td title='{esc(str(r.doc_id))}'>{esc(name)}</td>"
            f"<td style='text-align:right'>{esc(str(r.left))}</td>"
            f"<td><mark>{esc(str(r.match))}</mark></td>"
            f"<td>{esc(str(r.right))}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


class KwicTable:
    """Concordance lines shown as :func:`kwic_html` in a notebook (and as text elsewhere)."""

    def __init__(self, df: pd.DataFrame, max_rows: int = 500, caption: str | None = None) -> None:
        self.df, self.max_rows, self.caption = df, max_rows, caption

    def _repr_html_(self) -> str:
        return kwic_html(self.df, max_rows=self.max_rows, caption=self.caption)

    def __repr__(self) -> str:
        head = self.caption or self.df.attrs.get("caption") or _caption(self.df)
        rows = [f"{r.left:>40}  [{r.match}]  {r.right}" for r in self.df.head(self.max_rows).itertuples()]
        return "\n".join([head, *rows])


def kwic_table(df: pd.DataFrame, max_rows: int = 500, caption: str | None = None) -> KwicTable:
    """The concordance ``df`` for display: put it last in a cell (or pass it to ``display``)."""
    return KwicTable(df, max_rows=max_rows, caption=caption)


def context_contains(lines: pd.DataFrame, phrase: str, side: str = "right") -> pd.DataFrame:
    """The concordance lines whose ``side`` context (``left``, ``right`` or ``either``) holds
    ``phrase`` as whole syllables (folded: case, tone-mark convention and commas do not matter).

    ``attrs`` keep the query and gain a caption that states the filter and the count.
    """
    if side not in {"left", "right", "either"}:
        raise ValueError("side must be 'left', 'right' or 'either'")
    rx = re.compile(compile_phrase(phrase))
    sides = ["left", "right"] if side == "either" else [side]

    def holds(row: pd.Series) -> bool:
        return any(rx.search(syllable_units(str(row[s])).key) for s in sides)

    keep = lines.apply(holds, axis=1).astype(bool) if len(lines) else pd.Series([], dtype=bool)
    out = lines[keep.to_numpy()].reset_index(drop=True)
    out.attrs = {**lines.attrs, "contains": phrase, "side": side}
    where_vi = {"left": "bên trái", "right": "bên phải", "either": "hai bên"}[side]
    where_en = {"left": "on the left", "right": "on the right", "either": "on either side"}[side]
    q = lines.attrs.get("query", "")
    n, m = len(out), len(lines)
    out.attrs["caption"] = (
        f"KWIC “{q}” có “{phrase}” {where_vi}: {n} / {m} dòng / "
        f"KWIC: “{q}” with “{phrase}” {where_en} ({n} of {m} {'line' if m == 1 else 'lines'})")
    return out


def neighbour_counts(lines: pd.DataFrame, side: str = "right", n: int = 1, top: int = 10) -> pd.DataFrame:
    """How often each ``n``-syllable sequence stands next to the match on ``side`` (``left``: the
    syllables just before it). Folded keys; columns ``words``, ``count`` (most frequent first,
    then alphabetically), the ``top`` rows. Lines with a shorter context are not counted."""
    if side not in {"left", "right"}:
        raise ValueError("side must be 'left' or 'right'")
    counts: Counter[str] = Counter()
    for context in lines[side] if len(lines) else []:
        words = _WORD.findall(fold(str(context)))
        near = words[:n] if side == "right" else words[-n:]
        if len(near) == n:
            counts[" ".join(near)] += 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], sort_key(kv[0].split())))
    df = pd.DataFrame(rows[:top], columns=["words", "count"])
    df.attrs["caption"] = (f"Từ ngay {'bên phải' if side == 'right' else 'bên trái'} từ khóa / "
                           f"Words right {'after' if side == 'right' else 'before'} the match")
    return df


def kwic_to_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write the concordance to CSV (UTF-8 with BOM, opens in Excel), atomically."""
    return write_csv(df, path)
