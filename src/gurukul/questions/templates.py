from __future__ import annotations

import ast
import itertools
import math
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from gurukul.questions.draft import TemplateSpec, TemplateVariable

# Formulas are typed by question authors; these caps keep a hostile or careless one from
# tying up a worker. Evaluation is in floats, so no operation can build a huge integer.
MAX_FORMULA_LENGTH = 500
MAX_FORMULA_NODES = 200
MAX_EXPONENT = 1024.0  # beyond this any base other than ~1 overflows a float anyway
MAX_ROUND_DIGITS = 15
MAX_GRID_POINTS = 10**9  # per variable; the grid is sampled, never enumerated
MAX_CORNER_VARIABLES = 8  # 2**8 corners; more variables get a sample of corners
SAMPLE_POINTS = 64
ANSWER_SIGNIFICANT_DIGITS = 12  # drops float noise such as 3.0000000000000004
ANSWER_KINDS = ("numeric", "integer")

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class TemplateError(ValueError):
    """A template or formula that cannot be used; `reason` says why in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _round(x: float, ndigits: float = 0.0) -> float:
    """Half away from zero on the number as written, so 2.5 -> 3 and 2.675 -> 2.68.

    Python's round() gives 2 and 2.67 (half to even, binary floats), which is not what a
    student checking the answer by hand expects.
    """
    if not float(ndigits).is_integer() or abs(ndigits) > MAX_ROUND_DIGITS:
        raise TemplateError(f"round() digits must be a whole number within ±{MAX_ROUND_DIGITS}")
    quantum = Decimal(1).scaleb(-int(ndigits))
    # enough precision for any double at any allowed number of digits
    exact = Decimal(repr(float(x))).quantize(quantum, ROUND_HALF_UP, Context(prec=400))
    return float(exact)


def _log(x: float, base: float = math.e) -> float:
    return math.log(x, base)


def _min(*args: float) -> float:
    return min(args)


def _max(*args: float) -> float:
    return max(args)


# name -> (function, min args, max args); None as max means "any number"
_FUNCTIONS: dict[str, tuple[Callable[..., float], int, int | None]] = {
    "sqrt": (math.sqrt, 1, 1),
    "sin": (math.sin, 1, 1),
    "cos": (math.cos, 1, 1),
    "tan": (math.tan, 1, 1),
    "asin": (math.asin, 1, 1),
    "acos": (math.acos, 1, 1),
    "atan": (math.atan, 1, 1),
    "log": (_log, 1, 2),
    "log10": (math.log10, 1, 1),
    "exp": (math.exp, 1, 1),
    "abs": (math.fabs, 1, 1),
    "round": (_round, 1, 2),
    "min": (_min, 1, None),
    "max": (_max, 1, None),
    "floor": (math.floor, 1, 1),
    "ceil": (math.ceil, 1, 1),
}
_CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}
RESERVED_NAMES = frozenset(_FUNCTIONS) | frozenset(_CONSTANTS)


def _power(base: float, exponent: float) -> float:
    if abs(exponent) > MAX_EXPONENT:
        raise TemplateError(f"exponent {exponent:.15g} is larger than {MAX_EXPONENT:g}")
    # math.pow raises for (-8) ** (1/3) where the ** operator would return a complex number
    return math.pow(base, exponent)


_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: lambda x, y: x + y,
    ast.Sub: lambda x, y: x - y,
    ast.Mult: lambda x, y: x * y,
    ast.Div: lambda x, y: x / y,
    ast.FloorDiv: lambda x, y: x // y,
    ast.Mod: lambda x, y: x % y,
    ast.Pow: _power,
}
_UNARY: dict[type[ast.unaryop], Callable[[float], float]] = {
    ast.UAdd: lambda x: +x,
    ast.USub: lambda x: -x,
}


def _describe(node: ast.AST) -> str:
    kinds = {
        ast.Attribute: "attribute access",
        ast.Subscript: "subscripts",
        ast.Lambda: "lambda",
        ast.ListComp: "comprehensions",
        ast.SetComp: "comprehensions",
        ast.DictComp: "comprehensions",
        ast.GeneratorExp: "comprehensions",
        ast.Compare: "comparisons",
        ast.BoolOp: "boolean operators",
        ast.IfExp: "conditional expressions",
        ast.NamedExpr: "assignment expressions",
    }
    return kinds.get(type(node), type(node).__name__)


def _check_node(node: ast.AST) -> None:
    """Reject anything outside the whitelist; evaluation trusts what passed here."""
    if isinstance(node, ast.Expression):
        _check_node(node.body)
    elif isinstance(node, ast.Constant):
        if type(node.value) not in (int, float):
            raise TemplateError(f"only numbers are allowed as literals, not {node.value!r}")
    elif isinstance(node, ast.Name):
        pass  # unknown names are reported against the variables by the caller
    elif isinstance(node, ast.BinOp):
        if type(node.op) not in _BINARY:
            raise TemplateError(f"operator {type(node.op).__name__} is not allowed")
        _check_node(node.left)
        _check_node(node.right)
    elif isinstance(node, ast.UnaryOp):
        if type(node.op) not in _UNARY:
            raise TemplateError(f"operator {type(node.op).__name__} is not allowed")
        _check_node(node.operand)
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
            what = node.func.id if isinstance(node.func, ast.Name) else _describe(node.func)
            raise TemplateError(f"function {what} is not allowed")
        if node.keywords or any(isinstance(arg, ast.Starred) for arg in node.args):
            raise TemplateError(f"{node.func.id}() takes plain positional arguments only")
        _, low, high = _FUNCTIONS[node.func.id]
        if len(node.args) < low or (high is not None and len(node.args) > high):
            raise TemplateError(f"{node.func.id}() got {len(node.args)} arguments")
        for arg in node.args:
            _check_node(arg)
    else:
        raise TemplateError(f"{_describe(node)} is not allowed")


@dataclass(frozen=True)
class Formula:
    """A parsed, whitelisted arithmetic formula; build it with `parse_formula`."""

    source: str
    tree: ast.Expression
    names: frozenset[str]  # variables it reads (constants such as pi excluded)

    def evaluate(self, values: Mapping[str, float]) -> float:
        """The formula's value; raises TemplateError where it is undefined or not finite."""
        try:
            return self._eval(self.tree.body, values)
        except TemplateError:
            raise
        except ZeroDivisionError:
            raise TemplateError("division by zero") from None
        except OverflowError:
            raise TemplateError("overflow") from None
        except ValueError as exc:
            raise TemplateError(f"undefined ({exc})") from None

    def _eval(self, node: ast.expr, values: Mapping[str, float]) -> float:
        if isinstance(node, ast.Constant):
            assert isinstance(node.value, int | float)
            result = float(node.value)
        elif isinstance(node, ast.Name):
            if node.id in values:
                result = float(values[node.id])
            elif node.id in _CONSTANTS:
                result = _CONSTANTS[node.id]
            else:
                raise TemplateError(f"unknown variable {node.id}")
        elif isinstance(node, ast.BinOp):
            left = self._eval(node.left, values)
            right = self._eval(node.right, values)
            result = _BINARY[type(node.op)](left, right)
        elif isinstance(node, ast.UnaryOp):
            result = _UNARY[type(node.op)](self._eval(node.operand, values))
        else:
            # _check_node let only calls of whitelisted names reach here
            assert isinstance(node, ast.Call)
            assert isinstance(node.func, ast.Name)
            args = [self._eval(arg, values) for arg in node.args]
            result = float(_FUNCTIONS[node.func.id][0](*args))
        if not math.isfinite(result):
            raise TemplateError("not finite")
        return result


