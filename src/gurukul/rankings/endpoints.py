"""Monthly leaderboards and the predicted exam rank."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel

from gurukul.assessments import service as assessments_service
from gurukul.auth.principal import AnyUser, CurrentStudent, Role
from gurukul.core.deps import SessionDep, SettingsDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, error_responses, ok
from gurukul.rankings import service as rankings_service
from gurukul.rankings.service import DEFAULT_LEADERBOARD_SIZE, LeaderboardEntry

router = APIRouter(tags=["rankings"], route_class=AutoCommitAPIRoute)

SIGNED_IN = {401: "not_authenticated, invalid_token, session_revoked"}


class LeaderboardEntryRead(BaseModel):
    rank: int
    percentile: float
    score: float
    student_id: uuid.UUID
    attempt_id: uuid.UUID
    is_you: bool


class LeaderboardRead(BaseModel):
    month: str
    standard: int
    test_id: uuid.UUID | None
    finalized: bool
    candidates: int
    items: list[LeaderboardEntryRead]
    next_cursor: str | None
    you: LeaderboardEntryRead | None


class PredictionRead(BaseModel):
    """rank = round((100 - p) / 100 × candidates) + 1 for the latest percentile p; the band
    is the ranks at p ± the standard deviation of the recent percentiles."""

    percentile: float
    predicted_rank: int
    band_best: int
    band_worst: int
    candidates: int
    recent_percentiles: list[float]
    formula: str


def _entry(entry: LeaderboardEntry, caller: uuid.UUID) -> LeaderboardEntryRead:
    return LeaderboardEntryRead(
        rank=entry.rank,
        percentile=entry.percentile,
        score=entry.score,
        student_id=entry.student_id,
        attempt_id=entry.attempt_id,
        is_you=entry.student_id == caller,
    )


@router.get(
    "/test/ranking/{month}",
    response_model=Envelope[LeaderboardRead],
    responses=error_responses(
        {400: "invalid_cursor", **SIGNED_IN, 409: "standard_required", 422: "invalid_period"}
    ),
)
async def get_leaderboard(
    principal: AnyUser,
    month: Annotated[str, Path(max_length=7, description="YYYY-MM")],
    session: SessionDep,
    standard: Annotated[int | None, Query(ge=11, le=12)] = None,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = DEFAULT_LEADERBOARD_SIZE,
) -> Envelope[LeaderboardRead]:
    """The month's benchmark leaderboard within a class, and the caller's own place."""
    if principal.role is Role.student or standard is None:
        standard = await assessments_service.standard_of(session, principal.user_id)
    test = await assessments_service.monthly_test_of(session, month, standard)
    if test is None:
        return ok(
            LeaderboardRead(
                month=month,
                standard=standard,
                test_id=None,
                finalized=False,
                candidates=0,
                items=[],
                next_cursor=None,
                you=None,
            )
        )
    entries, next_cursor = await rankings_service.leaderboard(
        session, test.id, cursor=cursor, limit=limit
    )
    you = await rankings_service.own_position(session, test.id, principal.user_id)
    total = await rankings_service.candidates(session, test.id)
    return ok(
        LeaderboardRead(
            month=month,
            standard=standard,
            test_id=test.id,
            finalized=test.finalized_at is not None,
            candidates=total,
            items=[_entry(entry, principal.user_id) for entry in entries],
            next_cursor=next_cursor,
            you=_entry(you, principal.user_id) if you else None,
        )
    )


@router.get(
    "/analytics/prediction",
    response_model=Envelope[PredictionRead | None],
    responses=error_responses({**SIGNED_IN, 403: "forbidden_role"}),
)
async def get_prediction(
    principal: CurrentStudent, session: SessionDep, settings: SettingsDep
) -> Envelope[PredictionRead | None]:
    """Predicted exam rank with a band; null before the first ranked test."""
    found = await rankings_service.predict(
        session, principal.user_id, candidates=settings.exam_candidates
    )
    if found is None:
        return ok(None)
    return ok(
        PredictionRead(
            percentile=found.percentile,
            predicted_rank=found.rank,
            band_best=found.low,
            band_worst=found.high,
            candidates=found.candidates,
            recent_percentiles=found.recent_percentiles,
            formula="rank = round((100 - p) / 100 * candidates) + 1; band at p ± stdev(recent p)",
        )
    )
