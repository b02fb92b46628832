"""The student's preparation phase and study plan ("what next"), over plain data.

Preparation phase (`preparation_phase`): the first matching row wins. ``days`` is the number
of days from today to the exam (0 on the exam day); ``coverage`` is defined below.

=================  ==========================================  =============================
Phase              Rule                                        Focus
=================  ==========================================  =============================
EXAM_OVER          days < 0                                    set the next exam date
FINAL_SPRINT       0 <= days <= 10                             reviews and high-weight weak
                                                               spots, no new topics
REVISION           days <= 42 (six weeks)                      reviews and strengthening
FOUNDATION         coverage < 35 %                             prerequisites and new topics
BUILDING           coverage < 75 %                             new topics, gaps, reviews
CONSOLIDATION      otherwise                                   strengthening and reviews
=================  ==========================================  =============================

Without an exam date only the last three rows apply.

Coverage: the share of the exam's weight held by concepts the student has *covered*, a
concept being covered when it has at least one attempt or a mastery of at least
``MASTERED`` (0.8; mastery can come from evidence on dependent concepts without an attempt):
coverage = sum(exam_weight of covered concepts) / sum(exam_weight of all concepts). Pass the
leaf concepts (topics), not units that sum their topics, or weights count twice.

Study plan (`study_plan`): four kinds of item, each concept in one kind only (the first that
applies, in this order):

- ``gap``: a weak prerequisite (mastery < ``WEAK``) along HARD edges below a concept the
  student is failing (``min_attempts`` or more attempts, mastery < ``WEAK``), taken at its
  root: a weak prerequisite whose own HARD prerequisites are not weak, so it can be studied
  now.
- ``review``: due for review (FSRS), from ``due_reviews``.
- ``strengthen``: attempted ``min_attempts`` times or more and not yet mastered.
- ``frontier``: HARD prerequisites all mastered, the concept not yet, fewer than
  ``min_attempts`` attempts.

Each item has a need in [0, 1] (1 - mastery; for reviews 1 - retention / 2, so that a due
review always counts) and a weight term w = floor + (1 - floor) x exam_weight / max weight,
where the phase sets the floor (late phases care only about marks). A gap weighs the
heaviest of itself and the concepts it blocks, and early phases rank it first: it is why a
concept is being failed. Its score is
phase_factor(kind) x w x need / (1 + the number of items of its kind ranked above it): the
divisor gives diminishing returns, so the list mixes kinds in the proportions the phase
factors set. Ordered by score, then kind, then concept id.

=================  ======  =====  ==========  ========  ============
Phase              review  gap    strengthen  frontier  weight floor
=================  ======  =====  ==========  ========  ============
FOUNDATION         1.0     1.5    0.8         1.2       0.5
BUILDING           1.0     1.5    0.9         1.0       0.5
CONSOLIDATION      1.0     1.3    1.0         0.6       0.25
REVISION           1.2     1.0    1.1         0.3       0.0
FINAL_SPRINT       1.5     0.5    1.0         0.1       0.0
EXAM_OVER          as CONSOLIDATION
=================  ======  =====  ==========  ========  ============
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from gurukul.curriculum.graph import ConceptGraph, Criticality

MASTERED = 0.8  # the mastery at which a concept counts as mastered (and covered)
WEAK = 0.5  # below this a concept is weak; a weak concept with attempts is being failed
MIN_ATTEMPTS = 2  # fewer attempts are too little evidence to call a concept weak
DEFAULT_RETENTION = 0.9  # FSRS's target retention, for a due review with no estimate
FINAL_SPRINT_DAYS = 10
REVISION_DAYS = 42
FOUNDATION_COVERAGE = 0.35
BUILDING_COVERAGE = 0.75
MAX_NAMES = 3  # prerequisites named in a reason before "and N more"

Kind = Literal["review", "gap", "frontier", "strengthen"]
KIND_ORDER: tuple[Kind, ...] = ("review", "gap", "strengthen", "frontier")


class PhaseName(StrEnum):
    FOUNDATION = "FOUNDATION"
    BUILDING = "BUILDING"
    CONSOLIDATION = "CONSOLIDATION"
    REVISION = "REVISION"
    FINAL_SPRINT = "FINAL_SPRINT"
    EXAM_OVER = "EXAM_OVER"


@dataclass(frozen=True, slots=True)
class PhaseMix:
    review: float
    gap: float
    strengthen: float
    frontier: float
    weight_floor: float

    def factor(self, kind: Kind) -> float:
        return float(getattr(self, kind))


PHASE_MIX: Mapping[PhaseName, PhaseMix] = {
    PhaseName.FOUNDATION: PhaseMix(1.0, 1.5, 0.8, 1.2, 0.5),
    PhaseName.BUILDING: PhaseMix(1.0, 1.5, 0.9, 1.0, 0.5),
    PhaseName.CONSOLIDATION: PhaseMix(1.0, 1.3, 1.0, 0.6, 0.25),
    PhaseName.REVISION: PhaseMix(1.2, 1.0, 1.1, 0.3, 0.0),
    PhaseName.FINAL_SPRINT: PhaseMix(1.5, 0.5, 1.0, 0.1, 0.0),
    PhaseName.EXAM_OVER: PhaseMix(1.0, 1.3, 1.0, 0.6, 0.25),
}


@dataclass(frozen=True, slots=True)
class Phase:
    name: PhaseName
    reason: str


@dataclass(frozen=True, slots=True)
class ConceptMastery:
    """What the learner model knows of one student on one concept."""

    p: float  # P(mastered)
    attempts: int
    last_seen: datetime | None
    correct: int | None = None


@dataclass(frozen=True, slots=True)
class ConceptInfo:
    subject: str
    exam_weight: float  # share of the subject's marks
    difficulty: int
    layer: int
    name: str


@dataclass(frozen=True, slots=True)
class PlanItem:
    concept_id: str
    kind: Kind
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class WeakSpot:
    concept_id: str
    p: float
    attempts: int
    reason: str


def coverage(
    mastery: Mapping[str, ConceptMastery],
    concepts: Mapping[str, ConceptInfo],
    *,
    mastered: float = MASTERED,
) -> float:
    """The share of exam weight the student has covered (attempted, or mastered); 0 to 1."""
    total = sum(info.exam_weight for info in concepts.values())
    if total <= 0:
        return 0.0
    covered = sum(
        info.exam_weight
        for concept_id, info in concepts.items()
        if (m := mastery.get(concept_id)) is not None and (m.attempts > 0 or m.p >= mastered)
    )
    return covered / total


def preparation_phase(*, today: date, exam_date: date | None, coverage: float) -> Phase:
    """The preparation phase from the days left and coverage (the table in this module)."""
    if not 0.0 <= coverage <= 1.0:
        raise ValueError(f"coverage must lie in [0, 1], got {coverage!r}")
    covered = f"{coverage:.0%} of the exam's marks covered"
    if exam_date is not None:
        days = (exam_date - today).days
        if days < 0:
            return Phase(
                PhaseName.EXAM_OVER,
                f"The exam was {-days} days ago: set the next exam date to plan for it.",
            )
        when = "today" if days == 0 else f"in {days} days"
        if days <= FINAL_SPRINT_DAYS:
            return Phase(
                PhaseName.FINAL_SPRINT,
                f"The exam is {when}: review what you know and fix high-weight weak spots; "
                "no new topics.",
            )
        if days <= REVISION_DAYS:
            return Phase(
                PhaseName.REVISION,
                f"The exam is {when} (under six weeks), {covered}: revise and strengthen.",
            )
        lead = f"The exam is {when}, {covered}"
    else:
        lead = f"No exam date set, {covered}"
    if coverage < FOUNDATION_COVERAGE:
        return Phase(PhaseName.FOUNDATION, f"{lead}: build the foundations first.")
    if coverage < BUILDING_COVERAGE:
        return Phase(PhaseName.BUILDING, f"{lead}: cover new topics as their prerequisites allow.")
    return Phase(PhaseName.CONSOLIDATION, f"{lead}: strengthen weak spots and keep reviewing.")


def _percent_of_subject(info: ConceptInfo, subject_names: Mapping[str, str]) -> str:
    return f"{info.exam_weight:.1%} of {subject_names.get(info.subject, info.subject)} marks"


def _record(
    mastery: Mapping[str, ConceptMastery], concept_id: str
) -> tuple[float, int, int | None]:
    m = mastery.get(concept_id)
    return (0.0, 0, None) if m is None else (m.p, m.attempts, m.correct)


def _attempts_text(attempts: int, correct: int | None) -> str:
    plural = "attempt" if attempts == 1 else "attempts"
    right = "" if correct is None else f", {correct} right"
    return f"{attempts} {plural}{right}"


def weak_spots(
    mastery: Mapping[str, ConceptMastery],
    concepts: Mapping[str, ConceptInfo],
    *,
    threshold: float = WEAK,
    min_attempts: int = MIN_ATTEMPTS,
    subject_names: Mapping[str, str] | None = None,
) -> list[WeakSpot]:
    """Concepts with ``min_attempts`` or more attempts and mastery below ``threshold``.

    Worst first by exam weight x (1 - mastery), then by concept id. Concepts missing from
    ``concepts`` are left out.
    """
    names = subject_names or {}
    found = []
    for concept_id, m in mastery.items():
        info = concepts.get(concept_id)
        if info is None or m.attempts < min_attempts or m.p >= threshold:
            continue
        reason = (
            f"Weak spot: mastery {m.p:.0%} after {_attempts_text(m.attempts, m.correct)}; "
            f"{_percent_of_subject(info, names)}"
        )
        found.append(
            (info.exam_weight * (1.0 - m.p), WeakSpot(concept_id, m.p, m.attempts, reason))
        )
    found.sort(key=lambda pair: (-pair[0], pair[1].concept_id))
    return [spot for _, spot in found]


def _names(ids: Iterable[str], concepts: Mapping[str, ConceptInfo]) -> str:
    names = [concepts[i].name if i in concepts else i for i in ids]
    if len(names) > MAX_NAMES:
        names = [*names[:MAX_NAMES], f"{len(names) - MAX_NAMES} more"]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _days_ago(last_seen: datetime | None, now: datetime) -> str:
    if last_seen is None:
        return "not seen yet"
    days = (now - last_seen).days
    if days <= 0:
        return "last seen today"
    return "last seen 1 day ago" if days == 1 else f"last seen {days} days ago"


def _gaps(
    mastery: Mapping[str, ConceptMastery],
    graph: ConceptGraph,
    concepts: Mapping[str, ConceptInfo],
    min_attempts: int,
) -> dict[str, list[str]]:
    """Root prerequisite gaps -> the failing concepts they sit under (sorted)."""

    def weak(concept_id: str) -> bool:
        return _record(mastery, concept_id)[0] < WEAK

    gaps: dict[str, list[str]] = {}
    for concept_id in sorted(concepts):
        p, attempts, _ = _record(mastery, concept_id)
        if attempts < min_attempts or p >= WEAK:
            continue
        for prerequisite, _depth in graph.prerequisites(concept_id, hard_only=True):
            if prerequisite not in concepts or not weak(prerequisite):
                continue
            below = [
                e.prerequisite
                for e in graph.direct_prerequisites(prerequisite)
                if e.criticality is Criticality.HARD
            ]
            if not any(weak(p) for p in below if p in concepts):
                gaps.setdefault(prerequisite, []).append(concept_id)
    return gaps


def study_plan(
    *,
    mastery: Mapping[str, ConceptMastery],
    graph: ConceptGraph,
    concepts: Mapping[str, ConceptInfo],
    due_reviews: Sequence[str],
    phase: Phase | PhaseName,
    now: datetime,
    limit: int = 10,
    retention: Mapping[str, float] | None = None,
    subject_names: Mapping[str, str] | None = None,
    min_attempts: int = MIN_ATTEMPTS,
) -> list[PlanItem]:
    """What to study next, at most ``limit`` items, best first (method in the module docstring).

    ``retention`` (concept -> FSRS retrievability now) sharpens reviews and their reasons;
    ``subject_names`` turns subject codes into names in reasons. Only concepts in
    ``concepts`` are planned.
    """
    name = phase.name if isinstance(phase, Phase) else PhaseName(phase)
    mix = PHASE_MIX[name]
    names = subject_names or {}
    retention = retention or {}
    top = max((info.exam_weight for info in concepts.values()), default=0.0)

    def weight_term(*ids: str) -> float:
        share = max(concepts[i].exam_weight for i in ids) / top if top > 0 else 1.0
        return mix.weight_floor + (1.0 - mix.weight_floor) * share

    taken: set[str] = set()
    candidates: dict[Kind, list[tuple[float, str, str]]] = {kind: [] for kind in KIND_ORDER}

    for gap, failing in sorted(_gaps(mastery, graph, concepts, min_attempts).items()):
        p, attempts, _ = _record(mastery, gap)
        level = f"mastery {p:.0%}" if attempts or gap in mastery else "not studied yet"
        failing_text = ", ".join(
            f"{concepts[c].name} ({_attempts_text(*_record(mastery, c)[1:])})" for c in failing
        )
        reason = (
            f"Prerequisite gap: {concepts[gap].name} ({level}) is needed for "
            f"{failing_text}, which you are getting wrong"
        )
        candidates["gap"].append((weight_term(gap, *failing) * (1.0 - p), gap, reason))
        taken.add(gap)

    for concept_id in dict.fromkeys(due_reviews):
        if concept_id in taken or concept_id not in concepts:
            continue
        m = mastery.get(concept_id)
        r = retention.get(concept_id)
        reason = "Due for review: " + _days_ago(m.last_seen if m else None, now)
        if r is not None:
            reason += f", retention ~{r:.0%}"
        need = 1.0 - (DEFAULT_RETENTION if r is None else r) / 2.0
        candidates["review"].append((weight_term(concept_id) * need, concept_id, reason))
        taken.add(concept_id)

    mastered = {c for c, m in mastery.items() if m.p >= MASTERED}
    for concept_id in sorted(concepts):
        if concept_id in taken or concept_id in mastered:
            continue
        p, attempts, correct = _record(mastery, concept_id)
        info = concepts[concept_id]
        if attempts >= min_attempts:
            label = "Weak spot" if p < WEAK else "Strengthen"
            reason = (
                f"{label}: mastery {p:.0%} after {_attempts_text(attempts, correct)}; "
                f"{_percent_of_subject(info, names)}"
            )
            candidates["strengthen"].append(
                (weight_term(concept_id) * (1.0 - p), concept_id, reason)
            )
        elif graph.frontier(mastered, [concept_id]):
            hard = [
                e.prerequisite
                for e in graph.direct_prerequisites(concept_id)
                if e.criticality is Criticality.HARD
            ]
            ready = (
                f"all prerequisites mastered ({_names(hard, concepts)})"
                if hard
                else "no prerequisites"
            )
            reason = f"Next on the frontier: {ready}; {_percent_of_subject(info, names)}"
            if attempts:
                reason += f"; mastery {p:.0%} so far"
            candidates["frontier"].append((weight_term(concept_id) * (1.0 - p), concept_id, reason))

    items: list[tuple[float, int, str, PlanItem]] = []
    for order, kind in enumerate(KIND_ORDER):
        ranked = sorted(candidates[kind], key=lambda c: (-c[0], c[1]))
        for rank, (value, concept_id, reason) in enumerate(ranked):
            score = mix.factor(kind) * value / (1 + rank)
            if score > 0:
                items.append((score, order, concept_id, PlanItem(concept_id, kind, score, reason)))
    items.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
    return [item for *_, item in items[: max(limit, 0)]]
