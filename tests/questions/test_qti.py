from __future__ import annotations

import re

import pytest

from gurukul.questions.draft import (
    Difficulty,
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
)
from gurukul.questions.formats import DumpError, ParsedItem, qti
from gurukul.questions.formats._common import true_false_options

HEAD = (
    '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1'
    ' http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"'
)

# After the IMS QTI 2.1 example items (choice.xml, choice_multiple.xml).
CHOICE = f"""<?xml version="1.0" encoding="UTF-8"?>
{HEAD}
    identifier="choice" title="Unattended Luggage" adaptive="false" timeDependent="false">
    <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
        <correctResponse>
            <value>ChoiceA</value>
        </correctResponse>
    </responseDeclaration>
    <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
        <defaultValue>
            <value>0</value>
        </defaultValue>
    </outcomeDeclaration>
    <itemBody>
        <p>Look at the text in the picture.</p>
        <p>
            <img src="images/sign.png" alt="NEVER LEAVE LUGGAGE UNATTENDED"/>
        </p>
        <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
            <prompt>What does it say?</prompt>
            <simpleChoice
                identifier="ChoiceA">You must stay with your luggage at all times.</simpleChoice>
            <simpleChoice
                identifier="ChoiceB">Do not let someone else look after your luggage.</simpleChoice>
            <simpleChoice identifier="ChoiceC">Remember your luggage when you leave.</simpleChoice>
        </choiceInteraction>
    </itemBody>
    <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
</assessmentItem>
"""

MULTIPLE = f"""<?xml version="1.0" encoding="UTF-8"?>
{HEAD}
    identifier="choiceMultiple" title="Composition of Water" adaptive="false" timeDependent="false">
    <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
        <correctResponse>
            <value>H</value>
            <value>O</value>
        </correctResponse>
        <mapping lowerBound="0" upperBound="2" defaultValue="-2">
            <mapEntry mapKey="H" mappedValue="1"/>
            <mapEntry mapKey="O" mappedValue="1"/>
            <mapEntry mapKey="Cl" mappedValue="-1"/>
        </mapping>
    </responseDeclaration>
    <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
    <itemBody>
        <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="0">
            <prompt>Which of the following elements are used to form water?</prompt>
            <simpleChoice identifier="H" fixed="false">Hydrogen</simpleChoice>
            <simpleChoice identifier="He" fixed="false">Helium</simpleChoice>
            <simpleChoice identifier="C" fixed="false">Carbon</simpleChoice>
            <simpleChoice identifier="O" fixed="false">Oxygen</simpleChoice>
            <simpleChoice identifier="N" fixed="false">Nitrogen</simpleChoice>
            <simpleChoice identifier="Cl" fixed="false">Chlorine</simpleChoice>
        </choiceInteraction>
    </itemBody>
    <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"/>
</assessmentItem>
"""


def numeric_item(base: str, body: str, processing: str = "", value: str = "343") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{HEAD} identifier="num" title="Speed of sound" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="{base}">
    <correctResponse><value>{value}</value></correctResponse>
  </responseDeclaration>
  <itemBody>{body}</itemBody>
  <responseProcessing>{processing}</responseProcessing>
