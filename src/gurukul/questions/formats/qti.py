"""IMS QTI 2.1 assessmentItem: choiceInteraction and numeric textEntryInteraction.

Input is one `<assessmentItem>` document, or any wrapper element holding several (we write
`<items>`); content packages (imsmanifest.xml) are out of scope. Option weights are read
from a `<mapping>` as percent of its upperBound (the full mark; 1 when absent); numeric
tolerances from an `<equal>` with toleranceMode absolute or relative, or an `<equalRounded>`
to decimal places, in responseProcessing. True/false is written as a two-choice item.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation

from gurukul.questions.draft import NumericAnswer, OptionDraft, QuestionDraft, QuestionType
from gurukul.questions.formats._common import (
    apply_meta,
    check_draft,
    check_for_dump,
    default_name,
    encode_meta,
    fmt_num,
    non_empty,
)
from gurukul.questions.formats._xml import (
    check_xml_text,
    child,
    children,
    comment_text,
    local,
    markup,
    meta_comment,
    outer_markup,
    parse_xml,
    serialize,
)
from gurukul.questions.formats.report import DumpError, ParsedItem, ParseResult, Problem

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
_RP = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
AUTO_ID = "gurukul-auto-"  # identifiers we invent on export; not read back as external ids
_FEEDBACK_ID = "EXPLANATION"


class _Skip(ValueError):
    pass


def parse(text: str) -> ParseResult:
    """QTI 2.1 items (single document or a wrapper of several) to drafts."""
    return _parse(text, check=True)


def _parse(text: str, *, check: bool) -> ParseResult:
    doc = parse_xml(text)
    if isinstance(doc, Problem):
        return ParseResult(problems=[doc])
    root = doc.root
    items = [e for e in root.iter() if local(e.tag) == "assessmentItem"]
    if not items:
        reason = f"no <assessmentItem> found (root is <{local(root.tag)}>)"
        return ParseResult(problems=[Problem("file", doc.line(root), reason)])
    result = ParseResult()
    for number, item in enumerate(items, 1):
        ref = item.get("title") or item.get("identifier") or f"#{number}"
        line = doc.line(item)
        try:
            draft, warnings = _draft(item)
        except _Skip as exc:
            result.problems.append(Problem(ref, line, str(exc)))
            continue
        meta = meta_comment(item)
        if meta is not None:
            draft, more = apply_meta(draft, meta)
            warnings += more
        faults = check_draft(draft) if check else []
        if faults:
            result.problems.append(Problem(ref, line, "; ".join(faults)))
        else:
            result.items.append(ParsedItem(draft, line, ref, warnings))
    return result


def _draft(item: ET.Element) -> tuple[QuestionDraft, list[str]]:
    body = child(item, "itemBody")
    if body is None:
        raise _Skip("item has no <itemBody>")
    interactions = [e for e in body.iter() if local(e.tag).endswith("Interaction")]
    if not interactions:
        raise _Skip("item has no interaction")
    if len(interactions) > 1:
        raise _Skip(f"item has {len(interactions)} interactions; only single-interaction items")
    interaction = interactions[0]
    name = local(interaction.tag)
    if name not in ("choiceInteraction", "textEntryInteraction"):
        raise _Skip(f"unsupported QTI interaction: {name}")
    declaration = next(
        (
            d
            for d in children(item, "responseDeclaration")
            if d.get("identifier") == interaction.get("responseIdentifier")
        ),
        None,
    )
    if declaration is None:
        raise _Skip(f"no responseDeclaration for {interaction.get('responseIdentifier')!r}")
    response = child(declaration, "correctResponse")
    values = (
        [] if response is None else [(v.text or "").strip() for v in children(response, "value")]
    )
    text = _body_text(body, interaction)
    identifier = item.get("identifier", "")
    title = item.get("title")
    draft = QuestionDraft(
        type=QuestionType.SINGLE,
        text=text,
        external_id=None if identifier.startswith(AUTO_ID) else non_empty(identifier),
        title=title if title and title != default_name(text) else None,
    )
    warnings: list[str] = []
    choice_ids = [
        c.get("identifier", "") for c in interaction.iter() if local(c.tag) == "simpleChoice"
    ]
    feedback = {f.get("identifier", ""): markup(f) for f in children(item, "modalFeedback")}
    general = [shown for key, shown in feedback.items() if key not in choice_ids]
    draft.explanation = non_empty("\n\n".join(general))
    if name == "choiceInteraction":
        draft.type, draft.options = _choices(interaction, declaration, values, feedback)
    else:
        draft.type, draft.numeric, warnings = _numeric(item, declaration, values)
    return draft, warnings


def _body_text(body: ET.Element, interaction: ET.Element) -> str:
    inline = local(interaction.tag) == "textEntryInteraction"
    prompt = child(interaction, "prompt")
    blocks = []
    for block in body:
        if not local(block.tag):
            continue
        if block is interaction:
            text = "" if prompt is None else markup(prompt)
        elif local(block.tag) in ("p", "div"):
            # an inline interaction (text entry) stands where its blank is
            text = markup(block, frozenset({"choiceInteraction"}), interaction if inline else None)
            if not inline and prompt is not None and interaction in block.iter():
                text += "\n\n" + markup(prompt)
        else:
            text = outer_markup(block)
        if text.strip() and text.strip() != "_____":
            blocks.append(text.strip())
    return "\n\n".join(blocks)


def _choices(
    interaction: ET.Element,
    declaration: ET.Element,
    correct: list[str],
    modal: dict[str, str],
) -> tuple[QuestionType, list[OptionDraft]]:
    cardinality = declaration.get("cardinality", "single")
    if cardinality not in ("single", "multiple"):
        raise _Skip(f"unsupported response cardinality: {cardinality}")
    if cardinality == "single" and len(correct) > 1:
        raise _Skip(f"single-cardinality response with {len(correct)} correct values")
    weights = _mapping(declaration)
    options = []
    for choice in interaction.iter():
        if local(choice.tag) != "simpleChoice":
            continue
        key = choice.get("identifier", "")
        inline = [markup(f) for f in choice.iter() if local(f.tag) == "feedbackInline"]
        feedback = non_empty(inline[0] if inline else modal.get(key))
        text = markup(choice, frozenset({"feedbackInline"})).strip()
        options.append(OptionDraft(key, text, key in correct, feedback, weight=weights.get(key)))
    unknown = sorted(set(correct) - {o.id for o in options})
    if unknown:
        raise _Skip(f"correct response {', '.join(unknown)} is not among the choices")
    kind = QuestionType.SINGLE if cardinality == "single" else QuestionType.MULTIPLE
    return kind, options


def _mapping(declaration: ET.Element) -> dict[str, float]:
    mapping = child(declaration, "mapping")
    if mapping is None:
        return {}
    try:
        # percent of the full mark, which is upperBound (we write 1); in decimal, so that
        # 0.3333333 reads back as exactly 33.33333
        full = Decimal(mapping.get("upperBound", "1"))
        if not full.is_finite() or full <= 0:
            full = Decimal(1)
        return {
            entry.get("mapKey", ""): float(Decimal(entry.get("mappedValue", "")) * 100 / full)
            for entry in children(mapping, "mapEntry")
        }
    except InvalidOperation:
        raise _Skip("a <mapping> value is not a number") from None


def _numeric(
    item: ET.Element, declaration: ET.Element, values: list[str]
) -> tuple[QuestionType, NumericAnswer, list[str]]:
    base = declaration.get("baseType", "")
    if base not in ("float", "integer"):
        raise _Skip(f"unsupported QTI interaction: textEntryInteraction with a {base} answer")
    if len(values) != 1:
        raise _Skip("a numeric response needs exactly one correct value")
    try:
        value = float(values[0])
    except ValueError:
        raise _Skip(f"correct value {values[0]!r} is not a number") from None
    if not math.isfinite(value):
        raise _Skip(f"correct value {values[0]!r} is not a number")
    kind = QuestionType.INTEGER if base == "integer" else QuestionType.NUMERIC
    tolerance, warnings = _tolerance(item, value)
    return kind, NumericAnswer(value, tolerance), warnings


def _tolerance(item: ET.Element, value: float) -> tuple[float, list[str]]:
    processing = child(item, "responseProcessing")
    if processing is None:
        return 0.0, []
    for element in processing.iter():
        name = local(element.tag)
        if name == "equal":
            mode = element.get("toleranceMode", "exact")
            try:
                bounds = [abs(float(t)) for t in element.get("tolerance", "0").split()] or [0.0]
            except ValueError:
                raise _Skip(f"tolerance {element.get('tolerance')!r} is not a number") from None
            warnings = (
                ["asymmetric tolerance: used the smaller side"] if len(set(bounds)) > 1 else []
            )
            if mode == "absolute":
                return min(bounds), warnings
            if mode == "relative":  # percent of the correct value
                return abs(value) * min(bounds) / 100, warnings
            return 0.0, []
        if name == "equalRounded" and element.get("roundingMode") == "decimalPlaces":
            figures = element.get("figures", "0")
            if not figures.isdigit():
                raise _Skip(f"equalRounded figures {figures!r} is not a number")
            return 0.5 * 10 ** -int(figures), []
    return 0.0, []


# -- writing ---------------------------------------------------------------------------------


def dump(drafts: list[QuestionDraft]) -> str:
    """One draft as an assessmentItem document; several inside an <items> wrapper."""
    check_for_dump(drafts, "qti")
    for draft in drafts:
        check_xml_text(draft.text, draft.explanation, draft.title, draft.external_id)
        check_xml_text(*(t for o in draft.options for t in (o.id, o.text, o.feedback)))
    # what the file alone reads back as; the metadata comment carries the difference
    native = _parse(_write(drafts, [None] * len(drafts)), check=False)
    if native.problems or len(native.items) != len(drafts):
        reasons = "; ".join(f"{p.ref}: {p.reason}" for p in native.problems)
        raise DumpError(f"QTI cannot hold these questions: {reasons}")
    metas = [encode_meta(d, item.draft) for d, item in zip(drafts, native.items, strict=True)]
    return _write(drafts, metas)


def _write(drafts: list[QuestionDraft], metas: list[str | None]) -> str:
    items = [
        serialize(_item(draft, meta, n))
        for n, (draft, meta) in enumerate(zip(drafts, metas, strict=True), 1)
    ]
    if len(items) == 1:
        return items[0]
    bodies = [i.split("\n", 1)[1] for i in items]  # without their XML declarations
    return '<?xml version="1.0" encoding="UTF-8"?>\n<items>\n' + "".join(bodies) + "</items>\n"


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, name, attrs)
    element.text = text
    return element


def _item(draft: QuestionDraft, meta: str | None, number: int) -> ET.Element:
    identifier = draft.external_id or f"{AUTO_ID}{number}"
    item = ET.Element(
        "assessmentItem",
        xmlns=QTI_NS,  # every element is in the QTI namespace: written once, on the root
        identifier=identifier,
        title=draft.title or default_name(draft.text),
        adaptive="false",
        timeDependent="false",
    )
    if meta is not None:
        item.append(ET.Comment(comment_text(meta)))
    choice = draft.type not in (QuestionType.INTEGER, QuestionType.NUMERIC)
    options = _true_false_choices(draft) if draft.type is QuestionType.TRUE_FALSE else draft.options
    if choice:
        cardinality = "multiple" if draft.type is QuestionType.MULTIPLE else "single"
        declaration = _sub(
            item,
            "responseDeclaration",
            identifier="RESPONSE",
            cardinality=cardinality,
            baseType="identifier",
        )
        correct = _sub(declaration, "correctResponse")
        for option in options:
            if option.correct:
                _sub(correct, "value", option.id)
        weighted = [o for o in options if o.weight is not None]
        if weighted:
            mapping = _sub(declaration, "mapping", defaultValue="0", upperBound="1")
            for option in weighted:
                assert option.weight is not None
                value = Decimal(repr(option.weight)) / 100
                _sub(mapping, "mapEntry", mapKey=option.id, mappedValue=str(value.normalize()))
    else:
        assert draft.numeric is not None
        base = "integer" if draft.type is QuestionType.INTEGER else "float"
        declaration = _sub(
            item, "responseDeclaration", identifier="RESPONSE", cardinality="single", baseType=base
        )
        _sub(_sub(declaration, "correctResponse"), "value", fmt_num(draft.numeric.value))
    score = _sub(
        item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float"
    )
    _sub(_sub(score, "defaultValue"), "value", "0")
    if draft.explanation or any(o.feedback for o in options):
        _sub(
            item,
            "outcomeDeclaration",
            identifier="FEEDBACK",
            cardinality="single",
            baseType="identifier",
        )
    body = _sub(item, "itemBody")
    _sub(body, "p", draft.text)
    if choice:
        interaction = _sub(
            body,
            "choiceInteraction",
            responseIdentifier="RESPONSE",
            shuffle="false",
            maxChoices="0" if draft.type is QuestionType.MULTIPLE else "1",
        )
        for option in options:
            element = _sub(interaction, "simpleChoice", option.text, identifier=option.id)
            if option.feedback:
                _sub(
                    element,
                    "feedbackInline",
                    option.feedback,
                    outcomeIdentifier="FEEDBACK",
                    identifier=option.id,
                    showHide="show",
                )
        template = "map_response" if any(o.weight is not None for o in options) else "match_correct"
        _sub(item, "responseProcessing", template=_RP + template)
    else:
        holder = _sub(body, "p")
        _sub(holder, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="12")
        _numeric_processing(item, draft.numeric)
    if draft.explanation:
        _sub(
            item,
            "modalFeedback",
            draft.explanation,
            outcomeIdentifier="FEEDBACK",
            identifier=_FEEDBACK_ID,
            showHide="show",
        )
    return item


def _true_false_choices(draft: QuestionDraft) -> list[OptionDraft]:
    feedback = {o.id: o.feedback for o in draft.options}
    return [
        OptionDraft("true", "True", bool(draft.truth), feedback.get("true")),
        OptionDraft("false", "False", not draft.truth, feedback.get("false")),
    ]


def _numeric_processing(item: ET.Element, answer: NumericAnswer | None) -> None:
    assert answer is not None
    processing = _sub(item, "responseProcessing")
    condition = _sub(_sub(processing, "responseCondition"), "responseIf")
    if answer.tolerance:
        tolerance = fmt_num(answer.tolerance)
        equal = _sub(
            condition, "equal", toleranceMode="absolute", tolerance=f"{tolerance} {tolerance}"
        )
    else:
        equal = _sub(condition, "equal", toleranceMode="exact")
    _sub(equal, "variable", identifier="RESPONSE")
    _sub(equal, "correct", identifier="RESPONSE")
    outcome = _sub(condition, "setOutcomeValue", identifier="SCORE")
    _sub(outcome, "baseValue", "1", baseType="float")
