"""Moodle GIFT (https://docs.moodle.org/en/GIFT_format).

`parse_raw()` reads every GIFT question kind into a syntax tree (`GiftItem`); `parse()` builds
drafts from it and reports the kinds we do not score (short answer, matching, essay,
description) as problems. Items are separated by blank lines, as in Moodle's importer, so an
unclosed brace spoils only its own item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from gurukul.questions.draft import NumericAnswer, OptionDraft, QuestionDraft, QuestionType
from gurukul.questions.formats._common import (
    META_PREFIX,
    apply_meta,
    check_draft,
    check_for_dump,
    encode_meta,
    fmt_num,
    option_id,
    true_false_feedback,
    true_false_options,
)
from gurukul.questions.formats.report import DumpError, ParsedItem, ParseResult, Problem

TextFormat = Literal["moodle", "html", "markdown", "plain"]
Kind = Literal[
    "category",
    "description",
    "essay",
    "multichoice",
    "truefalse",
    "shortanswer",
    "numerical",
    "matching",
]
_UNSUPPORTED: dict[str, str] = {
    "description": "description",
    "essay": "essay",
    "shortanswer": "short answer",
    "matching": "matching",
}

# While the structure is read, escaped characters stand in as Unicode noncharacters (never
# assigned, not meant for interchange), so "\{" can never open an answer block.
_ESCAPES = {"\\": "\ufdd0", ":": "\ufdd1", "#": "\ufdd2", "=": "\ufdd3", "{": "\ufdd4"}
_ESCAPES |= {"}": "\ufdd5", "~": "\ufdd6", "n": "\ufdd7"}
_DECODE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()})

_FORMAT_TAG = re.compile(r"\s*\[(html|markdown|plain|moodle)\]")
_NUMBER = r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?"
_WEIGHT = re.compile(rf"\s*%\s*({_NUMBER})\s*%")
_SIMPLE = re.compile(rf"({_NUMBER})")
_RANGE = re.compile(rf"({_NUMBER})\s*:\s*({_NUMBER})")
_HIGH_LOW = re.compile(rf"({_NUMBER})\s*\.\.\s*({_NUMBER})")
_ID_TAG = re.compile(r"\[id:([^\x00-\x1F\x7F]+?)]")
_TAG_TAG = re.compile(r"\[tag:([^\x00-\x1F\x7F]+?)]")
_TF_WORDS = {"T": True, "TRUE": True, "F": False, "FALSE": False}


class GiftSyntaxError(ValueError):
    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


class _Skip(ValueError):
    """A well-formed item that does not make a draft (a kind we do not score, ...)."""


@dataclass
class GiftText:
    format: TextFormat
    text: str


@dataclass
class GiftNumber:
    """One numeric answer as written: `3`, `3:0.5` (value and tolerance) or `1..5` (range)."""

    kind: Literal["simple", "range", "high-low"]
    value: float  # the number, or the midpoint of a range
    tolerance: float = 0.0
    low: float | None = None  # high-low only, as written
    high: float | None = None

    @classmethod
    def between(cls, low: str, high: str) -> GiftNumber:
        # in decimal, so "3.141..3.142" is 3.1415 +- 0.0005 and not 3.1414999999999997
        a, b = Decimal(low), Decimal(high)
        return cls("high-low", float((a + b) / 2), float(abs(b - a) / 2), float(a), float(b))


@dataclass
class GiftChoice:
    correct: bool  # written with "=" (rather than "~")
    weight: float | None = None  # the %n% percentage, when written
    text: GiftText | None = None  # choice text; None for numeric answers
    number: GiftNumber | None = None  # numeric answers; None with text None is "any other"
    feedback: GiftText | None = None


@dataclass
class GiftMatch:
    question: GiftText
    answer: str


@dataclass
class GiftItem:
    kind: Kind
    line: int
    title: str | None = None  # for categories, the category path
    stem: GiftText | None = None
    embedded: bool = False  # missing-word: the answers stood inside the text ("_____")
    id: str | None = None
    tags: list[str] = field(default_factory=list)
    choices: list[GiftChoice] = field(default_factory=list)
    number: GiftNumber | None = None  # numeric question written with one bare answer
    truth: bool | None = None
    # in the order written: feedback for a wrong answer, then for a right one (Moodle's rule)
    tf_feedback: tuple[GiftText | None, GiftText | None] = (None, None)
    matches: list[GiftMatch] = field(default_factory=list)
    general_feedback: GiftText | None = None
    meta: str | None = None  # our metadata comment, see _common.encode_meta


@dataclass
class GiftProblem:
    line: int
    title: str | None
    reason: str


@dataclass
class RawParse:
    items: list[GiftItem] = field(default_factory=list)
    problems: list[GiftProblem] = field(default_factory=list)


# -- raw layer -------------------------------------------------------------------------------


def parse_raw(text: str) -> RawParse:
    """Every item of a GIFT file as written, whatever its kind; syntax errors per item."""
    result = RawParse()
    pending_id: str | None = None
    pending_tags: list[str] = []
    pending_meta: str | None = None
    for block in _blocks(text):
        first = next((i for i, (_, line) in enumerate(block) if not _is_comment(line)), None)
        last = max((i for i, (_, line) in enumerate(block) if not _is_comment(line)), default=-1)
        head = block if first is None else block[:first]
        for _, line in head:
            pending_id, pending_meta = _read_comment(line, pending_id, pending_tags, pending_meta)
        if first is None:
            continue
        content = [(n, line) for n, line in block[first : last + 1] if not _is_comment(line)]
        number, line = content[0]
        if line.lstrip().startswith("$CATEGORY:"):
            category = _decode(_encode([(number, line.lstrip()[len("$CATEGORY:") :])])[0])
            result.items.append(GiftItem("category", number, title=category.strip()))
            content = content[1:]
        if content:
            try:
                item = _parse_question(content)
            except GiftSyntaxError as exc:
                title = _title_guess(content)
                result.problems.append(GiftProblem(exc.line or content[0][0], title, exc.reason))
            else:
                item.id, item.tags, item.meta = pending_id, pending_tags, pending_meta
                result.items.append(item)
        pending_id, pending_tags, pending_meta = None, [], None
        for _, line in block[last + 1 :]:  # trailing comments introduce the next item
            pending_id, pending_meta = _read_comment(line, pending_id, pending_tags, pending_meta)
    return result


def _blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    block: list[tuple[int, str]] = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff")), 1):
        if line.strip(" \t"):
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _is_comment(line: str) -> bool:
    return line.lstrip(" \t").startswith("//")


def _read_comment(
    line: str, item_id: str | None, tags: list[str], meta: str | None
) -> tuple[str | None, str | None]:
    body = line.lstrip(" \t")[2:].strip()
    if body.startswith(META_PREFIX):
        return item_id, body[len(META_PREFIX) :].strip()
    found = _ID_TAG.search(body)
    if found:
        item_id = found.group(1).strip().replace("\\]", "]")
    tags.extend(m.group(1) for m in _TAG_TAG.finditer(body))
    return item_id, meta


def _title_guess(content: list[tuple[int, str]]) -> str | None:
    match = re.match(r"\s*::(.*?)::", content[0][1])
    return match.group(1).replace("\\:", ":").strip() if match else None


def _encode(content: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """Join the item's lines with escapes replaced; also the line number of every character."""
    out: list[str] = []
    lines: list[int] = []
    for k, (number, line) in enumerate(content):
        if k:
            out.append("\n")
            lines.append(number)
        i = 0
        while i < len(line):
            if line[i] == "\\" and i + 1 < len(line) and line[i + 1] in _ESCAPES:
                out.append(_ESCAPES[line[i + 1]])
                i += 2
            else:
                out.append(line[i])
                i += 1
            lines.append(number)
    lines.append(content[-1][0])  # for positions at the very end
    return "".join(out), lines


