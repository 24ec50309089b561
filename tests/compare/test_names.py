"""Keywords that say something: the group's own names are left out, the range gate counts stories
and outlets, and on danvan_news no province's top keyword is its own name."""

from __future__ import annotations

import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.compare.groups import is_aggregator, outlet_labels
from danvan.compare.keyness import keyness, story_ids
from danvan.compare.names import name_forms, people_forms, proper_names
from danvan.corpus.gazetteer import short_name


@pytest.fixture
def documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "X3", "Y1", "Y2"],
        "province": ["Hà Tĩnh", "Hà Tĩnh", "Hà Tĩnh", "Hà Nội", "Hà Nội"],
        "outlet": ["baomoi.com", "baomoi.com", "Báo Hà Tĩnh (baohatinh.vn)", "Nhân Dân (nhandan.vn)",
                   "Nhân Dân (nhandan.vn)"],
        "content_hash": ["h1", "h1", "h3", "h4", "h5"],
    })


@pytest.fixture
def paragraphs() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "X3", "Y1", "Y2"],
        "words": ["hà_tĩnh đê_điều lũ", "hà_tĩnh đê_điều lũ", "hà_tĩnh lũ", "dân cán_bộ xã họp",
                  "dân cán_bộ xã họp"],
    })


def test_forms_of_places_people_and_outlets() -> None:
    forms = name_forms(pd.DataFrame({"outlet": ["Người Lao Động (nld.com.vn)", "baomoi.com"]}))
    assert {"hà_tĩnh", "tỉnh_hà_tĩnh", "thành_phố_hồ_chí_minh", "tp_hcm", "tphcm", "huế",
            "thừa_thiên_huế", "ba_đình", "quận_ba_đình"} <= forms  # provinces, aliases, districts
    assert {"người_lao_động", "nld.com.vn", "nld", "baomoi"} <= forms  # outlets and domains
    assert "dân" not in forms and "nhân_dân" not in forms
    people = people_forms(pd.DataFrame({"name": ["Nguyễn Thiện Nhân"]}))
    assert people == {"nguyễn_thiện_nhân", "nguyễn_thiện", "thiện_nhân"}


def test_proper_names_keep_ordinary_words_written_lower_case() -> None:
    class Tiny:
        documents = pd.DataFrame({"doc_id": ["a"], "outlet": [None]})
        people = pd.DataFrame({"name": ["Lê Văn Hải"]})
        tokens = pd.DataFrame({
            "norm": ["vì", "hòa_bình", "tỉnh", "hòa_bình", "ông", "hải", "biển", "hải", "hòa_bình"],
            "word": ["Vì", "hòa bình", "tỉnh", "Hòa Bình", "ông", "Hải", "biển", "Hải", "hòa bình"],
            "position": [0, 1, 2, 3, 4, 5, 6, 7, 8],
        })
    names = proper_names(Tiny())
    assert "hòa_bình" not in names  # capitalised in 1 of 3 occurrences: an ordinary word here
    Tiny.tokens = Tiny.tokens.assign(word=Tiny.tokens["word"].replace("hòa bình", "Hòa Bình"))
    names = proper_names(Tiny())
    assert "hòa_bình" in names and "hải" in names and "lê_văn_hải" in names and "biển" not in names


def test_proper_names_count_both_tone_mark_spellings_as_one_form() -> None:
    class Tiny:
        documents = pd.DataFrame({"doc_id": ["a"], "outlet": [None]})
        people = pd.DataFrame({"name": ["Lê Văn Hải"]})
        tokens = pd.DataFrame({  # hòa_bình capitalised once, hoà_bình (old spelling) lower twice
            "norm": ["vì", "hòa_bình", "hoà_bình", "tỉnh", "hoà_bình"],
            "word": ["Vì", "Hòa Bình", "hoà bình", "tỉnh", "hoà bình"],
            "position": [0, 1, 2, 3, 4],
        })
    assert "hòa_bình" not in proper_names(Tiny())  # 1 of 3: an ordinary word
    Tiny.tokens = Tiny.tokens.assign(word=["Vì", "Hòa Bình", "Hoà Bình", "tỉnh", "hoà bình"])
    assert "hòa_bình" in proper_names(Tiny())  # 2 of 3


def test_proper_names_read_from_the_tokens_file_equal_the_tokens_in_memory(sample) -> None:
    """The corpus's tokens are read in columns from its Parquet file; the answer is the one the
    whole tokens table in memory gives (the sample: places, people and outlets it writes)."""

    class InMemory:
        documents, people, tokens = sample.documents, sample.people, sample.tokens

    from danvan.corpus.load import Corpus

    fresh = Corpus(sample.folder, sample.meta)  # nothing read yet
    names = proper_names(fresh)
    assert "tokens" not in vars(fresh)  # the tokens table never entered pandas
    assert names == proper_names(InMemory())
    assert {"hà_tĩnh", "hà_nội"} <= names
    assert proper_names(fresh) is names  # kept on the corpus
    fresh.people = fresh.people.iloc[:0]  # a table replaced in memory: worked out anew
    assert proper_names(fresh) is not names and len(proper_names(fresh)) < len(names)


def test_names_left_out_by_default_and_listed(paragraphs, documents) -> None:
    kw = keyness(paragraphs, documents, "province", min_range=1, top=None)
    ha_tinh = kw[kw["province"] == "Tỉnh Hà Tĩnh"]
    assert "hà_tĩnh" not in ha_tinh["word"].tolist()
    assert kw.attrs["names_removed"] == ["hà_tĩnh"]
    assert "Names left out (1: places, people, outlets): hà tĩnh." in kw.attrs["caption"]
    kept = keyness(paragraphs, documents, "province", min_range=1, top=None, keep_names=True)
    assert kept[kept["province"] == "Tỉnh Hà Tĩnh"].iloc[0]["word"] == "hà_tĩnh"
    assert kept.attrs["names_removed"] == []


