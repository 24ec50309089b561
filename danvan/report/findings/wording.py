"""Words and numbers inside findings sentences: each language's number format, plurals, lists."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from danvan.report.display import md_escape

Lang = Literal["vi", "en"]


def number(value: float | int, lang: Lang, digits: int = 0) -> str:
    """``12786`` → ``12.786`` (vi) / ``12,786`` (en); ``73.25, digits=1`` → ``73,3`` / ``73.3``
    (halves round up, as readers expect: 2.5 → 3)."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{digits}f}"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def percent(share: float, lang: Lang, digits: int = 0) -> str:
    """``0.253`` → ``25%`` (both languages; Vietnamese uses a decimal comma when digits > 0)."""
    return f"{number(share * 100, lang, digits)}%"


def count(n: int, lang: Lang, vi_noun: str, en_singular: str, en_plural: str | None = None) -> str:
    """``3 bài`` / ``3 articles``, ``1 article``: Vietnamese nouns do not inflect."""
    if lang == "vi":
        return f"{number(n, lang)} {vi_noun}"
    noun = en_singular if n == 1 else (en_plural or f"{en_singular}s")
    return f"{number(n, lang)} {noun}"


def times(n: int, lang: Lang) -> str:
    """``3 lần`` / ``3 times``, ``once``."""
    if lang == "vi":
        return f"{number(n, lang)} lần"
    return "once" if n == 1 else f"{number(n, lang)} times"


def listing(items: Sequence[str], lang: Lang, empty: str | None = None) -> str:
    """``a, b và c`` / ``a, b and c``; ``empty`` (default ``không có`` / ``none``) for no item."""
    items = [i for i in items if i]
    if not items:
        return empty if empty is not None else ("không có" if lang == "vi" else "none")
    if len(items) == 1:
        return items[0]
    conj = " và " if lang == "vi" else " and "
    return ", ".join(items[:-1]) + conj + items[-1]


def quoted(phrase: str) -> str:
    """A phrase as printed in the articles, escaped and in curly quotes: “dân vận khéo”."""
    return f"“{md_escape(phrase)}”"
