from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

pytest_plugins = ["tests.fixtures.db", "tests.fixtures.app", "tests.fixtures.auth"]

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI a shared-data test may not skip: ../shared/data is always beside the checkout."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if IN_CI and report.skipped and item.get_closest_marker("shared_data") is not None:
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: shared-data test skipped in CI ({report.longrepr})"
