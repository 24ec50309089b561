"""Findings and limits of the corpus overview (notebook 01), Vietnamese and English, computed from
the documents table and the ingest report of the corpus at hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from danvan.core.text import fold
from danvan.corpus.gazetteer import short_name
from danvan.corpus.outlets import is_aggregator, known_outlets
from danvan.corpus.schema import ADMIN_LEVELS
from danvan.corpus.summaries import (
    LEVEL_NAMES,
    known,
    level_evidence,
    present_fields,
    year_counts,
    year_evidence,
)
from danvan.report.display import md_escape
from danvan.report.findings.wording import Lang, count, listing, number, percent

__all__ = ["SMALL", "corpus_findings", "corpus_limits", "leaders", "limits_markdown", "limits"]

#: Below this many articles a corpus can only show how the toolkit works.
SMALL = 30


def _has(n: int) -> str:
    return "has" if n == 1 else "have"


def _values(documents: pd.DataFrame, column: str) -> pd.Series:
    """The non-blank values of one column."""
    return documents.loc[known(documents[column]), column].astype(str)


def leaders(values: pd.Series, lang: Lang, name: Callable[[str], str] = str, most: int = 3) -> str:
    """Which value(s) hold most articles: ``nhiều nhất là Hồ Chí Minh (2 bài)`` / ``most from Hồ Chí
    Minh (2 articles)``; ties are listed together (``… (3 articles each)``), only counted when
    more than ``most`` tie, and a plain ``1 article each`` when no value has more than one."""
    counts = values.value_counts()
    if counts.empty:
        return "—"
    top = int(counts.iloc[0])
    best = sorted(counts.index[counts == top], key=lambda v: fold(str(v)))
    articles = count(top, lang, "bài", "article")
    vi = lang == "vi"
    if top == 1:
        return "mỗi nơi 1 bài" if vi else "1 article each"
    if len(best) > most:
        k = number(len(best), lang)
        return (f"{k} nơi cùng nhiều nhất ({articles} mỗi nơi)" if vi
                else f"{k} tie for most ({articles} each)")
    names = listing([md_escape(name(str(v))) for v in best], lang)
    each = "" if len(best) == 1 else (" mỗi nơi" if vi else " each")
    return f"nhiều nhất là {names} ({articles}{each})" if vi else f"most from {names} ({articles}{each})"


def _size(docs: pd.DataFrame, report: pd.DataFrame) -> tuple[str, str]:
    n, inputs = len(docs), len(report)
    status = report["status"].value_counts()
    dup, rej = int(status.get("duplicate", 0)), int(status.get("rejected", 0))
    skip = int(status.get("skipped", 0))
    if dup or rej or skip:
        gone_vi = listing([f"{number(dup, 'vi')} bản trùng" if dup else "",
                           f"{number(rej, 'vi')} bị loại" if rej else "",
                           f"{number(skip, 'vi')} mục bỏ qua vì không phải bài báo" if skip else ""], "vi")
        gone_en = listing([count(dup, "en", "bản trùng", "duplicate") if dup else "",
                           f"{number(rej, 'en')} rejected" if rej else "",
                           f"{count(skip, 'en', 'mục', 'entry', 'entries')} skipped as not an article"
                           if skip else ""], "en")
        why_vi = "mỗi trường hợp có lý do" if dup + rej + skip > 1 else "có lý do"
        why_en = "each with its reason" if dup + rej + skip > 1 else "with its reason"
        gone_vi, gone_en = (f"{gone_vi}, {why_vi} trong báo cáo nhập liệu",
                            f"{gone_en}, {why_en} in the ingest report")
    else:
        gone_vi, gone_en = "không có bản trùng hay bài bị loại", "no duplicate or rejected input"
    vi = (f"Kho có **{number(n, 'vi')}** bài dùng được trong **{number(inputs, 'vi')}** đầu vào "
          f"({gone_vi})")
    en = (f"The corpus holds **{number(n, 'en')}** usable {'article' if n == 1 else 'articles'} from "
          f"**{number(inputs, 'en')}** {'input' if inputs == 1 else 'inputs'} ({gone_en})")
    if not n:
        return vi + ".", en + "."
    words = docs["n_tokens"]
    total, lo, hi, mid = int(words.sum()), int(words.min()), int(words.max()), float(words.median())
    return (f"{vi}; tổng cộng {number(total, 'vi')} từ, bài dài nhất {number(hi, 'vi')} từ, ngắn "
            f"nhất {number(lo, 'vi')} từ, trung vị {number(mid, 'vi')} từ.",
            f"{en}: {count(total, 'en', 'từ', 'word')} in all; the longest article has "
            f"{count(hi, 'en', 'từ', 'word')}, the shortest {number(lo, 'en')}, the median "
            f"{number(mid, 'en')}.")


def _dates(docs: pd.DataFrame, has: pd.Series) -> tuple[str, str]:
    n, pub, event, year = len(docs), int(has["published"]), int(has["event_date"]), int(has["year"])
    years = year_counts(docs)
    span_vi = span_en = ""
    if len(years):
        first, last = int(years.index.min()), int(years.index.max())
        span_vi = f", từ {first} đến {last}" if first != last else f", đều là năm {first}"
        span_en = f", from {first} to {last}" if first != last else f", all in {first}"
    return (f"{number(pub, 'vi')} bài có ngày đăng, {number(event, 'vi')} bài có ngày sự kiện; "
            f"{number(year, 'vi')} bài xác định được năm (năm đăng, nếu không có thì năm của sự "
            f"kiện){span_vi}; {number(n - year, 'vi')} bài không có năm.",
            f"{count(pub, 'en', 'bài', 'article')} {_has(pub)} a publication date and "
            f"{number(event, 'en')} an event date; {count(year, 'en', 'bài', 'article')} "
            f"{_has(year)} a year (the publication year, else the event's){span_en}; "
            f"{number(n - year, 'en')} {_has(n - year)} none.")


def _places(docs: pd.DataFrame, has: pd.Series) -> tuple[str, str]:
    provinces = _values(docs, "province")
    if provinces.empty:
        return "Không bài nào xác định được tỉnh/thành.", "No article names its province."
    named, both, k = int(has["province"]), int(has["year_and_province"]), provinces.nunique()
    return (f"{number(named, 'vi')} bài xác định được tỉnh/thành, thuộc {number(k, 'vi')} "
            f"tỉnh/thành; {leaders(provinces, 'vi', short_name)}; {number(both, 'vi')} bài có cả năm và "
            "tỉnh/thành.",
            f"{count(named, 'en', 'bài', 'article')} {_has(named)} a province, from "
            f"{count(k, 'en', 'tỉnh', 'province')}; {leaders(provinces, 'en', short_name)}; "
            f"{count(both, 'en', 'bài', 'article')} {_has(both)} both a year and a province.")


def _levels(docs: pd.DataFrame) -> tuple[str, str]:
    levels = _values(docs, "admin_level").value_counts()
    order = [lv for lv in ADMIN_LEVELS if lv in levels] + sorted(set(levels.index) - set(ADMIN_LEVELS))
    names = {lv: LEVEL_NAMES.get(lv, f"{lv} / {lv}").split(" / ") for lv in order}
    unknown = len(docs) - int(levels.sum())
    vi = listing([f"{number(int(levels[lv]), 'vi')} bài cấp {md_escape(names[lv][0])}"
                  for lv in order], "vi")
    en = listing([f"{count(int(levels[lv]), 'en', 'bài', 'article')} at {md_escape(names[lv][1])} level"
                  for lv in order], "en")
    if not unknown:
        return f"Cấp của cơ quan tổ chức: {vi}; bài nào cũng rõ cấp.", f"Level of the organising body: {en}."
    return (f"Cấp của cơ quan tổ chức: {vi}; {number(unknown, 'vi')} bài không rõ cấp.",
            f"Level of the organising body: {en}; {number(unknown, 'en')} unknown.")


def _outlets(docs: pd.DataFrame) -> tuple[str, str]:
    named = _values(docs, "outlet")
    unknown = len(docs) - len(named)
    if named.empty:
        return "Không bài nào có tên cơ quan báo chí.", "No article names its outlet."
    outlets = known_outlets(named)
    relayed = named[named.map(is_aggregator)]
    k = outlets.nunique()
    vi = f"Các bài đến từ {number(k, 'vi')} cơ quan báo chí, {leaders(outlets, 'vi')}" if k else ""
    en = (f"The articles come from {count(k, 'en', 'cơ quan', 'outlet')}, {leaders(outlets, 'en')}"
          if k else "")
    if len(relayed):  # an aggregator is a source, not an outlet
        sites = listing([md_escape(s) for s in sorted(relayed.unique())], "vi")
        sites_en = listing([md_escape(s) for s in sorted(relayed.unique())], "en")
        vi += ("; " if vi else "") + (f"{number(len(relayed), 'vi')} bài lấy qua trang tổng hợp "
                                      f"({sites}) không ghi báo gốc")
        en += ("; " if en else "") + (f"{count(len(relayed), 'en', 'bài', 'article')} came through an "
                                      f"aggregator ({sites_en}) that does not name the original outlet")
    if not unknown:
        if len(relayed):
            return f"{vi}.", f"{en}."
        return f"{vi}; bài nào cũng có tên cơ quan báo chí.", f"{en}; every article names its outlet."
    return (f"{vi}; {number(unknown, 'vi')} bài không rõ cơ quan báo chí.",
            f"{en}; {count(unknown, 'en', 'bài', 'article')} {_has(unknown)} no known outlet.")


def _copies(docs: pd.DataFrame, most: int = 3) -> tuple[str, str] | None:
    """How many syndicated copies were kept and marked (``near_duplicate_of``), between which
    outlets (the pairs most often seen first); None when there is none."""
    if "near_duplicate_of" not in docs:
        return None
    copies = docs[known(docs["near_duplicate_of"])]
    if copies.empty:
        return None
    outlet = docs.set_index(docs["doc_id"].astype(str))["outlet"]
    ids = zip(copies["doc_id"].astype(str), copies["near_duplicate_of"].astype(str), strict=True)
    names = [tuple(sorted([_outlet_name(outlet.get(a)), _outlet_name(outlet.get(b))], key=_unknown_last))
             for a, b in ids]
    pairs = pd.Series(names, dtype=object).value_counts()
    pairs = pairs[sorted(pairs.index, key=lambda v: (-pairs[v], [_unknown_last(o) for o in v]))]
    n, k = len(copies), len(pairs)
    shown = {lang: listing([_pair(pair, int(c), lang) for pair, c in pairs.head(most).items()]
                           + ([count(k - most, lang, "cặp khác", "other pair")] if k > most else []), lang)
             for lang in ("vi", "en")}
    return (f"{number(n, 'vi')} bài là bản đăng lại của một bài đã có trong kho (cùng một tin, sửa nhẹ "
            f"hoặc cắt bớt): cả hai bài đều được giữ, nên mỗi cơ quan báo chí vẫn được tính, và được "
            f"đánh dấu cùng một tin ở cột `story`; giữa {shown['vi']}.",
            f"{count(n, 'en', 'bài', 'article')} {'is a copy' if n == 1 else 'are copies'} of an article "
            f"already in the corpus (the same story, lightly edited or cut): both are kept, so each "
            f"outlet still counts, and marked as one story in the `story` column; between "
            f"{shown['en']}.")


def _pair(outlets: tuple[str, ...], n: int, lang: Lang) -> str:
    """``TTXVN – VOV (2 copies)``; an article without an outlet shows as ``(unknown)``."""
    unknown = "(không rõ)" if lang == "vi" else "(unknown)"
    names = " – ".join(md_escape(o) if o else unknown for o in outlets)
    return f"{names} ({count(n, lang, 'bản', 'copy', 'copies')})"


def _outlet_name(value: object) -> str:
    """An outlet's name, or "" when the article has none."""
    return value.strip() if isinstance(value, str) else ""


