"""Profiles, cohorts and who may see which student."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.models import User
from gurukul.auth.principal import Principal, Role
from gurukul.auth.repository import UserRepository
from gurukul.core.errors import BadRequest, Unprocessable
from gurukul.core.schemas import decode_cursor, encode_cursor
from gurukul.users.errors import (
    CohortNameTaken,
    CohortNotFound,
    ExamTargetInPast,
    ExamTargetTooFar,
    InvalidStandard,
    NotInCohort,
    ProfileNotFound,
    RequiredForStudents,
    UnknownCoach,
    UnknownStudent,
)
from gurukul.users.models import (
    COACHING_CENTER_MAX_LENGTH,
    COHORT_NAME_MAX_LENGTH,
    FULL_NAME_MAX_LENGTH,
    STANDARDS,
    Cohort,
    CohortCoach,
    Profile,
)
from gurukul.users.repository import CohortRepository, ProfileRepository
from gurukul.users.schemas import ProfileUpdate

# A target further out than this is a typo (2205 for 2025), not a plan.
EXAM_TARGET_HORIZON = timedelta(days=5 * 366)


@dataclass(frozen=True)
class ProfileView:
    user: User
    profile: Profile


@dataclass(frozen=True)
class CohortSummary:
    cohort: Cohort
    student_count: int

    @property
    def coach_ids(self) -> list[uuid.UUID]:
        return sorted(link.coach_id for link in self.cohort.coaches)


@dataclass(frozen=True)
class CohortMember:
    user: User
    profile: Profile
    joined_at: datetime


# --- profiles -----------------------------------------------------------------------------


def check_standard(standard: int | None) -> None:
    """Refuse a class other than 11 or 12."""
    if standard is not None and standard not in STANDARDS:
        raise InvalidStandard("Standard must be 11 or 12", field="standard")


def check_exam_target(exam_target: date | None, *, now: datetime) -> None:
    """Refuse an exam date that is not in the future or absurdly far away."""
    if exam_target is None:
        return
    if exam_target <= now.date():
        raise ExamTargetInPast("The exam date must be in the future", field="exam_target")
    if exam_target > (now + EXAM_TARGET_HORIZON).date():
        raise ExamTargetTooFar(
            "The exam date must be within the next five years", field="exam_target"
        )


def check_profile_fields(
    *,
    role: Role,
    full_name: str,
    standard: int | None,
    exam_target: date | None,
    coaching_center: str | None,
    now: datetime,
) -> None:
    """Validate a new profile before anything is written; students need class and exam date."""
    _check_text(full_name, field="full_name", max_length=FULL_NAME_MAX_LENGTH)
    if coaching_center is not None:
        _check_text(coaching_center, field="coaching_center", max_length=COACHING_CENTER_MAX_LENGTH)
    if role is Role.student:
        if standard is None:
            raise RequiredForStudents("Students must give their class", field="standard")
        if exam_target is None:
            raise RequiredForStudents("Students must give their exam date", field="exam_target")
    check_standard(standard)
    check_exam_target(exam_target, now=now)


def _check_text(value: str, *, field: str, max_length: int) -> None:
    if not value.strip():
        raise Unprocessable("This field cannot be empty", code="too_short", field=field)
    if len(value) > max_length:
        raise Unprocessable(f"At most {max_length} characters", code="too_long", field=field)


async def create_profile(
    session: AsyncSession,
    user: User,
    *,
    full_name: str,
    now: datetime,
    standard: int | None = None,
    exam_target: date | None = None,
    coaching_center: str | None = None,
) -> Profile:
    """Create the profile of a new account (called by sign-up and account creation)."""
    check_profile_fields(
        role=user.role,
        full_name=full_name,
        standard=standard,
        exam_target=exam_target,
        coaching_center=coaching_center,
        now=now,
    )
    profile = Profile(
        user=user,
        full_name=full_name.strip(),
        standard=standard,
        exam_target=exam_target,
        coaching_center=coaching_center.strip() if coaching_center else None,
        created_at=now,
    )
    return await ProfileRepository.from_session(session).add(profile)


async def get_profile(session: AsyncSession, user_id: uuid.UUID) -> ProfileView:
    """The account and profile of one user."""
    user = await UserRepository.from_session(session).get_by_id(user_id)
    profile = await ProfileRepository.from_session(session).get_by_id(user_id)
    if user is None or profile is None:
        raise ProfileNotFound("No profile for this account", field=None)
    return ProfileView(user=user, profile=profile)


async def update_profile(
    session: AsyncSession, principal: Principal, profile_in: ProfileUpdate, *, now: datetime
) -> ProfileView:
    """Change the caller's own profile; only the fields sent change."""
    view = await get_profile(session, principal.user_id)
    changes = profile_in.model_dump(exclude_unset=True)
    profile = view.profile
    if view.user.role is Role.student:
        for field in ("standard", "exam_target"):
            if field in changes and changes[field] is None:
                raise RequiredForStudents("Students cannot clear this field", field=field)
    check_standard(changes.get("standard"))
    if "exam_target" in changes:
        check_exam_target(changes["exam_target"], now=now)
    for field, value in changes.items():
        setattr(profile, field, value.value if field == "locale" else value)
    if changes:
        profile.updated_at = now
    await ProfileRepository.from_session(session).add(profile)
    return view


