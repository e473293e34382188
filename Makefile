# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# One list for make and CI: fonts for every script in offline images, tesseract for OCR QA;
# the tests also drive Debian's chromium.
DEBIAN_PACKAGES := $(shell cat .ci/debian-packages.txt)
DEBIAN_TEST_PACKAGES := $(shell cat .ci/debian-test-packages.txt)

.PHONY: demo test test-servers lint typecheck pytest system-deps docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

# An editable install leaves atelier's own modules uncompiled, and where
# PYTHONDONTWRITEBYTECODE is set every command would compile them again (some 25 ms a
# start): they are compiled once here.
COMPILE := $(BIN)/python -m compileall -q agent core memory tools prompts >/dev/null

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	$(COMPILE)
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/pip install -q -e ".[dev]"
	$(COMPILE)
	touch $@ $(VENV)/.installed

# SYSTEM_DEPS=skip runs without them: text renders with a fallback font and copy that
# cannot be read back is held for review (see `atelier doctor`).
SYSTEM_DEPS ?= install

system-deps:
ifeq ($(SYSTEM_DEPS),skip)
	@echo "system-deps: skipped; 'atelier doctor' shows what is missing"
else
	@SYSTEM_DEPS_TARGET="$(or $(firstword $(MAKECMDGOALS)),demo)" sh scripts/system-deps.sh $(DEBIAN_PACKAGES) \
	  $(if $(filter test pytest,$(MAKECMDGOALS)),$(DEBIAN_TEST_PACKAGES))
endif

demo: system-deps $(VENV)/.installed
	$(BIN)/atelier demo --out out/demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy agent tools memory prompts core tests bench

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q

# The servers run of the whole-session tests needs PostgreSQL on loopback (the Chroma
# server is started by the test session itself).
test-servers: system-deps
ifeq ($(SYSTEM_DEPS),skip)
	@echo "test-servers: skipped; the servers tests fail unless PostgreSQL answers"
else
	@sh scripts/test-servers.sh
endif

test: system-deps test-servers lint typecheck pytest

docs: $(VENV)/.installed
	$(BIN)/python -m agent.diagram --write

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
