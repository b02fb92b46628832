from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from gurukul.questions.checking import CheckableQuestion, Outcome
from gurukul.questions.draft import QuestionType


class InvalidScheme(ValueError):
    """A marking scheme that cannot be used; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class MarkingRule:
    """Marks for one question type.

    `partial` turns on partial credit for multiple-correct questions: when no wrong option is
    chosen but not all correct ones are, each correct option chosen earns `partial_unit`
    marks, or `correct / number of options` when that is None. With four options, +4 and a
    unit of 1 this is the JEE Advanced rule: all correct chosen +4; three of four correct
    chosen +3; two chosen where three or more are correct +2; one chosen where two or more
    are correct +1; any wrong option -2; blank 0.
    """

    correct: float
    wrong: float = 0.0
    blank: float = 0.0
    partial: bool = False
    partial_unit: float | None = None

    def __post_init__(self) -> None:
        numbers = (self.correct, self.wrong, self.blank, self.partial_unit or 0.0)
        if not all(math.isfinite(x) for x in numbers):
            raise InvalidScheme("marks must be finite numbers")
        if self.correct <= 0:
            raise InvalidScheme("marks for a correct answer must be positive")


@dataclass(frozen=True)
class MarkingScheme:
    """A named set of rules: `default`, unless `by_type` has one for the question's type.

    True/false questions fall back to the single-correct rule and template questions to the
    integer or numeric rule (by their answer kind) before the default.
    """

    name: str
    default: MarkingRule
    by_type: Mapping[QuestionType, MarkingRule] = field(default_factory=dict)

    def rule_for(self, question: CheckableQuestion) -> MarkingRule:
        kind = question.type
        if kind is QuestionType.TEMPLATE:
            kind = QuestionType.INTEGER if question.integer else QuestionType.NUMERIC
        if kind is QuestionType.TRUE_FALSE and kind not in self.by_type:
            kind = QuestionType.SINGLE
        return self.by_type.get(kind, self.default)


# JEE Main: +4/-1 for every question; the numerical section has had negative marking too
# since 2021. It has no multiple-correct questions, so those are scored all-or-nothing.
JEE_MAIN = MarkingScheme("jee_main", default=MarkingRule(correct=4, wrong=-1))


def jee_advanced(
    *, numeric_correct: float = 3.0, single_correct: float = 3.0, single_wrong: float = -1.0
) -> MarkingScheme:
    """JEE Advanced marking: single +3/-1, multiple +4/-2 with partial credit, numbers +3/0.

    The paper changes from year to year; `numeric_correct` (+3 or +4, never negative) and the
    single-correct marks are parameters.
    """
    numeric = MarkingRule(correct=numeric_correct, wrong=0.0)
    return MarkingScheme(
        "jee_advanced",
        default=MarkingRule(correct=single_correct, wrong=single_wrong),
        by_type={
            QuestionType.MULTIPLE: MarkingRule(correct=4, wrong=-2, partial=True, partial_unit=1),
            QuestionType.INTEGER: numeric,
            QuestionType.NUMERIC: numeric,
        },
    )


JEE_ADVANCED = jee_advanced()
_CUSTOM_KEYS = frozenset({"correct", "wrong", "blank", "partial"})


def custom_scheme(spec: Mapping[str, float | bool]) -> MarkingScheme:
    """Scheme from `{"correct": x, "wrong": y, "blank": z, "partial": bool}`.

    Missing keys default to correct 1, wrong 0, blank 0, partial false. Partial credit is
    proportional: each correct option chosen earns correct / number of options.
    """
    unknown = set(spec) - _CUSTOM_KEYS
    if unknown:
        raise InvalidScheme(f"unknown marking keys: {', '.join(sorted(unknown))}")
    marks: dict[str, float] = {}
    for key, default in (("correct", 1.0), ("wrong", 0.0), ("blank", 0.0)):
        value = spec.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidScheme(f"{key} must be a number")
        marks[key] = float(value)
    partial = spec.get("partial", False)
    if not isinstance(partial, bool):
        raise InvalidScheme("partial must be true or false")
    rule = MarkingRule(**marks, partial=partial)
    return MarkingScheme("custom", default=rule)


def scheme_for(marking: str, custom: Mapping[str, float | bool] | None = None) -> MarkingScheme:
    """The scheme a question draft names: "jee_main", "jee_advanced" or "custom"."""
    if marking == "jee_main":
        return JEE_MAIN
    if marking == "jee_advanced":
        return JEE_ADVANCED
    if marking == "custom":
        if custom is None:
            raise InvalidScheme("custom marking needs its marks")
        return custom_scheme(custom)
    raise InvalidScheme(f"unknown marking scheme {marking!r}")


class ItemScore(NamedTuple):
    marks: float
    max_marks: float


def score_item(scheme: MarkingScheme, question: CheckableQuestion, outcome: Outcome) -> ItemScore:
    """Marks for one checked answer under `scheme`, with the most the question can give."""
    rule = scheme.rule_for(question)
    if outcome.is_blank:
        marks = rule.blank
    elif outcome.correct:
        marks = rule.correct
    elif rule.partial and outcome.partial and question.type is QuestionType.MULTIPLE:
        unit = rule.partial_unit
        if unit is None:
            unit = rule.correct / question.n_options
        chosen = len(set(outcome.selected) & question.correct_options)
        marks = chosen * unit
    else:
        marks = rule.wrong
    return ItemScore(marks=float(marks), max_marks=float(rule.correct))


@dataclass(frozen=True)
class QuestionMeta:
    """A question as an attempt sees it: checkable data, its scheme, subject and concepts."""

    question: CheckableQuestion
    scheme: MarkingScheme = JEE_MAIN
    subject: str | None = None
    concepts: tuple[str, ...] = ()


class AttemptItem(NamedTuple):
    meta: QuestionMeta
    outcome: Outcome
    response_time_ms: int | None = None


@dataclass(frozen=True)
class Breakdown:
    """Totals for one subject or concept.

    For concepts the counts are weights: a question tagged with k concepts adds 1/k of its
    marks, maximum, count and time to each.
    """

    marks: float = 0.0
    max_marks: float = 0.0
    questions: float = 0.0
    attempted: float = 0.0
    correct: float = 0.0
    time_ms: float = 0.0

    @property
    def accuracy(self) -> float | None:
        """Fully correct answers over attempted ones; None when nothing was attempted."""
        return self.correct / self.attempted if self.attempted else None

    def plus(self, score: ItemScore, outcome: Outcome, time_ms: float, share: float) -> Breakdown:
        return Breakdown(
            marks=self.marks + share * score.marks,
            max_marks=self.max_marks + share * score.max_marks,
            questions=self.questions + share,
            attempted=self.attempted + (0.0 if outcome.is_blank else share),
            correct=self.correct + (share if outcome.correct else 0.0),
            time_ms=self.time_ms + share * time_ms,
        )


@dataclass(frozen=True)
class AttemptScore:
    """The score of a whole attempt.

    `accuracy` is fully correct answers over attempted (non-blank) ones, None if none was
    attempted; partially credited answers count as attempted but not correct. `time_ms` sums
    the response times given. `partial` counts answers with some but not all correct options
    and no wrong one, whether or not the scheme gives them credit. Questions without a subject
    are left out of `by_subject`; questions without concepts are left out of `by_concept`.
    """

    total: float
    max_marks: float
    attempted: int
    correct: int
    partial: int
    wrong: int
    blank: int
    accuracy: float | None
    time_ms: int
    items: tuple[ItemScore, ...]
    by_subject: dict[str, Breakdown]
    by_concept: dict[str, Breakdown]


def score_attempt(
    items: Sequence[AttemptItem | tuple[QuestionMeta, Outcome, int | None]],
) -> AttemptScore:
    """Score every answer of an attempt and total them, overall, by subject and by concept."""
    scores: list[ItemScore] = []
    by_subject: defaultdict[str, Breakdown] = defaultdict(Breakdown)
    by_concept: defaultdict[str, Breakdown] = defaultdict(Breakdown)
    correct = partial = wrong = blank = 0
    time_ms = 0
    for meta, outcome, response_time_ms in items:
        if response_time_ms is not None and response_time_ms < 0:
            raise ValueError("response time cannot be negative")
        elapsed = response_time_ms or 0
        time_ms += elapsed
        score = score_item(meta.scheme, meta.question, outcome)
        scores.append(score)
        if outcome.is_blank:
            blank += 1
        elif outcome.correct:
            correct += 1
        elif outcome.partial:
            partial += 1
        else:
            wrong += 1
        if meta.subject is not None:
            by_subject[meta.subject] = by_subject[meta.subject].plus(score, outcome, elapsed, 1.0)
        concepts = dict.fromkeys(meta.concepts)  # drop repeats, keep order
        for concept in concepts:
            share = 1.0 / len(concepts)
            by_concept[concept] = by_concept[concept].plus(score, outcome, elapsed, share)
    attempted = len(scores) - blank
    return AttemptScore(
        total=sum(s.marks for s in scores),
        max_marks=sum(s.max_marks for s in scores),
        attempted=attempted,
        correct=correct,
        partial=partial,
        wrong=wrong,
        blank=blank,
        accuracy=correct / attempted if attempted else None,
        time_ms=time_ms,
        items=tuple(scores),
        by_subject=dict(by_subject),
        by_concept=dict(by_concept),
    )


@dataclass(frozen=True)
class AttemptValue:
    """Expected marks from attempting a question and the marks from leaving it blank."""

    attempt: float
    skip: float

    @property
    def gain(self) -> float:
        return self.attempt - self.skip

    @property
    def worth_attempting(self) -> bool:
        """True when attempting is expected to beat skipping (a tie is not worth the risk)."""
        return self.gain > 0


def attempt_value(p_correct: float | None, rule: MarkingRule, n_options: int = 4) -> AttemptValue:
    """Expected marks of attempting versus skipping one question under `rule`.

    attempt = p × correct + (1 - p) × wrong and skip = blank, where p is the chance of a fully
    correct answer (partial credit is ignored, so the figure is conservative for partially
    marked questions). With p None the answer is a blind guess: p = 1 / n_options, or 0 for
    a question without options. Under JEE Main (+4/-1) attempting pays once p > 1/5.
    """
    if p_correct is None:
        p_correct = 1.0 / n_options if n_options > 0 else 0.0
    if not 0.0 <= p_correct <= 1.0:
        raise ValueError("p_correct must be within [0, 1]")
    attempt = p_correct * rule.correct + (1.0 - p_correct) * rule.wrong
    return AttemptValue(attempt=attempt, skip=rule.blank)


class StrategyItem(NamedTuple):
    meta: QuestionMeta
    outcome: Outcome
    p_correct: float | None  # the learner's chance before answering, e.g. from mastery


@dataclass(frozen=True)
class StrategyAdvice:
    attempted: bool
    worth_attempting: bool
    expected_gain: float  # expected marks of attempting minus those of skipping


@dataclass(frozen=True)
class StrategyReport:
    """Negative-marking coaching for one attempt, in expected marks.

    `lost_to_bad_attempts` sums skip - attempt over the questions attempted although skipping
    had the higher expected value; `left_by_skips` sums attempt - skip over the questions
    skipped although attempting had the higher expected value. Both use the chance of a
    correct answer as estimated before the attempt, not whether the answer turned out right.
    """

    advice: tuple[StrategyAdvice, ...]
    lost_to_bad_attempts: float
    left_by_skips: float


def strategy(
    items: Sequence[StrategyItem | tuple[QuestionMeta, Outcome, float | None]],
) -> StrategyReport:
    """Which questions were worth attempting, and what the attempt/skip choices cost."""
    advice: list[StrategyAdvice] = []
    lost = left = 0.0
    for meta, outcome, p_correct in items:
        rule = meta.scheme.rule_for(meta.question)
        value = attempt_value(p_correct, rule, meta.question.n_options)
        attempted = not outcome.is_blank
        if attempted and value.gain < 0:
            lost -= value.gain
        elif not attempted and value.gain > 0:
            left += value.gain
        advice.append(StrategyAdvice(attempted, value.worth_attempting, value.gain))
    return StrategyReport(advice=tuple(advice), lost_to_bad_attempts=lost, left_by_skips=left)
