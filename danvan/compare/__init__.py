"""Compare groups of articles fairly: profiles, normalised rates and shares with bootstrap
intervals, and keywords (keyness) of each group against the rest."""

from danvan.compare.groups import (
    ADMIN_LEVELS,
    GROUPINGS,
    LEVELS_VI,
    PER_WORDS,
    Grouping,
    all_groups,
    filter_documents,
    group_labels,
    group_profiles,
)
from danvan.compare.keyness import document_term_matrix, keyness
from danvan.compare.rates import bootstrap_ratio, group_rates, group_shares

__all__ = [
    "ADMIN_LEVELS", "GROUPINGS", "LEVELS_VI", "PER_WORDS", "Grouping", "all_groups",
    "bootstrap_ratio", "document_term_matrix", "filter_documents", "group_labels",
    "group_profiles", "group_rates", "group_shares", "keyness",
]
