"""Citations whose number is not right after the type (issue 13, held-out gold set 2): a joint
document (``Thông tư liên tịch số …``) and a law's number printed after its name (``Luật Mặt trận Tổ
quốc Việt Nam số 75/2015/QH13``), with the counter-examples (a year, ``số lượng``)."""

from danvan.corpus.ingest.entities import find_citations


def _cited(text: str) -> list[tuple[str, str | None]]:
    return [(c["doc_type"], c["number"]) for c in find_citations(text)]


def test_joint_documents():
    # vntc row 11866; danvan_news row 12 (gold heldout_2 row 13)
    assert _cited("xử lý một số văn bản không còn phù hợp như Thông tư liên tịch số 54 ngày 31/8/1998 về "
                  "thu và quản lý học phí") == [("Thông tư", "54")]
    assert _cited("Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết") == [
        ("Nghị quyết", "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")]
    # lower case (the diagnosis's vntc row 9545)
    assert _cited("thông tư liên tịch số 17 do Bộ Lao động Thương binh và Xã hội cùng Bộ Tài chính ban "
                  "hành") == [("Thông tư", "17")]


def test_a_law_numbered_after_its_name():
    # danvan_news row 12: the number, not a name-only row
    assert _cited("Căn cứ Điều 27 và Điều 34 của Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; Ủy ban "
                  "Thường vụ Quốc hội") == [("Luật", "75/2015/QH13")]
    # a year after the name is no number, and "số lượng" is no number either: name-only laws
    assert _cited("theo Luật Đất đai năm 2013 và Luật Đầu tư số lượng dự án") == [
        ("Luật", None), ("Luật", None)]
