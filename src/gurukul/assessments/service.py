"""Tests and attempts: assembling and serving forms, batch submission, instant scoring.

Deadlines: a weekly attempt is open until the end of its ISO week (Monday 00:00 UTC); the
browser may take it offline at any time that week, so the time limit is a guide the client
enforces. A monthly attempt closes with its window. Diagnostics and practice sets close
`time_limit_s` after they were started. A submission later than the deadline plus
`SUBMISSION_GRACE` is handled by the late policy: `refuse` answers 409 `submission_late`
and writes nothing; `score_in_time` scores it (answers come in one call, so there is no
"answered in time" subset to keep) and flags the result `late`.

Submission is one transaction: claim the attempt (a conditional UPDATE from issued to
submitted, which the second of two racing submissions loses), store the responses and the
score, update mastery through the mastery service, enter the score into the ranking and
record follow-up work in the outbox. The caller's route commits; any error rolls all of it
back.

Nothing here loads question versions as ORM objects: assembly reads the per-process snapshot
of the published bank, scoring and serving read parsed content by version id and the current
tags and IRT parameters as plain rows (`questions.bank`), and a served form's questions are
kept per process by attempt id (`_served`), handed only to the attempt's owner.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import assembly
from gurukul.assessments.blueprints import (
    BLUEPRINTS,
    LATE_POLICY,
    MAX_EXPOSURE,
    PRACTICE_SECONDS_PER_ITEM,
    RECENT_WEEKS_EXCLUSION,
    SUBMISSION_GRACE,
    KindBlueprint,
    LatePolicy,
    TestKind,
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
    NoStandard,
    NotEnoughQuestions,
    NotInForm,
    SubmissionLate,
    WindowClosed,
)
from gurukul.assessments.models import Attempt, AttemptItem, AttemptStatus, Test
from gurukul.assessments.repository import AttemptRepository, OutboxRepository, TestRepository
from gurukul.assessments.schemas import (
    BreakdownRead,
    OptionServed,
    PracticeIn,
    QuestionResult,
    QuestionServed,
    ResultRead,
    ServedTest,
    StrategyRead,
    SubmissionIn,
)
from gurukul.assessments.scoring import (
    Breakdown,
    MarkingScheme,
    QuestionMeta,
    scheme_for,
    score_attempt,
    strategy,
)
from gurukul.auth.principal import Principal, Role
from gurukul.curriculum.repository import ConceptRepository
from gurukul.mastery import service as mastery_service
from gurukul.questions import service as questions_service
from gurukul.questions.bank import BankItem, Content, Lru
from gurukul.questions.checking import (
    CheckableQuestion,
    InvalidAnswer,
    Outcome,
    check,
)
from gurukul.questions.draft import QuestionType
from gurukul.questions.statistics import ItemResponse
from gurukul.rankings import service as rankings_service
from gurukul.users import service as users_service

# Mastery is the chance the concept is known; the chance of a right answer allows a slip
# when known and the item's guessing parameter when not (the BKT emission, per item).
SLIP = 0.1
RANKED_KINDS = frozenset({TestKind.diagnostic, TestKind.weekly, TestKind.monthly})
# Served forms kept per process, by attempt id: a weekly form's questions take ~30 KB, so
# 1,000 forms stay near 30 MB while covering the students active in the last minutes.
SERVED_CACHE_SIZE = 1_000
_served: Lru[uuid.UUID, tuple[uuid.UUID, tuple[QuestionServed, ...]]] = Lru(SERVED_CACHE_SIZE)
DIAGNOSTIC_KEY = "diagnostic"


@dataclass(frozen=True)
class SubmitOptions:
    late_policy: LatePolicy = LATE_POLICY
    grace: timedelta = SUBMISSION_GRACE


# --- periods and seeds ------------------------------------------------------------------------


def iso_week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_window(day: date) -> tuple[datetime, datetime]:
    """Monday 00:00 UTC of the ISO week containing `day`, and the next Monday."""
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, time(), tzinfo=UTC)
    return start, start + timedelta(days=7)


def parse_month(month: str) -> tuple[datetime, datetime]:
    """The first instant of a "YYYY-MM" month and of the next; InvalidPeriod otherwise."""
    try:
        if len(month) != 7 or month[4] != "-":
            raise ValueError(month)
        year, number = int(month[:4]), int(month[5:])
        start = datetime(year, number, 1, tzinfo=UTC)
    except ValueError:
        raise InvalidPeriod("A month is YYYY-MM, e.g. 2026-11", field="month") from None
    end = datetime(year + (number == 12), number % 12 + 1, 1, tzinfo=UTC)
    return start, end


def derive_seed(*parts: object) -> int:
    """A stable 63-bit seed from the parts (the same on every machine and run)."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


