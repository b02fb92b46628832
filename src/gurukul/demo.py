"""Demo content for a fresh install (`gurukul seed-demo`, run by `make run` on a new database).

Seeding is a list of steps, each an idempotent async callable over one `SeedContext`: a step
creates what is missing and leaves what exists alone, so a second run creates nothing. Later
issues append their steps (curriculum, questions, tests) to `SEED_STEPS`.

The demo curriculum is the JEE Main syllabus shipped with the package; the demo question bank
is the `demo_*.json` files beside the question formats (written by scripts/demo_bank/build.py),
imported and published at once so students can practise on a fresh install.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth import service as auth_service
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.loader import DEMO_CURRICULUM, load_curriculum
from gurukul.questions import service as questions_service
from gurukul.questions.importing import import_questions
from gurukul.users import service as users_service

# example.com is reserved for documentation (RFC 2606): demo mail can never reach anyone.
DEMO_DOMAIN = "example.com"
DEMO_COHORT = "Demo cohort"
DEMO_STUDENTS = 5
DEMO_BANK_DIR = Path(__file__).parent / "questions" / "data"
DEMO_BANK_GLOB = "demo_*.json"


class DemoContentError(RuntimeError):
    """The shipped demo content does not load: a bug in the package, not in the database."""


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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


async def seed_curriculum(ctx: SeedContext) -> None:
    """The JEE Main concept graph shipped with the package (upserted by id)."""
    curriculum = load_curriculum(DEMO_CURRICULUM)
    report = await curriculum_service.import_curriculum(
        ctx.session, curriculum, dry_run=False, now=ctx.now
    )
    if not report.ok:
        bad = "; ".join(str(p) for p in report.problems if p.severity == "error")
        raise DemoContentError(f"the demo curriculum does not load: {bad}")
    changed = sum(report.updated.values())
    made = [_plural(n, kind.removesuffix("s")) for kind, n in report.created.items() if n]
    if not made and not changed:
        return
    line = "demo curriculum: " + (", ".join(made) if made else "nothing new")
    if changed:
        line += f"; {changed} updated"
    ctx.created.append(line)


def demo_bank_files() -> list[Path]:
    """The demo question files shipped with the package, in name order."""
    return sorted(DEMO_BANK_DIR.glob(DEMO_BANK_GLOB))


async def seed_question_bank(ctx: SeedContext) -> None:
    """The demo question bank, imported and published; content already in the bank is skipped."""
    created: dict[str, int] = {}
    present = 0
    for path in demo_bank_files():
        report = await import_questions(
            ctx.session,
            path.read_text(encoding="utf-8"),
            fmt="json",
            concept_map=None,
            dry_run=False,
            now=ctx.now,
        )
        if not report.ok:
            bad = [f"{line.ref}: {line.reason}" for line in report.lines if line.outcome == "error"]
            raise DemoContentError(
                f"{path.name} does not import ({report.errors} error(s)): " + "; ".join(bad[:5])
            )
        for question_id in report.question_ids:
            await questions_service.publish_question(ctx.session, question_id, now=ctx.now)
        present += report.duplicates
        if report.created:
            created[path.stem.removeprefix("demo_")] = report.created
    if not created:
        return
    parts = ", ".join(f"{name} {n}" for name, n in created.items())
    line = f"demo question bank: {_plural(sum(created.values()), 'published question')} ({parts})"
    if present:
        line += f"; {present} already present"
    ctx.created.append(line)


SEED_STEPS: list[SeedStep] = [seed_accounts, seed_cohort, seed_curriculum, seed_question_bank]


async def seed(
    session: AsyncSession, *, now: datetime, steps: Sequence[SeedStep] = SEED_STEPS
) -> SeedContext:
    """Run every seed step in one unit of work; the caller commits."""
    ctx = SeedContext(session=session, now=now)
    for step in steps:
        await step(ctx)
    return ctx
