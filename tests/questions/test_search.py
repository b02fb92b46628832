"""Full-text search on both engines (SQLite FTS5, PostgreSQL GIN): visibility, ranking,
filters, snippets, paging and keeping the index in step with edits."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.errors import BadRequest
from gurukul.questions import search as question_search
from gurukul.questions import service as questions_service
from gurukul.questions.models import PG_SEARCH_INDEXES
from gurukul.questions.schemas import QuestionUpdate
from gurukul.questions.search import SearchFilters, SearchHit, render_snippet, terms_of
from tests.questions.test_service import NOW, create, create_published, load_curriculum

pytestmark = pytest.mark.anyio


@pytest.fixture
async def curriculum(session: AsyncSession) -> None:
    await load_curriculum(session)


async def find(
    session: AsyncSession, q: str, *, admin: bool = False, **filters: object
) -> list[SearchHit]:
    hits, _ = await question_search.search(
        session,
        q,
        admin=admin,
        filters=SearchFilters(**filters),
        cursor=None,
        limit=20,  # type: ignore[arg-type]
    )
    return hits


@pytest.mark.usefixtures("curriculum")
class TestVisibility:
    async def test_students_see_published_only(self, session: AsyncSession) -> None:
        published = await create_published(session, text="Friction on an incline")
        await create(session, text="Friction in a draft")
        hits = await find(session, "friction")
        assert [h.version.id for h in hits] == [published.id]

    async def test_admins_see_latest_versions_of_every_status(self, session: AsyncSession) -> None:
        await create_published(session, text="Friction on an incline")
        await create(session, text="Friction in a draft")
        hits = await find(session, "friction", admin=True)
        assert sorted(h.version.text for h in hits) == [
            "Friction in a draft",
            "Friction on an incline",
        ]

    async def test_explanation_is_searched_for_admins_only(self, session: AsyncSession) -> None:
        await create_published(
            session, text="A block slides", explanation="Coulomb's law of dry contact"
        )
        assert await find(session, "coulomb") == []
        hits = await find(session, "coulomb", admin=True)
        assert len(hits) == 1
        assert "<mark>Coulomb</mark>" in hits[0].snippet

    async def test_student_snippet_never_shows_the_explanation(self, session: AsyncSession) -> None:
        await create_published(
            session, text="Slides on ice", explanation="The secret answer is slides negative"
        )
        hits = await find(session, "slides")
        assert len(hits) == 1
        assert "secret" not in hits[0].snippet


@pytest.mark.usefixtures("curriculum")
class TestMatching:
    async def test_options_are_searched(self, session: AsyncSession) -> None:
        await create_published(
            session,
            text="Pick the quantity",
            options=[
                {"id": "A", "text": "momentum", "correct": True},
                {"id": "B", "text": "impulse"},
            ],
        )
        hits = await find(session, "impulse")
        assert len(hits) == 1
        assert "<mark>impulse</mark>" in hits[0].snippet

    async def test_prefix_and_every_word(self, session: AsyncSession) -> None:
        await create_published(session, text="Kinetic friction on a rough incline")
        await create_published(session, text="Static friction on a wall")
        assert len(await find(session, "fric")) == 2
        assert len(await find(session, "friction incline")) == 1
        assert await find(session, "friction gravity") == []

    async def test_text_match_ranks_above_option_match(self, session: AsyncSession) -> None:
        in_option = await create_published(
            session,
            text="Which quantity is conserved?",
            options=[
                {"id": "A", "text": "energy", "correct": True},
                {"id": "B", "text": "temperature"},
            ],
        )
        in_text = await create_published(session, text="Energy of a spring, energy stored")
        hits = await find(session, "energy")
        assert [h.version.id for h in hits] == [in_text.id, in_option.id]
        assert hits[0].score >= hits[1].score

    async def test_operators_and_quotes_are_plain_words(self, session: AsyncSession) -> None:
        await create_published(session, text="Friction OR drag")
        hits = await find(session, 'friction" OR (drag:* -"')
        assert len(hits) == 1

    async def test_query_without_words_is_bad_request(self, session: AsyncSession) -> None:
        with pytest.raises(BadRequest) as caught:
            await find(session, "*** ()")
        assert caught.value.field == "q"

    async def test_markup_in_text_is_escaped(self, session: AsyncSession) -> None:
        await create_published(session, text="<script>alert(1)</script> friction")
        hits = await find(session, "friction")
        assert "<script>" not in hits[0].snippet
        assert "<mark>friction</mark>" in hits[0].snippet


@pytest.mark.usefixtures("curriculum")
class TestFilters:
    async def test_each_filter(self, session: AsyncSession) -> None:
        physics = await create_published(
            session, text="Force question one", source="JEE Main", year=2021
        )
        maths = await create_published(
            session,
            text="Force question two",
            type="integer",
            options=[],
            numeric={"value": 3},
            concepts=["MATH.CALC.DERIVATIVE"],
            difficulty="HARD",
            source="NCERT",
            year=2019,
        )
        cases = {
            "subject": ("MATH", maths),
            "concept": ("PHY.MECH.FRICTION", physics),
            "difficulty": ("HARD", maths),
            "type": ("single", physics),
            "source": ("JEE Main", physics),
            "year": (2019, maths),
        }
        for name, (value, expected) in cases.items():
            hits = await find(session, "force", **{name: value})
            assert [h.version.id for h in hits] == [expected.id], name


@pytest.mark.usefixtures("curriculum")
class TestPagingAndSync:
    async def test_cursor_pages_through_hits(self, session: AsyncSession) -> None:
        for n in range(5):
            await create_published(session, text=f"Pulley problem number {n}")
        first, cursor = await question_search.search(
            session, "pulley", admin=False, filters=SearchFilters(), cursor=None, limit=3
        )
        assert cursor is not None
        rest, end = await question_search.search(
            session, "pulley", admin=False, filters=SearchFilters(), cursor=cursor, limit=3
        )
        assert end is None
        assert len({h.version.id for h in [*first, *rest]}) == 5

    @pytest.mark.parametrize("cursor", ["eyJvIjogLTF9", "eyJvIjoiYSJ9", "bad"])
    async def test_bad_cursor_is_bad_request(self, session: AsyncSession, cursor: str) -> None:
        with pytest.raises(BadRequest) as caught:
            await question_search.search(
                session, "x", admin=False, filters=SearchFilters(), cursor=cursor, limit=3
            )
        assert caught.value.field == "cursor"

    async def test_edit_and_delete_follow_into_the_index(self, session: AsyncSession) -> None:
        version = await create(session, text="Original pendulum")
        await questions_service.update_question(
            session, version.question_id, QuestionUpdate(text="Edited oscillator"), now=NOW
        )
        await session.commit()
        assert await find(session, "pendulum", admin=True) == []
        assert len(await find(session, "oscillator", admin=True)) == 1
        await questions_service.delete_question(session, version.question_id)
        await session.commit()
        assert await find(session, "oscillator", admin=True) == []

    async def test_new_version_replaces_old_in_student_results_once_published(
        self, session: AsyncSession
    ) -> None:
        v1 = await create_published(session, text="Lens formula")
        await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(text="Lens maker formula"), now=NOW
        )
        await session.commit()
        assert [h.version.id for h in await find(session, "lens")] == [v1.id]
        v2 = await questions_service.publish_question(session, v1.question_id, now=NOW)
        await session.commit()
        assert [h.version.id for h in await find(session, "lens")] == [v2.id]


class TestPureParts:
    def test_terms_drop_operators(self) -> None:
        assert terms_of('Friction" AND (x*) _under_score Café') == [
            "friction",
            "and",
            "x",
            "under",
            "score",
            "café",
        ]

    def test_snippet_marks_after_escaping(self) -> None:
        assert render_snippet("a < \ue000b\ue001") == "a &lt; <mark>b</mark>"


@pytest.mark.usefixtures("curriculum")
class TestPostgresIndexes:
    async def test_gin_indexes_exist_and_are_used(
        self, session: AsyncSession, database_url: str
    ) -> None:
        if not database_url.startswith("postgresql"):
            pytest.skip("PostgreSQL GIN indexes; SQLite uses its FTS5 table")
        names = set(
            (
                await session.execute(
                    sa.text(
                        "SELECT indexname FROM pg_indexes WHERE tablename = 'question_versions'"
                    )
                )
            ).scalars()
        )
        assert set(PG_SEARCH_INDEXES) <= names
        await session.execute(sa.text("SET LOCAL enable_seqscan = off"))
        for column, index in zip(("search_public", "search_full"), PG_SEARCH_INDEXES, strict=True):
            plan = (
                await session.execute(
                    sa.text(
                        "EXPLAIN SELECT id FROM question_versions WHERE "
                        f"{column} @@ to_tsquery('simple', 'x:*')"
                    )
                )
            ).scalars()
            assert index in "\n".join(plan)

    async def test_sqlite_has_the_fts_table(self, session: AsyncSession, database_url: str) -> None:
        if not database_url.startswith("sqlite"):
            pytest.skip("SQLite FTS5 table; PostgreSQL uses GIN indexes")
        found = await session.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE name = 'question_fts'")
        )
        assert "fts5" in found.scalar_one().lower()


class TestSnippet:
    def test_marks_words_starting_with_a_term_and_escapes_html(self) -> None:
        snippet = question_search.make_snippet(
            ["Find <b>friction</b> on a Frictional slope"], ["fric"]
        )
        assert snippet == (
            "Find &lt;b&gt;<mark>friction</mark>&lt;/b&gt; on a <mark>Frictional</mark> slope"
        )

    def test_window_around_the_first_match_in_the_first_text_that_has_one(self) -> None:
        text = " ".join(f"w{i}" for i in range(40)) + " torque"
        snippet = question_search.make_snippet([None, "no match here", text], ["torque"])
        assert snippet.startswith("… ")
        assert snippet.endswith("<mark>torque</mark>")

    def test_no_match_falls_back_to_the_start_of_the_text(self) -> None:
        assert question_search.make_snippet(["plain words only"], ["zzz"]) == "plain words only"


@pytest.mark.usefixtures("curriculum")
class TestBoundedRanking:
    async def test_broad_query_ranks_at_most_max_ranked_items(
        self, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        for i in range(5):
            await create_published(session, text=f"Common word item number {i} velocity")
        monkeypatch.setattr(question_search, "MAX_RANKED", 3)
        hits = await find(session, "velocity")
        assert len(hits) == 3
        monkeypatch.setattr(question_search, "MAX_RANKED", 1000)
        assert len(await find(session, "velocity")) == 5


@pytest.mark.usefixtures("curriculum")
class TestPrefixOnLastWord:
    async def test_only_the_word_being_typed_is_a_prefix(self, session: AsyncSession) -> None:
        await create_published(session, text="A friction block on a slope")
        assert len(await find(session, "fric")) == 1
        assert len(await find(session, "friction blo")) == 1
        assert await find(session, "fric block") == []
