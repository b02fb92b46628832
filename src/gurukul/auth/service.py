"""Accounts, login with throttling and lockout, refresh-token rotation, logout, password change."""

from __future__ import annotations

import asyncio
import hashlib
import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

from email_validator import EmailNotValidError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.errors import (
    AccountLocked,
    AddressLocked,
    EmailTaken,
    InvalidCredentials,
    InvalidEmail,
    InvalidRefreshToken,
    RefreshTokenExpired,
    RefreshTokenReused,
    RefreshTokenRevoked,
    WeakPassword,
    WrongPassword,
)
from gurukul.auth.models import EMAIL_MAX_LENGTH, AuthSession, RefreshToken, User
from gurukul.auth.principal import Principal, Role, revoked_session_key
from gurukul.auth.repository import AuthSessionRepository, RefreshTokenRepository, UserRepository
from gurukul.auth.schemas import (
    PASSWORD_MAX_LENGTH,
    CoachCreate,
    LoginRequest,
    PasswordChange,
    RefreshRequest,
    SignupRequest,
    normalize_email,
)
from gurukul.core.config import Settings
from gurukul.core.kv import KeyValueStore
from gurukul.core.security import (
    create_access_token,
    hash_password,
    hash_token,
    new_opaque_token,
    password_problem,
    verify_password,
)
from gurukul.users import service as users_service
from gurukul.users.service import ProfileView

# Each failed login past the threshold makes the next try wait this much longer, up to the cap:
# enough to make guessing slow, short enough that a person who mistypes barely notices.
SLOWDOWN_STEP_S = 0.25
SLOWDOWN_MAX_S = 2.0
sleep = asyncio.sleep  # tests swap this to observe the delay without waiting for it


@dataclass(frozen=True)
class AuthContext:
    """What token handling needs from the running app: settings, signing key, shared store."""

    settings: Settings
    secret_key: str
    kv: KeyValueStore

    @classmethod
    def from_state(cls, state: Any) -> AuthContext:
        return cls(settings=state.settings, secret_key=state.secret_key, kv=state.kv)

    @property
    def access_ttl_s(self) -> int:
        return math.ceil(self.settings.access_token_ttl.total_seconds())


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int
    session_id: uuid.UUID


@dataclass(frozen=True)
class SignedIn:
    account: ProfileView
    tokens: IssuedTokens


# --- accounts -----------------------------------------------------------------------------


def clean_email(email: str) -> str:
    """The normalised (lower-cased) address; InvalidEmail when it is not an address."""
    if len(email) > EMAIL_MAX_LENGTH:
        raise InvalidEmail(f"At most {EMAIL_MAX_LENGTH} characters", field="email")
    try:
        return normalize_email(email.strip())
    except EmailNotValidError as exc:
        raise InvalidEmail(f"Not a valid email address: {exc}", field="email") from exc


def check_password(password: str, *, email: str, field: str = "password") -> None:
    """Apply the password policy; WeakPassword names the field that failed."""
    if len(password) > PASSWORD_MAX_LENGTH:
        raise WeakPassword(f"At most {PASSWORD_MAX_LENGTH} characters", field=field)
    problem = password_problem(password, email=email)
    if problem is not None:
        raise WeakPassword(problem, field=field)


async def create_user(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    full_name: str,
    role: Role,
    now: datetime,
    standard: int | None = None,
    exam_target: date | None = None,
    coaching_center: str | None = None,
) -> User:
    """Create an account with its profile; everything is checked before anything is written."""
    account = await _create_account(
        session,
        email=email,
        password=password,
        full_name=full_name,
        role=role,
        now=now,
        standard=standard,
        exam_target=exam_target,
        coaching_center=coaching_center,
    )
    return account.user


