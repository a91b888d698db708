"""The documentation says what the code does: its examples run, and every URL
parameter, page and path it should name is named."""

from __future__ import annotations

import re
import textwrap

import pytest
from paths import REPO

import jimo_data
from jimo_data.filters import FILTER_KEYS
from jimo_data.views import PAGES

README = (REPO / "README.md").read_text("utf-8")
ARCHITECTURE = (REPO / "docs" / "architecture.md").read_text("utf-8")
# A page's own options: `st.query_params.get("kwic"`, `page_option("role")`, `choice_param("per"`
_PAGE_OPTION = re.compile(r"""(?:query_params\.get(?:_all)?|choice_param|page_option)\(\s*["'](\w+)["']""")


def page_options() -> set[str]:
    views = REPO / "jimo_data" / "views"
    return {key for path in views.glob("*.py") for key in _PAGE_OPTION.findall(path.read_text("utf-8"))} - set(FILTER_KEYS)


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.S)


def test_readme_python_example_runs(monkeypatch):
    monkeypatch.chdir(REPO)
    (block,) = python_blocks(README)
    exec(compile(block, "README.md", "exec"), {})


def test_package_docstring_example_runs(monkeypatch):
    monkeypatch.chdir(REPO)
    example = [line for line in jimo_data.__doc__.splitlines() if line.startswith("    ")]
    assert example, "the package docstring has an indented example"
    exec(compile(textwrap.dedent("\n".join(example)), "jimo_data/__init__.py", "exec"), {})


def test_page_options_are_found():
    """The scan above sees the options the pages are known to take."""
    assert {"freq", "terms", "per", "measure", "kwic", "role", "status", "article", "page"} <= page_options()


@pytest.mark.parametrize("key", sorted(set(FILTER_KEYS) | page_options()))
def test_every_url_parameter_is_in_the_readme(key):
    assert f"`{key}`" in README or f"{key}=" in README


@pytest.mark.parametrize("module, url_path, label", PAGES)
def test_every_page_is_in_the_readme(module, url_path, label):
    assert f"`/{url_path}`" in README or (url_path == PAGES[0][1] and "`/`" in README)


def test_paths_named_in_the_architecture_map_exist():
    paths = set(re.findall(r"(?:jimo_data|tests|benchmarks|docs)/[\w/.-]*\w(?=[`\s),;:]|$)", ARCHITECTURE))
    assert len(paths) > 10
    missing = sorted(p for p in paths if not (REPO / p).exists())
    assert not missing


def test_a_label_defined_twice_is_an_error():
    from jimo_data.views.i18n import _read_labels

    with pytest.raises(ValueError, match="col_x is defined twice"):
        _read_labels("col_x  甲 | A\ncol_x  乙 | B")
