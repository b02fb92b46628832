"""Assessments queries on both databases that the service's hot paths combine."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import TestKind
from gurukul.assessments.repository import AttemptRepository
from gurukul.core.time import utc_now
from tests.assessments.test_service import build_bank, new_student, weekly

pytestmark = pytest.mark.anyio


class TestExposureAndLastSeen:
    async def test_one_round_trip_gives_what_the_two_queries_give(
        self, session: AsyncSession
    ) -> None:
        await build_bank(session)
        me, other = await new_student(session), await new_student(session)
        mine = await weekly(session, me)
        theirs = await weekly(session, other)
        now = utc_now()
        await assessments_service.monthly_test(session, other.id, now.strftime("%Y-%m"), now=now)
        await session.commit()
        since = now - timedelta(weeks=1)
        repository = AttemptRepository.from_session(session)
        exposure, seen = await repository.exposure_and_last_seen(
            TestKind.weekly.value, me.id, since
        )
        assert exposure == await repository.exposure_counts(TestKind.weekly.value, since)
        assert seen == await repository.last_seen(me.id, since)
        assert set(seen) == {q.question_id for q in mine.questions}
        both = {q.question_id for q in mine.questions} & {q.question_id for q in theirs.questions}
        assert all(exposure[version_id] == 2 for version_id in both)

    async def test_nothing_issued_gives_nothing(self, session: AsyncSession) -> None:
        student = await new_student(session)
        repository = AttemptRepository.from_session(session)
        since = utc_now() - timedelta(weeks=1)
        assert await repository.exposure_and_last_seen("weekly", student.id, since) == ({}, {})
