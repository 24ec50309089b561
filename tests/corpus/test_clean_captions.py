"""A lead (sapo) is never moved into the captions (issue 13, class 6), while photo captions,
with or without their credit, stay captions."""

from __future__ import annotations

import gzip
import json

import pytest
from project_paths import DANVAN_NEWS

from danvan.corpus.ingest.clean import clean_text, is_caption_like

HEADLINE = "Tiền Giang kỷ luật Phó Trưởng Ban Dân vận Tỉnh ủy"
DATED_LEAD = ("Sáng 27/5, Ủy viên Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Tiền Giang cho biết Ban "
              "Thường vụ đã họp và quyết định hình thức kỷ luật khiển trách.")
BODY = "Theo kết luận của Ủy ban Kiểm tra Tỉnh ủy, cán bộ này đã vi phạm quy chế làm việc của cơ quan."


def _article(*opening: str) -> str:
    return "\n".join([HEADLINE, *opening, DATED_LEAD, BODY])


@pytest.mark.parametrize("sapo", [
    # a sapo of 24 words with no mark of a lead but its length
    "Ban Thường vụ Tỉnh ủy Tiền Giang quyết định kỷ luật ông Lê Văn Tùng, Phó Trưởng Ban Dân vận "
    "Tỉnh ủy Tiền Giang, vì vi phạm quy chế.",
    # short, but it reports what "has just" happened
    "Ban Thường vụ Tỉnh ủy Tiền Giang vừa kỷ luật một cán bộ Ban Dân vận.",
    # short, but attributed
    "Theo Chủ tịch tỉnh, cán bộ vi phạm phải bị xử lý nghiêm.",
    # a quotation
    "Bí thư Tỉnh ủy: “Kỷ luật để giữ nghiêm kỷ cương, không để ai đứng ngoài.”",
    # two sentences
    "Một cán bộ dân vận bị kỷ luật. Đây là lần đầu tiên trong nhiệm kỳ.",
])
def test_a_sapo_above_a_dated_lead_stays_the_first_paragraph(sapo: str) -> None:
    doc = clean_text(_article(sapo))
    assert doc.captions == []
    assert doc.paragraphs[:2] == [sapo, DATED_LEAD]


def test_captions_above_the_dated_lead_are_still_captions_with_a_sapo_or_without() -> None:
    credited = "Quang cảnh hội nghị Ban Thường vụ Tỉnh ủy Tiền Giang (Ảnh: Minh Trí)."
    plain = "Bí thư Tỉnh ủy phát biểu tại hội nghị."
    assert clean_text(_article(plain)).captions == [plain]
    sapo = "Ban Thường vụ Tỉnh ủy Tiền Giang vừa kỷ luật một cán bộ Ban Dân vận."
    doc = clean_text(_article(sapo, credited))  # headline, sapo, photo caption, dated lead
    assert doc.captions == [credited]
    assert doc.paragraphs[:2] == [sapo, DATED_LEAD]
    doc = clean_text(_article(sapo, plain))
    assert (doc.captions, doc.paragraphs[0]) == ([plain], sapo)


def test_a_lead_printed_twice_at_the_top_stays_once_and_a_caption_printed_twice_is_a_caption() -> None:
    lead = ("Tại buổi họp báo chiều 19/5, Tổng thư ký Quốc hội đã lý giải vì sao Ủy ban Thường vụ Quốc hội "
            "cho một đại biểu thôi làm nhiệm vụ đại biểu Quốc hội chứ không đợi Quốc hội bãi nhiệm.")
    doc = clean_text("\n".join([HEADLINE, f"{lead} {lead}", BODY]))
    assert (doc.captions, doc.paragraphs) == ([], [lead, BODY])
    doc = clean_text("\n".join([HEADLINE, lead, lead, BODY]))
    assert (doc.captions, doc.paragraphs) == ([], [lead, BODY])
    caption = ("Phó Bí thư Tỉnh ủy và Trưởng Ban Dân vận Tỉnh ủy trao Bằng khen cho các tập thể có thành "
               "tích xuất sắc trong công tác dân vận năm 2023.")  # 28 words, printed twice mid-article
    doc = clean_text("\n".join([HEADLINE, DATED_LEAD, caption, caption, BODY]))
    assert (doc.captions, doc.paragraphs) == ([caption], [DATED_LEAD, BODY])


def test_what_reads_as_a_caption() -> None:
    assert is_caption_like("Lớp luyện thi IELTS tại một trung tâm dạy tiếng Anh - Ảnh: Như Hùng")
    view = ("Toàn cảnh lễ công bố chương trình Ngày Chuyển đổi số Việt Nam 2021 (Vietnam DX Day 2021) "
            "lần thứ 2 tại Hà Nội.")
    assert len(view.split()) == 24 and is_caption_like(view)  # long, but a view of the scene
    assert is_caption_like("Các thí sinh trong phòng thi")
    assert not is_caption_like("Ông A cho biết, tỉnh sẽ tổ chức đối thoại với nhân dân.")
    assert not is_caption_like(" ".join(["từ"] * 21) + ".")
    assert is_caption_like(" ".join(["từ"] * 21) + ".", max_words=35)


NEWS_SAPOS = {  # danvan_news rows whose sapo, above a dated lead, went into the captions
    "baomoi2017_22385232": "Ban Thường vụ Tỉnh ủy Tiền Giang quyết định kỷ luật",
    "baomoi2017_22699137": "Theo Chủ tịch nước Trần Đại Quang, tham nhũng",
    "baomoi2017_22319131": "Tại buổi họp báo trước kỳ họp thứ 3",  # printed twice
}


@pytest.mark.skipif(not DANVAN_NEWS.exists(), reason="../shared/corpora/danvan_news.jsonl.gz is absent")
def test_real_sapos_open_the_body_and_a_real_credited_caption_stays() -> None:
    with gzip.open(DANVAN_NEWS, "rt", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in map(json.loads, fh)}
    for row_id, start in NEWS_SAPOS.items():
        doc = clean_text(rows[row_id]["text"], rows[row_id]["title"])
        assert doc.paragraphs[0].startswith(start), row_id
        assert not any(c.startswith(start) for c in doc.captions), row_id
    doc = clean_text(rows["vntc_Train_Full_Chinh_tri_Xa_hoi_XH_TN__1683_"]["text"])
    assert [c[-12:] for c in doc.captions] == ["- (Ảnh: H.M)"] * 3
