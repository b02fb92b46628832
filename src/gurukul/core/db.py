"""Database engine, sessions and the declarative base. SQLite workarounds live only here."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, NewType

import sqlalchemy as sa
import structlog
from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from gurukul.core.config import Settings
from gurukul.core.time import utc_now

log = structlog.get_logger("gurukul.db")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Session = NewType("Session", AsyncSession)
ReadSession = NewType("ReadSession", AsyncSession)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timezone-aware datetimes on both databases (SQLite drops the offset on the way back)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    # Set here, not after the class: the registry copies the map when the class is created.
    type_annotation_map = {datetime: UTCDateTime()}


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=uuid.uuid4)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(default=None, onupdate=utc_now)


def _install_sqlite_workarounds(engine: AsyncEngine) -> None:
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # aiosqlite's own BEGIN handling breaks SAVEPOINT; take over transaction control.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, so concurrent writers queue on busy_timeout
        # instead of failing with "database is locked" when a read transaction upgrades.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _install_slow_query_log(engine: AsyncEngine, threshold_ms: float) -> None:
    from gurukul.core import metrics

    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        conn.info.setdefault("query_start", []).append(time.perf_counter())

    @event.listens_for(sync_engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        started = conn.info["query_start"].pop()
        elapsed_ms = (time.perf_counter() - started) * 1000
        if elapsed_ms >= threshold_ms:
            metrics.SLOW_QUERIES.inc()
            log.warning(
                "gurukul.db.slow_query", duration_ms=round(elapsed_ms, 1), sql=statement[:500]
            )


def create_engine(settings: Settings) -> AsyncEngine:
    url = settings.resolved_database_url
    kwargs: dict[str, Any] = {"echo": settings.db_echo}
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 10}
    else:
        kwargs.update(
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            pool_timeout=settings.db_pool_timeout,
        )
    engine = create_async_engine(url, **kwargs)
    if url.startswith("sqlite"):
        _install_sqlite_workarounds(engine)
    else:
        _install_idle_ping(engine, settings.db_ping_after_idle_s)
    _install_slow_query_log(engine, settings.slow_query_ms)
    return engine


_IDLE_SINCE = "gurukul.idle_since"


def _install_idle_ping(engine: AsyncEngine, idle_after_s: float) -> None:
    """Ping a pooled connection before use only when it sat idle `idle_after_s` or longer.

    SQLAlchemy's `pool_pre_ping` pings on every checkout, and asyncpg's ping is three round
    trips (BEGIN, `;`, ROLLBACK): about a millisecond on every request. A connection in
    steady use cannot have gone stale unnoticed, and one that died mid-use is invalidated
    by SQLAlchemy's disconnect handling; so only connections that sat idle (across a
    database restart, a failover, a firewall's idle cut) are pinged. A failed ping raises
    DisconnectionError, on which the pool drops the connection and checks out another.
    """
    pool = engine.sync_engine.pool

    @sa.event.listens_for(pool, "checkin")
    def _checkin(dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @sa.event.listens_for(pool, "checkout")
    def _checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        since = record.info.pop(_IDLE_SINCE, None)
        if since is None or time.monotonic() - since < idle_after_s:
            return  # a new connection, or one returned moments ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # the driver's own error types: any failure means stale
            raise sa.exc.DisconnectionError(f"idle connection failed its ping: {exc}") from exc


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@asynccontextmanager
async def session_scope(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """A unit of work for tasks and CLI commands: commits on success, rolls back on error."""
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


def run_unit_of_work(settings: Settings, work: Any) -> Any:
    """Run `work(session)` in one unit of work on a fresh engine (for CLI commands)."""
    import asyncio

    async def main() -> Any:
        engine = create_engine(settings)
        try:
            async with session_scope(create_sessionmaker(engine)) as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(main())
