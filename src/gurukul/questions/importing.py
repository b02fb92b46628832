"""Import and export of question files through the format modules.

An import is all or nothing: every item is parsed and checked first, and if any item has an
error nothing is written. Duplicates (same content hash as a stored version, or as an earlier
item of the same file) are skipped with a report line, not treated as errors. Items without
a concept are imported untagged with a "concept unknown" warning (JEEBench has no concepts).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Literal

import yaml
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.questions import search as question_search
from gurukul.questions.draft import QuestionDraft
from gurukul.questions.errors import InvalidQuestion, UnknownFormat
from gurukul.questions.formats import FORMATS, DumpError, QuestionFormat
from gurukul.questions.models import Question
from gurukul.questions.repository import QuestionFilters, QuestionVersionRepository
from gurukul.questions.service import concept_index, default_irt, draft_problems, new_version
from gurukul.questions.service import to_draft as version_to_draft

Outcome = Literal["created", "would_create", "duplicate", "error", "warning"]
Progress = Callable[[int, int], None]
FLUSH_BATCH = 500  # rows per flush: bounded memory, few round trips
CONCEPT_UNKNOWN = "concept unknown"


@dataclass(frozen=True)
class ReportLine:
    ref: str  # the item's title, id or "#n"; "file" or "concept-map" for the input as a whole
    line: int | None
    outcome: Outcome
    reason: str = ""


@dataclass
class ImportReport:
    fmt: str
    dry_run: bool
    items: int = 0  # items read from the file, good and bad
    created: int = 0
    would_create: int = 0
    duplicates: int = 0
    errors: int = 0
    warnings: int = 0
    applied: bool = False
    lines: list[ReportLine] = field(default_factory=list)
    question_ids: list[uuid.UUID] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def add(self, ref: str, line: int | None, outcome: Outcome, reason: str = "") -> None:
        self.lines.append(ReportLine(ref, line, outcome, reason))
        counter = {
            "would_create": "would_create",
            "duplicate": "duplicates",
            "error": "errors",
            "warning": "warnings",
            "created": "created",
        }[outcome]
        setattr(self, counter, getattr(self, counter) + 1)


def load_concept_map(text: str) -> dict[str, str]:
    """A concept map file (YAML or JSON): category or tag -> concept id. ValueError if bad."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"concept map is not valid YAML or JSON: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ValueError("concept map must map categories or tags to concept ids")
    mapping: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"concept map: {key!r} must map to a concept id (a string)")
        mapping[str(key)] = value.strip()
    return mapping


def _map_keys(draft: QuestionDraft) -> list[str]:
    keys = []
    if draft.category:
        keys += [draft.category, draft.category.rstrip("/").rsplit("/", 1)[-1]]
    return keys + list(draft.tags)


def apply_concept_map(draft: QuestionDraft, concept_map: Mapping[str, str] | None) -> QuestionDraft:
    """The draft's own concepts first, then those its category and tags map to."""
    if not concept_map:
        return draft
    concepts = list(draft.concepts)
    for key in _map_keys(draft):
        concept_id = concept_map.get(key)
        if concept_id is not None and concept_id not in concepts:
            concepts.append(concept_id)
    return replace(draft, concepts=concepts) if concepts != draft.concepts else draft


def format_of(fmt: str, *, export: bool = False) -> QuestionFormat:
    """The named format, or UnknownFormat naming the ones there are."""
    found = FORMATS.get(fmt)
    names = sorted(name for name, f in FORMATS.items() if not export or f.dump is not None)
    if found is None or (export and found.dump is None):
        verb = "export to" if export else "import"
        raise UnknownFormat(f"Cannot {verb} {fmt!r}; use one of {', '.join(names)}", field="format")
    return found


