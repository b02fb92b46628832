"""Rate limits with the `limits` library: in-process by default, Redis when configured."""

from __future__ import annotations

import ipaddress
import math
import time
from dataclasses import dataclass
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from starlette.requests import HTTPConnection

from gurukul.core.config import Settings
from gurukul.core.errors import RateLimited


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_after: int  # seconds until the window frees a slot

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_after),
        }


class RateLimiter:
    def __init__(
        self, storage: Storage, *, enabled: bool, key_prefix: str = "gurukul:ratelimit"
    ) -> None:
        self.storage = storage
        self.strategy = SlidingWindowCounterRateLimiter(storage)
        self.enabled = enabled
        self.key_prefix = key_prefix

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        key_prefix = f"{settings.redis_prefix}ratelimit"
        storage: Storage
        if settings.redis_url:
            uri = settings.redis_url.replace("redis://", "async+redis://", 1)
            storage = RedisStorage(uri, implementation="redispy", key_prefix=key_prefix)
        else:
            storage = MemoryStorage()
        return cls(storage, enabled=settings.rate_limit_enabled, key_prefix=key_prefix)

    async def hit(self, limit: str | RateLimitItem, *identifiers: str) -> Decision:
        """Count a hit and report the window (two storage calls)."""
        item = _parsed(limit) if isinstance(limit, str) else limit
        if not self.enabled:
            return Decision(True, item.amount, item.amount, 0)
        allowed = await self.strategy.hit(item, self.key_prefix, *identifiers)
        return await self._decision(item, allowed, identifiers)

    async def check(self, limit: str, *identifiers: str) -> None:
        """Count a hit; raise 429 with Retry-After and RateLimit headers when over the limit.

        This runs on every request, so the window is read only for a refusal's headers.
        """
        if not self.enabled:
            return
        item = _parsed(limit)
        if await self.strategy.hit(item, self.key_prefix, *identifiers):
            return
        decision = await self._decision(item, False, identifiers)
        raise RateLimited(
            "Too many requests; slow down",
            retry_after=max(1, decision.reset_after),
            headers=decision.headers(),
        )

    async def _decision(
        self, item: RateLimitItem, allowed: bool, identifiers: tuple[str, ...]
    ) -> Decision:
        stats = await self.strategy.get_window_stats(item, self.key_prefix, *identifiers)
        reset_after = max(0, math.ceil(stats.reset_time - time.time()))
        return Decision(allowed, item.amount, max(0, stats.remaining), reset_after)

    async def clear(self, limit: str, *identifiers: str) -> None:
        await self.strategy.clear(_parsed(limit), self.key_prefix, *identifiers)

    async def close(self) -> None:
        """Nothing to release: counters outlive a restart; the pool closes with the loop."""


@lru_cache(maxsize=64)
def _parsed(limit: str) -> RateLimitItem:
    """Limits come from a handful of settings; parse each once, not on every request."""
    return parse(limit)


def client_ip(conn: HTTPConnection, trusted_proxies: list[str]) -> str:
    """The client's address; X-Forwarded-For is believed only when the peer is a trusted proxy."""
    peer = conn.client.host if conn.client else "unknown"
    if not trusted_proxies or not _is_trusted(peer, trusted_proxies):
        return peer
    forwarded = conn.headers.get("x-forwarded-for", "")
    # Walk right to left: the rightmost address not belonging to a trusted proxy is the client.
    hops = [h.strip() for h in forwarded.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _valid_ip(hop):
            return peer
        if not _is_trusted(hop, trusted_proxies):
            return hop
    return hops[0] if hops else peer


def _valid_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _is_trusted(address: str, trusted: list[str]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(net, strict=False) for net in trusted)
