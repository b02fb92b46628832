"""Gurukul's own formats: JSON (`QuestionDraft.to_dict()` items) and a spreadsheet-friendly CSV.

CSV columns: type, text, option_a..option_f, correct, answer, tolerance, explanation,
concepts, difficulty, source, year, marking, and optionally title, category, tags,
external_id and gurukul_meta. `correct` holds option letters ("B", "A;C") or true/false;
integer and numeric questions use `answer` and `tolerance`. Lists are ";"-separated.
"""

from __future__ import annotations

import csv
import io
import math
import re
from typing import Any

import orjson

from gurukul.questions.draft import (
    Difficulty,
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
)
from gurukul.questions.formats._common import (
    apply_meta,
    check_draft,
    check_for_dump,
    encode_meta,
    fmt_num,
    json_array,
    non_empty,
)
from gurukul.questions.formats.report import DumpError, ParsedItem, ParseResult, Problem

# -- JSON ------------------------------------------------------------------------------------


def parse_json(text: str) -> ParseResult:
    """A JSON array of `QuestionDraft.to_dict()` objects to drafts."""
    elements, problem = json_array(text)
    if problem is not None:
        return ParseResult(problems=[problem])
    result = ParseResult()
    for number, (data, line) in enumerate(elements, 1):
        ref = _json_ref(data, number)
        try:
            draft = QuestionDraft.from_dict(data)
        except ValueError as exc:
            result.problems.append(Problem(ref, line, str(exc)))
            continue
        faults = check_draft(draft)
        if faults:
            result.problems.append(Problem(ref, line, "; ".join(faults)))
        else:
            result.items.append(ParsedItem(draft, line, ref))
    return result


def _json_ref(data: Any, number: int) -> str:
    if isinstance(data, dict):
        for key in ("external_id", "title"):
            if isinstance(data.get(key), str) and data[key]:
                return str(data[key])
    return f"#{number}"


def dump_json(drafts: list[QuestionDraft]) -> str:
    """Drafts as a JSON array (enum values as strings); lossless, templates included."""
    check_for_dump(drafts, "json")
    return orjson.dumps([d.to_dict() for d in drafts], option=orjson.OPT_INDENT_2).decode() + "\n"


# -- CSV -------------------------------------------------------------------------------------

LETTERS = "ABCDEF"
OPTION_COLUMNS = tuple(f"option_{letter.lower()}" for letter in LETTERS)
COLUMNS = (
    "type",
    "text",
    *OPTION_COLUMNS,
    "correct",
    "answer",
    "tolerance",
    "explanation",
    "concepts",
    "difficulty",
    "source",
    "year",
    "marking",
)
EXTRA_COLUMNS = ("title", "category", "tags", "external_id", "gurukul_meta")
_NUMBER_COLUMNS = frozenset({"answer", "tolerance", "year"})
_TYPES = {
    "single": QuestionType.SINGLE,
    "mcq": QuestionType.SINGLE,
    "multiple": QuestionType.MULTIPLE,
    "mcq(multiple)": QuestionType.MULTIPLE,
    "msq": QuestionType.MULTIPLE,
    "integer": QuestionType.INTEGER,
    "numeric": QuestionType.NUMERIC,
    "numerical": QuestionType.NUMERIC,
    "true_false": QuestionType.TRUE_FALSE,
    "truefalse": QuestionType.TRUE_FALSE,
    "tf": QuestionType.TRUE_FALSE,
}
_TRUTH = {"t": True, "true": True, "yes": True, "1": True, "f": False, "false": False}
_TRUTH |= {"no": False, "0": False}
# Spreadsheets run a cell that starts with one of these as a formula ("CSV injection"):
# such cells are written behind an apostrophe, which reading removes again.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")


class _Skip(ValueError):
    pass


def parse_csv(text: str) -> ParseResult:
    """CSV rows to drafts; a missing required column is one problem for the whole file."""
    return _parse_csv(text, check=True)


