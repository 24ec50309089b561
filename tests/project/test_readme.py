"""The README's data dictionary is the one the code defines, and its two set-up commands exist."""

from __future__ import annotations

import re

from project_paths import ROOT

from danvan.corpus.schema import TABLES, data_dictionary_markdown

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_data_dictionary_matches_schema() -> None:
    markers = r"<!-- data-dictionary:start[^>]*-->\n(.*?)\n<!-- data-dictionary:end -->"
    section = re.search(markers, README, re.S)
    assert section, "README lost its data-dictionary markers"
    assert section.group(1).strip() == data_dictionary_markdown().strip()
    for table in TABLES:
        assert f"### `{table}`" in README


def test_setup_commands_are_the_makefile_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for command in ("make report", "make test"):
        assert command in README
        assert re.search(rf"^{command.split()[1]}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
