import math

import pytest

from gurukul.assessments.scoring import (
    JEE_ADVANCED,
    JEE_MAIN,
    AttemptItem,
    AttemptValue,
    Breakdown,
    InvalidScheme,
    ItemScore,
    MarkingRule,
    MarkingScheme,
    QuestionMeta,
    StrategyItem,
    attempt_value,
    custom_scheme,
    jee_advanced,
    scheme_for,
    score_attempt,
    score_item,
    strategy,
)
from gurukul.questions.checking import BLANK, CheckableQuestion, check
from gurukul.questions.draft import QuestionType


def choice(kind: QuestionType, correct: str, ids: str = "ABCD") -> CheckableQuestion:
    return CheckableQuestion(kind, tuple(ids), frozenset(correct))


def number(value: float, kind: QuestionType = QuestionType.NUMERIC) -> CheckableQuestion:
    return CheckableQuestion(kind, value=value, integer=kind is QuestionType.INTEGER)


SINGLE = choice(QuestionType.SINGLE, "B")
INTEGER = number(7, QuestionType.INTEGER)
NUMERIC = number(4.47)
TRUE = CheckableQuestion.true_false(True)
TEMPLATE_NUMERIC = CheckableQuestion(QuestionType.TEMPLATE, value=2.5, tolerance=0.1)
TEMPLATE_INTEGER = CheckableQuestion(QuestionType.TEMPLATE, value=2, integer=True)


def marks(scheme_name: str, question: CheckableQuestion, answer: object) -> float:
    scheme = JEE_ADVANCED if scheme_name == "adv" else JEE_MAIN
    return score_item(scheme, question, check(question, answer)).marks


class TestJeeAdvancedMultiple:
    """Every case of the JEE Advanced partial-marking rule (four options)."""

    @pytest.mark.parametrize(
        ("correct", "chosen", "expected"),
        [
            # all four options correct
            ("ABCD", "ABCD", 4),
            ("ABCD", "ABC", 3),
            ("ABCD", "BCD", 3),
            ("ABCD", "AD", 2),
            ("ABCD", "C", 1),
            # three correct
            ("ABD", "ABD", 4),
            ("ABD", "AB", 2),
            ("ABD", "BD", 2),
            ("ABD", "D", 1),
            ("ABD", "ABC", -2),
            ("ABD", "ABCD", -2),
            ("ABD", "C", -2),
            # two correct
            ("BC", "BC", 4),
            ("BC", "B", 1),
            ("BC", "C", 1),
            ("BC", "BD", -2),
            ("BC", "A", -2),
            ("BC", "ABCD", -2),
            # one correct
            ("A", "A", 4),
            ("A", "B", -2),
            ("A", "AB", -2),
            # blank
            ("ABD", "", 0),
            ("A", "", 0),
        ],
    )
    def test_marks(self, correct: str, chosen: str, expected: int) -> None:
        question = choice(QuestionType.MULTIPLE, correct)
        assert marks("adv", question, list(chosen)) == expected

    def test_max_marks(self) -> None:
        question = choice(QuestionType.MULTIPLE, "AB")
        assert score_item(JEE_ADVANCED, question, check(question, ["A"])) == ItemScore(1, 4)


