from __future__ import annotations

import pytest

from gurukul.questions.draft import (
    Difficulty,
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
)
from gurukul.questions.formats import DumpError, gift
from gurukul.questions.formats._common import true_false_options


def only_draft(text: str) -> QuestionDraft:
    result = gift.parse(text)
    assert result.problems == []
    assert len(result.items) == 1
    return result.items[0].draft


def correct_ids(draft: QuestionDraft) -> list[str]:
    return [o.id for o in draft.options if o.correct]


class TestMultipleChoice:
    def test_one_right_answer_is_single_correct(self) -> None:
        draft = only_draft("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")
        assert draft.type is QuestionType.SINGLE
        assert draft.text == "Who's buried in Grant's tomb?"
        assert [(o.id, o.text) for o in draft.options] == [
            ("A", "Grant"),
            ("B", "Jefferson"),
            ("C", "no one"),
        ]
        assert correct_ids(draft) == ["C"]

    def test_missing_word_leaves_a_blank_in_the_text(self) -> None:
        draft = only_draft("Grant is {~buried =entombed ~living} in Grant's tomb.")
        assert draft.text == "Grant is _____ in Grant's tomb."

    def test_answers_on_several_lines_with_feedback(self) -> None:
        draft = only_draft(
            "What's between orange and green in the spectrum?\n"
            "{\n"
            "    =yellow # right; good!\n"
            "    ~red # wrong, it's yellow\n"
            "    ~blue # wrong, it's yellow\n"
            "}\n"
        )
        assert [o.feedback for o in draft.options] == [
            "right; good!",
            "wrong, it's yellow",
            "wrong, it's yellow",
        ]

    def test_general_feedback_becomes_the_explanation(self) -> None:
        draft = only_draft("2+2?{=4 ~5 ####Count on your fingers.}")
        assert draft.explanation == "Count on your fingers."

    def test_positive_weights_without_equals_are_multiple_correct(self) -> None:
        draft = only_draft(
            "What two people are entombed in Grant's tomb? {\n"
            "   ~%-100%No one\n"
            "   ~%50%Grant\n"
            "   ~%50%Grant's wife\n"
            "   ~%-100%Grant's father\n"
            "}"
        )
        assert draft.type is QuestionType.MULTIPLE
        assert correct_ids(draft) == ["B", "C"]
        assert [o.weight for o in draft.options] == [-100, 50, 50, -100]

    def test_fractional_weights_are_kept(self) -> None:
        draft = only_draft(
            "Continents?{~%33.33333%Africa ~%33.33333%Asia ~%33.33333%Antarctica ~%-100%China}"
        )
        assert draft.type is QuestionType.MULTIPLE
        assert draft.options[0].weight == pytest.approx(33.33333)

    def test_several_equals_answers_are_multiple_correct(self) -> None:
        draft = only_draft("Specify the seasons\\: {=spring =summer =winter =autumn ~easter}")
        assert draft.type is QuestionType.MULTIPLE
        assert correct_ids(draft) == ["A", "B", "C", "D"]
        assert draft.text == "Specify the seasons:"

    def test_partial_credit_beside_a_right_answer_stays_single(self) -> None:
        draft = only_draft(
            "Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}"
        )
        assert draft.type is QuestionType.SINGLE
        assert correct_ids(draft) == ["C"]
        assert draft.options[1].weight == 50
        assert not draft.options[1].correct

    def test_a_single_positive_weight_is_single_correct(self) -> None:
        draft = only_draft("Q?{~%100%right ~wrong ~also wrong}")
        assert draft.type is QuestionType.SINGLE
        assert correct_ids(draft) == ["A"]

    def test_escaped_control_characters_are_literal(self) -> None:
        draft = only_draft(
            "Which is not a control character? {\n"
            "  ~ \\~  # \\~ is one.\n"
            "  ~ \\=  # \\= is one.\n"
            "  ~ \\#  # \\# is one.\n"
            "  ~ \\{  # \\{ is one.\n"
            "  ~ \\}  # \\} is one.\n"
            "  ~ \\:  # \\: is one.\n"
            "  = \\\\ # Correct! A backslash escapes the others.\n"
            "}"
        )
        assert [o.text for o in draft.options] == ["~", "=", "#", "{", "}", ":", "\\"]
        assert draft.options[6].feedback == "Correct! A backslash escapes the others."

    def test_latex_written_with_escapes(self) -> None:
        draft = only_draft("Evaluate $\\\\frac\\{1\\}\\{2\\} + x$ for $x \\\\neq 0${=a ~b}")
        assert draft.text == "Evaluate $\\frac{1}{2} + x$ for $x \\neq 0$"

    def test_a_lone_backslash_is_kept(self) -> None:
        draft = only_draft("Path C:\\Windows\\: which drive?{=C ~D}")
        assert draft.text == "Path C:\\Windows: which drive?"

    def test_unicode_text(self) -> None:
        draft = only_draft("¿Cuál es la capital de 日本?{=東京 ~Kyōto}")
        assert draft.text == "¿Cuál es la capital de 日本?"
        assert draft.options[0].text == "東京"

    def test_option_with_arrow_is_not_matching(self) -> None:
        draft = only_draft(
            "How to make coffee?{~go to starbucks -> order =get powder -> add water}"
        )
        assert draft.options[1].text == "get powder -> add water"


