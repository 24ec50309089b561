"""Themes in a corpus: TF-IDF over segmented words, NMF topics and k-means clusters (issue 5).

Pipeline (each step a function, each result a plain object or DataFrame)::

    from danvan.themes import fit_themes, theme_stability, theme_shares
    result = fit_themes(corpus, k=None, unit="paragraph", seed=42)   # -> ThemeResult
    result.choice.table        # k, silhouette, npmi, score, chosen (None when k was given)
    result.top_terms           # theme, name, rank, term, weight
    result.labels              # dominant theme of each unit (result.units has them in a column)
    result.doc_shares          # doc_id × theme share (rows sum to 1)
    result = result.with_names({0: "Cải cách hành chính"})           # editable labels
    theme_shares(result)       # the same per-document shares, long, with titles and names
    theme_stability(result)    # refits with other seeds and on 80% subsamples -> Stability
    match_themes(result, other)  # pair the themes of two fits before comparing them

Shares per province, year, outlet… come from ``danvan.compare.group_shares(result.doc_shares,
corpus.documents, by=...)`` (means over articles with bootstrap intervals); :func:`share_matrix`
lays them out group × theme.

Units are paragraphs (default) or documents (paragraph ``words`` joined per ``doc_id``). Features:
TF-IDF (sublinear tf) over ``corpus.paragraphs.words`` minus ``danvan/data/stopwords_vi.txt``,
numbers dropped, optional bigrams, ``min_df`` scaled to corpus size. Models: NMF (themes, shares)
and k-means on the same matrix, renumbered to the NMF themes; mini-batch variants above 20,000
units. k is chosen by silhouette and NPMI coherence over a range (:func:`select_k`).
"""

from danvan.core.stopwords import STOPWORDS_PATH, load_stopwords
from danvan.themes.coherence import npmi_coherence
from danvan.themes.features import (
    auto_min_df,
    build_features,
    feature_summary,
    make_units,
    tokenize_words,
    top_unit_terms,
    unit_preview,
)
from danvan.themes.matching import match_themes, shared_units, term_overlap, term_presence
from danvan.themes.models import ThemeModel, fit_models
from danvan.themes.result import ThemeResult, default_names, document_table, fit_themes
from danvan.themes.selection import KChoice, clip_k_range, select_k
from danvan.themes.stability import Stability, stability_summary, theme_stability
from danvan.themes.summaries import (
    k_choice,
    method_crosstab,
    representative_units,
    share_matrix,
    theme_map,
    theme_names,
    theme_overview,
    theme_shares,
)

__all__ = [
    "STOPWORDS_PATH", "KChoice", "Stability", "ThemeModel", "ThemeResult", "auto_min_df",
    "build_features", "clip_k_range", "default_names", "document_table", "feature_summary",
    "fit_models", "fit_themes", "k_choice", "load_stopwords", "make_units", "match_themes",
    "method_crosstab", "npmi_coherence", "representative_units", "select_k", "share_matrix",
    "shared_units", "stability_summary", "term_overlap", "term_presence", "theme_map",
    "theme_names", "theme_overview", "theme_shares", "theme_stability", "tokenize_words",
    "top_unit_terms", "unit_preview",
]
