"""Generic repository base and keyset (cursor) pagination used by every list endpoint."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, Self, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.db import Base
from gurukul.core.schemas import decode_cursor, encode_cursor

M = TypeVar("M", bound=Base)

MAX_PAGE_SIZE = 200


class Repository(Generic[M]):
    model: type[M]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @classmethod
    def from_session(cls, session: AsyncSession) -> Self:
        return cls(session)

    async def get_one_or_none(self, statement: sa.Select[M]) -> M | None:
        return (await self.session.execute(statement)).scalars().unique().one_or_none()

    async def get_by_id(self, id_: Any) -> M | None:
        return await self.session.get(self.model, id_)

    async def list(self, statement: sa.Select[M]) -> Sequence[M]:
        return (await self.session.execute(statement)).scalars().unique().all()

    async def add(self, obj: M) -> M:
        self.session.add(obj)
        await self.session.flush()
        return obj

    async def paginate(
        self,
        statement: sa.Select[M],
        *,
        sort_column: sa.ColumnElement[Any] | sa.orm.InstrumentedAttribute[Any],
        id_column: sa.orm.InstrumentedAttribute[Any],
        cursor: str | None,
        limit: int,
    ) -> tuple[Sequence[M], str | None]:
        """Keyset pagination on (sort_column, id): stable under inserts, O(page) per call."""
        limit = max(1, min(limit, MAX_PAGE_SIZE))
        after = decode_cursor(cursor, keys={"s", "id"})
        if after is not None:
            sort_value = _typed(_decode_value(after["s"]), sort_column)
            id_value = _typed(_decode_value(after["id"]), id_column)
            statement = statement.where(
                sa.or_(
                    sort_column > sort_value,
                    sa.and_(sort_column == sort_value, id_column > id_value),
                )
            )
        statement = statement.order_by(sort_column, id_column).limit(limit + 1)
        rows = list(await self.list(statement))
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            last = rows[-1]
            sort_key = str(sort_column.key)
            next_cursor = encode_cursor(
                {"s": _encode_value(getattr(last, sort_key)), "id": _encode_value(last.id)}  # type: ignore[attr-defined]
            )
        return rows, next_cursor


def _typed(value: Any, column: Any) -> Any:
    """A cursor value must have its column's type, or the database would fail on it."""
    from gurukul.core.errors import BadRequest

    try:
        expected = column.type.python_type
    except NotImplementedError:  # pragma: no cover - every sort column we use has one
        return value
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
        raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor")
    return value


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, uuid.UUID):
        return {"uuid": str(value)}
    return value


def _decode_value(value: Any) -> Any:
    from gurukul.core.errors import BadRequest

    try:
        if isinstance(value, dict) and "dt" in value:
            return datetime.fromisoformat(value["dt"])
        if isinstance(value, dict) and "uuid" in value:
            return uuid.UUID(value["uuid"])
    except (TypeError, ValueError) as exc:
        raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor") from exc
    if isinstance(value, dict | list):
        raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor")
    return value
