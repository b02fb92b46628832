"""ASGI middleware and exception handlers: envelope, request id, timing, headers, limits."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gurukul.core import context, metrics
from gurukul.core.errors import GurukulError
from gurukul.core.schemas import ErrorItem, error_body

log = structlog.get_logger("gurukul.http")

REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
HTTP_STATUS_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
}


def security_headers(*, https: bool) -> list[tuple[bytes, bytes]]:
    headers = [
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (
            b"content-security-policy",
            # The API docs page loads Swagger UI from the CDN FastAPI uses by default.
            b"default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline' "
            b"https://cdn.jsdelivr.net; "
            b"script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            b"connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'",
        ),
    ]
    if https:
        headers.append((b"strict-transport-security", b"max-age=63072000; includeSubDomains"))
    return headers


def _json_response(
    status: int, errors: list[ErrorItem], headers: dict[str, str] | None = None, data: Any = None
) -> JSONResponse:
    return JSONResponse(error_body(errors, data), status_code=status, headers=headers)


class HTTPMiddleware:
    """Request id, timing, security headers, body limit, access log and metrics in one pass."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = (
            incoming if incoming and REQUEST_ID_PATTERN.match(incoming) else uuid.uuid4().hex
        )
        ctx = context.RequestContext(request_id=request_id)
        token = context.bind(ctx)
        https = scope.get("scheme") == "https"
        status_holder = {"status": 500, "started": False}
        metrics.IN_FLIGHT.inc()
        started = time.perf_counter()

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.append((b"x-response-time", f"{ctx.elapsed_ms()}ms".encode()))
                headers.extend(security_headers(https=https))
                message = {**message, "headers": headers}
            await send(message)

        try:
            declared = _header(scope, b"content-length")
            if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
                await self._too_large(scope, receive, send_wrapper)
                return
            guard = _BodyGuard(receive, self.max_body_bytes)

            async def guarded_send(message: Message) -> None:
                if not guard.exceeded:  # after our 413, whatever the app says is dropped
                    await send_wrapper(message)

            async def limited_receive() -> Message:
                message = await guard.receive()
                if guard.exceeded and not status_holder["started"]:
                    await self._too_large(scope, receive, send_wrapper)
                return message

            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            log.exception("gurukul.http.unhandled", path=scope.get("path"))
            if not status_holder["started"]:
                response = _json_response(
                    500,
                    [
                        ErrorItem(
                            code="internal_error",
                            message=f"Internal error; quote request id {request_id}",
                        )
                    ],
                )
                await response(scope, receive, send_wrapper)
        finally:
            metrics.IN_FLIGHT.dec()
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            duration = time.perf_counter() - started
            method = scope.get("method", "")
            metrics.REQUESTS.labels(method, template, str(status_holder["status"])).inc()
            metrics.LATENCY.labels(method, template).observe(duration)
            log.info(
                "gurukul.http.request",
                method=method,
                route=template,
                status=status_holder["status"],
                duration_ms=round(duration * 1000, 2),
                user_id=ctx.user_id,
            )
            context.reset(token)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = _json_response(
            413,
            [
                ErrorItem(
                    code="payload_too_large",
                    message=f"Request body exceeds {self.max_body_bytes} bytes",
                    field="body",
                )
            ],
        )
        await response(scope, receive, send)


class _BodyGuard:
    """Counts streamed body bytes; past the limit it reports a disconnect to the app."""

    def __init__(self, receive: Receive, limit: int) -> None:
        self._receive = receive
        self._limit = limit
        self._seen = 0
        self.exceeded = False

    async def receive(self) -> Message:
        if self.exceeded:
            return {"type": "http.disconnect"}
        message = await self._receive()
        if message["type"] == "http.request" and not self.exceeded:
            self._seen += len(message.get("body", b""))
            if self._seen > self._limit:
                self.exceeded = True
                return {"type": "http.disconnect"}
        return message


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _field_from_loc(loc: tuple[Any, ...]) -> str | None:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) or (str(loc[0]) if loc else None)


async def _gurukul_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, GurukulError)
    return _json_response(
        exc.status_code,
        [ErrorItem(code=exc.code, message=exc.message, field=exc.field)],
        headers=exc.headers,
        data=exc.data,
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    items = []
    status = 422
    for err in exc.errors():
        kind = err.get("type", "")
        if kind == "json_invalid":
            status = 400
            items.append(
                ErrorItem(code="malformed_json", message="Body is not valid JSON", field="body")
            )
            continue
        code = {
            "missing": "field_required",
            "extra_forbidden": "unknown_field",
            "string_too_long": "too_long",
            "string_too_short": "too_short",
        }.get(kind, kind or "invalid")
        message = str(err.get("msg", "Invalid value"))
        items.append(ErrorItem(code=code, message=message, field=_field_from_loc(err["loc"])))
    return _json_response(status, items)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = HTTP_STATUS_CODES.get(exc.status_code, "http_error")
    headers = dict(exc.headers) if exc.headers else None
    return _json_response(
        exc.status_code, [ErrorItem(code=code, message=str(exc.detail))], headers=headers
    )


def install(app: FastAPI, *, max_body_bytes: int) -> None:
    app.add_exception_handler(GurukulError, _gurukul_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_middleware(HTTPMiddleware, max_body_bytes=max_body_bytes)
