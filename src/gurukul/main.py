"""The application factory. Engines and clients live on app.state."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from gurukul import __version__
from gurukul.core import http
from gurukul.core.config import Settings, get_settings
from gurukul.core.db import create_engine, create_sessionmaker
from gurukul.core.kv import create_store
from gurukul.core.logging import configure_logging
from gurukul.core.ratelimit import RateLimiter
from gurukul.core.secrets import resolve_secret
from gurukul.core.tasks import TaskRuntime
from gurukul.worker import create_task_engine


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Embedded (no Redis for tasks): this process runs the scheduler and the tasks, so `make
    # run` needs no other service. Scaled out: the app only connects; `gurukul worker` and
    # `gurukul scheduler` processes do the work.
    tasks = app.state.tasks
    runtime = TaskRuntime(settings=app.state.settings, sessionmaker=app.state.sessionmaker)
    await tasks.start(runtime, run_scheduler=tasks.embedded)
    try:
        yield
    finally:
        await tasks.stop()
    await app.state.rate_limiter.close()
    await app.state.kv.close()
    await app.state.engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, json=settings.log_json)
    if settings.sentry_dsn is not None:
        import sentry_sdk

        sentry_sdk.init(
            dsn=settings.sentry_dsn.get_secret_value(),
            release=__version__,
            environment=settings.env.value,
            send_default_pii=False,
        )

    app = FastAPI(
        title="Gurukul API",
        version=__version__,
        docs_url="/api/docs",
        redoc_url="/api/redoc",
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.secret_key = resolve_secret(settings)
    app.state.engine = create_engine(settings)
    app.state.sessionmaker = create_sessionmaker(app.state.engine)
    app.state.rate_limiter = RateLimiter.from_settings(settings)
    app.state.kv = create_store(settings.redis_url, prefix=settings.redis_prefix)
    app.state.tasks = create_task_engine(settings)
    app.state.started_at = time.time()

    from gurukul.api import router
    from gurukul.ops.endpoints import metrics_router

    app.include_router(router)
    if settings.metrics_enabled:
        app.include_router(metrics_router)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials="*" not in settings.cors_origins,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
        expose_headers=[
            "X-Request-ID",
            "X-Response-Time",
            "Retry-After",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
        ],
    )
    http.install(app, max_body_bytes=settings.max_body_bytes)
    return app