# --- serving ----------------------------------------------------------------------------------


def _scheme(content: Content, blueprint: Mapping[str, Any]) -> MarkingScheme:
    marking = blueprint.get("marking")
    if marking:
        return scheme_for(marking)
    return scheme_for(content.marking, content.marking_custom)


def _served_questions(
    attempt: Attempt, infos: Mapping[uuid.UUID, BankItem], contents: Mapping[uuid.UUID, Content]
) -> tuple[QuestionServed, ...]:
    questions = []
    for item in attempt.items:
        content = contents[item.question_version_id]
        questions.append(
            QuestionServed(
                question_id=item.question_version_id,
                type=content.type.value,
                text=content.served_text(item.seed),
                options=[OptionServed(id=key, text=text) for key, text in content.options],
                marks=item.marks,
                subject=infos[item.question_version_id].subject,
            )
        )
    return tuple(questions)


async def serve(
    session: AsyncSession,
    attempt: Attempt,
    *,
    infos: Mapping[uuid.UUID, BankItem] | None = None,
    contents: Mapping[uuid.UUID, Content] | None = None,
) -> ServedTest:
    """The attempt's frozen form as the student sees it: no answers, keys or explanations.

    The questions of an issued form never change, so they are built once and kept per process
    by attempt id (`_served`), for the attempt's owner only; status and times are the
    attempt row's, read by the caller under its ownership check. `infos` and `contents` are
    what the caller already holds (an issue has them); otherwise they are read.
    """
    cached = _served.get(attempt.id)
    if cached is not None and cached[0] == attempt.student_id:
        questions = cached[1]
    else:
        ids = [item.question_version_id for item in attempt.items]
        if infos is None or not set(ids) <= infos.keys():
            infos = await questions_service.bank_items(session, ids)
        if contents is None or not set(ids) <= contents.keys():
            contents = await questions_service.bank_contents(session, ids)
        questions = _served_questions(attempt, infos, contents)
        _served.put(attempt.id, (attempt.student_id, questions))
    test = attempt.test
    return ServedTest(
        attempt_id=attempt.id,
        kind=test.kind,
        period=None if test.kind in (TestKind.practice, TestKind.diagnostic) else test.period_key,
        status=attempt.status,
        issued_at=attempt.issued_at,
        deadline=attempt.deadline,
        time_limit_s=attempt.time_limit_s,
        questions=[question.model_copy() for question in questions],
    )


# --- issuing ----------------------------------------------------------------------------------


async def _standard(session: AsyncSession, student_id: uuid.UUID) -> int:
    standard = (await users_service.get_profile(session, student_id)).profile.standard
    if standard is None:
        raise NoStandard("Set your class in your profile before taking tests", field="standard")
    return standard


