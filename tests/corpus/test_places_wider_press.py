"""The level of the lead's organiser under an undated sapo that names no body, in the wider press
(issue 13, heldout_4): the paragraph that opens on its day (``Tại phiên khai mạc ..., sáng 22/5,
...``) gives it; a sapo naming a body keeps its own reading. Strings are real ones from
../shared/corpora (baomoi rows of danvan_news), cut short."""

from __future__ import annotations

from danvan.corpus.ingest.places import locate

VOTERS = (
    "Cử tri và Nhân dân nhiều địa phương băn khoăn về tình trạng “được mùa mất giá” tiếp tục tái diễn, gần "
    "đây nhất là chăn nuôi lợn, giá thịt lợn hơi trong nước giảm sâu, gây thiệt hại lớn cho người chăn nuôi."
)
SESSION = (
    "Tại phiên khai mạc kỳ họp thứ 3, Quốc hội khóa XIV sáng 22/5, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam "
    "Nguyễn Thiện Nhân đã trình bày Báo cáo tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân."
)


def _level(lead: str, second: str) -> str | None:
    text = f"{lead}\n\n{second}\n\nCác kiến nghị của cử tri đề cập đến mọi lĩnh vực trong đời sống."
    return locate("Cử tri băn khoăn tình trạng 'được mùa mất giá'", lead, text, None)[2]


def test_the_paragraph_that_opens_on_its_day_under_a_sapo_without_a_body() -> None:
    assert _level(VOTERS, SESSION) == "central"


def test_a_day_later_in_the_next_paragraph_gives_no_level() -> None:
    later = (
        "Nhiều ý kiến được nêu tại phiên khai mạc kỳ họp thứ 3 sáng 22/5 khi Chủ tịch Ủy ban Trung ương "
        "MTTQ Việt Nam Nguyễn Thiện Nhân trình bày báo cáo."
    )
    assert _level(VOTERS, later) is None


def test_a_sapo_that_names_a_body_is_not_passed_over() -> None:
    """danvan_news row 66 (labelled null): the sapo's subject is the MTTQ of three levels; the
    dated paragraph after it (``Trong ngày 29/1, Uỷ ban MTTQ thành phố Hà Nội, ...``) is one part."""
    sapo = (
        "Ban thường trực Ủy ban Mặt trận Tổ quốc (MTTQ) ba cấp ở các địa phương vừa tiến hành hội nghị hiệp "
        "thương lần thứ nhất để thỏa thuận về cơ cấu, thành phần và số lượng người ứng cử."
    )
    dated = (
        "Trong ngày 29/1, Uỷ ban MTTQ thành phố Hà Nội, Bình Định và TP HCM đã tiến hành hội nghị hiệp "
        "thương lần thứ nhất."
    )
    assert _level(sapo, dated) is None