def parse_formula(source: str) -> Formula:
    """Parse and whitelist a formula without evaluating it; raises TemplateError."""
    if len(source) > MAX_FORMULA_LENGTH:
        raise TemplateError(f"formula is longer than {MAX_FORMULA_LENGTH} characters")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        where = f" at column {exc.offset}" if exc.offset else ""
        raise TemplateError(f"syntax error{where}: {exc.msg}") from None
    except (ValueError, RecursionError, MemoryError):  # null bytes, absurd nesting
        raise TemplateError("formula cannot be parsed") from None
    if sum(1 for _ in ast.walk(tree)) > MAX_FORMULA_NODES:
        raise TemplateError(f"formula has more than {MAX_FORMULA_NODES} parts")
    _check_node(tree)
    # a function name is an ast.Name too, as the callee of a Call
    callees = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    names = frozenset(
        n.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Name) and n.id not in _CONSTANTS and id(n) not in callees
    )
    return Formula(source=source, tree=tree, names=names)


def evaluate(source: str, values: Mapping[str, float]) -> float:
    """Parse and evaluate `source` with `values`; raises TemplateError."""
    return parse_formula(source).evaluate(values)


def grid_size(variable: TemplateVariable) -> int:
    """Number of points min, min+step, ... that do not pass max (the variable must be valid)."""
    # the small slack keeps (1.0 - 0.1) / 0.1 = 8.999999999999998 from losing the last point
    return math.floor((variable.max - variable.min) / variable.step + 1e-9) + 1


def grid_value(variable: TemplateVariable, index: int) -> float:
    """The index-th grid point, rounded so that 0.1-steps read 0.3 and not 0.30000000000000004."""
    return round(float(variable.min + index * variable.step), 10)


def _variable_problems(variables: list[TemplateVariable]) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for var in variables:
        label = f"variable {var.name!r}"
        if not var.name.isidentifier() or not var.name.isascii():
            problems.append(f"{label}: name must be a plain identifier")
        elif var.name in RESERVED_NAMES:
            problems.append(f"{label}: name is reserved for a function or constant")
        elif var.name in seen:
            problems.append(f"{label}: declared twice")
        seen.add(var.name)
        if not all(math.isfinite(x) for x in (var.min, var.max, var.step)):
            problems.append(f"{label}: min, max and step must be finite numbers")
            continue
        if var.min > var.max:
            problems.append(f"{label}: min {var.min:g} is greater than max {var.max:g}")
        if var.step <= 0:
            problems.append(f"{label}: step must be positive, not {var.step:g}")
        elif var.min <= var.max and (var.max - var.min) / var.step >= MAX_GRID_POINTS:
            problems.append(f"{label}: step is too fine for the range")
    return problems


