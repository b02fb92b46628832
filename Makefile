# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format typecheck bench lock settings-doc clean

install: $(STAMP)

# Re-installs only when the lock file or the project metadata changed.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@test -x $(BIN)/uv || $(BIN)/pip install --quiet --disable-pip-version-check "uv==0.13.9"
	@echo "Installing locked dependencies into $(VENV) ..."
	@$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.lock
	@$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

# Migrates, seeds demo accounts when the database has no users (printing their logins once),
# then serves; `gurukul serve` prints the URL.
run: install
	@$(BIN)/gurukul migrate
	@$(BIN)/gurukul seed-demo --if-new
	@$(BIN)/gurukul serve --host $(HOST) --port $(PORT)

test: install lint typecheck
	$(BIN)/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check src tests bench migrations scripts
	$(BIN)/ruff format --check src tests bench scripts

format: install
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

typecheck: install
	$(BIN)/mypy src

bench: install
	$(BIN)/python -m bench $(BENCH_ARGS)

# Rewrite README.md's configuration table from core/config.py and .env.example.
settings-doc: install
	$(BIN)/python scripts/settings_doc.py

# Regenerate the lock file after editing dependencies in pyproject.toml.
lock: install
	$(BIN)/uv pip compile pyproject.toml --extra dev -o requirements.lock --python-version 3.11

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
