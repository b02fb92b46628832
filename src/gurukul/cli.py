"""The `gurukul` command: serve, migrate, create-admin, seed-demo, check, and the domains'
import/export commands.

Every command that touches the database builds its engine from the settings, runs one unit of
work (`session_scope`: commit at the end of the command, rollback on error) in its own
`asyncio.run`, and disposes the engine.
"""

from __future__ import annotations

import asyncio
import os
import signal
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, TypeVar

import redis.asyncio as aioredis
import typer
import uvicorn
from alembic import command as alembic_command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy import select, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from gurukul import __version__, demo
from gurukul.auth import service as auth_service
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.core.config import MIN_SECRET_LENGTH, Environment, Settings, get_settings
from gurukul.core.db import create_engine, create_sessionmaker, run_unit_of_work
from gurukul.core.errors import GurukulError
from gurukul.core.logging import configure_logging
from gurukul.core.migrate import alembic_config, upgrade
from gurukul.core.secrets import SECRET_FILE
from gurukul.core.tasks import TaskRuntime
from gurukul.core.time import utc_now
from gurukul.curriculum import commands as curriculum_commands
from gurukul.mastery import commands as mastery_commands
from gurukul.questions import commands as questions_commands
from gurukul.worker import create_task_engine

app = typer.Typer(
    name="gurukul",
    help="Gurukul: adaptive exam preparation. Run `gurukul check` first when in doubt.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

T = TypeVar("T")

OK, FAIL, SKIP = "[green]✓[/]", "[red]✗[/]", "[dim]–[/]"
# Bounds how long `check` waits for a server that does not answer (a firewall drops packets).
CONNECT_TIMEOUT_S = 10.0
WORKER_HEALTHCHECK_TIMEOUT_S = 60


def _fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"[red]✗[/] {message}")
    return typer.Exit(code)


def _settings() -> Settings:
    try:
        settings = get_settings()
    except ValidationError as exc:
        raise _fail(f"Invalid settings: {_validation_summary(exc)}") from None
    configure_logging(settings.log_level, json=settings.log_json)
    return settings