async def _create_account(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    full_name: str,
    role: Role,
    now: datetime,
    standard: int | None = None,
    exam_target: date | None = None,
    coaching_center: str | None = None,
) -> ProfileView:
    email = clean_email(email)
    check_password(password, email=email)
    users_service.check_profile_fields(
        role=role,
        full_name=full_name,
        standard=standard,
        exam_target=exam_target,
        coaching_center=coaching_center,
        now=now,
    )
    users = UserRepository.from_session(session)
    if await users.get_by_email(email) is not None:
        raise EmailTaken("An account with this email exists", field="email")
    user = User(email=email, password_hash=hash_password(password), role=role, created_at=now)
    try:
        await users.add(user)
    except IntegrityError as exc:  # a concurrent sign-up with the same email won the race
        raise EmailTaken("An account with this email exists", field="email") from exc
    profile = await users_service.create_profile(
        session,
        user,
        full_name=full_name,
        now=now,
        standard=standard,
        exam_target=exam_target,
        coaching_center=coaching_center,
    )
    return ProfileView(user=user, profile=profile)


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    """The account with this address (any case), or None."""
    try:
        email = clean_email(email)
    except InvalidEmail:
        return None
    return await UserRepository.from_session(session).get_by_email(email)


async def sign_up(
    session: AsyncSession, signup_in: SignupRequest, *, ctx: AuthContext, now: datetime
) -> SignedIn:
    """Create a student account and log it in."""
    account = await _create_account(
        session,
        email=signup_in.email,
        password=signup_in.password,
        full_name=signup_in.full_name,
        role=Role.student,
        now=now,
        standard=signup_in.standard,
        exam_target=signup_in.exam_target,
    )
    account.user.last_login_at = now
    tokens = await start_session(session, account.user, ctx=ctx, now=now)
    return SignedIn(account=account, tokens=tokens)


async def create_coach(
    session: AsyncSession, coach_in: CoachCreate, *, now: datetime
) -> ProfileView:
    """Create a coach account (admins do this; coaches do not sign up themselves)."""
    return await _create_account(
        session,
        email=coach_in.email,
        password=coach_in.password,
        full_name=coach_in.full_name,
        role=Role.coach,
        now=now,
        coaching_center=coach_in.coaching_center,
    )


# --- login throttling ---------------------------------------------------------------------


def login_delay(failures: int, threshold: int) -> float:
    """Seconds to wait before answering, given the failures so far: grows, then levels off."""
    if failures < threshold:
        return 0.0
    return min(SLOWDOWN_MAX_S, SLOWDOWN_STEP_S * (failures - threshold + 1))


def _account_key(email: str) -> str:
    # Hashed so the shared store holds no email addresses.
    return "auth:login:account:" + hashlib.sha256(email.encode()).hexdigest()[:32]


def _address_key(ip: str) -> str:
    return f"auth:login:ip:{ip}"


def _ip_slowdown_after(settings: Settings) -> int:
    # An address gets the same number of slowed tries before its lockout as an account does.
    ramp = settings.login_lockout_after - settings.login_slowdown_after
    return max(1, settings.login_ip_lockout_after - ramp)


async def _failures(kv: KeyValueStore, key: str) -> int:
    value = await kv.get(f"{key}:failures")
    return int(value) if value and value.isdigit() else 0


async def _locked_for(kv: KeyValueStore, key: str, *, now: datetime) -> int | None:
    """Seconds left on a lock, or None. The lock holds its end time, so the clock decides."""
    value = await kv.get(f"{key}:locked-until")
    if value is None:
        return None
    try:
        until = datetime.fromisoformat(value)
    except ValueError:
        return None
    left = (until - now).total_seconds()
    return math.ceil(left) if left > 0 else None


async def _lock(kv: KeyValueStore, key: str, *, lockout: timedelta, now: datetime) -> int:
    seconds = max(1, math.ceil(lockout.total_seconds()))
    await kv.set(f"{key}:locked-until", (now + lockout).isoformat(), seconds)
    await kv.delete(f"{key}:failures")  # after the lock ends, a fresh set of tries
    return seconds


async def _refuse_if_locked(ctx: AuthContext, *, account: str, address: str, now: datetime) -> None:
    if (left := await _locked_for(ctx.kv, address, now=now)) is not None:
        raise _address_locked(left)
    if (left := await _locked_for(ctx.kv, account, now=now)) is not None:
        raise _account_locked(left)