class TestTextFormats:
    def test_html_keeps_markup_and_line_breaks(self) -> None:
        draft = only_draft(
            "::Q001::[html]<p>What does this print?</p>\n<pre>\n  x = 1\n</pre>{=1 ~2}"
        )
        assert draft.text == "<p>What does this print?</p>\n<pre>\n  x = 1\n</pre>"
        assert draft.title == "Q001"

    def test_options_inherit_html(self) -> None:
        draft = only_draft("[html]<p>Sun rises in the?</p>{=<p>east</p>#<b>Yes</b> ~<p>west</p>}")
        assert draft.options[0].text == "<p>east</p>"
        assert draft.options[0].feedback == "<b>Yes</b>"

    def test_markdown_keeps_line_breaks(self) -> None:
        draft = only_draft("[markdown]Which is **bold**?  \nPick one:{=**a** ~b}")
        assert draft.text == "Which is **bold**?  \nPick one:"

    def test_moodle_format_joins_lines(self) -> None:
        draft = only_draft(
            "Japanese characters originally\ncame from   what country?{=China ~India}"
        )
        assert draft.text == "Japanese characters originally came from what country?"

    def test_escaped_newline(self) -> None:
        draft = only_draft("[html]Blah\\nblah{=a ~b}")
        assert draft.text == "Blah\nblah"


class TestTrueFalse:
    @pytest.mark.parametrize(
        ("word", "truth"), [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)]
    )
    def test_words(self, word: str, truth: bool) -> None:
        draft = only_draft(f"Grant is buried in Grant's tomb.{{{word}}}")
        assert draft.type is QuestionType.TRUE_FALSE
        assert draft.truth is truth
        assert draft.options == []

    def test_first_feedback_is_for_a_wrong_answer(self) -> None:
        # Moodle: {FALSE#shown to whoever answers true#shown to whoever answers false}
        draft = only_draft("42 is the Absolute Answer.{\nFALSE#It is the Ultimate one.#Right.}")
        assert draft.options == true_false_options(False, "It is the Ultimate one.", "Right.")

    def test_feedback_of_a_true_statement(self) -> None:
        draft = only_draft("The sun rises in the east.{T#No, it does.#Yes.}")
        assert draft.options == true_false_options(True, "Yes.", "No, it does.")

    def test_empty_first_feedback(self) -> None:
        # the second feedback is for a right answer, whatever the author called it
        draft = only_draft("Grant is buried in Grant's tomb.{TRUE# #feedback for false}")
        assert draft.options == true_false_options(True, "feedback for false", None)


