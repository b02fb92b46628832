"""The envelope, headers and protections every response carries, on success and on errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import Field

from gurukul.core.errors import Conflict
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, Schema, ok

pytestmark = pytest.mark.anyio

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
}


class Echo(Schema):
    name: str = Field(max_length=10)
    count: int


def add_probe_routes(app: FastAPI) -> None:
    router = APIRouter(prefix="/api/_probe", route_class=AutoCommitAPIRoute)

    @router.post("/echo", response_model=Envelope[dict[str, Any]])
    async def echo(body: Echo) -> Envelope[dict[str, Any]]:
        return ok(body.model_dump())

    @router.get("/conflict")
    async def conflict() -> None:
        raise Conflict("Already there", code="already_there", field="name")

    @router.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internal detail")

    app.include_router(router)


@pytest.fixture
async def probe_client(app: FastAPI, client: httpx.AsyncClient) -> httpx.AsyncClient:
    add_probe_routes(app)
    return client


def assert_envelope(response: httpx.Response, status: str) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    assert set(body) == {"status", "data", "metadata", "errors"}
    assert body["status"] == status
    assert body["metadata"]["request_id"] == response.headers["x-request-id"]
    assert response.headers["x-response-time"].endswith("ms")
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "content-security-policy" in response.headers
    return body


class TestEnvelope:
    async def test_success(self, probe_client: httpx.AsyncClient) -> None:
        response = await probe_client.post("/api/_probe/echo", json={"name": "a", "count": 1})
        body = assert_envelope(response, "success")
        assert body["data"] == {"name": "a", "count": 1}
        assert body["errors"] == []

    async def test_404(self, probe_client: httpx.AsyncClient) -> None:
        response = await probe_client.get("/api/nothing-here")
        body = assert_envelope(response, "error")
        assert response.status_code == 404
        assert body["errors"][0]["code"] == "not_found"

    async def test_405(self, probe_client: httpx.AsyncClient) -> None:
        response = await probe_client.delete("/api/health")
        body = assert_envelope(response, "error")
        assert response.status_code == 405
        assert body["errors"][0]["code"] == "method_not_allowed"

    async def test_409_from_domain_error_keeps_code_and_field(
        self, probe_client: httpx.AsyncClient
    ) -> None:
        response = await probe_client.get("/api/_probe/conflict")
        body = assert_envelope(response, "error")
        assert response.status_code == 409
        assert body["errors"] == [
            {"code": "already_there", "message": "Already there", "field": "name"}
        ]

    @pytest.mark.parametrize(
        ("payload", "code", "field"),
        [
            ({"name": "a"}, "field_required", "count"),
            ({"name": "a", "count": "many"}, "int_parsing", "count"),
            ({"name": "a", "count": 1, "extra": 2}, "unknown_field", "extra"),
            ({"name": "a" * 11, "count": 1}, "too_long", "name"),
        ],
    )
    async def test_422_names_code_and_field(
        self, probe_client: httpx.AsyncClient, payload: dict[str, Any], code: str, field: str
    ) -> None:
        response = await probe_client.post("/api/_probe/echo", json=payload)
        body = assert_envelope(response, "error")
        assert response.status_code == 422
        assert {"code": code, "field": field} == {
            k: body["errors"][0][k] for k in ("code", "field")
        }

    async def test_malformed_json_is_400(self, probe_client: httpx.AsyncClient) -> None:
        response = await probe_client.post(
            "/api/_probe/echo",
            content=b'{"name": "a", ',
            headers={"content-type": "application/json"},
        )
        body = assert_envelope(response, "error")
        assert response.status_code == 400
        assert body["errors"][0] == {
            "code": "malformed_json",
            "message": "Body is not valid JSON",
            "field": "body",
        }

    async def test_500_hides_internals_and_keeps_request_id(
        self, probe_client: httpx.AsyncClient, capfd: pytest.CaptureFixture[str]
    ) -> None:
        response = await probe_client.get(
            "/api/_probe/boom", headers={"X-Request-ID": "req-12345678"}
        )
        body = assert_envelope(response, "error")
        assert response.status_code == 500
        assert response.headers["x-request-id"] == "req-12345678"
        assert "secret internal detail" not in response.text
        assert body["errors"][0]["code"] == "internal_error"
        logged = capfd.readouterr().err
        assert "secret internal detail" in logged
        assert "req-12345678" in logged


class TestRequestId:
    async def test_well_formed_id_is_kept(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/health", headers={"X-Request-ID": "abc-DEF_123.45"})
        assert response.headers["x-request-id"] == "abc-DEF_123.45"

    @pytest.mark.parametrize("bad", ["short", "has space in it", "x" * 200, "inj\u00e9ction-12"])
    async def test_malformed_id_is_replaced(self, client: httpx.AsyncClient, bad: str) -> None:
        response = await client.get("/api/health", headers={"X-Request-ID": bad.encode("utf-8")})
        assert response.headers["x-request-id"] != bad
        assert len(response.headers["x-request-id"]) == 32


class TestBodyLimit:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"max_body_bytes": 2048}

    async def test_declared_length_over_limit_is_413(self, probe_client: httpx.AsyncClient) -> None:
        response = await probe_client.post(
            "/api/_probe/echo", content=b"x" * 4096, headers={"content-type": "application/json"}
        )
        body = assert_envelope(response, "error")
        assert response.status_code == 413
        assert body["errors"][0]["code"] == "payload_too_large"

    async def test_streamed_body_over_limit_is_413(self, probe_client: httpx.AsyncClient) -> None:
        async def chunks() -> Any:
            for _ in range(10):
                yield b"x" * 1024

        response = await probe_client.post(
            "/api/_probe/echo", content=chunks(), headers={"content-type": "application/json"}
        )
        assert response.status_code == 413

    async def test_body_under_limit_passes(self, probe_client: httpx.AsyncClient) -> None:
        response = await probe_client.post("/api/_probe/echo", json={"name": "ok", "count": 2})
        assert response.status_code == 200


class TestCors:
    async def test_allowed_origin_gets_cors_headers(self, client: httpx.AsyncClient) -> None:
        response = await client.options(
            "/api/health",
            headers={"Origin": "http://localhost:8000", "Access-Control-Request-Method": "GET"},
        )
        assert response.headers["access-control-allow-origin"] == "http://localhost:8000"

    async def test_foreign_origin_gets_none(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in response.headers


class TestMetrics:
    async def test_metrics_use_route_templates(self, client: httpx.AsyncClient) -> None:
        await client.get("/api/health")
        await client.get("/api/does-not-exist/123")
        text = (await client.get("/metrics")).text
        assert 'route="/api/health"' in text
        assert 'route="unmatched"' in text
        assert "/api/does-not-exist/123" not in text
        assert "gurukul_http_request_duration_seconds_bucket" in text
        assert "gurukul_http_requests_in_flight" in text


class TestMetricsSwitch:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"metrics_enabled": False}

    async def test_metrics_can_be_turned_off(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/metrics")
        assert response.status_code == 404