class TestJeeAdvancedOthers:
    @pytest.mark.parametrize(("answer", "expected"), [("B", 3), ("A", -1), ("", 0)])
    def test_single(self, answer: str, expected: int) -> None:
        assert marks("adv", SINGLE, answer) == expected

    @pytest.mark.parametrize(("answer", "expected"), [("7", 3), ("8", 0), (None, 0)])
    def test_integer_has_no_negative_marks(self, answer: object, expected: int) -> None:
        assert marks("adv", INTEGER, answer) == expected

    @pytest.mark.parametrize(("answer", "expected"), [("4.47", 3), ("5", 0)])
    def test_numeric(self, answer: str, expected: int) -> None:
        assert marks("adv", NUMERIC, answer) == expected

    def test_numeric_marks_are_a_parameter(self) -> None:
        scheme = jee_advanced(numeric_correct=4)
        assert score_item(scheme, NUMERIC, check(NUMERIC, "4.47")) == ItemScore(4, 4)
        assert score_item(scheme, INTEGER, check(INTEGER, "1")) == ItemScore(0, 4)

    def test_single_marks_are_parameters(self) -> None:
        scheme = jee_advanced(single_correct=4, single_wrong=-2)
        assert score_item(scheme, SINGLE, check(SINGLE, "A")) == ItemScore(-2, 4)

    def test_true_false_uses_the_single_rule(self) -> None:
        assert marks("adv", TRUE, False) == -1


class TestJeeMain:
    @pytest.mark.parametrize(
        ("question", "answer", "expected"),
        [
            (SINGLE, "B", 4),
            (SINGLE, "C", -1),
            (SINGLE, None, 0),
            (INTEGER, 7, 4),
            (INTEGER, 6, -1),  # numerical section has negative marking since 2021
            (NUMERIC, "4.47", 4),
            (NUMERIC, "4", -1),
            (TRUE, True, 4),
        ],
    )
    def test_marks(self, question: CheckableQuestion, answer: object, expected: int) -> None:
        assert marks("main", question, answer) == expected

    def test_multiple_is_all_or_nothing(self) -> None:
        question = choice(QuestionType.MULTIPLE, "ABD")
        assert marks("main", question, ["A", "B"]) == -1
        assert marks("main", question, ["A", "B", "D"]) == 4


class TestSchemeRules:
    def test_template_uses_the_numeric_rule(self) -> None:
        assert JEE_ADVANCED.rule_for(TEMPLATE_NUMERIC) == MarkingRule(3, 0)

    def test_template_uses_the_integer_rule(self) -> None:
        scheme = jee_advanced(numeric_correct=4)
        assert scheme.rule_for(TEMPLATE_INTEGER).correct == 4

    def test_true_false_rule_can_be_its_own(self) -> None:
        scheme = MarkingScheme(
            "tf", MarkingRule(4, -1), {QuestionType.TRUE_FALSE: MarkingRule(1, -1)}
        )
        assert scheme.rule_for(TRUE) == MarkingRule(1, -1)

    @pytest.mark.parametrize("bad", [math.nan, math.inf])
    def test_marks_must_be_finite(self, bad: float) -> None:
        with pytest.raises(InvalidScheme, match="finite"):
            MarkingRule(correct=4, wrong=bad)

    def test_correct_must_be_positive(self) -> None:
        with pytest.raises(InvalidScheme, match="positive"):
            MarkingRule(correct=0)


class TestCustomScheme:
    def test_all_or_nothing(self) -> None:
        scheme = custom_scheme({"correct": 2, "wrong": -0.5, "blank": 0})
        question = choice(QuestionType.MULTIPLE, "AB")
        assert score_item(scheme, question, check(question, ["A"])) == ItemScore(-0.5, 2)

    def test_proportional_partial_credit(self) -> None:
        scheme = custom_scheme({"correct": 3, "wrong": -1, "partial": True})
        question = choice(QuestionType.MULTIPLE, "ABC")
        assert score_item(scheme, question, check(question, ["A", "C"])).marks == 1.5

    def test_partial_credit_ignored_for_other_types(self) -> None:
        # a partial outcome can only come from a multiple-correct check; scoring stays safe
        scheme = custom_scheme({"correct": 3, "wrong": -1, "partial": True})
        outcome = check(choice(QuestionType.MULTIPLE, "AB"), ["A"])
        assert score_item(scheme, SINGLE, outcome).marks == -1

    def test_blank_marks(self) -> None:
        scheme = custom_scheme({"correct": 1, "blank": 0.25})
        assert score_item(scheme, SINGLE, BLANK) == ItemScore(0.25, 1)

    def test_defaults(self) -> None:
        assert custom_scheme({}).default == MarkingRule(correct=1, wrong=0, blank=0)

    def test_unknown_key(self) -> None:
        with pytest.raises(InvalidScheme, match="unknown marking keys: bonus"):
            custom_scheme({"correct": 4, "bonus": 1})

    @pytest.mark.parametrize("bad", [True, "4", None])
    def test_marks_must_be_numbers(self, bad: object) -> None:
        with pytest.raises(InvalidScheme, match="correct must be a number"):
            custom_scheme({"correct": bad})  # type: ignore[dict-item]

    def test_partial_must_be_bool(self) -> None:
        with pytest.raises(InvalidScheme, match="partial must be true or false"):
            custom_scheme({"partial": 1})

    def test_reason(self) -> None:
        with pytest.raises(InvalidScheme) as info:
            custom_scheme({"correct": -4})
        assert info.value.reason == "marks for a correct answer must be positive"