# --- cohorts ------------------------------------------------------------------------------


async def create_cohort(
    session: AsyncSession, *, name: str, coach_ids: list[uuid.UUID], now: datetime
) -> Cohort:
    """Create a cohort coached by `coach_ids` (at least one, each a coach account)."""
    name = name.strip()
    _check_text(name, field="name", max_length=COHORT_NAME_MAX_LENGTH)
    coaches = await _existing_coaches(session, coach_ids)
    repository = CohortRepository.from_session(session)
    if await repository.get_by_name(name) is not None:
        raise CohortNameTaken("A cohort with this name exists", field="name")
    cohort = Cohort(name=name, created_at=now)
    cohort.coaches = [CohortCoach(coach_id=coach_id, created_at=now) for coach_id in coaches]
    return await repository.add(cohort)


async def get_cohort(session: AsyncSession, cohort_id: uuid.UUID) -> Cohort:
    """One cohort with its coaches; CohortNotFound when there is none."""
    cohort = await CohortRepository.from_session(session).get_with_coaches(cohort_id)
    if cohort is None:
        raise CohortNotFound("No such cohort", field="cohort_id")
    return cohort


async def get_cohort_by_name(session: AsyncSession, name: str) -> Cohort | None:
    """The cohort called `name`, if any."""
    return await CohortRepository.from_session(session).get_by_name(name.strip())


async def add_students(
    session: AsyncSession, *, cohort_id: uuid.UUID, student_ids: list[uuid.UUID], now: datetime
) -> None:
    """Put students in a cohort; those already in it stay as they are."""
    cohort = await get_cohort(session, cohort_id)
    wanted = set(student_ids)
    found = await UserRepository.from_session(session).ids_with_role(wanted, Role.student)
    if missing := wanted - found:
        raise UnknownStudent(
            "Some ids are not student accounts",
            field="student_ids",
            data={"unknown_ids": sorted(str(i) for i in missing)},
        )
    await CohortRepository.from_session(session).add_students(cohort, wanted, now=now)


async def add_coaches(
    session: AsyncSession, *, cohort_id: uuid.UUID, coach_ids: list[uuid.UUID], now: datetime
) -> Cohort:
    """Give a cohort more coaches; those already coaching it stay as they are."""
    cohort = await get_cohort(session, cohort_id)
    coaches = await _existing_coaches(session, coach_ids)
    present = {link.coach_id for link in cohort.coaches}
    for coach_id in sorted(set(coaches) - present):
        cohort.coaches.append(CohortCoach(coach_id=coach_id, created_at=now))
    cohort.updated_at = now
    return await CohortRepository.from_session(session).add(cohort)


async def remove_student(
    session: AsyncSession, *, cohort_id: uuid.UUID, student_id: uuid.UUID
) -> Cohort:
    """Take a student out of a cohort."""
    cohort = await get_cohort(session, cohort_id)
    if not await CohortRepository.from_session(session).remove_student(cohort_id, student_id):
        raise NotInCohort("This student is not in the cohort", field="student_id")
    return cohort