def _validation_summary(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        name = ".".join(str(loc) for loc in error["loc"])
        parts.append(f"GURUKUL_{name.upper()}: {error['msg']}" if name else error["msg"])
    return "; ".join(parts)


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(an unparsable URL)"


def _sqlite_problem(settings: Settings) -> str | None:
    """Why a SQLite file cannot be opened, found before connecting.

    A clearer message than sqlite's "unable to open database file", and it spares aiosqlite's
    failed-connect path, which leaves its thread reporting to an already closed event loop.
    """
    try:
        url = make_url(settings.resolved_database_url)
    except ArgumentError:
        return None  # create_engine reports it
    if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
        return None
    folder = Path(url.database).resolve().parent
    if folder == settings.data_dir.resolve():
        return None  # create_engine creates the data directory; its own check covers it
    if not folder.is_dir():
        return f"{folder} is not a directory"
    if not os.access(folder, os.W_OK):
        return f"{folder} is not writable"
    return None


def _require_database(settings: Settings) -> None:
    if problem := _sqlite_problem(settings):
        raise _fail(f"Cannot open the SQLite database: {problem}")


def _run_in_session(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `work` in one unit of work on a fresh engine; commits when it returns."""
    _require_database(settings)
    try:
        result: T = run_unit_of_work(settings, work)
    except (OSError, SQLAlchemyError) as exc:
        raise _fail(f"Database error: {_first_line(exc)}") from None
    return result


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")


# --- serve -------------------------------------------------------------------------------


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind; 0.0.0.0 for all.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, envvar="WEB_CONCURRENCY", help="Worker processes.")
    ] = 1,
    reload: Annotated[bool, typer.Option(help="Restart on code changes (development).")] = False,
) -> None:
    """Run the web server (uvicorn) on the application factory."""
    settings = _settings()
    if reload and workers > 1:
        raise _fail("--reload runs a single process; leave out --workers", code=2)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"
    console.print(f"Gurukul {__version__} serving on [bold]{url}[/]", soft_wrap=True)
    console.print(f"  API docs: {url}/api/docs", soft_wrap=True)
    console.print(
        f"  {workers} worker(s), {settings.env.value}, database "
        f"{_safe_url(settings.resolved_database_url)}",
        soft_wrap=True,
    )
    uvicorn.run(
        "gurukul.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        reload_dirs=[str(Path(__file__).parent)] if reload else None,
        # One rule for proxies: uvicorn believes X-Forwarded-* only from GURUKUL_TRUSTED_PROXIES.
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=",".join(settings.trusted_proxies) or None,
        server_header=False,
        # A worker answers the supervisor's health ping only once it has imported the whole
        # app; on a small or busy machine that takes longer than uvicorn's 5 s default, and
        # the supervisor would kill and respawn its workers forever.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_TIMEOUT_S,
        access_log=False,  # the HTTP middleware logs every request with its request id
        log_level=settings.log_level.lower(),
    )


# --- migrate -----------------------------------------------------------------------------


def _read_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def _revision_of(settings: Settings) -> str | None:
    engine = create_engine(settings)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(_read_revision)
    finally:
        await engine.dispose()


@app.command()
def migrate(
    revision: Annotated[str, typer.Option(help="Target revision.")] = "head",
    sql: Annotated[
        bool, typer.Option("--sql", help="Print the SQL instead of running it (offline mode).")
    ] = False,
) -> None:
    """Bring the database schema up to date (Alembic upgrade)."""
    settings = _settings()
    url = settings.resolved_database_url
    config = alembic_config(url)
    if sql:
        try:
            alembic_command.upgrade(config, revision, sql=True)
        except CommandError as exc:
            raise _fail(f"Migration failed: {exc}") from None
        return
    console.print(f"Database: {_safe_url(url)}", soft_wrap=True)
    _require_database(settings)
    try:
        before = asyncio.run(_revision_of(settings))
        script = ScriptDirectory.from_config(config)
        pending = list(reversed(list(script.iterate_revisions(revision, before or "base"))))
        if not pending:
            console.print(
                f"{OK} Schema is up to date (revision {before or 'none: no migrations'})."
            )
            return
        console.print(f"Current revision: {before or 'none (empty database)'}")
        for step in pending:
            console.print(f"  applying {step.revision}  {step.doc or ''}", soft_wrap=True)
        upgrade(url, revision)
        after = asyncio.run(_revision_of(settings))
    except CommandError as exc:
        raise _fail(f"Migration failed: {exc}") from None
    except (OSError, SQLAlchemyError) as exc:
        raise _fail(f"Database error: {_first_line(exc)}") from None
    console.print(f"{OK} Applied {len(pending)} migration(s); now at {after}.")


# --- create-admin ------------------------------------------------------------------------


@app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(help="The administrator's e-mail (login).")],
    password: Annotated[
        str | None,
        typer.Option(help="Prompted for (hidden, twice) when left out; avoid it in shell history."),
    ] = None,
    name: Annotated[str, typer.Option(help="Full name.")] = "Administrator",
) -> None:
    """Create an administrator account (does nothing when the e-mail already exists)."""
    settings = _settings()
    try:
        email = auth_service.clean_email(email)
    except GurukulError as exc:
        raise _fail(f"Refused: {exc.message}. No account was created.") from None

    async def existing_role(session: AsyncSession) -> Role | None:
        user = await auth_service.get_user_by_email(session, email)
        return None if user is None else user.role

    role = _run_in_session(settings, existing_role)
    if role is not None:
        console.print(f"{OK} {email} already exists (role {role.value}); nothing changed.")
        return
    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:  # before touching the database, with the same rules create_user applies
        auth_service.check_password(password, email=email)
    except GurukulError as exc:
        raise _fail(f"Refused: {exc.message}. No account was created.") from None

    async def create(session: AsyncSession) -> None:
        try:
            await auth_service.create_user(
                session,
                email=email,
                password=password,
                full_name=name,
                role=Role.admin,
                now=utc_now(),
            )
        except GurukulError as exc:  # raising out of the unit of work rolls it back
            raise _fail(f"Refused: {exc.message}. No account was created.") from None

    _run_in_session(settings, create)
    console.print(f"{OK} Created administrator {email}. Log in at {settings.base_url}/api/docs")


# --- seed-demo ---------------------------------------------------------------------------


async def _has_users(session: AsyncSession) -> bool:
    # The accounts domain has no "any user?" query yet; this is the one read of its table here.
    return await session.scalar(select(User.id).limit(1)) is not None


@app.command("seed-demo")
def seed_demo(
    if_new: Annotated[
        bool,
        typer.Option("--if-new", help="Seed only when the database has no users (make run)."),
    ] = False,
) -> None:
    """Create demo accounts (admin, coach, students) and a cohort; safe to run again."""
    settings = _settings()
    if settings.env is Environment.production:
        raise _fail("seed-demo creates demo accounts; it does not run in production")

    async def work(session: AsyncSession) -> demo.SeedContext | None:
        if if_new and await _has_users(session):
            return None
        return await demo.seed(session, now=utc_now())

    ctx = _run_in_session(settings, work)
    if ctx is None:
        console.print(
            "The database already has users: demo seeding skipped.\n"
            "  The demo logins were printed once, when they were created (by the first "
            "`make run` on this database); only password hashes are kept.\n"
            "  To add an administrator: .venv/bin/gurukul create-admin --email you@example.com\n"
            f"  To start afresh: stop Gurukul and delete {settings.data_dir.resolve()}",
            soft_wrap=True,
        )
        return
    if not ctx.created and not ctx.logins:
        console.print(
            f"{OK} Demo content is already present; nothing created. Passwords are shown only "
            "when an account is created."
        )
        return
    for item in ctx.created:
        console.print(f"{OK} Created {item}", soft_wrap=True)
    if ctx.logins:
        table = Table(title="Demo logins (shown only this once: note them now)")
        table.add_column("E-mail", no_wrap=True)
        table.add_column("Role")
        table.add_column("Password", no_wrap=True, style="bold")
        for login in ctx.logins:
            table.add_row(login.email, login.role.value, login.password)
        console.print(table)


# --- check -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    item: str
    ok: bool | None  # None: not applicable, neither passes nor fails
    detail: str


def _check_data_dir(settings: Settings) -> Verdict:
    path = settings.data_dir.resolve()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".check-"):
            pass
    except OSError as exc:
        return Verdict("Data directory", False, f"{path} is not writable: {_first_line(exc)}")
    return Verdict("Data directory", True, f"{path} is writable")


def _check_secret(settings: Settings, data_dir_ok: bool) -> Verdict:
    if settings.secret_key is not None and settings.secret_key.get_secret_value():
        length = len(settings.secret_key.get_secret_value())
        weak = " (short: fine for development only)" if length < MIN_SECRET_LENGTH else ""
        return Verdict("Secret key", True, f"configured by GURUKUL_SECRET_KEY{weak}")
    path = settings.data_dir.resolve() / SECRET_FILE
    if path.exists():
        try:
            path.read_text()
        except OSError as exc:
            return Verdict("Secret key", False, f"{path} unreadable: {_first_line(exc)}")
        return Verdict("Secret key", True, f"generated, kept in {path}")
    if not data_dir_ok:
        return Verdict("Secret key", False, f"cannot be generated: {path.parent} not writable")
    return Verdict("Secret key", True, f"will be generated at first start in {path}")


def _unreachable(url: str, reason: str) -> list[Verdict]:
    return [
        Verdict("Database", False, f"{_safe_url(url)} unreachable: {reason}"),
        Verdict("Migrations", None, "not checked: database unreachable"),
    ]


async def _check_database(settings: Settings) -> list[Verdict]:
    url = settings.resolved_database_url
    if problem := _sqlite_problem(settings):
        return _unreachable(url, problem)
    engine: AsyncEngine | None = None
    try:
        engine = create_engine(settings)
        started = time.perf_counter()
        async with asyncio.timeout(CONNECT_TIMEOUT_S):
            async with engine.connect() as conn:
                connected = time.perf_counter()
                await conn.execute(text("SELECT 1"))
                round_trip = time.perf_counter()
                current = await conn.run_sync(_read_revision)
    except (OSError, SQLAlchemyError, TimeoutError) as exc:
        return _unreachable(url, "no answer" if isinstance(exc, TimeoutError) else _first_line(exc))
    finally:
        if engine is not None:
            await engine.dispose()
    database = Verdict(
        "Database",
        True,
        f"{_safe_url(url)}: SELECT 1 in {(round_trip - connected) * 1000:.1f} ms "
        f"(connect {(connected - started) * 1000:.1f} ms)",
    )
    heads = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    head = heads[0] if len(heads) == 1 else None
    if not heads:
        migrations = Verdict("Migrations", True, "no migrations exist yet")
    elif current is not None and current == head:
        migrations = Verdict("Migrations", True, f"at head ({head})")
    else:
        migrations = Verdict(
            "Migrations",
            False,
            f"database at {current or 'nothing (empty)'}, code at {', '.join(heads)}: "
            "run `gurukul migrate`",
        )
    return [database, migrations]


async def _check_redis(settings: Settings) -> Verdict:
    if not settings.redis_url:
        return Verdict("Redis", None, "not configured: in-process limits and sessions")
    client = aioredis.from_url(
        settings.redis_url, socket_connect_timeout=CONNECT_TIMEOUT_S, socket_timeout=5
    )
    safe = _safe_url(settings.redis_url)
    try:
        started = time.perf_counter()
        await client.ping()
        elapsed = (time.perf_counter() - started) * 1000
    except (OSError, aioredis.RedisError) as exc:
        return Verdict("Redis", False, f"{safe} unreachable: {_first_line(exc)}")
    finally:
        await client.aclose()
    return Verdict("Redis", True, f"{safe}: PING in {elapsed:.1f} ms")


async def _run_checks() -> list[Verdict]:
    try:
        settings = get_settings()
    except ValidationError as exc:
        return [Verdict("Settings", False, _validation_summary(exc))]
    data_dir = _check_data_dir(settings)
    verdicts = [
        Verdict("Settings", True, f"valid; environment {settings.env.value}"),
        data_dir,
        _check_secret(settings, bool(data_dir.ok)),
        *await _check_database(settings),
        await _check_redis(settings),
        Verdict("SMTP", None, "not yet: e-mail arrives with a later issue"),
    ]
    return verdicts


@app.command()
def check() -> None:
    """Check configuration and connectivity; exit 1 when anything fails."""
    verdicts = asyncio.run(_run_checks())
    table = Table(title=f"Gurukul {__version__} check")
    table.add_column("", no_wrap=True)
    table.add_column("Item", no_wrap=True)
    table.add_column("Detail", overflow="fold")
    for verdict in verdicts:
        mark = SKIP if verdict.ok is None else OK if verdict.ok else FAIL
        table.add_row(mark, verdict.item, verdict.detail)
    console.print(table)
    failed = [v.item for v in verdicts if v.ok is False]
    if failed:
        raise _fail(f"{len(failed)} check(s) failed: {', '.join(failed)}")
    console.print(f"{OK} All checks passed.")


# --- worker and scheduler ----------------------------------------------------------------


def _require_task_redis(settings: Settings, command: str) -> None:
    if not settings.resolved_tasks_redis_url:
        raise _fail(
            f"`gurukul {command}` takes its work from Redis: set GURUKUL_REDIS_URL (or "
            "GURUKUL_TASKS_REDIS_URL). Without Redis, `gurukul serve` runs the background "
            "tasks and the scheduler in-process; nothing else needs starting.",
            code=2,
        )


async def _run_task_process(settings: Settings, *, scheduler: bool) -> None:
    """Run a worker (or the scheduler) until SIGINT/SIGTERM, then stop cleanly."""
    engine = create_engine(settings)
    tasks = create_task_engine(settings)
    current = asyncio.current_task()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        if current is not None:
            loop.add_signal_handler(signum, current.cancel)
    try:
        tasks.broker.is_worker_process = not scheduler
        runtime = TaskRuntime(settings=settings, sessionmaker=create_sessionmaker(engine))
        await tasks.start(runtime, run_scheduler=scheduler)
        if not scheduler:
            tasks.start_worker()
        await tasks.wait()
    except asyncio.CancelledError:
        pass
    finally:
        await tasks.stop()
        await engine.dispose()


@app.command()
def worker() -> None:
    """Run background tasks from the Redis task stream (start one or more per machine)."""
    settings = _settings()
    _require_task_redis(settings, "worker")
    _require_database(settings)
    console.print(
        f"Gurukul {__version__} worker: tasks from {_safe_url(settings.resolved_tasks_redis_url)}, "
        f"database {_safe_url(settings.resolved_database_url)}",
        soft_wrap=True,
    )
    asyncio.run(_run_task_process(settings, scheduler=False))
    console.print("Worker stopped.")


@app.command()
def scheduler() -> None:
    """Kick the periodic jobs (outbox relay, monthly finalisation) into the Redis task stream."""
    settings = _settings()
    _require_task_redis(settings, "scheduler")
    console.print(
        f"Gurukul {__version__} scheduler: periodic jobs to "
        f"{_safe_url(settings.resolved_tasks_redis_url)}",
        soft_wrap=True,
    )
    asyncio.run(_run_task_process(settings, scheduler=True))
    console.print("Scheduler stopped.")


# --- the domains' commands ---------------------------------------------------------------

# Each domain defines its commands in its `commands.py`; they are mounted here.
import_app = typer.Typer(help="Import content from a file.", no_args_is_help=True)
export_app = typer.Typer(help="Export content to a file.", no_args_is_help=True)
import_app.command("curriculum")(curriculum_commands.import_curriculum)
import_app.command("questions")(questions_commands.import_questions_command)
export_app.command("curriculum")(curriculum_commands.export_curriculum)
export_app.command("questions")(questions_commands.export_questions_command)
app.add_typer(import_app, name="import")
app.add_typer(export_app, name="export")
app.command("graph")(curriculum_commands.graph)
app.add_typer(mastery_commands.app, name="mastery")
app.command("calibrate")(mastery_commands.calibrate_command)


if __name__ == "__main__":
    app()
