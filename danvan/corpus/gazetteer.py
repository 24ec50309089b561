"""Province outlines and names: the 63 units before July 2025 and the 34 units after the merger.

Names come from the gazetteer of ``vietnamadminunits`` (its legacy table for the 63 units, its
2025 table for the 34 units, and its converter for which old units form each new one). The
outlines ship with the package as GeoJSON (``danvan/data/geo``, built by ``scripts/build_geo.py``).

>>> canonical_province("Hà Tĩnh")
'Tỉnh Hà Tĩnh'
>>> canonical_province("TP HCM")
'Thành phố Hồ Chí Minh'
>>> province_2025_of("Tỉnh Hải Dương")
'Thành phố Hải Phòng'
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from danvan.core.paths import DATA_DIR
from danvan.core.text import normalize, strip_diacritics

__all__ = [
    "GEO_DIR",
    "Level",
    "province_key",
    "province_names",
    "short_name",
    "canonical_province",
    "province_2025_of",
    "members_2025",
    "load_outlines",
    "feature_names",
]

GEO_DIR = DATA_DIR / "geo"
Level = Literal[63, 34]

# Spellings the gazetteer's keywords do not cover (after stripping diacritics and punctuation).
_ALIASES = {
    "thuathienhue": "thanhphohue",  # Thừa Thiên Huế became Thành phố Huế in 2025 (same outline)
    "tinhthuathienhue": "thanhphohue",
    "tphcm": "thanhphohochiminh",
    "tphochiminh": "thanhphohochiminh",
    "saigon": "thanhphohochiminh",
    "thanhphosaigon": "thanhphohochiminh",
    "tphanoi": "thanhphohanoi",
    "tphaiphong": "thanhphohaiphong",
    "tpdanang": "thanhphodanang",
    "tpcantho": "thanhphocantho",
    "tphue": "thanhphohue",
    "brvt": "tinhbariavungtau",
}
# English suffixes and prefixes of the outline source ("Ha Tinh province", "Can Tho City").
_NOISE = re.compile(r"\b(province|city|municipality)\b")


def province_key(name: str) -> str:
    """Folding key of a name: no diacritics, letters only (``Tỉnh Hà Tĩnh`` → ``tinhhatinh``)."""
    bare = _NOISE.sub(" ", strip_diacritics(name))
    return re.sub(r"[^a-z]", "", bare)


@cache
def package_data(name: str) -> dict[str, Any]:
    """A data file of ``vietnamadminunits`` (parsed once per process; the files are large).

    The file is found without importing the package, whose import alone takes half a second.
    """
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _gazetteer(table: str) -> dict[str, dict[str, Any]]:
    return package_data(table)["DICT_PROVINCE"]


def _converter() -> dict[str, list[str]]:
    return package_data("converter_2025.json")["DICT_PROVINCE"]


def _table(level: Level) -> dict[str, dict[str, Any]]:
    if level == 63:
        return _gazetteer("parser_legacy.json")
    if level == 34:
        return _gazetteer("parser_from_2025.json")
    raise ValueError(f"level must be 63 or 34, not {level!r}")


def province_names(level: Level = 63) -> list[str]:
    """Canonical full names (``Tỉnh Hà Tĩnh``, ``Thành phố Huế``) in the gazetteer's code order."""
    rows = sorted(_table(level).values(), key=lambda r: r["provinceCode"])
    return [normalize(r["province"]) for r in rows]


def short_name(name: str) -> str:
    """``Tỉnh Hà Tĩnh`` → ``Hà Tĩnh``, ``Thành phố Huế`` → ``Huế``; other text unchanged."""
    for level in (63, 34):
        key = _lookup(name, level)
        if key is not None:
            return normalize(_table(level)[key]["provinceShort"])
    return name


@lru_cache(maxsize=4096)
def _lookup(name: str, level: Level) -> str | None:
    key = province_key(name)
    key = _ALIASES.get(key, key)
    table = _table(level)
    if key in table:
        return key
    for k, row in table.items():
        if key in row["provinceKeywords"]:
            return k
    return None


def canonical_province(name: object, level: Level = 63) -> str | None:
    """The canonical name of a province written any common way, or None when it is not one.

    Accepts full or short names, with or without diacritics, ``TP HCM``, ``Thua Thien–Hue
    province``; for ``level=34`` names of the 34 units of 2025.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    key = _lookup(normalize(name), level)
    return None if key is None else normalize(_table(level)[key]["province"])


@lru_cache(maxsize=1)
def _old_to_new() -> dict[str, str]:
    return {old: new for new, olds in _converter().items() for old in olds}


def province_2025_of(name: object) -> str | None:
    """The 2025 unit (34) a pre-2025 province (63) became part of; None when unknown."""
    if not isinstance(name, str):
        return None
    key = _lookup(normalize(name), 63)
    if key is None:
        return None
    new = _old_to_new().get(key)
    return None if new is None else normalize(_table(34)[new]["province"])


def members_2025(name: str) -> list[str]:
    """The pre-2025 provinces (63-unit names) merged into a 2025 unit."""
    key = _lookup(normalize(name), 34)
    if key is None:
        raise KeyError(f"not one of the 34 units of 2025: {name!r}")
    return [normalize(_table(63)[old]["province"]) for old in _converter()[key]]


def _outline_path(level: Level) -> Path:
    if level not in (63, 34):
        raise ValueError(f"level must be 63 or 34, not {level!r}")
    return GEO_DIR / f"vn_provinces_{level}.geojson"


@lru_cache(maxsize=2)
def _load(level: Level) -> str:
    return _outline_path(level).read_text(encoding="utf-8")


def load_outlines(level: Level = 63) -> dict[str, Any]:
    """The GeoJSON FeatureCollection of the 63 (pre-2025) or 34 (2025) province outlines.

    Each feature's ``properties`` hold ``name`` (canonical), ``short``, ``code`` and, for the 34
    units, ``members`` (the 63-unit names merged into it). Coordinates are lon/lat (WGS 84).
    """
    return json.loads(_load(level))


def feature_names(level: Level = 63) -> list[str]:
    """Names of the features in the shipped outline file, in file order."""
    return [f["properties"]["name"] for f in load_outlines(level)["features"]]
