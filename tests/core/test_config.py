from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from gurukul.core.config import Settings
from gurukul.core.secrets import SECRET_FILE, resolve_secret

PG = "postgresql+asyncpg://u@db/gurukul"
STRONG = "k" * 48


class TestProductionRules:
    def test_good_production_settings_load(self) -> None:
        settings = Settings(env="production", secret_key=STRONG, database_url=PG)  # type: ignore[arg-type]
        assert settings.is_sqlite is False

    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"database_url": PG}, "GURUKUL_SECRET_KEY is required"),
            ({"database_url": PG, "secret_key": "short"}, "weak"),
            ({"database_url": PG, "secret_key": "changeme"}, "weak"),
            ({"secret_key": STRONG}, "must be PostgreSQL"),
            ({"secret_key": STRONG, "database_url": PG, "cors_origins": "*"}, "'*'"),
        ],
    )
    def test_production_refuses(self, overrides: dict[str, str], message: str) -> None:
        with pytest.raises(ValidationError, match=message):
            Settings(env="production", **overrides)  # type: ignore[arg-type]

    def test_development_allows_sqlite_and_no_secret(self) -> None:
        settings = Settings(env="development")  # type: ignore[arg-type]
        assert settings.is_sqlite

    def test_lists_come_from_comma_separated_env(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("GURUKUL_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1")
        assert Settings().trusted_proxies == ["10.0.0.0/8", "127.0.0.1"]


class TestSecret:
    def test_generated_once_and_kept(self, tmp_path: Path) -> None:
        settings = Settings(data_dir=tmp_path)
        first = resolve_secret(settings)
        assert len(first) >= 48
        assert resolve_secret(settings) == first
        assert (tmp_path / SECRET_FILE).stat().st_mode & 0o777 == 0o600

    def test_configured_secret_wins_and_writes_nothing(self, tmp_path: Path) -> None:
        settings = Settings(data_dir=tmp_path, secret_key=STRONG)  # type: ignore[arg-type]
        assert resolve_secret(settings) == STRONG
        assert not (tmp_path / SECRET_FILE).exists()
