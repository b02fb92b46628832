"""The outbox relay: claim and delivery cost beside a large processed history, and drain
throughput with one and with several concurrent relays.

The table first holds `history` processed rows (what months of submissions leave behind) and
`pending` due rows. The handler does nothing, so the figures are the relay's own cost: the
claim (`FOR UPDATE SKIP LOCKED` + the attempt count, one transaction) and the delivery (lock
the row, run the handler, mark it processed, one transaction per row).

Timed:
- `claim batch`: one claim of `outbox_batch_size` rows (committed), until the backlog is
  empty; then `deliver row` for each claimed row.
- `drain, N relays`: wall time for N concurrent `relay_outbox` runs to deliver a fresh
  backlog (rows per second). SQLite serialises writers, so more relays do not help there.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bench.common import Timing, scratch_database
from gurukul.assessments.models import OutboxMessage
from gurukul.assessments.repository import OutboxRepository
from gurukul.assessments.tasks import deliver, relay_outbox
from gurukul.core.db import create_sessionmaker, session_scope
from gurukul.core.tasks import OutboxHandler, TaskRuntime
from gurukul.core.time import utc_now

TOPIC = "bench.noop"
CHUNK = 5_000


async def noop(session: AsyncSession, payload: dict[str, Any], *, now: datetime) -> None:
    return None


HANDLERS: dict[str, OutboxHandler] = {TOPIC: noop}


async def fill(engine: AsyncEngine, n: int, *, processed: bool) -> None:
    """`n` rows in bulk: processed history, or due pending rows."""
    now = utc_now()
    for start in range(0, n, CHUNK):
        rows = [
            {
                "topic": TOPIC,
                "payload": {"n": k},
                "created_at": now - timedelta(seconds=n - k),
                "processed_at": now if processed else None,
                "attempts": 1 if processed else 0,
                "next_attempt_at": None if processed else now - timedelta(seconds=n - k),
            }
            for k in range(start, min(start + CHUNK, n))
        ]
        async with engine.begin() as conn:
            await conn.execute(sa.insert(OutboxMessage.__table__), rows)


async def run(
    backend: str, postgres: str | None, *, history: int, pending: int, relays: list[int]
) -> dict[str, Any]:
    async with scratch_database(backend, postgres) as (settings, engine):
        if backend == "postgresql":
            settings = settings.model_copy(update={"db_pool_size": max(relays) + 2})
        runtime = TaskRuntime(settings=settings, sessionmaker=create_sessionmaker(engine))
        await fill(engine, history, processed=True)
        await fill(engine, pending, processed=False)
        claims, deliveries = [], []
        while True:
            started = time.perf_counter()
            async with session_scope(runtime.sessionmaker) as session:
                ids = await OutboxRepository.from_session(session).claim(
                    now=utc_now(), limit=settings.outbox_batch_size, lease=settings.outbox_lease
                )
            claims.append((time.perf_counter() - started) * 1000)
            if not ids:
                break
            for message_id in ids:
                started = time.perf_counter()
                outcome = await deliver(runtime, message_id, HANDLERS)
                deliveries.append((time.perf_counter() - started) * 1000)
                assert outcome == "processed", outcome
        timings = [
            Timing(f"claim batch of {settings.outbox_batch_size}", claims).row(),
            Timing("deliver row", deliveries).row(),
        ]
        drains = []
        for count in relays:
            await fill(engine, pending, processed=False)
            started = time.perf_counter()
            reports = await asyncio.gather(
                *(relay_outbox(runtime, handlers=HANDLERS, max_batches=10**6) for _ in range(count))
            )
            elapsed = time.perf_counter() - started
            delivered = sum(r.processed for r in reports)
            assert delivered == pending, (delivered, pending)
            drains.append(
                {"relays": count, "rows": delivered, "per_second": round(delivered / elapsed)}
            )
        return {
            "backend": backend,
            "history": history,
            "pending": pending,
            "timings": timings,
            "drains": drains,
        }
