"""Errors of sign-up, login and token handling."""

from __future__ import annotations

from gurukul.core.errors import BadRequest, Conflict, RateLimited, Unauthorized, Unprocessable


class InvalidEmail(Unprocessable):
    code = "invalid_email"


class WeakPassword(Unprocessable):
    code = "weak_password"


class EmailTaken(Conflict):
    code = "email_taken"


class InvalidCredentials(Unauthorized):
    code = "invalid_credentials"


class AccountLocked(RateLimited):
    code = "account_locked"


class AddressLocked(RateLimited):
    code = "too_many_failed_logins"


class WrongPassword(BadRequest):
    code = "wrong_password"


class InvalidRefreshToken(Unauthorized):
    code = "invalid_refresh_token"


class RefreshTokenExpired(Unauthorized):
    code = "refresh_token_expired"


class RefreshTokenRevoked(Unauthorized):
    code = "refresh_token_revoked"


class RefreshTokenReused(Unauthorized):
    """A rotated token came back: someone holds a copy. Its family's revocation must stick."""

    code = "refresh_token_reused"
    persist_changes = True
