"""The question bank as plain immutable data, kept per process between requests.

Assembling a form needs the whole published bank (tags, subject, IRT parameters); scoring and
serving need parsed content (drafts, checkable questions, template instances). Building those
from ORM objects on every request was most of the cost of both paths, so this module keeps:

- a snapshot of the published bank per database, reused while a one-row fingerprint query
  is unchanged. Publishing, superseding, archiving, re-tagging and calibration
  (`set_irt_parameters`) all set a published version's `updated_at`; the count, version
  numbers, IRT sums and id range catch most changes even within one timestamp. Every app
  instance runs the query, so a change made through any of them reaches all of them on
  their next assembly. A change made through this process's ORM also bumps a generation
  counter, so it is seen at once whatever the clocks say (tests freeze them).
- parsed content by version id. A frozen version (published, superseded, archived) never
  changes its content, so its parse is reused for good (bounded LRU); draft content is
  parsed per call and never kept. Tags, subject and IRT parameters are classification that
  may change in place, so they are never taken from this cache: `items` reads them fresh.
- template instances by (content, seed): the formula is parsed and evaluated once per drawn
  form item, not on every serve and submit.

What is handed out is shared by every request of the process, so it is immutable (frozen
dataclasses, tuples) or, for the parsed draft inside `Content`, read-only by contract. The
SQL lives here rather than in the repository because it exists only to fill these caches.
"""

from __future__ import annotations

import itertools
import uuid
from collections import OrderedDict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from gurukul.questions.checking import TRUE_FALSE_IDS, CheckableQuestion, UncheckableQuestion
from gurukul.questions.draft import QuestionDraft, QuestionType
from gurukul.questions.errors import InvalidQuestion
from gurukul.questions.models import (
    FROZEN_STATUSES,
    QuestionConcept,
    QuestionStatus,
    QuestionVersion,
)
from gurukul.questions.templates import TemplateInstance, instantiate

# Parsed contents kept per process: a few kilobytes each (~30 MB at most), seven times the
# demo bank; a larger bank keeps its recently served part.
CONTENT_CACHE_SIZE = 10_000
# Template instances: one per template item on a form issued recently in this process.
INSTANCE_CACHE_SIZE = 20_000
IN_CHUNK = 500  # below SQLite's and asyncpg's bound-parameter limits

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class Lru(Generic[_K, _V]):
    """A small least-recently-used map (one event loop per process: no locking needed)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[_K, _V] = OrderedDict()

    def get(self, key: _K) -> _V | None:
        found = self._data.get(key)
        if found is not None:
            self._data.move_to_end(key)
        return found

    def put(self, key: _K, value: _V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.size:
            self._data.popitem(last=False)

    def pop(self, key: _K) -> None:
        self._data.pop(key, None)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


# --- plain data -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BankItem:
    """A version's classification as stored now: what assembly and the learner model use."""

    id: uuid.UUID
    question_id: uuid.UUID
    status: str
    type: str
    subject: str | None
    concepts: tuple[str, ...]  # primary first
    irt: tuple[float, float, float]  # (a, b, c)
    updated_at: datetime | None
    key: str  # str(id), made once: assembly keys items by it on every call


@dataclass(frozen=True, eq=False)
class Content:
    """A version's content, parsed once. Identity-hashed: it keys its template instances."""

    version_id: uuid.UUID
    type: QuestionType
    text: str
    explanation: str | None
    marking: str
    marking_custom: Mapping[str, Any] | None  # as stored
    options: tuple[tuple[str, str], ...]  # (id, text) as served; true/false's two included
    draft: QuestionDraft  # shared: never mutate
    _fixed: CheckableQuestion | None = field(default=None, repr=False)

    def instance(self, seed: int) -> TemplateInstance:
        """The template drawn with `seed` (kept per process); InvalidQuestion for others."""
        template = self.draft.template
        if self.type is not QuestionType.TEMPLATE or template is None:
            raise InvalidQuestion("A template question is checked per seeded instance")
        key = (self, seed)
        found = _instances.get(key)
        if found is None:
            drawn = instantiate(template, self.draft.text, seed)
            found = (drawn, CheckableQuestion.from_template(template, drawn))
            _instances.put(key, found)
        return found[0]

    def question(self, seed: int | None) -> CheckableQuestion:
        """What checking needs; a template's for the item's seed (as `service.checkable`)."""
        if self.type is QuestionType.TEMPLATE:
            if seed is None:
                raise InvalidQuestion("A template question is checked per seeded instance")
            self.instance(seed)
            found = _instances.get((self, seed))
            assert found is not None
            return found[1]
        if self._fixed is not None:
            return self._fixed
        return CheckableQuestion.from_draft(self.draft)  # raises what made it uncheckable

    def served_text(self, seed: int) -> str:
        """The text as served: a template's with the item's drawn values filled in."""
        if self.type is QuestionType.TEMPLATE and self.draft.template is not None:
            return self.instance(seed).text
        return self.text

    def instance_values(self, seed: int) -> dict[str, float] | None:
        """A template's drawn values (a fresh dict: callers store it), None for others."""
        if self.type is not QuestionType.TEMPLATE:
            return None
        return dict(self.instance(seed).values)


