"""The outbox relay on both databases: delivery once per success, retries with backoff, giving
up with the error kept, crashes re-driven after the lease, concurrent relays (SKIP LOCKED)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import Counter
from collections.abc import Iterator, MutableMapping
from datetime import datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
import structlog
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession
from structlog.testing import capture_logs

from gurukul.assessments.models import OutboxMessage
from gurukul.assessments.repository import OutboxRepository
from gurukul.assessments.tasks import relay_outbox, retry_delay
from gurukul.core.tasks import Defer, OutboxHandler, TaskRuntime
from gurukul.core.time import utc_now
from tests.assessments.test_service import build_bank, new_student, submission, submit, weekly
from tests.fixtures.auth import Clock
from tests.fixtures.builders import count_rows, fetch, scalars

pytestmark = pytest.mark.anyio

TOPIC = "test.echo"


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {
        "outbox_batch_size": 5,
        "outbox_max_attempts": 3,
        "outbox_retry_base": timedelta(seconds=30),
        "outbox_retry_max": timedelta(minutes=10),
        "outbox_lease": timedelta(minutes=5),
    }


@pytest.fixture
def clock() -> Clock:
    return Clock(utc_now())


@pytest.fixture
def runtime(app: FastAPI, clock: Clock) -> TaskRuntime:
    return TaskRuntime(
        settings=app.state.settings, sessionmaker=app.state.sessionmaker, clock=clock
    )


@pytest.fixture
def info_logs() -> Iterator[list[MutableMapping[str, Any]]]:
    """Every log event at INFO and above, whatever level the app under test logs at."""
    before = structlog.get_config()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.INFO))
    try:
        with capture_logs() as logs:
            yield logs
    finally:
        structlog.configure(**before)


class Recorder:
    """A real handler that remembers what it delivered (and can be told to fail)."""

    def __init__(self, fail_with: BaseException | None = None, pause: float = 0.0) -> None:
        self.seen: list[str] = []
        self.fail_with = fail_with
        self.pause = pause

    async def __call__(
        self, session: AsyncSession, payload: dict[str, Any], *, now: datetime
    ) -> None:
        if self.pause:
            await asyncio.sleep(self.pause)
        if self.fail_with is not None:
            # Written before failing: the relay must roll it back with the handler.
            OutboxRepository.from_session(session).record("test.side_effect", {}, now=now)
            raise self.fail_with
        self.seen.append(payload["n"])


async def record(
    session: AsyncSession, count: int, *, now: datetime, topic: str = TOPIC
) -> list[uuid.UUID]:
    outbox = OutboxRepository.from_session(session)
    messages = [outbox.record(topic, {"n": f"m{i}"}, now=now) for i in range(count)]
    await session.commit()
    return [m.id for m in messages]


async def row(session: AsyncSession, message_id: uuid.UUID) -> OutboxMessage:
    message = await fetch(session, OutboxMessage, message_id)
    assert message is not None
    return message


class TestRetryDelay:
    def test_doubles_from_the_base_up_to_the_cap(self) -> None:
        base, cap = timedelta(seconds=30), timedelta(minutes=3)
        delays = [retry_delay(n, base=base, cap=cap) for n in range(1, 6)]
        assert delays == [base, 2 * base, 4 * base, cap, cap]


class TestRelayDelivers:
    async def test_each_pending_row_is_delivered_once(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        ids = await record(session, 7, now=clock.now)  # more than one batch of 5
        handler = Recorder()
        report = await relay_outbox(runtime, handlers={TOPIC: handler})
        assert report.processed == 7
        assert sorted(handler.seen) == sorted(f"m{i}" for i in range(7))
        for message_id in ids:
            message = await row(session, message_id)
            assert (message.processed_at, message.attempts, message.last_error) == (
                clock.now,
                1,
                None,
            )
        again = await relay_outbox(runtime, handlers={TOPIC: handler})
        assert again.claimed == 0
        assert len(handler.seen) == 7

    async def test_submit_follow_ups_reach_analytics_and_notifications(
        self,
        session: AsyncSession,
        runtime: TaskRuntime,
        clock: Clock,
        info_logs: list[MutableMapping[str, Any]],
    ) -> None:
        await build_bank(session)
        student = await new_student(session)
        served = await weekly(session, student)
        await submit(session, student, await submission(session, served))
        clock.now = utc_now()
        report = await relay_outbox(runtime)  # the handlers the domains registered
        logs = info_logs
        assert report.processed == 2
        events = Counter(entry["event"] for entry in logs)
        assert events["gurukul.analytics.attempt_scored"] == 1
        assert events["gurukul.notifications.result_ready"] == 1
        scored = next(e for e in logs if e["event"] == "gurukul.analytics.attempt_scored")
        assert scored["attempt_id"] == str(served.attempt_id)
        assert await count_rows(session, OutboxMessage, OutboxMessage.processed_at.is_(None)) == 0


class TestRelayFailures:
    async def test_failing_handler_retries_with_backoff_then_gives_up_keeping_the_error(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        (message_id,) = await record(session, 1, now=clock.now)
        handler = Recorder(fail_with=RuntimeError("smtp down"))
        start = clock.now

        first = await relay_outbox(runtime, handlers={TOPIC: handler})
        assert first.retried == 1
        message = await row(session, message_id)
        assert message.attempts == 1
        assert message.next_attempt_at == start + timedelta(seconds=30)
        assert message.last_error == "RuntimeError: smtp down"
        assert (message.processed_at, message.failed_at) == (None, None)

        clock.advance(timedelta(seconds=29))  # not due yet: nothing claimed
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).claimed == 0

        clock.now = start + timedelta(seconds=30)
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).retried == 1
        assert (await row(session, message_id)).next_attempt_at == clock.now + timedelta(seconds=60)

        clock.advance(timedelta(seconds=60))
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).failed == 1
        message = await row(session, message_id)
        assert message.attempts == 3
        assert message.failed_at == clock.now
        assert message.next_attempt_at is None
        assert message.processed_at is None
        assert message.last_error == "RuntimeError: smtp down"

        clock.advance(timedelta(days=1))  # given up: never claimed again, still kept
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).claimed == 0
        assert await count_rows(session, OutboxMessage) == 1  # the side effect rolled back

    async def test_unknown_topic_is_recorded_as_a_failure_and_others_proceed(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        (orphan,) = await record(session, 1, now=clock.now, topic="nobody.listens")
        clock.advance(timedelta(seconds=1))
        await record(session, 2, now=clock.now)
        handler = Recorder()
        report = await relay_outbox(runtime, handlers={TOPIC: handler})
        assert (report.processed, report.retried) == (2, 1)
        message = await row(session, orphan)
        assert message.last_error == "UnknownTopic: no handler for topic 'nobody.listens'"
        assert message.processed_at is None
        assert message.attempts == 1

    async def test_deferred_row_waits_without_spending_an_attempt(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        (message_id,) = await record(session, 1, now=clock.now)
        due = clock.now + timedelta(days=3)

        async def until_due(
            session: AsyncSession, payload: dict[str, Any], *, now: datetime
        ) -> None:
            if now < due:
                raise Defer(until=due)

        handlers: dict[str, OutboxHandler] = {TOPIC: until_due}
        assert (await relay_outbox(runtime, handlers=handlers)).deferred == 1
        message = await row(session, message_id)
        assert (message.attempts, message.next_attempt_at, message.processed_at) == (0, due, None)
        clock.advance(timedelta(days=2))
        assert (await relay_outbox(runtime, handlers=handlers)).claimed == 0
        clock.now = due
        assert (await relay_outbox(runtime, handlers=handlers)).processed == 1
        assert (await row(session, message_id)).attempts == 1


class TestRelayCrashes:
    async def test_rows_claimed_by_a_relay_that_died_are_redriven_after_the_lease(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        ids = await record(session, 2, now=clock.now)
        claimed = await OutboxRepository.from_session(session).claim(
            now=clock.now, limit=5, lease=runtime.settings.outbox_lease
        )
        await session.commit()  # ... and the relay process dies before delivering
        assert sorted(claimed) == sorted(ids)

        handler = Recorder()
        clock.advance(timedelta(minutes=4))
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).claimed == 0
        clock.advance(timedelta(minutes=1))
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).processed == 2
        assert sorted(handler.seen) == ["m0", "m1"]
        assert {(await row(session, i)).attempts for i in ids} == {2}

    async def test_a_relay_cancelled_inside_a_handler_leaves_the_row_pending(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        (message_id,) = await record(session, 1, now=clock.now)
        with pytest.raises(asyncio.CancelledError):
            await relay_outbox(runtime, handlers={TOPIC: Recorder(asyncio.CancelledError())})
        message = await row(session, message_id)
        assert (message.processed_at, message.failed_at, message.last_error) == (None, None, None)
        assert await count_rows(session, OutboxMessage) == 1  # the handler's write rolled back

        clock.advance(runtime.settings.outbox_lease)
        handler = Recorder()
        assert (await relay_outbox(runtime, handlers={TOPIC: handler})).processed == 1
        assert handler.seen == ["m0"]


class TestConcurrentRelays:
    async def test_racing_relays_deliver_every_row_exactly_once(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        ids = await record(session, 30, now=clock.now)
        handler = Recorder(pause=0.002)  # keeps deliveries in flight while others claim
        reports = await asyncio.gather(
            *(relay_outbox(runtime, handlers={TOPIC: handler}) for _ in range(3))
        )
        assert sum(r.processed for r in reports) == 30
        assert Counter(handler.seen) == Counter(f"m{i}" for i in range(30))
        attempts = await scalars(session, sa.select(OutboxMessage.attempts))
        assert attempts == [1] * len(ids)

    async def test_rows_locked_by_another_relay_are_skipped_not_waited_for(
        self, app: FastAPI, session: AsyncSession, runtime: TaskRuntime, clock: Clock
    ) -> None:
        if app.state.engine.dialect.name != "postgresql":
            pytest.skip("row locks are PostgreSQL's: SQLite runs one writer at a time")
        first = await record(session, 3, now=clock.now)
        clock.advance(timedelta(seconds=1))
        later = await record(session, 2, now=clock.now)
        async with app.state.sessionmaker() as holder:  # a relay mid-claim, not committed
            held = await OutboxRepository.from_session(holder).claim(
                now=clock.now, limit=3, lease=timedelta(minutes=5)
            )
            assert sorted(held) == sorted(first)
            handler = Recorder()
            report = await asyncio.wait_for(
                relay_outbox(runtime, handlers={TOPIC: handler}), timeout=10
            )
            assert report.processed == 2
            assert sorted(handler.seen) == ["m0", "m1"]  # the later two rows
            await holder.rollback()  # the holder dies: its rows were never marked
        assert {(await row(session, i)).processed_at for i in later} == {clock.now}
        assert {(await row(session, i)).attempts for i in first} == {0}
