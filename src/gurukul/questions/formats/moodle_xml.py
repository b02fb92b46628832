"""Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): multichoice, truefalse, numerical.

Answers carry a `fraction` (percent of the mark). A multichoice question's correct options are
those worth full credit; with none (the multiple-answer idiom, e.g. 50/50/-100), those worth
any credit. `<single>` says whether one option or several may be chosen.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from gurukul.questions.draft import NumericAnswer, OptionDraft, QuestionDraft, QuestionType
from gurukul.questions.formats._common import (
    apply_meta,
    check_draft,
    check_for_dump,
    default_name,
    encode_meta,
    fmt_num,
    non_empty,
    option_id,
    true_false_feedback,
    true_false_options,
)
from gurukul.questions.formats._xml import (
    check_xml_text,
    child,
    children,
    comment_text,
    local,
    markup,
    meta_comment,
    parse_xml,
    serialize,
)
from gurukul.questions.formats.report import DumpError, ParsedItem, ParseResult, Problem

_FULL = 100 - 1e-4  # Moodle writes fractions rounded to 7 digits (33.33333)
_SAME_FRACTION = 5e-5


class _Skip(ValueError):
    pass


def parse(text: str) -> ParseResult:
    """Moodle XML to drafts; other question types are reported as problems."""
    return _parse(text, check=True)


def _parse(text: str, *, check: bool) -> ParseResult:
    doc = parse_xml(text)
    if isinstance(doc, Problem):
        return ParseResult(problems=[doc])
    root = doc.root
    if local(root.tag) != "quiz":
        where = doc.line(root)
        return ParseResult(
            problems=[Problem("file", where, f"expected <quiz>, found <{local(root.tag)}>")]
        )
    result = ParseResult()
    category: str | None = None
    number = 0
    for question in children(root, "question"):
        kind = question.get("type", "")
        if kind == "category":
            category = _text(child(question, "category"))
            continue
        number += 1
        ref = non_empty(_text(child(question, "name"))) or f"#{number}"
        line = doc.line(question)
        try:
            draft, warnings = _draft(question, kind)
        except _Skip as exc:
            result.problems.append(Problem(ref, line, str(exc)))
            continue
        draft.category = category
        meta = meta_comment(question)
        if meta is not None:
            draft, more = apply_meta(draft, meta)
            warnings += more
        faults = check_draft(draft) if check else []
        if faults:
            result.problems.append(Problem(ref, line, "; ".join(faults)))
        else:
            result.items.append(ParsedItem(draft, line, ref, warnings))
    return result


def _text(element: ET.Element | None) -> str | None:
    """The <text> of a Moodle text element (questiontext, feedback, name, ...)."""
    text = child(element, "text")
    return None if text is None else markup(text)


def _draft(question: ET.Element, kind: str) -> tuple[QuestionDraft, list[str]]:
    if kind not in ("multichoice", "truefalse", "numerical"):
        raise _Skip(f"unsupported Moodle XML question type: {kind or '(none)'}")
    text = _text(child(question, "questiontext"))
    if text is None:
        raise _Skip("question has no <questiontext>")
    name = _text(child(question, "name"))
    draft = QuestionDraft(
        type=QuestionType.SINGLE,
        text=text,
        explanation=non_empty(_text(child(question, "generalfeedback"))),
        external_id=non_empty(_plain(question, "idnumber")),
        title=name if name and name != default_name(text) else None,
        tags=[t for t in (_text(tag) for tag in _tags(question)) if t is not None],
    )
    warnings = []
    if any(True for _ in question.iter("file")):
        warnings.append("embedded files (images) were not imported")
    answers = [_answer(a) for a in children(question, "answer")]
    if kind == "multichoice":
        single = (_plain(question, "single") or "true").strip().lower() in ("true", "1")
        draft.type, draft.options = _options(answers, single)
    elif kind == "truefalse":
        draft.type = QuestionType.TRUE_FALSE
        draft.truth, draft.options = _truth(answers)
    else:
        draft.type = QuestionType.NUMERIC
        draft.numeric, dropped = _numeric(question)
        if dropped:
            warnings.append(f"kept the full-credit answer only; dropped {dropped} other(s)")
    return draft, warnings


def _plain(element: ET.Element, name: str) -> str | None:
    found = child(element, name)
    return None if found is None else (found.text or "")


def _tags(question: ET.Element) -> list[ET.Element]:
    tags = child(question, "tags")
    return [] if tags is None else list(children(tags, "tag"))


def _answer(answer: ET.Element) -> tuple[float, str, str | None]:
    raw = answer.get("fraction", "0")
    try:
        fraction = float(raw)
    except ValueError:
        raise _Skip(f"answer fraction {raw!r} is not a number") from None
    if not math.isfinite(fraction):
        raise _Skip(f"answer fraction {raw!r} is not a number")
    return fraction, _text(answer) or "", non_empty(_text(child(answer, "feedback")))


def _default_fraction(kind: QuestionType, correct: bool, n_correct: int) -> float:
    if kind is QuestionType.SINGLE:
        return 100.0 if correct else 0.0
    # several correct: they share the mark; a wrong pick cancels it (Moodle adds fractions)
    return round(100 / n_correct, 5) if correct else -100.0


def _options(
    answers: list[tuple[float, str, str | None]], single: bool
) -> tuple[QuestionType, list[OptionDraft]]:
    full = [fraction >= _FULL for fraction, _, _ in answers]
    correct = full if any(full) else [fraction > 0 for fraction, _, _ in answers]
    n_correct = sum(correct)
    kind = QuestionType.SINGLE if single and n_correct == 1 else QuestionType.MULTIPLE
    options = []
    for i, ((fraction, text, feedback), ok) in enumerate(zip(answers, correct, strict=True)):
        usual = _default_fraction(kind, ok, max(n_correct, 1))
        weight = None if abs(fraction - usual) <= _SAME_FRACTION else fraction
        options.append(OptionDraft(option_id(i), text, ok, feedback, weight=weight))
    return kind, options


def _truth(answers: list[tuple[float, str, str | None]]) -> tuple[bool, list[OptionDraft]]:
    by_text = {text.strip().lower(): (fraction, feedback) for fraction, text, feedback in answers}
    if set(by_text) != {"true", "false"}:
        raise _Skip("a true/false question needs the answers 'true' and 'false'")
    true_fraction, on_true = by_text["true"]
    false_fraction, on_false = by_text["false"]
    if (true_fraction >= _FULL) == (false_fraction >= _FULL):
        raise _Skip("exactly one of 'true' and 'false' must be worth full credit")
    truth = true_fraction >= _FULL
    return truth, true_false_options(truth, on_true, on_false)


def _numeric(question: ET.Element) -> tuple[NumericAnswer, int]:
    answers = list(children(question, "answer"))
    for answer in answers:
        fraction, text, _ = _answer(answer)
        if fraction < _FULL or text.strip() == "*":
            continue
        try:
            value = float(text)
            tolerance = abs(float((_plain(answer, "tolerance") or "0").strip() or "0"))
        except ValueError:
            raise _Skip(f"numerical answer {text!r} is not a number") from None
        if math.isfinite(value) and math.isfinite(tolerance):
            return NumericAnswer(value, tolerance), len(answers) - 1
    raise _Skip("no numerical answer is worth full credit")


# -- writing ---------------------------------------------------------------------------------


def dump(drafts: list[QuestionDraft]) -> str:
    """Drafts to Moodle XML that Moodle imports and `parse()` reads back as the same drafts."""
    check_for_dump(drafts, "moodle-xml")
    for draft in drafts:
        check_xml_text(
            draft.text, draft.explanation, draft.title, draft.external_id, draft.category
        )
        check_xml_text(*draft.tags, *(t for o in draft.options for t in (o.text, o.feedback)))
    # what the file alone reads back as; the metadata comment carries the difference
    native = _parse(_write(drafts, [None] * len(drafts)), check=False)
    if native.problems or len(native.items) != len(drafts):
        reasons = "; ".join(f"{p.ref}: {p.reason}" for p in native.problems)
        raise DumpError(f"Moodle XML cannot hold these questions: {reasons}")
    metas = [encode_meta(d, item.draft) for d, item in zip(drafts, native.items, strict=True)]
    return _write(drafts, metas)


def _write(drafts: list[QuestionDraft], metas: list[str | None]) -> str:
    quiz = ET.Element("quiz")
    category: str | None = None
    for draft, meta in zip(drafts, metas, strict=True):
        if draft.category is not None and draft.category != category:
            holder = ET.SubElement(quiz, "question", type="category")
            _add_text(holder, "category", draft.category)
            category = draft.category
        quiz.append(_question(draft, meta))
    return serialize(quiz)


def _add_text(parent: ET.Element, name: str, text: str, fmt: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, name, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = text
    return element


def _question(draft: QuestionDraft, meta: str | None) -> ET.Element:
    kind = {
        QuestionType.SINGLE: "multichoice",
        QuestionType.MULTIPLE: "multichoice",
        QuestionType.TRUE_FALSE: "truefalse",
    }.get(draft.type, "numerical")
    question = ET.Element("question", type=kind)
    if meta is not None:
        question.append(ET.Comment(comment_text(meta)))
    _add_text(question, "name", draft.title or default_name(draft.text))
    _add_text(question, "questiontext", draft.text, "markdown")
    _add_text(question, "generalfeedback", draft.explanation or "", "markdown")
    ET.SubElement(question, "defaultgrade").text = "1"
    ET.SubElement(question, "penalty").text = "0"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = draft.external_id or ""
    if draft.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        single = draft.type is QuestionType.SINGLE
        ET.SubElement(question, "single").text = "true" if single else "false"
        ET.SubElement(question, "shuffleanswers").text = "false"  # option letters are referred to
        ET.SubElement(question, "answernumbering").text = "ABCD"
        n_correct = sum(o.correct for o in draft.options)
        for option in draft.options:
            usual = _default_fraction(draft.type, option.correct, n_correct)
            fraction = usual if option.weight is None else option.weight
            _add_answer(question, option.text, fraction, option.feedback)
    elif draft.type is QuestionType.TRUE_FALSE:
        on_true, on_false = true_false_feedback(draft)
        _add_answer(question, "true", 100 if draft.truth else 0, on_true, fmt="moodle_auto_format")
        _add_answer(
            question, "false", 0 if draft.truth else 100, on_false, fmt="moodle_auto_format"
        )
    else:
        assert draft.numeric is not None
        answer = _add_answer(
            question, fmt_num(draft.numeric.value), 100, None, fmt="moodle_auto_format"
        )
        ET.SubElement(answer, "tolerance").text = fmt_num(draft.numeric.tolerance)
    if draft.tags:
        tags = ET.SubElement(question, "tags")
        for tag in draft.tags:
            _add_text(tags, "tag", tag)
    return question


def _add_answer(
    question: ET.Element, text: str, fraction: float, feedback: str | None, *, fmt: str = "markdown"
) -> ET.Element:
    answer = ET.SubElement(question, "answer", fraction=fmt_num(float(fraction)), format=fmt)
    ET.SubElement(answer, "text").text = text
    _add_text(answer, "feedback", feedback or "", "markdown")
    return answer
