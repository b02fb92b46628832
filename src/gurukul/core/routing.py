"""The route class that commits the request's unit of work before the response is sent."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.errors import GurukulError

SESSION_STATE_KEY = "db_session"


class AutoCommitAPIRoute(APIRoute):
    """Commit when the endpoint returns; roll back when it raises. Services never commit.

    An error flagged `persist_changes` is the one exception: its writes are committed.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def commit_then_respond(request: Request) -> Response:
            try:
                response = await handler(request)
            except BaseException as exc:
                session: AsyncSession | None = getattr(request.state, SESSION_STATE_KEY, None)
                if session is not None:
                    if isinstance(exc, GurukulError) and exc.persist_changes:
                        await session.commit()
                    else:
                        await session.rollback()
                raise
            session = getattr(request.state, SESSION_STATE_KEY, None)
            if session is not None and response.status_code < 400:
                await session.commit()
            elif session is not None:
                await session.rollback()
            return response

        return commit_then_respond


def route_kwargs(**extra: Any) -> dict[str, Any]:
    return {"route_class": AutoCommitAPIRoute, **extra}