class TestSchemeFor:
    def test_named(self) -> None:
        assert scheme_for("jee_main") is JEE_MAIN
        assert scheme_for("jee_advanced") is JEE_ADVANCED

    def test_custom(self) -> None:
        assert scheme_for("custom", {"correct": 3}).default.correct == 3

    def test_custom_without_marks(self) -> None:
        with pytest.raises(InvalidScheme, match="needs its marks"):
            scheme_for("custom")

    def test_unknown(self) -> None:
        with pytest.raises(InvalidScheme, match="unknown marking scheme"):
            scheme_for("neet")


def meta(
    question: CheckableQuestion, subject: str | None, *concepts: str, scheme: str = "main"
) -> QuestionMeta:
    chosen = JEE_ADVANCED if scheme == "adv" else JEE_MAIN
    return QuestionMeta(question, chosen, subject, concepts)


class TestScoreAttempt:
    MULTI = choice(QuestionType.MULTIPLE, "ABD")

    def attempt(self) -> list[AttemptItem]:
        return [
            AttemptItem(meta(SINGLE, "phy", "kinematics"), check(SINGLE, "B"), 60_000),
            AttemptItem(meta(SINGLE, "phy", "kinematics", "vectors"), check(SINGLE, "A"), 30_000),
            AttemptItem(meta(NUMERIC, "chem", "moles"), check(NUMERIC, None), None),
            AttemptItem(
                meta(self.MULTI, "math", "vectors", scheme="adv"), check(self.MULTI, "A,B"), 90_000
            ),
        ]

    def test_totals(self) -> None:
        score = score_attempt(self.attempt())
        assert score.total == 4 - 1 + 0 + 2
        assert score.max_marks == 4 + 4 + 4 + 4
        assert (score.correct, score.partial, score.wrong, score.blank) == (1, 1, 1, 1)
        assert score.attempted == 3
        assert score.accuracy == pytest.approx(1 / 3)
        assert score.time_ms == 180_000
        assert score.items[3] == ItemScore(2, 4)

    def test_by_subject(self) -> None:
        by_subject = score_attempt(self.attempt()).by_subject
        assert by_subject["phy"] == Breakdown(
            marks=3, max_marks=8, questions=2, attempted=2, correct=1, time_ms=90_000
        )
        assert by_subject["chem"].accuracy is None
        assert by_subject["math"].accuracy == 0

    def test_concept_credit_is_split(self) -> None:
        by_concept = score_attempt(self.attempt()).by_concept
        assert by_concept["kinematics"] == Breakdown(
            marks=4 - 0.5, max_marks=6, questions=1.5, attempted=1.5, correct=1, time_ms=75_000
        )
        assert by_concept["vectors"] == Breakdown(
            marks=-0.5 + 2, max_marks=6, questions=1.5, attempted=1.5, correct=0, time_ms=105_000
        )
        assert by_concept["kinematics"].accuracy == pytest.approx(2 / 3)

    def test_repeated_concepts_count_once(self) -> None:
        item = (meta(SINGLE, None, "a", "a", "b"), check(SINGLE, "B"), 0)
        by_concept = score_attempt([item]).by_concept
        assert by_concept["a"].marks == by_concept["b"].marks == 2

    def test_questions_without_subject_or_concepts(self) -> None:
        score = score_attempt([(meta(SINGLE, None), check(SINGLE, "B"), 1000)])
        assert score.by_subject == {}
        assert score.by_concept == {}
        assert score.total == 4

    def test_nothing_attempted(self) -> None:
        score = score_attempt([(meta(SINGLE, "phy"), BLANK, 5)])
        assert score.accuracy is None
        assert score.attempted == 0

    def test_empty(self) -> None:
        score = score_attempt([])
        assert (score.total, score.max_marks, score.time_ms) == (0, 0, 0)

    def test_negative_time(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            score_attempt([(meta(SINGLE, "phy"), BLANK, -1)])


class TestAttemptValue:
    MAIN = MarkingRule(4, -1)

    def test_expected_marks(self) -> None:
        assert attempt_value(0.5, self.MAIN) == AttemptValue(attempt=1.5, skip=0.0)

    def test_break_even_is_not_worth_it(self) -> None:
        value = attempt_value(0.2, self.MAIN)
        assert value.gain == pytest.approx(0.0)
        assert not attempt_value(0.19, self.MAIN).worth_attempting

    def test_above_break_even(self) -> None:
        assert attempt_value(0.21, self.MAIN).worth_attempting

    def test_blind_guess(self) -> None:
        assert attempt_value(None, self.MAIN, 4).attempt == pytest.approx(0.25)

    def test_blind_guess_without_options(self) -> None:
        assert attempt_value(None, self.MAIN, 0).attempt == -1

    def test_no_negative_marks_always_worth_it(self) -> None:
        assert attempt_value(0.01, MarkingRule(3, 0)).worth_attempting

    def test_skip_value(self) -> None:
        assert attempt_value(1.0, MarkingRule(1, 0, blank=0.5)).gain == 0.5

    @pytest.mark.parametrize("p", [-0.1, 1.1, math.nan])
    def test_probability_range(self, p: float) -> None:
        with pytest.raises(ValueError, match="within"):
            attempt_value(p, self.MAIN)


class TestStrategy:
    def test_report(self) -> None:
        items = [
            StrategyItem(meta(SINGLE, "phy"), check(SINGLE, "A"), 0.1),  # bad attempt: -0.5
            StrategyItem(meta(SINGLE, "phy"), check(SINGLE, "B"), 0.8),  # good attempt
            StrategyItem(meta(SINGLE, "phy"), BLANK, 0.6),  # bad skip: 2.0 left
            StrategyItem(meta(SINGLE, "phy"), BLANK, 0.05),  # good skip
            StrategyItem(meta(NUMERIC, "chem"), BLANK, None),  # no options, blind guess -1
            StrategyItem(meta(NUMERIC, "chem", scheme="adv"), BLANK, None),  # 0 either way
        ]
        report = strategy(items)
        assert report.lost_to_bad_attempts == pytest.approx(0.5)
        assert report.left_by_skips == pytest.approx(2.0)
        assert [a.worth_attempting for a in report.advice] == [
            False,
            True,
            True,
            False,
            False,
            False,
        ]
        assert [a.attempted for a in report.advice] == [True, True, False, False, False, False]
        assert report.advice[0].expected_gain == pytest.approx(-0.5)

    def test_uses_the_questions_scheme(self) -> None:
        # under JEE Advanced a numeric question has no negative marks: always worth a try
        item = (meta(NUMERIC, "chem", scheme="adv"), BLANK, 0.1)
        report = strategy([item])
        assert report.advice[0].worth_attempting
        assert report.left_by_skips == pytest.approx(0.3)
