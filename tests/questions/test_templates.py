import math

import pytest

from gurukul.questions.draft import TemplateSpec, TemplateVariable
from gurukul.questions.templates import (
    MAX_FORMULA_LENGTH,
    TemplateError,
    evaluate,
    grid_size,
    grid_value,
    instantiate,
    parse_formula,
    validate_template,
)


def spec(
    formula: str,
    *variables: TemplateVariable,
    kind: str = "numeric",
    tolerance: float = 0.01,
) -> TemplateSpec:
    return TemplateSpec(
        variables=list(variables), answer_formula=formula, tolerance=tolerance, answer_kind=kind
    )


M = TemplateVariable("m", 1, 10)
V = TemplateVariable("v", 2, 20, 2)


class TestEvaluate:
    @pytest.mark.parametrize(
        ("formula", "expected"),
        [
            ("1 + 2 * 3", 7.0),
            ("(1 + 2) * 3", 9.0),
            ("7 // 2 + 7 % 2", 4.0),
            ("2 ** 10", 1024.0),
            ("-x + +x", 0.0),
            ("x / 4", 0.75),
            ("sqrt(16) + abs(-2)", 6.0),
            ("sin(0) + cos(0) + tan(0)", 1.0),
            ("asin(1) - pi / 2", 0.0),
            ("acos(1) + atan(0)", 0.0),
            ("log(e) + log10(1000) + log(8, 2)", 7.0),
            ("exp(0)", 1.0),
            ("round(2.567, 2)", 2.57),
            ("round(2.5)", 3.0),
            ("round(-2.5)", -3.0),
            ("round(2.675, 2)", 2.68),
            ("round(1234.5, -2)", 1200.0),
            ("round(1e308, 15)", 1e308),
            ("min(3, x, 5) + max(x)", 6.0),
            ("floor(2.7) + ceil(2.1)", 5.0),
            ("1.5e2", 150.0),
        ],
    )
    def test_value(self, formula: str, expected: float) -> None:
        assert evaluate(formula, {"x": 3}) == pytest.approx(expected, abs=1e-12)

    def test_names_exclude_functions_and_constants(self) -> None:
        assert parse_formula("sqrt(m * g) + pi * e + h").names == {"m", "g", "h"}

    def test_unknown_variable_at_evaluation(self) -> None:
        with pytest.raises(TemplateError, match="unknown variable y"):
            evaluate("x + y", {"x": 1})

    def test_cube_root_of_negative_is_undefined_not_complex(self) -> None:
        with pytest.raises(TemplateError, match="undefined"):
            evaluate("(-8) ** (1 / 3)", {})

    def test_log_of_zero_is_undefined(self) -> None:
        with pytest.raises(TemplateError, match="undefined"):
            evaluate("log(0)", {})

    def test_division_by_zero(self) -> None:
        with pytest.raises(TemplateError, match="division by zero"):
            evaluate("1 / (x - 3)", {"x": 3})

    def test_float_overflow_in_a_function(self) -> None:
        with pytest.raises(TemplateError, match="overflow"):
            evaluate("exp(1000)", {})

    def test_huge_literal_overflows(self) -> None:
        with pytest.raises(TemplateError, match="overflow"):
            evaluate("9" * 400, {})

    def test_non_finite_product(self) -> None:
        with pytest.raises(TemplateError, match="not finite"):
            evaluate("1e200 * 1e200", {})

    def test_round_digits_must_be_whole(self) -> None:
        with pytest.raises(TemplateError, match="round"):
            evaluate("round(1.234, 1.5)", {})

    def test_round_digits_are_capped(self) -> None:
        with pytest.raises(TemplateError, match="round"):
            evaluate("round(1.234, 400)", {})


