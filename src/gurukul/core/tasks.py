"""The task engine wiring: taskiq brokers, the outbox handler registry, periodic jobs.

Domains declare their work in `<domain>/tasks.py` with two decorators and never touch taskiq:

- `@outbox_handler("topic")` on `async def handle(session, payload, *, now)`: delivers one
  outbox row. It runs in the relay's transaction, which also marks the row processed, so its
  database effects happen exactly once; anything outside the database (a log line, a push)
  may repeat after a crash (at least once), so handlers are idempotent.
- `@periodic("name", cron=... | every=...)` on `async def job(runtime)`: a scheduled job.

`TaskEngine` turns those into taskiq tasks on one of two brokers, chosen by settings only:
in-process (`InMemoryBroker`, the embedded default: the app's lifespan runs the scheduler loop
and the tasks in the web process) or a Redis stream (`gurukul worker` processes consume it with
acknowledgements, `gurukul scheduler` kicks the periodic jobs). A message whose worker died
before acknowledging it is claimed by another worker after `tasks_redelivery_after`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

import sqlalchemy as sa
import structlog
from redis.asyncio import Redis
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column
from taskiq import (
    AcknowledgeType,
    AsyncBroker,
    Context,
    InMemoryBroker,
    TaskiqDepends,
    TaskiqScheduler,
)
from taskiq.api import run_receiver_task, run_scheduler_task
from taskiq.schedule_sources import LabelScheduleSource
from taskiq_redis import RedisStreamBroker

from gurukul.core.config import Settings
from gurukul.core.db import Base
from gurukul.core.time import utc_now

log = structlog.get_logger("gurukul.tasks")

# How long shutdown waits for in-process tasks to finish before cancelling them.
SHUTDOWN_GRACE_S = 10.0
# A worker runs this many tasks at once; each holds at most one database connection.
WORKER_CONCURRENCY = 8
# Bounds the task stream: acknowledged entries are trimmed; the outbox is the durable record.
STREAM_MAXLEN = 100_000
# taskiq-redis serialises its re-claim of unacknowledged messages with a Redis lock; without
# a timeout a worker killed while holding it would stop re-delivery for everyone.
RECLAIM_LOCK_TIMEOUT_S = 30.0


class OutboxHandler(Protocol):
    async def __call__(
        self, session: AsyncSession, payload: dict[str, Any], *, now: datetime
    ) -> None: ...


class Defer(Exception):
    """Raised by an outbox handler whose message is not due yet (a window still open).

    The relay leaves the row pending until `until` and does not count the attempt.
    """

    def __init__(self, until: datetime) -> None:
        super().__init__(f"deferred until {until.isoformat()}")
        self.until = until


@dataclass(frozen=True)
class TaskRuntime:
    """What a task needs: settings, a database, a clock (injected in tests)."""

    settings: Settings
    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Callable[[], datetime] = utc_now


Job = Callable[[TaskRuntime], Awaitable[Any]]


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    func: Job
    cron: str | None = None
    every: Callable[[Settings], timedelta] | None = None

    def schedule(self, settings: Settings) -> dict[str, Any]:
        if self.cron is not None:
            return {"cron": self.cron, "schedule_id": self.name}
        assert self.every is not None
        seconds = max(1, int(self.every(settings).total_seconds()))
        return {"interval": seconds, "schedule_id": self.name}


@dataclass
class TaskRegistry:
    """Filled at import time by the domains' tasks.py (see gurukul/worker.py)."""

    handlers: dict[str, OutboxHandler] = field(default_factory=dict)
    jobs: dict[str, PeriodicJob] = field(default_factory=dict)

    def outbox_handler(self, topic: str) -> Callable[[OutboxHandler], OutboxHandler]:
        def register(func: OutboxHandler) -> OutboxHandler:
            if topic in self.handlers and self.handlers[topic] is not func:
                raise ValueError(f"outbox topic {topic!r} already has a handler")
            self.handlers[topic] = func
            return func

        return register

    def periodic(
        self,
        name: str,
        *,
        cron: str | None = None,
        every: Callable[[Settings], timedelta] | None = None,
    ) -> Callable[[Job], Job]:
        """Register a scheduled job.

        Args:
            name: the dotted task name (`rankings.finalize_closed_windows`).
            cron: a cron line in UTC (minute resolution).
            every: the interval, read from the settings when the broker is built.
        """
        if (cron is None) == (every is None):
            raise ValueError("a periodic job takes exactly one of cron= and every=")

        def register(func: Job) -> Job:
            self.jobs[name] = PeriodicJob(name, func, cron=cron, every=every)
            return func

        return register


registry = TaskRegistry()
outbox_handler = registry.outbox_handler
periodic = registry.periodic


# --- scheduled-job guard --------------------------------------------------------------------


