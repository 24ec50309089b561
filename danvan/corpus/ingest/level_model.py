"""A learned guess at the admin level where the rules (:mod:`danvan.corpus.ingest.levels`) find no
organising body: a multinomial logistic regression on counts of level markers (``Tỉnh ủy``, ``huyện X``,
``Quốc hội``…, :data:`~danvan.corpus.ingest.body_level._MARKER`) in the headline, the lead's first
sentence, the lead, its first paragraphs and the whole text.

It is fitted to the gold labels of ``tests/corpus/gold`` by ``benchmarks/train_levels.py``, which
also measures it on each gold file left out of the fit; the weights are ``danvan/data/level_model.json``.
It speaks only when its most likely class has at least the file's ``threshold`` of probability; it
may keep "no level", and never overrides a level the rules found. Where it gives one, the
article's ``place_source`` says so."""

from __future__ import annotations

import json
import math
import warnings
from functools import lru_cache
from typing import Any

from danvan.core.paths import DATA_DIR
from danvan.corpus.ingest.body_level import _MARKER
from danvan.corpus.ingest.dates import LEAD
from danvan.corpus.ingest.lead import first_sentence
from danvan.corpus.schema import ADMIN_LEVELS, LEVEL_GUESSED

CLASSES = (None, *ADMIN_LEVELS)
PARTS = ("title", "sentence", "lead", "opening", "text")  # where markers are counted
OPENING_PARAGRAPHS = 4
FEATURES = (
    *(f"{part}_{level}" for part in PARTS for level in ADMIN_LEVELS),
    *(f"rule_{level}" for level in CLASSES),
    "dated",
    "length",
)


def _marker_levels(text: str) -> list[tuple[int, str]]:
    """(offset, level) of each level marker in a text (a city's *thành phố* / *TP* counts as a province)."""
    return [(m.start(), "province" if m.lastgroup == "city" else m.lastgroup) for m in _MARKER.finditer(text)]


def _counts(found: list[tuple[int, str]], start: int, end: int) -> list[float]:
    """log(1 + count) of each level's markers found at offsets in ``[start, end)``."""
    counts = dict.fromkeys(ADMIN_LEVELS, 0)
    for at, level in found:
        if start <= at < end:
            counts[level] += 1
    return [math.log1p(counts[level]) for level in ADMIN_LEVELS]


def level_features(title: str, lead: str, text: str, rule_level: str | None) -> list[float]:
    """The model's inputs, in the order of :data:`FEATURES`: log(1 + count) of each level's markers
    in the headline, the lead's first sentence, the lead, the first paragraphs and the whole text (the
    markers are found in one pass over the text), the rules' level (one-hot), whether the lead opens
    on its day, and log(1 + length of the text)."""
    found = _marker_levels(text)
    at = text.find(lead) if lead else -1
    lead_at, lead_end = (at, at + len(lead)) if at >= 0 else (0, 0)
    opening = "\n\n".join(text.split("\n\n", OPENING_PARAGRAPHS)[:OPENING_PARAGRAPHS])
    values = _counts(_marker_levels(title), 0, len(title))
    values += _counts(found, lead_at, lead_at + len(first_sentence(lead)) if at >= 0 else 0)
    values += _counts(found, lead_at, lead_end)
    values += _counts(found, 0, len(opening))
    values += _counts(found, 0, len(text))
    values += [float(rule_level == level) for level in CLASSES]
    values += [float(bool(LEAD.match(lead))), math.log1p(len(text))]
    return values


@lru_cache(maxsize=1)
def _model() -> dict[str, Any] | None:
    """The fitted weights; None (no guess) where they were fitted to other features than these, which
    ``benchmarks/train_levels.py`` then fits anew (a test keeps the committed file in step)."""
    model = json.loads((DATA_DIR / "level_model.json").read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES or len(model["coef"]) != len(model["classes"]):
        warnings.warn("level_model.json does not fit these features: no level is guessed "
                      "(run benchmarks/train_levels.py)", stacklevel=2)
        return None
    return model


def class_probabilities(features: list[float]) -> dict[str | None, float]:
    """The model's probability of each class (no level, then each level) for one article."""
    model = _model()
    if model is None:
        return {None: 1.0}
    scaled = [(v - m) / s for v, m, s in zip(features, model["mean"], model["scale"], strict=True)]
    scores = [b + sum(w * x for w, x in zip(row, scaled, strict=True))
              for row, b in zip(model["coef"], model["intercept"], strict=True)]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(model["classes"], exp, strict=True)}


def guess_level(title: str, lead: str, text: str) -> tuple[str | None, float]:
    """For an article whose rules found no organising body: the level the model gives (None to keep
    no level) and its probability; None below the model's threshold."""
    model = _model()
    if model is None:
        return None, 0.0
    probabilities = class_probabilities(level_features(title, lead, text, None))
    best = max(probabilities, key=lambda c: probabilities[c])
    chance = probabilities[best]
    return (best if chance >= model["threshold"] else None), chance


def guess_note(level: str, chance: float) -> str:
    """What ``place_source`` says of a level the model gave."""
    return f"no organising body found: level {level} {LEVEL_GUESSED} ({chance:.0%})"