async def _test(
    session: AsyncSession,
    *,
    kind: TestKind,
    period_key: str,
    standard: int,
    opens_at: datetime,
    closes_at: datetime | None,
    blueprint: KindBlueprint,
    now: datetime,
) -> tuple[Test, bool]:
    """The test for (kind, period, standard), created on first use; (test, created)."""
    repository = TestRepository.from_session(session)
    found = await repository.by_key(kind.value, period_key, standard)
    if found is not None:
        return found, False
    test = Test(
        kind=kind.value,
        period_key=period_key,
        standard=standard,
        opens_at=opens_at,
        closes_at=closes_at,
        blueprint=blueprint.to_json(),
        created_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(test)
    except IntegrityError:  # another request created it a moment ago
        if test in session:
            session.expunge(test)
        found = await repository.by_key(kind.value, period_key, standard)
        assert found is not None
        return found, False
    return test, True


async def _candidates(
    session: AsyncSession,
    *,
    versions: Sequence[BankItem],
    student_id: uuid.UUID | None,
    now: datetime,
    reserved: set[uuid.UUID],
) -> list[assembly.Candidate]:
    since = now - timedelta(weeks=max(RECENT_WEEKS_EXCLUSION, 1))
    attempts = AttemptRepository.from_session(session)
    seen: dict[uuid.UUID, date]
    if student_id is None:
        exposure, seen = await attempts.exposure_counts(TestKind.weekly.value, since), {}
    else:
        exposure, seen = await attempts.exposure_and_last_seen(
            TestKind.weekly.value, student_id, since
        )
    return [
        assembly.Candidate(
            item_id=version.key,
            subject=version.subject or "",
            concepts=version.concepts,
            a=version.irt[0],
            b=version.irt[1],
            c=version.irt[2],
            exposure_count=exposure.get(version.id, 0),
            last_seen_by_student=seen.get(version.id),
            reserved_for_monthly=version.question_id in reserved,
        )
        for version in versions
        if version.concepts
    ]


async def _exam_weights(session: AsyncSession) -> dict[str, float]:
    """Exam weight per topic, from the learner model's kept curriculum view: the frontier the
    weights rank holds topics only, and the view is not reloaded while unchanged."""
    view = await mastery_service.curriculum_view(session)
    return {concept_id: info.exam_weight for concept_id, info in view.topics.items()}


async def _bank(session: AsyncSession, subjects: Sequence[str]) -> list[BankItem]:
    """The published items of these subjects, from the per-process snapshot of the bank."""
    return (await questions_service.published_bank(session)).of_subjects(subjects)


def _new_attempt(
    *,
    student_id: uuid.UUID,
    test: Test,
    seed: int,
    contents: Mapping[uuid.UUID, Content],
    picks: Sequence[tuple[uuid.UUID, int, str]],
    deadline: datetime,
    time_limit_s: int,
    once: bool,
    now: datetime,
) -> Attempt:
    """An attempt with its items frozen: exact versions, template seeds and drawn values."""
    items = []
    for position, (version_id, item_seed, reason) in enumerate(picks):
        content = contents[version_id]
        question = content.question(item_seed)
        items.append(
            AttemptItem(
                id=uuid.uuid4(),
                position=position,
                question_version_id=version_id,
                seed=item_seed,
                instance_values=content.instance_values(item_seed),
                marks=_scheme(content, test.blueprint).rule_for(question).correct,
                reason=reason[:255],
            )
        )
    return Attempt(
        id=uuid.uuid4(),
        student_id=student_id,
        test=test,
        once="once" if once else None,
        status=AttemptStatus.issued.value,
        issued_at=now,
        deadline=deadline,
        seed=seed,
        time_limit_s=time_limit_s,
        late=False,
        items=items,
    )


async def _issue_once(
    session: AsyncSession, attempt: Attempt, student_id: uuid.UUID, test: Test
) -> Attempt:
    """Insert a once-per-student attempt; if a racing request inserted it first, use that."""
    attempts = AttemptRepository.from_session(session)
    if await attempts.insert_once(attempt):
        return attempt
    found = await attempts.once(student_id, test.id)
    assert found is not None
    return found


async def _issue_picks(
    session: AsyncSession,
    *,
    student_id: uuid.UUID,
    test: Test,
    seed: int,
    infos: Mapping[uuid.UUID, BankItem] | None,
    picks: Sequence[tuple[uuid.UUID, int, str]],
    deadline: datetime,
    time_limit_s: int,
    now: datetime,
    once: bool = True,
) -> ServedTest:
    """Freeze the picks into a new attempt, store it and serve it. A once-per-student attempt
    that a racing request stored first is served instead."""
    contents = await questions_service.bank_contents(session, [p[0] for p in picks])
    attempt = _new_attempt(
        student_id=student_id,
        test=test,
        seed=seed,
        contents=contents,
        picks=picks,
        deadline=deadline,
        time_limit_s=time_limit_s,
        once=once,
        now=now,
    )
    if once:
        issued = await _issue_once(session, attempt, student_id, test)
        if issued is not attempt:
            return await serve(session, issued)
    else:
        session.add(attempt)
        await session.flush()
    return await serve(session, attempt, infos=infos, contents=contents)


def _picks(form: assembly.Form, seed: int) -> list[tuple[uuid.UUID, int, str]]:
    return [
        (uuid.UUID(item_id), derive_seed(seed, position), form.reasons.get(item_id, ""))
        for position, item_id in enumerate(form.item_ids)
    ]


async def weekly_test(
    session: AsyncSession, student_id: uuid.UUID, day: date, *, now: datetime
) -> ServedTest:
    """The student's form for the ISO week containing `day`: assembled once, then the same."""
    opens_at, closes_at = week_window(day)
    if opens_at > now:
        raise WindowClosed("That week has not started yet", field="date")
    standard = await _standard(session, student_id)
    blueprint = BLUEPRINTS[TestKind.weekly]
    key = iso_week_key(day)
    test, _ = await _test(
        session,
        kind=TestKind.weekly,
        period_key=key,
        standard=standard,
        opens_at=opens_at,
        closes_at=closes_at,
        blueprint=blueprint,
        now=now,
    )
    attempts = AttemptRepository.from_session(session)
    existing = await attempts.once(student_id, test.id)
    if existing is not None:
        return await serve(session, existing)
    if closes_at <= now:
        raise WindowClosed("That week is over", field="date")
    subjects = list(blueprint.items_per_subject)
    versions = await _bank(session, subjects)
    reserved = await TestRepository.from_session(session).monthly_question_ids(now)
    candidates = await _candidates(
        session, versions=versions, student_id=student_id, now=now, reserved=reserved
    )
    seed = derive_seed(student_id, key)
    form = assembly.assemble_form(
        blueprint=blueprint.for_assembly(),
        candidates=candidates,
        due_reviews=await mastery_service.due_reviews(session, student_id=student_id, now=now),
        frontier=await mastery_service.frontier(session, student_id=student_id),
        exam_weights=await _exam_weights(session),
        ability_by_subject=await mastery_service.abilities(session, student_id=student_id),
        seed=seed,
        recent_weeks_exclusion=RECENT_WEEKS_EXCLUSION,
        today=now.date(),
        max_exposure=MAX_EXPOSURE,
    )
    if not form.item_ids:
        raise NotEnoughQuestions("The question bank has no items for this test yet")
    return await _issue_picks(
        session,
        student_id=student_id,
        test=test,
        seed=seed,
        infos={version.id: version for version in versions},
        picks=_picks(form, seed),
        deadline=closes_at,
        time_limit_s=blueprint.time_limit_s,
        now=now,
    )


async def monthly_test(
    session: AsyncSession, student_id: uuid.UUID, month: str, *, now: datetime
) -> ServedTest:
    """The month's benchmark for the student's standard: one form for everyone, in its window."""
    opens_at, closes_at = parse_month(month)
    standard = await _standard(session, student_id)
    if not opens_at <= now < closes_at:
        test = await TestRepository.from_session(session).by_key(
            TestKind.monthly.value, month, standard
        )
        existing = (
            await AttemptRepository.from_session(session).once(student_id, test.id)
            if test is not None
            else None
        )
        if existing is not None:
            return await serve(session, existing)
        raise WindowClosed(f"The {month} benchmark window is not open", field="month")
    blueprint = BLUEPRINTS[TestKind.monthly]
    test, created = await _test(
        session,
        kind=TestKind.monthly,
        period_key=month,
        standard=standard,
        opens_at=opens_at,
        closes_at=closes_at,
        blueprint=blueprint,
        now=now,
    )
    existing = await AttemptRepository.from_session(session).once(student_id, test.id)
    if existing is not None:
        return await serve(session, existing)
    seed = derive_seed("monthly", month, standard)
    if test.form is None:
        versions = await _bank(session, list(blueprint.items_per_subject))
        candidates = await _candidates(
            session, versions=versions, student_id=None, now=now, reserved=set()
        )
        form = assembly.assemble_form(
            blueprint=blueprint.for_assembly(),
            candidates=candidates,
            due_reviews=[],
            frontier=[],
            exam_weights={},
            ability_by_subject={},
            seed=seed,
            recent_weeks_exclusion=0,
            today=now.date(),
            max_exposure=MAX_EXPOSURE,
        )
        if not form.item_ids:
            raise NotEnoughQuestions("The question bank has no items for this test yet")
        by_id: dict[uuid.UUID, BankItem] = {version.id: version for version in versions}
        test.form = [
            {
                "version_id": str(version_id),
                "question_id": str(by_id[version_id].question_id),
                "seed": item_seed,
                "reason": reason,
            }
            for version_id, item_seed, reason in _picks(form, seed)
        ]
        await session.flush()
    if created:
        OutboxRepository.from_session(session).record(
            "rankings.finalize",
            {"test_id": str(test.id), "month": month, "due_at": closes_at.isoformat()},
            now=now,
        )
    picks = [
        (uuid.UUID(entry["version_id"]), int(entry["seed"]), entry.get("reason", ""))
        for entry in test.form or []
    ]
    return await _issue_picks(
        session,
        student_id=student_id,
        test=test,
        seed=seed,
        infos=None,
        picks=picks,
        deadline=closes_at,
        time_limit_s=blueprint.time_limit_s,
        now=now,
    )


async def start_diagnostic(
    session: AsyncSession, student_id: uuid.UUID, *, now: datetime
) -> ServedTest:
    """Start (or resume, while it is open) the diagnostic over every subject's foundations."""
    standard = await _standard(session, student_id)
    blueprint = BLUEPRINTS[TestKind.diagnostic]
    test, _ = await _test(
        session,
        kind=TestKind.diagnostic,
        period_key=DIAGNOSTIC_KEY,
        standard=standard,
        opens_at=now,
        closes_at=None,
        blueprint=blueprint,
        now=now,
    )
    open_attempt = await AttemptRepository.from_session(session).open_on(student_id, test.id, now)
    if open_attempt is not None:
        return await serve(session, open_attempt)
    versions = await _bank(session, list(blueprint.items_per_subject))
    candidates = await _candidates(
        session, versions=versions, student_id=student_id, now=now, reserved=set()
    )
    concepts = await ConceptRepository.from_session(session).all()
    seed = derive_seed(student_id, "diagnostic", now.isoformat())
    form = assembly.assemble_diagnostic(
        blueprint=blueprint.for_assembly(),
        candidates=candidates,
        concept_layers={concept.id: concept.layer for concept in concepts},
        seed=seed,
        max_exposure=MAX_EXPOSURE,
    )
    if not form.item_ids:
        raise NotEnoughQuestions("The question bank has no items for a diagnostic yet")
    return await _issue_picks(
        session,
        student_id=student_id,
        test=test,
        seed=seed,
        infos={version.id: version for version in versions},
        picks=_picks(form, seed),
        deadline=now + timedelta(seconds=blueprint.time_limit_s),
        time_limit_s=blueprint.time_limit_s,
        now=now,
        once=False,
    )


async def start_practice(
    session: AsyncSession, student_id: uuid.UUID, practice_in: PracticeIn, *, now: datetime
) -> ServedTest:
    """A practice set on the chosen concepts, most informative items at the student's level."""
    standard = await _standard(session, student_id)
    concept_ids = list(dict.fromkeys(practice_in.concept_ids))
    known = await ConceptRepository.from_session(session).by_ids(concept_ids)
    unknown = [cid for cid in concept_ids if cid not in known]
    if unknown:
        raise InvalidPractice(f"Unknown concept(s): {', '.join(unknown)}", field="concept_ids")
    versions = (await questions_service.published_bank(session)).tagged(concept_ids)
    candidates = await _candidates(
        session, versions=versions, student_id=student_id, now=now, reserved=set()
    )
    seed = derive_seed(student_id, "practice", now.isoformat(), *concept_ids)
    form = assembly.assemble_practice(
        concept_ids,
        candidates=candidates,
        n_items=practice_in.count,
        ability_by_subject=await mastery_service.abilities(session, student_id=student_id),
        seed=seed,
        today=now.date(),
        recent_weeks_exclusion=0,
        max_exposure=MAX_EXPOSURE,
    )
    if not form.item_ids:
        raise NotEnoughQuestions(
            "No published questions for these concepts yet", field="concept_ids"
        )
    base = BLUEPRINTS[TestKind.practice]
    time_limit_s = base.time_limit_s or PRACTICE_SECONDS_PER_ITEM * len(form.item_ids)
    blueprint = KindBlueprint({}, time_limit_s=time_limit_s, marking=base.marking)
    test, _ = await _test(
        session,
        kind=TestKind.practice,
        period_key=f"p:{uuid.uuid4().hex}",
        standard=standard,
        opens_at=now,
        closes_at=None,
        blueprint=blueprint,
        now=now,
    )
    return await _issue_picks(
        session,
        student_id=student_id,
        test=test,
        seed=seed,
        infos={version.id: version for version in versions},
        picks=_picks(form, seed),
        deadline=now + timedelta(seconds=time_limit_s),
        time_limit_s=time_limit_s,
        now=now,
        once=False,
    )


# --- submission -------------------------------------------------------------------------------


def request_hash(submission_in: SubmissionIn) -> str:
    """A digest of what was submitted, to tell a replay from a different submission."""
    body = submission_in.model_dump(mode="json")
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _replay(attempt: Attempt, idempotency_key: str, digest: str) -> ResultRead:
    """The stored result for a replay of the same submission; 409 for anything else."""
    if attempt.idempotency_key != idempotency_key:
        raise AttemptAlreadySubmitted("This attempt has already been submitted", field="attempt_id")
    if attempt.request_hash != digest:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was used for a different submission",
            field="Idempotency-Key",
        )
    assert attempt.result is not None
    return ResultRead.model_validate(attempt.result)


