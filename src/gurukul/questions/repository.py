from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, selectinload

from gurukul.core.repository import Repository
from gurukul.questions.models import (
    Question,
    QuestionConcept,
    QuestionImage,
    QuestionStatus,
    QuestionVersion,
)

# Keeps every IN (...) list well below SQLite's and asyncpg's bound-parameter limits.
IN_CHUNK = 500


@dataclass(frozen=True)
class QuestionFilters:
    status: QuestionStatus | None = None
    type: str | None = None
    concept: str | None = None
    subject: str | None = None
    difficulty: str | None = None
    source: str | None = None


def tagged_with(concept_ids: Collection[str]) -> sa.ColumnElement[bool]:
    """Versions tagged with any of `concept_ids`."""
    return sa.exists().where(
        QuestionConcept.version_id == QuestionVersion.id,
        QuestionConcept.concept_id.in_(list(concept_ids)),
    )


def apply_filters(statement: sa.Select[Any], filters: QuestionFilters) -> sa.Select[Any]:
    if filters.status is not None:
        statement = statement.where(QuestionVersion.status == filters.status.value)
    if filters.type is not None:
        statement = statement.where(QuestionVersion.type == filters.type)
    if filters.subject is not None:
        statement = statement.where(QuestionVersion.subject_code == filters.subject)
    if filters.difficulty is not None:
        statement = statement.where(QuestionVersion.difficulty == filters.difficulty)
    if filters.source is not None:
        statement = statement.where(QuestionVersion.source == filters.source)
    if filters.concept is not None:
        statement = statement.where(tagged_with([filters.concept]))
    return statement


