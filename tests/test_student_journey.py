"""The learning loop end to end on the demo content, over HTTP, on SQLite and PostgreSQL.

A new student signs up, takes the diagnostic, sees the result with rank and percentile, gets a
study plan and a weekly test; after answering it, next week's test is assembled from what
they now know, and differs.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul import demo
from tests.assessments.test_service import answer_key, wrong_answer
from tests.fixtures.auth import Clock

pytestmark = pytest.mark.anyio


def keys_of(value: Any) -> set[str]:
    """Every key anywhere in a JSON value."""
    if isinstance(value, dict):
        return set(value).union(*(keys_of(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_of(v) for v in value))
    return set()


@pytest.fixture
async def demo_content(session: AsyncSession, clock: Clock) -> None:
    ctx = demo.SeedContext(session=session, now=clock.now)
    await demo.seed_curriculum(ctx)
    await demo.seed_question_bank(ctx)
    await session.commit()


async def submit(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    session: AsyncSession,
    served: dict[str, Any],
    *,
    right_share: float,
    key: str,
) -> dict[str, Any]:
    answers = await answer_key(session, uuid.UUID(served["attempt_id"]))
    cut = int(len(served["questions"]) * right_share)
    given = []
    for n, question in enumerate(served["questions"]):
        right = answers[uuid.UUID(question["question_id"])]
        given.append(
            {
                "question_id": question["question_id"],
                "answer": right if n < cut else wrong_answer(right),
                "response_time_ms": 45_000,
            }
        )
    response = await client.post(
        "/api/test/submit",
        json={"attempt_id": served["attempt_id"], "answers": given},
        headers={**headers, "Idempotency-Key": key},
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["data"]
    return result


@pytest.mark.usefixtures("demo_content")
class TestStudentJourney:
    async def test_diagnostic_result_plan_and_a_weekly_test_that_follows_learning(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        signup = await client.post(
            "/api/auth/signup",
            json={
                "email": "meera@example.com",
                "password": "saffron-kite-harbour",
                "full_name": "Meera Iyer",
                "standard": 12,
                "exam_target": (clock.now + timedelta(days=150)).date().isoformat(),
            },
        )
        assert signup.status_code == 201, signup.text
        headers = {"Authorization": f"Bearer {signup.json()['data']['access_token']}"}

        diagnostic = (await client.post("/api/test/diagnostic", headers=headers)).json()["data"]
        assert len(diagnostic["questions"]) >= 10
        assert not keys_of(diagnostic) & {"correct", "explanation", "answer", "misconception"}
        result = await submit(client, headers, session, diagnostic, right_share=0.6, key="d-1")
        assert 0 < result["score"] <= result["max_score"]
        assert result["rank"] == 1
        assert result["percentile"] == 100.0

        plan = (await client.get("/api/mastery/next", headers=headers)).json()["data"]
        assert plan["items"]
        assert all(item["reason"] for item in plan["items"])

        dashboard = (await client.get("/api/user/dashboard", headers=headers)).json()["data"]
        assert [(r["kind"], r["score"]) for r in dashboard["recent_results"]] == [
            ("diagnostic", result["score"])
        ]
        assert dashboard["upcoming_tests"][0]["kind"] == "weekly"
        assert dashboard["upcoming_tests"][0]["attempt_id"] is None  # not assembled yet

        before = dashboard["mastery"]

        today = clock.now.date().isoformat()
        first = (await client.get(f"/api/test/weekly/{today}", headers=headers)).json()["data"]
        again = (await client.get(f"/api/test/weekly/{today}", headers=headers)).json()["data"]
        assert first["attempt_id"] == again["attempt_id"]
        clock.advance(timedelta(minutes=30))
        await submit(client, headers, session, first, right_share=1.0, key="w-1")
        dashboard = (await client.get("/api/user/dashboard", headers=headers)).json()["data"]
        assert [r["kind"] for r in dashboard["recent_results"]] == ["weekly", "diagnostic"]
        assert all(t["kind"] != "weekly" for t in dashboard["upcoming_tests"])
        after = dashboard["mastery"]  # a weekly test answered all right moved the model
        assert after["attempted"] > before["attempted"]
        assert after["mastery"] > before["mastery"]

        clock.advance(timedelta(days=7))
        next_week = (clock.now.date()).isoformat()
        second = (await client.get(f"/api/test/weekly/{next_week}", headers=headers)).json()["data"]
        assert second["attempt_id"] != first["attempt_id"]
        assert {q["question_id"] for q in second["questions"]} != {
            q["question_id"] for q in first["questions"]
        }
