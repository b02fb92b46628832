"""Shared helpers: a scratch database on either backend, timing and percentiles."""

from __future__ import annotations

import asyncio
import platform
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gurukul.core.config import Settings
from gurukul.core.db import create_engine
from gurukul.core.migrate import upgrade


@dataclass
class Timing:
    name: str
    samples_ms: list[float]

    def pct(self, q: float) -> float:
        ordered = sorted(self.samples_ms)
        index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
        return ordered[index]

    def row(self) -> dict[str, float | str | int]:
        return {
            "name": self.name,
            "n": len(self.samples_ms),
            "p50_ms": round(self.pct(50), 2),
            "p95_ms": round(self.pct(95), 2),
            "p99_ms": round(self.pct(99), 2),
            "mean_ms": round(statistics.fmean(self.samples_ms), 2),
        }


async def timed(name: str, n: int, call: Callable[[int], Awaitable[object]]) -> Timing:
    samples = []
    for i in range(n):
        started = time.perf_counter()
        await call(i)
        samples.append((time.perf_counter() - started) * 1000)
    return Timing(name, samples)


def machine() -> str:
    return (
        f"{platform.processor() or platform.machine()}, {psutil.cpu_count()} cores, "
        f"{round(psutil.virtual_memory().total / 2**30)} GiB, Python {platform.python_version()}"
    )


@asynccontextmanager
async def scratch_database(
    backend: str, postgres_url: str | None
) -> AsyncIterator[tuple[Settings, AsyncEngine]]:
    """A migrated, empty database of the backend, removed afterwards (with its data directory)."""
    workdir = Path(tempfile.mkdtemp(prefix="gurukul-bench-"))
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
        admin_url = None
    else:
        if not postgres_url:
            raise SystemExit("--postgres URL is needed for the postgresql backend")
        server = make_url(postgres_url).set(drivername="postgresql+asyncpg")
        admin_url = server.render_as_string(hide_password=False)
        name = f"gurukul_bench_{uuid.uuid4().hex[:8]}"
        await _admin(admin_url, f'CREATE DATABASE "{name}"')
        url = server.set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(upgrade, url)
        settings = Settings(database_url=url, data_dir=workdir, log_level="WARNING")
        engine = create_engine(settings)
        try:
            yield settings, engine
        finally:
            await engine.dispose()
    finally:
        if admin_url is not None:
            await _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)  # the SQLite file: up to a GB at 1 M rows


async def _admin(url: str, statement: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(sa.text(statement))
    await engine.dispose()
