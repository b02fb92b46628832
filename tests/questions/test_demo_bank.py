"""The demo question bank shipped in the package (src/gurukul/questions/data/demo_*.json).

Pure checks, no database: every file parses cleanly, every item is usable and tagged to real
concepts, templates instantiate, the keys of choice and number questions check as correct and
a wrong answer as wrong, nothing is duplicated, and every leaf concept of the demo curriculum
has at least three items. The files are written by scripts/demo_bank/build.py.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from gurukul.curriculum.loader import DEMO_CURRICULUM, Curriculum, load_curriculum
from gurukul.demo import demo_bank_files
from gurukul.questions.checking import CheckableQuestion, check
from gurukul.questions.draft import QuestionDraft, QuestionType
from gurukul.questions.formats import FORMATS
from gurukul.questions.service import draft_problems
from gurukul.questions.templates import instantiate, validate_template

MIN_PER_LEAF = 3
SEEDS = range(21)
FILES = demo_bank_files()
SUBJECTS = ("PHY", "CHEM", "MATH")


@cache
def curriculum() -> Curriculum:
    return load_curriculum(DEMO_CURRICULUM)


@cache
def drafts_of(path: Path) -> tuple[QuestionDraft, ...]:
    parsed = FORMATS["json"].parse(path.read_text(encoding="utf-8"))
    assert parsed.problems == [], [f"{p.ref}: {p.reason}" for p in parsed.problems[:10]]
    return tuple(item.draft for item in parsed.items)


def all_drafts() -> list[QuestionDraft]:
    return [draft for path in FILES for draft in drafts_of(path)]


def label(draft: QuestionDraft) -> str:
    return draft.external_id or draft.text[:60]


def test_the_demo_files_exist() -> None:
    assert FILES, "no demo_*.json: run scripts/demo_bank/build.py"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
class TestEachFile:
    def test_parses_without_problems(self, path: Path) -> None:
        assert drafts_of(path)

    def test_every_item_is_usable(self, path: Path) -> None:
        bad = {label(d): problems for d in drafts_of(path) if (problems := draft_problems(d))}
        assert bad == {}

    def test_every_item_is_tagged_to_known_concepts_of_one_subject(self, path: Path) -> None:
        known = {c.id: c.subject for c in curriculum().concepts}
        for draft in drafts_of(path):
            assert draft.concepts, label(draft)
            assert all(c in known for c in draft.concepts), (label(draft), draft.concepts)
        subjects = {known[d.concepts[0]] for d in drafts_of(path)}
        assert len(subjects) == 1, subjects

    def test_every_item_has_an_explanation_and_a_difficulty(self, path: Path) -> None:
        for draft in drafts_of(path):
            assert (draft.explanation or "").strip(), label(draft)
        levels = Counter(d.difficulty for d in drafts_of(path))
        assert len(levels) == 3, levels

    def test_templates_validate_and_instantiate(self, path: Path) -> None:
        templates = [d for d in drafts_of(path) if d.type is QuestionType.TEMPLATE]
        for draft in templates:
            assert draft.template is not None
            assert validate_template(draft.template, text=draft.text) == [], label(draft)
            for seed in SEEDS:
                instance = instantiate(draft.template, draft.text, seed)
                assert "{{" not in instance.text, label(draft)
                question = CheckableQuestion.from_template(draft.template, instance)
                assert check(question, instance.answer).correct, (label(draft), seed)
                wrong = instance.answer + 2 * draft.template.tolerance + 1
                assert not check(question, wrong).correct, (label(draft), seed)

    def test_keys_check_correct_and_a_wrong_answer_wrong(self, path: Path) -> None:
        for draft in drafts_of(path):
            if draft.type is QuestionType.TEMPLATE:
                continue
            question = CheckableQuestion.from_draft(draft)
            if draft.type is QuestionType.TRUE_FALSE:
                assert draft.truth is not None
                key: object = draft.truth
                wrong: object = not draft.truth
            elif draft.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
                keys = [o.id for o in draft.options if o.correct]
                wrongs = [o.id for o in draft.options if not o.correct]
                assert wrongs, label(draft)  # a choice question with no distractor tests nothing
                key = keys[0] if draft.type is QuestionType.SINGLE else keys
                wrong = wrongs[0] if draft.type is QuestionType.SINGLE else [*keys, wrongs[0]]
                if draft.type is QuestionType.SINGLE:
                    assert len(keys) == 1, label(draft)
            else:
                assert draft.numeric is not None
                key = draft.numeric.value
                wrong = draft.numeric.value + 2 * draft.numeric.tolerance + 1
            assert check(question, key).correct, label(draft)
            assert not check(question, wrong).correct, label(draft)

    def test_misconceptions_are_only_on_distractors(self, path: Path) -> None:
        for draft in drafts_of(path):
            for option in draft.options:
                if option.misconception:
                    assert not option.correct, label(draft)


def test_no_content_is_duplicated_across_the_files() -> None:
    seen: dict[str, str] = {}
    duplicates = []
    for draft in all_drafts():
        digest = draft.content_hash()
        if digest in seen:
            duplicates.append((label(draft), seen[digest]))
        seen[digest] = label(draft)
    assert duplicates == []


def test_external_ids_are_unique() -> None:
    ids = Counter(d.external_id for d in all_drafts())
    assert [i for i, n in ids.items() if n > 1 or i is None] == []


@pytest.mark.parametrize("subject", SUBJECTS)
def test_every_leaf_concept_has_at_least_three_items(subject: str) -> None:
    """Across all the demo files; fails for a subject whose demo file is missing."""
    concepts = curriculum().concepts
    parents = {c.parent for c in concepts if c.parent}
    leaves = {c.id for c in concepts if c.id not in parents and c.subject == subject}
    per_concept = Counter(c for d in all_drafts() for c in set(d.concepts))
    short = {leaf: per_concept[leaf] for leaf in sorted(leaves) if per_concept[leaf] < MIN_PER_LEAF}
    assert short == {}, f"{len(short)} of {len(leaves)} {subject} leaf concepts lack items"
