"""The clock. Services take `now` as an argument; this is where the real one comes from."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
