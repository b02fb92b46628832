"""Helpers shared by the format modules: draft checks, the metadata extension, JSON scanning."""

from __future__ import annotations

import bisect
import hashlib
import json
import math
from collections.abc import Sequence
from typing import Any

import orjson

from gurukul.questions.draft import OptionDraft, QuestionDraft, QuestionType
from gurukul.questions.formats.report import DumpError, Problem

MARKINGS = ("jee_main", "jee_advanced", "custom")
TRUE_ID, FALSE_ID = (
    "true",
    "false",
)  # option ids of true/false questions, as in questions/checking.py

META_PREFIX = "gurukul-meta:"
# Draft fields that no file format shows to its editor; restoring them from the metadata is
# safe even when the visible part of the item was changed after export.
_META_SAFE = frozenset({"concepts", "difficulty", "source", "year", "marking", "marking_custom"})


def option_id(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else f"O{index + 1}"


def check_draft(draft: QuestionDraft) -> list[str]:
    """Structural faults that make a draft unusable; empty when it can be imported."""
    faults: list[str] = []
    if not draft.text.strip():
        faults.append("question text is empty")
    ids = [o.id for o in draft.options]
    if any(not i.strip() for i in ids):
        faults.append("an option has no id")
    if len(set(ids)) != len(ids):
        faults.append("option ids are not unique")
    if any(o.weight is not None and not -100 <= o.weight <= 100 for o in draft.options):
        faults.append("option weights are percentages, from -100 to 100")
    kind = draft.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        faults += _check_choices(draft)
    elif kind in (QuestionType.INTEGER, QuestionType.NUMERIC):
        faults += _check_number(draft)
    elif kind is QuestionType.TRUE_FALSE:
        if draft.truth is None:
            faults.append("true/false question has no answer")
        elif draft.options and [(o.id, o.correct) for o in draft.options] != [
            (TRUE_ID, draft.truth),
            (FALSE_ID, not draft.truth),
        ]:
            faults.append("true/false options must be 'true' and 'false', agreeing with the answer")
    elif draft.template is None:
        faults.append("template question has no template")
    if draft.marking not in MARKINGS:
        faults.append(f"unknown marking scheme {draft.marking!r} (use {', '.join(MARKINGS)})")
    elif draft.marking == "custom" and not draft.marking_custom:
        faults.append("custom marking needs its marks")
    return faults


def _check_choices(draft: QuestionDraft) -> list[str]:
    faults = []
    if len(draft.options) < 2:
        faults.append("a choice question needs at least two options")
    faults += [f"option {o.id} has no text" for o in draft.options if not o.text.strip()]
    n_correct = sum(o.correct for o in draft.options)
    if n_correct == 0:
        faults.append("no correct answer among the options")
    elif draft.type is QuestionType.SINGLE and n_correct > 1:
        faults.append(f"single-correct question has {n_correct} correct options")
    return faults


def _check_number(draft: QuestionDraft) -> list[str]:
    answer = draft.numeric
    if answer is None:
        return ["numeric answer is missing"]
    if not math.isfinite(answer.value):
        return ["numeric answer is not a finite number"]
    if not math.isfinite(answer.tolerance) or answer.tolerance < 0:
        return ["tolerance must be a finite number, zero or more"]
    if draft.type is QuestionType.INTEGER and not float(answer.value).is_integer():
        return [f"integer question has a non-integer answer {answer.value}"]
    return []


def check_for_dump(drafts: Sequence[QuestionDraft], fmt: str) -> None:
    for n, draft in enumerate(drafts, 1):
        faults = check_draft(draft)
        if faults:
            raise DumpError(f"question #{n} cannot be exported: {'; '.join(faults)}")
        if draft.type is QuestionType.TEMPLATE and fmt != "json":
            raise DumpError(f"question #{n}: template questions can only be exported as JSON")


def true_false_options(
    truth: bool, true_feedback: str | None, false_feedback: str | None
) -> list[OptionDraft]:
    """True/false drafts carry options only to hold per-answer feedback; none when there is none."""
    if true_feedback is None and false_feedback is None:
        return []
    return [
        OptionDraft(id=TRUE_ID, text="True", correct=truth, feedback=true_feedback),
        OptionDraft(id=FALSE_ID, text="False", correct=not truth, feedback=false_feedback),
    ]


def true_false_feedback(draft: QuestionDraft) -> tuple[str | None, str | None]:
    """Feedback shown to whoever answered true, and to whoever answered false."""
    by_id = {o.id: o.feedback for o in draft.options}
    return by_id.get(TRUE_ID), by_id.get(FALSE_ID)


def default_name(text: str) -> str:
    """Name written where a format requires one and the draft has no title (Moodle, QTI)."""
    words = " ".join(text.split())
    return (words[:60].rsplit(" ", 1)[0] if len(words) > 60 else words) or "question"


def fmt_num(value: float) -> str:
    """Shortest text that reads back as exactly `value`."""
    value = float(value)  # drafts built in code may hold ints
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def non_empty(text: str | None) -> str | None:
    return text if text is not None and text.strip() else None


# -- metadata extension ------------------------------------------------------------------------
# A format cannot show every draft field (GIFT has no difficulty, QTI no category, ...). dump()
# writes the difference between the draft and what the file alone reads back as, in a comment
# or extra column the format's other readers ignore. `base` fingerprints what the file read back
# as, so an item edited after export keeps the edit: then only the _META_SAFE fields are restored.


def _fingerprint(data: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


def encode_meta(original: QuestionDraft, native: QuestionDraft) -> str | None:
    wanted, got = original.to_dict(), native.to_dict()
    changed = {key: value for key, value in wanted.items() if value != got[key]}
    if not changed:
        return None
    return orjson.dumps({"v": 1, "base": _fingerprint(got), "set": changed}).decode()


def apply_meta(native: QuestionDraft, meta: str) -> tuple[QuestionDraft, list[str]]:
    try:
        data = orjson.loads(meta)
    except orjson.JSONDecodeError:
        return native, ["ignored unreadable gurukul-meta"]
    if not isinstance(data, dict) or not isinstance(data.get("set"), dict):
        return native, ["ignored unreadable gurukul-meta"]
    base = native.to_dict()
    changes: dict[str, Any] = data["set"]
    warnings = []
    if data.get("base") != _fingerprint(base):
        dropped = sorted(key for key in changes if key not in _META_SAFE)
        if dropped:
            warnings.append(
                "edited after export: kept the edit, restored only metadata "
                f"(not {', '.join(dropped)})"
            )
        changes = {key: value for key, value in changes.items() if key in _META_SAFE}
    try:
        return QuestionDraft.from_dict({**base, **changes}), warnings
    except ValueError as exc:
        return native, [f"ignored invalid gurukul-meta: {exc}"]


# -- text positions and JSON ------------------------------------------------------------------


class LineIndex:
    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def json_array(text: str) -> tuple[list[tuple[Any, int]], Problem | None]:
    """Elements of a top-level JSON array with the line each starts on, or a file problem."""
    text = text.removeprefix("\ufeff")
    lines = LineIndex(text)
    decoder = json.JSONDecoder(parse_constant=_reject_constant)
    ws = " \t\r\n"
    i = len(text) - len(text.lstrip(ws))
    if not text[i:].startswith("["):
        try:
            value = decoder.decode(text)
        except (json.JSONDecodeError, ValueError) as exc:
            return [], _json_problem(exc)
        return [], Problem("file", None, f"expected a JSON array, got {type(value).__name__}")
    items: list[tuple[Any, int]] = []
    i += 1
    try:
        while True:
            while i < len(text) and text[i] in ws:
                i += 1
            if text.startswith("]", i) and not items:
                i += 1
                break
            value, end = decoder.raw_decode(text, i)
            items.append((value, lines.line(i)))
            i = end
            while i < len(text) and text[i] in ws:
                i += 1
            if text.startswith(",", i):
                i += 1
            elif text.startswith("]", i):
                i += 1
                break
            else:
                raise json.JSONDecodeError("expected ',' or ']'", text, i)
        if text[i:].strip(ws):
            raise json.JSONDecodeError("extra data after the array", text, i)
    except (json.JSONDecodeError, ValueError) as exc:
        return [], _json_problem(exc)
    return items, None


def _json_problem(exc: ValueError) -> Problem:
    if isinstance(exc, json.JSONDecodeError):
        return Problem("file", exc.lineno, f"invalid JSON: {exc.msg} (line {exc.lineno})")
    return Problem("file", None, f"invalid JSON: {exc}")
