"""Groups of articles to compare: provinces (63 or 34 units), admin levels, outlets, years.

Every document gets one label per grouping (:func:`group_labels`); :func:`group_profiles` says how
many articles, words and which period each group holds, listing units with no article as missing
(NA), never as zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from danvan.core.text import fold
from danvan.corpus.gazetteer import canonical_province, province_names
from danvan.corpus.outlets import is_aggregator
from danvan.corpus.schema import ADMIN_LEVELS
from danvan.corpus.summaries import place_evidence, year_evidence
from danvan.corpus.tables import document_year

if TYPE_CHECKING:
    from danvan.corpus.load import Corpus

Grouping = Literal["province", "province_2025", "admin_level", "outlet", "year"]
GROUPINGS: tuple[str, ...] = ("province", "province_2025", "admin_level", "outlet", "year")
PER_WORDS = 10_000
# what a grouping is called in each language: (Vietnamese, English)
GROUPING_NAMES: dict[str, tuple[str, str]] = {
    "province": ("tỉnh, thành", "province"),
    "province_2025": ("tỉnh, thành (34 đơn vị, 2025)", "province (34 units, 2025)"),
    "admin_level": ("cấp", "level"),
    "outlet": ("cơ quan báo chí", "outlet"),
    "year": ("năm", "year"),
}


def group_labels(documents: pd.DataFrame, by: Grouping) -> pd.Series:
    """The group of each document (indexed by ``doc_id``; NA where the document has none)."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {GROUPINGS}, not {by!r}")
    if by == "year":
        values = document_year(documents).astype("string")
    elif by in ("province", "province_2025"):
        level = 63 if by == "province" else 34
        values = documents[by].map(lambda v: canonical_province(v, level)).astype("string")
    else:
        values = documents[by].astype("string").str.strip().replace("", pd.NA)
    return pd.Series(values.to_numpy(), index=pd.Index(documents["doc_id"], name="doc_id"),
                     name=by, dtype="string")


def outlet_labels(documents: pd.DataFrame) -> pd.Series:
    """The outlet of each document (indexed by ``doc_id``), NA for an aggregator (a source).

    The original outlet of an aggregated article is used where the documents table has it in an
    ``original_outlet`` column (the ingest does not find it yet).
    """
    outlets = documents["outlet"].tolist() if "outlet" in documents else [None] * len(documents)
    original = documents["original_outlet"].tolist() if "original_outlet" in documents else None
    values = []
    for i, o in enumerate(outlets):
        o = o.strip() if isinstance(o, str) else None
        if not o or is_aggregator(o):
            o = original[i] if original is not None and isinstance(original[i], str) else None
        values.append(o or None)
    return pd.Series(values, index=pd.Index(documents["doc_id"], name="doc_id"), name="outlet",
                     dtype=object)


def all_groups(by: Grouping, documents: pd.DataFrame | None = None) -> list[str]:
    """Every group a table should list: all 63 or 34 units, the four levels, or those observed."""
    if by == "province":
        return province_names(63)
    if by == "province_2025":
        return province_names(34)
    if by == "admin_level":
        return list(ADMIN_LEVELS)
    if documents is None:
        return []
    return sorted(group_labels(documents, by).dropna().unique().tolist())


def filter_documents(
    documents: pd.DataFrame,
    provinces: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    *,
    level: Literal[63, 34] = 63,
) -> pd.DataFrame:
    """Keep documents about the given provinces (any spelling) and published in the given years.

    ``level=63`` matches the ``province`` column (units before 2025); ``level=34`` matches
    ``province_2025`` (so ``Hải Phòng`` then includes the former Hải Dương). None keeps all.
    """
    keep = pd.Series(True, index=documents.index)
    if provinces is not None:
        column = "province" if level == 63 else "province_2025"
        wanted = {canonical_province(p, level) for p in provinces} - {None}
        keep &= documents[column].map(lambda v: canonical_province(v, level)).isin(wanted)
    if years is not None:
        keep &= document_year(documents).isin([int(y) for y in years]).fillna(False)
    return documents.loc[keep.astype(bool)]


