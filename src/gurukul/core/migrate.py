"""Run Alembic programmatically (used by `gurukul migrate`, `make run` and the tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

from gurukul.core.db import Base

ROOT = Path(__file__).resolve().parents[3]


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: skip tables and indexes a domain creates by hand for one dialect only.

    Domains list them in `Base.metadata.info["unmanaged_tables"]` / `["unmanaged_indexes"]` /
    `["unmanaged_columns"]` ("table.column")
    (e.g. the SQLite FTS5 table and PostgreSQL GIN expression indexes of question search).
    """
    if type_ == "table":
        return name not in Base.metadata.info.get("unmanaged_tables", ())
    if type_ == "index":
        return name not in Base.metadata.info.get("unmanaged_indexes", ())
    if type_ == "column" and reflected:
        qualified = f"{obj.table.name}.{name}"
        return qualified not in Base.metadata.info.get("unmanaged_columns", ())
    return True


def alembic_config(database_url: str) -> Config:
    ini = ROOT / "alembic.ini"
    config = Config(str(ini))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)
