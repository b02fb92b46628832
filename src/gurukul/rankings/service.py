"""Ranks, percentiles, leaderboards and rank prediction.

Score index: a per-test histogram in the database. `test_scores` keeps one row per scored
attempt (leaderboard pages, a student's own position, final ranks); `test_score_counts`
keeps (test_id, score) -> candidates. A submission adds its `test_scores` row and bumps its
score's histogram row with an atomic upsert (INSERT ... ON CONFLICT DO UPDATE SET
candidates = candidates + 1) in the submitting transaction, so a rolled-back submission
never ranks and the two tables cannot drift. Rank = 1 + SUM(candidates) above my score and
the NTA percentile = 100 x SUM(candidates at or below) / SUM(all): the primary key finds the
test's rows in O(log n) and there are only as many as distinct scores, which the marking
range bounds (126 for 25 questions at +4/-1), so the lookup costs the same for a thousand
candidates as for a million (`python -m bench ranks`). Equal scores share one row because
every score is stored as `ranking.score_key` (rounded to 6 decimals, never -0.0).

Lock contention (PostgreSQL). The upsert locks one histogram row until the submitting
transaction commits, so submissions of the *same score on the same test* queue one behind
the other from their upsert to their commit; other scores and other tests do not interact,
and readers never wait (MVCC). `record_score` runs last in submit (after responses and
mastery), so the time held is the standing read, the attempt update, the outbox rows and
the commit itself, a few milliseconds. Measured (docs/benchmarks.md, "Ranks"): 16 writers
all on one score commit 122/s with p95 387 ms, against 217/s and p95 94 ms when their
scores spread as a real field's do (~100 rows). Each submission locks one histogram row,
after its attempt and the student's mastery profile row, always in that order, and takes
no shared lock after it, so the histogram adds no deadlock. If a single score ever became
that hot, the remedy is to shard the row ((test_id, score, shard) with shard = attempt id
mod k, summed on read: k times the rows read, 1/k the queue); a Redis sorted set or
counting after commit would instead lose the "rolled back means not ranked" guarantee. On
SQLite a write transaction already holds the database lock (BEGIN IMMEDIATE), so the upsert
adds no waiting there.

Whoever deletes `test_scores` rows (account deletion, for example) must take their
candidates off the histogram in the same transaction; `ON DELETE CASCADE` alone would not.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.errors import BadRequest
from gurukul.core.schemas import decode_cursor, encode_cursor
from gurukul.rankings.models import TestScore
from gurukul.rankings.ranking import ScoreHistogram, predict_rank, score_key
from gurukul.rankings.repository import TestScoreCountRepository, TestScoreRepository

# Candidates in the exam the prediction is for: JEE Main 2025 had about 1.2 million
# (a setting later: GURUKUL_EXAM_CANDIDATES).
EXAM_CANDIDATES = 1_200_000
# The prediction's band is the spread of this many most recent ranked percentiles.
RECENT_FOR_PREDICTION = 5
PREDICTION_KINDS = ("monthly", "weekly", "diagnostic")
DEFAULT_LEADERBOARD_SIZE = 20
MAX_LEADERBOARD_SIZE = 100


@dataclass(frozen=True)
class Standing:
    rank: int
    percentile: float
    candidates: int


@dataclass(frozen=True)
class LeaderboardEntry:
    rank: int
    percentile: float
    score: float
    student_id: uuid.UUID
    attempt_id: uuid.UUID


@dataclass(frozen=True)
class Prediction:
    percentile: float
    rank: int
    low: int
    high: int
    candidates: int
    recent_percentiles: list[float]


async def standing(session: AsyncSession, test_id: uuid.UUID, score: float) -> Standing:
    """Competition rank and NTA percentile of `score` among the test's scored attempts."""
    repository = TestScoreCountRepository.from_session(session)
    above, at_most, total = await repository.sums(test_id, score_key(score))
    if total == 0:
        return Standing(rank=1, percentile=100.0, candidates=0)
    return Standing(rank=1 + above, percentile=100.0 * at_most / total, candidates=total)


async def candidates(session: AsyncSession, test_id: uuid.UUID) -> int:
    """How many scored attempts the test's field has."""
    return (await standing(session, test_id, 0.0)).candidates


async def record_score(
    session: AsyncSession,
    *,
    attempt_id: uuid.UUID,
    test_id: uuid.UUID,
    student_id: uuid.UUID,
    score: float,
    now: datetime,
) -> Standing:
    """Enter a scored attempt into its test's field and return its standing so far."""
    key = score_key(score)
    session.add(
        TestScore(
            attempt_id=attempt_id,
            test_id=test_id,
            student_id=student_id,
            score=key,
            scored_at=now,
        )
    )
    await session.flush()
    await TestScoreCountRepository.from_session(session).bump(test_id, key)
    return await standing(session, test_id, key)


