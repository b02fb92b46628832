"""Rank lookups at fields of 1,000 / 100,000 / 1,000,000 candidates: the score histogram
keeps the cost flat where counting the (test_id, score) index slice grew with the field.

One scratch database holds every field (one monthly test each, so the big tables hold all
of them at once). Students, attempts and scores are written in bulk with SQL; scores follow
a 25-question paper at +4/-1 (126 possible totals), each candidate with an ability drawn
from Beta(2, 3) and 8-25 questions attempted. The histogram is then built from the loaded
`test_scores` rows with one GROUP BY (what the migration's backfill does), and checked.

Timed, per field:
- `standing`: `rankings_service.standing` for a random score (the read a submit, a result
  page and a leaderboard page make); the transaction is ended outside the timer.
- `count (before)`: the query the code used before the histogram, `count(*)` filtered above
  and at-or-below over the test's slice of the (test_id, score) index, for comparison (after
  VACUUM ANALYZE on PostgreSQL, so it gets its index-only scan).
- `record + commit`: `rankings_service.record_score` for a fresh attempt and the commit,
  which is what ranking adds to a submit (the row, the histogram upsert, the standing).
Then, on the smallest field, concurrent writers (each its own session) recording and
committing all on one score (every upsert on the same histogram row) and on scores drawn from
the field's distribution, to show what the row lock costs.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from rich.console import Console
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bench.common import Timing, scratch_database
from gurukul.assessments.models import Attempt, Test
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.core.db import create_sessionmaker
from gurukul.core.time import utc_now
from gurukul.rankings import service as rankings_service
from gurukul.rankings.models import TestScore, TestScoreCount

console = Console()

QUESTIONS, CORRECT, WRONG = 25, 4, -1
CHUNK = 5_000
NO_LOGIN = "!bench"  # not an argon2 hash: these accounts cannot log in


def _table(model: Any) -> sa.Table:
    table: sa.Table = model.__table__
    return table


def paper_score(rng: random.Random) -> float:
    """A plausible total on a 25-question +4/-1 paper."""
    ability = rng.betavariate(2, 3)
    attempted = rng.randint(8, QUESTIONS)
    right = sum(1 for _ in range(attempted) if rng.random() < ability)
    return float(CORRECT * right + WRONG * (attempted - right))


def _chunks(n: int) -> Iterator[range]:
    for start in range(0, n, CHUNK):
        yield range(start, min(start + CHUNK, n))


async def make_students(engine: AsyncEngine, n: int) -> list[uuid.UUID]:
    now = utc_now()
    ids = [uuid.uuid4() for _ in range(n)]
    async with engine.begin() as conn:
        for part in _chunks(n):
            await conn.execute(
                sa.insert(_table(User)),
                [
                    {
                        "id": ids[k],
                        "email": f"rank{k}@example.com",
                        "password_hash": NO_LOGIN,
                        "role": Role.student,
                        "created_at": now,
                    }
                    for k in part
                ],
            )
    return ids


async def make_test(engine: AsyncEngine, label: str) -> uuid.UUID:
    now = utc_now()
    test_id = uuid.uuid4()
    async with engine.begin() as conn:
        await conn.execute(
            sa.insert(_table(Test)).values(
                id=test_id,
                kind="monthly",
                period_key=f"bench-{label}",
                standard=12,
                opens_at=now - timedelta(days=1),
                closes_at=now + timedelta(days=30),
                blueprint={},
                created_at=now,
            )
        )
    return test_id


def _attempt(student_id: uuid.UUID, test_id: uuid.UUID, now: Any, status: str) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "student_id": student_id,
        "test_id": test_id,
        "status": status,
        "issued_at": now,
        "deadline": now + timedelta(hours=1),
        "seed": 1,
        "time_limit_s": 3600,
        "late": False,
    }


async def load_field(
    engine: AsyncEngine, test_id: uuid.UUID, students: list[uuid.UUID], rng: random.Random
) -> None:
    """One scored attempt per student, then the histogram grouped from the scores."""
    now = utc_now()
    async with engine.begin() as conn:
        for part in _chunks(len(students)):
            attempts = [_attempt(students[k], test_id, now, "submitted") for k in part]
            await conn.execute(sa.insert(_table(Attempt)), attempts)
            await conn.execute(
                sa.insert(_table(TestScore)),
                [
                    {
                        "attempt_id": a["id"],
                        "test_id": test_id,
                        "student_id": a["student_id"],
                        "score": paper_score(rng),
                        "scored_at": now,
                    }
                    for a in attempts
                ],
            )
        await conn.execute(
            sa.insert(_table(TestScoreCount)).from_select(
                ["test_id", "score", "candidates"],
                sa.select(TestScore.test_id, TestScore.score, sa.func.count())
                .where(TestScore.test_id == test_id)
                .group_by(TestScore.test_id, TestScore.score),
            )
        )


async def settle(engine: AsyncEngine) -> None:
    """Statistics for the planner, and on PostgreSQL the visibility map too, so the old count
    gets the index-only scan autovacuum would give it on a live database."""
    statement = "VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"
    async with engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(sa.text(statement))


async def issue_attempts(
    engine: AsyncEngine, test_id: uuid.UUID, students: list[uuid.UUID]
) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """Issued, unscored attempts for the timed record_score calls: (attempt id, student id)."""
    now = utc_now()
    attempts = [_attempt(s, test_id, now, "issued") for s in students]
    async with engine.begin() as conn:
        await conn.execute(sa.insert(_table(Attempt)), attempts)
    return [(a["id"], a["student_id"]) for a in attempts]


async def old_count(session: AsyncSession, test_id: uuid.UUID, score: float) -> tuple[int, ...]:
    """The rank query before the histogram: counts over the test's index slice."""
    row = (
        await session.execute(
            sa.select(
                sa.func.count().filter(TestScore.score > score),
                sa.func.count().filter(TestScore.score <= score),
                sa.func.count(),
            ).where(TestScore.test_id == test_id)
        )
    ).one()
    return tuple(int(v) for v in row)


