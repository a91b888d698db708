"""The layout's promises, checked on every module: the parser imports nothing else of
the project, and only the dashboard imports streamlit."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO

import jimo_data

PACKAGE = Path(jimo_data.__file__).parent


def modules() -> list[tuple[str, Path]]:
    found = [("jimo_data", PACKAGE / "__init__.py")]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="jimo_data."):
        spec = info.module_finder.find_spec(info.name.rsplit(".", 1)[-1])
        found.append((info.name, Path(spec.origin)))
    return found


def imported(name: str, path: Path) -> set[str]:
    """Absolute names of every module the file imports (relative imports resolved)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names |= {base} | {f"{base}.{alias.name}" for alias in node.names}
    return names


def test_the_walk_sees_every_layer():
    names = {name for name, _ in modules()}
    for expected in (
        "jimo_data.parsing.page",
        "jimo_data.ingest.snapshot",
        "jimo_data.analysis",
        "jimo_data.filters",
        "jimo_data.views.reader",
    ):
        assert any(name.startswith(expected) for name in names), expected


# What each layer may import of the project (docs/architecture.md): imports follow the data.
ALLOWED = {
    "jimo_data.parsing": {"jimo_data.parsing"},
    "jimo_data.tables": set(),
    "jimo_data.export": set(),
    "jimo_data.ingest": {"jimo_data.ingest", "jimo_data.parsing", "jimo_data.tables"},
    "jimo_data.corrections": {"jimo_data.parsing", "jimo_data.tables"},  # a corrected paper places bare titles
    "jimo_data.corpus": {"jimo_data.corrections", "jimo_data.ingest", "jimo_data.parsing", "jimo_data.tables"},
    "jimo_data.analysis": {"jimo_data.analysis", "jimo_data.parsing"},
    "jimo_data.filters": {"jimo_data.corpus", "jimo_data.analysis", "jimo_data.parsing"},  # a traditional spelling's suggestion
    "jimo_data.serving": {"jimo_data.serving", "jimo_data.analysis", "jimo_data.filters", "jimo_data.ingest", "jimo_data.tables"},
    "jimo_data.cli": {
        "jimo_data.analysis",
        "jimo_data.corpus",
        "jimo_data.corrections",
        "jimo_data.export",
        "jimo_data.filters",
        "jimo_data.ingest",  # `jimo ingest`: the Dask ingest into a store
        "jimo_data.serving",
        "jimo_data.tables",
    },
}


def layer(name: str) -> str | None:
    return next((prefix for prefix in ALLOWED if name == prefix or name.startswith(prefix + ".")), None)


@pytest.mark.parametrize("name, path", [m for m in modules() if layer(m[0])], ids=lambda v: str(v))
def test_each_layer_imports_only_the_layers_it_builds_on(name, path):
    project = {m for m in imported(name, path) if m.startswith("jimo_data.")}
    outside = {m for m in project if layer(m) not in ALLOWED[layer(name)]}
    assert not outside, f"{name} imports {outside}"


def test_the_parser_may_import_nothing_else():
    assert ALLOWED["jimo_data.parsing"] == {"jimo_data.parsing"}
    assert layer("jimo_data.parsing.page") == "jimo_data.parsing" and layer("jimo_data.parsers") is None


def test_imports_are_resolved_relative_to_their_package():
    """The checker itself: `from ..tables import X` in jimo_data.ingest.assemble is jimo_data.tables."""
    assert "jimo_data.tables" in imported("jimo_data.ingest.assemble", PACKAGE / "ingest" / "assemble.py")
    assert "jimo_data.parsing.text" in imported("jimo_data.parsing.masthead", PACKAGE / "parsing" / "masthead.py")


@pytest.mark.parametrize("name, path", [m for m in modules() if not m[0].startswith("jimo_data.views")], ids=lambda v: str(v))
def test_only_the_dashboard_imports_streamlit(name, path):
    assert not {m for m in imported(name, path) if m.split(".")[0] == "streamlit"}, name


def test_importing_the_core_loads_no_streamlit():
    core = [name for name, _ in modules() if not name.startswith("jimo_data.views") and name != "jimo_data.__main__"]
    code = f"import sys; import {', '.join(core)}; print('streamlit' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
