"""Assessments service on both databases: forms, submission, scoring, refusals, rollback."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.blueprints import (
    BLUEPRINTS,
    KindBlueprint,
    LatePolicy,
    TestKind,
    blueprints_from_json,
)
from gurukul.assessments.errors import (
    AttemptAlreadySubmitted,
    AttemptExpired,
    AttemptNotFound,
    DuplicateAnswer,
    IdempotencyKeyReused,
    InvalidAnswerError,
    InvalidPeriod,
    InvalidPractice,
    NotInForm,
    SubmissionLate,
    WindowClosed,
)
from gurukul.assessments.models import Attempt, AttemptItem, OutboxMessage, Response, Test
from gurukul.assessments.schemas import AnswerIn, PracticeIn, ServedTest, SubmissionIn
from gurukul.auth.models import User
from gurukul.auth.principal import Principal, Role
from gurukul.core.time import utc_now
from gurukul.mastery import service as mastery_service
from gurukul.mastery.models import ConceptMastery
from gurukul.questions import service as questions_service
from gurukul.questions.schemas import QuestionCreate
from gurukul.rankings.models import TestScore
from tests.fixtures.auth import create_user
from tests.fixtures.builders import count_rows, fetch
from tests.fixtures.sql import recorded_statements
from tests.questions.test_service import load_curriculum, mcq_payload

pytestmark = pytest.mark.anyio

NOW = utc_now()
# Statements one submission may run, whatever the form size (mastery included).
SUBMIT_QUERY_BUDGET = 24  # 19 today (transaction control aside): inserts are batched
CONCEPTS = {
    "PHY": ["PHY.MECH", "PHY.MECH.FRICTION", "PHY.MECH.WORK"],
    "MATH": ["MATH.CALC", "MATH.CALC.DERIVATIVE"],
}
TEMPLATE = {
    "variables": [{"name": "a", "min": 1, "max": 9}, {"name": "b", "min": 1, "max": 9}],
    "answer_formula": "a + b",
    "answer_kind": "integer",
}


async def build_bank(session: AsyncSession, per_concept: int = 2) -> list[uuid.UUID]:
    """A small published bank over both subjects: MCQs, one integer, one multiple, one
    template and one true/false question. Returns the published version ids."""
    await load_curriculum(session)
    payloads: list[dict[str, Any]] = []
    for subject, concepts in CONCEPTS.items():
        for concept in concepts:
            for n in range(per_concept):
                payloads.append(
                    mcq_payload(text=f"{subject} {concept} question {n}", concepts=[concept])
                )
    payloads += [
        mcq_payload(
            text="d/dx of x^2 at x = 3",
            type="integer",
            options=[],
            numeric={"value": 6},
            concepts=["MATH.CALC.DERIVATIVE"],
            difficulty="MEDIUM",
        ),
        mcq_payload(
            text="Which are vectors?",
            type="multiple",
            options=[
                {"id": "A", "text": "force", "correct": True},
                {"id": "B", "text": "mass"},
                {"id": "C", "text": "velocity", "correct": True},
            ],
            concepts=["PHY.MECH"],
        ),
        mcq_payload(
            text="{{a}} + {{b}} = ?",
            type="template",
            options=[],
            template=TEMPLATE,
            concepts=["MATH.CALC"],
        ),
        mcq_payload(
            text="Friction always opposes relative motion",
            type="true_false",
            options=[],
            truth=True,
            concepts=["PHY.MECH.FRICTION"],
        ),
    ]
    ids = []
    for payload in payloads:
        version = await questions_service.create_question(
            session, QuestionCreate.model_validate(payload), now=NOW
        )
        await questions_service.publish_question(session, version.question_id, now=NOW)
        ids.append(version.id)
    await session.commit()
    return ids


@pytest.fixture
async def bank(session: AsyncSession) -> list[uuid.UUID]:
    return await build_bank(session)


@pytest.fixture
def small_monthly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A monthly form of five items, so the small bank still has weekly items left."""
    monkeypatch.setitem(
        assessments_service.BLUEPRINTS,
        TestKind.monthly,
        KindBlueprint({"PHY": 3, "MATH": 2}, time_limit_s=3600),
    )


async def new_student(session: AsyncSession, **overrides: Any) -> User:
    return await create_user(session, **overrides)


