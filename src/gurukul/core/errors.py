"""One base error; subclasses fix the HTTP status. Rendered by the envelope handler."""

from __future__ import annotations

from typing import Any


class GurukulError(Exception):
    status_code = 500
    code = "internal_error"
    # An expected refusal that must still keep what it wrote (revoking a stolen refresh
    # token's family): AutoCommitAPIRoute commits instead of rolling back.
    persist_changes = False

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        status_code: int | None = None,
        headers: dict[str, str] | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status_code is not None:
            self.status_code = status_code
        self.field = field
        self.headers = headers or {}
        self.data = data


class BadRequest(GurukulError):
    status_code = 400
    code = "bad_request"


class Unauthorized(GurukulError):
    status_code = 401
    code = "not_authenticated"

    def __init__(self, message: str = "Authentication required", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(message, **kwargs)


class Forbidden(GurukulError):
    status_code = 403
    code = "forbidden"


class NotFound(GurukulError):
    status_code = 404
    code = "not_found"


class Conflict(GurukulError):
    status_code = 409
    code = "conflict"


class Unprocessable(GurukulError):
    status_code = 422
    code = "validation_error"


class RateLimited(GurukulError):
    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int, **kwargs: Any) -> None:
        headers = {"Retry-After": str(max(1, retry_after))}
        headers.update(kwargs.pop("headers", {}) or {})
        super().__init__(message, headers=headers, **kwargs)
        self.retry_after = retry_after
