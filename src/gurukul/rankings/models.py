"""Rank state: one score row per scored attempt, and a per-test histogram of scores."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from gurukul.core.db import Base


class TestScore(Base):
    """A scored attempt's place in its test's field: the per-attempt record.

    It serves leaderboard pages (keyset on (test_id, score)), a student's own position and
    the final ranks; ranks themselves are read from `TestScoreCount`. `score` is stored as
    `ranking.score_key(score)`, the value the histogram is keyed by.
    `final_rank`/`final_percentile` are written when a monthly window closes.
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


class TestScoreCount(Base):
    """How many candidates of a test have each distinct score (the score histogram).

    rank = 1 + SUM(candidates) over higher scores and the NTA percentile needs SUM over
    scores <= mine: the primary key finds the test's rows in O(log n) and there are as many
    rows as distinct scores, which the marking range bounds (126 for 25 questions at
    +4/-1) whatever the field size. Kept in step with `test_scores` by an upsert in the
    submitting transaction. On SQLite the table is WITHOUT ROWID, so a test's rows sit
    together in the primary-key B-tree.
    """

    __test__ = False  # not a pytest class
    __tablename__ = "test_score_counts"
    __table_args__ = (
        sa.CheckConstraint("candidates > 0", name="candidates_positive"),
        {"sqlite_with_rowid": False},
    )

    test_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("tests.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[float] = mapped_column(primary_key=True)
    candidates: Mapped[int] = mapped_column(nullable=False)