def _unknown_last(name: str) -> tuple[bool, str]:
    return not name, fold(name)


def corpus_findings(documents: pd.DataFrame, ingest_report: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Findings of the corpus overview as Markdown bullets (Vietnamese, English): what the ingest
    kept and lengths; syndicated copies kept and marked; how many articles have a publication
    date, a year, a province, both a year and a province; levels; outlets."""
    parts = [_size(documents, ingest_report)]
    if (copies := _copies(documents)) is not None:
        parts.append(copies)
    if len(documents):
        fields = present_fields(documents)
        has = fields.sum().astype(int)
        has["year_and_province"] = int((fields["year"] & fields["province"]).sum())
        parts += [_dates(documents, has), _places(documents, has), _levels(documents),
                  _outlets(documents)]
    return [vi for vi, _ in parts], [en for _, en in parts]


def _years_listed(years: Sequence[int], lang: Lang, most: int = 8) -> str:
    """``Các năm 2019 và 2021`` / ``2019 and 2021``; past ``most``: ``9 năm trong khoảng 1999–2020``."""
    if len(years) <= most:
        listed = listing([str(y) for y in years], lang)
        return listed if lang == "en" else f"{'Năm' if len(years) == 1 else 'Các năm'} {listed}"
    return (f"{number(len(years), lang)} năm trong khoảng {years[0]}–{years[-1]}" if lang == "vi"
            else f"{number(len(years), lang)} years between {years[0]} and {years[-1]}")


def _size_caveat(n: int, n_outlets: int, small: int) -> tuple[str, str]:
    if n < small:
        return (f"Kho chỉ có {number(n, 'vi')} bài: đủ để *mô tả* cách bộ công cụ hoạt động, không "
                "đại diện cho báo chí Việt Nam, cho một tỉnh hay một giai đoạn; hãy chạy lại với kho "
                "lớn hơn (tham số `CORPUS`).",
                f"The corpus has only {count(n, 'en', 'bài', 'article')}: enough to *describe* how "
                "the toolkit works, not to represent the Vietnamese press, a province or a period; "
                "run it again on a larger corpus (the `CORPUS` parameter).")
    return (f"Kho có {number(n, 'vi')} bài từ {number(n_outlets, 'vi')} cơ quan báo chí: đó là những "
            "bài đã thu thập được, không phải một mẫu ngẫu nhiên của báo chí Việt Nam; các con số mô "
            "tả kho này, không mô tả báo chí nói chung.",
            f"The corpus holds {count(n, 'en', 'bài', 'article')} from "
            f"{count(n_outlets, 'en', 'cơ quan', 'outlet')}: the articles that were collected, not a "
            "random sample of the Vietnamese press; the figures describe this corpus, not the press "
            "at large.")


def size_limits(documents: pd.DataFrame, small: int = SMALL) -> tuple[list[str], list[str]]:
    """The caveat of the corpus's size (fewer than ``small`` articles) or nature (collected, not
    sampled), Vietnamese and English, for a notebook's Limits."""
    outlets = known_outlets(_values(documents, "outlet")).nunique()
    vi, en = _size_caveat(len(documents), outlets, small)
    return [vi], [en]


