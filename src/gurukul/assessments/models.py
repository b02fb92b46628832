"""Tests, attempts with their frozen items, responses, and the outbox of follow-up work."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gurukul.core.db import Base, IdMixin

PERIOD_KEY_LENGTH = 40
IDEMPOTENCY_KEY_LENGTH = 200


class AttemptStatus(StrEnum):
    issued = "issued"
    submitted = "submitted"
    expired = "expired"


class Test(IdMixin, Base):
    """One test: a weekly or monthly period, a diagnostic, or one practice set, per standard.

    Weekly forms differ per student (the attempt holds the form); a monthly test holds its one
    form in `form` so every student of the standard gets the same items.
    """

    __test__ = False  # not a pytest class
    __tablename__ = "tests"
    __table_args__ = (
        sa.UniqueConstraint("kind", "period_key", "standard"),
        sa.CheckConstraint(
            "kind IN ('diagnostic', 'weekly', 'monthly', 'practice')", name="kind_values"
        ),
    )

    kind: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    # "2026-W48" (weekly), "2026-11" (monthly), "diagnostic", or "p:<uuid hex>" (practice).
    period_key: Mapped[str] = mapped_column(sa.String(PERIOD_KEY_LENGTH), nullable=False)
    standard: Mapped[int] = mapped_column(sa.SmallInteger, nullable=False)
    opens_at: Mapped[datetime] = mapped_column(nullable=False)
    closes_at: Mapped[datetime | None] = mapped_column()
    blueprint: Mapped[dict[str, Any]] = mapped_column(sa.JSON, nullable=False)
    # Monthly only: [{"version_id", "seed"}] in order, shared by every attempt.
    form: Mapped[list[dict[str, Any]] | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(nullable=False)
    finalized_at: Mapped[datetime | None] = mapped_column()


class Attempt(IdMixin, Base):
    """A student's sitting of a test, with the frozen items it was issued with."""

    __tablename__ = "attempts"
    __table_args__ = (
        # `once` is "once" for weekly and monthly attempts and NULL otherwise: NULLs are
        # distinct on both databases, so this is "one weekly/monthly attempt per student".
        sa.UniqueConstraint("student_id", "test_id", "once"),
        sa.CheckConstraint("status IN ('issued', 'submitted', 'expired')", name="status_values"),
        sa.Index("ix_attempts_student_issued", "student_id", "issued_at"),
    )

    student_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    test_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("tests.id", ondelete="CASCADE"), nullable=False, index=True
    )
    once: Mapped[str | None] = mapped_column(sa.String(8))
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, default="issued")
    issued_at: Mapped[datetime] = mapped_column(nullable=False)
    deadline: Mapped[datetime] = mapped_column(nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column()
    seed: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    time_limit_s: Mapped[int] = mapped_column(nullable=False)
    idempotency_key: Mapped[str | None] = mapped_column(sa.String(IDEMPOTENCY_KEY_LENGTH))
    request_hash: Mapped[str | None] = mapped_column(sa.String(64))
    score: Mapped[float | None] = mapped_column()
    max_score: Mapped[float | None] = mapped_column()
    late: Mapped[bool] = mapped_column(nullable=False, default=False)
    result: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)

    test: Mapped[Test] = relationship(lazy="raise")
    items: Mapped[list[AttemptItem]] = relationship(
        lazy="raise", order_by="AttemptItem.position", cascade="all, delete-orphan"
    )


class AttemptItem(IdMixin, Base):
    """One frozen item of an attempt: the exact question version and its template seed."""

    __tablename__ = "attempt_items"
    __table_args__ = (sa.UniqueConstraint("attempt_id", "position"),)

    attempt_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(nullable=False)
    question_version_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("question_versions.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    seed: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    # A template's drawn values, frozen so the served text never changes.
    instance_values: Mapped[dict[str, float] | None] = mapped_column(sa.JSON)
    marks: Mapped[float] = mapped_column(nullable=False)
    reason: Mapped[str] = mapped_column(sa.String(255), nullable=False, default="")


class Response(IdMixin, Base):
    """A checked answer to one attempt item."""

    __tablename__ = "responses"

    attempt_item_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("attempt_items.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    answer: Mapped[Any] = mapped_column(sa.JSON, nullable=True)
    correct: Mapped[bool] = mapped_column(nullable=False)
    blank: Mapped[bool] = mapped_column(nullable=False)
    marks: Mapped[float] = mapped_column(nullable=False)
    response_time_ms: Mapped[int | None] = mapped_column()


class OutboxMessage(IdMixin, Base):
    """Follow-up work recorded in the submitting transaction; the task engine drains it.

    A row is pending while `processed_at` and `failed_at` are NULL; the relay takes it once
    `next_attempt_at` has passed. Claiming counts an attempt and pushes `next_attempt_at` one
    lease ahead, so a relay that dies mid-way leaves the row to be re-driven after the lease.
    """

    __tablename__ = "outbox"
    __table_args__ = (sa.Index("ix_outbox_pending", "processed_at", "created_at"),)

    topic: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(nullable=False)
    processed_at: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(nullable=False, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    # Set when the relay gave up (attempts exhausted); the row is kept with its error.
    failed_at: Mapped[datetime | None] = mapped_column()