def _parse_csv(text: str, *, check: bool) -> ParseResult:
    text = text.removeprefix("\ufeff")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [h.strip().lower() for h in next(rows)]
    except StopIteration:
        return ParseResult(problems=[Problem("file", None, "the file is empty")])
    except csv.Error as exc:
        return ParseResult(problems=[Problem("file", 1, f"unreadable CSV: {exc}")])
    result = ParseResult()
    duplicated = sorted({h for h in header if header.count(h) > 1})
    if duplicated:
        reason = f"duplicate column(s): {', '.join(duplicated)}"
        return ParseResult(problems=[Problem("header", 1, reason)])
    for name in header:
        if name not in COLUMNS and name not in EXTRA_COLUMNS:
            result.problems.append(Problem("header", 1, f"unknown column {name!r} (ignored)"))
    records: list[tuple[int, dict[str, str]]] = []
    line = rows.line_num + 1
    try:
        for row in rows:
            if any(cell.strip() for cell in row):
                cells = dict(zip(header, (_unguard(c) for c in row), strict=False))
                records.append((line, cells))
            line = rows.line_num + 1
    except csv.Error as exc:
        return ParseResult(problems=[Problem("file", rows.line_num, f"unreadable CSV: {exc}")])
    missing = _missing_columns(header, records)
    if missing:
        reason = f"missing required column(s): {', '.join(missing)}"
        return ParseResult(problems=[Problem("header", 1, reason)])
    for number, (line, cells) in enumerate(records, 1):
        ref = cells.get("external_id") or cells.get("title") or f"row {number}"
        try:
            draft = _row_draft(cells)
        except _Skip as exc:
            result.problems.append(Problem(ref, line, str(exc)))
            continue
        warnings: list[str] = []
        if cells.get("gurukul_meta", "").strip():
            draft, warnings = apply_meta(draft, cells["gurukul_meta"])
        faults = check_draft(draft) if check else []
        if faults:
            result.problems.append(Problem(ref, line, "; ".join(faults)))
        else:
            result.items.append(ParsedItem(draft, line, ref, warnings))
    return result


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count)


