"""The learner model's state: mastery per student x concept, its daily history, ability per
subject, and the deployment's model parameters.

Every student-owned table leads its primary key with `student_id`, so one student's rows are
one index range: the study plan reads them without touching other students' rows.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from gurukul.core.db import Base
from gurukul.curriculum.models import CONCEPT_ID_LENGTH

PARAMETERS_KEY = "default"  # one row per deployment; a key leaves room for per-exam sets


class ConceptMastery(Base):
    """What the model believes about one student on one concept, and its review card."""

    __tablename__ = "concept_mastery"
    __table_args__ = (
        sa.CheckConstraint("p_mastery >= 0 AND p_mastery <= 1", name="p_mastery_range"),
        sa.CheckConstraint("correct >= 0 AND correct <= attempts", name="correct_range"),
        # The review queue: one student's due cards in due order, an index range scan.
        sa.Index("ix_concept_mastery_student_id_due_at", "student_id", "due_at"),
    )

    student_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    concept_id: Mapped[str] = mapped_column(
        sa.ForeignKey("concepts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    p_mastery: Mapped[float] = mapped_column(nullable=False)
    attempts: Mapped[int] = mapped_column(nullable=False, default=0)
    correct: Mapped[int] = mapped_column(nullable=False, default=0)
    # None while the concept only received evidence from its dependents (never answered).
    first_seen: Mapped[datetime | None] = mapped_column(default=None)
    last_seen: Mapped[datetime | None] = mapped_column(default=None)
    fsrs_card: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON, default=None)
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    gap_suspected: Mapped[bool] = mapped_column(nullable=False, default=False)
    updated_at: Mapped[datetime] = mapped_column(nullable=False)


class MasteryHistory(Base):
    """The mastery at the end of each day the concept changed (for progress charts)."""

    __tablename__ = "mastery_history"
    __table_args__ = (
        sa.CheckConstraint("p_mastery >= 0 AND p_mastery <= 1", name="p_mastery_range"),
    )

    student_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    concept_id: Mapped[str] = mapped_column(
        sa.ForeignKey("concepts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    day: Mapped[date] = mapped_column(primary_key=True)
    p_mastery: Mapped[float] = mapped_column(nullable=False)


class StudentAbility(Base):
    """IRT ability (EAP) per subject, with the evidence it is computed from."""

    __tablename__ = "student_ability"

    student_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    subject_code: Mapped[str] = mapped_column(
        sa.ForeignKey("subjects.code", ondelete="CASCADE"), primary_key=True
    )
    theta: Mapped[float] = mapped_column(nullable=False, default=0.0)
    sd: Mapped[float] = mapped_column(nullable=False, default=1.0)
    # [[a, b, c, correct], ...], the most recent answers last (capped; see the service).
    evidence: Mapped[list[list[float]]] = mapped_column(sa.JSON, nullable=False, default=list)
    updated_at: Mapped[datetime] = mapped_column(nullable=False)


class MasteryParameters(Base):
    """Fitted model parameters for the deployment; defaults apply when there is no row."""

    __tablename__ = "mastery_parameters"

    key: Mapped[str] = mapped_column(sa.String(32), primary_key=True, default=PARAMETERS_KEY)
    # {"default": {prior, learn, slip, guess}, "concepts": {concept_id: {...}}}
    bkt: Mapped[dict[str, Any]] = mapped_column(sa.JSON, nullable=False, default=dict)
    # {"parameters": [21 floats] | null, "desired_retention": float | null}
    fsrs: Mapped[dict[str, Any]] = mapped_column(sa.JSON, nullable=False, default=dict)
    updated_at: Mapped[datetime] = mapped_column(nullable=False)


__all__ = [
    "CONCEPT_ID_LENGTH",
    "ConceptMastery",
    "MasteryHistory",
    "MasteryParameters",
    "StudentAbility",
]
