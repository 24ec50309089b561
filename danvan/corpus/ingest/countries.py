"""Foreign countries' names: in Vietnamese (``Thái Lan``, ``Séc``), the ones a foreign leader's post ends
with, and in Latin letters (``data/countries_latin.txt``, only those the Vietnamese list lacks)."""

from __future__ import annotations

import re
from functools import lru_cache

from danvan.corpus.ingest.resources import data_rows

COUNTRIES: list[str] = (
    "Nga Campuchia Singapore Malaysia Indonesia Myanmar Philippines Brunei Australia Canada Cuba Israel Iran "
    "Iraq Nepal Bhutan Belarus Ukraine Mexico Chile Peru Brazil Argentina Venezuela Kazakhstan Mozambique "
    "Angola Nigeria Algeria Syria Pakistan Séc Lào Mỹ Pháp Đức Anh Nhật Ý Italy Úc Áo Bỉ Hungary Romania "
    "Bulgaria Serbia Slovakia Bangladesh Timor-Leste"
).split() + [
    "Mông Cổ", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Trung Quốc", "Ấn Độ", "Thái Lan", "Hà Lan",
    "Ba Lan", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Hy Lạp", "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi",
    "Tây Ban Nha", "Bồ Đào Nha", "Thụy Sĩ", "New Zealand", "Sri Lanka",
]


@lru_cache(maxsize=1)
def latin_countries() -> frozenset[str]:
    """Countries printed in Latin letters (``Namibia``) that :data:`COUNTRIES` lacks."""
    return frozenset(r[0].strip() for r in data_rows("countries_latin.txt"))


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern[str]:
    """A foreign country's name, in Vietnamese (``Thái Lan``) or in Latin letters (``Namibia``)."""
    names = sorted(set(COUNTRIES) | latin_countries(), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")
