"""What the ingest's cache key covers: every danvan module the ingest runs, every data file it
reads and the versions of the libraries it imports, all derived from the code itself.

The modules are those reached from the ingest's entry modules (:data:`ENTRY_MODULES`) by their
import statements, read statically (function-level imports included, and the packages Python
executes on the way: ``danvan/corpus/__init__.py`` and what it imports). The data files are the
files of ``danvan/data`` whose names appear quoted in those modules (``data_rows("posts.txt")``).
``tests/corpus/test_cache_key.py`` runs an ingest and checks that every danvan module it imports
and every data file it opens is covered. Nothing else is: an edit to the analysis stages (themes,
report…) does not re-process a corpus. Parsing the modules takes some 50 ms, once per process.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path

from danvan.core.paths import DATA_DIR, PACKAGE_DIR

ENTRY_MODULES = ("danvan.corpus.ingest.pipeline", "danvan.corpus.ingest.document")
# read as data without being imported (danvan.corpus.gazetteer.package_data)
DATA_DISTRIBUTIONS = ("vietnamadminunits",)
# where the work runs, not what it computes: a corpus ingested on a Dask cluster, or on a machine
# without the cluster extra, keeps its cache (danvan.corpus.ingest.cluster)
DISPATCH = frozenset({"dask", "distributed"})


def module_file(name: str) -> Path | None:
    """The file of a danvan module or package (``danvan.core.text`` → ``danvan/core/text.py``),
    None for any other name (a function imported from a module, another package)."""
    parts = name.split(".")
    if parts[0] != "danvan":
        return None
    base = PACKAGE_DIR.joinpath(*parts[1:])
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    plain = base.parent / f"{base.name}.py"
    return plain if len(parts) > 1 and plain.is_file() else None


def _statements(body: list[ast.stmt]) -> Iterable[ast.AST]:
    """Every statement of a body, nested ones included (an import is never inside an expression;
    walking statements alone is several times faster than ``ast.walk``)."""
    for node in body:
        yield node
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            yield from _statements(getattr(node, name, []))


def _imported(name: str, tree: ast.Module, is_package: bool) -> Iterable[str]:
    """Every module name an import statement anywhere in a module names (for ``from m import
    x``: ``m`` and ``m.x``, which may or may not be a module)."""
    package = name if is_package else name.rpartition(".")[0]
    for node in _statements(tree.body):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield base
            yield from (f"{base}.{a.name}" for a in node.names)


def _with_parents(name: str) -> list[str]:
    """``danvan.a.b`` → ``danvan``, ``danvan.a``, ``danvan.a.b`` (importing one runs them all)."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


@lru_cache(maxsize=8)
def _walk(entries: tuple[str, ...] = ENTRY_MODULES
          ) -> tuple[tuple[Path, ...], tuple[str, ...], tuple[Path, ...]]:
    """(module files, third-party top-level modules, data files) the ``entries`` reach (by
    default: the ingest's)."""
    stdlib = sys.stdlib_module_names
    data = {f: f.relative_to(DATA_DIR).as_posix() for f in DATA_DIR.rglob("*") if f.is_file()}
    todo = [m for entry in entries for m in _with_parents(entry)]
    seen: dict[str, Path] = {}
    libraries: set[str] = set()
    named: set[Path] = set()
    while todo:
        name = todo.pop()
        path = module_file(name)
        if name in seen or path is None:
            continue
        seen[name] = path
        source = path.read_text(encoding="utf-8")
        for target in _imported(name, ast.parse(source, str(path)), path.name == "__init__.py"):
            top = target.split(".")[0]
            if top == "danvan":
                todo += _with_parents(target)
            elif top and top not in stdlib and top not in DISPATCH:
                libraries.add(top)
        named.update(f for f, rel in data.items() if f'"{rel}"' in source or f"'{rel}'" in source)
    return tuple(sorted(seen.values())), tuple(sorted(libraries)), tuple(sorted(named))


def ingest_sources() -> list[Path]:
    """The files the ingest's cache key hashes: its danvan modules, then its data files."""
    modules, _, data = _walk()
    return [*modules, *data]


def _distribution_version(module: str) -> str:
    """The installed version of the distribution providing a top-level module (``?`` if none)."""
    try:
        return version(module)
    except PackageNotFoundError:
        dists = packages_distributions().get(module, [])
        return ",".join(sorted(version(d) for d in dists)) or "?"


def ingest_distributions() -> dict[str, str]:
    """Top-level module → installed version, for each library the ingest imports or reads."""
    _, libraries, _ = _walk()
    return {m: _distribution_version(m) for m in sorted({*libraries, *DATA_DISTRIBUTIONS})}


def _label(path: Path) -> str:
    return path.relative_to(PACKAGE_DIR.parent).as_posix()


def source_digest(
    sources: Iterable[Path],
    distributions: Mapping[str, str],
    read: Callable[[Path], bytes] = lambda p: p.read_bytes(),
) -> str:
    """Short hash of the sources' names and bytes (each as ``read`` gives them) and the versions."""
    h = hashlib.sha256()
    for path in sources:
        data = read(path)
        h.update(f"{_label(path)}\0{len(data)}\0".encode())
        h.update(data)
    for module, v in sorted(distributions.items()):
        h.update(f"{module}=={v}\n".encode())
    return h.hexdigest()[:10]


@lru_cache(maxsize=1)
def code_hash() -> str:
    """Hash of the ingest's code, data files and libraries: any change re-processes everything."""
    return source_digest(ingest_sources(), ingest_distributions())


@lru_cache(maxsize=16)
def modules_hash(*entries: str) -> str:
    """The same hash for any danvan modules (``danvan.phrases.hits``): the code, data files and
    libraries they reach, for a cache of what they compute."""
    modules, libraries, data = _walk(tuple(entries))
    return source_digest([*modules, *data], {m: _distribution_version(m) for m in libraries})
