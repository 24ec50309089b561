"""Flexible phrase matching that reports offsets into the text as given.

A text is cut into *units* (syllables by default, or the ingest's word tokens). Each unit gets a
comparison key (:func:`danvan.core.text.fold`, or :func:`danvan.core.text.strip_diacritics` when diacritics
are ignored), and the keys are joined into one search string: a space between units separated only
by spaces, line breaks, commas, semicolons, hyphens, dashes, slashes or quotes ("soft"), and
``" | "`` where a full stop, colon, bracket or other punctuation intervenes ("hard"). Patterns run
on that key string, so NFD input, old tone marks (``hoà``), capitals and soft punctuation do not
matter, and matches map back to the original offsets through the units.

Pattern syntax of :func:`compile_phrase` (used by the slogan catalogue):
``(word)`` optional word(s); ``,`` or ``và`` between items: a soft boundary that may carry ``và``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from danvan.core.text import fold, strip_diacritics

__all__ = ["Units", "syllable_units", "units_from_spans", "compile_phrase", "find_spans"]

# a syllable: letters/digits plus combining marks (NFD input), no underscore
UNIT_RE = re.compile(r"[^\W_][\w\u0300-\u036f\u1dc0-\u1dff]*")
_QUOTES = "\"'`\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb"
SOFT_SEP = re.compile(rf"[\s,;\-\u2010-\u2015/*{_QUOTES}]*")
HARD = " | "


@dataclass
class Units:
    """Units of one text: original offsets, keys and the joined key string."""

    text: str
    starts: list[int]
    ends: list[int]
    keys: list[str]
    key: str = ""
    key_starts: list[int] = field(default_factory=list)
    hard_before: list[bool] = field(default_factory=list)
    #: per unit, True where it lies inside a word and does not begin it (:mod:`danvan.phrases.edges`);
    #: None where the words are unknown (every syllable edge may then be a word edge)
    inner: Sequence[bool] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def unit_at(self, key_offset: int) -> int:
        """Index of the unit whose key contains (or precedes) ``key_offset``."""
        return max(bisect.bisect_right(self.key_starts, key_offset) - 1, 0)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original-text offsets covering units ``first`` … ``last`` (inclusive)."""
        return self.starts[first], self.ends[last]

    def on_word_edges(self, first: int, last: int) -> bool:
        """Whether units ``first`` … ``last`` begin and end on word edges (always, without words)."""
        if self.inner is None:
            return True
        return not self.inner[first] and (last + 1 >= len(self.inner) or not self.inner[last + 1])


def _key_fn(ignore_diacritics: bool):
    return strip_diacritics if ignore_diacritics else fold


def units_from_spans(
    text: str, spans: Iterable[tuple[int, int]], keys: Sequence[str] | None = None,
    ignore_diacritics: bool = False,
) -> Units:
    """Build :class:`Units` from ``(start, end)`` spans (e.g. word tokens) of ``text``."""
    spans = list(spans)
    key_of = _key_fn(ignore_diacritics)
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    if keys is None:
        ks = [key_of(text[s:e]) for s, e in spans]
    else:
        ks = [key_of(k) for k in keys]
    parts: list[str] = []
    key_starts: list[int] = []
    hard: list[bool] = []
    pos = 0
    for i, k in enumerate(ks):
        if i:
            gap = text[ends[i - 1]:starts[i]]
            is_hard = SOFT_SEP.fullmatch(gap) is None
            sep = HARD if is_hard else " "
            parts.append(sep)
            pos += len(sep)
        else:
            is_hard = True
        hard.append(is_hard)
        key_starts.append(pos)
        parts.append(k)
        pos += len(k)
    return Units(text, starts, ends, ks, "".join(parts), key_starts, hard)


def syllable_units(text: str, ignore_diacritics: bool = False) -> Units:
    """Cut ``text`` into syllables (runs of letters/digits and combining marks)."""
    return units_from_spans(
        text, ((m.start(), m.end()) for m in UNIT_RE.finditer(text)),
        ignore_diacritics=ignore_diacritics,
    )


# ------------------------------------------------------------------ phrase patterns

def compile_phrase(phrase: str, ignore_diacritics: bool = False, word_units: bool = False) -> str:
    """Regex source (for the key string) of a catalogue phrase.

    ``nắm (chắc) tình hình nhân dân`` makes *chắc* optional; ``của dân, do dân, vì dân`` and
    ``giám sát và phản biện`` accept a comma, a line break, ``và`` or nothing between items.
    With ``word_units`` a space may also be the ``_`` inside a merged word (matches still start
    and end at word boundaries).
    """
    key_of = _key_fn(ignore_diacritics)
    space = "[ _]" if word_units else " "
    boundary = "(?:" + space + key_of("và") + ")?" + space
    toks = re.findall(r"\([^)]*\)|,|[^\s,()]+", phrase)
    elements: list[tuple[str, bool, bool]] = []  # (regex, optional, boundary before)
    pending = False
    for tok in toks:
        if tok == "," or key_of(tok) == key_of("và"):
            pending = True
            continue
        optional = tok.startswith("(")
        words = tok[1:-1].split() if optional else [tok]
        elements.append((space.join(re.escape(key_of(w)) for w in words), optional, pending))
        pending = False
    src = ""
    leading = True  # only optional words so far (each carries the space after it)
    for rx, optional, bnd in elements:
        if leading and optional:
            src += f"(?:{rx}{space})?"
            continue
        sep = "" if leading else (boundary if bnd else space)
        src += f"(?:{sep}{rx})?" if optional else sep + rx
        leading = False
    edge = "[^ |]"
    if elements and not elements[0][1]:
        # the same test written after the first word, so that the pattern starts with a literal
        # (the regex engine then skips ahead to it instead of trying every position)
        first = elements[0][0]
        return f"{first}(?<!{edge}{first}){src[len(first):]}(?!{edge})"
    return f"(?<!{edge}){src}(?!{edge})"


def find_spans(units: Units, pattern: str | re.Pattern[str]) -> list[tuple[int, int, int, int]]:
    """Non-overlapping matches of a key-string regex: ``(first_unit, last_unit, start, end)``,
    only those on word edges where the units know their words (:attr:`Units.inner`)."""
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    out: list[tuple[int, int, int, int]] = []
    for m in rx.finditer(units.key):
        if m.end() == m.start():
            continue
        first = units.unit_at(m.start())
        last = units.unit_at(m.end() - 1)
        if not units.on_word_edges(first, last):
            continue
        s, e = units.span(first, last)
        out.append((first, last, s, e))
    return out
