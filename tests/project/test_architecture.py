"""The package's layout is its data flow: a stage imports only from the stages before it, and no
module takes part in an import cycle (function-level imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

from project_paths import ROOT

PACKAGE = ROOT / "danvan"
# stage -> rank; a module may import modules of its own rank or lower ones only
RANKS = {"core": 0, "corpus": 1, "phrases": 2, "reading": 3, "themes": 4, "compare": 4,
         "plots": 5, "report": 6, "cli": 7, "__main__": 7}
LOWER_STAGES = {"core", "corpus"}
ANALYSES_AND_UP = {"phrases", "reading", "themes", "compare", "plots", "report", "cli"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The danvan module that an import of ``name`` loads (a package's ``__init__`` or a module)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    """Module -> danvan modules it imports, anywhere in its body (``from danvan import
    __version__`` excepted: the root package holds only the version and lazy names)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found: list[str] = []
            if isinstance(node, ast.Import):
                found = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                    + ([base] if base else []))
                found = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                         for a in node.names]
            for target in found:
                if target.split(".")[0] == "danvan" and target != "danvan":
                    resolved = _resolve(target, modules)
                    if resolved and resolved != name:
                        targets.add(resolved)
        graph[name] = targets
    return graph


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "danvan"


def test_graph_sees_function_level_and_relative_imports() -> None:
    graph = import_graph()
    assert "danvan.corpus.ingest.document" in graph["danvan.corpus.ingest.pipeline"]  # in a function
    assert "danvan.core.text" in graph["danvan.corpus.ingest.segment"]
    assert len(graph) >= 60


def test_no_stage_imports_a_later_stage() -> None:
    graph = import_graph()
    bad = [f"{src} imports {dst}" for src, targets in graph.items() for dst in targets
           if stage(src) in RANKS and stage(dst) in RANKS and RANKS[stage(dst)] > RANKS[stage(src)]]
    assert bad == []


def test_core_and_corpus_import_no_analysis_or_report() -> None:
    graph = import_graph()
    bad = [f"{src} imports {dst}" for src, targets in graph.items() if stage(src) in LOWER_STAGES
           for dst in targets if stage(dst) in ANALYSES_AND_UP]
    assert bad == []
    core = [f"{src} imports {dst}" for src, targets in graph.items() if stage(src) == "core"
            for dst in targets if stage(dst) != "core"]
    assert core == []


def test_every_module_belongs_to_a_stage() -> None:
    stray = [m for m in import_graph() if stage(m) not in RANKS and m != "danvan"]
    assert stray == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle() -> None:
    assert _cycles(import_graph()) == []
