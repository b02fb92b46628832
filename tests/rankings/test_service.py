"""Ranks and percentiles from the score index, leaderboards and prediction, on both databases."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import KindBlueprint, TestKind
from gurukul.auth.models import User
from gurukul.core.errors import BadRequest
from gurukul.core.time import utc_now
from gurukul.rankings import service as rankings_service
from gurukul.rankings.ranking import predict_rank
from tests.assessments.test_service import build_bank, new_student, submission, submit

pytestmark = pytest.mark.anyio


@pytest.fixture
async def bank(session: AsyncSession) -> list[uuid.UUID]:
    return await build_bank(session)


@pytest.fixture(autouse=True)
def small_monthly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        assessments_service.BLUEPRINTS,
        TestKind.monthly,
        KindBlueprint({"PHY": 3, "MATH": 2}, time_limit_s=3600),
    )


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
