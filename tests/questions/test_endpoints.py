"""Question bank over HTTP: admin CRUD, versioning, status, tags, images, statistics, search,
and what students may see. Bad input is a 4xx with code and field, and changes nothing."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.principal import Role
from gurukul.questions import service as questions_service
from gurukul.questions.models import Question, QuestionImage, QuestionVersion
from tests.fixtures.auth import auth_headers, create_user
from tests.questions.test_service import PNG, count, load_curriculum, mcq_payload

pytestmark = pytest.mark.anyio

ADMIN = "/api/admin/questions"
# Fixed, so parametrised test ids are the same in every xdist worker.
MISSING = "00000000-0000-4000-8000-000000000000"
# Keys that would give an answer away before the student submits.
ANSWER_KEYS = {
    "correct",
    "explanation",
    "misconception",
    "feedback",
    "numeric",
    "truth",
    "template",
    "weight",
    "content_hash",
    "irt",
}


@pytest.fixture
async def curriculum(session: AsyncSession) -> None:
    await load_curriculum(session)


@pytest.fixture
async def admin(app: FastAPI, session: AsyncSession) -> dict[str, str]:
    return await auth_headers(app, await create_user(session, Role.admin))


@pytest.fixture
async def student(app: FastAPI, session: AsyncSession) -> dict[str, str]:
    return await auth_headers(app, await create_user(session, Role.student))


async def rows(session: AsyncSession, model: type[Any]) -> int:
    found = await count(session, model)
    await session.commit()  # end the read, so the app's writers are never blocked
    return found


def keys_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_in(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_in(v)}
    return set()


async def created(
    client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any
) -> dict[str, Any]:
    response = await client.post(ADMIN, json=mcq_payload(**overrides), headers=headers)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def published(
    client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any
) -> dict[str, Any]:
    question = await created(client, headers, **overrides)
    response = await client.post(f"{ADMIN}/{question['id']}/publish", headers=headers)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


@pytest.mark.usefixtures("curriculum")
class TestAdminCrud:
    async def test_create_returns_answers_for_admin(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        data = await created(client, admin)
        assert data["status"] == "draft"
        assert data["version"] == 1
        assert data["options"][0]["correct"] is True
        assert data["options"][1]["misconception"] == "sign error in work done by friction"
        assert data["explanation"].startswith("Friction opposes")
        assert data["concepts"] == ["PHY.MECH.WORK", "PHY.MECH.FRICTION"]
        assert data["irt"] == {"a": 1.0, "b": -1.0, "c": 0.25, "calibration": "uncalibrated"}

    async def test_get_and_list_with_cursor_and_filters(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        first = await created(client, admin, text="One")
        await created(client, admin, text="Two")
        await created(client, admin, text="Three", concepts=["MATH.CALC.DERIVATIVE"])
        got = await client.get(f"{ADMIN}/{first['id']}", headers=admin)
        assert got.json()["data"]["text"] == "One"
        page = (await client.get(f"{ADMIN}?limit=2&subject=PHY", headers=admin)).json()["data"]
        assert [q["text"] for q in page["items"]] == ["One", "Two"]
        assert page["next_cursor"] is None
        page = (await client.get(f"{ADMIN}?limit=1", headers=admin)).json()["data"]
        rest = await client.get(f"{ADMIN}?limit=5&cursor={page['next_cursor']}", headers=admin)
        assert [q["text"] for q in rest.json()["data"]["items"]] == ["Two", "Three"]
        maths = await client.get(
            f"{ADMIN}?concept=MATH.CALC.DERIVATIVE&status=draft&type=single&difficulty=EASY"
            "&source=Gurukul%20demo",
            headers=admin,
        )
        assert [q["text"] for q in maths.json()["data"]["items"]] == ["Three"]

    async def test_edit_published_creates_version_two(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        v1 = await published(client, admin)
        response = await client.patch(
            f"{ADMIN}/{v1['id']}", json={"text": "Sharper stem"}, headers=admin
        )
        v2 = response.json()["data"]
        assert response.status_code == 200
        assert (v2["version"], v2["status"]) == (2, "draft")
        assert v2["version_id"] != v1["version_id"]
        assert v2["published_version_id"] == v1["version_id"]
        versions = (await client.get(f"{ADMIN}/{v1['id']}/versions", headers=admin)).json()
        assert [(v["version"], v["status"]) for v in versions["data"]] == [
            (1, "published"),
            (2, "draft"),
        ]

    async def test_status_changes_and_delete_rules(
        self, client: httpx.AsyncClient, admin: dict[str, str], session: AsyncSession
    ) -> None:
        question = await created(client, admin)
        url = f"{ADMIN}/{question['id']}"
        review = await client.post(f"{url}/status", json={"status": "review"}, headers=admin)
        assert review.json()["data"]["status"] == "review"
        publish = await client.post(f"{url}/status", json={"status": "published"}, headers=admin)
        assert publish.json()["data"]["status"] == "published"
        refused = await client.delete(url, headers=admin)
        assert refused.status_code == 409
        assert refused.json()["errors"][0]["code"] == "question_not_deletable"
        archive = await client.post(f"{url}/status", json={"status": "archived"}, headers=admin)
        assert archive.status_code == 200
        draft = await created(client, admin, text="Throwaway")
        deleted = await client.delete(f"{ADMIN}/{draft['id']}", headers=admin)
        assert deleted.status_code == 200
        assert await rows(session, Question) == 1

    async def test_bulk_tag(self, client: httpx.AsyncClient, admin: dict[str, str]) -> None:
        one = await created(client, admin, text="One")
        two = await created(client, admin, text="Two", concepts=[])
        response = await client.post(
            f"{ADMIN}/bulk-tag",
            json={
                "question_ids": [one["id"], two["id"]],
                "add": ["MATH.CALC.DERIVATIVE"],
                "remove": ["PHY.MECH.WORK"],
            },
            headers=admin,
        )
        assert response.json()["data"] == {"updated": 2}
        got = (await client.get(f"{ADMIN}/{two['id']}", headers=admin)).json()["data"]
        assert got["concepts"] == ["MATH.CALC.DERIVATIVE"]

    async def test_statistics_without_responses(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        question = await published(client, admin)
        response = await client.get(f"{ADMIN}/{question['id']}/statistics", headers=admin)
        data = response.json()["data"]
        assert response.status_code == 200
        assert data["attempts"] == 0
        assert data["facility"] is None
        assert [o["option_id"] for o in data["options"]] == ["A", "B", "C", "D"]
        assert data["options"][1]["misconception"] == "sign error in work done by friction"
        assert data["version_id"] == question["version_id"]


@pytest.mark.usefixtures("curriculum")
class TestImages:
    async def test_upload_and_fetch(
        self, client: httpx.AsyncClient, admin: dict[str, str], student: dict[str, str]
    ) -> None:
        question = await created(client, admin)
        response = await client.post(
            f"{ADMIN}/{question['id']}/images",
            files={"file": ("incline.png", PNG, "image/png")},
            headers=admin,
        )
        assert response.status_code == 201, response.text
        image = response.json()["data"]
        assert image["markdown"] == f"![incline.png]({image['url']})"
        fetched = await client.get(image["url"], headers=student)
        assert fetched.status_code == 200
        assert fetched.headers["content-type"] == "image/png"
        assert fetched.content == PNG
        detail = (await client.get(f"{ADMIN}/{question['id']}", headers=admin)).json()["data"]
        assert [i["id"] for i in detail["images"]] == [image["id"]]

    @pytest.mark.parametrize(
        ("content", "media_type", "status", "code"),
        [
            (b"<svg onload='alert(1)'/>", "image/svg+xml", 400, "invalid_image"),
            (b"MZ\x90\x00", "image/png", 400, "invalid_image"),
            (
                PNG + b"\x00" * questions_service.MAX_IMAGE_BYTES,
                "image/png",
                413,
                "image_too_large",
            ),
        ],
        ids=["svg", "not-an-image", "too-large"],
    )
    async def test_bad_upload_is_refused(
        self,
        client: httpx.AsyncClient,
        admin: dict[str, str],
        session: AsyncSession,
        content: bytes,
        media_type: str,
        status: int,
        code: str,
    ) -> None:
        question = await created(client, admin)
        response = await client.post(
            f"{ADMIN}/{question['id']}/images",
            files={"file": ("x", content, media_type)},
            headers=admin,
        )
        assert response.status_code == status
        error = response.json()["errors"][0]
        assert (error["code"], error["field"]) == (code, "file")
        assert await rows(session, QuestionImage) == 0

    async def test_missing_file_field_is_422(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        question = await created(client, admin)
        response = await client.post(f"{ADMIN}/{question['id']}/images", headers=admin)
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "file"

    async def test_unknown_image_is_404(
        self, client: httpx.AsyncClient, student: dict[str, str]
    ) -> None:
        response = await client.get(f"/api/questions/images/{uuid.uuid4()}", headers=student)
        assert response.status_code == 404


@pytest.mark.usefixtures("curriculum")
class TestStudentView:
    async def test_student_json_has_no_answers(
        self, client: httpx.AsyncClient, admin: dict[str, str], student: dict[str, str]
    ) -> None:
        question = await published(client, admin)
        response = await client.get(f"/api/questions/{question['version_id']}", headers=student)
        assert response.status_code == 200
        body = response.json()
        assert keys_in(body) & ANSWER_KEYS == set()
        text = response.text
        assert "Friction opposes" not in text  # the explanation
        assert "sign error" not in text  # the misconception tag
        assert [o["id"] for o in body["data"]["options"]] == ["A", "B", "C", "D"]
        assert body["data"]["options"][0] == {"id": "A", "text": "negative"}

    async def test_number_answers_are_hidden_too(
        self, client: httpx.AsyncClient, admin: dict[str, str], student: dict[str, str]
    ) -> None:
        question = await published(
            client, admin, type="numeric", options=[], numeric={"value": 42.125, "tolerance": 0.5}
        )
        response = await client.get(f"/api/questions/{question['version_id']}", headers=student)
        assert "42.125" not in response.text
        assert keys_in(response.json()) & ANSWER_KEYS == set()

    async def test_student_search_has_no_answers(
        self, client: httpx.AsyncClient, admin: dict[str, str], student: dict[str, str]
    ) -> None:
        await published(client, admin)
        response = await client.get("/api/questions/search?q=friction", headers=student)
        body = response.json()
        assert response.status_code == 200
        assert len(body["data"]["items"]) == 1
        assert "<mark>" in body["data"]["items"][0]["snippet"]
        assert keys_in(body) & ANSWER_KEYS == set()
        assert "Friction opposes" not in response.text

    async def test_drafts_are_not_served_to_students(
        self, client: httpx.AsyncClient, admin: dict[str, str], student: dict[str, str]
    ) -> None:
        draft = await created(client, admin)
        response = await client.get(f"/api/questions/{draft['version_id']}", headers=student)
        assert response.status_code == 404
        search = await client.get("/api/questions/search?q=friction", headers=student)
        assert search.json()["data"]["items"] == []

    async def test_admin_search_sees_drafts_and_explanations(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        await created(client, admin)
        response = await client.get("/api/questions/search?q=opposes", headers=admin)
        items = response.json()["data"]["items"]
        assert [i["status"] for i in items] == ["draft"]

    async def test_students_cannot_reach_admin_routes(
        self, client: httpx.AsyncClient, student: dict[str, str]
    ) -> None:
        assert (await client.get(ADMIN, headers=student)).status_code == 403
        assert (await client.post(ADMIN, json=mcq_payload(), headers=student)).status_code == 403

    async def test_anonymous_gets_401(self, client: httpx.AsyncClient) -> None:
        assert (await client.get(ADMIN)).status_code == 401
        assert (await client.get("/api/questions/search?q=x")).status_code == 401


@pytest.mark.usefixtures("curriculum")
class TestBadInput:
    @pytest.mark.parametrize(
        ("overrides", "status", "code", "field"),
        [
            ({"concepts": ["PHY.NOPE.X"]}, 400, "unknown_concept", "concepts"),
            (
                {"options": [{"id": "A", "text": "a"}, {"id": "B", "text": "b"}]},
                400,
                "invalid_question",
                "options",
            ),
            ({"type": "integer", "options": []}, 400, "invalid_question", "numeric"),
            ({"type": "essay"}, 422, "enum", "type"),
            ({"year": 1066}, 422, "greater_than_equal", "year"),
            (
                {"options": [{"id": "A", "text": "a", "colour": "red"}]},
                422,
                "unknown_field",
                "options.0.colour",
            ),
            ({"text": ""}, 422, "too_short", "text"),
            (
                {"numeric": {"value": "NaN"}, "type": "numeric", "options": []},
                422,
                "finite_number",
                "numeric.value",
            ),
        ],
    )
    async def test_create_refused_and_nothing_stored(
        self,
        client: httpx.AsyncClient,
        admin: dict[str, str],
        session: AsyncSession,
        overrides: dict[str, Any],
        status: int,
        code: str,
        field: str,
    ) -> None:
        response = await client.post(ADMIN, json=mcq_payload(**overrides), headers=admin)
        assert response.status_code == status, response.text
        error = response.json()["errors"][0]
        assert (error["code"], error["field"]) == (code, field)
        assert await rows(session, QuestionVersion) == 0

    async def test_duplicate_is_409_and_stores_nothing_more(
        self, client: httpx.AsyncClient, admin: dict[str, str], session: AsyncSession
    ) -> None:
        await created(client, admin)
        response = await client.post(ADMIN, json=mcq_payload(), headers=admin)
        assert response.status_code == 409
        assert response.json()["errors"][0]["code"] == "duplicate_question"
        assert await rows(session, QuestionVersion) == 1

    async def test_bad_edit_changes_nothing(
        self, client: httpx.AsyncClient, admin: dict[str, str], session: AsyncSession
    ) -> None:
        question = await published(client, admin)
        response = await client.patch(
            f"{ADMIN}/{question['id']}",
            json={"options": [{"id": "A", "text": "a"}, {"id": "B", "text": "b"}]},
            headers=admin,
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["field"] == "options"
        assert await rows(session, QuestionVersion) == 1

    async def test_bad_transitions_are_409(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        question = await created(client, admin)
        url = f"{ADMIN}/{question['id']}/status"
        response = await client.post(url, json={"status": "archived"}, headers=admin)
        assert response.status_code == 409
        error = response.json()["errors"][0]
        assert (error["code"], error["field"]) == ("invalid_status_transition", "status")
        bogus = await client.post(url, json={"status": "gone"}, headers=admin)
        assert bogus.status_code == 422

    async def test_bulk_tag_with_unknown_question_changes_nothing(
        self, client: httpx.AsyncClient, admin: dict[str, str]
    ) -> None:
        question = await created(client, admin)
        response = await client.post(
            f"{ADMIN}/bulk-tag",
            json={
                "question_ids": [question["id"], str(uuid.uuid4())],
                "add": ["MATH.CALC.DERIVATIVE"],
            },
            headers=admin,
        )
        assert response.status_code == 404
        assert response.json()["errors"][0]["field"] == "question_ids"
        got = (await client.get(f"{ADMIN}/{question['id']}", headers=admin)).json()["data"]
        assert "MATH.CALC.DERIVATIVE" not in got["concepts"]

    @pytest.mark.parametrize(
        ("url", "status", "field"),
        [
            (f"{ADMIN}/{MISSING}", 404, "question_id"),
            (f"{ADMIN}/not-a-uuid", 422, "question_id"),
            (f"{ADMIN}?cursor=garbage", 400, "cursor"),
            (f"{ADMIN}?limit=0", 422, "limit"),
            (f"{ADMIN}/{MISSING}/statistics", 404, "question_id"),
            (f"{ADMIN}/{MISSING}/versions", 404, "question_id"),
            ("/api/questions/search?q=%2A%2A", 400, "q"),
            ("/api/questions/search?q=", 422, "q"),
            (f"/api/questions/{MISSING}", 404, "version_id"),
        ],
    )
    async def test_reads_with_bad_input(
        self, client: httpx.AsyncClient, admin: dict[str, str], url: str, status: int, field: str
    ) -> None:
        response = await client.get(url, headers=admin)
        assert response.status_code == status, response.text
        assert response.json()["errors"][0]["field"] == field
