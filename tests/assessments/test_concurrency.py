"""Real concurrency on both databases: racing submissions are scored exactly once, and racing
first requests for a weekly form issue exactly one attempt."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments.models import Attempt, OutboxMessage, Response
from gurukul.rankings.models import TestScore
from tests.assessments.test_endpoints import answers, post_submit, weekly
from tests.fixtures.auth import Clock
from tests.fixtures.builders import count_rows

pytestmark = pytest.mark.anyio


@pytest.mark.usefixtures("bank")
class TestRacingSubmissions:
    async def test_identical_submissions_are_scored_once(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served, correct=4)
        first, second = await asyncio.gather(
            post_submit(client, student, body), post_submit(client, student, body)
        )
        assert (first.status_code, second.status_code) == (200, 200), (first.text, second.text)
        assert first.json()["data"] == second.json()["data"]
        assert await count_rows(session, TestScore) == 1
        assert await count_rows(session, Response) == len(served["questions"])
        assert (
            await count_rows(
                session, OutboxMessage, OutboxMessage.topic == "analytics.attempt_scored"
            )
            == 1
        )

    async def test_racing_different_keys_score_one_and_refuse_the_other(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served)
        responses = await asyncio.gather(
            post_submit(client, student, body, key="a"), post_submit(client, student, body, key="b")
        )
        assert sorted(r.status_code for r in responses) == [200, 409]
        refused = next(r for r in responses if r.status_code == 409)
        assert refused.json()["errors"][0]["code"] == "attempt_already_submitted"
        assert await count_rows(session, TestScore) == 1
        assert await count_rows(session, Response) == len(served["questions"])


@pytest.mark.usefixtures("bank")
class TestRacingFirstRequests:
    async def test_one_weekly_attempt_for_racing_first_requests(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        path = f"/api/test/weekly/{clock.now.date()}"
        responses = await asyncio.gather(*(client.get(path, headers=student) for _ in range(3)))
        assert [r.status_code for r in responses] == [200, 200, 200], [r.text for r in responses]
        assert len({r.json()["data"]["attempt_id"] for r in responses}) == 1
        assert await count_rows(session, Attempt) == 1