def _decode(text: str) -> str:
    return text.translate(_DECODE)


def _parse_question(content: list[tuple[int, str]]) -> GiftItem:
    src, line_at = _encode(content)
    pos = len(src) - len(src.lstrip())
    start_line = line_at[pos]
    title = None
    if src.startswith("::", pos):
        close = src.find("::", pos + 2)
        if close < 0:
            raise GiftSyntaxError("title opened with '::' is not closed", start_line)
        title = _decode(src[pos + 2 : close]).strip()
        pos = close + 2
    rest = src[pos:]
    opened, closed = rest.find("{"), rest.find("}")
    if opened < 0 and closed < 0:
        fmt, body = _split_format(rest, None)
        stem = GiftText(fmt or "moodle", _text(body, fmt or "moodle"))
        return GiftItem("description", start_line, title=title, stem=stem)
    if closed >= 0 and (opened < 0 or closed < opened):
        line = line_at[pos + closed]
        raise GiftSyntaxError(f"'}}' on line {line} has no matching '{{'", line)
    line_open = line_at[pos + opened]
    nested = rest.find("{", opened + 1)
    if closed < 0 or 0 <= nested < closed:
        raise GiftSyntaxError(
            f"unclosed '{{' on line {line_open} (write a literal brace as \\{{)", line_open
        )
    after = rest[closed + 1 :]
    if "{" in after or "}" in after:
        first_brace = min(i for i in (after.find("{"), after.find("}")) if i >= 0)
        line = line_at[pos + closed + 1 + first_brace]
        raise GiftSyntaxError(
            f"a second answer block on line {line}: one {{...}} per question", line
        )
    item = GiftItem("essay", start_line, title=title)
    fmt1, body1 = _split_format(rest[:opened], None)
    fmt2, body2 = _split_format(after, None)
    fmt = fmt1 or fmt2 or "moodle"
    before, behind = _text(body1, fmt), _text(body2, fmt)
    item.embedded = bool(behind)
    text = f"{before} " if before and item.embedded else before
    item.stem = GiftText(fmt, text + (f"_____ {behind}" if item.embedded else ""))
    _parse_answers(item, rest[opened + 1 : closed], line_open)
    return item