def _correct_answer(question: CheckableQuestion) -> Any:
    if question.type is QuestionType.MULTIPLE:
        return [option for option in question.options if option in question.correct_options]
    if question.options:
        ids = [option for option in question.options if option in question.correct_options]
        return ids[0] if len(ids) == 1 else ids
    value = question.value
    if value is not None and question.integer:
        return int(value)
    return value


def _p_correct(
    concepts: Sequence[str], snapshot: Mapping[str, float], guess: float
) -> float | None:
    known = [snapshot[c] for c in concepts if c in snapshot]
    if not known:
        return None
    mastery = min(max(sum(known) / len(known), 0.0), 1.0)
    return min(max(mastery * (1 - SLIP) + (1 - mastery) * guess, 0.0), 1.0)


def _breakdown(value: Breakdown) -> BreakdownRead:
    return BreakdownRead(
        marks=value.marks,
        max_marks=value.max_marks,
        questions=value.questions,
        attempted=value.attempted,
        correct=value.correct,
        accuracy=value.accuracy,
        time_ms=value.time_ms,
    )


async def submit(
    session: AsyncSession,
    student_id: uuid.UUID,
    submission_in: SubmissionIn,
    *,
    idempotency_key: str,
    now: datetime,
    options: SubmitOptions | None = None,
) -> ResultRead:
    """Score a whole submission in one transaction; a replay returns the stored result."""
    options = options or SubmitOptions()
    attempts = AttemptRepository.from_session(session)
    attempt = await attempts.owned(submission_in.attempt_id, student_id)
    if attempt is None:
        raise AttemptNotFound("No such attempt", field="attempt_id")
    digest = request_hash(submission_in)
    if attempt.status == AttemptStatus.submitted.value:
        return _replay(attempt, idempotency_key, digest)
    if attempt.status == AttemptStatus.expired.value:
        raise AttemptExpired("This attempt's window has closed", field="attempt_id")

    by_question = {item.question_version_id: item for item in attempt.items}
    given: dict[uuid.UUID, tuple[int, Any, int | None]] = {}
    for index, answer in enumerate(submission_in.answers):
        if answer.question_id in given:
            raise DuplicateAnswer(
                "This question is answered twice", field=f"answers[{index}].question_id"
            )
        if answer.question_id not in by_question:
            raise NotInForm(
                "This question is not on the attempt's form",
                field=f"answers[{index}].question_id",
            )
        given[answer.question_id] = (index, answer.answer, answer.response_time_ms)

    ids = [item.question_version_id for item in attempt.items]
    infos = await questions_service.bank_items(session, ids)
    contents = await questions_service.bank_contents(session, ids)
    blueprint = attempt.test.blueprint
    checked: list[tuple[AttemptItem, BankItem, QuestionMeta, Outcome, int | None]] = []
    for item in attempt.items:
        version = infos[item.question_version_id]
        question = contents[item.question_version_id].question(item.seed)
        index, raw, time_ms = given.get(item.question_version_id, (-1, None, None))
        try:
            outcome = check(question, raw)
        except InvalidAnswer as exc:
            raise InvalidAnswerError(exc.reason, field=f"answers[{index}].answer") from None
        meta = QuestionMeta(
            question=question,
            scheme=_scheme(contents[item.question_version_id], blueprint),
            subject=version.subject,
            concepts=version.concepts,
        )
        checked.append((item, version, meta, outcome, time_ms))

    late = now > attempt.deadline + options.grace
    if late and options.late_policy is LatePolicy.refuse:
        raise SubmissionLate(f"The deadline was {attempt.deadline.isoformat()}", field="attempt_id")
    claimed = await attempts.claim(
        attempt.id, now=now, idempotency_key=idempotency_key, request_hash=digest, late=late
    )
    if not claimed:  # a racing submission won: answer as its replay would
        fresh = await attempts.owned(attempt.id, student_id, fresh=True)
        assert fresh is not None
        if fresh.status == AttemptStatus.expired.value:
            raise AttemptExpired("This attempt's window has closed", field="attempt_id")
        return _replay(fresh, idempotency_key, digest)

    concept_ids = sorted({c for _, version, _, _, _ in checked for c in version.concepts})
    snapshot = await mastery_service.mastery_snapshot(
        session, student_id=student_id, concept_ids=concept_ids
    )
    scored = score_attempt([(meta, outcome, time_ms) for _, _, meta, outcome, time_ms in checked])
    p_before = [
        _p_correct(version.concepts, snapshot, version.irt[2]) for _, version, _, _, _ in checked
    ]
    report = strategy(
        [(meta, outcome, p) for (_, _, meta, outcome, _), p in zip(checked, p_before, strict=True)]
    )
    typical_ms = attempt.time_limit_s * 1000 // max(len(checked), 1) or None
    evidence = []
    responses = []
    for (item, version, _meta, outcome, time_ms), item_score in zip(
        checked, scored.items, strict=True
    ):
        responses.append(
            {
                "id": uuid.uuid4(),
                "attempt_item_id": item.id,
                "answer": given.get(item.question_version_id, (-1, None, None))[1],
                "correct": outcome.correct,
                "blank": outcome.is_blank,
                "marks": item_score.marks,
                "response_time_ms": time_ms,
            }
        )
        evidence.append(
            mastery_service.ResponseEvidence(
                question_version_id=version.id,
                concept_ids=list(version.concepts),
                subject=version.subject,
                correct=outcome.correct,
                blank=outcome.is_blank,
                response_time_ms=time_ms,
                typical_time_ms=typical_ms,
                irt=version.irt,
            )
        )
    await attempts.record_responses(responses)
    await mastery_service.apply_responses(
        session, student_id=student_id, responses=evidence, now=now
    )

    kind = TestKind(attempt.test.kind)
    standing = None
    if kind in RANKED_KINDS:
        standing = await rankings_service.record_score(
            session,
            attempt_id=attempt.id,
            test_id=attempt.test_id,
            student_id=student_id,
            score=scored.total,
            now=now,
        )
    questions = []
    for position, ((item, version, meta, outcome, time_ms), item_score, advice, p) in enumerate(
        zip(checked, scored.items, report.advice, p_before, strict=True)
    ):
        questions.append(
            QuestionResult(
                question_id=item.question_version_id,
                position=position,
                type=version.type,
                text=contents[item.question_version_id].served_text(item.seed),
                answer=given.get(item.question_version_id, (-1, None, None))[1],
                correct=outcome.correct,
                partial=outcome.partial,
                blank=outcome.is_blank,
                marks=item_score.marks,
                max_marks=item_score.max_marks,
                response_time_ms=time_ms,
                correct_answer=_correct_answer(meta.question),
                explanation=contents[item.question_version_id].explanation,
                concepts=list(version.concepts),
                subject=version.subject,
                p_correct_before=p,
                worth_attempting=advice.worth_attempting,
                expected_gain=advice.expected_gain,
            )
        )
    result = ResultRead(
        attempt_id=attempt.id,
        kind=kind.value,
        status=AttemptStatus.submitted.value,
        score=scored.total,
        max_score=scored.max_marks,
        accuracy=scored.accuracy,
        attempted=scored.attempted,
        correct=scored.correct,
        partial=scored.partial,
        wrong=scored.wrong,
        blank=scored.blank,
        rank=standing.rank if standing else None,
        percentile=standing.percentile if standing else None,
        candidates=standing.candidates if standing else None,
        time_used_ms=scored.time_ms,
        time_limit_s=attempt.time_limit_s,
        submitted_at=now,
        late=late,
        by_subject={k: _breakdown(v) for k, v in scored.by_subject.items()},
        by_concept={k: _breakdown(v) for k, v in scored.by_concept.items()},
        questions=questions,
        strategy=StrategyRead(
            lost_to_bad_attempts=report.lost_to_bad_attempts, left_by_skips=report.left_by_skips
        ),
    )
    await session.execute(
        sa.update(Attempt)
        .where(Attempt.id == attempt.id)
        .values(
            score=scored.total, max_score=scored.max_marks, result=result.model_dump(mode="json")
        )
        .execution_options(synchronize_session=False)
    )
    outbox = OutboxRepository.from_session(session)
    payload = {
        "attempt_id": str(attempt.id),
        "student_id": str(student_id),
        "test_id": str(attempt.test_id),
        "kind": kind.value,
        "score": scored.total,
    }
    outbox.record("analytics.attempt_scored", payload, now=now)
    outbox.record("notifications.result_ready", payload, now=now)
    await session.flush()
    return result


