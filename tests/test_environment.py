"""environment.yml (for conda users) must pin exactly what pyproject.toml pins."""

from __future__ import annotations

import re
import tomllib

import yaml

from relations.config import PROJECT_ROOT


def _name(spec: str) -> str:
    return re.split(r"[=<>!~ ]", spec, maxsplit=1)[0].strip().lower().replace("_", "-")


def _pins_from_pyproject() -> dict[str, str]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + [
        s for group in project["optional-dependencies"].values() for s in group
    ]
    return {_name(s): s.split("==")[1] for s in specs}


def _pins_from_environment() -> dict[str, str]:
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text())
    pins: dict[str, str] = {}
    for entry in env["dependencies"]:
        specs = entry["pip"] if isinstance(entry, dict) else [entry]
        for spec in specs:
            if spec.startswith("-e") or _name(spec) in ("python", "pip"):
                continue
            version = spec.split("==")[1] if "==" in spec else spec.split("=")[1]
            pins[_name(spec)] = version
    return pins


def test_every_dependency_is_pinned_exactly() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    for spec in project["dependencies"]:
        assert "==" in spec, f"{spec} is not pinned with =="


def test_environment_yml_lists_the_same_packages_and_versions() -> None:
    assert _pins_from_environment() == _pins_from_pyproject()


def test_model_is_the_renamed_official_release() -> None:
    from relations.nlp import load_model

    meta = load_model().meta
    assert (meta["lang"], meta["version"]) == ("en", "3.8.0")
    assert meta["name"].startswith("core_web_sm")
