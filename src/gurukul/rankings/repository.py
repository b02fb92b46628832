from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from gurukul.assessments.models import Attempt, Test
from gurukul.core.repository import Repository
from gurukul.rankings.models import TestScore, TestScoreCount

# INSERT ... ON CONFLICT DO UPDATE is spelled alike on both databases but built by each
# dialect's own `insert` (the only dialect switch in the domain).
_INSERTS: dict[str, Any] = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


class TestScoreCountRepository(Repository[TestScoreCount]):
    __test__ = False  # not a pytest class
    model = TestScoreCount

    async def bump(self, test_id: uuid.UUID, score: float) -> None:
        """One more candidate at `score`: an atomic upsert of the (test_id, score) row.

        Racing submitters of a new score cannot both insert (the conflicting one turns into
        the update), and the increment is computed by the database from the row it locked,
        so no count is lost on either database.
        """
        insert = _INSERTS[self.session.get_bind().dialect.name]
        statement = insert(TestScoreCount).values(test_id=test_id, score=score, candidates=1)
        statement = statement.on_conflict_do_update(
            index_elements=[TestScoreCount.test_id, TestScoreCount.score],
            set_={"candidates": TestScoreCount.candidates + 1},
        )
        await self.session.execute(statement)

    async def sums(self, test_id: uuid.UUID, score: float) -> tuple[int, int, int]:
        """(candidates strictly higher, at most `score`, all) on a test: one pass over the
        test's histogram rows, as many as it has distinct scores."""
        candidates = TestScoreCount.candidates
        row = (
            await self.session.execute(
                sa.select(
                    sa.func.coalesce(
                        sa.func.sum(candidates).filter(TestScoreCount.score > score), 0
                    ),
                    sa.func.coalesce(
                        sa.func.sum(candidates).filter(TestScoreCount.score <= score), 0
                    ),
                    sa.func.coalesce(sa.func.sum(candidates), 0),
                ).where(TestScoreCount.test_id == test_id)
            )
        ).one()
        return int(row[0]), int(row[1]), int(row[2])

    async def histogram(self, test_id: uuid.UUID) -> list[tuple[float, int]]:
        """(score, candidates) of every distinct score on a test."""
        rows = await self.session.execute(
            sa.select(TestScoreCount.score, TestScoreCount.candidates).where(
                TestScoreCount.test_id == test_id
            )
        )
        return [(float(score), int(candidates)) for score, candidates in rows.all()]


class TestScoreRepository(Repository[TestScore]):
    __test__ = False  # not a pytest class
    model = TestScore

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

    async def write_final(
        self, test_id: uuid.UUID, finals: Sequence[tuple[float, int, float]]
    ) -> None:
        """Set (final rank, final percentile) on every attempt of the test at each score in
        `finals` of (score, rank, percentile): one indexed UPDATE per distinct score."""
        if not finals:
            return
        table = cast(sa.Table, TestScore.__table__)
        statement = (
            sa.update(table)
            .where(table.c.test_id == sa.bindparam("t"), table.c.score == sa.bindparam("s"))
            .values(final_rank=sa.bindparam("r"), final_percentile=sa.bindparam("p"))
        )
        params = [{"t": test_id, "s": s, "r": r, "p": p} for s, r, p in finals]
        await self.session.execute(statement, params)

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
