"""The metadata's accuracy on the gold labels, as ``benchmarks/accuracy.py`` scores it (issue 13).

The fixtures (short header-and-lead articles in real outlets' formats, text included) always
run. The labels of real articles need ``../shared/corpora``; those tests skip without it. Floors
sit at or just below what the ingest measures, so that a rule change that loses accuracy fails
here; the targets themselves are printed by the benchmark.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from project_paths import ROOT, SHARED_CORPORA


def _accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scores(tmp_path: Path, keep) -> tuple[dict, list[str], int]:
    acc = _accuracy()
    gold = [g for g in acc.load_gold() if keep(g["_file"])]
    docs, people, citations, ids = acc.ingest(gold, tmp_path)
    scores, misses = acc.score(gold, docs, people, ids, citations)
    return scores, misses, len(gold)


def _share(pair: list[int]) -> float:
    ok, total = pair
    return ok / total


def test_fixtures_meet_the_targets(tmp_path: Path) -> None:
    scores, misses, n = _scores(tmp_path, lambda name: name == "fixtures.jsonl")
    assert n >= 40
    for field, pair in scores["fields"].items():
        assert pair[1] > 0, field
        assert _share(pair) >= 0.95, (field, pair, [m for m in misses if f": {field}:" in m])
    hits, gold_n, pred_n = scores["pr"]["people"]
    assert hits / gold_n >= 0.9 and hits / pred_n >= 0.95, misses
    hits, gold_n, pred_n = scores["pr"]["citations"]
    assert hits / gold_n >= 0.9 and hits / pred_n >= 0.9, misses


@pytest.mark.skipif(not SHARED_CORPORA.exists(), reason=f"{SHARED_CORPORA} not found: real-article gold "
                    "labels cannot be scored")
def test_real_articles_keep_their_accuracy(tmp_path: Path) -> None:
    scores, misses, n = _scores(tmp_path, lambda name: name != "fixtures.jsonl")
    assert n >= 880
    # measured on the 885 real articles (heldout_14, unseen until this stop, included): title 97.4%, published
    # 99.8%, event date 95.7%, event day 94.1%, province 90.2%, level 88.5% (the level model fitted to all but
    # heldout_7 to heldout_14), author 98.1%; people 91.5% recall at 95.6% precision. Floors sit under them
    floors = {"title": 0.97, "published": 0.99, "event_date": 0.95, "event_day": 0.94, "province": 0.89,
              "province_2025": 0.89, "admin_level": 0.88, "author": 0.98}
    for field, floor in floors.items():
        assert _share(scores["fields"][field]) >= floor, (field, scores["fields"][field])
    hits, gold_n, pred_n = scores["pr"]["people"]
    assert hits / gold_n >= 0.90 and hits / pred_n >= 0.95, (hits, gold_n, pred_n)
