"""Sign-up, login and token payloads."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, StringConstraints
from pydantic_core import PydanticCustomError

from gurukul.auth.models import EMAIL_MAX_LENGTH
from gurukul.auth.principal import Role
from gurukul.core.schemas import Schema
from gurukul.users.schemas import CoachingCenter, FullName, Standard

PASSWORD_MAX_LENGTH = 128  # argon2 takes any length; this bounds the work per request
REFRESH_TOKEN_MAX_LENGTH = 256


def normalize_email(value: str) -> str:
    """Syntax-checked (no DNS lookup), lower-cased address; raises EmailNotValidError."""
    checked = validate_email(value, check_deliverability=False)
    return checked.normalized.lower()


def _check_email(value: str) -> str:
    try:
        return normalize_email(value)
    except EmailNotValidError as exc:
        raise PydanticCustomError(
            "invalid_email", "Not a valid email address: {reason}", {"reason": str(exc)}
        ) from exc


Email = Annotated[
    str, StringConstraints(min_length=1, max_length=EMAIL_MAX_LENGTH), AfterValidator(_check_email)
]
# Passwords are taken exactly as typed: no stripping of spaces.
Password = Annotated[
    str, StringConstraints(strip_whitespace=False, min_length=1, max_length=PASSWORD_MAX_LENGTH)
]
NewPassword = Annotated[
    str, StringConstraints(strip_whitespace=False, max_length=PASSWORD_MAX_LENGTH)
]


class SignupRequest(Schema):
    email: Email
    password: NewPassword
    full_name: FullName
    standard: Standard
    exam_target: date


class LoginRequest(Schema):
    # Not syntax-checked: a malformed address takes the same path as an unknown one.
    email: Annotated[str, StringConstraints(max_length=EMAIL_MAX_LENGTH)]
    password: Password


class RefreshRequest(Schema):
    refresh_token: Annotated[
        str, StringConstraints(min_length=1, max_length=REFRESH_TOKEN_MAX_LENGTH)
    ]


class PasswordChange(Schema):
    current_password: Password
    new_password: NewPassword


class CoachCreate(Schema):
    email: Email
    password: NewPassword
    full_name: FullName
    coaching_center: CoachingCenter | None = None


class UserRead(BaseModel):
    id: uuid.UUID
    email: str
    role: Role
    full_name: str
    created_at: datetime


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds until the access token expires


class AuthResult(TokenPair):
    user: UserRead


class PasswordChanged(BaseModel):
    sessions_ended: int  # other logins that were signed out