class JobRun(Base):
    """One row per guarded job key: a database-side mutex and the time it last ran.

    Two schedulers (or a scheduler and a relay) may start the same job at once; the job's
    transaction updates this row first, so the second waits for the first to commit and then
    sees its work done (READ COMMITTED reads afresh per statement; SQLite has one writer).
    """

    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(sa.String(120), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(nullable=False)


async def hold_job_lock(session: AsyncSession, name: str, *, now: datetime) -> None:
    """Take the job's row lock until the session's transaction ends.

    Args:
        session: the unit of work the job's effects are written in.
        name: the job key, e.g. `rankings.finalize:2026-11`.
        now: recorded as the job's last run.
    """
    stamp = sa.update(JobRun).where(JobRun.name == name).values(last_run_at=now)
    result = await session.execute(stamp.execution_options(synchronize_session=False))
    if getattr(result, "rowcount", 0) == 1:
        return
    try:
        async with session.begin_nested():
            session.add(JobRun(name=name, last_run_at=now))
            await session.flush()
    except IntegrityError:  # created meanwhile by a racing job, which has committed by now
        await session.execute(stamp.execution_options(synchronize_session=False))


# --- the engine -----------------------------------------------------------------------------


def _as_task(job: PeriodicJob) -> Callable[..., Awaitable[Any]]:
    """A taskiq function for a job: it finds the runtime on the broker's state."""

    async def run(context: Context = TaskiqDepends()) -> Any:
        runtime: TaskRuntime = context.state.runtime
        return await job.func(runtime)

    run.__name__ = run.__qualname__ = job.name.replace(".", "_")
    run.__doc__ = job.func.__doc__
    return run


def create_broker(settings: Settings, jobs: Mapping[str, PeriodicJob]) -> AsyncBroker:
    """A Redis stream broker when a tasks Redis is configured, else the in-process one.

    Args:
        settings: `resolved_tasks_redis_url` picks the broker; `redis_prefix` names the stream.
        jobs: the periodic jobs to register, with their schedules as taskiq labels.
    """
    url = settings.resolved_tasks_redis_url
    broker: AsyncBroker
    if url:
        broker = RedisStreamBroker(
            url,
            queue_name=f"{settings.redis_prefix}tasks",
            consumer_group_name=f"{settings.redis_prefix}workers",
            # "0": a group created after messages were queued still delivers them.
            consumer_id="0",
            maxlen=STREAM_MAXLEN,
            idle_timeout=int(settings.tasks_redelivery_after.total_seconds() * 1000),
            unacknowledged_lock_timeout=RECLAIM_LOCK_TIMEOUT_S,
        )
    else:
        broker = InMemoryBroker(max_stored_results=100)
    for job in jobs.values():
        broker.register_task(_as_task(job), task_name=job.name, schedule=[job.schedule(settings)])
    return broker


class TaskEngine:
    """The broker plus what runs around it in this process (scheduler loop, receiver)."""

    def __init__(self, settings: Settings, jobs: Mapping[str, PeriodicJob]) -> None:
        self.settings = settings
        self.broker = create_broker(settings, jobs)
        self.embedded = isinstance(self.broker, InMemoryBroker)
        self._background: list[asyncio.Task[None]] = []
        self.started = False

    @property
    def mode(self) -> str:
        return "in-process" if self.embedded else "redis"

    async def start(self, runtime: TaskRuntime, *, run_scheduler: bool = False) -> None:
        """Connect the broker; with `run_scheduler`, also kick periodic jobs from here.

        Args:
            runtime: handed to every task through the broker's state.
            run_scheduler: true in the embedded web process and in `gurukul scheduler`.
        """
        self.broker.state.runtime = runtime
        await self.broker.startup()
        self.started = True
        if run_scheduler:
            scheduler = TaskiqScheduler(self.broker, [LabelScheduleSource(self.broker)])
            self._spawn(run_scheduler_task(scheduler), "scheduler")
        log.info("gurukul.tasks.started", mode=self.mode, scheduler=run_scheduler)

    async def run_worker(self) -> None:
        """Consume the Redis stream until cancelled (the `gurukul worker` process)."""
        await run_receiver_task(
            self.broker,
            run_startup=False,
            max_async_tasks=WORKER_CONCURRENCY,
            ack_time=AcknowledgeType.WHEN_EXECUTED,
        )

    def start_worker(self) -> None:
        """Consume in a background task of this process (tests, a single-machine setup)."""
        self._spawn(self.run_worker(), "worker")

    def _spawn(self, coroutine: Awaitable[None], name: str) -> None:
        task = asyncio.ensure_future(coroutine)
        task.set_name(f"gurukul-tasks-{name}")
        self._background.append(task)

    async def wait(self) -> None:
        """Until the background tasks end (they run until cancelled)."""
        await asyncio.gather(*self._background)

    async def kick(self, name: str) -> None:
        """Queue one run of a registered task now."""
        task = self.broker.find_task(name)
        if task is None:
            raise LookupError(f"no task named {name!r}")
        await task.kiq()

    async def stop(self) -> None:
        for task in self._background:
            task.cancel()
        for task in self._background:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._background.clear()
        if isinstance(self.broker, InMemoryBroker):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.broker.wait_all(), SHUTDOWN_GRACE_S)
        if self.started:
            await self.broker.shutdown()
        self.started = False

    async def check(self) -> str:
        """A one-line status for /api/health/detailed; raises when the engine is unwell."""
        dead = [t.get_name() for t in self._background if t.done()]
        if dead:
            raise RuntimeError(f"background task stopped: {', '.join(dead)}")
        if self.embedded:
            return "in-process" + (", scheduler running" if self._background else "")
        assert isinstance(self.broker, RedisStreamBroker)
        started = time.perf_counter()
        async with Redis(connection_pool=self.broker.connection_pool) as redis:
            await redis.ping()
            queued = await redis.xlen(self.broker.queue_name)
            groups = await redis.xinfo_groups(self.broker.queue_name)
        group = self.broker.consumer_group_name.encode()
        pending = sum(
            int(g.get("pending", 0)) for g in groups if g.get("name") in (group, group.decode())
        )
        ms = (time.perf_counter() - started) * 1000
        return f"redis stream: {queued} entries, {pending} unacknowledged (ping {ms:.1f} ms)"
