"""The learner model over HTTP on both databases: a student's own data, coaches of the
student's cohort, refusals (403, 404, 422) that write nothing, and route ordering."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.models import User
from gurukul.auth.principal import Role
from gurukul.mastery import service as mastery_service
from gurukul.mastery.models import ConceptMastery, MasteryHistory
from gurukul.users import service as users_service
from tests.fixtures.auth import Clock, auth_headers, create_user
from tests.fixtures.builders import count_rows
from tests.mastery.test_service import (
    DERIVATIVE,
    INTEGRAL,
    KINEMATICS,
    LIMITS,
    answer,
    load_curriculum,
)

pytestmark = pytest.mark.anyio


@dataclass
class World:
    student: User
    other: User
    headers: dict[str, dict[str, str]]


@pytest.fixture
async def world(app: FastAPI, session: AsyncSession, clock: Clock) -> World:
    """A curriculum; a student who answered a few questions; a coach of the student's cohort,
    a coach of another cohort, another student and an admin."""
    await load_curriculum(session)
    student = await create_user(session, full_name="Asha")
    other = await create_user(session, full_name="Ravi")
    coach = await create_user(session, Role.coach)
    stranger = await create_user(session, Role.coach)
    admin = await create_user(session, Role.admin)
    now = clock.now
    ours = await users_service.create_cohort(session, name="Ours", coach_ids=[coach.id], now=now)
    theirs = await users_service.create_cohort(
        session, name="Theirs", coach_ids=[stranger.id], now=now
    )
    await users_service.add_students(session, cohort_id=ours.id, student_ids=[student.id], now=now)
    await users_service.add_students(session, cohort_id=theirs.id, student_ids=[other.id], now=now)
    await mastery_service.apply_responses(
        session,
        student_id=student.id,
        responses=[
            answer(LIMITS),
            answer(DERIVATIVE, correct=False),
            answer(DERIVATIVE, correct=False),
            answer(KINEMATICS, subject="PHY"),
        ],
        now=now,
    )
    await session.commit()
    headers = {
        "student": await auth_headers(app, student),
        "other": await auth_headers(app, other),
        "coach": await auth_headers(app, coach),
        "stranger": await auth_headers(app, stranger),
        "admin": await auth_headers(app, admin),
    }
    return World(student, other, headers)


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


def error(response: httpx.Response) -> dict[str, Any]:
    errors: list[dict[str, Any]] = response.json()["errors"]
    return errors[0]


PATHS = [
    "/api/mastery/overall",
    "/api/mastery/weak-spots",
    "/api/mastery/progress",
    "/api/mastery/next",
    f"/api/mastery/{LIMITS}",
    "/api/user/phase",
    "/api/user/dashboard",
]


class TestAccess:
    @pytest.mark.parametrize("path", PATHS)
    async def test_coach_of_the_students_cohort_sees_them(
        self, client: httpx.AsyncClient, world: World, path: str
    ) -> None:
        response = await client.get(
            path, params={"student_id": str(world.student.id)}, headers=world.headers["coach"]
        )
        body = data(response)
        if isinstance(body, dict):  # weak spots are a bare list
            assert body["student_id"] == str(world.student.id)

    @pytest.mark.parametrize("path", PATHS)
    async def test_coach_of_another_cohort_is_refused(
        self, client: httpx.AsyncClient, session: AsyncSession, world: World, path: str
    ) -> None:
        rows = await count_rows(session, ConceptMastery)
        response = await client.get(
            path, params={"student_id": str(world.student.id)}, headers=world.headers["stranger"]
        )
        assert response.status_code == 403
        assert (error(response)["code"], error(response)["field"]) == (
            "student_not_visible",
            "student_id",
        )
        assert await count_rows(session, ConceptMastery) == rows

    @pytest.mark.parametrize("path", PATHS)
    async def test_student_cannot_name_another_student(
        self, client: httpx.AsyncClient, world: World, path: str
    ) -> None:
        response = await client.get(
            path, params={"student_id": str(world.other.id)}, headers=world.headers["student"]
        )
        assert response.status_code == 403
        assert error(response)["code"] == "student_not_visible"

    async def test_student_may_name_themself(self, client: httpx.AsyncClient, world: World) -> None:
        response = await client.get(
            "/api/mastery/overall",
            params={"student_id": str(world.student.id)},
            headers=world.headers["student"],
        )
        assert data(response)["student_id"] == str(world.student.id)

    async def test_admin_sees_any_student(self, client: httpx.AsyncClient, world: World) -> None:
        response = await client.get(
            "/api/mastery/overall",
            params={"student_id": str(world.other.id)},
            headers=world.headers["admin"],
        )
        assert data(response)["overall"]["attempted"] == 0

    async def test_unknown_student_for_an_admin_is_empty(
        self, client: httpx.AsyncClient, world: World
    ) -> None:
        response = await client.get(
            "/api/mastery/overall",
            params={"student_id": str(uuid.uuid4())},
            headers=world.headers["admin"],
        )
        assert data(response)["overall"]["attempted"] == 0

    async def test_coach_must_name_the_student(
        self, client: httpx.AsyncClient, world: World
    ) -> None:
        response = await client.get("/api/mastery/overall", headers=world.headers["coach"])
        assert response.status_code == 422
        assert (error(response)["code"], error(response)["field"]) == (
            "field_required",
            "student_id",
        )


class TestBadInput:
    @pytest.mark.parametrize(
        ("path", "params", "field"),
        [
            ("/api/mastery/overall", {"student_id": "not-a-uuid"}, "student_id"),
            ("/api/mastery/weak-spots", {"limit": "0"}, "limit"),
            ("/api/mastery/weak-spots", {"limit": "many"}, "limit"),
            ("/api/mastery/next", {"limit": "51"}, "limit"),
            ("/api/mastery/progress", {"days": "0"}, "days"),
            ("/api/mastery/progress", {"concept": "X" * 81}, "concept"),
            (f"/api/mastery/{'X' * 81}", {}, "concept"),
            ("/api/user/dashboard", {"student_id": "42"}, "student_id"),
        ],
    )
    async def test_bad_query_is_422_with_its_field(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        world: World,
        path: str,
        params: dict[str, str],
        field: str,
    ) -> None:
        history = await count_rows(session, MasteryHistory)
        response = await client.get(path, params=params, headers=world.headers["student"])
        assert response.status_code == 422, response.text
        assert error(response)["field"] == field
        assert await count_rows(session, MasteryHistory) == history

    async def test_unknown_concept_is_404(self, client: httpx.AsyncClient, world: World) -> None:
        response = await client.get("/api/mastery/MATH.NOPE", headers=world.headers["student"])
        assert response.status_code == 404
        assert error(response)["code"] == "concept_not_found"

    async def test_unknown_concept_in_progress_is_404(
        self, client: httpx.AsyncClient, world: World
    ) -> None:
        response = await client.get(
            "/api/mastery/progress",
            params={"concept": "MATH.NOPE"},
            headers=world.headers["student"],
        )
        assert response.status_code == 404
        assert error(response)["field"] == "concept"


class TestMasteryReads:
    async def test_one_concept(self, client: httpx.AsyncClient, world: World, clock: Clock) -> None:
        found = data(
            await client.get(f"/api/mastery/{DERIVATIVE}", headers=world.headers["student"])
        )
        assert found["concept_id"] == DERIVATIVE
        assert (found["attempts"], found["correct"], found["accuracy"]) == (2, 0, 0.0)
        assert found["p_mastery"] < 0.3
        assert found["first_seen"] is not None
        assert found["due_at"] is not None
        assert 0 < found["retrievability"] <= 1

    async def test_unseen_concept_has_the_prior(
        self, client: httpx.AsyncClient, world: World
    ) -> None:
        found = data(await client.get(f"/api/mastery/{INTEGRAL}", headers=world.headers["student"]))
        assert (found["attempts"], found["accuracy"], found["retrievability"]) == (0, None, None)
        assert found["p_mastery"] == pytest.approx(0.3)

    async def test_overall_is_not_taken_for_a_concept(
        self, client: httpx.AsyncClient, world: World
    ) -> None:
        found = data(await client.get("/api/mastery/overall", headers=world.headers["student"]))
        assert [s["subject_code"] for s in found["subjects"]] == ["MATH", "PHY"]
        math, physics = found["subjects"]
        assert (math["topics"], math["attempted"]) == (3, 2)
        assert math["coverage"] == pytest.approx(0.7)  # limits 0.3 + derivatives 0.4
        assert physics["coverage"] == pytest.approx(1.0)
        assert found["overall"]["topics"] == 4

    async def test_weak_spots(self, client: httpx.AsyncClient, world: World) -> None:
        found = data(await client.get("/api/mastery/weak-spots", headers=world.headers["student"]))
        assert [s["concept_id"] for s in found] == [DERIVATIVE]
        assert found[0]["reason"].startswith("Weak spot")

    async def test_progress_per_subject_and_for_one_concept(
        self, client: httpx.AsyncClient, world: World, clock: Clock
    ) -> None:
        found = data(await client.get("/api/mastery/progress", headers=world.headers["student"]))
        today = clock.now.date().isoformat()
        by_subject = {s["subject_code"]: s["points"] for s in found["subjects"]}
        assert [p["day"] for p in by_subject["MATH"]] == [today]
        assert found["concept"] is None
        one = data(
            await client.get(
                "/api/mastery/progress",
                params={"concept": LIMITS, "days": 7},
                headers=world.headers["student"],
            )
        )
        assert one["concept"]["concept_id"] == LIMITS
        assert [p["day"] for p in one["concept"]["points"]] == [today]

    async def test_study_plan_gives_reasons(self, client: httpx.AsyncClient, world: World) -> None:
        found = data(await client.get("/api/mastery/next", headers=world.headers["student"]))
        assert found["phase"] == "CONSOLIDATION"  # 85 % of the exam weight attempted
        kinds = {item["concept_id"]: item["kind"] for item in found["items"]}
        assert kinds[LIMITS] == "gap"  # failing derivatives over weak limits
        assert all(item["reason"] for item in found["items"])

    async def test_new_student_plan_starts_at_the_frontier(
        self, client: httpx.AsyncClient, world: World
    ) -> None:
        found = data(await client.get("/api/mastery/next", headers=world.headers["other"]))
        assert [(i["concept_id"], i["kind"]) for i in found["items"]] == [
            (KINEMATICS, "frontier"),
            (LIMITS, "frontier"),
        ]


class TestUserViews:
    async def test_phase_with_its_rule(self, client: httpx.AsyncClient, world: World) -> None:
        found = data(await client.get("/api/user/phase", headers=world.headers["other"]))
        assert found["phase"] == "FOUNDATION"
        assert found["days_to_exam"] == 200
        assert found["coverage"] == 0.0
        assert "FINAL_SPRINT" in found["rule"]

    async def test_dashboard(self, client: httpx.AsyncClient, world: World) -> None:
        found = data(await client.get("/api/user/dashboard", headers=world.headers["student"]))
        assert found["mastery"]["attempted"] == 3
        assert found["phase"]["phase"] == "CONSOLIDATION"
        assert found["next"]
        assert {r["concept_id"] for r in found["upcoming_reviews"]} == {
            LIMITS,
            DERIVATIVE,
            KINEMATICS,
        }
        # No test taken yet: this week's weekly test is the one to take, nothing scored.
        assert [t["kind"] for t in found["upcoming_tests"]] == ["weekly"]
        assert found["recent_results"] == []
