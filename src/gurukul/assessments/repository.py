from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from gurukul.assessments.models import (
    Attempt,
    AttemptItem,
    AttemptStatus,
    OutboxMessage,
    Response,
    Test,
)
from gurukul.core.repository import Repository


class TestRepository(Repository[Test]):
    __test__ = False  # not a pytest class
    model = Test

    async def by_key(self, kind: str, period_key: str, standard: int) -> Test | None:
        return await self.get_one_or_none(
            sa.select(Test).where(
                Test.kind == kind, Test.period_key == period_key, Test.standard == standard
            )
        )

    async def monthly_question_ids(self, now: datetime) -> set[uuid.UUID]:
        """Questions on a monthly form whose window has not closed: reserved, so weekly forms
        never leak them; after the window they may be practised like any other."""
        forms = await self.session.scalars(
            sa.select(Test.form).where(
                Test.kind == "monthly", Test.form.is_not(None), Test.closes_at > now
            )
        )
        return {uuid.UUID(entry["question_id"]) for form in forms for entry in form or []}

    async def closing(self, kind: str, period_key: str, now: datetime) -> Sequence[Test]:
        """Tests of the period whose window has closed and that are not finalised yet."""
        return await self.list(
            sa.select(Test)
            .where(
                Test.kind == kind,
                Test.period_key == period_key,
                Test.closes_at <= now,
                Test.finalized_at.is_(None),
            )
            .order_by(Test.standard)
        )


