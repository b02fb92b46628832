"""Profile and cohorts over HTTP: own-profile editing, bad input, admin cohort management and
coach scoping."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.core.time import utc_now
from gurukul.users import service as users_service
from gurukul.users.models import Cohort, CohortStudent, Profile
from tests.fixtures.auth import auth_headers, create_user, future_date
from tests.fixtures.builders import count_rows, fetch

pytestmark = pytest.mark.anyio


def error(response: httpx.Response) -> dict[str, Any]:
    errors: list[dict[str, Any]] = response.json()["errors"]
    assert errors, response.text
    return errors[0]


def snapshot(profile: Profile | None) -> dict[str, Any]:
    assert profile is not None
    return {column.key: getattr(profile, column.key) for column in Profile.__table__.columns}


class TestReadProfile:
    @pytest.mark.parametrize("role", list(Role))
    async def test_each_role_reads_its_own(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, role: Role
    ) -> None:
        user = await create_user(session, role, full_name="Own Name")
        await create_user(session, role)  # someone else, who must not show up
        response = await client.get("/api/user/profile", headers=await auth_headers(app, user))
        assert response.status_code == 200
        data = response.json()["data"]
        assert data["id"] == str(user.id)
        assert data["email"] == user.email
        assert data["role"] == role.value
        assert data["full_name"] == "Own Name"
        assert data["locale"] == "en"
        assert data["daily_study_minutes"] == 120
        if role is Role.student:
            assert data["standard"] == 12
        else:
            assert data["standard"] is None

    async def test_needs_a_token(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/user/profile")
        assert response.status_code == 401


class TestUpdateProfile:
    async def test_changes_only_the_fields_sent(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session, full_name="Before Name")
        target = future_date(400)
        response = await client.patch(
            "/api/user/profile",
            json={
                "full_name": "  Anaya Rao ",
                "standard": 11,
                "exam_target": target.isoformat(),
                "coaching_center": "Aakash, Pune",
                "phone": "+91 98765 43210",
                "locale": "hi",
                "daily_study_minutes": 90,
            },
            headers=await auth_headers(app, user),
        )
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        assert data["full_name"] == "Anaya Rao"
        assert data["phone"] == "+919876543210"
        assert (data["locale"], data["daily_study_minutes"], data["standard"]) == ("hi", 90, 11)
        assert data["updated_at"] is not None
        stored = await fetch(session, Profile, user.id)
        assert stored is not None
        assert (stored.exam_target, stored.coaching_center, stored.phone) == (
            target,
            "Aakash, Pune",
            "+919876543210",
        )

        partial = await client.patch(
            "/api/user/profile", json={"locale": "ta"}, headers=await auth_headers(app, user)
        )
        assert partial.json()["data"]["full_name"] == "Anaya Rao"
        assert partial.json()["data"]["locale"] == "ta"

    async def test_null_clears_optional_fields(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session, coaching_center="Allen")
        headers = await auth_headers(app, user)
        await client.patch("/api/user/profile", json={"phone": "+14155552671"}, headers=headers)
        response = await client.patch(
            "/api/user/profile", json={"phone": None, "coaching_center": None}, headers=headers
        )
        assert response.status_code == 200
        assert response.json()["data"]["phone"] is None
        assert response.json()["data"]["coaching_center"] is None

    @pytest.mark.parametrize("field", ["standard", "exam_target"])
    async def test_student_cannot_clear_class_or_exam_date(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, field: str
    ) -> None:
        user = await create_user(session)
        before = snapshot(await fetch(session, Profile, user.id))
        response = await client.patch(
            "/api/user/profile", json={field: None}, headers=await auth_headers(app, user)
        )
        assert response.status_code == 422
        assert (error(response)["code"], error(response)["field"]) == ("field_required", field)
        assert snapshot(await fetch(session, Profile, user.id)) == before

    async def test_coach_may_set_and_clear_class(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        coach = await create_user(session, Role.coach)
        headers = await auth_headers(app, coach)
        first = await client.patch("/api/user/profile", json={"standard": 12}, headers=headers)
        assert first.json()["data"]["standard"] == 12
        second = await client.patch("/api/user/profile", json={"standard": None}, headers=headers)
        assert second.status_code == 200
        assert second.json()["data"]["standard"] is None

    async def test_exam_date_is_judged_by_the_clock(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Any
    ) -> None:
        user = await create_user(session)
        headers = await auth_headers(app, user)
        tomorrow = (utc_now() + timedelta(days=1)).date().isoformat()
        accepted = await client.patch(
            "/api/user/profile", json={"exam_target": tomorrow}, headers=headers
        )
        assert accepted.status_code == 200
        clock.advance(timedelta(days=2))
        refused = await client.patch(
            "/api/user/profile", json={"exam_target": tomorrow}, headers=headers
        )
        assert refused.status_code == 422
        assert error(refused)["code"] == "exam_target_in_past"


BAD_PROFILES: list[tuple[str, Any, int, str, str]] = [
    ("full_name_too_long", {"full_name": "A" * 121}, 422, "too_long", "full_name"),
    ("full_name_blank", {"full_name": "  "}, 422, "too_short", "full_name"),
    ("full_name_null", {"full_name": None}, 422, "null_not_allowed", "full_name"),
    ("full_name_wrong_type", {"full_name": 42}, 422, "string_type", "full_name"),
    (
        "coaching_center_too_long",
        {"coaching_center": "C" * 121},
        422,
        "too_long",
        "coaching_center",
    ),
    ("phone_not_international", {"phone": "9876543210"}, 422, "invalid_phone", "phone"),
    ("phone_invalid_number", {"phone": "+91123"}, 422, "invalid_phone", "phone"),
    ("phone_letters", {"phone": "+91-call-me"}, 422, "invalid_phone", "phone"),
    ("phone_too_long", {"phone": "+9" + "1" * 40}, 422, "too_long", "phone"),
    ("locale_unsupported", {"locale": "fr"}, 422, "enum", "locale"),
    ("locale_null", {"locale": None}, 422, "null_not_allowed", "locale"),
    (
        "minutes_too_few",
        {"daily_study_minutes": 5},
        422,
        "greater_than_equal",
        "daily_study_minutes",
    ),
    (
        "minutes_too_many",
        {"daily_study_minutes": 601},
        422,
        "less_than_equal",
        "daily_study_minutes",
    ),
    (
        "minutes_wrong_type",
        {"daily_study_minutes": "lots"},
        422,
        "int_parsing",
        "daily_study_minutes",
    ),
    ("standard_10", {"standard": 10}, 422, "invalid_standard", "standard"),
    ("exam_target_past", {"exam_target": "2020-06-01"}, 422, "exam_target_in_past", "exam_target"),
    ("exam_target_far", {"exam_target": "2300-06-01"}, 422, "exam_target_too_far", "exam_target"),
    (
        "exam_target_not_a_date",
        {"exam_target": "soon"},
        422,
        "date_from_datetime_parsing",
        "exam_target",
    ),
    ("unknown_field", {"role": "admin"}, 422, "unknown_field", "role"),
    ("email_not_editable", {"email": "new@example.com"}, 422, "unknown_field", "email"),
    ("non_object_body", ["full_name"], 422, "model_attributes_type", "body"),
]


class TestUpdateProfileBadInput:
    @pytest.mark.parametrize(
        ("payload", "status", "code", "field"),
        [case[1:] for case in BAD_PROFILES],
        ids=[case[0] for case in BAD_PROFILES],
    )
    async def test_is_refused_and_changes_nothing(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        session: AsyncSession,
        payload: Any,
        status: int,
        code: str,
        field: str,
    ) -> None:
        user = await create_user(session, coaching_center="Allen Kota")
        before = snapshot(await fetch(session, Profile, user.id))
        # A valid change alongside the bad one must not be applied either.
        body = {**payload, "daily_study_minutes": 45} if isinstance(payload, dict) else payload
        if isinstance(payload, dict) and "daily_study_minutes" in payload:
            body = payload
        response = await client.patch(
            "/api/user/profile", json=body, headers=await auth_headers(app, user)
        )
        assert response.status_code == status, response.text
        assert (error(response)["code"], error(response)["field"]) == (code, field)
        assert snapshot(await fetch(session, Profile, user.id)) == before

    async def test_malformed_json_is_400(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session)
        before = snapshot(await fetch(session, Profile, user.id))
        response = await client.patch(
            "/api/user/profile",
            content=b'{"full_name": ',
            headers={**await auth_headers(app, user), "Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert (error(response)["code"], error(response)["field"]) == ("malformed_json", "body")
        assert snapshot(await fetch(session, Profile, user.id)) == before


# --- cohorts ------------------------------------------------------------------------------


@dataclass
class World:
    admin: User
    coach_a: User
    coach_b: User
    students: list[User]
    headers: dict[str, dict[str, str]]


@pytest.fixture
async def world(app: FastAPI, session: AsyncSession) -> World:
    admin = await create_user(session, Role.admin)
    coach_a = await create_user(session, Role.coach, full_name="Coach A")
    coach_b = await create_user(session, Role.coach, full_name="Coach B")
    students = [
        await create_user(session, full_name=name) for name in ("Chitra", "Arjun", "Bhavna")
    ]
    headers = {
        "admin": await auth_headers(app, admin),
        "coach_a": await auth_headers(app, coach_a),
        "coach_b": await auth_headers(app, coach_b),
        "student": await auth_headers(app, students[0]),
    }
    return World(admin, coach_a, coach_b, students, headers)


async def make_cohort(
    session: AsyncSession,
    name: str,
    coaches: list[User],
    students: list[User] = (),  # type: ignore[assignment]
) -> Cohort:
    now = utc_now()
    cohort = await users_service.create_cohort(
        session, name=name, coach_ids=[c.id for c in coaches], now=now
    )
    if students:
        await users_service.add_students(
            session, cohort_id=cohort.id, student_ids=[s.id for s in students], now=now
        )
    await session.commit()
    return cohort


class TestAdminCohorts:
    async def test_creates_a_cohort(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        response = await client.post(
            "/api/admin/cohorts",
            json={"name": " JEE 2027 Batch A ", "coach_ids": [str(world.coach_a.id)]},
            headers=world.headers["admin"],
        )
        assert response.status_code == 201
        data = response.json()["data"]
        assert data["name"] == "JEE 2027 Batch A"
        assert data["coach_ids"] == [str(world.coach_a.id)]
        assert data["student_count"] == 0
        assert await count_rows(session, Cohort) == 1

    @pytest.mark.parametrize(
        ("payload", "status", "code", "field"),
        [
            ({"name": "Taken", "coach_ids": ["COACH_A"]}, 409, "cohort_name_taken", "name"),
            ({"name": "New", "coach_ids": []}, 422, "too_short", "coach_ids"),
            ({"name": "New", "coach_ids": ["STUDENT"]}, 422, "unknown_coach", "coach_ids"),
            (
                {"name": "New", "coach_ids": [str(uuid.UUID(int=7))]},
                422,
                "unknown_coach",
                "coach_ids",
            ),
            ({"name": "New", "coach_ids": ["not-a-uuid"]}, 422, "uuid_parsing", "coach_ids.0"),
            ({"name": "N" * 121, "coach_ids": ["COACH_A"]}, 422, "too_long", "name"),
            ({"name": "", "coach_ids": ["COACH_A"]}, 422, "too_short", "name"),
            ({"coach_ids": ["COACH_A"]}, 422, "field_required", "name"),
            ({"name": "New", "coach_ids": ["COACH_A"], "x": 1}, 422, "unknown_field", "x"),
        ],
    )
    async def test_bad_cohort_is_refused_and_nothing_written(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        world: World,
        payload: dict[str, Any],
        status: int,
        code: str,
        field: str,
    ) -> None:
        await make_cohort(session, "Taken", [world.coach_a])
        ids = {"COACH_A": str(world.coach_a.id), "STUDENT": str(world.students[0].id)}
        if "coach_ids" in payload:
            payload = {**payload, "coach_ids": [ids.get(i, i) for i in payload["coach_ids"]]}
        response = await client.post(
            "/api/admin/cohorts", json=payload, headers=world.headers["admin"]
        )
        assert response.status_code == status, response.text
        assert (error(response)["code"], error(response)["field"]) == (code, field)
        assert await count_rows(session, Cohort) == 1
        if code == "unknown_coach":
            assert response.json()["data"]["unknown_ids"] == [
                i for i in payload["coach_ids"] if i != str(world.coach_a.id)
            ]

    async def test_lists_all_cohorts_a_page_at_a_time(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        for name in ("Gamma", "Alpha", "Beta"):
            await make_cohort(session, name, [world.coach_b if name == "Beta" else world.coach_a])
        first = await client.get("/api/admin/cohorts?limit=2", headers=world.headers["admin"])
        assert first.status_code == 200
        page = first.json()["data"]
        assert [c["name"] for c in page["items"]] == ["Alpha", "Beta"]
        assert page["next_cursor"]
        second = await client.get(
            "/api/admin/cohorts",
            params={"limit": 2, "cursor": page["next_cursor"]},
            headers=world.headers["admin"],
        )
        assert [c["name"] for c in second.json()["data"]["items"]] == ["Gamma"]
        assert second.json()["data"]["next_cursor"] is None

    @pytest.mark.parametrize(
        ("query", "code", "field"),
        [
            ("cursor=not-base64!!", "invalid_cursor", "cursor"),
            ("cursor=eyJ4IjoxfQ", "invalid_cursor", "cursor"),
            ("limit=0", "greater_than_equal", "limit"),
            ("limit=101", "less_than_equal", "limit"),
        ],
    )
    async def test_bad_paging_is_4xx(
        self, client: httpx.AsyncClient, world: World, query: str, code: str, field: str
    ) -> None:
        response = await client.get(f"/api/admin/cohorts?{query}", headers=world.headers["admin"])
        assert response.status_code in (400, 422)
        assert (error(response)["code"], error(response)["field"]) == (code, field)

    async def test_adds_students_idempotently(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort = await make_cohort(session, "Batch", [world.coach_a])
        body = {"student_ids": [str(s.id) for s in world.students[:2]]}
        url = f"/api/admin/cohorts/{cohort.id}/students"
        first = await client.post(url, json=body, headers=world.headers["admin"])
        assert first.status_code == 200
        assert first.json()["data"]["student_count"] == 2
        again = await client.post(url, json=body, headers=world.headers["admin"])
        assert again.json()["data"]["student_count"] == 2
        assert await count_rows(session, CohortStudent) == 2

    @pytest.mark.parametrize(
        ("ids", "status", "code", "field"),
        [
            (["COACH"], 422, "unknown_student", "student_ids"),
            ([str(uuid.UUID(int=9))], 422, "unknown_student", "student_ids"),
            ([], 422, "too_short", "student_ids"),
            (["nope"], 422, "uuid_parsing", "student_ids.1"),
        ],
    )
    async def test_bad_students_are_refused_and_nothing_written(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        world: World,
        ids: list[str],
        status: int,
        code: str,
        field: str,
    ) -> None:
        cohort = await make_cohort(session, "Batch", [world.coach_a])
        # One valid student alongside the bad id: all or nothing.
        student_ids = [str(world.students[0].id)] + [
            str(world.coach_a.id) if i == "COACH" else i for i in ids
        ]
        if not ids:
            student_ids = []
        response = await client.post(
            f"/api/admin/cohorts/{cohort.id}/students",
            json={"student_ids": student_ids},
            headers=world.headers["admin"],
        )
        assert response.status_code == status, response.text
        assert (error(response)["code"], error(response)["field"]) == (code, field)
        assert await count_rows(session, CohortStudent) == 0

    async def test_unknown_cohort_is_404(self, client: httpx.AsyncClient, world: World) -> None:
        response = await client.post(
            f"/api/admin/cohorts/{uuid.uuid4()}/students",
            json={"student_ids": [str(world.students[0].id)]},
            headers=world.headers["admin"],
        )
        assert response.status_code == 404
        assert error(response)["code"] == "cohort_not_found"

    async def test_removes_a_student(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort = await make_cohort(session, "Batch", [world.coach_a], world.students[:2])
        url = f"/api/admin/cohorts/{cohort.id}/students/{world.students[0].id}"
        response = await client.delete(url, headers=world.headers["admin"])
        assert response.status_code == 200
        assert response.json()["data"]["student_count"] == 1
        again = await client.delete(url, headers=world.headers["admin"])
        assert again.status_code == 404
        assert error(again)["code"] == "not_in_cohort"
        assert await count_rows(session, CohortStudent) == 1

    async def test_adds_coaches(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort = await make_cohort(session, "Batch", [world.coach_a])
        url = f"/api/admin/cohorts/{cohort.id}/coaches"
        body = {"coach_ids": [str(world.coach_b.id), str(world.coach_a.id)]}
        response = await client.post(url, json=body, headers=world.headers["admin"])
        assert response.status_code == 200
        assert response.json()["data"]["coach_ids"] == sorted(
            [str(world.coach_a.id), str(world.coach_b.id)]
        )
        again = await client.post(url, json=body, headers=world.headers["admin"])
        assert len(again.json()["data"]["coach_ids"]) == 2
        bad = await client.post(
            url, json={"coach_ids": [str(world.admin.id)]}, headers=world.headers["admin"]
        )
        assert bad.status_code == 422
        assert error(bad)["code"] == "unknown_coach"

    @pytest.mark.parametrize("who", ["coach_a", "student"])
    async def test_only_admins_manage_cohorts(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World, who: str
    ) -> None:
        response = await client.post(
            "/api/admin/cohorts",
            json={"name": "Mine", "coach_ids": [str(world.coach_a.id)]},
            headers=world.headers[who],
        )
        assert response.status_code == 403
        assert error(response)["code"] == "forbidden_role"
        assert await count_rows(session, Cohort) == 0


class TestCoachCohorts:
    async def test_coach_lists_only_their_own_cohorts(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        await make_cohort(session, "A1", [world.coach_a], world.students[:1])
        await make_cohort(session, "Shared", [world.coach_a, world.coach_b])
        await make_cohort(session, "B1", [world.coach_b])
        mine = await client.get("/api/coach/cohorts", headers=world.headers["coach_a"])
        assert [c["name"] for c in mine.json()["data"]["items"]] == ["A1", "Shared"]
        assert mine.json()["data"]["items"][0]["student_count"] == 1
        theirs = await client.get("/api/coach/cohorts", headers=world.headers["coach_b"])
        assert [c["name"] for c in theirs.json()["data"]["items"]] == ["B1", "Shared"]
        admin = await client.get("/api/coach/cohorts", headers=world.headers["admin"])
        assert len(admin.json()["data"]["items"]) == 3

    async def test_coach_lists_their_cohorts_students_a_page_at_a_time(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort = await make_cohort(session, "A1", [world.coach_a], world.students)
        url = f"/api/coach/cohorts/{cohort.id}/students"
        first = await client.get(url, params={"limit": 2}, headers=world.headers["coach_a"])
        assert first.status_code == 200
        page = first.json()["data"]
        assert [s["full_name"] for s in page["items"]] == ["Arjun", "Bhavna"]
        assert page["items"][0]["email"].startswith("student")
        assert page["items"][0]["standard"] == 12
        second = await client.get(
            url,
            params={"limit": 2, "cursor": page["next_cursor"]},
            headers=world.headers["coach_a"],
        )
        assert [s["full_name"] for s in second.json()["data"]["items"]] == ["Chitra"]
        assert second.json()["data"]["next_cursor"] is None

    async def test_another_coachs_cohort_is_not_found(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort_b = await make_cohort(session, "B1", [world.coach_b], world.students[:1])
        response = await client.get(
            f"/api/coach/cohorts/{cohort_b.id}/students", headers=world.headers["coach_a"]
        )
        assert response.status_code == 404
        assert error(response)["code"] == "cohort_not_found"
        assert response.json()["data"] is None
        missing = await client.get(
            f"/api/coach/cohorts/{uuid.uuid4()}/students", headers=world.headers["coach_a"]
        )
        assert missing.status_code == 404
        # The admin sees any cohort's students.
        admin = await client.get(
            f"/api/coach/cohorts/{cohort_b.id}/students", headers=world.headers["admin"]
        )
        assert len(admin.json()["data"]["items"]) == 1

    async def test_an_added_coach_gains_access(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort = await make_cohort(session, "A1", [world.coach_a], world.students[:1])
        url = f"/api/coach/cohorts/{cohort.id}/students"
        assert (await client.get(url, headers=world.headers["coach_b"])).status_code == 404
        await client.post(
            f"/api/admin/cohorts/{cohort.id}/coaches",
            json={"coach_ids": [str(world.coach_b.id)]},
            headers=world.headers["admin"],
        )
        assert (await client.get(url, headers=world.headers["coach_b"])).status_code == 200

    async def test_students_cannot_use_coach_routes(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World
    ) -> None:
        cohort = await make_cohort(session, "A1", [world.coach_a], world.students[:1])
        for url in ("/api/coach/cohorts", f"/api/coach/cohorts/{cohort.id}/students"):
            response = await client.get(url, headers=world.headers["student"])
            assert response.status_code == 403
