"""Monthly finalisation on both databases: the scheduled job and the outbox trigger finalise a
closed window once (also when two run at once), leave an open one alone, and announce
`rankings.ranking_available`."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.models import OutboxMessage, Test
from gurukul.assessments.tasks import relay_outbox
from gurukul.core.tasks import JobRun, TaskRuntime
from gurukul.rankings.models import TestScore
from gurukul.rankings.tasks import closed_months, finalize_closed_windows
from tests.assessments.test_service import build_bank, new_student, submission, submit
from tests.fixtures.auth import Clock
from tests.fixtures.builders import count_rows, fetch, scalars

pytestmark = pytest.mark.anyio

MONTH = "2026-10"
SITTING = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)  # inside the October window
CLOSES = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(SITTING)


@pytest.fixture
def runtime(app: FastAPI, clock: Clock) -> TaskRuntime:
    return TaskRuntime(
        settings=app.state.settings, sessionmaker=app.state.sessionmaker, clock=clock
    )


@pytest.fixture
async def october(session: AsyncSession) -> uuid.UUID:
    """Two students sat October's benchmark (one submitted, one left it open)."""
    await build_bank(session)
    submitted, idle = await new_student(session), await new_student(session)
    served = await assessments_service.monthly_test(session, submitted.id, MONTH, now=SITTING)
    await assessments_service.monthly_test(session, idle.id, MONTH, now=SITTING)
    await session.commit()
    await submit(session, submitted, await submission(session, served), now=SITTING)
    test = await assessments_service.monthly_test_of(session, MONTH, 12)
    await session.commit()
    assert test is not None
    return test.id


async def announcements(session: AsyncSession) -> list[dict[str, Any]]:
    return await scalars(
        session,
        sa.select(OutboxMessage.payload).where(OutboxMessage.topic == "rankings.ranking_available"),
    )


class TestClosedMonths:
    def test_counts_back_across_the_new_year(self) -> None:
        now = datetime(2027, 2, 3, tzinfo=UTC)
        assert closed_months(now, 3) == ["2027-01", "2026-12", "2026-11"]


class TestFinalizeClosedWindows:
    async def test_finalises_a_closed_window_once(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock, october: uuid.UUID
    ) -> None:
        clock.now = CLOSES + timedelta(seconds=30)
        assert await finalize_closed_windows(runtime) == 1
        test = await fetch(session, Test, october)
        assert test is not None
        assert test.finalized_at == clock.now
        finals = await scalars(session, sa.select(TestScore.final_rank))
        assert finals == [1]
        assert await announcements(session) == [
            {"test_id": str(october), "month": MONTH, "standard": 12, "ranked": 1}
        ]
        clock.advance(timedelta(minutes=1))  # the next minute's run: nothing left to do
        assert await finalize_closed_windows(runtime) == 0
        assert len(await announcements(session)) == 1
        assert (await fetch(session, Test, october)).finalized_at == CLOSES + timedelta(seconds=30)  # type: ignore[union-attr]

    async def test_leaves_an_open_window_alone(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock, october: uuid.UUID
    ) -> None:
        clock.now = CLOSES - timedelta(seconds=1)
        assert await finalize_closed_windows(runtime) == 0
        test = await fetch(session, Test, october)
        assert test is not None
        assert test.finalized_at is None
        assert await scalars(session, sa.select(TestScore.final_rank)) == [None]
        assert await announcements(session) == []

    async def test_two_schedulers_at_once_finalise_once(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock, october: uuid.UUID
    ) -> None:
        clock.now = CLOSES + timedelta(minutes=1)
        results = await asyncio.gather(*(finalize_closed_windows(runtime) for _ in range(3)))
        assert sorted(results) == [0, 0, 1]
        assert len(await announcements(session)) == 1
        lock = await fetch(session, JobRun, f"rankings.finalize:{MONTH}")
        assert lock is not None
        assert lock.last_run_at == clock.now


class TestFinalizeFromTheOutbox:
    async def test_the_finalize_row_waits_for_the_window_then_announces(
        self, session: AsyncSession, runtime: TaskRuntime, clock: Clock, october: uuid.UUID
    ) -> None:
        trigger = (
            await scalars(
                session, sa.select(OutboxMessage).where(OutboxMessage.topic == "rankings.finalize")
            )
        )[0]
        clock.now = SITTING + timedelta(minutes=5)
        report = await relay_outbox(runtime)  # the submission's follow-ups go; the trigger waits
        assert (report.processed, report.deferred) == (2, 1)
        waiting = await fetch(session, OutboxMessage, trigger.id)
        assert waiting is not None
        assert (waiting.next_attempt_at, waiting.attempts, waiting.processed_at) == (
            CLOSES,
            0,
            None,
        )
        assert (await fetch(session, Test, october)).finalized_at is None  # type: ignore[union-attr]

        clock.now = CLOSES
        report = await relay_outbox(runtime)
        assert report.processed == 2  # the trigger, then the announcement it recorded
        assert (await fetch(session, Test, october)).finalized_at == CLOSES  # type: ignore[union-attr]
        assert len(await announcements(session)) == 1
        assert await count_rows(session, OutboxMessage, OutboxMessage.processed_at.is_(None)) == 0