class TestNumeric:
    def test_bare_number(self) -> None:
        draft = only_draft("When was Ulysses S. Grant born?{#1822}")
        assert draft.type is QuestionType.NUMERIC
        assert draft.numeric == NumericAnswer(1822.0, 0.0)

    def test_value_and_tolerance(self) -> None:
        draft = only_draft("What is pi (to 3 decimal places)? {#3.1415:0.0005}.")
        assert draft.numeric == NumericAnswer(3.1415, 0.0005)
        assert draft.text == "What is pi (to 3 decimal places)? _____ ."

    def test_negative_numbers(self) -> None:
        assert only_draft("Minus pi?{#-3.142:0.001}").numeric == NumericAnswer(-3.142, 0.001)

    def test_range_is_midpoint_and_half_width(self) -> None:
        assert only_draft("A number from 1 to 5.{#1..5}").numeric == NumericAnswer(3.0, 2.0)

    def test_decimal_range_without_float_noise(self) -> None:
        draft = only_draft("Pi to 3 places?{#3.141..3.142}")
        assert draft.numeric == NumericAnswer(3.1415, 0.0005)

    def test_several_answers_keep_the_full_credit_one(self) -> None:
        result = gift.parse(
            "When was Grant born? {#\n"
            "     =%50%1822:2  #He was born in 1822.\n"
            "     =1822:0      #Correct!\n"
            "     ~#Completely wrong\n"
            "}"
        )
        (item,) = result.items
        assert item.draft.numeric == NumericAnswer(1822.0, 0.0)
        assert item.warnings == ["kept the full-credit answer only; dropped 2 other(s)"]

    def test_no_full_credit_answer_is_a_problem(self) -> None:
        result = gift.parse("Q?{#=%50%3:1 =%25%3:2}")
        assert [p.reason for p in result.problems] == ["no numeric answer is worth full credit"]


class TestFileStructure:
    def test_comments_titles_ids_and_tags(self) -> None:
        result = gift.parse(
            "// question: 12  name: ignored\n"
            "// [id:Q-7]\n"
            "// [tag:algebra] [tag:easy-ones]\n"
            "::Sum:: 2+2?{=4 ~5}\n"
        )
        (item,) = result.items
        assert item.draft.title == "Sum"
        assert item.draft.external_id == "Q-7"
        assert item.draft.tags == ["algebra", "easy-ones"]
        assert item.ref == "Sum"
        assert item.line == 4

    def test_tags_apply_to_the_next_question_only(self) -> None:
        result = gift.parse("// [tag:first]\n\nA?{T}\n\nB?{F}\n")
        assert [i.draft.tags for i in result.items] == [["first"], []]

    def test_category_applies_to_following_questions(self) -> None:
        result = gift.parse("A?{T}\n\n$CATEGORY: $course$/top/Physics: Unit 1\n\nB?{T}\n\nC?{F}\n")
        assert [i.draft.category for i in result.items] == [
            None,
            "$course$/top/Physics: Unit 1",
            "$course$/top/Physics: Unit 1",
        ]

    def test_category_line_directly_above_a_question(self) -> None:
        (item,) = gift.parse("$CATEGORY: top/Maths\nB?{T}\n").items
        assert item.draft.category == "top/Maths"
        assert item.line == 2

    def test_refs_and_lines_follow_the_file(self) -> None:
        result = gift.parse("First?{T}\n\n\n\n::Named::Second?{F}\n\nThird?{#3}")
        assert [(i.ref, i.line) for i in result.items] == [("#1", 1), ("Named", 5), ("#3", 7)]

    def test_windows_line_endings_and_byte_order_mark(self) -> None:
        result = gift.parse("\ufeff// c\r\nA?{\r\n=yes\r\n~no\r\n}\r\n\r\nB?{T}\r\n")
        assert [i.draft.text for i in result.items] == ["A?", "B?"]

    def test_empty_input(self) -> None:
        assert gift.parse("") == gift.parse("// only a comment\n\n   \n")


