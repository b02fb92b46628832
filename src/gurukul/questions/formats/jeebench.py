"""JEEBench dataset.json (Arora, Singh and Mausam, EMNLP 2023): JEE Advanced 2016-2023.

Each item has description ("JEE Adv 2016 Paper 1"), index, subject (phy/chem/math), type
(MCQ, MCQ(multiple), Integer, Numeric), question (LaTeX, options written inside as "(A) ...")
and gold ("B", "ABD", "4", "4.47"). Import only: there is nothing to export to.

Options: JEE Advanced choice questions always have four, (A) to (D). Their markers appear as
"(A)", "[A]", "(\\mathrm{A})" or inside math ("$[\\mathrm{A}] \\quad ...$"); they are found
from the end of the text backwards (the last "(D)", then the last "(C)" before it, ...), so a
stem that mentions "(A)" earlier, or an option that cites another ("both (A) and (B)"), does
not shift them. A marker right after a letter or digit ("P(A)") is not a marker.
"""

from __future__ import annotations

import math
import re
from typing import Any

from gurukul.questions.draft import NumericAnswer, OptionDraft, QuestionDraft, QuestionType
from gurukul.questions.formats._common import check_draft, json_array
from gurukul.questions.formats.report import ParsedItem, ParseResult, Problem

SOURCE = "JEE Advanced"
# The papers ask for numeric answers "correct up to the 2nd decimal place"; the dataset gives
# the key to two decimals. We accept +-0.01 absolute: one unit in the last place asked for,
# which absorbs the examinee's and the key's rounding (the official keys give similar ranges).
NUMERIC_TOLERANCE = 0.01
SUBJECTS = {"phy": "physics", "chem": "chemistry", "math": "mathematics"}
TYPES = {
    "MCQ": QuestionType.SINGLE,
    "MCQ(multiple)": QuestionType.MULTIPLE,
    "Integer": QuestionType.INTEGER,
    "Numeric": QuestionType.NUMERIC,
}
LETTERS = "ABCD"
_DESCRIPTION = re.compile(r"JEE Adv(?:anced)? (\d{4}) Paper (\d+)")
_MARKERS = {
    letter: re.compile(
        r"(?<![A-Za-z0-9\\])(?P<math>\$)?[(\[]\s*"
        rf"(?:\\(?:mathrm|text|mathbf|textbf)\s*\{{\s*{letter}\s*\}}|{letter})"
        r"\s*[)\]](?:\s*\\quad)?"
    )
    for letter in LETTERS
}


class _Skip(ValueError):
    pass


def parse(text: str) -> ParseResult:
    """The JEEBench dataset (a JSON array) to drafts, one problem per unusable item."""
    elements, problem = json_array(text)
    if problem is not None:
        return ParseResult(problems=[problem])
    result = ParseResult()
    for number, (data, line) in enumerate(elements, 1):
        ref = f"#{number}"
        if isinstance(data, dict):
            ref = f"{data.get('description', '?')} Q{data.get('index', '?')}"
        try:
            draft = _draft(data)
        except _Skip as exc:
            result.problems.append(Problem(ref, line, str(exc)))
            continue
        faults = check_draft(draft)
        if faults:
            result.problems.append(Problem(ref, line, "; ".join(faults)))
        else:
            result.items.append(ParsedItem(draft, line, ref))
    return result


def _field(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise _Skip(f"missing {key!r}")
    return value


def _draft(data: object) -> QuestionDraft:
    if not isinstance(data, dict):
        raise _Skip("item is not an object")
    description, index = _field(data, "description"), _field(data, "index")
    subject, kind_name = _field(data, "subject"), _field(data, "type")
    question, gold = _field(data, "question"), _field(data, "gold").strip()
    paper = _DESCRIPTION.search(description)
    if paper is None:
        raise _Skip(f"cannot read year and paper from {description!r}")
    year, paper_no = paper.groups()
    if subject not in SUBJECTS:
        raise _Skip(f"unknown subject {subject!r}")
    kind = TYPES.get(kind_name)
    if kind is None:
        raise _Skip(f"unknown type {kind_name!r}")
    draft = QuestionDraft(
        type=kind,
        text=balance_math(question.strip()),
        marking="jee_advanced",
        source=SOURCE,
        year=int(year),
        tags=[f"subject:{SUBJECTS[subject]}"],
        external_id=f"jeebench:{year}-P{paper_no}-Q{index}",
        title=f"JEE Advanced {year} Paper {paper_no}, Q{index}",
    )
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        draft.text, draft.options = split_options(question)
        chosen = set(gold.upper())
        if not gold.isalpha() or len(chosen) != len(gold) or not chosen <= set(LETTERS):
            raise _Skip(f"gold {gold!r} is not a set of option letters")
        if kind is QuestionType.SINGLE and len(chosen) != 1:
            raise _Skip(f"single-correct question with gold {gold!r}")
        for option in draft.options:
            option.correct = option.id in chosen
    else:
        try:
            value = float(gold)
        except ValueError:
            raise _Skip(f"gold {gold!r} is not a number") from None
        if not math.isfinite(value):
            raise _Skip(f"gold {gold!r} is not a number")
        if kind is QuestionType.INTEGER:
            draft.numeric = NumericAnswer(value)
        else:
            draft.numeric = NumericAnswer(value, NUMERIC_TOLERANCE)
    return draft


def split_options(question: str) -> tuple[str, list[OptionDraft]]:
    """The stem and options (A)-(D) of a JEEBench question text, each with balanced "$"."""
    found: list[tuple[str, re.Match[str]]] = []
    end = len(question)
    for letter in reversed(LETTERS):
        matches = list(_MARKERS[letter].finditer(question, 0, end))
        if not matches:
            raise _Skip(f"option ({letter}) not found in the question text")
        found.append((letter, matches[-1]))
        end = matches[-1].start()
    found.reverse()
    stem = question[: found[0][1].start()].strip()
    # Some items open one formula in the stem and close it after (D), markers inside it
    # ("... of $x ?  [A] -1+\sqrt{..}  [B] ...  [D] ...$"): then every option is a formula.
    inside_math = _dollars(stem) % 2 == 1
    options = []
    for i, (letter, marker) in enumerate(found):
        stop = found[i + 1][1].start() if i + 1 < len(found) else len(question)
        text = (marker.group("math") or "") + question[marker.end() : stop].strip()
        options.append(OptionDraft(letter, _balanced(text, inside_math)))
    return balance_math(stem), options


def _dollars(text: str) -> int:
    """Inline-math delimiters: "$" not escaped and not part of a display "$$"."""
    return len(re.findall(r"(?<!\\)\$", text.replace("$$", "")))


def balance_math(text: str) -> str:
    """Close a formula left open at the end (the source has a few such typos)."""
    return text + "$" if _dollars(text) % 2 else text


def _balanced(text: str, inside_math: bool) -> str:
    if inside_math:
        text = text.removesuffix("$").rstrip() if _dollars(text) % 2 else text
        return f"${text.removeprefix('$')}$" if text.startswith("$") else f"${text}$"
    if _dollars(text) % 2 == 0:
        return text
    # one delimiter lost in the source ("[C] \quad P(X)=\frac{1}{5}$"): restore it
    return text + "$" if text.startswith("$") else "$" + text
