"""The `gurukul` command against real databases: SQLite always, PostgreSQL when CI gives one."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
import redis.asyncio as aioredis
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from typer.testing import CliRunner, Result

from gurukul import cli
from gurukul.assessments.models import OutboxMessage
from gurukul.assessments.repository import OutboxRepository
from gurukul.auth import service as auth_service
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.cli import app
from gurukul.core.config import get_settings
from gurukul.core.security import verify_password
from gurukul.core.time import utc_now
from gurukul.demo import DEMO_COHORT, DEMO_STUDENTS
from gurukul.users import service as users_service
from tests.fixtures.cli import point_cli_at
from tests.fixtures.db import PG_URL, REDIS_URL, _admin, _require, _worker

T = TypeVar("T")
STRONG_PASSWORD = "correct-horse-battery-42"
DEMO_ACCOUNTS = 2 + DEMO_STUDENTS  # admin, coach, students

runner = CliRunner()


def invoke(*args: str, input: str | None = None) -> Result:
    return runner.invoke(app, list(args), input=input)


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide enough that rich tables do not wrap the text the tests look for."""
    for console in (cli.console, cli.err_console):
        monkeypatch.setattr(console, "width", 200)


@pytest.fixture(params=["sqlite", "postgresql"])
def cli_database(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A new, empty database and data directory, given to the command by GURUKUL_* variables."""
    point_cli_at(monkeypatch, tmp_path, database_url=None)
    if request.param == "sqlite":
        # GURUKUL_DATABASE_URL stays unset: the default SQLite file in the data directory.
        yield get_settings().resolved_database_url
        get_settings.cache_clear()
        return
    _require(PG_URL, "GURUKUL_TEST_DATABASE_URL")
    server = make_url(PG_URL).set(drivername="postgresql+asyncpg")
    server_url = server.render_as_string(hide_password=False)
    name = f"gurukul_cli_{_worker()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(server_url, f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("GURUKUL_DATABASE_URL", url)
    try:
        yield url
    finally:
        get_settings.cache_clear()
        asyncio.run(_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def migrated(cli_database: str) -> str:
    result = invoke("migrate")
    assert result.exit_code == 0, result.output
    return cli_database


def query(url: str, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    async def main() -> T:
        engine = create_async_engine(url)
        try:
            async with AsyncSession(engine) as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(main())


def user_count(url: str) -> int:
    async def count(session: AsyncSession) -> int:
        return int(await session.scalar(sa.select(sa.func.count()).select_from(User)) or 0)

    return query(url, count)


def get_user(url: str, email: str) -> User | None:
    async def get(session: AsyncSession) -> User | None:
        return await auth_service.get_user_by_email(session, email)

    return query(url, get)


def table_names(url: str) -> set[str]:
    async def names(session: AsyncSession) -> set[str]:
        connection = await session.connection()
        return set(await connection.run_sync(lambda c: sa.inspect(c).get_table_names()))

    return query(url, names)


def demo_passwords(output: str) -> dict[str, str]:
    """E-mail -> password from the logins table that seed-demo prints."""
    found = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip("│|").split("│")]
        if len(cells) == 3 and cells[0].endswith("@example.com"):
            found[cells[0]] = cells[2]
    return found


class TestMigrate:
    def test_creates_every_table(self, cli_database: str) -> None:
        result = invoke("migrate")
        assert result.exit_code == 0, result.output
        assert "Applied" in result.output
        assert {"alembic_version", "users", "profiles", "cohorts"} <= table_names(cli_database)

    def test_second_run_has_nothing_to_do(self, migrated: str) -> None:
        result = invoke("migrate")
        assert result.exit_code == 0, result.output
        assert "up to date" in result.output

    def test_sql_prints_the_schema_without_touching_the_database(self, cli_database: str) -> None:
        result = invoke("migrate", "--sql")
        assert result.exit_code == 0, result.output
        assert "CREATE TABLE users" in result.output
        get_settings().data_dir.mkdir(parents=True, exist_ok=True)  # for SQLite's file
        assert "users" not in table_names(cli_database)


class TestCreateAdmin:
    def test_creates_an_admin_who_can_log_in(self, migrated: str) -> None:
        result = invoke(
            "create-admin", "--email", "Root@Example.com", "--password", STRONG_PASSWORD
        )
        assert result.exit_code == 0, result.output
        user = get_user(migrated, "root@example.com")
        assert user is not None
        assert user.role is Role.admin
        assert verify_password(STRONG_PASSWORD, user.password_hash)[0]

    def test_prompts_for_the_password_twice(self, migrated: str) -> None:
        result = invoke(
            "create-admin", "--email", "root@example.com", input=f"{STRONG_PASSWORD}\n" * 2
        )
        assert result.exit_code == 0, result.output
        assert STRONG_PASSWORD not in result.output  # hidden input is not echoed
        user = get_user(migrated, "root@example.com")
        assert user is not None
        assert verify_password(STRONG_PASSWORD, user.password_hash)[0]

    def test_refuses_a_weak_password_and_keeps_nothing(self, migrated: str) -> None:
        result = invoke("create-admin", "--email", "root@example.com", "--password", "password")
        assert result.exit_code == 1
        assert "✗ Refused" in result.output
        assert "No account was created" in result.output
        assert user_count(migrated) == 0

    def test_existing_email_changes_nothing(self, migrated: str) -> None:
        invoke("create-admin", "--email", "root@example.com", "--password", STRONG_PASSWORD)
        result = invoke("create-admin", "--email", "root@example.com", "--password", "x" * 30)
        assert result.exit_code == 0, result.output
        assert "already exists" in result.output
        user = get_user(migrated, "root@example.com")
        assert user is not None
        assert verify_password(STRONG_PASSWORD, user.password_hash)[0]
        assert user_count(migrated) == 1


class TestSeedDemo:
    def test_creates_accounts_and_prints_each_password_once(self, migrated: str) -> None:
        result = invoke("seed-demo")
        assert result.exit_code == 0, result.output
        passwords = demo_passwords(result.output)
        assert len(passwords) == DEMO_ACCOUNTS
        assert len(set(passwords.values())) == DEMO_ACCOUNTS  # random, never shared
        assert user_count(migrated) == DEMO_ACCOUNTS
        admin = get_user(migrated, "admin@example.com")
        assert admin is not None
        assert admin.role is Role.admin
        assert verify_password(passwords["admin@example.com"], admin.password_hash)[0]

    def test_puts_the_students_in_the_coachs_cohort(self, migrated: str) -> None:
        invoke("seed-demo")

        async def members(session: AsyncSession) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
            cohort = await users_service.get_cohort_by_name(session, DEMO_COHORT)
            assert cohort is not None
            students = await users_service.student_ids_in_cohort(session, cohort.id)
            coach = await auth_service.get_user_by_email(session, "coach@example.com")
            assert coach is not None
            return students, {link.coach_id for link in cohort.coaches} - {coach.id}

        students, other_coaches = query(migrated, members)
        assert len(students) == DEMO_STUDENTS
        assert other_coaches == set()

    def test_second_run_creates_nothing_and_prints_no_password(self, migrated: str) -> None:
        invoke("seed-demo")
        result = invoke("seed-demo")
        assert result.exit_code == 0, result.output
        assert "nothing created" in result.output
        assert demo_passwords(result.output) == {}
        assert user_count(migrated) == DEMO_ACCOUNTS

    def test_if_new_seeds_an_empty_database(self, migrated: str) -> None:
        result = invoke("seed-demo", "--if-new")
        assert result.exit_code == 0, result.output
        assert len(demo_passwords(result.output)) == DEMO_ACCOUNTS

    def test_if_new_leaves_a_database_with_users_alone(self, migrated: str) -> None:
        invoke("create-admin", "--email", "root@example.com", "--password", STRONG_PASSWORD)
        result = invoke("seed-demo", "--if-new")
        assert result.exit_code == 0, result.output
        assert "seeding skipped" in result.output
        assert "create-admin" in result.output
        assert user_count(migrated) == 1

    def test_refuses_to_run_in_production(
        self, migrated: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("GURUKUL_ENV", "production")
        monkeypatch.setenv("GURUKUL_SECRET_KEY", "k" * 48)
        if migrated.startswith("sqlite"):  # production refuses SQLite before seed-demo can
            monkeypatch.setenv("GURUKUL_DATABASE_URL", "postgresql+asyncpg://h/db")
        get_settings.cache_clear()
        result = invoke("seed-demo")
        assert result.exit_code == 1
        assert "does not run in production" in result.output
        assert user_count(migrated) == 0


class TestCheck:
    def test_good_setup_passes(self, migrated: str) -> None:
        result = invoke("check")
        assert result.exit_code == 0, result.output
        assert "✗" not in result.output
        assert "All checks passed" in result.output
        assert "SELECT 1 in" in result.output
        assert "at head" in result.output

    def test_unmigrated_database_fails(self, cli_database: str) -> None:
        result = invoke("check")
        assert result.exit_code == 1
        assert "run `gurukul migrate`" in result.output

    def test_unreachable_database_fails(
        self, cli_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        if cli_database.startswith("sqlite"):
            (tmp_path / "a-file").write_text("")  # a file is no directory, even for root
            nowhere = f"sqlite+aiosqlite:///{tmp_path}/a-file/gurukul.db"
        else:
            nowhere = "postgresql+asyncpg://postgres@127.0.0.1:1/gurukul"  # a closed port
        monkeypatch.setenv("GURUKUL_DATABASE_URL", nowhere)
        get_settings.cache_clear()
        result = invoke("check")
        assert result.exit_code == 1
        database_line = next(line for line in result.output.splitlines() if "Database" in line)
        assert "✗" in database_line
        assert "unreachable" in result.output

    def test_unparsable_database_url_fails(
        self, cli_database: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("GURUKUL_DATABASE_URL", "not a database url")
        get_settings.cache_clear()
        result = invoke("check")
        assert result.exit_code == 1
        assert "Traceback" not in result.output
        database_line = next(line for line in result.output.splitlines() if "Database" in line)
        assert "✗" in database_line

    def test_reachable_redis_passes(self, migrated: str, monkeypatch: pytest.MonkeyPatch) -> None:
        _require(REDIS_URL, "GURUKUL_TEST_REDIS_URL")
        monkeypatch.setenv("GURUKUL_REDIS_URL", REDIS_URL)
        get_settings.cache_clear()
        result = invoke("check")
        assert result.exit_code == 0, result.output
        assert "PING in" in result.output

    def test_unreachable_redis_fails(self, migrated: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("GURUKUL_REDIS_URL", "redis://127.0.0.1:1/0")
        get_settings.cache_clear()
        result = invoke("check")
        assert result.exit_code == 1
        redis_line = next(line for line in result.output.splitlines() if "Redis" in line)
        assert "✗" in redis_line

    def test_invalid_settings_fail(
        self, cli_database: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("GURUKUL_DB_POOL_SIZE", "0")
        get_settings.cache_clear()
        result = invoke("check")
        assert result.exit_code == 1
        assert "GURUKUL_DB_POOL_SIZE" in result.output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.xdist_group("serve")  # one server starting at a time: startup is CPU-bound
class TestServe:
    @pytest.mark.parametrize("workers", [1, 2])
    def test_serves_health_until_terminated(self, tmp_path: Path, workers: int) -> None:
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("GURUKUL_")}
        env.update(GURUKUL_ENV="testing", GURUKUL_DATA_DIR=str(tmp_path / "var"))
        command = [sys.executable, "-m", "gurukul.cli", "serve", "--port", str(port)]
        process = subprocess.Popen(
            [*command, "--workers", str(workers)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # so a stuck run can be killed with its worker processes
        )
        status = None
        try:
            # Each worker process imports the whole app; on a busy two-core machine that is
            # seconds apiece.
            deadline = time.monotonic() + 30 * workers
            while time.monotonic() < deadline and process.poll() is None:
                try:
                    status = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code
                except httpx.TransportError:
                    time.sleep(0.2)
                    continue
                break
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                output, _ = process.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)  # the workers too: they hold the pipe
                output, _ = process.communicate(timeout=15)
        assert status == 200, output
        assert f"http://127.0.0.1:{port}" in output
        assert output.count("Application shutdown complete") == workers  # a graceful stop
        # uvicorn re-raises the signal it handled once it has shut down cleanly.
        assert process.returncode in {0, -signal.SIGTERM}, output


class TestDomainCommands:
    def test_import_and_export_groups_hold_each_domain(self) -> None:
        for group in ("import", "export"):
            result = invoke(group, "--help")
            assert result.exit_code == 0, result.output
            assert "curriculum" in result.output
            assert "questions" in result.output

    def test_export_curriculum_runs_against_the_database(self, migrated: str) -> None:
        result = invoke("export", "curriculum", "--format", "json")
        assert result.exit_code == 0, result.output
        assert '"concepts": []' in result.output


def _pending_outbox_row(url: str) -> uuid.UUID:
    async def record(session: AsyncSession) -> uuid.UUID:
        message = OutboxRepository.from_session(session).record(
            "notifications.result_ready",
            {"student_id": str(uuid.uuid4()), "attempt_id": str(uuid.uuid4())},
            now=utc_now(),
        )
        await session.flush()
        message_id = message.id
        await session.commit()
        return message_id

    return query(url, record)


def _processed_at(url: str, message_id: uuid.UUID) -> object:
    async def read(session: AsyncSession) -> object:
        return await session.scalar(
            sa.select(OutboxMessage.processed_at).where(OutboxMessage.id == message_id)
        )

    return query(url, read)


def _drop_redis_keys(prefix: str) -> None:
    async def drop() -> None:
        client = aioredis.from_url(REDIS_URL)
        keys = [key async for key in client.scan_iter(f"*{prefix}*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()

    asyncio.run(drop())


class TestTaskCommands:
    @pytest.mark.parametrize("command", ["worker", "scheduler"])
    def test_refuses_without_redis_and_points_to_serve(
        self, cli_database: str, command: str
    ) -> None:
        result = invoke(command)
        assert result.exit_code == 2
        assert "GURUKUL_REDIS_URL" in result.output
        assert "`gurukul serve` runs the background tasks" in result.output

    @pytest.mark.xdist_group("serve")  # process start-up is CPU-bound, like serve's
    def test_worker_and_scheduler_drain_the_outbox_until_terminated(
        self, migrated: str, tmp_path: Path
    ) -> None:
        _require(REDIS_URL, "GURUKUL_TEST_REDIS_URL")
        message_id = _pending_outbox_row(migrated)
        prefix = f"gurukul-test:{uuid.uuid4().hex[:10]}:"
        env = {k: v for k, v in os.environ.items() if not k.startswith("GURUKUL_")}
        env.update(
            GURUKUL_ENV="testing",
            GURUKUL_DATA_DIR=str(tmp_path / "var"),
            GURUKUL_DATABASE_URL=migrated,
            GURUKUL_REDIS_URL=REDIS_URL,
            GURUKUL_REDIS_PREFIX=prefix,
            GURUKUL_OUTBOX_RELAY_INTERVAL="PT1S",
        )
        processes = {
            name: subprocess.Popen(
                [sys.executable, "-m", "gurukul.cli", name],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for name in ("worker", "scheduler")
        }
        outputs: dict[str, str] = {}
        try:
            # Each process imports the whole app first: seconds on a busy machine.
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and _processed_at(migrated, message_id) is None:
                time.sleep(0.2)
            done = _processed_at(migrated, message_id)
        finally:
            for process in processes.values():
                process.send_signal(signal.SIGTERM)
            for name, process in processes.items():
                try:
                    outputs[name], _ = process.communicate(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    outputs[name], _ = process.communicate()
            _drop_redis_keys(prefix)
        assert done is not None, outputs
        assert "Worker stopped." in outputs["worker"]
        assert "Scheduler stopped." in outputs["scheduler"]
        assert {p.returncode for p in processes.values()} == {0}, outputs
