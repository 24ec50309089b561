"""One corpus stem names both of a corpus's folders (processed tables and reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan.core.paths import (
    corpus_stem,
    processed_dir,
    processed_dir_for,
    raw_dir,
    reports_dir,
    reports_dir_for,
)


@pytest.mark.parametrize(("name", "stem"), [
    ("danvan_news.jsonl.gz", "danvan_news"), ("news.ndjson.gz", "news"), ("news.ndjson", "news"),
    ("dantri.csv", "dantri"), ("dantri.CSV.GZ", "dantri"), ("rows.json", "rows"),
    ("my_articles", "my_articles"), ("bài.2020", "bài.2020"),
])
def test_corpus_stem(name: str, stem: str) -> None:
    assert corpus_stem(Path("/x") / name) == stem


def test_processed_and_reports_folders_share_the_stem(tmp_path: Path) -> None:
    source = tmp_path / "news.ndjson.gz"
    assert reports_dir_for(source) == reports_dir() / "news"
    processed = processed_dir_for(source)
    assert processed.parent == processed_dir() / "corpora"
    assert processed.name.startswith("news-") and len(processed.name) == len("news-") + 8


def test_the_sample_corpus_uses_the_project_folders() -> None:
    assert processed_dir_for(raw_dir()) == processed_dir()
    assert reports_dir_for(raw_dir()) == reports_dir()
    assert reports_dir_for(None) == reports_dir()


def test_two_corpora_with_one_name_get_two_processed_folders(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "news.jsonl", tmp_path / "b" / "news.jsonl"
    assert processed_dir_for(a) != processed_dir_for(b)
