"""Steps of a flow (a class marked `incremental`) after a failed one are reported as not run, not as failures of their own."""

from __future__ import annotations

import pytest

_failed: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "incremental: the class's tests are steps of one flow, run in order")


def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> None:
    if "incremental" in item.keywords and call.excinfo is not None and not call.excinfo.errisinstance(pytest.skip.Exception):
        _failed.setdefault(str(item.parent.nodeid if item.parent else ""), item.name)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if "incremental" in item.keywords:
        failed = _failed.get(str(item.parent.nodeid if item.parent else ""))
        if failed is not None:
            pytest.xfail(f"an earlier step failed ({failed})")