class TestProblems:
    def test_unclosed_brace_names_its_line_and_spares_the_rest(self) -> None:
        result = gift.parse("Fine?{T}\n\n::Broken::What is\n2+2? {=4 ~5\n~6\n\nAlso fine?{=x ~y}\n")
        assert [i.draft.text for i in result.items] == ["Fine?", "Also fine?"]
        (problem,) = result.problems
        assert problem.ref == "Broken"
        assert problem.line == 4
        assert problem.reason.startswith("unclosed '{' on line 4")

    def test_brace_opened_twice(self) -> None:
        (problem,) = gift.parse("Q? {=a ~b\n{=c}").problems
        assert "unclosed '{' on line 1" in problem.reason

    def test_closing_brace_without_opening(self) -> None:
        (problem,) = gift.parse("Q?\n=a ~b}").problems
        assert problem.reason == "'}' on line 2 has no matching '{'"
        assert problem.line == 2

    def test_second_answer_block(self) -> None:
        (problem,) = gift.parse("Water is {=1 ~2} part oxygen and {=2 ~1} hydrogen.").problems
        assert problem.reason.startswith("a second answer block")

    def test_no_correct_answer_is_a_problem_not_a_draft(self) -> None:
        result = gift.parse("Q?{~a ~b ~c}")
        assert result.items == []
        assert [p.reason for p in result.problems] == ["no correct answer among the options"]

    def test_only_negative_weights_is_no_correct_answer(self) -> None:
        (problem,) = gift.parse("Q?{~%-50%a ~b}").problems
        assert problem.reason == "no correct answer among the options"

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Who's buried in Grant's tomb?{=no one =nobody}", "short answer"),
            ("How do you write 1? {One}", "short answer"),
            ("Match.{=Canada -> Ottawa =Italy -> Rome}", "matching"),
            ("Write a short biography of Dag Hammarskjöld. {}", "essay"),
            ("::Intro::You may use pencil and paper.", "description"),
        ],
    )
    def test_unscored_types_are_reported(self, text: str, kind: str) -> None:
        result = gift.parse(text)
        assert result.items == []
        assert [p.reason for p in result.problems] == [f"unsupported GIFT type: {kind}"]

    def test_invalid_numeric_answer(self) -> None:
        (problem,) = gift.parse("Q?{#three}").problems
        assert problem.reason == "invalid numeric answer 'three' near line 1"

    def test_invalid_weight(self) -> None:
        (problem,) = gift.parse("Q?{~%half%a =b}").problems
        assert problem.reason == "invalid answer weight near line 1"

    def test_weight_out_of_range(self) -> None:
        (problem,) = gift.parse("Q?{~%150%a =b}").problems
        assert problem.reason == "answer weight 150% is outside -100..100"

    def test_unclosed_title(self) -> None:
        (problem,) = gift.parse("::Title without end {T}").problems
        assert problem.reason == "title opened with '::' is not closed"

    def test_text_before_first_choice(self) -> None:
        (problem,) = gift.parse("Q?{stray =a ~b}").problems
        assert problem.reason == "text 'stray' before the first answer (near line 1)"

    def test_one_problem_per_bad_item_in_a_long_file(self) -> None:
        text = "\n\n".join(["Q?{T}", "Q?{~a ~b}", "Q?{#x}", "Q?{=a ~b}", "Q {"])
        result = gift.parse(text)
        assert len(result.items) == 2
        assert [p.line for p in result.problems] == [3, 5, 9]
        assert [p.ref for p in result.problems] == ["#2", "#3", "#5"]


def first_draft() -> QuestionDraft:
    opt = OptionDraft
    return QuestionDraft(
        type=QuestionType.SINGLE,
        text="Evaluate $\\int_0^1 x\\,dx$ {braces} #hash ~tilde =eq: colon",
        options=[opt("A", "$\\frac{1}{2}$", True, "Yes: area"), opt("B", "1"), opt("C", "2")],
        explanation="Area of a triangle.\n\nSecond paragraph.",
        title="Integral: basic",
        external_id="calc-001",
        tags=["calculus", "integration"],
        category="top/Maths",
    )


