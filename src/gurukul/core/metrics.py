"""Prometheus metrics. Route labels are templates (/api/test/results/{test_id}), never raw paths."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter(
    "gurukul_http_requests_total",
    "HTTP requests by route template and status",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "gurukul_http_request_duration_seconds",
    "HTTP request latency by route template",
    ["method", "route"],
    # Dense below 200 ms: the p95 target is well under 200 ms.
    buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0),
)
IN_FLIGHT = Gauge("gurukul_http_requests_in_flight", "HTTP requests being served")
SLOW_QUERIES = Counter("gurukul_db_slow_queries_total", "Queries slower than the threshold")
DB_POOL_CHECKED_OUT = Gauge("gurukul_db_pool_checked_out", "Database connections in use")
DB_POOL_SIZE = Gauge("gurukul_db_pool_size", "Database pool size")
