"""The Redis stream broker end to end: a task kicked by the app runs on a real worker from
Redis, and a message whose worker died before acknowledging it is redelivered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from taskiq_redis import RedisStreamBroker

from gurukul.core.tasks import TaskEngine, TaskRuntime
from gurukul.worker import create_task_engine
from tests.core.test_tasks import eventually, pending_row, processed

pytestmark = pytest.mark.anyio

# A message unacknowledged this long counts as abandoned (short, for the redelivery test).
REDELIVERY_AFTER = timedelta(milliseconds=200)


@pytest.fixture
def settings_overrides(redis_url: str, redis_prefix: str) -> dict[str, Any]:
    return {
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        "tasks_redelivery_after": REDELIVERY_AFTER,
    }


@pytest.fixture
async def engines(app: FastAPI) -> AsyncIterator[list[TaskEngine]]:
    """Task engines on the test's Redis stream, stopped and their keys removed afterwards."""
    made: list[TaskEngine] = []
    yield made
    for engine in made:
        await engine.stop()
    settings = app.state.settings
    client = aioredis.from_url(settings.redis_url)
    keys = [key async for key in client.scan_iter(f"{settings.redis_prefix}*")]
    keys += [key async for key in client.scan_iter(f"autoclaim:{settings.redis_prefix}*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


def runtime_of(app: FastAPI) -> TaskRuntime:
    return TaskRuntime(settings=app.state.settings, sessionmaker=app.state.sessionmaker)


class TestRedisEngine:
    async def test_a_kicked_task_runs_on_a_worker_through_redis(
        self, app: FastAPI, session: AsyncSession, engines: list[TaskEngine]
    ) -> None:
        producer, worker = (
            create_task_engine(app.state.settings),
            create_task_engine(app.state.settings),
        )
        engines += [producer, worker]
        message_id = await pending_row(session)
        await producer.start(runtime_of(app))  # the web app's side: it only sends
        await producer.kick("outbox.relay")
        assert not await processed(session, message_id)()  # nothing runs in the sender
        await worker.start(runtime_of(app))
        worker.start_worker()
        assert await eventually(processed(session, message_id))
        assert await eventually(lambda: self._acknowledged(producer))

    async def test_a_message_whose_worker_died_is_redelivered(
        self, app: FastAPI, session: AsyncSession, engines: list[TaskEngine]
    ) -> None:
        producer = create_task_engine(app.state.settings)
        engines.append(producer)
        message_id = await pending_row(session)
        await producer.start(runtime_of(app))
        await producer.kick("outbox.relay")
        broker = producer.broker
        assert isinstance(broker, RedisStreamBroker)
        client = aioredis.from_url(app.state.settings.redis_url)
        try:  # a worker takes the message and dies before acknowledging it
            taken = await client.xreadgroup(
                broker.consumer_group_name, "dead-worker", {broker.queue_name: ">"}, count=1
            )
        finally:
            await client.aclose()
        assert len(taken[0][1]) == 1
        assert not await self._acknowledged(producer)

        worker = create_task_engine(app.state.settings)
        engines.append(worker)
        await worker.start(runtime_of(app))
        worker.start_worker()
        # taskiq-redis re-claims messages idle longer than tasks_redelivery_after, after reading
        # new ones (the scheduler sends one every few seconds). This one does not touch the
        # outbox, so the row is processed only if the dead worker's relay message is redelivered.
        await asyncio.sleep(REDELIVERY_AFTER.total_seconds() + 0.05)
        await producer.kick("rankings.finalize_closed_windows")
        assert await eventually(processed(session, message_id))
        assert await eventually(lambda: self._acknowledged(producer))

    async def test_health_reports_the_stream(
        self, app: FastAPI, client: httpx.AsyncClient, engines: list[TaskEngine]
    ) -> None:
        engines.append(app.state.tasks)
        await app.state.tasks.start(runtime_of(app))
        response = await client.get("/api/health/detailed")
        tasks = response.json()["data"]["tasks"]
        assert response.status_code == 200
        assert tasks["status"] == "ok"
        assert tasks["detail"].startswith("redis stream: 0 entries, 0 unacknowledged")

    @staticmethod
    async def _acknowledged(engine: TaskEngine) -> bool:
        detail = await engine.check()
        return ", 0 unacknowledged" in detail
