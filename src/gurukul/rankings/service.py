"""Ranks, percentiles, leaderboards and rank prediction.

Choice of score index: the database. Every scored attempt gets a `test_scores` row, and the
(test_id, score) B-tree answers rank = 1 + count(score > mine) and the NTA percentile
100 × count(score <= mine) / count(*): the B-tree finds the test's slice in O(log n) and the
counts read only index entries (no table rows, no sort), the same in the embedded and the
scaled deployment, inside the submitting transaction (so a rolled-back submission never
ranks), and with no second copy to keep in step. Counting the slice is linear in its size,
which is microseconds for the thousands a mock test has; when a field reaches hundreds of
thousands, a Redis sorted set (ZCOUNT, O(log n)) rebuilt from this table is the next step,
and the table stays the source of truth.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.errors import BadRequest
from gurukul.core.schemas import decode_cursor, encode_cursor
from gurukul.rankings.models import TestScore
from gurukul.rankings.ranking import competition_ranks, predict_rank
from gurukul.rankings.repository import TestScoreRepository

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
    above, at_most, total = await TestScoreRepository.from_session(session).counts(test_id, score)
    if total == 0:
        return Standing(rank=1, percentile=100.0, candidates=0)
    return Standing(rank=1 + above, percentile=100.0 * at_most / total, candidates=total)


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
    session.add(
        TestScore(
            attempt_id=attempt_id,
            test_id=test_id,
            student_id=student_id,
            score=score,
            scored_at=now,
        )
    )
    await session.flush()
    return await standing(session, test_id, score)


async def standing_of_attempt(session: AsyncSession, attempt_id: uuid.UUID) -> Standing | None:
    """The final standing of an attempt once its window closed, else its standing so far."""
    row = await TestScoreRepository.from_session(session).of_attempt(attempt_id)
    if row is None:
        return None
    if row.final_rank is not None and row.final_percentile is not None:
        total = (await TestScoreRepository.from_session(session).counts(row.test_id, 0.0))[2]
        return Standing(rank=row.final_rank, percentile=row.final_percentile, candidates=total)
    return await standing(session, row.test_id, row.score)


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
    standings: dict[float, Standing] = {}
    entries = []
    for row in rows:
        if row.score not in standings:  # one pair of range counts per distinct score
            standings[row.score] = await standing(session, test_id, row.score)
        found = standings[row.score]
        entries.append(
            LeaderboardEntry(
                rank=found.rank,
                percentile=found.percentile,
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
    """Write every scored attempt's final rank and percentile (one sort of the field)."""
    rows = list(await TestScoreRepository.from_session(session).all_scores(test_id))
    scores = [row.score for row in rows]
    ranks = competition_ranks(scores)
    ordered = sorted(scores)
    for row, rank in zip(rows, ranks, strict=True):
        row.final_rank = rank
        row.final_percentile = 100.0 * bisect.bisect_right(ordered, row.score) / len(rows)
    await session.flush()
    return len(rows)


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
