"""Readable names for what the phrase tables identify by code: phrases (by their printed form,
never ``quy_che_dan_chu_co_so``) and articles (by a short title, never ``001_2514309eff9800d1``)."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from danvan.core.text import fold
from danvan.phrases.slogans import Slogan, load_catalogue

__all__ = ["FORMULA", "VARIANT_NAMES", "phrase_names", "printed_forms", "short_title", "short_titles"]

#: The formula as printed in the four-part form.
FORMULA = "dân biết, dân bàn, dân làm, dân kiểm tra"

#: Formula variants: (Vietnamese, English).
VARIANT_NAMES: dict[str, tuple[str, str]] = {
    "four": ("đủ bốn vế", "four-part"),
    "four_plus_one": ("năm vế (bốn vế và một vế mới)", "five-part (the four and one new part)"),
    "six": ("sáu vế (2021)", "six-part (2021)"),
    "partial": ("thiếu vế", "partial"),
}

_OPTIONAL = re.compile(r"\s*\(([^)]*)\)")


def _form(canonical: str) -> str:
    """A catalogue pattern as one printed wording: ``nắm (chắc) tình hình`` → ``nắm chắc tình hình``."""
    return " ".join(_OPTIONAL.sub(r" \1", canonical).split())


def phrase_names(catalogue: tuple[Slogan, ...] | None = None) -> dict[str, str]:
    """Phrase id → name: ``formula`` and ``formula_four``/``_six``/``_partial`` (bilingual), and
    every slogan id → its canonical wording (optional words included, parentheses removed)."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    names = {"formula": f"công thức / formula “{FORMULA}”"}
    names |= {f"formula_{v}": f"công thức {vi} / formula, {en}" for v, (vi, en) in VARIANT_NAMES.items()}
    return names | {s.id: _form(s.canonical) for s in catalogue}


def printed_forms(hits: pd.DataFrame, catalogue: tuple[Slogan, ...] | None = None) -> dict[str, str]:
    """Phrase id → the wording printed most often in ``hits`` (body text and titles; ties: the
    first printed). Wordings that differ only in case count as one, shown as printed most often.
    Ids without a hit get their :func:`phrase_names` name."""
    names = phrase_names(catalogue)
    out = dict(names)
    for pid, texts in hits.groupby("phrase_id", sort=False)["text"]:
        printed = [" ".join(str(t).split()) for t in texts]
        top_key = Counter(fold(t) for t in printed).most_common(1)[0][0]
        same = Counter(t for t in printed if fold(t) == top_key)
        out[str(pid)] = same.most_common(1)[0][0]  # ties: the first printed
    return out


def short_title(title: object, width: int = 40) -> str:
    """``title`` cut at a word boundary to at most ``width`` characters (``…`` marks the cut)."""
    text = " ".join(str(title).split()) if isinstance(title, str) else ""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,;:-–") + "…"


def short_titles(documents: pd.DataFrame, width: int = 40) -> pd.Series:
    """doc_id → :func:`short_title` of each article; the doc_id when there is no title, and a
    number (``· 2``) after a short title that another article already uses."""
    titles = documents["title"] if "title" in documents else pd.Series([None] * len(documents))
    seen: dict[str, int] = {}
    labels = []
    for doc_id, title in zip(documents["doc_id"], titles, strict=True):
        label = short_title(title, width) or str(doc_id)
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} · {seen[label]}")
    return pd.Series(labels, index=pd.Index(documents["doc_id"], name="doc_id"), name="title")
