"""`gurukul calibrate` on both databases: answers simulated from known IRT items are stored as
real attempts and responses, the command recovers the items' parameters and stores them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import numpy as np
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from typer.testing import CliRunner, Result

from gurukul import cli
from gurukul.assessments import service as assessments_service
from gurukul.assessments.models import Attempt, AttemptItem, AttemptStatus, Response, Test
from gurukul.assessments.schemas import AnswerIn, PracticeIn, SubmissionIn
from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.core.config import get_settings
from gurukul.core.time import utc_now
from gurukul.mastery import calibration, commands, irt
from gurukul.questions import service as questions_service
from gurukul.questions.models import QuestionStatus, QuestionVersion
from gurukul.questions.schemas import QuestionCreate
from tests.assessments.test_service import answer_key
from tests.fixtures.auth import create_user
from tests.fixtures.builders import scalars
from tests.fixtures.cli import point_cli_at
from tests.questions.test_service import load_curriculum, mcq_payload

pytestmark = pytest.mark.anyio

NOW = utc_now()
runner = CliRunner()


# --- helpers shared with test_calibration_fit.py ------------------------------------------------


@pytest.fixture
def cli_env(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, session: AsyncSession
) -> Iterator[None]:
    """The `gurukul` command pointed at the test's database (the `session` fixture's own),
    whose tables are emptied after the test."""
    point_cli_at(
        monkeypatch,
        tmp_path,
        database_url=database_url,
        consoles=(commands.console, commands.err_console),
    )
    yield
    get_settings.cache_clear()


async def invoke(*args: str | Path | float) -> Result:
    """Run `gurukul ARGS` in a worker thread: the command runs its own event loop."""
    call = partial(runner.invoke, cli.app, [str(arg) for arg in args])
    return await anyio.to_thread.run_sync(call)


async def publish(
    session: AsyncSession, concept: str, n: int, *, label: str = "item"
) -> list[uuid.UUID]:
    """`n` published single-choice questions on `concept`; their version ids."""
    ids = []
    for k in range(n):
        version = await questions_service.create_question(
            session,
            QuestionCreate.model_validate(
                mcq_payload(text=f"{label} {concept} {k}", concepts=[concept])
            ),
            now=NOW,
        )
        await questions_service.publish_question(session, version.question_id, now=NOW)
        ids.append(version.id)
    await session.commit()
    return ids


async def students(session: AsyncSession, n: int) -> list[uuid.UUID]:
    """`n` student accounts, inserted in bulk (thousands through the password hasher would
    dominate the run; nothing here logs in)."""
    ids = [uuid.uuid4() for _ in range(n)]
    await session.execute(
        sa.insert(User),
        [
            {
                "id": uid,
                "email": f"sim-{uid.hex}@example.com",
                "password_hash": "!",
                "role": Role.student,
                "created_at": NOW,
            }
            for uid in ids
        ],
    )
    await session.commit()
    return ids


@dataclass
class Sitting:
    """One submitted attempt: who, when, and (version, correct, blank) per item in order."""

    student_id: uuid.UUID
    at: datetime
    answers: list[tuple[uuid.UUID, bool, bool]] = field(default_factory=list)
    time_limit_s: int = 60  # per item
    response_time_ms: int | None = 60_000


async def record(session: AsyncSession, sittings: Sequence[Sitting]) -> None:
    """Store the sittings as submitted practice attempts with their responses: the rows the
    submit service writes (TestScoredResponses checks the reading side against submit itself).
    Bulk inserts: the recovery tests need tens of thousands of answers."""
    test_id = uuid.uuid4()
    await session.execute(
        sa.insert(Test).values(
            id=test_id,
            kind="practice",
            period_key=f"p:{test_id.hex}",
            standard=12,
            opens_at=NOW - timedelta(days=400),
            closes_at=None,
            blueprint={},
            created_at=NOW - timedelta(days=400),
        )
    )
    attempts: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    responses: list[dict[str, Any]] = []
    for sitting in sittings:
        attempt_id = uuid.uuid4()
        n = len(sitting.answers)
        attempts.append(
            {
                "id": attempt_id,
                "student_id": sitting.student_id,
                "test_id": test_id,
                "status": AttemptStatus.submitted.value,
                "issued_at": sitting.at - timedelta(minutes=5),
                "deadline": sitting.at + timedelta(hours=1),
                "submitted_at": sitting.at,
                "seed": 0,
                "time_limit_s": sitting.time_limit_s * n,
                "score": 0.0,
                "max_score": 4.0 * n,
                "late": False,
            }
        )
        for position, (version_id, correct, blank) in enumerate(sitting.answers):
            item_id = uuid.uuid4()
            items.append(
                {
                    "id": item_id,
                    "attempt_id": attempt_id,
                    "position": position,
                    "question_version_id": version_id,
                    "seed": 0,
                    "marks": 4.0,
                    "reason": "",
                }
            )
            right = correct and not blank
            responses.append(
                {
                    "id": uuid.uuid4(),
                    "attempt_item_id": item_id,
                    "answer": None,
                    "correct": right,
                    "blank": blank,
                    "marks": 4.0 if right else 0.0,
                    "response_time_ms": None if blank else sitting.response_time_ms,
                }
            )
    for model, rows in ((Attempt, attempts), (AttemptItem, items), (Response, responses)):
        for start in range(0, len(rows), 2000):
            await session.execute(sa.insert(model), rows[start : start + 2000])
    await session.commit()


async def irt_state(
    session: AsyncSession, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[float, float, float, str, datetime | None]]:
    """(a, b, c, calibration, updated_at) of each version as the database holds it now."""
    rows = await scalars(
        session,
        sa.select(QuestionVersion)
        .where(QuestionVersion.id.in_(list(ids)))
        .execution_options(populate_existing=True),
    )
    return {v.id: (v.irt_a, v.irt_b, v.irt_c, v.calibration, v.updated_at) for v in rows}


# --- simulated items ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bank:
    ids: list[uuid.UUID]  # calibrated: every student answers them
    a: np.ndarray
    b: np.ndarray
    c: float
    rare: uuid.UUID  # answered by too few students: skipped


async def simulated_bank(
    session: AsyncSession, *, n_students: int, c: float, seed: int, rare_answers: int = 40
) -> Bank:
    """Ten physics items with known parameters answered by `n_students` students of N(0, 1)
    ability, and one more answered by only `rare_answers` of them."""
    await load_curriculum(session)
    ids = await publish(session, "PHY.MECH.FRICTION", 10)
    (rare,) = await publish(session, "PHY.MECH.WORK", 1, label="rare")
    rng = np.random.default_rng(seed)
    a = np.linspace(0.7, 1.8, len(ids))
    b = np.linspace(-1.5, 1.5, len(ids))
    rng.shuffle(b)
    theta = rng.normal(size=n_students)
    right = rng.random((n_students, len(ids))) < irt.p(theta[:, None], a, b, c)
    people = await students(session, n_students)
    sittings = []
    for i, student in enumerate(people):
        answers = [(vid, bool(right[i, j]), False) for j, vid in enumerate(ids)]
        if i < rare_answers:
            answers.append((rare, bool(rng.random() < 0.5), False))
        sittings.append(Sitting(student, NOW - timedelta(days=1, seconds=i), answers))
    await record(session, sittings)
    return Bank(ids, a, b, c, rare)


def _estimates(
    state: dict[uuid.UUID, tuple[float, float, float, str, datetime | None]], ids: list[uuid.UUID]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (
        np.array([state[i][0] for i in ids]),
        np.array([state[i][1] for i in ids]),
        np.array([state[i][2] for i in ids]),
    )


@pytest.mark.usefixtures("cli_env")
class TestCalibrate:
    async def test_recovers_2pl_items_and_stores_them(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        bank = await simulated_bank(session, n_students=600, c=0.0, seed=3)
        before = await irt_state(session, [*bank.ids, bank.rare])
        report = tmp_path / "report.json"

        result = await invoke("calibrate", "--min-responses", 200, "--json", report)

        assert result.exit_code == 0, result.output
        assert "11 published item(s) with answers: 10 calibrated, 0 unchanged, 1 skipped" in (
            result.output
        )
        after = await irt_state(session, [*bank.ids, bank.rare])
        a, b, c = _estimates(after, bank.ids)
        # Tolerances hold for any seed at 600 students x 10 items (mean error ~0.12 for both)
        assert np.abs(a - bank.a).mean() < 0.25
        assert np.abs(b - bank.b).mean() < 0.25
        assert np.corrcoef(b, bank.b)[0, 1] > 0.97
        assert (c == 0.0).all()
        assert all(after[i][3] == "calibrated" for i in bank.ids)
        assert all(after[i][4] != before[i][4] for i in bank.ids)  # bank caches notice
        assert after[bank.rare] == before[bank.rare]  # below the threshold: untouched
        data = json.loads(report.read_text(encoding="utf-8"))
        assert data["summary"] == {"calibrated": 10, "unchanged": 0, "skipped": 1}
        assert data["written"] == 10
        rare = next(item for item in data["items"] if item["version_id"] == str(bank.rare))
        assert (rare["outcome"], rare["n_responses"], rare["after"]) == ("skipped", 40, None)

    async def test_recovers_3pl_guessing(self, session: AsyncSession) -> None:
        bank = await simulated_bank(session, n_students=1500, c=0.2, seed=5)

        result = await invoke("calibrate", "--model", "3pl")

        assert result.exit_code == 0, result.output
        a, b, c = _estimates(await irt_state(session, bank.ids), bank.ids)
        assert np.abs(a - bank.a).mean() < 0.3
        assert np.abs(b - bank.b).mean() < 0.25
        assert np.abs(c - bank.c).mean() < 0.06

    async def test_dry_run_writes_nothing(self, session: AsyncSession) -> None:
        bank = await simulated_bank(session, n_students=300, c=0.0, seed=1)
        before = await irt_state(session, [*bank.ids, bank.rare])

        result = await invoke("calibrate", "--dry-run")

        assert result.exit_code == 0, result.output
        assert "10 would calibrate" in result.output
        assert "Dry run: nothing was written." in result.output
        assert "→" in result.output  # the table shows the changes it would make
        assert await irt_state(session, [*bank.ids, bank.rare]) == before

    async def test_a_second_run_changes_nothing(self, session: AsyncSession) -> None:
        bank = await simulated_bank(session, n_students=300, c=0.0, seed=2)
        first = await invoke("calibrate", "--min-responses", 250)
        assert first.exit_code == 0, first.output
        stored = await irt_state(session, bank.ids)

        again = await invoke("calibrate", "--min-responses", 250)

        assert again.exit_code == 0, again.output
        assert "0 calibrated, 10 unchanged, 1 skipped" in again.output
        assert await irt_state(session, bank.ids) == stored  # not even updated_at moved

    async def test_threshold_above_every_item_skips_all(self, session: AsyncSession) -> None:
        bank = await simulated_bank(session, n_students=120, c=0.0, seed=4)
        before = await irt_state(session, [*bank.ids, bank.rare])

        result = await invoke("calibrate")  # the default of 200 answers

        assert result.exit_code == 0, result.output
        assert "0 calibrated, 0 unchanged, 11 skipped (fewer than 200 answers)" in result.output
        assert await irt_state(session, [*bank.ids, bank.rare]) == before

    async def test_no_answers_yet(self, session: AsyncSession) -> None:
        result = await invoke("calibrate")

        assert result.exit_code == 0, result.output
        assert "0 published item(s) with answers" in result.output

    async def test_unknown_model_is_refused(self, session: AsyncSession) -> None:
        result = await invoke("calibrate", "--model", "4pl")

        assert result.exit_code == 2
        assert "4pl" in result.output


@pytest.mark.usefixtures("cli_env")
class TestLoadItemData:
    async def test_first_non_blank_answer_of_published_versions_only(
        self, session: AsyncSession
    ) -> None:
        await load_curriculum(session)
        live, retired = await publish(session, "PHY.MECH.FRICTION", 2)
        retired_question = (await questions_service.get_version(session, retired)).question_id
        await questions_service.change_status(
            session, retired_question, QuestionStatus.archived, now=NOW
        )
        await session.commit()
        ann, ben, cai = await students(session, 3)
        day = timedelta(days=1)
        await record(
            session,
            [
                Sitting(ann, NOW - 3 * day, [(live, False, False), (retired, True, False)]),
                Sitting(ann, NOW - 2 * day, [(live, True, False)]),  # a second answer: ignored
                Sitting(ben, NOW - 2 * day, [(live, False, True)]),  # blank: no evidence
                Sitting(cai, NOW - 1 * day, [(live, True, False)]),
            ],
        )

        data = await calibration.load_item_data(session)
        await session.commit()

        assert [item.version_id for item in data] == [live]  # the archived one is left out
        assert data[0].answers == {ann: False, cai: True}
        assert data[0].subject == "PHY"
        assert data[0].before_status == "uncalibrated"


class TestScoredResponses:
    async def test_reads_what_submit_stored(self, session: AsyncSession) -> None:
        await load_curriculum(session)
        await publish(session, "PHY.MECH.FRICTION", 3)
        student = await create_user(session)
        served = await assessments_service.start_practice(
            session, student.id, PracticeIn(concept_ids=["PHY.MECH.FRICTION"], count=3), now=NOW
        )
        await session.commit()
        key = await answer_key(session, served.attempt_id)
        first, second, third = (q.question_id for q in served.questions)
        answers = [
            AnswerIn(question_id=first, answer=key[first], response_time_ms=12_000),
            AnswerIn(question_id=second, answer="B" if key[second] != "B" else "C"),
        ]  # the third is left blank
        await assessments_service.submit(
            session,
            student.id,
            SubmissionIn(attempt_id=served.attempt_id, answers=answers),
            idempotency_key="k-1",
            now=NOW,
        )
        await session.commit()

        rows = await assessments_service.scored_responses(session)
        await session.commit()

        assert [(r.question_version_id, r.correct, r.blank) for r in rows] == [
            (first, True, False),
            (second, False, False),
            (third, False, True),
        ]
        assert {r.student_id for r in rows} == {student.id}
        assert {r.attempt_id for r in rows} == {served.attempt_id}
        assert rows[0].response_time_ms == 12_000
        assert rows[0].submitted_at == NOW
        assert rows[0].time_limit_s == served.time_limit_s
