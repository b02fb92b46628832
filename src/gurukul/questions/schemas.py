from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from gurukul.core.schemas import ReadSchema, Schema
from gurukul.questions.draft import Difficulty, QuestionType
from gurukul.questions.models import Calibration, QuestionStatus

ConceptIdField = Field(max_length=80, pattern=r"^[A-Z][A-Z0-9]*(\.[A-Z][A-Z0-9_]*)+$")
Marking = Literal["jee_main", "jee_advanced", "custom"]

# --- admin payloads ---------------------------------------------------------------------------


class OptionIn(Schema):
    id: str = Field(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9_-]+$")
    text: str = Field(max_length=10_000)
    correct: bool = False
    feedback: str | None = Field(default=None, max_length=10_000)
    misconception: str | None = Field(default=None, max_length=300)
    weight: float | None = Field(default=None, ge=-100, le=100)


class NumericIn(Schema):
    value: float = Field(allow_inf_nan=False)
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False)


class TemplateVariableIn(Schema):
    name: str = Field(min_length=1, max_length=40)
    min: float = Field(allow_inf_nan=False)
    max: float = Field(allow_inf_nan=False)
    step: float = Field(default=1.0, allow_inf_nan=False)


class TemplateIn(Schema):
    variables: list[TemplateVariableIn] = Field(max_length=20)
    answer_formula: str = Field(min_length=1, max_length=500)
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False)
    answer_kind: Literal["numeric", "integer"] = "numeric"


class IrtIn(Schema):
    a: float = Field(default=1.0, gt=0, le=10, allow_inf_nan=False)
    b: float = Field(default=0.0, ge=-10, le=10, allow_inf_nan=False)
    c: float = Field(default=0.0, ge=0, lt=1, allow_inf_nan=False)
    calibration: Calibration = Calibration.uncalibrated


class QuestionCreate(Schema):
    type: QuestionType
    text: str = Field(min_length=1, max_length=20_000)
    options: list[OptionIn] = Field(default_factory=list, max_length=26)
    numeric: NumericIn | None = None
    truth: bool | None = None
    template: TemplateIn | None = None
    explanation: str | None = Field(default=None, max_length=20_000)
    marking: Marking = "jee_main"
    marking_custom: dict[str, float] | None = None
    concepts: list[str] = Field(default_factory=list, max_length=10)  # first is primary
    difficulty: Difficulty = Difficulty.MEDIUM
    irt: IrtIn | None = None  # defaults from difficulty and the number of options
    source: str | None = Field(default=None, max_length=200)
    year: int | None = Field(default=None, ge=1900, le=2100)
    category: str | None = Field(default=None, max_length=500)
    tags: list[str] = Field(default_factory=list, max_length=50)
    external_id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=255)


class QuestionUpdate(Schema):
    """Only the fields given change; the result is checked as a whole."""

    type: QuestionType | None = None
    text: str | None = Field(default=None, min_length=1, max_length=20_000)
    options: list[OptionIn] | None = Field(default=None, max_length=26)
    numeric: NumericIn | None = None
    truth: bool | None = None
    template: TemplateIn | None = None
    explanation: str | None = Field(default=None, max_length=20_000)
    marking: Marking | None = None
    marking_custom: dict[str, float] | None = None
    concepts: list[str] | None = Field(default=None, max_length=10)
    difficulty: Difficulty | None = None
    irt: IrtIn | None = None
    source: str | None = Field(default=None, max_length=200)
    year: int | None = Field(default=None, ge=1900, le=2100)
    category: str | None = Field(default=None, max_length=500)
    tags: list[str] | None = Field(default=None, max_length=50)
    external_id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=255)


class StatusChange(Schema):
    status: QuestionStatus


class BulkTag(Schema):
    question_ids: list[uuid.UUID] = Field(min_length=1, max_length=500)
    add: list[str] = Field(default_factory=list, max_length=10)
    remove: list[str] = Field(default_factory=list, max_length=10)


class BulkTagResult(ReadSchema):
    updated: int


# --- admin views -----------------------------------------------------------------------------


class OptionRead(ReadSchema):
    id: str
    text: str
    correct: bool
    feedback: str | None = None
    misconception: str | None = None
    weight: float | None = None


class NumericRead(ReadSchema):
    value: float
    tolerance: float


class IrtRead(ReadSchema):
    a: float
    b: float
    c: float
    calibration: Calibration


class ImageRead(ReadSchema):
    id: uuid.UUID
    url: str
    markdown: str
    content_type: str
    size: int
    filename: str


class QuestionRead(ReadSchema):
    """Everything about the latest version, answers included: admins only."""

    id: uuid.UUID  # the logical question
    version_id: uuid.UUID
    version: int
    published_version_id: uuid.UUID | None
    status: QuestionStatus
    type: QuestionType
    title: str | None
    text: str
    options: list[OptionRead]
    numeric: NumericRead | None
    truth: bool | None
    template: dict[str, Any] | None
    explanation: str | None
    marking: str
    marking_custom: dict[str, float] | None
    concepts: list[str]
    subject_code: str | None
    difficulty: Difficulty
    irt: IrtRead
    source: str | None
    year: int | None
    category: str | None
    tags: list[str]
    external_id: str | None
    content_hash: str
    images: list[ImageRead] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime | None
    published_at: datetime | None


class QuestionVersionSummary(ReadSchema):
    version_id: uuid.UUID
    version: int
    status: QuestionStatus
    is_latest: bool
    content_hash: str
    created_at: datetime
    published_at: datetime | None


# --- student views: never an answer, a correct flag, an explanation or a misconception -----


class OptionPublic(ReadSchema):
    id: str
    text: str


class QuestionPublic(ReadSchema):
    version_id: uuid.UUID
    question_id: uuid.UUID
    type: QuestionType
    text: str
    options: list[OptionPublic]
    marking: str
    difficulty: Difficulty
    concepts: list[str]
    subject_code: str | None
    source: str | None
    year: int | None


class SearchHitRead(ReadSchema):
    question_id: uuid.UUID
    version_id: uuid.UUID
    type: QuestionType
    title: str | None
    status: QuestionStatus
    difficulty: Difficulty
    subject_code: str | None
    source: str | None
    year: int | None
    score: float
    snippet: str  # HTML-escaped text with <mark>...</mark> around the matched words


class SearchPage(ReadSchema):
    items: list[SearchHitRead]
    next_cursor: str | None = None


# --- statistics ----------------------------------------------------------------------------


class OptionStatisticsRead(ReadSchema):
    option_id: str
    is_key: bool
    count: int
    share: float | None
    upper_count: int
    lower_count: int
    misconception: str | None = None


class ItemStatisticsRead(ReadSchema):
    question_id: uuid.UUID
    version_id: uuid.UUID
    attempts: int
    facility: float | None
    discrimination: float | None
    point_biserial: float | None
    upper_group_size: int
    lower_group_size: int
    options: list[OptionStatisticsRead]
    flags: list[str]
