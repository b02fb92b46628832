"""Who is calling: one principal per request, and the dependency that declares who may call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gurukul.core import context
from gurukul.core.errors import Forbidden, Unauthorized
from gurukul.core.ratelimit import client_ip
from gurukul.core.security import decode_access_token


class Role(StrEnum):
    student = "student"
    coach = "coach"
    admin = "admin"


def revoked_session_key(session_id: str) -> str:
    return f"auth:revoked-session:{session_id}"


@dataclass(frozen=True)
class Principal:
    user_id: uuid.UUID
    role: Role
    session_id: str
    token_id: str


_bearer = HTTPBearer(auto_error=False)


class Authenticator:
    """Depends(Authenticator({Role.student})) admits only those roles; anyone else gets 401/403."""

    def __init__(self, roles: set[Role]) -> None:
        if not roles:
            raise ValueError("a route must admit at least one role; public routes take none")
        self.roles = frozenset(roles)

    async def __call__(
        self,
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise Unauthorized()
        state = request.app.state
        try:
            claims = decode_access_token(
                credentials.credentials,
                secret=state.secret_key,
                algorithm=state.settings.jwt_algorithm,
            )
            role = Role(claims.role)
            user_id = uuid.UUID(claims.sub)
        except (jwt.InvalidTokenError, ValueError) as exc:
            raise Unauthorized("Invalid or expired access token", code="invalid_token") from exc
        if await state.kv.get(revoked_session_key(claims.sid)) is not None:
            raise Unauthorized("This session has ended; log in again", code="session_revoked")
        ctx = context.current()
        if ctx is not None:
            ctx.user_id = str(user_id)
        if role not in self.roles:
            raise Forbidden("Your role may not call this endpoint", code="forbidden_role")
        settings = state.settings
        await state.rate_limiter.check(settings.rate_limit_api, "user", str(user_id))
        return Principal(user_id=user_id, role=role, session_id=claims.sid, token_id=claims.jti)


class IPRateLimit:
    """Per-client-IP limit for public routes (strict on auth)."""

    def __init__(self, setting: str) -> None:
        self.setting = setting

    async def __call__(self, request: Request) -> str:
        state = request.app.state
        ip = client_ip(request, state.settings.trusted_proxies)
        await state.rate_limiter.check(getattr(state.settings, self.setting), self.setting, ip)
        return ip


AnyUser = Annotated[Principal, Depends(Authenticator({Role.student, Role.coach, Role.admin}))]
CurrentStudent = Annotated[Principal, Depends(Authenticator({Role.student}))]
CurrentCoach = Annotated[Principal, Depends(Authenticator({Role.coach, Role.admin}))]
CurrentAdmin = Annotated[Principal, Depends(Authenticator({Role.admin}))]
AuthRateLimited = Annotated[str, Depends(IPRateLimit("rate_limit_auth"))]
PublicRateLimited = Annotated[str, Depends(IPRateLimit("rate_limit_anonymous"))]
