"""Rankings tests share a small bank and a five-item monthly blueprint."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import KindBlueprint, TestKind
from tests.assessments.test_service import build_bank


@pytest.fixture
async def bank(session: AsyncSession) -> list[uuid.UUID]:
    return await build_bank(session)


@pytest.fixture(autouse=True)
def small_monthly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        assessments_service.BLUEPRINTS,
        TestKind.monthly,
        KindBlueprint({"PHY": 3, "MATH": 2}, time_limit_s=3600),
    )
