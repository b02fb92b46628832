"""The learner model's persistence: answers in, mastery, review cards and ability out; and the
reads built on them (mastery, weak spots, progress, phase, study plan, dashboard).

`apply_responses` runs inside the caller's transaction (the assessments submit): it flushes and
never commits. Every read of one student's state is a primary-key prefix range of that
student's rows plus the prerequisite graph, which is kept per process and reloaded when the
curriculum changes.

Staleness bound: none. The kept curriculum view (graph, topics and the plan's precomputed
prerequisite closure) and the parameters are keyed by a fingerprint of the curriculum and
parameter tables that every read fetches in the same round trip as the student's rows
(`ConceptMasteryRepository.read`), or in one small query for reads that do not fetch rows. A
curriculum or parameter change committed before a read starts is therefore seen by that read
on every instance, with no cross-process messaging.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from fsrs import Card, Rating, Scheduler, State
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.principal import Principal, Role
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.graph import ConceptGraph, Criticality
from gurukul.curriculum.repository import ConceptRepository, SubjectRepository
from gurukul.mastery import irt, planning, scheduling, tracing
from gurukul.mastery.errors import StudentNotVisible, StudentRequired
from gurukul.mastery.models import ConceptMastery, MasteryHistory, StudentAbility
from gurukul.mastery.repository import (
    ConceptMasteryRepository,
    MasteryHistoryRepository,
    MasteryParametersRepository,
    StudentAbilityRepository,
    ability_rows_for_update,
    lock_student,
    mastery_rows_for_update,
    model_version,
    upsert,
)
from gurukul.mastery.schemas import (
    ConceptMasteryRead,
    ConceptProgressRead,
    DashboardRead,
    MasterySummary,
    OverallRead,
    PhaseRead,
    PlanItemRead,
    ProgressPoint,
    ProgressRead,
    ReviewRead,
    StudyPlanRead,
    SubjectMasteryRead,
    SubjectProgressRead,
    WeakSpotRead,
)
from gurukul.mastery.tracing import BKTParams
from gurukul.users import service as users_service

SECONDARY_WEIGHT = 0.5
"""Share of the evidence an item gives each concept it is tagged to after the first: an item
is mostly about its primary concept (tracing.update's weight)."""
GAP_THRESHOLD = planning.WEAK  # a wrong answer over a prerequisite below this flags a gap
ABILITY_EVIDENCE_CAP = 200
"""Answers kept per subject for the EAP ability: 200 items put the posterior SD near 0.1, so
older answers barely move it, and the JSON row stays a few kilobytes."""
UPCOMING_REVIEW_DAYS = 7  # the dashboard's review horizon
DASHBOARD_PLAN_ITEMS = 5
_CACHED_VIEWS = 8  # curriculum views kept per process (one per database and version)

PHASE_RULE = (
    "The first matching rule wins. EXAM_OVER: the exam date has passed. FINAL_SPRINT: the "
    f"exam is at most {planning.FINAL_SPRINT_DAYS} days away. REVISION: at most "
    f"{planning.REVISION_DAYS} days away. Otherwise (or with no exam date) by coverage, the "
    "share of the exam's weight in topics attempted at least once or mastered (P >= "
    f"{planning.MASTERED:.0%}): FOUNDATION below {planning.FOUNDATION_COVERAGE:.0%}, BUILDING "
    f"below {planning.BUILDING_COVERAGE:.0%}, CONSOLIDATION from there."
)


# --- the contract with assessments ------------------------------------------------------------


@dataclass
class ResponseEvidence:
    """One scored answer, as the learner model needs it."""

    question_version_id: uuid.UUID
    concept_ids: list[str]  # primary first
    subject: str | None
    correct: bool
    blank: bool
    response_time_ms: int | None
    typical_time_ms: float | None
    irt: tuple[float, float, float] | None  # (a, b, c)


@dataclass(frozen=True)
class PrerequisiteGap:
    """`concept_id` was answered wrong while its HARD prerequisite was weak."""

    concept_id: str
    prerequisite_id: str
    p_mastery: float  # the prerequisite's mastery after the evidence


@dataclass
class MasteryUpdate:
    concepts: dict[str, tuple[float, float]] = field(default_factory=dict)  # (before, after)
    gaps: list[PrerequisiteGap] = field(default_factory=list)
    due: dict[str, datetime] = field(default_factory=dict)  # primary concepts' next review
    abilities: dict[str, float] = field(default_factory=dict)  # subjects updated: new theta


# --- parameters and the curriculum ------------------------------------------------------------


@dataclass(frozen=True)
class Parameters:
    default_bkt: BKTParams = BKTParams()
    bkt: Mapping[str, BKTParams] = field(default_factory=dict)
    fsrs_parameters: tuple[float, ...] | None = None
    desired_retention: float = scheduling.DESIRED_RETENTION

    def bkt_for(self, concept_id: str) -> BKTParams:
        return self.bkt.get(concept_id, self.default_bkt)

    @cached_property
    def scheduler(self) -> Scheduler:
        """The FSRS scheduler for these parameters, built once per kept copy."""
        return scheduling.scheduler(self.fsrs_parameters, self.desired_retention)


async def _load_parameters(session: AsyncSession) -> Parameters:
    row = await MasteryParametersRepository.from_session(session).current()
    if row is None:
        return Parameters()
    bkt = row.bkt or {}
    fsrs = row.fsrs or {}
    default = bkt.get("default")
    fsrs_parameters = fsrs.get("parameters")
    return Parameters(
        default_bkt=BKTParams.from_dict(default) if default else BKTParams(),
        bkt={cid: BKTParams.from_dict(p) for cid, p in (bkt.get("concepts") or {}).items()},
        fsrs_parameters=tuple(float(x) for x in fsrs_parameters) if fsrs_parameters else None,
        desired_retention=float(fsrs.get("desired_retention") or scheduling.DESIRED_RETENTION),
    )


@dataclass(frozen=True)
class CurriculumView:
    """The curriculum as the learner model uses it. Topics (concepts without sub-topics) are
    what is planned and weighed: units' exam weights sum their topics'."""

    graph: ConceptGraph
    topics: dict[str, planning.ConceptInfo]
    names: dict[str, str]
    subject_of: dict[str, str]
    subjects: dict[str, str]  # code -> name
    plan: planning.PlanGraph  # the study plan's prerequisite closure over the topics
    subject_topics: dict[str, dict[str, planning.ConceptInfo]]  # code -> its topics
    ranked: tuple[str, ...]  # topics, heaviest exam weight first, then by id


_contexts: dict[tuple[Any, ...], tuple[CurriculumView, Parameters]] = {}
# session.info key: (the transaction, the fingerprint read in it).
_FINGERPRINT_KEY = "gurukul.mastery.fingerprint"


async def _context(session: AsyncSession) -> tuple[CurriculumView, Parameters]:
    """The curriculum view and parameters, kept per process until their fingerprint changes
    (one small query per call instead of reloading 300 concepts and 500 edges). The
    fingerprint is read once per transaction: a submit asks for the view several times."""
    transaction = session.get_transaction()
    seen = session.info.get(_FINGERPRINT_KEY)
    if transaction is not None and seen is not None and seen[0] is transaction:
        return await _context_at(session, seen[1])
    fingerprint = await model_version(session)
    session.info[_FINGERPRINT_KEY] = (session.get_transaction(), fingerprint)
    return await _context_at(session, fingerprint)


async def _context_at(
    session: AsyncSession, fingerprint: str | None
) -> tuple[CurriculumView, Parameters]:
    """The kept view and parameters for `fingerprint` (read in this transaction), loaded on a
    miss. A change committed after the fingerprint was read may be in what is loaded: it is
    then kept under the older fingerprint, and the next read, seeing the new one, reloads."""
    key = (session.get_bind().engine.url, fingerprint)
    found = _contexts.get(key)
    if found is None:
        found = (await _load_view(session), await _load_parameters(session))
        if len(_contexts) >= _CACHED_VIEWS:
            _contexts.clear()
        _contexts[key] = found
    return found


async def curriculum_view(session: AsyncSession) -> CurriculumView:
    """The graph and topic data (kept per process while the curriculum is unchanged)."""
    return (await _context(session))[0]


async def parameters(session: AsyncSession) -> Parameters:
    """The deployment's fitted parameters, or the defaults (kept per process likewise)."""
    return (await _context(session))[1]


async def _load_view(session: AsyncSession) -> CurriculumView:
    graph = await curriculum_service.graph(session)
    concepts = await ConceptRepository.from_session(session).all()
    subjects = await SubjectRepository.from_session(session).all()
    parents = {c.parent_id for c in concepts if c.parent_id is not None}
    topics = {
        c.id: planning.ConceptInfo(
            subject=c.subject_code,
            exam_weight=c.exam_weight,
            difficulty=c.difficulty,
            layer=c.layer,
            name=c.name,
        )
        for c in concepts
        if c.id not in parents
    }
    return CurriculumView(
        graph=graph,
        topics=topics,
        names={c.id: c.name for c in concepts},
        subject_of={c.id: c.subject_code for c in concepts},
        subjects={s.code: s.name for s in subjects},
        plan=planning.plan_graph(graph, topics),
        subject_topics={
            s.code: {c: info for c, info in topics.items() if info.subject == s.code}
            for s in subjects
        },
        ranked=tuple(sorted(topics, key=lambda c: (-topics[c].exam_weight, c))),
    )


# --- writing: one submission's answers ------------------------------------------------------


def _clamp(p: float) -> float:
    return min(1.0, max(0.0, p))


async def apply_responses(
    session: AsyncSession,
    *,
    student_id: uuid.UUID,
    responses: list[ResponseEvidence],
    now: datetime,
) -> MasteryUpdate:
    """Fold one submission's answers into the student's model, in the caller's transaction.

    Per answer: BKT on each tagged concept (the primary with weight 1, the others with
    SECONDARY_WEIGHT), evidence to their direct prerequisites by transfer coefficient (a
    wrong answer over a weak HARD prerequisite flags a gap), counters and first/last seen.
    Per primary concept: one FSRS review rated by its worst answer in the submission. Per
    subject: EAP ability over the last ABILITY_EVIDENCE_CAP answers with IRT parameters.
    Blank answers only touch last_seen. Concepts not in the curriculum are ignored. The
    student's profile row is locked first, so concurrent submissions of one student apply
    one after the other (PostgreSQL; SQLite serialises writers anyway).

    Rows are read and written as plain dicts: one SELECT of the touched rows, then one
    INSERT ... ON CONFLICT DO UPDATE per table, instead of a unit-of-work flush of ORM objects
    (which was a third of a submission's time).
    """
    update = MasteryUpdate()
    if not responses:
        return update
    profile = await lock_student(session, student_id)
    exam_date = profile.exam_target if profile is not None else None
    view, params = await _context(session)
    graph = view.graph

    tagged = {c for r in responses for c in r.concept_ids if c in graph}
    touched = set(tagged)
    for concept_id in tagged:
        touched.update(e.prerequisite for e in graph.direct_prerequisites(concept_id))
    rows = await mastery_rows_for_update(session, student_id, sorted(touched))
    before: dict[str, float] = {}

    def row(concept_id: str) -> dict[str, Any]:
        found = rows.get(concept_id)
        if found is None:
            found = {
                "student_id": student_id,
                "concept_id": concept_id,
                "p_mastery": params.bkt_for(concept_id).prior,
                "attempts": 0,
                "correct": 0,
                "first_seen": None,
                "last_seen": None,
                "fsrs_card": None,
                "due_at": None,
                "gap_suspected": False,
                "updated_at": now,
            }
            rows[concept_id] = found
        before.setdefault(concept_id, found["p_mastery"])
        found["updated_at"] = now
        return found

    ratings: dict[str, Rating] = {}
    evidence: dict[str, list[list[float]]] = {}
    gaps: dict[tuple[str, str], PrerequisiteGap] = {}
    for response in responses:
        ids = [c for c in dict.fromkeys(response.concept_ids) if c in graph]
        if response.blank:
            for concept_id in ids:
                row(concept_id)["last_seen"] = now
            continue
        for index, concept_id in enumerate(ids):
            weight = 1.0 if index == 0 else SECONDARY_WEIGHT
            state = row(concept_id)
            state["p_mastery"] = _clamp(
                tracing.update(
                    state["p_mastery"], response.correct, params.bkt_for(concept_id), weight
                )
            )
            state["attempts"] += 1
            state["correct"] += int(response.correct)
            state["first_seen"] = state["first_seen"] or now
            state["last_seen"] = now
            if state["p_mastery"] >= GAP_THRESHOLD:
                state["gap_suspected"] = False
            for edge in graph.direct_prerequisites(concept_id):
                prerequisite = row(edge.prerequisite)
                result = tracing.propagate_to_prerequisite(
                    prerequisite["p_mastery"],
                    response.correct,
                    edge.transfer * weight,
                    params.bkt_for(edge.prerequisite),
                    gap_threshold=GAP_THRESHOLD,
                )
                prerequisite["p_mastery"] = _clamp(result.p_mastery)
                if result.gap_suspected and edge.criticality is Criticality.HARD:
                    prerequisite["gap_suspected"] = True
                    gaps[(concept_id, edge.prerequisite)] = PrerequisiteGap(
                        concept_id, edge.prerequisite, prerequisite["p_mastery"]
                    )
                elif prerequisite["p_mastery"] >= GAP_THRESHOLD:
                    prerequisite["gap_suspected"] = False
        if ids:
            rating = scheduling.rating_for(
                response.correct, response.response_time_ms, response.typical_time_ms
            )
            ratings[ids[0]] = min(ratings.get(ids[0], rating), rating)
        # Without a subject, the primary concept's subject is the item's.
        subject = response.subject or (view.subject_of.get(ids[0]) if ids else None)
        if response.irt is not None and subject in view.subjects:
            a, b, c = response.irt
            evidence.setdefault(subject, []).append(
                [float(a), float(b), float(c), 1.0 if response.correct else 0.0]
            )

    for concept_id, rating in sorted(ratings.items()):
        state = rows[concept_id]
        card, due, _ = scheduling.review(
            state["fsrs_card"],
            rating,
            now,
            parameters=params.fsrs_parameters,
            desired_retention=params.desired_retention,
            exam_date=exam_date,
        )
        state["fsrs_card"] = card
        state["due_at"] = due
        update.due[concept_id] = due

    await upsert(session, ConceptMastery, [rows[c] for c in sorted(before)])
    if evidence:
        update.abilities = await _update_abilities(session, student_id, evidence, now)
    await _record_history(session, student_id, {c: rows[c]["p_mastery"] for c in before}, now)
    update.concepts = {c: (p, rows[c]["p_mastery"]) for c, p in sorted(before.items())}
    update.gaps = list(gaps.values())
    return update


async def _update_abilities(
    session: AsyncSession,
    student_id: uuid.UUID,
    evidence: Mapping[str, list[list[float]]],
    now: datetime,
) -> dict[str, float]:
    stored = await ability_rows_for_update(session, student_id)
    thetas: dict[str, float] = {}
    written = []
    for subject, new in sorted(evidence.items()):
        ability = stored.get(subject) or {"evidence": []}
        kept = [*ability["evidence"], *new][-ABILITY_EVIDENCE_CAP:]
        estimate = irt.estimate_ability((a, b, c, u) for a, b, c, u in kept)
        written.append(
            {
                "student_id": student_id,
                "subject_code": subject,
                "theta": estimate.theta,
                "sd": estimate.sd,
                "evidence": kept,
                "updated_at": now,
            }
        )
        thetas[subject] = estimate.theta
    await upsert(session, StudentAbility, written)
    return thetas


async def _record_history(
    session: AsyncSession, student_id: uuid.UUID, values: Mapping[str, float], now: datetime
) -> None:
    """Today's value per concept: one upsert, the day's last submission wins."""
    day = now.date()
    await upsert(
        session,
        MasteryHistory,
        [
            {"student_id": student_id, "concept_id": concept_id, "day": day, "p_mastery": p}
            for concept_id, p in sorted(values.items())
        ],
    )


# --- reads for other domains ------------------------------------------------------------------


async def mastery_snapshot(
    session: AsyncSession, *, student_id: uuid.UUID, concept_ids: list[str]
) -> dict[str, float]:
    """P(mastered) per concept now (before a test); the BKT prior for concepts never seen."""
    params = await parameters(session)
    wanted = list(dict.fromkeys(concept_ids))
    rows = await ConceptMasteryRepository.from_session(session).for_student(student_id, wanted)
    return {c: rows[c].p_mastery if c in rows else params.bkt_for(c).prior for c in wanted}


async def due_reviews(session: AsyncSession, *, student_id: uuid.UUID, now: datetime) -> list[str]:
    """Concepts due for review at `now`, most overdue first."""
    due = await ConceptMasteryRepository.from_session(session).due(student_id, until=now)
    return [concept_id for concept_id, _ in due]


async def abilities(session: AsyncSession, *, student_id: uuid.UUID) -> dict[str, float]:
    """IRT ability per subject; 0.0 (the prior mean) for subjects with no evidence."""
    view = await curriculum_view(session)
    stored = await StudentAbilityRepository.from_session(session).for_student(student_id)
    found = dict.fromkeys(view.subjects, 0.0)
    found.update({code: row.theta for code, row in stored.items()})
    return found


async def frontier(
    session: AsyncSession, *, student_id: uuid.UUID, limit: int | None = None
) -> list[str]:
    """Topics not mastered whose HARD prerequisites are, heaviest exam weight first."""
    student = await _read_student(session, student_id, cards_until=None)
    mastered = {c for c, m in student.mastery.items() if m.p >= planning.MASTERED}
    found = student.view.graph.frontier(mastered, student.view.ranked)
    return found if limit is None else found[: max(limit, 0)]


# --- reads for the API ------------------------------------------------------------------------


async def resolve_student(
    session: AsyncSession, principal: Principal, student_id: uuid.UUID | None
) -> uuid.UUID:
    """Whose data: the calling student's own, or `student_id` when the caller may see it."""
    if student_id is None:
        if principal.role is Role.student:
            return principal.user_id
        raise StudentRequired("Name the student with student_id", field="student_id")
    if not await users_service.coach_can_see(session, principal, student_id):
        raise StudentNotVisible("You may not see this student's data", field="student_id")
    return student_id


DueCard = tuple[str, datetime, float | None, str | None]
"""A due row: concept, due date, and its card's stability and last review (ISO text)."""


@dataclass(frozen=True, slots=True)
class _Student:
    """What the reads of one student start from, fetched in one round trip."""

    view: CurriculumView
    params: Parameters
    exam_target: date | None
    mastery: dict[str, planning.ConceptMastery]
    due: list[DueCard]  # due by the read's `cards_until`, earliest first


async def _read_student(
    session: AsyncSession, student_id: uuid.UUID, *, cards_until: datetime | None
) -> _Student:
    """The student's rows, exam date and the kept view they are read against: one query
    (rows, exam date and fingerprint together), plus the view's load when it changed."""
    read = await ConceptMasteryRepository.from_session(session).read(
        student_id, cards_until=cards_until
    )
    view, params = await _context_at(session, read.fingerprint)
    mastery = {
        c: planning.ConceptMastery(p, attempts, last_seen, correct)
        for c, p, attempts, correct, last_seen, *_ in read.rows
    }
    due: list[DueCard] = []
    if cards_until is not None:
        due = sorted(
            (
                (c, due_at, stability, last_review)
                for c, *_, due_at, _gap, stability, last_review in read.rows
                if due_at is not None and due_at <= cards_until
            ),
            key=lambda entry: (entry[1], entry[0]),
        )
    return _Student(view, params, read.exam_target, mastery, due)


async def concept_mastery(
    session: AsyncSession, *, student_id: uuid.UUID, concept_id: str, now: datetime
) -> ConceptMasteryRead:
    """One concept's mastery, counters and review state."""
    concept = await curriculum_service.get_concept(session, concept_id)
    params = await parameters(session)
    row = await ConceptMasteryRepository.from_session(session).get(student_id, concept_id)
    p = row.p_mastery if row is not None else params.bkt_for(concept_id).prior
    attempts = row.attempts if row is not None else 0
    correct = row.correct if row is not None else 0
    card = row.fsrs_card if row is not None else None
    return ConceptMasteryRead(
        student_id=student_id,
        concept_id=concept.id,
        name=concept.name,
        subject_code=concept.subject_code,
        p_mastery=p,
        mastered=p >= planning.MASTERED,
        attempts=attempts,
        correct=correct,
        accuracy=correct / attempts if attempts else None,
        first_seen=row.first_seen if row is not None else None,
        last_seen=row.last_seen if row is not None else None,
        due_at=row.due_at if row is not None else None,
        retrievability=(
            scheduling.retrievability(card, now, params.fsrs_parameters) if card else None
        ),
        gap_suspected=row.gap_suspected if row is not None else False,
    )


def _summary(
    topics: Mapping[str, planning.ConceptInfo],
    mastery: Mapping[str, planning.ConceptMastery],
    params: Parameters,
) -> MasterySummary:
    def p(concept_id: str) -> float:
        found = mastery.get(concept_id)
        return found.p if found is not None else params.bkt_for(concept_id).prior

    total = sum(info.exam_weight for info in topics.values())
    if total > 0:
        mean = sum(info.exam_weight * p(c) for c, info in topics.items()) / total
    else:
        mean = sum(p(c) for c in topics) / len(topics) if topics else 0.0
    return MasterySummary(
        mastery=mean,
        coverage=planning.coverage(mastery, topics),
        topics=len(topics),
        mastered=sum(1 for c in topics if p(c) >= planning.MASTERED),
        attempted=sum(1 for c in topics if c in mastery and mastery[c].attempts > 0),
    )


def _subject_summaries(student: _Student) -> list[SubjectMasteryRead]:
    found = []
    for code, name in sorted(student.view.subjects.items()):
        topics = student.view.subject_topics[code]
        summary = _summary(topics, student.mastery, student.params)
        found.append(SubjectMasteryRead(subject_code=code, name=name, **summary.model_dump()))
    return found


async def overall(session: AsyncSession, *, student_id: uuid.UUID) -> OverallRead:
    """Exam-weighted mean mastery and coverage, per subject and overall."""
    student = await _read_student(session, student_id, cards_until=None)
    return OverallRead(
        student_id=student_id,
        overall=_summary(student.view.topics, student.mastery, student.params),
        subjects=_subject_summaries(student),
    )


async def weak_spots(
    session: AsyncSession, *, student_id: uuid.UUID, limit: int
) -> list[WeakSpotRead]:
    """Topics attempted enough and still weak, worst (by exam weight x need) first."""
    student = await _read_student(session, student_id, cards_until=None)
    view = student.view
    spots = planning.weak_spots(student.mastery, view.topics, subject_names=view.subjects)
    return [
        WeakSpotRead(
            concept_id=s.concept_id,
            name=view.names[s.concept_id],
            subject_code=view.subject_of[s.concept_id],
            p_mastery=s.p,
            attempts=s.attempts,
            reason=s.reason,
        )
        for s in spots[:limit]
    ]


async def progress(
    session: AsyncSession,
    *,
    student_id: uuid.UUID,
    now: datetime,
    days: int,
    concept_id: str | None = None,
) -> ProgressRead:
    """Mastery over the last `days` days: per subject (exam-weighted), or for one concept.

    One point per day with recorded changes; a concept keeps its last value until it changes,
    and counts at its prior before its first record.
    """
    end = now.date()
    start = end - timedelta(days=days - 1)
    if concept_id is not None:
        concept = await curriculum_service.get_concept(session, concept_id)
    history = await MasteryHistoryRepository.from_session(session).since(
        student_id, start, concept_id=concept_id
    )
    view, params = await _context(session)
    values: dict[str, float] = {}
    by_day: dict[date, dict[str, float]] = {}
    for cid, day, p in history:
        values[cid] = p
        if day >= start:
            by_day[day] = dict(values)
    if concept_id is not None:
        points = [
            ProgressPoint(day=day, mastery=snapshot[concept_id])
            for day, snapshot in sorted(by_day.items())
        ]
        return ProgressRead(
            student_id=student_id,
            start=start,
            end=end,
            subjects=[],
            concept=ConceptProgressRead(concept_id=concept.id, name=concept.name, points=points),
        )
    subjects = []
    for code, name in sorted(view.subjects.items()):
        topics = view.subject_topics[code]
        total = sum(info.exam_weight for info in topics.values())
        points = []
        for day, snapshot in sorted(by_day.items()):
            if not any(c in snapshot for c in topics):
                continue
            weights = {c: (info.exam_weight if total > 0 else 1.0) for c, info in topics.items()}
            mean = sum(
                w * snapshot.get(c, params.bkt_for(c).prior) for c, w in weights.items()
            ) / sum(weights.values())
            points.append(ProgressPoint(day=day, mastery=mean))
        subjects.append(SubjectProgressRead(subject_code=code, name=name, points=points))
    return ProgressRead(student_id=student_id, start=start, end=end, subjects=subjects)


def _phase_read(student_id: uuid.UUID, student: _Student, now: datetime) -> PhaseRead:
    exam_target = student.exam_target
    covered = planning.coverage(student.mastery, student.view.topics)
    phase = planning.preparation_phase(today=now.date(), exam_date=exam_target, coverage=covered)
    return PhaseRead(
        student_id=student_id,
        phase=phase.name,
        reason=phase.reason,
        rule=PHASE_RULE,
        exam_target=exam_target,
        days_to_exam=(exam_target - now.date()).days if exam_target is not None else None,
        coverage=covered,
    )


async def phase(session: AsyncSession, *, student_id: uuid.UUID, now: datetime) -> PhaseRead:
    """The preparation phase from the exam date and coverage, with the rule applied."""
    student = await _read_student(session, student_id, cards_until=None)
    return _phase_read(student_id, student, now)


def _plan_items(
    student: _Student, phase_read: PhaseRead, now: datetime, limit: int
) -> list[PlanItemRead]:
    view = student.view
    due = [c for c, due_at, *_ in student.due if due_at <= now]
    fsrs = student.params.scheduler
    retention = {
        c: _retrievability(fsrs, stability, last_review, now)
        for c, due_at, stability, last_review in student.due
        if due_at <= now and stability is not None and last_review is not None
    }
    items = planning.study_plan(
        mastery=student.mastery,
        graph=view.graph,
        concepts=view.topics,
        due_reviews=due,
        phase=phase_read.phase,
        now=now,
        limit=limit,
        retention=retention,
        subject_names=view.subjects,
        prepared=view.plan,
    )
    return [
        PlanItemRead(
            concept_id=item.concept_id,
            name=view.names[item.concept_id],
            subject_code=view.subject_of[item.concept_id],
            kind=item.kind,
            score=item.score,
            reason=item.reason,
        )
        for item in items
    ]


def _retrievability(fsrs: Scheduler, stability: float, last_review: str, now: datetime) -> float:
    """FSRS's recall probability now for a card last reviewed at `last_review` with
    `stability`: the only two fields of a stored card its forgetting curve reads, so the read
    fetches those instead of decoding whole cards."""
    card = Card(
        card_id=0,
        state=State.Review,
        stability=stability,
        last_review=datetime.fromisoformat(last_review),
        due=now,
    )
    return float(fsrs.get_card_retrievability(card, now))


async def study_plan(
    session: AsyncSession, *, student_id: uuid.UUID, now: datetime, limit: int
) -> StudyPlanRead:
    """What to study next, with the reason for each item (planning.study_plan)."""
    student = await _read_student(session, student_id, cards_until=now)
    phase_read = _phase_read(student_id, student, now)
    return StudyPlanRead(
        student_id=student_id,
        phase=phase_read.phase,
        phase_reason=phase_read.reason,
        items=_plan_items(student, phase_read, now, limit),
    )


async def dashboard(
    session: AsyncSession, *, student_id: uuid.UUID, now: datetime
) -> DashboardRead:
    """Mastery summary, phase, next topics with reasons and the week's reviews.

    `upcoming_tests` and `recent_results` are the assessments domain's to fill.
    """
    student = await _read_student(
        session, student_id, cards_until=now + timedelta(days=UPCOMING_REVIEW_DAYS)
    )
    view = student.view
    phase_read = _phase_read(student_id, student, now)
    return DashboardRead(
        student_id=student_id,
        mastery=_summary(view.topics, student.mastery, student.params),
        subjects=_subject_summaries(student),
        phase=phase_read,
        next=_plan_items(student, phase_read, now, DASHBOARD_PLAN_ITEMS),
        upcoming_reviews=[
            ReviewRead(
                concept_id=c, name=view.names.get(c, c), due_at=due_at, overdue=due_at <= now
            )
            for c, due_at, *_ in student.due
        ],
        upcoming_tests=[],
        recent_results=[],
    )