def _split_format(segment: str, default: TextFormat | None) -> tuple[TextFormat | None, str]:
    match = _FORMAT_TAG.match(segment)
    if match is None:
        return default, segment
    return match.group(1), segment[match.end() :]  # type: ignore[return-value]


def _text(body: str, fmt: TextFormat) -> str:
    body = body.strip()
    if fmt not in ("html", "markdown"):  # Moodle and plain text: whitespace runs are one space
        body = re.sub(r"\s\s+", " ", re.sub(r"[\n\r]", " ", body))
    return _decode(body)


def _rich(segment: str, default: TextFormat) -> GiftText:
    fmt, body = _split_format(segment, default)
    assert fmt is not None
    return GiftText(fmt, _text(body, fmt))


def _feedback(segment: str, default: TextFormat) -> GiftText | None:
    rich = _rich(segment, default)
    return rich if rich.text else None


def _parse_answers(item: GiftItem, answers: str, line: int) -> None:
    assert item.stem is not None
    fmt = item.stem.format
    general = answers.find("####")
    if general >= 0:
        item.general_feedback = _feedback(answers[general + 4 :], fmt)
        answers = answers[:general]
    body = answers.strip()
    if not body:
        item.kind = "essay"
    elif body.startswith("#"):
        item.kind = "numerical"
        _parse_numerical(item, body[1:], line)
    elif "~" in body:
        item.kind = "multichoice"
        item.choices = [_choice(marker, part, fmt, line) for marker, part in _choices(body, line)]
    elif "=" in body and "->" in body:
        item.kind = "matching"
        for _, part in _choices(body, line):
            left, arrow, right = part.partition("->")
            if not arrow:
                raise GiftSyntaxError(f"matching pair without '->' near line {line}", line)
            item.matches.append(GiftMatch(_rich(left, fmt), _text(right, "plain")))
    elif body.split("#", 1)[0].strip() in _TF_WORDS:
        item.kind = "truefalse"
        word, *feedback = body.split("#", 2)
        item.truth = _TF_WORDS[word.strip()]
        on_wrong = _feedback(feedback[0], fmt) if feedback else None
        on_right = _feedback(feedback[1], fmt) if len(feedback) > 1 else None
        item.tf_feedback = (on_wrong, on_right)
    else:
        item.kind = "shortanswer"
        if body[0] in "=~":
            item.choices = [_choice(m, part, fmt, line) for m, part in _choices(body, line)]
        else:  # a single right answer may be written without "="
            item.choices = [_choice("=", body, fmt, line)]


