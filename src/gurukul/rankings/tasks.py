"""Monthly benchmark finalisation: when a window closes, final ranks and `ranking_available`.

Two triggers call the same guarded step. The outbox row `rankings.finalize` (recorded when a
month's test is created, due when its window closes) is durable, so a month is finalised even
after a long outage; the scheduler's minute job re-checks the last few closed months, so a
test without such a row is finalised too. The step holds the month's job lock, and
`finalize_monthly` only takes tests not finalised yet, so two schedulers, or a scheduler and a
relay, finalise a month once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.core.db import session_scope
from gurukul.core.tasks import Defer, TaskRuntime, hold_job_lock, outbox_handler, periodic


def closed_months(now: datetime, count: int) -> list[str]:
    """The `count` months before `now`'s month, newest first: their windows have closed."""
    year, month = now.year, now.month
    months = []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        months.append(f"{year:04d}-{month:02d}")
    return months


async def finalize_closed_month(session: AsyncSession, month: str, *, now: datetime) -> int:
    """Finalise the month's closed benchmark windows once; returns tests finalised now."""
    await hold_job_lock(session, f"rankings.finalize:{month}", now=now)
    return await assessments_service.finalize_monthly(session, month, now)


@outbox_handler("rankings.finalize")
async def finalize_when_due(
    session: AsyncSession, payload: dict[str, Any], *, now: datetime
) -> None:
    """Finalise the row's month once its window has closed; until then the row waits."""
    due = datetime.fromisoformat(payload["due_at"])
    if due.tzinfo is None:
        due = due.replace(tzinfo=UTC)
    if now < due:
        raise Defer(until=due)
    await finalize_closed_month(session, payload["month"], now=now)


@periodic("rankings.finalize_closed_windows", cron="* * * * *")
async def finalize_closed_windows(runtime: TaskRuntime) -> int:
    """Each minute: finalise the recently closed months not finalised yet."""
    now = runtime.clock()
    finalized = 0
    for month in closed_months(now, runtime.settings.finalize_lookback_months):
        async with session_scope(runtime.sessionmaker) as session:
            finalized += await finalize_closed_month(session, month, now=now)
    return finalized
