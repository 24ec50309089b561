"""Per-field accuracy of the ingest's metadata on the development gold set (issue 13).

The gold set (``tests/corpus/gold/``) holds labels made by reading real articles of the three
corpora in ``../shared/corpora/`` (ids and labels only, no text) and short header-and-lead
fixtures in the formats of real outlets (``fixtures.jsonl``, text included). This script
ingests exactly those articles into a temporary folder with :func:`danvan.load_corpus` and
compares, field by field:

- ``title``: case- and tone-mark-folded text, white space collapsed, where the article prints
  a headline (rows whose headline is lost from the corpus are counted apart);
- ``author``: the same, the dash between two writers spaced alike (*Hồng Hải- Trần Thanh* = *Hồng
  Hải - Trần Thanh*); a gold null is scored too (the ingest must then give none);
- ``published``: the day (and the minute where the gold label has a time);
- ``event_date``: the day where the gold label has a year; ``event_day``: day and month
  (``documents.event_day``, given also when the year is unknown), for every gold label with a day
  (``--MM-DD`` included);
- ``province``, ``province_2025``, ``admin_level``: equal, null counting as a value;
- ``people``: recall and precision of (name, post) pairs, a post matching when one folded post
  contains the other (notation aside: *TP.HCM* = *thành phố Hồ Chí Minh*, *TP Hà Nội* = *Hà Nội*,
  *T.Ư* = *Trung ương*;
  a *nguyên* / *cố* / *cựu* opening a post or one of its parts is dropped: former is its own flag);
  ``people_names``: the same on names alone. An article that lists more
  than 50 people (a roster) is left out of these two, and said so;
- ``citations``: recall and precision of (type, number) pairs.

Usage::

    python benchmarks/accuracy.py            # every gold file
    python benchmarks/accuracy.py --misses   # and one line per miss
    python benchmarks/accuracy.py --skip heldout_7   # without the held-out file
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "corpus" / "gold"
CORPORA = ROOT.parent / "shared" / "corpora"
ROSTER = 50
FIELDS = ["title", "published", "event_date", "event_day", "province", "province_2025",
          "admin_level", "author"]


def _fold(value: object) -> str | None:
    from danvan.core.text import fold

    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    text = " ".join(fold(str(value)).split())
    return text or None


def _writers(value: object) -> str | None:
    """A byline folded, a dash between writers spaced alike."""
    text = _fold(value)
    return re.sub(r"\s*[-–]\s*", " - ", text) if text else None


def _day(value: object) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def _minute(value: object) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).strftime("%Y-%m-%dT%H:%M")


def load_gold() -> list[dict]:
    rows = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["_file"] = path.name
                rows.append(row)
    return rows


def _corpus_rows(gold: list[dict]) -> dict[str, list[dict]]:
    """The corpus rows the gold labels name, read from ../shared/corpora, by corpus file."""
    wanted: dict[str, dict[int, dict]] = defaultdict(dict)
    for g in gold:
        if "corpus" in g:
            wanted[g["corpus"]][g["row"]] = g
    out: dict[str, list[dict]] = {}
    for name, rows in wanted.items():
        picked = []
        with gzip.open(CORPORA / name, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if number in rows:
                    record = json.loads(line)
                    if record.get("id") != rows[number]["id"]:
                        sys.exit(f"{name} row {number}: id {record.get('id')!r} is not the gold id")
                    picked.append(record)
        out[name] = picked
    return out


def ingest(gold: list[dict], folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame,
                                                    dict[int, str]]:
    """Write the gold articles as inputs and ingest them: documents, people, citations and the
    doc_id of each gold row."""
    from danvan.corpus.load import load_corpus

    raw = folder / "raw"
    raw.mkdir()
    keys: dict[int, tuple[str, str]] = {}
    for name, records in _corpus_rows(gold).items():
        stem = name.replace(".jsonl.gz", "")
        with (raw / f"{stem}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        for i, g in enumerate(gold):
            if g.get("corpus") == name:
                keys[i] = (f"{stem}.jsonl", g["id"])
    for i, g in enumerate(gold):
        if "fixture" in g:
            (raw / f"{g['fixture']}.txt").write_text(g["text"], encoding="utf-8")
            keys[i] = (f"{g['fixture']}.txt", None)
    corpus = load_corpus(raw, out=folder / "out", progress=False)
    docs = corpus.documents
    by_source: dict[tuple[str, str | None], str] = {}
    for row in docs.itertuples():
        extra = json.loads(row.extra) if isinstance(row.extra, str) and row.extra else {}
        source_id = extra.get("id") if row.source_row is not pd.NA and not pd.isna(row.source_row) else None
        by_source[(row.source_file, source_id)] = row.doc_id
        by_source.setdefault((row.source_file, None), row.doc_id)
    ids = {}
    for i, key in keys.items():
        doc_id = by_source.get(key)
        if doc_id is None and key[1] is not None:  # the id is the doc id's suffix
            doc_id = next((d for d in docs["doc_id"] if d.endswith(f":{key[1]}")), None)
        if doc_id is not None:
            ids[i] = doc_id
    return docs.set_index("doc_id"), corpus.people, corpus.citations, ids


# notation only: "TP.HCM", "TP HCM", "TPHCM" and "thành phố Hồ Chí Minh" are one city, "T.Ư" and "TW"
# are "Trung ương" (on folded text)
_NOTATION = [
    (re.compile(r"\btp\.?\s*(?=hcm\b|hồ chí minh\b)|\btp(?=hcm\b)"), "tp "),
    (re.compile(r"\bthành phố\b"), "tp"),
    (re.compile(r"\btp\.\s*"), "tp "),
    (re.compile(r"\bhồ chí minh\b"), "hcm"),
    (re.compile(r"\b(?:t\.ư|tw)(?!\w)"), "trung ương"),
    (re.compile(r"\btp (?=\w)"), ""),  # "Thành ủy TP Hà Nội" = "Thành ủy Hà Nội", "TP.HCM" = "HCM"
]


def _notation(folded: str) -> str:
    for pattern, repl in _NOTATION:
        folded = pattern.sub(repl, folded)
    return " ".join(folded.split())


# "nguyên" / "cố" / "cựu" (former, late) opening a post, or a post of a list ("GS.TS, nguyên Giám đốc …"):
# former is a flag of its own, not part of the post ("cố vấn", adviser, is a post)
_FORMER_WORD = re.compile(r"(?:^|(?<=,)|(?<=[-–]))\s*(?:nguyên|cố(?!\s+vấn)|cựu)\s+")


def _drop_former(folded: str) -> str:
    return " ".join(_FORMER_WORD.sub(" ", folded).split())


def _post_match(gold_post: str | None, post: str | None) -> bool:
    g, p = _drop_former(_notation(_fold(gold_post) or "")), _drop_former(_notation(_fold(post) or ""))
    return bool(g and p and (g in p or p in g))


def score(gold: list[dict], docs: pd.DataFrame, people: pd.DataFrame, ids: dict[int, str],
          citations: pd.DataFrame | None = None) -> tuple[dict, list[str]]:
    """Correct/total per field, people and citation counts, and one line per miss."""
    results: dict[str, list[int]] = {f: [0, 0] for f in FIELDS}
    pr = {k: [0, 0, 0] for k in ("people", "people_names", "citations")}  # hits, gold, predicted
    misses: list[str] = []
    for i, g in enumerate(gold):
        label = g.get("fixture") or f"{g['corpus']}#{g['row']}"
        if i not in ids:
            misses.append(f"{label}: not ingested")
            for f in FIELDS:
                results[f][1] += 1
            continue
        d = docs.loc[ids[i]]
        checks = {
            "author": (_writers(g.get("author")), _writers(d["author"])),
            "province": (g.get("province"), None if pd.isna(d["province"]) else d["province"]),
            "province_2025": (g.get("province_2025"),
                              None if pd.isna(d["province_2025"]) else d["province_2025"]),
            "admin_level": (g.get("admin_level"),
                            None if pd.isna(d["admin_level"]) else d["admin_level"]),
        }
        if g.get("title"):
            checks["title"] = (_fold(g["title"]), _fold(d["title"]))
        published = g.get("published")
        if published and "T" in published:
            checks["published"] = (published, _minute(d["published"]))
        else:
            checks["published"] = (published, _day(d["published"]))
        event = g.get("event_date")
        if event is None or not event.startswith("--"):
            checks["event_date"] = (event, _day(d["event_date"]))
        pred_day = d.get("event_day")
        pred_day = None if pred_day is None or pd.isna(pred_day) else str(pred_day)
        checks["event_day"] = (event[-5:] if event else None, pred_day)
        for field, (want, got) in checks.items():
            results[field][1] += 1
            if want == got:
                results[field][0] += 1
            else:
                misses.append(f"{label}: {field}: gold {want!r}, got {got!r}")
        found = people[people["doc_id"] == ids[i]]
        gold_people = g.get("people") or []
        if len(gold_people) > ROSTER:
            misses.append(f"{label}: people: a roster of {len(gold_people)}, not scored")
            gold_people, found = [], found.iloc[:0]
        for key, with_post in (("people", True), ("people_names", False)):
            got_pairs = list(zip(found["name"].map(_fold), found["post"], strict=True))
            hits = 0
            for person in gold_people:
                name = _fold(person["name"])
                if any(n == name and (not with_post or _post_match(person.get("post"), p))
                       for n, p in got_pairs):
                    hits += 1
                elif with_post:
                    misses.append(f"{label}: people: missed {person['name']} ({person.get('post')})")
            pr[key][0] += hits
            pr[key][1] += len(gold_people)
            pr[key][2] += len(got_pairs)
            if with_post:
                gold_names = {_fold(p["name"]) for p in gold_people}
                for n, p in got_pairs:
                    if n not in gold_names:
                        misses.append(f"{label}: people: extra {n} ({p})")
        if citations is not None:
            cited = citations[citations["doc_id"] == ids[i]]
            got_c = {(_fold(t), _fold(n)) for t, n in zip(cited["doc_type"], cited["number"],
                                                          strict=True)}
            want_c = {(_fold(c["doc_type"]), _fold(c.get("number"))) for c in g.get("citations") or []}
            pr["citations"][0] += len(got_c & want_c)
            pr["citations"][1] += len(want_c)
            pr["citations"][2] += len(got_c)
            for t, n in sorted(want_c - got_c, key=str):
                misses.append(f"{label}: citations: missed {t} {n}")
    return {"fields": results, "pr": pr}, misses


def report(scores: dict, n_gold: int) -> str:
    lines = [f"gold articles: {n_gold}"]
    for field, (ok, total) in scores["fields"].items():
        lines.append(f"{field:14s} {ok:4d}/{total:<4d} {ok / total:6.1%}" if total else f"{field}: -")
    for key, (hits, gold_n, pred_n) in scores["pr"].items():
        recall = hits / gold_n if gold_n else float("nan")
        precision = hits / pred_n if pred_n else float("nan")
        lines.append(f"{key:14s} recall {hits}/{gold_n} {recall:6.1%}  precision {hits}/{pred_n} "
                     f"{precision:6.1%}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print one line per miss")
    parser.add_argument("--only", help="score only gold files whose name contains this")
    parser.add_argument("--skip", action="append", default=[],
                        help="leave out gold files whose name contains this (repeatable)")
    args = parser.parse_args()
    gold = [g for g in load_gold() if (not args.only or args.only in g["_file"])
            and not any(s in g["_file"] for s in args.skip)]
    if any("corpus" in g for g in gold) and not CORPORA.exists():
        gold = [g for g in gold if "fixture" in g]
        print(f"{CORPORA} not found: scoring the fixtures only")
    with tempfile.TemporaryDirectory() as tmp:
        docs, people, citations, ids = ingest(gold, Path(tmp))
        by_file: dict[str, list[int]] = defaultdict(list)
        for i, g in enumerate(gold):
            by_file[g["_file"]].append(i)
        for name, members in sorted(by_file.items()):
            subset = [gold[i] for i in members]
            sub_ids = {j: ids[i] for j, i in enumerate(members) if i in ids}
            scores, _ = score(subset, docs, people, sub_ids, citations)
            print(f"== {name}\n{report(scores, len(subset))}\n")
        scores, misses = score(gold, docs, people, ids, citations)
        print(f"== all\n{report(scores, len(gold))}")
        if args.misses:
            print("\nmisses:")
            print("\n".join(misses))


if __name__ == "__main__":
    main()
