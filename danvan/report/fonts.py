"""Fonts embedded in every report page, so that no page depends on the reader's fonts: DejaVu
Sans (shipped with matplotlib, the figures' font too) for text and JetBrains Mono (OFL, from the
``fontpkg-jetbrains-mono`` package) for code and printed output. DejaVu Sans Mono, the usual
fallback, lacks the precomposed letters with a hook above (ả, ế, ở…), so browsers stacked the
combining mark beside the letter. Each font is cut down to the characters Vietnamese text and
the pages need and inlined as a data URI (the pages' policy allows ``font-src data:``)."""

from __future__ import annotations

import base64
import io
import logging
from functools import lru_cache
from pathlib import Path

import matplotlib
from fontTools import subset
from fontTools.ttLib import TTFont

SANS = "danvan sans"
MONO = "danvan mono"
# Basic Latin, Latin-1, Latin Extended-A/B, combining marks, Vietnamese (Latin Extended
# Additional), punctuation, and a few symbols the pages print (₫ → ← ≤ ≥ × − ≈ ≠ ✓ ⚠ ● ■ ·).
UNICODES = sorted(
    {*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x300, 0x370), *range(0x1EA0, 0x1F00),
     *range(0x2000, 0x2070), *map(ord, "₫→←≤≥×−≈≠✓⚠●■·²")}
)


def _dejavu(name: str) -> Path:
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


def _jetbrains_mono() -> Path:
    import fontpkg_jetbrains_mono

    return fontpkg_jetbrains_mono.ROOT / "files" / "JetBrainsMono[wght].ttf"


def subset_woff(path: Path) -> bytes:
    """The font at ``path`` reduced to :data:`UNICODES`, as WOFF bytes."""
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset" notes
    font = TTFont(path)
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.flavor = "woff"
    font.save(buffer)
    return buffer.getvalue()


def _face(family: str, path: Path, weight: str) -> str:
    data = base64.b64encode(subset_woff(path)).decode("ascii")
    return (f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: normal; '
            f'src: url(data:font/woff;base64,{data}) format("woff"); }}')


@lru_cache(maxsize=1)
def font_css() -> str:
    """``@font-face`` rules and the rules that make the page use them (text, code, outputs).
    The JupyterLab theme sets its font variables on ``:root`` after these rules, so they are
    set on ``:root:root``, which outranks it."""
    faces = [
        _face(SANS, _dejavu("DejaVuSans.ttf"), "400"),
        _face(SANS, _dejavu("DejaVuSans-Bold.ttf"), "700"),
        _face(MONO, _jetbrains_mono(), "100 800"),
    ]
    sans, mono = f'"{SANS}", "DejaVu Sans", sans-serif', f'"{MONO}", monospace'
    rules = (
        f":root:root {{ --jp-ui-font-family: {sans}; --jp-content-font-family: {sans}; "
        f"--jp-code-font-family: {mono}; }}\n"
        f"body {{ font-family: {sans}; }}\n"
        f"pre, code, kbd, samp, .jp-OutputArea-output pre, .highlight pre {{ font-family: {mono}; }}"
    )
    return "\n".join([*faces, rules])
