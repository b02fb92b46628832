"""Profiles (one per account) and cohorts: named groups of students with their coaches."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gurukul.auth.models import User
from gurukul.core.db import Base, IdMixin, TimestampMixin

FULL_NAME_MAX_LENGTH = 120
COACHING_CENTER_MAX_LENGTH = 120
COHORT_NAME_MAX_LENGTH = 120
PHONE_MAX_LENGTH = 16  # E.164: "+" and at most 15 digits
STANDARDS = (11, 12)
# The learning engine plans within this budget; two hours a day is a common coaching default.
DEFAULT_DAILY_STUDY_MINUTES = 120
MIN_DAILY_STUDY_MINUTES = 10
MAX_DAILY_STUDY_MINUTES = 600
DEFAULT_LOCALE = "en"


class Profile(TimestampMixin, Base):
    """What a person tells us about themselves; class and exam date matter for students."""

    __tablename__ = "profiles"
    __table_args__ = (
        sa.CheckConstraint("standard IN (11, 12)", name="standard"),
        sa.CheckConstraint(
            f"daily_study_minutes BETWEEN {MIN_DAILY_STUDY_MINUTES} AND {MAX_DAILY_STUDY_MINUTES}",
            name="daily_study_minutes",
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    full_name: Mapped[str] = mapped_column(sa.String(FULL_NAME_MAX_LENGTH))
    standard: Mapped[int | None] = mapped_column(sa.SmallInteger, default=None)
    exam_target: Mapped[date | None] = mapped_column(default=None)
    coaching_center: Mapped[str | None] = mapped_column(
        sa.String(COACHING_CENTER_MAX_LENGTH), default=None
    )
    phone: Mapped[str | None] = mapped_column(sa.String(PHONE_MAX_LENGTH), default=None)
    locale: Mapped[str] = mapped_column(sa.String(8), default=DEFAULT_LOCALE)
    daily_study_minutes: Mapped[int] = mapped_column(default=DEFAULT_DAILY_STUDY_MINUTES)

    user: Mapped[User] = relationship(lazy="raise")


class Cohort(IdMixin, TimestampMixin, Base):
    """A batch at a coaching centre."""

    __tablename__ = "cohorts"

    name: Mapped[str] = mapped_column(sa.String(COHORT_NAME_MAX_LENGTH), unique=True)

    coaches: Mapped[list[CohortCoach]] = relationship(
        back_populates="cohort", lazy="raise", cascade="all, delete-orphan"
    )


class CohortCoach(Base):
    __tablename__ = "cohort_coaches"

    cohort_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True
    )
    coach_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime]

    cohort: Mapped[Cohort] = relationship(back_populates="coaches", lazy="raise")
    coach: Mapped[User] = relationship(lazy="raise")


class CohortStudent(Base):
    __tablename__ = "cohort_students"

    cohort_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime]

    cohort: Mapped[Cohort] = relationship(lazy="raise")
    student: Mapped[User] = relationship(lazy="raise")
