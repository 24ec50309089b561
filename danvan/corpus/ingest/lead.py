"""The first sentence of an article's lead."""

from __future__ import annotations

import re

from danvan.core.text import UPPER

_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|TX|TT|Q|P|H|TS|GS|PGS|ThS|BS|St|[A-ZĐ])\.$")


def first_sentence(lead: str) -> str:
    """The lead up to its first full stop that ends a sentence (*TP.*, *Q.*, *TS.* do not)."""
    for m in re.finditer(r"[.!?](?=\s+[\"“(]?[" + UPPER + r"0-9])", lead):
        if not _ABBREVIATION.search(lead[max(0, m.start() - 5) : m.end()]):
            return lead[: m.end()]
    return lead
