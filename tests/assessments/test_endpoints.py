"""Tests over HTTP: served forms carry no answers, submission refusals are clear 4xx that
keep nothing, replays return the same result, and a failure mid-scoring leaves no trace."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments.models import Attempt, OutboxMessage, Response
from gurukul.auth.principal import Role
from gurukul.mastery import service as mastery_service
from gurukul.mastery.models import ConceptMastery
from gurukul.questions.models import QuestionVersion
from gurukul.rankings.models import TestScore
from gurukul.users import service as users_service
from tests.assessments.test_service import answer_key, wrong_answer
from tests.fixtures.auth import Clock, auth_headers, create_user
from tests.fixtures.builders import count_rows, fetch

pytestmark = pytest.mark.anyio

# Keys that would give an answer away before the student submits.
ANSWER_KEYS = {
    "correct",
    "correct_answer",
    "explanation",
    "misconception",
    "feedback",
    "numeric",
    "truth",
    "template",
    "weight",
    "irt",
    "answer",
    "instance_values",
    "seed",
}


def keys_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_in(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_in(v)}
    return set()


async def weekly(client: httpx.AsyncClient, headers: dict[str, str], clock: Clock) -> Any:
    response = await client.get(f"/api/test/weekly/{clock.now.date()}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


async def answers(
    session: AsyncSession, served: dict[str, Any], *, correct: int | None = None
) -> dict[str, Any]:
    key = await answer_key(session, uuid.UUID(served["attempt_id"]))
    given = []
    for n, question in enumerate(served["questions"]):
        right = key[uuid.UUID(question["question_id"])]
        value = right if correct is None or n < correct else wrong_answer(right)
        given.append(
            {"question_id": question["question_id"], "answer": value, "response_time_ms": 20_000}
        )
    return {"attempt_id": served["attempt_id"], "answers": given}


async def post_submit(
    client: httpx.AsyncClient, headers: dict[str, str], body: Any, key: str = "k-1"
) -> httpx.Response:
    return await client.post(
        "/api/test/submit", json=body, headers={**headers, "Idempotency-Key": key}
    )


async def kept(session: AsyncSession) -> dict[str, int]:
    return {
        "responses": await count_rows(session, Response),
        "scores": await count_rows(session, TestScore),
        "outbox": await count_rows(session, OutboxMessage),
        "mastery": await count_rows(session, ConceptMastery),
    }


NOTHING = {"responses": 0, "scores": 0, "outbox": 0, "mastery": 0}


def error(response: httpx.Response) -> tuple[int, str, str | None]:
    item = response.json()["errors"][0]
    return response.status_code, item["code"], item["field"]


@pytest.mark.usefixtures("bank")
class TestServeWeekly:
    async def test_same_form_on_every_call_and_no_answers_in_it(
        self, client: httpx.AsyncClient, student: dict[str, str], clock: Clock
    ) -> None:
        first = await weekly(client, student, clock)
        clock.advance(timedelta(minutes=5))
        second = await weekly(client, student, clock)
        assert first == second
        assert {"attempt_id", "kind", "time_limit_s", "questions"} <= set(first)
        assert set(first["questions"][0]) >= {"question_id", "type", "text", "options", "marks"}
        assert not keys_in(first) & ANSWER_KEYS

    async def test_a_bad_date_is_a_422(
        self, client: httpx.AsyncClient, student: dict[str, str]
    ) -> None:
        response = await client.get("/api/test/weekly/2026-02-31", headers=student)
        assert response.status_code == 422

    async def test_coaches_may_not_take_tests(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        coach = await auth_headers(app, await create_user(session, Role.coach))
        response = await client.get(f"/api/test/weekly/{clock.now.date()}", headers=coach)
        assert error(response)[:2] == (403, "forbidden_role")


@pytest.mark.usefixtures("bank")
class TestStart:
    async def test_diagnostic_then_submit_shows_rank_and_percentile(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        started = await client.post("/api/test/diagnostic", headers=student)
        assert started.status_code == 201, started.text
        served = started.json()["data"]
        assert served["kind"] == "diagnostic"
        assert not keys_in(served) & ANSWER_KEYS
        result = await post_submit(client, student, await answers(session, served))
        assert result.status_code == 200, result.text
        data = result.json()["data"]
        assert (data["rank"], data["percentile"]) == (1, 100.0)
        assert data["questions"][0]["correct_answer"] is not None

    async def test_practice_set(
        self, client: httpx.AsyncClient, student: dict[str, str], session: AsyncSession
    ) -> None:
        response = await client.post(
            "/api/test/practice",
            json={"concept_ids": ["PHY.MECH.FRICTION"], "count": 2},
            headers=student,
        )
        assert response.status_code == 201, response.text
        served = response.json()["data"]
        assert len(served["questions"]) == 2
        result = await post_submit(client, student, await answers(session, served))
        data = result.json()["data"]
        assert (data["rank"], data["percentile"]) == (None, None)
        assert data["score"] == data["max_score"]

    async def test_practice_refuses_an_unknown_concept(
        self, client: httpx.AsyncClient, student: dict[str, str]
    ) -> None:
        response = await client.post(
            "/api/test/practice", json={"concept_ids": ["NOPE"], "count": 2}, headers=student
        )
        assert error(response) == (422, "invalid_practice", "concept_ids")


@pytest.mark.usefixtures("bank")
class TestSubmit:
    async def test_result_then_replay_returns_the_same_and_changes_nothing(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served, correct=3)
        first = await post_submit(client, student, body)
        assert first.status_code == 200, first.text
        data = first.json()["data"]
        assert {"score", "max_score", "accuracy", "rank", "percentile", "by_subject"} <= set(data)
        assert {"by_concept", "questions", "time_used_ms", "strategy"} <= set(data)
        before = await kept(session)
        clock.advance(timedelta(minutes=1))
        again = await post_submit(client, student, body)
        assert again.status_code == 200
        assert again.json()["data"] == data
        assert await kept(session) == before
        result = await client.get(f"/api/test/results/{served['attempt_id']}", headers=student)
        assert result.json()["data"]["score"] == data["score"]

    async def test_the_idempotency_key_is_required(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        response = await client.post(
            "/api/test/submit", json=await answers(session, served), headers=student
        )
        assert error(response) == (422, "field_required", "Idempotency-Key")
        assert await kept(session) == NOTHING

    async def test_a_different_key_after_submission_is_409(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served)
        assert (await post_submit(client, student, body)).status_code == 200
        before = await kept(session)
        response = await post_submit(client, student, body, key="k-2")
        assert error(response) == (409, "attempt_already_submitted", "attempt_id")
        assert await kept(session) == before

    async def test_a_different_submission_under_the_same_key_is_409(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        assert (await post_submit(client, student, await answers(session, served))).is_success
        before = await kept(session)
        response = await post_submit(client, student, await answers(session, served, correct=0))
        assert error(response) == (409, "idempotency_key_reused", "Idempotency-Key")
        assert await kept(session) == before

    async def test_someone_elses_attempt_is_404(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        other = await auth_headers(app, await create_user(session, Role.student))
        response = await post_submit(client, other, await answers(session, served))
        assert error(response) == (404, "attempt_not_found", "attempt_id")
        results = await client.get(f"/api/test/results/{served['attempt_id']}", headers=other)
        assert results.status_code == 404
        assert await kept(session) == NOTHING

    async def test_coaches_see_results_of_their_cohort_only(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        pupil = await create_user(session, Role.student)
        headers = await auth_headers(app, pupil)
        served = await weekly(client, headers, clock)
        assert (await post_submit(client, headers, await answers(session, served))).is_success
        coach = await create_user(session, Role.coach)
        cohort = await users_service.create_cohort(
            session, name="Batch A", coach_ids=[coach.id], now=clock.now
        )
        await session.commit()
        url = f"/api/test/results/{served['attempt_id']}"
        coach_headers = await auth_headers(app, coach)
        assert (await client.get(url, headers=coach_headers)).status_code == 404
        await users_service.add_students(
            session, cohort_id=cohort.id, student_ids=[pupil.id], now=clock.now
        )
        await session.commit()
        seen = await client.get(url, headers=coach_headers)
        assert seen.status_code == 200, seen.text
        assert seen.json()["data"]["attempt_id"] == served["attempt_id"]

    async def test_an_item_not_in_the_form_is_422(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served)
        body["answers"].insert(0, {"question_id": str(uuid.uuid4()), "answer": "A"})
        response = await post_submit(client, student, body)
        assert error(response) == (422, "not_in_form", "answers[0].question_id")
        assert await kept(session) == NOTHING

    async def test_a_duplicate_question_is_422(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served)
        body["answers"].append(body["answers"][0])
        response = await post_submit(client, student, body)
        n = len(body["answers"]) - 1
        assert error(response) == (422, "duplicate_answer", f"answers[{n}].question_id")
        assert await kept(session) == NOTHING

    @pytest.mark.parametrize("bad", ["Z", 12.5, ["Q"], "not-a-number"])
    async def test_a_malformed_answer_is_422_on_its_field(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
        bad: Any,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served)
        index = next(i for i, q in enumerate(served["questions"]) if q["type"] == "single")
        if bad == "not-a-number":
            index = next(i for i, q in enumerate(served["questions"]) if q["type"] == "integer")
        body["answers"][index]["answer"] = bad
        response = await post_submit(client, student, body)
        assert error(response) == (422, "invalid_answer", f"answers[{index}].answer")
        assert await kept(session) == NOTHING

    async def test_after_the_deadline_and_grace_is_409(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = (await client.post("/api/test/diagnostic", headers=student)).json()["data"]
        clock.advance(timedelta(seconds=served["time_limit_s"]) + timedelta(minutes=6))
        response = await post_submit(client, student, await answers(session, served))
        assert error(response) == (409, "submission_late", "attempt_id")
        assert await kept(session) == NOTHING
        stored = await fetch(session, Attempt, uuid.UUID(served["attempt_id"]))
        assert stored is not None
        assert stored.status == "issued"

    async def test_late_policy_from_settings_scores_and_flags(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        app.state.settings = app.state.settings.model_copy(
            update={"late_submission_policy": "score_in_time"}
        )
        served = (await client.post("/api/test/diagnostic", headers=student)).json()["data"]
        clock.advance(timedelta(seconds=served["time_limit_s"]) + timedelta(minutes=6))
        response = await post_submit(client, student, await answers(session, served))
        assert response.status_code == 200, response.text
        assert response.json()["data"]["late"] is True

    async def test_a_failure_mid_scoring_rolls_everything_back(
        self,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        served = await weekly(client, student, clock)
        body = await answers(session, served)
        real = mastery_service.apply_responses

        async def fail_after_writing(*args: Any, **kwargs: Any) -> Any:
            await real(*args, **kwargs)
            raise RuntimeError("mastery exploded")

        monkeypatch.setattr(mastery_service, "apply_responses", fail_after_writing)
        response = await post_submit(client, student, body)
        assert response.status_code == 500  # a bug, not a refusal: and it kept nothing
        assert await kept(session) == NOTHING
        stored = await fetch(session, Attempt, uuid.UUID(served["attempt_id"]))
        assert stored is not None
        assert (stored.status, stored.result) == ("issued", None)


@pytest.mark.usefixtures("bank")
class TestItemStatisticsFromResponses:
    async def test_submitted_answers_reach_the_item_statistics(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        student: dict[str, str],
        session: AsyncSession,
        clock: Clock,
    ) -> None:
        served = (await client.post("/api/test/diagnostic", headers=student)).json()["data"]
        body = await answers(session, served)
        assert (await post_submit(client, student, body)).status_code == 200
        single = next(q for q in served["questions"] if q["type"] == "single")
        version = await fetch(session, QuestionVersion, uuid.UUID(single["question_id"]))
        assert version is not None
        admin = await auth_headers(app, await create_user(session, Role.admin))
        stats = await client.get(
            f"/api/admin/questions/{version.question_id}/statistics", headers=admin
        )
        data = stats.json()["data"]
        assert stats.status_code == 200, stats.text
        assert data["attempts"] == 1
        assert data["facility"] == 1.0  # the student answered with the key
        key = [o for o in data["options"] if o["is_key"]]
        assert [o["count"] for o in key] == [1]
