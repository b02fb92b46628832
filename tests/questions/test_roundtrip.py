"""parse(dump(drafts)) == drafts for every format we export to, over generated drafts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gurukul.questions.draft import (
    Difficulty,
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
    TemplateSpec,
    TemplateVariable,
)
from gurukul.questions.formats import FORMATS
from gurukul.questions.formats._common import MARKINGS, option_id, true_false_options

# Text any of the formats must carry: their control characters, LaTeX, markup, unicode.
# Left out: what XML 1.0 cannot hold at all (most C0 controls, surrogates, noncharacters).
_SPECIAL = list("{}~=#:\\%[]-><&\"';,\n\t\r $_/*") + ["->", "####", "//", "]]>", "--", "\\n"]
_ALPHABET = st.characters(
    blacklist_categories=("Cs", "Cn"),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\n\t\r"],
)
TEXT = (
    st.lists(st.one_of(st.sampled_from(_SPECIAL), _ALPHABET), min_size=1, max_size=12)
    .map("".join)
    .filter(lambda s: s.strip() != "")
)
WORD = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=8)


def optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.none(), strategy)


@st.composite
def drafts(draw: st.DrawFn, *, templates: bool = False) -> QuestionDraft:
    kinds = [k for k in QuestionType if templates or k is not QuestionType.TEMPLATE]
    kind = draw(st.sampled_from(kinds))
    marking = draw(st.sampled_from(MARKINGS))
    draft = QuestionDraft(
        type=kind,
        text=draw(TEXT),
        explanation=draw(optional(TEXT)),  # type: ignore[arg-type]
        marking=marking,
        marking_custom={"correct": 3.0, "wrong": -1.0} if marking == "custom" else None,
        concepts=draw(st.lists(WORD, max_size=3)),
        difficulty=draw(st.sampled_from(Difficulty)),
        source=draw(optional(TEXT)),  # type: ignore[arg-type]
        year=draw(optional(st.integers(1950, 2100))),  # type: ignore[arg-type]
        category=draw(optional(TEXT)),  # type: ignore[arg-type]
        tags=draw(st.lists(TEXT, max_size=3)),
        external_id=draw(optional(WORD)),  # type: ignore[arg-type]
        title=draw(optional(TEXT)),  # type: ignore[arg-type]
    )
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        n = draw(st.integers(2, 6))
        size = 1 if kind is QuestionType.SINGLE else n
        correct = draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=size))
        letters = [option_id(i) for i in range(n)]
        ids = draw(st.one_of(st.just(letters), st.lists(WORD, min_size=n, max_size=n, unique=True)))
        draft.options = [
            OptionDraft(
                id=ids[i],
                text=draw(TEXT),
                correct=i in correct,
                feedback=draw(optional(TEXT)),  # type: ignore[arg-type]
                misconception=draw(optional(TEXT)),  # type: ignore[arg-type]
                weight=draw(optional(st.floats(-100, 100))),  # type: ignore[arg-type]
            )
            for i in range(n)
        ]
    elif kind is QuestionType.INTEGER:
        draft.numeric = NumericAnswer(float(draw(st.integers(-(10**9), 10**9))))
    elif kind is QuestionType.NUMERIC:
        draft.numeric = NumericAnswer(draw(st.floats(-1e9, 1e9)), draw(st.floats(0, 1e3)))
    elif kind is QuestionType.TRUE_FALSE:
        draft.truth = draw(st.booleans())
        on_true, on_false = draw(optional(TEXT)), draw(optional(TEXT))
        draft.options = true_false_options(draft.truth, on_true, on_false)  # type: ignore[arg-type]
    else:
        variables = [TemplateVariable("a", 1.0, 9.0), TemplateVariable("b", 0.5, 2.0, 0.5)]
        draft.template = TemplateSpec(variables, "a * b", tolerance=0.01)
    return draft


FAST = settings(
    max_examples=30,
    deadline=None,
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.parametrize("name", ["gift", "moodle-xml", "qti", "csv"])
@FAST
@given(batch=st.lists(drafts(), min_size=1, max_size=4))
def test_exported_drafts_read_back_equal(name: str, batch: list[QuestionDraft]) -> None:
    fmt = FORMATS[name]
    assert fmt.dump is not None
    result = fmt.parse(fmt.dump(batch))
    assert result.problems == []
    assert result.drafts == batch


@FAST
@given(batch=st.lists(drafts(templates=True), min_size=1, max_size=4))
def test_json_reads_back_equal_including_templates(batch: list[QuestionDraft]) -> None:
    fmt = FORMATS["json"]
    assert fmt.dump is not None
    result = fmt.parse(fmt.dump(batch))
    assert result.problems == []
    assert result.drafts == batch
