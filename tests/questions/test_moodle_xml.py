from __future__ import annotations

import pytest

from gurukul.questions.draft import (
    Difficulty,
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
)
from gurukul.questions.formats import DumpError, ParseResult, moodle_xml
from gurukul.questions.formats._common import true_false_options

# Shaped like a Moodle 4.x export: CDATA, html text, combined feedback, units, files.
EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Default for Physics</text>
    </category>
    <info format="moodle_auto_format">
      <text>The default category for questions shared in context 'Physics'.</text>
    </info>
    <idnumber></idnumber>
  </question>

<!-- question: 101  -->
  <question type="multichoice">
    <name>
      <text>Newton's second law</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>A net force of 10 N acts on a 2 kg mass. Its acceleration is</p>]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>Use <em>F = ma</em>.</p>]]></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber>PHY-NLM-2</idnumber>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <showstandardinstruction>0</showstandardinstruction>
    <correctfeedback format="html">
      <text>Your answer is correct.</text>
    </correctfeedback>
    <incorrectfeedback format="html">
      <text>Your answer is incorrect.</text>
    </incorrectfeedback>
    <shownumcorrect/>
    <answer fraction="100" format="html">
      <text><![CDATA[<p>5 m/s²</p>]]></text>
      <feedback format="html">
        <text><![CDATA[<p>Right: 10/2.</p>]]></text>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text><![CDATA[<p>20 m/s²</p>]]></text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text><![CDATA[<p>0.2 m/s²</p>]]></text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <tags>
      <tag><text>mechanics</text>
      </tag>
      <tag><text>newton</text>
      </tag>
    </tags>
  </question>

<!-- question: 102  -->
  <question type="multichoice">
    <name>
      <text>Noble gases</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Which are noble gases?</p><img src="@@PLUGINFILE@@/t.png">]]></text>
      <file name="table.png" path="/" encoding="base64">iVBORw0KGgo=</file>
    </questiontext>
    <generalfeedback format="html">
      <text></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <single>false</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>ABCD</answernumbering>
    <answer fraction="50" format="html">
      <text>Neon</text>
      <feedback format="html"><text></text></feedback>
    </answer>
    <answer fraction="50" format="html">
      <text>Argon</text>
      <feedback format="html"><text></text></feedback>
    </answer>
    <answer fraction="-100" format="html">
      <text>Nitrogen</text>
      <feedback format="html"><text>Diatomic, not noble.</text></feedback>
    </answer>
    <answer fraction="0" format="html">
      <text>Oxygen</text>
      <feedback format="html"><text></text></feedback>
    </answer>
  </question>

<!-- question: 103  -->
  <question type="truefalse">
    <name>
      <text>Sound in vacuum</text>
    </name>
    <questiontext format="moodle_auto_format">
      <text>Sound travels through a vacuum.</text>
    </questiontext>
    <generalfeedback format="moodle_auto_format">
      <text></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>1.0000000</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <answer fraction="0" format="moodle_auto_format">
      <text>true</text>
      <feedback format="html"><text>Sound needs a medium.</text></feedback>
    </answer>
    <answer fraction="100" format="moodle_auto_format">
      <text>false</text>
      <feedback format="html"><text>Correct.</text></feedback>
    </answer>
  </question>

<!-- question: 104  -->
  <question type="numerical">
    <name>
      <text>g</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Acceleration due to gravity, in m/s²?</p>]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <answer fraction="100" format="moodle_auto_format">
      <text>9.81</text>
      <feedback format="html"><text></text></feedback>
      <tolerance>0.05</tolerance>
    </answer>
    <answer fraction="50" format="moodle_auto_format">
      <text>10</text>
      <feedback format="html"><text>Close.</text></feedback>
      <tolerance>0</tolerance>
    </answer>
    <units>
      <unit><multiplier>1</multiplier><unit_name>m/s^2</unit_name></unit>
    </units>
    <unitgradingtype>0</unitgradingtype>
    <showunits>3</showunits>
  </question>

