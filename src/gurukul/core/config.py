"""The one settings class. Only this module reads the environment."""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# A secret shorter than this is "weak": HS256 wants at least 256 bits of key.
MIN_SECRET_LENGTH = 32
PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "dev", "development", "please-change"}


class Environment(StrEnum):
    development = "development"
    testing = "testing"
    production = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GURUKUL_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    env: Environment = Environment.development
    data_dir: Path = Path("./var")
    secret_key: SecretStr | None = None
    base_url: str = "http://127.0.0.1:8000"

    # Database. Empty means a SQLite file in the data directory.
    database_url: str = ""
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=20, ge=0, le=500)
    db_pool_timeout: float = Field(default=10.0, gt=0)
    # A pooled connection idle this long is pinged before use (core/db.py).
    db_ping_after_idle_s: float = Field(default=5.0, ge=0)
    db_echo: bool = False
    # Queries slower than this are counted and logged (seed: alert on p95 > 200 ms).
    slow_query_ms: float = Field(default=100.0, ge=0)

    # Redis: when set, rate limits (and later cache, pub/sub, tasks) use it.
    redis_url: str = ""
    # Prefix of every Redis key, so several deployments (or test runs) can share one server.
    redis_prefix: str = "gurukul:"

    # Tokens.
    access_token_ttl: timedelta = timedelta(minutes=15)
    refresh_token_ttl: timedelta = timedelta(days=30)
    jwt_algorithm: str = "HS256"

    # Login throttling: after `login_slowdown_after` failures each try waits longer;
    # after `login_lockout_after` the account (and the IP) is locked for `login_lockout`.
    login_slowdown_after: int = Field(default=3, ge=1)
    login_lockout_after: int = Field(default=8, ge=2)
    login_lockout: timedelta = timedelta(minutes=15)
    login_failure_window: timedelta = timedelta(minutes=15)
    login_ip_lockout_after: int = Field(default=30, ge=2)

    # HTTP protection.
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["http://127.0.0.1:8000", "http://localhost:8000"]
    )
    max_body_bytes: int = Field(default=1_048_576, ge=1024)  # 1 MiB; imports use the CLI
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    rate_limit_enabled: bool = True
    # `limits` notation. Auth is strict per IP; the API is per user (seed: free tier 100/min).
    rate_limit_auth: str = "10/minute"
    rate_limit_api: str = "300/minute"
    rate_limit_anonymous: str = "120/minute"

    # Tests and ranks.
    # Minutes a submission may arrive after the deadline (a browser that was offline).
    submission_grace: timedelta = timedelta(minutes=5)
    # After deadline + grace: "refuse" (409, nothing kept) or "score_in_time" (scored, flagged).
    late_submission_policy: Literal["refuse", "score_in_time"] = "refuse"
    # Candidates in the target exam, for rank prediction (JEE Main draws about 1.2 million).
    exam_candidates: int = Field(default=1_200_000, ge=1)

    # Background tasks (core/tasks.py). Empty: GURUKUL_REDIS_URL; both empty: in-process.
    tasks_redis_url: str = ""
    # The outbox relay claims this many rows per transaction (small: each row is one handler).
    outbox_batch_size: int = Field(default=20, ge=1, le=1000)
    # How often the relay (and sweeper) looks for due outbox rows; whole seconds, at least 1.
    outbox_relay_interval: timedelta = Field(default=timedelta(seconds=5), ge=timedelta(seconds=1))
    # A claimed row is hidden from other relays this long; a relay that crashed re-drives then.
    outbox_lease: timedelta = Field(default=timedelta(minutes=5), gt=timedelta(0))
    # Failed handlers retry after base, 2 x base, 4 x base ... capped at the maximum.
    outbox_retry_base: timedelta = Field(default=timedelta(seconds=30), gt=timedelta(0))
    outbox_retry_max: timedelta = Field(default=timedelta(hours=1), gt=timedelta(0))
    # Attempts after which a row is kept as failed (with its last error) and not retried.
    outbox_max_attempts: int = Field(default=8, ge=1)
    # A Redis task message not acknowledged this long (its worker died) goes to another worker.
    tasks_redelivery_after: timedelta = Field(default=timedelta(minutes=10), gt=timedelta(0))
    # Closed monthly windows the scheduler re-checks each minute (the outbox covers older ones).
    finalize_lookback_months: int = Field(default=3, ge=1, le=24)

    # Observability.
    log_level: str = "INFO"
    log_json: bool = True
    sentry_dsn: SecretStr | None = None
    metrics_enabled: bool = True

    @field_validator("cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _split_csv(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @model_validator(mode="after")
    def _enforce_production_rules(self) -> Settings:
        if self.env is not Environment.production:
            return self
        problems = []
        secret = self.secret_key.get_secret_value() if self.secret_key else ""
        if not secret:
            problems.append("GURUKUL_SECRET_KEY is required in production")
        elif len(secret) < MIN_SECRET_LENGTH or secret.lower() in PLACEHOLDER_SECRETS:
            problems.append(
                f"GURUKUL_SECRET_KEY is weak: use at least {MIN_SECRET_LENGTH} random characters"
            )
        if self.resolved_database_url.startswith("sqlite"):
            problems.append("GURUKUL_DATABASE_URL must be PostgreSQL in production, not SQLite")
        if "*" in self.cors_origins:
            problems.append("GURUKUL_CORS_ORIGINS must not contain '*' in production")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'gurukul.db').resolve()}"

    @property
    def resolved_tasks_redis_url(self) -> str:
        """Where task messages go: the dedicated URL, else the shared Redis, else nowhere."""
        return self.tasks_redis_url or self.redis_url

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
