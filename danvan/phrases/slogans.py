"""The slogan catalogue (``danvan/data/slogans.toml``) and matching it in texts.

The catalogue is plain TOML that users extend without code: one ``[[slogan]]`` table per phrase
with ``id``, ``canonical``, ``variants``, ``gloss_en``, ``source`` (the document that coined it,
where known). Matching uses :mod:`danvan.phrases.match`: case, NFC/NFD, tone-mark convention,
quotes, dashes and line breaks are ignored; ``(word)`` is optional; ``,``/``và`` between items
are interchangeable. Offsets refer to the text given.
"""

from __future__ import annotations

import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from danvan.core.paths import DATA_DIR
from danvan.phrases.match import Units, compile_phrase, find_spans, syllable_units

__all__ = ["CATALOGUE_PATH", "Slogan", "load_catalogue", "extend_catalogue", "catalogue_table",
           "find_slogans"]

CATALOGUE_PATH = DATA_DIR / "slogans.toml"
_ID = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class Slogan:
    """One catalogue entry and its compiled patterns (canonical first)."""

    id: str
    canonical: str
    variants: tuple[str, ...] = ()
    gloss_en: str = ""
    source: str = ""
    note: str = ""
    patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.canonical, *self.variants)


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> tuple[Slogan, ...]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out: list[Slogan] = []
    seen: set[str] = set()
    for i, row in enumerate(data.get("slogan", [])):
        sid = str(row.get("id", ""))
        if not _ID.match(sid) or sid in seen:
            raise ValueError(f"{path}: slogan #{i + 1}: missing, invalid or repeated id {sid!r}")
        if not row.get("canonical"):
            raise ValueError(f"{path}: slogan {sid!r} has no canonical form")
        seen.add(sid)
        forms = (row["canonical"], *row.get("variants", []))
        out.append(
            Slogan(
                id=sid, canonical=row["canonical"], variants=tuple(row.get("variants", [])),
                gloss_en=row.get("gloss_en", ""), source=row.get("source", ""),
                note=row.get("note", ""),
                patterns=tuple(re.compile(compile_phrase(f)) for f in forms),
            )
        )
    return tuple(out)


def load_catalogue(path: str | Path | None = None) -> tuple[Slogan, ...]:
    """Read (and cache) the catalogue; ``path`` defaults to the packaged ``slogans.toml``."""
    p = Path(path) if path is not None else CATALOGUE_PATH
    return _load(str(p.resolve()), p.stat().st_mtime)


def extend_catalogue(extra: str, path: str | Path | None = None) -> Path:
    """Write your own catalogue: the packaged one followed by ``extra`` (``[[slogan]]`` tables in
    TOML) into ``path`` (default: ``slogans.toml`` in a new temporary folder). The result is
    loaded once, so a mistake (bad TOML, a repeated id) fails here; returns the path for
    :func:`load_catalogue`."""
    target = Path(path) if path is not None else Path(tempfile.mkdtemp(prefix="danvan-")) / "slogans.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    base = CATALOGUE_PATH.read_text(encoding="utf-8").rstrip("\n")
    target.write_text(f"{base}\n\n{extra.strip()}\n", encoding="utf-8")
    load_catalogue(target)
    return target


def catalogue_table(path: str | Path | None = None) -> pd.DataFrame:
    """The catalogue as a DataFrame (id, canonical, variants, gloss_en, source)."""
    return pd.DataFrame(
        [
            {"id": s.id, "canonical": s.canonical, "variants": "; ".join(s.variants),
             "gloss_en": s.gloss_en, "source": s.source}
            for s in load_catalogue(path)
        ]
    )


def find_slogans(
    text: str, catalogue: tuple[Slogan, ...] | None = None, units: Units | None = None
) -> list[dict[str, Any]]:
    """Every catalogue phrase in ``text``: dicts with phrase_id, variant, start, end, text.

    ``variant`` is the catalogue form that matched (canonical or one of the variants). Within one
    phrase overlapping matches are resolved to the longest; different phrases may overlap.
    """
    if not text:
        return []
    catalogue = catalogue if catalogue is not None else load_catalogue()
    units = units or syllable_units(text)
    out: list[dict[str, Any]] = []
    for slogan in catalogue:
        cands = []
        for form, rx in zip(slogan.forms, slogan.patterns, strict=True):
            for _, _, s, e in find_spans(units, rx):
                cands.append((s, e, form))
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        kept: list[tuple[int, int, str]] = []
        for s, e, form in cands:
            if all(e <= ks or s >= ke for ks, ke, _ in kept):
                kept.append((s, e, form))
        for s, e, form in sorted(kept):
            out.append(
                {"phrase_id": slogan.id, "variant": form, "start": s, "end": e, "text": text[s:e]}
            )
    out.sort(key=lambda h: (h["start"], h["phrase_id"]))
    return out
