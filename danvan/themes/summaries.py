"""Tables for readers: top terms, representative paragraphs, theme shares by group, a 2-D map."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.decomposition import TruncatedSVD

from danvan.themes.result import UNKNOWN, ThemeResult, document_table


def theme_overview(result: ThemeResult, n_terms: int = 10) -> pd.DataFrame:
    """One row per theme: name, units whose dominant theme it is (``n_units``), the documents
    they come from (``n_docs``) and the share of them from the single largest document
    (``top_doc_share``: near 1, the theme describes one article), mean share, top terms."""
    units = result.units
    counts = np.bincount(result.labels[result.labels >= 0], minlength=result.k)
    n_docs, top_doc = [], []
    for t in range(result.k):
        docs = units.loc[units["theme"] == t, "doc_id"].value_counts()
        n_docs.append(len(docs))
        top_doc.append(round(float(docs.iloc[0] / docs.sum()), 3) if len(docs) else np.nan)
    return pd.DataFrame({
        "theme": range(result.k),
        "name": [result.names.get(t, str(t)) for t in range(result.k)],
        "n_units": counts,
        "n_docs": n_docs,
        "top_doc_share": top_doc,
        "share": result.shares.mean(axis=0).round(3),
        "top_terms": [", ".join(t) for t in result.top_terms_list(n_terms)],
    })


def representative_units(result: ThemeResult, n: int = 3, max_chars: int = 300) -> pd.DataFrame:
    """The ``n`` units weighing most on each theme (among units whose dominant theme it is),
    with their article's title, outlet and province; text cut to ``max_chars``."""
    units = result.units.merge(result.documents, on="doc_id", how="left")
    rows = []
    for t in range(result.k):
        mine = units[units["theme"] == t].sort_values(["weight", "unit_id"],
                                                      ascending=[False, True])
        for rank, (_, u) in enumerate(mine.head(n).iterrows(), 1):
            text = str(u["text"])
            rows.append({
                "theme": t, "name": result.names.get(t, str(t)), "rank": rank,
                "weight": round(float(u["weight"]), 3),
                "share": round(float(result.shares[u.name, t]), 3),
                "doc_id": u["doc_id"], "paragraph_id": u["paragraph_id"],
                "title": u.get("title"), "outlet": u.get("outlet"),
                "province": u.get("province"),
                "text": text if len(text) <= max_chars else text[: max_chars - 1] + "…",
            })
    return pd.DataFrame(rows)


def theme_shares(result: ThemeResult, corpus: Any = None, by: str = "document") -> pd.DataFrame:
    """Theme shares per ``by`` group: ``document``, ``province``, ``province_2025``, ``year``,
    ``outlet`` or any column of ``corpus.documents``.

    A document's shares are its units' NMF weights summed and rescaled to 1; a group's shares are
    the mean over its documents (each document counts once). Columns: the theme names, then
    ``n_docs``. Documents without a value for ``by`` go to the group "(không rõ / unknown)".
    ``corpus``: where to read ``by`` from (default: the metadata kept in ``result``).
    """
    shares = result.doc_shares.rename(columns=lambda t: result.names.get(t, str(t)))
    if by in ("document", "doc_id"):
        return shares.assign(n_docs=1)
    if corpus is not None:
        docs = corpus if isinstance(corpus, pd.DataFrame) else corpus.documents
        meta = document_table(docs)
        if by not in meta and by in docs:
            meta[by] = docs[by].to_numpy()
    else:
        meta = result.documents
    if by not in meta:
        raise ValueError(f"no column {by!r} in the documents table")
    key = meta.set_index("doc_id")[by].reindex(shares.index)
    key = key.astype(object).where(key.notna(), UNKNOWN).astype(str)
    out = shares.groupby(key.to_numpy()).mean()
    out["n_docs"] = shares.groupby(key.to_numpy()).size()
    out.index.name = by
    return out


def theme_map(result: ThemeResult, seed: int | None = None) -> pd.DataFrame:
    """2-D coordinates of every unit (TruncatedSVD of the TF-IDF matrix, seeded), with its theme."""
    svd = TruncatedSVD(n_components=2, random_state=result.seed if seed is None else seed)
    xy = svd.fit_transform(result.matrix)
    # fix the sign of each axis (SVD is defined up to sign): largest loading positive
    signs = np.sign(svd.components_[np.arange(2), np.abs(svd.components_).argmax(axis=1)])
    xy = xy * np.where(signs == 0, 1, signs)
    return pd.DataFrame({
        "unit_id": result.units["unit_id"], "doc_id": result.units["doc_id"],
        "x": xy[:, 0], "y": xy[:, 1], "theme": result.labels,
        "name": [result.names.get(t, "(none)") for t in result.labels],
    }).assign(explained=float(svd.explained_variance_ratio_.sum()))