async def get_result(
    session: AsyncSession, principal: Principal, attempt_id: uuid.UUID
) -> ResultRead:
    """A scored attempt's result, with rank and percentile as they stand now.

    Students see their own; coaches their cohorts' students'; admins all. Anything else is
    "not found", so attempt ids of other students are not revealed.
    """
    repository = AttemptRepository.from_session(session)
    if principal.role is Role.student:
        attempt = await repository.owned(attempt_id, principal.user_id)
    else:
        attempt = await repository.get_with_items(attempt_id)
        if attempt is not None and not await users_service.coach_can_see(
            session, principal, attempt.student_id
        ):
            attempt = None
    if attempt is None or attempt.result is None:
        raise AttemptNotFound("No scored attempt with this id", field="attempt_id")
    result = ResultRead.model_validate(attempt.result)
    current = await rankings_service.standing_of_attempt(session, attempt.id)
    if current is not None:
        result = result.model_copy(
            update={
                "rank": current.rank,
                "percentile": current.percentile,
                "candidates": current.candidates,
            }
        )
    return result


async def seen_question_versions(
    session: AsyncSession, *, student_id: uuid.UUID, since: datetime
) -> set[uuid.UUID]:
    """The question versions issued to the student on any form since `since`."""
    return set(await AttemptRepository.from_session(session).last_seen(student_id, since))


