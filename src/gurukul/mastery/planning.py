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
from typing import Literal, NamedTuple

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


class ConceptMastery(NamedTuple):
    """What the learner model knows of one student on one concept (a named tuple: a read
    builds one per row, hundreds per call, and tuples are the cheapest to build)."""

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


@dataclass(frozen=True, slots=True)
class PlanGraph:
    """The prerequisite structure a study plan reads, derived once per curriculum version by
    `plan_graph` and reused for every student: walking the graph for each failing concept on
    each call was most of the plan's Python time."""

    order: tuple[str, ...]  # the planned concepts, by id
    hard: Mapping[str, tuple[str, ...]]  # concept -> direct HARD prerequisites (any), by id
    hard_planned: Mapping[str, frozenset[str]]  # the same, among the planned concepts only
    below: Mapping[str, frozenset[str]]  # transitive HARD prerequisites among the planned
    share: Mapping[str, float]  # exam weight / the heaviest planned concept's (1.0 if none)


def plan_graph(graph: ConceptGraph, concepts: Mapping[str, ConceptInfo]) -> PlanGraph:
    """What `study_plan` needs of ``graph`` for the planned ``concepts``; pure, so a caller
    may keep it for as long as the graph and the concepts are unchanged.

    The transitive closure follows HARD edges through any concept (also ones not planned,
    such as units) and keeps the planned ones.
    """
    order = tuple(sorted(concepts))
    hard = {
        c: tuple(
            e.prerequisite
            for e in graph.direct_prerequisites(c)
            if e.criticality is Criticality.HARD
        )
        for c in order
    }
    top = max((info.exam_weight for info in concepts.values()), default=0.0)
    return PlanGraph(
        order=order,
        hard=hard,
        hard_planned={c: frozenset(p for p in hard[c] if p in concepts) for c in order},
        below={
            c: frozenset(p for p, _ in graph.prerequisites(c, hard_only=True) if p in concepts)
            for c in order
        },
        share={c: concepts[c].exam_weight / top if top > 0 else 1.0 for c in order},
    )


def _gaps(
    mastery: Mapping[str, ConceptMastery], prepared: PlanGraph, min_attempts: int
) -> dict[str, list[str]]:
    """Root prerequisite gaps -> the failing concepts they sit under (sorted).

    A concept never studied counts as mastery 0 with no attempts.
    """
    weak: set[str] = set()
    failing: list[str] = []
    for concept_id in prepared.order:
        m = mastery.get(concept_id)
        p, attempts = (0.0, 0) if m is None else (m.p, m.attempts)
        if p < WEAK:
            weak.add(concept_id)
            if attempts >= min_attempts:
                failing.append(concept_id)
    roots = {c for c in weak if weak.isdisjoint(prepared.hard_planned[c])}
    gaps: dict[str, list[str]] = {}
    for concept_id in failing:
        for root in roots.intersection(prepared.below[concept_id]):
            gaps.setdefault(root, []).append(concept_id)
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
    prepared: PlanGraph | None = None,
) -> list[PlanItem]:
    """What to study next, at most ``limit`` items, best first (method in the module docstring).

    ``retention`` (concept -> FSRS retrievability now) sharpens reviews and their reasons;
    ``subject_names`` turns subject codes into names in reasons. Only concepts in
    ``concepts`` are planned. ``prepared`` is `plan_graph(graph, concepts)`, kept by a caller
    that plans many students over one curriculum; it is computed here when not given.
    """
    name = phase.name if isinstance(phase, Phase) else PhaseName(phase)
    mix = PHASE_MIX[name]
    retention = retention or {}
    prepared = prepared or plan_graph(graph, concepts)
    floor = mix.weight_floor
    span = 1.0 - floor
    share = prepared.share

    # Candidates are (-value, concept): a plain sort then ranks them best first, ties by id.
    taken: set[str] = set()
    candidates: dict[Kind, list[tuple[float, str]]] = {kind: [] for kind in KIND_ORDER}

    gaps = _gaps(mastery, prepared, min_attempts)
    for gap, failing in gaps.items():
        m = mastery.get(gap)
        heaviest = max(share[gap], *(share[c] for c in failing))
        candidates["gap"].append((-(floor + span * heaviest) * (1.0 - (m.p if m else 0.0)), gap))
        taken.add(gap)

    for concept_id in dict.fromkeys(due_reviews):
        if concept_id in taken or concept_id not in concepts:
            continue
        r = retention.get(concept_id)
        need = 1.0 - (DEFAULT_RETENTION if r is None else r) / 2.0
        candidates["review"].append((-(floor + span * share[concept_id]) * need, concept_id))
        taken.add(concept_id)

    mastered = {c for c, m in mastery.items() if m.p >= MASTERED}
    strengthen, frontier = candidates["strengthen"], candidates["frontier"]
    for concept_id in prepared.order:
        if concept_id in taken or concept_id in mastered:
            continue
        m = mastery.get(concept_id)
        p, attempts = (0.0, 0) if m is None else (m.p, m.attempts)
        if attempts >= min_attempts:
            strengthen.append((-(floor + span * share[concept_id]) * (1.0 - p), concept_id))
        elif mastered.issuperset(prepared.hard[concept_id]):
            frontier.append((-(floor + span * share[concept_id]) * (1.0 - p), concept_id))

    scored: list[tuple[float, int, str, Kind]] = []  # (-score, kind order, concept, kind)
    for order, kind in enumerate(KIND_ORDER):
        ranked = candidates[kind]
        ranked.sort()
        factor = mix.factor(kind)
        for rank, (negative, concept_id) in enumerate(ranked):
            score = factor * -negative / (1 + rank)
            if score > 0:
                scored.append((-score, order, concept_id, kind))
    scored.sort()
    # Reasons are text for the few items shown, so they are written only for those.
    reason = _Reasons(mastery, concepts, prepared, gaps, retention, subject_names or {}, now)
    return [
        PlanItem(concept_id, kind, -negative, reason(kind, concept_id))
        for negative, _, concept_id, kind in scored[: max(limit, 0)]
    ]


