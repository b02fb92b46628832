from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from gurukul.core.schemas import ReadSchema
from gurukul.mastery.planning import Kind, PhaseName


class ConceptMasteryRead(ReadSchema):
    student_id: uuid.UUID
    concept_id: str
    name: str
    subject_code: str
    p_mastery: float
    mastered: bool
    attempts: int
    correct: int
    accuracy: float | None  # None before the first attempt
    first_seen: datetime | None
    last_seen: datetime | None
    due_at: datetime | None
    retrievability: float | None  # FSRS's P(recall) now; None before the first review
    gap_suspected: bool


class MasterySummary(ReadSchema):
    mastery: float  # exam-weighted mean P(mastered), the model's prior for unseen topics
    coverage: float  # share of the exam weight attempted or mastered
    topics: int
    mastered: int
    attempted: int


class SubjectMasteryRead(MasterySummary):
    subject_code: str
    name: str


class OverallRead(ReadSchema):
    student_id: uuid.UUID
    overall: MasterySummary
    subjects: list[SubjectMasteryRead]


class WeakSpotRead(ReadSchema):
    concept_id: str
    name: str
    subject_code: str
    p_mastery: float
    attempts: int
    reason: str


class ProgressPoint(ReadSchema):
    day: date
    mastery: float


class SubjectProgressRead(ReadSchema):
    subject_code: str
    name: str
    points: list[ProgressPoint]


class ConceptProgressRead(ReadSchema):
    concept_id: str
    name: str
    points: list[ProgressPoint]


class ProgressRead(ReadSchema):
    student_id: uuid.UUID
    start: date
    end: date
    # One point per day with activity in the window; values carry earlier days forward.
    subjects: list[SubjectProgressRead]
    concept: ConceptProgressRead | None = None


class PlanItemRead(ReadSchema):
    concept_id: str
    name: str
    subject_code: str
    kind: Kind
    score: float
    reason: str


class PhaseRead(ReadSchema):
    student_id: uuid.UUID
    phase: PhaseName
    reason: str
    rule: str
    exam_target: date | None
    days_to_exam: int | None
    coverage: float


class StudyPlanRead(ReadSchema):
    student_id: uuid.UUID
    phase: PhaseName
    phase_reason: str
    items: list[PlanItemRead]


class ReviewRead(ReadSchema):
    concept_id: str
    name: str
    due_at: datetime
    overdue: bool


class DashboardRead(ReadSchema):
    student_id: uuid.UUID
    mastery: MasterySummary
    subjects: list[SubjectMasteryRead]
    phase: PhaseRead
    next: list[PlanItemRead]
    upcoming_reviews: list[ReviewRead]
    # Filled by the assessments domain (see mastery.service.dashboard).
    upcoming_tests: list[dict[str, Any]]
    recent_results: list[dict[str, Any]]