class TestHostileFormulas:
    @pytest.mark.parametrize(
        ("formula", "reason"),
        [
            ("__import__('os')", "function __import__ is not allowed"),
            ("__import__('os').system('true')", "attribute access"),
            ("(1).__class__", "attribute access"),
            ("math.sqrt(4)", "function attribute access is not allowed"),
            ("x[0]", "subscripts"),
            ("(lambda: 1)()", "function lambda is not allowed"),
            ("lambda: 1", "lambda"),
            ("[x for x in (1, 2)]", "comprehensions"),
            ("sum(x for x in (1, 2))", "function sum is not allowed"),
            ("'a' * 10", "only numbers"),
            ("True + 1", "only numbers"),
            ("1j", "only numbers"),
            ("x if x else 1", "conditional expressions"),
            ("x < 1", "comparisons"),
            ("x and 1", "boolean operators"),
            ("(y := 1)", "assignment expressions"),
            ("~x", "operator Invert"),
            ("x << 2", "operator LShift"),
            ("x @ x", "operator MatMult"),
            ("sqrt(x=4)", "positional arguments only"),
            ("max(*(1, 2))", "positional arguments only"),
            ("sqrt(1, 2)", "got 2 arguments"),
            ("log()", "got 0 arguments"),
            ("(1, 2)", "Tuple is not allowed"),
            ("x = 1", "syntax error"),
        ],
    )
    def test_rejected_when_parsed(self, formula: str, reason: str) -> None:
        with pytest.raises(TemplateError, match=reason.replace("(", r"\(")):
            parse_formula(formula)

    def test_huge_exponent_tower_is_refused_quickly(self) -> None:
        with pytest.raises(TemplateError, match="exponent 387420489 is larger"):
            evaluate("9**9**9", {})

    def test_huge_negative_exponent_is_refused(self) -> None:
        with pytest.raises(TemplateError, match="exponent"):
            evaluate("2 ** -5000", {})

    def test_null_byte(self) -> None:
        with pytest.raises(TemplateError):
            parse_formula("1\x00")

    def test_parser_exhaustion_is_a_template_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def exhausted(*args: object, **kwargs: object) -> None:
            raise RecursionError

        monkeypatch.setattr("gurukul.questions.templates.ast.parse", exhausted)
        with pytest.raises(TemplateError, match="cannot be parsed"):
            parse_formula("1")

    def test_syntax_error_names_the_column(self) -> None:
        with pytest.raises(TemplateError, match="syntax error at column 3"):
            parse_formula("1 2")

    def test_too_long(self) -> None:
        with pytest.raises(TemplateError, match="longer than"):
            parse_formula("1+" * (MAX_FORMULA_LENGTH // 2) + "1")

    def test_too_many_parts(self) -> None:
        with pytest.raises(TemplateError, match="more than"):
            parse_formula("-" * 300 + "1")

    def test_too_deeply_nested(self) -> None:
        with pytest.raises(TemplateError):
            parse_formula("(" * 240 + "1" + ")" * 240)


class TestGrid:
    def test_size_counts_both_ends(self) -> None:
        assert grid_size(TemplateVariable("x", 1, 10)) == 10

    def test_size_survives_float_steps(self) -> None:
        assert grid_size(TemplateVariable("x", 0.1, 1.0, 0.1)) == 10

    def test_value_is_rounded(self) -> None:
        assert grid_value(TemplateVariable("x", 0.0, 1.0, 0.1), 3) == 0.3


class TestValidateTemplate:
    def test_valid(self) -> None:
        assert validate_template(spec("m * v ** 2 / 2", M, V)) == []

    def test_unknown_variable(self) -> None:
        assert validate_template(spec("m * g", M)) == ["answer formula: unknown variable 'g'"]

    def test_syntax_error(self) -> None:
        (problem,) = validate_template(spec("m *", M))
        assert problem.startswith("answer formula: syntax error")

    def test_hostile_formula_is_a_problem_not_a_crash(self) -> None:
        assert validate_template(spec("__import__('os')", M)) == [
            "answer formula: function __import__ is not allowed"
        ]

    def test_huge_exponent_is_reported(self) -> None:
        (problem,) = validate_template(spec("9**9**9", M))
        assert "exponent" in problem

    def test_division_by_zero_at_a_corner(self) -> None:
        assert validate_template(spec("1 / (m - 1)", M)) == [
            "answer formula fails at m=1: division by zero"
        ]

    def test_division_by_zero_inside_the_grid(self) -> None:
        # zero only where m = 4, which is neither corner; the sample finds it
        (problem,) = validate_template(spec("1 / (m - 4)", M))
        assert problem == "answer formula fails at m=4: division by zero"

    def test_undefined_point_names_all_variables(self) -> None:
        (problem,) = validate_template(spec("sqrt(m - v)", M, V))
        assert problem.startswith("answer formula fails at m=1, v=")
        assert "undefined" in problem

    def test_many_variables_sample_corners(self) -> None:
        variables = [TemplateVariable(f"x{i}", 1, 3) for i in range(10)]
        formula = "+".join(f"x{i}" for i in range(10))
        assert validate_template(spec(formula, *variables)) == []

    def test_many_variables_find_a_bad_corner(self) -> None:
        variables = [TemplateVariable(f"x{i}", 0, 3) for i in range(10)]
        assert validate_template(spec("1 / x0", *variables))[0].startswith("answer formula fails")

    def test_min_greater_than_max(self) -> None:
        assert validate_template(spec("m", TemplateVariable("m", 5, 1))) == [
            "variable 'm': min 5 is greater than max 1"
        ]

    @pytest.mark.parametrize("step", [0.0, -1.0])
    def test_step_must_be_positive(self, step: float) -> None:
        problems = validate_template(spec("m", TemplateVariable("m", 1, 5, step)))
        assert problems == [f"variable 'm': step must be positive, not {step:g}"]

    def test_step_too_fine(self) -> None:
        problems = validate_template(spec("m", TemplateVariable("m", 0, 1e6, 1e-6)))
        assert problems == ["variable 'm': step is too fine for the range"]

    def test_non_finite_bounds(self) -> None:
        problems = validate_template(spec("m", TemplateVariable("m", 0, math.inf)))
        assert problems == ["variable 'm': min, max and step must be finite numbers"]

    def test_bad_variable_name(self) -> None:
        problems = validate_template(spec("1", TemplateVariable("2x", 0, 1)))
        assert problems == ["variable '2x': name must be a plain identifier"]

    def test_reserved_variable_name(self) -> None:
        problems = validate_template(spec("1", TemplateVariable("pi", 0, 1)))
        assert problems == ["variable 'pi': name is reserved for a function or constant"]

    def test_duplicate_variable(self) -> None:
        problems = validate_template(spec("m", M, TemplateVariable("m", 0, 1)))
        assert problems == ["variable 'm': declared twice"]

    def test_answer_kind(self) -> None:
        problems = validate_template(spec("m", M, kind="text"))
        assert problems == ["answer kind must be one of numeric, integer"]

    def test_negative_tolerance(self) -> None:
        problems = validate_template(spec("m", M, tolerance=-1))
        assert problems == ["tolerance must be a finite number >= 0"]

    def test_integer_answer_must_be_whole(self) -> None:
        (problem,) = validate_template(spec("m / 2", M, kind="integer"))
        assert problem == "integer answer is not a whole number at m=1: 0.5"

    def test_integer_answer_tolerates_float_noise(self) -> None:
        x = TemplateVariable("x", 0.1, 3.0, 0.1)
        assert validate_template(spec("x * 10", x, kind="integer")) == []

    def test_unknown_placeholder_in_text(self) -> None:
        problems = validate_template(spec("m", M), text="A mass of {{m}} kg at {{ u }} m/s")
        assert problems == ["text: unknown placeholder {{u}}"]

    def test_known_placeholders_in_text(self) -> None:
        assert validate_template(spec("m", M), text="A mass of {{ m }} kg") == []


class TestInstantiate:
    TEXT = "A {{m}} kg body moves at {{ v }} m/s. Find its kinetic energy."

    def test_same_seed_same_instance(self) -> None:
        s = spec("m * v ** 2 / 2", M, V)
        assert instantiate(s, self.TEXT, 42) == instantiate(s, self.TEXT, 42)

    def test_different_seeds_vary(self) -> None:
        s = spec("m * v ** 2 / 2", M, V)
        instances = {instantiate(s, self.TEXT, seed).text for seed in range(20)}
        assert len(instances) > 10

    def test_values_lie_on_the_grid(self) -> None:
        s = spec("m * v ** 2 / 2", M, V)
        for seed in range(50):
            values = instantiate(s, self.TEXT, seed).values
            assert values["m"] in range(1, 11)
            assert values["v"] in range(2, 21, 2)

    def test_text_and_answer(self) -> None:
        s = spec("m * v ** 2 / 2", M, V)
        instance = instantiate(s, self.TEXT, 7)
        m, v = instance.values["m"], instance.values["v"]
        assert instance.text == (f"A {m:g} kg body moves at {v:g} m/s. Find its kinetic energy.")
        assert instance.answer == m * v**2 / 2

    def test_fractional_values_print_cleanly(self) -> None:
        x = TemplateVariable("x", 0.1, 0.9, 0.1)
        texts = {instantiate(spec("x", x), "{{x}}", seed).text for seed in range(40)}
        assert texts <= {f"0.{d}" for d in range(1, 10)}

    def test_large_values_print_in_full(self) -> None:
        x = TemplateVariable("x", 1e20, 1e20)
        assert instantiate(spec("x", x), "{{x}}", 0).text == "1e+20"

    def test_integer_answer_is_int(self) -> None:
        answer = instantiate(spec("m * 3", M, kind="integer"), "", 3).answer
        assert isinstance(answer, int)

    def test_numeric_answer_drops_float_noise(self) -> None:
        x = TemplateVariable("x", 0.1, 0.1)
        assert instantiate(spec("x + 0.2", x), "", 0).answer == 0.3

    def test_numeric_answer_is_rounded_to_significant_figures(self) -> None:
        answer = instantiate(spec("sqrt(20)", M), "", 0).answer
        assert answer == 4.47213595500

    def test_zero_answer(self) -> None:
        assert instantiate(spec("m - m", M), "", 0).answer == 0.0

    def test_negative_zero_answer_is_plain_zero(self) -> None:
        answer = instantiate(spec("-0.0 * m", M), "", 0).answer
        assert math.copysign(1.0, answer) == 1.0

    def test_invalid_template_raises(self) -> None:
        with pytest.raises(TemplateError, match="unknown variable 'g'"):
            instantiate(spec("m * g", M), "", 0)

    def test_unknown_placeholder_raises(self) -> None:
        with pytest.raises(TemplateError, match="unknown placeholder"):
            instantiate(spec("m", M), "{{mass}}", 0)

    def test_undefined_at_drawn_point_raises(self) -> None:
        with pytest.raises(TemplateError, match="division by zero"):
            instantiate(spec("1 / (m - m)", M), "", 0)

    def test_error_carries_reason(self) -> None:
        with pytest.raises(TemplateError) as info:
            instantiate(spec("m", TemplateVariable("m", 2, 1)), "", 0)
        assert info.value.reason == "variable 'm': min 2 is greater than max 1"
