"""The outbox relay: delivers follow-up work recorded by submissions to its topic's handler.

A run claims small batches of due rows (one short transaction each), then delivers every
claimed row in its own transaction: lock it, run the handler, mark it processed, commit.
The handler's database writes and the mark commit together; a failure rolls both back and
records the error with the next retry time (exponential backoff), until the attempts run out
and the row is kept as failed. A relay that dies after claiming leaves its rows hidden only
for the lease; the next periodic run (the sweeper) re-drives them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from gurukul.assessments.repository import OutboxRepository
from gurukul.core.db import session_scope
from gurukul.core.tasks import Defer, OutboxHandler, TaskRuntime, periodic, registry

log = structlog.get_logger("gurukul.outbox")

# One relay run stops after this many batches, so a backlog is shared across runs and workers.
MAX_BATCHES_PER_RUN = 10
ERROR_TEXT_LIMIT = 2000


class UnknownTopic(Exception):
    """No domain registered a handler for the row's topic (recorded as a failed attempt)."""


@dataclass
class RelayReport:
    processed: int = 0
    retried: int = 0
    failed: int = 0
    deferred: int = 0
    skipped: int = 0

    @property
    def claimed(self) -> int:
        return self.processed + self.retried + self.failed + self.deferred + self.skipped


def retry_delay(attempts: int, *, base: timedelta, cap: timedelta) -> timedelta:
    """base, 2 x base, 4 x base ... after the 1st, 2nd, 3rd failed attempt, at most `cap`."""
    delay: timedelta = base * 2 ** max(attempts - 1, 0)
    return min(delay, cap)


async def relay_outbox(
    runtime: TaskRuntime,
    *,
    handlers: Mapping[str, OutboxHandler] | None = None,
    max_batches: int = MAX_BATCHES_PER_RUN,
) -> RelayReport:
    """Deliver due outbox rows until none are due or `max_batches` batches were taken."""
    handlers = registry.handlers if handlers is None else handlers
    settings = runtime.settings
    report = RelayReport()
    for _ in range(max_batches):
        async with session_scope(runtime.sessionmaker) as session:
            ids = await OutboxRepository.from_session(session).claim(
                now=runtime.clock(), limit=settings.outbox_batch_size, lease=settings.outbox_lease
            )
        for message_id in ids:
            outcome = await deliver(runtime, message_id, handlers)
            setattr(report, outcome, getattr(report, outcome) + 1)
        if not ids:  # a short batch may still have recorded new rows (ranking_available)
            break
    return report


async def deliver(
    runtime: TaskRuntime, message_id: uuid.UUID, handlers: Mapping[str, OutboxHandler]
) -> str:
    """Run one claimed row's handler; returns the report field the outcome counts in."""
    now = runtime.clock()
    try:
        async with session_scope(runtime.sessionmaker) as session:
            outbox = OutboxRepository.from_session(session)
            message = await outbox.lock_pending(message_id)
            if message is None:  # processed meanwhile (by a relay whose lease ran out)
                return "skipped"
            handler = handlers.get(message.topic)
            if handler is None:
                raise UnknownTopic(f"no handler for topic {message.topic!r}")
            await handler(session, dict(message.payload), now=now)
            await outbox.mark_processed(message_id, now=now)
        return "processed"
    except Defer as deferral:
        async with session_scope(runtime.sessionmaker) as session:
            await OutboxRepository.from_session(session).defer(message_id, until=deferral.until)
        return "deferred"
    except Exception as exc:  # any handler failure is recorded on the row, never raised
        return await _record_failure(runtime, message_id, exc, now=now)


async def _record_failure(
    runtime: TaskRuntime, message_id: uuid.UUID, exc: Exception, *, now: datetime
) -> str:
    settings = runtime.settings
    error = f"{type(exc).__name__}: {exc}"[:ERROR_TEXT_LIMIT]
    async with session_scope(runtime.sessionmaker) as session:
        outbox = OutboxRepository.from_session(session)
        attempts = await outbox.attempts_of(message_id)
        give_up = attempts >= settings.outbox_max_attempts
        retry_at = None
        if not give_up:
            retry_at = now + retry_delay(
                attempts, base=settings.outbox_retry_base, cap=settings.outbox_retry_max
            )
        await outbox.record_failure(message_id, error=error, retry_at=retry_at, now=now)
    log.warning(
        "gurukul.outbox.delivery_failed",
        message_id=str(message_id),
        attempts=attempts,
        gave_up=give_up,
        retry_at=retry_at.isoformat() if retry_at else None,
        error=error,
    )
    return "failed" if give_up else "retried"


@periodic("outbox.relay", every=lambda settings: settings.outbox_relay_interval)
async def relay(runtime: TaskRuntime) -> dict[str, int]:
    """Drain due outbox rows (also the sweeper: rows a crashed relay claimed come due again)."""
    report = await relay_outbox(runtime)
    if report.claimed:
        log.info("gurukul.outbox.relayed", **report.__dict__)
    return dict(report.__dict__)
