"""Notification follow-ups. WebSocket and e-mail delivery arrive with the notifications
domain; until then each notice is one structured event line a log shipper can route."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.tasks import outbox_handler

log = structlog.get_logger("gurukul.notifications")


@outbox_handler("notifications.result_ready")
async def result_ready(session: AsyncSession, payload: dict[str, Any], *, now: datetime) -> None:
    """Tell the student their result is ready (idempotent: keyed by attempt id)."""
    log.info(
        "gurukul.notifications.result_ready",
        student_id=payload["student_id"],
        attempt_id=payload["attempt_id"],
        at=now.isoformat(),
    )


@outbox_handler("rankings.ranking_available")
async def ranking_available(
    session: AsyncSession, payload: dict[str, Any], *, now: datetime
) -> None:
    """Tell the test's cohort that final ranks are out (idempotent: keyed by test id)."""
    log.info(
        "gurukul.notifications.ranking_available",
        test_id=payload["test_id"],
        month=payload["month"],
        standard=payload["standard"],
        ranked=payload["ranked"],
        at=now.isoformat(),
    )
