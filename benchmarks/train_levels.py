"""Fit the admin-level model (:mod:`danvan.corpus.ingest.level_model`) to the gold labels, and measure it.

The gold articles (``tests/corpus/gold``, with their texts from ``../shared/corpora``) are ingested as
``benchmarks/accuracy.py`` does. For each one the rules' own level is read back from the documents
table (a level the model guessed is "none" to the rules), and the model's features are computed from
its headline, lead and text as the ingest computes them.

Before fitting, the model is measured on each gold file **left out of its fit** (fitted to the other
files): the admin level right by the rules alone, and by the rules with the model where they find no
organising body. That is the figure to trust for articles neither the rules nor the model have seen.
(The ingest also gives no guess where the rules read the lead's subject as no body at all, a foreign
state or a person without a post; this measure cannot tell those rows from the others: one article
either way on the gold.)
Then it is fitted to every file given and written to ``danvan/data/level_model.json`` (atomically),
unless ``--dry-run``.

Usage::

    python benchmarks/train_levels.py                     # measure, fit on every gold file, write
    python benchmarks/train_levels.py --skip heldout_7    # leave an unseen set out of the fit
    python benchmarks/train_levels.py --dry-run           # measure only
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402

from danvan.core.io import write_text  # noqa: E402
from danvan.core.paths import DATA_DIR  # noqa: E402
from danvan.corpus.ingest.lead import lead_paragraph  # noqa: E402
from danvan.corpus.ingest.level_model import CLASSES, FEATURES, level_features  # noqa: E402
from danvan.corpus.schema import LEVEL_GUESSED  # noqa: E402

C = 0.3  # inverse strength of the L2 penalty (chosen by leaving gold files out, 0.03-1 alike)
THRESHOLD = 0.5  # the model gives a level only when its best class is at least this likely
SEED = 0


def gold_rows(skip: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, gold class, rules' class and gold file of every ingested gold article."""
    gold = [g for g in accuracy.load_gold() if not any(s in g["_file"] for s in skip)]
    with tempfile.TemporaryDirectory() as tmp:
        docs, _, _, ids = accuracy.ingest(gold, Path(tmp))
    features, wanted, rules, files = [], [], [], []
    for i, g in enumerate(gold):
        if i not in ids:
            continue
        d = docs.loc[ids[i]]
        level = None if LEVEL_GUESSED in str(d["place_source"]) or not isinstance(d["admin_level"], str) \
            else d["admin_level"]
        text, title = d["text"], d["title"] or ""
        lead = lead_paragraph(text.split("\n\n"), title)
        features.append(level_features(title, lead, text, level))
        wanted.append(CLASSES.index(g.get("admin_level")))
        rules.append(CLASSES.index(level))
        files.append(g["_file"])
    return np.array(features), np.array(wanted), np.array(rules), np.array(files)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)  # a constant feature gets scale 1
    model = LogisticRegression(C=C, max_iter=5000, random_state=SEED).fit(scaler.transform(x), y)
    return scaler, model


def with_model(scaler: StandardScaler, model: LogisticRegression, x: np.ndarray, rules: np.ndarray
               ) -> np.ndarray:
    """The rules' class, or the model's where the rules give none and the model is sure enough."""
    p = model.predict_proba(scaler.transform(x))
    best, chance = model.classes_[p.argmax(1)], p.max(1)
    return np.where((rules == 0) & (chance >= THRESHOLD), best, rules)


def measure(x: np.ndarray, y: np.ndarray, rules: np.ndarray, files: np.ndarray) -> None:
    print(f"{'gold file left out':<22} {'n':>4} {'rules':>12} {'rules+model':>14} {'changed':>8}")
    total = [0, 0, 0, 0]
    for name in sorted(set(files)):
        out = files == name
        scaler, model = fit(x[~out], y[~out])
        combined = with_model(scaler, model, x[out], rules[out])
        r, m, n = int((rules[out] == y[out]).sum()), int((combined == y[out]).sum()), int(out.sum())
        changed = int((combined != rules[out]).sum())
        total = [total[0] + r, total[1] + m, total[2] + n, total[3] + changed]
        print(f"{name:<22} {n:>4} {r:>5} {r / n:>6.1%} {m:>7} {m / n:>6.1%} {changed:>8}")
    r, m, n, changed = total
    print(f"{'all':<22} {n:>4} {r:>5} {r / n:>6.1%} {m:>7} {m / n:>6.1%} {changed:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", nargs="*", default=[], help="gold files (name parts) left out of it all")
    parser.add_argument("--dry-run", action="store_true", help="measure, but write no model")
    args = parser.parse_args()
    if not accuracy.CORPORA.is_dir():
        sys.exit(f"{accuracy.CORPORA} is absent: the gold articles' texts are read from there")
    x, y, rules, files = gold_rows(args.skip)
    print(f"{len(y)} gold articles; the rules give no level to {int((rules == 0).sum())}, "
          f"of which {int(((rules == 0) & (y != 0)).sum())} have one in the gold\n")
    measure(x, y, rules, files)
    if args.dry_run:
        return
    scaler, model = fit(x, y)
    classes = [CLASSES[int(c)] for c in model.classes_]
    fitted = {
        "about": "danvan.corpus.ingest.level_model, fitted by benchmarks/train_levels.py",
        "trained_on": sorted(set(files)),
        "n": len(y),
        "C": C,
        "threshold": THRESHOLD,
        "features": list(FEATURES),
        "classes": classes,
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [[round(float(v), 6) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 6) for v in model.intercept_],
    }
    path = write_text(DATA_DIR / "level_model.json", json.dumps(fitted, ensure_ascii=False, indent=1) + "\n")
    print(f"\nwrote {path} (fitted to {len(y)} articles of {len(set(files))} gold files)")


if __name__ == "__main__":
    main()
