"""Where the project's folders are, wherever the code is called from (notebooks run in notebooks/)."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
DATA_DIR = PACKAGE_DIR / "data"


def project_root() -> Path:
    """The checkout the package was installed from (editable install), else ``$DANVAN_HOME`` or cwd."""
    env = os.environ.get("DANVAN_HOME")
    if env:
        return Path(env).resolve()
    candidate = PACKAGE_DIR.parent
    if (candidate / "pyproject.toml").exists():
        return candidate
    return Path.cwd()


def raw_dir() -> Path:
    return project_root() / "data" / "raw"


def processed_dir() -> Path:
    return project_root() / "data" / "processed"


def reports_dir() -> Path:
    return project_root() / "reports"


_CORPUS_SUFFIX = re.compile(r"\.(jsonl|ndjson|json|csv)(\.gz)?$", re.IGNORECASE)


def corpus_stem(source: str | Path) -> str:
    """A corpus's short name: ``danvan_news.jsonl.gz`` → ``danvan_news``; a folder keeps its name."""
    return _CORPUS_SUFFIX.sub("", Path(source).name)


def processed_dir_for(source: str | Path) -> Path:
    """Where a corpus's tables go: data/raw → data/processed; any other corpus gets its own folder,
    ``data/processed/corpora/<stem>-<hash of its absolute path>``."""
    source = Path(source)
    if source.resolve() == raw_dir().resolve():
        return processed_dir()
    digest = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:8]
    return processed_dir() / "corpora" / f"{corpus_stem(source)}-{digest}"


def reports_dir_for(source: str | Path | None) -> Path:
    """Where a corpus's report pages go: ``reports/`` for the sample (None or data/raw),
    ``reports/<stem>/`` for any other corpus."""
    if source is None or Path(source).resolve() == raw_dir().resolve():
        return reports_dir()
    return reports_dir() / corpus_stem(source)
