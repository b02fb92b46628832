"""Question bank service on both databases: validation, versioning, status, tags, images."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.storage import LocalStorage, StorageError, check_key
from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.loader import parse_curriculum
from gurukul.questions import service as questions_service
from gurukul.questions.checking import check
from gurukul.questions.draft import Difficulty, QuestionType
from gurukul.questions.errors import (
    DuplicateQuestion,
    ImageNotFound,
    ImageTooLarge,
    InvalidImage,
    InvalidQuestion,
    InvalidStatusTransition,
    QuestionNotDeletable,
    QuestionNotFound,
    QuestionVersionNotFound,
    UnknownConcept,
)
from gurukul.questions.models import Question, QuestionStatus, QuestionVersion
from gurukul.questions.repository import QuestionFilters
from gurukul.questions.schemas import IrtIn, QuestionCreate, QuestionUpdate

pytestmark = pytest.mark.anyio

NOW = utc_now()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

CURRICULUM: dict[str, Any] = {
    "version": 1,
    "subjects": [{"code": "PHY", "name": "Physics"}, {"code": "MATH", "name": "Mathematics"}],
    "concepts": [
        {
            "id": "PHY.MECH",
            "name": "Mechanics",
            "subject": "PHY",
            "layer": 1,
            "parent": None,
            "difficulty": 2,
            "exam_weight": 0.0,
            "standard": 11,
        },
        {
            "id": "PHY.MECH.FRICTION",
            "name": "Friction",
            "subject": "PHY",
            "layer": 2,
            "parent": "PHY.MECH",
            "difficulty": 2,
            "exam_weight": 0.1,
            "standard": 11,
        },
        {
            "id": "PHY.MECH.WORK",
            "name": "Work and energy",
            "subject": "PHY",
            "layer": 3,
            "parent": "PHY.MECH",
            "difficulty": 3,
            "exam_weight": 0.1,
            "standard": 11,
        },
        {
            "id": "MATH.CALC",
            "name": "Calculus",
            "subject": "MATH",
            "layer": 1,
            "parent": None,
            "difficulty": 3,
            "exam_weight": 0.0,
            "standard": 12,
        },
        {
            "id": "MATH.CALC.DERIVATIVE",
            "name": "Derivatives",
            "subject": "MATH",
            "layer": 2,
            "parent": "MATH.CALC",
            "difficulty": 3,
            "exam_weight": 0.2,
            "standard": 12,
        },
    ],
    "prerequisites": [],
}


async def load_curriculum(session: AsyncSession) -> None:
    report = await curriculum_service.import_curriculum(
        session, parse_curriculum(CURRICULUM), dry_run=False, now=NOW
    )
    assert report.ok, report.problems
    await session.commit()


@pytest.fixture
async def curriculum(session: AsyncSession) -> None:
    await load_curriculum(session)


def mcq_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": "single",
        "text": "A block slides on a rough floor. The work done by friction is",
        "options": [
            {"id": "A", "text": "negative", "correct": True},
            {"id": "B", "text": "positive", "misconception": "sign error in work done by friction"},
            {"id": "C", "text": "zero"},
            {"id": "D", "text": "infinite"},
        ],
        "explanation": "Friction opposes the displacement, so $W = -\\mu m g d$.",
        "concepts": ["PHY.MECH.WORK", "PHY.MECH.FRICTION"],
        "difficulty": "EASY",
        "source": "Gurukul demo",
        "year": 2024,
    }
    data.update(overrides)
    return data


def mcq(**overrides: Any) -> QuestionCreate:
    return QuestionCreate.model_validate(mcq_payload(**overrides))


async def create(session: AsyncSession, **overrides: Any) -> QuestionVersion:
    version = await questions_service.create_question(session, mcq(**overrides), now=NOW)
    await session.commit()
    return version


async def create_published(session: AsyncSession, **overrides: Any) -> QuestionVersion:
    version = await create(session, **overrides)
    await questions_service.publish_question(session, version.question_id, now=NOW)
    await session.commit()
    return version


async def count(session: AsyncSession, model: type[Any]) -> int:
    return int((await session.execute(sa.select(sa.func.count()).select_from(model))).scalar_one())


@pytest.mark.usefixtures("curriculum")
class TestCreateQuestion:
    async def test_creates_draft_version_one_with_primary_concept_first(
        self, session: AsyncSession
    ) -> None:
        version = await create(session)
        assert version.number == 1
        assert version.is_latest
        assert version.status == QuestionStatus.draft
        assert version.concept_ids == ["PHY.MECH.WORK", "PHY.MECH.FRICTION"]
        assert version.subject_code == "PHY"
        assert version.options[1]["misconception"] == "sign error in work done by friction"

    async def test_default_irt_comes_from_difficulty_and_options(
        self, session: AsyncSession
    ) -> None:
        version = await create(session)
        assert (version.irt_a, version.irt_b, version.irt_c) == (1.0, -1.0, 0.25)
        assert version.calibration == "uncalibrated"

    async def test_given_irt_is_kept(self, session: AsyncSession) -> None:
        irt = {"a": 1.7, "b": 0.4, "c": 0.2, "calibration": "calibrated"}
        version = await create(session, irt=irt)
        assert (version.irt_a, version.irt_b, version.irt_c) == (1.7, 0.4, 0.2)
        assert version.calibration == "calibrated"

    async def test_same_content_twice_is_a_duplicate(self, session: AsyncSession) -> None:
        await create(session)
        with pytest.raises(DuplicateQuestion):
            await questions_service.create_question(session, mcq(tags=["other"]), now=NOW)

    async def test_unknown_concept_is_refused(self, session: AsyncSession) -> None:
        with pytest.raises(UnknownConcept) as caught:
            await questions_service.create_question(session, mcq(concepts=["PHY.NOPE"]), now=NOW)
        assert caught.value.field == "concepts"
        assert await count(session, QuestionVersion) == 0

    async def test_option_list_without_correct_answer_is_refused(
        self, session: AsyncSession
    ) -> None:
        options = [{"id": "A", "text": "one"}, {"id": "B", "text": "two"}]
        with pytest.raises(InvalidQuestion) as caught:
            await questions_service.create_question(session, mcq(options=options), now=NOW)
        assert caught.value.field == "options"
        assert "no correct answer" in caught.value.message

    @pytest.mark.parametrize(
        ("formula", "reason"),
        [("m / (v - v)", "division by zero"), ("m * g", "unknown")],
    )
    async def test_broken_template_is_refused(
        self, session: AsyncSession, formula: str, reason: str
    ) -> None:
        template = {
            "variables": [{"name": "m", "min": 1, "max": 5}, {"name": "v", "min": 1, "max": 3}],
            "answer_formula": formula,
        }
        payload = mcq(type="template", options=[], template=template, text="m={{m}}, v={{v}}")
        with pytest.raises(InvalidQuestion) as caught:
            await questions_service.create_question(session, payload, now=NOW)
        assert caught.value.field == "template"
        assert reason in caught.value.message.lower()

    async def test_number_question_keeps_value_and_tolerance(self, session: AsyncSession) -> None:
        version = await create(
            session, type="numeric", options=[], numeric={"value": 9.8, "tolerance": 0.05}
        )
        draft = questions_service.to_draft(version)
        assert draft.numeric is not None
        assert (draft.numeric.value, draft.numeric.tolerance) == (9.8, 0.05)

    async def test_subject_from_tag_when_untagged(self, session: AsyncSession) -> None:
        version = await create(session, concepts=[], tags=["subject:physics"])
        assert version.subject_code == "PHY"


@pytest.mark.usefixtures("curriculum")
class TestVersioning:
    async def test_editing_a_draft_changes_it_in_place(self, session: AsyncSession) -> None:
        version = await create(session)
        edited = await questions_service.update_question(
            session, version.question_id, QuestionUpdate(text="Edited stem"), now=NOW
        )
        await session.commit()
        assert edited.id == version.id
        assert edited.number == 1
        assert edited.text == "Edited stem"
        assert await count(session, QuestionVersion) == 1

    async def test_editing_published_creates_a_new_draft_version(
        self, session: AsyncSession
    ) -> None:
        v1 = await create_published(session)
        v2 = await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(text="Clearer stem"), now=NOW
        )
        await session.commit()
        assert v2.id != v1.id
        assert (v2.number, v2.status, v2.is_latest) == (2, "draft", True)
        old = await questions_service.get_version(session, v1.id)
        assert old.text == mcq().text
        assert old.status == "published"
        assert not old.is_latest
        assert old.concept_ids == v2.concept_ids

    async def test_publishing_the_new_version_supersedes_the_old(
        self, session: AsyncSession
    ) -> None:
        v1 = await create_published(session)
        v2 = await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(text="Clearer stem"), now=NOW
        )
        await questions_service.publish_question(session, v1.question_id, now=NOW)
        await session.commit()
        versions = await questions_service.list_versions(session, v1.question_id)
        assert [(v.number, v.status) for v in versions] == [(1, "superseded"), (2, "published")]
        served = await questions_service.published_versions(session)
        assert [v.id for v in served] == [v2.id]

    async def test_editing_twice_after_publish_edits_the_new_draft(
        self, session: AsyncSession
    ) -> None:
        v1 = await create_published(session)
        v2 = await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(text="Second"), now=NOW
        )
        v2_again = await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(text="Third"), now=NOW
        )
        assert v2_again.id == v2.id
        assert v2_again.text == "Third"

    async def test_no_change_creates_no_version(self, session: AsyncSession) -> None:
        v1 = await create_published(session)
        same = await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(text=v1.text), now=NOW
        )
        assert same.id == v1.id

    async def test_calibration_of_published_version_is_in_place(
        self, session: AsyncSession
    ) -> None:
        v1 = await create_published(session)
        irt = IrtIn(a=1.3, b=0.2, c=0.1, calibration="calibrated")
        same = await questions_service.update_question(
            session, v1.question_id, QuestionUpdate(irt=irt), now=NOW
        )
        assert same.id == v1.id
        assert same.irt_a == 1.3
        stored = await questions_service.set_irt_parameters(
            session, v1.id, IrtIn(a=0.9, b=1.0, c=0.0), now=NOW
        )
        assert (stored.irt_a, stored.calibration) == (0.9, "uncalibrated")

    async def test_edit_into_another_questions_content_is_a_duplicate(
        self, session: AsyncSession
    ) -> None:
        first = await create(session)
        second = await create(session, text="Another stem")
        with pytest.raises(DuplicateQuestion):
            await questions_service.update_question(
                session, second.question_id, QuestionUpdate(text=first.text), now=NOW
            )

    async def test_invalid_edit_changes_nothing(self, session: AsyncSession) -> None:
        version = await create(session)
        qid = version.question_id
        no_key = [{"id": "A", "text": "x"}, {"id": "B", "text": "y"}]
        with pytest.raises(InvalidQuestion):
            await questions_service.update_question(
                session,
                version.question_id,
                QuestionUpdate.model_validate({"options": no_key}),
                now=NOW,
            )
        await session.rollback()
        fresh = await questions_service.get_question(session, qid)
        assert len(fresh.options) == 4

    async def test_null_for_required_field_is_refused(self, session: AsyncSession) -> None:
        version = await create(session)
        with pytest.raises(InvalidQuestion) as caught:
            await questions_service.update_question(
                session,
                version.question_id,
                QuestionUpdate.model_validate({"text": None}),
                now=NOW,
            )
        assert caught.value.field == "text"

    async def test_get_version_of_unknown_id_is_not_found(self, session: AsyncSession) -> None:
        with pytest.raises(QuestionVersionNotFound):
            await questions_service.get_version(session, uuid.uuid4())

    async def test_get_versions_by_ids(self, session: AsyncSession) -> None:
        version = await create(session)
        found = await questions_service.get_versions(session, [version.id, uuid.uuid4()])
        assert list(found) == [version.id]


@pytest.mark.usefixtures("curriculum")
class TestStatus:
    async def test_draft_review_draft(self, session: AsyncSession) -> None:
        version = await create(session)
        qid = version.question_id
        reviewed = await questions_service.change_status(
            session, qid, QuestionStatus.review, now=NOW
        )
        assert reviewed.status == "review"
        back = await questions_service.change_status(session, qid, QuestionStatus.draft, now=NOW)
        assert back.status == "draft"

    async def test_publish_through_status_change(self, session: AsyncSession) -> None:
        version = await create(session)
        published = await questions_service.change_status(
            session, version.question_id, QuestionStatus.published, now=NOW
        )
        assert published.status == "published"
        assert published.published_at == NOW

    async def test_publishing_needs_a_concept(self, session: AsyncSession) -> None:
        version = await create(session, concepts=[])
        with pytest.raises(InvalidQuestion) as caught:
            await questions_service.publish_question(session, version.question_id, now=NOW)
        assert caught.value.code == "concept_required"

    async def test_publishing_twice_conflicts(self, session: AsyncSession) -> None:
        version = await create_published(session)
        with pytest.raises(InvalidStatusTransition):
            await questions_service.publish_question(session, version.question_id, now=NOW)

    async def test_archive_and_restore(self, session: AsyncSession) -> None:
        version = await create_published(session)
        qid = version.question_id
        await questions_service.change_status(session, qid, QuestionStatus.archived, now=NOW)
        assert (await questions_service.get_version(session, version.id)).status == "archived"
        assert await questions_service.published_versions(session) == []
        await questions_service.change_status(session, qid, QuestionStatus.published, now=NOW)
        assert (await questions_service.get_version(session, version.id)).status == "published"

    async def test_archiving_a_draft_conflicts(self, session: AsyncSession) -> None:
        version = await create(session)
        with pytest.raises(InvalidStatusTransition):
            await questions_service.change_status(
                session, version.question_id, QuestionStatus.archived, now=NOW
            )

    async def test_superseded_cannot_be_set(self, session: AsyncSession) -> None:
        version = await create(session)
        with pytest.raises(InvalidStatusTransition):
            await questions_service.change_status(
                session, version.question_id, QuestionStatus.superseded, now=NOW
            )

    async def test_delete_draft(self, session: AsyncSession) -> None:
        version = await create(session)
        await questions_service.delete_question(session, version.question_id)
        await session.commit()
        assert await count(session, Question) == 0
        assert await count(session, QuestionVersion) == 0

    async def test_delete_published_is_refused(self, session: AsyncSession) -> None:
        version = await create_published(session)
        with pytest.raises(QuestionNotDeletable):
            await questions_service.delete_question(session, version.question_id)

    async def test_unknown_question(self, session: AsyncSession) -> None:
        with pytest.raises(QuestionNotFound):
            await questions_service.delete_question(session, uuid.uuid4())
        with pytest.raises(QuestionNotFound):
            await questions_service.get_question(session, uuid.uuid4())
        with pytest.raises(QuestionNotFound):
            await questions_service.list_versions(session, uuid.uuid4())


@pytest.mark.usefixtures("curriculum")
class TestBulkTag:
    async def test_add_and_remove_on_latest_and_published(self, session: AsyncSession) -> None:
        first = await create_published(session)
        await questions_service.update_question(
            session, first.question_id, QuestionUpdate(text="New draft"), now=NOW
        )
        second = await create(session, text="Untagged", concepts=[])
        updated = await questions_service.bulk_tag(
            session,
            [first.question_id, second.question_id],
            add=["MATH.CALC.DERIVATIVE"],
            remove=["PHY.MECH.WORK"],
            now=NOW,
        )
        await session.commit()
        assert updated == 2
        published = await questions_service.get_version(session, first.id)
        assert published.concept_ids == ["PHY.MECH.FRICTION", "MATH.CALC.DERIVATIVE"]
        latest = await questions_service.get_question(session, first.question_id)
        assert latest.concept_ids == ["PHY.MECH.FRICTION", "MATH.CALC.DERIVATIVE"]
        untagged = await questions_service.get_question(session, second.question_id)
        assert untagged.concept_ids == ["MATH.CALC.DERIVATIVE"]
        assert untagged.subject_code == "MATH"

    async def test_unknown_concept_changes_nothing(self, session: AsyncSession) -> None:
        version = await create(session)
        qid = version.question_id
        with pytest.raises(UnknownConcept):
            await questions_service.bulk_tag(
                session, [version.question_id], add=["NOPE.X"], remove=[], now=NOW
            )
        await session.rollback()
        fresh = await questions_service.get_question(session, qid)
        assert fresh.concept_ids == ["PHY.MECH.WORK", "PHY.MECH.FRICTION"]

    async def test_unknown_question_changes_nothing(self, session: AsyncSession) -> None:
        version = await create(session)
        qid = version.question_id
        with pytest.raises(QuestionNotFound) as caught:
            await questions_service.bulk_tag(
                session,
                [version.question_id, uuid.uuid4()],
                add=["MATH.CALC.DERIVATIVE"],
                remove=[],
                now=NOW,
            )
        assert caught.value.field == "question_ids"
        await session.rollback()
        fresh = await questions_service.get_question(session, qid)
        assert "MATH.CALC.DERIVATIVE" not in fresh.concept_ids

    @pytest.mark.parametrize(("add", "remove"), [([], []), (["PHY.MECH.WORK"], ["PHY.MECH.WORK"])])
    async def test_empty_or_contradictory_request(
        self, session: AsyncSession, add: list[str], remove: list[str]
    ) -> None:
        with pytest.raises(InvalidQuestion):
            await questions_service.bulk_tag(
                session, [uuid.uuid4()], add=add, remove=remove, now=NOW
            )


@pytest.mark.usefixtures("curriculum")
class TestPublishedVersions:
    async def test_filters(self, session: AsyncSession) -> None:
        physics = await create_published(session)
        maths = await create_published(
            session,
            text="d/dx of x^2 at x=3",
            type="integer",
            options=[],
            numeric={"value": 6},
            concepts=["MATH.CALC.DERIVATIVE"],
            difficulty="MEDIUM",
        )
        await create(session, text="Draft only")
        assert {v.id for v in await questions_service.published_versions(session)} == {
            physics.id,
            maths.id,
        }
        by_concept = await questions_service.published_versions(
            session, concept_ids=["PHY.MECH.FRICTION"]
        )
        assert [v.id for v in by_concept] == [physics.id]
        by_type = await questions_service.published_versions(
            session, types=[QuestionType.INTEGER], subject="MATH", difficulty=Difficulty.MEDIUM
        )
        assert [v.id for v in by_type] == [maths.id]
        excluded = await questions_service.published_versions(
            session, exclude_version_ids=[physics.id], limit=5
        )
        assert [v.id for v in excluded] == [maths.id]

    async def test_get_published_version_hides_drafts(self, session: AsyncSession) -> None:
        draft = await create(session)
        with pytest.raises(QuestionVersionNotFound):
            await questions_service.get_published_version(session, draft.id)


@pytest.mark.usefixtures("curriculum")
class TestCheckable:
    async def test_choice_question(self, session: AsyncSession) -> None:
        version = await create(session)
        outcome = check(questions_service.checkable(version), "A")
        assert outcome.correct

    async def test_template_needs_a_seed(self, session: AsyncSession) -> None:
        template = {
            "variables": [{"name": "a", "min": 1, "max": 9}, {"name": "b", "min": 1, "max": 9}],
            "answer_formula": "a + b",
            "answer_kind": "integer",
        }
        version = await create(
            session, type="template", options=[], template=template, text="{{a}} + {{b}} = ?"
        )
        with pytest.raises(InvalidQuestion):
            questions_service.checkable(version)
        question = questions_service.checkable(version, seed=7)
        assert question.value is not None
        assert check(question, str(int(question.value))).correct


@pytest.mark.usefixtures("curriculum")
class TestListing:
    async def test_pages_and_filters(self, session: AsyncSession) -> None:
        for n in range(3):
            await create(session, text=f"Question {n}")
        await create(session, text="Maths one", concepts=["MATH.CALC.DERIVATIVE"])
        rows, cursor = await questions_service.list_questions(
            session, filters=QuestionFilters(subject="PHY"), cursor=None, limit=2
        )
        assert len(rows) == 2
        assert cursor is not None
        more, end = await questions_service.list_questions(
            session, filters=QuestionFilters(subject="PHY"), cursor=cursor, limit=2
        )
        assert len(more) == 1
        assert end is None
        texts = [row.latest.text for row in [*rows, *more]]
        assert sorted(texts) == ["Question 0", "Question 1", "Question 2"]
        by_concept, _ = await questions_service.list_questions(
            session,
            filters=QuestionFilters(concept="MATH.CALC.DERIVATIVE", status=QuestionStatus.draft),
            cursor=None,
            limit=10,
        )
        assert [row.latest.text for row in by_concept] == ["Maths one"]


@pytest.mark.usefixtures("curriculum")
class TestImages:
    async def test_png_is_stored_and_read_back(self, session: AsyncSession, tmp_path: Path) -> None:
        storage = LocalStorage(tmp_path / "media")
        version = await create(session)
        image = await questions_service.add_image(
            session,
            storage,
            version.question_id,
            filename="incline.png",
            content_type="image/png",
            data=PNG,
            now=NOW,
        )
        await session.commit()
        assert image.storage_key.startswith(f"questions/{version.question_id}/")
        assert (tmp_path / "media" / image.storage_key).read_bytes() == PNG
        stored, data = await questions_service.read_image(session, storage, image.id)
        assert (stored.content_type, data) == ("image/png", PNG)
        assert [
            i.id for i in await questions_service.list_images(session, version.question_id)
        ] == [image.id]

    @pytest.mark.parametrize(
        ("data", "content_type", "error"),
        [
            (b"", "image/png", InvalidImage),
            (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", InvalidImage),
            (PNG, "image/jpeg", InvalidImage),
            (PNG + b"\x00" * questions_service.MAX_IMAGE_BYTES, "image/png", ImageTooLarge),
        ],
    )
    async def test_bad_upload_is_refused(
        self,
        session: AsyncSession,
        tmp_path: Path,
        data: bytes,
        content_type: str,
        error: type[Exception],
    ) -> None:
        storage = LocalStorage(tmp_path / "media")
        version = await create(session)
        with pytest.raises(error):
            await questions_service.add_image(
                session,
                storage,
                version.question_id,
                filename="x",
                content_type=content_type,
                data=data,
                now=NOW,
            )
        assert not (tmp_path / "media").exists()

    async def test_unknown_question_or_image(self, session: AsyncSession, tmp_path: Path) -> None:
        storage = LocalStorage(tmp_path / "media")
        with pytest.raises(QuestionNotFound):
            await questions_service.add_image(
                session,
                storage,
                uuid.uuid4(),
                filename="x",
                content_type=None,
                data=PNG,
                now=NOW,
            )
        with pytest.raises(ImageNotFound):
            await questions_service.read_image(session, storage, uuid.uuid4())

    async def test_missing_file_is_not_found(self, session: AsyncSession, tmp_path: Path) -> None:
        storage = LocalStorage(tmp_path / "media")
        version = await create(session)
        image = await questions_service.add_image(
            session,
            storage,
            version.question_id,
            filename="x",
            content_type=None,
            data=PNG,
            now=NOW,
        )
        await storage.delete(image.storage_key)
        with pytest.raises(ImageNotFound):
            await questions_service.read_image(session, storage, image.id)


class TestSniffImage:
    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"\xff\xd8\xff\xe0rest", "image/jpeg"),
            (b"GIF89a....", "image/gif"),
            (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
            (b"%PDF-1.7", None),
        ],
    )
    def test_kinds(self, data: bytes, expected: str | None) -> None:
        assert questions_service.sniff_image(data) == expected


class TestLocalStorage:
    @pytest.mark.parametrize("key", ["../etc/passwd", "/abs", "a/../b", "a//b", "", "a/.hidden"])
    def test_unsafe_keys_are_refused(self, key: str) -> None:
        with pytest.raises(StorageError):
            check_key(key)

    async def test_put_get_exists_delete(self, tmp_path: Path) -> None:
        storage = LocalStorage(tmp_path)
        await storage.put("a/b.png", b"data", content_type="image/png")
        assert await storage.exists("a/b.png")
        assert await storage.get("a/b.png") == b"data"
        await storage.delete("a/b.png")
        await storage.delete("a/b.png")
        assert not await storage.exists("a/b.png")
        with pytest.raises(StorageError):
            await storage.get("a/b.png")