</assessmentItem>
"""


SPEED_BODY = (
    "<p>The speed of sound in air at 20 °C is "
    '<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="5"/> m/s.</p>'
)


def equal(mode: str, tolerance: str = "") -> str:
    attribute = f' tolerance="{tolerance}"' if tolerance else ""
    return (
        f'<responseCondition><responseIf><equal toleranceMode="{mode}"{attribute}>'
        '<variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>'
        "</responseIf></responseCondition>"
    )


def only_item(text: str) -> ParsedItem:
    result = qti.parse(text)
    assert result.problems == []
    (item,) = result.items
    return item


class TestChoice:
    def test_single_choice_item(self) -> None:
        item = only_item(CHOICE)
        draft = item.draft
        assert draft.type is QuestionType.SINGLE
        assert draft.text == (
            "Look at the text in the picture.\n\n"
            '<img src="images/sign.png" alt="NEVER LEAVE LUGGAGE UNATTENDED"/>\n\n'
            "What does it say?"
        )
        assert [(o.id, o.correct) for o in draft.options] == [
            ("ChoiceA", True),
            ("ChoiceB", False),
            ("ChoiceC", False),
        ]
        assert draft.options[0].text == "You must stay with your luggage at all times."
        assert draft.title == "Unattended Luggage"
        assert draft.external_id == "choice"
        assert item.ref == "Unattended Luggage"
        assert item.line == 2

    def test_multiple_response_with_mapping(self) -> None:
        draft = only_item(MULTIPLE).draft
        assert draft.type is QuestionType.MULTIPLE
        assert [o.id for o in draft.options if o.correct] == ["H", "O"]
        # weights are percent of upperBound, the full mark
        assert [o.weight for o in draft.options] == [50.0, None, None, 50.0, None, -50.0]

    def test_inline_markup_in_choices_and_feedback(self) -> None:
        text = CHOICE.replace(
            "Remember your luggage when you leave.",
            'Keep it <em>close</em>.<feedbackInline outcomeIdentifier="FEEDBACK" '
            'identifier="ChoiceC" showHide="show">Not quite.</feedbackInline>',
        )
        option = only_item(text).draft.options[2]
        assert option.text == "Keep it <em>close</em>."
        assert option.feedback == "Not quite."

    def test_modal_feedback(self) -> None:
        text = CHOICE.replace(
            "</assessmentItem>",
            '<modalFeedback outcomeIdentifier="FEEDBACK" identifier="ChoiceB" showHide="show">'
            "Someone else may.</modalFeedback>"
            '<modalFeedback outcomeIdentifier="FEEDBACK" identifier="general" showHide="show">'
            "Read the sign again.</modalFeedback></assessmentItem>",
        )
        draft = only_item(text).draft
        assert draft.options[1].feedback == "Someone else may."
        assert draft.explanation == "Read the sign again."

    def test_interaction_inside_a_div(self) -> None:
        text = CHOICE.replace("<choiceInteraction", "<div><choiceInteraction").replace(
            "</choiceInteraction>", "</choiceInteraction></div>"
        )
        assert only_item(text).draft == only_item(CHOICE).draft

    def test_without_namespace(self) -> None:
        text = CHOICE.replace(' xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"', "")
        assert only_item(text).draft == only_item(CHOICE).draft


class TestNumeric:
    def test_float_with_relative_tolerance_and_blank(self) -> None:
        draft = only_item(numeric_item("float", SPEED_BODY, equal("relative", "1"))).draft
        assert draft.type is QuestionType.NUMERIC
        assert draft.numeric == NumericAnswer(343.0, 3.43)
        assert draft.text == "The speed of sound in air at 20 °C is _____ m/s."

    def test_absolute_tolerance(self) -> None:
        item = only_item(numeric_item("float", SPEED_BODY, equal("absolute", "2 2")))
        assert item.draft.numeric == NumericAnswer(343.0, 2.0)
        assert item.warnings == []

    def test_asymmetric_tolerance_uses_the_smaller_side(self) -> None:
        item = only_item(numeric_item("float", SPEED_BODY, equal("absolute", "1 3")))
        assert item.draft.numeric == NumericAnswer(343.0, 1.0)
        assert item.warnings == ["asymmetric tolerance: used the smaller side"]

    def test_rounded_to_decimal_places(self) -> None:
        rounded = (
            '<responseCondition><responseIf><equalRounded roundingMode="decimalPlaces" '
            'figures="2"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/>'
            "</equalRounded></responseIf></responseCondition>"
        )
        draft = only_item(numeric_item("float", SPEED_BODY, rounded, "4.47")).draft
        assert draft.numeric == NumericAnswer(4.47, 0.005)

    def test_integer_with_match_correct(self) -> None:
        draft = only_item(numeric_item("integer", SPEED_BODY)).draft
        assert draft.type is QuestionType.INTEGER
        assert draft.numeric == NumericAnswer(343.0, 0.0)


class TestBundle:
    def test_items_wrapper_with_a_bad_item(self) -> None:
        def body(text: str) -> str:
            return text.split("\n", 1)[1]  # without the XML declaration

        extended = (
            f'{HEAD} identifier="essay" title="Essay"><itemBody>'
            '<extendedTextInteraction responseIdentifier="RESPONSE"/></itemBody></assessmentItem>'
        )
        text = f"<items>\n{body(CHOICE)}{extended}\n{body(MULTIPLE)}</items>"
        result = qti.parse(text)
        assert [i.ref for i in result.items] == ["Unattended Luggage", "Composition of Water"]
        assert [(p.ref, p.reason) for p in result.problems] == [
            ("Essay", "unsupported QTI interaction: extendedTextInteraction")
        ]
        starts = [m.start() for m in re.finditer("<assessmentItem ", text)]
        lines = [text.count("\n", 0, start) + 1 for start in starts]
        assert [i.line for i in result.items] == [lines[0], lines[2]]
        assert [p.line for p in result.problems] == [lines[1]]


class TestProblems:
    def test_truncated_xml_names_the_line(self) -> None:
        (problem,) = qti.parse(CHOICE[:900]).problems
        assert problem.line == CHOICE[:900].count("\n") + 1
        assert problem.reason.startswith("malformed XML at line")

    def test_billion_laughs_is_refused(self) -> None:
        text = (
            '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
            "<assessmentItem>&lol1;</assessmentItem>"
        )
        result = qti.parse(text)
        assert result.items == []
        assert [p.reason for p in result.problems] == [
            "refused: the file declares entity 'lol'; nothing imported"
        ]

    def test_external_entity_is_refused(self) -> None:
        text = (
            '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM "http://example.com/x">]>\n'
            "<assessmentItem>&e;</assessmentItem>"
        )
        (problem,) = qti.parse(text).problems
        assert "external entity 'e' (http://example.com/x)" in problem.reason

    def test_no_items(self) -> None:
        (problem,) = qti.parse("<manifest/>").problems
        assert problem.reason == "no <assessmentItem> found (root is <manifest>)"

    def test_no_correct_response_is_a_problem_not_a_draft(self) -> None:
        text = CHOICE.replace("<value>ChoiceA</value>", "")
        result = qti.parse(text)
        assert result.items == []
        assert [p.reason for p in result.problems] == ["no correct answer among the options"]

    def test_correct_response_not_among_choices(self) -> None:
        (problem,) = qti.parse(CHOICE.replace(">ChoiceA</value>", ">ChoiceZ</value>")).problems
        assert problem.reason == "correct response ChoiceZ is not among the choices"

    def test_single_cardinality_with_two_values(self) -> None:
        text = CHOICE.replace(
            "<value>ChoiceA</value>", "<value>ChoiceA</value><value>ChoiceB</value>"
        )
        (problem,) = qti.parse(text).problems
        assert problem.reason == "single-cardinality response with 2 correct values"

    def test_ordered_cardinality(self) -> None:
        (problem,) = qti.parse(MULTIPLE.replace('"multiple"', '"ordered"')).problems
        assert problem.reason == "unsupported response cardinality: ordered"

    def test_string_text_entry(self) -> None:
        (problem,) = qti.parse(numeric_item("string", SPEED_BODY, value="York")).problems
        assert (
            problem.reason
            == "unsupported QTI interaction: textEntryInteraction with a string answer"
        )

    def test_two_interactions(self) -> None:
        body = SPEED_BODY + SPEED_BODY.replace("RESPONSE", "RESPONSE2")
        (problem,) = qti.parse(numeric_item("float", body)).problems
        assert problem.reason == "item has 2 interactions; only single-interaction items"

    def test_missing_declaration(self) -> None:
        text = CHOICE.replace('responseIdentifier="RESPONSE"', 'responseIdentifier="OTHER"')
        (problem,) = qti.parse(text).problems
        assert problem.reason == "no responseDeclaration for 'OTHER'"

    def test_bad_correct_value(self) -> None:
        (problem,) = qti.parse(numeric_item("float", SPEED_BODY, value="fast")).problems
        assert problem.reason == "correct value 'fast' is not a number"


def varied_drafts() -> list[QuestionDraft]:
    opt = OptionDraft
    return [
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="Evaluate $\\int_0^1 x\\,dx$ <b>not markup</b> & more\n\nSecond paragraph.",
            options=[opt("A", "$\\frac{1}{2}$", True, "Yes"), opt("B", "1"), opt("C", "2")],
            explanation="Area of a triangle.",
            title="Integral",
            external_id="calc-001",
        ),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Which are prime?",
            options=[opt("A", "2", True), opt("B", "3", True), opt("C", "9")],
        ),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Weighted",
            options=[
                opt("A", "a", True, weight=33.33333),
                opt("B", "b", True, weight=66.66667),
                opt("C", "c", weight=-100.0),
            ],
        ),
        QuestionDraft(type=QuestionType.NUMERIC, text="g?", numeric=NumericAnswer(9.81, 0.05)),
        QuestionDraft(type=QuestionType.INTEGER, text="n?", numeric=NumericAnswer(-7.0)),
    ]


class TestDump:
    def test_round_trip(self) -> None:
        drafts = varied_drafts()
        result = qti.parse(qti.dump(drafts))
        assert result.problems == []
        assert result.drafts == drafts

    def test_qti_alone_holds_these(self) -> None:
        assert "gurukul-meta" not in qti.dump(varied_drafts())

    def test_one_draft_is_one_item_document(self) -> None:
        text = qti.dump(varied_drafts()[:1])
        assert text.startswith(
            '<?xml version="1.0" encoding="UTF-8"?>\n<assessmentItem '
            'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="calc-001" '
            'title="Integral"'
        )

    def test_true_false_and_metadata_travel_in_a_comment(self) -> None:
        drafts = [
            QuestionDraft(
                type=QuestionType.TRUE_FALSE,
                text="Sound travels in vacuum.",
                truth=False,
                options=true_false_options(False, "It needs a medium.", "Right."),
                tags=["waves"],
                category="top/Physics",
                difficulty=Difficulty.EASY,
            ),
            QuestionDraft(type=QuestionType.TRUE_FALSE, text="Light does.", truth=True),
        ]
        text = qti.dump(drafts)
        assert text.count("<!-- gurukul-meta:") == 2
        assert qti.parse(text).drafts == drafts

    def test_template_questions_cannot_be_written(self) -> None:
        with pytest.raises(DumpError, match="only be exported as JSON"):
            qti.dump(
                [
                    QuestionDraft.from_dict(
                        {
                            "type": "template",
                            "text": "a + b?",
                            "template": {
                                "variables": [{"name": "a", "min": 1, "max": 5}],
                                "answer_formula": "a + 1",
                            },
                        }
                    )
                ]
            )
