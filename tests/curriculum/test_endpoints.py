"""Curriculum API over HTTP: reading for everyone signed in, changes for admins."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.security import create_access_token
from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from tests.curriculum.test_service import load_small

pytestmark = pytest.mark.anyio


def bearer(app: FastAPI, role: str) -> dict[str, str]:
    token, _ = create_access_token(
        secret=app.state.secret_key,
        subject=str(uuid.uuid4()),
        role=role,
        session_id=uuid.uuid4().hex,
        now=utc_now(),
        ttl=timedelta(minutes=5),
    )
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def loaded(session: AsyncSession) -> None:
    await load_small(session)


@pytest.mark.usefixtures("loaded")
class TestReading:
    async def test_concepts_page_and_cursor(self, app: FastAPI, client: httpx.AsyncClient) -> None:
        headers = bearer(app, "student")
        first = await client.get("/api/content/concepts?limit=2", headers=headers)
        body = first.json()["data"]
        assert [c["id"] for c in body["items"]] == ["MATH.CALC", "MATH.CALC.DERIVATIVE"]
        second = await client.get(
            f"/api/content/concepts?limit=2&cursor={body['next_cursor']}", headers=headers
        )
        assert [c["id"] for c in second.json()["data"]["items"]] == [
            "MATH.CALC.INTEGRAL",
            "MATH.CALC.LIMITS",
        ]

    async def test_tampered_cursor_is_400(self, app: FastAPI, client: httpx.AsyncClient) -> None:
        response = await client.get(
            "/api/content/concepts?cursor=abc", headers=bearer(app, "coach")
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["field"] == "cursor"

    async def test_topic_with_subtopics_prerequisites_dependents(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        response = await client.get(
            "/api/content/topics/MATH.CALC.DERIVATIVE", headers=bearer(app, "student")
        )
        data = response.json()["data"]
        assert data["concept"]["name"] == "Derivatives"
        assert [p["id"] for p in data["prerequisites"]] == ["MATH.CALC.LIMITS"]
        assert [d["id"] for d in data["dependents"]] == ["MATH.CALC.INTEGRAL"]
        unit = await client.get("/api/content/topics/MATH.CALC", headers=bearer(app, "student"))
        assert len(unit.json()["data"]["subtopics"]) == 3

    async def test_prerequisites_query(self, app: FastAPI, client: httpx.AsyncClient) -> None:
        response = await client.get(
            "/api/content/prerequisites?concept=MATH.CALC.INTEGRAL", headers=bearer(app, "student")
        )
        assert [(p["id"], p["depth"]) for p in response.json()["data"]["prerequisites"]] == [
            ("MATH.CALC.DERIVATIVE", 1),
            ("MATH.CALC.LIMITS", 2),
        ]

    async def test_unknown_concept_is_404(self, app: FastAPI, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/content/topics/MATH.NOPE", headers=bearer(app, "student"))
        assert response.status_code == 404
        assert response.json()["errors"][0]["code"] == "concept_not_found"


@pytest.mark.usefixtures("loaded")
class TestAdmin:
    async def test_cycle_is_409_with_path_and_nothing_kept(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        response = await client.post(
            "/api/admin/prerequisites",
            headers=bearer(app, "admin"),
            json={
                "concept_id": "MATH.CALC.LIMITS",
                "prerequisite_concept_id": "MATH.CALC.INTEGRAL",
                "weight": 0.5,
                "criticality": "SOFT",
                "transfer_coefficient": 0.3,
            },
        )
        assert response.status_code == 409
        error = response.json()["errors"][0]
        assert error["code"] == "prerequisite_cycle"
        assert "MATH.CALC.LIMITS -> MATH.CALC.INTEGRAL -> MATH.CALC.DERIVATIVE" in error["message"]
        graph = await curriculum_service.graph(session)
        assert len(graph.edges) == 2

    async def test_create_edit_delete_concept(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        admin = bearer(app, "admin")
        created = await client.post(
            "/api/admin/concepts",
            headers=admin,
            json={
                "id": "MATH.CALC.DIFFEQ",
                "name": "Differential equations",
                "subject_code": "MATH",
                "layer": 5,
                "parent_id": "MATH.CALC",
                "difficulty": 4,
                "exam_weight": 0.05,
                "standard": 12,
            },
        )
        assert created.status_code == 201
        edge = await client.post(
            "/api/admin/prerequisites",
            headers=admin,
            json={
                "concept_id": "MATH.CALC.DIFFEQ",
                "prerequisite_concept_id": "MATH.CALC.INTEGRAL",
                "weight": 0.9,
                "criticality": "HARD",
                "transfer_coefficient": 0.5,
            },
        )
        assert edge.status_code == 201
        patched = await client.patch(
            "/api/admin/concepts/MATH.CALC.DIFFEQ", headers=admin, json={"difficulty": 5}
        )
        assert patched.json()["data"]["difficulty"] == 5
        deleted = await client.delete("/api/admin/concepts/MATH.CALC.DIFFEQ", headers=admin)
        assert deleted.status_code == 200
        assert await curriculum_service.count_concepts(session) == 4
        assert len((await curriculum_service.graph(session)).edges) == 2

    @pytest.mark.parametrize(
        ("payload", "field"),
        [
            ({"id": "lowercase.id", "name": "x", "subject_code": "MATH", "layer": 1}, "id"),
            (
                {"id": "MATH.X", "name": "x", "subject_code": "MATH", "layer": 1, "difficulty": 6},
                "difficulty",
            ),
            ({"id": "MATH.X", "name": "x", "subject_code": "MATH", "layer": 0}, "layer"),
            (
                {
                    "id": "MATH.X",
                    "name": "x",
                    "subject_code": "MATH",
                    "layer": 1,
                    "exam_weight": 1.5,
                },
                "exam_weight",
            ),
            (
                {"id": "MATH.X", "name": "x", "subject_code": "MATH", "layer": 1, "colour": "red"},
                "colour",
            ),
            ({"id": "MATH.X", "name": "x", "subject_code": "BIO", "layer": 1}, "subject_code"),
            ({"id": "MATH.CALC", "name": "x", "subject_code": "MATH", "layer": 1}, "id"),
        ],
    )
    async def test_bad_concept_is_4xx_with_field_and_nothing_kept(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        session: AsyncSession,
        payload: dict[str, object],
        field: str,
    ) -> None:
        response = await client.post(
            "/api/admin/concepts", headers=bearer(app, "admin"), json=payload
        )
        assert 400 <= response.status_code < 500
        assert response.json()["errors"][0]["field"] == field
        assert await curriculum_service.count_concepts(session) == 4

    async def test_graph_svg(self, app: FastAPI, client: httpx.AsyncClient) -> None:
        response = await client.get(
            "/api/admin/concepts/MATH.CALC.INTEGRAL/graph.svg", headers=bearer(app, "admin")
        )
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("image/svg+xml")
        assert "Limits" in response.text


class TestCursorValues:
    @pytest.mark.parametrize(
        "values",
        [
            {"s": 5, "id": "x"},
            {"s": "A", "id": 7},
            {"s": {"uuid": "nope"}, "id": "x"},
            {"s": [1], "id": "x"},
        ],
    )
    async def test_well_encoded_cursor_with_wrong_types_is_400(
        self, app: FastAPI, client: httpx.AsyncClient, values: dict[str, object]
    ) -> None:
        from gurukul.core.schemas import encode_cursor

        response = await client.get(
            f"/api/content/concepts?cursor={encode_cursor(values)}", headers=bearer(app, "student")
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["code"] == "invalid_cursor"
