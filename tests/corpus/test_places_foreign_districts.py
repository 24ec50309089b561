"""A numbered district before a foreign city (*quận 9 Paris*) is not TP HCM's (issue 13: a hotel fire in
Paris placed in TP HCM); TP HCM's own numbered districts still place an article. The texts are real ones
from ../shared/corpora, cut short."""

from __future__ import annotations

from danvan.corpus.ingest.places import locate


def test_a_foreign_citys_numbered_district_is_not_tp_hcms() -> None:
    # VNTC, Người Lao Động: a hotel fire in Paris ("quận 9 Paris"); TP HCM's own quận 9 still counts
    paris = "Đám cháy bùng lên tại một trong các phòng nghỉ của khách sạn 6 tầng nằm tại quận 9 Paris này."
    assert locate("Cháy khách sạn ở trung tâm Paris", paris, paris, None)[0] is None
    saigon = "Đám cháy bùng lên tại một trong các phòng nghỉ của khách sạn 6 tầng ở quận 9, TP HCM."
    assert locate("Cháy khách sạn", saigon, saigon, None)[0] == "Thành phố Hồ Chí Minh"
    # a plain Latin word after a district is no city ("quận 10 Qua kết quả …", VNTC row 1147)
    glued = "Đám cháy bùng lên tại một khách sạn 6 tầng ở quận 10 Qua kết quả điều tra ban đầu, TP HCM."
    assert locate("Cháy khách sạn", glued, glued, None)[0] == "Thành phố Hồ Chí Minh"
