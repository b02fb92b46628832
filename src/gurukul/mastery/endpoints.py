"""The learner model over HTTP: a student's own mastery, plan and phase; coaches and admins
name a student they may see with `?student_id=`."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query

from gurukul.assessments import service as assessments_service
from gurukul.auth.principal import AnyUser
from gurukul.core.deps import ClockDep, SessionDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, error_responses, ok
from gurukul.mastery import service as mastery_service
from gurukul.mastery.schemas import (
    ConceptMasteryRead,
    DashboardRead,
    OverallRead,
    PhaseRead,
    ProgressRead,
    StudyPlanRead,
    WeakSpotRead,
)

router = APIRouter(prefix="/mastery", tags=["mastery"], route_class=AutoCommitAPIRoute)
user_router = APIRouter(prefix="/user", tags=["mastery"], route_class=AutoCommitAPIRoute)

ERRORS = {
    401: "not_authenticated, invalid_token, session_revoked",
    403: "student_not_visible (not your student)",
    422: "field_required (student_id, for coaches and admins), wrong type codes",
}
CONCEPT_ERRORS = {**ERRORS, 404: "concept_not_found"}

StudentId = Annotated[
    uuid.UUID | None,
    Query(description="The student (coaches and admins); students get their own data"),
]
ConceptQuery = Annotated[str | None, Query(max_length=80, description="One concept's series")]


@router.get("/overall", response_model=Envelope[OverallRead], responses=error_responses(ERRORS))
async def get_overall_mastery(
    principal: AnyUser, session: SessionDep, student_id: StudentId = None
) -> Envelope[OverallRead]:
    """Exam-weighted mean mastery and coverage, per subject and overall."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    return ok(await mastery_service.overall(session, student_id=student))


@router.get(
    "/weak-spots", response_model=Envelope[list[WeakSpotRead]], responses=error_responses(ERRORS)
)
async def list_weak_spots(
    principal: AnyUser,
    session: SessionDep,
    student_id: StudentId = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> Envelope[list[WeakSpotRead]]:
    """Topics attempted at least twice and still below 50 % mastery, worst first."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    return ok(await mastery_service.weak_spots(session, student_id=student, limit=limit))


@router.get(
    "/progress", response_model=Envelope[ProgressRead], responses=error_responses(CONCEPT_ERRORS)
)
async def get_progress(
    principal: AnyUser,
    session: SessionDep,
    now: ClockDep,
    student_id: StudentId = None,
    concept: ConceptQuery = None,
    days: Annotated[int, Query(ge=1, le=366)] = 30,
) -> Envelope[ProgressRead]:
    """Mastery over time: per subject per day, or one concept's series with `concept=`."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    return ok(
        await mastery_service.progress(
            session, student_id=student, now=now, days=days, concept_id=concept
        )
    )


@router.get("/next", response_model=Envelope[StudyPlanRead], responses=error_responses(ERRORS))
async def get_study_plan(
    principal: AnyUser,
    session: SessionDep,
    now: ClockDep,
    student_id: StudentId = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Envelope[StudyPlanRead]:
    """The study plan: reviews, prerequisite gaps, weak topics and the frontier, with reasons."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    return ok(await mastery_service.study_plan(session, student_id=student, now=now, limit=limit))


@router.get(
    "/{concept}",
    response_model=Envelope[ConceptMasteryRead],
    responses=error_responses(CONCEPT_ERRORS),
)
async def get_concept_mastery(
    concept: Annotated[str, Path(max_length=80)],
    principal: AnyUser,
    session: SessionDep,
    now: ClockDep,
    student_id: StudentId = None,
) -> Envelope[ConceptMasteryRead]:
    """One concept's mastery: attempts, accuracy, first and last seen, next review, recall now."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    return ok(
        await mastery_service.concept_mastery(
            session, student_id=student, concept_id=concept, now=now
        )
    )


@user_router.get("/phase", response_model=Envelope[PhaseRead], responses=error_responses(ERRORS))
async def get_phase(
    principal: AnyUser, session: SessionDep, now: ClockDep, student_id: StudentId = None
) -> Envelope[PhaseRead]:
    """The preparation phase from the exam date and coverage, with the rule."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    return ok(await mastery_service.phase(session, student_id=student, now=now))


@user_router.get(
    "/dashboard", response_model=Envelope[DashboardRead], responses=error_responses(ERRORS)
)
async def get_dashboard(
    principal: AnyUser, session: SessionDep, now: ClockDep, student_id: StudentId = None
) -> Envelope[DashboardRead]:
    """Mastery summary, phase, what to study next and why, reviews, tests and recent results."""
    student = await mastery_service.resolve_student(session, principal, student_id)
    summary = await mastery_service.dashboard(session, student_id=student, now=now)
    # Tests belong to the assessments domain, which builds on this one: joined here.
    upcoming, recent = await assessments_service.dashboard_tests(
        session, student_id=student, now=now
    )
    return ok(summary.model_copy(update={"upcoming_tests": upcoming, "recent_results": recent}))
