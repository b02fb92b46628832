"""Queries over profiles and cohorts."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from gurukul.core.repository import Repository
from gurukul.users.models import Cohort, CohortCoach, CohortStudent, Profile


class ProfileRepository(Repository[Profile]):
    model = Profile


class CohortRepository(Repository[Cohort]):
    model = Cohort

    async def get_with_coaches(self, cohort_id: uuid.UUID) -> Cohort | None:
        """The cohort with its coach links loaded."""
        result = await self.session.execute(
            sa.select(Cohort).where(Cohort.id == cohort_id).options(selectinload(Cohort.coaches))
        )
        return result.scalar_one_or_none()

    async def get_by_name(self, name: str) -> Cohort | None:
        result = await self.session.execute(
            sa.select(Cohort).where(Cohort.name == name).options(selectinload(Cohort.coaches))
        )
        return result.scalar_one_or_none()

    async def list_page(
        self,
        *,
        coach_id: uuid.UUID | None,
        after: tuple[str, uuid.UUID] | None,
        limit: int,
    ) -> list[Cohort]:
        """Cohorts by name (then id), optionally only those `coach_id` coaches."""
        statement = (
            sa.select(Cohort)
            .options(selectinload(Cohort.coaches))
            .order_by(Cohort.name, Cohort.id)
            .limit(limit)
        )
        if coach_id is not None:
            statement = statement.where(
                sa.exists().where(
                    CohortCoach.cohort_id == Cohort.id, CohortCoach.coach_id == coach_id
                )
            )
        if after is not None:
            name, cohort_id = after
            statement = statement.where(
                sa.or_(Cohort.name > name, sa.and_(Cohort.name == name, Cohort.id > cohort_id))
            )
        result = await self.session.execute(statement)
        return list(result.scalars())

    async def student_counts(self, cohort_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not cohort_ids:
            return {}
        result = await self.session.execute(
            sa.select(CohortStudent.cohort_id, sa.func.count())
            .where(CohortStudent.cohort_id.in_(cohort_ids))
            .group_by(CohortStudent.cohort_id)
        )
        return {cohort_id: count for cohort_id, count in result}

    async def student_ids(self, cohort_id: uuid.UUID) -> set[uuid.UUID]:
        result = await self.session.execute(
            sa.select(CohortStudent.student_id).where(CohortStudent.cohort_id == cohort_id)
        )
        return set(result.scalars())

    async def cohort_ids_of_student(self, student_id: uuid.UUID) -> list[uuid.UUID]:
        result = await self.session.execute(
            sa.select(CohortStudent.cohort_id)
            .where(CohortStudent.student_id == student_id)
            .order_by(CohortStudent.cohort_id)
        )
        return list(result.scalars())

    async def add_students(
        self, cohort: Cohort, student_ids: Collection[uuid.UUID], *, now: datetime
    ) -> None:
        """Add the students not yet in the cohort; those already in are left as they are."""
        present = await self.student_ids(cohort.id)
        for student_id in sorted(set(student_ids) - present):
            self.session.add(CohortStudent(cohort=cohort, student_id=student_id, created_at=now))
        await self.session.flush()

    async def remove_student(self, cohort_id: uuid.UUID, student_id: uuid.UUID) -> bool:
        result = await self.session.execute(
            sa.delete(CohortStudent).where(
                CohortStudent.cohort_id == cohort_id, CohortStudent.student_id == student_id
            )
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    async def coach_sees_student(self, coach_id: uuid.UUID, student_id: uuid.UUID) -> bool:
        """Whether the student is in any cohort the coach coaches."""
        result = await self.session.execute(
            sa.select(
                sa.exists()
                .where(CohortStudent.student_id == student_id)
                .where(CohortCoach.cohort_id == CohortStudent.cohort_id)
                .where(CohortCoach.coach_id == coach_id)
            )
        )
        return bool(result.scalar())

    async def list_students_page(
        self,
        cohort_id: uuid.UUID,
        *,
        after: tuple[str, uuid.UUID] | None,
        limit: int,
    ) -> list[tuple[Profile, datetime]]:
        """The cohort's students' profiles by name (then id), with when each joined."""
        statement = (
            sa.select(Profile, CohortStudent.created_at)
            .join(CohortStudent, CohortStudent.student_id == Profile.user_id)
            .where(CohortStudent.cohort_id == cohort_id)
            .order_by(Profile.full_name, Profile.user_id)
            .limit(limit)
        )
        if after is not None:
            name, user_id = after
            statement = statement.where(
                sa.or_(
                    Profile.full_name > name,
                    sa.and_(Profile.full_name == name, Profile.user_id > user_id),
                )
            )
        result = await self.session.execute(statement)
        return [(profile, joined_at) for profile, joined_at in result]
