"""Tests over HTTP: weekly and monthly forms, diagnostics, practice, submission, results."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Header, Path

from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import LatePolicy
from gurukul.assessments.models import IDEMPOTENCY_KEY_LENGTH
from gurukul.assessments.schemas import PracticeIn, ResultRead, ServedTest, SubmissionIn
from gurukul.assessments.service import SubmitOptions
from gurukul.auth.principal import AnyUser, CurrentStudent
from gurukul.core.deps import ClockDep, SessionDep, SettingsDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, error_responses, ok

router = APIRouter(prefix="/test", tags=["tests"], route_class=AutoCommitAPIRoute)

STUDENT = {401: "not_authenticated, invalid_token, session_revoked", 403: "forbidden_role"}
PAYLOAD = "field_required, unknown_field, too_long, wrong type codes"
ISSUE = {**STUDENT, 404: "profile_not_found", 409: "not_enough_questions, standard_required"}

IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=IDEMPOTENCY_KEY_LENGTH,
        description="A key the client makes once per submission; a retry sends the same one",
    ),
]


@router.get(
    "/weekly/{day}",
    response_model=Envelope[ServedTest],
    responses=error_responses({**ISSUE, 409: "window_closed, not_enough_questions"}),
)
async def get_weekly_test(
    principal: CurrentStudent, day: date, session: SessionDep, now: ClockDep
) -> Envelope[ServedTest]:
    """The caller's weekly test for the ISO week containing the date: the same form every call."""
    return ok(await assessments_service.weekly_test(session, principal.user_id, day, now=now))


@router.get(
    "/monthly/{month}",
    response_model=Envelope[ServedTest],
    responses=error_responses(
        {**ISSUE, 409: "window_closed, not_enough_questions", 422: "invalid_period"}
    ),
)
async def get_monthly_test(
    principal: CurrentStudent,
    month: Annotated[str, Path(max_length=7, description="YYYY-MM")],
    session: SessionDep,
    now: ClockDep,
) -> Envelope[ServedTest]:
    """The month's benchmark for the caller's class, while its window is open."""
    return ok(await assessments_service.monthly_test(session, principal.user_id, month, now=now))


@router.post(
    "/diagnostic",
    status_code=201,
    response_model=Envelope[ServedTest],
    responses=error_responses(ISSUE),
)
async def start_diagnostic(
    principal: CurrentStudent, session: SessionDep, now: ClockDep
) -> Envelope[ServedTest]:
    """Start a diagnostic over every subject's foundations (an open one is resumed)."""
    return ok(await assessments_service.start_diagnostic(session, principal.user_id, now=now))


@router.post(
    "/practice",
    status_code=201,
    response_model=Envelope[ServedTest],
    responses=error_responses({**ISSUE, 422: f"{PAYLOAD}, invalid_practice"}),
)
async def start_practice(
    principal: CurrentStudent, practice_in: PracticeIn, session: SessionDep, now: ClockDep
) -> Envelope[ServedTest]:
    """A practice set on chosen concepts."""
    return ok(
        await assessments_service.start_practice(session, principal.user_id, practice_in, now=now)
    )


@router.post(
    "/submit",
    response_model=Envelope[ResultRead],
    responses=error_responses(
        {
            **STUDENT,
            404: "attempt_not_found",
            409: "attempt_already_submitted, idempotency_key_reused, submission_late, "
            "attempt_expired",
            422: f"{PAYLOAD}, not_in_form, duplicate_answer, invalid_answer",
        }
    ),
)
async def submit_attempt(
    principal: CurrentStudent,
    submission_in: SubmissionIn,
    idempotency_key: IdempotencyKey,
    session: SessionDep,
    settings: SettingsDep,
    now: ClockDep,
) -> Envelope[ResultRead]:
    """Submit every answer at once; the response carries the scored result.

    Replaying the same submission with the same Idempotency-Key returns the same result.
    """
    options = SubmitOptions(
        late_policy=LatePolicy(settings.late_submission_policy), grace=settings.submission_grace
    )
    return ok(
        await assessments_service.submit(
            session,
            principal.user_id,
            submission_in,
            idempotency_key=idempotency_key,
            now=now,
            options=options,
        )
    )


@router.get(
    "/results/{attempt_id}",
    response_model=Envelope[ResultRead],
    responses=error_responses({401: STUDENT[401], 404: "attempt_not_found"}),
)
async def get_result(
    principal: AnyUser, attempt_id: uuid.UUID, session: SessionDep
) -> Envelope[ResultRead]:
    """A scored attempt's result (own, or a cohort student's for coaches), standing as of now."""
    return ok(await assessments_service.get_result(session, principal, attempt_id))
