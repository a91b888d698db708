"""The browser tests run in one worker under `--dist loadgroup` (tests/conftest.py): a
test reading what an earlier one in its module saved fails now and then when they are
spread. xdist 3.8 writes the group into a field that pytest 9.2 no longer reads
(pytest-xdist#1386), hence pytest < 9.2 in pyproject.toml; this test says when a new
pair of versions breaks it again."""

import pytest

pytestmark = pytest.mark.browser


def test_the_browser_tests_are_one_group_of_xdist(request):
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not an xdist worker of --dist loadgroup")
    assert request.node.nodeid.endswith("@browser"), "xdist did not group the browser tests: see this file's docstring"
