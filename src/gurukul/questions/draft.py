"""Plain data for a question on its way into or out of the bank (no I/O, no ORM).

Every import format parses into `QuestionDraft` and every export format writes from it,
so a round trip through any format can be checked by comparing drafts.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

import orjson


class QuestionType(StrEnum):
    SINGLE = "single"  # single-correct MCQ
    MULTIPLE = "multiple"  # multiple-correct MCQ
    INTEGER = "integer"
    NUMERIC = "numeric"  # numeric answer with tolerance
    TRUE_FALSE = "true_false"
    TEMPLATE = "template"  # parameterised; instances generated per attempt from a seed


class Difficulty(StrEnum):
    EASY = "EASY"
    MEDIUM = "MEDIUM"
    HARD = "HARD"


@dataclass
class OptionDraft:
    id: str  # "A", "B", ... stable within the question
    text: str  # Markdown with LaTeX
    correct: bool = False
    feedback: str | None = None
    misconception: str | None = None  # e.g. "sign error in work done by friction"
    weight: float | None = None  # partial credit in percent, where a format carries it


@dataclass
class NumericAnswer:
    value: float
    tolerance: float = 0.0  # absolute


@dataclass
class TemplateVariable:
    name: str
    min: float
    max: float
    step: float = 1.0


@dataclass
class TemplateSpec:
    variables: list[TemplateVariable]
    answer_formula: str  # arithmetic over the variables; evaluated safely, never eval()
    tolerance: float = 0.0
    answer_kind: str = "numeric"  # "numeric" or "integer"


@dataclass
class QuestionDraft:
    type: QuestionType
    text: str
    options: list[OptionDraft] = field(default_factory=list)
    numeric: NumericAnswer | None = None  # integer / numeric answers
    truth: bool | None = None  # true_false answers
    template: TemplateSpec | None = None
    explanation: str | None = None
    marking: str = "jee_main"  # jee_main (+4/-1), jee_advanced (partial), custom
    marking_custom: dict[str, float] | None = None  # {"correct": 3, "wrong": -1, ...}
    concepts: list[str] = field(default_factory=list)  # first is primary
    difficulty: Difficulty = Difficulty.MEDIUM
    source: str | None = None
    year: int | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    external_id: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def content_hash(self) -> str:
        """Hash of what makes two questions the same item (not tags, source or concepts)."""
        body = {
            "type": str(self.type),
            "text": " ".join(self.text.split()),
            "options": [(" ".join(o.text.split()), o.correct) for o in self.options],
            "numeric": asdict(self.numeric) if self.numeric else None,
            "truth": self.truth,
            "template": asdict(self.template) if self.template else None,
        }
        return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()
