import httpx
import pytest

pytestmark = pytest.mark.anyio


class TestHealth:
    async def test_health_is_public_and_enveloped(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/health")
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "success"
        assert body["data"]["status"] == "ok"
        assert body["metadata"]["request_id"] == response.headers["x-request-id"]

    async def test_detailed_health_reports_database_timing(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/health/detailed")
        data = response.json()["data"]
        assert response.status_code == 200
        assert data["database"]["status"] == "ok"
        assert data["database"]["latency_ms"] >= 0
        assert data["memory_rss_mb"] > 0
