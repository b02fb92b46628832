"""Per-request context (request id, start time, cache hit) read by the envelope and logs."""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass
class RequestContext:
    request_id: str
    started: float = field(default_factory=time.perf_counter)
    cache_hit: bool = False
    user_id: str | None = None
    route: str | None = None

    def elapsed_ms(self) -> float:
        return round((time.perf_counter() - self.started) * 1000, 2)


_current: ContextVar[RequestContext | None] = ContextVar("gurukul_request", default=None)


def current() -> RequestContext | None:
    return _current.get()


def bind(ctx: RequestContext) -> object:
    return _current.set(ctx)


def reset(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


def mark_cache_hit() -> None:
    ctx = _current.get()
    if ctx is not None:
        ctx.cache_hit = True
