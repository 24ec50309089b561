"""One provenance stamp, with the same fields whether a corpus is loaded or not."""

from __future__ import annotations

import re

from danvan import __version__
from danvan.core.provenance import lexicon_version, package_version, stamp

FIELDS = ["danvan", "underthesea", "lexicon", "corpus", "corpus_hash", "documents",
          "corpus_built", "made"]


def test_stamp_without_a_corpus() -> None:
    s = stamp()
    assert list(s) == FIELDS
    assert s["danvan"] == __version__
    assert s["underthesea"] == package_version("underthesea") == "9.5.0"
    assert s["lexicon"] == lexicon_version()
    assert s["corpus"] == s["corpus_hash"] == s["documents"] == s["corpus_built"] == "?"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", s["made"])


def test_stamp_of_a_corpus_reads_its_meta() -> None:
    meta = {"name": "news", "corpus_hash": "abc", "n_documents": 12, "built_at": "2026-01-02T03:04",
            "lexicon_version": "7+deadbeef", "danvan_version": "0.0.9", "underthesea_version": "9.4"}
    s = stamp(meta)
    assert list(s) == FIELDS
    assert (s["danvan"], s["underthesea"], s["lexicon"]) == ("0.0.9", "9.4", "7+deadbeef")
    assert (s["corpus"], s["corpus_hash"], s["documents"], s["corpus_built"]) == (
        "news", "abc", "12", "2026-01-02T03:04")


def test_lexicon_version_names_the_declared_version_and_a_hash() -> None:
    assert re.fullmatch(r"[^+\s]+\+[0-9a-f]{8}", lexicon_version())


def test_missing_package_is_a_question_mark() -> None:
    assert package_version("no-such-distribution-danvan") == "?"