async def import_questions(
    session: AsyncSession,
    text: str,
    *,
    fmt: str,
    concept_map: dict[str, str] | None = None,
    dry_run: bool = False,
    now: datetime,
    progress: Progress | None = None,
) -> ImportReport:
    """Parse, check and store a question file in the caller's unit of work, all or nothing.

    Created questions are drafts. `progress(done, total)` is called as items are checked and
    as they are written.
    """
    parsed = format_of(fmt).parse(text)
    report = ImportReport(fmt=fmt, dry_run=dry_run, items=len(parsed.items))
    report.items += sum(1 for p in parsed.problems if p.ref not in ("file", "header"))
    for problem in parsed.problems:
        report.add(problem.ref, problem.line, "error", problem.reason)

    drafts = [apply_concept_map(item.draft, concept_map) for item in parsed.items]
    wanted = {cid for draft in drafts for cid in draft.concepts} | set((concept_map or {}).values())
    index = await concept_index(session, wanted)
    for key, concept_id in (concept_map or {}).items():
        if concept_id not in index.concepts:
            report.add(
                "concept-map", None, "error", f"{key!r} maps to unknown concept {concept_id}"
            )
    stored = await QuestionVersionRepository.from_session(session).question_ids_by_hash(
        [draft.content_hash() for draft in drafts]
    )

    total = len(drafts) * (1 if dry_run else 2)
    seen: dict[str, tuple[str, int | None]] = {}
    plan: list[tuple[QuestionDraft, str, int | None]] = []
    for n, (item, draft) in enumerate(zip(parsed.items, drafts, strict=True), 1):
        reasons = [reason for _, reason in draft_problems(draft)]
        reasons += [f"unknown concept {cid}" for cid in index.unknown(draft.concepts)]
        content_hash = draft.content_hash()
        if reasons:
            report.add(item.ref, item.line, "error", "; ".join(reasons))
        elif content_hash in stored:
            report.add(
                item.ref,
                item.line,
                "duplicate",
                f"already in the bank (question {stored[content_hash]})",
            )
        elif content_hash in seen:
            ref, line = seen[content_hash]
            where = f" (line {line})" if line is not None else ""
            report.add(item.ref, item.line, "duplicate", f"same as {ref}{where} in this file")
        else:
            seen[content_hash] = (item.ref, item.line)
            plan.append((draft, item.ref, item.line))
            for warning in item.warnings:
                report.add(item.ref, item.line, "warning", warning)
            if not draft.concepts:
                report.add(item.ref, item.line, "warning", CONCEPT_UNKNOWN)
        if progress is not None:
            progress(n, total)

    if not report.ok:
        return report
    if dry_run:
        for _, ref, line in plan:
            report.add(ref, line, "would_create")
        return report

    search = question_search.backend_for(session)
    batch = []
    for n, (draft, ref, line) in enumerate(plan, 1):
        # Microsecond steps keep the file's order in listings and exports.
        created_at = now + timedelta(microseconds=n)
        question = Question(created_at=created_at)
        version = new_version(question, draft, index, number=1, irt=default_irt(draft))
        version.created_at = created_at
        session.add_all([question, version])
        batch.append(version)
        report.add(ref, line, "created")
        if len(batch) >= FLUSH_BATCH or n == len(plan):
            await session.flush()
            await search.index(session, batch)
            report.question_ids += [v.question_id for v in batch]
            batch = []
        if progress is not None:
            progress(len(drafts) + n, total)
    if progress is not None:
        progress(total, total)
    report.applied = True
    return report


async def export_questions(
    session: AsyncSession, *, fmt: str, filters: QuestionFilters | None = None
) -> str:
    """The latest version of every matching question, written in `fmt`."""
    dump = format_of(fmt, export=True).dump
    assert dump is not None
    versions = await QuestionVersionRepository.from_session(session).latest_matching(
        filters or QuestionFilters()
    )
    try:
        return dump([version_to_draft(version) for version in versions])
    except DumpError as exc:
        raise InvalidQuestion(str(exc), code="export_failed", field="format") from None


def report_dict(report: ImportReport) -> dict[str, Any]:
    """The report as plain data (for JSON output)."""
    return {
        "format": report.fmt,
        "dry_run": report.dry_run,
        "applied": report.applied,
        "items": report.items,
        "created": report.created,
        "would_create": report.would_create,
        "duplicates": report.duplicates,
        "errors": report.errors,
        "warnings": report.warnings,
        "lines": [
            {"ref": line.ref, "line": line.line, "outcome": line.outcome, "reason": line.reason}
            for line in report.lines
        ],
    }
