from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from gurukul.questions.draft import NumericAnswer, QuestionType
from gurukul.questions.formats import jeebench
from gurukul.questions.formats.report import ParseResult

DATASET = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "jeebench" / "dataset.json"
)


@cache
def dataset() -> tuple[list[dict[str, Any]], ParseResult]:
    if not DATASET.is_file():
        pytest.skip(f"shared JEEBench data not found at {DATASET}")
    text = DATASET.read_text(encoding="utf-8")
    return json.loads(text), jeebench.parse(text)


def inline_dollars(text: str) -> int:
    return len(re.findall(r"(?<!\\)\$", text.replace("$$", "")))


@pytest.mark.shared_data
class TestDataset:
    def test_every_item_parses(self) -> None:
        rows, result = dataset()
        assert result.problems == []
        assert len(result.items) == len(rows) == 515

    def test_types(self) -> None:
        _, result = dataset()
        assert Counter(i.draft.type for i in result.items) == {
            QuestionType.SINGLE: 110,
            QuestionType.MULTIPLE: 186,
            QuestionType.INTEGER: 82,
            QuestionType.NUMERIC: 137,
        }

    def test_subjects_become_tags(self) -> None:
        _, result = dataset()
        assert Counter(tuple(i.draft.tags) for i in result.items) == {
            ("subject:mathematics",): 236,
            ("subject:chemistry",): 156,
            ("subject:physics",): 123,
        }
        assert all(i.draft.concepts == [] for i in result.items)

    def test_choice_questions_have_four_options(self) -> None:
        _, result = dataset()
        choice = [i.draft for i in result.items if i.draft.options]
        assert len(choice) == 296
        assert {tuple(o.id for o in d.options) for d in choice} == {("A", "B", "C", "D")}
        assert all(o.text.strip() for d in choice for o in d.options)

    def test_gold_letters_are_the_correct_options(self) -> None:
        rows, result = dataset()
        for row, item in zip(rows, result.items, strict=True):
            if not row["type"].startswith("MCQ"):
                continue
            correct = "".join(o.id for o in item.draft.options if o.correct)
            assert correct == "".join(sorted(row["gold"])), item.ref
            assert set(row["gold"]) <= {o.id for o in item.draft.options}

    def test_single_correct_have_one_answer(self) -> None:
        _, result = dataset()
        singles = [i.draft for i in result.items if i.draft.type is QuestionType.SINGLE]
        assert all(sum(o.correct for o in d.options) == 1 for d in singles)

    def test_numeric_answers(self) -> None:
        rows, result = dataset()
        for row, item in zip(rows, result.items, strict=True):
            draft = item.draft
            if row["type"] == "Integer":
                assert draft.numeric == NumericAnswer(float(int(row["gold"])), 0.0)
            elif row["type"] == "Numeric":
                assert draft.numeric == NumericAnswer(float(row["gold"]), 0.01)

    def test_provenance(self) -> None:
        rows, result = dataset()
        drafts = [i.draft for i in result.items]
        assert {d.source for d in drafts} == {"JEE Advanced"}
        assert {d.year for d in drafts} == set(range(2016, 2024))
        assert {d.marking for d in drafts} == {"jee_advanced"}
        assert len({d.external_id for d in drafts}) == 515
        assert drafts[0].external_id == "jeebench:2016-P1-Q1"
        assert drafts[0].title == "JEE Advanced 2016 Paper 1, Q1"
        assert result.items[0].ref == f"{rows[0]['description']} Q{rows[0]['index']}"

    def test_formulas_are_balanced(self) -> None:
        _, result = dataset()
        texts = [
            t for i in result.items for t in (i.draft.text, *(o.text for o in i.draft.options))
        ]
        assert [t for t in texts if inline_dollars(t) % 2] == []

    def test_lines_point_into_the_file(self) -> None:
        _, result = dataset()
        lines = DATASET.read_text(encoding="utf-8").splitlines()
        for item in result.items[:20]:
            assert item.line is not None
            assert lines[item.line - 1].lstrip().startswith("{")

    def test_no_option_text_keeps_a_marker(self) -> None:
        _, result = dataset()
        marker = re.compile(r"^\s*\$?[(\[]\s*(\\mathrm\{)?[A-D]\}?[)\]]")
        texts = [o.text for i in result.items for o in i.draft.options]
        assert [t for t in texts if marker.match(t)] == []


def row(**changes: Any) -> dict[str, Any]:
    base = {
        "description": "JEE Adv 2019 Paper 2",
        "index": 7,
        "subject": "phy",
        "type": "MCQ",
        "question": "Which is a vector?\n\n(A) mass\n\n(B) speed\n\n(C) velocity\n\n(D) energy",
        "gold": "C",
    }
    return base | changes


