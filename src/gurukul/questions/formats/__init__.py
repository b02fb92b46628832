"""Question import/export formats: pure text <-> `QuestionDraft` conversions, no database.

`FORMATS[name].parse(text)` returns a `ParseResult` (drafts plus a per-item problem report);
`FORMATS[name].dump(drafts)` writes text that parses back to equal drafts, where the format
is one we export to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gurukul.questions.draft import QuestionDraft
from gurukul.questions.formats import gift, jeebench, moodle_xml, native, qti
from gurukul.questions.formats.report import DumpError, ParsedItem, ParseResult, Problem


@dataclass(frozen=True)
class QuestionFormat:
    name: str
    label: str
    extension: str
    media_type: str
    parse: Callable[[str], ParseResult]
    dump: Callable[[list[QuestionDraft]], str] | None = None


FORMATS: dict[str, QuestionFormat] = {
    f.name: f
    for f in (
        QuestionFormat("gift", "Moodle GIFT", ".gift", "text/plain", gift.parse, gift.dump),
        QuestionFormat(
            "moodle-xml", "Moodle XML", ".xml", "application/xml", moodle_xml.parse, moodle_xml.dump
        ),
        QuestionFormat("qti", "IMS QTI 2.1", ".xml", "application/xml", qti.parse, qti.dump),
        QuestionFormat(
            "json", "Gurukul JSON", ".json", "application/json", native.parse_json, native.dump_json
        ),
        QuestionFormat("csv", "Gurukul CSV", ".csv", "text/csv", native.parse_csv, native.dump_csv),
        QuestionFormat("jeebench", "JEEBench dataset", ".json", "application/json", jeebench.parse),
    )
}

__all__ = ["FORMATS", "DumpError", "ParseResult", "ParsedItem", "Problem", "QuestionFormat"]
