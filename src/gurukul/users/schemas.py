"""Profile and cohort payloads; the field types are shared with sign-up."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

import phonenumbers
from pydantic import AfterValidator, BaseModel, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from gurukul.auth.principal import Role
from gurukul.core.schemas import Schema
from gurukul.users.models import (
    COACHING_CENTER_MAX_LENGTH,
    COHORT_NAME_MAX_LENGTH,
    FULL_NAME_MAX_LENGTH,
    MAX_DAILY_STUDY_MINUTES,
    MIN_DAILY_STUDY_MINUTES,
    STANDARDS,
)

MAX_COACHES_PER_REQUEST = 50
MAX_STUDENTS_PER_REQUEST = 500


class Locale(StrEnum):
    """Interface languages: English and the most spoken Indian languages."""

    en = "en"
    hi = "hi"
    bn = "bn"
    ta = "ta"
    te = "te"
    mr = "mr"
    gu = "gu"
    kn = "kn"
    ml = "ml"
    pa = "pa"


def _check_standard(value: int) -> int:
    if value not in STANDARDS:
        raise PydanticCustomError("invalid_standard", "Standard must be 11 or 12")
    return value


def normalize_phone(value: str) -> str:
    """The number in E.164 form; raises ValueError when it is not a valid international number."""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _check_phone(value: str) -> str:
    if not value.startswith("+"):
        raise PydanticCustomError(
            "invalid_phone", "Phone must be in international E.164 form, like +919876543210"
        )
    try:
        return normalize_phone(value)
    except ValueError as exc:
        raise PydanticCustomError(
            "invalid_phone", "Phone must be a valid number in E.164 form, like +919876543210"
        ) from exc


FullName = Annotated[str, StringConstraints(min_length=1, max_length=FULL_NAME_MAX_LENGTH)]
Standard = Annotated[
    int, Field(json_schema_extra={"enum": list(STANDARDS)}), AfterValidator(_check_standard)
]
CoachingCenter = Annotated[
    str, StringConstraints(min_length=1, max_length=COACHING_CENTER_MAX_LENGTH)
]
Phone = Annotated[
    str,
    StringConstraints(max_length=32),
    Field(examples=["+919876543210"]),
    AfterValidator(_check_phone),
]
DailyStudyMinutes = Annotated[int, Field(ge=MIN_DAILY_STUDY_MINUTES, le=MAX_DAILY_STUDY_MINUTES)]
CohortName = Annotated[str, StringConstraints(min_length=1, max_length=COHORT_NAME_MAX_LENGTH)]


class ProfileRead(BaseModel):
    id: uuid.UUID
    email: str
    role: Role
    full_name: str
    standard: int | None
    exam_target: date | None
    coaching_center: str | None
    phone: str | None
    locale: Locale
    daily_study_minutes: int
    updated_at: datetime | None


class ProfileUpdate(Schema):
    """Only the fields sent change; `null` clears an optional field."""

    full_name: FullName | None = None
    standard: Standard | None = None
    exam_target: date | None = None
    coaching_center: CoachingCenter | None = None
    phone: Phone | None = None
    locale: Locale | None = None
    daily_study_minutes: DailyStudyMinutes | None = None

    @field_validator("full_name", "locale", "daily_study_minutes")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # Validators run only for fields that were sent, so this refuses an explicit null.
        if value is None:
            raise PydanticCustomError("null_not_allowed", "This field cannot be cleared")
        return value


class CohortCreate(Schema):
    name: CohortName
    coach_ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_COACHES_PER_REQUEST)


class CohortCoachesAdd(Schema):
    coach_ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_COACHES_PER_REQUEST)


class CohortStudentsAdd(Schema):
    student_ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_STUDENTS_PER_REQUEST)


class CohortRead(BaseModel):
    id: uuid.UUID
    name: str
    coach_ids: list[uuid.UUID]
    student_count: int
    created_at: datetime


class CohortStudentRead(BaseModel):
    id: uuid.UUID
    email: str
    full_name: str
    standard: int | None
    exam_target: date | None
    joined_at: datetime
