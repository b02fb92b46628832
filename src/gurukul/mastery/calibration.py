"""Fitting the learner model to the deployment's own answers, and storing the result where the
model reads it: IRT item parameters (`gurukul calibrate`), BKT parameters (`gurukul mastery fit
--from-db --apply`, `gurukul mastery apply`) and FSRS parameters (`gurukul mastery fit-fsrs`).

Each command reads in one short transaction, fits outside any transaction and writes in one
transaction of its own: on SQLite every transaction holds the write lock from its first
statement, and an EM run of a minute must not queue every submission behind it. The write is
all or nothing.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from fsrs import Rating, ReviewLog
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.service import ScoredResponse
from gurukul.curriculum.repository import ConceptRepository
from gurukul.mastery import irt, scheduling
from gurukul.mastery.model import Interaction
from gurukul.mastery.repository import MasteryParametersRepository
from gurukul.mastery.tracing import BKTParams
from gurukul.questions import service as questions_service
from gurukul.questions.models import Calibration, QuestionStatus
from gurukul.questions.schemas import IrtIn

MIN_RESPONSES = 200
"""Answers (distinct students) an item needs before it is calibrated: with 200 the standard
error of a 2PL difficulty is about 0.15 logits near the middle of the ability range, small
next to the spacing of the difficulty labels (1 logit) it replaces."""
MIN_ANSWERS_PER_CONCEPT = 50
"""Answers a concept needs before it gets BKT parameters of its own; rarer concepts use the
pooled default, since EM on a handful of short sequences mostly returns its starting point."""
DECIMALS = 4  # stored precision: reruns on the same answers write nothing

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as each stage advances (for the command's bar)."""


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


# --- IRT calibration --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemData:
    """What calibration needs of one published version, and each student's first answer."""

    version_id: uuid.UUID
    subject: str | None
    before: tuple[float, float, float]
    before_status: str
    answers: dict[uuid.UUID, bool]  # student -> first non-blank answer right


@dataclass(frozen=True, slots=True)
class ItemCalibration:
    version_id: uuid.UUID
    subject: str | None
    n_responses: int
    before: tuple[float, float, float]
    before_status: str
    after: tuple[float, float, float] | None  # None: below the threshold, left untouched

    @property
    def outcome(self) -> str:
        """calibrated (new values), unchanged (already stored) or skipped (too few answers)."""
        if self.after is None:
            return "skipped"
        if self.after == self.before and self.before_status == Calibration.calibrated.value:
            return "unchanged"
        return "calibrated"

    @property
    def change(self) -> float:
        """The largest move of a, b or c."""
        if self.after is None:
            return 0.0
        return max(abs(x - y) for x, y in zip(self.after, self.before, strict=True))

    def to_dict(self) -> dict[str, Any]:
        names = ("a", "b", "c")
        return {
            "version_id": str(self.version_id),
            "subject": self.subject,
            "n_responses": self.n_responses,
            "outcome": self.outcome,
            "before": dict(zip(names, self.before, strict=True)) | {"status": self.before_status},
            "after": None if self.after is None else dict(zip(names, self.after, strict=True)),
        }


@dataclass(frozen=True, slots=True)
class GroupFit:
    """One EM run: the calibrated items of one subject share one ability scale."""

    subject: str | None
    students: int
    items: int
    iterations: int
    converged: bool
    log_likelihood: float


@dataclass(slots=True)
class CalibrationReport:
    model: irt.Model
    min_responses: int
    dry_run: bool
    responses: int  # non-blank first answers to published versions
    items: list[ItemCalibration] = field(default_factory=list)
    groups: list[GroupFit] = field(default_factory=list)
    written: int = 0

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "min_responses": self.min_responses,
            "dry_run": self.dry_run,
            "responses": self.responses,
            "written": self.written,
            "summary": {
                outcome: self.count(outcome) for outcome in ("calibrated", "unchanged", "skipped")
            },
            "groups": [
                {
                    "subject": g.subject,
                    "students": g.students,
                    "items": g.items,
                    "iterations": g.iterations,
                    "converged": g.converged,
                    "log_likelihood": g.log_likelihood,
                }
                for g in self.groups
            ],
            "items": [item.to_dict() for item in self.items],
        }