async def expire_open_attempts(session: AsyncSession, test_id: uuid.UUID) -> int:
    """Mark a closed test's unsubmitted attempts expired; returns how many."""
    return await AttemptRepository.from_session(session).expire_issued(test_id)


async def finalize_monthly(session: AsyncSession, month: str, now: datetime) -> int:
    """Close the month's benchmark windows that have ended: expire open attempts, write final
    ranks and percentiles, and record `rankings.ranking_available`. Returns tests finalised."""
    parse_month(month)
    tests = await TestRepository.from_session(session).closing(TestKind.monthly.value, month, now)
    outbox = OutboxRepository.from_session(session)
    for test in tests:
        await expire_open_attempts(session, test.id)
        ranked = await rankings_service.finalize_test(session, test.id)
        test.finalized_at = now
        outbox.record(
            "rankings.ranking_available",
            {"test_id": str(test.id), "month": month, "standard": test.standard, "ranked": ranked},
            now=now,
        )
    await session.flush()
    return len(tests)


async def standard_of(session: AsyncSession, user_id: uuid.UUID) -> int:
    """The class a user's tests are for; StandardRequired when the profile has none."""
    return await _standard(session, user_id)


async def monthly_test_of(session: AsyncSession, month: str, standard: int) -> Test | None:
    """The month's benchmark test for a class, if anyone has been issued it."""
    parse_month(month)
    return await TestRepository.from_session(session).by_key(
        TestKind.monthly.value, month, standard
    )


