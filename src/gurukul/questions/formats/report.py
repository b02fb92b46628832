from __future__ import annotations

from dataclasses import dataclass, field

from gurukul.questions.draft import QuestionDraft


@dataclass(frozen=True)
class Problem:
    """Why one item (or, with ref "file", the whole input) was skipped."""

    ref: str  # the item's title or id, else "#n"; "file" or "header" for the input as a whole
    line: int | None
    reason: str


@dataclass
class ParsedItem:
    draft: QuestionDraft
    line: int | None
    ref: str
    # Imported, but something in the source was not carried over (e.g. partial-credit
    # alternatives of a numeric answer); the service shows these next to the item.
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    """Per-item report: parsing never stops at a bad item; importing is the caller's decision."""

    items: list[ParsedItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def drafts(self) -> list[QuestionDraft]:
        return [item.draft for item in self.items]

    @property
    def ok(self) -> bool:
        return not self.problems


class DumpError(ValueError):
    """A draft that the target format cannot be written from (e.g. a template question)."""