class AttemptRepository(Repository[Attempt]):
    model = Attempt

    @staticmethod
    def _with_test(student_id: uuid.UUID) -> sa.Select[tuple[Attempt]]:
        """The student's attempts with their test only (summaries need no frozen items)."""
        return (
            sa.select(Attempt)
            .where(Attempt.student_id == student_id)
            .options(selectinload(Attempt.test))
        )

    async def open_of(self, student_id: uuid.UUID, now: datetime) -> Sequence[Attempt]:
        """The student's issued attempts whose deadline has not passed, soonest first."""
        statement = (
            self._with_test(student_id)
            .where(Attempt.status == AttemptStatus.issued.value, Attempt.deadline > now)
            .order_by(Attempt.deadline)
        )
        return await self.list(statement)

    async def recent_submitted(self, student_id: uuid.UUID, limit: int) -> Sequence[Attempt]:
        """The student's latest scored attempts, newest first."""
        statement = (
            self._with_test(student_id)
            .where(Attempt.status == AttemptStatus.submitted.value)
            .order_by(Attempt.submitted_at.desc())
            .limit(limit)
        )
        return await self.list(statement)

    async def responses_to_version(
        self, version_id: uuid.UUID
    ) -> Sequence[tuple[uuid.UUID, Any, bool, float | None]]:
        """(student, answer, correct, attempt score) of every scored response to a version."""
        statement = (
            sa.select(Attempt.student_id, Response.answer, Response.correct, Attempt.score)
            .join(AttemptItem, AttemptItem.id == Response.attempt_item_id)
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(AttemptItem.question_version_id == version_id)
            .where(Attempt.status == AttemptStatus.submitted.value)
        )
        return [tuple(row) for row in (await self.session.execute(statement)).all()]  # type: ignore[misc]

    @staticmethod
    def readable_by(student_id: uuid.UUID) -> sa.Select[tuple[Attempt]]:
        """Attempts the student owns, with their test and frozen items."""
        return (
            sa.select(Attempt)
            .where(Attempt.student_id == student_id)
            .options(selectinload(Attempt.test), selectinload(Attempt.items))
        )

    async def owned(
        self, attempt_id: uuid.UUID, student_id: uuid.UUID, *, fresh: bool = False
    ) -> Attempt | None:
        statement = self.readable_by(student_id).where(Attempt.id == attempt_id)
        if fresh:
            statement = statement.execution_options(populate_existing=True)
        return await self.get_one_or_none(statement)

    async def get_with_items(self, attempt_id: uuid.UUID) -> Attempt | None:
        return await self.get_one_or_none(
            sa.select(Attempt)
            .where(Attempt.id == attempt_id)
            .options(selectinload(Attempt.test), selectinload(Attempt.items))
        )

    async def once(self, student_id: uuid.UUID, test_id: uuid.UUID) -> Attempt | None:
        return await self.get_one_or_none(
            self.readable_by(student_id).where(Attempt.test_id == test_id, Attempt.once == "once")
        )

    async def open_on(
        self, student_id: uuid.UUID, test_id: uuid.UUID, now: datetime
    ) -> Attempt | None:
        """The student's issued attempt on a test whose deadline has not passed."""
        return await self.get_one_or_none(
            self.readable_by(student_id)
            .where(
                Attempt.test_id == test_id,
                Attempt.status == AttemptStatus.issued.value,
                Attempt.deadline > now,
            )
            .order_by(Attempt.issued_at.desc())
            .limit(1)
        )

    async def claim(
        self,
        attempt_id: uuid.UUID,
        *,
        now: datetime,
        idempotency_key: str,
        request_hash: str,
        late: bool,
    ) -> bool:
        """Move an issued attempt to submitted; False when another submission got there first.

        The WHERE on status makes this the race's referee: on PostgreSQL the loser's UPDATE
        waits for the winner's row lock, re-checks the condition and updates nothing.
        """
        result = await self.session.execute(
            sa.update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.status == AttemptStatus.issued.value)
            .values(
                status=AttemptStatus.submitted.value,
                submitted_at=now,
                idempotency_key=idempotency_key,
                request_hash=request_hash,
                late=late,
            )
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    async def exposure_counts(self, kind: str, since: datetime) -> dict[uuid.UUID, int]:
        """How many forms of `kind` issued since `since` used each question version."""
        rows = await self.session.execute(
            sa.select(AttemptItem.question_version_id, sa.func.count())
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .join(Test, Test.id == Attempt.test_id)
            .where(Test.kind == kind, Attempt.issued_at >= since)
            .group_by(AttemptItem.question_version_id)
        )
        return {version_id: int(n) for version_id, n in rows}

    async def last_seen(self, student_id: uuid.UUID, since: datetime) -> dict[uuid.UUID, date]:
        """The question versions the student was issued since `since`, with the last day."""
        rows = await self.session.execute(
            sa.select(AttemptItem.question_version_id, sa.func.max(Attempt.issued_at))
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(Attempt.student_id == student_id, Attempt.issued_at >= since)
            .group_by(AttemptItem.question_version_id)
        )
        return {version_id: last.date() for version_id, last in rows}

    async def responses_of(self, attempt_id: uuid.UUID) -> dict[uuid.UUID, Response]:
        rows = await self.session.scalars(
            sa.select(Response)
            .join(AttemptItem, AttemptItem.id == Response.attempt_item_id)
            .where(AttemptItem.attempt_id == attempt_id)
        )
        return {row.attempt_item_id: row for row in rows}

    async def expire_issued(self, test_id: uuid.UUID) -> int:
        result = await self.session.execute(
            sa.update(Attempt)
            .where(Attempt.test_id == test_id, Attempt.status == AttemptStatus.issued.value)
            .values(status=AttemptStatus.expired.value)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


class OutboxRepository(Repository[OutboxMessage]):
    model = OutboxMessage

    def record(self, topic: str, payload: dict[str, Any], *, now: datetime) -> OutboxMessage:
        message = OutboxMessage(topic=topic, payload=payload, created_at=now)
        self.session.add(message)
        return message

    async def pending(self, topics: Collection[str] | None = None) -> Sequence[OutboxMessage]:
        statement = sa.select(OutboxMessage).where(OutboxMessage.processed_at.is_(None))
        if topics is not None:
            statement = statement.where(OutboxMessage.topic.in_(list(topics)))
        return await self.list(statement.order_by(OutboxMessage.created_at, OutboxMessage.id))
