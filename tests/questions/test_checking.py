from fractions import Fraction

import numpy as np
import pytest

from gurukul.questions.checking import (
    BLANK,
    CheckableQuestion,
    InvalidAnswer,
    Outcome,
    UncheckableQuestion,
    check,
    parse_number,
)
from gurukul.questions.draft import (
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
    TemplateSpec,
    TemplateVariable,
)
from gurukul.questions.templates import instantiate


def options(correct: str, ids: str = "ABCD") -> list[OptionDraft]:
    return [OptionDraft(id=i, text=f"option {i}", correct=i in correct) for i in ids]


SINGLE = CheckableQuestion.from_draft(
    QuestionDraft(type=QuestionType.SINGLE, text="q", options=options("B"))
)
MULTIPLE = CheckableQuestion.from_draft(
    QuestionDraft(type=QuestionType.MULTIPLE, text="q", options=options("ACD"))
)
INTEGER = CheckableQuestion.from_draft(
    QuestionDraft(type=QuestionType.INTEGER, text="q", numeric=NumericAnswer(value=7, tolerance=1))
)
NUMERIC = CheckableQuestion.from_draft(
    QuestionDraft(
        type=QuestionType.NUMERIC, text="q", numeric=NumericAnswer(value=4.47, tolerance=0.01)
    )
)
TRUE = CheckableQuestion.from_draft(
    QuestionDraft(type=QuestionType.TRUE_FALSE, text="q", truth=True)
)


class TestFromDraft:
    def test_single(self) -> None:
        assert SINGLE.options == ("A", "B", "C", "D")
        assert SINGLE.correct_options == {"B"}

    def test_integer_ignores_tolerance(self) -> None:
        assert INTEGER.integer
        assert INTEGER.tolerance == 0.0

    def test_numeric_keeps_tolerance(self) -> None:
        assert NUMERIC.value == 4.47
        assert NUMERIC.tolerance == 0.01
        assert not NUMERIC.integer

    def test_true_false_from_truth(self) -> None:
        assert TRUE.options == ("true", "false")
        assert TRUE.correct_options == {"true"}

    def test_true_false_from_options(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="q",
            options=[OptionDraft("T", "True"), OptionDraft("F", "False", correct=True)],
        )
        assert CheckableQuestion.from_draft(draft).correct_options == {"false"}

    def test_true_false_from_option_ids(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="q",
            options=[OptionDraft("true", "Yes, it is", correct=True), OptionDraft("false", "No")],
        )
        assert CheckableQuestion.from_draft(draft).correct_options == {"true"}

    def test_true_false_without_truth(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="q",
            options=[OptionDraft("A", "Maybe", correct=True), OptionDraft("B", "Perhaps")],
        )
        with pytest.raises(UncheckableQuestion, match="truth value"):
            CheckableQuestion.from_draft(draft)

    def test_true_false_without_anything(self) -> None:
        with pytest.raises(UncheckableQuestion, match="truth value"):
            CheckableQuestion.from_draft(QuestionDraft(type=QuestionType.TRUE_FALSE, text="q"))

    def test_template_draft_is_checked_per_instance(self) -> None:
        with pytest.raises(UncheckableQuestion, match="per generated instance"):
            CheckableQuestion.from_draft(QuestionDraft(type=QuestionType.TEMPLATE, text="q"))

    def test_number_question_needs_its_answer(self) -> None:
        with pytest.raises(UncheckableQuestion, match="needs a numeric answer"):
            CheckableQuestion.from_draft(QuestionDraft(type=QuestionType.NUMERIC, text="q"))

    def test_choice_question_needs_a_correct_option(self) -> None:
        draft = QuestionDraft(type=QuestionType.SINGLE, text="q", options=options(""))
        with pytest.raises(UncheckableQuestion, match="no option is marked correct"):
            CheckableQuestion.from_draft(draft)

    def test_duplicate_option_ids(self) -> None:
        draft = QuestionDraft(type=QuestionType.SINGLE, text="q", options=options("A", "AAB"))
        with pytest.raises(UncheckableQuestion, match="unique"):
            CheckableQuestion.from_draft(draft)


