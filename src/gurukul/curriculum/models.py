"""Subjects, concepts and prerequisite edges. Concept ids are stable, human-readable strings."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from gurukul.core.db import Base, TimestampMixin

CONCEPT_ID_LENGTH = 80


class Subject(TimestampMixin, Base):
    __tablename__ = "subjects"

    code: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), nullable=False)


class Concept(TimestampMixin, Base):
    __tablename__ = "concepts"
    __table_args__ = (
        sa.CheckConstraint("difficulty BETWEEN 1 AND 5", name="difficulty_range"),
        sa.CheckConstraint("exam_weight >= 0 AND exam_weight <= 1", name="exam_weight_range"),
        sa.CheckConstraint("layer >= 1", name="layer_positive"),
        sa.Index("ix_concepts_subject_layer", "subject_code", "layer"),
    )

    id: Mapped[str] = mapped_column(sa.String(CONCEPT_ID_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(160), nullable=False)
    subject_code: Mapped[str] = mapped_column(
        sa.ForeignKey("subjects.code", ondelete="RESTRICT"), nullable=False
    )
    layer: Mapped[int] = mapped_column(nullable=False)
    parent_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("concepts.id", ondelete="SET NULL"), index=True
    )
    difficulty: Mapped[int] = mapped_column(nullable=False, default=3)
    exam_weight: Mapped[float] = mapped_column(nullable=False, default=0.0)
    standard: Mapped[int | None] = mapped_column()
    description: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")


class Prerequisite(TimestampMixin, Base):
    """`concept_id` requires `prerequisite_id`."""

    __tablename__ = "prerequisites"
    __table_args__ = (
        sa.CheckConstraint("concept_id <> prerequisite_id", name="no_self_loop"),
        sa.CheckConstraint("weight >= 0 AND weight <= 1", name="weight_range"),
        sa.CheckConstraint(
            "transfer_coefficient >= 0 AND transfer_coefficient <= 1", name="transfer_range"
        ),
        sa.CheckConstraint("criticality IN ('HARD', 'SOFT')", name="criticality_values"),
    )

    concept_id: Mapped[str] = mapped_column(
        sa.ForeignKey("concepts.id", ondelete="CASCADE"), primary_key=True
    )
    prerequisite_id: Mapped[str] = mapped_column(
        sa.ForeignKey("concepts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    weight: Mapped[float] = mapped_column(nullable=False, default=1.0)
    criticality: Mapped[str] = mapped_column(sa.String(4), nullable=False, default="HARD")
    transfer_coefficient: Mapped[float] = mapped_column(nullable=False, default=0.5)
