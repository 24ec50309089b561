"""Word segmentation against the hand segmentation of ``tests/corpus/gold/segmentation.txt`` (issue 14).

For each gold sentence the text is rebuilt (words joined by spaces, ``_`` read as a space) and cut
by (a) bare ``underthesea.word_tokenize`` and (b) danvan's segmentation
(:func:`danvan.corpus.ingest.segment.tokenize`: underthesea's words, lexicon terms merged). A word
is its span of characters over the sentence with the spaces taken out; precision, recall and F1
count the spans that gold and system share (every word, punctuation included).

It then checks, on ``../shared/corpora/danvan_news.jsonl.gz``, how often *Ủy ban Thường vụ Quốc
hội* is printed and how many of those come out as one word (tokenising only the paragraphs that
contain it).

Usage::

    python benchmarks/segmentation.py            # scores, lexicon size, the check
    python benchmarks/segmentation.py --misses   # and the worst sentences
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "corpus" / "gold" / "segmentation.txt"
DANVAN_NEWS = ROOT.parent / "shared" / "corpora" / "danvan_news.jsonl.gz"
CHECK_TERM = "Ủy ban Thường vụ Quốc hội"


def gold_sentences(path: Path = GOLD) -> list[list[str]]:
    """The gold sentences, each a list of words (syllables joined by ``_``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split() for ln in lines if ln.strip() and not ln.startswith("#")]


def text_of(words: list[str]) -> str:
    return " ".join(words).replace("_", " ")


def spans(words: list[str]) -> set[tuple[int, int]]:
    """Character spans of words over the sentence with its spaces (and ``_``) taken out."""
    out: set[tuple[int, int]] = set()
    at = 0
    for w in words:
        n = len(re.sub(r"[\s_]", "", w))
        out.add((at, at + n))
        at += n
    return out


def bare(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text)


def merged(text: str) -> list[str]:
    from danvan.corpus.ingest.segment import tokenize

    return tokenize(text)[0]


def score(gold: list[list[str]], system) -> dict[str, float]:
    """Word-level precision, recall and F1 of ``system`` (text → words) against ``gold``."""
    hit = n_gold = n_sys = 0
    for words in gold:
        g, s = spans(words), spans(system(text_of(words)))
        hit += len(g & s)
        n_gold += len(g)
        n_sys += len(s)
    p, r = hit / n_sys, hit / n_gold
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def misses(gold: list[list[str]], system, n: int = 8) -> list[tuple[float, str, str]]:
    """The ``n`` sentences with the lowest F1: (F1, gold, system), words joined by ``_``."""
    rows = []
    for words in gold:
        out = system(text_of(words))
        g, s = spans(words), spans(out)
        f1 = 2 * len(g & s) / (len(g) + len(s))
        rows.append((f1, " ".join(words), " ".join(w.replace(" ", "_") for w in out)))
    return sorted(rows)[:n]


def term_check(path: Path = DANVAN_NEWS, term: str = CHECK_TERM) -> tuple[int, int]:
    """(times ``term`` is printed in the corpus text, times it comes out as one word), over the
    paragraphs that contain it (folded comparison)."""
    from danvan.core.text import fold, normalize
    from danvan.corpus.ingest.segment import tokenize_many

    key = fold(term)
    paragraphs: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = normalize(json.loads(line).get("text") or "")
            paragraphs += [p for p in text.split("\n") if key in fold(p)]
    printed = sum(fold(p).count(key) for p in paragraphs)
    whole = sum(fold(w) == key for words, *_ in tokenize_many(paragraphs) for w in words)
    return printed, whole


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="show the worst sentences")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from danvan.corpus.ingest.resources import lexicon_terms

    gold = gold_sentences()
    print(f"gold: {len(gold)} sentences, {sum(map(len, gold))} words; lexicon: {len(lexicon_terms())} terms")
    for name, system in (("underthesea word_tokenize", bare), ("danvan tokenize (merged)", merged)):
        s = score(gold, system)
        print(f"{name:28s} precision {s['precision']:.4f}  recall {s['recall']:.4f}  F1 {s['f1']:.4f}")
        if args.misses:
            for f1, g, out in misses(gold, system):
                print(f"  F1 {f1:.2f}\n    gold: {g}\n    got:  {out}")
    if DANVAN_NEWS.exists():
        printed, whole = term_check()
        print(f"{CHECK_TERM!r} in {DANVAN_NEWS.name}: printed {printed} times, one token {whole} times")
    else:
        print(f"(no {DANVAN_NEWS}: term check skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
