from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

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

MasteryState = tuple[
    str, float, int, int, datetime | None, datetime | None, bool, float | None, str | None
]
"""A concept_mastery row as plain data for reads: concept_id, p_mastery, attempts, correct,
last_seen, due_at, gap_suspected, and, only when the row is due by the read's `cards_until`,
its review card's `stability` and `last_review` (ISO text): the two fields FSRS's forgetting
curve reads. No ORM identity to build, no card JSON to decode in Python."""


@dataclass(frozen=True, slots=True)
class StudentRead:
    """One student's rows with what every read of them needs beside: the fingerprint of the
    curriculum and parameters they are read against, and the exam date."""

    fingerprint: str | None
    exam_target: date | None
    rows: list[MasteryState]


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

    async def read(self, student_id: uuid.UUID, *, cards_until: datetime | None) -> StudentRead:
        """All of one student's rows (the primary-key prefix range), the exam date and the
        model fingerprint in one round trip: a one-row header LEFT JOINed to the rows, so a
        student without rows still gets the header. Cards come only for rows due by
        `cards_until` (none when it is None), as the two fields the forgetting curve reads.
        Runs on the session's connection, skipping the ORM layer (the study plan's hot path)."""
        statement = _read_statement(with_cards=cards_until is not None)
        parameters: dict[str, Any] = {"student_id": student_id, "cards_until": cards_until}
        connection = await self.session.connection()
        rows = (await connection.execute(statement, parameters)).all()
        return StudentRead(
            fingerprint=rows[0][0],
            exam_target=rows[0][1],
            rows=[cast(MasteryState, tuple(row[2:])) for row in rows if row[2] is not None],
        )

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

    async def put(
        self,
        *,
        bkt: dict[str, Any] | None = None,
        fsrs: dict[str, Any] | None = None,
        now: datetime,
    ) -> MasteryParameters:
        """Replace the BKT and/or FSRS part of the deployment's row (created on first use).

        `updated_at` is what `model_version` fingerprints, so every process reloads the
        parameters on its next call; it always moves forward, even when the clock shows the
        same instant (or an earlier one) as the previous write.
        """
        row = await self.session.get(MasteryParameters, PARAMETERS_KEY, with_for_update=True)
        if row is None:
            row = MasteryParameters(key=PARAMETERS_KEY, bkt={}, fsrs={}, updated_at=now)
            self.session.add(row)
        elif now <= row.updated_at:
            now = row.updated_at + timedelta(milliseconds=1)
        if bkt is not None:
            row.bkt = bkt
        if fsrs is not None:
            row.fsrs = fsrs
        row.updated_at = now
        await self.session.flush()
        return row


async def lock_student(session: AsyncSession, student_id: uuid.UUID) -> Profile | None:
    """The student's profile, locked FOR UPDATE (PostgreSQL) until the transaction ends.

    Serialises learner-model updates of one student: two submissions committing at once
    would otherwise both insert the student's first row for a concept. SQLite's BEGIN
    IMMEDIATE serialises writers already. The profile is the one row every student has.
    """
    return await session.get(Profile, student_id, with_for_update=True)


@functools.cache
def _read_statement(*, with_cards: bool) -> sa.Select[Any]:
    """`ConceptMasteryRepository.read`'s statement, built once per process: the student and
    the cards' horizon are bound parameters, so each call only binds and executes."""
    mastery = ConceptMastery
    student_id = sa.bindparam("student_id", type_=mastery.student_id.type)
    exam_target = (
        sa.select(Profile.exam_target).where(Profile.user_id == student_id).scalar_subquery()
    )
    header = sa.select(
        fingerprint().label("fingerprint"), exam_target.label("exam_target")
    ).subquery("header")
    due = mastery.due_at <= sa.bindparam("cards_until")
    stability, last_review = (
        (
            sa.case((due, mastery.fsrs_card["stability"].as_float())),
            sa.case((due, mastery.fsrs_card["last_review"].as_string())),
        )
        if with_cards
        else (sa.null(), sa.null())
    )
    return sa.select(
        header.c.fingerprint,
        header.c.exam_target,
        mastery.concept_id,
        mastery.p_mastery,
        mastery.attempts,
        mastery.correct,
        mastery.last_seen,
        mastery.due_at,
        mastery.gap_suspected,
        stability,
        last_review,
    ).select_from(header.outerjoin(mastery, mastery.student_id == student_id))


