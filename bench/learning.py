"""Issue 4's figures: submit-and-score with 1,000 students ranked, weekly form assembly, and
the study plan over 100,000 students x 250 concepts (PostgreSQL).

The service functions are called in-process against a scratch database seeded with the demo
curriculum and the demo question bank (the demo seed steps). Students are written with SQL
(no password hashing); the study plan's 25 million mastery rows are generated with
`INSERT ... SELECT` over generate_series.

The submitted test is a 25-question monthly benchmark (9 physics, 8 chemistry, 8 maths; the
blueprint override a deployment would set): every student sits the same form, so scores are
ranked on one test. Each timed submit is a fresh student's, issued outside the timer; the
timer covers `submit` and the commit, as the route does.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import timedelta
from typing import Any

import orjson
import sqlalchemy as sa
from rich.console import Console
from rich.progress import Progress
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from bench.common import scratch_database, timed
from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import BLUEPRINTS, KindBlueprint, TestKind
from gurukul.assessments.models import AttemptItem
from gurukul.assessments.schemas import AnswerIn, ServedTest, SubmissionIn
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.core.db import create_sessionmaker, session_scope
from gurukul.core.time import utc_now
from gurukul.demo import SeedContext, seed_curriculum, seed_question_bank
from gurukul.mastery import scheduling
from gurukul.mastery import service as mastery_service
from gurukul.questions import service as questions_service
from gurukul.users.models import DEFAULT_DAILY_STUDY_MINUTES, DEFAULT_LOCALE, Profile

console = Console()

SUBMIT_BLUEPRINT = KindBlueprint({"PHY": 9, "CHEM": 8, "MATH": 8}, time_limit_s=60 * 60)
PLAN_LIMIT = 10  # GET /api/mastery/next's default
NO_LOGIN = "!bench"  # not an argon2 hash: these accounts cannot log in


# --- setup ------------------------------------------------------------------------------------


async def seed_demo(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, int]:
    """The demo curriculum and question bank, through the demo seed steps."""
    async with session_scope(sessionmaker) as session:
        ctx = SeedContext(session=session, now=utc_now())
        await seed_curriculum(ctx)
        await seed_question_bank(ctx)
    async with sessionmaker() as session:
        concepts = await session.scalar(sa.text("SELECT count(*) FROM concepts"))
        published = await session.scalar(
            sa.text("SELECT count(*) FROM question_versions WHERE status = 'published'")
        )
    return {"concepts": int(concepts or 0), "published_questions": int(published or 0)}


async def make_students(
    sessionmaker: async_sessionmaker[AsyncSession], n: int, prefix: str
) -> list[uuid.UUID]:
    """`n` student accounts with a class-12 profile and an exam date, written in bulk."""
    now = utc_now()
    ids = [uuid.uuid4() for _ in range(n)]
    users = [
        {
            "id": i,
            "email": f"{prefix}{k}@example.com",
            "password_hash": NO_LOGIN,
            "role": Role.student,
            "created_at": now,
        }
        for k, i in enumerate(ids)
    ]
    profiles = [
        {
            "user_id": i,
            "full_name": f"Bench {prefix} {k}",
            "standard": 12,
            "exam_target": now.date() + timedelta(days=150),
            "locale": DEFAULT_LOCALE,
            "daily_study_minutes": DEFAULT_DAILY_STUDY_MINUTES,
            "created_at": now,
        }
        for k, i in enumerate(ids)
    ]
    async with session_scope(sessionmaker) as session:
        for start in range(0, n, 2000):
            await session.execute(sa.insert(User.__table__), users[start : start + 2000])
            await session.execute(sa.insert(Profile.__table__), profiles[start : start + 2000])
    return ids


# --- submit -----------------------------------------------------------------------------------


def _wrong(right: Any) -> Any:
    if isinstance(right, list):
        return [right[0]] if len(right) > 1 else []
    if isinstance(right, str):
        return {"A": "B", "true": "false"}.get(right, "A")
    return right + 1


async def _answer_key(session: AsyncSession, attempt_id: uuid.UUID) -> dict[uuid.UUID, Any]:
    items = (
        await session.scalars(sa.select(AttemptItem).where(AttemptItem.attempt_id == attempt_id))
    ).all()
    versions = await questions_service.get_versions(
        session, [item.question_version_id for item in items]
    )
    key = {}
    for item in items:
        version = versions[item.question_version_id]
        question = questions_service.checkable(version, seed=item.seed)
        key[item.question_version_id] = assessments_service._correct_answer(question)
    return key


def _submission(served: ServedTest, key: dict[uuid.UUID, Any], rng: random.Random) -> SubmissionIn:
    """Answers with a spread of skill: some right, some wrong, a few left blank."""
    skill = rng.random()
    answers = []
    for question in served.questions:
        roll = rng.random()
        if roll < 0.1:
            continue  # skipped
        right = key[question.question_id]
        value = right if roll < 0.1 + 0.9 * skill else _wrong(right)
        answers.append(
            AnswerIn(
                question_id=question.question_id,
                answer=value,
                response_time_ms=rng.randint(20_000, 240_000),
            )
        )
    return SubmissionIn(attempt_id=served.attempt_id, answers=answers)


async def _issue_monthly(
    sessionmaker: async_sessionmaker[AsyncSession],
    student_id: uuid.UUID,
    month: str,
    rng: random.Random,
) -> SubmissionIn:
    async with session_scope(sessionmaker) as session:
        served = await assessments_service.monthly_test(session, student_id, month, now=utc_now())
        key = await _answer_key(session, served.attempt_id)
    return _submission(served, key, rng)


async def _submit(
    sessionmaker: async_sessionmaker[AsyncSession], student_id: uuid.UUID, body: SubmissionIn
) -> Any:
    async with session_scope(sessionmaker) as session:
        return await assessments_service.submit(
            session, student_id, body, idempotency_key=uuid.uuid4().hex, now=utc_now()
        )


async def bench_submit(
    sessionmaker: async_sessionmaker[AsyncSession], *, ranked: int, submits: int, backend: str
) -> tuple[dict[str, Any], list[uuid.UUID]]:
    BLUEPRINTS[TestKind.monthly] = SUBMIT_BLUEPRINT
    rng = random.Random(11)
    month = utc_now().strftime("%Y-%m")
    students = await make_students(sessionmaker, ranked + submits, "rank")
    started = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"[{backend}] {ranked} students sit the monthly", total=ranked)
        for student_id in students[:ranked]:
            await _submit(
                sessionmaker, student_id, await _issue_monthly(sessionmaker, student_id, month, rng)
            )
            progress.advance(task)
    console.print(
        f"[{backend}] {ranked} students ranked on the monthly in "
        f"{time.perf_counter() - started:.1f} s"
    )
    fresh = students[ranked:]
    bodies = [await _issue_monthly(sessionmaker, s, month, rng) for s in fresh]
    questions = len(await _answer_key_size(sessionmaker, bodies[0].attempt_id))
    last: dict[str, Any] = {}

    async def one(i: int) -> None:
        result = await _submit(sessionmaker, fresh[i], bodies[i])
        last["rank"], last["candidates"] = result.rank, result.candidates

    timing = await timed("submit", submits, one)
    row = timing.row()
    row.update(
        questions=questions,
        ranked_before=ranked,
        candidates_at_end=last.get("candidates"),
    )
    return row, students[:ranked]


async def _answer_key_size(
    sessionmaker: async_sessionmaker[AsyncSession], attempt_id: uuid.UUID
) -> dict[uuid.UUID, Any]:
    async with sessionmaker() as session:
        return await _answer_key(session, attempt_id)


# --- weekly -----------------------------------------------------------------------------------


async def bench_weekly(
    sessionmaker: async_sessionmaker[AsyncSession],
    students: list[uuid.UUID],
    *,
    samples: int,
) -> dict[str, Any]:
    """Fresh assembly of this week's form (the first call, which assembles and issues)."""
    today = utc_now().date()
    # Students with a history (from the monthly) first, then brand-new ones (priors only).
    warm_n = 3
    pool = students[: samples + warm_n]
    if len(pool) < samples + warm_n:
        pool += await make_students(sessionmaker, samples + warm_n - len(pool), "weekly")
    warm_pool, pool = pool[:warm_n], pool[warm_n:]

    async def warm(i: int) -> None:
        async with session_scope(sessionmaker) as session:
            await assessments_service.weekly_test(session, warm_pool[i], today, now=utc_now())

    await timed("warm-up", warm_n, warm)
    items: list[int] = []

    async def one(i: int) -> None:
        async with session_scope(sessionmaker) as session:
            served = await assessments_service.weekly_test(session, pool[i], today, now=utc_now())
        items.append(len(served.questions))

    row = (await timed("weekly", samples, one)).row()
    row["questions"] = max(items) if items else 0
    return row


