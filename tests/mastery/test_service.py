"""The learner model's persistence on both databases: what one submission's answers do to
mastery, prerequisites, review cards, ability and history, and the reads other domains use."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.models import User
from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.loader import parse_curriculum
from gurukul.mastery import service as mastery_service
from gurukul.mastery import tracing
from gurukul.mastery.models import (
    ConceptMastery,
    MasteryHistory,
    MasteryParameters,
    StudentAbility,
)
from gurukul.mastery.service import ResponseEvidence
from gurukul.mastery.tracing import BKTParams
from tests.fixtures.auth import create_user
from tests.fixtures.builders import count_rows, fetch

pytestmark = pytest.mark.anyio

LIMITS, DERIVATIVE, INTEGRAL = "MATH.CALC.LIMITS", "MATH.CALC.DERIVATIVE", "MATH.CALC.INTEGRAL"
KINEMATICS = "PHY.MECH.KIN"
PRIOR = BKTParams().prior


def _concept(
    cid: str, name: str, subject: str, layer: int, parent: str | None, weight: float
) -> dict[str, Any]:
    return {
        "id": cid,
        "name": name,
        "subject": subject,
        "layer": layer,
        "parent": parent,
        "difficulty": 3,
        "exam_weight": weight,
        "standard": 11,
    }


def curriculum() -> dict[str, Any]:
    """Two subjects; in MATH, Integrals require Derivatives require Limits (HARD)."""
    return {
        "version": 1,
        "subjects": [{"code": "MATH", "name": "Mathematics"}, {"code": "PHY", "name": "Physics"}],
        "concepts": [
            _concept("MATH.CALC", "Calculus", "MATH", 1, None, 1.0),
            _concept(LIMITS, "Limits", "MATH", 1, "MATH.CALC", 0.3),
            _concept(DERIVATIVE, "Derivatives", "MATH", 2, "MATH.CALC", 0.4),
            _concept(INTEGRAL, "Integrals", "MATH", 3, "MATH.CALC", 0.3),
            _concept("PHY.MECH", "Mechanics", "PHY", 1, None, 1.0),
            _concept(KINEMATICS, "Kinematics", "PHY", 1, "PHY.MECH", 1.0),
        ],
        "prerequisites": [
            {
                "concept": DERIVATIVE,
                "prerequisite": LIMITS,
                "weight": 0.9,
                "criticality": "HARD",
                "transfer": 0.6,
            },
            {
                "concept": INTEGRAL,
                "prerequisite": DERIVATIVE,
                "weight": 0.8,
                "criticality": "HARD",
                "transfer": 0.5,
            },
        ],
    }


async def load_curriculum(session: AsyncSession) -> None:
    report = await curriculum_service.import_curriculum(
        session, parse_curriculum(curriculum()), dry_run=False, now=utc_now()
    )
    assert report.ok, report.problems
    await session.commit()


def answer(
    *concept_ids: str,
    correct: bool = True,
    blank: bool = False,
    subject: str | None = "MATH",
    response_time_ms: int | None = None,
    typical_time_ms: float | None = None,
    irt: tuple[float, float, float] | None = None,
) -> ResponseEvidence:
    return ResponseEvidence(
        question_version_id=uuid.uuid4(),
        concept_ids=list(concept_ids),
        subject=subject,
        correct=correct and not blank,
        blank=blank,
        response_time_ms=response_time_ms,
        typical_time_ms=typical_time_ms,
        irt=irt,
    )


async def submit(
    session: AsyncSession, student: User, *responses: ResponseEvidence, now: datetime
) -> mastery_service.MasteryUpdate:
    """apply_responses inside a transaction the test commits, as the submit endpoint does."""
    update = await mastery_service.apply_responses(
        session, student_id=student.id, responses=list(responses), now=now
    )
    await session.commit()
    return update


async def state(session: AsyncSession, student: User, concept_id: str) -> ConceptMastery:
    row = await fetch(session, ConceptMastery, (student.id, concept_id))
    assert row is not None
    return row


@pytest.fixture
async def student(session: AsyncSession) -> User:
    await load_curriculum(session)
    return await create_user(session)


class TestApplyResponses:
    async def test_right_answer_raises_mastery(self, session: AsyncSession, student: User) -> None:
        now = utc_now()
        update = await submit(session, student, answer(LIMITS), now=now)
        expected = tracing.update(PRIOR, True, BKTParams())
        assert update.concepts[LIMITS][0] == PRIOR
        assert update.concepts[LIMITS][1] == pytest.approx(expected)
        row = await state(session, student, LIMITS)
        assert row.p_mastery == pytest.approx(expected)
        assert row.p_mastery > PRIOR
        assert (row.attempts, row.correct) == (1, 1)
        assert row.first_seen == now
        assert row.last_seen == now

    async def test_wrong_answer_lowers_mastery(self, session: AsyncSession, student: User) -> None:
        await submit(session, student, answer(LIMITS, correct=False), now=utc_now())
        row = await state(session, student, LIMITS)
        assert row.p_mastery < PRIOR
        assert (row.attempts, row.correct) == (1, 0)

    async def test_blank_changes_nothing_but_last_seen(
        self, session: AsyncSession, student: User
    ) -> None:
        first = utc_now()
        irt = (1.0, 0.0, 0.0)
        await submit(session, student, answer(DERIVATIVE, irt=irt), now=first)
        before = await state(session, student, DERIVATIVE)
        prerequisite = await state(session, student, LIMITS)
        ability = await fetch(session, StudentAbility, (student.id, "MATH"))
        assert ability is not None
        later = first + timedelta(hours=2)
        update = await submit(session, student, answer(DERIVATIVE, blank=True, irt=irt), now=later)
        after = await state(session, student, DERIVATIVE)
        assert after.last_seen == later
        assert (after.p_mastery, after.attempts, after.correct) == (
            before.p_mastery,
            before.attempts,
            before.correct,
        )
        assert (after.fsrs_card, after.due_at, after.first_seen) == (
            before.fsrs_card,
            before.due_at,
            before.first_seen,
        )
        assert (await state(session, student, LIMITS)).p_mastery == prerequisite.p_mastery
        assert update.gaps == []
        assert update.due == {}
        assert update.abilities == {}
        unchanged = await fetch(session, StudentAbility, (student.id, "MATH"))
        assert unchanged is not None
        assert unchanged.evidence == ability.evidence

    async def test_secondary_concept_is_weighted_less(
        self, session: AsyncSession, student: User
    ) -> None:
        update = await submit(session, student, answer(KINEMATICS, LIMITS), now=utc_now())
        primary_rise = update.concepts[KINEMATICS][1] - PRIOR
        secondary_rise = update.concepts[LIMITS][1] - PRIOR
        assert 0 < secondary_rise < primary_rise
        assert update.concepts[LIMITS][1] == pytest.approx(
            tracing.update(PRIOR, True, BKTParams(), mastery_service.SECONDARY_WEIGHT)
        )
        # Both count an attempt; only the primary concept gets a review card.
        assert (await state(session, student, LIMITS)).attempts == 1
        assert (await state(session, student, LIMITS)).fsrs_card is None
        assert set(update.due) == {KINEMATICS}

    async def test_wrong_answer_over_weak_hard_prerequisite_flags_a_gap(
        self, session: AsyncSession, student: User
    ) -> None:
        update = await submit(session, student, answer(DERIVATIVE, correct=False), now=utc_now())
        assert [(g.concept_id, g.prerequisite_id) for g in update.gaps] == [(DERIVATIVE, LIMITS)]
        limits = await state(session, student, LIMITS)
        assert limits.gap_suspected is True
        assert limits.p_mastery < PRIOR  # weak negative evidence
        assert limits.attempts == 0
        assert limits.first_seen is None
        assert (await state(session, student, DERIVATIVE)).gap_suspected is False

    async def test_wrong_answer_over_strong_prerequisite_flags_nothing(
        self, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        await submit(session, student, *[answer(LIMITS) for _ in range(4)], now=now)
        update = await submit(
            session, student, answer(DERIVATIVE, correct=False), now=now + timedelta(days=1)
        )
        assert update.gaps == []
        assert (await state(session, student, LIMITS)).gap_suspected is False

    async def test_right_answer_is_weak_evidence_for_the_prerequisite(
        self, session: AsyncSession, student: User
    ) -> None:
        update = await submit(session, student, answer(DERIVATIVE), now=utc_now())
        before, after = update.concepts[LIMITS]
        assert before == PRIOR
        assert PRIOR < after < update.concepts[DERIVATIVE][1]
        assert update.gaps == []

    async def test_good_moves_the_due_date_forward(
        self, session: AsyncSession, student: User
    ) -> None:
        start = utc_now()
        first = await submit(session, student, answer(LIMITS), now=start)
        due = first.due[LIMITS]
        assert due > start
        second = await submit(session, student, answer(LIMITS), now=due)
        assert second.due[LIMITS] - due > due - start  # the interval grows
        assert (await state(session, student, LIMITS)).due_at == second.due[LIMITS]

    async def test_again_brings_the_due_date_back(
        self, session: AsyncSession, student: User
    ) -> None:
        start = utc_now()
        first = await submit(session, student, answer(LIMITS), now=start)
        due = first.due[LIMITS]
        good = await submit(session, student, answer(LIMITS), now=due)
        other = await create_user(session)
        await submit(session, other, answer(LIMITS), now=start)
        again = await submit(session, other, answer(LIMITS, correct=False), now=due)
        assert again.due[LIMITS] < good.due[LIMITS]
        assert again.due[LIMITS] - due <= due - start

    async def test_the_worst_answer_rates_a_concept_within_one_submission(
        self, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        mixed = await submit(
            session, student, answer(LIMITS), answer(LIMITS, correct=False), now=now
        )
        other = await create_user(session)
        wrong = await submit(session, other, answer(LIMITS, correct=False), now=now)
        assert mixed.due[LIMITS] == wrong.due[LIMITS]

    async def test_ability_follows_irt_evidence(self, session: AsyncSession, student: User) -> None:
        now = utc_now()
        irt = (1.2, 0.0, 0.0)
        update = await submit(
            session,
            student,
            *[answer(LIMITS, irt=irt) for _ in range(3)],
            answer(KINEMATICS, subject="PHY", correct=False, irt=irt),
            now=now,
        )
        assert update.abilities["MATH"] > 0 > update.abilities["PHY"]
        found = await mastery_service.abilities(session, student_id=student.id)
        assert found == {"MATH": update.abilities["MATH"], "PHY": update.abilities["PHY"]}
        stored = await fetch(session, StudentAbility, (student.id, "MATH"))
        assert stored is not None
        assert len(stored.evidence) == 3

    async def test_ability_subject_defaults_to_the_primary_concepts(
        self, session: AsyncSession, student: User
    ) -> None:
        irt = (1.0, 0.0, 0.0)
        update = await submit(
            session, student, answer(KINEMATICS, subject=None, irt=irt), now=utc_now()
        )
        assert set(update.abilities) == {"PHY"}

    async def test_ability_evidence_is_capped(self, session: AsyncSession, student: User) -> None:
        many = [answer(LIMITS, irt=(1.0, 0.0, 0.0)) for _ in range(150)]
        await submit(session, student, *many, now=utc_now())
        await submit(session, student, *many, now=utc_now())
        stored = await fetch(session, StudentAbility, (student.id, "MATH"))
        assert stored is not None
        assert len(stored.evidence) == mastery_service.ABILITY_EVIDENCE_CAP

    async def test_history_keeps_one_row_per_concept_and_day(
        self, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        await submit(session, student, answer(LIMITS), now=now)
        await submit(session, student, answer(LIMITS), now=now + timedelta(minutes=5))
        await submit(session, student, answer(LIMITS), now=now + timedelta(days=1))
        where = (MasteryHistory.student_id == student.id, MasteryHistory.concept_id == LIMITS)
        assert await count_rows(session, MasteryHistory, *where) == 2
        today = await fetch(session, MasteryHistory, (student.id, LIMITS, now.date()))
        latest = await state(session, student, LIMITS)
        tomorrow = await fetch(
            session, MasteryHistory, (student.id, LIMITS, (now + timedelta(days=1)).date())
        )
        assert today is not None
        assert tomorrow is not None
        assert today.p_mastery < tomorrow.p_mastery == pytest.approx(latest.p_mastery)

    async def test_writes_only_in_the_callers_transaction(
        self, session: AsyncSession, student: User
    ) -> None:
        await mastery_service.apply_responses(
            session, student_id=student.id, responses=[answer(DERIVATIVE)], now=utc_now()
        )
        await session.rollback()
        assert await count_rows(session, ConceptMastery) == 0
        assert await count_rows(session, MasteryHistory) == 0

    async def test_unknown_concepts_are_ignored(self, session: AsyncSession, student: User) -> None:
        update = await submit(session, student, answer("MATH.NOPE", LIMITS), now=utc_now())
        assert set(update.concepts) == {LIMITS}
        assert set(update.due) == {LIMITS}  # the first known concept is the primary one

    async def test_no_responses_change_nothing(self, session: AsyncSession, student: User) -> None:
        update = await submit(session, student, now=utc_now())
        assert update == mastery_service.MasteryUpdate()
        assert await count_rows(session, ConceptMastery) == 0


class TestReads:
    async def test_snapshot_gives_priors_for_unseen_concepts(
        self, session: AsyncSession, student: User
    ) -> None:
        update = await submit(session, student, answer(LIMITS), now=utc_now())
        found = await mastery_service.mastery_snapshot(
            session, student_id=student.id, concept_ids=[LIMITS, INTEGRAL]
        )
        assert found == {LIMITS: pytest.approx(update.concepts[LIMITS][1]), INTEGRAL: PRIOR}

    async def test_due_reviews_most_overdue_first(
        self, session: AsyncSession, student: User
    ) -> None:
        start = utc_now()
        first = await submit(session, student, answer(LIMITS), now=start)
        second = await submit(
            session, student, answer(KINEMATICS, subject="PHY"), now=start + timedelta(hours=1)
        )
        assert first.due[LIMITS] < second.due[KINEMATICS]
        assert await mastery_service.due_reviews(session, student_id=student.id, now=start) == []
        later = second.due[KINEMATICS] + timedelta(days=1)
        assert await mastery_service.due_reviews(session, student_id=student.id, now=later) == [
            LIMITS,
            KINEMATICS,
        ]

    async def test_new_student_frontier_is_the_foundation_by_exam_weight(
        self, session: AsyncSession, student: User
    ) -> None:
        found = await mastery_service.frontier(session, student_id=student.id)
        assert found == [KINEMATICS, LIMITS]  # weights 1.0 and 0.3; units are not topics
        assert await mastery_service.frontier(session, student_id=student.id, limit=1) == [
            KINEMATICS
        ]

    async def test_mastering_a_prerequisite_opens_its_dependent(
        self, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()
        await submit(session, student, *[answer(LIMITS) for _ in range(6)], now=now)
        assert (await state(session, student, LIMITS)).p_mastery >= 0.8
        found = await mastery_service.frontier(session, student_id=student.id)
        assert found == [KINEMATICS, DERIVATIVE]

    async def test_abilities_default_to_zero(self, session: AsyncSession, student: User) -> None:
        found = await mastery_service.abilities(session, student_id=student.id)
        assert found == {"MATH": 0.0, "PHY": 0.0}

    async def test_curriculum_changes_reach_the_cached_graph(
        self, session: AsyncSession, student: User
    ) -> None:
        assert await mastery_service.frontier(session, student_id=student.id) == [
            KINEMATICS,
            LIMITS,
        ]
        await curriculum_service.delete_prerequisite(session, DERIVATIVE, LIMITS)
        await session.commit()
        assert await mastery_service.frontier(session, student_id=student.id) == [
            KINEMATICS,
            DERIVATIVE,
            LIMITS,
        ]

    async def test_stored_parameters_replace_the_defaults(
        self, session: AsyncSession, student: User
    ) -> None:
        assert (await mastery_service.parameters(session)).bkt_for(LIMITS).prior == PRIOR
        custom = BKTParams(prior=0.6, learn=0.2, slip=0.1, guess=0.2)
        session.add(
            MasteryParameters(
                bkt={"concepts": {LIMITS: custom.to_dict()}},
                fsrs={"parameters": None, "desired_retention": 0.85},
                updated_at=utc_now(),
            )
        )
        await session.commit()
        params = await mastery_service.parameters(session)
        assert params.bkt_for(LIMITS) == custom
        assert params.bkt_for(INTEGRAL) == BKTParams()
        assert params.desired_retention == 0.85
        found = await mastery_service.mastery_snapshot(
            session, student_id=student.id, concept_ids=[LIMITS]
        )
        assert found == {LIMITS: 0.6}


class TestProgress:
    async def test_days_carry_earlier_values_forward(
        self, session: AsyncSession, student: User
    ) -> None:
        first = utc_now()
        second = first + timedelta(days=1)
        await submit(session, student, answer(LIMITS), now=first)
        await submit(session, student, answer(KINEMATICS, subject="PHY"), now=second)
        found = await mastery_service.progress(session, student_id=student.id, now=second, days=30)
        by_subject = {s.subject_code: s.points for s in found.subjects}
        assert [p.day for p in by_subject["MATH"]] == [first.date(), second.date()]
        assert by_subject["MATH"][0].mastery == by_subject["MATH"][1].mastery
        assert [p.day for p in by_subject["PHY"]] == [second.date()]
        assert by_subject["PHY"][0].mastery > PRIOR

    async def test_values_from_before_the_window_are_carried_in(
        self, session: AsyncSession, student: User
    ) -> None:
        first = utc_now()
        later = first + timedelta(days=10)
        await submit(session, student, answer(LIMITS), now=first)
        await submit(session, student, answer(KINEMATICS, subject="PHY"), now=later)
        whole = await mastery_service.progress(session, student_id=student.id, now=later, days=30)
        recent = await mastery_service.progress(session, student_id=student.id, now=later, days=1)
        math_whole = next(s for s in whole.subjects if s.subject_code == "MATH").points
        math_recent = next(s for s in recent.subjects if s.subject_code == "MATH").points
        assert [p.day for p in math_recent] == [later.date()]
        assert math_recent[0].mastery == math_whole[-1].mastery
        assert math_recent[0].mastery > PRIOR  # limits rose; the other topics sit at the prior

    async def test_one_concepts_series(self, session: AsyncSession, student: User) -> None:
        first = utc_now()
        await submit(session, student, answer(LIMITS), now=first)
        await submit(session, student, answer(LIMITS), now=first + timedelta(days=2))
        found = await mastery_service.progress(
            session,
            student_id=student.id,
            now=first + timedelta(days=2),
            days=7,
            concept_id=LIMITS,
        )
        assert found.subjects == []
        assert found.concept is not None
        values = [p.mastery for p in found.concept.points]
        assert len(values) == 2
        assert values[0] < values[1]


class TestConcurrency:
    async def test_two_submissions_at_once_both_count(
        self, app: FastAPI, session: AsyncSession, student: User
    ) -> None:
        now = utc_now()

        async def one_submission() -> None:
            async with app.state.sessionmaker() as own:
                await mastery_service.apply_responses(
                    own, student_id=student.id, responses=[answer(DERIVATIVE)], now=now
                )
                await own.commit()

        await asyncio.gather(one_submission(), one_submission())
        row = await state(session, student, DERIVATIVE)
        assert (row.attempts, row.correct) == (2, 2)
        assert await count_rows(session, MasteryHistory) == 2  # derivatives and limits, today
