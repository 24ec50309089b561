"""Gazetteer: which province an article is about, its 2025 unit, and the organiser's level.

Built on ``vietnamadminunits`` (63 provinces before July 2025, their districts, and the 2025
merger into 34 units), plus the aliases in ``data/province_aliases.tsv``. Province mentions are
scored (headline and lead count more, a mention after a unit word such as *tỉnh*, *Thành ủy* more
again, a provincial outlet adds a little); districts named with their type (*Quận ủy Bình Thạnh*,
*huyện …*) count for their province. An article whose organiser is a central body has no province.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from danvan.core.text import UPPER, normalize
from danvan.corpus.gazetteer import package_data, province_2025_of, province_names, short_name
from danvan.corpus.ingest.resources import data_rows as _rows


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]  # surface form → canonical 63-unit name (case-sensitive, normalised)
    districts: dict[str, str]  # "quận Bình Thạnh" (folded type + short name) → canonical
    pattern: re.Pattern[str]
    district_pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Surface forms of the 63 provinces (gazetteer names) and their single-province districts."""
    names: dict[str, str] = {}
    for canonical in province_names(63):
        short = short_name(canonical)
        kind = "tỉnh" if canonical.startswith("Tỉnh") else "thành phố"
        names.update({canonical: canonical, short: canonical, f"{kind} {short}": canonical})
    for row in _rows("province_aliases.tsv"):
        names[row[0].strip()] = row[1].strip()
    legacy = package_data("parser_legacy.json")
    provinces = {k: normalize(v["province"]) for k, v in legacy["DICT_PROVINCE"].items()}
    seen: dict[str, set[str]] = {}
    shorts: set[str] = set()
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in districts.values():
            name = re.sub(r"^(Quận|Huyện|Thị xã)\s+", "", normalize(d["districtShort"]))
            shorts.add(name)
            key = f"{normalize(d['districtType']).casefold()} {name}"
            seen.setdefault(key, set()).add(provinces[pkey])
    unique = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # every name starts with a capital or with "tỉnh"/"thành phố": a cheap test before the rest
    pattern = re.compile(rf"(?<![\w.])(?=[{UPPER}]|tỉnh |thành phố )(?:{alternation})(?![\w])")
    district_names = "|".join(re.escape(n) for n in sorted(shorts, key=len, reverse=True))
    district_pattern = re.compile(
        r"(?<!\w)(?=[QqHhTt])(?P<kind>[Qq]uận ủy|[Hh]uyện ủy|[Tt]hị ủy|[Qq]uận|[Hh]uyện|[Tt]hị xã)\s+"
        rf"(?P<name>{district_names})(?![\w])"
    )
    return Gazetteer(names, unique, pattern, district_pattern)


_DISTRICT_KIND = {"quận ủy": "quận", "huyện ủy": "huyện", "thị ủy": "thị xã"}
MIN_SCORE = 2  # one plain mention in the body is not enough to place an article
_UNIT_BEFORE = re.compile(
    r"(tỉnh|thành phố|TP\.?|Tỉnh ủy|Thành ủy|UBND|HĐND|Đảng bộ|địa bàn)\s*$", re.IGNORECASE
)


def _score(scores: Counter[str], part: str, weight: Callable[[int], int]) -> None:
    g = gazetteer()
    for m in g.pattern.finditer(part):
        bonus = 2 if _UNIT_BEFORE.search(part[max(0, m.start() - 20) : m.start()]) else 1
        scores[g.names[m.group(0)]] += weight(m.start()) * bonus
    for m in g.district_pattern.finditer(part):
        kind = m.group("kind").casefold()
        province = g.districts.get(f"{_DISTRICT_KIND.get(kind, kind)} {m.group('name')}")
        if province:
            scores[province] += weight(m.start()) * 2


def province_scores(title: str, lead: str, text: str, outlet_hint: str | None) -> Counter[str]:
    """Weighted mentions of each province: headline ×3, lead ×4 (it is part of the text too),
    rest of the text ×1; a mention after a unit word (*tỉnh*, *Thành ủy*…) or a district ×2."""
    scores: Counter[str] = Counter()
    _score(scores, title, lambda _: 3)
    if text.startswith(lead):  # one pass over the text, the lead weighted by position
        _score(scores, text, lambda pos: 4 if pos < len(lead) else 1)
    else:
        _score(scores, lead, lambda _: 3)
        _score(scores, text, lambda _: 1)
    if outlet_hint:
        scores[outlet_hint] += 2
    return scores


_ORG = re.compile(  # the lookahead lists every alternative's first letter
    r"(?=[TBQCĐUHxptqh])"
    r"(?:(?P<central>Trung ương|T\.Ư|TƯ|Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|Thủ tướng)"
    r"|(?P<commune>Đảng ủy (?:xã|phường|thị trấn)|UBND (?:xã|phường|thị trấn)|"
    r"(?<![Tt]hị )(?<![Ll]iên )(?<!\w)(?:xã|phường|thị trấn) [A-ZĐ]\w*)"
    r"|(?P<district>Quận ủy|Huyện ủy|Thị ủy|UBND (?:quận|huyện|thị xã)|(?:quận|huyện|thị xã) [A-ZĐ1-9]\w*)"
    r"|(?P<province>Tỉnh ủy|UBND tỉnh|HĐND tỉnh|tỉnh [A-ZĐ]\w*)"
    r"|(?P<city>Thành ủy|UBND thành phố|(?:thành phố|TP\.?) [A-ZĐ]\w*|TPHCM|TP\.HCM))"
)
_ACTION = re.compile(r"\b(?:đã\s+)?(?:tổ chức|phối hợp|chủ trì|ban hành|triển khai|khai mạc|họp)\b")


_UNDER = re.compile(r"(?:dưới sự|với sự) (?:chủ trì|chỉ đạo|tham dự|tham gia) của[^,]*,", re.IGNORECASE)


def admin_level(lead: str, province: str | None) -> str | None:
    """Level of the body that organises what the lead reports: the subject before its verb."""
    sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    sentence = _UNDER.sub(" ", sentence)  # "dưới sự chủ trì của <officials>," is not the subject
    action = _ACTION.search(sentence)
    scope = sentence[: action.start()] if action else sentence
    found = list(_ORG.finditer(scope)) or list(_ORG.finditer(sentence))
    if not found:
        return None
    level = found[0].lastgroup
    if level == "city":
        # Thành ủy of a centrally run city is province level; of a provincial city, district level
        return "province" if province and province.startswith("Thành phố") else "district"
    return level


def locate(
    title: str, lead: str, text: str, outlet_hint: str | None
) -> tuple[str | None, str | None, str | None, str]:
    """(province, province_2025, admin_level, how) for an article."""
    scores = province_scores(title, lead, text, outlet_hint)
    best = scores.most_common(1)[0] if scores else None
    province = best[0] if best and best[1] >= MIN_SCORE else None
    level = admin_level(lead, province)
    if level == "central":
        return None, None, level, "organised by a central body: no province"
    ranked = ", ".join(f"{k} {v}" for k, v in scores.most_common(3))
    if province is None:
        return None, None, level, f"no place named often enough ({ranked or 'none'})"
    return province, province_2025_of(province), level, f"province scores: {ranked}"