def _structure_problems(spec: TemplateSpec) -> tuple[list[str], Formula | None]:
    problems = _variable_problems(spec.variables)
    if spec.answer_kind not in ANSWER_KINDS:
        problems.append(f"answer kind must be one of {', '.join(ANSWER_KINDS)}")
    if not math.isfinite(spec.tolerance) or spec.tolerance < 0:
        problems.append("tolerance must be a finite number >= 0")
    try:
        formula = parse_formula(spec.answer_formula)
    except TemplateError as exc:
        problems.append(f"answer formula: {exc.reason}")
        return problems, None
    declared = {var.name for var in spec.variables}
    for name in sorted(formula.names - declared):
        problems.append(f"answer formula: unknown variable {name!r}")
    return problems, formula


def _sample_points(variables: list[TemplateVariable]) -> list[list[int]]:
    """Grid indices to try: the corners, then a fixed pseudo-random sample (seed 0)."""
    sizes = [grid_size(var) for var in variables]
    rng = random.Random(0)
    points: list[list[int]] = []
    if len(variables) <= MAX_CORNER_VARIABLES:
        for corner in itertools.product(*[(0, n - 1) for n in sizes]):
            points.append(list(corner))
    else:
        points += [[rng.choice((0, n - 1)) for n in sizes] for _ in range(2**MAX_CORNER_VARIABLES)]
    points += [[rng.randrange(n) for n in sizes] for _ in range(SAMPLE_POINTS)]
    return points


def _is_whole(x: float) -> bool:
    return abs(x - round(x)) <= 1e-9 * max(1.0, abs(x))


def validate_template(spec: TemplateSpec, *, text: str | None = None) -> list[str]:
    """Problems with a template, one line each; an empty list means it can be used.

    Checks the variables (names, min <= max, step > 0), the answer kind and tolerance, that the
    formula parses within the whitelist and reads only declared variables, and then evaluates it
    at every corner of the variable grid and at a fixed sample of grid points, reporting the
    first point where it is undefined (division by zero, log of a negative, overflow) or, for an
    integer answer, not a whole number. With `text`, unknown `{{name}}` placeholders are
    reported too.
    """
    problems, formula = _structure_problems(spec)
    if text is not None:
        declared = {var.name for var in spec.variables}
        for name in sorted(set(_PLACEHOLDER.findall(text)) - declared):
            problems.append(f"text: unknown placeholder {{{{{name}}}}}")
    if problems or formula is None:
        return problems
    for indices in _sample_points(spec.variables):
        values = {
            var.name: grid_value(var, i) for var, i in zip(spec.variables, indices, strict=True)
        }
        where = ", ".join(f"{name}={_format_number(v)}" for name, v in values.items())
        try:
            answer = formula.evaluate(values)
        except TemplateError as exc:
            return [f"answer formula fails at {where}: {exc.reason}"]
        if spec.answer_kind == "integer" and not _is_whole(answer):
            return [f"integer answer is not a whole number at {where}: {answer:g}"]
    return []


def _format_number(x: float) -> str:
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


def _round_answer(x: float, kind: str) -> float | int:
    if kind == "integer":
        return int(round(x))
    if x == 0:
        return 0.0
    digits = ANSWER_SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(abs(x)))
    return round(x, digits) + 0.0  # + 0.0 turns -0.0 into 0.0


@dataclass(frozen=True)
class TemplateInstance:
    """One generated question: the drawn values, the text with them filled in, the answer."""

    values: dict[str, float]
    text: str
    answer: float | int


def instantiate(spec: TemplateSpec, text: str, seed: int) -> TemplateInstance:
    """Draw grid values with `random.Random(seed)` and fill `{{name}}` placeholders in `text`.

    The same spec, text and seed always give the same instance. Variables are drawn in their
    declared order, each uniformly from its grid. The answer is an int for integer templates
    and otherwise rounded to 12 significant figures. Raises TemplateError if the template is
    invalid, the text names an unknown placeholder, or the formula is undefined at the drawn
    point (`validate_template` finds such points before a template is published).
    """
    problems, formula = _structure_problems(spec)
    if problems or formula is None:
        raise TemplateError(problems[0])
    rng = random.Random(seed)
    values = {var.name: grid_value(var, rng.randrange(grid_size(var))) for var in spec.variables}
    answer = _round_answer(formula.evaluate(values), spec.answer_kind)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise TemplateError(f"text: unknown placeholder {{{{{name}}}}}")
        return _format_number(values[name])

    return TemplateInstance(values=values, text=_PLACEHOLDER.sub(fill, text), answer=answer)
