"""pyproject.toml and environment.yml pin the same packages at the same versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from project_paths import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([0-9][\w.\-+]*)$")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_pins(path: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    project = tomllib.loads(path.read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    pins = {}
    for spec in specs:
        m = PIN.match(spec.replace(" ", ""))
        assert m, f"pyproject.toml: {spec!r} is not pinned exactly (name==version)"
        pins[_key(m.group(1))] = m.group(2)
    return pins


def environment_pins(path: Path = ROOT / "environment.yml") -> dict[str, str]:
    env = yaml.safe_load(path.read_text(encoding="utf-8"))
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for spec in dep.get("pip", []):
                if spec.startswith("-e") or spec == ".":
                    continue
                m = PIN.match(spec.replace(" ", ""))
                assert m, f"environment.yml: {spec!r} is not pinned exactly (name==version)"
                pins[_key(m.group(1))] = m.group(2)
        elif not dep.startswith(("python", "pip")):
            m = re.match(r"^([\w.\-]+)=+([0-9][\w.\-+]*)$", dep)
            assert m, f"environment.yml: {dep!r} is not pinned exactly (name=version)"
            pins[_key(m.group(1))] = m.group(2)
    return pins


def test_pins_agree() -> None:
    assert pyproject_pins() == environment_pins()


def test_named_packages_are_pinned() -> None:
    pins = pyproject_pins()
    for name in ("jupyterlab", "pandas", "matplotlib", "underthesea", "scikit-learn"):
        assert name in pins
    assert pins["underthesea"] == "9.5.0"


def test_environment_is_binder_ready() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    assert "python=3.11" in env["dependencies"]


def test_check_fails_on_disagreement(tmp_path: Path) -> None:
    """The check is not vacuous: a changed pin or a missing package is caught."""
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    bumped = tmp_path / "environment.yml"
    bumped.write_text(text.replace("pandas==", "pandas==0.0.0+"), encoding="utf-8")
    assert environment_pins(bumped) != pyproject_pins()
    dropped = tmp_path / "env2.yml"
    dropped.write_text(
        "\n".join(ln for ln in text.splitlines() if "scikit-learn" not in ln), encoding="utf-8"
    )
    assert environment_pins(dropped) != pyproject_pins()
