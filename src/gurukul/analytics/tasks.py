"""Analytics follow-ups. The analytics domain has no tables yet: a scored attempt is recorded
as one structured event line (the durable record is the processed outbox row itself)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.tasks import outbox_handler

log = structlog.get_logger("gurukul.analytics")


@outbox_handler("analytics.attempt_scored")
async def attempt_scored(session: AsyncSession, payload: dict[str, Any], *, now: datetime) -> None:
    """Record the scored attempt for trend views (idempotent: keyed by attempt id)."""
    log.info(
        "gurukul.analytics.attempt_scored",
        attempt_id=payload["attempt_id"],
        student_id=payload["student_id"],
        test_id=payload["test_id"],
        kind=payload["kind"],
        score=payload["score"],
        at=now.isoformat(),
    )