async def responses_for_version(session: AsyncSession, version_id: uuid.UUID) -> list[ItemResponse]:
    """Every scored response to one question version, for item statistics (questions domain).

    Each record carries the attempt's total score, by which strong and weak groups are formed.
    """
    rows = await AttemptRepository.from_session(session).responses_to_version(version_id)
    return [
        ItemResponse(
            student_id=student_id,
            selected_option_ids=_selected_options(answer),
            correct=correct,
            total_score=float(score or 0.0),
        )
        for student_id, answer, correct, score in rows
    ]


@dataclass(frozen=True, slots=True)
class ScoredResponse:
    """One scored answer as model fitting needs it (no answer text, no marks)."""

    attempt_id: uuid.UUID
    student_id: uuid.UUID
    submitted_at: datetime
    time_limit_s: int
    question_version_id: uuid.UUID
    position: int
    correct: bool
    blank: bool
    response_time_ms: int | None


async def scored_responses(session: AsyncSession) -> list[ScoredResponse]:
    """Every response of every submitted attempt, in time order (attempt, then position), in
    one query: the learner model's calibration and fitting group them by version and student.

    Every item of a submitted attempt has a response (blank when unanswered), so the rows of
    one attempt also give its item count.
    """
    rows = await AttemptRepository.from_session(session).scored_responses()
    return [
        ScoredResponse(
            attempt_id=attempt_id,
            student_id=student_id,
            submitted_at=submitted_at,
            time_limit_s=time_limit_s,
            question_version_id=version_id,
            position=position,
            correct=correct,
            blank=blank,
            response_time_ms=time_ms,
        )
        for (
            attempt_id,
            student_id,
            submitted_at,
            time_limit_s,
            version_id,
            position,
            correct,
            blank,
            time_ms,
        ) in rows
    ]


