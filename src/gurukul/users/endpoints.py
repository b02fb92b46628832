"""The caller's profile; cohorts for admins (manage) and coaches (their own)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from gurukul.auth.principal import AnyUser, CurrentAdmin, CurrentCoach
from gurukul.core.deps import ClockDep, SessionDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, Page, error_responses, ok
from gurukul.users import service as users_service
from gurukul.users.schemas import (
    CohortCoachesAdd,
    CohortCreate,
    CohortRead,
    CohortStudentRead,
    CohortStudentsAdd,
    Locale,
    ProfileRead,
    ProfileUpdate,
)
from gurukul.users.service import CohortMember, CohortSummary, ProfileView

router = APIRouter(prefix="/user", tags=["users"], route_class=AutoCommitAPIRoute)
admin_router = APIRouter(prefix="/admin/cohorts", tags=["admin"], route_class=AutoCommitAPIRoute)
coach_router = APIRouter(prefix="/coach/cohorts", tags=["coach"], route_class=AutoCommitAPIRoute)

SIGNED_IN = {401: "not_authenticated, invalid_token, session_revoked"}
ADMIN = {**SIGNED_IN, 403: "forbidden_role"}
PAYLOAD = "field_required, unknown_field, too_long, wrong type codes"

Cursor = Annotated[str | None, Query(max_length=512, description="next_cursor of the last page")]
Limit = Annotated[int, Query(ge=1, le=100)]


def profile_read(view: ProfileView) -> ProfileRead:
    profile = view.profile
    return ProfileRead(
        id=view.user.id,
        email=view.user.email,
        role=view.user.role,
        full_name=profile.full_name,
        standard=profile.standard,
        exam_target=profile.exam_target,
        coaching_center=profile.coaching_center,
        phone=profile.phone,
        locale=Locale(profile.locale),
        daily_study_minutes=profile.daily_study_minutes,
        updated_at=profile.updated_at,
    )


def cohort_read(summary: CohortSummary) -> CohortRead:
    return CohortRead(
        id=summary.cohort.id,
        name=summary.cohort.name,
        coach_ids=summary.coach_ids,
        student_count=summary.student_count,
        created_at=summary.cohort.created_at,
    )


def cohort_student_read(member: CohortMember) -> CohortStudentRead:
    return CohortStudentRead(
        id=member.user.id,
        email=member.user.email,
        full_name=member.profile.full_name,
        standard=member.profile.standard,
        exam_target=member.profile.exam_target,
        joined_at=member.joined_at,
    )


# --- profile ------------------------------------------------------------------------------


@router.get(
    "/profile",
    response_model=Envelope[ProfileRead],
    responses=error_responses({**SIGNED_IN, 404: "profile_not_found"}),
)
async def get_profile(principal: AnyUser, session: SessionDep) -> Envelope[ProfileRead]:
    """The caller's own profile."""
    view = await users_service.get_profile(session, principal.user_id)
    return ok(profile_read(view))


@router.patch(
    "/profile",
    response_model=Envelope[ProfileRead],
    responses=error_responses(
        {
            400: "malformed_json",
            **SIGNED_IN,
            404: "profile_not_found",
            422: f"{PAYLOAD}, invalid_phone, invalid_standard, exam_target_in_past, "
            "exam_target_too_far, null_not_allowed, enum, greater_than_equal, less_than_equal",
        }
    ),
)
async def update_profile(
    principal: AnyUser, profile_in: ProfileUpdate, session: SessionDep, now: ClockDep
) -> Envelope[ProfileRead]:
    """Change fields of the caller's own profile."""
    view = await users_service.update_profile(session, principal, profile_in, now=now)
    return ok(profile_read(view))


# --- admin: cohorts -----------------------------------------------------------------------


@admin_router.post(
    "",
    status_code=201,
    response_model=Envelope[CohortRead],
    responses=error_responses(
        {
            400: "malformed_json",
            **ADMIN,
            409: "cohort_name_taken",
            422: f"{PAYLOAD}, unknown_coach, too_short",
        }
    ),
)
async def create_cohort(
    principal: CurrentAdmin, cohort_in: CohortCreate, session: SessionDep, now: ClockDep
) -> Envelope[CohortRead]:
    """Create a cohort with one or more coaches."""
    cohort = await users_service.create_cohort(
        session, name=cohort_in.name, coach_ids=cohort_in.coach_ids, now=now
    )
    return ok(cohort_read(await users_service.summarize(session, cohort)))


