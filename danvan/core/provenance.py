"""How a table or page was made: package, underthesea and lexicon versions, corpus hash, date."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from importlib.metadata import version

from danvan import __version__


def stamp(meta: dict | None = None) -> dict[str, str]:
    """The provenance fields for a corpus's ``meta`` (or for the installed package alone)."""
    from danvan.corpus.ingest.resources import lexicon_version

    meta = meta or {}
    return {
        "danvan": meta.get("danvan_version", __version__),
        "underthesea": meta.get("underthesea_version", version("underthesea")),
        "lexicon": meta.get("lexicon_version", lexicon_version()),
        "corpus": meta.get("name", "?"),
        "corpus_hash": meta.get("corpus_hash", "?"),
        "documents": str(meta.get("n_documents", "?")),
        "corpus_built": meta.get("built_at", "?"),
        "made": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def stamp_text(meta: dict | None = None) -> str:
    """One line of provenance, for figure footers and table captions."""
    s = stamp(meta)
    return (
        f"danvan {s['danvan']} · underthesea {s['underthesea']} · lexicon {s['lexicon']} · "
        f"corpus {s['corpus']} ({s['documents']} docs, hash {s['corpus_hash']}) · {s['made']}"
    )


def stamp_html(meta: dict | None = None) -> str:
    """The provenance stamp as a small escaped HTML block."""
    rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in stamp(meta).items()
    )
    return f'<table class="danvan-provenance"><caption>Provenance</caption>{rows}</table>'
