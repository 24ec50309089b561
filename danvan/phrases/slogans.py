"""The slogan catalogue (``danvan/data/slogans.toml``) and matching it in texts.

The catalogue is plain TOML that users extend without code: one ``[[slogan]]`` table per phrase
with ``id``, ``category`` (:data:`CATEGORIES`: slogans and mottos, institution and programme names,
legal terms), ``canonical``, ``variants``, ``gloss_en``, ``source`` (the document, speech or year
that coined or fixed it) and ``note``. Matching uses :mod:`danvan.phrases.match`: case, NFC/NFD,
tone-mark convention, quotes, dashes and line breaks are ignored; ``(word)`` is optional;
``,``/``và`` between items are interchangeable. Offsets refer to the text given.
:func:`usage_labels` reads how a sentence uses a phrase (demanded, achieved, criticised,
questioned).
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

__all__ = ["CATALOGUE_PATH", "CATEGORIES", "Slogan", "load_catalogue", "extend_catalogue", "catalogue_table",
           "find_slogans", "USAGE_CUES", "usage_labels"]

CATALOGUE_PATH = DATA_DIR / "slogans.toml"
_ID = re.compile(r"^[a-z0-9_]+$")
#: Catalogue categories: id → (Vietnamese, English).
CATEGORIES: dict[str, tuple[str, str]] = {
    "slogan": ("khẩu hiệu, phương châm", "slogans and mottos"),
    "institution": ("tên cơ quan, chức năng, chương trình", "institution, function and programme names"),
    "legal": ("thuật ngữ pháp lý, văn bản", "legal terms and documents"),
}


@dataclass(frozen=True)
class Slogan:
    """One catalogue entry and its compiled patterns (canonical first)."""

    id: str
    canonical: str
    variants: tuple[str, ...] = ()
    category: str = "slogan"
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
        category = str(row.get("category", "slogan"))
        if category not in CATEGORIES:
            raise ValueError(f"{path}: slogan {sid!r}: category must be one of {sorted(CATEGORIES)}")
        seen.add(sid)
        forms = (row["canonical"], *row.get("variants", []))
        out.append(
            Slogan(
                id=sid, canonical=row["canonical"], variants=tuple(row.get("variants", [])),
                category=category,
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
    """The catalogue as a DataFrame (id, category, canonical, variants, gloss_en, source, note)."""
    return pd.DataFrame(
        [
            {"id": s.id, "category": s.category, "canonical": s.canonical,
             "variants": "; ".join(s.variants), "gloss_en": s.gloss_en, "source": s.source,
             "note": s.note}
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


#: Cue words (as printed; compared folded, as whole syllable runs) of how a sentence uses a phrase.
#: A first pass for reading, not a classifier: check every label against the line.
USAGE_CUES: dict[str, tuple[str, ...]] = {
    "demanded": ("phải", "cần", "yêu cầu", "đề nghị", "tiếp tục", "thực hiện tốt", "đẩy mạnh",
                 "tăng cường", "nên", "giao", "tập trung", "phát huy", "sẽ nỗ lực", "quyết liệt"),
    "achieved": ("đã", "góp phần", "được phát huy", "đạt được", "thành tựu", "kết quả quan trọng",
                 "có hiệu quả", "khen ngợi", "sinh động", "thành công"),
    "criticised": ("chưa", "hạn chế", "yếu kém", "bất cập", "vi phạm", "sai phạm", "chậm",
                   "tiêu cực", "nhũng nhiễu", "quan liêu", "hách dịch", "chỉ là", "phá vỡ",
                   "chiếu lệ", "hình thức chủ nghĩa"),
    "questioned": ("phải chăng", "chăng", "lấy gì mà", "làm sao", "liệu", "sao lại", "hay sao"),
}
_RHETORICAL = ("lấy gì mà", "sao lại", "hay sao")
# "hình thức" is criticism only as "formal, for show": after these words (mang tính hình thức,
# còn hình thức, dân chủ hình thức), never as "form, kind" (các hình thức, cả hai hình thức).
_FORMAL_BEFORE = ("tính", "còn", "mang", "nặng", "nặng về", "dân chủ", "chạy theo", "rất", "quá")
# words that cancel a cue right after it: "phải chăng" asks, "đã" in "đã ban hành" reports an
# act of issuing (an event), not an achievement
_NOT_AFTER = {"phải": ("chăng",), "đã": ("ban hành", "ký", "diễn ra", "tổ chức hội nghị")}
# words that cancel a cue right before it: "ân cần" (attentive) is no demand; "sẽ góp phần",
# "nhằm góp phần" look forward: no achievement yet
_NOT_BEFORE = {"cần": ("ân",), "góp phần": ("sẽ", "nhằm", "để")}


def _keys(text: str) -> str:
    return " " + " ".join(syllable_units(text).keys) + " "


@lru_cache(maxsize=1)
def _cue_keys() -> dict[str, tuple[tuple[str, str], ...]]:
    return {lab: tuple((c, _keys(c)) for c in cues) for lab, cues in USAGE_CUES.items()}


def _edges(sentence: str) -> tuple[str, set[int]]:
    """The sentence's key string and the offsets in it where a word of the segmentation goes on
    (a syllable inside ``cần_thiết``, ``ân_cần``, ``phải_chăng``): a cue neither begins nor ends
    there, so *cần* is found in *cần phải*, not in *trường hợp cần thiết*."""
    from danvan.phrases.edges import inner_of_text

    units = syllable_units(sentence)
    inner = inner_of_text(sentence, units.starts) if units.starts else []
    key, inside, at = " ", set(), 1
    for k, flag in zip(units.keys, inner, strict=True):
        if flag:
            inside.add(at - 1)  # the space before a syllable that continues a word
        key += k + " "
        at += len(k) + 1
    return key, inside


def usage_labels(sentence: str) -> dict[str, Any]:
    """How ``sentence`` uses a phrase: ``demanded``, ``achieved``, ``criticised``, ``questioned``
    (bool each) and ``cues`` (the cue words found, as printed in :data:`USAGE_CUES`). A
    rhetorical question (*lấy gì mà*, *sao lại*, *hay sao*) is questioned and criticised. A cue
    is a whole run of words of the segmentation (:mod:`danvan.phrases.edges`): *cần* is no demand
    inside *cần thiết*.

    ``questioned`` also holds for a sentence ending in ``?`` (rhetorical questions included:
    *dân không biết thì lấy gì mà bàn?*); *hình thức* counts as criticism only after words that
    make it "for show" (*mang tính hình thức*), never as "form" (*cả hai hình thức*).
    """
    key, inside = _edges(sentence)
    found: dict[str, list[str]] = {}
    for lab, cues in _cue_keys().items():
        hits = []
        for cue, ck in cues:
            at = key.find(ck)
            while at >= 0:
                after, before = key[at + len(ck):], key[:at + 1]
                on_edges = at not in inside and at + len(ck) - 1 not in inside
                if on_edges and not any(after.startswith(_keys(w)[1:]) for w in _NOT_AFTER.get(cue, ())) and \
                        not any(before.endswith(_keys(w)) for w in _NOT_BEFORE.get(cue, ())):
                    hits.append(cue)
                    break
                at = key.find(ck, at + 1)
        found[lab] = hits
    if any(f" {fold_key} hình thức " in key for fold_key in (_keys(w).strip() for w in _FORMAL_BEFORE)):
        found["criticised"].append("hình thức")
    rhetorical = [c for c in found["questioned"] if c in _RHETORICAL]
    if rhetorical:  # a rhetorical question asserts the opposite: criticism
        found["criticised"].extend(c for c in rhetorical if c not in found["criticised"])
    if sentence.rstrip(" \"'”’»)").endswith("?") and "?" not in found["questioned"]:
        found["questioned"].append("?")
    return {**{lab: bool(v) for lab, v in found.items()},
            "cues": ", ".join(c for v in found.values() for c in v)}
