from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from gurukul.assessments.models import Attempt, Test
from gurukul.core.repository import Repository
from gurukul.rankings.models import TestScore


class TestScoreRepository(Repository[TestScore]):
    __test__ = False  # not a pytest class
    model = TestScore

    async def counts(self, test_id: uuid.UUID, score: float) -> tuple[int, int, int]:
        """(strictly higher, at most, all) for `score` on a test, in one index-only pass over
        the test's slice of the (test_id, score) index."""
        above = sa.func.count().filter(TestScore.score > score)
        at_most = sa.func.count().filter(TestScore.score <= score)
        row = (
            await self.session.execute(
                sa.select(above, at_most, sa.func.count()).where(TestScore.test_id == test_id)
            )
        ).one()
        return int(row[0]), int(row[1]), int(row[2])

    async def of_attempt(self, attempt_id: uuid.UUID) -> TestScore | None:
        return await self.get_by_id(attempt_id)

    async def of_student_on(self, test_id: uuid.UUID, student_id: uuid.UUID) -> TestScore | None:
        return await self.get_one_or_none(
            sa.select(TestScore)
            .where(TestScore.test_id == test_id, TestScore.student_id == student_id)
            .order_by(TestScore.score.desc())
            .limit(1)
        )

    async def page(
        self, test_id: uuid.UUID, *, after: tuple[float, uuid.UUID] | None, limit: int
    ) -> Sequence[TestScore]:
        """Best first, ties by attempt id; keyset on (score desc, attempt_id)."""
        statement = sa.select(TestScore).where(TestScore.test_id == test_id)
        if after is not None:
            score, attempt_id = after
            statement = statement.where(
                sa.or_(
                    TestScore.score < score,
                    sa.and_(TestScore.score == score, TestScore.attempt_id > attempt_id),
                )
            )
        statement = statement.order_by(TestScore.score.desc(), TestScore.attempt_id).limit(limit)
        return await self.list(statement)

    async def all_scores(self, test_id: uuid.UUID) -> Sequence[TestScore]:
        return await self.list(sa.select(TestScore).where(TestScore.test_id == test_id))

    async def recent_of_student(
        self, student_id: uuid.UUID, kinds: Sequence[str], limit: int
    ) -> Sequence[Any]:
        """(TestScore, test kind) of the student's latest ranked attempts, newest first."""
        rows = await self.session.execute(
            sa.select(TestScore, Test.kind)
            .join(Attempt, Attempt.id == TestScore.attempt_id)
            .join(Test, Test.id == TestScore.test_id)
            .where(TestScore.student_id == student_id, Test.kind.in_(list(kinds)))
            .order_by(TestScore.scored_at.desc(), TestScore.attempt_id)
            .limit(limit)
        )
        return list(rows.all())
