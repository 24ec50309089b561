"""The package's data files (boilerplate rules, outlets, lexicon, abbreviations), loaded once."""

from __future__ import annotations

import re
from functools import lru_cache

from danvan.core.paths import DATA_DIR
from danvan.core.text import fold, normalize


def data_rows(name: str) -> list[list[str]]:
    """Non-comment lines of a data file, split on tabs and normalised."""
    text = normalize((DATA_DIR / name).read_text(encoding="utf-8"))
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def boilerplate_rules() -> list[tuple[str, str]]:
    return [(r[0], r[1].strip()) for r in data_rows("boilerplate.tsv")]


@lru_cache(maxsize=1)
def outlets() -> list[tuple[re.Pattern[str], str, str | None]]:
    out = []
    for row in data_rows("outlets.tsv"):
        province = row[2].strip() if len(row) > 2 and row[2].strip() else None
        out.append((re.compile(row[0]), row[1].strip(), province))
    return out


@lru_cache(maxsize=1)
def _any_outlet() -> re.Pattern[str]:
    """Every outlet pattern in one (most texts match none: one search instead of one each)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in outlets()))


def outlet_marker(text: str) -> tuple[str, str | None] | None:
    """(outlet, province hint) for a marker (``Baohatinh.vn``, ``NDO``), a URL or footer, or None.
    The first pattern of ``outlets.tsv`` that matches wins."""
    text = text.strip()
    if _any_outlet().search(text):
        for pattern, outlet, province in outlets():
            if pattern.search(text):
                return outlet, province
    return None


@lru_cache(maxsize=1)
def lexicon_terms() -> list[str]:
    return [r[0].strip() for r in data_rows("lexicon.txt")]


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Folded abbreviation → full form (``ubnd`` → ``Ủy ban nhân dân``)."""
    return {fold(r[0].strip()): r[1].strip() for r in data_rows("abbreviations.tsv")}
