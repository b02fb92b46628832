"""Demo content for a fresh install (`gurukul seed-demo`, run by `make run` on a new database).

Seeding is a list of steps, each an idempotent async callable over one `SeedContext`: a step
creates what is missing and leaves what exists alone, so a second run creates nothing. Later
issues append their steps (curriculum, questions, tests) to `SEED_STEPS`.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth import service as auth_service
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.users import service as users_service

# example.com is reserved for documentation (RFC 2606): demo mail can never reach anyone.
DEMO_DOMAIN = "example.com"
DEMO_COHORT = "Demo cohort"
DEMO_STUDENTS = 5


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: Role
    password: str


@dataclass
class SeedContext:
    session: AsyncSession
    now: datetime
    # Accounts by key ("admin", "coach", "student1", ...), existing or new, for later steps.
    users: dict[str, User] = field(default_factory=dict)
    # The accounts created by this run, with passwords that exist nowhere else: shown once.
    logins: list[DemoLogin] = field(default_factory=list)
    # Everything else created by this run, one short line each ("cohort 'Demo cohort'").
    created: list[str] = field(default_factory=list)


SeedStep = Callable[[SeedContext], Awaitable[None]]


def demo_password() -> str:
    """A random password (16 URL-safe characters) that passes the password policy."""
    return secrets.token_urlsafe(12)


async def _ensure_user(
    ctx: SeedContext, key: str, *, full_name: str, role: Role, **profile: Any
) -> None:
    email = f"{key}@{DEMO_DOMAIN}"
    user = await auth_service.get_user_by_email(ctx.session, email)
    if user is None:
        password = demo_password()
        user = await auth_service.create_user(
            ctx.session,
            email=email,
            password=password,
            full_name=full_name,
            role=role,
            now=ctx.now,
            **profile,
        )
        ctx.logins.append(DemoLogin(email=email, role=role, password=password))
    ctx.users[key] = user


async def seed_accounts(ctx: SeedContext) -> None:
    """An admin, a coach and a few students."""
    await _ensure_user(ctx, "admin", full_name="Demo Admin", role=Role.admin)
    await _ensure_user(ctx, "coach", full_name="Demo Coach", role=Role.coach)
    exam_target = date(ctx.now.year + 1, 4, 1)  # next spring's entrance exams
    for number in range(1, DEMO_STUDENTS + 1):
        await _ensure_user(
            ctx,
            f"student{number}",
            full_name=f"Demo Student {number}",
            role=Role.student,
            standard=11 if number % 2 else 12,
            exam_target=exam_target,
            coaching_center="Gurukul Demo Centre",
        )


async def seed_cohort(ctx: SeedContext) -> None:
    """The coach's cohort holding every demo student."""
    students = [user for key, user in ctx.users.items() if key.startswith("student")]
    cohort = await users_service.get_cohort_by_name(ctx.session, DEMO_COHORT)
    if cohort is None:
        cohort = await users_service.create_cohort(
            ctx.session, name=DEMO_COHORT, coach_ids=[ctx.users["coach"].id], now=ctx.now
        )
        ctx.created.append(f"cohort {DEMO_COHORT!r}")
    # Those already in the cohort stay as they are: only missing members are added.
    await users_service.add_students(
        ctx.session, cohort_id=cohort.id, student_ids=[u.id for u in students], now=ctx.now
    )


SEED_STEPS: list[SeedStep] = [seed_accounts, seed_cohort]


async def seed(
    session: AsyncSession, *, now: datetime, steps: Sequence[SeedStep] = SEED_STEPS
) -> SeedContext:
    """Run every seed step in one unit of work; the caller commits."""
    ctx = SeedContext(session=session, now=now)
    for step in steps:
        await step(ctx)
    return ctx
