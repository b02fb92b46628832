from __future__ import annotations

from pydantic import Field

from gurukul.core.schemas import ReadSchema, Schema
from gurukul.curriculum.graph import Criticality

ConceptId = Field(pattern=r"^[A-Z][A-Z0-9]*(\.[A-Z][A-Z0-9_]*)+$", max_length=80)


class ConceptRead(ReadSchema):
    id: str
    name: str
    subject_code: str
    layer: int
    parent_id: str | None
    difficulty: int
    exam_weight: float
    standard: int | None
    description: str


class ConceptCreate(Schema):
    id: str = ConceptId
    name: str = Field(min_length=1, max_length=160)
    subject_code: str = Field(pattern=r"^[A-Z][A-Z0-9]*$", max_length=16)
    layer: int = Field(ge=1, le=20)
    parent_id: str | None = Field(default=None, max_length=80)
    difficulty: int = Field(default=3, ge=1, le=5)
    exam_weight: float = Field(default=0.0, ge=0, le=1)
    standard: int | None = Field(default=None, ge=11, le=12)
    description: str = Field(default="", max_length=2000)


class ConceptUpdate(Schema):
    name: str | None = Field(default=None, min_length=1, max_length=160)
    layer: int | None = Field(default=None, ge=1, le=20)
    parent_id: str | None = Field(default=None, max_length=80)
    difficulty: int | None = Field(default=None, ge=1, le=5)
    exam_weight: float | None = Field(default=None, ge=0, le=1)
    standard: int | None = Field(default=None, ge=11, le=12)
    description: str | None = Field(default=None, max_length=2000)


class PrerequisiteCreate(Schema):
    concept_id: str = ConceptId
    prerequisite_concept_id: str = ConceptId
    weight: float = Field(default=1.0, ge=0, le=1)
    criticality: Criticality = Criticality.HARD
    transfer_coefficient: float = Field(default=0.5, ge=0, le=1)


class PrerequisiteRead(ReadSchema):
    concept_id: str
    prerequisite_concept_id: str
    weight: float
    criticality: Criticality
    transfer_coefficient: float


class RelatedConcept(ReadSchema):
    id: str
    name: str
    subject_code: str
    depth: int
    criticality: Criticality | None = None  # of the direct edge, for depth 1


class TopicRead(ReadSchema):
    concept: ConceptRead
    subtopics: list[ConceptRead]
    prerequisites: list[RelatedConcept]
    dependents: list[RelatedConcept]


class PrerequisitesRead(ReadSchema):
    concept_id: str
    prerequisites: list[RelatedConcept]


class DependentsRead(ReadSchema):
    concept_id: str
    dependents: list[RelatedConcept]


class SubjectRead(ReadSchema):
    code: str
    name: str