def _selected_options(answer: object) -> tuple[str, ...]:
    if isinstance(answer, str):
        return (answer,)
    if isinstance(answer, list):
        return tuple(str(option) for option in answer)
    return ()  # a number: no option was selected


DASHBOARD_RESULTS = 5


async def dashboard_tests(
    session: AsyncSession, *, student_id: uuid.UUID, now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The student's open tests (this week's weekly first if not yet taken) and latest results."""
    attempts = AttemptRepository.from_session(session)
    open_attempts = await attempts.open_of(student_id, now)
    upcoming: list[dict[str, Any]] = [
        {
            "attempt_id": str(attempt.id),
            "kind": attempt.test.kind,
            "period": attempt.test.period_key,
            "deadline": attempt.deadline.isoformat(),
        }
        for attempt in open_attempts
    ]
    recent = await attempts.recent_submitted(student_id, DASHBOARD_RESULTS)
    week = iso_week_key(now.date())
    taken_this_week = any(
        a.test.kind == TestKind.weekly.value and a.test.period_key == week
        for a in [*recent, *open_attempts]
    )
    if not taken_this_week:
        upcoming.insert(
            0, {"attempt_id": None, "kind": TestKind.weekly.value, "period": week, "deadline": None}
        )
    results = [
        {
            "attempt_id": str(attempt.id),
            "kind": attempt.test.kind,
            "period": attempt.test.period_key,
            "score": attempt.score,
            "max_score": attempt.max_score,
            "percentile": (attempt.result or {}).get("percentile"),
            "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
        }
        for attempt in recent
    ]
    return upcoming, results
