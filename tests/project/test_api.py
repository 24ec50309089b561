"""The top-level API: every public name is a function or class, the same object on every access,
and importing danvan stays cheap (each check runs in a fresh interpreter)."""

from __future__ import annotations

import inspect
import subprocess
import sys

import danvan


def _fresh(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_each_public_name_is_the_same_object_on_first_and_second_access() -> None:
    code = ("import danvan\n"
            "for n in danvan.__all__[1:]:\n"
            "    a = getattr(danvan, n); b = getattr(danvan, n)\n"
            "    print(n, a is b, callable(a) and not type(a).__name__ == 'module')\n")
    lines = _fresh(code).splitlines()
    assert len(lines) == len(danvan.__all__) - 1
    assert all(line.endswith("True True") for line in lines), lines


def test_public_names_are_functions_or_classes_of_their_stage() -> None:
    for name in danvan.__all__[1:]:
        value = getattr(danvan, name)
        assert inspect.isfunction(value) or inspect.isclass(value), name
        assert value.__module__ == danvan._LAZY[name], name


def test_an_unknown_name_raises_attribute_error_every_time() -> None:
    out = _fresh("import danvan\n"
                 "for _ in range(2):\n"
                 "    try:\n        danvan.provenance\n    except AttributeError:\n        print('AE')\n")
    assert out.splitlines() == ["AE", "AE"]


def test_import_danvan_loads_no_heavy_module() -> None:
    out = _fresh("import sys, danvan\n"
                 "print(sorted(m for m in ('pandas', 'underthesea', 'sklearn', 'matplotlib') "
                 "if m in sys.modules))")
    assert out == "[]"
