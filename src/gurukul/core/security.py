"""Password hashing (argon2id) and access tokens (JWT). No domain imports."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the email is unknown, so both paths cost one argon2 verification.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> tuple[bool, str | None]:
    """Check a password; returns (ok, new_hash) where new_hash is set when parameters changed."""
    try:
        _hasher.verify(password_hash or _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    if password_hash is None:
        return False, None
    if _hasher.check_needs_rehash(password_hash):
        return True, _hasher.hash(password)
    return True, None


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = resources.files("gurukul.core").joinpath("common_passwords.txt").read_text()
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def password_problem(password: str, *, email: str | None = None) -> str | None:
    """Why a password is unacceptable, or None. Policy: >= 10 chars, not common, not the email."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Password must be at least {MIN_PASSWORD_LENGTH} characters"
    lowered = password.lower()
    if lowered in common_passwords():
        return "Password is too common"
    if email and (lowered == email.lower() or lowered == email.split("@")[0].lower()):
        return "Password must not be your email"
    return None


@dataclass(frozen=True)
class AccessClaims:
    sub: str
    role: str
    jti: str
    sid: str  # the refresh-token family (the login session) this token belongs to
    exp: datetime


def create_access_token(
    *,
    secret: str,
    subject: str,
    role: str,
    session_id: str,
    now: datetime,
    ttl: timedelta,
    algorithm: str = "HS256",
) -> tuple[str, str]:
    jti = uuid.uuid4().hex
    payload = {
        "sub": subject,
        "role": role,
        "jti": jti,
        "sid": session_id,
        "iat": int(now.timestamp()),
        "exp": int((now + ttl).timestamp()),
        "typ": "access",
    }
    return jwt.encode(payload, secret, algorithm=algorithm), jti


def decode_access_token(token: str, *, secret: str, algorithm: str = "HS256") -> AccessClaims:
    """Decode and verify; raises jwt.InvalidTokenError for anything wrong."""
    payload = jwt.decode(
        token,
        secret,
        algorithms=[algorithm],
        options={"require": ["sub", "role", "jti", "exp", "sid"]},
    )
    if payload.get("typ") != "access":
        raise jwt.InvalidTokenError("not an access token")
    from datetime import UTC

    return AccessClaims(
        sub=str(payload["sub"]),
        role=str(payload["role"]),
        jti=str(payload["jti"]),
        sid=str(payload["sid"]),
        exp=datetime.fromtimestamp(payload["exp"], UTC),
    )


def new_opaque_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """Refresh tokens are stored as SHA-256: they are long random values, so no salt is needed."""
    return hashlib.sha256(token.encode()).hexdigest()
