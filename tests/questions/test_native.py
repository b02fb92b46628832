from __future__ import annotations

import json

import pytest

from gurukul.questions.draft import (
    Difficulty,
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
    TemplateSpec,
    TemplateVariable,
)
from gurukul.questions.formats import FORMATS, DumpError, ParseResult, native
from gurukul.questions.formats._common import true_false_options


def varied_drafts() -> list[QuestionDraft]:
    opt = OptionDraft
    return [
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="A block slides down a rough incline. Work done by friction is",
            options=[
                opt("A", "positive", misconception="sign error in work done by friction"),
                opt("B", "negative", True, "Friction opposes motion."),
                opt("C", "zero"),
                opt("D", "undefined", weight=-25.0),
            ],
            explanation="$W = -\\mu m g \\cos\\theta \\cdot d$",
            concepts=["physics.work-energy", "physics.friction"],
            difficulty=Difficulty.EASY,
            source="NCERT",
            year=2019,
            marking="jee_main",
            category="Mechanics",
            tags=["work", "friction"],
            external_id="phy-42",
            title="Friction work",
        ),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text='Which, are "prime"?\nPick all.',
            options=[opt("A", "2", True), opt("B", "3", True), opt("C", "=4"), opt("D", "-9")],
            marking="jee_advanced",
        ),
        QuestionDraft(type=QuestionType.INTEGER, text="Moons of Mars?", numeric=NumericAnswer(2.0)),
        QuestionDraft(
            type=QuestionType.NUMERIC,
            text="g in m/s²?",
            numeric=NumericAnswer(9.81, 0.05),
            marking="custom",
            marking_custom={"correct": 3.0, "wrong": -1.0},
        ),
        QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="Sound travels in vacuum.",
            truth=False,
            options=true_false_options(False, "It needs a medium.", None),
        ),
        QuestionDraft(type=QuestionType.TRUE_FALSE, text="@mention-like text", truth=True),
    ]


def template_draft() -> QuestionDraft:
    return QuestionDraft(
        type=QuestionType.TEMPLATE,
        text="A car covers {d} km in {t} h. Speed?",
        template=TemplateSpec(
            variables=[TemplateVariable("d", 10, 100, 5), TemplateVariable("t", 1, 5)],
            answer_formula="d / t",
            tolerance=0.01,
        ),
    )


class TestJson:
    def test_round_trip_including_templates(self) -> None:
        drafts = [*varied_drafts(), template_draft()]
        result = native.parse_json(native.dump_json(drafts))
        assert result.problems == []
        assert result.drafts == drafts

    def test_enums_are_written_as_strings(self) -> None:
        data = json.loads(native.dump_json(varied_drafts()[:1]))
        assert data[0]["type"] == "single"
        assert data[0]["difficulty"] == "EASY"

    def test_minimal_items_with_lines_and_refs(self) -> None:
        text = (
            "[\n"
            '  {"type": "true_false", "text": "Sky is blue", "truth": true},\n'
            '  {"type": "integer", "text": "2+2?", "numeric": {"value": 4},\n'
            '   "external_id": "ext-9"}\n'
            "]"
        )
        result = native.parse_json(text)
        assert [(i.ref, i.line) for i in result.items] == [("#1", 2), ("ext-9", 3)]
        assert result.items[1].draft.numeric == NumericAnswer(4.0)

    @pytest.mark.parametrize(
        ("item", "reason"),
        [
            ('{"text": "no type"}', "question: missing field(s) type"),
            ('{"type": "essay", "text": "x"}', "type: 'essay' is not one of single, "),
            ('{"type": "single", "text": "x", "optons": []}', "question: unknown field(s) optons"),
            (
                '{"type": "integer", "text": "x", "numeric": {"value": "4"}}',
                "numeric.value: expected a number",
            ),
            (
                '{"type": "true_false", "text": "x", "truth": "yes"}',
                "truth: expected true or false",
            ),
            (
                '{"type": "single", "text": "x", "options": [{"id": "A"}]}',
                "options[0]: missing field(s) text",
            ),
            ('{"type": "single", "text": "x", "year": 2019.5}', "year: expected a whole number"),
            ("[1, 2]", "question: expected an object, got list"),
            (
                '{"type": "single", "text": "x", "options": '
                '[{"id": "A", "text": "a"}, {"id": "B", "text": "b"}]}',
                "no correct answer among the options",
            ),
            ('{"type": "numeric", "text": "x"}', "numeric answer is missing"),
            (
                '{"type": "integer", "text": "x", "numeric": {"value": 2.5}}',
                "integer question has a non-integer answer 2.5",
            ),
            ('{"type": "true_false", "text": "  ", "truth": true}', "question text is empty"),
            (
                '{"type": "true_false", "text": "x", "truth": true, "marking": "neet"}',
                "unknown marking scheme 'neet'",
            ),
        ],
    )
    def test_bad_items_are_problems(self, item: str, reason: str) -> None:
        good = '{"type": "true_false", "text": "fine", "truth": false}'
        result = native.parse_json(f"[{good},\n{item},\n{good}]")
        assert len(result.items) == 2
        (problem,) = result.problems
        assert problem.line == 2
        assert problem.reason.startswith(reason)

    def test_invalid_json_names_the_line(self) -> None:
        (problem,) = native.parse_json('[\n  {"type": "single",\n  "text": }\n]').problems
        assert (problem.ref, problem.line) == ("file", 3)
        assert problem.reason.startswith("invalid JSON: Expecting value")

    def test_truncated_json(self) -> None:
        (problem,) = native.parse_json(
            '[{"type": "true_false", "text": "x", "truth": true},'
        ).problems
        assert problem.reason.startswith("invalid JSON")

    def test_not_an_array(self) -> None:
        (problem,) = native.parse_json('{"questions": []}').problems
        assert problem.reason == "expected a JSON array, got dict"

    def test_nan_is_refused(self) -> None:
        (problem,) = native.parse_json(
            '[{"type": "numeric", "text": "x", "numeric": {"value": NaN}}]'
        ).problems
        assert problem.reason == "invalid JSON: NaN is not a number JSON allows"

    def test_empty_array(self) -> None:
        assert native.parse_json(" [ ] ") == ParseResult()


