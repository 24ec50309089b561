"""The sample corpus in data/raw/ is the five seed articles, unchanged, with their provenance."""

from __future__ import annotations

import hashlib

from danvan.core.paths import raw_dir

SHA256 = {
    "000_1f2eb3cf792dc190.txt": "d458e660f988615c5509b837daffe1273e2548b5fb8f26e2ef10eafd246e9801",
    "001_2514309eff9800d1.txt": "5c014bc4842ed176496c4f34893af6298992ece7487759d9e6d92d0c0e9e34be",
    "002_01ff7b62b503a632.txt": "2ceae90aaa6dda945536a4f1b66d1d47230ef1e8009de0f3e0cf3d6c67936ea0",
    "003_32e42dc5755c558f.txt": "428eca705c3bb535aaf25bc01e0e8155426ad606999aa7e304f3a83939ee103e",
    "004_c4ff23b0dfae42e9.txt": "ccd3358318da3062e16d086a18a1ee7b4987e19935292a62c074bdac9395201c",
}


def test_seeds_unchanged() -> None:
    found = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in raw_dir().glob("*.txt")
    }
    assert found == SHA256


def test_provenance_names_every_file() -> None:
    sources = (raw_dir() / "SOURCES.md").read_text(encoding="utf-8")
    for name in SHA256:
        assert name in sources