def parse_content(
    version_id: uuid.UUID, draft: QuestionDraft, marking_custom: Mapping[str, Any] | None
) -> Content:
    """Parse once what serving and scoring need from a version's draft; `marking_custom` as
    stored (the scheme reads it raw)."""
    fixed = None
    if draft.type is not QuestionType.TEMPLATE:
        try:
            fixed = CheckableQuestion.from_draft(draft)
        except UncheckableQuestion:
            fixed = None  # `question()` raises the same error where it is needed
    if draft.type is QuestionType.TRUE_FALSE:
        options = tuple((key, key.title()) for key in TRUE_FALSE_IDS)
    else:
        options = tuple((option.id, option.text) for option in draft.options)
    return Content(
        version_id=version_id,
        type=draft.type,
        text=draft.text,
        explanation=draft.explanation,
        marking=draft.marking,
        marking_custom=marking_custom,
        options=options,
        draft=draft,
        _fixed=fixed,
    )


@dataclass(frozen=True)
class Bank:
    """The published bank at one fingerprint: items ordered by version id."""

    fingerprint: tuple[Any, ...]
    items: tuple[BankItem, ...]
    by_id: Mapping[uuid.UUID, BankItem]

    def of_subjects(self, subjects: Iterable[str]) -> list[BankItem]:
        """Items of these subjects, subject by subject in the order given, each by id."""
        wanted = list(dict.fromkeys(subjects))
        by_subject: dict[str | None, list[BankItem]] = {s: [] for s in wanted}
        for item in self.items:
            if item.subject in by_subject:
                by_subject[item.subject].append(item)
        return [item for subject in wanted for item in by_subject[subject]]

    def tagged(self, concept_ids: Collection[str]) -> list[BankItem]:
        """Items tagged with any of `concept_ids` (primary or secondary), by id."""
        wanted = set(concept_ids)
        return [item for item in self.items if wanted.intersection(item.concepts)]


_contents: Lru[tuple[str, uuid.UUID], Content] = Lru(CONTENT_CACHE_SIZE)
_instances: Lru[tuple[Content, int], tuple[TemplateInstance, CheckableQuestion]] = Lru(
    INSTANCE_CACHE_SIZE
)
_banks: dict[str, Bank] = {}
_generation = 0  # bumped by every flush of a version or tag in this process


@event.listens_for(Session, "after_flush")
def _note_bank_change(session: Session, _context: Any) -> None:
    """Any version or tag written through this process's ORM invalidates the snapshot at
    once, even when the database fingerprint cannot tell (a change within one timestamp,
    as under a test's frozen clock). Other instances see the change by the fingerprint."""
    global _generation
    for obj in itertools.chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, QuestionVersion | QuestionConcept):
            _generation += 1
            return


def _scope(session: AsyncSession) -> str:
    """Which database: tests and benchmarks run several in one process."""
    return str(session.get_bind().engine.url)


# --- reads ------------------------------------------------------------------------------------

_ITEM_COLUMNS = (
    QuestionVersion.id,
    QuestionVersion.question_id,
    QuestionVersion.status,
    QuestionVersion.type,
    QuestionVersion.subject_code,
    QuestionVersion.irt_a,
    QuestionVersion.irt_b,
    QuestionVersion.irt_c,
    QuestionVersion.updated_at,
)
_CONTENT_COLUMNS = (
    QuestionVersion.id,
    QuestionVersion.status,
    QuestionVersion.type,
    QuestionVersion.text,
    QuestionVersion.options,
    QuestionVersion.numeric_value,
    QuestionVersion.numeric_tolerance,
    QuestionVersion.truth,
    QuestionVersion.template,
    QuestionVersion.explanation,
    QuestionVersion.marking,
    QuestionVersion.marking_custom,
    QuestionVersion.difficulty,
)


def _published() -> sa.ColumnElement[bool]:
    return QuestionVersion.status == QuestionStatus.published.value


