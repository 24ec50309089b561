"""Tables for readers: themes at a glance, representative paragraphs, each document's theme
shares, shares laid out group × theme, the NMF × k-means cross-table and a 2-D map.

Theme shares *per group* (province, year, outlet…) are computed in one place only,
:func:`danvan.compare.group_shares` (mean over the group's articles, with bootstrap intervals);
:func:`theme_shares` gives the per-document shares it starts from, and :func:`share_matrix` lays
either table out for reading.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from sklearn.decomposition import TruncatedSVD

from danvan.corpus.gazetteer import short_name
from danvan.themes.result import ThemeResult
from danvan.themes.selection import KChoice, select_k

READING_COLUMNS = ["theme", "name", "rank", "share", "title", "outlet", "province", "text"]


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


def theme_names(result: ThemeResult) -> pd.DataFrame:
    """The names in use, one row per theme (``theme``, ``name``)."""
    return pd.DataFrame({"theme": range(result.k),
                         "name": [result.names.get(t, str(t)) for t in range(result.k)]})


def representative_units(
    result: ThemeResult, n: int = 3, max_chars: int = 300, brief: bool = False
) -> pd.DataFrame:
    """The ``n`` units weighing most on each theme (among units whose dominant theme it is),
    with their article's title, outlet and province; text cut to ``max_chars``. ``brief`` keeps
    the columns a reader needs (no weight, doc_id, paragraph_id)."""
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
    out = pd.DataFrame(rows, columns=[*READING_COLUMNS[:4], "weight", "doc_id", "paragraph_id",
                                      *READING_COLUMNS[4:]])
    return out[READING_COLUMNS] if brief else out


def theme_shares(result: ThemeResult, by: str = "document") -> pd.DataFrame:
    """Each document's theme shares, long: ``doc_id, title, theme, name, share``.

    A document's shares are its units' NMF weights summed and rescaled to 1
    (:attr:`ThemeResult.doc_shares`). Shares per province, year, outlet… are means over a group's
    documents with bootstrap intervals: ``danvan.compare.group_shares(result.doc_shares,
    corpus.documents, by=...)`` computes them (this table is accepted there too).
    """
    if by not in ("document", "doc_id"):
        raise ValueError(
            f"theme_shares gives per-document shares only; for shares by {by!r} use "
            f"danvan.compare.group_shares(result.doc_shares, corpus.documents, by={by!r})"
        )
    wide = result.doc_shares
    long = wide.stack().rename("share").reset_index()
    long["theme"] = long["theme"].astype(int)
    titles = result.documents.drop_duplicates("doc_id").set_index("doc_id")["title"]
    long.insert(1, "title", long["doc_id"].map(titles))
    long.insert(3, "name", long["theme"].map(lambda t: result.names.get(t, str(t))))
    long.attrs.update(grouping="doc_id", measure="the document's NMF weights, summed, rescaled to 1")
    return long


def _group_label(row: pd.Series, by: str, max_chars: int) -> str:
    if by == "doc_id" and isinstance(row.get("title"), str):
        title = row["title"] if len(row["title"]) <= max_chars else row["title"][: max_chars - 1] + "…"
        return f"{title} ({row['doc_id']})"
    name = short_name(str(row[by])) if by in ("province", "province_2025") else str(row[by])
    return name + (" *" if bool(row.get("low_n", False)) else "")


def share_matrix(
    shares: pd.DataFrame,
    names: Mapping[int, str] | None = None,
    *,
    by: str | None = None,
    sort: bool = True,
    ci: bool = True,
    max_chars: int = 60,
) -> pd.DataFrame:
    """A long share table laid out for reading: one row per group, one column per theme.

    ``shares``: :func:`danvan.compare.group_shares` output (``by, theme, n_articles, share,
    ci_low, ci_high, low_n``) or :func:`theme_shares` (per document). Cells are the share in
    percent, with the interval when ``ci``, the table has one and the group has two articles or
    more (``"35% (20‑50)"``, unbreakable). A group
    table starts with ``n_articles``, marks groups with ``low_n`` by `` *`` in their label and,
    with ``sort``, puts the groups with most articles first (stable: years stay in order among
    equals). Provinces go by their short name (``Hà Tĩnh``), documents by title and ``doc_id``.
    Theme columns are named by ``names``.
    """
    by = by or shares.attrs.get("grouping") or shares.columns[0]
    names = dict(names or {})
    df = shares.copy()
    if "n_articles" not in df:
        df["n_articles"] = 1
    df["_group"] = [_group_label(r, by, max_chars) for _, r in df.iterrows()]
    with_ci = ci and {"ci_low", "ci_high"} <= set(df.columns)

    def cell(r: pd.Series) -> object:
        if pd.isna(r["share"]):
            return ""
        if not with_ci or r["n_articles"] < 2:  # one article: no interval to speak of
            return f"{r['share']:.0%}"
        # no-break space and hyphen: a cell never wraps inside its interval
        return f"{r['share']:.0%}\u00a0({r['ci_low'] * 100:.0f}\u2011{r['ci_high'] * 100:.0f})"

    df["_cell"] = df.apply(cell, axis=1) if len(df) else []
    df["_theme"] = df["theme"].map(lambda t: names.get(t, str(t)))
    themes = list(dict.fromkeys(df["_theme"]))
    groups = list(dict.fromkeys(df["_group"]))
    wide = df.pivot(index="_group", columns="_theme", values="_cell").reindex(index=groups,
                                                                                 columns=themes)
    n = df.groupby("_group", sort=False)["n_articles"].first().reindex(groups)
    if by != "doc_id":
        wide.insert(0, "n_articles", n.astype(int))
    if sort and by != "doc_id":
        wide = wide.sort_values("n_articles", ascending=False, kind="stable")
    wide.index.name = "document" if by == "doc_id" else by
    wide.columns.name = None
    return wide


def method_crosstab(result: ThemeResult) -> pd.DataFrame:
    """Units per NMF theme (rows) × k-means cluster (columns), every theme and cluster listed."""
    k = range(result.k)
    units = result.units
    table = pd.crosstab(units["theme"], units["cluster"]).reindex(index=k, columns=k, fill_value=0)
    table.index.name, table.columns.name = "NMF theme", "k-means cluster"
    return table


def k_choice(result: ThemeResult, k_range=range(2, 13), progress: bool = False) -> KChoice:
    """How k was chosen for ``result``; when k was given, how the rule would have chosen it
    (:func:`select_k` over ``k_range`` on the same matrix and seed)."""
    if result.choice is not None:
        return result.choice
    return select_k(result.matrix, k_range, seed=result.seed, progress=progress)


def theme_map(result: ThemeResult, seed: int | None = None) -> pd.DataFrame:
    """2-D coordinates of every unit (TruncatedSVD of the TF-IDF matrix, seeded), with its theme;
    ``explained``: the share of variance the two dimensions keep."""
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