def fingerprint() -> sa.ColumnElement[str]:
    """One text value that changes whenever a concept, an edge or the model parameters are
    added, edited or removed (the curriculum's counts and latest timestamps, and the
    parameters' `updated_at`, joined by "|"): a process may keep the prerequisite graph and
    the parameters while it is unchanged. One column, so reads can carry it cheaply."""
    parameters = (
        sa.select(sa.func.max(MasteryParameters.updated_at))
        .select_from(MasteryParameters)
        .scalar_subquery()
    )
    # Constants inline, not as bound parameters: the statement is the same on every call.
    missing = sa.literal_column("'-'", sa.String)
    bar = sa.literal_column("'|'", sa.String)
    parts = [
        sa.func.coalesce(sa.cast(part, sa.String), missing)
        for part in [*curriculum_repository.fingerprint_columns(), parameters]
    ]
    text: sa.ColumnElement[str] = parts[0]
    for part in parts[1:]:
        text = text + bar + part
    return text


@functools.cache
def _version_statement() -> sa.Select[str]:
    return sa.select(fingerprint())


async def model_version(session: AsyncSession) -> str | None:
    """The fingerprint alone, for reads that do not go through `ConceptMasteryRepository.read`."""
    return (await session.execute(_version_statement())).scalar_one()


# --- the write path: plain rows in, one statement out ----------------------------------------


async def mastery_rows_for_update(
    session: AsyncSession, student_id: uuid.UUID, concept_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """The student's concept_mastery rows for `concept_ids` as plain dicts (every column), for
    a submission to change and write back with `upsert`; no ORM objects are built."""
    if not concept_ids:
        return {}
    table = ConceptMastery.__table__
    statement = sa.select(table).where(
        table.c.student_id == student_id, table.c.concept_id.in_(list(concept_ids))
    )
    rows = (await session.execute(statement)).mappings().all()
    return {row["concept_id"]: dict(row) for row in rows}


async def ability_rows_for_update(
    session: AsyncSession, student_id: uuid.UUID
) -> dict[str, dict[str, Any]]:
    """The student's student_ability rows as plain dicts, by subject (see above)."""
    table = StudentAbility.__table__
    statement = sa.select(table).where(table.c.student_id == student_id)
    rows = (await session.execute(statement)).mappings().all()
    return {row["subject_code"]: dict(row) for row in rows}


@functools.cache
def _upsert_statement(
    dialect: Any, table: sa.Table, keys: tuple[str, ...], names: tuple[str, ...]
) -> sa.Insert:
    """Built once per table and column set: building it anew on every call costs more than
    running it (the compiled form is cached by SQLAlchemy either way). RETURNING the key
    lets SQLAlchemy send many rows as one multi-row INSERT ("insertmanyvalues") instead of
    one statement per row, which is what asyncpg's executemany costs.

    The rows are whole rows, so None means SQL NULL: JSON columns are bound with
    `none_as_null` (a plain JSON column would store None as JSON 'null')."""
    target = sa.table(
        table.name,
        *(
            sa.column(c.name, sa.JSON(none_as_null=True) if isinstance(c.type, sa.JSON) else c.type)
            for c in table.columns
        ),
    )
    statement = dialect.insert(target)
    upsert = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={name: statement.excluded[name] for name in names if name not in keys},
    )
    return cast(sa.Insert, upsert.returning(*(target.c[key] for key in keys)))


async def upsert(session: AsyncSession, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (whole rows: every column, None for NULL), or overwrite the row with the
    same primary key: one statement instead of a unit-of-work flush.

    INSERT ... ON CONFLICT is spelled per dialect (PostgreSQL and SQLite share the syntax but
    not the construct). Objects of these rows already loaded in the session get the written
    values, so a later read through the ORM in the same session is not stale.
    """
    if not rows:
        return
    table = model.__table__
    keys = tuple(column.name for column in table.primary_key.columns)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    connection = await session.connection()
    for names, group in groups.items():
        result = await connection.execute(_upsert_statement(dialect, table, keys, names), group)
        result.close()
    identity_map = session.sync_session.identity_map
    for row in rows:
        loaded = identity_map.get(identity_key(model, tuple(row[key] for key in keys)))
        if loaded is not None:
            for name, value in row.items():
                set_committed_value(loaded, name, value)
