"""A small expiring key-value store: in-process by default, Redis when configured.

Used for revoked login sessions and login-failure counters, which must be shared by every
app instance once there is more than one.
"""

from __future__ import annotations

import time
from typing import Protocol

import redis.asyncio as aioredis


class KeyValueStore(Protocol):
    async def set(self, key: str, value: str, ttl_s: int) -> None: ...
    async def get(self, key: str) -> str | None: ...
    async def incr(self, key: str, ttl_s: int) -> int: ...
    async def delete(self, key: str) -> None: ...
    async def close(self) -> None: ...


class MemoryStore:
    def __init__(self) -> None:
        self._data: dict[str, tuple[str, float]] = {}

    def _live(self, key: str) -> str | None:
        item = self._data.get(key)
        if item is None:
            return None
        if item[1] <= time.monotonic():
            del self._data[key]
            return None
        return item[0]

    async def set(self, key: str, value: str, ttl_s: int) -> None:
        self._data[key] = (value, time.monotonic() + ttl_s)
        if len(self._data) > 100_000:  # bound memory: drop expired entries
            now = time.monotonic()
            self._data = {k: v for k, v in self._data.items() if v[1] > now}

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def incr(self, key: str, ttl_s: int) -> int:
        current = self._live(key)
        if current is None:
            await self.set(key, "1", ttl_s)
            return 1
        value = int(current) + 1
        self._data[key] = (str(value), self._data[key][1])
        return value

    async def delete(self, key: str) -> None:
        self._data.pop(key, None)

    async def close(self) -> None:
        return None


class RedisStore:
    def __init__(self, url: str, *, prefix: str = "gurukul:") -> None:
        self.client = aioredis.from_url(url, decode_responses=True)
        self.prefix = prefix

    async def set(self, key: str, value: str, ttl_s: int) -> None:
        await self.client.set(self.prefix + key, value, ex=max(1, ttl_s))

    async def get(self, key: str) -> str | None:
        value = await self.client.get(self.prefix + key)
        return None if value is None else str(value)

    async def incr(self, key: str, ttl_s: int) -> int:
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.incr(self.prefix + key)
            pipe.expire(self.prefix + key, max(1, ttl_s), nx=True)
            value, _ = await pipe.execute()
        return int(value)

    async def delete(self, key: str) -> None:
        await self.client.delete(self.prefix + key)

    async def close(self) -> None:
        await self.client.aclose()


def create_store(redis_url: str, *, prefix: str = "gurukul:") -> KeyValueStore:
    return RedisStore(redis_url, prefix=prefix) if redis_url else MemoryStore()
