"""`gurukul seed-demo` loads the demo curriculum and question bank, on SQLite and PostgreSQL.

Runs the real command twice through typer's CliRunner against the migrated `database_url`
database: the first run creates the concept graph and publishes every demo question, the second
creates nothing. Works on whichever demo_*.json files exist (whether every leaf concept of the
whole curriculum is covered is tests/questions/test_demo_bank.py's job).
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine
from typer.testing import CliRunner, Result

from gurukul import cli, demo
from gurukul.cli import app
from gurukul.core.config import get_settings
from gurukul.curriculum.loader import DEMO_CURRICULUM, load_curriculum
from gurukul.curriculum.models import Concept, Prerequisite
from gurukul.demo import demo_bank_files
from gurukul.questions.models import Question, QuestionConcept, QuestionStatus, QuestionVersion
from tests.fixtures.cli import point_cli_at
from tests.fixtures.db import empty_all_tables

MIN_PER_LEAF = 3
runner = CliRunner()


@pytest.fixture
def seed_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The command reads its settings from GURUKUL_* variables; tables are emptied afterwards."""
    point_cli_at(
        monkeypatch, tmp_path, database_url=database_url, consoles=(cli.console, cli.err_console)
    )
    try:
        yield database_url
    finally:
        get_settings.cache_clear()
        asyncio.run(_empty(database_url))


async def _empty(url: str) -> None:
    engine = create_async_engine(url)
    try:
        await empty_all_tables(engine)
    finally:
        await engine.dispose()


def seed() -> Result:
    result = runner.invoke(app, ["seed-demo"])
    assert result.exit_code == 0, result.output
    return result


def snapshot(url: str) -> dict[str, object]:
    """Row counts and the published questions per concept."""

    async def read() -> dict[str, object]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                counts = {}
                for model in (Concept, Prerequisite, Question, QuestionVersion):
                    total = await conn.scalar(sa.select(sa.func.count()).select_from(model))
                    counts[model.__tablename__] = int(total or 0)
                rows = await conn.execute(
                    sa.select(QuestionConcept.concept_id, sa.func.count())
                    .join(QuestionVersion, QuestionVersion.id == QuestionConcept.version_id)
                    .where(QuestionVersion.status == QuestionStatus.published.value)
                    .group_by(QuestionConcept.concept_id)
                )
                published = await conn.scalar(
                    sa.select(sa.func.count())
                    .select_from(QuestionVersion)
                    .where(QuestionVersion.status == QuestionStatus.published.value)
                )
                return {
                    **counts,
                    "published": int(published or 0),
                    "per_concept": Counter({cid: int(n) for cid, n in rows}),
                }
        finally:
            await engine.dispose()

    return asyncio.run(read())


def demo_items() -> list[dict[str, Any]]:
    return [item for path in demo_bank_files() for item in json.loads(path.read_text("utf-8"))]


def test_seed_demo_loads_the_curriculum_and_publishes_the_bank(seed_env: str) -> None:
    items = demo_items()
    assert items, "no demo_*.json: run scripts/demo_bank/build.py"

    first = seed()
    assert "demo curriculum" in first.output
    assert f"demo question bank: {len(items)} published questions" in first.output
    after_first = snapshot(seed_env)

    curriculum = load_curriculum(DEMO_CURRICULUM)
    assert after_first["concepts"] == len(curriculum.concepts) >= 250
    assert after_first["prerequisites"] == len(curriculum.edges)
    assert after_first["questions"] == after_first["published"] == len(items)

    # Every leaf concept of each subject the demo files cover has its questions, published.
    subject_of = {c.id: c.subject for c in curriculum.concepts}
    covered = {subject_of[item["concepts"][0]] for item in items}
    parents = {c.parent for c in curriculum.concepts if c.parent}
    leaves = [c.id for c in curriculum.concepts if c.id not in parents and c.subject in covered]
    per_concept = after_first["per_concept"]
    assert isinstance(per_concept, Counter)
    assert {leaf: per_concept[leaf] for leaf in leaves if per_concept[leaf] < MIN_PER_LEAF} == {}

    second = seed()
    assert "nothing created" in second.output
    assert "demo question bank" not in second.output
    assert snapshot(seed_env) == after_first


def test_seed_demo_adds_only_what_is_missing(
    seed_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Questions already in the bank are skipped; only the new ones are imported and published."""
    files = demo_bank_files()
    partial = tmp_path / "partial"
    partial.mkdir()
    kept = 0
    for path in files:  # an older, smaller bank: the first half of each file
        items = json.loads(path.read_text("utf-8"))
        kept += len(items) // 2
        (partial / path.name).write_text(json.dumps(items[: len(items) // 2]), "utf-8")
    monkeypatch.setattr(demo, "DEMO_BANK_DIR", partial)
    seed()
    assert snapshot(seed_env)["published"] == kept

    monkeypatch.setattr(demo, "DEMO_BANK_DIR", files[0].parent)
    result = seed()
    total = len(demo_items())
    assert f"demo question bank: {total - kept} published questions" in result.output
    assert f"{kept} already present" in result.output
    after = snapshot(seed_env)
    assert after["questions"] == after["published"] == total