async def summarize(session: AsyncSession, cohort: Cohort) -> CohortSummary:
    """A cohort with its student count."""
    counts = await CohortRepository.from_session(session).student_counts([cohort.id])
    return CohortSummary(cohort=cohort, student_count=counts.get(cohort.id, 0))


async def list_cohorts(
    session: AsyncSession, principal: Principal, *, cursor: str | None, limit: int
) -> tuple[list[CohortSummary], str | None]:
    """Cohorts by name: all of them for an admin, their own for a coach."""
    if principal.role is Role.student:
        return [], None
    after = _decode_after(cursor, "name")
    repository = CohortRepository.from_session(session)
    coach_id = None if principal.role is Role.admin else principal.user_id
    cohorts = await repository.list_page(coach_id=coach_id, after=after, limit=limit + 1)
    page, more = cohorts[:limit], len(cohorts) > limit
    counts = await repository.student_counts([c.id for c in page])
    summaries = [CohortSummary(cohort=c, student_count=counts.get(c.id, 0)) for c in page]
    next_cursor = encode_cursor({"name": page[-1].name, "id": str(page[-1].id)}) if more else None
    return summaries, next_cursor


async def list_cohort_students(
    session: AsyncSession,
    principal: Principal,
    cohort_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
) -> tuple[list[CohortMember], str | None]:
    """A cohort's students by name, for its coaches and admins; others get CohortNotFound."""
    cohort = await get_cohort(session, cohort_id)
    if not _coaches(principal, cohort):
        raise CohortNotFound("No such cohort", field="cohort_id")
    after = _decode_after(cursor, "name")
    rows = await CohortRepository.from_session(session).list_students_page(
        cohort_id, after=after, limit=limit + 1
    )
    page, more = rows[:limit], len(rows) > limit
    users = await UserRepository.from_session(session).list_by_ids([p.user_id for p, _ in page])
    by_id = {user.id: user for user in users}
    members = [
        CohortMember(user=by_id[profile.user_id], profile=profile, joined_at=joined_at)
        for profile, joined_at in page
    ]
    next_cursor = None
    if more:
        last = page[-1][0]
        next_cursor = encode_cursor({"name": last.full_name, "id": str(last.user_id)})
    return members, next_cursor


async def coach_can_see(session: AsyncSession, principal: Principal, student_id: uuid.UUID) -> bool:
    """May this principal see the student's data: admins always, coaches of the student's
    cohorts, and the student themself."""
    if principal.role is Role.admin:
        return True
    if principal.role is Role.student:
        return principal.user_id == student_id
    return await CohortRepository.from_session(session).coach_sees_student(
        principal.user_id, student_id
    )


async def student_ids_in_cohort(session: AsyncSession, cohort_id: uuid.UUID) -> set[uuid.UUID]:
    """The ids of a cohort's students."""
    return await CohortRepository.from_session(session).student_ids(cohort_id)


async def cohort_ids_of_student(session: AsyncSession, student_id: uuid.UUID) -> list[uuid.UUID]:
    """The ids of the cohorts a student belongs to."""
    return await CohortRepository.from_session(session).cohort_ids_of_student(student_id)


def _coaches(principal: Principal, cohort: Cohort) -> bool:
    if principal.role is Role.admin:
        return True
    return principal.role is Role.coach and any(
        link.coach_id == principal.user_id for link in cohort.coaches
    )


async def _existing_coaches(session: AsyncSession, coach_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    wanted = list(dict.fromkeys(coach_ids))
    if not wanted:
        raise Unprocessable(
            "A cohort needs at least one coach", code="too_short", field="coach_ids"
        )
    found = await UserRepository.from_session(session).ids_with_role(wanted, Role.coach)
    if missing := set(wanted) - found:
        raise UnknownCoach(
            "Some ids are not coach accounts",
            field="coach_ids",
            data={"unknown_ids": sorted(str(i) for i in missing)},
        )
    return wanted


def _decode_after(cursor: str | None, key: str) -> tuple[str, uuid.UUID] | None:
    values = decode_cursor(cursor, keys={key, "id"})
    if values is None:
        return None
    try:
        return str(values[key]), uuid.UUID(str(values["id"]))
    except ValueError as exc:
        raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor") from exc