@dataclass(frozen=True, slots=True)
class _Reasons:
    """The reason text of a chosen plan item, from the data its kind was chosen on."""

    mastery: Mapping[str, ConceptMastery]
    concepts: Mapping[str, ConceptInfo]
    prepared: PlanGraph
    gaps: Mapping[str, list[str]]
    retention: Mapping[str, float]
    subject_names: Mapping[str, str]
    now: datetime

    def __call__(self, kind: Kind, concept_id: str) -> str:
        if kind == "gap":
            return self.gap(concept_id)
        if kind == "review":
            return self.review(concept_id)
        p, attempts, correct = _record(self.mastery, concept_id)
        share = _percent_of_subject(self.concepts[concept_id], self.subject_names)
        if kind == "strengthen":
            label = "Weak spot" if p < WEAK else "Strengthen"
            return f"{label}: mastery {p:.0%} after {_attempts_text(attempts, correct)}; {share}"
        hard = self.prepared.hard[concept_id]
        ready = (
            f"all prerequisites mastered ({_names(hard, self.concepts)})"
            if hard
            else "no prerequisites"
        )
        text = f"Next on the frontier: {ready}; {share}"
        return text + f"; mastery {p:.0%} so far" if attempts else text

    def gap(self, concept_id: str) -> str:
        p, attempts, _ = _record(self.mastery, concept_id)
        level = f"mastery {p:.0%}" if attempts or concept_id in self.mastery else "not studied yet"
        failing = ", ".join(
            f"{self.concepts[c].name} ({_attempts_text(*_record(self.mastery, c)[1:])})"
            for c in self.gaps[concept_id]
        )
        return (
            f"Prerequisite gap: {self.concepts[concept_id].name} ({level}) is needed for "
            f"{failing}, which you are getting wrong"
        )

    def review(self, concept_id: str) -> str:
        m = self.mastery.get(concept_id)
        r = self.retention.get(concept_id)
        text = "Due for review: " + _days_ago(m.last_seen if m else None, self.now)
        return text if r is None else text + f", retention ~{r:.0%}"
