"""The mutation check (check_rules.py) stays runnable: every mutation names text that
occurs exactly once in its module, and changes it."""

from __future__ import annotations

import pytest
from check_rules import REPO, load

MUTATIONS = load([])


def test_there_are_mutations_for_every_module_with_rules():
    modules = {m["module"] for m in MUTATIONS}
    assert {"decode", "text", "masthead", "layout", "bylines", "dates", "officials", "projects", "terms", "page", "publications"} <= modules


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: f"{m['module']}: {m['rule']}")
def test_each_mutation_applies_to_exactly_one_place(mutation):
    source = (REPO / "jimo_data" / "parsing" / f"{mutation['module']}.py").read_text("utf-8")
    assert source.count(mutation["old"]) == 1
    assert mutation["new"] != mutation["old"] and mutation["rule"]
