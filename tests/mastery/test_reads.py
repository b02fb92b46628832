"""The learner model's reads on both databases: one query per read while the kept curriculum
view is current, and a curriculum or parameter change seen by the very next read (the
fingerprint comes back with the student's rows), including changes that reshape the plan's
precomputed prerequisite closure."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.models import User
from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.schemas import PrerequisiteCreate
from gurukul.mastery import service as mastery_service
from gurukul.mastery.models import MasteryParameters
from gurukul.mastery.tracing import BKTParams
from tests.fixtures.auth import create_user
from tests.fixtures.sql import recorded_statements
from tests.mastery.test_service import (
    DERIVATIVE,
    INTEGRAL,
    KINEMATICS,
    LIMITS,
    answer,
    load_curriculum,
    submit,
)

pytestmark = pytest.mark.anyio

Read = Callable[[AsyncSession, uuid.UUID, datetime], Awaitable[Any]]

READS: dict[str, Read] = {
    "study_plan": lambda s, sid, now: mastery_service.study_plan(
        s, student_id=sid, now=now, limit=10
    ),
    "dashboard": lambda s, sid, now: mastery_service.dashboard(s, student_id=sid, now=now),
    "overall": lambda s, sid, now: mastery_service.overall(s, student_id=sid),
    "weak_spots": lambda s, sid, now: mastery_service.weak_spots(s, student_id=sid, limit=10),
    "phase": lambda s, sid, now: mastery_service.phase(s, student_id=sid, now=now),
    "frontier": lambda s, sid, now: mastery_service.frontier(s, student_id=sid),
}


async def read(app: FastAPI, name: str, student_id: uuid.UUID, now: datetime) -> Any:
    """One read in a session of its own, as a request makes it."""
    async with app.state.sessionmaker() as own:
        return await READS[name](own, student_id, now)


async def gaps(app: FastAPI, student_id: uuid.UUID, now: datetime) -> list[tuple[str, str]]:
    plan = await read(app, "study_plan", student_id, now)
    return [(i.concept_id, i.reason) for i in plan.items if i.kind == "gap"]


@pytest.fixture
async def student(session: AsyncSession) -> User:
    await load_curriculum(session)
    return await create_user(session)


class TestOneQuery:
    @pytest.mark.parametrize("name", sorted(READS))
    async def test_a_read_is_one_query_while_the_curriculum_is_unchanged(
        self, app: FastAPI, session: AsyncSession, student: User, name: str
    ) -> None:
        now = utc_now()
        await submit(session, student, answer(DERIVATIVE, correct=False), now=now)
        later = now + timedelta(days=30)  # the review is due
        first = await read(app, name, student.id, later)
        with recorded_statements(app) as seen:
            again = await read(app, name, student.id, later)
        assert len(seen) == 1, seen
        assert again == first

    async def test_a_curriculum_change_costs_one_reload(
        self, app: FastAPI, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        await read(app, "study_plan", student.id, now)
        await curriculum_service.delete_prerequisite(session, INTEGRAL, DERIVATIVE)
        await session.commit()
        with recorded_statements(app) as reload:
            await read(app, "study_plan", student.id, now)
        with recorded_statements(app) as kept:
            await read(app, "study_plan", student.id, now)
        assert len(reload) > 1
        assert len(kept) == 1


class TestFingerprintPerTransaction:
    async def test_the_fingerprint_is_read_once_per_transaction_and_again_in_the_next(
        self, app: FastAPI, student: User
    ) -> None:
        async with app.state.sessionmaker() as own:
            await mastery_service.curriculum_view(own)  # warm: loads the view
            await own.rollback()
            with recorded_statements(app) as first:
                await mastery_service.curriculum_view(own)
                await mastery_service.parameters(own)
                await mastery_service.curriculum_view(own)
            assert len(first) == 1, first  # one fingerprint for the whole transaction
            await own.commit()
            async with app.state.sessionmaker() as admin:  # a change from another instance
                await curriculum_service.delete_prerequisite(admin, INTEGRAL, DERIVATIVE)
                await admin.commit()
            with recorded_statements(app) as second:
                view = await mastery_service.curriculum_view(own)
            assert len(second) > 1  # a new transaction reads the fingerprint again and reloads
            assert view.graph.edge(INTEGRAL, DERIVATIVE) is None


class TestChangesReachTheNextRead:
    async def test_an_added_edge_brings_a_gap_from_three_edges_down(
        self, app: FastAPI, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        wrong = answer(KINEMATICS, subject="PHY", correct=False)
        await submit(session, student, wrong, wrong, now=now)
        assert await gaps(app, student.id, now) == []  # Kinematics needs nothing yet
        async with app.state.sessionmaker() as admin:  # another session, as another instance
            await curriculum_service.add_prerequisite(
                admin, PrerequisiteCreate(concept_id=KINEMATICS, prerequisite_concept_id=INTEGRAL)
            )
            await admin.commit()
        found = await gaps(app, student.id, now)
        # Integrals -> Derivatives -> Limits: Limits, never studied, is the root.
        assert [c for c, _ in found] == [LIMITS]
        assert "needed for Kinematics (2 attempts, 0 right)" in found[0][1]

    async def test_a_removed_edge_moves_the_gap_up(
        self, app: FastAPI, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        wrong = answer(INTEGRAL, correct=False)
        await submit(session, student, wrong, wrong, now=now)
        assert [c for c, _ in await gaps(app, student.id, now)] == [LIMITS]
        await curriculum_service.delete_prerequisite(session, DERIVATIVE, LIMITS)
        await session.commit()
        found = await gaps(app, student.id, now)
        assert [c for c, _ in found] == [DERIVATIVE]
        assert "needed for Integrals" in found[0][1]

    async def test_new_parameters_reach_the_next_read(
        self, app: FastAPI, session: AsyncSession, student: User
    ) -> None:
        """Priors count for topics without rows in the exam-weighted mean."""
        before = await read(app, "overall", student.id, utc_now())
        session.add(
            MasteryParameters(
                bkt={"default": BKTParams(prior=0.6, learn=0.2, slip=0.1, guess=0.2).to_dict()},
                fsrs={},
                updated_at=utc_now(),
            )
        )
        await session.commit()
        after = await read(app, "overall", student.id, utc_now())
        assert before.overall.mastery == pytest.approx(BKTParams().prior)
        assert after.overall.mastery == pytest.approx(0.6)


class TestWhatTheRowsCarry:
    async def test_a_student_without_rows_gets_the_exam_date(
        self, app: FastAPI, student: User
    ) -> None:
        now = utc_now()
        found = await read(app, "phase", student.id, now)
        assert found.exam_target is not None
        assert found.days_to_exam == (found.exam_target - now.date()).days
        assert found.coverage == 0.0

    async def test_an_unknown_student_reads_as_new(self, app: FastAPI, student: User) -> None:
        now = utc_now()
        nobody = uuid.uuid4()
        board = await read(app, "dashboard", nobody, now)
        assert board.phase.exam_target is None
        assert board.phase.phase == "FOUNDATION"
        assert board.upcoming_reviews == []
        assert [(i.concept_id, i.kind) for i in board.next] == [
            (KINEMATICS, "frontier"),
            (LIMITS, "frontier"),
        ]

    async def test_plan_reviews_what_is_due_and_the_dashboard_the_week(
        self, app: FastAPI, session: AsyncSession, student: User
    ) -> None:
        start = utc_now()
        first = await submit(session, student, answer(LIMITS), now=start)
        second = await submit(
            session, student, answer(KINEMATICS, subject="PHY"), now=start + timedelta(hours=1)
        )
        now = first.due[LIMITS]  # Limits is due now (inclusive); Kinematics an hour later
        assert now < second.due[KINEMATICS] <= now + timedelta(days=7)
        plan = await read(app, "study_plan", student.id, now)
        reviews = [i for i in plan.items if i.kind == "review"]
        assert [i.concept_id for i in reviews] == [LIMITS]
        assert "retention ~" in reviews[0].reason
        board = await read(app, "dashboard", student.id, now)
        assert [(r.concept_id, r.overdue) for r in board.upcoming_reviews] == [
            (LIMITS, True),
            (KINEMATICS, False),
        ]
