"""Plain data for a question on its way into or out of the bank (no I/O, no ORM).

Every import format parses into `QuestionDraft` and every export format writes from it,
so a round trip through any format can be checked by comparing drafts.
"""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuestionDraft:
        """Inverse of `to_dict()` (enums as their string values); ValueError names the bad field."""
        return _from_mapping(cls, data, "")

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


_D = TypeVar("_D")


def _from_mapping(cls: type[_D], data: object, path: str) -> _D:
    """Build dataclass `cls` from plain JSON-like data, checking every field's type strictly."""
    where = path or "question"
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    spec = fields(cls)  # type: ignore[arg-type]
    unknown = sorted(str(k) for k in data if k not in {f.name for f in spec})
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}")
    missing = [
        f.name
        for f in spec
        if f.name not in data and f.default is MISSING and f.default_factory is MISSING
    ]
    if missing:
        raise ValueError(f"{where}: missing field(s) {', '.join(missing)}")
    kwargs = {
        f.name: _convert(data[f.name], hints[f.name], f"{path}.{f.name}" if path else f.name)
        for f in spec
        if f.name in data
    }
    return cls(**kwargs)


def _convert(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(value, inner, where)
    if origin is list:
        if not isinstance(value, list):
            raise ValueError(f"{where}: expected a list")
        return [_convert(v, args[0], f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, Mapping):
            raise ValueError(f"{where}: expected an object")
        return {
            _convert(k, args[0], where): _convert(v, args[1], f"{where}.{k}")
            for k, v in value.items()
        }
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        try:
            return hint(value)
        except ValueError:
            allowed = ", ".join(m.value for m in hint)
            raise ValueError(f"{where}: {value!r} is not one of {allowed}") from None
    if hint is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where}: expected true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{where}: expected a whole number")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: expected a number")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected a string")
        return value
    return _from_mapping(hint, value, where)
