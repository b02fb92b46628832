"""Real concurrency on both databases: racing submissions of equal scores all land in the
histogram (no lost increment, no duplicate-key failure on a score's first row), and it stays
equal to a recount of the per-attempt rows."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.assessments.models import Attempt
from gurukul.auth.principal import Role
from gurukul.core.time import utc_now
from gurukul.rankings import service as rankings_service
from gurukul.rankings.ranking import competition_rank
from tests.assessments.test_endpoints import answers, post_submit
from tests.fixtures.auth import auth_headers, create_user
from tests.fixtures.builders import scalar, scalars
from tests.rankings.test_service import field_scores, histogram_rows, recount, serve_monthly

pytestmark = pytest.mark.anyio


async def served_students(
    app: FastAPI, client: httpx.AsyncClient, session: AsyncSession, month: str, count: int
) -> list[tuple[dict[str, str], dict[str, Any]]]:
    """`count` signed-in students, each with this month's benchmark served: (headers, form)."""
    seated = []
    for _ in range(count):
        headers = await auth_headers(app, await create_user(session, Role.student))
        served = await client.get(f"/api/test/monthly/{month}", headers=headers)
        assert served.status_code == 200, served.text
        seated.append((headers, served.json()["data"]))
    return seated


@pytest.mark.usefixtures("bank")
class TestRacingEqualScores:
    async def test_racing_submissions_are_all_counted(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        month = utc_now().strftime("%Y-%m")
        correct = [3] * 8 + [5] * 3 + [1]  # most of the field races on one score
        seated = await served_students(app, client, session, month, len(correct))
        bodies = [
            await answers(session, form, correct=c)
            for (_, form), c in zip(seated, correct, strict=True)
        ]
        responses = await asyncio.gather(
            *(
                post_submit(client, headers, body)
                for (headers, _), body in zip(seated, bodies, strict=True)
            )
        )
        assert [r.status_code for r in responses] == [200] * len(correct), [
            r.text for r in responses if r.status_code != 200
        ]
        test_id = await scalar(
            session,
            sa.select(Attempt.test_id).where(Attempt.id == uuid.UUID(seated[0][1]["attempt_id"])),
        )
        counts = await histogram_rows(session, test_id)
        assert counts == await recount(session, test_id)
        assert sorted(counts.values()) == [1, 3, 8]
        scores = await field_scores(session, test_id)
        tied = {r.json()["data"]["score"] for r in responses[:8]}
        assert len(tied) == 1
        score = tied.pop()
        found = await rankings_service.standing(session, test_id, score)
        assert found.rank == competition_rank(score, scores) == 4  # three scored higher
        assert found.candidates == len(correct)

    async def test_racing_first_rows_of_one_score(
        self, app: FastAPI, session: AsyncSession
    ) -> None:
        """Sessions racing on a score no one had yet: one inserts the row, the others'
        inserts turn into increments."""
        attempts, test_id = await serve_monthly(session, 16)
        owners = {
            a.id: a.student_id
            for a in await scalars(session, sa.select(Attempt).where(Attempt.id.in_(attempts)))
        }
        start = asyncio.Event()

        async def record(attempt_id: uuid.UUID) -> int:
            async with app.state.sessionmaker() as own:
                await start.wait()
                found = await rankings_service.record_score(
                    own,
                    attempt_id=attempt_id,
                    test_id=test_id,
                    student_id=owners[attempt_id],
                    score=42.5,
                    now=utc_now(),
                )
                await own.commit()
                return found.rank

        tasks = [asyncio.create_task(record(a)) for a in attempts]
        await asyncio.sleep(0)
        start.set()
        ranks = await asyncio.gather(*tasks)
        assert ranks == [1] * len(attempts)
        assert await histogram_rows(session, test_id) == {42.5: len(attempts)}
        assert await recount(session, test_id) == {42.5: len(attempts)}