async def load_item_data(session: AsyncSession) -> list[ItemData]:
    """Each published version that has answers, with every student's first non-blank answer.

    The first answer only: IRT assumes one answer per student and item, and a later answer
    follows the feedback on the first. Blank answers are left out (an omission under negative
    marking is a choice, not evidence of a wrong answer), as the mastery update does.
    """
    first: dict[uuid.UUID, dict[uuid.UUID, bool]] = defaultdict(dict)
    for response in await assessments_service.scored_responses(session):
        if not response.blank:
            first[response.question_version_id].setdefault(response.student_id, response.correct)
    versions = await questions_service.get_versions(session, list(first))
    return [
        ItemData(
            version_id=version_id,
            subject=version.subject_code,
            before=(version.irt_a, version.irt_b, version.irt_c),
            before_status=version.calibration,
            answers=first[version_id],
        )
        for version_id, version in sorted(versions.items(), key=lambda kv: str(kv[0]))
        if version.status == QuestionStatus.published.value
    ]


def calibrate(
    data: Sequence[ItemData],
    *,
    model: irt.Model,
    min_responses: int = MIN_RESPONSES,
    dry_run: bool = False,
    progress: Progress = _no_progress,
) -> CalibrationReport:
    """Calibrate the items with at least `min_responses` answers, one MML-EM run per subject.

    Ability is estimated per subject, so each subject's items get a scale of their own.
    Deterministic (sorted ids, EM from fixed starting values): the same answers give the same
    parameters, so a rerun changes nothing.
    """
    if min_responses < 1:
        raise ValueError("min_responses must be at least 1")
    report = CalibrationReport(
        model=model,
        min_responses=min_responses,
        dry_run=dry_run,
        responses=sum(len(item.answers) for item in data),
    )
    fitted: dict[uuid.UUID, tuple[float, float, float]] = {}
    by_subject: dict[str | None, list[ItemData]] = defaultdict(list)
    for item in data:
        if len(item.answers) >= min_responses:
            by_subject[item.subject].append(item)
    subjects = sorted(by_subject, key=lambda s: s or "")
    for done, subject in enumerate(subjects):
        progress("calibrate", done, len(subjects))
        group = by_subject[subject]
        students = sorted({s for item in group for s in item.answers}, key=str)
        row = {student: i for i, student in enumerate(students)}
        matrix = np.full((len(students), len(group)), np.nan)
        for j, item in enumerate(group):
            for student, correct in item.answers.items():
                matrix[row[student], j] = 1.0 if correct else 0.0
        result = irt.calibrate_items(matrix, model=model, min_responses=min_responses)
        for item, estimate in zip(group, result.items, strict=True):
            fitted[item.version_id] = (
                round(estimate.a, DECIMALS),
                round(estimate.b, DECIMALS),
                round(estimate.c, DECIMALS),
            )
        report.groups.append(
            GroupFit(
                subject=subject,
                students=len(students),
                items=len(group),
                iterations=result.iterations,
                converged=result.converged,
                log_likelihood=result.log_likelihood,
            )
        )
    progress("calibrate", len(subjects), len(subjects))
    report.items = [
        ItemCalibration(
            version_id=item.version_id,
            subject=item.subject,
            n_responses=len(item.answers),
            before=item.before,
            before_status=item.before_status,
            after=fitted.get(item.version_id),
        )
        for item in data
    ]
    return report


async def write_calibration(
    session: AsyncSession,
    report: CalibrationReport,
    *,
    now: datetime,
    progress: Progress = _no_progress,
) -> int:
    """Store the new parameters of the calibrated items (in the caller's transaction).

    Through the questions service, which also moves the version's `updated_at` (the bank
    caches notice). Unchanged and skipped items are not touched. Returns the items written.
    """
    changed = [item for item in report.items if item.outcome == "calibrated"]
    for done, item in enumerate(changed):
        progress("write", done, len(changed))
        assert item.after is not None
        a, b, c = item.after
        await questions_service.set_irt_parameters(
            session,
            item.version_id,
            IrtIn(a=a, b=b, c=c, calibration=Calibration.calibrated),
            now=now,
        )
    progress("write", len(changed), len(changed))
    report.written = len(changed)
    return len(changed)


# --- BKT parameters ---------------------------------------------------------------------------


async def _responses_with_concepts(
    session: AsyncSession,
) -> tuple[list[ScoredResponse], dict[uuid.UUID, list[str]]]:
    """All scored responses (time order) and each answered version's concepts, primary first."""
    responses = await assessments_service.scored_responses(session)
    versions = await questions_service.get_versions(
        session, list({r.question_version_id for r in responses})
    )
    return responses, {vid: list(v.concept_ids) for vid, v in versions.items()}


