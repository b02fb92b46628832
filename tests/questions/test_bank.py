"""The per-process bank snapshot and parsed-content cache, on both databases: reused while the
bank is unchanged, and every change to the published bank (also one made through another
session, as another app instance would, and within one frozen timestamp) is seen at once."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.questions import bank
from gurukul.questions import service as questions_service
from gurukul.questions.models import QuestionConcept, QuestionStatus, QuestionVersion
from gurukul.questions.schemas import IrtIn, QuestionUpdate
from tests.questions.test_service import NOW, create, create_published, load_curriculum

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("curriculum")]


@pytest.fixture
async def curriculum(session: AsyncSession) -> None:
    await load_curriculum(session)


async def published(session: AsyncSession) -> bank.Bank:
    found = await questions_service.published_bank(session)
    await session.commit()
    return found


class TestPublishedSnapshot:
    async def test_is_reused_while_the_bank_is_unchanged(self, session: AsyncSession) -> None:
        version = await create_published(session)
        first = await published(session)
        assert await published(session) is first
        (item,) = first.items
        assert (item.id, item.question_id, item.status) == (
            version.id,
            version.question_id,
            QuestionStatus.published.value,
        )
        assert item.concepts == ("PHY.MECH.WORK", "PHY.MECH.FRICTION")
        assert item.subject == "PHY"

    async def test_a_new_publication_is_seen(self, session: AsyncSession) -> None:
        await create_published(session)
        before = await published(session)
        second = await create_published(session, text="A second question on friction")
        after = await published(session)
        assert after is not before
        assert second.id in after.by_id
        assert len(after.items) == 2

    async def test_drafts_are_never_in_it(self, session: AsyncSession) -> None:
        await create_published(session)
        draft = await create(session, text="Still a draft")
        assert draft.id not in (await published(session)).by_id

    async def test_calibration_within_the_same_timestamp_is_seen(
        self, session: AsyncSession
    ) -> None:
        version = await create_published(session)
        await published(session)
        await questions_service.set_irt_parameters(
            session, version.id, IrtIn(a=1.7, b=0.4, c=0.2), now=NOW
        )
        await session.commit()
        assert (await published(session)).by_id[version.id].irt == (1.7, 0.4, 0.2)

    async def test_a_new_version_replaces_the_superseded_one(self, session: AsyncSession) -> None:
        old = await create_published(session)
        await published(session)
        new = await questions_service.update_question(
            session, old.question_id, QuestionUpdate(text="A reworded question"), now=NOW
        )
        await questions_service.publish_question(session, old.question_id, now=NOW)
        await session.commit()
        after = await published(session)
        assert set(after.by_id) == {new.id}

    async def test_archiving_removes_it(self, session: AsyncSession) -> None:
        version = await create_published(session)
        await published(session)
        await questions_service.change_status(
            session, version.question_id, QuestionStatus.archived, now=NOW
        )
        await session.commit()
        assert (await published(session)).items == ()

    async def test_retagging_is_seen(self, session: AsyncSession) -> None:
        version = await create_published(session)
        await published(session)
        await questions_service.bulk_tag(
            session, [version.question_id], add=["PHY.MECH"], remove=[], now=NOW
        )
        await session.commit()
        item = (await published(session)).by_id[version.id]
        assert item.concepts == ("PHY.MECH.WORK", "PHY.MECH.FRICTION", "PHY.MECH")

    async def test_calibration_by_another_instance_is_seen(
        self, app: FastAPI, session: AsyncSession
    ) -> None:
        version = await create_published(session)
        await published(session)
        # Another app instance writes through its own process: no flush happens here, so
        # only the database fingerprint can tell (same timestamp, changed parameters).
        async with app.state.engine.begin() as other:
            await other.execute(
                sa.update(QuestionVersion)
                .where(QuestionVersion.id == version.id)
                .values(irt_a=0.6, irt_b=-1.5, irt_c=0.25, updated_at=NOW)
            )
        assert (await published(session)).by_id[version.id].irt == (0.6, -1.5, 0.25)

    async def test_retagging_by_another_instance_is_seen(
        self, app: FastAPI, session: AsyncSession
    ) -> None:
        version = await create_published(session)
        await published(session)
        async with app.state.engine.begin() as other:
            await other.execute(
                sa.insert(QuestionConcept).values(
                    version_id=version.id, concept_id="PHY.MECH", position=2
                )
            )
            await other.execute(
                sa.update(QuestionVersion)
                .where(QuestionVersion.id == version.id)
                .values(updated_at=NOW + timedelta(seconds=1))
            )
        item = (await published(session)).by_id[version.id]
        assert item.concepts == ("PHY.MECH.WORK", "PHY.MECH.FRICTION", "PHY.MECH")

    async def test_a_rebuilt_bank_is_never_mistaken_for_the_old_one(
        self, app: FastAPI, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        old = await create_published(session)
        await published(session)
        generation = bank._generation
        async with app.state.engine.begin() as other:  # emptied, as tests do between cases
            await other.execute(
                sa.update(QuestionVersion)
                .where(QuestionVersion.id == old.id)
                .values(status=QuestionStatus.archived.value)
            )
        new = await create_published(session, text="The same shape, another question")
        # As if the new question had been written by another process: same count, same
        # timestamp, same version number and parameters; only the ids differ.
        monkeypatch.setattr(bank, "_generation", generation)
        assert set((await published(session)).by_id) == {new.id}

    async def test_subjects_come_in_the_order_asked(self, session: AsyncSession) -> None:
        physics = await create_published(session)
        maths = await create_published(
            session, text="d/dx x^2 is", concepts=["MATH.CALC.DERIVATIVE"]
        )
        snapshot = await published(session)
        assert [i.id for i in snapshot.of_subjects(["MATH", "PHY"])] == [maths.id, physics.id]
        assert [i.id for i in snapshot.tagged(["MATH.CALC.DERIVATIVE"])] == [maths.id]


class TestContents:
    async def test_published_content_is_parsed_once(self, session: AsyncSession) -> None:
        version = await create_published(session)
        first = (await questions_service.bank_contents(session, [version.id]))[version.id]
        again = (await questions_service.bank_contents(session, [version.id]))[version.id]
        assert again is first
        assert first.options[0] == ("A", "negative")
        assert first.question(None).correct_options == frozenset({"A"})

    async def test_draft_content_is_read_fresh(self, session: AsyncSession) -> None:
        draft = await create(session)
        await questions_service.bank_contents(session, [draft.id])
        await questions_service.update_question(
            session, draft.question_id, QuestionUpdate(text="Edited in place"), now=NOW
        )
        await session.commit()
        content = (await questions_service.bank_contents(session, [draft.id]))[draft.id]
        assert content.text == "Edited in place"

    async def test_a_template_instance_matches_the_service(self, session: AsyncSession) -> None:
        template = {
            "variables": [{"name": "a", "min": 1, "max": 9}],
            "answer_formula": "a * 2",
            "answer_kind": "integer",
        }
        version = await create_published(
            session, type="template", text="Twice {{a}} is", options=[], template=template
        )
        content = (await questions_service.bank_contents(session, [version.id]))[version.id]
        stored = await questions_service.get_version(session, version.id)
        for seed in (1, 2, 3):
            assert content.question(seed) == questions_service.checkable(stored, seed=seed)
            assert "{{" not in content.served_text(seed)
            values = content.instance_values(seed)
            assert values is not None
            assert content.question(seed).value == values["a"] * 2

    async def test_unknown_ids_are_left_out(self, session: AsyncSession) -> None:
        assert await questions_service.bank_contents(session, [uuid.uuid4()]) == {}
        assert await questions_service.bank_items(session, [uuid.uuid4()]) == {}
