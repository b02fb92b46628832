"""Sign-up, login, token refresh, logout and password change; admins create coach accounts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gurukul.auth import service as auth_service
from gurukul.auth.principal import AnyUser, AuthRateLimited, CurrentAdmin
from gurukul.auth.schemas import (
    AuthResult,
    CoachCreate,
    LoginRequest,
    PasswordChange,
    PasswordChanged,
    RefreshRequest,
    SignupRequest,
    TokenPair,
    UserRead,
)
from gurukul.auth.service import AuthContext, IssuedTokens, SignedIn
from gurukul.core.deps import ClockDep, SessionDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, error_responses, ok
from gurukul.users.service import ProfileView

router = APIRouter(prefix="/auth", tags=["auth"], route_class=AutoCommitAPIRoute)
admin_router = APIRouter(prefix="/admin", tags=["admin"], route_class=AutoCommitAPIRoute)

BAD_JSON = {400: "malformed_json"}
AUTH_LIMIT = {429: "rate_limited (per client address)"}
SIGNED_IN = {401: "not_authenticated, invalid_token, session_revoked"}
PAYLOAD = "field_required, unknown_field, too_long, wrong type codes"


def get_auth_context(request: Request) -> AuthContext:
    return AuthContext.from_state(request.app.state)


AuthContextDep = Annotated[AuthContext, Depends(get_auth_context)]


def user_read(account: ProfileView) -> UserRead:
    return UserRead(
        id=account.user.id,
        email=account.user.email,
        role=account.user.role,
        full_name=account.profile.full_name,
        created_at=account.user.created_at,
    )


def token_pair(tokens: IssuedTokens) -> TokenPair:
    return TokenPair(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
    )


def auth_result(signed_in: SignedIn) -> AuthResult:
    return AuthResult(
        **token_pair(signed_in.tokens).model_dump(), user=user_read(signed_in.account)
    )


@router.post(
    "/signup",
    status_code=201,
    response_model=Envelope[AuthResult],
    responses=error_responses(
        {
            **BAD_JSON,
            409: "email_taken",
            422: f"{PAYLOAD}, invalid_email, weak_password, invalid_standard, "
            "exam_target_in_past, exam_target_too_far",
            **AUTH_LIMIT,
        }
    ),
)
async def sign_up(
    _ip: AuthRateLimited,
    signup_in: SignupRequest,
    session: SessionDep,
    ctx: AuthContextDep,
    now: ClockDep,
) -> Envelope[AuthResult]:
    """Create a student account and log it in."""
    signed_in = await auth_service.sign_up(session, signup_in, ctx=ctx, now=now)
    return ok(auth_result(signed_in))


@router.post(
    "/login",
    response_model=Envelope[AuthResult],
    responses=error_responses(
        {
            **BAD_JSON,
            401: "invalid_credentials",
            422: PAYLOAD,
            429: "account_locked, too_many_failed_logins, rate_limited (all with Retry-After)",
        }
    ),
)
async def log_in(
    ip: AuthRateLimited,
    login_in: LoginRequest,
    session: SessionDep,
    ctx: AuthContextDep,
    now: ClockDep,
) -> Envelope[AuthResult]:
    """Log in with email and password; repeated failures slow down, then lock."""
    signed_in = await auth_service.login(session, login_in, ctx=ctx, ip=ip, now=now)
    return ok(auth_result(signed_in))


@router.post(
    "/refresh",
    response_model=Envelope[TokenPair],
    responses=error_responses(
        {
            **BAD_JSON,
            401: "invalid_refresh_token, refresh_token_expired, refresh_token_revoked, "
            "refresh_token_reused",
            422: PAYLOAD,
            **AUTH_LIMIT,
        }
    ),
)
async def refresh_tokens(
    _ip: AuthRateLimited,
    refresh_in: RefreshRequest,
    session: SessionDep,
    ctx: AuthContextDep,
    now: ClockDep,
) -> Envelope[TokenPair]:
    """Trade a refresh token for a new access and refresh token (the old one stops working)."""
    tokens = await auth_service.refresh(session, refresh_in, ctx=ctx, now=now)
    return ok(token_pair(tokens))


@router.post(
    "/logout",
    response_model=Envelope[None],
    responses=error_responses({**SIGNED_IN, **AUTH_LIMIT}),
)
async def log_out(
    principal: AnyUser,
    _ip: AuthRateLimited,
    session: SessionDep,
    ctx: AuthContextDep,
    now: ClockDep,
) -> Envelope[None]:
    """End the current session: its refresh and access tokens stop working."""
    await auth_service.logout(session, principal, ctx=ctx, now=now)
    return ok(None)


@router.post(
    "/password",
    response_model=Envelope[PasswordChanged],
    responses=error_responses(
        {
            **BAD_JSON,
            400: "wrong_password",
            **SIGNED_IN,
            422: f"{PAYLOAD}, weak_password",
            429: "account_locked, too_many_failed_logins, rate_limited",
        }
    ),
)
async def change_password(
    principal: AnyUser,
    ip: AuthRateLimited,
    password_in: PasswordChange,
    session: SessionDep,
    ctx: AuthContextDep,
    now: ClockDep,
) -> Envelope[PasswordChanged]:
    """Change the password; every other session ends, this one stays."""
    ended = await auth_service.change_password(
        session, principal, password_in, ctx=ctx, ip=ip, now=now
    )
    return ok(PasswordChanged(sessions_ended=ended))


@admin_router.post(
    "/coaches",
    status_code=201,
    response_model=Envelope[UserRead],
    responses=error_responses(
        {
            **BAD_JSON,
            **SIGNED_IN,
            403: "forbidden_role",
            409: "email_taken",
            422: f"{PAYLOAD}, invalid_email, weak_password",
        }
    ),
)
async def create_coach(
    principal: CurrentAdmin, coach_in: CoachCreate, session: SessionDep, now: ClockDep
) -> Envelope[UserRead]:
    """Create a coach account."""
    account = await auth_service.create_coach(session, coach_in, now=now)
    return ok(user_read(account))
