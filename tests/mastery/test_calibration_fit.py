"""`gurukul mastery fit --from-db --apply`, `mastery apply` and `mastery fit-fsrs` on both
databases: the parameters fitted on the deployment's answers are stored, and the next mastery
update uses them."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fsrs import Rating
from fsrs.scheduler import DEFAULT_PARAMETERS
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments.service import ScoredResponse
from gurukul.core.config import get_settings
from gurukul.mastery import calibration, evaluation, scheduling, tracing
from gurukul.mastery import service as mastery_service
from gurukul.mastery.models import PARAMETERS_KEY, ConceptMastery, MasteryParameters
from gurukul.mastery.repository import MasteryParametersRepository
from gurukul.mastery.service import ResponseEvidence
from gurukul.mastery.tracing import BKTParams
from tests.fixtures.builders import fetch
from tests.mastery.test_calibration import (
    NOW,
    Sitting,
    cli_env,
    invoke,
    publish,
    record,
    students,
)
from tests.questions.test_service import load_curriculum

pytestmark = pytest.mark.anyio
__all__ = ["cli_env"]  # the fixture, shared with test_calibration.py

FRICTION, DERIVATIVE = "PHY.MECH.FRICTION", "MATH.CALC.DERIVATIVE"
# Far from BKTParams() (0.3, 0.1, 0.1, 0.2), so a fit on their answers moves every parameter.
TRUTH = {
    FRICTION: BKTParams(prior=0.6, learn=0.25, slip=0.05, guess=0.3),
    DERIVATIVE: BKTParams(prior=0.1, learn=0.05, slip=0.2, guess=0.1),
}


async def bkt_answers(session: AsyncSession, n_students: int = 150, per_concept: int = 10) -> None:
    """Answers drawn from TRUTH, one sitting per answer in the simulated order."""
    await load_curriculum(session)
    versions = {
        concept: await publish(session, concept, 3, label="bkt") for concept in sorted(TRUTH)
    }
    rows = evaluation.simulate_bkt(TRUTH, n_students, per_concept, np.random.default_rng(7))
    people = await students(session, n_students)
    who = dict(zip(dict.fromkeys(row.student_id for row in rows), people, strict=True))
    start = NOW - timedelta(days=30)
    await record(
        session,
        [
            Sitting(
                who[row.student_id],
                start + timedelta(minutes=k),
                [(versions[row.skill_id][k % 3], row.correct, False)],
            )
            for k, row in enumerate(rows)
        ],
    )


async def stored(session: AsyncSession) -> MasteryParameters | None:
    return await fetch(session, MasteryParameters, PARAMETERS_KEY)


async def answer_once(session: AsyncSession, concept: str, correct: bool) -> ConceptMastery:
    """A new student's first answer on `concept`, through the mastery update."""
    (student,) = await students(session, 1)
    await mastery_service.apply_responses(
        session,
        student_id=student,
        responses=[
            ResponseEvidence(
                question_version_id=uuid.uuid4(),
                concept_ids=[concept],
                subject=None,
                correct=correct,
                blank=False,
                response_time_ms=None,
                typical_time_ms=None,
                irt=None,
            )
        ],
        now=NOW,
    )
    await session.commit()
    row = await fetch(session, ConceptMastery, (student, concept))
    assert row is not None
    return row


def bkt_file(path: Path, **default: float) -> Path:
    params = {"prior": 0.5, "learn": 0.2, "slip": 0.1, "guess": 0.2} | default
    body = {"bkt": {"default": params, "skills": {FRICTION: params, "not-a-concept": params}}}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


