"""Notebook 01's findings count the syndicated copies kept and marked, with their outlets."""

from __future__ import annotations

import pandas as pd

from danvan.corpus.schema import columns
from danvan.report.findings.corpus import corpus_findings


def _docs(near: list[str | None], outlets: list[str | None]) -> pd.DataFrame:
    n = len(near)
    docs = pd.DataFrame({c: [None] * n for c in columns("documents")})
    docs["doc_id"], docs["near_duplicate_of"], docs["outlet"] = [f"d{i}" for i in range(n)], near, outlets
    docs["n_tokens"] = 100
    return docs


def _report(n: int) -> pd.DataFrame:
    return pd.DataFrame({"status": ["ok"] * n})


def test_copies_are_counted_with_their_outlets_and_plurals() -> None:
    outlets = ["TTXVN", "Báo Đại Đoàn Kết", "VOV", "baomoi.com", "Nhân Dân"]
    docs = _docs([None, "d0", None, "d2", "d0"], outlets)
    vi, en = corpus_findings(docs, _report(5))
    assert en[1] == ("3 articles are copies of an article already in the corpus (the same story, lightly "
                     "edited or cut): both are kept, so each outlet still counts, and marked as one story "
                     "in the `story` column; between baomoi.com – VOV (1 copy), Báo Đại Đoàn Kết – TTXVN "
                     "(1 copy) and Nhân Dân – TTXVN (1 copy).")
    assert vi[1].startswith("3 bài là bản đăng lại của một bài đã có trong kho")
    assert vi[1].endswith("giữa baomoi.com – VOV (1 bản), Báo Đại Đoàn Kết – TTXVN (1 bản) và "
                          "Nhân Dân – TTXVN (1 bản).")


def test_one_copy_in_many_pairs_and_none_at_all() -> None:
    docs = _docs([None, "d0", "d0", "d0", "d0", None], ["A", "B", "C", "D", "E", None])
    _, en = corpus_findings(docs, _report(6))
    assert en[1].endswith("between A – B (1 copy), A – C (1 copy), A – D (1 copy) and 1 other pair.")
    one = _docs([None, "d0"], ["A", None])
    assert corpus_findings(one, _report(2))[1][1].startswith("1 article is a copy of an article")
    assert "A – (unknown) (1 copy)" in corpus_findings(one, _report(2))[1][1]
    plain = _docs([None, None], ["A", "B"])
    assert not any("copy" in line for line in corpus_findings(plain, _report(2))[1])
    assert not any("copy" in line for line in corpus_findings(plain.drop(columns="near_duplicate_of"),
                                                              _report(2))[1])
