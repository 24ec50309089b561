"""The ``phrase_hits`` table (formula + slogan catalogue), per-document rates and the year view.

* :func:`phrase_hits` one row per occurrence, offsets into ``documents.text`` (or the title),
  kept beside the corpus tables for every notebook (:func:`find_phrase_hits` computes it),
* :func:`phrase_rates` document × phrase counts and rates per 10,000 words,
* :func:`phrase_summary` one row per phrase: count, articles, rate over the whole corpus,
* :func:`phrase_matrix` article × phrase counts, :func:`title_hits` the hits in titles,
* :func:`formula_table` each formula occurrence with its article's title,
* :func:`formula_by_year` formula variants per year (the four → six shift),
* :func:`usage_cues` cue words of demand, achievement or criticism around the formula,
* :func:`write_phrase_hits` the table as Parquet beside the corpus tables (atomic write).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from danvan.core.io import write_parquet
from danvan.core.text import fold
from danvan.corpus.results import cached_frame
from danvan.corpus.tables import document_year, documents_of
from danvan.phrases.formula import VARIANTS, find_formula, formula_candidates, formula_hits
from danvan.phrases.index import TextIndex, build_syllable_index, required_pieces, text_index
from danvan.phrases.labels import VARIANT_NAMES, phrase_names, short_titles
from danvan.phrases.match import Units, syllable_units
from danvan.phrases.slogans import Slogan, find_slogans, load_catalogue

__all__ = [
    "HIT_COLUMNS", "phrase_hits", "find_phrase_hits", "phrase_rates", "phrase_ids", "phrase_summary",
    "phrase_matrix", "title_hits", "formula_table", "formula_by_year", "usage_cues", "write_phrase_hits",
]

def _vi(n: float) -> str:
    """12786 → 12.786 (a caption's number in Vietnamese)."""
    return f"{n:,.0f}".replace(",", ".")


def _en(n: float, noun: str) -> str:
    """12786, "word" → 12,786 words; 1 → 1 word."""
    return f"{n:,.0f} {noun}{'' if n == 1 else 's'}"


HIT_COLUMNS = ["doc_id", "field", "sentence_id", "phrase_id", "variant", "start", "end", "text"]
FORMULA_IDS = [f"formula_{v}" for v in VARIANTS]


class _SentenceStarts:
    """Sentence starts and ids of every document, grouped once (sorted by start)."""

    def __init__(self, sentences: pd.DataFrame | None) -> None:
        self.groups: dict[Any, tuple[np.ndarray, np.ndarray]] = {}
        if sentences is None or not len(sentences):
            return
        s = sentences[["doc_id", "start", "sentence_id"]]
        s = s.sort_values(["doc_id", "start"], kind="stable")
        doc = s["doc_id"].to_numpy(dtype=object)
        starts, ids = s["start"].to_numpy(), s["sentence_id"].to_numpy()
        cuts = np.r_[0, np.flatnonzero(doc[1:] != doc[:-1]) + 1, len(doc)]
        for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
            self.groups[doc[a]] = (starts[a:b], ids[a:b])

    def ids(self, doc_id: Any, starts: list[int]) -> list[Any]:
        """Id of the sentence holding each offset (NA before the first sentence or without any)."""
        got = self.groups.get(doc_id)
        if got is None or not len(starts):
            return [pd.NA] * len(starts)
        sstarts, ids = got
        idx = np.searchsorted(sstarts, np.asarray(starts), side="right") - 1
        return [int(ids[i]) if i >= 0 else pd.NA for i in idx]


def _hits_in(text: str, catalogue: tuple[Slogan, ...], formula: bool,
             units: Units | None = None) -> list[dict[str, Any]]:
    units = units if units is not None else syllable_units(text)
    hits = [dict(h) for h in find_slogans(text, catalogue, units=units)] if catalogue else []
    if formula:
        for h in find_formula(text, units=units):
            hits.append({"phrase_id": "formula", "variant": h["variant"], "start": h["start"],
                         "end": h["end"], "text": h["text"]})
    return sorted(hits, key=lambda h: (h["start"], h["phrase_id"]))


def _candidates(index: TextIndex, catalogue: tuple[Slogan, ...], formula: bool
                ) -> dict[int, tuple[tuple[Slogan, ...], bool]]:
    """For each indexed document that can hold a hit: the slogans it may hold, and whether it may
    hold the formula. A form can match only where every one of its required pieces is."""
    may: dict[int, list[Slogan]] = {}
    for slogan in catalogue:
        rows: set[int] = set()
        for form in slogan.forms:
            rows.update(index.candidates(required_pieces(form)).tolist())
        for i in rows:
            may.setdefault(i, []).append(slogan)
    fset = formula_candidates(index) if formula else set()
    return {i: (tuple(may.get(i, ())), i in fset) for i in sorted(set(may) | fset)}


def _field_hits(texts: np.ndarray, index: TextIndex, catalogue: tuple[Slogan, ...],
                formula: bool, word_edges: bool = True) -> dict[int, list[dict[str, Any]]]:
    """Hits per row of ``texts`` (only rows with at least one)."""
    out = {}
    for i, (slogans, with_formula) in _candidates(index, catalogue, formula).items():
        row = int(index.rows[i])
        text = texts[row]
        hits = _hits_in(text, slogans, with_formula, units=index.units(i, text, word_edges=word_edges))
        if hits:
            out[row] = hits
    return out


def phrase_hits(
    corpus: Any, catalogue: tuple[Slogan, ...] | None = None, formula: bool = True,
    titles: bool = True, word_edges: bool = True,
) -> pd.DataFrame:
    """Every formula and catalogue phrase in the corpus (:func:`find_phrase_hits`), computed once
    per corpus and parameters and kept beside its tables (:mod:`danvan.corpus.results`), so that
    every notebook and kernel shares them; a filtered corpus (:func:`danvan.compare.subcorpus`)
    takes its documents' rows of its parent's hits."""
    parent = getattr(corpus, "parent", None)
    if parent is not None:
        hits = phrase_hits(parent, catalogue, formula, titles, word_edges)
        kept = hits["doc_id"].isin(set(documents_of(corpus)["doc_id"]))
        return hits[kept].reset_index(drop=True)
    params = {"catalogue": catalogue, "formula": formula, "titles": titles, "word_edges": word_edges}
    return cached_frame(corpus, "phrase_hits", params,
                        lambda: find_phrase_hits(corpus, catalogue, formula, titles, word_edges),
                        entry=__name__, tables=("documents", "tokens", "sentences"))


def find_phrase_hits(
    corpus: Any, catalogue: tuple[Slogan, ...] | None = None, formula: bool = True,
    titles: bool = True, word_edges: bool = True,
) -> pd.DataFrame:
    """Every formula and catalogue phrase in the corpus. Catalogue phrases begin and end on word
    edges of the segmentation (``word_edges=False``: inside words too); the formula is a chain of
    parts whose first *dân* may be that of *người dân* / *nhân dân* (*người dân biết, dân bàn…*),
    so its chains are found as :func:`danvan.phrases.formula.find_formula` finds them.

    Columns: doc_id, field (``text`` or ``title``), sentence_id (ingest sentence holding the hit's
    start; empty for titles or without a sentences table), phrase_id (catalogue id, or
    ``formula``), variant (the catalogue form matched, or four/six/partial for the formula),
    start, end (offsets into that field), text (as printed). Only the documents that hold every
    required word of a phrase (:mod:`danvan.phrases.index`) are searched for it.
    """
    catalogue = catalogue if catalogue is not None else load_catalogue()
    docs = documents_of(corpus)
    body = _field_hits(docs["text"].to_numpy(dtype=object), text_index(corpus), catalogue, formula,
                       word_edges)
    head: dict[int, list[dict[str, Any]]] = {}
    if titles and "title" in docs:
        title_texts = docs["title"].to_numpy(dtype=object)
        head = _field_hits(title_texts, build_syllable_index(title_texts), catalogue, formula, word_edges)
    sentences = _SentenceStarts(getattr(corpus, "sentences", None)) if body else None
    doc_ids = docs["doc_id"].to_numpy(dtype=object)
    rows: list[dict[str, Any]] = []
    for row in sorted(set(body) | set(head)):
        doc_id = doc_ids[row]
        if row in body:
            hits = body[row]
            sids = sentences.ids(doc_id, [h["start"] for h in hits])
            rows += [{"doc_id": doc_id, "field": "text", "sentence_id": s, **h}
                     for h, s in zip(hits, sids, strict=True)]
        rows += [{"doc_id": doc_id, "field": "title", "sentence_id": pd.NA, **h}
                 for h in head.get(row, [])]
    df = pd.DataFrame(rows, columns=HIT_COLUMNS)
    return df.astype({"sentence_id": "Int64", "start": "int64", "end": "int64"})


def phrase_ids(catalogue: tuple[Slogan, ...] | None = None) -> list[str]:
    """Ids of :func:`phrase_rates`: ``formula_<variant>`` for each formula variant, then slogan ids."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    return [*FORMULA_IDS, *(s.id for s in catalogue)]


def phrase_rates(
    corpus: Any, hits: pd.DataFrame | None = None, catalogue: tuple[Slogan, ...] | None = None
) -> pd.DataFrame:
    """Document × phrase counts and rates per 10,000 words (body text only, titles excluded).

    One row for every document and every phrase id (zeros included). Columns: ``doc_id``,
    ``phrase_id`` (slogan id, or ``formula_<variant>``),
    ``count`` (occurrences in ``documents.text``), ``n_tokens`` (the document's word tokens,
    ``documents.n_tokens``), ``per_10k`` (count / n_tokens × 10,000; NaN when n_tokens is 0 or
    missing), plus ``province``, ``outlet`` and ``year`` of the document where known.
    """
    docs = documents_of(corpus)
    hits = hits if hits is not None else phrase_hits(corpus, catalogue)
    body = hits[hits["field"] == "text"]
    pid = np.where(body["phrase_id"] == "formula", "formula_" + body["variant"], body["phrase_id"])
    counts = pd.Series(1, index=pd.MultiIndex.from_arrays([body["doc_id"], pid])).groupby(
        level=[0, 1]).sum()
    ids = phrase_ids(catalogue)
    grid = pd.MultiIndex.from_product([docs["doc_id"], ids], names=["doc_id", "phrase_id"])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index()
    meta = docs.set_index("doc_id")
    n_tok = meta["n_tokens"] if "n_tokens" in meta else pd.Series(np.nan, index=meta.index)
    out["n_tokens"] = out["doc_id"].map(n_tok).astype("float")
    with np.errstate(divide="ignore", invalid="ignore"):
        out["per_10k"] = np.where(out["n_tokens"] > 0, out["count"] / out["n_tokens"] * 1e4, np.nan)
    for col in ("province", "outlet"):
        out[col] = out["doc_id"].map(meta[col]) if col in meta else pd.NA
    out["year"] = out["doc_id"].map(document_year(docs).set_axis(docs["doc_id"]))
    return out


def phrase_summary(rates: pd.DataFrame, catalogue: tuple[Slogan, ...] | None = None) -> pd.DataFrame:
    """One row per phrase id of :func:`phrase_rates` (index ``phrase_id``), most frequent first.

    Columns: phrase (its wording, :func:`danvan.phrases.labels.phrase_names`), count (body-text
    occurrences), n_docs (articles with at least one), per_10k (count per 10,000 words of the
    whole corpus). ``attrs``: n_docs and n_tokens of the corpus, and a bilingual caption.
    """
    names = phrase_names(catalogue)
    n_tokens = float(rates.drop_duplicates("doc_id")["n_tokens"].sum())
    n_docs = int(rates["doc_id"].nunique())
    out = rates.groupby("phrase_id", sort=False).agg(
        count=("count", "sum"), n_docs=("count", lambda c: int((c > 0).sum())))
    out["per_10k"] = out["count"] / n_tokens * 1e4 if n_tokens > 0 else np.nan
    out.insert(0, "phrase", [names.get(i, i) for i in out.index])
    out = out.reset_index().sort_values(["count", "n_docs", "phrase_id"], ascending=[False, False, True])
    out = out.set_index("phrase_id")
    out.attrs.update({"n_docs": n_docs, "n_tokens": int(n_tokens), "caption": (
        f"Số lần, số bài và tần suất trên 10.000 từ của toàn kho ({_vi(n_docs)} bài, "
        f"{_vi(n_tokens)} từ; chỉ thân bài) / Count, articles and rate per 10,000 words of the whole "
        f"corpus ({_en(n_docs, 'article')}, {_en(n_tokens, 'word')}; body text only)")})
    return out


def phrase_matrix(rates: pd.DataFrame, corpus: Any,
                  catalogue: tuple[Slogan, ...] | None = None) -> pd.DataFrame:
    """Article × phrase counts, for the articles and phrases with at least one occurrence.

    Index doc_id; first column ``title`` (short title), then one column per phrase used, named
    by its wording, in :func:`phrase_ids` order. Empty (title only) when nothing occurs.
    """
    names = phrase_names(catalogue)
    used = rates[rates["count"] > 0]
    used_phrases = set(used["phrase_id"])
    order = [p for p in phrase_ids(catalogue) if p in used_phrases]
    order += sorted(used_phrases - set(order))
    docs = pd.unique(rates["doc_id"][rates["doc_id"].isin(set(used["doc_id"]))])
    grid = used.pivot_table(index="doc_id", columns="phrase_id", values="count", aggfunc="sum",
                            fill_value=0)
    grid = grid.reindex(index=pd.Index(docs, name="doc_id"), columns=order, fill_value=0)
    grid = grid.astype(int).rename(columns=names)
    grid.columns.name = None
    grid.insert(0, "title", short_titles(documents_of(corpus)).reindex(grid.index))
    return grid


def title_hits(hits: pd.DataFrame, corpus: Any,
               catalogue: tuple[Slogan, ...] | None = None) -> pd.DataFrame:
    """The hits found in titles: doc_id, title (cut at 90 characters), phrase (its wording), text
    (as printed)."""
    names = phrase_names(catalogue)
    t = hits[hits["field"] == "title"]
    pid = np.where(t["phrase_id"] == "formula", "formula_" + t["variant"].astype(str), t["phrase_id"])
    return pd.DataFrame({
        "doc_id": t["doc_id"].to_numpy(),
        "title": t["doc_id"].map(short_titles(documents_of(corpus), width=90)).to_numpy(),
        "phrase": [names.get(p, p) for p in pid],
        "text": t["text"].to_numpy(),
    })


def formula_table(corpus: Any, fhits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each formula occurrence in the body text with its article's short title.

    Columns: doc_id, title, variant (``four``, ``six``, ``partial``), variant_name (Vietnamese /
    English), parts (slots as written, e.g. ``biết, bàn, làm, kiểm tra``), text (as printed).
    ``fhits`` is :func:`danvan.phrases.formula.formula_hits` output (computed when None).
    """
    docs = documents_of(corpus)
    fhits = fhits if fhits is not None else formula_hits(corpus)
    titles = short_titles(docs)
    return pd.DataFrame({
        "doc_id": fhits["doc_id"].to_numpy(),
        "title": fhits["doc_id"].map(titles).to_numpy(),
        "variant": fhits["variant"].to_numpy(),
        "variant_name": [" / ".join(VARIANT_NAMES[v]) for v in fhits["variant"]],
        "parts": [", ".join(p) for p in fhits["parts"]],
        "text": [" ".join(str(t).split()) for t in fhits["text"]],
    })


def formula_by_year(corpus: Any, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per year: documents, documents using each formula variant, and the share using six parts.

    Columns: year, n_docs, ``docs_<variant>`` for each formula variant, share_six (docs_six over documents
    with any variant). Documents without a year are left out (``attrs["undated"]`` counts them,
    ``attrs["undated_formula"]`` those of them using the formula); ``attrs["caption"]`` says so.
    """
    docs = documents_of(corpus)
    hits = hits if hits is not None else phrase_hits(corpus)
    f = hits[(hits["phrase_id"] == "formula") & (hits["field"] == "text")]
    year = document_year(docs).set_axis(docs["doc_id"])
    rows = []
    for y, ids in year.dropna().groupby(year.dropna()).groups.items():
        ids = set(ids)
        fy = f[f["doc_id"].isin(ids)]
        row = {"year": int(y), "n_docs": len(ids)}
        for v in VARIANTS:
            row[f"docs_{v}"] = fy.loc[fy["variant"] == v, "doc_id"].nunique()
        any_v = fy["doc_id"].nunique()
        row["share_six"] = row["docs_six"] / any_v if any_v else np.nan
        rows.append(row)
    cols = ["year", "n_docs", *(f"docs_{v}" for v in VARIANTS), "share_six"]
    out = pd.DataFrame(rows, columns=cols).sort_values("year").reset_index(drop=True)
    undated = set(year.index[year.isna()])
    out.attrs["undated"] = len(undated)
    out.attrs["undated_formula"] = int(f.loc[f["doc_id"].isin(undated), "doc_id"].nunique())
    n, k = len(undated), out.attrs["undated_formula"]
    out.attrs["caption"] = (
        f"Bài dùng từng dạng công thức theo năm; {_vi(n)} bài không có năm bị loại ({_vi(k)} bài "
        f"trong số đó dùng công thức) / Articles using each variant of the formula, by year; "
        f"{_en(n, 'undated article')} left out ({k:,} of them "
        f"{'uses' if k == 1 else 'use'} the formula)")
    return out


def write_phrase_hits(corpus: Any, out: str | Path | None = None) -> Path:
    """Write ``phrase_hits.parquet`` atomically into ``out``, by default beside the corpus's own
    tables (``corpus.folder``: data/processed for the sample, data/processed/corpora/<name>/ for
    another corpus). A bare documents table has no folder: pass ``out``."""
    if out is not None:
        folder = Path(out)
    elif getattr(corpus, "folder", None) is not None:
        folder = Path(corpus.folder)
    elif getattr(corpus, "meta", {}).get("processed_dir"):
        folder = Path(corpus.meta["processed_dir"])
    else:
        raise ValueError("a documents table has no folder of its own: pass out=")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "phrase_hits.parquet"
    return write_parquet(phrase_hits(corpus), path)


#: Cue words (folded) read as signs of how a sentence uses a phrase. A first pass for reading,
#: not a classifier: every label is to be checked against the KWIC line.
USAGE_CUES: dict[str, tuple[str, ...]] = {
    "demanded": ("phải", "cần", "yêu cầu", "đề nghị", "tiếp tục", "thực hiện tốt", "đẩy mạnh",
                 "nâng cao", "tăng cường", "chỉ đạo"),
    "achieved": ("đã", "kết quả", "góp phần", "được phát huy", "hiệu quả", "đạt"),
    "criticised": ("hình thức", "chưa", "hạn chế", "yếu kém", "tồn tại", "bất cập", "vi phạm"),
}


def usage_cues(corpus: Any, hits: pd.DataFrame, phrase_id: str = "formula") -> pd.DataFrame:
    """Each body-text hit of ``phrase_id`` with its sentence and the cue labels found in it.

    Columns: doc_id, sentence_id, variant, sentence, demanded, achieved, criticised (bool), cues
    (the cue words found). Cues come from :data:`USAGE_CUES`, matched as whole syllable runs.
    """
    sentences = getattr(corpus, "sentences", None)
    h = hits[(hits["phrase_id"] == phrase_id) & (hits["field"] == "text")]
    docs = documents_of(corpus).set_index("doc_id")
    rows = []
    for r in h.itertuples(index=False):
        sent = None
        if sentences is not None and pd.notna(r.sentence_id):
            m = sentences[(sentences["doc_id"] == r.doc_id)
                          & (sentences["sentence_id"] == r.sentence_id)]
            sent = m["text"].iloc[0] if len(m) else None
        if sent is None:  # fall back to 200 characters around the hit
            text = docs.loc[r.doc_id, "text"]
            sent = text[max(r.start - 200, 0):r.end + 200]
        key = " " + " ".join(syllable_units(sent).keys) + " "
        found = {lab: [c for c in cues if f" {fold(c)} " in key]
                 for lab, cues in USAGE_CUES.items()}
        rows.append({"doc_id": r.doc_id, "sentence_id": r.sentence_id, "variant": r.variant,
                     "sentence": sent, **{lab: bool(v) for lab, v in found.items()},
                     "cues": ", ".join(c for v in found.values() for c in v)})
    cols = ["doc_id", "sentence_id", "variant", "sentence", *USAGE_CUES, "cues"]
    return pd.DataFrame(rows, columns=cols)
