"""Which province an article is about and its 2025 unit; :func:`locate` gives them with the organiser's
level (:mod:`.levels`). The names come from the gazetteer of :mod:`.place_names`.

Places (:func:`province_scores`): every mention of a province counts, the headline ×3, the lead ×4, the rest
×1, doubled after a unit word (*tỉnh*, *Thành ủy*…). A district or commune named with its type (*huyện Mù Cang
Chải*, *xã Tả Van*, *TP Thủ Đức*, *Q.9*), a district by the kind it had before too (*thị xã Tam Kỳ*, a city
since 2006), counts ×2 for its province; a name several provinces share counts only for the one of them the
text names otherwise; a district named alone in the headline (*Mù Cang Chải ra mắt…*), or after *ở* / *tại* in
the lead's first sentence (*bé gái 5 tuổi ở Vũng Tàu*), or in brackets after a place in the headline or the
lead (*Rạch Vẹm (Phú Quốc)*), counts too. Not places: *Hồ Chí Minh* the person (*Chủ tịch Hồ Chí Minh*, *tư
tưởng Hồ Chí Minh*, *Bác Hồ*…: a bare *Hồ Chí Minh* or *HCM* is the city only after *TP*, *thành phố* or *tại,
ở, đến, từ, về*; the city is *TP HCM*, *TP.HCM*, *Sài Gòn*, or a district of it), outlet names and credits
(*Báo Yên Bái*, *Sài Gòn Giải Phóng*), the battle of 1954 (*chiến thắng Điện Biên Phủ*, its monument and
museum excepted), a contact address (*Địa chỉ: 19 Lê Văn Lương, Quận Thanh Xuân, Hà Nội* closing an
advertorial or a notice; an event's venue counts). The outlet's home province (``outlets.tsv``) is never a
place by itself: it adds 1 to a province the text already names (a tie-break for weak mentions), or 2 when the
text names no province but speaks of an unnamed one's bodies (*Tỉnh ủy*, *UBND tỉnh* in a provincial paper:
its own province). Two provinces within a fifth of each other's score: none ("several provinces"); so too a
round-up, whose lead's subject is many localities or whose sections open on different provinces (*Tại Hà Nội,
…*, a dateline *Khánh Hòa, chiều 28/4, …*, a heading *Quảng Ninh xử phạt …*; contact addresses are no
sections). An article with no organising body whose province neither its headline nor its lead names, and its
body under ``PASSING`` (a shop quoted, an office's city, a district of the past), has none either.

A commune named in its post-July-2025 form (*phường Quy Nhơn (tỉnh Gia Lai)*: no such commune
before, one of the new Gia Lai) gives the old province it came from (Bình Định) as ``province``
and the new unit as ``province_2025``; one named alone, its new province unnamed (*Đảng ủy phường Hạc
Thành*, in a provincial paper), counts for that old province, where no commune of the name existed
before 2025.

A central body's article has a province only when its headline names one, Hà Nội after *tại* / *ở*
excepted (the seat of central bodies is their venue, not their subject), or when it acts with one
province's own bodies in the one province the text is about, or when the text names that one province
all but alone (Hà Nội aside: a ministry's inspection of one city's land); a meeting with voters (*tiếp xúc cử
tri*) is organised at the province's level (its delegation of deputies), whoever attends. Where the lead
names no organiser, a headline opening on the article's province and a verb of governing (*TP.HCM sẽ cấm xe
máy*, *Long An: Lập biên bản …*; not *Hà Nội đang trải qua đợt nắng nóng*) puts it at the province's level."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from danvan.core.text import UPPER
from danvan.corpus.gazetteer import province_2025_of
from danvan.corpus.ingest.lead import first_sentence
from danvan.corpus.ingest.level_model import guess_level, guess_note
from danvan.corpus.ingest.levels import _MANY_LOCALITIES, organiser_level
from danvan.corpus.ingest.place_names import (
    _CITY_CUE,
    _PERSON_HCM,
    _PLACE_NOUNS,
    _UNIT_BEFORE,
    _UNIT_PREFIX,
    _inside_name,
    _key,
    _surnames,
    gazetteer,
)

_KIND_KEY = {"quận ủy": "quan", "huyện ủy": "huyen", "thị ủy": "thixa", "q.": "quan", "p.": "phuong",
             "tp.": "thanhpho", "tp": "thanhpho", "thành ủy": "thanhpho"}


MIN_SCORE = 2  # one plain mention in the body is not enough to place an article
PASSING = 4  # without an organising body, a province the body alone names under this (the lead weighs 4)
TIE = 0.8  # a runner-up this close to the best: several provinces, none chosen
# outlet names holding a province: a credit, not a place
_OUTLET_BEFORE = re.compile(r"(?:\b[Bb]áo|Đài PT-TH|Đài Phát thanh - Truyền hình|Đài PTTH)\s*$")
_OUTLET_NAMES = re.compile(r"Sài Gòn (?:Giải Phóng|Giải phóng|Tiếp Thị|Tiếp thị)|Hà Nội Mới")
_VENUE = re.compile(r"(?:tại|ở)\s*$")
_SEAT = "Thành phố Hà Nội"
# bodies of an unnamed province or city ("Tỉnh ủy", "UBND tỉnh"): the outlet's own, in its paper
_UNNAMED = {
    "Tỉnh": re.compile(r"\b(?:Tỉnh ủy|UBND tỉnh|HĐND tỉnh|toàn tỉnh)\b(?![ ,]*(?:tỉnh )?[A-ZĐ])"),
    "Thành phố": re.compile(r"\b(?:Thành ủy|UBND (?:TP|thành phố)|HĐND (?:TP|thành phố)|Đảng bộ TP|toàn TP|"
                            r"toàn thành phố)\b(?![ ,.]*[A-ZĐ])"),
}


def _outlet_hint(scores: Counter[str], text: str, hint: str | None) -> bool:
    """Add the outlet's home province: 1 where the text names it, 2 where the text names no
    province at all but the unnamed bodies of one (a provincial paper's own Tỉnh ủy)."""
    if not hint:
        return False
    if scores[hint] > 0:
        scores[hint] += 1
        return True
    unnamed = _UNNAMED["Tỉnh" if hint.startswith("Tỉnh") else "Thành phố"]
    if not any(v >= MIN_SCORE for v in scores.values()) and unnamed.search(text):
        scores[hint] += MIN_SCORE
        return True
    return False


_ADDRESS_LABEL = re.compile(r"[Đđ]ịa chỉ\s*:[^\n]*$")
# an event's venue, not a contact: "Thời gian và địa điểm: …, địa chỉ: …", "Địa chỉ: Phòng Hội thảo …"
_VENUE_BEFORE = re.compile(r"[Đđ]ịa điểm")
_VENUE_LABEL = re.compile(r"ịa chỉ\s*:\s*(?:Phòng [Hh]ội thảo|[Hh]ội trường)")


def _in_address(part: str, at: int) -> bool:
    """Whether a mention is in a contact address (``Địa chỉ: tầng 4, 12 Lê Lợi, Quận 1, TP.HCM``): the
    label printed at most 120 characters before it on the same line, an event's venue excepted."""
    start = max(0, at - 120)
    label = part.rfind("ịa chỉ", start, at)
    if label < 0 or not _ADDRESS_LABEL.search(part, start, at):
        return False
    return not (_VENUE_BEFORE.search(part, max(0, label - 150), label) or _VENUE_LABEL.match(part, label))


@dataclass
class _Mentions:
    scores: Counter[str]
    ambiguous: list[tuple[int, frozenset[str]]]
    post_2025: Counter[tuple[str, str]]  # (34 unit, old province) of communes named in 2025 form
    only_2025: Counter[tuple[str, str]]  # the same, of communes no unit had the name of before 2025
    venues: Counter[str]  # Hà Nội after "tại" / "ở": where central bodies meet


def _province_mentions(found: _Mentions, part: str, weight: Callable[[int], int]) -> None:
    g = gazetteer()
    for m in g.pattern.finditer(part):
        surface, before = m.group(0), part[max(0, m.start() - 24) : m.start()]
        province = g.names[surface]
        if surface in _PERSON_HCM and not _CITY_CUE.search(before):
            continue
        if _OUTLET_BEFORE.search(before) or _OUTLET_NAMES.match(part, m.start()):
            continue
        if _inside_name(part, m, before):
            continue  # "Thái Bình Dương", "Trương Hòa Bình", "HA Gia Lai": another proper name
        if _in_address(part, m.start()):
            continue  # "Địa chỉ: 224 Trần Duy Hưng, Cầu Giấy, Hà Nội": a firm's contact, not the news's place
        if province == _SEAT and _VENUE.search(before):  # where central bodies meet
            found.venues[province] += weight(m.start())
        bonus = 2 if _UNIT_BEFORE.search(before[-20:]) else 1
        found.scores[province] += weight(m.start()) * bonus



# the kinds of a district: one that changed kind keeps its name (thị xã Tam Kỳ, a city since 2006); a
# "thành phố" printed is read as such only (thành phố Trùng Khánh, in China; huyện Trùng Khánh, Cao Bằng).
# Not communes: their names repeat across the country (a ward the tables lack is no same-named commune)
_DISTRICT_KINDS = frozenset(("quan", "huyen", "thixa", "thanhpho"))


def _other_kind(kind_key: str, words: list[str]) -> frozenset[str]:
    """Provinces of a district named with another district's kind than the one the tables give it (*thị
    xã Tam Kỳ*, *huyện Tuy Hòa*, *quận Thủ Đức*: the press before the unit changed kind): the longest name
    of two syllables or more that the tables know under another district kind. A name printed as a city
    (*thành phố*, *TP*) is not read so: foreign cities are printed so too."""
    if kind_key not in _DISTRICT_KINDS - {"thanhpho"}:
        return frozenset()
    units = gazetteer().units
    for n in range(len(words), 1, -1):  # one syllable is too short a name to trust (Chư, Chũ)
        name = _key("".join(words[:n]))
        found = frozenset(p for kind in _DISTRICT_KINDS - {kind_key} for p in units.get(kind + name, ()))
        if found:
            return found
    return frozenset()


# a foreign city right after a numbered district ("quận 9 Paris", "quận 5 Lyon"): its district, not one of
# TP HCM's
_FOREIGN_CITY_AFTER = re.compile(
    r"[ \t]+(?:Paris|Lyon|Marseille|London|Berlin|Moskva|Moscow|Praha|Vienna|Roma|Milan|Madrid|Barcelona|"
    r"Tokyo|Osaka|Seoul|Bangkok|Manila|Jakarta|Sydney|Melbourne|New York|Washington|Chicago|Toronto|"
    r"Montreal|Bắc Kinh|Thượng Hải|Quảng Châu|Hồng Kông|Đài Bắc)(?![\w'’])"
)


def _unit_mentions(found: _Mentions, part: str, weight: Callable[[int], int]) -> None:
    g = gazetteer()
    for m in g.unit_pattern.finditer(part):
        kind = m.group("kind").casefold()
        kind_key = _KIND_KEY.get(kind, _key(kind))
        if kind_key == "thanhpho" and g.pattern.match(part, m.start("name")):
            continue  # a province-level city: counted as a province
        words = m.group("name").replace("-", " ").split()
        for n in range(len(words), 0, -1):  # the longest name the tables know
            key = kind_key + _key("".join(words[:n]))
            if key in g.units or key in g.units_2025:
                provinces = g.units.get(key, frozenset())
                break
        else:
            key, provinces = "", _other_kind(kind_key, words)
            if not provinces:
                continue
        if _in_address(part, m.start()):
            continue  # a district in a firm's contact address
        if m.group("name").isdigit() and _FOREIGN_CITY_AFTER.match(part, m.end()):
            continue  # "quận 9 Paris": a foreign city's numbered district
        w = weight(m.start()) * 2
        if len(provinces) == 1:
            found.scores[next(iter(provinces))] += w
        elif provinces:
            found.ambiguous.append((w, provinces))
        units_2025 = g.units_2025.get(key, {})
        for new, olds in units_2025.items():
            if new not in provinces and len(olds) == 1:  # no such commune there before 2025
                found.post_2025[(new, next(iter(olds)))] += w
                if not provinces and len(units_2025) == 1:  # nor anywhere
                    found.only_2025[(new, next(iter(olds)))] += w


_LIST_MARKS = (",", ";")  # a list's marks (a colon ends a headline's place: "Huyện ủy Mù Cang Chải: …")


def _bare_units(found: _Mentions, title: str) -> None:
    """A district named alone in the headline (*Mù Cang Chải ra mắt…*), not inside a name."""
    g = gazetteer()
    if g.pattern.search(title):
        return  # the headline names a province: a bare district name adds nothing to trust
    words = title.split()
    for i in range(len(words)):
        if i and words[i - 1][:1].isupper() and not words[i - 1].endswith(_LIST_MARKS):
            continue  # inside a name, not after a comma ("… mùa thu Tú Lệ, Mù Cang Chải")
        for n in (4, 3, 2):
            chunk = words[i : i + n]
            if len(chunk) < n or not all(w[:1].isupper() for w in chunk):
                continue
            if any(w.endswith(_LIST_MARKS) for w in chunk[:-1]):
                continue  # two names of a list, not one
            if i + n < len(words) and words[i + n][:1].isupper() and not chunk[-1].endswith(_LIST_MARKS):
                continue
            provinces = g.bare.get(_key("".join(chunk).strip(",:;.\"'")))
            if provinces and len(provinces) == 1:
                found.scores[next(iter(provinces))] += 3
            break


# "ở" / "tại" before a district or city named alone: "bé gái 5 tuổi ở Vũng Tàu", "tại Sìn Hồ"
_AT_BARE = re.compile(rf"(?<!\w)(?:ở|tại) (?P<name>[{UPPER}][\w']*(?: [{UPPER}][\w']*){{1,3}})")
# island districts named for sovereignty ("chủ quyền Hoàng Sa"), not as the place of the news
_NOT_BARE = frozenset(("hoangsa", "truongsa"))


def _bare_places(found: _Mentions, sentence: str, weight: int) -> None:
    """A district or provincial city named alone after *ở* / *tại* in the lead's first sentence
    (``Vụ việc bé gái 5 tuổi ở Vũng Tàu …``): its province, where the name is one district's only; a
    province-level name is counted already. Not in the body, where river gauges and weather stations
    (``mực nước tại Châu Đốc``) are named in national reports."""
    g = gazetteer()
    for m in _AT_BARE.finditer(sentence):
        words = m.group("name").split()
        for n in range(len(words), 1, -1):  # the longest district name the tables know
            name = " ".join(words[:n])
            if name in g.names:
                break  # a province: counted as one
            provinces = g.bare.get(key := _key(name))
            if provinces:
                if len(provinces) == 1 and key not in _NOT_BARE:
                    found.scores[next(iter(provinces))] += weight
                break


# a district named alone in brackets after a place it holds: "Rạch Vẹm (Phú Quốc)", "xã Kim Nỗ (Đông Anh)"
_BRACKETED = re.compile(rf"(?<=[\w.]) \((?P<name>[{UPPER}][\w']*(?: [{UPPER}][\w']*){{1,3}})\)")


# what a bracketed name after it is not the place of: a person (her stage name: "Ca sĩ Nguyễn Thị Hà (Thanh
# Hà)"), a foreign body (its short name: "… truyền hình Trung Quốc (Quảng Điện)")
_FOREIGN_BEFORE = re.compile(
    r"(?:Trung Quốc|Hàn Quốc|Nhật Bản|Triều Tiên|Đài Loan|Hồng Kông|Mỹ|Hoa Kỳ|Nga|Pháp|Anh|Đức|Lào|Campuchia|"
    r"Thái Lan|Singapore|Malaysia|Indonesia|Philippines|Ấn Độ|Úc|Australia|Canada)$"
)


def _person_before(part: str, at: int) -> bool:
    """Whether the capitalised run ending at ``at`` is a person's name: it opens on a family name and is
    not a place's (``Nguyễn Thị Hà``; not ``Rạch Vẹm``, ``thôn Trung Dương``)."""
    words = part[max(0, at - 60) : at].split()
    run: list[str] = []
    while words and words[-1][:1].isupper():
        run.insert(0, words.pop())
    before = {" ".join(words[-n:]).lower() for n in (1, 2) if len(words) >= n}
    return 2 <= len(run) <= 4 and run[0] in _surnames() and not before & _PLACE_NOUNS


def _bracketed_places(found: _Mentions, part: str, weight: int) -> None:
    """A district or provincial city named alone in brackets after a place in the headline or the lead
    (``Trường THCS Lam Sơn (Bình Thạnh)``): its province, where the name is one district's only; a province's
    name is counted already. Not after a person's name (a stage name) or a foreign country (a body's short
    name), nor in the body, where a body's short name is bracketed too."""
    g = gazetteer()
    for m in _BRACKETED.finditer(part):
        name = m.group("name")
        if name in g.names or _in_address(part, m.start()):
            continue
        if _person_before(part, m.start()) or _FOREIGN_BEFORE.search(part, 0, m.start()):
            continue
        provinces = g.bare.get(key := _key(name))
        if provinces and len(provinces) == 1 and key not in _NOT_BARE:
            found.scores[next(iter(provinces))] += weight


def _collect(title: str, lead: str, text: str) -> _Mentions:
    found = _Mentions(Counter(), [], Counter(), Counter(), Counter())
    parts: list[tuple[str, Callable[[int], int]]] = [(title, lambda _: 3)]
    if text.startswith(lead):  # one pass over the text, the lead weighted by position
        parts.append((text, lambda pos: 4 if pos < len(lead) else 1))
    else:
        parts += [(lead, lambda _: 3), (text, lambda _: 1)]
    for part, weight in parts:
        _province_mentions(found, part, weight)
        _unit_mentions(found, part, weight)
    _bare_places(found, first_sentence(lead), 4)
    _bracketed_places(found, title, 3)
    _bracketed_places(found, lead, 4)
    _bare_units(found, title)
    for w, provinces in found.ambiguous:  # a shared name counts for the one province named
        named = [p for p in provinces if found.scores[p] > 0]
        if len(named) == 1:
            found.scores[named[0]] += w
    named = {p for p, score in found.scores.items() if score > 0}
    for (new, old), w in found.only_2025.items():  # "phường Hạc Thành" alone, its 2025 province not named
        if new not in named:  # (named with it, the commune converts it in locate)
            found.scores[old] += w
    return found


def province_scores(title: str, lead: str, text: str, outlet_hint: str | None) -> Counter[str]:
    """Weighted mentions of each province (see the module's docstring); the outlet's home
    province adds 1 only where the text names it."""
    scores = _collect(title, lead, text).scores
    _outlet_hint(scores, text, outlet_hint)
    return +scores


# paragraphs opening on a province each ("Tại Hà Nội, …"); a lead about many localities is levels'
# _MANY_LOCALITIES ("nhiều địa phương đã tổ chức")
_AT_PROVINCE = re.compile(r"(?:^|\n)[ \t]*(?P<at>(?:Tại|Ở) )?")
_HEADING_WORDS = 20  # a paragraph this short without a closing full stop is a section heading
ROUND_UP_LEAD = 3  # the top province must score this many times the runner-up to hold a round-up


def _round_up(lead: str, text: str, top: list[tuple[str, int]]) -> bool:
    """Whether the article reports several provinces in turn: the lead's subject is many localities,
    or two sections open on different provinces (as a dateline or a heading), and the top province
    does not dominate (under ``ROUND_UP_LEAD`` times the runner-up); or three paragraphs or more
    open on different provinces.
    A paragraph opens on a province after *Tại* / *Ở* (``Tại Hà Nội, …``), as a dateline (``Khánh
    Hòa, chiều 28/4, UBND tỉnh …``) or as a section heading (``Quảng Ninh xử phạt 33 trường hợp …``)."""
    if len(top) < 2:
        return False
    close = top[0][1] < ROUND_UP_LEAD * top[1][1]
    if _MANY_LOCALITIES.search(first_sentence(lead)) and close:
        return True
    g, opened, sections = gazetteer(), set(), set()
    for m in _AT_PROVINCE.finditer(text):
        place = g.pattern.match(text, m.end())
        if not place or place.group(0) in _PERSON_HCM:
            continue
        end = text.find("\n", place.end())
        paragraph = text[place.end() : end if end >= 0 else len(text)].rstrip()
        if m.group("at"):
            opened.add(g.names[place.group(0)])
        elif _ADDRESS.match(paragraph):
            continue  # "Hà Nội: 96 Lò Đúc ĐT: 9716229": a contact address
        elif paragraph.startswith(",") or (len(paragraph.split()) < _HEADING_WORDS and paragraph[-1:] != "."):
            sections.add(g.names[place.group(0)])  # "Khánh Hòa, chiều 28/4, …", "Quảng Ninh xử phạt …"
    return len(opened | sections) >= 3 or (len(sections) >= 2 and close)


_ADDRESS = re.compile(r"\s*:\s*\S*\d")


CENTRAL_IN_PROVINCE = 8  # the score a province needs to hold a central body's article (not Hà Nội)


# a province's own body or unit named in the lead ("huyện Quang Bình, tỉnh Hà Giang", "làm việc với LĐLĐ
# TPHCM", "yêu cầu UBND TP HCM"), not a venue alone ("khai mạc tại TP HCM") nor a post ("Bí thư Thành ủy")
_LOCAL_BODY = re.compile(
    r"(?:(?<![Tt]hư )(?<![Cc]hủ tịch )(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ)|\b(?:tỉnh|UBND|HĐND|LĐLĐ|Sở \w+|"
    r"Công an|MTTQ|Mặt trận|Thành đoàn|Tỉnh đoàn|Hội Nông dân|Hội Phụ nữ|Hội LHPN|Liên đoàn Lao động))"
    r"\s*(?:TP\.?|thành phố)?\s*$"
)




def _central_in_province(scores: Counter[str], province: str, lead: str) -> bool:
    """Whether a central body's article is about ``province``: the lead's first sentence names the
    province's own body or unit (the central body acts there or with it), the province is not the
    seat (Hà Nội, where national meetings sit), it is named often (``CENTRAL_IN_PROVINCE``), and not
    as one of several (a national directive or a storm report naming provinces in turn: the runner-up
    under half the top, the rest together under 0.6 of it)."""
    top = scores[province]
    rest = [v for k, v in scores.items() if k != province]
    if province == _SEAT or top < CENTRAL_IN_PROVINCE or max(rest, default=0) >= 0.5 * top:
        return False
    if sum(rest) >= 0.6 * top:
        return False
    g, sentence = gazetteer(), first_sentence(lead)
    for m in g.pattern.finditer(sentence):
        unit = _UNIT_PREFIX.match(m.group(0))  # "tỉnh Hà Giang", "TP HCM": the match holds its unit word
        head = sentence[max(0, m.start() - 30) : m.start()] + (unit.group(0) if unit else "")
        if g.names[m.group(0)] == province and _LOCAL_BODY.search(head):
            return True
    return False


CENTRAL_DOMINANT = 16  # the score a province needs to hold a central body's article by its weight alone
DOMINANT_REST = 0.15  # ... with all other provinces together under this share of it


def _dominant(scores: Counter[str], province: str) -> bool:
    """Whether ``province`` (not the seat) is all a central body's article is about: named often
    (``CENTRAL_DOMINANT``) and the others together barely (a ministry's inspection of one city's land,
    the Standing Committee of the National Assembly on one province's project)."""
    top = scores[province]
    return province != _SEAT and top >= CENTRAL_DOMINANT and sum(scores.values()) - top <= DOMINANT_REST * top


# a headline whose subject is the province standing for its government, then its verb of governing ("TP.HCM
# sẽ cấm xe máy", "Đà Nẵng rà soát các lễ hội", "Cà Mau mời gọi đầu tư"): organised at the province's level;
# not an aspect word alone ("Hà Nội đang trải qua đợt nắng nóng", "TP HCM sẽ có thêm trung tâm")
_HEADLINE_ACTS = re.compile(
    r"\s+(?:(?:sẽ|vừa|đã|đang|tiếp tục) )?(?:quyết định|xem xét|xem lại|yêu cầu|chỉ đạo|ban hành|cấm|cấp|"
    r"mời gọi|rà soát|hỗ trợ|triển khai|thành lập|phát động|kêu gọi|đề xuất|kiến nghị|chi|dành|"
    r"khởi công|công bố|thu hồi|xử lý|xử phạt|kiểm tra|thanh tra|đẩy mạnh|tăng cường|phê duyệt|"
    r"điều chỉnh|lập|mở|đóng cửa|tạm dừng|cho phép|siết|ra quân|khen thưởng|miễn|giảm|tổ chức|"
    r"phát hành|đầu tư|trao|tặng)\b"
)


_HEADLINE_COLON = re.compile(r"\s*:\s*(?=\w)")


def _headline_level(title: str, province: str) -> str | None:
    """'province' where the headline opens on the article's province acting (``_HEADLINE_ACTS``), or on
    the province and a colon before the verb (``Long An: Lập biên bản bốn cây xăng``)."""
    g = gazetteer()
    title = title.lstrip()
    m = g.pattern.match(title)
    if not m or g.names[m.group(0)] != province or m.group(0) in _PERSON_HCM:
        return None
    rest = title[m.end() :]
    if colon := _HEADLINE_COLON.match(rest):
        rest = " " + rest[colon.end()].lower() + rest[colon.end() + 1 :]
    return "province" if _HEADLINE_ACTS.match(rest) else None


def _in_passing(scores: Counter[str], province: str, title: str, lead: str) -> bool:
    """Whether ``province`` is named only in passing: under ``PASSING`` and neither in the headline nor in
    the lead (a shop quoted, an office's city in a notice, a district of the past)."""
    return scores[province] < PASSING and not _collect(title, lead, lead).scores[province]


# a meeting with voters ("tiếp xúc cử tri"): organised by the province's delegation of deputies, whoever
# attends
_VOTERS = re.compile(r"\btiếp xúc (?:với )?cử tri\b")


def locate(
    title: str, lead: str, text: str, outlet_hint: str | None, model: bool = True
) -> tuple[str | None, str | None, str | None, str]:
    """(province, province_2025, admin_level, how) for an article. Where the rules find no organising
    body, the level is the one the learned model gives (:mod:`~danvan.corpus.ingest.level_model`;
    ``model=False``: the rules alone), and a central level it gives leads to the province as a central
    body's does (the venue of a national event is not its province)."""
    given_lead = lead  # the model reads the lead as given (benchmarks/train_levels.py does too)
    if len(lead.split()) < 8:  # a byline or a label line first: the lead is the next paragraph
        lead = next((p for p in text.split("\n\n") if len(p.split()) >= 8), lead)
    found = _collect(title, lead, text)
    scores = found.scores
    named_before = scores[outlet_hint] if outlet_hint else 0
    hint_used = _outlet_hint(scores, text, outlet_hint)
    ranked = ", ".join(f"{k} {v}" for k, v in scores.most_common(3)) or "none"
    top = scores.most_common(2)
    province = top[0][0] if top and top[0][1] >= MIN_SCORE else None
    level, acting, no_body = organiser_level(lead, text, province)  # acting: where a central body meets
    how = f"province scores: {ranked}" + (f" (outlet's home {outlet_hint} +1)" if hint_used and named_before
                                          else "")

    def guessed(level: str | None) -> tuple[str | None, str]:
        if level is not None or not model or no_body:  # the lead's subject is no body: no level to guess
            return level, ""
        guess, chance = guess_level(title, given_lead, text)
        return guess, (f"; {guess_note(guess, chance)}" if guess else "")

    if province and len(top) > 1 and top[1][1] >= TIE * top[0][1]:
        level, note = guessed(level)
        return None, None, level, f"several provinces named alike ({ranked}){note}"
    if province and _round_up(lead, text, top):
        level, note = guessed(level)
        return None, None, level, f"a round-up of several provinces in turn ({ranked}){note}"
    if level is None and province and (title_level := _headline_level(title, province)):
        level, how = title_level, f"the headline's subject is the province; {how}"
    level, note = guessed(level)
    if level is None and province and _in_passing(scores, province, title, lead):
        return None, None, None, f"no organising body, a place named in passing in the body ({ranked}){note}"
    if level == "central" and province and _VOTERS.search(first_sentence(lead)):
        level = "province"  # a leader meets the voters of the province they are a deputy of
    if level == "central":
        in_title = _collect(title, "", title)
        named = in_title.scores - in_title.venues  # "... tại Hà Nội" in a headline is a venue too
        venue = ", ".join(found.venues) or "not printed"
        if province is not None and named[province] == 0 and _central_in_province(scores, province, acting):
            how = f"organised by a central body, acting in the one province the text is about; {how}"
        elif province is not None and named[province] == 0 and _dominant(scores, province):
            how = f"organised by a central body, about the one province the text names; {how}"
        elif province is None or named[province] == 0:
            return None, None, level, (f"organised by a central body, venue {venue}: no province "
                                       f"({ranked}){note}")
        else:
            how = f"organised by a central body, about the province its headline names; {how}"
    how += note
    if province is None:
        return None, None, level, f"no place named often enough ({ranked}){note}"
    new = province_2025_of(province)
    olds = Counter({old: w for (unit, old), w in found.post_2025.items() if unit == new})
    old = olds.most_common(1)[0][0] if olds else province
    if old != province and province == new:  # the text names the 2025 unit and one of its new communes
        return old, new, level, f"a commune in its 2025 form: in former {old}; {how}"
    return province, new, level, how
