"""The question bank: logical questions, their immutable-once-published versions, concept tags
and images. Search structures that exist on one dialect only live in the migration."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gurukul.core.db import Base, IdMixin, TimestampMixin
from gurukul.curriculum.models import CONCEPT_ID_LENGTH
from gurukul.questions.draft import Difficulty, QuestionType


class QuestionStatus(StrEnum):
    draft = "draft"
    review = "review"
    published = "published"
    superseded = "superseded"  # an older published version replaced by a newer one
    archived = "archived"  # retired by an admin; kept because attempts point at it


class Calibration(StrEnum):
    uncalibrated = "uncalibrated"
    calibrated = "calibrated"


# Versions in these states have been shown to students: they never change again.
FROZEN_STATUSES = frozenset(
    {QuestionStatus.published, QuestionStatus.superseded, QuestionStatus.archived}
)


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


# Full-text structures created by the migration only, on one dialect each (SQLite FTS5, PG GIN
# expression indexes). `gurukul.core.migrate.include_object` keeps them out of the
# models-versus-migrations comparison.
FTS_TABLE = "question_fts"
FTS_SHADOW_TABLES = tuple(
    f"{FTS_TABLE}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")
)
PG_SEARCH_INDEXES = ("ix_question_versions_search_public", "ix_question_versions_search_full")
Base.metadata.info.setdefault("unmanaged_tables", set()).update({FTS_TABLE, *FTS_SHADOW_TABLES})
Base.metadata.info.setdefault("unmanaged_indexes", set()).update(PG_SEARCH_INDEXES)
# PostgreSQL only: stored tsvector columns the GIN indexes above are built on.
PG_SEARCH_COLUMNS = ("question_versions.search_public", "question_versions.search_full")
Base.metadata.info.setdefault("unmanaged_columns", set()).update(PG_SEARCH_COLUMNS)


class Question(TimestampMixin, IdMixin, Base):
    """A logical question; what students see is always one of its versions."""

    __tablename__ = "questions"

    versions: Mapped[list[QuestionVersion]] = relationship(
        back_populates="question", lazy="raise", order_by="QuestionVersion.number"
    )
    latest: Mapped[QuestionVersion] = relationship(
        primaryjoin="and_(Question.id == QuestionVersion.question_id, QuestionVersion.is_latest)",
        lazy="raise",
        viewonly=True,
        uselist=False,
    )


class QuestionVersion(TimestampMixin, IdMixin, Base):
    """One version of a question. Published versions are immutable; attempts point at them."""

    __tablename__ = "question_versions"
    __table_args__ = (
        sa.UniqueConstraint("question_id", "number"),
        sa.CheckConstraint(f"status IN ({_values(QuestionStatus)})", name="status_values"),
        sa.CheckConstraint(f"type IN ({_values(QuestionType)})", name="type_values"),
        sa.CheckConstraint(f"difficulty IN ({_values(Difficulty)})", name="difficulty_values"),
        sa.CheckConstraint(f"calibration IN ({_values(Calibration)})", name="calibration_values"),
        sa.CheckConstraint("number >= 1", name="number_positive"),
        sa.Index("ix_question_versions_status_type", "status", "type"),
    )

    question_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(nullable=False, default=1)
    # Exactly one version per question is the latest: the one admins see and edit.
    is_latest: Mapped[bool] = mapped_column(nullable=False, default=True)
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, default="draft")
    published_at: Mapped[datetime | None] = mapped_column(default=None)

    type: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    title: Mapped[str | None] = mapped_column(sa.String(255))
    text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    # [{"id", "text", "correct", "feedback", "misconception", "weight"}] in display order.
    options: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, nullable=False, default=list)
    # The option texts joined, so both databases can index them as plain text.
    options_text: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    numeric_value: Mapped[float | None] = mapped_column()
    numeric_tolerance: Mapped[float | None] = mapped_column()
    truth: Mapped[bool | None] = mapped_column()
    template: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    explanation: Mapped[str | None] = mapped_column(sa.Text)
    marking: Mapped[str] = mapped_column(sa.String(16), nullable=False, default="jee_main")
    marking_custom: Mapped[dict[str, float] | None] = mapped_column(sa.JSON)

    difficulty: Mapped[str] = mapped_column(sa.String(8), nullable=False, default="MEDIUM")
    irt_a: Mapped[float] = mapped_column(nullable=False, default=1.0)  # discrimination
    irt_b: Mapped[float] = mapped_column(nullable=False, default=0.0)  # difficulty
    irt_c: Mapped[float] = mapped_column(nullable=False, default=0.0)  # guessing
    calibration: Mapped[str] = mapped_column(sa.String(16), nullable=False, default="uncalibrated")

    # The primary concept's subject, kept here so filters need not reach into curriculum.
    subject_code: Mapped[str | None] = mapped_column(
        sa.ForeignKey("subjects.code", ondelete="RESTRICT"), index=True
    )
    source: Mapped[str | None] = mapped_column(sa.String(200), index=True)
    year: Mapped[int | None] = mapped_column()
    category: Mapped[str | None] = mapped_column(sa.String(500))
    tags: Mapped[list[str]] = mapped_column(sa.JSON, nullable=False, default=list)
    external_id: Mapped[str | None] = mapped_column(sa.String(200))
    content_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, index=True)

    question: Mapped[Question] = relationship(back_populates="versions", lazy="raise")
    concept_links: Mapped[list[QuestionConcept]] = relationship(
        lazy="raise",
        order_by="QuestionConcept.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def concept_ids(self) -> list[str]:
        """Tagged concepts, primary first (needs `concept_links` loaded)."""
        return [link.concept_id for link in self.concept_links]


class QuestionConcept(Base):
    """A concept tag on a version; position 0 is the primary concept."""

    __tablename__ = "question_concepts"

    version_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("question_versions.id", ondelete="CASCADE"), primary_key=True
    )
    concept_id: Mapped[str] = mapped_column(
        sa.String(CONCEPT_ID_LENGTH),
        sa.ForeignKey("concepts.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    )
    position: Mapped[int] = mapped_column(nullable=False, default=0)


class QuestionImage(IdMixin, Base):
    """An uploaded image of a question (shared by its versions), kept in core.storage."""

    __tablename__ = "question_images"

    question_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    storage_key: Mapped[str] = mapped_column(sa.String(255), nullable=False, unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    size: Mapped[int] = mapped_column(nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    filename: Mapped[str] = mapped_column(sa.String(255), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(nullable=False)
