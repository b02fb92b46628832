"""Ranks and percentiles from the score histogram, leaderboards, finals and prediction, on
both databases."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.models import Attempt
from gurukul.auth.models import User
from gurukul.core.errors import BadRequest
from gurukul.core.time import utc_now
from gurukul.rankings import service as rankings_service
from gurukul.rankings.models import TestScore, TestScoreCount
from gurukul.rankings.ranking import competition_rank, nta_percentile, predict_rank, score_key
from tests.assessments.test_service import new_student, submission, submit
from tests.fixtures.builders import scalars

pytestmark = pytest.mark.anyio


async def monthly_field(
    session: AsyncSession, correct_counts: list[int]
) -> tuple[list[User], list[object], uuid.UUID]:
    """Students sitting this month's benchmark, each with `correct` right answers (the rest
    wrong). Returns the students, their results and the test id."""
    now = utc_now()
    month = now.strftime("%Y-%m")
    students, results = [], []
    for correct in correct_counts:
        student = await new_student(session)
        served = await assessments_service.monthly_test(session, student.id, month, now=now)
        await session.commit()
        results.append(
            await submit(session, student, await submission(session, served, correct=correct))
        )
        students.append(student)
    test = await assessments_service.monthly_test_of(session, month, 12)
    await session.commit()
    assert test is not None
    return students, results, test.id


async def histogram_rows(session: AsyncSession, test_id: uuid.UUID) -> dict[float, int]:
    """The histogram as the database holds it now."""
    rows = (
        await session.execute(
            sa.select(TestScoreCount.score, TestScoreCount.candidates).where(
                TestScoreCount.test_id == test_id
            )
        )
    ).all()
    await session.commit()
    return {score: candidates for score, candidates in rows}


async def recount(session: AsyncSession, test_id: uuid.UUID) -> dict[float, int]:
    """The histogram recounted from the per-attempt rows."""
    scores = await scalars(session, sa.select(TestScore.score).where(TestScore.test_id == test_id))
    return dict(Counter(score_key(s) for s in scores))


async def field_scores(session: AsyncSession, test_id: uuid.UUID) -> list[float]:
    return await scalars(session, sa.select(TestScore.score).where(TestScore.test_id == test_id))


async def serve_monthly(session: AsyncSession, count: int) -> tuple[list[uuid.UUID], uuid.UUID]:
    """`count` students served this month's benchmark, unsubmitted: (attempt ids, test id)."""
    now = utc_now()
    attempts = []
    for _ in range(count):
        student = await new_student(session)
        served = await assessments_service.monthly_test(
            session, student.id, now.strftime("%Y-%m"), now=now
        )
        attempts.append(served.attempt_id)
    test = await assessments_service.monthly_test_of(session, now.strftime("%Y-%m"), 12)
    await session.commit()
    assert test is not None
    return attempts, test.id


@pytest.mark.usefixtures("bank")
class TestStanding:
    async def test_ties_share_a_rank_and_percentile_is_nta(self, session: AsyncSession) -> None:
        _, _, test_id = await monthly_field(session, [5, 3, 3, 0])
        scores = {c: 4 * c - (5 - c) for c in (5, 3, 0)}  # +4/-1 on five items
        top = await rankings_service.standing(session, test_id, scores[5])
        tied = await rankings_service.standing(session, test_id, scores[3])
        last = await rankings_service.standing(session, test_id, scores[0])
        assert (top.rank, tied.rank, last.rank) == (1, 2, 4)
        assert (top.percentile, tied.percentile, last.percentile) == (100.0, 75.0, 25.0)
        assert top.candidates == 4

    async def test_rank_at_submit_is_the_standing_so_far(self, session: AsyncSession) -> None:
        _, results, _ = await monthly_field(session, [2, 5, 2])
        assert [(r.rank, r.candidates) for r in results] == [(1, 1), (1, 2), (2, 3)]  # type: ignore[attr-defined]

    async def test_an_empty_field(self, session: AsyncSession) -> None:
        found = await rankings_service.standing(session, uuid.uuid4(), 10.0)
        assert (found.rank, found.candidates) == (1, 0)


@pytest.mark.usefixtures("bank")
class TestLeaderboard:
    async def test_pages_best_first_with_shared_ranks(self, session: AsyncSession) -> None:
        students, _, test_id = await monthly_field(session, [1, 5, 3, 5, 0])
        seen = []
        cursor = None
        while True:
            page, cursor = await rankings_service.leaderboard(
                session, test_id, cursor=cursor, limit=2
            )
            seen += page
            if cursor is None:
                break
        assert [e.rank for e in seen] == [1, 1, 3, 4, 5]
        assert [e.score for e in seen] == sorted((e.score for e in seen), reverse=True)
        own = await rankings_service.own_position(session, test_id, students[2].id)
        assert own is not None
        assert (own.rank, own.percentile) == (3, 60.0)
        assert await rankings_service.own_position(session, test_id, uuid.uuid4()) is None

    async def test_a_forged_cursor_is_a_400(self, session: AsyncSession) -> None:
        with pytest.raises(BadRequest):
            await rankings_service.leaderboard(session, uuid.uuid4(), cursor="e30", limit=5)


