from __future__ import annotations

import asyncio

import pytest

from gurukul.core.kv import KeyValueStore, MemoryStore, create_store

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> KeyValueStore:
    if request.param == "memory":
        return MemoryStore()
    url = request.getfixturevalue("redis_url")
    kv = create_store(url, prefix=request.getfixturevalue("redis_prefix"))
    return kv


class TestKeyValueStore:
    async def test_set_get_delete(self, store: KeyValueStore) -> None:
        await store.set("a", "1", 60)
        assert await store.get("a") == "1"
        await store.delete("a")
        assert await store.get("a") is None
        await store.close()

    async def test_values_expire(self, store: KeyValueStore) -> None:
        await store.set("short", "x", 1)
        await asyncio.sleep(1.2)
        assert await store.get("short") is None
        await store.close()

    async def test_incr_counts_within_ttl(self, store: KeyValueStore) -> None:
        assert await store.incr("n", 60) == 1
        assert await store.incr("n", 60) == 2
        assert await store.get("n") == "2"
        await store.close()
