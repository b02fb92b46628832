"""Health checks and Prometheus metrics."""

from __future__ import annotations

import os
import time
from typing import Any

import psutil
import sqlalchemy as sa
from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel

from gurukul import __version__
from gurukul.core import metrics
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, ok
from gurukul.core.tasks import TaskEngine

router = APIRouter(tags=["operations"], route_class=AutoCommitAPIRoute)


class Health(BaseModel):
    status: str
    version: str


class CheckResult(BaseModel):
    status: str  # "ok", "error", or "idle" (not started in this process: neither)
    latency_ms: float | None = None
    detail: str | None = None


class DetailedHealth(BaseModel):
    status: str
    version: str
    uptime_s: float
    memory_rss_mb: float
    database: CheckResult
    cache: CheckResult
    tasks: CheckResult


@router.get("/health", response_model=Envelope[Health])
async def get_health() -> Envelope[Health]:
    """Cheap liveness check for load balancers."""
    return ok(Health(status="ok", version=__version__))


async def _timed(check: Any) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = await check()
    except Exception as exc:  # a health check reports failures; it must not raise them
        return CheckResult(status="error", latency_ms=_ms(started), detail=type(exc).__name__)
    return CheckResult(status="ok", latency_ms=_ms(started), detail=detail)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


@router.get("/health/detailed", response_model=Envelope[DetailedHealth])
async def get_detailed_health(request: Request, response: Response) -> Envelope[DetailedHealth]:
    """Database round-trip, cache and task engine with timings, version, uptime and memory."""
    state = request.app.state

    async def database() -> None:
        async with state.engine.connect() as conn:
            await conn.execute(sa.text("SELECT 1"))

    async def cache() -> None:
        await state.kv.set("health:ping", "1", 5)
        if await state.kv.get("health:ping") != "1":
            raise RuntimeError("cache round-trip lost the value")

    async def tasks() -> str:
        engine: TaskEngine = state.tasks
        return await engine.check()

    db, kv = await _timed(database), await _timed(cache)
    if state.tasks.started:
        engine_check = await _timed(tasks)
    else:  # an app driven without its lifespan (a test client) has not started the engine
        engine_check = CheckResult(status="idle", detail=f"{state.tasks.mode}, not started")
    healthy = db.status == "ok" and kv.status == "ok" and engine_check.status != "error"
    if not healthy:
        response.status_code = 503
    rss = psutil.Process(os.getpid()).memory_info().rss / 1_048_576
    return ok(
        DetailedHealth(
            status="ok" if healthy else "degraded",
            version=__version__,
            uptime_s=round(time.time() - state.started_at, 1),
            memory_rss_mb=round(rss, 1),
            database=db,
            cache=kv,
            tasks=engine_check,
        )
    )


metrics_router = APIRouter(tags=["operations"])


@metrics_router.get("/metrics", include_in_schema=False)
async def get_metrics(request: Request) -> Response:
    """Prometheus exposition format."""
    pool = request.app.state.engine.sync_engine.pool
    if hasattr(pool, "checkedout"):
        metrics.DB_POOL_CHECKED_OUT.set(pool.checkedout())
        metrics.DB_POOL_SIZE.set(pool.size())
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
