"""Assessments tests share a small published bank and a signed-in student."""

from __future__ import annotations

import uuid

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.principal import Role
from tests.assessments.test_service import build_bank
from tests.fixtures.auth import auth_headers, create_user


@pytest.fixture
async def bank(session: AsyncSession) -> list[uuid.UUID]:
    return await build_bank(session)


@pytest.fixture
async def student(app: FastAPI, session: AsyncSession) -> dict[str, str]:
    """A new student's bearer headers."""
    return await auth_headers(app, await create_user(session, Role.student))
