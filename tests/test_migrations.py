"""Migrations reach head from an empty database on both backends, and agree with the models."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import create_async_engine

from gurukul.core.migrate import alembic_config, include_object
from gurukul.models import Base

pytestmark = pytest.mark.anyio


async def _inspect(url: str) -> tuple[str | None, list[Any], set[str]]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:

            def run(sync_conn: sa.Connection) -> tuple[str | None, list[Any], set[str]]:
                context = MigrationContext.configure(
                    sync_conn,
                    opts={
                        "compare_type": True,
                        "render_as_batch": True,
                        "include_object": include_object,
                    },
                )
                tables = set(sa.inspect(sync_conn).get_table_names())
                return (
                    context.get_current_revision(),
                    compare_metadata(context, Base.metadata),
                    tables,
                )

            return await conn.run_sync(run)
    finally:
        await engine.dispose()


class TestMigrations:
    async def test_empty_database_upgrades_to_head(self, database_url: str) -> None:
        head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
        current, _, tables = await _inspect(database_url)
        assert current == head
        assert set(Base.metadata.tables) <= tables

    async def test_models_and_migrations_agree(self, database_url: str) -> None:
        _, diff, _ = await _inspect(database_url)
        assert diff == [], f"models and migrations differ; write a migration: {diff}"
