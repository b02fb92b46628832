"""Served forms are kept per process by attempt id: a repeat GET reads no question, the cached
form goes to its owner only, carries no answers, and shows the attempt's current status."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments import service as assessments_service
from gurukul.assessments.models import Attempt
from gurukul.auth.principal import Role
from tests.assessments.test_endpoints import ANSWER_KEYS, answers, keys_in, post_submit, weekly
from tests.fixtures.auth import Clock, auth_headers, create_user
from tests.fixtures.builders import count_rows
from tests.fixtures.sql import recorded_statements

pytestmark = pytest.mark.anyio


def question_reads(statements: list[str]) -> list[str]:
    return [s for s in statements if "question_versions" in s or "question_concepts" in s]


async def student_headers(app: FastAPI, session: AsyncSession) -> dict[str, str]:
    return await auth_headers(app, await create_user(session, Role.student))


@pytest.mark.usefixtures("bank")
class TestServedFormCache:
    async def test_a_repeat_get_reads_no_question(
        self, app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, clock: Clock
    ) -> None:
        headers = await student_headers(app, session)
        first = await weekly(client, headers, clock)
        with recorded_statements(app) as statements:
            second = await weekly(client, headers, clock)
        assert second == first
        assert question_reads(statements) == []
        assert not keys_in(second) & ANSWER_KEYS

    async def test_a_cold_process_rebuilds_the_same_form(
        self, app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, clock: Clock
    ) -> None:
        headers = await student_headers(app, session)
        first = await weekly(client, headers, clock)
        assessments_service._served.clear()  # another app instance, or an evicted entry
        with recorded_statements(app) as statements:
            again = await weekly(client, headers, clock)
        assert again == first
        assert question_reads(statements) != []

    async def test_the_cached_form_shows_the_attempt_status_now(
        self, app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, clock: Clock
    ) -> None:
        headers = await student_headers(app, session)
        served = await weekly(client, headers, clock)
        response = await post_submit(client, headers, await answers(session, served))
        assert response.status_code == 200, response.text
        clock.advance(timedelta(minutes=1))
        after = await weekly(client, headers, clock)
        assert after["status"] == "submitted"
        assert after["questions"] == served["questions"]

    async def test_each_student_gets_only_their_own_form(
        self, app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, clock: Clock
    ) -> None:
        mine, theirs = await student_headers(app, session), await student_headers(app, session)
        my_form = await weekly(client, mine, clock)
        their_form = await weekly(client, theirs, clock)
        assert their_form["attempt_id"] != my_form["attempt_id"]
        assert await weekly(client, mine, clock) == my_form
        assert await weekly(client, theirs, clock) == their_form
        assert await count_rows(session, Attempt) == 2

    async def test_an_entry_kept_for_another_owner_is_never_served(
        self, app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, clock: Clock
    ) -> None:
        headers = await student_headers(app, session)
        served = await weekly(client, headers, clock)
        attempt_id = uuid.UUID(served["attempt_id"])
        # Plant an entry under this attempt id that belongs to someone else: the owner's
        # GET must not serve it but rebuild its own form from the database.
        assessments_service._served.put(attempt_id, (uuid.uuid4(), ()))
        again = await weekly(client, headers, clock)
        assert again == served
        kept = assessments_service._served.get(attempt_id)
        assert kept is not None
        assert len(kept[1]) == len(served["questions"])

    async def test_another_student_cannot_submit_to_a_cached_form(
        self, app: FastAPI, session: AsyncSession, client: httpx.AsyncClient, clock: Clock
    ) -> None:
        owner, other = await student_headers(app, session), await student_headers(app, session)
        served = await weekly(client, owner, clock)
        response = await post_submit(client, other, await answers(session, served))
        assert response.status_code == 404
        assert response.json()["errors"][0]["code"] == "attempt_not_found"
