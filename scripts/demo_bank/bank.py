"""Compact constructors for the demo question bank's items (see build.py).

Each subject module calls `mcq`, `msq`, `integer`, `numeric`, `tf` and `tpl` on a `Bank`; the
bank turns the calls into native-JSON question dicts (`QuestionDraft.to_dict()` shape, with
default fields left out). Concepts are given as one string, primary first: "PHY.KIN.MOTION_1D
MATH.CALC.DERIVATIVE". Difficulty is "E", "M" or "H". Text and explanations are Markdown with
LaTeX between dollar signs; write them as raw strings.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from typing import Any

SOURCE = "Gurukul demo"
MARKING = "jee_main"
DIFFICULTY = {"E": "EASY", "M": "MEDIUM", "H": "HARD"}
LETTERS = "ABCDEF"

# A distractor: its text, or (text, misconception) when a real misconception explains it.
Wrong = str | tuple[str, str]


def _clean(text: str) -> str:
    """Strip the indentation that triple-quoted strings in the specs carry."""
    lines = [line.strip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def _slot(text: str, n: int) -> int:
    """A stable, spread-out position for the key among n options (not always A)."""
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % n


class Bank:
    def __init__(self, name: str) -> None:
        self.name = name  # "physics" -> demo_physics.json
        self.items: list[dict[str, Any]] = []
        self._numbers: Counter[str] = Counter()

    def _item(
        self, kind: str, concepts: str, difficulty: str, text: str, explanation: str
    ) -> dict[str, Any]:
        ids = concepts.split()
        if not ids:
            raise ValueError(f"no concept for {text[:40]!r}")
        self._numbers[ids[0]] += 1
        item: dict[str, Any] = {
            "type": kind,
            "text": _clean(text),
            "explanation": _clean(explanation),
            "marking": MARKING,
            "concepts": ids,
            "difficulty": DIFFICULTY[difficulty],
            "source": SOURCE,
            "external_id": f"gurukul-demo/{ids[0]}/{self._numbers[ids[0]]}",
        }
        self.items.append(item)
        return item

    def mcq(
        self,
        concepts: str,
        difficulty: str,
        text: str,
        answer: str,
        wrong: list[Wrong],
        explanation: str,
    ) -> None:
        """Single-correct: the key goes to a position fixed by the text's hash."""
        item = self._item("single", concepts, difficulty, text, explanation)
        choices: list[tuple[str, bool, str | None]] = []
        for entry in wrong:
            if isinstance(entry, tuple):
                choices.append((entry[0], False, entry[1]))
            else:
                choices.append((entry, False, None))
        choices.insert(_slot(item["text"], len(choices) + 1), (answer, True, None))
        item["options"] = _options(choices)

    def msq(
        self,
        concepts: str,
        difficulty: str,
        text: str,
        options: list[tuple[str, bool] | tuple[str, bool, str]],
        explanation: str,
    ) -> None:
        """Multiple-correct: options in the order given, (text, correct[, misconception])."""
        item = self._item("multiple", concepts, difficulty, text, explanation)
        choices = [(o[0], o[1], o[2] if len(o) > 2 else None) for o in options]  # type: ignore[misc]
        item["options"] = _options(choices)

    def integer(
        self, concepts: str, difficulty: str, text: str, answer: int, explanation: str
    ) -> None:
        if not float(answer).is_integer():
            raise ValueError(f"integer answer {answer} for {text[:40]!r}")
        item = self._item("integer", concepts, difficulty, text, explanation)
        item["numeric"] = {"value": int(answer), "tolerance": 0}

    def numeric(
        self,
        concepts: str,
        difficulty: str,
        text: str,
        answer: float,
        tolerance: float,
        explanation: str,
    ) -> None:
        if not math.isfinite(answer) or tolerance <= 0:
            raise ValueError(f"bad numeric answer for {text[:40]!r}")
        item = self._item("numeric", concepts, difficulty, text, explanation)
        item["numeric"] = {"value": float(f"{answer:.12g}"), "tolerance": tolerance}

    def tf(self, concepts: str, difficulty: str, text: str, truth: bool, explanation: str) -> None:
        item = self._item("true_false", concepts, difficulty, text, explanation)
        item["truth"] = truth

    def tpl(
        self,
        concepts: str,
        difficulty: str,
        text: str,
        variables: dict[str, tuple[float, float] | tuple[float, float, float]],
        formula: str,
        explanation: str,
        *,
        tolerance: float = 0.0,
        integer: bool = False,
    ) -> None:
        """A parameterised template: {{name}} placeholders, name -> (min, max[, step])."""
        if not integer and tolerance <= 0:
            raise ValueError(f"numeric template needs a tolerance: {text[:40]!r}")
        item = self._item("template", concepts, difficulty, text, explanation)
        item["template"] = {
            "variables": [
                {"name": name, "min": r[0], "max": r[1], "step": r[2] if len(r) > 2 else 1}
                for name, r in variables.items()
            ],
            "answer_formula": formula,
            "tolerance": 0 if integer else tolerance,
            "answer_kind": "integer" if integer else "numeric",
        }


def _options(choices: list[tuple[str, bool, str | None]]) -> list[dict[str, Any]]:
    options = []
    for letter, (text, correct, misconception) in zip(LETTERS, choices, strict=False):
        option: dict[str, Any] = {"id": letter, "text": _clean(text), "correct": correct}
        if misconception:
            option["misconception"] = misconception
        options.append(option)
    if len(options) != len(choices):
        raise ValueError("at most six options")
    return options
