"""Report pages carry their own fonts, and both cover every Vietnamese letter."""

from __future__ import annotations

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont

from danvan.report.fonts import MONO, SANS, font_css

VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
FACE = re.compile(r'@font-face \{ font-family: "([^"]+)"; font-weight: ([^;]+);.*?base64,([A-Za-z0-9+/=]+)\)')


@pytest.fixture(scope="module")
def faces() -> list[tuple[str, str, TTFont]]:
    return [(family, weight, TTFont(io.BytesIO(base64.b64decode(data))))
            for family, weight, data in FACE.findall(font_css())]


def test_a_sans_and_a_mono_face_are_embedded(faces) -> None:
    assert [(f, w) for f, w, _ in faces] == [(SANS, "400"), (SANS, "700"), (MONO, "100 800")]
    assert f'--jp-code-font-family: "{MONO}"' in font_css()


def test_every_embedded_face_has_every_vietnamese_letter(faces) -> None:
    letters = VIETNAMESE + VIETNAMESE.upper()
    for family, weight, font in faces:
        cmap = font.getBestCmap()
        missing = "".join(ch for ch in letters if ord(ch) not in cmap)
        assert missing == "", f"{family} {weight} lacks {missing}"


def test_the_faces_are_small_enough_to_embed_in_every_page() -> None:
    assert len(font_css()) < 300_000
