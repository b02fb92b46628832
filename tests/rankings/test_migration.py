"""The rank-counts migration backfills the histogram from the scores already recorded, on both
databases, and rounds stored scores to the key the histogram uses."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gurukul.core.migrate import downgrade, upgrade

pytestmark = pytest.mark.anyio

BEFORE = "b2c3d4e5f6a7"  # assessments: test_scores, no histogram
RANK_COUNTS = "c3d4e5f6a7b8"
NOW = datetime(2026, 11, 1, tzinfo=UTC)

# The tables as they stand at BEFORE (frozen here, like the migration's own copies).
meta = sa.MetaData()
users = sa.Table(
    "users",
    meta,
    sa.Column("id", sa.Uuid),
    sa.Column("email", sa.String),
    sa.Column("password_hash", sa.String),
    sa.Column("role", sa.String),
    sa.Column("created_at", sa.DateTime(timezone=True)),
)
tests = sa.Table(
    "tests",
    meta,
    sa.Column("id", sa.Uuid),
    sa.Column("kind", sa.String),
    sa.Column("period_key", sa.String),
    sa.Column("standard", sa.SmallInteger),
    sa.Column("opens_at", sa.DateTime(timezone=True)),
    sa.Column("blueprint", sa.JSON),
    sa.Column("created_at", sa.DateTime(timezone=True)),
)
attempts = sa.Table(
    "attempts",
    meta,
    sa.Column("id", sa.Uuid),
    sa.Column("student_id", sa.Uuid),
    sa.Column("test_id", sa.Uuid),
    sa.Column("status", sa.String),
    sa.Column("issued_at", sa.DateTime(timezone=True)),
    sa.Column("deadline", sa.DateTime(timezone=True)),
    sa.Column("seed", sa.BigInteger),
    sa.Column("time_limit_s", sa.Integer),
    sa.Column("late", sa.Boolean),
)
test_scores = sa.Table(
    "test_scores",
    meta,
    sa.Column("attempt_id", sa.Uuid),
    sa.Column("test_id", sa.Uuid),
    sa.Column("student_id", sa.Uuid),
    sa.Column("score", sa.Double),
    sa.Column("scored_at", sa.DateTime(timezone=True)),
)
counts = sa.Table(
    "test_score_counts",
    meta,
    sa.Column("test_id", sa.Uuid),
    sa.Column("score", sa.Double),
    sa.Column("candidates", sa.Integer),
)


async def _admin(url: str, statement: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(sa.text(statement))
    await engine.dispose()


@pytest.fixture
async def fresh_url(database_url: str, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of the same backend, of our own: this test walks its revisions."""
    if database_url.startswith("sqlite"):
        yield f"sqlite+aiosqlite:///{tmp_path / 'walk.db'}"
        return
    name = f"gurukul_walk_{uuid.uuid4().hex[:8]}"
    await _admin(database_url, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(database_url).set(database=name).render_as_string(hide_password=False)
    finally:
        await _admin(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _seed(engine: AsyncEngine, fields: dict[uuid.UUID, list[float]]) -> None:
    async with engine.begin() as conn:
        for test_id, scores in fields.items():
            await conn.execute(
                tests.insert().values(
                    id=test_id,
                    kind="monthly",
                    period_key=f"2026-{test_id.hex[:6]}",
                    standard=12,
                    opens_at=NOW,
                    blueprint={},
                    created_at=NOW,
                )
            )
            for score in scores:
                student_id, attempt_id = uuid.uuid4(), uuid.uuid4()
                await conn.execute(
                    users.insert().values(
                        id=student_id,
                        email=f"{student_id.hex}@example.org",
                        password_hash="x",
                        role="student",
                        created_at=NOW,
                    )
                )
                await conn.execute(
                    attempts.insert().values(
                        id=attempt_id,
                        student_id=student_id,
                        test_id=test_id,
                        status="submitted",
                        issued_at=NOW,
                        deadline=NOW,
                        seed=1,
                        time_limit_s=60,
                        late=False,
                    )
                )
                await conn.execute(
                    test_scores.insert().values(
                        attempt_id=attempt_id,
                        test_id=test_id,
                        student_id=student_id,
                        score=score,
                        scored_at=NOW,
                    )
                )


async def _rows(engine: AsyncEngine, statement: sa.Select[Any]) -> set[tuple[Any, ...]]:
    async with engine.connect() as conn:
        return {tuple(row) for row in (await conn.execute(statement)).all()}


class TestRankCountsMigration:
    async def test_backfills_the_histogram_from_recorded_scores(self, fresh_url: str) -> None:
        await asyncio.to_thread(upgrade, fresh_url, BEFORE)
        first, second, empty = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        engine = create_async_engine(fresh_url)
        try:
            await _seed(
                engine,
                {
                    first: [20.0, 12.0, 12.0, -3.0, 0.1 + 0.2, 0.3, -0.0, 0.0],
                    second: [12.0, 4.0],
                    empty: [],
                },
            )
            await asyncio.to_thread(upgrade, fresh_url, RANK_COUNTS)
            histogram = await _rows(engine, sa.select(counts))
            assert histogram == {
                (first, 20.0, 1),
                (first, 12.0, 2),
                (first, -3.0, 1),
                (first, 0.3, 2),
                (first, 0.0, 2),
                (second, 12.0, 1),
                (second, 4.0, 1),
            }
            recounted = await _rows(
                engine,
                sa.select(test_scores.c.test_id, test_scores.c.score, sa.func.count()).group_by(
                    test_scores.c.test_id, test_scores.c.score
                ),
            )
            assert recounted == histogram  # stored scores were rounded to the same keys
            await asyncio.to_thread(downgrade, fresh_url, BEFORE)
            async with engine.connect() as conn:
                tables = await conn.run_sync(lambda c: sa.inspect(c).get_table_names())
            assert "test_score_counts" not in tables
            assert "test_scores" in tables
        finally:
            await engine.dispose()