<!-- question: 105  -->
  <question type="shortanswer">
    <name><text>Capital</text></name>
    <questiontext format="html"><text>Capital of France?</text></questiontext>
    <answer fraction="100"><text>Paris</text></answer>
  </question>

<!-- question: 106  -->
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Discuss.</text></questiontext>
  </question>

  <question type="category">
    <category>
      <text>$course$/top/Default for Physics/Optics</text>
    </category>
  </question>

<!-- question: 107  -->
  <question type="multichoice">
    <name><text>Lens</text></name>
    <questiontext format="html"><text>A convex lens is</text></questiontext>
    <answer fraction="100"><text>converging</text></answer>
    <answer fraction="0"><text>diverging</text></answer>
  </question>
</quiz>
"""


def parse_one(question: str) -> ParseResult:
    return moodle_xml.parse(f'<?xml version="1.0"?>\n<quiz>\n{question}\n</quiz>\n')


class TestParseExport:
    def test_items_and_problems(self) -> None:
        result = moodle_xml.parse(EXPORT)
        assert [i.ref for i in result.items] == [
            "Newton's second law",
            "Noble gases",
            "Sound in vacuum",
            "g",
            "Lens",
        ]
        assert [(p.ref, p.reason) for p in result.problems] == [
            ("Capital", "unsupported Moodle XML question type: shortanswer"),
            ("Essay", "unsupported Moodle XML question type: essay"),
        ]

    def test_single_choice_with_html_and_metadata(self) -> None:
        item = moodle_xml.parse(EXPORT).items[0]
        draft = item.draft
        assert draft.type is QuestionType.SINGLE
        assert draft.text == "<p>A net force of 10 N acts on a 2 kg mass. Its acceleration is</p>"
        assert draft.explanation == "<p>Use <em>F = ma</em>.</p>"
        assert draft.options == [
            OptionDraft("A", "<p>5 m/s²</p>", True, "<p>Right: 10/2.</p>"),
            OptionDraft("B", "<p>20 m/s²</p>"),
            OptionDraft("C", "<p>0.2 m/s²</p>"),
        ]
        assert draft.title == "Newton's second law"
        assert draft.external_id == "PHY-NLM-2"
        assert draft.tags == ["mechanics", "newton"]
        assert draft.category == "$course$/top/Default for Physics"
        assert item.line == EXPORT.splitlines().index('  <question type="multichoice">') + 1

    def test_multiple_answers_by_fraction(self) -> None:
        item = moodle_xml.parse(EXPORT).items[1]
        draft = item.draft
        assert draft.type is QuestionType.MULTIPLE
        assert [(o.text, o.correct, o.weight) for o in draft.options] == [
            ("Neon", True, None),
            ("Argon", True, None),
            ("Nitrogen", False, None),
            ("Oxygen", False, 0.0),  # no penalty, unlike our default of -100
        ]
        assert draft.options[2].feedback == "Diatomic, not noble."
        assert item.warnings == ["embedded files (images) were not imported"]

    def test_true_false_with_feedback(self) -> None:
        draft = moodle_xml.parse(EXPORT).items[2].draft
        assert draft.type is QuestionType.TRUE_FALSE
        assert draft.truth is False
        assert draft.options == true_false_options(False, "Sound needs a medium.", "Correct.")

    def test_numerical_keeps_the_full_credit_answer(self) -> None:
        item = moodle_xml.parse(EXPORT).items[3]
        assert item.draft.type is QuestionType.NUMERIC
        assert item.draft.numeric == NumericAnswer(9.81, 0.05)
        assert item.warnings == ["kept the full-credit answer only; dropped 1 other(s)"]

    def test_a_later_category_applies_from_there(self) -> None:
        draft = moodle_xml.parse(EXPORT).items[4].draft
        assert draft.category == "$course$/top/Default for Physics/Optics"


class TestParseShapes:
    def test_single_false_with_one_full_answer_is_multiple(self) -> None:
        result = parse_one(
            '<question type="multichoice"><questiontext><text>Q</text></questiontext>'
            "<single>false</single>"
            '<answer fraction="100"><text>a</text></answer>'
            '<answer fraction="-100"><text>b</text></answer></question>'
        )
        (item,) = result.items
        assert item.draft.type is QuestionType.MULTIPLE
        assert [o.correct for o in item.draft.options] == [True, False]

    def test_partial_credit_in_single_choice(self) -> None:
        (item,) = parse_one(
            '<question type="multichoice"><questiontext><text>Q</text></questiontext>'
            '<answer fraction="100"><text>a</text></answer>'
            '<answer fraction="33.33333"><text>b</text></answer>'
            '<answer fraction="0"><text>c</text></answer></question>'
        ).items
        assert [o.weight for o in item.draft.options] == [None, 33.33333, None]

    def test_unescaped_html_inside_text(self) -> None:
        (item,) = parse_one(
            '<question type="truefalse"><questiontext format="html">'
            "<text><p>Water boils at <b>100 °C</b> at sea level.</p></text></questiontext>"
            '<answer fraction="100"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
        ).items
        assert item.draft.text == "<p>Water boils at <b>100 °C</b> at sea level.</p>"

    def test_name_that_repeats_the_text_is_no_title(self) -> None:
        (item,) = parse_one(
            '<question type="truefalse"><name><text>Sky is blue</text></name>'
            "<questiontext><text>Sky is blue</text></questiontext>"
            '<answer fraction="100"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
        ).items
        assert item.draft.title is None
        assert item.ref == "Sky is blue"


class TestProblems:
    def test_truncated_xml_names_the_line(self) -> None:
        result = moodle_xml.parse(EXPORT[:2000])
        assert result.items == []
        (problem,) = result.problems
        assert problem.ref == "file"
        assert problem.line == EXPORT[:2000].count("\n") + 1
        assert problem.reason.startswith(f"malformed XML at line {problem.line}")

    def test_billion_laughs_is_refused(self) -> None:
        text = (
            '<?xml version="1.0"?>\n'
            "<!DOCTYPE quiz [\n"
            ' <!ENTITY lol "lol">\n'
            ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
            ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
            "]>\n"
            '<quiz><question type="truefalse"><questiontext><text>&lol3;</text></questiontext>'
            "</question></quiz>"
        )
        result = moodle_xml.parse(text)
        assert result.items == []
        assert [(p.ref, p.line, p.reason) for p in result.problems] == [
            ("file", 3, "refused: the file declares entity 'lol'; nothing imported")
        ]

    def test_external_entity_is_refused(self) -> None:
        text = (
            '<?xml version="1.0"?>\n'
            '<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            '<quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext>'
            "</question></quiz>"
        )
        (problem,) = moodle_xml.parse(text).problems
        assert problem.reason == (
            "refused: the file declares external entity 'xxe' (file:///etc/passwd); "
            "nothing imported"
        )

    def test_wrong_root(self) -> None:
        (problem,) = moodle_xml.parse("<questions/>").problems
        assert problem.reason == "expected <quiz>, found <questions>"

    def test_no_correct_answer_is_a_problem_not_a_draft(self) -> None:
        result = parse_one(
            '<question type="multichoice"><name><text>None right</text></name>'
            "<questiontext><text>Q</text></questiontext>"
            '<answer fraction="0"><text>a</text></answer>'
            '<answer fraction="-50"><text>b</text></answer></question>'
        )
        assert result.items == []
        assert [(p.ref, p.reason) for p in result.problems] == [
            ("None right", "no correct answer among the options")
        ]

    def test_bad_fraction(self) -> None:
        (problem,) = parse_one(
            '<question type="multichoice"><questiontext><text>Q</text></questiontext>'
            '<answer fraction="lots"><text>a</text></answer></question>'
        ).problems
        assert problem.reason == "answer fraction 'lots' is not a number"

    def test_missing_question_text(self) -> None:
        (problem,) = parse_one('<question type="truefalse"></question>').problems
        assert problem.reason == "question has no <questiontext>"

    def test_true_false_without_a_right_answer(self) -> None:
        (problem,) = parse_one(
            '<question type="truefalse"><questiontext><text>Q</text></questiontext>'
            '<answer fraction="0"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
        ).problems
        assert problem.reason == "exactly one of 'true' and 'false' must be worth full credit"

    def test_numerical_without_a_number(self) -> None:
        (problem,) = parse_one(
            '<question type="numerical"><questiontext><text>Q</text></questiontext>'
            '<answer fraction="100"><text>ten</text></answer></question>'
        ).problems
        assert problem.reason == "numerical answer 'ten' is not a number"

    @pytest.mark.parametrize(
        "kind", ["matching", "description", "multianswer", "calculated", "ddwtos", ""]
    )
    def test_unsupported_types(self, kind: str) -> None:
        attribute = f' type="{kind}"' if kind else ""
        (problem,) = parse_one(
            f"<question{attribute}><questiontext><text>Q</text></questiontext></question>"
        ).problems
        assert problem.reason == f"unsupported Moodle XML question type: {kind or '(none)'}"

    def test_one_bad_question_spares_the_others(self) -> None:
        result = parse_one(
            '<question type="essay"><questiontext><text>E</text></questiontext></question>'
            '<question type="truefalse"><questiontext><text>T</text></questiontext>'
            '<answer fraction="100"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
        )
        assert [i.ref for i in result.items] == ["#2"]
        assert [p.ref for p in result.problems] == ["#1"]


def varied_drafts() -> list[QuestionDraft]:
    opt = OptionDraft
    return [
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="Evaluate $\\int_0^1 x\\,dx$ <b>bold</b> & ]]> done",
            options=[opt("A", "$\\frac{1}{2}$", True, "Yes"), opt("B", "1"), opt("C", "2")],
            explanation="Area of a triangle.\n\nSecond paragraph.",
            title="Integral",
            external_id="calc-001",
            tags=["calculus", "integration"],
        ),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Which are prime?",
            options=[opt("A", "2", True), opt("B", "3", True), opt("C", "5", True), opt("D", "9")],
        ),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Weighted",
            options=[
                opt("A", "a", True, weight=70.0),
                opt("B", "b", True, weight=30.0),
                opt("C", "c", weight=0.0),
            ],
        ),
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="Partial",
            options=[opt("A", "best", True), opt("B", "close", weight=50.0), opt("C", "no")],
        ),
        QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="Sound travels in vacuum.",
            truth=False,
            options=true_false_options(False, "It needs a medium.", "Right."),
        ),
        QuestionDraft(type=QuestionType.TRUE_FALSE, text="Light travels in vacuum.", truth=True),
        QuestionDraft(type=QuestionType.NUMERIC, text="g?", numeric=NumericAnswer(9.81, 0.05)),
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="日本の首都は？",
            options=[opt("A", "東京", True), opt("B", "京都")],
            category="$course$/top/Japan",
        ),
    ]


class TestDump:
    def test_round_trip(self) -> None:
        drafts = varied_drafts()
        result = moodle_xml.parse(moodle_xml.dump(drafts))
        assert result.problems == []
        assert result.drafts == drafts

    def test_moodle_xml_alone_holds_these(self) -> None:
        assert "gurukul-meta" not in moodle_xml.dump(varied_drafts())

    def test_what_moodle_cannot_hold_travels_in_a_comment(self) -> None:
        draft = QuestionDraft(
            type=QuestionType.INTEGER,
            text="Moons of Mars -- how many?",
            numeric=NumericAnswer(2.0),
            difficulty=Difficulty.EASY,
            concepts=["astronomy--moons"],
            options=[],
        )
        text = moodle_xml.dump([draft])
        assert "<!-- gurukul-meta: " in text
        assert moodle_xml.parse(text).drafts == [draft]

    def test_writes_fractions_moodle_understands(self) -> None:
        text = moodle_xml.dump(varied_drafts()[1:2])
        assert text.count('fraction="33.33333"') == 3
        assert 'fraction="-100"' in text
        assert "<single>false</single>" in text

    def test_characters_xml_cannot_hold(self) -> None:
        draft = QuestionDraft(type=QuestionType.TRUE_FALSE, text="bell \x07", truth=True)
        with pytest.raises(DumpError, match="character XML cannot hold"):
            moodle_xml.dump([draft])
