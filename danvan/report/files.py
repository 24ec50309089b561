"""Atomic file writes for report outputs (see :mod:`danvan.core.io`)."""

from __future__ import annotations

from pathlib import Path

from danvan.core.io import write_text


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers never see a half-written file."""
    write_text(path, text)