@admin_router.get(
    "",
    response_model=Envelope[Page[CohortRead]],
    responses=error_responses({400: "invalid_cursor", **ADMIN}),
)
async def list_cohorts(
    principal: CurrentAdmin, session: SessionDep, cursor: Cursor = None, limit: Limit = 50
) -> Envelope[Page[CohortRead]]:
    """All cohorts, by name."""
    summaries, next_cursor = await users_service.list_cohorts(
        session, principal, cursor=cursor, limit=limit
    )
    return ok(Page(items=[cohort_read(s) for s in summaries], next_cursor=next_cursor))


@admin_router.post(
    "/{cohort_id}/students",
    response_model=Envelope[CohortRead],
    responses=error_responses(
        {
            400: "malformed_json",
            **ADMIN,
            404: "cohort_not_found",
            422: f"{PAYLOAD}, unknown_student",
        }
    ),
)
async def add_cohort_students(
    principal: CurrentAdmin,
    cohort_id: uuid.UUID,
    students_in: CohortStudentsAdd,
    session: SessionDep,
    now: ClockDep,
) -> Envelope[CohortRead]:
    """Put students in a cohort (students already in it are left alone)."""
    await users_service.add_students(
        session, cohort_id=cohort_id, student_ids=students_in.student_ids, now=now
    )
    cohort = await users_service.get_cohort(session, cohort_id)
    return ok(cohort_read(await users_service.summarize(session, cohort)))


@admin_router.delete(
    "/{cohort_id}/students/{student_id}",
    response_model=Envelope[CohortRead],
    responses=error_responses({**ADMIN, 404: "cohort_not_found, not_in_cohort"}),
)
async def remove_cohort_student(
    principal: CurrentAdmin, cohort_id: uuid.UUID, student_id: uuid.UUID, session: SessionDep
) -> Envelope[CohortRead]:
    """Take a student out of a cohort."""
    cohort = await users_service.remove_student(session, cohort_id=cohort_id, student_id=student_id)
    return ok(cohort_read(await users_service.summarize(session, cohort)))


@admin_router.post(
    "/{cohort_id}/coaches",
    response_model=Envelope[CohortRead],
    responses=error_responses(
        {400: "malformed_json", **ADMIN, 404: "cohort_not_found", 422: f"{PAYLOAD}, unknown_coach"}
    ),
)
async def add_cohort_coaches(
    principal: CurrentAdmin,
    cohort_id: uuid.UUID,
    coaches_in: CohortCoachesAdd,
    session: SessionDep,
    now: ClockDep,
) -> Envelope[CohortRead]:
    """Give a cohort more coaches (coaches already on it are left alone)."""
    cohort = await users_service.add_coaches(
        session, cohort_id=cohort_id, coach_ids=coaches_in.coach_ids, now=now
    )
    return ok(cohort_read(await users_service.summarize(session, cohort)))


# --- coach: their cohorts -----------------------------------------------------------------


@coach_router.get(
    "",
    response_model=Envelope[Page[CohortRead]],
    responses=error_responses({400: "invalid_cursor", **ADMIN}),
)
async def list_my_cohorts(
    principal: CurrentCoach, session: SessionDep, cursor: Cursor = None, limit: Limit = 50
) -> Envelope[Page[CohortRead]]:
    """The cohorts the caller coaches (all of them for an admin), by name."""
    summaries, next_cursor = await users_service.list_cohorts(
        session, principal, cursor=cursor, limit=limit
    )
    return ok(Page(items=[cohort_read(s) for s in summaries], next_cursor=next_cursor))


@coach_router.get(
    "/{cohort_id}/students",
    response_model=Envelope[Page[CohortStudentRead]],
    responses=error_responses(
        {400: "invalid_cursor", **ADMIN, 404: "cohort_not_found (also when not your cohort)"}
    ),
)
async def list_cohort_students(
    principal: CurrentCoach,
    cohort_id: uuid.UUID,
    session: SessionDep,
    cursor: Cursor = None,
    limit: Limit = 50,
) -> Envelope[Page[CohortStudentRead]]:
    """The students of one of the caller's cohorts, by name."""
    members, next_cursor = await users_service.list_cohort_students(
        session, principal, cohort_id, cursor=cursor, limit=limit
    )
    return ok(Page(items=[cohort_student_read(m) for m in members], next_cursor=next_cursor))