def _choices(body: str, line: int) -> list[tuple[str, str]]:
    marks = [m.start() for m in re.finditer(r"[=~]", body)]
    if body[: marks[0]].strip():
        lead = _decode(body[: marks[0]].strip())
        raise GiftSyntaxError(f"text {lead!r} before the first answer (near line {line})", line)
    return [(body[a], body[a + 1 : b]) for a, b in zip(marks, [*marks[1:], len(body)], strict=True)]


def _weight(part: str, line: int) -> tuple[float | None, str]:
    match = _WEIGHT.match(part)
    if match is None:
        if re.match(r"\s*%[^%\n]*%", part):
            raise GiftSyntaxError(f"invalid answer weight near line {line}", line)
        return None, part
    weight = float(match.group(1))
    if not -100 <= weight <= 100:
        raise GiftSyntaxError(f"answer weight {match.group(1)}% is outside -100..100", line)
    return weight, part[match.end() :]


def _choice(marker: str, part: str, fmt: TextFormat, line: int) -> GiftChoice:
    weight, part = _weight(part, line)
    text, hash_, feedback = part.partition("#")
    return GiftChoice(
        correct=marker == "=",
        weight=weight,
        text=_rich(text, fmt),
        feedback=_feedback(feedback, fmt) if hash_ else None,
    )


def _parse_numerical(item: GiftItem, body: str, line: int) -> None:
    assert item.stem is not None
    fmt = item.stem.format
    if re.search(r"[=~]", body):
        for marker, part in _choices(body, line):
            weight, part = _weight(part, line)
            spec, hash_, feedback = part.partition("#")
            item.choices.append(
                GiftChoice(
                    correct=marker == "=",
                    weight=weight,
                    number=_number(spec, line) if spec.strip() else None,
                    feedback=_feedback(feedback, fmt) if hash_ else None,
                )
            )
    else:
        spec, hash_, feedback = body.partition("#")
        number = _number(spec, line)
        comment = _feedback(feedback, fmt) if hash_ else None
        if comment is None:
            item.number = number
        else:  # "{#3:1#feedback}" is read as a one-answer list, where feedback has a place
            item.choices = [GiftChoice(True, number=number, feedback=comment)]


def _number(spec: str, line: int) -> GiftNumber:
    spec = _decode(spec).strip()
    if match := _SIMPLE.fullmatch(spec):
        return GiftNumber("simple", float(match.group(1)))
    if match := _RANGE.fullmatch(spec):
        tolerance = float(match.group(2))
        if tolerance < 0:
            raise GiftSyntaxError(f"negative tolerance in {spec!r}", line)
        return GiftNumber("range", float(match.group(1)), tolerance)
    if match := _HIGH_LOW.fullmatch(spec):
        return GiftNumber.between(match.group(1), match.group(2))
    raise GiftSyntaxError(f"invalid numeric answer {spec!r} near line {line}", line)


# -- drafts ----------------------------------------------------------------------------------


def parse(text: str) -> ParseResult:
    """GIFT text to drafts; items of kinds we do not score are reported, not imported."""
    return _parse(text, check=True)