@pytest.mark.usefixtures("cli_env")
class TestFitFromDatabase:
    async def test_apply_changes_what_the_mastery_update_uses(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        await bkt_answers(session)
        out = tmp_path / "params.json"

        result = await invoke("mastery", "fit", "--from-db", "--apply", "--out", out)

        assert result.exit_code == 0, result.output
        assert "Applied BKT parameters: the default and 2 concept(s)" in result.output
        row = await stored(session)
        assert row is not None
        assert sorted(row.bkt["concepts"]) == [DERIVATIVE, FRICTION]
        assert row.bkt == {
            "default": json.loads(out.read_text())["bkt"]["default"],
            "concepts": json.loads(out.read_text())["bkt"]["skills"],
        }
        fitted = BKTParams.from_dict(row.bkt["concepts"][FRICTION])
        assert fitted.prior > 0.45  # the truth is 0.6 (the default 0.3)
        assert fitted.guess > 0.2  # the truth is 0.3 (the default 0.2)
        state = await answer_once(session, FRICTION, correct=False)
        expected = tracing.update(fitted.prior, False, fitted)
        assert state.p_mastery == pytest.approx(expected)
        assert state.p_mastery != pytest.approx(tracing.update(0.3, False, BKTParams()))

    async def test_rare_concepts_keep_the_default(self, session: AsyncSession) -> None:
        await bkt_answers(session, n_students=20, per_concept=4)  # 80 answers per concept

        result = await invoke("mastery", "fit", "--from-db", "--apply", "--min-answers", 100)

        assert result.exit_code == 0, result.output
        assert "2 concept(s) with too few answers keep the default" in result.output
        row = await stored(session)
        assert row is not None
        assert row.bkt["concepts"] == {}
        default = BKTParams.from_dict(row.bkt["default"])
        state = await answer_once(session, DERIVATIVE, correct=True)
        assert state.p_mastery == pytest.approx(tracing.update(default.prior, True, default))

    async def test_empty_database_is_refused(self, session: AsyncSession, tmp_path: Path) -> None:
        result = await invoke("mastery", "fit", "--from-db", "--apply")

        assert result.exit_code == 1
        assert "no scored answers" in result.output
        assert await stored(session) is None

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            ((), "Give one source: --interactions FILE or --from-db"),
            (("--from-db", "--interactions", "x.csv"), "Give one source"),
            (("--from-db",), "Nothing to do: give --out PARAMS.json, --apply, or both"),
        ],
    )
    async def test_bad_options_are_refused(
        self, session: AsyncSession, args: tuple[str, ...], message: str
    ) -> None:
        result = await invoke("mastery", "fit", *args)

        assert result.exit_code == 1
        assert message in result.output
        assert await stored(session) is None


