"""Shared fixtures. The notebook series is executed once per test session per corpus, here."""

from __future__ import annotations

import os

import pytest
from project_paths import DANVAN_NEWS

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
