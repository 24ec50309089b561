"""Province names, the 2025 mapping and the shipped outlines (63 and 34 units)."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest
from project_paths import ROOT

from danvan.corpus.gazetteer import (
    GEO_DIR,
    canonical_province,
    feature_names,
    load_outlines,
    members_2025,
    province_2025_of,
    province_names,
    short_name,
)


def _build_geo():
    spec = importlib.util.spec_from_file_location("build_geo", ROOT / "scripts" / "build_geo.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_geo"] = module
    spec.loader.exec_module(module)
    return module


def test_gazetteer_has_63_and_34_units():
    assert len(province_names(63)) == 63
    assert len(province_names(34)) == 34
    assert province_names(63)[0] == "Thành phố Hà Nội"
    assert "Thành phố Huế" in province_names(63)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Hà Tĩnh", "Tỉnh Hà Tĩnh"),
        ("ha tinh", "Tỉnh Hà Tĩnh"),
        ("Ha Tinh province", "Tỉnh Hà Tĩnh"),
        ("TP HCM", "Thành phố Hồ Chí Minh"),
        ("TPHCM", "Thành phố Hồ Chí Minh"),
        ("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
        ("Hanoi", "Thành phố Hà Nội"),
        ("Thua Thien–Hue province", "Thành phố Huế"),
        ("Ba Ria–Vung Tau province", "Tỉnh Bà Rịa - Vũng Tàu"),
        ("Tỉnh Khánh Hoà", "Tỉnh Khánh Hòa"),  # old tone placement
    ],
)
def test_canonical_province_accepts_common_spellings(written, canonical):
    assert canonical_province(written) == canonical


def test_canonical_province_rejects_non_provinces():
    assert canonical_province("Ban Dân vận") is None
    assert canonical_province(None) is None
    assert canonical_province("") is None
    assert canonical_province("Tỉnh Hải Dương", level=34) is None  # merged away in 2025


def test_2025_mapping():
    assert province_2025_of("Tỉnh Hải Dương") == "Thành phố Hải Phòng"
    assert province_2025_of("Tỉnh Bình Dương") == "Thành phố Hồ Chí Minh"
    assert province_2025_of("Tỉnh Hà Tĩnh") == "Tỉnh Hà Tĩnh"
    assert province_2025_of("Tỉnh Hà Giang") == "Tỉnh Tuyên Quang"
    assert sorted(members_2025("Thành phố Hồ Chí Minh")) == [
        "Thành phố Hồ Chí Minh", "Tỉnh Bà Rịa - Vũng Tàu", "Tỉnh Bình Dương"]
    assert short_name("Tỉnh Hà Tĩnh") == "Hà Tĩnh"
    # every old province belongs to exactly one new unit
    members = [m for new in province_names(34) for m in members_2025(new)]
    assert sorted(members) == sorted(province_names(63))


@pytest.mark.parametrize("level", [63, 34])
def test_outline_files(level):
    path = GEO_DIR / f"vn_provinces_{level}.geojson"
    assert path.stat().st_size < 1_000_000
    fc = load_outlines(level)
    assert fc["type"] == "FeatureCollection"
    assert feature_names(level) == province_names(level)
    for feature in fc["features"]:
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    # every coordinate inside Vietnam's bounding box
    polys = [p for f in fc["features"] for p in (
        [f["geometry"]["coordinates"]] if f["geometry"]["type"] == "Polygon"
        else f["geometry"]["coordinates"])]
    xs = [pt[0] for poly in polys for ring in poly for pt in ring]
    ys = [pt[1] for poly in polys for ring in poly for pt in ring]
    assert 102.0 < min(xs) and max(xs) < 110.0
    assert 8.4 < min(ys) and max(ys) < 23.5


def test_34_units_are_unions_of_the_63():
    fc63 = {f["properties"]["name"]: f for f in load_outlines(63)["features"]}
    fc34 = {f["properties"]["name"]: f for f in load_outlines(34)["features"]}

    def n_polygons(feature):
        g = feature["geometry"]
        return 1 if g["type"] == "Polygon" else len(g["coordinates"])

    hcm = fc34["Thành phố Hồ Chí Minh"]
    assert sorted(hcm["properties"]["members"]) == sorted(
        members_2025("Thành phố Hồ Chí Minh"))
    assert n_polygons(hcm) == sum(n_polygons(fc63[m]) for m in hcm["properties"]["members"])
    assert fc63["Thành phố Huế"]["properties"]["source_name"] == "Thua Thien–Hue province"


def test_decode_ring_matches_echarts_zigzag_delta():
    build_geo = _build_geo()
    # '@' = 64 → 0; 'B' = 66 → 2 → +1; 'A' = 65 → 1 → −1 (zigzag); deltas add up, /1024
    ring = build_geo.decode_ring("@@B@AB", [1024, 2048])
    assert ring == [[1.0, 2.0], [1025 / 1024, 2.0], [1.0, 2049 / 1024]]


def test_build_geo_round_trip(tmp_path):
    """A tiny ECharts file with two provinces decodes, is renamed and keeps its geometry."""
    build_geo = _build_geo()
    source = {"type": "FeatureCollection", "UTF8Encoding": True, "features": [
        {"type": "Feature", "properties": {"name": "Ha Tinh province"},
         "geometry": {"type": "Polygon", "coordinates": ["@@B@@BA@"],
                      "encodeOffsets": [[108000, 18000]]}},
    ]}
    js = "echarts.registerMap('越南', " + json.dumps(source) + ");"
    decoded = build_geo.extract_json(js)
    polygons = build_geo.decode_geometry(decoded["features"][0]["geometry"], 1024.0)
    assert polygons == [[[[108000 / 1024, 18000 / 1024], [108001 / 1024, 18000 / 1024],
                          [108001 / 1024, 18001 / 1024], [108000 / 1024, 18001 / 1024]]]]
    geometry = build_geo.geometry_json(polygons)
    assert geometry["type"] == "Polygon"
    ring = geometry["coordinates"][0]
    assert ring[0] == ring[-1] and len(ring) == 5  # closed after rounding
    size = build_geo.write_json_atomic({"type": "FeatureCollection", "features": []},
                                       tmp_path / "x.geojson")
    assert size == len('{"type":"FeatureCollection","features":[]}')
    assert [p.name for p in tmp_path.iterdir()] == ["x.geojson"]  # no temp file left behind
