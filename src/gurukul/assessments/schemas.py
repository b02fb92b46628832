from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from gurukul.core.schemas import Schema

MAX_ANSWERS = 500

# What a submitted answer may be: an option id, a list of option ids, or a number.
AnswerValue = str | list[str] | float | int | bool | None


class OptionServed(BaseModel):
    id: str
    text: str


class QuestionServed(BaseModel):
    """A question as the student sees it: no answer, explanation or key."""

    question_id: uuid.UUID
    type: str
    text: str
    options: list[OptionServed]
    marks: float
    subject: str | None = None


class ServedTest(BaseModel):
    attempt_id: uuid.UUID
    kind: str
    period: str | None
    status: str
    issued_at: datetime
    deadline: datetime
    time_limit_s: int
    questions: list[QuestionServed]


class AnswerIn(Schema):
    question_id: uuid.UUID
    answer: AnswerValue = None
    response_time_ms: int | None = Field(default=None, ge=0, le=24 * 3600 * 1000)


class SubmissionIn(Schema):
    attempt_id: uuid.UUID
    answers: list[AnswerIn] = Field(default_factory=list, max_length=MAX_ANSWERS)


class PracticeIn(Schema):
    concept_ids: list[str] = Field(min_length=1, max_length=50)
    count: int = Field(default=10, ge=1, le=50)


class BreakdownRead(BaseModel):
    marks: float
    max_marks: float
    questions: float
    attempted: float
    correct: float
    accuracy: float | None
    time_ms: float


class QuestionResult(BaseModel):
    question_id: uuid.UUID
    position: int
    type: str
    text: str
    answer: Any
    correct: bool
    partial: bool
    blank: bool
    marks: float
    max_marks: float
    response_time_ms: int | None
    correct_answer: Any
    explanation: str | None
    concepts: list[str]
    subject: str | None
    p_correct_before: float | None
    worth_attempting: bool
    expected_gain: float


class StrategyRead(BaseModel):
    lost_to_bad_attempts: float
    left_by_skips: float


class ResultRead(BaseModel):
    """What a scored attempt shows; `rank` and `percentile` are "so far" (None for practice)."""

    attempt_id: uuid.UUID
    kind: str
    status: str
    score: float
    max_score: float
    accuracy: float | None
    attempted: int
    correct: int
    partial: int
    wrong: int
    blank: int
    rank: int | None
    percentile: float | None
    candidates: int | None
    time_used_ms: int
    time_limit_s: int
    submitted_at: datetime
    late: bool
    by_subject: dict[str, BreakdownRead]
    by_concept: dict[str, BreakdownRead]
    questions: list[QuestionResult]
    strategy: StrategyRead