def _chunks(values: Sequence[str], size: int = IN_CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class QuestionRepository(Repository[Question]):
    model = Question

    def latest_filtered(self, filters: QuestionFilters) -> sa.Select[Any]:
        """Questions with their latest version (and its concepts) matching the filters."""
        statement = (
            sa.select(Question)
            .join(
                QuestionVersion,
                sa.and_(QuestionVersion.question_id == Question.id, QuestionVersion.is_latest),
            )
            .options(contains_eager(Question.latest).selectinload(QuestionVersion.concept_links))
        )
        return apply_filters(statement, filters)

    async def delete_by_id(self, question_id: uuid.UUID) -> None:
        """Delete a question; the database cascades to its versions, tags and images."""
        await self.session.execute(sa.delete(Question).where(Question.id == question_id))


class QuestionVersionRepository(Repository[QuestionVersion]):
    model = QuestionVersion

    @staticmethod
    def _with_concepts() -> sa.Select[Any]:
        return sa.select(QuestionVersion).options(selectinload(QuestionVersion.concept_links))

    async def get_version(self, version_id: uuid.UUID) -> QuestionVersion | None:
        return await self.get_one_or_none(
            self._with_concepts().where(QuestionVersion.id == version_id)
        )

    async def latest_of(self, question_id: uuid.UUID) -> QuestionVersion | None:
        return await self.get_one_or_none(
            self._with_concepts().where(
                QuestionVersion.question_id == question_id, QuestionVersion.is_latest
            )
        )

    async def latest_of_many(
        self, question_ids: Collection[uuid.UUID]
    ) -> dict[uuid.UUID, QuestionVersion]:
        ids = list(question_ids)
        found: dict[uuid.UUID, QuestionVersion] = {}
        for start in range(0, len(ids), IN_CHUNK):
            rows = await self.list(
                self._with_concepts().where(
                    QuestionVersion.question_id.in_(ids[start : start + IN_CHUNK]),
                    QuestionVersion.is_latest,
                )
            )
            found.update({row.question_id: row for row in rows})
        return found

    async def versions_of(self, question_id: uuid.UUID) -> Sequence[QuestionVersion]:
        return await self.list(
            self._with_concepts()
            .where(QuestionVersion.question_id == question_id)
            .order_by(QuestionVersion.number)
        )

    async def live_of(self, question_ids: Collection[uuid.UUID]) -> Sequence[QuestionVersion]:
        """The latest and the published versions of these questions."""
        ids = list(question_ids)
        found: list[QuestionVersion] = []
        for start in range(0, len(ids), IN_CHUNK):
            found += await self.list(
                self._with_concepts().where(
                    QuestionVersion.question_id.in_(ids[start : start + IN_CHUNK]),
                    sa.or_(
                        QuestionVersion.is_latest,
                        QuestionVersion.status == QuestionStatus.published.value,
                    ),
                )
            )
        return found

    async def published_ids(
        self, question_ids: Collection[uuid.UUID]
    ) -> dict[uuid.UUID, uuid.UUID]:
        ids = list(question_ids)
        found: dict[uuid.UUID, uuid.UUID] = {}
        for start in range(0, len(ids), IN_CHUNK):
            rows = await self.session.execute(
                sa.select(QuestionVersion.question_id, QuestionVersion.id).where(
                    QuestionVersion.question_id.in_(ids[start : start + IN_CHUNK]),
                    QuestionVersion.status == QuestionStatus.published.value,
                )
            )
            found.update({question_id: version_id for question_id, version_id in rows})
        return found

    async def published_of(self, question_id: uuid.UUID) -> QuestionVersion | None:
        return await self.get_one_or_none(
            self._with_concepts().where(
                QuestionVersion.question_id == question_id,
                QuestionVersion.status == QuestionStatus.published.value,
            )
        )

    async def published(
        self,
        *,
        concept_ids: Collection[str] | None,
        subject: str | None,
        difficulty: str | None,
        types: Collection[str] | None,
        exclude_version_ids: Collection[uuid.UUID],
        limit: int | None,
    ) -> Sequence[QuestionVersion]:
        statement = self._with_concepts().where(
            QuestionVersion.status == QuestionStatus.published.value
        )
        if concept_ids is not None:
            statement = statement.where(tagged_with(concept_ids))
        if subject is not None:
            statement = statement.where(QuestionVersion.subject_code == subject)
        if difficulty is not None:
            statement = statement.where(QuestionVersion.difficulty == difficulty)
        if types is not None:
            statement = statement.where(QuestionVersion.type.in_(list(types)))
        if exclude_version_ids:
            statement = statement.where(QuestionVersion.id.not_in(list(exclude_version_ids)))
        statement = statement.order_by(QuestionVersion.id)
        if limit is not None:
            statement = statement.limit(limit)
        return await self.list(statement)

    async def latest_matching(self, filters: QuestionFilters) -> Sequence[QuestionVersion]:
        statement = apply_filters(
            self._with_concepts().join(Question).where(QuestionVersion.is_latest), filters
        )
        return await self.list(statement.order_by(Question.created_at, Question.id))

    async def question_ids_by_hash(self, hashes: Collection[str]) -> dict[str, uuid.UUID]:
        """Which of `hashes` any stored version already has, and the question holding it."""
        found: dict[str, uuid.UUID] = {}
        for chunk in _chunks(sorted(set(hashes))):
            rows = await self.session.execute(
                sa.select(QuestionVersion.content_hash, QuestionVersion.question_id).where(
                    QuestionVersion.content_hash.in_(chunk)
                )
            )
            found.update({content_hash: question_id for content_hash, question_id in rows})
        return found

    async def hash_taken(self, content_hash: str, *, other_than: uuid.UUID | None) -> bool:
        statement = sa.select(QuestionVersion.id).where(
            QuestionVersion.content_hash == content_hash
        )
        if other_than is not None:
            statement = statement.where(QuestionVersion.question_id != other_than)
        return (await self.session.execute(statement.limit(1))).first() is not None

    async def by_ids(self, version_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, QuestionVersion]:
        ids = list(version_ids)
        found: dict[uuid.UUID, QuestionVersion] = {}
        for start in range(0, len(ids), IN_CHUNK):
            rows = await self.list(
                self._with_concepts().where(QuestionVersion.id.in_(ids[start : start + IN_CHUNK]))
            )
            found.update({row.id: row for row in rows})
        return found


class QuestionImageRepository(Repository[QuestionImage]):
    model = QuestionImage

    async def of_question(self, question_id: uuid.UUID) -> Sequence[QuestionImage]:
        statement: sa.Select[Any] = (
            sa.select(QuestionImage)
            .where(QuestionImage.question_id == question_id)
            .order_by(QuestionImage.created_at, QuestionImage.id)
        )
        return await self.list(statement)
