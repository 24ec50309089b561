"""danvan.core.text: the white space Arrow splits word lists on is exactly Python's."""

from __future__ import annotations


def test_split_space_is_what_str_split_splits_on() -> None:
    import pyarrow as pa
    import pyarrow.compute as pc

    from danvan.core.text import SPLIT_SPACE

    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert len(spaces) == 29
    text = "a" + "b".join(spaces) + "c\u200bd e_f"  # every space once; a zero-width space is no space
    got = [w for w in pc.split_pattern_regex(pa.array([text]), SPLIT_SPACE)[0].as_py() if w]
    assert got == text.split()