HEADER = (
    "type,text,option_a,option_b,option_c,option_d,correct,answer,tolerance,explanation,"
    "concepts,difficulty,source,year,marking"
)
CSV = "\n".join(
    [
        HEADER,
        'single,"Work done by friction on a block sliding down is",positive,negative,zero,,B,,,'
        "Friction opposes motion.,physics.work-energy; physics.friction,easy,NCERT,2019,jee_main",
        'multiple,"Which are prime?\n(pick all)",2,3,4,9,A;B,,,,,HARD,,,jee_advanced',
        "integer,Moons of Mars?,,,,,,2,,,,,,,",
        "numeric,g in m/s²?,,,,,,9.81,0.05,,,,,,",
        "true_false,Sound travels in vacuum.,,,,,F,,,,,,,,",
        "",
    ]
)


class TestCsv:
    def test_spreadsheet_rows(self) -> None:
        result = native.parse_csv(CSV)
        assert result.problems == []
        first, second, third, fourth, fifth = result.drafts
        assert first.options == [
            OptionDraft("A", "positive"),
            OptionDraft("B", "negative", True),
            OptionDraft("C", "zero"),
        ]
        assert first.concepts == ["physics.work-energy", "physics.friction"]
        assert (first.difficulty, first.source, first.year) == (Difficulty.EASY, "NCERT", 2019)
        assert second.type is QuestionType.MULTIPLE
        assert second.text == "Which are prime?\n(pick all)"
        assert [o.id for o in second.options if o.correct] == ["A", "B"]
        assert second.marking == "jee_advanced"
        assert third.numeric == NumericAnswer(2.0)
        assert fourth.numeric == NumericAnswer(9.81, 0.05)
        assert fifth.truth is False

    def test_lines_account_for_multiline_cells(self) -> None:
        result = native.parse_csv(CSV)
        assert [(i.ref, i.line) for i in result.items] == [
            ("row 1", 2),
            ("row 2", 3),
            ("row 3", 5),
            ("row 4", 6),
            ("row 5", 7),
        ]

    @pytest.mark.parametrize("correct", ["A;C", "AC", "a, c", "A C"])
    def test_ways_of_writing_several_letters(self, correct: str) -> None:
        text = f'type,text,option_a,option_b,option_c,correct\nmultiple,Q,x,y,z,"{correct}"\n'
        (draft,) = native.parse_csv(text).drafts
        assert [o.correct for o in draft.options] == [True, False, True]

    def test_semicolon_separated_and_byte_order_mark(self) -> None:
        text = "\ufefftype;text;option_a;option_b;correct\nsingle;Q?;yes;no;A\n"
        (draft,) = native.parse_csv(text).drafts
        assert draft.options[0].correct

    def test_missing_column_is_one_problem_for_the_file(self) -> None:
        result = native.parse_csv("type,text,option_a,option_b\nsingle,Q?,a,b\nsingle,R?,c,d\n")
        assert result.items == []
        assert [(p.ref, p.line, p.reason) for p in result.problems] == [
            ("header", 1, "missing required column(s): correct")
        ]

    def test_answer_column_is_needed_by_numeric_rows(self) -> None:
        (problem,) = native.parse_csv("type,text\ninteger,2+2?\n").problems
        assert problem.reason == "missing required column(s): answer"

    def test_unknown_column_is_reported_and_ignored(self) -> None:
        result = native.parse_csv("type,text,correct,explaination\ntrue_false,Q?,T,oops\n")
        assert len(result.items) == 1
        assert [p.reason for p in result.problems] == ["unknown column 'explaination' (ignored)"]

    def test_duplicate_column(self) -> None:
        (problem,) = native.parse_csv("type,text,text\n").problems
        assert problem.reason == "duplicate column(s): text"

    def test_empty_file(self) -> None:
        (problem,) = native.parse_csv("").problems
        assert problem.reason == "the file is empty"

    @pytest.mark.parametrize(
        ("row", "reason"),
        [
            (
                "essay,Q?,a,b,A,,",
                "unknown type 'essay' (use single, multiple, integer, numeric, true_false)",
            ),
            ("single,Q?,a,b,E,,", "correct answer 'E' is not among the options"),
            ("single,Q?,a,b,,,", "no correct answer given"),
            ("single,Q?,a,b,AB,,", "single-correct question has 2 correct options"),
            ("single,Q?,a,,A,,", "a choice question needs at least two options"),
            ("numeric,Q?,,,,,", "no answer given"),
            ("numeric,Q?,,,,1;5,", "answer '1;5' is not a number"),
            ("integer,Q?,,,,2.5,", "integer question has a non-integer answer 2.5"),
            ("true_false,Q?,,,maybe,,", "true/false answer 'maybe' is not true or false"),
            ("true_false,Q?,,,T,,nineteen", "year 'nineteen' is not a number"),
            ("true_false,,,,T,,", "question text is empty"),
        ],
    )
    def test_bad_rows_are_problems(self, row: str, reason: str) -> None:
        text = f"type,text,option_a,option_b,correct,answer,year\ntrue_false,Fine,,,T,,\n{row}\n"
        result = native.parse_csv(text)
        assert len(result.items) == 1
        assert [(p.ref, p.line, p.reason) for p in result.problems] == [("row 2", 3, reason)]

    def test_round_trip(self) -> None:
        drafts = varied_drafts()
        result = native.parse_csv(native.dump_csv(drafts))
        assert result.problems == []
        assert result.drafts == drafts

    def test_plain_rows_need_no_metadata_column(self) -> None:
        drafts = native.parse_csv(CSV).drafts
        text = native.dump_csv(drafts)
        assert "gurukul_meta" not in text
        assert native.parse_csv(text).drafts == drafts

    def test_cells_a_spreadsheet_would_run_are_defused(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.TRUE_FALSE, text='=HYPERLINK("http://evil","x")', truth=True
        )
        text = native.dump_csv([draft])
        assert "'=HYPERLINK" in text
        assert native.parse_csv(text).drafts == [draft]

    def test_a_leading_apostrophe_of_the_author_survives(self) -> None:
        draft = QuestionDraft(type=QuestionType.TRUE_FALSE, text="'=not a formula", truth=True)
        assert native.parse_csv(native.dump_csv([draft])).drafts == [draft]

    def test_templates_cannot_be_written(self) -> None:
        with pytest.raises(DumpError, match="only be exported as JSON"):
            native.dump_csv([template_draft()])

    def test_more_than_six_options_cannot_be_written(self) -> None:
        options = [OptionDraft(chr(65 + i), str(i), i == 0) for i in range(7)]
        draft = QuestionDraft(type=QuestionType.SINGLE, text="Q?", options=options)
        with pytest.raises(DumpError, match="at most 6 options"):
            native.dump_csv([draft])


class TestRegistry:
    def test_formats(self) -> None:
        assert sorted(FORMATS) == ["csv", "gift", "jeebench", "json", "moodle-xml", "qti"]
        assert FORMATS["jeebench"].dump is None
        assert all(f.dump is not None for name, f in FORMATS.items() if name != "jeebench")

    @pytest.mark.parametrize("name", ["gift", "moodle-xml", "qti", "json", "csv"])
    def test_each_format_round_trips_the_same_drafts(self, name: str) -> None:
        fmt = FORMATS[name]
        assert fmt.dump is not None
        drafts = varied_drafts()
        result = fmt.parse(fmt.dump(drafts))
        assert result.problems == []
        assert result.drafts == drafts