async def answer_key(session: AsyncSession, attempt_id: uuid.UUID) -> dict[uuid.UUID, Any]:
    """The right answer to every item of an attempt (from the frozen seeds)."""
    items = (
        await session.scalars(sa.select(AttemptItem).where(AttemptItem.attempt_id == attempt_id))
    ).all()
    versions = await questions_service.get_versions(
        session, [item.question_version_id for item in items]
    )
    key = {}
    for item in items:
        question = questions_service.checkable(versions[item.question_version_id], seed=item.seed)
        key[item.question_version_id] = assessments_service._correct_answer(question)
    await session.commit()
    return key


def wrong_answer(right: Any) -> Any:
    if isinstance(right, list):
        return [right[0]]  # partial, not wrong, on multiple-correct: still not fully right
    if isinstance(right, str):
        return {"A": "B", "true": "false", "false": "true"}.get(right, "A")
    return right + 1


async def submission(
    session: AsyncSession,
    served: ServedTest,
    *,
    correct: int | None = None,
    time_ms: int = 30_000,
) -> SubmissionIn:
    """Answer every question: the first `correct` right (all when None), the rest wrong."""
    key = await answer_key(session, served.attempt_id)
    answers = []
    for n, question in enumerate(served.questions):
        right = key[question.question_id]
        value = right if correct is None or n < correct else wrong_answer(right)
        answers.append(
            AnswerIn(question_id=question.question_id, answer=value, response_time_ms=time_ms)
        )
    return SubmissionIn(attempt_id=served.attempt_id, answers=answers)


async def submit(
    session: AsyncSession,
    student: User,
    submission_in: SubmissionIn,
    *,
    key: str = "key-1",
    now: Any = None,
    **kwargs: Any,
) -> Any:
    result = await assessments_service.submit(
        session, student.id, submission_in, idempotency_key=key, now=now or utc_now(), **kwargs
    )
    await session.commit()
    return result


async def weekly(session: AsyncSession, student: User) -> ServedTest:
    now = utc_now()
    served = await assessments_service.weekly_test(session, student.id, now.date(), now=now)
    await session.commit()
    return served


async def written(session: AsyncSession) -> dict[str, int]:
    return {
        "responses": await count_rows(session, Response),
        "scores": await count_rows(session, TestScore),
        "outbox": await count_rows(session, OutboxMessage),
        "mastery": await count_rows(session, ConceptMastery),
    }


