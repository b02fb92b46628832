"""Pooled PostgreSQL connections are pinged only after sitting idle, and a dead one is replaced."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from gurukul.core.config import Settings
from gurukul.core.db import create_engine

# SQLite has no server connection to go stale: PostgreSQL only.
pytestmark = [
    pytest.mark.anyio,
    pytest.mark.parametrize("database_url", ["postgresql"], indirect=True),
]


@pytest.fixture
def postgres_url(database_url: str) -> str:
    return database_url


def engine_for(url: str, idle_after_s: float) -> AsyncEngine:
    return create_engine(Settings(database_url=url, db_ping_after_idle_s=idle_after_s))


async def backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(sa.text("SELECT pg_backend_pid()")))


async def terminate(url: str, pid: int) -> None:
    admin = create_engine(Settings(database_url=url))
    try:
        async with admin.connect() as conn:
            assert await conn.scalar(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await admin.dispose()


def count_pings(engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    ping = engine.dialect.do_ping

    def counted(dbapi_connection: object) -> bool:
        pings.append(1)
        return ping(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    return pings


class TestIdlePing:
    async def test_a_connection_in_steady_use_is_not_pinged(
        self, postgres_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        engine = engine_for(postgres_url, idle_after_s=3600)
        pings = count_pings(engine, monkeypatch)
        try:
            first = await backend_pid(engine)
            second = await backend_pid(engine)
        finally:
            await engine.dispose()
        assert second == first  # the same pooled connection, reused
        assert pings == []

    async def test_an_idle_connection_is_pinged_before_use(
        self, postgres_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        engine = engine_for(postgres_url, idle_after_s=0)
        pings = count_pings(engine, monkeypatch)
        try:
            first = await backend_pid(engine)  # a new connection: nothing to ping
            assert pings == []
            assert await backend_pid(engine) == first
        finally:
            await engine.dispose()
        assert len(pings) == 1

    async def test_a_dead_idle_connection_is_replaced_before_the_request_sees_it(
        self, postgres_url: str
    ) -> None:
        engine = engine_for(postgres_url, idle_after_s=0)
        try:
            dead = await backend_pid(engine)
            await terminate(postgres_url, dead)  # a database restart, as the pool sees it
            replaced = await backend_pid(engine)
        finally:
            await engine.dispose()
        assert replaced != dead

    async def test_without_the_ping_the_dead_connection_fails_once_then_is_replaced(
        self, postgres_url: str
    ) -> None:
        engine = engine_for(postgres_url, idle_after_s=3600)
        try:
            dead = await backend_pid(engine)
            await terminate(postgres_url, dead)
            with pytest.raises(sa.exc.DBAPIError) as failed:
                await backend_pid(engine)
            assert failed.value.connection_invalidated
            assert await backend_pid(engine) != dead  # the pool was invalidated
        finally:
            await engine.dispose()
