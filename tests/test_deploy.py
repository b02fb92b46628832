"""The Docker and nginx files cannot run here (no Docker engine); check what can be checked."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from gurukul.core.config import Settings
from gurukul.main import create_app
from scripts.settings_doc import env_name
from tests.fixtures.app import make_settings

ROOT = Path(__file__).resolve().parents[1]
SETTING_NAMES = {env_name(field) for field in Settings.model_fields}
COMPOSE_VARIABLE = re.compile(r"\$\{(\w+)(?::?[?-]([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


@pytest.fixture(scope="module")
def dockerfile() -> list[str]:
    """Instructions with their continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@pytest.fixture(scope="module")
def nginx_conf() -> str:
    return (ROOT / "deploy" / "nginx.conf").read_text()


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(key): str(value) for key, value in env.items()}


def _app_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        name: service
        for name, service in compose["services"].items()
        if "serve" in (service.get("command") or [])
    }


def _interpolate(value: str) -> str:
    """Compose's ${VAR:-default} and ${VAR:?error}, with a plausible value for required ones."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0).startswith(f"${{{match.group(1)}:-"):
            return match.group(2)
        return "x" * 48  # a required secret or password

    return COMPOSE_VARIABLE.sub(replace, value)


class TestCompose:
    def test_runs_two_app_instances_behind_nginx_with_postgres_and_redis(
        self, compose: dict[str, Any]
    ) -> None:
        services = compose["services"]
        assert len(_app_services(compose)) >= 2
        assert services["db"]["image"].startswith("postgres:16")
        assert services["redis"]["image"].startswith("redis:7")
        assert services["nginx"]["image"].startswith("nginx")
        assert "worker" in services

    def test_sets_only_real_settings(self, compose: dict[str, Any]) -> None:
        names = {
            name
            for service in compose["services"].values()
            for name in _environment(service)
            if name.startswith("GURUKUL_")
        }
        assert names, "the app services take their configuration from GURUKUL_* variables"
        assert names - SETTING_NAMES == set()

    def test_app_environment_is_valid_for_production(
        self, compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        for service in _app_services(compose).values():
            for name in SETTING_NAMES:
                monkeypatch.delenv(name, raising=False)
            for name, value in _environment(service).items():
                monkeypatch.setenv(name, _interpolate(value))
            settings = Settings(_env_file=None)
            assert settings.env.value == "production"
            assert settings.resolved_database_url.startswith("postgresql+asyncpg://")
            assert settings.redis_url.startswith("redis://")

    def test_app_instances_are_the_nginx_upstream(
        self, compose: dict[str, Any], nginx_conf: str
    ) -> None:
        upstream = re.search(r"upstream gurukul \{(.*?)\}", nginx_conf, re.S)
        assert upstream is not None
        servers = re.findall(r"server (\S+?):8000", upstream.group(1))
        assert sorted(servers) == sorted(_app_services(compose))
        assert "least_conn;" in upstream.group(1)


class TestDockerfile:
    def test_copies_paths_that_exist(self, dockerfile: list[str]) -> None:
        sources: set[str] = set()
        for line in dockerfile:
            words = shlex.split(line)
            if words[0].upper() == "COPY" and not any(w.startswith("--from") for w in words):
                sources.update(w for w in words[1:-1] if not w.startswith("--"))
        assert {"src", "migrations", "alembic.ini", "requirements.lock"} <= sources
        assert [source for source in sources if not (ROOT / source).exists()] == []

    def test_sets_only_real_settings(self, dockerfile: list[str]) -> None:
        env_lines = [line for line in dockerfile if line.upper().startswith("ENV ")]
        names = {n for line in env_lines for n in re.findall(r"(GURUKUL_\w+)=", line)}
        assert names - SETTING_NAMES == set()

    def test_runs_as_non_root_and_checks_health(self, dockerfile: list[str]) -> None:
        last_from = max(i for i, line in enumerate(dockerfile) if line.startswith("FROM"))
        final_stage = dockerfile[last_from:]
        assert any(line.startswith("USER ") and "root" not in line for line in final_stage)
        healthcheck = next(line for line in final_stage if line.startswith("HEALTHCHECK"))
        assert "/api/health" in healthcheck
        command = next(line for line in final_stage if line.startswith("CMD"))
        assert "gurukul migrate && exec gurukul serve --host 0.0.0.0" in command

    @pytest.mark.anyio
    async def test_health_path_exists_in_the_app(self, tmp_path: Path) -> None:
        app = create_app(make_settings(f"sqlite+aiosqlite:///{tmp_path}/db.sqlite", tmp_path))
        try:
            assert "/api/health" in {getattr(route, "path", "") for route in app.routes}
        finally:
            await app.state.engine.dispose()


class TestNginx:
    def test_body_limit_matches_the_app(self, compose: dict[str, Any], nginx_conf: str) -> None:
        match = re.search(r"client_max_body_size (\d+)([kKmM]?);", nginx_conf)
        assert match is not None
        factor = {"": 1, "k": 1024, "m": 1024 * 1024}[match.group(2).lower()]
        nginx_bytes = int(match.group(1)) * factor
        assert nginx_bytes == Settings.model_fields["max_body_bytes"].default
        for service in _app_services(compose).values():
            assert int(_environment(service)["GURUKUL_MAX_BODY_BYTES"]) == nginx_bytes

    def test_rate_limits_auth_strictly_and_the_api_generally(self, nginx_conf: str) -> None:
        zones = dict(re.findall(r"limit_req_zone \S+ zone=(\w+):\w+ rate=(\d+)r/", nginx_conf))
        assert set(zones) >= {"auth", "api"}
        assert re.search(r"location /api/auth/ \{\s*limit_req zone=auth", nginx_conf)
        assert re.search(r"location /api/ \{\s*limit_req zone=api", nginx_conf)

    def test_upgrades_websockets_and_forwards_request_ids(self, nginx_conf: str) -> None:
        assert "location /ws" in nginx_conf
        assert "proxy_set_header Upgrade $http_upgrade;" in nginx_conf
        assert "proxy_set_header Connection $connection_upgrade;" in nginx_conf
        assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in nginx_conf
        assert "proxy_set_header X-Request-ID" in nginx_conf
