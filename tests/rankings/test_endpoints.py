"""The monthly leaderboard and the rank prediction over HTTP."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.principal import Role
from gurukul.rankings.service import EXAM_CANDIDATES
from tests.assessments.test_endpoints import answers, post_submit
from tests.fixtures.auth import Clock, auth_headers, create_user

pytestmark = pytest.mark.anyio


async def sit_monthly(
    app: FastAPI,
    client: httpx.AsyncClient,
    session: AsyncSession,
    month: str,
    correct: int,
) -> dict[str, str]:
    headers = await auth_headers(app, await create_user(session, Role.student))
    served = await client.get(f"/api/test/monthly/{month}", headers=headers)
    assert served.status_code == 200, served.text
    body = await answers(session, served.json()["data"], correct=correct)
    assert (await post_submit(client, headers, body)).status_code == 200
    return headers


async def board(
    client: httpx.AsyncClient, headers: dict[str, str], month: str, **params: Any
) -> dict[str, Any]:
    response = await client.get(f"/api/test/ranking/{month}", headers=headers, params=params)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


@pytest.mark.usefixtures("bank")
class TestLeaderboard:
    async def test_top_n_with_cursor_and_own_position(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        month = clock.now.strftime("%Y-%m")
        field = [await sit_monthly(app, client, session, month, c) for c in (5, 2, 5, 4)]
        first = await board(client, field[1], month, limit=2)
        assert [e["rank"] for e in first["items"]] == [1, 1]
        assert first["candidates"] == 4
        assert first["you"]["rank"] == 4
        assert first["you"]["is_you"] is True
        assert first["you"]["percentile"] == 25.0
        rest = await board(client, field[1], month, limit=2, cursor=first["next_cursor"])
        assert [e["rank"] for e in rest["items"]] == [3, 4]
        assert [e["is_you"] for e in rest["items"]] == [False, True]
        assert rest["next_cursor"] is None

    async def test_a_coach_names_the_class(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        month = clock.now.strftime("%Y-%m")
        await sit_monthly(app, client, session, month, 3)
        coach = await auth_headers(app, await create_user(session, Role.coach))
        data = await board(client, coach, month, standard=12)
        assert (data["candidates"], data["you"]) == (1, None)
        empty = await board(client, coach, month, standard=11)
        assert (empty["items"], empty["test_id"]) == ([], None)

    async def test_a_bad_month_is_a_422(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        student = await auth_headers(app, await create_user(session, Role.student))
        response = await client.get("/api/test/ranking/2026-99", headers=student)
        assert response.status_code == 422
        assert response.json()["errors"][0] == {
            "code": "invalid_period",
            "message": "A month is YYYY-MM, e.g. 2026-11",
            "field": "month",
        }


@pytest.mark.usefixtures("bank")
class TestPrediction:
    async def test_null_before_any_ranked_test(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        student = await auth_headers(app, await create_user(session, Role.student))
        response = await client.get("/api/analytics/prediction", headers=student)
        assert (response.status_code, response.json()["data"]) == (200, None)

    async def test_rank_and_band(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        month = clock.now.strftime("%Y-%m")
        await sit_monthly(app, client, session, month, 5)
        student = await sit_monthly(app, client, session, month, 1)
        clock.advance(timedelta(minutes=1))
        diagnostic = (await client.post("/api/test/diagnostic", headers=student)).json()["data"]
        assert (await post_submit(client, student, await answers(session, diagnostic))).is_success
        data = (await client.get("/api/analytics/prediction", headers=student)).json()["data"]
        assert data["candidates"] == EXAM_CANDIDATES
        assert data["percentile"] == 100.0  # the latest: a diagnostic alone in its field
        assert sorted(data["recent_percentiles"]) == [50.0, 100.0]
        assert data["band_best"] == data["predicted_rank"] == 1
        assert data["band_worst"] > data["predicted_rank"]


@pytest.mark.usefixtures("bank")
class TestPredictionSettings:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"exam_candidates": 1000}

    async def test_candidate_count_comes_from_settings(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        month = clock.now.strftime("%Y-%m")
        await sit_monthly(app, client, session, month, 3)
        student = await sit_monthly(app, client, session, month, 1)
        data = (await client.get("/api/analytics/prediction", headers=student)).json()["data"]
        assert data["candidates"] == 1000
        assert 1 <= data["predicted_rank"] <= 1000
