"""The signing secret: from settings, or generated once and kept under the data directory."""

from __future__ import annotations

import os
import secrets

from gurukul.core.config import Environment, Settings

SECRET_FILE = "secret_key"


def resolve_secret(settings: Settings) -> str:
    """Return the configured secret; outside production, create and keep one on first run."""
    if settings.secret_key is not None and settings.secret_key.get_secret_value():
        return settings.secret_key.get_secret_value()
    if settings.env is Environment.production:  # the settings validator refuses this earlier
        raise RuntimeError("GURUKUL_SECRET_KEY is required in production")
    path = settings.data_dir / SECRET_FILE
    if path.exists():
        return path.read_text().strip()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value
