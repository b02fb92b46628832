from __future__ import annotations

import math
import numbers
import re
from collections.abc import Iterable
from dataclasses import dataclass

from gurukul.questions.draft import QuestionDraft, QuestionType, TemplateSpec
from gurukul.questions.templates import TemplateInstance

MAX_ANSWER_LENGTH = 64  # characters in a typed numeric answer; longer is not a number anyone typed
# Float noise allowance on top of the stated tolerance, so 0.1 + 0.2 matches 0.3 exactly-keyed.
RELATIVE_SLACK = 1e-9

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_TRUE = frozenset({"true", "t", "yes"})
_FALSE = frozenset({"false", "f", "no"})
TRUE_FALSE_IDS = ("true", "false")

_CHOICE_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE})


class InvalidAnswer(ValueError):
    """An answer that cannot be checked at all (not merely wrong): the caller's 4xx."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UncheckableQuestion(ValueError):
    """A question whose data does not say what the right answer is."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Outcome:
    """Result of checking one answer.

    `partial` is true only for a multiple-correct question answered with some, but not all,
    of the correct options and no wrong one. `selected` is the answer in normal form: option
    ids in the question's order, "true"/"false", or the number as text; empty when blank.
    """

    correct: bool
    partial: bool
    selected: tuple[str, ...]
    is_blank: bool


BLANK = Outcome(correct=False, partial=False, selected=(), is_blank=True)


@dataclass(frozen=True)
class CheckableQuestion:
    """What checking and scoring need to know about a question, and nothing else.

    Choice questions (single, multiple, true/false) carry option ids and the correct ones;
    true/false uses the ids "true" and "false". Number questions (integer, numeric, template)
    carry the value, an absolute tolerance, and whether the answer must match exactly as a
    whole number.
    """

    type: QuestionType
    options: tuple[str, ...] = ()
    correct_options: frozenset[str] = frozenset()
    value: float | None = None
    tolerance: float = 0.0
    integer: bool = False

    def __post_init__(self) -> None:
        if self.type in _CHOICE_TYPES:
            if len(set(self.options)) != len(self.options):
                raise UncheckableQuestion("option ids must be unique")
            if not self.correct_options:
                raise UncheckableQuestion("no option is marked correct")
            if not self.correct_options <= set(self.options):
                raise UncheckableQuestion("a correct option is not among the options")
            if self.type is QuestionType.TRUE_FALSE and (
                self.options != TRUE_FALSE_IDS or len(self.correct_options) != 1
            ):
                raise UncheckableQuestion("build true/false questions with true_false(truth)")
        else:
            if self.value is None or not math.isfinite(self.value):
                raise UncheckableQuestion("a number question needs a finite answer value")
            if not math.isfinite(self.tolerance) or self.tolerance < 0:
                raise UncheckableQuestion("tolerance must be a finite number >= 0")
            if self.integer and not float(self.value).is_integer():
                raise UncheckableQuestion("an integer question needs a whole-number answer")

    @property
    def n_options(self) -> int:
        return len(self.options)

    @classmethod
    def from_draft(cls, draft: QuestionDraft) -> CheckableQuestion:
        """Build from a draft; template drafts are checked per instance (`from_template`)."""
        kind = draft.type
        if kind is QuestionType.TEMPLATE:
            raise UncheckableQuestion("template questions are checked per generated instance")
        if kind is QuestionType.TRUE_FALSE:
            return cls.true_false(_draft_truth(draft))
        if kind in _CHOICE_TYPES:
            return cls(
                type=kind,
                options=tuple(o.id for o in draft.options),
                correct_options=frozenset(o.id for o in draft.options if o.correct),
            )
        if draft.numeric is None:
            raise UncheckableQuestion(f"a {kind} question needs a numeric answer")
        integer = kind is QuestionType.INTEGER
        return cls(
            type=kind,
            value=draft.numeric.value,
            tolerance=0.0 if integer else draft.numeric.tolerance,
            integer=integer,
        )

    @classmethod
    def from_template(cls, spec: TemplateSpec, instance: TemplateInstance) -> CheckableQuestion:
        """Build for one generated instance of a template question."""
        integer = spec.answer_kind == "integer"
        return cls(
            type=QuestionType.TEMPLATE,
            value=float(instance.answer),
            tolerance=0.0 if integer else spec.tolerance,
            integer=integer,
        )

    @classmethod
    def true_false(cls, truth: bool) -> CheckableQuestion:
        return cls(
            type=QuestionType.TRUE_FALSE,
            options=TRUE_FALSE_IDS,
            correct_options=frozenset({"true" if truth else "false"}),
        )


