import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from gurukul.assessments.scoring import JEE_ADVANCED, score_item
from gurukul.questions.checking import CheckableQuestion, check
from gurukul.questions.draft import QuestionType

DATASET = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "jeebench" / "dataset.json"
)
LETTERS = ("A", "B", "C", "D")
# JEE Advanced asks for numerical answers "correct up to the 2nd decimal place"
NUMERIC_TOLERANCE = 0.01

pytestmark = pytest.mark.shared_data


def load() -> list[dict[str, Any]]:
    if not DATASET.exists():
        pytest.skip(f"JEEBench data set not found at {DATASET} (shared data is absent)")
    rows: list[dict[str, Any]] = json.loads(DATASET.read_text(encoding="utf-8"))
    return rows


def build(row: dict[str, Any]) -> CheckableQuestion:
    """A checkable question straight from a JEEBench row, independent of the importer."""
    kind, gold = row["type"], row["gold"]
    if kind == "MCQ":
        return CheckableQuestion(QuestionType.SINGLE, LETTERS, frozenset({gold}))
    if kind == "MCQ(multiple)":
        return CheckableQuestion(QuestionType.MULTIPLE, LETTERS, frozenset(gold))
    if kind == "Integer":
        return CheckableQuestion(QuestionType.INTEGER, value=int(gold), integer=True)
    assert kind == "Numeric", kind
    return CheckableQuestion(QuestionType.NUMERIC, value=float(gold), tolerance=NUMERIC_TOLERANCE)


def gold_answer(row: dict[str, Any]) -> object:
    return list(row["gold"]) if row["type"] == "MCQ(multiple)" else row["gold"]


def other_answer(row: dict[str, Any]) -> object:
    """An answer that differs from the gold one."""
    kind, gold = row["type"], row["gold"]
    if kind == "MCQ":
        return next(letter for letter in LETTERS if letter != gold)
    if kind == "MCQ(multiple)":
        return sorted(set(gold) ^ {"A"})  # toggle option A
    return str(float(gold) + 1)


def label(row: dict[str, Any]) -> str:
    return f"{row['description']} Q{row['index']}"


class TestJeeBench:
    def test_data_set_shape(self) -> None:
        rows = load()
        assert len(rows) == 515
        assert len({label(row) for row in rows}) == 515
        assert Counter(row["type"] for row in rows) == {
            "MCQ": 110,
            "MCQ(multiple)": 186,
            "Integer": 82,
            "Numeric": 137,
        }

    def test_gold_answer_checks_correct(self) -> None:
        failures = [label(r) for r in load() if not check(build(r), gold_answer(r)).correct]
        assert failures == []

    def test_different_answer_checks_wrong(self) -> None:
        failures = [label(r) for r in load() if check(build(r), other_answer(r)).correct]
        assert failures == []

    def test_gold_answer_gets_full_marks(self) -> None:
        def full_marks(row: dict[str, Any]) -> bool:
            question = build(row)
            marks, max_marks = score_item(JEE_ADVANCED, question, check(question, gold_answer(row)))
            return marks == max_marks > 0

        failures = [label(r) for r in load() if not full_marks(r)]
        assert failures == []

    def test_partial_answers_get_partial_marks(self) -> None:
        multiple = [r for r in load() if r["type"] == "MCQ(multiple)" and len(r["gold"]) > 1]
        assert len(multiple) == 179
        for row in multiple:
            question = build(row)
            outcome = check(question, list(row["gold"][1:]))
            assert outcome.partial, label(row)
            marks, _ = score_item(JEE_ADVANCED, question, outcome)
            assert marks == len(row["gold"]) - 1, label(row)