def corpus_limits(documents: pd.DataFrame, small: int = SMALL) -> tuple[list[str], list[str]]:
    """The caveats this corpus calls for (Vietnamese, English): its size (fewer than ``small``
    articles) or its nature, articles without a year or a province, years without articles,
    provinces with a single article, one outlet holding half of the articles."""
    n = len(documents)
    outlets = _values(documents, "outlet")
    parts = [_size_caveat(n, known_outlets(outlets).nunique(), small)]
    if not n:
        return [parts[0][0]], [parts[0][1]]
    fields = present_fields(documents)
    no_year = n - int(fields["year"].sum())
    if no_year:
        them_vi, them_en = ("bài này", "it") if no_year == 1 else ("các bài này", "them")
        parts.append((f"{number(no_year, 'vi')} bài ({percent(no_year / n, 'vi')}) không có năm: biểu "
                      f"đồ theo năm không tính {them_vi}.",
                      f"{count(no_year, 'en', 'bài', 'article')} ({percent(no_year / n, 'en')}) "
                      f"{_has(no_year)} no year: the chart by year leaves {them_en} out."))
    guessed = int((year_evidence(documents) == "inferred").sum())
    dated = n - no_year
    if guessed:
        parts.append((f"Trong {number(dated, 'vi')} bài có năm, {number(guessed, 'vi')} bài chỉ có năm "
                      "suy ra (bài ghi ngày mà không ghi năm; năm lấy từ các năm bài nhắc tới, từ các "
                      "bài liên quan in kèm hay từ ngày kỷ niệm bài nhắc tới): năm ấy có thể sai; "
                      "`INFERRED_YEARS = False` trong notebook 02–04 coi đó như không có năm.",
                      f"{number(guessed, 'en')} of the {count(dated, 'en', 'bài', 'article')} with a "
                      f"year {_has(guessed)} an inferred one only (the day is printed, not the year, "
                      "taken from the years the text names, the related articles printed with it or the "
                      "anniversary it marks): it may be wrong; `INFERRED_YEARS = False` in notebooks "
                      "02–04 treats such years as none."))
    levels = level_evidence(documents)
    modelled, leveled = int((levels == "model").sum()), int((levels != "none").sum())
    if modelled:
        parts.append((f"Trong {number(leveled, 'vi')} bài có cấp tổ chức, {number(modelled, 'vi')} bài "
                      "có cấp do mô hình học máy đoán (quy tắc không thấy cơ quan tổ chức nào trong đoạn "
                      "mở đầu; cột `place_source` ghi rõ): cấp ấy là phỏng đoán, nên kiểm tra.",
                      f"{number(modelled, 'en')} of the {count(leveled, 'en', 'bài', 'article')} with an "
                      f"admin level {_has(modelled)} one guessed by the learned model (the rules found no "
                      "organising body in the lead; `place_source` says so): a guess to check."))
    years = year_counts(documents)
    gaps = [int(y) for y in years.index[years == 0]]
    if gaps:
        parts.append((f"{_years_listed(gaps, 'vi')} không có bài nào: cột bằng 0 trên biểu đồ nói về "
                      "kho này, không nói về báo chí năm đó.",
                      f"{_years_listed(gaps, 'en')} {_has(len(gaps))} no article: a zero bar describes "
                      "this corpus, not the press of that year."))
    no_prov = n - int(fields["province"].sum())
    if no_prov:
        one = no_prov == 1
        parts.append((f"{number(no_prov, 'vi')} bài ({percent(no_prov / n, 'vi')}) không nêu "
                      f"tỉnh/thành: bảng theo tỉnh xếp {'bài này' if one else 'chúng'} vào dòng "
                      "“(không rõ / unknown)”.",
                      f"{count(no_prov, 'en', 'bài', 'article')} ({percent(no_prov / n, 'en')}) "
                      f"{'names' if one else 'name'} no province: the table by province puts "
                      f"{'it' if one else 'them'} on the “(không rõ / unknown)” row."))
    per_province = _values(documents, "province").value_counts()
    single = int((per_province == 1).sum())
    if single:
        k = len(per_province)
        parts.append((f"{number(single, 'vi')} trên {number(k, 'vi')} tỉnh/thành chỉ có 1 bài: "
                      "một bài không thể đại diện cho cả một tỉnh/thành.",
                      f"{number(single, 'en')} of the {count(k, 'en', 'tỉnh', 'province')} "
                      f"{_has(single)} a single article: one article cannot stand for a province."))
    direct = known_outlets(outlets)  # an aggregator's articles come from many outlets
    per_outlet = direct.value_counts()
    if len(per_outlet) > 1 and per_outlet.iloc[0] / len(direct) >= 0.5:
        share, name = per_outlet.iloc[0] / len(direct), md_escape(per_outlet.index[0])
        parts.append((f"{percent(share, 'vi')} số bài có tên cơ quan báo chí là của {name}: kho "
                      "nghiêng về cách viết của cơ quan này.",
                      f"{percent(share, 'en')} of the articles with a known outlet are from {name}: "
                      "the corpus leans towards its way of writing."))
    return [vi for vi, _ in parts], [en for _, en in parts]


def limits_markdown(vi: Sequence[str], en: Sequence[str]) -> str:
    """Caveats as Markdown bullets, each ``Vietnamese / English`` (the style of the Limits cells)."""
    return "".join(f"- {v} / {e}\n" for v, e in zip(vi, en, strict=True))


def limits(vi: Sequence[str], en: Sequence[str]) -> None:
    """Display :func:`limits_markdown` (under a notebook's ``## Giới hạn / Limits``)."""
    from IPython.display import Markdown, display

    display(Markdown(limits_markdown(vi, en)))
