"""Rankings tests share a small bank and a five-item monthly blueprint."""

from __future__ import annotations

import pytest

from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import KindBlueprint, TestKind
from tests.assessments.conftest import bank  # noqa: F401  (a fixture, shared)


@pytest.fixture(autouse=True)
def small_monthly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        assessments_service.BLUEPRINTS,
        TestKind.monthly,
        KindBlueprint({"PHY": 3, "MATH": 2}, time_limit_s=3600),
    )