async def load_interactions(session: AsyncSession) -> list[Interaction]:
    """The deployment's answers as a fitting log: student, primary concept, right, time.

    Only the primary concept: the mastery update gives secondary concepts half weight, and
    counting them fully here would fit their parameters on evidence the model discounts.
    Blank answers are left out, as the mastery update leaves them out. In time order.
    """
    responses, concepts = await _responses_with_concepts(session)
    return [
        Interaction(
            student_id=str(r.student_id),
            skill_id=concepts[r.question_version_id][0],
            correct=r.correct,
            timestamp=r.submitted_at.timestamp(),
        )
        for r in responses
        if not r.blank and concepts.get(r.question_version_id)
    ]


def answer_counts(rows: Sequence[Interaction]) -> dict[str, int]:
    """Answers per skill, stored beside the fitted parameters so `apply` can leave rare skills
    to the default."""
    return dict(sorted(Counter(row.skill_id for row in rows).items()))


@dataclass(frozen=True, slots=True)
class BktPlan:
    """What applying a parameters file writes, and what it leaves out."""

    default: BKTParams
    concepts: dict[str, BKTParams]
    unknown: list[str]  # skills that are not concepts of the curriculum
    rare: list[str]  # concepts with too few answers: they keep the default

    def row(self) -> dict[str, Any]:
        return {
            "default": self.default.to_dict(),
            "concepts": {cid: p.to_dict() for cid, p in sorted(self.concepts.items())},
        }


def check_bkt(params: Mapping[str, Any]) -> tuple[BKTParams, dict[str, BKTParams]]:
    """The default and per-skill BKT parameters of a parameters file, or ValueError naming
    the first bad entry."""
    bkt = params.get("bkt")
    if not isinstance(bkt, Mapping):
        raise ValueError("bkt must be an object with default and skills")
    skills = bkt.get("skills")
    if not isinstance(skills, Mapping):
        raise ValueError("bkt.skills must be an object of skill -> parameters")
    default = _bkt("bkt.default", bkt.get("default"))
    return default, {str(skill): _bkt(f"bkt.skills.{skill}", p) for skill, p in skills.items()}


def _bkt(where: str, value: Any) -> BKTParams:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where} must be an object with prior, learn, slip, guess")
    try:
        return BKTParams.from_dict(dict(value))
    except KeyError as exc:
        raise ValueError(f"{where}: missing {exc.args[0]}") from None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: {exc}") from None


async def plan_bkt(
    session: AsyncSession,
    params: Mapping[str, Any],
    *,
    min_answers: int = MIN_ANSWERS_PER_CONCEPT,
) -> BktPlan:
    """Check a parameters file and decide what applying it writes (ValueError if it is bad).

    Skills that are concepts of the curriculum become per-concept parameters when the file
    shows at least `min_answers` answers for them (files without counts: all of them).
    """
    default, skills = check_bkt(params)
    raw_counts = params["bkt"].get("answers")
    counts = raw_counts if isinstance(raw_counts, Mapping) else None
    known = {c.id for c in await ConceptRepository.from_session(session).all()}
    concepts: dict[str, BKTParams] = {}
    unknown: list[str] = []
    rare: list[str] = []
    for skill, value in sorted(skills.items()):
        if skill not in known:
            unknown.append(skill)
        elif counts is not None and _count(counts, skill) < min_answers:
            rare.append(skill)
        else:
            concepts[skill] = value
    return BktPlan(default=default, concepts=concepts, unknown=unknown, rare=rare)


def _count(counts: Mapping[str, Any], skill: str) -> int:
    value = counts.get(skill, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"bkt.answers.{skill} must be a whole number, got {value!r}")
    return value


async def apply_bkt(session: AsyncSession, plan: BktPlan, *, now: datetime) -> None:
    """Write the BKT parameters into the deployment's row (in the caller's transaction); the
    learner model picks them up on its next call in every process."""
    await MasteryParametersRepository.from_session(session).put(bkt=plan.row(), now=now)


# --- FSRS parameters --------------------------------------------------------------------------


