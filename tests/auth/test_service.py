"""Auth service functions, called directly as the CLI and other domains call them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth import errors
from gurukul.auth import service as auth_service
from gurukul.auth.models import AuthSession, User
from gurukul.auth.principal import Principal, Role, revoked_session_key
from gurukul.auth.schemas import PasswordChange, RefreshRequest
from gurukul.auth.service import AuthContext, login_delay
from gurukul.core.errors import GurukulError
from gurukul.core.time import utc_now
from gurukul.users import errors as users_errors
from gurukul.users.models import Profile
from tests.fixtures.auth import DEFAULT_PASSWORD, create_user, issue_tokens
from tests.fixtures.builders import count_rows, fetch

pytestmark = pytest.mark.anyio


def account(**overrides: Any) -> dict[str, Any]:
    now = utc_now()
    values: dict[str, Any] = {
        "email": "Priya.Shah@Example.com",
        "password": DEFAULT_PASSWORD,
        "full_name": "Priya Shah",
        "role": Role.student,
        "now": now,
        "standard": 11,
        "exam_target": now.date() + timedelta(days=300),
    }
    values.update(overrides)
    return values


def principal_of(user: User, session_id: uuid.UUID) -> Principal:
    return Principal(user_id=user.id, role=user.role, session_id=str(session_id), token_id="t")


class TestCreateUser:
    async def test_normalises_email_and_creates_profile(self, session: AsyncSession) -> None:
        user = await auth_service.create_user(session, **account(coaching_center=" Kota "))
        await session.commit()
        assert user.email == "priya.shah@example.com"
        assert user.role is Role.student
        profile = await fetch(session, Profile, user.id)
        assert profile is not None
        assert (profile.full_name, profile.standard, profile.coaching_center) == (
            "Priya Shah",
            11,
            "Kota",
        )
        assert (profile.locale, profile.daily_study_minutes) == ("en", 120)

    async def test_staff_need_no_class_or_exam_date(self, session: AsyncSession) -> None:
        for role in (Role.coach, Role.admin):
            user = await auth_service.create_user(
                session,
                **account(
                    email=f"{role.value}@example.com", role=role, standard=None, exam_target=None
                ),
            )
            assert user.role is role
        await session.commit()
        assert await count_rows(session, User) == 2

    @pytest.mark.parametrize(
        ("overrides", "error", "field"),
        [
            ({"email": "nope"}, errors.InvalidEmail, "email"),
            ({"email": "a" * 250 + "@x.com"}, errors.InvalidEmail, "email"),
            ({"password": "short"}, errors.WeakPassword, "password"),
            ({"password": "x" * 129}, errors.WeakPassword, "password"),
            ({"password": "priya.shah"}, errors.WeakPassword, "password"),
            ({"standard": None}, users_errors.RequiredForStudents, "standard"),
            ({"exam_target": None}, users_errors.RequiredForStudents, "exam_target"),
            ({"standard": 10}, users_errors.InvalidStandard, "standard"),
            ({"exam_target": date(2020, 1, 1)}, users_errors.ExamTargetInPast, "exam_target"),
            ({"full_name": "  "}, GurukulError, "full_name"),
            ({"full_name": "x" * 121}, GurukulError, "full_name"),
            ({"coaching_center": "x" * 121}, GurukulError, "coaching_center"),
        ],
    )
    async def test_refuses_bad_values_before_writing(
        self,
        session: AsyncSession,
        overrides: dict[str, Any],
        error: type[GurukulError],
        field: str,
    ) -> None:
        with pytest.raises(error) as raised:
            await auth_service.create_user(session, **account(**overrides))
        assert raised.value.field == field
        assert not session.new  # nothing was even added to the session
        await session.commit()
        assert await count_rows(session, User) == 0

    async def test_taken_email_in_any_case_is_a_conflict(self, session: AsyncSession) -> None:
        await auth_service.create_user(session, **account())
        await session.commit()
        with pytest.raises(errors.EmailTaken):
            await auth_service.create_user(session, **account(email="PRIYA.SHAH@example.com"))


class TestGetUserByEmail:
    async def test_finds_in_any_case(self, session: AsyncSession) -> None:
        user = await create_user(session, email="kiran@example.com")
        found = await auth_service.get_user_by_email(session, "  KIRAN@Example.com ")
        assert found is not None
        assert found.id == user.id

    @pytest.mark.parametrize("email", ["nobody@example.com", "not an email", ""])
    async def test_unknown_or_malformed_is_none(self, session: AsyncSession, email: str) -> None:
        assert await auth_service.get_user_by_email(session, email) is None


class TestLoginDelay:
    @pytest.mark.parametrize(
        ("failures", "expected"),
        [(0, 0.0), (2, 0.0), (3, 0.25), (4, 0.5), (6, 1.0), (10, 2.0), (100, 2.0)],
    )
    def test_grows_then_levels_off(self, failures: int, expected: float) -> None:
        assert login_delay(failures, 3) == expected


class TestTokens:
    async def test_only_reuse_keeps_its_writes(self) -> None:
        assert errors.RefreshTokenReused.persist_changes is True
        assert errors.RefreshTokenRevoked.persist_changes is False
        assert errors.InvalidCredentials.persist_changes is False

    async def test_reuse_revokes_family_in_database_and_store(
        self, app: FastAPI, session: AsyncSession
    ) -> None:
        ctx = AuthContext.from_state(app.state)
        user = await create_user(session)
        issued = await issue_tokens(app, user)
        now = utc_now()
        await auth_service.refresh(
            session, RefreshRequest(refresh_token=issued.refresh_token), ctx=ctx, now=now
        )
        with pytest.raises(errors.RefreshTokenReused):
            await auth_service.refresh(
                session, RefreshRequest(refresh_token=issued.refresh_token), ctx=ctx, now=now
            )
        await session.commit()  # what the route does for a persist_changes error
        family = await fetch(session, AuthSession, issued.session_id)
        assert family is not None
        assert family.revoked_reason == "refresh_token_reused"
        assert await app.state.kv.get(revoked_session_key(str(issued.session_id))) == "1"

    async def test_logout_marks_the_session_in_the_store(
        self, app: FastAPI, session: AsyncSession
    ) -> None:
        ctx = AuthContext.from_state(app.state)
        user = await create_user(session)
        issued = await issue_tokens(app, user)
        await auth_service.logout(
            session, principal_of(user, issued.session_id), ctx=ctx, now=utc_now()
        )
        await session.commit()
        assert await app.state.kv.get(revoked_session_key(str(issued.session_id))) == "1"
        family = await fetch(session, AuthSession, issued.session_id)
        assert family is not None
        assert family.revoked_reason == "logout"

    async def test_password_change_skips_store_entries_for_long_idle_sessions(
        self, app: FastAPI, session: AsyncSession
    ) -> None:
        ctx = AuthContext.from_state(app.state)
        user = await create_user(session)
        idle = await issue_tokens(app, user, now=utc_now() - timedelta(hours=2))
        recent = await issue_tokens(app, user)
        current = await issue_tokens(app, user)
        ended = await auth_service.change_password(
            session,
            principal_of(user, current.session_id),
            PasswordChange(current_password=DEFAULT_PASSWORD, new_password="new-lantern-song-9"),
            ctx=ctx,
            ip="198.51.100.1",
            now=utc_now(),
        )
        await session.commit()
        assert ended == 2
        # The idle session's access tokens expired long ago: no entry needed, but it is revoked.
        assert await app.state.kv.get(revoked_session_key(str(idle.session_id))) is None
        assert await app.state.kv.get(revoked_session_key(str(recent.session_id))) == "1"
        assert await app.state.kv.get(revoked_session_key(str(current.session_id))) is None
        for session_id, revoked in (
            (idle.session_id, True),
            (recent.session_id, True),
            (current.session_id, False),
        ):
            row = await fetch(session, AuthSession, session_id)
            assert row is not None
            assert (row.revoked_at is not None) is revoked
