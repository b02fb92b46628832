"""Full-text search over the question bank, one interface over two engines.

SQLite (the embedded default) keeps an FTS5 table, `question_fts`, that the service updates
whenever a version is written. PostgreSQL needs no copy: GIN expression indexes over
`to_tsvector('simple', ...)` of the version's own columns answer the query. Both tables and
indexes are created by the migration for their dialect only; `backend_for` is the one place
that chooses between the two.

Students search text and options of published versions; admins also search explanations,
over the latest version of every question. Snippets are HTML-escaped text with
`<mark>...</mark>` around the matched words, so a client may insert them as HTML; they are
cut in Python for the page only, the same way on both engines.

Ranking is bounded: a query is ranked over at most `MAX_RANKED` matching items (on SQLite
the most recently indexed ones). A query so broad that it matches more (a word in nearly
every question) still answers at once; adding a word or a filter narrows it to a full
ranking. Without the bound, ranking a word found in all 50,000 items of a large bank costs
a quarter of a second (docs/benchmarks.md). Only the last word matches as a prefix (it is
the one being typed); earlier words match whole, which keeps multi-word queries cheap.
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
MAX_RANKED = 500
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


def _with_last(terms: Sequence[str]) -> list[tuple[str, bool]]:
    """Each term with whether it is the last: only the word being typed matches as a prefix."""
    return [(term, i == len(terms) - 1) for i, term in enumerate(terms)]


def render_snippet(raw: str) -> str:
    return html.escape(raw).replace(_START, "<mark>").replace(_END, "</mark>")


def make_snippet(texts: Sequence[str | None], terms: Sequence[str]) -> str:
    """A window of words around the first match in the first text that has one, with every
    word that starts with a query term marked; HTML-escaped."""
    prefixes = tuple(terms)
    fallback = ""
    for text in texts:
        if not text:
            continue
        words = text.split()
        fallback = fallback or " ".join(words[:SNIPPET_WORDS])
        hits = [i for i, word in enumerate(words) if _matches(word, prefixes)]
        if not hits:
            continue
        start = max(0, hits[0] - SNIPPET_WORDS // 4)
        window = words[start : start + SNIPPET_WORDS]
        marked = [_TERM.sub(lambda m: _mark(m.group(0), prefixes), w) for w in window]
        lead = "… " if start > 0 else ""
        tail = " …" if start + SNIPPET_WORDS < len(words) else ""
        return render_snippet(lead + " ".join(marked) + tail)
    return render_snippet(fallback)


def _mark(token: str, prefixes: tuple[str, ...]) -> str:
    return f"{_START}{token}{_END}" if token.lower().startswith(prefixes) else token


def _matches(word: str, prefixes: tuple[str, ...]) -> bool:
    return any(token.lower().startswith(prefixes) for token in _TERM.findall(word))


def _texts(version: QuestionVersion, *, admin: bool) -> list[str | None]:
    return [version.text, version.options_text] + ([version.explanation] if admin else [])


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
        expression = " AND ".join(
            f'"{term}"*' if last else f'"{term}"' for term, last in _with_last(terms)
        )
        if not admin:
            expression = f"{{text options}} : ({expression})"
        # The newest MAX_RANKED matches, with their bm25 rank (FTS5 walks rowids backwards).
        candidates = (
            sa.select(
                _fts.c.version_id.label("id"),
                sa.func.bm25(table, 0.0, 4.0, 2.0, 1.0).label("rank"),
            )
            .select_from(_fts)
            .where(table.op("MATCH")(expression))
            .order_by(sa.literal_column("rowid").desc())
            .limit(MAX_RANKED)
            .subquery()
        )
        statement = _scope(
            sa.select(QuestionVersion, candidates.c.rank).join(
                candidates, candidates.c.id == QuestionVersion.id
            ),
            admin=admin,
            filters=filters,
        )
        statement = statement.order_by(candidates.c.rank, QuestionVersion.id)
        rows = (await session.execute(statement.offset(offset).limit(limit))).all()
        return [
            SearchHit(version, -float(score), make_snippet(_texts(version, admin=admin), terms))
            for version, score in rows
        ]


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
        # Stored generated tsvector columns (PostgreSQL only, made by the migration).
        vector: sa.ColumnClause[Any] = sa.literal_column(
            "question_versions.search_full" if admin else "question_versions.search_public"
        )
        # Inlined, not bound: with a parameter PostgreSQL plans for an unknown word and walks
        # the whole GIN posting list even for a word in every item; with the literal it sees
        # how common the word is and reads just enough rows. Terms are letters and digits only
        # (`terms_of`), so the literal cannot be broken out of.
        tsquery = " & ".join(f"{term}:*" if last else term for term, last in _with_last(terms))
        if not all(_TERM.fullmatch(term) for term in terms):  # pragma: no cover - terms_of
            raise InvalidQuestion("Unsearchable query", code="invalid_query", field="q")
        query = sa.func.to_tsquery(sa.literal_column("'simple'"), sa.literal_column(f"'{tsquery}'"))
        # At most MAX_RANKED matches (from the GIN index) are ranked.
        candidates = (
            _scope(
                sa.select(
                    QuestionVersion.id.label("id"), sa.func.ts_rank(vector, query).label("rank")
                ).where(vector.op("@@")(query)),
                admin=admin,
                filters=filters,
            )
            .limit(MAX_RANKED)
            .subquery()
        )
        statement = (
            sa.select(QuestionVersion, candidates.c.rank)
            .join(candidates, candidates.c.id == QuestionVersion.id)
            .order_by(candidates.c.rank.desc(), QuestionVersion.id)
            .offset(offset)
            .limit(limit)
        )
        return [
            SearchHit(version, float(score), make_snippet(_texts(version, admin=admin), terms))
            for version, score in (await session.execute(statement)).all()
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
