"""Dependency aliases shared by every domain: the database session and settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.config import Settings
from gurukul.core.routing import SESSION_STATE_KEY
from gurukul.core.time import utc_now


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's session; AutoCommitAPIRoute commits it before the response is sent."""
    async with request.app.state.sessionmaker() as session:
        setattr(request.state, SESSION_STATE_KEY, session)
        yield session


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_now() -> datetime:
    """The request's clock; tests replace it through app.dependency_overrides[get_now]."""
    return utc_now()


SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ClockDep = Annotated[datetime, Depends(get_now)]