def varied_drafts() -> list[QuestionDraft]:
    """Drafts GIFT holds natively (categories last: GIFT cannot switch back to none)."""
    opt = OptionDraft
    return [
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Which are continents?",
            options=[
                opt("A", "Africa", True, weight=50.0),
                opt("B", "Asia", True, weight=50.0),
                opt("C", "China", weight=-100.0),
            ],
        ),
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="Partial credit",
            options=[opt("A", "best", True), opt("B", "close", weight=50.0), opt("C", "no")],
        ),
        QuestionDraft(type=QuestionType.TRUE_FALSE, text="The sun rises in the east.", truth=True),
        QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="Grant is buried in Grant's tomb.",
            truth=False,
            options=true_false_options(False, "No one is buried there.", "Right."),
        ),
        QuestionDraft(
            type=QuestionType.NUMERIC, text="g in m/s²?", numeric=NumericAnswer(9.81, 0.05)
        ),
        QuestionDraft(type=QuestionType.NUMERIC, text="Tiny?", numeric=NumericAnswer(-1.5e-07)),
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="日本の首都は？",
            options=[opt("A", "東京", True), opt("B", "京都")],
        ),
        first_draft(),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Which are prime?\n- pick all",
            options=[opt("A", "2", True), opt("B", "3", True), opt("C", "4"), opt("D", "9")],
            category="top/Maths",
        ),
    ]


class TestDump:
    def test_round_trip(self) -> None:
        drafts = varied_drafts()
        result = gift.parse(gift.dump(drafts))
        assert result.problems == []
        assert result.drafts == drafts

    def test_plain_gift_needs_no_metadata(self) -> None:
        assert "gurukul-meta" not in gift.dump(varied_drafts())

    def test_writes_moodle_syntax(self) -> None:
        text = gift.dump([first_draft()])
        assert text == (
            "$CATEGORY: top/Maths\n"
            "\n"
            "// [id:calc-001]\n"
            "// [tag:calculus] [tag:integration]\n"
            "::Integral\\: basic::[markdown]Evaluate $\\\\int_0^1 x\\\\,dx$ \\{braces\\} "
            "\\#hash \\~tilde \\=eq\\: colon{\n"
            "\t=$\\\\frac\\{1\\}\\{2\\}$#Yes\\: area\n"
            "\t~1\n"
            "\t~2\n"
            "\t####Area of a triangle.\\n\\nSecond paragraph.\n"
            "}\n"
        )

    def test_what_gift_cannot_hold_travels_in_a_comment(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.INTEGER,
            text="How many moons has Mars?",
            numeric=NumericAnswer(2.0),
            concepts=["astronomy.moons"],
            difficulty=Difficulty.EASY,
            source="NCERT",
            year=2020,
            marking="jee_advanced",
        )
        text = gift.dump([draft])
        assert text.startswith("// gurukul-meta: ")
        assert gift.parse(text).drafts == [draft]

    def test_an_edit_after_export_wins_over_the_metadata(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.INTEGER,
            text="How many moons has Mars?",
            numeric=NumericAnswer(2.0),
            difficulty=Difficulty.HARD,
        )
        edited = gift.dump([draft]).replace("{#2}", "{#3}")
        (item,) = gift.parse(edited).items
        assert item.draft.numeric == NumericAnswer(3.0)
        assert item.draft.type is QuestionType.NUMERIC  # the edit was read, not overruled
        assert item.draft.difficulty is Difficulty.HARD  # metadata still restored
        assert item.warnings == [
            "edited after export: kept the edit, restored only metadata (not type)"
        ]

    def test_multiple_correct_with_every_option_correct(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="All of them",
            options=[OptionDraft("A", "a", True), OptionDraft("B", "b", True)],
        )
        assert gift.parse(gift.dump([draft])).drafts == [draft]

    def test_template_questions_cannot_be_written(self) -> None:
        draft = QuestionDraft(type=QuestionType.TEMPLATE, text="x?", template=None)
        with pytest.raises(DumpError, match="template question has no template"):
            gift.dump([draft])

    def test_invalid_draft_is_refused(self) -> None:
        draft = QuestionDraft(type=QuestionType.SINGLE, text="Q?", options=[OptionDraft("A", "a")])
        with pytest.raises(DumpError, match="question #1 cannot be exported"):
            gift.dump([draft])
