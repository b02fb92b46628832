"""Accounts and login sessions. Profile data (name, class, exam date) lives in users/."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gurukul.auth.principal import Role
from gurukul.core.db import Base, IdMixin, TimestampMixin

EMAIL_MAX_LENGTH = 254  # RFC 5321 path limit


class User(IdMixin, TimestampMixin, Base):
    """Credentials and role; one row per account whatever the role."""

    __tablename__ = "users"

    email: Mapped[str] = mapped_column(sa.String(EMAIL_MAX_LENGTH), unique=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[Role] = mapped_column(
        sa.Enum(
            Role,
            name="user_role",
            native_enum=False,
            create_constraint=True,
            length=16,
            values_callable=lambda roles: [role.value for role in roles],
        )
    )
    password_changed_at: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)


class AuthSession(IdMixin, Base):
    """One login: the family of its refresh tokens. Its id is the `sid` of its access tokens."""

    __tablename__ = "auth_sessions"

    user_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime]
    # When the newest access token of this session was issued: sessions whose access tokens
    # may still be alive need a revocation entry in the key-value store when they end.
    last_issued_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_reason: Mapped[str | None] = mapped_column(sa.String(32), default=None)

    user: Mapped[User] = relationship(lazy="raise")


class RefreshToken(IdMixin, Base):
    """An opaque refresh token, stored as its SHA-256; used once, then replaced."""

    __tablename__ = "refresh_tokens"

    session_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("auth_sessions.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)

    session: Mapped[AuthSession] = relationship(lazy="raise")
