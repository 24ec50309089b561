"""The learned admin level (issue 13): where the rules find no organising body, a logistic regression on
counts of level markers guesses one, or keeps none; it never overrides the rules."""

from __future__ import annotations

import json
import math

import pytest

from danvan.core.paths import DATA_DIR
from danvan.corpus.ingest.level_model import (
    CLASSES,
    FEATURES,
    class_probabilities,
    guess_level,
    level_features,
)
from danvan.corpus.ingest.places import locate

# a ceremony whose lead names no organising body, only the country's leadership
WREATH_TITLE = "Lãnh đạo Đảng, Nhà nước vào Lăng viếng Chủ tịch Hồ Chí Minh"
WREATH_LEAD = ("Sáng 1/9, các vị lãnh đạo Đảng, Nhà nước đã vào Lăng viếng Chủ tịch Hồ Chí Minh và "
               "đặt hoa, dâng "
               "hương tưởng niệm các Anh hùng liệt sỹ tại Đài tưởng niệm các Anh hùng liệt sỹ trên "
               "đường Bắc Sơn.")
WREATH_TEXT = WREATH_LEAD + ("\n\nĐoàn do Tổng Bí thư dẫn đầu, cùng các đồng chí trong Bộ Chính "
                             "trị, Ban Bí thư, "
                             "lãnh đạo Quốc hội, Chính phủ và Ủy ban Trung ương MTTQ Việt Nam.")
# an accident: nobody organises anything
ACCIDENT_TITLE = "Người đàn ông bị điện giật khi sửa mái nhà"
ACCIDENT_LEAD = ("Trong lúc trèo lên mái nhà để sửa ăng-ten, anh Nguyễn Văn Minh (35 tuổi) bị điện "
                 "giật, rơi xuống "
                 "đất và được người nhà đưa đi cấp cứu.")
ACCIDENT_TEXT = ACCIDENT_LEAD + "\n\nTheo người thân, anh Minh tỉnh lại sau hai giờ và đã qua cơn nguy kịch."


def test_the_model_file_is_fitted_to_these_features_and_to_the_gold() -> None:
    model = json.loads((DATA_DIR / "level_model.json").read_text(encoding="utf-8"))
    assert tuple(model["features"]) == FEATURES
    assert set(model["classes"]) == set(CLASSES)
    assert len(model["coef"]) == len(model["classes"]) and all(len(r) == len(FEATURES) for r in model["coef"])
    assert model["n"] >= 400 and "fixtures.jsonl" in model["trained_on"]
    # fitted to the development set before heldout_7: refitted to heldout_7 and heldout_8 too, it guessed
    # more than twice as often outside the gold and was wrong in more than half of those (read on 1,547
    # sampled corpus articles), so those sets and the newer heldout_9 to heldout_14 stay out of the
    # committed fit
    newer = {"heldout_7.jsonl", "heldout_8.jsonl", "heldout_9.jsonl", "heldout_10.jsonl", "heldout_11.jsonl",
             "heldout_12.jsonl", "heldout_13.jsonl", "heldout_14.jsonl"}
    assert not newer & set(model["trained_on"])
    assert 0.5 <= model["threshold"] < 1


def test_features_count_each_levels_markers_by_part() -> None:
    f = dict(zip(FEATURES, level_features(WREATH_TITLE, WREATH_LEAD, WREATH_TEXT, None), strict=True))
    assert f["title_central"] == pytest.approx(math.log1p(1))  # "Nhà nước"
    assert f["lead_central"] == pytest.approx(math.log1p(1))
    # + Tổng Bí thư, Bộ Chính trị, Ban Bí thư, Quốc hội, Chính phủ, Trung ương, Việt Nam
    assert f["text_central"] == pytest.approx(math.log1p(8))
    assert f["text_province"] == f["text_district"] == f["text_commune"] == 0
    assert f["rule_None"] == 1 and f["rule_central"] == 0
    assert f["dated"] == 1  # "Sáng 1/9, …"
    assert f["length"] == pytest.approx(math.log1p(len(WREATH_TEXT)))


def test_a_national_ceremony_with_no_body_named_is_guessed_central() -> None:
    assert locate(WREATH_TITLE, WREATH_LEAD, WREATH_TEXT, None, model=False)[2] is None
    level, chance = guess_level(WREATH_TITLE, WREATH_LEAD, WREATH_TEXT)
    assert level == "central" and chance >= 0.5
    province, _, level, how = locate(WREATH_TITLE, WREATH_LEAD, WREATH_TEXT, None)
    assert (province, level) == (None, "central")
    assert "level central guessed by the model" in how


