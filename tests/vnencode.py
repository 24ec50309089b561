"""Test helper: write Vietnamese text the way legacy Windows-1258 files store it."""

from __future__ import annotations

import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Encode as Windows-1258: base letters precomposed (â, ơ, đ…), tone marks as combining bytes."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)