class TestConstruction:
    def test_correct_option_must_exist(self) -> None:
        with pytest.raises(UncheckableQuestion, match="not among the options"):
            CheckableQuestion(QuestionType.SINGLE, ("A", "B"), frozenset({"C"}))

    def test_true_false_needs_its_ids(self) -> None:
        with pytest.raises(UncheckableQuestion, match="true_false"):
            CheckableQuestion(QuestionType.TRUE_FALSE, ("A", "B"), frozenset({"A"}))

    def test_number_must_be_finite(self) -> None:
        with pytest.raises(UncheckableQuestion, match="finite answer"):
            CheckableQuestion(QuestionType.NUMERIC, value=float("nan"))

    def test_tolerance_must_be_non_negative(self) -> None:
        with pytest.raises(UncheckableQuestion, match="tolerance"):
            CheckableQuestion(QuestionType.NUMERIC, value=1.0, tolerance=-0.1)

    def test_integer_value_must_be_whole(self) -> None:
        with pytest.raises(UncheckableQuestion, match="whole-number"):
            CheckableQuestion(QuestionType.INTEGER, value=1.5, integer=True)

    def test_n_options(self) -> None:
        assert SINGLE.n_options == 4
        assert NUMERIC.n_options == 0


class TestFromTemplate:
    def test_numeric_instance(self) -> None:
        spec = TemplateSpec([TemplateVariable("x", 2, 9)], "sqrt(x)", tolerance=0.01)
        instance = instantiate(spec, "", 5)
        question = CheckableQuestion.from_template(spec, instance)
        assert question.type is QuestionType.TEMPLATE
        assert check(question, round(float(instance.answer), 2)).correct

    def test_integer_instance(self) -> None:
        spec = TemplateSpec(
            [TemplateVariable("x", 2, 9)], "x * 2", tolerance=1, answer_kind="integer"
        )
        instance = instantiate(spec, "", 5)
        question = CheckableQuestion.from_template(spec, instance)
        assert question.integer
        assert question.tolerance == 0.0
        assert check(question, str(instance.answer)).correct
        assert not check(question, int(instance.answer) + 1).correct


class TestBlank:
    @pytest.mark.parametrize("answer", [None, "", "   ", [], (), ["", None], set()])
    def test_blank_answers(self, answer: object) -> None:
        for question in (SINGLE, MULTIPLE, INTEGER, NUMERIC, TRUE):
            assert check(question, answer) == BLANK

    def test_blank_outcome(self) -> None:
        assert BLANK == Outcome(correct=False, partial=False, selected=(), is_blank=True)


class TestSingle:
    def test_correct(self) -> None:
        assert check(SINGLE, "B") == Outcome(True, False, ("B",), False)

    def test_wrong(self) -> None:
        assert check(SINGLE, "C") == Outcome(False, False, ("C",), False)

    def test_case_and_space_insensitive(self) -> None:
        assert check(SINGLE, " b ").correct

    def test_one_item_list(self) -> None:
        assert check(SINGLE, ["B"]).correct

    def test_unknown_option(self) -> None:
        with pytest.raises(InvalidAnswer, match="unknown option 'E'"):
            check(SINGLE, "E")

    def test_two_options_are_invalid(self) -> None:
        with pytest.raises(InvalidAnswer, match="must be text"):
            check(SINGLE, ["A", "B"])

    def test_ambiguous_case_needs_exact_id(self) -> None:
        question = CheckableQuestion(QuestionType.SINGLE, ("a", "A"), frozenset({"A"}))
        assert check(question, "A").correct
        with pytest.raises(InvalidAnswer):
            check(question, " α ")

    def test_more_than_one_accepted_option(self) -> None:
        # NTA sometimes accepts two options of a single-correct question
        question = CheckableQuestion(QuestionType.SINGLE, ("A", "B", "C"), frozenset({"A", "C"}))
        assert check(question, "C").correct