@pytest.mark.usefixtures("bank")
class TestPrediction:
    async def test_none_before_any_ranked_test(self, session: AsyncSession) -> None:
        student = await new_student(session)
        assert await rankings_service.predict(session, student.id) is None

    async def test_band_from_recent_percentiles(self, session: AsyncSession) -> None:
        students, _, _ = await monthly_field(session, [5, 2])
        second = students[1]
        now = utc_now()
        served = await assessments_service.weekly_test(session, second.id, now.date(), now=now)
        await session.commit()
        await submit(session, second, await submission(session, served))
        found = await rankings_service.predict(session, second.id, candidates=1000)
        assert found is not None
        assert sorted(found.recent_percentiles) == [50.0, 100.0]
        expected = predict_rank(found.recent_percentiles[0], 1000, found.recent_percentiles)
        assert (found.rank, found.low, found.high) == tuple(expected)
        assert found.low <= found.rank <= found.high
        assert found.high - found.low > 0


@pytest.mark.usefixtures("bank")
class TestHistogram:
    async def test_equals_a_recount_after_many_submissions(self, session: AsyncSession) -> None:
        correct = [5, 3, 3, 0, 1, 5, 2, 3, 4, 0, 5, 1, 3]
        _, results, test_id = await monthly_field(session, correct)
        counts = await histogram_rows(session, test_id)
        assert counts == await recount(session, test_id)
        assert sum(counts.values()) == len(correct)
        assert len(counts) == len(set(correct))
        scores = await field_scores(session, test_id)
        for score in scores:
            found = await rankings_service.standing(session, test_id, score)
            assert found.rank == competition_rank(score, scores)
            assert found.percentile == nta_percentile(score, scores)
        # each submitter saw the field as it stood when it submitted
        assert [r.candidates for r in results] == list(range(1, len(correct) + 1))  # type: ignore[attr-defined]

    async def test_a_rolled_back_submission_leaves_it_unchanged(
        self, session: AsyncSession
    ) -> None:
        _, _, test_id = await monthly_field(session, [4, 2])
        before = await histogram_rows(session, test_id)
        student = await new_student(session)
        now = utc_now()
        served = await assessments_service.monthly_test(
            session, student.id, now.strftime("%Y-%m"), now=now
        )
        await session.commit()
        result = await assessments_service.submit(
            session,
            student.id,
            await submission(session, served, correct=4),
            idempotency_key="rolled-back",
            now=now,
        )
        assert (result.rank, result.candidates) == (1, 3)  # counted inside its transaction
        await session.rollback()
        assert await histogram_rows(session, test_id) == before
        assert await recount(session, test_id) == before
        assert (await rankings_service.standing(session, test_id, result.score)).candidates == 2

    async def test_equal_float_scores_share_a_row(self, session: AsyncSession) -> None:
        attempts, test_id = await serve_monthly(session, 4)
        test_attempts = await scalars(session, sa.select(Attempt).where(Attempt.id.in_(attempts)))
        by_id = {a.id: a for a in test_attempts}
        standings = []
        for attempt_id, score in zip(attempts, [0.1 + 0.2, 0.3, -0.0, 0.0], strict=True):
            standings.append(
                await rankings_service.record_score(
                    session,
                    attempt_id=attempt_id,
                    test_id=test_id,
                    student_id=by_id[attempt_id].student_id,
                    score=score,
                    now=utc_now(),
                )
            )
            await session.commit()
        assert [s.rank for s in standings] == [1, 1, 3, 3]
        assert await histogram_rows(session, test_id) == {0.3: 2, 0.0: 2}
        assert await recount(session, test_id) == {0.3: 2, 0.0: 2}
        assert sorted(await field_scores(session, test_id)) == [0.0, 0.0, 0.3, 0.3]
        assert (await rankings_service.standing(session, test_id, 0.30000000000000004)).rank == 1


@pytest.mark.usefixtures("bank")
class TestFinalize:
    async def test_final_ranks_and_percentiles_match_the_field(self, session: AsyncSession) -> None:
        students, results, test_id = await monthly_field(session, [5, 3, 3, 0, 1, 3])
        assert await rankings_service.finalize_test(session, test_id) == 6
        await session.commit()
        rows = await scalars(
            session,
            sa.select(TestScore)
            .where(TestScore.test_id == test_id)
            .execution_options(populate_existing=True),
        )
        scores = [row.score for row in rows]
        for row in rows:
            assert row.final_rank == competition_rank(row.score, scores)
            assert row.final_percentile == nta_percentile(row.score, scores)
        final = await rankings_service.standing_of_attempt(session, results[1].attempt_id)  # type: ignore[attr-defined]
        assert final is not None
        assert (final.rank, final.percentile, final.candidates) == (2, 100 * 5 / 6, 6)

    async def test_an_empty_field_finalises_nothing(self, session: AsyncSession) -> None:
        _, test_id = await serve_monthly(session, 1)
        assert await rankings_service.finalize_test(session, test_id) == 0
