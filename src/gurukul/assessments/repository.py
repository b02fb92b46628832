from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import joinedload, selectinload

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
    def _with_test(student_id: uuid.UUID) -> sa.Select[Attempt]:
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
        return [tuple(row) for row in (await self.session.execute(statement)).all()]

    async def scored_responses(self) -> Sequence[Any]:
        """Every response of every submitted attempt, in time order, as plain rows: (attempt,
        student, submitted at, time limit, version, position, correct, blank, time in ms).

        One query over the three tables, for model fitting (`gurukul calibrate`,
        `gurukul mastery fit --from-db`); no ORM objects are built.
        """
        statement = (
            sa.select(
                Attempt.id,
                Attempt.student_id,
                Attempt.submitted_at,
                Attempt.time_limit_s,
                AttemptItem.question_version_id,
                AttemptItem.position,
                Response.correct,
                Response.blank,
                Response.response_time_ms,
            )
            .join(AttemptItem, AttemptItem.id == Response.attempt_item_id)
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(Attempt.status == AttemptStatus.submitted.value)
            .order_by(Attempt.submitted_at, Attempt.id, AttemptItem.position)
        )
        return (await self.session.execute(statement)).all()

    @staticmethod
    def readable_by(student_id: uuid.UUID) -> sa.Select[Attempt]:
        """Attempts the student owns, with their test (joined: one round trip fewer) and
        frozen items."""
        return (
            sa.select(Attempt)
            .where(Attempt.student_id == student_id)
            .options(joinedload(Attempt.test, innerjoin=True), selectinload(Attempt.items))
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

    async def record_responses(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert a submission's checked answers in one statement (no unit-of-work flush)."""
        if rows:
            # Core on the table (the ORM bulk path splits rows by missing keys); RETURNING
            # makes it one multi-row INSERT on PostgreSQL too, not a statement per row.
            table = cast(sa.Table, Response.__table__)
            connection = await self.session.connection()
            result = await connection.execute(sa.insert(table).returning(table.c.id), list(rows))
            result.close()

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

    async def insert_once(self, attempt: Attempt) -> bool:
        """Store a new once-per-student attempt and its items unless the student already has
        one on the test; False when a racing request stored theirs first.

        INSERT ... ON CONFLICT DO NOTHING on the (student, test, once) key settles the race
        without a savepoint round trip; the items follow only when this request won. Core on
        the tables: `attempt` stays out of the session (it is served, not changed).
        """
        table = cast(sa.Table, Attempt.__table__)
        dialect = postgresql if self.session.get_bind().dialect.name == "postgresql" else sqlite
        statement = (
            dialect.insert(table)
            .values(
                id=attempt.id,
                student_id=attempt.student_id,
                test_id=attempt.test.id,
                once=attempt.once,
                status=attempt.status,
                issued_at=attempt.issued_at,
                deadline=attempt.deadline,
                seed=attempt.seed,
                time_limit_s=attempt.time_limit_s,
                late=attempt.late,
            )
            .on_conflict_do_nothing(index_elements=["student_id", "test_id", "once"])
            .returning(table.c.id)
        )
        connection = await self.session.connection()
        if (await connection.execute(statement)).first() is None:
            return False
        items = cast(sa.Table, AttemptItem.__table__)
        rows = [
            {
                "id": item.id,
                "attempt_id": attempt.id,
                "position": item.position,
                "question_version_id": item.question_version_id,
                "seed": item.seed,
                "instance_values": item.instance_values,
                "marks": item.marks,
                "reason": item.reason,
            }
            for item in attempt.items
        ]
        if rows:
            (await connection.execute(sa.insert(items).returning(items.c.id), rows)).close()
        return True

    async def exposure_and_last_seen(
        self, kind: str, student_id: uuid.UUID, since: datetime
    ) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, date]]:
        """`exposure_counts` and `last_seen` in one round trip (a UNION ALL of the two
        grouped queries, each with its own plan), for assembling a student's form."""
        seen = (
            sa.select(
                AttemptItem.question_version_id,
                sa.literal_column("1", sa.Integer).label("part"),
                sa.cast(sa.null(), sa.Integer).label("n"),
                sa.func.max(Attempt.issued_at).label("last"),
            )
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(Attempt.student_id == student_id, Attempt.issued_at >= since)
            .group_by(AttemptItem.question_version_id)
        )
        exposure = (
            sa.select(
                AttemptItem.question_version_id,
                sa.literal_column("2", sa.Integer),
                sa.func.count(),
                sa.null(),
            )
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .join(Test, Test.id == Attempt.test_id)
            .where(Test.kind == kind, Attempt.issued_at >= since)
            .group_by(AttemptItem.question_version_id)
        )
        counts: dict[uuid.UUID, int] = {}
        last_seen: dict[uuid.UUID, date] = {}
        rows: Any = await self.session.execute(sa.union_all(seen, exposure))
        for version_id, part, n, last in rows:
            if part == 1:
                last_seen[version_id] = last.date()
            else:
                counts[version_id] = int(n)
        return counts, last_seen

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
        message = OutboxMessage(
            topic=topic, payload=payload, created_at=now, attempts=0, next_attempt_at=now
        )
        self.session.add(message)
        return message

    @staticmethod
    def _due(now: datetime) -> sa.ColumnElement[bool]:
        return sa.and_(
            OutboxMessage.processed_at.is_(None),
            OutboxMessage.failed_at.is_(None),
            sa.or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        )

    async def claim(self, *, now: datetime, limit: int, lease: timedelta) -> list[uuid.UUID]:
        """Take up to `limit` due rows, oldest first: count an attempt and hide them for `lease`.

        FOR UPDATE SKIP LOCKED lets relays on several machines claim disjoint batches on
        PostgreSQL; SQLite has no row locks, but its one writer at a time gives the same result.
        Once committed, the pushed `next_attempt_at` keeps other relays off the rows.
        """
        rows = await self.session.execute(
            sa.select(OutboxMessage.id)
            .where(self._due(now))
            .order_by(OutboxMessage.created_at, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        ids = list(rows.scalars())
        if ids:
            await self.session.execute(
                sa.update(OutboxMessage)
                .where(OutboxMessage.id.in_(ids))
                .values(attempts=OutboxMessage.attempts + 1, next_attempt_at=now + lease)
                .execution_options(synchronize_session=False)
            )
        return ids

    async def lock_pending(self, message_id: uuid.UUID) -> OutboxMessage | None:
        """The row, locked for delivery; None once it was processed (or given up on).

        This lock waits rather than skips: another relay's claim may briefly hold the row
        (PostgreSQL can keep a lock on a row its SKIP LOCKED scan looked at and rejected),
        and a relay still delivering it after its lease ran out commits first, after which
        the re-checked `processed_at` hides the row, so it is never delivered twice.
        """
        return await self.get_one_or_none(
            sa.select(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                OutboxMessage.processed_at.is_(None),
                OutboxMessage.failed_at.is_(None),
            )
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def mark_processed(self, message_id: uuid.UUID, *, now: datetime) -> None:
        await self._set(message_id, processed_at=now, next_attempt_at=None, last_error=None)

    async def defer(self, message_id: uuid.UUID, *, until: datetime) -> None:
        """Not due yet: wait until `until`, and give back the attempt the claim counted."""
        await self._set(
            message_id,
            next_attempt_at=until,
            attempts=sa.case((OutboxMessage.attempts > 0, OutboxMessage.attempts - 1), else_=0),
        )

    async def record_failure(
        self, message_id: uuid.UUID, *, error: str, retry_at: datetime | None, now: datetime
    ) -> None:
        """Keep the error; retry at `retry_at`, or give up (failed) when it is None."""
        await self._set(
            message_id,
            last_error=error,
            next_attempt_at=retry_at,
            failed_at=None if retry_at is not None else now,
        )

    async def attempts_of(self, message_id: uuid.UUID) -> int:
        return int(
            await self.session.scalar(
                sa.select(OutboxMessage.attempts).where(OutboxMessage.id == message_id)
            )
            or 0
        )

    async def _set(self, message_id: uuid.UUID, **values: Any) -> None:
        await self.session.execute(
            sa.update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.processed_at.is_(None))
            .values(**values)
            .execution_options(synchronize_session=False)
        )

    async def pending(self, topics: Collection[str] | None = None) -> Sequence[OutboxMessage]:
        statement = sa.select(OutboxMessage).where(OutboxMessage.processed_at.is_(None))
        if topics is not None:
            statement = statement.where(OutboxMessage.topic.in_(list(topics)))
        return await self.list(statement.order_by(OutboxMessage.created_at, OutboxMessage.id))
