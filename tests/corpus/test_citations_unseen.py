"""Citations in the wider press (issue 13): the classes the first rules missed, in sentences written
after real outlets' phrasing (Tuổi Trẻ, Thanh Niên, Người Lao Động, Dân trí, VnExpress), and the
counter-examples that must give no citation (counts, amounts, article numbers, a case number, a boat's
plate, a school)."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.entities import find_citations


def _cited(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c["doc_type"], c["number"], c["issuer"]) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case type that is only a noun, with a bare number
        ("Theo nghị định 181 của Chính phủ, người dân đã có giấy đỏ không phải đổi sang giấy mới.",
         [("Nghị định", "181", "Chính phủ")]),
        ("Từ khi UBND TP ban hành chỉ thị 07 (tháng 4-2003) về nhà ở cho người thu nhập thấp, chưa có "
         "căn nào được bán.", [("Chỉ thị", "07", "UBND TP")]),
        ("Văn phòng Chính phủ vừa có công văn 1628 gửi Bộ Giao thông vận tải truyền đạt ý kiến của Thủ "
         "tướng.",
         [("Công văn", "1628", "Văn phòng Chính phủ")]),
        ("Theo công văn 4337, các địa phương phải báo cáo trước ngày 30/6.", [("Công văn", "4337", None)]),
        # "quyết định" is also a verb: a bare number only with what cites a document before or after it
        ("Sau đó, Chủ tịch UBND quận đã ký quyết định 4777 xử phạt hành chính chủ công trình.",
         [("Quyết định", "4777", "UBND quận")]),
        ("Mức phạt được áp theo quyết định 105 năm 2003 của UBND TP.HCM.",
         [("Quyết định", "105", "UBND TP.HCM")]),
        # "văn bản số …/…" is a Công văn; a suffix's last part after a spaced dash is kept as printed
        ("Tại Văn bản số 2803/UBND-VX, UBND thành phố chỉ đạo tạm dừng hoạt động karaoke.",
         [("Công văn", "2803/UBND-VX", None)]),
        ("Bộ Nội vụ đã ký văn bản số 6386/BNV- CCVC về việc xử lý tồn tại trong tuyển dụng.",
         [("Công văn", "6386/BNV- CCVC", "Bộ Nội vụ")]),
        ("Thực hiện Thông tư số 03/2006/TT - BCA của Bộ Công an, Phòng Cảnh sát giao thông đã cấp lại "
         "biển số.",
         [("Thông tư", "03/2006/TT - BCA", "Bộ Công an")]),
        # printed both ways, the number keeps the form without spaces
        ("Nghị định 116/2020/NĐ - CP tác động tới toàn bộ ngành sư phạm. Nghị định 116/2020/NĐ-CP có hiệu "
         "lực từ tháng 11.", [("Nghị định", "116/2020/NĐ-CP", None)]),
        # the abbreviations
        ("NĐ 158/CP thay thế NĐ 83/CP của Chính phủ về đăng ký và quản lý hộ tịch.",
         [("Nghị định", "158/CP", None), ("Nghị định", "83/CP", "Chính phủ")]),
        # an issuer's whole name: a ministry goes on in lower case, a people's committee has its place
        ("Các trường thực hiện Thông tư 17 của Bộ Giáo dục và Đào tạo về dạy thêm.",
         [("Thông tư", "17", "Bộ Giáo dục và Đào tạo")]),
        ("Quyết định số 12/2021/QĐ-UBND của UBND tỉnh Bà Rịa - Vũng Tàu vừa được công bố.",
         [("Quyết định", "12/2021/QĐ-UBND", "UBND tỉnh Bà Rịa - Vũng Tàu")]),
        # a list's "và 2 năm" is a count; an article's number is no document
        ("Qua 3 năm thực hiện các Quyết định 217, 218 và 2 năm thực hiện Luật MTTQ Việt Nam, công tác "
         "giám sát có nhiều chuyển biến.",
         [("Quyết định", "217", None), ("Quyết định", "218", None), ("Luật", None, None)]),
        ("Mục C, khoản 2, Điều 32 của Nghị định 152/CP quy định về chiều cao xếp hàng hóa.",
         [("Nghị định", "152/CP", None)]),
        # a law's name running on into a verb is one law
        ("Luật Du lịch vừa ban hành đã có hiệu lực. Nhiều doanh nghiệp cho rằng Luật Du lịch cần hướng dẫn "
         "rõ hơn.", [("Luật", None, None)]),
    ],
)
def test_citations_of_the_wider_press(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Theo phương án trình đại hội, đại hội có thể quyết định 150 hoặc 170 ủy viên.",
        "Vì sốt ruột nên Trí quyết định 1 mình đi xe máy về nhà.",
        "Tính đến ngày 15/12, tỉnh thông báo 2.724 người nhiễm HIV.",
        "Ngành điện hoàn thành kế hoạch 5 năm 2001-2005 trước một năm.",
        "Học sinh làm bài trước thời gian quy định 15 phút; xe khách chạy quá tốc độ quy định 20-30%.",
        "Mức thu theo quy định 5.000 đồng/tháng.",
        "Điều 5. Trình tự nghiên cứu, xem xét văn bản 1. Ủy ban Mặt trận Tổ quốc các cấp chủ trì.",
        "Thành ủy đã kỷ luật 96 đảng viên; hội đồng thi kỷ luật 383 thí sinh.",
        "Biên phòng bắt giữ tàu NĐ 07-46 chở than trái phép.",
        "Tòa tuyên theo bản án số 12/2020/HS-ST ngày 5/3/2020; bị cáo bồi thường 20 triệu đồng theo "
        "Điều 584.",
        "Tiểu ban Nhân sự đã nhận được văn bản số 1123 của Bộ Công an.",
        "Ngày 12/12/2013, Bộ Chính trị ban hành nghị quyết về công tác dân vận; Kế hoạch 2022 được "
        "triển khai.",
        "Anh A, sinh viên ĐH Luật TP HCM, làm thêm cho Công ty Luật TNHH B; chị C là cử nhân Luật.",
    ],
)
def test_no_citation(text: str) -> None:
    assert _cited(text) == []