def _parse(text: str, *, check: bool) -> ParseResult:
    raw = parse_raw(text)
    outcomes: list[tuple[int, str | None, ParsedItem | str]] = [
        (p.line, p.title, p.reason) for p in raw.problems
    ]
    category: str | None = None
    for item in raw.items:
        if item.kind == "category":
            category = item.title
        else:
            outcomes.append((item.line, item.title or item.id, _outcome(item, category, check)))
    result = ParseResult()
    for n, (line, name, outcome) in enumerate(sorted(outcomes, key=lambda o: o[0]), 1):
        if isinstance(outcome, str):
            result.problems.append(Problem(name or f"#{n}", line, outcome))
        else:
            outcome.ref = name or f"#{n}"
            result.items.append(outcome)
    return result


def _outcome(item: GiftItem, category: str | None, check: bool) -> ParsedItem | str:
    try:
        draft, warnings = _draft(item)
    except _Skip as exc:
        return str(exc)
    draft.category = category
    if item.meta is not None:
        draft, more = apply_meta(draft, item.meta)
        warnings += more
    faults = check_draft(draft) if check else []
    if faults:
        return "; ".join(faults)
    return ParsedItem(draft, item.line, "", warnings)


def _draft(item: GiftItem) -> tuple[QuestionDraft, list[str]]:
    assert item.stem is not None
    if item.kind in _UNSUPPORTED:
        raise _Skip(f"unsupported GIFT type: {_UNSUPPORTED[item.kind]}")
    draft = QuestionDraft(
        type=QuestionType.SINGLE,
        text=item.stem.text,
        explanation=item.general_feedback.text if item.general_feedback else None,
        tags=list(item.tags),
        external_id=item.id,
        title=item.title,
    )
    warnings: list[str] = []
    if item.kind == "truefalse":
        assert item.truth is not None
        wrong, right = (fb.text if fb else None for fb in item.tf_feedback)
        on_true, on_false = (right, wrong) if item.truth else (wrong, right)
        draft.type, draft.truth = QuestionType.TRUE_FALSE, item.truth
        draft.options = true_false_options(item.truth, on_true, on_false)
    elif item.kind == "numerical":
        draft.type = QuestionType.NUMERIC
        draft.numeric, warnings = _numeric_answer(item)
    else:
        draft.type, draft.options = _options(item.choices)
    return draft, warnings


def _credit(choice: GiftChoice) -> float:
    if choice.weight is not None:
        return choice.weight
    return 100.0 if choice.correct else 0.0


def _options(choices: list[GiftChoice]) -> tuple[QuestionType, list[OptionDraft]]:
    # The options worth full credit are the correct ones. Without any (Moodle's multiple-answer
    # idiom, "~%50%a ~%50%b ~%-100%c"), every option with positive credit is correct.
    full = [_credit(c) >= 100 for c in choices]
    correct = full if any(full) else [_credit(c) > 0 for c in choices]
    options = [
        OptionDraft(
            id=option_id(i),
            text=c.text.text if c.text else "",
            correct=ok,
            feedback=c.feedback.text if c.feedback else None,
            weight=c.weight,
        )
        for i, (c, ok) in enumerate(zip(choices, correct, strict=True))
    ]
    kind = QuestionType.MULTIPLE if sum(correct) > 1 else QuestionType.SINGLE
    return kind, options


def _numeric_answer(item: GiftItem) -> tuple[NumericAnswer, list[str]]:
    if item.number is not None:
        return NumericAnswer(item.number.value, item.number.tolerance), []
    answers = [c for c in item.choices if c.number is not None]
    best = next((c for c in answers if c.correct and _credit(c) >= 100), None)
    if best is None or best.number is None:
        raise _Skip("no numeric answer is worth full credit")
    dropped = len(item.choices) - 1
    warnings = [f"kept the full-credit answer only; dropped {dropped} other(s)"] if dropped else []
    return NumericAnswer(best.number.value, best.number.tolerance), warnings


# -- writing ---------------------------------------------------------------------------------