class TestMultiple:
    def test_all_correct(self) -> None:
        assert check(MULTIPLE, ["D", "A", "C"]) == Outcome(True, False, ("A", "C", "D"), False)

    def test_some_correct_is_partial(self) -> None:
        assert check(MULTIPLE, ["A", "C"]) == Outcome(False, True, ("A", "C"), False)

    def test_any_wrong_option_is_wrong(self) -> None:
        assert check(MULTIPLE, ["A", "B", "C", "D"]) == Outcome(
            False, False, ("A", "B", "C", "D"), False
        )

    def test_comma_separated_text(self) -> None:
        assert check(MULTIPLE, "A, C,D").correct

    def test_repeats_count_once(self) -> None:
        assert check(MULTIPLE, ("A", "A", "C", "D", "")).correct

    def test_set_answer(self) -> None:
        assert check(MULTIPLE, {"A", "C", "D"}).correct

    def test_not_a_list(self) -> None:
        with pytest.raises(InvalidAnswer, match="list of option ids"):
            check(MULTIPLE, 3)

    def test_unknown_option_in_list(self) -> None:
        with pytest.raises(InvalidAnswer, match="unknown option"):
            check(MULTIPLE, ["A", "Z"])


class TestTrueFalse:
    @pytest.mark.parametrize("answer", [True, "true", "True", " T ", "yes"])
    def test_true(self, answer: object) -> None:
        assert check(TRUE, answer) == Outcome(True, False, ("true",), False)

    @pytest.mark.parametrize("answer", [False, "false", "F", "no"])
    def test_false(self, answer: object) -> None:
        assert check(TRUE, answer) == Outcome(False, False, ("false",), False)

    @pytest.mark.parametrize("answer", [1, "maybe", 0.0])
    def test_invalid(self, answer: object) -> None:
        with pytest.raises(InvalidAnswer, match="true or false"):
            check(TRUE, answer)

    def test_false_question(self) -> None:
        assert check(CheckableQuestion.true_false(False), "false").correct


class TestNumbers:
    @pytest.mark.parametrize("answer", [7, "7", "+7", "7.0", 7.0, "7e0", np.int64(7), Fraction(7)])
    def test_integer_correct(self, answer: object) -> None:
        assert check(INTEGER, answer) == Outcome(True, False, ("7",), False)

    @pytest.mark.parametrize("answer", [8, "6", "7.5"])
    def test_integer_is_exact(self, answer: object) -> None:
        assert not check(INTEGER, answer).correct

    @pytest.mark.parametrize("answer", ["4.47", "4.46", "4.48", 4.475, ".447e1", "\u22124.47"[1:]])
    def test_numeric_within_tolerance(self, answer: object) -> None:
        assert check(NUMERIC, answer).correct

    @pytest.mark.parametrize("answer", ["4.49", "4.45", "-4.47", "\u22124.47"])
    def test_numeric_outside_tolerance(self, answer: object) -> None:
        assert not check(NUMERIC, answer).correct

    def test_float_noise_is_forgiven_at_zero_tolerance(self) -> None:
        question = CheckableQuestion(QuestionType.NUMERIC, value=0.3)
        assert check(question, 0.1 + 0.2).correct

    def test_selected_keeps_the_number(self) -> None:
        assert check(NUMERIC, " 4.470 ").selected == ("4.47",)

    @pytest.mark.parametrize(
        ("answer", "reason"),
        [
            ("nan", "not a number"),
            ("inf", "not a number"),
            ("-Infinity", "not a number"),
            (float("nan"), "finite"),
            (float("inf"), "finite"),
            ("1e999", "finite"),
            (10**400, "too large"),
            ("1_000", "not a number"),
            ("4,47", "decimal point"),
            ("1,000", "decimal point"),
            ("four", "not a number"),
            ("4.4.7", "not a number"),
            ("0x10", "not a number"),
            ("1" * 65, "too long"),
            (True, "not bool"),
            (["4.47"], "not list"),
            ({"a": 1}, "not dict"),
        ],
    )
    def test_invalid(self, answer: object, reason: str) -> None:
        with pytest.raises(InvalidAnswer, match=reason):
            check(NUMERIC, answer)

    def test_parse_number(self) -> None:
        assert parse_number("  -2.5E3 ") == -2500.0

    def test_invalid_answer_carries_reason(self) -> None:
        with pytest.raises(InvalidAnswer) as info:
            parse_number("abc")
        assert info.value.reason == "not a number: 'abc'"

    def test_huge_number_text(self) -> None:
        assert check(CheckableQuestion(QuestionType.NUMERIC, value=1e20), "1e20").selected == (
            "1e+20",
        )