@pytest.mark.usefixtures("cli_env")
class TestApply:
    async def test_applies_a_file_and_ignores_unknown_skills(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        await load_curriculum(session)

        result = await invoke("mastery", "apply", bkt_file(tmp_path / "p.json"))

        assert result.exit_code == 0, result.output
        assert "1 skill(s) are not concepts here, ignored: not-a-concept" in result.output
        row = await stored(session)
        assert row is not None
        assert list(row.bkt["concepts"]) == [FRICTION]
        assert row.bkt["default"]["prior"] == 0.5
        assert row.fsrs == {}
        state = await answer_once(session, DERIVATIVE, correct=True)  # the default applies
        params = BKTParams(0.5, 0.2, 0.1, 0.2)
        assert state.p_mastery == pytest.approx(tracing.update(0.5, True, params))

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            ("{not json", "is not JSON"),
            ('{"model": {}}', "has neither a 'bkt' nor an 'fsrs' section"),
            ('{"bkt": {"default": {"prior": 0.3}, "skills": {}}}', "bkt.default: missing learn"),
            (
                '{"bkt": {"default": {"prior": 0.3, "learn": 0.1, "slip": 0.7, "guess": 0.2},'
                ' "skills": {}}}',
                "bkt.default: slip must lie in (0, 0.5)",
            ),
            ('{"bkt": {"default": "x", "skills": {}}}', "bkt.default must be an object"),
            ('{"bkt": 5}', "bkt must be an object with default and skills"),
            ('{"bkt": {"default": {}}}', "bkt.skills must be an object"),
            (
                '{"bkt": {"default": {"prior": 0.3, "learn": 0.1, "slip": 0.1, "guess": 0.2},'
                ' "skills": {"PHY.MECH.FRICTION": {"prior": 0.3, "learn": 0.1, "slip": 0.1,'
                ' "guess": 0.2}}, "answers": {"PHY.MECH.FRICTION": "many"}}}',
                "bkt.answers.PHY.MECH.FRICTION must be a whole number, got 'many'",
            ),
            ('{"fsrs": {"parameters": [1, 2]}}', "fsrs.parameters needs 21 numbers, got 2"),
            ('{"fsrs": "x"}', "fsrs.parameters must be a list of numbers"),
        ],
    )
    async def test_bad_files_are_refused_and_nothing_is_written(
        self, session: AsyncSession, tmp_path: Path, content: str, message: str
    ) -> None:
        await load_curriculum(session)
        good = await invoke("mastery", "apply", bkt_file(tmp_path / "good.json"))
        assert good.exit_code == 0, good.output
        before = await stored(session)
        assert before is not None
        bad = tmp_path / "bad.json"
        bad.write_text(content, encoding="utf-8")

        result = await invoke("mastery", "apply", bad)

        assert result.exit_code == 1
        assert message in result.output
        assert "nothing was written" in result.output
        after = await stored(session)
        assert after is not None
        assert (after.bkt, after.fsrs, after.updated_at) == (
            before.bkt,
            before.fsrs,
            before.updated_at,
        )

    async def test_a_bad_fsrs_part_keeps_the_good_bkt_part_out(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        await load_curriculum(session)
        body = json.loads(bkt_file(tmp_path / "p.json").read_text())
        body["fsrs"] = {"parameters": [*DEFAULT_PARAMETERS[:-1], 99.0]}
        path = tmp_path / "both.json"
        path.write_text(json.dumps(body), encoding="utf-8")

        result = await invoke("mastery", "apply", path)

        assert result.exit_code == 1
        assert "fsrs.parameters[20] = 99.0 lies outside" in result.output
        assert await stored(session) is None

    async def test_applies_bkt_and_fsrs_of_one_file(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        await load_curriculum(session)
        body = json.loads(bkt_file(tmp_path / "p.json").read_text())
        weights = [float(x) for x in DEFAULT_PARAMETERS]
        weights[2] = 5.0
        body["fsrs"] = {"parameters": weights}
        path = tmp_path / "both.json"
        path.write_text(json.dumps(body), encoding="utf-8")

        result = await invoke("mastery", "apply", path)

        assert result.exit_code == 0, result.output
        assert "Applied FSRS parameters" in result.output
        row = await stored(session)
        assert row is not None
        assert row.fsrs == {"parameters": weights, "desired_retention": None}
        assert list(row.bkt["concepts"]) == [FRICTION]

    async def test_unmigrated_database_is_a_clear_error(
        self, session: AsyncSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        empty = tmp_path / "empty.db"
        monkeypatch.setenv("GURUKUL_DATABASE_URL", f"sqlite+aiosqlite:///{empty}")
        get_settings.cache_clear()

        result = await invoke("mastery", "apply", bkt_file(tmp_path / "p.json"))

        assert result.exit_code == 1
        assert "Database error" in result.output
        assert "gurukul migrate" in result.output

    async def test_missing_file(self, session: AsyncSession, tmp_path: Path) -> None:
        result = await invoke("mastery", "apply", tmp_path / "nope.json")

        assert result.exit_code == 1
        assert "Cannot read" in result.output
        assert await stored(session) is None


async def review_answers(session: AsyncSession, n_students: int) -> None:
    """Each student reviews FRICTION eight times at growing gaps, recalling with the
    probability of a forgetting curve much steeper than FSRS's defaults assume."""
    await load_curriculum(session)
    (version,) = await publish(session, FRICTION, 1, label="review")
    rng = np.random.default_rng(11)
    sittings = []
    for person in await students(session, n_students):
        at = NOW - timedelta(days=120)
        gap = 0.0
        for gap in (0, 1, 2, 4, 7, 12, 20, 30):
            at += timedelta(days=gap, minutes=int(rng.integers(0, 600)))
            recalled = gap == 0 or rng.random() < 0.9 ** (gap / 1.5)
            sittings.append(Sitting(person, at, [(version, bool(recalled), False)]))
    await record(session, sittings)


@pytest.mark.usefixtures("cli_env")
class TestFitFsrs:
    async def test_too_few_reviews_are_refused(self, session: AsyncSession) -> None:
        await review_answers(session, n_students=3)  # 21 scored reviews

        result = await invoke("mastery", "fit-fsrs", "--from-db", "--apply")

        assert result.exit_code == 1
        assert "21 review(s) more than a day after the previous one" in result.output
        assert f"at least {scheduling.MIN_REVIEWS_TO_OPTIMIZE} are needed" in result.output
        assert await stored(session) is None

    async def test_applied_parameters_schedule_the_next_review(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        await review_answers(session, n_students=12)  # 84 scored reviews
        out = tmp_path / "fsrs.json"

        result = await invoke(
            "mastery", "fit-fsrs", "--from-db", "--apply", "--min-reviews", 50,
            "--max-iter", 3, "--out", out,
        )  # fmt: skip

        assert result.exit_code == 0, result.output
        assert "scipy" in result.output  # fsrs's own optimiser needs torch, not installed
        row = await stored(session)
        assert row is not None
        fitted = row.fsrs["parameters"]
        assert fitted == json.loads(out.read_text())["fsrs"]["parameters"]
        assert fitted != list(DEFAULT_PARAMETERS)
        assert row.bkt == {}
        state = await answer_once(session, FRICTION, correct=True)
        card, due, _ = scheduling.review(None, Rating.Good, NOW, parameters=fitted)
        default_card, _, _ = scheduling.review(None, Rating.Good, NOW)
        assert state.fsrs_card == card
        assert state.due_at == due
        assert card != default_card

    async def test_apply_keeps_bkt_and_desired_retention(self, session: AsyncSession) -> None:
        now = NOW
        repository = MasteryParametersRepository.from_session(session)
        bkt = {"default": BKTParams().to_dict(), "concepts": {}}
        await repository.put(bkt=bkt, fsrs={"parameters": None, "desired_retention": 0.85}, now=now)
        await session.commit()
        fitted = [float(x) for x in DEFAULT_PARAMETERS]
        fitted[0] = 0.5

        await calibration.apply_fsrs(session, fitted, now=now)  # the same instant
        await session.commit()

        row = await stored(session)
        assert row is not None
        assert row.fsrs == {"parameters": fitted, "desired_retention": 0.85}
        assert row.bkt == bkt
        assert row.updated_at > now  # moved on all the same: every process reloads
        params = await mastery_service.parameters(session)
        await session.commit()
        assert params.fsrs_parameters == tuple(fitted)
        assert params.desired_retention == 0.85


def scored(
    attempt: uuid.UUID,
    student: uuid.UUID,
    version: uuid.UUID,
    *,
    correct: bool,
    blank: bool = False,
    time_ms: int | None = 60_000,
    day: int = 0,
) -> ScoredResponse:
    return ScoredResponse(
        attempt_id=attempt,
        student_id=student,
        submitted_at=NOW + timedelta(days=day),
        time_limit_s=120,
        question_version_id=version,
        position=0,
        correct=correct,
        blank=blank,
        response_time_ms=time_ms,
    )


class TestReviewLogs:
    def test_one_review_per_sitting_and_primary_concept_rated_by_the_worst_answer(self) -> None:
        ann, ben = uuid.uuid4(), uuid.uuid4()
        first, second = uuid.uuid4(), uuid.uuid4()
        v1, v2, v3 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        concepts: dict[uuid.UUID, list[str]] = {v1: ["A", "B"], v2: ["A"], v3: ["B"]}
        responses = [
            # first sitting of ann: two items, 60 s each of 120 s -> typical time 60 s
            scored(first, ann, v1, correct=True, time_ms=20_000),  # fast: Easy
            scored(first, ann, v2, correct=True, time_ms=100_000),  # slow: Hard (worst for A)
            scored(second, ann, v1, correct=False, day=3),  # Again on A
            scored(second, ann, v3, correct=True, blank=True, day=3),  # blank: no review of B
            scored(second, ben, v3, correct=True, time_ms=None, day=3),  # Good on B
        ]

        logs = calibration.review_logs(responses, concepts)

        summary = [(log.card_id, log.rating, log.review_datetime) for log in logs]
        assert summary == [
            (1, Rating.Hard, NOW),
            (1, Rating.Again, NOW + timedelta(days=3)),
            (2, Rating.Good, NOW + timedelta(days=3)),
        ]

    def test_untagged_versions_give_no_reviews(self) -> None:
        response = scored(uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), correct=True)

        assert calibration.review_logs([response], {}) == []


class TestCheckFsrs:
    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ([*DEFAULT_PARAMETERS[:-1], True], "fsrs.parameters[20] must be a number"),
            ([*DEFAULT_PARAMETERS[:-1], "x"], "fsrs.parameters[20] must be a number"),
            ("abc", "must be a list of numbers"),
        ],
    )
    def test_refuses(self, value: Any, message: str) -> None:
        with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
            calibration.check_fsrs(value)

    def test_accepts_the_defaults(self) -> None:
        assert calibration.check_fsrs(list(DEFAULT_PARAMETERS)) == list(DEFAULT_PARAMETERS)
