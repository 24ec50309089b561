"""Small hand-made tables shared by several test modules."""

from __future__ import annotations

import pandas as pd


def five_documents() -> pd.DataFrame:
    """Five documents: two in Hà Tĩnh, two in Hồ Chí Minh (spelled two ways), one unplaced."""
    ts = pd.Timestamp
    return pd.DataFrame({
        "doc_id": ["A", "B", "C", "D", "E"],
        "province": ["Hà Tĩnh", "Tỉnh Hà Tĩnh", "TP HCM", "Thành phố Hồ Chí Minh", pd.NA],
        "province_2025": ["Tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "Thành phố Hồ Chí Minh",
                          "Thành phố Hồ Chí Minh", pd.NA],
        "admin_level": ["province", "province", "province", "district", pd.NA],
        "outlet": ["Báo Hà Tĩnh", "Báo Hà Tĩnh", "Thanhuytphcm.vn", pd.NA, "NDO"],
        "published": [ts("2022-03-24"), pd.NaT, ts("2018-10-26"), ts("2020-12-03"), pd.NaT],
        "event_date": [pd.NaT, ts("2022-01-22"), ts("2017-07-26"), pd.NaT, pd.NaT],
        "n_tokens": [1000, 1000, 1000, 3000, 500],
    })


# Three clearly different subjects, five paragraphs each, already in underscored word form.
COVID = [
    "các lực_lượng phòng_chống dịch covid-19 đã tổ_chức tiêm vắc_xin cho người_dân trong xã",
    "trạm y_tế phối_hợp với tổ covid cộng_đồng theo_dõi các ca nhiễm và người cách_ly tại nhà",
    "ban dân_vận vận_động người_dân tiêm đủ mũi vắc_xin và thực_hiện 5k để phòng_chống dịch",
    "những khu cách_ly tập_trung được bố_trí để điều_trị ca nhiễm covid-19 và giảm lây_lan dịch",
    "y_tế xã xét_nghiệm nhanh cho người_dân và báo_cáo ca nhiễm mới của dịch covid-19",
]
LAND = [
    "hội_đồng bồi_thường công_khai phương_án giải_phóng mặt_bằng và giá đất cho các hộ dân",
    "các hộ dân nhận tiền bồi_thường và bàn_giao mặt_bằng cho dự_án đường cao_tốc",
    "cán_bộ địa_chính đo_đạc đất và kiểm_đếm tài_sản để lập phương_án bồi_thường tái_định_cư",
    "khu tái_định_cư được xây_dựng trước để các hộ dân sớm bàn_giao mặt_bằng cho dự_án",
    "việc giải_phóng mặt_bằng dự_án gặp khó_khăn vì giá đất bồi_thường chưa thỏa_đáng",
]
ADMIN = [
    "bộ_phận một_cửa tiếp_nhận hồ_sơ thủ_tục hành_chính và trả kết_quả đúng hẹn cho công_dân",
    "cải_cách hành_chính giúp rút ngắn thời_gian giải_quyết hồ_sơ tại bộ_phận một_cửa",
    "dịch_vụ công trực_tuyến cho_phép công_dân nộp hồ_sơ thủ_tục hành_chính qua mạng",
    "ủy_ban xã công_khai thủ_tục hành_chính và niêm_yết phí tại bộ_phận một_cửa",
    "chỉ_số cải_cách hành_chính của tỉnh tăng nhờ dịch_vụ công trực_tuyến và hồ_sơ điện_tử",
]
