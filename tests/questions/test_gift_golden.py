"""GIFT golden files from GIFT-grammar-PEG.js (MIT), compared through an adapter to its tree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gurukul.questions.formats import gift
from gurukul.questions.formats.gift import GiftItem, GiftNumber, GiftText

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gift_pegjs_tests"
GOLDEN = sorted(DATA.glob("*.gift")) if DATA.is_dir() else []

pytestmark = pytest.mark.shared_data

_PEG_TYPES = {
    "description": "Description",
    "essay": "Essay",
    "multichoice": "MC",
    "truefalse": "TF",
    "shortanswer": "Short",
    "numerical": "Numerical",
    "matching": "Matching",
}
_UNSCORED = {"Description": "description", "Essay": "essay", "Short": "short answer"}
_UNSCORED["Matching"] = "matching"


def _text(rich: GiftText | None) -> dict[str, str] | None:
    return None if rich is None else {"format": rich.format, "text": rich.text}


def _number(number: GiftNumber) -> dict[str, Any]:
    if number.kind == "simple":
        return {"type": "simple", "number": number.value}
    if number.kind == "range":
        return {"type": "range", "number": number.value, "range": number.tolerance}
    return {"type": "high-low", "numberHigh": number.high, "numberLow": number.low}


def to_peg(item: GiftItem) -> dict[str, Any]:
    """Our raw GIFT tree in the shape of GIFT-grammar-PEG.js's output."""
    if item.kind == "category":
        return {"type": "Category", "title": item.title}
    assert item.stem is not None
    tree: dict[str, Any] = {
        "id": item.id,
        "tags": item.tags or None,
        "type": _PEG_TYPES[item.kind],
        "title": item.title,
        "stem": _text(item.stem),
        "hasEmbeddedAnswers": item.embedded,
    }
    if item.kind == "description":
        return tree
    tree["globalFeedback"] = _text(item.general_feedback)
    if item.kind == "truefalse":
        tree["isTrue"] = item.truth
        tree["trueFeedback"], tree["falseFeedback"] = (_text(t) for t in item.tf_feedback)
    elif item.kind == "matching":
        tree["matchPairs"] = [
            {"subquestion": _text(m.question), "subanswer": m.answer} for m in item.matches
        ]
    elif item.kind == "numerical" and item.number is not None:
        tree["choices"] = _number(item.number)
    elif item.kind in ("multichoice", "shortanswer", "numerical"):
        any_other = {"format": item.stem.format, "text": "*"}
        tree["choices"] = [
            {
                "isCorrect": c.correct,
                "weight": c.weight,
                "text": _number(c.number) if c.number else (_text(c.text) or any_other),
                "feedback": _text(c.feedback),
            }
            for c in item.choices
        ]
    return tree


def test_golden_files_are_present() -> None:
    if not DATA.is_dir():
        pytest.skip(f"shared GIFT golden data not found at {DATA}")
    assert len(GOLDEN) == 51


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
class TestGoldenFile:
    def test_raw_tree_matches_expected(self, path: Path) -> None:
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = gift.parse_raw(path.read_text(encoding="utf-8"))
        assert raw.problems == []
        assert [to_peg(item) for item in raw.items] == expected

    def test_unscored_types_are_reported_with_their_type(self, path: Path) -> None:
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        result = gift.parse(path.read_text(encoding="utf-8"))
        questions = [q for q in expected if q["type"] != "Category"]
        unscored = [_UNSCORED[q["type"]] for q in questions if q["type"] in _UNSCORED]
        assert [p.reason for p in result.problems] == [
            f"unsupported GIFT type: {kind}" for kind in unscored
        ]
        assert len(result.items) == len(questions) - len(unscored)

    def test_drafts_agree_with_expected_tree(self, path: Path) -> None:
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        scored = [q for q in expected if q["type"] in ("MC", "TF", "Numerical")]
        result = gift.parse(path.read_text(encoding="utf-8"))
        for question, item in zip(scored, result.items, strict=True):
            draft = item.draft
            assert draft.text == question["stem"]["text"]
            assert draft.title == question["title"]
            feedback = question["globalFeedback"]
            assert draft.explanation == (feedback["text"] if feedback else None)
            if question["type"] == "TF":
                assert draft.truth is question["isTrue"]
            elif question["type"] == "MC":
                texts = [c["text"]["text"] for c in question["choices"]]
                assert [o.text for o in draft.options] == texts
                assert [o.weight for o in draft.options] == [
                    c["weight"] for c in question["choices"]
                ]
                assert any(o.correct for o in draft.options)
            else:
                assert draft.numeric is not None