# --- study plan -------------------------------------------------------------------------------


async def _concepts_for_plan(session: AsyncConnection, n: int) -> list[str]:
    """`n` concepts: the topics (concepts without sub-topics) first, then units if needed."""
    rows = (
        await session.execute(
            sa.text(
                "SELECT c.id, EXISTS (SELECT 1 FROM concepts k WHERE k.parent_id = c.id) "
                "FROM concepts c ORDER BY 2, c.id"
            )
        )
    ).all()
    return [r[0] for r in rows][:n]


async def generate_plan_data(
    engine: AsyncEngine, *, students: int, concepts: int
) -> dict[str, Any]:
    """`students` students x `concepts` mastery rows, in SQL (PostgreSQL only).

    Plausible rows: mastery 0-1 skewed low, 0-12 attempts with correct <= attempts, about 60 %
    of rows seen, a review card and a due date (a third of them already due) on seen rows.
    Secondary indexes and the primary key are rebuilt after the load (faster than keeping them
    during 25 M inserts), foreign-key triggers are skipped while loading; then VACUUM, ANALYZE
    and CHECKPOINT, so the timed reads meet the steady state, not the load's aftermath.
    """
    now = utc_now()
    card, due, _ = scheduling.review(None, 3, now - timedelta(days=10))
    card_json = orjson.dumps(card).decode()
    started = time.perf_counter()
    async with engine.connect() as session:
        ids = await _concepts_for_plan(session, concepts)
        await session.execute(
            sa.text(
                "INSERT INTO users (id, email, password_hash, role, created_at) "
                "SELECT gen_random_uuid(), 'plan' || g || '@example.com', :h, 'student', "
                "CAST(:now AS timestamptz) "
                "FROM generate_series(1, :n) g"
            ),
            {"h": NO_LOGIN, "n": students, "now": now},
        )
        await session.execute(
            sa.text(
                "INSERT INTO profiles (user_id, full_name, standard, exam_target, locale, "
                "daily_study_minutes, created_at) SELECT id, 'Plan ' || email, "
                "11 + (random() < 0.5)::int, CAST(:exam AS date) + (random() * 300)::int, "
                ":locale, :minutes, "
                "CAST(:now AS timestamptz) FROM users WHERE email LIKE 'plan%'"
            ),
            {
                "exam": now.date(),
                "locale": DEFAULT_LOCALE,
                "minutes": DEFAULT_DAILY_STUDY_MINUTES,
                "now": now,
            },
        )
        indexes = (
            await session.execute(
                sa.text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = "
                    "'concept_mastery' AND indexname NOT IN (SELECT conname FROM pg_constraint "
                    "WHERE conrelid = 'concept_mastery'::regclass)"
                )
            )
        ).all()
        pk = (
            await session.execute(
                sa.text(
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE conrelid = 'concept_mastery'::regclass AND contype = 'p'"
                )
            )
        ).one()
        for name, _ in indexes:
            await session.execute(sa.text(f'DROP INDEX "{name}"'))
        await session.execute(sa.text(f'ALTER TABLE concept_mastery DROP CONSTRAINT "{pk[0]}"'))
        await session.execute(sa.text("SET session_replication_role = replica"))
        await session.execute(sa.text("CREATE TEMP TABLE bench_concepts (id text PRIMARY KEY)"))
        await session.execute(
            sa.text("INSERT INTO bench_concepts (id) VALUES (:id)"), [{"id": c} for c in ids]
        )
        await session.commit()
        user_ids = list(
            (
                await session.execute(
                    sa.text("SELECT id FROM users WHERE email LIKE 'plan%' ORDER BY id")
                )
            ).scalars()
        )
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("[postgresql] mastery rows", total=len(user_ids))
            batch = 5000
            for start in range(0, len(user_ids), batch):
                chunk = user_ids[start : start + batch]
                await session.execute(
                    sa.text(
                        "INSERT INTO concept_mastery (student_id, concept_id, p_mastery, "
                        "attempts, correct, first_seen, last_seen, fsrs_card, due_at, "
                        "gap_suspected, updated_at) "
                        "SELECT sid, cid, least(1.0, r1 * r1 + 0.05 * a / 12.0), a, "
                        "floor(a * r2)::int, "
                        "CASE WHEN a > 0 THEN CAST(:now AS timestamptz) "
                        "- make_interval(days => 60 + (r3 * 30)::int) END, "
                        "CASE WHEN a > 0 THEN CAST(:now AS timestamptz) "
                        "- make_interval(days => (r3 * 60)::int) END, "
                        "CASE WHEN a > 0 THEN CAST(:card AS json) END, "
                        "CASE WHEN a > 0 THEN CAST(:now AS timestamptz) "
                        "+ make_interval(hours => (r4 * 1440)::int - 480) END, "
                        "r1 < 0.1 AND a > 2, CAST(:now AS timestamptz) "
                        "FROM (SELECT u.sid, c.id AS cid, "
                        "CASE WHEN random() < 0.6 THEN 1 + floor(random() * 12)::int ELSE 0 END "
                        "AS a, "
                        "random() AS r1, random() AS r2, random() AS r3, random() AS r4 "
                        "FROM unnest(CAST(:ids AS uuid[])) AS u(sid) CROSS JOIN bench_concepts c "
                        "ORDER BY u.sid, c.id) s"
                    ),
                    {"ids": chunk, "now": now, "card": card_json},
                )
                await session.commit()
                progress.update(task, completed=start + len(chunk))
        load_s = time.perf_counter() - started
        console.print(f"[postgresql] mastery rows loaded in {load_s:.0f} s; rebuilding indexes")
        await session.execute(sa.text("SET maintenance_work_mem = '512MB'"))
        await session.execute(
            sa.text(f'ALTER TABLE concept_mastery ADD CONSTRAINT "{pk[0]}" {pk[1]}')
        )
        for _, definition in indexes:
            await session.execute(sa.text(definition))
        await session.execute(sa.text("SET session_replication_role = DEFAULT"))
        await session.commit()
        # VACUUM as autovacuum would in steady state: sets hint bits and the visibility map,
        # so the timed reads do not pay for the bulk load's first touch of each page.
        autocommit = await session.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(sa.text("VACUUM (ANALYZE) concept_mastery"))
        await autocommit.execute(sa.text("ANALYZE"))
        # And flush the load's gigabytes of dirty pages now, not during the timed reads.
        await autocommit.execute(sa.text("CHECKPOINT"))
        rows = await session.scalar(sa.text("SELECT count(*) FROM concept_mastery"))
    return {
        "students": students,
        "concepts": len(ids),
        "mastery_rows": int(rows or 0),
        "generate_s": round(time.perf_counter() - started, 1),
        "load_s": round(load_s, 1),
        "student_ids": user_ids,
    }