def dump(drafts: list[QuestionDraft]) -> str:
    """Drafts to GIFT that Moodle imports and `parse()` reads back as the same drafts."""
    check_for_dump(drafts, "gift")
    # what the file alone reads back as; the metadata comment carries the difference
    native = _parse(_write(drafts, [None] * len(drafts)), check=False)
    if native.problems or len(native.items) != len(drafts):
        reasons = "; ".join(f"{p.ref}: {p.reason}" for p in native.problems)
        raise DumpError(f"GIFT cannot hold these questions: {reasons}")
    metas = [encode_meta(d, item.draft) for d, item in zip(drafts, native.items, strict=True)]
    return _write(drafts, metas)


def _write(drafts: list[QuestionDraft], metas: list[str | None]) -> str:
    chunks: list[str] = []
    category: str | None = None
    for draft, meta in zip(drafts, metas, strict=True):
        writable = draft.category is not None and not re.search(r"[\r\n]", draft.category)
        if writable and draft.category != category:
            chunks.append(f"$CATEGORY: {draft.category}\n")
            category = draft.category
        chunks.append(_write_item(draft, meta))
    return "\n".join(chunks)


def _escape(text: str) -> str:
    out = text.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\")
    for ch in ":#={}~":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", "\\n")


def _inline(text: str) -> str:
    """An option or feedback text, marked as Markdown when it could be misread as syntax."""
    escaped = _escape(text)
    if escaped.lstrip().startswith(("[", "%")):
        return "[markdown]" + escaped
    return escaped


def _write_item(draft: QuestionDraft, meta: str | None) -> str:
    lines = []
    if meta is not None:
        lines.append(f"// {META_PREFIX} {meta}")
    if draft.external_id and re.fullmatch(r"[^\x00-\x1F\x7F\]\\]+", draft.external_id):
        lines.append(f"// [id:{draft.external_id}]")
    tags = [t for t in draft.tags if re.fullmatch(r"[^\x00-\x1F\x7F\]]+", t)]
    if tags:
        lines.append("// " + " ".join(f"[tag:{t}]" for t in tags))
    title = f"::{_escape(draft.title)}::" if draft.title else ""
    head = f"{title}[markdown]{_escape(draft.text)}{{"
    body: list[str] = []
    if draft.type is QuestionType.TRUE_FALSE:
        on_true, on_false = true_false_feedback(draft)
        right, wrong = (on_true, on_false) if draft.truth else (on_false, on_true)
        word = "TRUE" if draft.truth else "FALSE"
        feedback = f"#{_inline(wrong or ' ')}#{_inline(right)}" if right else ""
        if wrong and not right:
            feedback = f"#{_inline(wrong)}"
        head += word + feedback
    elif draft.type in (QuestionType.INTEGER, QuestionType.NUMERIC):
        assert draft.numeric is not None
        answer = fmt_num(draft.numeric.value)
        if draft.numeric.tolerance:
            answer += ":" + fmt_num(draft.numeric.tolerance)
        head += "#" + answer
    else:
        body = [_write_option(o, draft) for o in draft.options]
    if draft.explanation:
        body.append(f"####{_inline(draft.explanation)}")
    lines.append(head + "".join(f"\n\t{b}" for b in body) + ("\n}" if body else "}"))
    return "\n".join(lines) + "\n"


def _write_option(option: OptionDraft, draft: QuestionDraft) -> str:
    weight = option.weight
    if all(o.correct for o in draft.options):
        # With no wrong option, "=a =b" would read as a short-answer question: write weights.
        weight = weight if weight is not None and weight > 0 else 100 / len(draft.options)
        mark = f"~%{fmt_num(weight)}%"
    else:
        # A weight is written only where it keeps the option on its side of right and wrong;
        # anything else the metadata comment restores.
        mark = "=" if option.correct else "~"
        if weight is not None and (weight > 0 if option.correct else weight < 100):
            mark += f"%{fmt_num(weight)}%"
    text = mark + _inline(option.text)
    if option.feedback:
        text += "#" + _inline(option.feedback)
    return text