def test_unit_words_left_out_with_the_names(paragraphs, documents) -> None:
    # "xã" is what a commune is called, not how an article writes: out by default, tested with the names
    kw = keyness(paragraphs, documents, "province", min_range=1, top=None)
    assert "xã" not in kw["word"].tolist() and kw.attrs["units_removed"] == ["xã"]
    assert "Unit words left out (1): xã." in kw.attrs["caption"]
    kept = keyness(paragraphs, documents, "province", min_range=1, top=None, keep_names=True)
    assert "xã" in kept["word"].tolist() and kept.attrs["units_removed"] == []


def test_range_counts_distinct_stories_and_outlets(paragraphs, documents) -> None:
    assert story_ids(documents).tolist() == ["X1", "X1", "X3", "Y1", "Y2"]
    report = pd.DataFrame({"doc_id": ["Y2"], "duplicate_of": ["Y1"]})
    assert story_ids(documents, report).tolist() == ["X1", "X1", "X3", "Y1", "Y1"]
    assert is_aggregator("baomoi.com") and is_aggregator("Báo Mới") and not is_aggregator("Nhân Dân")
    assert outlet_labels(documents).tolist()[:3] == [None, None, "Báo Hà Tĩnh (baohatinh.vn)"]
    kw = keyness(paragraphs, documents, "province", min_range=1, top=None).set_index("word")
    # đê_điều: 2 articles, one story (same content_hash), one (unknown) outlet
    assert kw.loc["đê_điều", ["freq", "range", "n_outlets"]].tolist() == [2, 1, 1]
    # lũ: 3 articles, 2 stories, 2 outlets (the aggregator's copies count as one unknown origin)
    assert (kw.loc["lũ", "range"], kw.loc["lũ", "n_outlets"]) == (2, 2)
    gated = keyness(paragraphs, documents, "province", min_range=2, top=None)
    assert gated[gated["province"] == "Tỉnh Hà Tĩnh"]["word"].tolist() == ["lũ"]
    two_outlets = keyness(paragraphs, documents, "province", min_range=1, min_outlets=2, top=None)
    assert "đê_điều" not in two_outlets["word"].tolist() and "lũ" in two_outlets["word"].tolist()


def test_danvan_news_no_province_top_keyword_is_its_own_name() -> None:
    if not DANVAN_NEWS.exists():
        pytest.skip(f"shared corpus absent: {DANVAN_NEWS}")
    from danvan.core.stopwords import load_stopwords
    from danvan.corpus.load import load_corpus

    corpus = load_corpus(DANVAN_NEWS, progress=False)
    stop = load_stopwords()

    def own(kw: pd.DataFrame) -> list[str]:
        tops = kw[kw["rank"] == 1]
        return [p for p, w in zip(tops["province"], tops["word"], strict=True)
                if short_name(p).lower().replace(" ", "_") in w]

    before = keyness(corpus.paragraphs, corpus.documents, "province", stopwords=stop, top=1,
                     keep_names=True)
    after = keyness(corpus.paragraphs, corpus.documents, "province", stopwords=stop, top=1,
                    names=proper_names(corpus))
    print(f"\ndanvan_news: provinces whose top keyword is their own name: {len(own(before))} of "
          f"{before['province'].nunique()} with keep_names=True, {len(own(after))} of "
          f"{after['province'].nunique()} by default ({len(after.attrs['names_removed'])} names left out)")
    assert len(own(before)) >= 10
    assert own(after) == []


def test_words_written_as_names_are_names_and_bodies_stay_words():
    """Every syllable capitalised inside a sentence (or a word no Vietnamese syllable spells,
    capitalised) makes a name; a body's name capitalises its first syllable only; a word written
    in lower case, an abbreviation, a sentence-initial capital, or a word seen fewer than three
    times inside sentences is no name."""
    import pyarrow as pa

    from danvan.compare.names import written_as_names

    rows = (
        [("trung_quốc", "Trung Quốc", 3)] * 3 + [("trung_quốc", "trung quốc", 4)]  # 3 of 4: below 0.9
        + [("phnom_penh", "Phnom Penh", 2)] * 4
        + [("campuchia", "Campuchia", 5)] * 3
        + [("quốc_hội", "Quốc hội", 1)] * 5
        + [("ubnd", "UBND", 1)] * 5 + [("pccc", "PCCC", 1)] * 5
        + [("hòa_bình", "hòa bình", 2)] * 5
        + [("bà_nà", "Bà Nà", 0)] * 5  # sentence-initial only
        + [("tiên_sa", "Tiên Sa", 6)] * 2  # twice: too few
        + [("huế", "Huế", 3)] * 5  # a Vietnamese syllable: a single one is left to the lists
        + [("lê_quý_đôn", "Lê Quý Đôn", 4)] * 10 + [("lê_quý_đôn", "Lê quý Đôn", 4)]  # 10 of 11
    )
    tokens = pa.table({"norm": [r[0] for r in rows], "word": [r[1] for r in rows],
                       "position": [r[2] for r in rows]})
    assert written_as_names(tokens) == {"phnom_penh", "campuchia", "lê_quý_đôn"}
    assert written_as_names(tokens, share=0.75) == {"phnom_penh", "campuchia", "lê_quý_đôn", "trung_quốc"}
