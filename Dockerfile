# syntax=docker/dockerfile:1
# Gurukul application image: `docker compose up` (docker-compose.yml) runs it behind nginx.

# --- builder: a virtualenv with the locked runtime dependencies and Gurukul ------------------
FROM python:3.11-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN python -m venv /opt/venv
COPY requirements.lock pyproject.toml README.md ./
# Dependencies first, in their own layer, so that a code change does not reinstall them. The
# lock file also pins the dev tools; as a constraint it only fixes the versions of what the
# runtime needs. A stub package stands in for src/ until the next step.
RUN mkdir -p src/gurukul \
    && echo '__version__ = "0"' > src/gurukul/__init__.py \
    && /opt/venv/bin/pip install --constraint requirements.lock . \
    && /opt/venv/bin/pip uninstall --yes gurukul \
    && rm -rf src
COPY src ./src
# Editable, so that the code stays at /app/src, beside migrations/ and alembic.ini, where
# `gurukul migrate` finds them.
RUN /opt/venv/bin/pip install --no-deps --editable .

# --- final: slim, non-root ----------------------------------------------------------------
FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    GURUKUL_ENV=production \
    GURUKUL_DATA_DIR=/app/var
RUN groupadd --system --gid 10001 gurukul \
    && useradd --system --uid 10001 --gid gurukul --home-dir /app --shell /usr/sbin/nologin gurukul
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY requirements.lock pyproject.toml README.md alembic.ini ./
COPY src ./src
COPY migrations ./migrations
RUN mkdir -p /app/var && chown gurukul:gurukul /app/var
USER gurukul
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/health', timeout=3)"]
# One container on its own: migrate, then serve. docker-compose.yml migrates once, in its
# own service, and starts the app instances with `gurukul serve` only.
# WEB_CONCURRENCY sets the number of worker processes (gurukul serve --workers).
CMD ["sh", "-c", "gurukul migrate && exec gurukul serve --host 0.0.0.0 --port 8000 --workers \"${WEB_CONCURRENCY:-2}\""]