async def standing_of_attempt(session: AsyncSession, attempt_id: uuid.UUID) -> Standing | None:
    """The final standing of an attempt once its window closed, else its standing so far."""
    row = await TestScoreRepository.from_session(session).of_attempt(attempt_id)
    if row is None:
        return None
    if row.final_rank is not None and row.final_percentile is not None:
        total = await candidates(session, row.test_id)
        return Standing(rank=row.final_rank, percentile=row.final_percentile, candidates=total)
    return await standing(session, row.test_id, row.score)


async def histogram(session: AsyncSession, test_id: uuid.UUID) -> ScoreHistogram:
    """The test's score histogram, for ranking many scores with one read."""
    counts = await TestScoreCountRepository.from_session(session).histogram(test_id)
    return ScoreHistogram(counts)


async def leaderboard(
    session: AsyncSession, test_id: uuid.UUID, *, cursor: str | None, limit: int
) -> tuple[list[LeaderboardEntry], str | None]:
    """A page of the test's leaderboard, best first; tied scores share a rank."""
    limit = max(1, min(limit, MAX_LEADERBOARD_SIZE))
    after_values = decode_cursor(cursor, keys={"s", "id"})
    after = None
    if after_values is not None:
        try:
            after = (float(after_values["s"]), uuid.UUID(str(after_values["id"])))
        except (TypeError, ValueError):
            raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor") from None
    repository = TestScoreRepository.from_session(session)
    rows = list(await repository.page(test_id, after=after, limit=limit + 1))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor({"s": rows[-1].score, "id": str(rows[-1].attempt_id)})
    field = await histogram(session, test_id) if rows else ScoreHistogram()
    entries = []
    for row in rows:
        entries.append(
            LeaderboardEntry(
                rank=field.rank(row.score),
                percentile=field.percentile(row.score),
                score=row.score,
                student_id=row.student_id,
                attempt_id=row.attempt_id,
            )
        )
    return entries, next_cursor


async def own_position(
    session: AsyncSession, test_id: uuid.UUID, student_id: uuid.UUID
) -> LeaderboardEntry | None:
    """The student's best scored attempt on the test and where it stands."""
    row = await TestScoreRepository.from_session(session).of_student_on(test_id, student_id)
    if row is None:
        return None
    found = await standing(session, test_id, row.score)
    return LeaderboardEntry(
        rank=found.rank,
        percentile=found.percentile,
        score=row.score,
        student_id=row.student_id,
        attempt_id=row.attempt_id,
    )


async def finalize_test(session: AsyncSession, test_id: uuid.UUID) -> int:
    """Write every scored attempt's final rank and percentile; returns how many were ranked.

    Ranks come from the histogram, so this is one UPDATE per distinct score (each finds its
    attempts through the (test_id, score) index) rather than loading and sorting the field.
    """
    counts = await TestScoreCountRepository.from_session(session).histogram(test_id)
    field = ScoreHistogram(counts)
    finals = [(score, field.rank(score), field.percentile(score)) for score, _ in counts]
    await TestScoreRepository.from_session(session).write_final(test_id, finals)
    return field.total


async def predict(
    session: AsyncSession,
    student_id: uuid.UUID,
    *,
    candidates: int = EXAM_CANDIDATES,
    recent: int = RECENT_FOR_PREDICTION,
) -> Prediction | None:
    """Predicted exam rank from the latest ranked percentile; None before any ranked test.

    rank = round((100 - p) / 100 × N) + 1 for the latest percentile p and N candidates; the
    band is the ranks at p ± the sample standard deviation of the last `recent` percentiles
    (`ranking.predict_rank`). Percentiles are the final ones where a window has closed, else
    the standing so far.
    """
    rows: Sequence[tuple[TestScore, str]] = await TestScoreRepository.from_session(
        session
    ).recent_of_student(student_id, PREDICTION_KINDS, recent)
    if not rows:
        return None
    percentiles = []
    for row, _kind in rows:
        if row.final_percentile is not None:
            percentiles.append(row.final_percentile)
        else:
            percentiles.append((await standing(session, row.test_id, row.score)).percentile)
    predicted = predict_rank(percentiles[0], candidates, percentiles)
    return Prediction(
        percentile=percentiles[0],
        rank=predicted.rank,
        low=predicted.low,
        high=predicted.high,
        candidates=candidates,
        recent_percentiles=percentiles,
    )
