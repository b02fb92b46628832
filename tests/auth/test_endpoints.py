"""Auth over HTTP: sign-up, login, refresh rotation and reuse, logout, password change,
throttling and lockout, rate limits, and every kind of bad input."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth import service as auth_service
from gurukul.auth.models import AuthSession, RefreshToken, User
from gurukul.auth.principal import Role
from gurukul.core import security
from gurukul.core.time import utc_now
from gurukul.users.models import Profile
from tests.fixtures.auth import (
    DEFAULT_PASSWORD,
    Clock,
    bearer,
    create_user,
    future_date,
    log_in,
)
from tests.fixtures.builders import count_rows, fetch, scalar, scalars

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("login_sleeps")]

NEW_PASSWORD = "monsoon-lantern-quartz-77"


def signup_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "email": f"Asha.{uuid.uuid4().hex[:6]}@Example.COM",
        "password": DEFAULT_PASSWORD,
        "full_name": "Asha Verma",
        "standard": 12,
        "exam_target": future_date().isoformat(),
    }
    payload.update(overrides)
    return payload


def error(response: httpx.Response) -> dict[str, Any]:
    errors: list[dict[str, Any]] = response.json()["errors"]
    assert errors, response.text
    return errors[0]


async def profile_status(client: httpx.AsyncClient, access_token: str) -> int:
    return (await client.get("/api/user/profile", headers=bearer(access_token))).status_code


class TestSignup:
    async def test_creates_student_and_returns_tokens(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        payload = signup_payload(email="  Meera.Iyer@Example.COM ")
        response = await client.post("/api/auth/signup", json=payload)
        assert response.status_code == 201
        data = response.json()["data"]
        assert data["token_type"] == "bearer"
        assert data["expires_in"] == 900
        assert data["access_token"]
        assert data["refresh_token"]
        assert data["user"]["email"] == "meera.iyer@example.com"
        assert data["user"]["role"] == "student"
        assert data["user"]["full_name"] == "Asha Verma"
        user = await scalar(session, sa.select(User).where(User.email == "meera.iyer@example.com"))
        assert user is not None
        assert user.role is Role.student
        assert user.password_hash.startswith("$argon2id$")
        profile = await fetch(session, Profile, user.id)
        assert profile is not None
        assert profile.standard == 12
        assert await profile_status(client, data["access_token"]) == 200

    async def test_taken_email_is_409_in_any_case(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        await create_user(session, email="taken@example.com")
        before = await count_rows(session, User)
        response = await client.post(
            "/api/auth/signup", json=signup_payload(email="TAKEN@example.com")
        )
        assert response.status_code == 409
        assert error(response)["code"] == "email_taken"
        assert error(response)["field"] == "email"
        assert await count_rows(session, User) == before


BAD_SIGNUPS: list[tuple[str, dict[str, Any], int, str, str]] = [
    ("email_wrong_type", {"email": 12345}, 422, "string_type", "email"),
    ("standard_wrong_type", {"standard": "eleven"}, 422, "int_parsing", "standard"),
    ("standard_float", {"standard": 11.5}, 422, "int_from_float", "standard"),
    (
        "exam_target_not_a_date",
        {"exam_target": "tomorrow"},
        422,
        "date_from_datetime_parsing",
        "exam_target",
    ),
    ("full_name_wrong_type", {"full_name": ["Asha"]}, 422, "string_type", "full_name"),
    ("unknown_field_role", {"role": "admin"}, 422, "unknown_field", "role"),
    ("email_too_long", {"email": "a" * 245 + "@example.com"}, 422, "too_long", "email"),
    ("full_name_too_long", {"full_name": "A" * 121}, 422, "too_long", "full_name"),
    ("full_name_blank", {"full_name": "   "}, 422, "too_short", "full_name"),
    ("password_too_long", {"password": "x" * 129}, 422, "too_long", "password"),
    ("email_invalid", {"email": "not-an-email"}, 422, "invalid_email", "email"),
    ("email_no_domain_dot", {"email": "asha@localhost"}, 422, "invalid_email", "email"),
    ("exam_target_past", {"exam_target": "2020-01-01"}, 422, "exam_target_in_past", "exam_target"),
    (
        "exam_target_today",
        {"exam_target": utc_now().date().isoformat()},
        422,
        "exam_target_in_past",
        "exam_target",
    ),
    ("exam_target_far", {"exam_target": "2200-01-01"}, 422, "exam_target_too_far", "exam_target"),
    ("standard_10", {"standard": 10}, 422, "invalid_standard", "standard"),
    ("password_short", {"password": "short1"}, 422, "weak_password", "password"),
    ("password_common", {"password": "password123"}, 422, "weak_password", "password"),
]


class TestSignupBadInput:
    @pytest.mark.parametrize(
        ("change", "status", "code", "field"),
        [case[1:] for case in BAD_SIGNUPS],
        ids=[case[0] for case in BAD_SIGNUPS],
    )
    async def test_is_refused_with_code_and_field_and_nothing_written(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        change: dict[str, Any],
        status: int,
        code: str,
        field: str,
    ) -> None:
        response = await client.post("/api/auth/signup", json=signup_payload(**change))
        assert response.status_code == status, response.text
        assert (error(response)["code"], error(response)["field"]) == (code, field)
        assert await count_rows(session, User) == 0
        assert await count_rows(session, Profile) == 0

    @pytest.mark.parametrize(
        "missing", ["email", "password", "full_name", "standard", "exam_target"]
    )
    async def test_missing_field_is_422(
        self, client: httpx.AsyncClient, session: AsyncSession, missing: str
    ) -> None:
        payload = signup_payload()
        del payload[missing]
        response = await client.post("/api/auth/signup", json=payload)
        assert response.status_code == 422
        assert (error(response)["code"], error(response)["field"]) == ("field_required", missing)
        assert await count_rows(session, User) == 0

    async def test_password_equal_to_email_is_weak(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        payload = signup_payload(email="ravi.kumar@example.com", password="ravi.kumar@example.com")
        response = await client.post("/api/auth/signup", json=payload)
        assert response.status_code == 422
        assert (error(response)["code"], error(response)["field"]) == ("weak_password", "password")
        assert await count_rows(session, User) == 0

    async def test_malformed_json_is_400(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        response = await client.post(
            "/api/auth/signup",
            content=b'{"email": "a@example.com", ',
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert (error(response)["code"], error(response)["field"]) == ("malformed_json", "body")
        assert await count_rows(session, User) == 0

    async def test_non_object_body_is_422(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        response = await client.post("/api/auth/signup", json=["a@example.com"])
        assert response.status_code == 422
        assert error(response)["field"] == "body"
        assert await count_rows(session, User) == 0


class TestLogin:
    async def test_returns_tokens_and_user(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session, email="login@example.com")
        data = await log_in(client, "LOGIN@example.com")
        assert data["user"]["id"] == str(user.id)
        assert data["token_type"] == "bearer"
        assert data["expires_in"] == 900
        refreshed = await fetch(session, User, user.id)
        assert refreshed is not None
        assert refreshed.last_login_at is not None
        assert await profile_status(client, data["access_token"]) == 200

    async def test_unknown_email_is_indistinguishable_from_wrong_password(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        await create_user(session, email="known@example.com")
        checked: list[str | None] = []
        real_verify = auth_service.verify_password

        def spy(password: str, password_hash: str | None) -> tuple[bool, str | None]:
            checked.append(password_hash)
            return real_verify(password, password_hash)

        monkeypatch.setattr(auth_service, "verify_password", spy)
        wrong = await client.post(
            "/api/auth/login", json={"email": "known@example.com", "password": "not-the-password"}
        )
        unknown = await client.post(
            "/api/auth/login", json={"email": "nobody@example.com", "password": "not-the-password"}
        )
        malformed = await client.post(
            "/api/auth/login", json={"email": "not an email", "password": "not-the-password"}
        )
        assert wrong.status_code == unknown.status_code == malformed.status_code == 401
        assert wrong.json()["errors"] == unknown.json()["errors"] == malformed.json()["errors"]
        assert error(wrong)["code"] == "invalid_credentials"
        assert wrong.headers.get("www-authenticate") == unknown.headers.get("www-authenticate")
        # Both paths run one password verification (the unknown email against a dummy hash).
        assert len(checked) == 3
        assert checked[0] is not None
        assert checked[1] is None
        assert checked[2] is None

    async def test_rehashes_when_hash_parameters_change(
        self, client: httpx.AsyncClient, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        user = await create_user(session, email="rehash@example.com")
        old_hash = user.password_hash
        monkeypatch.setattr(
            security, "_hasher", PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
        )
        await log_in(client, "rehash@example.com")
        refreshed = await fetch(session, User, user.id)
        assert refreshed is not None
        assert refreshed.password_hash != old_hash
        assert "t=2" in refreshed.password_hash
        await log_in(client, "rehash@example.com")  # the new hash verifies

    async def test_password_is_not_stripped(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        await create_user(session, email="spaces@example.com", password="  padded secret words  ")
        await log_in(client, "spaces@example.com", "  padded secret words  ")
        response = await client.post(
            "/api/auth/login",
            json={"email": "spaces@example.com", "password": "padded secret words"},
        )
        assert response.status_code == 401

    @pytest.mark.parametrize(
        ("payload", "code", "field"),
        [
            ({"email": "a@example.com"}, "field_required", "password"),
            (
                {"email": "a@example.com", "password": "x", "remember": True},
                "unknown_field",
                "remember",
            ),
            ({"email": "a@example.com", "password": 12345}, "string_type", "password"),
            ({"email": "a" * 255, "password": "x"}, "too_long", "email"),
        ],
    )
    async def test_bad_input_is_422_and_writes_nothing(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        payload: dict[str, Any],
        code: str,
        field: str,
    ) -> None:
        response = await client.post("/api/auth/login", json=payload)
        assert response.status_code == 422
        assert (error(response)["code"], error(response)["field"]) == (code, field)
        assert await count_rows(session, AuthSession) == 0


class TestRefresh:
    async def test_rotates_tokens(self, client: httpx.AsyncClient, session: AsyncSession) -> None:
        user = await create_user(session)
        first = await log_in(client, user.email)
        response = await client.post(
            "/api/auth/refresh", json={"refresh_token": first["refresh_token"]}
        )
        assert response.status_code == 200
        second = response.json()["data"]
        assert set(second) == {"access_token", "refresh_token", "token_type", "expires_in"}
        assert second["refresh_token"] != first["refresh_token"]
        assert second["access_token"] != first["access_token"]
        assert await profile_status(client, second["access_token"]) == 200
        third = await client.post(
            "/api/auth/refresh", json={"refresh_token": second["refresh_token"]}
        )
        assert third.status_code == 200
        stored = await scalars(session, sa.select(RefreshToken.token_hash))
        assert security.hash_token(first["refresh_token"]) in stored
        assert first["refresh_token"] not in stored  # only hashes are kept

    async def test_reuse_revokes_the_whole_family(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session)
        stolen = await log_in(client, user.email)
        other_device = await log_in(client, user.email)
        rotated = (
            await client.post("/api/auth/refresh", json={"refresh_token": stolen["refresh_token"]})
        ).json()["data"]

        reuse = await client.post(
            "/api/auth/refresh", json={"refresh_token": stolen["refresh_token"]}
        )
        assert reuse.status_code == 401
        assert error(reuse)["code"] == "refresh_token_reused"
        # Every token of the family is dead: both access tokens and the newest refresh token.
        assert await profile_status(client, stolen["access_token"]) == 401
        assert await profile_status(client, rotated["access_token"]) == 401
        newest = await client.post(
            "/api/auth/refresh", json={"refresh_token": rotated["refresh_token"]}
        )
        assert newest.status_code == 401
        assert error(newest)["code"] == "refresh_token_revoked"
        # The revocation was committed although the answer was an error.
        revoked = await scalar(
            session,
            sa.select(AuthSession.revoked_reason).where(
                AuthSession.revoked_at.is_not(None), AuthSession.user_id == user.id
            ),
        )
        assert revoked == "refresh_token_reused"
        # Another login of the same user is a different family and keeps working.
        assert await profile_status(client, other_device["access_token"]) == 200
        again = await client.post(
            "/api/auth/refresh", json={"refresh_token": other_device["refresh_token"]}
        )
        assert again.status_code == 200

    async def test_unknown_token_is_401(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/api/auth/refresh", json={"refresh_token": "made-up-token"})
        assert response.status_code == 401
        assert error(response)["code"] == "invalid_refresh_token"

    async def test_expired_token_is_401(
        self, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        user = await create_user(session)
        tokens = await log_in(client, user.email)
        clock.advance(timedelta(days=30, seconds=1))
        response = await client.post(
            "/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert response.status_code == 401
        assert error(response)["code"] == "refresh_token_expired"

    async def test_token_within_lifetime_still_works(
        self, client: httpx.AsyncClient, session: AsyncSession, clock: Clock
    ) -> None:
        user = await create_user(session)
        tokens = await log_in(client, user.email)
        clock.advance(timedelta(days=29))
        response = await client.post(
            "/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert response.status_code == 200

    @pytest.mark.parametrize(
        ("payload", "code"),
        [
            ({}, "field_required"),
            ({"refresh_token": ""}, "too_short"),
            ({"refresh_token": "x" * 257}, "too_long"),
            ({"refresh_token": 5}, "string_type"),
        ],
    )
    async def test_bad_input_is_422(
        self, client: httpx.AsyncClient, payload: dict[str, Any], code: str
    ) -> None:
        response = await client.post("/api/auth/refresh", json=payload)
        assert response.status_code == 422
        assert (error(response)["code"], error(response)["field"]) == (code, "refresh_token")


class TestLogout:
    async def test_ends_the_session(self, client: httpx.AsyncClient, session: AsyncSession) -> None:
        user = await create_user(session)
        tokens = await log_in(client, user.email)
        other = await log_in(client, user.email)
        response = await client.post("/api/auth/logout", headers=bearer(tokens["access_token"]))
        assert response.status_code == 200
        assert response.json()["status"] == "success"

        after = await client.get("/api/user/profile", headers=bearer(tokens["access_token"]))
        assert after.status_code == 401
        assert error(after)["code"] == "session_revoked"
        refresh = await client.post(
            "/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert refresh.status_code == 401
        assert error(refresh)["code"] == "refresh_token_revoked"
        assert await profile_status(client, other["access_token"]) == 200

    async def test_needs_a_token(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/api/auth/logout")
        assert response.status_code == 401
        assert error(response)["code"] == "not_authenticated"


class TestChangePassword:
    async def test_ends_other_sessions_but_not_this_one(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session)
        here = await log_in(client, user.email)
        laptop = await log_in(client, user.email)
        phone = await log_in(client, user.email)
        response = await client.post(
            "/api/auth/password",
            json={"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD},
            headers=bearer(here["access_token"]),
        )
        assert response.status_code == 200
        assert response.json()["data"] == {"sessions_ended": 2}

        for ended in (laptop, phone):
            assert await profile_status(client, ended["access_token"]) == 401
            refresh = await client.post(
                "/api/auth/refresh", json={"refresh_token": ended["refresh_token"]}
            )
            assert error(refresh)["code"] == "refresh_token_revoked"
        assert await profile_status(client, here["access_token"]) == 200
        kept = await client.post("/api/auth/refresh", json={"refresh_token": here["refresh_token"]})
        assert kept.status_code == 200

        old = await client.post(
            "/api/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert old.status_code == 401
        await log_in(client, user.email, NEW_PASSWORD)

    @pytest.mark.parametrize(
        ("payload", "status", "code", "field"),
        [
            (
                {"current_password": "wrong-password-here", "new_password": NEW_PASSWORD},
                400,
                "wrong_password",
                "current_password",
            ),
            (
                {"current_password": DEFAULT_PASSWORD, "new_password": "short"},
                422,
                "weak_password",
                "new_password",
            ),
            (
                {"current_password": DEFAULT_PASSWORD, "new_password": "password123"},
                422,
                "weak_password",
                "new_password",
            ),
            (
                {"current_password": DEFAULT_PASSWORD, "new_password": DEFAULT_PASSWORD},
                422,
                "weak_password",
                "new_password",
            ),
            (
                {"current_password": DEFAULT_PASSWORD, "new_password": "x" * 129},
                422,
                "too_long",
                "new_password",
            ),
            ({"current_password": DEFAULT_PASSWORD}, 422, "field_required", "new_password"),
            (
                {"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD, "x": 1},
                422,
                "unknown_field",
                "x",
            ),
        ],
    )
    async def test_bad_input_changes_nothing(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        payload: dict[str, Any],
        status: int,
        code: str,
        field: str,
    ) -> None:
        user = await create_user(session)
        here = await log_in(client, user.email)
        laptop = await log_in(client, user.email)
        response = await client.post(
            "/api/auth/password", json=payload, headers=bearer(here["access_token"])
        )
        assert response.status_code == status, response.text
        assert (error(response)["code"], error(response)["field"]) == (code, field)
        unchanged = await fetch(session, User, user.id)
        assert unchanged is not None
        assert unchanged.password_hash == user.password_hash
        assert unchanged.password_changed_at is None
        assert await profile_status(client, laptop["access_token"]) == 200
        await log_in(client, user.email)


class TestLoginThrottling:
    @pytest.fixture(params=["memory", "redis"])
    def settings_overrides(self, request: pytest.FixtureRequest) -> dict[str, Any]:
        overrides: dict[str, Any] = {
            "login_slowdown_after": 2,
            "login_lockout_after": 4,
            "login_ip_lockout_after": 50,
            "login_lockout": timedelta(minutes=15),
        }
        if request.param == "redis":
            overrides["redis_url"] = request.getfixturevalue("redis_url")
            overrides["redis_prefix"] = request.getfixturevalue("redis_prefix")
        return overrides

    async def _fail(self, client: httpx.AsyncClient, email: str) -> httpx.Response:
        return await client.post(
            "/api/auth/login", json={"email": email, "password": "wrong-password-here"}
        )

    async def test_failures_slow_down_then_lock_until_the_lock_ends(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        clock: Clock,
        login_sleeps: list[float],
    ) -> None:
        user = await create_user(session)
        statuses = [(await self._fail(client, user.email)).status_code for _ in range(3)]
        assert statuses == [401, 401, 401]
        assert login_sleeps == [0.25]  # the third try waited; the first two did not
        locking = await self._fail(client, user.email)
        assert login_sleeps == [0.25, 0.5]
        assert locking.status_code == 429
        assert error(locking)["code"] == "account_locked"
        assert int(locking.headers["retry-after"]) == 900

        # Locked: even the right password is refused, without checking it.
        right = await client.post(
            "/api/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert right.status_code == 429
        assert error(right)["code"] == "account_locked"
        clock.advance(timedelta(minutes=10))
        still = await client.post(
            "/api/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert still.status_code == 429
        assert int(still.headers["retry-after"]) == 300

        clock.advance(timedelta(minutes=5, seconds=1))
        await log_in(client, user.email)
        # After the lock a fresh set of tries: a failure is an ordinary 401 again.
        assert (await self._fail(client, user.email)).status_code == 401

    async def test_success_resets_the_count(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session)
        for _ in range(3):
            await self._fail(client, user.email)
        await log_in(client, user.email)
        for _ in range(3):
            assert (await self._fail(client, user.email)).status_code == 401

    async def test_unknown_email_locks_exactly_like_a_known_one(
        self,
        client: httpx.AsyncClient,
        session: AsyncSession,
        clock: Clock,
        login_sleeps: list[float],
    ) -> None:
        user = await create_user(session)
        known = [await self._fail(client, user.email) for _ in range(5)]
        known_delays = list(login_sleeps)
        unknown = [await self._fail(client, "ghost@example.com") for _ in range(5)]
        assert login_sleeps == known_delays * 2
        assert [r.status_code for r in known] == [r.status_code for r in unknown]
        assert [r.json()["errors"] for r in known] == [r.json()["errors"] for r in unknown]
        assert [r.headers.get("retry-after") for r in known] == [
            r.headers.get("retry-after") for r in unknown
        ]

    async def test_lock_is_per_account(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        locked = await create_user(session)
        other = await create_user(session)
        for _ in range(4):
            await self._fail(client, locked.email)
        await log_in(client, other.email)


class TestAddressLockout:
    @pytest.fixture(params=["memory", "redis"])
    def settings_overrides(self, request: pytest.FixtureRequest) -> dict[str, Any]:
        overrides: dict[str, Any] = {
            "login_slowdown_after": 5,
            "login_lockout_after": 10,
            "login_ip_lockout_after": 4,
        }
        if request.param == "redis":
            overrides["redis_url"] = request.getfixturevalue("redis_url")
            overrides["redis_prefix"] = request.getfixturevalue("redis_prefix")
        return overrides

    async def test_many_accounts_from_one_address_lock_the_address(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        session: AsyncSession,
        clock: Clock,
        login_sleeps: list[float],
    ) -> None:
        user = await create_user(session)
        responses = [
            await client.post(
                "/api/auth/login", json={"email": f"guess{i}@example.com", "password": "nope-nope"}
            )
            for i in range(4)
        ]
        assert [r.status_code for r in responses] == [401, 401, 401, 429]
        assert error(responses[-1])["code"] == "too_many_failed_logins"
        assert "retry-after" in responses[-1].headers
        # An address gets as many slowed tries before its lockout as an account (10 - 5 = 5),
        # so with a lockout at 4 the delay starts after the first failure.
        assert login_sleeps == [0.25, 0.5, 0.75]

        blocked = await client.post(
            "/api/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert blocked.status_code == 429
        assert error(blocked)["code"] == "too_many_failed_logins"

        transport = httpx.ASGITransport(app=app, client=("198.51.100.20", 40000))
        async with httpx.AsyncClient(
            transport=transport, base_url="http://testserver"
        ) as elsewhere:
            await log_in(elsewhere, user.email)

        clock.advance(timedelta(minutes=15, seconds=1))
        await log_in(client, user.email)


class TestLockoutWithRealExpiry:
    @pytest.fixture
    def settings_overrides(self, redis_url: str, redis_prefix: str) -> dict[str, Any]:
        return {
            "login_slowdown_after": 1,
            "login_lockout_after": 2,
            "login_lockout": timedelta(seconds=1),
            "redis_url": redis_url,
            "redis_prefix": redis_prefix,
        }

    async def test_lock_lapses_on_its_own(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session)
        for _ in range(2):
            await client.post(
                "/api/auth/login", json={"email": user.email, "password": "nope-nope"}
            )
        locked = await client.post(
            "/api/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert locked.status_code == 429
        assert locked.headers["retry-after"] == "1"
        await asyncio.sleep(1.2)
        await log_in(client, user.email)


class TestAuthRateLimit:
    @pytest.fixture(params=["memory", "redis"])
    def settings_overrides(self, request: pytest.FixtureRequest) -> dict[str, Any]:
        overrides: dict[str, Any] = {"rate_limit_auth": "3/minute"}
        if request.param == "redis":
            overrides["redis_url"] = request.getfixturevalue("redis_url")
            overrides["redis_prefix"] = request.getfixturevalue("redis_prefix")
        return overrides

    async def test_fourth_login_from_one_address_is_429_and_writes_nothing(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session)
        for _ in range(3):
            await log_in(client, user.email)
        last_login = (await fetch(session, User, user.id)).last_login_at  # type: ignore[union-attr]
        sessions_before = await count_rows(session, AuthSession)

        refused = await client.post(
            "/api/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
        )
        assert refused.status_code == 429
        assert error(refused)["code"] == "rate_limited"
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert refused.headers["ratelimit-limit"] == "3"
        assert refused.headers["ratelimit-remaining"] == "0"
        assert int(refused.headers["ratelimit-reset"]) >= 0
        assert await count_rows(session, AuthSession) == sessions_before
        assert (await fetch(session, User, user.id)).last_login_at == last_login  # type: ignore[union-attr]

    async def test_signup_shares_the_auth_limit(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        for _ in range(3):
            response = await client.post("/api/auth/signup", json=signup_payload())
            assert response.status_code == 201
        refused = await client.post("/api/auth/signup", json=signup_payload())
        assert refused.status_code == 429
        assert await count_rows(session, User) == 3


class TestCreateCoach:
    async def test_admin_creates_a_coach_who_can_log_in(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        admin = await create_user(session, Role.admin)
        headers = (await log_in(client, admin.email))["access_token"]
        response = await client.post(
            "/api/admin/coaches",
            json={
                "email": "Coach.Rao@Example.com",
                "password": NEW_PASSWORD,
                "full_name": "Coach Rao",
                "coaching_center": "Kota Academy",
            },
            headers=bearer(headers),
        )
        assert response.status_code == 201
        data = response.json()["data"]
        assert data["role"] == "coach"
        assert data["email"] == "coach.rao@example.com"
        coach = await log_in(client, "coach.rao@example.com", NEW_PASSWORD)
        assert coach["user"]["role"] == "coach"

    async def test_bad_coach_is_refused_and_nothing_written(
        self, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        admin = await create_user(session, Role.admin)
        token = (await log_in(client, admin.email))["access_token"]
        before = await count_rows(session, User)
        cases = [
            (
                {"email": admin.email, "password": NEW_PASSWORD, "full_name": "X"},
                409,
                "email_taken",
                "email",
            ),
            (
                {"email": "c@example.com", "password": "weak", "full_name": "X"},
                422,
                "weak_password",
                "password",
            ),
            (
                {
                    "email": "c@example.com",
                    "password": NEW_PASSWORD,
                    "full_name": "X",
                    "coaching_center": "C" * 121,
                },
                422,
                "too_long",
                "coaching_center",
            ),
            (
                {
                    "email": "c@example.com",
                    "password": NEW_PASSWORD,
                    "full_name": "X",
                    "role": "admin",
                },
                422,
                "unknown_field",
                "role",
            ),
        ]
        for payload, status, code, field in cases:
            response = await client.post("/api/admin/coaches", json=payload, headers=bearer(token))
            assert response.status_code == status, (payload, response.text)
            assert (error(response)["code"], error(response)["field"]) == (code, field)
        assert await count_rows(session, User) == before
