"""Users service functions as the CLI and other domains call them."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.models import User
from gurukul.auth.principal import Principal, Role
from gurukul.core.errors import GurukulError
from gurukul.core.time import utc_now
from gurukul.users import errors
from gurukul.users import service as users_service
from gurukul.users.models import CohortStudent
from tests.fixtures.auth import create_user
from tests.fixtures.builders import count_rows

pytestmark = pytest.mark.anyio


def principal(user: User) -> Principal:
    return Principal(user_id=user.id, role=user.role, session_id=str(uuid.uuid4()), token_id="t")


class TestCohorts:
    async def test_create_find_and_fill_a_cohort(self, session: AsyncSession) -> None:
        coach = await create_user(session, Role.coach)
        students = [await create_user(session) for _ in range(2)]
        now = utc_now()
        cohort = await users_service.create_cohort(
            session, name="NEET Evening", coach_ids=[coach.id, coach.id], now=now
        )
        found = await users_service.get_cohort_by_name(session, "NEET Evening")
        assert found is not None
        assert found.id == cohort.id
        assert [link.coach_id for link in found.coaches] == [coach.id]
        assert await users_service.get_cohort_by_name(session, "Nope") is None

        ids = [s.id for s in students]
        await users_service.add_students(session, cohort_id=cohort.id, student_ids=ids, now=now)
        await users_service.add_students(session, cohort_id=cohort.id, student_ids=ids, now=now)
        await session.commit()
        assert await count_rows(session, CohortStudent) == 2
        assert await users_service.student_ids_in_cohort(session, cohort.id) == set(ids)
        assert await users_service.cohort_ids_of_student(session, ids[0]) == [cohort.id]

    async def test_bad_cohorts_are_refused(self, session: AsyncSession) -> None:
        coach = await create_user(session, Role.coach)
        student = await create_user(session)
        now = utc_now()
        await users_service.create_cohort(session, name="Batch", coach_ids=[coach.id], now=now)
        with pytest.raises(errors.CohortNameTaken):
            await users_service.create_cohort(session, name="Batch", coach_ids=[coach.id], now=now)
        with pytest.raises(errors.UnknownCoach):
            await users_service.create_cohort(session, name="B2", coach_ids=[student.id], now=now)
        with pytest.raises(GurukulError) as empty:
            await users_service.create_cohort(session, name="B3", coach_ids=[], now=now)
        assert empty.value.field == "coach_ids"
        with pytest.raises(GurukulError) as blank:
            await users_service.create_cohort(session, name="  ", coach_ids=[coach.id], now=now)
        assert blank.value.field == "name"
        with pytest.raises(errors.CohortNotFound):
            await users_service.add_students(
                session, cohort_id=uuid.uuid4(), student_ids=[student.id], now=now
            )


class TestCoachCanSee:
    async def test_scoping_by_role(self, session: AsyncSession) -> None:
        admin = await create_user(session, Role.admin)
        coach = await create_user(session, Role.coach)
        other_coach = await create_user(session, Role.coach)
        student = await create_user(session)
        outsider = await create_user(session)
        now = utc_now()
        cohort = await users_service.create_cohort(
            session, name="Batch", coach_ids=[coach.id], now=now
        )
        await users_service.create_cohort(
            session, name="Other", coach_ids=[other_coach.id], now=now
        )
        await users_service.add_students(
            session, cohort_id=cohort.id, student_ids=[student.id], now=now
        )
        await session.commit()

        can_see = users_service.coach_can_see
        assert await can_see(session, principal(admin), outsider.id)
        assert await can_see(session, principal(coach), student.id)
        assert not await can_see(session, principal(coach), outsider.id)
        assert not await can_see(session, principal(other_coach), student.id)
        assert await can_see(session, principal(student), student.id)
        assert not await can_see(session, principal(student), outsider.id)

        await users_service.remove_student(session, cohort_id=cohort.id, student_id=student.id)
        assert not await can_see(session, principal(coach), student.id)
