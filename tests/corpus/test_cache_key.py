"""The ingest's cache key (``danvan.corpus.ingest.codehash``) covers every module, data file and
library the ingest uses, and nothing the analysis stages use."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from project_paths import RAW, ROOT

from danvan.core.paths import DATA_DIR
from danvan.corpus.ingest import codehash, pipeline

PACKAGE = ROOT / "danvan"
INGEST_DATA = ("lexicon.txt", "abbreviations.tsv", "boilerplate.tsv", "outlets.tsv", "province_aliases.tsv",
               "surnames.txt", "posts.txt", "countries_latin.txt", "level_model.json")


@pytest.fixture
def fresh_key():
    """The memoised hash forgotten before and after (a patched hash must not outlive the test:
    an ingest under it would delete the cache of the real one)."""
    codehash.code_hash.cache_clear()
    yield
    codehash.code_hash.cache_clear()


@pytest.mark.parametrize("rel", [
    "danvan/core/text.py", "danvan/core/io.py", "danvan/corpus/schema.py", "danvan/corpus/gazetteer.py",
    "danvan/corpus/ingest/segment.py", "danvan/data/surnames.txt",
])
def test_editing_what_the_ingest_runs_changes_the_pipeline_version(
    fresh_key: None, monkeypatch: pytest.MonkeyPatch, rel: str
) -> None:
    target = (ROOT / rel).resolve()
    before = pipeline.pipeline_version()
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: real(self) + b"\n# edited\n" if self.resolve() == target else real(self))
    codehash.code_hash.cache_clear()
    assert pipeline.pipeline_version() != before


def test_sources_are_the_ingest_modules_and_data_files() -> None:
    sources = set(codehash.ingest_sources())
    for rel in ("core/text.py", "core/io.py", "core/paths.py", "corpus/schema.py", "corpus/gazetteer.py",
                "corpus/load.py", "__init__.py", "corpus/__init__.py"):
        assert PACKAGE / rel in sources, rel
    ingest = sorted((PACKAGE / "corpus" / "ingest").glob("*.py"))
    assert len(ingest) >= 16
    assert set(ingest) <= sources
    assert {p for p in sources if p.is_relative_to(DATA_DIR)} == {DATA_DIR / n for n in INGEST_DATA}


def test_analysis_modules_and_other_data_are_not_in_the_key() -> None:
    sources = set(codehash.ingest_sources())
    for rel in ("themes/models.py", "report/build.py", "phrases/match.py", "reading/kwic.py",
                "core/stopwords.py", "core/stats.py", "corpus/summaries.py", "data/slogans.toml",
                "data/stopwords_vi.txt", "data/geo/vn_provinces_63.geojson"):
        assert PACKAGE / rel not in sources, rel
    stages = {p.relative_to(PACKAGE).parts[0] for p in sources if len(p.relative_to(PACKAGE).parts) > 1}
    assert stages == {"core", "corpus", "data"}


def test_changing_any_source_changes_the_digest() -> None:
    sources = codehash.ingest_sources()
    libraries = codehash.ingest_distributions()
    base = codehash.source_digest(sources, libraries)
    assert base == codehash.code_hash()
    digests = {base}
    for path in sources:
        def edited(p: Path, path: Path = path) -> bytes:
            """One byte changed in the middle of ``path`` (same length), other files as they are."""
            data = p.read_bytes()
            if p != path:
                return data
            k = len(data) // 2
            return data[:k] + bytes([data[k] ^ 1]) + data[k + 1 :]

        digest = codehash.source_digest(sources, libraries, read=edited)
        assert digest not in digests, path  # changed, and unlike any other file's change
        digests.add(digest)
    for module in libraries:
        assert codehash.source_digest(sources, {**libraries, module: "0.0.0"}) not in digests, module
    assert len(digests) == len(sources) + 1


def test_library_versions_in_the_key() -> None:
    libraries = codehash.ingest_distributions()
    for module in ("underthesea", "vietnamadminunits", "dateparser", "trafilatura", "rapidfuzz", "pyarrow"):
        assert libraries[module] not in ("", "?"), module
    assert "sklearn" not in libraries and "matplotlib" not in libraries
    # the cluster extra sends the work elsewhere and computes nothing: with or without it, one key
    assert "distributed" not in libraries and "dask" not in libraries


def test_walk_reads_function_level_and_relative_imports() -> None:
    tree = ast.parse(
        "def f():\n"
        "    from danvan.core import text\n"
        "    try:\n"
        "        import underthesea.pipeline\n"
        "    except ImportError:\n"
        "        from .segment import tokenize\n"
    )
    found = set(codehash._imported("danvan.corpus.ingest.x", tree, is_package=False))
    assert {"danvan.core", "danvan.core.text", "underthesea.pipeline", "danvan.corpus.ingest.segment",
            "danvan.corpus.ingest.segment.tokenize"} <= found
    assert codehash.module_file("danvan.core.text") == PACKAGE / "core" / "text.py"
    assert codehash.module_file("danvan.core") == PACKAGE / "core" / "__init__.py"
    assert codehash.module_file("danvan.corpus.ingest.places.gazetteer") is None  # a function
    assert codehash.module_file("underthesea") is None


_TRACE = """
import json, sys
from pathlib import Path
opened = set()

def hook(event, args):
    if event == "open" and isinstance(args[0], str):
        opened.add(args[0])

sys.addaudithook(hook)
from danvan.corpus.load import load_corpus
load_corpus(Path(sys.argv[1]), out=Path(sys.argv[2]), progress=False)
modules = [getattr(m, "__file__", None) for n, m in list(sys.modules.items()) if n.split(".")[0] == "danvan"]
print(json.dumps({"modules": [m for m in modules if m], "opened": sorted(opened)}))
"""


def test_an_ingest_uses_only_what_the_key_covers(tmp_path: Path) -> None:
    """A real ingest of the sample corpus, in a fresh interpreter: every danvan module it imports
    and every package data file it opens is among the sources hashed."""
    run = subprocess.run([sys.executable, "-c", _TRACE, str(RAW), str(tmp_path / "out")], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    sources = set(codehash.ingest_sources())
    modules = {Path(m).resolve() for m in seen["modules"]}
    opened = {Path(p).resolve() for p in seen["opened"]}
    assert PACKAGE / "corpus" / "ingest" / "segment.py" in modules  # documents were processed
    assert modules - sources == set()
    data = {p for p in opened if p.is_relative_to(DATA_DIR)}
    assert data == {DATA_DIR / n for n in INGEST_DATA}
    assert data - sources == set()
    assert any("vietnamadminunits" in p.parts for p in opened)
