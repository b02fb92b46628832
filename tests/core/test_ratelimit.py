from __future__ import annotations

import pytest
from starlette.requests import Request

from gurukul.core.config import Settings
from gurukul.core.errors import RateLimited
from gurukul.core.ratelimit import RateLimiter, client_ip

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest, tmp_path: object) -> RateLimiter:
    overrides: dict[str, object] = {"data_dir": tmp_path}
    if request.param == "redis":
        overrides["redis_url"] = request.getfixturevalue("redis_url")
        overrides["redis_prefix"] = request.getfixturevalue("redis_prefix")
    return RateLimiter.from_settings(Settings(**overrides))  # type: ignore[arg-type]


class TestRateLimiter:
    async def test_allows_up_to_the_limit_then_refuses(self, limiter: RateLimiter) -> None:
        for expected_remaining in (2, 1, 0):
            decision = await limiter.hit("3/minute", "ip", "198.51.100.1")
            assert decision.remaining == expected_remaining
        with pytest.raises(RateLimited) as refused:
            await limiter.check("3/minute", "ip", "198.51.100.1")
        headers = refused.value.headers
        assert 1 <= int(headers["Retry-After"]) <= 60
        assert headers["RateLimit-Limit"] == "3"
        assert headers["RateLimit-Remaining"] == "0"

    async def test_identities_are_counted_apart(self, limiter: RateLimiter) -> None:
        for _ in range(3):
            await limiter.check("3/minute", "ip", "198.51.100.2")
        decision = await limiter.hit("3/minute", "ip", "198.51.100.3")
        assert decision.allowed
        assert decision.remaining == 2

    async def test_disabled_limiter_never_refuses(self, tmp_path: object) -> None:
        limiter = RateLimiter.from_settings(
            Settings(data_dir=tmp_path, rate_limit_enabled=False)  # type: ignore[arg-type]
        )
        for _ in range(5):
            await limiter.check("1/minute", "ip", "x")  # never raises
        assert (await limiter.hit("1/minute", "ip", "x")).allowed

    async def test_clear_resets_the_window(self, limiter: RateLimiter) -> None:
        await limiter.check("1/minute", "user", "u1")
        await limiter.clear("1/minute", "user", "u1")
        assert (await limiter.hit("1/minute", "user", "u1")).allowed


def make_request(peer: str, forwarded: str | None) -> Request:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return Request({"type": "http", "client": (peer, 1234), "headers": headers})


class TestClientIp:
    def test_untrusted_peer_cannot_spoof_forwarded_for(self) -> None:
        assert client_ip(make_request("203.0.113.9", "1.2.3.4"), ["10.0.0.0/8"]) == "203.0.113.9"

    def test_no_trusted_proxies_means_peer(self) -> None:
        assert client_ip(make_request("10.0.0.5", "1.2.3.4"), []) == "10.0.0.5"

    def test_trusted_proxy_passes_the_client_on(self) -> None:
        assert client_ip(make_request("10.0.0.5", "1.2.3.4"), ["10.0.0.0/8"]) == "1.2.3.4"

    def test_rightmost_untrusted_hop_wins_over_a_forged_prefix(self) -> None:
        # The client forged "6.6.6.6"; the proxy chain appended the real address 1.2.3.4.
        request = make_request("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.0.0.7")
        assert client_ip(request, ["10.0.0.0/8"]) == "1.2.3.4"

    def test_garbage_in_forwarded_for_falls_back_to_peer(self) -> None:
        assert client_ip(make_request("10.0.0.5", "not-an-ip"), ["10.0.0.0/8"]) == "10.0.0.5"

    def test_only_proxies_in_chain_gives_first_hop(self) -> None:
        assert client_ip(make_request("10.0.0.5", "10.0.0.9"), ["10.0.0.0/8"]) == "10.0.0.9"
