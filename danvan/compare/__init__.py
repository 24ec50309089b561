"""Compare groups of articles fairly: profiles, normalised rates and shares with bootstrap
intervals, and keywords (keyness) of each group against the rest."""

from danvan.compare.groups import (
    GROUPING_NAMES,
    GROUPINGS,
    PER_WORDS,
    Grouping,
    all_groups,
    filter_documents,
    group_labels,
    group_profiles,
    groups_with_articles,
    select_articles,
    subcorpus,
    where_documents,
)
from danvan.compare.keyness import (
    ALPHA,
    document_term_matrix,
    keyness,
    range_gate_summary,
    significant,
    story_ids,
)
from danvan.compare.names import name_forms, person_names, proper_names
from danvan.compare.rates import (
    bootstrap_ratio,
    formula_rates,
    group_rates,
    group_ratios,
    group_shares,
    leading_item,
    select_items,
    top_items,
    used_items,
)

__all__ = [
    "ALPHA", "GROUPINGS", "GROUPING_NAMES", "PER_WORDS", "Grouping",
    "all_groups", "bootstrap_ratio", "document_term_matrix", "filter_documents", "formula_rates",
    "group_labels", "group_profiles", "group_ratios", "group_rates", "group_shares",
    "groups_with_articles", "keyness", "name_forms", "person_names", "proper_names",
    "story_ids", "leading_item", "range_gate_summary", "select_articles",
    "select_items", "significant", "subcorpus", "top_items", "used_items", "where_documents",
]
