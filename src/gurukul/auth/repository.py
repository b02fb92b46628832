"""Queries over accounts, login sessions and refresh tokens."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from gurukul.auth.models import AuthSession, RefreshToken, User
from gurukul.auth.principal import Role
from gurukul.core.repository import Repository


class UserRepository(Repository[User]):
    model = User

    async def get_by_email(self, email: str) -> User | None:
        result = await self.session.execute(sa.select(User).where(User.email == email))
        return result.scalar_one_or_none()

    async def list_by_ids(self, user_ids: Collection[uuid.UUID]) -> list[User]:
        if not user_ids:
            return []
        result = await self.session.execute(sa.select(User).where(User.id.in_(user_ids)))
        return list(result.scalars())

    async def ids_with_role(self, user_ids: Collection[uuid.UUID], role: Role) -> set[uuid.UUID]:
        """Those of `user_ids` that exist and have `role`."""
        if not user_ids:
            return set()
        result = await self.session.execute(
            sa.select(User.id).where(User.id.in_(user_ids), User.role == role)
        )
        return set(result.scalars())


class AuthSessionRepository(Repository[AuthSession]):
    model = AuthSession

    async def list_live(
        self, user_id: uuid.UUID, *, except_id: uuid.UUID | None = None
    ) -> list[AuthSession]:
        """The user's sessions that have not been revoked, optionally leaving one out."""
        statement = sa.select(AuthSession).where(
            AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None)
        )
        if except_id is not None:
            statement = statement.where(AuthSession.id != except_id)
        result = await self.session.execute(statement)
        return list(result.scalars())

    async def revoke(
        self, session_ids: Collection[uuid.UUID], *, now: datetime, reason: str
    ) -> None:
        if not session_ids:
            return
        await self.session.execute(
            sa.update(AuthSession)
            .where(AuthSession.id.in_(session_ids), AuthSession.revoked_at.is_(None))
            .values(revoked_at=now, revoked_reason=reason)
            .execution_options(synchronize_session=False)
        )


class RefreshTokenRepository(Repository[RefreshToken]):
    model = RefreshToken

    async def get_by_hash(self, token_hash: str) -> RefreshToken | None:
        """The token with its session and the session's user loaded."""
        result = await self.session.execute(
            sa.select(RefreshToken)
            .where(RefreshToken.token_hash == token_hash)
            .options(joinedload(RefreshToken.session).joinedload(AuthSession.user))
        )
        return result.scalar_one_or_none()

    async def mark_used(self, token_id: uuid.UUID, *, now: datetime) -> bool:
        """Claim the token for one rotation; False when another use got there first."""
        result = await self.session.execute(
            sa.update(RefreshToken)
            .where(RefreshToken.id == token_id, RefreshToken.used_at.is_(None))
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)
