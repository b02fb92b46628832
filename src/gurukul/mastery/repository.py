from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.repository import Repository
from gurukul.curriculum import repository as curriculum_repository
from gurukul.mastery.models import (
    PARAMETERS_KEY,
    ConceptMastery,
    MasteryHistory,
    MasteryParameters,
    StudentAbility,
)
from gurukul.users.models import Profile

MasteryState = sa.Row[Any]
"""A concept_mastery row as plain data for reads: concept_id, p_mastery, attempts, correct,
last_seen, due_at, gap_suspected (no ORM identity to build, no review card to decode)."""


class ConceptMasteryRepository(Repository[ConceptMastery]):
    """One student's rows are a primary-key prefix range: no query here scans other students."""

    model = ConceptMastery

    async def for_student(
        self,
        student_id: uuid.UUID,
        concept_ids: Sequence[str] | None = None,
    ) -> dict[str, ConceptMastery]:
        statement = sa.select(ConceptMastery).where(ConceptMastery.student_id == student_id)
        if concept_ids is not None:
            if not concept_ids:
                return {}
            statement = statement.where(ConceptMastery.concept_id.in_(list(concept_ids)))
        return {row.concept_id: row for row in await self.list(statement)}

    async def states(self, student_id: uuid.UUID) -> dict[str, MasteryState]:
        """All of one student's rows as plain rows: the primary-key prefix range. Runs on the
        session's connection, skipping the ORM layer (the study plan's hot path)."""
        statement = sa.select(
            ConceptMastery.concept_id,
            ConceptMastery.p_mastery,
            ConceptMastery.attempts,
            ConceptMastery.correct,
            ConceptMastery.last_seen,
            ConceptMastery.due_at,
            ConceptMastery.gap_suspected,
        ).where(ConceptMastery.student_id == student_id)
        connection = await self.session.connection()
        rows = (await connection.execute(statement)).all()
        return {row[0]: cast(MasteryState, row) for row in rows}

    async def due_cards(
        self, student_id: uuid.UUID, *, until: datetime
    ) -> list[tuple[str, datetime, dict[str, Any] | None]]:
        """(concept, due, card) due by `until`, earliest first: the (student_id, due_at) range."""
        statement = (
            sa.select(ConceptMastery.concept_id, ConceptMastery.due_at, ConceptMastery.fsrs_card)
            .where(
                ConceptMastery.student_id == student_id,
                ConceptMastery.due_at.is_not(None),
                ConceptMastery.due_at <= until,
            )
            .order_by(ConceptMastery.due_at, ConceptMastery.concept_id)
        )
        connection = await self.session.connection()
        rows = (await connection.execute(statement)).all()
        return [(c, due, card) for c, due, card in rows if due is not None]

    async def get(self, student_id: uuid.UUID, concept_id: str) -> ConceptMastery | None:
        return await self.session.get(ConceptMastery, (student_id, concept_id))

    async def due(
        self, student_id: uuid.UUID, *, until: datetime, after: datetime | None = None
    ) -> list[tuple[str, datetime]]:
        """(concept, due) with due_at <= until (and > after), earliest first: the
        (student_id, due_at) index range."""
        statement = sa.select(ConceptMastery.concept_id, ConceptMastery.due_at).where(
            ConceptMastery.student_id == student_id,
            ConceptMastery.due_at.is_not(None),
            ConceptMastery.due_at <= until,
        )
        if after is not None:
            statement = statement.where(ConceptMastery.due_at > after)
        statement = statement.order_by(ConceptMastery.due_at, ConceptMastery.concept_id)
        rows = (await self.session.execute(statement)).all()
        return [(concept_id, due_at) for concept_id, due_at in rows if due_at is not None]


class MasteryHistoryRepository(Repository[MasteryHistory]):
    model = MasteryHistory

    async def on_day(
        self, student_id: uuid.UUID, day: date, concept_ids: Sequence[str]
    ) -> dict[str, MasteryHistory]:
        if not concept_ids:
            return {}
        rows = await self.list(
            sa.select(MasteryHistory).where(
                MasteryHistory.student_id == student_id,
                MasteryHistory.concept_id.in_(list(concept_ids)),
                MasteryHistory.day == day,
            )
        )
        return {row.concept_id: row for row in rows}

    async def since(
        self, student_id: uuid.UUID, start: date, *, concept_id: str | None = None
    ) -> list[tuple[str, date, float]]:
        """Rows from `start` on, by day, plus each concept's last row before `start` (the
        value carried into the window)."""
        scope = [MasteryHistory.student_id == student_id]
        if concept_id is not None:
            scope.append(MasteryHistory.concept_id == concept_id)
        latest = (
            sa.select(
                MasteryHistory.concept_id.label("concept_id"),
                sa.func.max(MasteryHistory.day).label("day"),
            )
            .where(*scope, MasteryHistory.day < start)
            .group_by(MasteryHistory.concept_id)
            .subquery()
        )
        before = (
            sa.select(MasteryHistory.concept_id, MasteryHistory.day, MasteryHistory.p_mastery)
            .join(
                latest,
                sa.and_(
                    MasteryHistory.concept_id == latest.c.concept_id,
                    MasteryHistory.day == latest.c.day,
                ),
            )
            .where(*scope)
        )
        within = sa.select(
            MasteryHistory.concept_id, MasteryHistory.day, MasteryHistory.p_mastery
        ).where(*scope, MasteryHistory.day >= start)
        rows = (await self.session.execute(sa.union_all(before, within))).all()
        return sorted(((c, d, float(p)) for c, d, p in rows), key=lambda r: (r[1], r[0]))


class StudentAbilityRepository(Repository[StudentAbility]):
    model = StudentAbility

    async def for_student(self, student_id: uuid.UUID) -> dict[str, StudentAbility]:
        rows = await self.list(
            sa.select(StudentAbility).where(StudentAbility.student_id == student_id)
        )
        return {row.subject_code: row for row in rows}


class MasteryParametersRepository(Repository[MasteryParameters]):
    model = MasteryParameters

    async def current(self) -> MasteryParameters | None:
        return await self.session.get(MasteryParameters, PARAMETERS_KEY)


async def lock_student(session: AsyncSession, student_id: uuid.UUID) -> Profile | None:
    """The student's profile, locked FOR UPDATE (PostgreSQL) until the transaction ends.

    Serialises learner-model updates of one student: two submissions committing at once
    would otherwise both insert the student's first row for a concept. SQLite's BEGIN
    IMMEDIATE serialises writers already. The profile is the one row every student has.
    """
    return await session.get(Profile, student_id, with_for_update=True)


async def model_version(session: AsyncSession) -> tuple[Any, ...]:
    """A cheap fingerprint of the curriculum and of the model parameters, in one query, so a
    process may keep the prerequisite graph and the parameters between requests."""
    parameters = (
        sa.select(sa.func.max(MasteryParameters.updated_at))
        .select_from(MasteryParameters)
        .scalar_subquery()
    )
    statement = sa.select(*curriculum_repository.fingerprint_columns(), parameters)
    return tuple((await session.execute(statement)).one())