async def time_reads(
    sessionmaker: async_sessionmaker[AsyncSession],
    name: str,
    n: int,
    read: Any,
    rng: random.Random,
) -> Timing:
    samples = []
    async with sessionmaker() as session:
        for _ in range(n):
            score = paper_score(rng)
            started = time.perf_counter()
            await read(session, score)
            samples.append((time.perf_counter() - started) * 1000)
            await session.rollback()
    return Timing(name, samples)


async def record(
    sessionmaker: async_sessionmaker[AsyncSession],
    test_id: uuid.UUID,
    attempt: tuple[uuid.UUID, uuid.UUID],
    score: float,
) -> float:
    """record_score and the commit in one session; returns milliseconds."""
    async with sessionmaker() as session:
        started = time.perf_counter()
        await rankings_service.record_score(
            session,
            attempt_id=attempt[0],
            test_id=test_id,
            student_id=attempt[1],
            score=score,
            now=utc_now(),
        )
        await session.commit()
        return (time.perf_counter() - started) * 1000


async def contention(
    sessionmaker: async_sessionmaker[AsyncSession],
    test_id: uuid.UUID,
    attempts: list[tuple[uuid.UUID, uuid.UUID]],
    *,
    writers: int,
    scores: list[float],
    name: str,
) -> dict[str, Any]:
    """`writers` concurrent sessions recording `attempts` (round robin) with `scores`."""
    queue = list(zip(attempts, scores, strict=True))
    samples: list[float] = []

    async def writer(k: int) -> None:
        for attempt, score in queue[k::writers]:
            samples.append(await record(sessionmaker, test_id, attempt, score))

    started = time.perf_counter()
    await asyncio.gather(*(writer(k) for k in range(writers)))
    elapsed = time.perf_counter() - started
    return {
        **Timing(name, samples).row(),
        "writers": writers,
        "per_second": round(len(samples) / elapsed),
    }


async def check(session: AsyncSession, test_id: uuid.UUID) -> None:
    """The histogram must equal a recount of the scores (it is what is being timed)."""
    histogram = dict(
        (
            await session.execute(
                sa.select(TestScoreCount.score, TestScoreCount.candidates).where(
                    TestScoreCount.test_id == test_id
                )
            )
        ).all()
    )
    recount = dict(
        (
            await session.execute(
                sa.select(TestScore.score, sa.func.count())
                .where(TestScore.test_id == test_id)
                .group_by(TestScore.score)
            )
        ).all()
    )
    if histogram != recount:
        raise SystemExit(f"histogram of {test_id} differs from a recount of its scores")
    await session.rollback()


async def run(
    backend: str,
    postgres: str | None,
    *,
    fields: list[int],
    lookups: int,
    baseline: int,
    submits: int,
    writers: int,
    per_writer: int,
    seed: int = 7,
) -> dict[str, Any]:
    rng = random.Random(seed)
    concurrent = 2 * writers * per_writer
    async with scratch_database(backend, postgres) as (_, engine):
        sessionmaker = create_sessionmaker(engine)
        started = time.perf_counter()
        students = await make_students(engine, max(fields) + submits + concurrent)
        tests = {}
        for size in fields:
            console.print(f"[{backend}] loading a field of {size:,}")
            tests[size] = await make_test(engine, str(size))
            await load_field(engine, tests[size], students[:size], rng)
        await settle(engine)
        load_s = round(time.perf_counter() - started, 1)
        results: dict[str, Any] = {"backend": backend, "load_s": load_s, "fields": []}
        spare = students[max(fields) :]
        for size in fields:
            test_id = tests[size]
            console.print(f"[{backend}] timing the field of {size:,}")
            async with sessionmaker() as session:
                await check(session, test_id)
                distinct = await session.scalar(
                    sa.select(sa.func.count())
                    .select_from(TestScoreCount)
                    .where(TestScoreCount.test_id == test_id)
                )
                await session.rollback()

            async def histogram_read(
                session: AsyncSession, score: float, test_id: uuid.UUID = test_id
            ) -> None:
                await rankings_service.standing(session, test_id, score)

            async def count_read(
                session: AsyncSession, score: float, test_id: uuid.UUID = test_id
            ) -> None:
                await old_count(session, test_id, score)

            standing = await time_reads(sessionmaker, "standing", lookups, histogram_read, rng)
            before = await time_reads(sessionmaker, "count (before)", baseline, count_read, rng)
            fresh = await issue_attempts(engine, test_id, spare[:submits])
            writes = Timing(
                "record + commit",
                [await record(sessionmaker, test_id, a, paper_score(rng)) for a in fresh],
            )
            async with sessionmaker() as session:
                await check(session, test_id)
            results["fields"].append(
                {
                    "candidates": size,
                    "distinct_scores": int(distinct or 0),
                    "timings": [standing.row(), before.row(), writes.row()],
                }
            )
        smallest = tests[min(fields)]
        pool = await issue_attempts(engine, smallest, spare[submits : submits + concurrent])
        half = writers * per_writer
        results["contention"] = [
            await contention(
                sessionmaker,
                smallest,
                pool[:half],
                writers=writers,
                scores=[48.0] * half,
                name="one score",
            ),
            await contention(
                sessionmaker,
                smallest,
                pool[half:],
                writers=writers,
                scores=[paper_score(rng) for _ in range(half)],
                name="field's scores",
            ),
        ]
        async with sessionmaker() as session:
            await check(session, smallest)
        return results