@pytest.mark.usefixtures("bank")
class TestWeeklyForm:
    async def test_same_form_on_every_call(self, session: AsyncSession) -> None:
        student = await new_student(session)
        first = await weekly(session, student)
        second = await weekly(session, student)
        assert first == second
        assert await count_rows(session, Attempt) == 1

    async def test_brand_new_student_gets_a_form_from_priors(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        assert served.kind == "weekly"
        assert served.period == assessments_service.iso_week_key(utc_now().date())
        assert {q.subject for q in served.questions} == {"PHY", "MATH"}
        assert len({q.question_id for q in served.questions}) == len(served.questions)

    async def test_template_text_is_rendered_from_the_attempt_seed(
        self, session: AsyncSession
    ) -> None:
        served = await weekly(session, await new_student(session))
        (template,) = [q for q in served.questions if q.type == "template"]
        assert "{{" not in template.text

    async def test_a_future_week_is_refused(self, session: AsyncSession) -> None:
        student = await new_student(session)
        with pytest.raises(WindowClosed):
            await assessments_service.weekly_test(
                session, student.id, (NOW + timedelta(days=14)).date(), now=utc_now()
            )
        await session.rollback()
        assert await count_rows(session, Attempt) == 0

    @pytest.mark.usefixtures("small_monthly")
    async def test_monthly_items_never_appear_on_weekly_forms(self, session: AsyncSession) -> None:
        now = utc_now()
        monthly = await assessments_service.monthly_test(
            session, (await new_student(session)).id, now.strftime("%Y-%m"), now=now
        )
        await session.commit()
        served = await weekly(session, await new_student(session))
        assert not {q.question_id for q in monthly.questions} & {
            q.question_id for q in served.questions
        }


@pytest.mark.usefixtures("bank")
class TestOtherKinds:
    async def test_diagnostic_is_resumed_while_open(self, session: AsyncSession) -> None:
        student = await new_student(session)
        now = utc_now()
        first = await assessments_service.start_diagnostic(session, student.id, now=now)
        second = await assessments_service.start_diagnostic(session, student.id, now=now)
        await session.commit()
        assert first.attempt_id == second.attempt_id
        assert first.kind == "diagnostic"
        assert first.deadline == now + timedelta(seconds=first.time_limit_s)

    async def test_practice_on_chosen_concepts(self, session: AsyncSession) -> None:
        student = await new_student(session)
        practice_in = PracticeIn(concept_ids=["MATH.CALC.DERIVATIVE"], count=3)
        served = await assessments_service.start_practice(
            session, student.id, practice_in, now=utc_now()
        )
        await session.commit()
        assert served.kind == "practice"
        assert len(served.questions) == 3
        assert {q.subject for q in served.questions} == {"MATH"}

    async def test_practice_on_an_unknown_concept_is_refused(self, session: AsyncSession) -> None:
        student = await new_student(session)
        with pytest.raises(InvalidPractice) as caught:
            await assessments_service.start_practice(
                session, student.id, PracticeIn(concept_ids=["NOPE"], count=3), now=utc_now()
            )
        assert caught.value.field == "concept_ids"

    @pytest.mark.usefixtures("small_monthly")
    async def test_a_month_outside_its_window_is_refused(self, session: AsyncSession) -> None:
        student = await new_student(session)
        with pytest.raises(WindowClosed) as caught:
            await assessments_service.monthly_test(session, student.id, "2020-01", now=utc_now())
        assert caught.value.field == "month"

    async def test_a_malformed_month_is_refused(self, session: AsyncSession) -> None:
        student = await new_student(session)
        with pytest.raises(InvalidPeriod):
            await assessments_service.monthly_test(session, student.id, "2026-13", now=NOW)


@pytest.mark.usefixtures("bank")
class TestSubmit:
    async def test_all_right_scores_full_marks_with_rank_and_percentile(
        self, session: AsyncSession
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        result = await submit(session, student, await submission(session, served))
        assert result.score == result.max_score == sum(q.marks for q in served.questions)
        assert result.accuracy == 1.0
        assert (result.rank, result.percentile, result.candidates) == (1, 100.0, 1)
        assert result.questions[0].explanation is not None
        assert result.time_used_ms == 30_000 * len(served.questions)
        assert set(result.by_subject) == {"PHY", "MATH"}
        stored = await fetch(session, Attempt, served.attempt_id)
        assert stored is not None
        assert stored.status == "submitted"
        assert stored.score == result.score

    async def test_partial_answers_are_allowed_and_blanks_score_zero(
        self, session: AsyncSession
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        first = served.questions[0]
        key = await answer_key(session, served.attempt_id)
        result = await submit(
            session,
            student,
            SubmissionIn(
                attempt_id=served.attempt_id,
                answers=[AnswerIn(question_id=first.question_id, answer=key[first.question_id])],
            ),
        )
        assert result.blank == len(served.questions) - 1
        assert result.score == first.marks
        assert await count_rows(session, Response) == len(served.questions)

    async def test_skipping_likely_answers_shows_marks_left(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        result = await submit(session, student, SubmissionIn(attempt_id=served.attempt_id))
        assert result.strategy.left_by_skips > 0
        assert result.strategy.lost_to_bad_attempts == 0
        assert all(q.p_correct_before is not None for q in result.questions)

    async def test_wrong_answers_lose_marks_under_jee_main(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        result = await submit(session, student, await submission(session, served, correct=0))
        assert result.score < 0
        assert result.accuracy == 0.0

    async def test_mastery_is_updated_in_the_same_transaction(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        await submit(session, student, await submission(session, served))
        assert await count_rows(session, ConceptMastery, ConceptMastery.student_id == student.id)

    async def test_outbox_records_follow_up_work(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        await submit(session, student, await submission(session, served))
        topics = {m.topic for m in (await session.scalars(sa.select(OutboxMessage))).all()}
        await session.commit()
        assert {"analytics.attempt_scored", "notifications.result_ready"} <= topics

    async def test_replay_returns_the_same_result_and_changes_nothing(
        self, session: AsyncSession
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served, correct=2)
        first = await submit(session, student, submission_in)
        before = await written(session)
        again = await submit(session, student, submission_in, now=utc_now() + timedelta(hours=1))
        assert again == first
        assert await written(session) == before

    async def test_a_different_key_after_submission_conflicts(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served)
        await submit(session, student, submission_in)
        before = await written(session)
        with pytest.raises(AttemptAlreadySubmitted):
            await submit(session, student, submission_in, key="key-2")
        await session.rollback()
        assert await written(session) == before

    async def test_the_same_key_with_a_different_body_conflicts(
        self, session: AsyncSession
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        await submit(session, student, await submission(session, served))
        before = await written(session)
        with pytest.raises(IdempotencyKeyReused):
            await submit(session, student, await submission(session, served, correct=0))
        await session.rollback()
        assert await written(session) == before

    async def test_someone_elses_attempt_is_not_found(self, session: AsyncSession) -> None:
        owner = await new_student(session)
        served = await weekly(session, owner)
        intruder = await new_student(session)
        with pytest.raises(AttemptNotFound):
            await submit(session, intruder, await submission(session, served))
        await session.rollback()
        stored = await fetch(session, Attempt, served.attempt_id)
        assert stored is not None
        assert stored.status == "issued"
        assert await count_rows(session, Response) == 0

    async def test_an_answer_to_an_item_not_in_the_form_is_refused(
        self, session: AsyncSession
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served)
        submission_in.answers.append(AnswerIn(question_id=uuid.uuid4(), answer="A"))
        with pytest.raises(NotInForm) as caught:
            await submit(session, student, submission_in)
        await session.rollback()
        assert caught.value.field == f"answers[{len(served.questions)}].question_id"
        assert await written(session) == {"responses": 0, "scores": 0, "outbox": 0, "mastery": 0}

    async def test_a_question_answered_twice_is_refused(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served)
        submission_in.answers.append(submission_in.answers[0])
        with pytest.raises(DuplicateAnswer) as caught:
            await submit(session, student, submission_in)
        await session.rollback()
        assert caught.value.field == f"answers[{len(served.questions)}].question_id"
        assert await count_rows(session, Response) == 0

    async def test_a_malformed_answer_is_refused_with_its_field(
        self, session: AsyncSession
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served)
        single = next(i for i, q in enumerate(served.questions) if q.type == "single")
        submission_in.answers[single].answer = "Z"
        with pytest.raises(InvalidAnswerError) as caught:
            await submit(session, student, submission_in)
        await session.rollback()
        assert caught.value.field == f"answers[{single}].answer"
        stored = await fetch(session, Attempt, served.attempt_id)
        assert stored is not None
        assert stored.status == "issued"

    async def test_after_deadline_and_grace_it_is_refused(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await assessments_service.start_diagnostic(session, student.id, now=NOW)
        await session.commit()
        late = served.deadline + assessments_service.SUBMISSION_GRACE + timedelta(seconds=1)
        with pytest.raises(SubmissionLate):
            await submit(session, student, await submission(session, served), now=late)
        await session.rollback()
        stored = await fetch(session, Attempt, served.attempt_id)
        assert stored is not None
        assert stored.status == "issued"
        assert await count_rows(session, Response) == 0

    async def test_within_grace_it_is_on_time(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await assessments_service.start_diagnostic(session, student.id, now=NOW)
        await session.commit()
        in_grace = served.deadline + assessments_service.SUBMISSION_GRACE
        result = await submit(session, student, await submission(session, served), now=in_grace)
        assert result.late is False

    async def test_score_in_time_policy_scores_and_flags_late(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await assessments_service.start_diagnostic(session, student.id, now=NOW)
        await session.commit()
        late = served.deadline + timedelta(hours=1)
        result = await submit(
            session,
            student,
            await submission(session, served),
            now=late,
            options=assessments_service.SubmitOptions(late_policy=LatePolicy.score_in_time),
        )
        assert result.late is True
        assert result.score == result.max_score

    async def test_a_failure_while_scoring_leaves_nothing_behind(
        self, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served)
        real = mastery_service.apply_responses

        async def half_then_fail(*args: Any, **kwargs: Any) -> Any:
            await real(*args, **kwargs)  # mastery rows are flushed, then the failure
            raise RuntimeError("boom")

        monkeypatch.setattr(mastery_service, "apply_responses", half_then_fail)
        student_id = student.id
        with pytest.raises(RuntimeError):
            await assessments_service.submit(
                session, student_id, submission_in, idempotency_key="k", now=utc_now()
            )
        await session.rollback()
        assert await written(session) == {"responses": 0, "scores": 0, "outbox": 0, "mastery": 0}
        stored = await fetch(session, Attempt, served.attempt_id)
        assert stored is not None
        assert (stored.status, stored.result) == ("issued", None)
        monkeypatch.setattr(mastery_service, "apply_responses", real)
        result = await assessments_service.submit(  # and it can be retried
            session, student_id, submission_in, idempotency_key="k", now=utc_now()
        )
        assert result.score == result.max_score

    async def test_results_show_the_standing_now(self, session: AsyncSession) -> None:
        first = await new_student(session)
        served = await weekly(session, first)
        await submit(session, first, await submission(session, served, correct=0))
        second = await new_student(session)
        other = await weekly(session, second)
        await submit(session, second, await submission(session, other))
        principal = Principal(user_id=first.id, role=Role.student, session_id="s", token_id="t")
        result = await assessments_service.get_result(session, principal, served.attempt_id)
        assert (result.rank, result.candidates) == (2, 2)
        assert result.percentile == 50.0


@pytest.mark.usefixtures("bank")
class TestSeenQuestionVersions:
    async def test_lists_items_issued_since(self, session: AsyncSession) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        seen = await assessments_service.seen_question_versions(
            session, student_id=student.id, since=utc_now() - timedelta(days=1)
        )
        assert seen == {q.question_id for q in served.questions}
        later = await assessments_service.seen_question_versions(
            session, student_id=student.id, since=utc_now() + timedelta(days=1)
        )
        assert later == set()


@pytest.mark.usefixtures("bank", "small_monthly")
class TestFinalizeMonthly:
    async def test_closes_the_window_with_final_ranks(self, session: AsyncSession) -> None:
        now = utc_now()
        month = now.strftime("%Y-%m")
        students = [await new_student(session) for _ in range(3)]
        first_id = students[0].id
        served = []
        for student in students:
            served.append(
                await assessments_service.monthly_test(session, student.id, month, now=now)
            )
            await session.commit()
        assert len({tuple(q.question_id for q in s.questions) for s in served}) == 1
        await submit(session, students[0], await submission(session, served[0]))
        await submit(session, students[1], await submission(session, served[1]))
        _, closes = assessments_service.parse_month(month)
        assert (
            await assessments_service.finalize_monthly(session, month, closes - timedelta(1)) == 0
        )
        assert await assessments_service.finalize_monthly(session, month, closes) == 1
        await session.commit()
        scores = (await session.scalars(sa.select(TestScore))).all()
        assert sorted((s.final_rank, s.final_percentile) for s in scores) == [
            (1, 100.0),
            (1, 100.0),
        ]
        expired = await fetch(session, Attempt, served[2].attempt_id)
        assert expired is not None
        assert expired.status == "expired"
        test = (await session.scalars(sa.select(Test).where(Test.kind == "monthly"))).one()
        assert test.finalized_at == closes
        assert (
            await count_rows(
                session, OutboxMessage, OutboxMessage.topic == "rankings.ranking_available"
            )
            == 1
        )
        assert await assessments_service.finalize_monthly(session, month, closes) == 0
        await session.commit()
        with pytest.raises(AttemptExpired):
            await submit(session, students[2], await submission(session, served[2]), now=closes)
        await session.rollback()  # expires the loaded students: use the ids kept above
        again = await assessments_service.monthly_test(
            session, first_id, month, now=closes + timedelta(days=1)
        )
        assert again.attempt_id == served[0].attempt_id
        assert again.status == "submitted"


class TestBlueprints:
    def test_defaults_cover_every_kind(self) -> None:
        assert set(BLUEPRINTS) == set(TestKind)
        assert BLUEPRINTS[TestKind.monthly].for_assembly().items_per_subject["PHY"] == 25

    def test_overrides_replace_only_what_they_name(self) -> None:
        found = blueprints_from_json(
            '{"weekly": {"items_per_subject": {"PHY": 4}, "time_limit_s": 600}}'
        )
        assert found[TestKind.weekly] == KindBlueprint({"PHY": 4}, time_limit_s=600)
        assert found[TestKind.monthly] == BLUEPRINTS[TestKind.monthly]

    @pytest.mark.parametrize(
        "text",
        [
            "[]",
            '{"yearly": {}}',
            '{"weekly": {"colour": 1}}',
            '{"weekly": {"items_per_subject": {"PHY": -1}}}',
            '{"weekly": {"time_limit_s": -5}}',
        ],
    )
    def test_bad_overrides_are_refused(self, text: str) -> None:
        with pytest.raises(ValueError, match="blueprints"):
            blueprints_from_json(text)


@pytest.mark.usefixtures("bank")
class TestSubmitQueryBudget:
    async def test_submit_stays_within_its_query_budget(
        self, session: AsyncSession, app: Any
    ) -> None:
        student = await new_student(session)
        served = await weekly(session, student)
        submission_in = await submission(session, served)
        with recorded_statements(app) as statements:
            await submit(session, student, submission_in)
        assert len(statements) <= SUBMIT_QUERY_BUDGET
