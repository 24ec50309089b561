"""How a table or page was made: package, underthesea and lexicon versions, corpus hash, date."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import UTC, datetime
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from danvan import __version__
from danvan.core.paths import DATA_DIR

LEXICON_FILES = ("lexicon.txt", "abbreviations.tsv")


@lru_cache(maxsize=1)
def lexicon_version() -> str:
    """The lexicon's declared version plus a short hash of its data files (part of the cache key)."""
    raw = (DATA_DIR / "lexicon.txt").read_text(encoding="utf-8")
    declared = re.search(r"#\s*version:\s*(\S+)", raw)
    digest = hashlib.sha256()
    for name in LEXICON_FILES:
        digest.update((DATA_DIR / name).read_bytes())
    return f"{declared.group(1) if declared else 'unversioned'}+{digest.hexdigest()[:8]}"


def package_version(name: str) -> str:
    """The installed version of a distribution, ``?`` when it is not installed."""
    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def stamp(meta: dict | None = None) -> dict[str, str]:
    """The provenance of a table or page: from a corpus's ``meta`` (``Corpus.meta``), or, with
    None, for the installed package alone (corpus fields ``?``). The one stamp every page,
    index and notebook shows; ``made`` is when the stamp was made, ``corpus_built`` when the
    corpus's tables were."""
    meta = meta or {}
    return {
        "danvan": meta.get("danvan_version", __version__),
        "underthesea": meta.get("underthesea_version", package_version("underthesea")),
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
