"""Rank state: one score row per scored attempt, indexed for O(log n) rank lookups."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from gurukul.core.db import Base


class TestScore(Base):
    """A scored attempt's place in its test's field.

    Rank is 1 + count(score > mine) and the NTA percentile needs count(score <= mine): both
    are counts over the test's slice of the (test_id, score) B-tree, located in O(log n) and
    read from the index alone (no table rows, no sort). `final_rank`/`final_percentile` are
    written when a monthly window closes.
    """

    __test__ = False  # not a pytest class
    __tablename__ = "test_scores"
    __table_args__ = (sa.Index("ix_test_scores_test_score", "test_id", "score"),)

    attempt_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True
    )
    test_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("tests.id", ondelete="CASCADE"), nullable=False
    )
    student_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    score: Mapped[float] = mapped_column(nullable=False)
    scored_at: Mapped[datetime] = mapped_column(nullable=False)
    final_rank: Mapped[int | None] = mapped_column()
    final_percentile: Mapped[float | None] = mapped_column()