def _unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def _guard(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def _missing_columns(header: list[str], records: list[tuple[int, dict[str, str]]]) -> list[str]:
    needed = ["type", "text"]
    kinds = {_TYPES.get(cells.get("type", "").strip().lower()) for _, cells in records}
    if kinds & {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE}:
        needed.append("correct")
    if kinds & {QuestionType.SINGLE, QuestionType.MULTIPLE}:
        needed += ["option_a", "option_b"]
    if kinds & {QuestionType.INTEGER, QuestionType.NUMERIC}:
        needed.append("answer")
    return [name for name in needed if name not in header]


def _cell(cells: dict[str, str], name: str) -> str:
    return cells.get(name, "").strip()


def _list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _row_draft(cells: dict[str, str]) -> QuestionDraft:
    raw_type = _cell(cells, "type")
    kind = _TYPES.get(raw_type.lower())
    if kind is None:
        allowed = "single, multiple, integer, numeric, true_false"
        raise _Skip(f"unknown type {raw_type!r} (use {allowed})")
    difficulty = _cell(cells, "difficulty").upper() or "MEDIUM"
    if difficulty not in Difficulty.__members__:
        raise _Skip(f"unknown difficulty {difficulty!r} (use EASY, MEDIUM or HARD)")
    year = _cell(cells, "year")
    if year and not year.isdigit():
        raise _Skip(f"year {year!r} is not a number")
    draft = QuestionDraft(
        type=kind,
        text=_cell(cells, "text"),
        explanation=non_empty(_cell(cells, "explanation")),
        concepts=_list(_cell(cells, "concepts")),
        difficulty=Difficulty(difficulty),
        source=non_empty(_cell(cells, "source")),
        year=int(year) if year else None,
        marking=_cell(cells, "marking") or "jee_main",
        title=non_empty(_cell(cells, "title")),
        category=non_empty(_cell(cells, "category")),
        tags=_list(_cell(cells, "tags")),
        external_id=non_empty(_cell(cells, "external_id")),
    )
    correct = _cell(cells, "correct")
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        draft.options = _options(cells, correct)
    elif kind is QuestionType.TRUE_FALSE:
        if correct.lower() not in _TRUTH:
            raise _Skip(f"true/false answer {correct!r} is not true or false")
        draft.truth = _TRUTH[correct.lower()]
    else:
        draft.numeric = _numeric(cells)
    return draft


def _options(cells: dict[str, str], correct: str) -> list[OptionDraft]:
    options = [
        OptionDraft(letter, _cell(cells, column))
        for letter, column in zip(LETTERS, OPTION_COLUMNS, strict=True)
        if _cell(cells, column)
    ]
    letters = re.sub(r"[\s,;]", "", correct).upper()
    if not letters:
        raise _Skip("no correct answer given")
    for letter in letters:
        match = [o for o in options if o.id == letter]
        if not match:
            raise _Skip(f"correct answer {letter!r} is not among the options")
        match[0].correct = True
    return options


def _number(cells: dict[str, str], name: str) -> float | None:
    cell = _cell(cells, name)
    if not cell:
        return None
    try:
        value = float(cell)
    except ValueError:
        raise _Skip(f"{name} {cell!r} is not a number") from None
    if not math.isfinite(value):
        raise _Skip(f"{name} {cell!r} is not a number")
    return value


def _numeric(cells: dict[str, str]) -> NumericAnswer:
    value = _number(cells, "answer")
    if value is None:
        raise _Skip("no answer given")
    return NumericAnswer(value, _number(cells, "tolerance") or 0.0)


def dump_csv(drafts: list[QuestionDraft]) -> str:
    """Drafts as CSV; what the columns cannot hold goes into the gurukul_meta column."""
    check_for_dump(drafts, "csv")
    for n, draft in enumerate(drafts, 1):
        if len(draft.options) > len(LETTERS):
            raise DumpError(f"question #{n}: CSV holds at most {len(LETTERS)} options")
    extras = [c for c in EXTRA_COLUMNS[:-1] if any(_extra(d, c) for d in drafts)]
    # what the columns alone read back as; the gurukul_meta column carries the difference
    native = _parse_csv(_write_csv(drafts, extras, None), check=False)
    if native.problems or len(native.items) != len(drafts):
        reasons = "; ".join(f"{p.ref}: {p.reason}" for p in native.problems)
        raise DumpError(f"CSV cannot hold these questions: {reasons}")
    metas = [encode_meta(d, item.draft) for d, item in zip(drafts, native.items, strict=True)]
    return _write_csv(drafts, extras, metas if any(metas) else None)


def _extra(draft: QuestionDraft, column: str) -> str:
    if column == "tags":
        return ";".join(draft.tags)
    value = getattr(draft, column)
    return "" if value is None else str(value)


def _write_csv(
    drafts: list[QuestionDraft], extras: list[str], metas: list[str | None] | None
) -> str:
    header = [*COLUMNS, *extras, *(["gurukul_meta"] if metas else [])]
    out = io.StringIO()
    # RFC 4180 line ends; the writer then quotes any cell holding "\r" or "\n"
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for n, draft in enumerate(drafts):
        row = _row(draft)
        row |= {column: _extra(draft, column) for column in extras}
        if metas:
            row["gurukul_meta"] = metas[n] or ""
        writer.writerow(
            [row.get(c, "") if c in _NUMBER_COLUMNS else _guard(row.get(c, "")) for c in header]
        )
    return out.getvalue()


def _row(draft: QuestionDraft) -> dict[str, str]:
    row = {
        "type": draft.type.value,
        "text": draft.text,
        "explanation": draft.explanation or "",
        "concepts": ";".join(draft.concepts),
        "difficulty": draft.difficulty.value,
        "source": draft.source or "",
        "year": "" if draft.year is None else str(draft.year),
        "marking": draft.marking,
    }
    if draft.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        for column, option in zip(OPTION_COLUMNS, draft.options, strict=False):
            row[column] = option.text
        row["correct"] = ";".join(
            letter for letter, o in zip(LETTERS, draft.options, strict=False) if o.correct
        )
    elif draft.type is QuestionType.TRUE_FALSE:
        row["correct"] = "true" if draft.truth else "false"
    elif draft.numeric is not None:
        row["answer"] = fmt_num(draft.numeric.value)
        row["tolerance"] = fmt_num(draft.numeric.tolerance) if draft.numeric.tolerance else ""
    return row