def parse_rows(*rows: dict[str, Any]) -> ParseResult:
    return jeebench.parse(json.dumps(list(rows), indent=1))


class TestItems:
    def test_single_correct(self) -> None:
        (item,) = parse_rows(row()).items
        draft = item.draft
        assert draft.text == "Which is a vector?"
        assert [(o.id, o.text, o.correct) for o in draft.options] == [
            ("A", "mass", False),
            ("B", "speed", False),
            ("C", "velocity", True),
            ("D", "energy", False),
        ]
        assert draft.year == 2019
        assert draft.tags == ["subject:physics"]
        assert item.ref == "JEE Adv 2019 Paper 2 Q7"

    def test_multiple_correct_with_one_letter(self) -> None:
        (item,) = parse_rows(row(type="MCQ(multiple)", gold="B")).items
        assert item.draft.type is QuestionType.MULTIPLE
        assert [o.correct for o in item.draft.options] == [False, True, False, False]

    def test_markers_inside_a_formula(self) -> None:
        question = (
            "Proportional to\n\n$[\\mathrm{A}] \\quad \\lambda_{d} / \\lambda$\n\n"
            "$[\\mathrm{B}] \\quad \\lambda_{d}^{2}$\n\n"
            "$[\\mathrm{C}] \\lambda$\n\n[D] $\\lambda^{2}$"
        )
        (item,) = parse_rows(row(question=question, gold="D")).items
        assert [o.text for o in item.draft.options] == [
            "$\\lambda_{d} / \\lambda$",
            "$\\lambda_{d}^{2}$",
            "$\\lambda$",
            "$\\lambda^{2}$",
        ]

    def test_options_inside_one_formula_of_the_stem(self) -> None:
        question = "possible value(s) of $x ?\n\n[A] -1+\\sqrt{2}\n\n[B] 1\n\n[C] 2\n\n[D] 3$"
        (item,) = parse_rows(row(question=question, type="MCQ(multiple)", gold="AB")).items
        assert item.draft.text == "possible value(s) of $x ?$"
        assert [o.text for o in item.draft.options] == ["$-1+\\sqrt{2}$", "$1$", "$2$", "$3$"]

    def test_a_lost_dollar_is_restored(self) -> None:
        question = "Then\n\n[A] $a$\n\n[B] $b$\n\n[C] \\quad P(X)=\\frac{1}{5}$\n\n[D] $d$"
        (item,) = parse_rows(row(question=question)).items
        assert item.draft.options[2].text == "$P(X)=\\frac{1}{5}$"

    def test_inline_options_and_earlier_mentions(self) -> None:
        question = (
            "Events (A) and (B) have P(A)=0.5. Which holds? (A) independent "
            "(B) disjoint (C) both (A) and (B) (D) neither P(D)"
        )
        (item,) = parse_rows(row(question=question)).items
        assert item.draft.text == "Events (A) and (B) have P(A)=0.5. Which holds?"
        assert [o.text for o in item.draft.options] == [
            "independent",
            "disjoint",
            "both (A) and (B)",
            "neither P(D)",
        ]

    def test_integer_and_numeric(self) -> None:
        result = parse_rows(
            row(type="Integer", question="How many?", gold="6"),
            row(type="Numeric", question="What value?", gold="-11.62"),
        )
        assert [i.draft.numeric for i in result.items] == [
            NumericAnswer(6.0, 0.0),
            NumericAnswer(-11.62, jeebench.NUMERIC_TOLERANCE),
        ]

    @pytest.mark.parametrize(
        ("changes", "reason"),
        [
            ({"type": "Matrix"}, "unknown type 'Matrix'"),
            ({"subject": "bio"}, "unknown subject 'bio'"),
            ({"gold": "E"}, "gold 'E' is not a set of option letters"),
            ({"gold": "AB"}, "single-correct question with gold 'AB'"),
            ({"question": "No options at all"}, "option (D) not found in the question text"),
            ({"description": "NEET 2020"}, "cannot read year and paper from 'NEET 2020'"),
            ({"type": "Integer", "gold": "2.5"}, "integer question has a non-integer answer 2.5"),
            ({"type": "Numeric", "gold": "about 3"}, "gold 'about 3' is not a number"),
            ({"question": None}, "missing 'question'"),
        ],
    )
    def test_bad_rows_are_problems(self, changes: dict[str, Any], reason: str) -> None:
        result = parse_rows(row(), row(**changes), row())
        assert len(result.items) == 2
        (problem,) = result.problems
        assert problem.reason == reason
        assert problem.line is not None
        assert problem.line > 2

    def test_not_a_list(self) -> None:
        (problem,) = jeebench.parse('{"description": "x"}').problems
        assert problem.reason == "expected a JSON array, got dict"