async def bench_plan(
    sessionmaker: async_sessionmaker[AsyncSession], student_ids: list[uuid.UUID], samples: int
) -> dict[str, Any]:
    rng = random.Random(5)
    picks = [rng.choice(student_ids) for _ in range(samples)]
    warm = [rng.choice(student_ids) for _ in range(20)]
    sizes: list[int] = []

    async def one_of(pool: list[uuid.UUID]) -> Any:
        async def one(i: int) -> None:
            async with sessionmaker() as session:
                plan = await mastery_service.study_plan(
                    session, student_id=pool[i], now=utc_now(), limit=PLAN_LIMIT
                )
            sizes.append(len(plan.items))

        return one

    await timed("warm-up", len(warm), await one_of(warm))
    sizes.clear()
    row = (await timed("study plan", samples, await one_of(picks))).row()
    row["plan_items"] = max(sizes) if sizes else 0
    return row


# --- entry points -----------------------------------------------------------------------------


async def run(
    backend: str,
    postgres_url: str | None,
    *,
    ranked: int,
    submits: int,
    samples: int,
    plan_students: int,
    plan_concepts: int,
    plan: bool,
    only: str | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {"backend": backend}
    if only == "plan":  # the study plan alone: no submit or weekly database
        if backend == "postgresql":
            out["study_plan"] = await run_plan(
                postgres_url, students=plan_students, concepts=plan_concepts, samples=samples
            )
        return out
    async with scratch_database(backend, postgres_url) as (_settings, engine):
        sessionmaker = create_sessionmaker(engine)
        out["seed"] = await seed_demo(sessionmaker)
        console.print(f"[{backend}] demo seeded: {out['seed']}")
        out["submit"], students = await bench_submit(
            sessionmaker, ranked=ranked, submits=submits, backend=backend
        )
        console.print(f"[{backend}] submit: {out['submit']}")
        out["weekly"] = await bench_weekly(sessionmaker, students, samples=samples)
        console.print(f"[{backend}] weekly: {out['weekly']}")
    if plan and backend == "postgresql":
        out["study_plan"] = await run_plan(
            postgres_url, students=plan_students, concepts=plan_concepts, samples=samples
        )
    return out


async def run_plan(
    postgres_url: str | None, *, students: int, concepts: int, samples: int
) -> dict[str, Any]:
    """The study-plan part on PostgreSQL, in a database of its own (so the plan's tables hold
    only the generated students), dropped afterwards."""
    async with scratch_database("postgresql", postgres_url) as (_settings, engine):
        sessionmaker = create_sessionmaker(engine)
        await seed_demo(sessionmaker)
        data = await generate_plan_data(engine, students=students, concepts=concepts)
        ids = data.pop("student_ids")
        console.print(f"[postgresql] study-plan data: {data}")
        found = {**data, **await bench_plan(sessionmaker, ids, samples)}
        console.print(f"[postgresql] study plan: {found}")
    return found
