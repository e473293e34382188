# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# One list for make and CI: fonts for every script in offline images, tesseract for OCR QA.
DEBIAN_PACKAGES := $(shell cat .ci/debian-packages.txt)

.PHONY: demo test lint typecheck pytest system-deps docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"
	touch $@ $(VENV)/.installed

system-deps:
	@if dpkg-query -W -f='$${Status}\n' $(DEBIAN_PACKAGES) 2>/dev/null | \
	    grep -qv "install ok installed"; then missing=1; \
	elif ! command -v dpkg-query >/dev/null; then missing=1; else missing=0; fi; \
	if [ $$missing = 0 ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends $(DEBIAN_PACKAGES) >/dev/null; \
	else \
	  echo "note: install $(DEBIAN_PACKAGES) (fonts for every script, OCR)"; \
	fi

demo: system-deps $(VENV)/.installed
	$(BIN)/atelier demo --out out/demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy agent tools memory prompts tests bench

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q

test: system-deps lint typecheck pytest

docs: $(VENV)/.installed
	$(BIN)/python -m agent.diagram --write

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
