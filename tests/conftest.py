"""Shared fixtures. The notebook series is executed once per test session per corpus, here."""

from __future__ import annotations

import os

import pytest
from project_paths import DANVAN_NEWS, RAW

REPORT_JOBS = int(os.environ.get("DANVAN_TEST_JOBS", min(2, os.cpu_count() or 1)))


@pytest.fixture(scope="session")
def sample_reports(tmp_path_factory: pytest.TempPathFactory):
    """Reports of every notebook on the sample corpus (data/raw), built once into a tmp dir."""
    from danvan.report import build_reports

    out = tmp_path_factory.mktemp("reports_sample")
    return build_reports(None, out=out, jobs=REPORT_JOBS, timeout=900)


@pytest.fixture(scope="session")
def news_reports(tmp_path_factory: pytest.TempPathFactory):
    """Reports of every notebook on ../shared/corpora/danvan_news.jsonl.gz (skips when absent)."""
    if not DANVAN_NEWS.exists():
        pytest.skip(f"larger corpus not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.report import build_reports

    out = tmp_path_factory.mktemp("reports_danvan_news")
    return build_reports(DANVAN_NEWS, out=out, jobs=REPORT_JOBS, timeout=1800)


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory):
    """The five sample articles of data/raw, ingested once into a folder of the tests' own."""
    from danvan.corpus.load import load_corpus

    return load_corpus(RAW, out=tmp_path_factory.mktemp("sample_processed"), progress=False)


@pytest.fixture(scope="session")
def hits(sample):
    """Formula and slogan hits of the sample corpus."""
    from danvan.phrases.hits import phrase_hits

    return phrase_hits(sample)
