"""Full-text search over the question bank, one interface over two engines.

SQLite (the embedded default) keeps an FTS5 table, `question_fts`, that the service updates
whenever a version is written. PostgreSQL needs no copy: GIN expression indexes over
`to_tsvector('simple', ...)` of the version's own columns answer the query. Both tables and
indexes are created by the migration for their dialect only; `backend_for` is the one place
that chooses between the two.

Students search text and options of published versions; admins also search explanations,
over the latest version of every question. Snippets are HTML-escaped text with
`<mark>...</mark>` around the matched words, so a client may insert them as HTML.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.schemas import decode_cursor, encode_cursor
from gurukul.questions.errors import InvalidQuestion
from gurukul.questions.models import FTS_TABLE, QuestionStatus, QuestionVersion
from gurukul.questions.repository import tagged_with

MAX_TERMS = 12  # longer queries add nothing but cost
MAX_RESULTS = 50
SNIPPET_WORDS = 16
# Private-use characters mark matches inside the database's snippet; they are swapped for
# <mark> tags only after the text around them has been HTML-escaped.
_START, _END = "\ue000", "\ue001"
_TERM = re.compile(r"[^\W_]+")

_fts = sa.table(
    FTS_TABLE,
    sa.column("version_id", sa.Uuid),
    sa.column("text", sa.Text),
    sa.column("options", sa.Text),
    sa.column("explanation", sa.Text),
)

# Must match the migration's index expressions word for word, or PostgreSQL will not use them.
PG_PUBLIC_DOCUMENT = "(question_versions.text || ' ') || question_versions.options_text"
PG_FULL_DOCUMENT = f"(({PG_PUBLIC_DOCUMENT}) || ' ') || coalesce(question_versions.explanation, '')"


@dataclass(frozen=True)
class SearchFilters:
    subject: str | None = None
    concept: str | None = None
    difficulty: str | None = None
    type: str | None = None
    source: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class SearchHit:
    version: QuestionVersion
    score: float  # higher is better
    snippet: str


class SearchBackend(Protocol):
    async def index(self, session: AsyncSession, versions: Sequence[QuestionVersion]) -> None:
        """Make `versions` findable with their current content."""

    async def remove(self, session: AsyncSession, version_ids: Sequence[uuid.UUID]) -> None:
        """Forget deleted versions."""

    async def search(
        self,
        session: AsyncSession,
        terms: Sequence[str],
        *,
        admin: bool,
        filters: SearchFilters,
        offset: int,
        limit: int,
    ) -> list[SearchHit]:
        """Ranked hits, best first."""


def terms_of(query: str) -> list[str]:
    """The words of a user's query, lower-cased; operators and punctuation are dropped, so no
    input can form a malformed engine query."""
    return [term.lower() for term in _TERM.findall(query)][:MAX_TERMS]


def render_snippet(raw: str) -> str:
    return html.escape(raw).replace(_START, "<mark>").replace(_END, "</mark>")


def _scope(statement: sa.Select[Any], *, admin: bool, filters: SearchFilters) -> sa.Select[Any]:
    if admin:
        statement = statement.where(QuestionVersion.is_latest)
    else:
        statement = statement.where(QuestionVersion.status == QuestionStatus.published.value)
    if filters.subject is not None:
        statement = statement.where(QuestionVersion.subject_code == filters.subject)
    if filters.concept is not None:
        statement = statement.where(tagged_with([filters.concept]))
    if filters.difficulty is not None:
        statement = statement.where(QuestionVersion.difficulty == filters.difficulty)
    if filters.type is not None:
        statement = statement.where(QuestionVersion.type == filters.type)
    if filters.source is not None:
        statement = statement.where(QuestionVersion.source == filters.source)
    if filters.year is not None:
        statement = statement.where(QuestionVersion.year == filters.year)
    return statement


class SQLiteSearch:
    """FTS5 with bm25 ranking; columns weighted text > options > explanation."""

    async def index(self, session: AsyncSession, versions: Sequence[QuestionVersion]) -> None:
        if not versions:
            return
        await self.remove(session, [v.id for v in versions])
        await session.execute(
            sa.insert(_fts),
            [
                {
                    "version_id": v.id,
                    "text": v.text,
                    "options": v.options_text,
                    "explanation": v.explanation or "",
                }
                for v in versions
            ],
        )

    async def remove(self, session: AsyncSession, version_ids: Sequence[uuid.UUID]) -> None:
        ids = list(version_ids)
        for start in range(0, len(ids), 500):
            await session.execute(
                sa.delete(_fts).where(_fts.c.version_id.in_(ids[start : start + 500]))
            )

    async def search(
        self,
        session: AsyncSession,
        terms: Sequence[str],
        *,
        admin: bool,
        filters: SearchFilters,
        offset: int,
        limit: int,
    ) -> list[SearchHit]:
        table: sa.ColumnClause[Any] = sa.literal_column(FTS_TABLE)
        expression = " AND ".join(f'"{term}"*' for term in terms)
        if not admin:
            expression = f"{{text options}} : ({expression})"
        rank = sa.func.bm25(table, 0.0, 4.0, 2.0, 1.0)

        def snippet(column: int) -> sa.ColumnElement[str]:
            return sa.func.snippet(table, column, _START, _END, "…", SNIPPET_WORDS)

        columns = [snippet(1), snippet(2)] + ([snippet(3)] if admin else [])
        statement = (
            sa.select(QuestionVersion, rank.label("rank"), *columns)
            .select_from(_fts)
            .join(QuestionVersion, QuestionVersion.id == _fts.c.version_id)
            .where(table.op("MATCH")(expression))
        )
        statement = _scope(statement, admin=admin, filters=filters)
        statement = statement.order_by(rank, QuestionVersion.id).offset(offset).limit(limit)
        hits = []
        for version, score, *snippets in (await session.execute(statement)).all():
            marked = [s for s in snippets if s and _START in s]
            hits.append(SearchHit(version, -float(score), render_snippet((marked or snippets)[0])))
        return hits


class PostgresSearch:
    """tsvector/tsquery over GIN expression indexes; ts_rank ordering, ts_headline snippets."""

    async def index(self, session: AsyncSession, versions: Sequence[QuestionVersion]) -> None:
        return None  # the expression indexes follow the rows by themselves

    async def remove(self, session: AsyncSession, version_ids: Sequence[uuid.UUID]) -> None:
        return None

    async def search(
        self,
        session: AsyncSession,
        terms: Sequence[str],
        *,
        admin: bool,
        filters: SearchFilters,
        offset: int,
        limit: int,
    ) -> list[SearchHit]:
        document: sa.ColumnClause[str] = sa.literal_column(
            PG_FULL_DOCUMENT if admin else PG_PUBLIC_DOCUMENT
        )
        # Stored generated tsvector columns (PostgreSQL only, made by the migration).
        vector: sa.ColumnClause[Any] = sa.literal_column(
            "question_versions.search_full" if admin else "question_versions.search_public"
        )
        query = sa.func.to_tsquery(
            sa.literal_column("'simple'"), " & ".join(f"{term}:*" for term in terms)
        )
        rank = sa.func.ts_rank(vector, query)
        # Rank and cut the page first; headlines are costly, so only the page gets them.
        page = _scope(
            sa.select(QuestionVersion.id.label("id"), rank.label("rank")).where(
                vector.op("@@")(query)
            ),
            admin=admin,
            filters=filters,
        )
        page_sq = (
            page.order_by(rank.desc(), QuestionVersion.id).offset(offset).limit(limit).subquery()
        )
        headline = sa.func.ts_headline(
            sa.literal_column("'simple'"),
            document,
            query,
            f'StartSel="{_START}", StopSel="{_END}", MaxWords={SNIPPET_WORDS + 4}, '
            f'MinWords={SNIPPET_WORDS // 2}, MaxFragments=2, FragmentDelimiter=" … "',
        )
        statement = (
            sa.select(QuestionVersion, page_sq.c.rank, headline)
            .join(page_sq, page_sq.c.id == QuestionVersion.id)
            .order_by(page_sq.c.rank.desc(), QuestionVersion.id)
        )
        return [
            SearchHit(version, float(score), render_snippet(snippet))
            for version, score, snippet in (await session.execute(statement)).all()
        ]


_BACKENDS: dict[str, SearchBackend] = {"sqlite": SQLiteSearch(), "postgresql": PostgresSearch()}


def backend_for(session: AsyncSession) -> SearchBackend:
    """The search engine of the session's database (the only dialect switch in the domain)."""
    return _BACKENDS[session.get_bind().dialect.name]


async def search(
    session: AsyncSession,
    query: str,
    *,
    admin: bool,
    filters: SearchFilters,
    cursor: str | None,
    limit: int,
) -> tuple[list[SearchHit], str | None]:
    """A page of ranked hits for `query` and an opaque cursor for the next page."""
    terms = terms_of(query)
    if not terms:
        raise InvalidQuestion(
            "The query has no words to search for", code="invalid_query", field="q"
        )
    limit = max(1, min(limit, MAX_RESULTS))
    after = decode_cursor(cursor, keys={"o"})
    offset = 0
    if after is not None:
        offset = after["o"]
        if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset <= 10_000:
            raise InvalidQuestion("Malformed cursor", code="invalid_cursor", field="cursor")
    hits = await backend_for(session).search(
        session, terms, admin=admin, filters=filters, offset=offset, limit=limit + 1
    )
    next_cursor = encode_cursor({"o": offset + limit}) if len(hits) > limit else None
    return hits[:limit], next_cursor
