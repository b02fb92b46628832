"""The JSON envelope, error items and cursor pagination shared by every endpoint."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any, Generic, Literal, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field

from gurukul.core import context
from gurukul.core.errors import BadRequest

T = TypeVar("T")


class Schema(BaseModel):
    """Base for request payloads: unknown fields are refused, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReadSchema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Metadata(BaseModel):
    timestamp: datetime
    request_id: str | None
    response_time_ms: float | None
    cache_hit: bool = False


class ErrorItem(BaseModel):
    code: str
    message: str
    field: str | None = None


class Envelope(BaseModel, Generic[T]):
    status: Literal["success", "error"] = "success"
    data: T | None = None
    metadata: Metadata
    errors: list[ErrorItem] = Field(default_factory=list)


def metadata() -> Metadata:
    ctx = context.current()
    return Metadata(
        timestamp=datetime.now(UTC),
        request_id=ctx.request_id if ctx else None,
        response_time_ms=ctx.elapsed_ms() if ctx else None,
        cache_hit=ctx.cache_hit if ctx else False,
    )


def ok(data: T) -> Envelope[T]:
    """Wrap a successful result in the envelope."""
    return Envelope[T](status="success", data=data, metadata=metadata())


def error_body(errors: list[ErrorItem], data: Any = None) -> dict[str, Any]:
    return Envelope[Any](status="error", data=data, metadata=metadata(), errors=errors).model_dump(
        mode="json"
    )


def error_responses(errors: Mapping[int, str]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for an endpoint's errors: {status: "the error codes it may carry"}."""
    return {
        status: {
            "model": Envelope[None],
            "description": f"{HTTPStatus(status).phrase}: {codes}",
        }
        for status, codes in errors.items()
    }


# --- cursor pagination -------------------------------------------------------------------


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


def encode_cursor(values: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


def decode_cursor(cursor: str | None, *, keys: set[str]) -> dict[str, Any] | None:
    """Decode an opaque cursor; a tampered or foreign cursor is a 400 on the `cursor` field."""
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = orjson.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, orjson.JSONDecodeError) as exc:
        raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor") from exc
    if not isinstance(values, dict) or set(values) != keys:
        raise BadRequest("Malformed cursor", code="invalid_cursor", field="cursor")
    return values