def select_articles(
    corpus: Corpus,
    provinces: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    *,
    level: Literal[63, 34] = 63,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The documents and paragraphs of ``corpus`` kept by :func:`filter_documents`.

    Raises ``ValueError`` (in both languages) when no article is left.
    """
    docs = filter_documents(corpus.documents, provinces, years, level=level)
    if docs.empty:
        raise ValueError("Không còn bài nào sau khi lọc / no article left after filtering: "
                         f"check provinces={provinces!r} and years={years!r}")
    paragraphs = corpus.paragraphs[corpus.paragraphs["doc_id"].isin(docs["doc_id"])]
    return docs, paragraphs


def word_counts(documents: pd.DataFrame, words: str = "n_tokens") -> pd.Series:
    """Words of each document (indexed by ``doc_id``), as floats, for rate denominators."""
    return pd.Series(documents[words].to_numpy(dtype=float), index=documents["doc_id"])


def group_profiles(
    documents: pd.DataFrame,
    by: Grouping,
    *,
    min_articles: int = 5,
    complete: bool = True,
    words: str = "n_tokens",
) -> pd.DataFrame:
    """Articles, words and period covered per group (one row per group).

    With ``complete`` the table lists every unit (63 provinces, 34 units, four levels) and those
    without articles have NA in every column (missing, not zero). ``low_n`` is True for groups
    with at least one but fewer than ``min_articles`` articles.
    """
    labels = group_labels(documents, by)
    docs = documents.assign(_group=labels.to_numpy(), _year=document_year(documents).to_numpy())
    dates = pd.to_datetime(docs["published"], errors="coerce") if "published" in docs else None
    if "event_date" in docs:
        event = pd.to_datetime(docs["event_date"], errors="coerce")
        dates = event if dates is None else dates.fillna(event)
    docs = docs.assign(_date=dates.dt.normalize() if dates is not None else pd.NaT)
    grouped = docs.dropna(subset=["_group"]).groupby("_group", sort=True)
    table = pd.DataFrame({
        "n_articles": grouped.size().astype("Int64"),
        "n_words": grouped[words].sum().astype("Int64"),
        "first": grouped["_date"].min(),
        "last": grouped["_date"].max(),
        "years": grouped["_year"].agg(_year_span),
    })
    if complete:
        order = all_groups(by, documents)
        extra = [g for g in table.index if g not in order]
        table = table.reindex(order + extra)
    table.index.name = by
    n = table["n_articles"]
    table["low_n"] = (n < min_articles).astype("boolean").where(n.notna(), pd.NA)
    table.attrs.update(
        grouping=by, min_articles=min_articles, words=words,
        unassigned=int(labels.isna().sum()),
        caption=(f"Profile by {by}: articles, words ({words}), period; low_n = fewer than "
                 f"{min_articles} articles; units with no articles are missing (NA), not zero."),
    )
    return table


def _year_span(years: pd.Series) -> str | None:
    y = years.dropna()
    if y.empty:
        return None
    lo, hi = int(y.min()), int(y.max())
    return str(lo) if lo == hi else f"{lo}–{hi}"


def groups_with_articles(profile: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`group_profiles` table that have articles (same order and attrs)."""
    out = profile[profile["n_articles"].notna() & (profile["n_articles"] > 0).fillna(False)]
    out.attrs = dict(profile.attrs)
    return out


def _column(documents: pd.DataFrame, name: str) -> pd.Series:
    """A documents column; ``year`` from the dates; otherwise a key of the ``extra`` JSON."""
    if name in documents:
        return documents[name]
    if name == "year":
        return document_year(documents)
    if "extra" in documents:
        import json

        def get(raw: object) -> object:
            if not isinstance(raw, str) or not raw.startswith("{"):
                return None
            return json.loads(raw).get(name)
        values = documents["extra"].map(get)
        if values.notna().any():
            return values
    raise KeyError(f"the documents table has no column or extra field {name!r}")


def where_documents(documents: pd.DataFrame, where: Mapping[str, Any] | None) -> pd.DataFrame:
    """The documents whose columns match every condition of ``where``.

    A condition is ``column: value`` (equal, strings compared folded), ``column: [values]`` (any
    of them; a ``range`` too) or ``column: callable`` (a predicate on the column). ``column`` is a
    documents column, ``year``, or a key of the ``extra`` JSON field (``tier`` in danvan_news).
    None or ``{}`` keeps all.
    """
    keep = pd.Series(True, index=documents.index)
    for name, wanted in (where or {}).items():
        values = _column(documents, name)
        if callable(wanted):
            keep &= values.map(wanted).fillna(False).astype(bool)
            continue
        options = list(wanted) if isinstance(wanted, list | tuple | set | frozenset | range) else [wanted]
        keep &= values.map(_matcher({fold(str(o)) for o in options}))
    return documents.loc[keep.astype(bool)]


def _matcher(folded: set[str]) -> Any:
    return lambda v: v is not None and not pd.isna(v) and fold(str(v)) in folded


class Subcorpus:
    """The tables of ``corpus`` restricted to the documents kept by :func:`where_documents`.

    Every table with a ``doc_id`` (paragraphs, sentences, tokens, people…) is filtered on first
    use; ``where`` and ``parent`` say where it came from. It has no folder: nothing is written.
    """

    def __init__(self, corpus: Any, where: Mapping[str, Any] | None, inferred_years: bool = True,
                 unplaced: bool = True) -> None:
        self.parent, self.where = corpus, dict(where or {})
        documents = corpus.documents
        if not inferred_years:  # an inferred event year is no year (the day and month go too)
            guessed = year_evidence(documents) == "inferred"
            documents = documents.assign(event_date=documents["event_date"].mask(guessed))
            self.where |= {"inferred_years": False}
        documents = where_documents(documents, where)
        if not unplaced:  # articles whose province was found
            documents = documents[place_evidence(documents).isin(["given", "text"])]
            self.where |= {"unplaced": False}
        self.documents = documents.reset_index(drop=True)
        if self.documents.empty:
            raise ValueError("Không còn bài nào sau khi lọc / no article left after filtering: "
                             f"check {self.where!r}")
        self._ids = set(self.documents["doc_id"])
        self._tables: dict[str, pd.DataFrame] = {}
        self.meta = dict(getattr(corpus, "meta", {}) or {}) | {"where": self.where}

    @property
    def name(self) -> str:
        return f"{getattr(self.parent, 'name', 'corpus')} ({len(self.documents)} articles kept)"

    def __getattr__(self, table: str) -> Any:
        if table.startswith("_") or table in ("folder",):
            raise AttributeError(table)
        if table not in self._tables:
            value = getattr(self.parent, table)
            if not isinstance(value, pd.DataFrame) or "doc_id" not in value:
                return value
            self._tables[table] = value[value["doc_id"].isin(self._ids)].reset_index(drop=True)
        return self._tables[table]


def subcorpus(corpus: Any, where: Mapping[str, Any] | None = None, inferred_years: bool = True,
              unplaced: bool = True) -> Any:
    """``corpus`` itself when nothing is asked, else its :class:`Subcorpus`: the documents
    matching ``where`` (e.g. ``{"tier": ["A_topic", "B_mentions"]}`` or
    ``{"year": range(2015, 2020)}``); with ``inferred_years=False`` an event year the ingest
    inferred from other years the text names counts as no year (:func:`year_evidence`); with
    ``unplaced=False`` only the articles whose province was found are kept."""
    if not where and inferred_years and unplaced:
        return corpus
    return Subcorpus(corpus, where, inferred_years, unplaced)
