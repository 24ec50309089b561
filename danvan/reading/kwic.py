"""Keyword in context (KWIC): concordance lines for a word, a phrase or a regular expression.

``kwic(corpus, "dân biết")`` returns a DataFrame, one row per hit: doc_id, title, province, left,
match, right, start, end (offsets into ``documents.text``). Units are syllables (default) or the
ingest's word tokens (``unit="word"``, needs ``corpus.tokens``); the window counts units each
side. ``ignore_diacritics=True`` lets ``dan van`` find ``dân vận``. :func:`kwic_html` renders the
table with every piece of article text escaped and the match in ``<mark>``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pandas as pd

from danvan.core.io import write_csv
from danvan.core.text import fold, normalize, strip_diacritics
from danvan.phrases.match import Units, compile_phrase, syllable_units, units_from_spans

__all__ = ["kwic", "kwic_html", "kwic_to_csv", "COLUMNS"]

COLUMNS = ["doc_id", "title", "province", "left", "match", "right", "start", "end"]
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")


def _documents(corpus_or_documents: Any) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    docs = getattr(corpus_or_documents, "documents", corpus_or_documents)
    tokens = getattr(corpus_or_documents, "tokens", None)
    if not isinstance(docs, pd.DataFrame):
        raise TypeError("kwic() needs a Corpus or a documents DataFrame")
    return docs, tokens


def _pattern(query: str, regex: bool, ignore_diacritics: bool, word_units: bool) -> re.Pattern:
    if regex:
        src = strip_diacritics(query, casefold=False) if ignore_diacritics else normalize(query)
        return re.compile(src, re.IGNORECASE)
    return re.compile(compile_phrase(query, ignore_diacritics, word_units=word_units))


def _word_units(text: str, toks: pd.DataFrame, ignore_diacritics: bool) -> Units:
    toks = toks[~toks["is_punct"].astype(bool)].sort_values("start")
    return units_from_spans(
        text, zip(toks["start"].astype(int), toks["end"].astype(int), strict=True),
        keys=list(toks["norm"].astype(str)), ignore_diacritics=ignore_diacritics,
    )


def _sort_key_left(s: str) -> str:
    return " ".join(reversed(_WORD.findall(fold(s))))


def _sort_key_right(s: str) -> str:
    return " ".join(_WORD.findall(fold(s)))


def kwic(
    corpus_or_documents: Any,
    query: str,
    window: int = 5,
    *,
    regex: bool = False,
    ignore_diacritics: bool = False,
    unit: str = "syllable",
    sort: str | None = None,
) -> pd.DataFrame:
    """Concordance of ``query`` in a corpus (or a documents DataFrame with doc_id and text).

    ``query`` is a word or phrase (``(word)`` optional, commas ignored) or, with ``regex=True``,
    a regular expression run on the normalised, case-insensitive text key (units joined by one
    space; ``|`` marks a sentence-internal hard break). ``sort``: None (document order),
    ``"left"`` (by the word nearest the match on the left, then outwards), ``"right"`` or
    ``"match"``. ``df.attrs`` records the query and options.
    """
    if unit not in {"syllable", "word"}:
        raise ValueError("unit must be 'syllable' or 'word'")
    docs, tokens = _documents(corpus_or_documents)
    if unit == "word" and tokens is None:
        raise ValueError("unit='word' needs a Corpus with a tokens table")
    rx = _pattern(query, regex, ignore_diacritics, unit == "word")
    tok_groups = dict(tuple(tokens.groupby("doc_id", sort=False))) if unit == "word" else {}
    rows: list[dict[str, Any]] = []
    for doc in docs.itertuples(index=False):
        text = getattr(doc, "text", None)
        if not isinstance(text, str) or not text:
            continue
        if unit == "word":
            doc_toks = tok_groups.get(doc.doc_id)
            if doc_toks is None:
                continue
            units = _word_units(text, doc_toks, ignore_diacritics)
        else:
            units = syllable_units(text, ignore_diacritics=ignore_diacritics)
        if not len(units):
            continue
        for m in rx.finditer(units.key):
            if m.end() == m.start():
                continue
            first, last = units.unit_at(m.start()), units.unit_at(m.end() - 1)
            s, e = units.span(first, last)
            ls = units.starts[max(first - window, 0)] if window > 0 else s
            re_ = units.ends[min(last + window, len(units) - 1)] if window > 0 else e
            rows.append(
                {
                    "doc_id": doc.doc_id,
                    "title": getattr(doc, "title", None),
                    "province": getattr(doc, "province", None),
                    "left": _WS.sub(" ", text[ls:s]).strip(),
                    "match": _WS.sub(" ", text[s:e]),
                    "right": _WS.sub(" ", text[e:re_]).strip(),
                    "start": s,
                    "end": e,
                }
            )
    df = pd.DataFrame(rows, columns=COLUMNS)
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
         "ignore_diacritics": ignore_diacritics, "sort": sort}
    )
    return df


def kwic_html(df: pd.DataFrame, max_rows: int = 500, caption: str | None = None) -> str:
    """An HTML table of concordance lines; all text escaped, the match in ``<mark>``.

    At most ``max_rows`` lines are embedded (the rest are counted in the caption).
    """
    esc = html.escape
    shown = df.head(max_rows)
    cap = caption or f"KWIC: “{df.attrs.get('query', '')}” ({len(df)} lines)"
    if len(df) > max_rows:
        cap += f"; first {max_rows} shown"
    lines = [
        '<table class="danvan-kwic">',
        f"<caption>{esc(cap)}</caption>",
        "<thead><tr><th>doc_id</th><th style='text-align:right'>left</th><th>match</th>"
        "<th>right</th></tr></thead><tbody>",
    ]
    for r in shown.itertuples(index=False):
        lines.append(
            f"<tr><td>{esc(str(r.doc_id))}</td>"
            f"<td style='text-align:right'>{esc(str(r.left))}</td>"
            f"<td><mark>{esc(str(r.match))}</mark></td>"
            f"<td>{esc(str(r.right))}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


def kwic_to_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write the concordance to CSV (UTF-8 with BOM, opens in Excel), atomically."""
    return write_csv(df, path)
