"""The task engine: broker choice from settings, the embedded app running the relay in its
lifespan, and the Redis stream broker end to end (a real worker, acknowledgements, redelivery
of a message whose worker died)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from taskiq import InMemoryBroker
from taskiq_redis import RedisStreamBroker

from gurukul.assessments.models import OutboxMessage
from gurukul.assessments.repository import OutboxRepository
from gurukul.core.config import Settings
from gurukul.core.tasks import JobRun, TaskRegistry, hold_job_lock
from gurukul.core.time import utc_now
from gurukul.worker import create_task_engine
from tests.fixtures.app import make_settings
from tests.fixtures.builders import fetch

pytestmark = pytest.mark.anyio

# Generous bound for work that normally finishes in well under a second; polled, not slept.
SETTLE_S = 15.0


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    return make_settings(f"sqlite+aiosqlite:///{tmp_path}/unused.db", tmp_path, **overrides)


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = SETTLE_S) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await check():
            return True
        await asyncio.sleep(0.05)
    return await check()


async def pending_row(session: AsyncSession) -> uuid.UUID:
    message = OutboxRepository.from_session(session).record(
        "analytics.attempt_scored",
        {
            "attempt_id": str(uuid.uuid4()),
            "student_id": str(uuid.uuid4()),
            "test_id": str(uuid.uuid4()),
            "kind": "weekly",
            "score": 12.0,
        },
        now=utc_now(),
    )
    await session.commit()
    return message.id


def processed(session: AsyncSession, message_id: uuid.UUID) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        row = await fetch(session, OutboxMessage, message_id)
        return row is not None and row.processed_at is not None

    return check


class TestBrokerChoice:
    def test_no_redis_means_in_process(self, tmp_path: Path) -> None:
        engine = create_task_engine(settings_for(tmp_path))
        assert isinstance(engine.broker, InMemoryBroker)
        assert (engine.embedded, engine.mode) == (True, "in-process")

    def test_redis_url_means_a_stream_named_by_the_prefix(self, tmp_path: Path) -> None:
        settings = settings_for(tmp_path, redis_url="redis://cache:6379/0", redis_prefix="g1:")
        engine = create_task_engine(settings)
        assert isinstance(engine.broker, RedisStreamBroker)
        assert (engine.broker.queue_name, engine.broker.consumer_group_name) == (
            "g1:tasks",
            "g1:workers",
        )
        assert engine.mode == "redis"

    def test_a_dedicated_tasks_redis_wins(self, tmp_path: Path) -> None:
        settings = settings_for(
            tmp_path, redis_url="redis://cache:6379/0", tasks_redis_url="redis://queue:6379/1"
        )
        broker = create_task_engine(settings).broker
        assert isinstance(broker, RedisStreamBroker)
        assert broker.connection_pool.connection_kwargs["host"] == "queue"

    def test_periodic_jobs_carry_their_schedules(self, tmp_path: Path) -> None:
        settings = settings_for(tmp_path, outbox_relay_interval=timedelta(seconds=7))
        tasks = create_task_engine(settings).broker.get_all_tasks()
        assert tasks["outbox.relay"].labels["schedule"] == [
            {"interval": 7, "schedule_id": "outbox.relay"}
        ]
        assert tasks["rankings.finalize_closed_windows"].labels["schedule"] == [
            {"cron": "* * * * *", "schedule_id": "rankings.finalize_closed_windows"}
        ]


class TestRegistry:
    def test_a_topic_has_one_handler(self) -> None:
        registry = TaskRegistry()

        async def first(session: AsyncSession, payload: dict[str, Any], *, now: Any) -> None:
            return None

        async def second(session: AsyncSession, payload: dict[str, Any], *, now: Any) -> None:
            return None

        registry.outbox_handler("x.y")(first)
        with pytest.raises(ValueError, match="already has a handler"):
            registry.outbox_handler("x.y")(second)
        assert registry.handlers == {"x.y": first}

    def test_a_periodic_job_needs_exactly_one_schedule(self) -> None:
        registry = TaskRegistry()
        with pytest.raises(ValueError, match="exactly one"):
            registry.periodic("a.b")
        with pytest.raises(ValueError, match="exactly one"):
            registry.periodic("a.b", cron="* * * * *", every=lambda s: timedelta(seconds=1))
        assert registry.jobs == {}


class TestJobLock:
    async def test_creates_then_restamps_the_row(self, session: AsyncSession) -> None:
        first = utc_now()
        await hold_job_lock(session, "demo.job", now=first)
        await session.commit()
        later = first + timedelta(minutes=1)
        await hold_job_lock(session, "demo.job", now=later)
        await session.commit()
        row = await fetch(session, JobRun, "demo.job")
        assert row is not None
        assert row.last_run_at == later


class TestEmbeddedEngine:
    async def test_the_app_lifespan_relays_in_process_and_reports_it(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        message_id = await pending_row(session)
        async with app.router.lifespan_context(app):
            assert await eventually(processed(session, message_id))
            health = (await client.get("/api/health/detailed")).json()["data"]["tasks"]
            assert health["status"] == "ok"
            assert health["detail"] == "in-process, scheduler running"
        assert app.state.tasks.started is False

    async def test_health_without_a_lifespan_says_idle(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/health/detailed")
        assert response.status_code == 200
        assert response.json()["data"]["tasks"] == {
            "status": "idle",
            "latency_ms": None,
            "detail": "in-process, not started",
        }