async def _count_failure(ctx: AuthContext, *, account: str, address: str, now: datetime) -> None:
    """Count a failed password check for the account and the address; lock either at its limit."""
    settings = ctx.settings
    window = max(1, math.ceil(settings.login_failure_window.total_seconds()))
    account_failures = await ctx.kv.incr(f"{account}:failures", window)
    address_failures = await ctx.kv.incr(f"{address}:failures", window)
    if account_failures >= settings.login_lockout_after:
        left = await _lock(ctx.kv, account, lockout=settings.login_lockout, now=now)
        raise _account_locked(left)
    if address_failures >= settings.login_ip_lockout_after:
        left = await _lock(ctx.kv, address, lockout=settings.login_lockout, now=now)
        raise _address_locked(left)


async def _slow_down(ctx: AuthContext, *, account: str, address: str) -> None:
    settings = ctx.settings
    delay = max(
        login_delay(await _failures(ctx.kv, account), settings.login_slowdown_after),
        login_delay(await _failures(ctx.kv, address), _ip_slowdown_after(settings)),
    )
    if delay > 0:
        await sleep(delay)


def _account_locked(seconds: int) -> AccountLocked:
    minutes = max(1, math.ceil(seconds / 60))
    return AccountLocked(
        f"Too many failed logins for this account; try again in {minutes} minute(s)",
        retry_after=seconds,
    )


def _address_locked(seconds: int) -> AddressLocked:
    minutes = max(1, math.ceil(seconds / 60))
    return AddressLocked(
        f"Too many failed logins from your network; try again in {minutes} minute(s)",
        retry_after=seconds,
    )


# --- sessions and tokens ------------------------------------------------------------------


async def login(
    session: AsyncSession, login_in: LoginRequest, *, ctx: AuthContext, ip: str, now: datetime
) -> SignedIn:
    """Check email and password and start a session; unknown emails look like wrong passwords."""
    try:
        email = clean_email(login_in.email)
    except InvalidEmail:
        email = login_in.email.strip().lower()
    account, address = _account_key(email), _address_key(ip)
    await _refuse_if_locked(ctx, account=account, address=address, now=now)
    await _slow_down(ctx, account=account, address=address)
    user = await UserRepository.from_session(session).get_by_email(email)
    # With no user this checks against a dummy hash, so both paths cost the same.
    verified, new_hash = verify_password(login_in.password, user.password_hash if user else None)
    if user is None or not verified:
        await _count_failure(ctx, account=account, address=address, now=now)
        raise InvalidCredentials("Email or password is wrong")
    await ctx.kv.delete(f"{account}:failures")
    if new_hash is not None:
        user.password_hash = new_hash
    user.last_login_at = now
    tokens = await start_session(session, user, ctx=ctx, now=now)
    return SignedIn(account=await users_service.get_profile(session, user.id), tokens=tokens)


async def start_session(
    session: AsyncSession, user: User, *, ctx: AuthContext, now: datetime
) -> IssuedTokens:
    """Open a login session for an authenticated user and issue its first tokens."""
    auth_session = await AuthSessionRepository.from_session(session).add(
        AuthSession(user=user, created_at=now, last_issued_at=now)
    )
    return await _issue(session, user, auth_session, ctx=ctx, now=now)


async def _issue(
    session: AsyncSession,
    user: User,
    auth_session: AuthSession,
    *,
    ctx: AuthContext,
    now: datetime,
) -> IssuedTokens:
    settings = ctx.settings
    refresh_token = new_opaque_token()
    await RefreshTokenRepository.from_session(session).add(
        RefreshToken(
            session=auth_session,
            token_hash=hash_token(refresh_token),
            created_at=now,
            expires_at=now + settings.refresh_token_ttl,
        )
    )
    access_token, _ = create_access_token(
        secret=ctx.secret_key,
        subject=str(user.id),
        role=user.role.value,
        session_id=str(auth_session.id),
        now=now,
        ttl=settings.access_token_ttl,
        algorithm=settings.jwt_algorithm,
    )
    auth_session.last_issued_at = now
    return IssuedTokens(
        access_token=access_token,
        refresh_token=refresh_token,
        expires_in=ctx.access_ttl_s,
        session_id=auth_session.id,
    )