def review_logs(
    responses: Sequence[ScoredResponse], concepts: Mapping[uuid.UUID, Sequence[str]]
) -> list[ReviewLog]:
    """FSRS review logs as the mastery update records reviews: per submission and primary
    concept one review, rated by its worst answer (`scheduling.rating_for` against the
    attempt's time per item); a card per student and concept. Blank answers are no review."""
    items = Counter(r.attempt_id for r in responses)
    ratings: dict[tuple[uuid.UUID, uuid.UUID, str], tuple[datetime, Rating]] = {}
    for r in responses:
        tagged = concepts.get(r.question_version_id)
        if r.blank or not tagged:
            continue
        typical = r.time_limit_s * 1000 // max(items[r.attempt_id], 1) or None
        rating = scheduling.rating_for(r.correct, r.response_time_ms, typical)
        key = (r.attempt_id, r.student_id, tagged[0])
        found = ratings.get(key)
        ratings[key] = (r.submitted_at, rating if found is None else min(found[1], rating))
    cards: dict[tuple[uuid.UUID, str], int] = {}
    logs = []
    for (_, student, concept), (at, rating) in ratings.items():
        card = cards.setdefault((student, concept), len(cards) + 1)
        logs.append(
            ReviewLog(card_id=card, rating=rating, review_datetime=at, review_duration=None)
        )
    return logs


async def load_review_logs(session: AsyncSession) -> list[ReviewLog]:
    """The deployment's answers as FSRS review logs (see `review_logs`)."""
    responses, concepts = await _responses_with_concepts(session)
    return review_logs(responses, concepts)


@dataclass(frozen=True, slots=True)
class FsrsFit:
    parameters: list[float]
    optimizer: str  # "fsrs" (the package's) or "scipy" (scheduling.optimize_parameters)
    reviews: int  # reviews scored by the loss (more than a day after the previous one)
    loss_before: float
    loss_after: float


class TooFewReviews(ValueError):
    """The logs hold fewer scored reviews than the fit needs."""


def _package_optimizer(logs: Sequence[ReviewLog]) -> list[float] | None:
    """The fsrs package's own Optimizer when its extra (torch) is installed, else None."""
    try:
        from fsrs import Optimizer

        optimizer = Optimizer(list(logs))
    except ImportError:
        return None
    return [float(x) for x in optimizer.compute_optimal_parameters()]  # pragma: no cover


def fit_fsrs(
    logs: Sequence[ReviewLog],
    *,
    min_reviews: int = scheduling.MIN_REVIEWS_TO_OPTIMIZE,
    max_iter: int = 50,
) -> FsrsFit:
    """FSRS parameters for these logs: the package's optimiser if installed, else the SciPy
    one of `scheduling`. TooFewReviews below `min_reviews` scored reviews."""
    loss_before, reviews = scheduling.review_log_loss(logs)
    if reviews < min_reviews:
        raise TooFewReviews(
            f"{reviews} review(s) more than a day after the previous one; "
            f"at least {min_reviews} are needed to fit FSRS"
        )
    fitted = _package_optimizer(logs)
    optimizer = "fsrs"
    if fitted is None:
        optimizer = "scipy"
        fitted = scheduling.optimize_parameters(logs, min_reviews=min_reviews, max_iter=max_iter)
        assert fitted is not None  # the count was checked above
    loss_after, _ = scheduling.review_log_loss(logs, fitted)
    return FsrsFit(fitted, optimizer, reviews, loss_before, loss_after)


def check_fsrs(parameters: Any) -> list[float]:
    """FSRS parameters as stored: as many as the package's defaults, each within its bounds
    (ValueError naming the first bad one)."""
    if not isinstance(parameters, Sequence) or isinstance(parameters, str):
        raise ValueError("fsrs.parameters must be a list of numbers")
    if len(parameters) != len(DEFAULT_PARAMETERS):
        raise ValueError(
            f"fsrs.parameters needs {len(DEFAULT_PARAMETERS)} numbers, got {len(parameters)}"
        )
    values = []
    for index, (value, low, high) in enumerate(
        zip(parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    ):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"fsrs.parameters[{index}] must be a number, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"fsrs.parameters[{index}] = {value} lies outside [{low}, {high}]")
        values.append(float(value))
    return values


async def apply_fsrs(session: AsyncSession, parameters: Sequence[float], *, now: datetime) -> None:
    """Write FSRS parameters into the deployment's row, keeping its desired retention."""
    values = check_fsrs(list(parameters))
    repository = MasteryParametersRepository.from_session(session)
    current = await repository.current()
    retention = (current.fsrs or {}).get("desired_retention") if current is not None else None
    await repository.put(fsrs={"parameters": values, "desired_retention": retention}, now=now)