def _draft_truth(draft: QuestionDraft) -> bool:
    if draft.truth is not None:
        return draft.truth
    # some formats carry true/false as two options, one of them marked correct
    marked = [o for o in draft.options if o.correct]
    if len(marked) == 1:
        for key in (marked[0].id, marked[0].text):
            key = key.strip().casefold()
            if key in _TRUE or key in _FALSE:
                return key in _TRUE
    raise UncheckableQuestion("a true/false question needs its truth value")


def _is_blank(answer: object) -> bool:
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, list | tuple | set | frozenset):
        return all(_is_blank(item) for item in answer)
    return False


def _option_id(question: CheckableQuestion, answer: object) -> str:
    if not isinstance(answer, str):
        raise InvalidAnswer(f"an option id must be text, not {type(answer).__name__}")
    key = answer.strip()
    if key in question.options:
        return key
    folded = [o for o in question.options if o.casefold() == key.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise InvalidAnswer(f"unknown option {key[:MAX_ANSWER_LENGTH]!r}")


def _option_ids(question: CheckableQuestion, answer: object) -> set[str]:
    items: Iterable[object]
    if isinstance(answer, str):
        items = answer.split(",")
    elif isinstance(answer, list | tuple | set | frozenset):
        items = answer
    else:
        raise InvalidAnswer(f"expected a list of option ids, not {type(answer).__name__}")
    return {_option_id(question, item) for item in items if not _is_blank(item)}


def _truth_id(answer: object) -> str:
    if isinstance(answer, bool):
        return "true" if answer else "false"
    if isinstance(answer, str):
        key = answer.strip().casefold()
        if key in _TRUE:
            return "true"
        if key in _FALSE:
            return "false"
    raise InvalidAnswer("expected true or false")


def parse_number(answer: object) -> float:
    """A finite float from an int, float or plain decimal text such as "4.47", "-3", "2.5e3".

    Rejects booleans, NaN, infinities, overflow, thousands separators, decimal commas and
    anything float() would accept beyond plain decimals (underscores, "infinity"), each with
    an InvalidAnswer saying why.
    """
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real | str):
        raise InvalidAnswer(f"expected a number, not {type(answer).__name__}")
    if isinstance(answer, str):
        text = answer.strip().replace("\u2212", "-")  # the minus sign a phone keyboard gives
        if len(text) > MAX_ANSWER_LENGTH:
            raise InvalidAnswer("number is too long")
        if "," in text:
            raise InvalidAnswer("use a decimal point, without thousands separators")
        if not _NUMBER.fullmatch(text):
            raise InvalidAnswer(f"not a number: {text!r}")
        answer = text
    try:
        value = float(answer)
    except OverflowError:
        raise InvalidAnswer("number is too large") from None
    if not math.isfinite(value):
        raise InvalidAnswer("number must be finite")
    return value


def _number_text(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def check(question: CheckableQuestion, answer: object) -> Outcome:
    """Check one answer against a question.

    The answer is an option id for single (a one-item list is accepted too); true/false takes
    a bool or "true"/"false"; multiple takes a list of ids (or "A,C"); integer, numeric and
    template take a number or numeric text. None, "" and [] are blank. Integer answers must
    equal the value exactly; numeric ones may differ by the absolute tolerance (plus a 1e-9
    relative allowance for float noise). Raises InvalidAnswer for an answer that is neither
    blank nor checkable: an unknown option, text that is not a number, NaN or infinity.
    """
    if _is_blank(answer):
        return BLANK
    kind = question.type
    if kind in _CHOICE_TYPES:
        if kind is QuestionType.MULTIPLE:
            chosen = _option_ids(question, answer)
        elif kind is QuestionType.TRUE_FALSE:
            chosen = {_truth_id(answer)}
        else:
            if isinstance(answer, list | tuple) and len(answer) == 1:
                answer = answer[0]
            chosen = {_option_id(question, answer)}
        selected = tuple(o for o in question.options if o in chosen)
        if kind is QuestionType.MULTIPLE:
            correct = chosen == question.correct_options
            partial = not correct and chosen <= question.correct_options
        else:
            # a single-correct question may accept more than one option (NTA's bonus rulings)
            correct, partial = chosen <= question.correct_options, False
        return Outcome(correct=correct, partial=partial, selected=selected, is_blank=False)
    value = parse_number(answer)
    assert question.value is not None  # guaranteed for number questions by __post_init__
    if question.integer:
        correct = value == question.value
    else:
        slack = RELATIVE_SLACK * max(1.0, abs(question.value))
        correct = abs(value - question.value) <= question.tolerance + slack
    return Outcome(correct=correct, partial=False, selected=(_number_text(value),), is_blank=False)
