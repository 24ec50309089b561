"""Syndicated copies (issue 13, class 8): the same story in two outlets, lightly edited or cut, is
kept twice and marked with its story; two articles on the same meeting are not."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.corpus.ingest.dedup import SAME_STORY, DuplicateFinder, containment, minhash, shingle_set
from danvan.corpus.load import load_corpus
from danvan.corpus.tables import story_of

# an agency report, in the style of the wire copy outlets republish
ORIGINAL = (
    "Sáng 23/5, tại Hà Nội, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức hội nghị sơ kết "
    "sáu tháng đầu năm về công tác giám sát và phản biện xã hội. Dự hội nghị có đại diện lãnh đạo "
    "Ban Dân vận Trung ương, các tổ chức chính trị - xã hội và Mặt trận Tổ quốc 63 tỉnh, thành phố.\n\n"
    "Báo cáo tại hội nghị cho biết, trong sáu tháng qua Mặt trận các cấp đã chủ trì giám sát hơn "
    "một nghìn cuộc, tập trung vào việc thực hiện chính sách an sinh xã hội, quản lý đất đai và "
    "giải quyết khiếu nại, tố cáo của công dân ở cơ sở. Nhiều kiến nghị sau giám sát đã được cấp "
    "ủy, chính quyền tiếp thu và giải quyết dứt điểm.\n\n"
    "Phát biểu chỉ đạo, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đề nghị các địa "
    "phương tiếp tục đổi mới nội dung và phương thức giám sát, lắng nghe ý kiến của nhân dân, phát "
    "huy vai trò của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng. Mặt trận cần "
    "chủ động phối hợp với chính quyền để theo dõi việc thực hiện các kiến nghị sau giám sát, "
    "không để tình trạng kiến nghị rồi để đó.\n\n"
    "Cũng tại hội nghị, các đại biểu đã thảo luận về những khó khăn trong việc tổ chức đối thoại "
    "giữa người đứng đầu cấp ủy, chính quyền với nhân dân, và đề xuất nhiều giải pháp để nâng cao "
    "hiệu quả công tác dân vận trong thời gian tới. Phúc Hằng (TTXVN)"
)
# the same story in a second outlet: a few words changed, the agency byline dropped, ending cut
COPY = (
    ORIGINAL.replace("Sáng 23/5, tại Hà Nội,", "Sáng nay (23/5), tại Thủ đô Hà Nội,")
    .replace("hơn một nghìn cuộc", "trên 1.000 cuộc")
    .replace("dứt điểm", "kịp thời")
    .replace("Mặt trận cần chủ động", "Theo ông, Mặt trận cần chủ động")
    .split("\n\nCũng tại hội nghị")[0]
)
# another reporter's article on the same meeting: its own sentences, one quoted clause shared
OTHER_ARTICLE = (
    "Ngày 23/5, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam sơ kết công tác giám sát và phản biện "
    "xã hội sáu tháng đầu năm. Theo đánh giá của Ban Thường trực, hoạt động giám sát ngày càng đi vào "
    "thực chất, nhiều vụ việc bức xúc ở địa phương được phát hiện từ phản ánh của người dân.\n\n"
    "Tại tỉnh Bình Định, Mặt trận tỉnh đã phối hợp với Sở Tài nguyên và Môi trường rà soát hàng "
    "trăm hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị chậm. Đại diện Mặt trận tỉnh cho rằng cần "
    "chủ động phối hợp với chính quyền để theo dõi việc thực hiện các kiến nghị sau giám sát, nhưng "
    "cũng phải có cơ chế để người dân được biết kết quả giải quyết.\n\n"
    "Nhiều ý kiến đề nghị Trung ương sớm ban hành hướng dẫn về phản biện xã hội đối với các dự án "
    "lớn, bảo đảm quyền được thông tin của nhân dân theo Luật Thực hiện dân chủ ở cơ sở. Minh Hạnh"
)


def _offer(finder: DuplicateFinder, doc_id: str, text: str):  # type: ignore[no-untyped-def]
    return finder.offer(doc_id, doc_id, minhash(text), shingle_set(text))


def test_a_lightly_edited_shortened_copy_is_kept_and_marked_with_its_story() -> None:
    share, shared = containment(shingle_set(COPY), shingle_set(ORIGINAL))
    jaccard = shared / (len(shingle_set(COPY)) + len(shingle_set(ORIGINAL)) - shared)
    assert (round(share, 2), shared, round(jaccard, 2)) == (0.89, 197, 0.67)  # below the 0.8 drop
    finder = DuplicateFinder()
    assert _offer(finder, "ttxvn", ORIGINAL) == (True, None, None, "ttxvn", None)
    kept, of, reason, story, overlap = _offer(finder, "copy", COPY)
    assert (kept, of, story, round(overlap, 2)) == (True, "ttxvn", "ttxvn", 0.89)
    assert reason == "same story as ttxvn (89% of the shorter text's 5-word sequences shared)"


def test_another_article_on_the_same_meeting_is_not_marked() -> None:
    share, shared = containment(shingle_set(OTHER_ARTICLE), shingle_set(ORIGINAL))
    assert (round(share, 2), shared) == (0.15, 26)  # the shared clause and the meeting's name
    finder = DuplicateFinder()
    _offer(finder, "ttxvn", ORIGINAL)
    assert _offer(finder, "other", OTHER_ARTICLE) == (True, None, None, "other", None)


def test_a_copy_of_a_copy_joins_the_first_story_and_names_the_copy_it_matched() -> None:
    finder = DuplicateFinder()
    _offer(finder, "a", ORIGINAL)
    _offer(finder, "b", COPY)
    lead_only = "\n\n".join(COPY.split("\n\n")[:2])  # the copy's first two paragraphs
    assert round(containment(shingle_set(lead_only), shingle_set(ORIGINAL))[0], 2) == 0.9
    kept, of, _, story, overlap = _offer(finder, "c", lead_only)
    assert (kept, of, story, overlap) == (True, "b", "a", 1.0)  # b matched best, a began the story


def test_a_two_line_text_is_no_story_and_thresholds_are_measured_ones() -> None:
    finder = DuplicateFinder()
    _offer(finder, "a", ORIGINAL)
    short = " ".join(ORIGINAL.split()[:20])  # 16 shingles, all shared
    assert containment(shingle_set(short), shingle_set(ORIGINAL)) == (1.0, 16)
    assert _offer(finder, "s", short).of is None
    assert SAME_STORY == 0.75


def test_story_of_falls_back_to_each_document_itself() -> None:
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "story": ["a", "a", None]})
    assert story_of(docs).to_dict() == {"a": "a", "b": "a", "c": "c"}
    assert story_of(docs.drop(columns="story")).to_dict() == {"a": "a", "b": "b", "c": "c"}


def test_the_ingest_keeps_both_outlets_and_writes_the_story(tmp_path: Path) -> None:
    rows = [("ttxvn", "Mặt trận sơ kết công tác giám sát", ORIGINAL, "TTXVN"),
            ("copy", "Sơ kết giám sát, phản biện xã hội", COPY, "Báo Đại Đoàn Kết"),
            ("other", "Giám sát đi vào thực chất", OTHER_ARTICLE, "Nhân Dân")]
    lines = [json.dumps(dict(zip(("id", "title", "text", "outlet"), r, strict=True)), ensure_ascii=False)
             for r in rows]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "in", out=tmp_path / "out", progress=False)
    docs = corpus.documents.set_index("doc_id")
    assert len(docs) == 3 and set(corpus.ingest_report["status"]) == {"ok"}
    assert docs["story"].to_dict() == {"news:ttxvn": "news:ttxvn", "news:copy": "news:ttxvn",
                                       "news:other": "news:other"}
    assert docs["near_duplicate_of"].notna().tolist() == [False, True, False]
    assert docs["near_duplicate_overlap"].dropna().tolist() == [89]
    reasons = corpus.ingest_report["reason"].dropna()
    assert reasons.str.contains("same story as news:ttxvn").sum() == 1


NEWS_COPIES = {  # danvan_news rows (raw texts): a syndicated pair (TTXVN's report and a copy
    # without its caption, "Thành phố" shortened to "TP"), and two reporters on one meeting
    ("baomoi2017_22353343", "baomoi2017_22354117"): 0.83,
    ("baomoi2017_21512119", "baomoi2017_21511706"): None,
    ("baomoi2017_22623978", "baomoi2017_22625412"): None,  # an abridged rewrite of a press release
}


@pytest.mark.skipif(not DANVAN_NEWS.exists(), reason="../shared/corpora/danvan_news.jsonl.gz is absent")
def test_real_syndicated_copies_are_marked_and_same_meeting_articles_are_not() -> None:
    wanted = {i for pair in NEWS_COPIES for i in pair}
    with gzip.open(DANVAN_NEWS, "rt", encoding="utf-8") as fh:
        texts = {r["id"]: r["text"] for r in map(json.loads, fh) if r["id"] in wanted}
    for (first, second), expected in NEWS_COPIES.items():
        finder = DuplicateFinder()
        _offer(finder, first, texts[first])
        verdict = _offer(finder, second, texts[second])
        assert verdict.kept
        got = None if verdict.overlap is None else round(verdict.overlap, 2)
        assert got == expected, (first, second)