def test_a_province_given_in_the_input_keeps_the_models_note(tmp_path) -> None:
    import json as _json

    from danvan.corpus.load import load_corpus
    from danvan.corpus.summaries import level_evidence

    raw = tmp_path / "raw"
    raw.mkdir()
    row = {"id": "1", "title": WREATH_TITLE, "text": WREATH_TEXT, "province": "Hà Nội"}
    (raw / "rows.jsonl").write_text(_json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = load_corpus(raw, out=tmp_path / "out", progress=False).documents
    assert docs["province"].tolist() == ["Thành phố Hà Nội"] and docs["admin_level"].tolist() == ["central"]
    assert docs["place_source"][0].startswith("province given in the input ('Hà Nội'); no organising body")
    assert level_evidence(docs).tolist() == ["model"]


def test_weights_fitted_to_other_features_guess_nothing(monkeypatch, tmp_path) -> None:
    from danvan.corpus.ingest import level_model

    stale = tmp_path / "level_model.json"
    stale.write_text(_json_model(["old_feature"]), encoding="utf-8")
    monkeypatch.setattr(level_model, "DATA_DIR", tmp_path)
    level_model._model.cache_clear()
    try:
        with pytest.warns(UserWarning, match="does not fit these features"):
            assert level_model.guess_level(WREATH_TITLE, WREATH_LEAD, WREATH_TEXT) == (None, 0.0)
    finally:
        level_model._model.cache_clear()


def _json_model(features: list[str]) -> str:
    n = len(features)
    return json.dumps({"threshold": 0.5, "features": features, "classes": [None, "central"], "mean": [0] * n,
                       "scale": [1] * n, "coef": [[0] * n, [0] * n], "intercept": [0, 0]})


def test_an_accident_keeps_no_level() -> None:
    p = class_probabilities(level_features(ACCIDENT_TITLE, ACCIDENT_LEAD, ACCIDENT_TEXT, None))
    assert max(p, key=p.__getitem__) is None and sum(p.values()) == pytest.approx(1)
    assert locate(ACCIDENT_TITLE, ACCIDENT_LEAD, ACCIDENT_TEXT, None) == \
        locate(ACCIDENT_TITLE, ACCIDENT_LEAD, ACCIDENT_TEXT, None, model=False)
    assert locate(ACCIDENT_TITLE, ACCIDENT_LEAD, ACCIDENT_TEXT, None)[2] is None


def test_a_level_the_rules_find_is_never_overridden() -> None:
    title = "Huyện Can Lộc tổ chức hội nghị dân vận"
    lead = ("Sáng 10/1, Huyện ủy Can Lộc (Hà Tĩnh) tổ chức hội nghị tổng kết công tác dân vận năm "
            "2023, với sự "
            "tham dự của Bộ trưởng Bộ Nội vụ và lãnh đạo Quốc hội, Chính phủ.")
    assert locate(title, lead, lead, None) == locate(title, lead, lead, None, model=False)
    assert locate(title, lead, lead, None)[2] == "district"


def test_an_exchange_is_no_provincial_department() -> None:
    from danvan.corpus.ingest.body_level import _level_of

    assert _level_of("Sở Y tế", None) == "province"
    assert _level_of("Sở Giao dịch Chứng khoán", None) is None  # the stock exchange
    assert _level_of("Sở Giao dịch II - Ngân hàng Công thương", None) is None


def test_a_guessed_central_level_is_no_province_for_its_venue() -> None:
    title = "Tôn vinh người hiến máu tình nguyện tiêu biểu toàn quốc"
    lead = ("Tối nay (14/6), tại cung văn hóa Hữu nghị Việt Xô (Hà Nội) đã diễn ra lễ tôn vinh "
            "Người hiến máu "
            "tiêu biểu toàn quốc 2017, với 100 người hiến máu tiêu biểu của cả nước.")
    text = lead + ("\n\nĐến dự có Phó Chủ tịch nước, lãnh đạo Bộ Y tế, Trung ương Hội Chữ thập đỏ "
                   "Việt Nam và "
                   "lãnh đạo thành phố Hà Nội.")
    assert locate(title, lead, text, None, model=False)[:3] == ("Thành phố Hà Nội", "Thành phố Hà Nội", None)
    province, _, level, how = locate(title, lead, text, None)
    assert (province, level) == (None, "central")
    assert how.startswith("organised by a central body, venue ") and ": no province (Thành phố Hà Nội" in how
    assert how.endswith("guessed by the model (" + how.rsplit("(", 1)[1])