async def refresh(
    session: AsyncSession, refresh_in: RefreshRequest, *, ctx: AuthContext, now: datetime
) -> IssuedTokens:
    """Trade a refresh token for new tokens; a token used twice ends its whole session."""
    tokens = RefreshTokenRepository.from_session(session)
    token = await tokens.get_by_hash(hash_token(refresh_in.refresh_token))
    if token is None:
        raise InvalidRefreshToken("Unknown refresh token")
    auth_session = token.session
    if token.used_at is not None:
        await _refuse_reuse(session, ctx, auth_session, now=now)
    if auth_session.revoked_at is not None:
        raise RefreshTokenRevoked("This session has ended; log in again")
    if token.expires_at <= now:
        raise RefreshTokenExpired("The refresh token has expired; log in again")
    if not await tokens.mark_used(token.id, now=now):  # a concurrent use got there first
        await _refuse_reuse(session, ctx, auth_session, now=now)
    return await _issue(session, auth_session.user, auth_session, ctx=ctx, now=now)


async def _refuse_reuse(
    session: AsyncSession, ctx: AuthContext, auth_session: AuthSession, *, now: datetime
) -> NoReturn:
    # Either the owner or a thief holds a copy of a rotated token: end the whole family.
    await _end_sessions(
        session, ctx, [auth_session], now=now, reason="refresh_token_reused", recent_only=False
    )
    raise RefreshTokenReused(
        "This refresh token was already used; the session has been ended for safety"
    )


async def logout(
    session: AsyncSession, principal: Principal, *, ctx: AuthContext, now: datetime
) -> None:
    """End the caller's session: its refresh tokens and its access tokens stop working."""
    try:
        session_id = uuid.UUID(principal.session_id)
    except ValueError:
        await ctx.kv.set(revoked_session_key(principal.session_id), "1", ctx.access_ttl_s)
        return
    auth_session = await AuthSessionRepository.from_session(session).get_by_id(session_id)
    if auth_session is None or auth_session.user_id != principal.user_id:
        await ctx.kv.set(revoked_session_key(principal.session_id), "1", ctx.access_ttl_s)
        return
    await _end_sessions(session, ctx, [auth_session], now=now, reason="logout", recent_only=False)


async def change_password(
    session: AsyncSession,
    principal: Principal,
    password_in: PasswordChange,
    *,
    ctx: AuthContext,
    ip: str,
    now: datetime,
) -> int:
    """Change the caller's password and end every other session; returns how many ended."""
    user = await UserRepository.from_session(session).get_by_id(principal.user_id)
    if user is None:
        raise InvalidCredentials("This account no longer exists")
    account, address = _account_key(user.email), _address_key(ip)
    await _refuse_if_locked(ctx, account=account, address=address, now=now)
    verified, _ = verify_password(password_in.current_password, user.password_hash)
    if not verified:
        await _count_failure(ctx, account=account, address=address, now=now)
        raise WrongPassword("The current password is wrong", field="current_password")
    check_password(password_in.new_password, email=user.email, field="new_password")
    if password_in.new_password == password_in.current_password:
        raise WeakPassword(
            "The new password must differ from the current one", field="new_password"
        )
    user.password_hash = hash_password(password_in.new_password)
    user.password_changed_at = now
    others = await AuthSessionRepository.from_session(session).list_live(
        user.id, except_id=_session_uuid(principal.session_id)
    )
    await _end_sessions(session, ctx, others, now=now, reason="password_changed", recent_only=True)
    return len(others)


async def _end_sessions(
    session: AsyncSession,
    ctx: AuthContext,
    auth_sessions: Sequence[AuthSession],
    *,
    now: datetime,
    reason: str,
    recent_only: bool,
) -> None:
    """Revoke sessions in the database and their access tokens in the shared store.

    With `recent_only`, only sessions that issued an access token within its lifetime get a
    store entry: older access tokens have expired on their own.
    """
    await AuthSessionRepository.from_session(session).revoke(
        [s.id for s in auth_sessions], now=now, reason=reason
    )
    horizon = now - ctx.settings.access_token_ttl
    for auth_session in auth_sessions:
        if not recent_only or auth_session.last_issued_at > horizon:
            await ctx.kv.set(revoked_session_key(str(auth_session.id)), "1", ctx.access_ttl_s)


def _session_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