def _fingerprint_statement() -> sa.Select[Any]:
    """One row that changes whenever the published bank does (see the module docstring).

    One pass over the published rows (count, latest change, version numbers, IRT sums) and
    two index probes for the lowest and highest id (a bank rebuilt from scratch, as tests do
    between cases, has new ids even where counts and timestamps repeat).
    """

    def edge_id(order: Any) -> sa.ScalarSelect[Any]:
        return (
            sa.select(QuestionVersion.id)
            .where(_published())
            .order_by(order)
            .limit(1)
            .scalar_subquery()
        )

    return sa.select(
        sa.func.count(),
        sa.func.max(QuestionVersion.updated_at),
        sa.func.sum(QuestionVersion.number),
        sa.func.sum(QuestionVersion.irt_a + QuestionVersion.irt_b + QuestionVersion.irt_c),
        edge_id(QuestionVersion.id.asc()),
        edge_id(QuestionVersion.id.desc()),
    ).where(_published())


async def _rows(session: AsyncSession, statement: sa.Select[Any]) -> list[Any]:
    """Plain rows on the session's connection and transaction: no ORM identities."""
    connection = await session.connection()
    return list((await connection.execute(statement)).all())


def _items_statement(where: sa.ColumnElement[bool]) -> Any:
    """Versions with their tags in one round trip: a row per tag (one for an untagged
    version), ordered by version id, then tag position."""
    return (
        sa.select(*_ITEM_COLUMNS, QuestionConcept.concept_id)
        .outerjoin(QuestionConcept, QuestionConcept.version_id == QuestionVersion.id)
        .where(where)
        .order_by(QuestionVersion.id, QuestionConcept.position)
    )


def _collect(rows: Iterable[Any]) -> list[BankItem]:
    grouped: dict[uuid.UUID, tuple[Any, list[str]]] = {}
    for row in rows:
        entry = grouped.setdefault(row[0], (row, []))
        if row[-1] is not None:
            entry[1].append(row[-1])
    found = []
    for row, concepts in grouped.values():
        version_id, question_id, status, type_, subject, a, b, c, updated_at, _ = row
        found.append(
            BankItem(
                id=version_id,
                question_id=question_id,
                status=status,
                type=type_,
                subject=subject,
                concepts=tuple(concepts),
                irt=(float(a), float(b), float(c)),
                updated_at=updated_at,
                key=str(version_id),
            )
        )
    return found


async def published(session: AsyncSession) -> Bank:
    """The published bank (one version per question), reused while its fingerprint holds."""
    scope = _scope(session)
    row = (await _rows(session, _fingerprint_statement()))[0]
    fingerprint = (_generation, *row)
    found = _banks.get(scope)
    if found is not None and found.fingerprint == fingerprint:
        return found
    items = tuple(_collect(await _rows(session, _items_statement(_published()))))
    bank = Bank(fingerprint=fingerprint, items=items, by_id={i.id: i for i in items})
    _banks[scope] = bank
    return bank


async def items(
    session: AsyncSession, version_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, BankItem]:
    """Exact versions (any status) by id, as stored now; missing ids are left out."""
    ids = list(dict.fromkeys(version_ids))
    found: dict[uuid.UUID, BankItem] = {}
    for start in range(0, len(ids), IN_CHUNK):
        where = QuestionVersion.id.in_(ids[start : start + IN_CHUNK])
        found.update(
            {item.id: item for item in _collect(await _rows(session, _items_statement(where)))}
        )
    return found


def _draft(row: Any) -> QuestionDraft:
    data = row._mapping
    numeric = None
    if data["numeric_value"] is not None:
        numeric = {"value": data["numeric_value"], "tolerance": data["numeric_tolerance"] or 0.0}
    # Only what serving and scoring read; tags, source and the like stay in the database.
    return QuestionDraft.from_dict(
        {
            "type": data["type"],
            "text": data["text"],
            "options": data["options"],
            "numeric": numeric,
            "truth": data["truth"],
            "template": data["template"],
            "explanation": data["explanation"],
            "marking": data["marking"],
            "marking_custom": data["marking_custom"],
            "difficulty": data["difficulty"],
        }
    )


async def contents(
    session: AsyncSession, version_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Content]:
    """Parsed content of exact versions by id (missing ids are left out); frozen ones are
    parsed once per process, the others on every call."""
    scope = _scope(session)
    found: dict[uuid.UUID, Content] = {}
    missing = []
    for version_id in dict.fromkeys(version_ids):
        cached = _contents.get((scope, version_id))
        if cached is None:
            missing.append(version_id)
        else:
            found[version_id] = cached
    for start in range(0, len(missing), IN_CHUNK):
        statement = sa.select(*_CONTENT_COLUMNS).where(
            QuestionVersion.id.in_(missing[start : start + IN_CHUNK])
        )
        for row in await _rows(session, statement):
            content = parse_content(row[0], _draft(row), row._mapping["marking_custom"])
            if row[1] in FROZEN_STATUSES:
                _contents.put((scope, row[0]), content)
            found[row[0]] = content
    return found
